import { defineStore } from 'pinia'
import { ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { onLedgerChanged } from '../api'
import { useOverviewStore } from './overview'
import { useSettingsStore } from './settings'
import { useTodayStore } from './today'

/**
 * The ledger store counts changes to the data: lists watch `revision` and fetch their rows again.
 * "ledger:changed" events from the Go side are coalesced (an import can send many).
 */
export const useLedgerStore = defineStore('ledger', () => {
  const revision = ref(0)

  function changed(): void {
    revision.value++
    const overview = useOverviewStore()
    const settings = useSettingsStore()
    void overview.load().catch(() => undefined)
    void settings.loadSegments().catch(() => undefined)
    // A payment, a new invoice or a changed client changes today's plan. (The bank page reads its reconciliation
    // when it opens, gets it back from each of its actions and follows "bank:updated": nothing to do here.)
    useTodayStore().refresh()
  }

  /** notify schedules one refresh for a burst of changes. */
  const events = useCoalesced(changed)
  const notify = events.schedule
  const listen = () => events.listen(onLedgerChanged)
  const stop = events.stop

  return { revision, changed, notify, listen, stop }
})

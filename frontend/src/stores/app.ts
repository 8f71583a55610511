import { useCompanyStore } from './company'
import { useLedgerStore } from './ledger'
import { useOverviewStore } from './overview'
import { useSettingsStore } from './settings'
import { useTodayStore } from './today'
import { useBankStore } from './bank'

/** reloadAll reads everything again from the Go side (at start-up and after a restore). */
export async function reloadAll(): Promise<void> {
  const results = await Promise.allSettled([
    useSettingsStore().load(),
    useSettingsStore().loadSegments(),
    useOverviewStore().load(),
    useCompanyStore().load(),
    useTodayStore().load(),
    useBankStore().load(),
  ])
  useLedgerStore().revision++
  const failed = results.find((r) => r.status === 'rejected')
  if (failed && failed.status === 'rejected') throw failed.reason
}

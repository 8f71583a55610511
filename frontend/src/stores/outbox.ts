import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { onOutboxUpdated, outboxApi, type OutboxState, type OutboxView } from '../api'

/**
 * The « Boîte d'envoi » page and its sidebar badge: the outbox as the Go side lists it, reloaded on
 * "outbox:updated" (coalesced). `filter` is the state tab of the page; the counts always cover every message.
 */
export const useOutboxStore = defineStore('outbox', () => {
  const view = ref<OutboxView | null>(null)
  const filter = ref<OutboxState | ''>('')
  const loading = ref(false)
  const sending = ref(false)
  const error = ref<unknown>(null)

  /** Messages that need the user: uncertain (may have left) and failed. */
  const badge = computed(() => (view.value ? (view.value.counts.uncertain ?? 0) + (view.value.counts.failed ?? 0) : 0))
  /** Messages on their way: waiting for their turn or a retry, or being sent. */
  const pending = computed(() => (view.value ? (view.value.counts.queued ?? 0) + (view.value.counts.sending ?? 0) : 0))

  let seq = 0
  function apply(v: OutboxView): OutboxView {
    seq++ // a load started before this answer must not overwrite it
    view.value = v
    error.value = null
    return v
  }

  async function load(state: OutboxState | '' = filter.value): Promise<OutboxView> {
    const mine = ++seq
    filter.value = state
    loading.value = true
    try {
      const v = await outboxApi.list(state)
      if (mine === seq) {
        view.value = v
        error.value = null
      }
      return v
    } catch (e) {
      if (mine === seq) error.value = e
      throw e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  /** The actions return the whole outbox (unfiltered): read the current tab again when one is chosen. */
  async function after(v: OutboxView): Promise<OutboxView> {
    if (filter.value === '') return apply(v)
    apply({ ...v, messages: v.messages.filter((m) => m.state === filter.value) })
    return v
  }

  async function sendNow(): Promise<OutboxView> {
    sending.value = true
    try {
      return await after(await outboxApi.sendNow())
    } finally {
      sending.value = false
    }
  }

  const resolve = async (id: number, state: OutboxState, note: string) => after(await outboxApi.resolve(id, state, note))
  const completeFollowUp = async (id: number, note: string) => after(await outboxApi.completeFollowUp(id, note))

  /** refresh schedules one reload (a burst of events gives one). */
  const events = useCoalesced(() => void load().catch(() => undefined))
  const refresh = events.schedule
  const listen = () => events.listen(onOutboxUpdated)
  const stop = events.stop

  return { view, filter, loading, sending, error, badge, pending, load, sendNow, resolve, completeFollowUp, refresh, listen, stop }
})

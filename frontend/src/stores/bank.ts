import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { bankApi, onBankUpdated, type Allocation, type BankSettings, type Reconciliation } from '../api'

/**
 * The « Banque » page and its sidebar badge: the credits waiting to be matched with their suggestions, reloaded on
 * "bank:updated" (coalesced). Every action returns the new reconciliation, which replaces the old one; `busy`
 * tells which line is being worked on (its buttons show a spinner).
 */
export const useBankStore = defineStore('bank', () => {
  const view = ref<Reconciliation | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const autoConfirming = ref(false)
  /** line key → the operation under way ('confirm', 'ignore', 'reopen') */
  const busy = ref<Record<string, string>>({})

  /** Credits waiting for the user. */
  const badge = computed(() => view.value?.unmatched.length ?? 0)
  /** Lines whose first suggestion is sure enough for « Confirmer les rapprochements sûrs ». */
  const sure = computed(() => (view.value?.unmatched ?? []).filter((l) => (l.suggestions[0]?.score ?? 0) >= 90).length)

  let seq = 0
  function apply(v: Reconciliation): Reconciliation {
    seq++ // a load started before this answer must not overwrite it
    view.value = v
    error.value = null
    return v
  }

  async function load(): Promise<Reconciliation | null> {
    const mine = ++seq
    loading.value = true
    try {
      const v = await bankApi.reconciliation()
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

  async function act(key: string, kind: string, fn: () => Promise<Reconciliation>): Promise<Reconciliation> {
    busy.value = { ...busy.value, [key]: kind }
    try {
      return apply(await fn())
    } finally {
      const { [key]: _, ...rest } = busy.value
      busy.value = rest
    }
  }

  const confirm = (key: string, clientId: number, allocations: Allocation[], euroAmount = 0) =>
    act(key, 'confirm', () => bankApi.confirm(key, clientId, allocations, euroAmount))
  const ignore = (key: string, note: string) => act(key, 'ignore', () => bankApi.ignore(key, note))
  const reopen = (key: string, note: string) => act(key, 'reopen', () => bankApi.reopen(key, note))

  async function autoConfirm(): Promise<Reconciliation> {
    autoConfirming.value = true
    try {
      return apply(await bankApi.autoConfirm())
    } finally {
      autoConfirming.value = false
    }
  }

  async function saveSettings(s: BankSettings): Promise<BankSettings> {
    const saved = await bankApi.saveSettings(s)
    if (view.value) view.value = { ...view.value, settings: saved }
    return saved
  }

  /** refresh schedules one reload (a burst of events gives one). */
  const events = useCoalesced(() => void load().catch(() => undefined))
  const refresh = events.schedule
  const listen = () => events.listen(onBankUpdated)
  const stop = events.stop

  return { view, loading, error, busy, autoConfirming, badge, sure, load, confirm, ignore, reopen, autoConfirm, saveSettings, refresh, listen, stop }
})

import { defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { chaseApi, dashboardApi, onChaseUpdated, type BulkResult, type CallOutcome, type DashboardWork, type TodayView } from '../api'

/** How often the plan is read again while the app stays open (the date changes at midnight, promises fall due). */
const REFRESH_MS = 15 * 60 * 1000

/**
 * The « Aujourd'hui » page and the sidebar badge: today's plan, reloaded on "chase:updated" (and on
 * "ledger:changed" through the ledger store), coalesced. Every user action returns the new plan, which replaces
 * the old one; `busy` tells which action is being worked on so that its buttons show a spinner.
 */
export const useTodayStore = defineStore('today', () => {
  const view = ref<TodayView | null>(null)
  const loading = ref(false)
  const running = ref(false)
  const error = ref<unknown>(null)
  /** action id → the operation under way ('approve', 'skip', 'postpone', 'call', 'task') */
  const busy = reactive<Record<string, string>>({})
  /** counts "chase:updated" events and plan changes: the invoice and client cards watch it */
  const revision = ref(0)

  /** The plan's counts alone (DashboardAPI.Work): the badge until the whole plan is read (it is large on a big
   * ledger, and only « Aujourd'hui » and the outbox need it). */
  const counts = ref<Pick<DashboardWork, 'toReview' | 'toCall'> | null>(null)

  const badge = computed(() => {
    if (view.value) return view.value.toReview.length + view.value.toCall.length
    return counts.value ? counts.value.toReview + counts.value.toCall : 0
  })

  /** Keeps the counts the dashboard got with its figures. */
  function setCounts(w: Pick<DashboardWork, 'toReview' | 'toCall'>): void {
    counts.value = { toReview: w.toReview, toCall: w.toCall }
  }

  /** Reads the whole plan once a page needs it; the counts alone before that. */
  async function loadCounts(): Promise<void> {
    if (view.value) return load()
    setCounts(await dashboardApi.work())
  }

  let seq = 0
  function apply(v: TodayView): TodayView {
    seq++ // a load started before this answer must not overwrite it
    view.value = v
    error.value = null
    return v
  }

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    try {
      const v = await chaseApi.today()
      if (mine === seq) {
        view.value = v
        error.value = null
      }
    } catch (e) {
      if (mine === seq) error.value = e
      throw e
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  async function act(id: string, kind: string, fn: () => Promise<TodayView>): Promise<TodayView> {
    busy[id] = kind
    try {
      const v = apply(await fn())
      revision.value++
      return v
    } finally {
      delete busy[id]
    }
  }

  async function run(): Promise<TodayView> {
    running.value = true
    try {
      const v = apply(await chaseApi.run())
      revision.value++
      return v
    } finally {
      running.value = false
      loading.value = false
    }
  }

  /** Confirms the reprise: one click for the whole takeover, then the day runs (its summary in `run`). */
  async function confirmReprise(): Promise<TodayView> {
    running.value = true
    try {
      const v = apply(await chaseApi.confirmReprise())
      revision.value++
      return v
    } finally {
      running.value = false
    }
  }

  const approve = (id: string) => act(id, 'approve', () => chaseApi.approve(id))
  /** Approves an e-mail action with its message as the user edited it. */
  const approveMessage = (id: string, subject: string, body: string) => act(id, 'approve', () => chaseApi.approveMessage(id, subject, body))
  const skip = (id: string, reason: string) => act(id, 'skip', () => chaseApi.skip(id, reason))
  const postpone = (id: string, date: string) => act(id, 'postpone', () => chaseApi.postpone(id, date))
  const recordCall = (id: string, outcome: CallOutcome, date: string, note: string) =>
    act(id, 'call', () => chaseApi.recordCall(id, outcome, date, note))
  const completeTask = (id: string, note: string) => act(id, 'task', () => chaseApi.completeTask(id, note))

  /** A selection at once: one call, one new plan (see ChaseAPI.ApproveMany). */
  async function many(ids: string[], kind: string, fn: () => Promise<BulkResult>): Promise<BulkResult> {
    for (const id of ids) busy[id] = kind
    try {
      const r = await fn()
      apply(r.view)
      revision.value++
      return r
    } finally {
      for (const id of ids) delete busy[id]
    }
  }
  const approveMany = (ids: string[]) => many(ids, 'approve', () => chaseApi.approveMany(ids))
  const skipMany = (ids: string[], reason: string) => many(ids, 'skip', () => chaseApi.skipMany(ids, reason))
  const postponeMany = (ids: string[], date: string) => many(ids, 'postpone', () => chaseApi.postponeMany(ids, date))

  // Events: a burst (an import, a run) gives one reload.
  let interval: ReturnType<typeof setInterval> | null = null
  const events = useCoalesced(() => {
    revision.value++
    void loadCounts().catch(() => undefined)
  })

  /** refresh schedules one reload of the plan. */
  const refresh = events.schedule

  function listen(): void {
    events.listen(onChaseUpdated)
    if (!interval) interval = setInterval(refresh, REFRESH_MS)
  }

  function stop(): void {
    events.stop()
    if (interval) clearInterval(interval)
    interval = null
  }

  return { view, loading, running, error, busy, revision, badge, counts, setCounts, loadCounts, load, run, confirmReprise, approve, approveMessage, skip, postpone, recordCall, completeTask, approveMany, skipMany, postponeMany, refresh, listen, stop }
})

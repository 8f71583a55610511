import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useCoalesced } from '../composables/coalesced'
import { emptyInboxStatus, hasRuntime, inboxApi, onInboxNew, onInboxStatus, type InboxStatus, type InboxWatchStatus } from '../api'

/**
 * The watched mailbox: the watcher's state (sidebar indicator, status line of « Réponses ») and the counts of the
 * « Réponses » badge. "inbox:status" updates the state as it changes; "inbox:new" (messages kept, read, linked…)
 * reads the counts again and bumps `revision`, which the lists watch. New replies to read are announced to the
 * functions given to onArrival (the shell shows a notification).
 */
export const useInboxStore = defineStore('inbox', () => {
  const status = ref<InboxStatus>(emptyInboxStatus())
  const syncing = ref(false)
  /** bumped when messages arrive or change: the lists read again */
  const revision = ref(0)

  /** « À traiter » + « Non rattachés » */
  const badge = computed(() => status.value.toHandle + status.value.unmatched)
  /**
   * The sidebar's badge: the count of the tab it opens, so that both agree — the replies to handle, or when there
   * are none the messages without a client.
   */
  const nav = computed<{ tab: 'todo' | 'unmatched'; count: number }>(() =>
    status.value.toHandle > 0 || status.value.unmatched === 0
      ? { tab: 'todo', count: status.value.toHandle }
      : { tab: 'unmatched', count: status.value.unmatched },
  )

  let seq = 0
  function apply(s: InboxStatus): InboxStatus {
    seq++ // a load started before must not overwrite it
    status.value = s
    return s
  }

  async function load(): Promise<InboxStatus> {
    const mine = ++seq
    const s = await inboxApi.status()
    if (mine === seq) {
      status.value = s
    }
    return s
  }

  /** « Vérifier maintenant »: the watcher looks at once; what it finds comes with "inbox:new". */
  async function syncNow(): Promise<InboxStatus> {
    syncing.value = true
    try {
      return apply(await inboxApi.syncNow())
    } finally {
      syncing.value = false
    }
  }

  /**
   * After an action on a message: counts and lists again, once. Inside Wails the action also sends "inbox:new"
   * (count 0), whichever comes first: both make the one reload of a burst. Where no event comes (a browser, the
   * unit tests), at once.
   */
  function changed(): void {
    if (offs.length && hasRuntime()) {
      arrivals.schedule()
      return
    }
    revision.value++
    void load().catch(() => undefined)
  }

  const arrivalListeners = new Set<(n: number) => void>()
  /** fn is called with the number of new replies to read (human replies, linked or not). */
  function onArrival(fn: (n: number) => void): () => void {
    arrivalListeners.add(fn)
    return () => arrivalListeners.delete(fn)
  }

  // "inbox:new": a burst gives one reload. New messages that raise the counts are human replies (automatic
  // replies and bounces are handled by themselves).
  let arrived = false
  async function reloadAfterNew(): Promise<void> {
    const before = badge.value
    const announce = arrived
    arrived = false
    revision.value++
    const s = await load()
    const rise = s.toHandle + s.unmatched - before
    if (announce && rise > 0) for (const fn of arrivalListeners) fn(rise)
  }
  const arrivals = useCoalesced(() => void reloadAfterNew().catch(() => undefined))
  function onNew(count: number): void {
    if (count > 0) arrived = true
    arrivals.schedule()
  }

  // "inbox:status": the watcher's state without the counts; a change of phase reads Status() again (whether a
  // watcher runs at all is known there only).
  const phaseReload = useCoalesced(() => void load().catch(() => undefined), 300)
  function onStatus(w: InboxWatchStatus): void {
    const phaseChanged = w.phase !== status.value.phase
    status.value = { ...status.value, phase: w.phase, folder: w.folder, done: w.done, total: w.total, since: w.since, error: w.error }
    if (phaseChanged) phaseReload.schedule()
  }

  const offs: (() => void)[] = []
  function listen(): void {
    if (offs.length) return
    offs.push(onInboxStatus(onStatus), onInboxNew(onNew))
  }

  function stop(): void {
    for (const off of offs.splice(0)) off()
    arrivals.stop()
    phaseReload.stop()
  }

  return { status, syncing, revision, badge, nav, load, syncNow, changed, onArrival, onStatus, onNew, listen, stop }
})

/**
 * useCoalesced turns a burst of calls into one: `schedule()` runs `fn` once, `delay` ms after the first call of the
 * burst. The Go side's events come in bursts (an import, a run, a sync), and each would otherwise reload the page.
 * `listen(subscribe)` ties `schedule` to an event until `stop()`, which also drops a reload still pending.
 */
export function useCoalesced(fn: () => void, delay = 250) {
  let timer: ReturnType<typeof setTimeout> | null = null
  let off: (() => void) | null = null

  function schedule(): void {
    if (timer) return
    timer = setTimeout(() => {
      timer = null
      fn()
    }, delay)
  }

  function listen(subscribe: (handler: () => void) => () => void): void {
    if (!off) off = subscribe(schedule)
  }

  function stop(): void {
    off?.()
    off = null
    if (timer) clearTimeout(timer)
    timer = null
  }

  return { schedule, listen, stop }
}

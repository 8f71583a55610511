/**
 * useLatest is for loads of which only the newest counts: a page loads again (another filter, an event from the Go
 * side) while an earlier load is on its way, and that earlier answer must not overwrite the newer one — nor its
 * error, nor the end of its spinner.
 */
export function useLatest() {
  let seq = 0

  /** begin: a load starts; the function returned tells, after each await, whether it is still the newest. */
  function begin(): () => boolean {
    const mine = ++seq
    return () => mine === seq
  }

  /** drop: the loads on their way are forgotten (what the page shows came from elsewhere, and is newer). */
  function drop(): void {
    seq++
  }

  /**
   * run begins a load and awaits work: its value goes to ok, its error to fail (not thrown again), then done runs —
   * each only while it is the newest load.
   */
  async function run<T>(work: () => Promise<T>, on: { ok: (v: T) => void; fail?: (e: unknown) => void; done?: () => void }): Promise<void> {
    const newest = begin()
    try {
      const v = await work()
      if (newest()) on.ok(v)
    } catch (e) {
      if (newest()) on.fail?.(e)
    } finally {
      if (newest()) on.done?.()
    }
  }

  return { begin, drop, run }
}

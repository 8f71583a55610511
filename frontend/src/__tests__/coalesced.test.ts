import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCoalesced } from '../composables/coalesced'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('useCoalesced', () => {
  it('runs once per burst, after the delay, while listening; stop drops what is pending', () => {
    const fn = vi.fn()
    let handler: (() => void) | null = null
    const unsubscribe = vi.fn()
    const c = useCoalesced(fn, 250)
    c.listen((h) => {
      handler = h
      return unsubscribe
    })
    c.listen(() => {
      throw new Error('listened twice')
    })
    for (let i = 0; i < 5; i++) handler!()
    vi.advanceTimersByTime(249)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledTimes(1)

    c.schedule()
    vi.advanceTimersByTime(250)
    expect(fn).toHaveBeenCalledTimes(2)

    c.schedule()
    c.stop()
    vi.advanceTimersByTime(1000)
    expect(fn).toHaveBeenCalledTimes(2)
    expect(unsubscribe).toHaveBeenCalledTimes(1)
  })
})

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../../wailsjs/go/app/InboxAPI')
vi.mock('../../wailsjs/runtime/runtime')

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import { useInboxStore } from '../stores/inbox'
import { EVENT_INBOX_NEW, emptyInboxStatus } from '../api'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const runtime = window as unknown as { runtime?: object }

beforeEach(() => {
  vi.clearAllMocks()
  vi.useFakeTimers()
  setActivePinia(createPinia())
  mocked(InboxAPI.Status).mockResolvedValue({ ...emptyInboxStatus(), toHandle: 1 })
})

afterEach(() => {
  vi.useRealTimers()
  delete runtime.runtime
})

describe('an action on a message', () => {
  it('reloads the counts and the lists once, with the "inbox:new" the action sends, in either order', async () => {
    runtime.runtime = {}
    const handlers: Record<string, (...d: unknown[]) => void> = {}
    mocked(EventsOn).mockImplementation((name: string, cb: (...d: unknown[]) => void) => {
      handlers[name] = cb
      return () => undefined
    })
    const store = useInboxStore()
    store.listen()
    expect(Object.keys(handlers)).toContain(EVENT_INBOX_NEW)

    // The answer first, then the event.
    store.changed()
    handlers[EVENT_INBOX_NEW](0)
    await vi.advanceTimersByTimeAsync(300)
    expect(store.revision).toBe(1)
    expect(InboxAPI.Status).toHaveBeenCalledTimes(1)
    expect(store.badge).toBe(1)

    // The event first, then the answer.
    handlers[EVENT_INBOX_NEW](0)
    store.changed()
    await vi.advanceTimersByTimeAsync(300)
    expect(store.revision).toBe(2)
    expect(InboxAPI.Status).toHaveBeenCalledTimes(2)
    store.stop()
  })

  it('reloads at once where no event will come', async () => {
    const store = useInboxStore()
    store.changed()
    expect(store.revision).toBe(1)
    await vi.advanceTimersByTimeAsync(300)
    expect(store.revision).toBe(1)
    expect(InboxAPI.Status).toHaveBeenCalledTimes(1)
    expect(EventsOn).not.toHaveBeenCalled()
  })
})

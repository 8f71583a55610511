import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('../../wailsjs/go/app/InboxAPI')

import * as InboxAPI from '../../wailsjs/go/app/InboxAPI'
import { useInboxStore } from '../stores/inbox'
import { senderBesideClient, senderFull } from '../replies'
import { emptyInboxStatus } from '../api'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.clearAllMocks()
  setActivePinia(createPinia())
})

describe('the replies badge', () => {
  it('counts what the tab it opens lists', async () => {
    const store = useInboxStore()
    mocked(InboxAPI.Status).mockResolvedValueOnce({ ...emptyInboxStatus(), toHandle: 3, unmatched: 5 })
    await store.load()
    expect(store.nav).toEqual({ tab: 'todo', count: 3 })
    mocked(InboxAPI.Status).mockResolvedValueOnce({ ...emptyInboxStatus(), toHandle: 0, unmatched: 5 })
    await store.load()
    expect(store.nav).toEqual({ tab: 'unmatched', count: 5 })
    mocked(InboxAPI.Status).mockResolvedValueOnce({ ...emptyInboxStatus(), toHandle: 0, unmatched: 0 })
    await store.load()
    expect(store.nav).toEqual({ tab: 'todo', count: 0 })
  })
})

describe('the sender, once', () => {
  it('is left out beside a client of the same name, and never repeated in full', () => {
    expect(senderBesideClient('Menuiserie LEFÈVRE', 'compta@lefevre.fr', 'Menuiserie Lefèvre')).toBe('')
    expect(senderBesideClient('Compta Lefèvre', 'compta@lefevre.fr', 'Menuiserie Lefèvre')).toBe('Compta Lefèvre')
    expect(senderBesideClient('', 'compta@lefevre.fr', 'Menuiserie Lefèvre')).toBe('compta@lefevre.fr')
    expect(senderFull('Compta Lefèvre', 'compta@lefevre.fr')).toBe('Compta Lefèvre <compta@lefevre.fr>')
    expect(senderFull('compta@lefevre.fr', 'compta@lefevre.fr')).toBe('compta@lefevre.fr')
    expect(senderFull('', 'compta@lefevre.fr')).toBe('compta@lefevre.fr')
  })
})

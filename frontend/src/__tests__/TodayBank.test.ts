import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

vi.mock('../../wailsjs/go/app/ChaseAPI')
vi.mock('../../wailsjs/go/app/OutboxAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import * as OutboxAPI from '../../wailsjs/go/app/OutboxAPI'
import TodayView from '../views/TodayView.vue'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const quiet = { date: '2026-12-02', toReview: null, toSend: [], toCall: [], tasks: [], done: [], skipped: [], caughtUp: 0, notices: null, upcoming: null }
const withBank = {
  ...quiet,
  bankWarning: 'Dernier relevé bancaire importé le 20/11/2026 (il y a 12 jours) : des paiements reçus depuis peuvent manquer.',
  unallocated: [
    { clientId: 7, clientName: 'Menuiserie Lefèvre', amount: 35000, date: '2026-11-28', label: 'VIR MENUISERIE', source: 'bank' },
    { clientId: 9, clientName: 'Boulangerie Martin', amount: 12000, date: '0001-01-01', label: 'trop-perçu', source: 'payment' },
  ],
  followUps: [{ id: 4, clientId: 7, clientName: 'Menuiserie Lefèvre', invoiceIds: [3], channel: 'call', reason: 'adresse e-mail refusée', createdOn: '2026-12-01', createdAt: '2026-12-01T08:00:00Z' }],
}

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(TodayView) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('TodayView: bank warning, unallocated money, follow-ups', () => {
  it('warns that the statement is old, with a link to the bank page, and lists the money not allocated', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(withBank)
    const w = mountPage()
    await flushPromises()
    const warning = w.find('[data-testid="today-bank-warning"]')
    expect(warning.text()).toContain('il y a 12 jours')
    expect(warning.findComponent(RouterLinkStub).props('to')).toBe('/bank')
    const items = w.findAll('[data-testid="today-unallocated-item"]')
    expect(items).toHaveLength(2)
    expect(items[0].text()).toContain('Menuiserie Lefèvre')
    expect(items[0].text()).toContain(`350,00${NBSP}€`)
    expect(items[0].text()).toContain('28/11/2026')
    expect(items[0].text()).toContain('Relevé')
    expect(items[1].text()).toContain('Avoir')
    expect(items[1].text()).not.toContain('01/01/0001')
    expect(w.find('[data-testid="today-empty"]').exists()).toBe(false)
    w.unmount()
  })

  it('marks a follow-up call as done and reads the plan again', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(withBank).mockResolvedValueOnce({ ...withBank, followUps: [] })
    mocked(OutboxAPI.CompleteFollowUp).mockResolvedValueOnce({ messages: [], counts: {}, followUps: [] })
    const w = mountPage()
    await flushPromises()
    const f = w.find('[data-testid="today-followup"]')
    expect(f.text()).toContain('Appeler')
    expect(f.text()).toContain('adresse e-mail refusée')
    await f.find('[data-testid="today-followup-done"]').trigger('click')
    await w.find('[data-testid="today-followup-note"]').setValue('client joint, paiement vendredi')
    await w.find('[data-testid="today-followup-confirm"]').trigger('click')
    await flushPromises()
    expect(OutboxAPI.CompleteFollowUp).toHaveBeenCalledWith(4, 'client joint, paiement vendredi')
    expect(ChaseAPI.Today).toHaveBeenCalledTimes(2)
    expect(w.find('[data-testid="today-followup"]').exists()).toBe(false)
    w.unmount()
  })

  it('shows no banner when the statements are recent', async () => {
    mocked(ChaseAPI.Today).mockResolvedValueOnce(quiet)
    const w = mountPage()
    await flushPromises()
    expect(w.find('[data-testid="today-bank-warning"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-unallocated"]').exists()).toBe(false)
    expect(w.find('[data-testid="today-empty"]').exists()).toBe(true)
    w.unmount()
  })
})

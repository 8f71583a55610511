import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/DashboardAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as DashboardAPI from '../../wailsjs/go/app/DashboardAPI'
import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import BehaviourCard from '../components/BehaviourCard.vue'
import { emptyClient, type Client } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const client: Client = { ...emptyClient(), id: 7, code: 'MEN', name: 'Menuiserie Lefèvre', segment: 'regular', createdAt: '2025-01-10T09:00:00Z' }

const trend = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value: i % 3 === 0 ? 0 : 10 + i, count: i % 3 === 0 ? 0 : 1 }))

const behaviour = {
  clientId: 7,
  paidInvoices: 8,
  averageDaysLate: 12.46,
  shareLate: 0.375,
  trend,
  score: 42,
  explanation: ['Retard moyen de 12 jours : −12 points', '3 factures sur 8 payées en retard : −8 points', '1 facture impayée depuis plus de 60 jours : −10 points'],
  suggestedSegment: 'at-risk',
}

function mountCard(c: Client = client) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const onSaved = vi.fn()
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(BehaviourCard, { client: c, onSaved }) }) })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
  return { wrapper, onSaved }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('BehaviourCard', () => {
  it('shows the score in its colour, the average delay, the share paid late, the trend and the explanation', async () => {
    mocked(DashboardAPI.ClientBehaviour).mockResolvedValueOnce(behaviour)
    const { wrapper: w } = mountCard()
    await flushPromises()
    expect(DashboardAPI.ClientBehaviour).toHaveBeenCalledWith(7)
    const score = w.find('[data-testid="behaviour-score"]')
    expect(score.attributes('data-tone')).toBe('error')
    expect(score.text()).toContain('42')
    expect(w.find('[data-testid="behaviour-average"]').text()).toBe('12,5 jours')
    expect(w.find('[data-testid="behaviour-share"]').text()).toBe(`38${NBSP}%`)
    // Months without a payment break the line: 8 points of 12.
    expect(w.find('[data-testid="behaviour-trend"]').attributes('data-points')).toBe('8')
    expect(w.findAll('[data-testid="behaviour-explanation"] li').map((l) => l.text())).toEqual(behaviour.explanation)
    expect(w.find('[data-testid="behaviour-segment"]').text()).toContain('À risque')
    w.unmount()
  })

  it('applies the suggested segment by saving the client', async () => {
    mocked(DashboardAPI.ClientBehaviour).mockResolvedValue(behaviour)
    mocked(ClientsAPI.Save).mockImplementationOnce(async (c: Client) => ({ ...c, updatedAt: '2026-12-02T10:00:00Z' }))
    const { wrapper: w, onSaved } = mountCard()
    await flushPromises()
    await w.find('[data-testid="behaviour-apply"]').trigger('click')
    await flushPromises()
    expect(ClientsAPI.Save).toHaveBeenCalledWith(expect.objectContaining({ id: 7, code: 'MEN', segment: 'at-risk' }))
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 7, segment: 'at-risk' }))
    w.unmount()
  })

  it('offers nothing to apply when the client is already in the suggested segment', async () => {
    mocked(DashboardAPI.ClientBehaviour).mockResolvedValueOnce({ ...behaviour, score: 91, suggestedSegment: 'regular', trend: null, explanation: null })
    const { wrapper: w } = mountCard()
    await flushPromises()
    expect(w.find('[data-testid="behaviour-score"]').attributes('data-tone')).toBe('success')
    expect(w.find('[data-testid="behaviour-apply"]').exists()).toBe(false)
    expect(w.find('[data-testid="behaviour-segment"]').text()).toContain('déjà appliqué')
    expect(w.text()).toContain('Aucune facture payée ces 12 derniers mois.')
    w.unmount()
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import PenaltyCard from '../components/PenaltyCard.vue'
import { emptyPenalty, type PenaltyView } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

function mountCard(penalty: PenaltyView, paid = false) {
  return mount(PenaltyCard, { props: { penalty, paid }, global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } } })
}

const text = (w: ReturnType<typeof mountCard>, id: string) => w.find(`[data-testid="${id}"]`).text()

beforeEach(() => setLocale('fr'))

describe('PenaltyCard', () => {
  it('shows a consumer debt before the formal notice: the note, no amounts, no indemnity', () => {
    const w = mountCard({
      ...emptyPenalty(),
      consumer: true,
      note: 'Client particulier : des intérêts au taux légal courent à compter de la mise en demeure ; ni pénalités commerciales ni indemnité de 40 €.',
    })
    expect(w.text()).toContain('Pénalités de retard')
    expect(w.text()).toContain('Particulier')
    expect(text(w, 'penalty-note')).toContain('à compter de la mise en demeure')
    expect(w.find('[data-testid="penalty-total"]').exists()).toBe(false)
    expect(w.find('[data-testid="penalty-indemnity"]').exists()).toBe(false)
    expect(w.find('[data-testid="penalty-segments"]').exists()).toBe(false)
    expect(w.find('[data-testid="penalty-card"]').attributes('data-applicable')).toBe('false')
  })

  it('shows the B2B penalties to the cent, the 40 € indemnity and the segments by half-year', () => {
    const w = mountCard({
      applicable: true,
      consumer: false,
      days: 76,
      total: 14938,
      indemnity: 4000,
      until: '2024-08-15',
      segments: [
        { from: '2024-06-01', to: '2024-06-30', days: 30, ratePct: '14.50', base: 500000, amount: 5959 },
        { from: '2024-07-01', to: '2024-08-15', days: 46, ratePct: '14.25', base: 500000, amount: 8979 },
      ],
      basis: 'Pénalités au taux BCE majoré de 10 points (art. L441-10 du Code de commerce), par semestre, base 365 jours, et indemnité forfaitaire de 40 € (art. D441-5).',
      note: '',
      warnings: [],
    })
    expect(text(w, 'penalty-total')).toBe(`149,38${NBSP}€`)
    expect(text(w, 'penalty-indemnity')).toBe(`40,00${NBSP}€`)
    expect(text(w, 'penalty-days')).toBe('76')
    expect(text(w, 'penalty-claim')).toBe(`189,38${NBSP}€`)
    expect(w.text()).toContain('Indemnité forfaitaire de recouvrement (40 €)')
    expect(w.text()).toContain('calculé au 15/08/2024')
    const rows = w.findAll('[data-testid="penalty-segment"]')
    expect(rows).toHaveLength(2)
    const cells = rows[0].findAll('td').map((c) => c.text())
    expect(cells).toEqual(['01/06/2024', '30/06/2024', '30', `14,50${NBSP}%`, `5${NBSP}000,00${NBSP}€`, `59,59${NBSP}€`])
    expect(text(w, 'penalty-basis')).toContain('L441-10')
    expect(w.find('[data-testid="penalty-note"]').exists()).toBe(false)
    expect(w.find('[data-testid="penalty-warnings"]').exists()).toBe(false)
  })

  it('says the claim survives a late payment, and links stale-rate warnings to the settings', () => {
    const w = mountCard(
      {
        ...emptyPenalty(),
        applicable: true,
        days: 10,
        total: 1234,
        indemnity: 4000,
        until: '2026-10-10',
        segments: [{ from: '2026-10-01', to: '2026-10-10', days: 10, ratePct: '12.15', base: 100000, amount: 333 }],
        warnings: ['Taux inconnus après le 1er semestre 2026 : le dernier taux connu a été utilisé'],
      },
      true,
    )
    expect(w.text()).toContain('réglée en retard')
    expect(w.text()).toContain('jusqu’au paiement du 10/10/2026')
    expect(text(w, 'penalty-warnings')).toContain('Taux inconnus après le 1er semestre 2026')
    const link = w.findComponent(RouterLinkStub)
    expect(link.props('to')).toBe('/settings')
    expect(link.text()).toBe('Vérifier les taux dans Paramètres')
  })

  it('speaks English too', () => {
    setLocale('en')
    const w = mountCard({ ...emptyPenalty(), applicable: true, days: 1, total: 100, indemnity: 4000, until: '2026-01-02' })
    expect(w.text()).toContain('Late-payment penalties')
    expect(w.text()).toContain('Fixed recovery indemnity (€40)')
    expect(text(w, 'penalty-total')).toBe(`1,00${NBSP}€`)
  })
})

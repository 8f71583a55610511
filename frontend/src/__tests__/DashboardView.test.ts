import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises as flush, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../../wailsjs/go/app/DashboardAPI')
vi.mock('../../wailsjs/go/app/SettingsAPI')

import * as DashboardAPI from '../../wailsjs/go/app/DashboardAPI'
import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import DashboardView from '../views/DashboardView.vue'
import { useOutboxStore } from '../stores/outbox'
import { outboxView } from '../api/normalize'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
// The answers, then the two frames after which the cards below the figures are built (see DashboardView).
async function flushPromises(): Promise<void> {
  await flush()
  await new Promise((r) => setTimeout(r, 50))
  await flush()
}
const eur = (s: string) => s.replace(/ /g, NBSP)

const months = (values: number[]) => values.map((value, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value, count: value ? 1 : 0 }))

// What the Go side sends (omitted fields and null slices included).
const dashboard = {
  today: '2026-12-02',
  figures: {
    outstanding: 1234567,
    overdue: 456789,
    aging: [
      { key: 'not_due', label: 'Non échu', amount: 777778, count: 4 },
      { key: '1_30', label: '1 à 30 jours', amount: 100000, count: 2 },
      { key: '31_60', label: '31 à 60 jours', amount: 256789, count: 3 },
      { key: '61_90', label: '61 à 90 jours', amount: 0, count: 0 },
      { key: 'over_90', label: 'Plus de 90 jours', amount: 100000, count: 1 },
    ],
    dso: 47,
    dsoTrend: months([40, 42, 45, 44, 50, 48, 47, 46, 49, 51, 48, 47]),
    collected: months([0, 100000, 0, 0, 0, 0, 0, 0, 0, 0, 250000, 342000]),
    collectedThisMonth: 342000,
    topDebtors: [{ clientId: 7, code: 'MEN', name: 'Menuiserie Lefèvre', overdue: 356789, outstanding: 600000, oldestDaysLate: 95 }],
    openInvoices: 10,
    overdueInvoices: 6,
  },
  agingCounts: { not_due: 4, '1_30': 2, '31_60': 3, '61_90': 0, over_90: 1 },
  byChannel: [{ key: 'email', sent: 20, paidWithin7: 9, share: 0.45 }],
  byStep: null,
  promises: [{ invoiceId: 12, number: 'F-2026-0700', clientId: 7, clientName: 'Menuiserie Lefèvre', until: '2026-12-04', remaining: 120000 }],
  bankWarning: 'Aucun relevé bancaire importé : des paiements reçus peuvent manquer.',
}

// The day's plan counts, asked apart (DashboardAPI.Work).
const work = { toSend: 3, toReview: 2, toCall: 1, limitations: null }

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Blank = defineComponent({ render: () => h('div') })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: DashboardView },
      { path: '/:rest(.*)*', component: Blank },
    ],
  })
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(DashboardView) }) })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  return { wrapper, router }
}

const byId = (w: ReturnType<typeof mountPage>['wrapper'], id: string) => w.find(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(SettingsAPI.Overview).mockResolvedValue({ clients: 1, invoices: 10, unpaid: 10, overdueCount: 6, outstanding: 1234567, overdue: 456789 })
  mocked(DashboardAPI.Work).mockResolvedValue(work)
})

describe('DashboardView', () => {
  it('shows the figures, the aging, the trends, the work of the day, promises, debtors and the bank warning', async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    const { wrapper: w } = mountPage()
    await flushPromises()

    expect(byId(w, 'kpi-outstanding-value').text()).toBe(eur('12 345,67 €'))
    expect(byId(w, 'kpi-outstanding').text()).toContain('10 factures ouvertes')
    expect(byId(w, 'kpi-overdue-value').text()).toBe(eur('4 567,89 €'))
    expect(byId(w, 'kpi-overdue').text()).toContain('6 factures en retard')
    expect(byId(w, 'kpi-dso-value').text()).toBe('47 jours')
    expect(byId(w, 'kpi-dso-spark').attributes('data-points')).toBe('12')
    expect(byId(w, 'kpi-collected-value').text()).toBe(eur('3 420,00 €'))
    expect(byId(w, 'kpi-collected').text()).toContain(`Mois précédent : ${eur('2 500,00 €')}`)

    const bars = w.findAll('[data-testid="aging-bar"]')
    expect(bars.map((b) => b.attributes('data-key'))).toEqual(['not_due', '1_30', '31_60', '61_90', 'over_90'])
    expect(bars[2].text()).toContain(eur('2 567,89 €'))
    expect(bars[2].text()).toContain('31 à 60 jours')
    expect(bars[2].text()).toContain('3 factures')
    expect(w.findAll('[data-testid="collected-bar"]')).toHaveLength(12)
    expect(byId(w, 'dso-trend').attributes('data-points')).toBe('12')

    expect(byId(w, 'dashboard-today-review').text()).toContain('2')
    expect(byId(w, 'dashboard-today-send').text()).toContain('3')
    expect(byId(w, 'dashboard-promise').text()).toContain('F-2026-0700')
    expect(byId(w, 'dashboard-promise').text()).toContain('04/12/2026')
    expect(byId(w, 'dashboard-debtor').text()).toContain('Menuiserie Lefèvre')
    expect(byId(w, 'dashboard-debtor').text()).toContain('en retard de 95 j')
    const stat = byId(w, 'dashboard-stat')
    expect(stat.text()).toContain('E-mail')
    expect(stat.text()).toContain(`45${NBSP}%`)
    expect(byId(w, 'dashboard-bank-warning').text()).toContain('Aucun relevé bancaire importé')
    w.unmount()
  })

  it('opens the unpaid invoices of an aging bucket, a debtor, a promise, the bank and the payments of a month', async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    const { wrapper: w, router } = mountPage()
    await router.push('/')
    await flushPromises()

    await w.find('[data-testid="aging-bar"][data-key="31_60"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/invoices?aging=31_60')

    await byId(w, 'dashboard-debtor').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/clients/7')

    await byId(w, 'dashboard-promise').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/invoices/12')

    await byId(w, 'dashboard-bank-import').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/bank')

    await byId(w, 'kpi-overdue').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/invoices?overdue=1')

    await w.findAll('[data-testid="collected-bar"]')[10].trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/reports/collected?month=2026-11')

    await byId(w, 'kpi-collected').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/reports/collected')
    w.unmount()
  })

  it('shows the e-mails on their way and opens the outbox', async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    const { wrapper: w, router } = mountPage()
    await router.push('/')
    await flushPromises()
    expect(byId(w, 'dashboard-today-outbox').exists()).toBe(false)

    useOutboxStore().view = outboxView({ messages: [], counts: { queued: 22, sending: 2, sent: 140, failed: 0 } })
    await flushPromises()
    expect(byId(w, 'dashboard-today-outbox').text()).toContain('En cours d’envoi')
    expect(byId(w, 'dashboard-today-outbox').text()).toContain('24')
    await byId(w, 'dashboard-today-outbox').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/outbox')
    w.unmount()
  })

  it('keeps the first-run choices for an empty ledger', async () => {
    mocked(SettingsAPI.Overview).mockResolvedValue({ clients: 0, invoices: 0 })
    mocked(DashboardAPI.Get).mockResolvedValue({ today: '2026-12-02', figures: { aging: null, dsoTrend: null, collected: null, topDebtors: null } })
    const { wrapper: w } = mountPage()
    await flushPromises()
    expect(byId(w, 'dashboard-welcome').exists()).toBe(true)
    expect(byId(w, 'demo-load').exists()).toBe(true)
    expect(byId(w, 'dashboard').exists()).toBe(false)
    w.unmount()
  })

  it('warns of the invoices about to become time-barred and opens one', async () => {
    const message = 'La facture F-2022-0101 (300,00 €) sera prescrite après le 15/01/2027 (5 ans, art. L110-4 du Code de commerce)'
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    mocked(DashboardAPI.Work).mockResolvedValue({
      ...work,
      limitations: [{ kind: 'limitation_near', date: '2027-01-15', clientId: 7, clientCode: 'MEN', invoiceId: 21, invoiceNumber: 'F-2022-0101', message }],
    })
    const { wrapper: w, router } = mountPage()
    await flushPromises()
    const alert = byId(w, 'dashboard-limitations')
    expect(alert.text()).toContain('Factures bientôt prescrites')
    expect(alert.text()).toContain('Une mise en demeure seule n’interrompt pas la prescription')
    expect(alert.text()).toContain('15/01/2027')
    expect(alert.text()).toContain(message)
    await byId(w, 'dashboard-limitation').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/invoices/21')
    w.unmount()
  })

  it('shows no limitation warning when the Go side sends none', async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    const { wrapper: w } = mountPage()
    await flushPromises()
    expect(byId(w, 'dashboard').exists()).toBe(true)
    expect(byId(w, 'dashboard-limitations').exists()).toBe(false)
    w.unmount()
  })

  it("shows the figures before the day's plan, then its counts; a failed plan does not hide the figures", async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    let answer: (v: unknown) => void = () => undefined
    let refuse: (e: unknown) => void = () => undefined
    mocked(DashboardAPI.Work).mockReturnValue(new Promise((res, rej) => ((answer = res), (refuse = rej))))
    const { wrapper: w } = mountPage()
    await flushPromises()
    expect(byId(w, 'dashboard').text()).toContain(eur('12 345,67 €'))
    expect(byId(w, 'dashboard-today-loading').exists()).toBe(true)
    expect(byId(w, 'dashboard-today-review').exists()).toBe(false)
    answer(work)
    await flushPromises()
    expect(byId(w, 'dashboard-today-loading').exists()).toBe(false)
    expect(byId(w, 'dashboard-today-review').text()).toContain('2')
    w.unmount()

    mocked(DashboardAPI.Work).mockReturnValue(new Promise((res, rej) => ((answer = res), (refuse = rej))))
    const { wrapper: w2 } = mountPage()
    await flushPromises()
    refuse({ code: 'EINTERNAL', message: 'Le plan du jour n’a pas pu être calculé.' })
    await flushPromises()
    expect(byId(w2, 'dashboard').text()).toContain(eur('12 345,67 €'))
    expect(byId(w2, 'dashboard-today-error').exists()).toBe(true)
    w2.unmount()
  })

  it('paints the four figures first, then builds the cards below them', async () => {
    mocked(DashboardAPI.Get).mockResolvedValue(dashboard)
    const { wrapper: w } = mountPage()
    await flush()
    expect(byId(w, 'kpi-outstanding-value').exists()).toBe(true)
    expect(byId(w, 'dashboard-aging').exists()).toBe(false)
    await new Promise((r) => setTimeout(r, 50))
    await flush()
    expect(byId(w, 'dashboard-aging').exists()).toBe(true)
    w.unmount()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'
import { createMemoryHistory, createRouter } from 'vue-router'

vi.mock('../../wailsjs/go/app/DashboardAPI')

import * as DashboardAPI from '../../wailsjs/go/app/DashboardAPI'
import CollectedView from '../views/CollectedView.vue'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const eur = (s: string) => s.replace(/ /g, NBSP)

const november = {
  month: '2026-11',
  total: 201000,
  payments: [
    { paymentId: 9, date: '2026-11-20', clientId: 7, clientCode: 'MEN', clientName: 'Menuiserie Lefèvre', amount: 200000, method: 'Virement',
      reference: 'VIR 2 factures', invoices: ['F-2026-0101', 'F-2026-0102'], unallocated: 20000 },
    { paymentId: 4, date: '2026-11-02', clientId: 3, clientCode: 'BOU', clientName: 'Boulangerie Martin', amount: 1000, method: 'Chèque',
      reference: '', invoices: null, unallocated: 0 },
  ],
}

async function mountAt(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reports/collected', component: CollectedView },
      { path: '/:rest(.*)*', component: defineComponent({ render: () => h('div') }) },
    ],
  })
  await router.push(path)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(CollectedView) }) })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('CollectedView', () => {
  it('lists the payments of the month asked, moves month by month and exports', async () => {
    mocked(DashboardAPI.Collected).mockImplementation(async (m: string) => (m === '2026-10' ? { month: '2026-10', total: 0, payments: null } : november))
    mocked(DashboardAPI.ExportCollected).mockResolvedValue('/home/claire/Relance/exports/encaissements-2026-11.csv')
    const { wrapper: w, router } = await mountAt('/reports/collected?month=2026-11')

    expect(DashboardAPI.Collected).toHaveBeenCalledWith('2026-11')
    expect(w.find('[data-testid="collected-month"]').text()).toBe('nov. 2026')
    expect(w.find('[data-testid="collected-total"]').text()).toBe(eur('2 010,00 €'))
    const rows = w.findAll('[data-testid="collected-row"]')
    expect(rows).toHaveLength(2)
    expect(rows[0].text()).toContain('20/11/2026')
    expect(rows[0].text()).toContain('Menuiserie Lefèvre')
    expect(rows[0].text()).toContain('F-2026-0101, F-2026-0102')
    expect(rows[0].find('[data-testid="collected-credit"]').text()).toBe(`dont ${eur('200,00 €')} en avoir du client`)
    expect(rows[1].text()).toContain('Chèque')

    await w.find('[data-testid="collected-export"]').trigger('click')
    await flushPromises()
    expect(DashboardAPI.ExportCollected).toHaveBeenCalledWith('2026-11')
    expect(w.find('[data-testid="collected-written-value"]').text()).toContain('encaissements-2026-11.csv')

    await w.find('[data-testid="collected-previous"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.month).toBe('2026-10')
    expect(DashboardAPI.Collected).toHaveBeenLastCalledWith('2026-10')
    expect(w.find('[data-testid="collected-empty"]').exists()).toBe(true)
    w.unmount()
  })

  it('says what is wrong with a month it cannot read', async () => {
    mocked(DashboardAPI.Collected).mockRejectedValue({ code: 'EINVALID', message: 'mois « novembre » invalide : AAAA-MM attendu (par exemple 2026-11)' })
    const { wrapper: w } = await mountAt('/reports/collected?month=novembre')
    expect(w.find('[data-testid="collected-error"]').text()).toContain('AAAA-MM attendu')
    w.unmount()
  })
})

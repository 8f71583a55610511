import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/InvoicesAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import ClientPaymentDialog from '../components/ClientPaymentDialog.vue'
import { emptyClient, type Client } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP, todayISO } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const row = (id: number, number: string, dueDate: string, remaining: number) => ({
  id, number, clientId: 7, clientCode: 'BOUL01', clientName: 'Boulangerie Lefèvre', issueDate: '2025-11-01', dueDate,
  amountInclTax: remaining, amountPaid: 0, remaining, status: 'open', daysOverdue: 10,
})
// Not in due-date order: the dialog sorts them oldest first.
const rows = [row(11, 'F-0011', '2026-01-10', 100000), row(12, 'F-0012', '2025-12-01', 30000), row(13, 'F-0013', '2026-02-01', 50000)]

function client(): Client {
  return { ...emptyClient(), id: 7, code: 'BOUL01', name: 'Boulangerie Lefèvre' }
}

function mountDialog() {
  const onSaved = vi.fn()
  const show = ref(true)
  const Host = defineComponent({
    setup: () => () =>
      h(NMessageProvider, null, {
        default: () => h(ClientPaymentDialog, { show: show.value, client: client(), onSaved, 'onUpdate:show': (v: boolean) => (show.value = v) }),
      }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, onSaved, show }
}

function q(testid: string): DOMWrapper<HTMLElement> {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  expect(el, testid).not.toBeNull()
  return new DOMWrapper(el!)
}
const value = (testid: string) => (q(testid).element as HTMLInputElement).value

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('ClientPaymentDialog', () => {
  it('spreads the payment oldest first, shows the credit and sends the allocations', async () => {
    mocked(InvoicesAPI.List).mockResolvedValue({ rows, total: 3, totalRemaining: 180000 })
    mocked(ClientsAPI.RecordPayment).mockResolvedValueOnce({ client: client(), overview: {}, events: [], claim: {} })
    const { wrapper, onSaved, show } = mountDialog()
    await flushPromises()
    expect(mocked(InvoicesAPI.List).mock.calls[0][0]).toMatchObject({ clientId: 7, status: 'unpaid' })
    const order = [...document.querySelectorAll('[data-testid^="client-payment-row-"]')].map((e) => e.getAttribute('data-testid'))
    expect(order).toEqual(['client-payment-row-12', 'client-payment-row-11', 'client-payment-row-13'])

    await q('client-payment-amount').setValue('2 000,00')
    await q('client-payment-auto').trigger('click')
    await flushPromises()
    expect(value('client-payment-alloc-12')).toBe('300,00')
    expect(value('client-payment-alloc-11')).toBe(`1${NBSP}000,00`)
    expect(value('client-payment-alloc-13')).toBe('500,00')
    expect(q('client-payment-allocated').text()).toBe(`1${NBSP}800,00${NBSP}€`)
    expect(q('client-payment-credit').text()).toBe(`200,00${NBSP}€`)
    expect(q('client-payment-credit-note').text()).toContain('resteront en avoir')

    // Nothing on the newest invoice: its part becomes credit too.
    await q('client-payment-alloc-13').setValue('')
    await flushPromises()
    expect(q('client-payment-credit').text()).toBe(`700,00${NBSP}€`)

    await q('client-payment-reference').setValue('VIR 0425')
    await q('client-payment-save').trigger('click')
    await flushPromises()
    expect(ClientsAPI.RecordPayment).toHaveBeenCalledWith({
      clientId: 7,
      date: todayISO(),
      amount: 200000,
      method: 'transfer',
      reference: 'VIR 0425',
      allocations: [
        { invoiceId: 12, amount: 30000 },
        { invoiceId: 11, amount: 100000 },
      ],
    })
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(show.value).toBe(false)
    wrapper.unmount()
  })

  it('refuses to allocate more than received, and shows the allocations error of the Go side', async () => {
    mocked(InvoicesAPI.List).mockResolvedValue({ rows, total: 3, totalRemaining: 180000 })
    mocked(ClientsAPI.RecordPayment).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'paiement invalide', fields: [{ field: 'allocations', message: 'les affectations dépassent le montant du paiement' }] }),
    )
    const { wrapper } = mountDialog()
    await flushPromises()
    await q('client-payment-amount').setValue('100,00')
    await q('client-payment-alloc-12').setValue('200,00')
    await flushPromises()
    expect(q('client-payment-over').text()).toContain(`100,00${NBSP}€ de plus`)
    await q('client-payment-save').trigger('click')
    await flushPromises()
    expect(ClientsAPI.RecordPayment).not.toHaveBeenCalled()
    expect(q('client-payment-allocations-error').text()).toContain('de plus que le montant reçu')

    await q('client-payment-alloc-12').setValue('100,00')
    await q('client-payment-save').trigger('click')
    await flushPromises()
    expect(mocked(ClientsAPI.RecordPayment).mock.calls[0][0].allocations).toEqual([{ invoiceId: 12, amount: 10000 }])
    expect(q('client-payment-allocations-error').text()).toBe('les affectations dépassent le montant du paiement')
    wrapper.unmount()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/InvoicesAPI', () => ({
  List: vi.fn(),
  Get: vi.fn(),
  Save: vi.fn(),
  SetStatus: vi.fn(),
  RecordPayment: vi.fn(),
  AttachPDF: vi.fn(),
  OpenAttachment: vi.fn(),
}))

import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import PaymentDialog from '../components/PaymentDialog.vue'
import { emptyInvoice, emptyPenalty, type InvoiceView } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP, todayISO } from '../format'

const recordPayment = InvoicesAPI.RecordPayment as unknown as ReturnType<typeof vi.fn>

function invoiceView(): InvoiceView {
  return {
    invoice: { ...emptyInvoice(), id: 3, number: 'F-2026-0042', amountInclTax: 120000, amountPaid: 20000, paymentMethod: 'cheque', status: 'partially_paid' },
    clientCode: 'BOUL01',
    clientName: 'Boulangerie Lefèvre SARL',
    clientPhone: '',
    remaining: 100000,
    daysOverdue: 12,
    payments: [],
    penalty: emptyPenalty(),
  }
}

function mountDialog() {
  const onSaved = vi.fn()
  const show = ref(true)
  const Host = defineComponent({
    setup: () => () =>
      h(NMessageProvider, null, {
        default: () =>
          h(PaymentDialog, { show: show.value, view: invoiceView(), onSaved, 'onUpdate:show': (v: boolean) => (show.value = v) }),
      }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
  return { wrapper, onSaved, show }
}

/** The modal is teleported to <body>. */
function q(testid: string): DOMWrapper<HTMLElement> {
  const el = document.querySelector<HTMLElement>(`[data-testid="${testid}"]`)
  expect(el, testid).not.toBeNull()
  return new DOMWrapper(el!)
}

const feedback = (testid: string) => q(testid).element.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim() ?? ''

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('PaymentDialog', () => {
  it('shows the field errors of a rejected payment next to the date and the amount', async () => {
    recordPayment.mockRejectedValueOnce(
      JSON.stringify({
        code: 'EINVALID',
        message: 'paiement invalide',
        fields: [
          { field: 'date', message: 'la date du paiement ne peut pas être dans le futur' },
          { field: 'amount', message: 'le montant du paiement doit être positif' },
        ],
      }),
    )
    const { wrapper, onSaved, show } = mountDialog()
    await flushPromises()
    expect(q('payment-dialog').text()).toContain(`Reste dû sur cette facture : 1${NBSP}000,00${NBSP}€`)
    // Prefilled: today, the remaining amount, the invoice's payment method.
    expect((q('payment-amount').element as HTMLInputElement).value).toBe(`1${NBSP}000,00`)

    await q('payment-reference').setValue('CHQ 0012')
    await q('payment-save').trigger('click')
    await flushPromises()

    expect(recordPayment).toHaveBeenCalledWith({ invoiceId: 3, date: todayISO(), amount: 100000, method: 'cheque', reference: 'CHQ 0012' })
    expect(feedback('payment-date-item')).toBe('la date du paiement ne peut pas être dans le futur')
    expect(feedback('payment-amount-item')).toBe('le montant du paiement doit être positif')
    expect(q('form-errors').exists()).toBe(true)
    expect(onSaved).not.toHaveBeenCalled()
    expect(show.value).toBe(true)

    // Typing again clears the amount's error.
    await q('payment-amount').setValue('250,5')
    expect(feedback('payment-amount-item')).toBe('')
    wrapper.unmount()
  })

  it('says that an excess stays a credit of the client, and closes once recorded', async () => {
    const saved = { ...invoiceView(), remaining: 0 }
    recordPayment.mockResolvedValueOnce(saved)
    const { wrapper, onSaved, show } = mountDialog()
    await flushPromises()
    await q('payment-amount').setValue('1 200,00')
    await flushPromises()
    expect(q('payment-excess').text()).toContain(`l’excédent de 200,00${NBSP}€ restera au crédit du client`)
    await q('payment-save').trigger('click')
    await flushPromises()
    expect(recordPayment.mock.calls[0][0]).toMatchObject({ amount: 120000 })
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(show.value).toBe(false)
    wrapper.unmount()
  })
})

import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/InvoicesAPI')

import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import CreditNoteDialog from '../components/CreditNoteDialog.vue'
import { emptyInvoice, emptyPenalty, type InvoiceView } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP, todayISO } from '../format'

const recordCreditNote = InvoicesAPI.RecordCreditNote as unknown as ReturnType<typeof vi.fn>

function invoiceView(): InvoiceView {
  return {
    invoice: { ...emptyInvoice(), id: 3, number: 'F-2026-0042', amountInclTax: 120000, amountPaid: 20000, status: 'partially_paid' },
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
        default: () => h(CreditNoteDialog, { show: show.value, view: invoiceView(), onSaved, 'onUpdate:show': (v: boolean) => (show.value = v) }),
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
const feedback = (testid: string) => q(testid).element.querySelector('.n-form-item-feedback-wrapper')?.textContent?.trim() ?? ''

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('CreditNoteDialog', () => {
  it('sends the credit note, prefilled with the remaining amount', async () => {
    recordCreditNote.mockResolvedValueOnce({ ...invoiceView(), remaining: 60000 })
    const { wrapper, onSaved, show } = mountDialog()
    await flushPromises()
    expect(q('credit-note-dialog').text()).toContain(`Reste dû : 1${NBSP}000,00${NBSP}€`)
    expect((q('credit-note-amount').element as HTMLInputElement).value).toBe(`1${NBSP}000,00`)

    await q('credit-note-number').setValue('AV-2026-003')
    await q('credit-note-amount').setValue('400')
    await q('credit-note-reason').setValue('Remise commerciale ')
    await q('credit-note-save').trigger('click')
    await flushPromises()

    expect(recordCreditNote).toHaveBeenCalledWith({ invoiceId: 3, number: 'AV-2026-003', date: todayISO(), amount: 40000, reason: 'Remise commerciale' })
    expect(onSaved).toHaveBeenCalledTimes(1)
    expect(onSaved.mock.calls[0][0].remaining).toBe(60000)
    expect(show.value).toBe(false)
    wrapper.unmount()
  })

  it('shows the field errors at the fields', async () => {
    recordCreditNote.mockRejectedValueOnce(
      JSON.stringify({
        code: 'EINVALID',
        message: 'avoir invalide',
        fields: [
          { field: 'number', message: 'indiquez le numéro de l’avoir' },
          { field: 'amount', message: 'l’avoir dépasse ce que la facture doit encore' },
        ],
      }),
    )
    const { wrapper, onSaved, show } = mountDialog()
    await flushPromises()
    await q('credit-note-save').trigger('click')
    await flushPromises()
    expect(feedback('credit-note-number-item')).toBe('indiquez le numéro de l’avoir')
    expect(feedback('credit-note-amount-item')).toBe('l’avoir dépasse ce que la facture doit encore')
    expect(onSaved).not.toHaveBeenCalled()
    expect(show.value).toBe(true)
    await q('credit-note-number').setValue('AV-1')
    expect(feedback('credit-note-number-item')).toBe('')
    wrapper.unmount()
  })
})

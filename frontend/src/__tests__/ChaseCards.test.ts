import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDatePicker, NMessageProvider, NSelect } from 'naive-ui'

// Every generated ChaseAPI function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/ChaseAPI')

import * as ChaseAPI from '../../wailsjs/go/app/ChaseAPI'
import InvoiceChaseCard from '../components/InvoiceChaseCard.vue'
import ClientChaseCard from '../components/ClientChaseCard.vue'
import { i18n, setLocale } from '../i18n'
import { addDaysISO, formatDate, todayISO } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const scenarios = [
  { id: 'regular', name: 'Client régulier', steps: [{ id: 'reminder1', name: 'Relance 1' }, { id: 'call', name: 'Appel' }], repeatLastEmailEveryDays: 0, doNotChase: false },
  { id: 'none', name: 'Ne pas relancer', steps: null, repeatLastEmailEveryDays: 0, doNotChase: true },
]

// As the Go side sends it: omitempty fields missing.
const invoiceChase = {
  chase: {
    invoiceId: 3,
    debitFailed: false,
    stepsDone: [
      { stepId: 'reminder1', date: '2026-03-09', status: 'done', channel: 'email' },
      { stepId: 'call', date: '2026-03-12', status: 'done', channel: 'call', outcome: 'no_answer' },
    ],
    updatedAt: '2026-03-12T10:00:00Z',
  },
  scenarioId: 'regular',
  scenarioName: 'Client régulier',
  status: 'Relance 1 faite le 09/03/2026 ; prochaine étape : Relance ferme le 17/03/2026',
  next: { action: { id: 'n1', date: '2026-03-17', stepName: 'Relance ferme', channel: 'email', status: 'due', lines: null }, approved: false, pending: '' },
}

function host(comp: unknown, props: Record<string, unknown>) {
  setActivePinia(createPinia())
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(comp as never, props) }) })
  return mount(Host, { global: { plugins: [i18n] }, attachTo: document.body })
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(ChaseAPI.Scenarios).mockResolvedValue(scenarios)
})

describe('InvoiceChaseCard', () => {
  it('shows the status, the next action, the inherited scenario and the steps reached, newest first', async () => {
    mocked(ChaseAPI.InvoiceChase).mockResolvedValueOnce(invoiceChase)
    const w = host(InvoiceChaseCard, { invoiceId: 3, paymentMethod: 'transfer' })
    await flushPromises()
    expect(ChaseAPI.InvoiceChase).toHaveBeenCalledWith(3)
    expect(w.find('[data-testid="chase-status"]').text()).toContain('prochaine étape : Relance ferme')
    expect(w.find('[data-testid="chase-next"]').text()).toContain('Relance ferme')
    expect(w.find('[data-testid="chase-next"]').text()).toContain('le 17/03/2026')
    expect(w.findComponent(NSelect).props('value')).toBe('')
    expect((w.findComponent(NSelect).props('options') as { label: string }[])[0].label).toBe('Selon le client (Client régulier)')
    const rows = w.findAll('[data-testid="chase-history-row"]').map((r) => r.text())
    expect(rows[0]).toContain('12/03/2026')
    expect(rows[0]).toContain('Appel')
    expect(rows[0]).toContain('Pas de réponse')
    expect(rows[1]).toContain('09/03/2026')
    expect(w.find('[data-testid="chase-debit-failed"]').exists()).toBe(false)
    w.unmount()
  })

  it('records a dispute with its reason, then resolves it', async () => {
    mocked(ChaseAPI.InvoiceChase).mockResolvedValueOnce(invoiceChase)
    const disputed = { ...invoiceChase, chase: { ...invoiceChase.chase, dispute: { reason: 'price', note: 'tarif 2025', since: '2026-03-16', resolved: false } } }
    const resolved = { ...invoiceChase, chase: { ...disputed.chase, dispute: { ...disputed.chase.dispute, resolved: true, resolvedOn: '2026-03-18' } } }
    // The card also reloads 250 ms after a change (today.refresh): the Go side then returns the current state.
    mocked(ChaseAPI.SetDispute).mockImplementationOnce(async () => (mocked(ChaseAPI.InvoiceChase).mockResolvedValue(disputed), disputed))
    mocked(ChaseAPI.ResolveDispute).mockImplementationOnce(async () => (mocked(ChaseAPI.InvoiceChase).mockResolvedValue(resolved), resolved))
    const w = host(InvoiceChaseCard, { invoiceId: 3, paymentMethod: 'transfer' })
    await flushPromises()
    await w.find('[data-testid="chase-dispute"]').trigger('click')
    const reasonSelect = w.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === 'chase-dispute-reason')!
    const labels = (reasonSelect.props('options') as { label: string }[]).map((o) => o.label)
    expect(labels).toEqual(['Marchandise ou prestation non reçue', 'Qualité contestée', 'Prix contesté', 'Non commandé', 'Autre'])
    reasonSelect.vm.$emit('update:value', 'price')
    await w.find('[data-testid="chase-dispute-note"]').setValue('tarif 2025')
    await w.find('[data-testid="chase-dispute-save"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.SetDispute).toHaveBeenCalledWith(3, 'price', 'tarif 2025')
    expect(w.find('[data-testid="chase-dispute-open"]').text()).toContain('Litige depuis le 16/03/2026 : Prix contesté')
    await w.find('[data-testid="chase-dispute-resolve"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.ResolveDispute).toHaveBeenCalledWith(3)
    expect(w.find('[data-testid="chase-dispute-open"]').exists()).toBe(false)
    expect(w.text()).toContain('Litige résolu le 18/03/2026')
    w.unmount()
    mocked(ChaseAPI.InvoiceChase).mockReset()
  })

  it('records that the limitation was interrupted, only with a date, and shows it', async () => {
    mocked(ChaseAPI.InvoiceChase).mockResolvedValueOnce(invoiceChase)
    const interrupted = { ...invoiceChase, chase: { ...invoiceChase.chase, interruption: { on: '2026-03-10', reason: 'acknowledgment', note: 'lettre du client' } } }
    mocked(ChaseAPI.InterruptLimitation).mockImplementationOnce(async () => (mocked(ChaseAPI.InvoiceChase).mockResolvedValue(interrupted), interrupted))
    const w = host(InvoiceChaseCard, { invoiceId: 3, paymentMethod: 'transfer' })
    await flushPromises()
    expect(w.find('[data-testid="chase-interruption"]').exists()).toBe(false)
    await w.find('[data-testid="chase-interrupt"]').trigger('click')
    const f = w.find('[data-testid="chase-interrupt-form"]')
    expect(f.text()).toContain('Une mise en demeure seule n’interrompt pas la prescription')
    const by = w.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === 'chase-interrupt-by')!
    expect((by.props('options') as { label: string }[]).map((o) => o.label)).toEqual([
      'reconnaissance de la dette par le débiteur (art. 2240 du Code civil)',
      'demande en justice, requête en injonction de payer (art. 2241 du Code civil)',
    ])
    await w.find('[data-testid="chase-interrupt-save"]').trigger('click')
    expect(ChaseAPI.InterruptLimitation).not.toHaveBeenCalled()
    expect(w.find('[data-testid="chase-interrupt-form"]').text()).toContain('Indiquez la date de l’interruption.')
    const picker = w.findAllComponents(NDatePicker).find((p) => p.attributes('data-testid') === 'chase-interrupt-date')!
    picker.vm.$emit('update:formatted-value', '2026-03-10')
    await w.find('[data-testid="chase-interrupt-note"]').setValue('lettre du client')
    await w.find('[data-testid="chase-interrupt-save"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.InterruptLimitation).toHaveBeenCalledWith(3, '2026-03-10', 'acknowledgment', 'lettre du client')
    expect(w.find('[data-testid="chase-interruption"]').text()).toContain('Prescription interrompue le 10/03/2026 : reconnaissance de la dette par le débiteur')
    expect(w.find('[data-testid="chase-interrupt-form"]').exists()).toBe(false)
    w.unmount()
    mocked(ChaseAPI.InvoiceChase).mockReset()
  })

  it('records a promise only with a date, and offers the failed-debit switch for direct debits', async () => {
    mocked(ChaseAPI.InvoiceChase).mockResolvedValueOnce(invoiceChase)
    mocked(ChaseAPI.SetPromise).mockResolvedValueOnce({ ...invoiceChase, chase: { ...invoiceChase.chase, promise: { until: '2030-01-15', since: '2026-03-16', kept: false, broken: false } } })
    mocked(ChaseAPI.SetDebitFailed).mockResolvedValueOnce({ ...invoiceChase, chase: { ...invoiceChase.chase, debitFailed: true } })
    const w = host(InvoiceChaseCard, { invoiceId: 3, paymentMethod: 'direct_debit' })
    await flushPromises()
    await w.find('[data-testid="chase-promise"]').trigger('click')
    await w.find('[data-testid="chase-promise-save"]').trigger('click')
    expect(ChaseAPI.SetPromise).not.toHaveBeenCalled()
    expect(w.find('[data-testid="chase-promise-form"]').text()).toContain('Indiquez la date de paiement promise.')
    w.findComponent(NDatePicker).vm.$emit('update:formatted-value', '2030-01-15')
    await w.find('[data-testid="chase-promise-note"]').setValue('virement annoncé')
    await w.find('[data-testid="chase-promise-save"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.SetPromise).toHaveBeenCalledWith(3, '2030-01-15', 'virement annoncé')
    expect(w.find('[data-testid="chase-promise-state"]').text()).toContain('Promesse de paiement pour le 15/01/2030')

    await w.find('[data-testid="chase-debit-failed"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.SetDebitFailed).toHaveBeenCalledWith(3, true)
    w.unmount()
  })
})

describe('ClientChaseCard', () => {
  it('pauses a client until a date with a reason, and resumes', async () => {
    const until = addDaysISO(todayISO(), 30)
    mocked(ChaseAPI.ClientChase).mockResolvedValueOnce({ chase: { clientId: 7, lastContact: '2026-03-12', updatedAt: '' }, scenarioId: 'regular', scenarioName: 'Client régulier' })
    mocked(ChaseAPI.PauseClient).mockResolvedValueOnce({
      chase: { clientId: 7, lastContact: '2026-03-12', pause: { until, reason: 'difficultés passagères' }, updatedAt: '' },
      scenarioId: 'regular',
      scenarioName: 'Client régulier',
    })
    mocked(ChaseAPI.ResumeClient).mockResolvedValueOnce({ chase: { clientId: 7, lastContact: '2026-03-12', updatedAt: '' }, scenarioId: 'regular', scenarioName: 'Client régulier' })
    const w = host(ClientChaseCard, { clientId: 7 })
    await flushPromises()
    expect(w.find('[data-testid="client-last-contact"]').text()).toContain('12/03/2026')
    expect((w.findComponent(NSelect).props('options') as { label: string }[])[0].label).toBe('Selon le segment (Client régulier)')

    await w.find('[data-testid="client-pause"]').trigger('click')
    await w.find('[data-testid="client-pause-save"]').trigger('click')
    expect(ChaseAPI.PauseClient).not.toHaveBeenCalled()
    expect(w.find('[data-testid="client-pause-form"]').text()).toContain('Obligatoire')
    await w.find('[data-testid="client-pause-reason"]').setValue('difficultés passagères')
    await w.find('[data-testid="client-pause-save"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.PauseClient).toHaveBeenCalledWith(7, until, 'difficultés passagères')
    expect(w.find('[data-testid="client-paused"]').text()).toContain(`En pause jusqu’au ${formatDate(until)}`)

    await w.find('[data-testid="client-resume"]').trigger('click')
    await flushPromises()
    expect(ChaseAPI.ResumeClient).toHaveBeenCalledWith(7)
    expect(w.find('[data-testid="client-pause"]').exists()).toBe(true)
    w.unmount()
  })

  it('sets the client’s own scenario, and back to the segment’s', async () => {
    const v = { chase: { clientId: 7, updatedAt: '' }, scenarioId: 'regular', scenarioName: 'Client régulier' }
    mocked(ChaseAPI.ClientChase).mockResolvedValueOnce(v)
    mocked(ChaseAPI.SetClientScenario).mockResolvedValueOnce({ ...v, chase: { ...v.chase, scenarioId: 'none' }, scenarioId: 'none', scenarioName: 'Ne pas relancer' })
    const w = host(ClientChaseCard, { clientId: 7 })
    await flushPromises()
    expect(w.find('[data-testid="client-last-contact"]').text()).toContain('jamais')
    w.findComponent(NSelect).vm.$emit('update:value', 'none')
    await flushPromises()
    expect(ChaseAPI.SetClientScenario).toHaveBeenCalledWith(7, 'none')
    expect(w.findComponent(NSelect).props('value')).toBe('none')
    w.unmount()
  })
})

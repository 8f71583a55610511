import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider } from 'naive-ui'

vi.mock('../../wailsjs/go/app/DocumentsAPI', () => ({
  NoticeDraft: vi.fn(),
  GenerateNotice: vi.fn(),
  GenerateReminderLetter: vi.fn(),
  GenerateStatement: vi.fn(),
  GenerateDossier: vi.fn(),
  List: vi.fn(),
  RecordSending: vi.fn(),
  Open: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/SettingsAPI', () => ({ Get: vi.fn(), Save: vi.fn(), Overview: vi.fn(() => Promise.resolve({})), LoadDemo: vi.fn() }))
vi.mock('../../wailsjs/go/app/ClientsAPI', () => ({ List: vi.fn(), Get: vi.fn(), Save: vi.fn(), Segments: vi.fn(() => Promise.resolve([])) }))

import * as DocumentsAPI from '../../wailsjs/go/app/DocumentsAPI'
import NoticePanel from '../components/NoticePanel.vue'
import type { NoticeDraft, NoticeRequest } from '../api'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

const INTRO = ['Madame, Monsieur,', 'Malgré nos relances, les factures ci-dessous restent impayées.']
const CONSEQUENCES = ['À défaut de paiement dans ce délai, nous saisirons le tribunal de commerce.']

function draft(over: Partial<NoticeDraft> = {}): NoticeDraft {
  return {
    clientId: 7,
    clientCode: 'BOUL01',
    clientName: 'Boulangerie Lefèvre SARL',
    consumer: false,
    lines: [
      {
        invoiceId: 3,
        number: 'F-2026-0042',
        issueDate: '2026-05-01',
        dueDate: '2026-05-31',
        daysLate: 76,
        amountInclTax: 500000,
        paid: 0,
        remaining: 500000,
        penalty: 14938,
        indemnity: 4000,
      },
    ],
    principal: 500000,
    penalties: 14938,
    indemnity: 4000,
    credit: 0,
    totalClaimed: 518938,
    leftOut: [],
    deadlineDays: 8,
    date: '2026-08-15',
    intro: INTRO,
    consequences: CONSEQUENCES,
    warnings: ['SIREN de votre entreprise manquant (Mon entreprise)', 'IBAN manquant : le QR code de paiement ne sera pas imprimé'],
    ...over,
  }
}

const generated = {
  document: {
    id: 12,
    kind: 'formal_notice',
    clientId: 7,
    invoiceIds: [3],
    date: '2026-08-15',
    createdAt: '2026-08-15T10:00:00Z',
    file: 'documents/2026/12.pdf',
    sha256: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    size: 4096,
    amount: 518938,
    channel: 'letter',
  },
  label: 'Mise en demeure',
  url: '/documents/12.pdf',
  path: '/data/documents/2026/12.pdf',
  warnings: null,
}

function mountPanel() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NMessageProvider, null, { default: () => h(NoticePanel, { invoiceId: 3, debounceMs: 20 }) }),
  })
  return mount(Host, { global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub } }, attachTo: document.body })
}

const lastRequest = (): NoticeRequest => mocked(DocumentsAPI.NoticeDraft).mock.calls.at(-1)![0] as NoticeRequest
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})
afterEach(() => {
  document.body.innerHTML = ''
})

describe('NoticePanel', () => {
  it('loads the draft with the default wording and shows debtor, invoices, totals, deadline and warnings', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft())
    const w = mountPanel()
    await flushPromises()

    expect(DocumentsAPI.NoticeDraft).toHaveBeenCalledTimes(1)
    expect(lastRequest()).toEqual({ invoiceId: 3, deadlineDays: 8, registered: true, registeredNumber: '', intro: [], consequences: [] })

    expect(w.find('[data-testid="notice-panel"]').exists()).toBe(true)
    expect(w.find('[data-testid="notice-debtor"]').text()).toContain('Boulangerie Lefèvre SARL')
    const cells = w.findAll('[data-testid="notice-line"] td').map((c) => c.text())
    expect(cells).toEqual([
      'F-2026-0042',
      '31/05/2026',
      '76',
      `5${NBSP}000,00${NBSP}€`,
      `0,00${NBSP}€`,
      `5${NBSP}000,00${NBSP}€`,
      `149,38${NBSP}€`,
      `40,00${NBSP}€`,
    ])
    expect(w.find('[data-testid="notice-principal"]').text()).toBe(`5${NBSP}000,00${NBSP}€`)
    expect(w.find('[data-testid="notice-indemnity"]').text()).toBe(`40,00${NBSP}€`)
    expect(w.find('[data-testid="notice-total"]').text()).toBe(`5${NBSP}189,38${NBSP}€`)
    expect(w.find('[data-testid="notice-totals"]').text()).toContain('TOTAL RÉCLAMÉ')
    expect(w.find('[data-testid="notice-deadline-date"]').text()).toContain('à compter de la réception de la lettre')

    const warnings = w.find('[data-testid="notice-warnings"]')
    expect(warnings.exists()).toBe(true)
    expect(warnings.classes().join(' ')).toContain('n-alert')
    expect(warnings.findAll('[data-testid="notice-warning"]').map((x) => x.text())).toEqual(draft().warnings)

    expect((w.find('[data-testid="notice-intro-0"]').element as HTMLTextAreaElement).value).toBe(INTRO[0])
    expect((w.find('[data-testid="notice-intro-1"]').element as HTMLTextAreaElement).value).toBe(INTRO[1])
    expect((w.find('[data-testid="notice-consequence-0"]').element as HTMLTextAreaElement).value).toBe(CONSEQUENCES[0])
    w.unmount()
  })

  it('fetches the draft again, debounced, when the deadline or the wording changes, and restores the default wording', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft())
    const w = mountPanel()
    await flushPromises()

    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft({ deadlineDays: 15 }))
    const days = w.find('[data-testid="notice-deadline-days"]')
    await days.setValue('1')
    await days.setValue('15')
    await wait(60)
    await flushPromises()
    expect(DocumentsAPI.NoticeDraft).toHaveBeenCalledTimes(2) // one fetch for both keystrokes
    expect(lastRequest().deadlineDays).toBe(15)
    expect(w.find('[data-testid="notice-deadline-date"]').text()).toContain('à compter de la réception de la lettre')

    await w.find('[data-testid="notice-intro-1"]').setValue('Votre facture reste impayée.')
    await wait(60)
    await flushPromises()
    expect(lastRequest().intro).toEqual([INTRO[0], 'Votre facture reste impayée.'])
    expect(lastRequest().consequences).toEqual(CONSEQUENCES)
    expect(w.text()).toContain('texte modifié')

    await w.find('[data-testid="notice-reset-wording"]').trigger('click')
    await flushPromises()
    expect(lastRequest().intro).toEqual([])
    expect(lastRequest().consequences).toEqual([])
    expect((w.find('[data-testid="notice-intro-1"]').element as HTMLTextAreaElement).value).toBe(INTRO[1])
    w.unmount()
  })

  it('generates the notice and shows the archived PDF, its SHA-256 and the sending form', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft())
    mocked(DocumentsAPI.GenerateNotice).mockResolvedValueOnce(generated)
    const w = mountPanel()
    await flushPromises()

    await w.find('[data-testid="notice-registered-number"]').setValue('1A 123 456 7890 1')
    await w.find('[data-testid="notice-generate"]').trigger('click')
    await flushPromises()

    expect(DocumentsAPI.GenerateNotice).toHaveBeenCalledTimes(1)
    expect(mocked(DocumentsAPI.GenerateNotice).mock.calls[0][0]).toEqual({
      invoiceId: 3,
      deadlineDays: 8,
      registered: true,
      registeredNumber: '1A 123 456 7890 1',
      intro: [],
      consequences: [],
    })
    const frame = w.find('iframe[data-testid="document-frame"]')
    expect(frame.exists()).toBe(true)
    expect(frame.attributes('src')).toBe('/documents/12.pdf')
    expect(w.find('[data-testid="document-sha"]').text()).toContain('0123456789abcdef…')
    expect(w.find('[data-testid="document-sha"] code').attributes('data-full')).toBe(generated.document.sha256)
    expect(w.find('[data-testid="document-open"]').text()).toBe('Ouvrir dans le lecteur PDF')
    // The number typed for the letter is offered when recording the sending.
    expect((w.find('[data-testid="sending-number"]').element as HTMLInputElement).value).toBe('1A 123 456 7890 1')

    mocked(DocumentsAPI.Open).mockResolvedValueOnce(undefined)
    await w.find('[data-testid="document-open"]').trigger('click')
    expect(DocumentsAPI.Open).toHaveBeenCalledWith(12)
    w.unmount()
  })

  it('shows the field errors of a rejected sending next to the dates', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft({ warnings: [] }))
    mocked(DocumentsAPI.GenerateNotice).mockResolvedValueOnce(generated)
    mocked(DocumentsAPI.RecordSending).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: 'envoi invalide', fields: [{ field: 'acknowledgedOn', message: 'cette date est dans le futur' }] }),
    )
    const w = mountPanel()
    await flushPromises()
    expect(w.find('[data-testid="notice-warnings"]').exists()).toBe(false)
    await w.find('[data-testid="notice-generate"]').trigger('click')
    await flushPromises()
    await w.find('[data-testid="sending-save"]').trigger('click')
    await flushPromises()
    expect(DocumentsAPI.RecordSending).toHaveBeenCalledWith(12, { registeredNumber: '', sentOn: '', acknowledgedOn: '' })
    const item = w.find('[data-testid="sending-ack-on-item"]')
    expect(item.find('.n-form-item-feedback-wrapper').text()).toBe('cette date est dans le futur')
    w.unmount()
  })

  it('shows a rejected deadline next to its field and keeps the last draft', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValueOnce(draft())
    const w = mountPanel()
    await flushPromises()
    mocked(DocumentsAPI.NoticeDraft).mockRejectedValueOnce(
      JSON.stringify({ code: 'EINVALID', message: '', fields: [{ field: 'deadlineDays', message: 'le délai de paiement doit être entre 1 et 60 jours (8 jours d’usage)' }] }),
    )
    await w.find('[data-testid="notice-deadline-days"]').setValue('45')
    await wait(60)
    await flushPromises()
    expect(lastRequest().deadlineDays).toBe(45)
    expect(w.find('[data-testid="notice-deadline-item"] .n-form-item-feedback-wrapper').text()).toContain('entre 1 et 60 jours')
    expect(w.find('[data-testid="notice-lines"]').exists()).toBe(true)
    w.unmount()
  })

  it('keeps the reason of a failed generation on screen, with the way to fix the company profile', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(draft())
    mocked(DocumentsAPI.GenerateNotice).mockRejectedValueOnce(
      new Error(
        JSON.stringify({
          code: 'EINVALID',
          message: 'la raison sociale du créancier est obligatoire ; le nom du signataire est obligatoire',
          fields: [
            { field: 'creditor.name', message: 'la raison sociale du créancier est obligatoire' },
            { field: 'signatory', message: 'le nom du signataire est obligatoire' },
          ],
        }),
      ),
    )
    const w = mountPanel()
    await flushPromises()
    await w.find('[data-testid="notice-generate"]').trigger('click')
    await flushPromises()
    const alert = w.find('[data-testid="notice-generate-error"]')
    expect(alert.text()).toContain('La raison sociale du créancier est obligatoire') // the Go side's sentence, capitalised
    expect(alert.findComponent(RouterLinkStub).props('to')).toBe('/company')
    expect(w.find('[data-testid="document-frame"]').exists()).toBe(false)
    w.unmount()
  })

  it('says so when the draft cannot be loaded', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockRejectedValueOnce({ code: 'ENOTFOUND', message: 'facture introuvable' })
    const w = mountPanel()
    await flushPromises()
    expect(w.find('[data-testid="notice-error"]').text()).toContain('Facture introuvable')
    expect(w.find('[data-testid="notice-generate"]').exists()).toBe(false)
    w.unmount()
  })

  it('shows the invoices left out and the credit deducted', async () => {
    mocked(DocumentsAPI.NoticeDraft).mockResolvedValue(
      draft({
        credit: 25000,
        totalClaimed: 493938,
        leftOut: ['facture F-2026-0040 (1 200,00 €) : en litige depuis le 02/08/2026 (prix contesté), la somme n\'est pas certaine'],
      }),
    )
    const w = mountPanel()
    await flushPromises()
    const left = w.find('[data-testid="notice-left-out"]')
    expect(left.text()).toContain('Factures non réclamées')
    expect(left.findAll('[data-testid="notice-left-out-item"]').map((x) => x.text())).toEqual([
      'facture F-2026-0040 (1 200,00 €) : en litige depuis le 02/08/2026 (prix contesté), la somme n\'est pas certaine',
    ])
    expect(w.find('[data-testid="notice-credit"]').text()).toBe(`−250,00${NBSP}€`)
    expect(w.find('[data-testid="notice-totals"]').text()).toContain('Crédit du client déduit')
    expect(w.find('[data-testid="notice-total"]').text()).toBe(`4${NBSP}939,38${NBSP}€`)
    w.unmount()
  })
})

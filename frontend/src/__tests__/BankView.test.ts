import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NMessageProvider, NSelect } from 'naive-ui'
import { routerKey } from 'vue-router'

vi.mock('../../wailsjs/go/app/BankAPI')
vi.mock('../../wailsjs/go/app/InvoicesAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as BankAPI from '../../wailsjs/go/app/BankAPI'
import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import BankView from '../views/BankView.vue'
import { useBankStore } from '../stores/bank'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const eur = (s: string) => s.replace(/(\d) (\d)/g, `$1${NBSP}$2`).replace(/ €/g, `${NBSP}€`)

const empty = { unmatched: null, debits: 0, matched: null, lastImport: '', settings: { autoConfirm: false, staleDays: 7 } }

const unmapped = { date: -1, valueDate: -1, label: -1, detail: -1, amount: -1, credit: -1, debit: -1, currency: -1, reference: -1, payer: -1, id: -1 }

function line(over: Record<string, unknown> = {}) {
  return {
    key: 'FR76|20261201-0001',
    account: 'FR76',
    bookedOn: '2026-12-01',
    amount: 200000,
    currency: 'EUR',
    label: 'VIR MENUISERIE LEFEVRE REGLEMENT F-2026-0700',
    payer: 'MENUISERIE LEFEVRE',
    source: 'releve.ofx',
    importedAt: '2026-12-02T08:00:00Z',
    status: 'unmatched',
    ...over,
  }
}

const suggestions = [
  {
    transactionKey: 'FR76|20261201-0001',
    clientId: 7,
    allocations: [{ invoiceId: 3, amount: 100000 }],
    score: 95,
    reasons: ['numéro de facture F-2026-0700 dans le libellé', 'nom du payeur'],
    clientCode: 'MEN',
    clientName: 'Menuiserie Lefèvre',
    invoices: [{ invoiceId: 3, number: 'F-2026-0700', remaining: 100000, amount: 100000 }],
    credit: 100000,
  },
  {
    transactionKey: 'FR76|20261201-0001',
    clientId: 9,
    allocations: [{ invoiceId: 5, amount: 200000 }],
    score: 40,
    reasons: ['montant identique'],
    clientCode: 'BOU',
    clientName: 'Boulangerie Martin',
    invoices: [{ invoiceId: 5, number: 'F-2026-0650', remaining: 200000, amount: 200000 }],
    credit: 0,
  },
]

const waiting = { ...empty, unmatched: [{ line: line(), suggestions }], debits: 2, lastImport: '2026-12-02' }

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({ setup: () => () => h(NMessageProvider, null, { default: () => h(BankView) }) })
  return mount(Host, {
    global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } },
    attachTo: document.body,
  })
}
type W = ReturnType<typeof mountPage>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

async function chooseFile(w: W, name: string, content: string): Promise<void> {
  const input = byId(w, 'bank-file')
  Object.defineProperty(input.element, 'files', { value: [new File([content], name, { type: 'text/csv' })], configurable: true })
  await input.trigger('change')
}

beforeEach(() => {
  vi.resetAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
})

describe('BankView: statement import', () => {
  it('asks for the columns of an unrecognised CSV, checks without writing, then imports and tells what it did', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValue(empty)
    const csvMapping = { ...unmapped, date: 0, label: 1, skipRows: 2 }
    mocked(BankAPI.Preview).mockResolvedValueOnce({
      fileName: 'export.csv',
      format: 'csv',
      csv: {
        headers: ['Jour', 'Texte', 'Somme', 'Emetteur'],
        rows: [
          ['01/12/2026', 'VIR SEPA MENUISERIE', '2000,00', 'MENUISERIE LEFEVRE'],
          ['30/11/2026', 'PRLV ORANGE', '-84,90', ''],
        ],
        mapping: csvMapping,
        recognised: false,
        encoding: 'UTF-8',
        separator: ';',
      },
      presets: [{ id: 'lcl', name: 'LCL', headers: ['Date opération', 'Date valeur', 'Libellé', 'Débit', 'Crédit'], mapping: { ...unmapped, date: 0, valueDate: 1, label: 2, debit: 3, credit: 4 } }],
      needsMap: true,
    })
    const dry = { added: 12, duplicates: 3, credits: 5, creditSum: 342000, format: 'csv', autoConfirmed: 0, autoSum: 0, dryRun: true }
    mocked(BankAPI.Import).mockResolvedValueOnce(dry).mockResolvedValueOnce({ ...dry, dryRun: false, autoConfirmed: 2, autoSum: 120000 })

    const w = mountPage()
    await flushPromises()
    await chooseFile(w, 'export.csv', 'Jour;Texte;Somme;Emetteur\n01/12/2026;VIR SEPA MENUISERIE;2000,00;MENUISERIE LEFEVRE\n')
    await vi.waitFor(() => expect(BankAPI.Preview).toHaveBeenCalled())
    await flushPromises()
    const [name, base64] = mocked(BankAPI.Preview).mock.calls[0]
    expect(name).toBe('export.csv')
    expect(atob(base64 as string)).toContain('Jour;Texte')

    // The mapping step: the columns and the first rows; the amount is missing.
    const mapping = byId(w, 'bank-mapping')
    expect(mapping.exists()).toBe(true)
    expect(mapping.text()).toContain('n’est pas reconnu')
    expect(byId(w, 'bank-sample').text()).toContain('C · Somme')
    expect(byId(w, 'bank-sample').text()).toContain('VIR SEPA MENUISERIE')
    expect(byId(w, 'bank-mapping-problem').text()).toContain('colonne du montant')
    expect(byId(w, 'bank-check').attributes('disabled')).toBeDefined()

    const select = w.findAllComponents(NSelect).find((s) => s.attributes('data-testid') === 'bank-map-amount')!
    select.vm.$emit('update:value', 2)
    await flushPromises()
    expect(byId(w, 'bank-mapping-problem').exists()).toBe(false)
    expect(mapping.text()).toContain('Ex. : 2000,00')

    await byId(w, 'bank-check').trigger('click')
    await flushPromises()
    expect(BankAPI.Import).toHaveBeenCalledWith('export.csv', base64, { ...csvMapping, amount: 2, preset: '', dateLayout: '' }, true)
    expect(byId(w, 'bank-dry-summary').text()).toBe(eur('12 opérations nouvelles dont 5 encaissements (3 420,00 €), 3 déjà importées'))

    await byId(w, 'bank-import-run').trigger('click')
    await flushPromises()
    expect(mocked(BankAPI.Import).mock.calls[1][3]).toBe(false)
    expect(byId(w, 'bank-result-summary').text()).toBe(
      eur('12 opérations nouvelles dont 5 encaissements (3 420,00 €), 3 déjà importées ; 2 rapprochées automatiquement (1 200,00 €)'),
    )
    // The list is read again after the import.
    await vi.waitFor(() => expect(mocked(BankAPI.Reconciliation).mock.calls.length).toBeGreaterThanOrEqual(2))
    w.unmount()
  })

  it('goes straight to the check for an OFX file, and shows a French error naming the line', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValue(empty)
    mocked(BankAPI.Preview).mockResolvedValueOnce({ fileName: 'releve.ofx', format: 'ofx', csv: null, presets: null, needsMap: false })
    mocked(BankAPI.Import).mockRejectedValueOnce({ code: 'EINVALID', message: 'releve.ofx, ligne 14 : montant « 12,3,4 » invalide' })
    const w = mountPage()
    await flushPromises()
    await chooseFile(w, 'releve.ofx', 'OFXHEADER:100')
    await vi.waitFor(() => expect(BankAPI.Import).toHaveBeenCalled())
    await flushPromises()
    expect(mocked(BankAPI.Import).mock.calls[0][2]).toBeNull()
    expect(byId(w, 'bank-mapping').exists()).toBe(false)
    expect(byId(w, 'bank-error').text()).toBe('releve.ofx, ligne 14 : montant « 12,3,4 » invalide')
    w.unmount()
  })

  it('says the statement’s currency and totals it in francs, never in euros', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValue(empty)
    mocked(BankAPI.Preview).mockResolvedValueOnce({ fileName: 'ubs.ofx', format: 'ofx', csv: null, presets: null, needsMap: false })
    const dry = {
      added: 3,
      duplicates: 0,
      credits: 2,
      creditSum: 0,
      creditSums: [{ currency: 'CHF', amount: 328800, count: 2 }],
      currencies: ['CHF'],
      format: 'ofx',
      autoConfirmed: 0,
      autoSum: 0,
      foreign: 0,
      dryRun: true,
    }
    mocked(BankAPI.Import).mockResolvedValueOnce(dry)
    const w = mountPage()
    await flushPromises()
    await chooseFile(w, 'ubs.ofx', 'OFXHEADER:100')
    await vi.waitFor(() => expect(BankAPI.Import).toHaveBeenCalled())
    await flushPromises()
    const text = byId(w, 'bank-dry-summary').text()
    expect(text).toContain('Relevé en CHF')
    expect(text).toContain(`dont 2 encaissements (3${NBSP}288,00${NBSP}CHF)`)
    expect(text).not.toContain('€')
    w.unmount()
  })

  it('refuses a file that is not a statement', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValue(empty)
    const w = mountPage()
    await flushPromises()
    await chooseFile(w, 'photo.png', 'x')
    await flushPromises()
    expect(BankAPI.Preview).not.toHaveBeenCalled()
    expect(byId(w, 'bank-error').text()).toContain('CSV, OFX, QFX ou XML')
    w.unmount()
  })
})

describe('BankView: reconciliation', () => {
  it('lists a credit with its suggestions and confirms the first one with its allocations', async () => {
    const after = { ...empty, matched: [{ line: line({ status: 'matched', clientId: 7 }), suggestions: null, clientName: 'Menuiserie Lefèvre' }] }
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce(waiting).mockResolvedValue(after)
    mocked(BankAPI.Confirm).mockResolvedValueOnce(after)
    const w = mountPage()
    await flushPromises()

    expect(useBankStore().badge).toBe(1)
    const item = byId(w, 'bank-line')
    expect(item.find('[data-testid="bank-line-amount"]').text()).toBe(eur('2 000,00 €'))
    expect(item.text()).toContain('01/12/2026')
    const s = item.findAll('[data-testid="bank-suggestion"]')
    expect(s).toHaveLength(2)
    expect(s[0].text()).toContain('Menuiserie Lefèvre')
    expect(s[0].find('[data-testid="bank-score"]').text()).toBe('Score 95')
    expect(s[0].find('[data-testid="bank-suggestion-invoice"]').text()).toContain('F-2026-0700')
    expect(s[0].find('[data-testid="bank-suggestion-credit"]').text()).toBe(eur('+ 1 000,00 € en avoir'))
    expect(s[0].find('[data-testid="bank-reasons"]').text()).toContain('numéro de facture F-2026-0700 dans le libellé')
    expect(byId(w, 'bank-unmatched').text()).toContain('2 débits non rapprochés ne sont pas affichés.')
    expect(byId(w, 'bank-auto-confirm').text()).toContain('(1)')

    await item.find('[data-testid="bank-confirm"]').trigger('click')
    await flushPromises()
    expect(BankAPI.Confirm).toHaveBeenCalledWith('FR76|20261201-0001', 7, [{ invoiceId: 3, amount: 100000 }], 0)
    expect(byId(w, 'bank-line').exists()).toBe(false)
    expect(byId(w, 'bank-all-matched').exists()).toBe(true)
    expect(byId(w, 'bank-matched-row').text()).toContain('Menuiserie Lefèvre')
    expect(useBankStore().badge).toBe(0)
    w.unmount()
  })

  it('undoes a confirmation once the user confirms, and takes an ignored line back', async () => {
    const matchedLine = { line: line({ status: 'matched', clientId: 7 }), suggestions: null, clientName: 'Menuiserie Lefèvre' }
    const ignoredLine = { line: line({ key: 'FR76|20261130-0009', status: 'ignored', label: 'VIR INTERNE', note: 'virement interne' }), suggestions: null }
    const before = { ...empty, matched: [matchedLine], ignored: [ignoredLine] }
    const undone = { ...waiting, ignored: [ignoredLine] }
    mocked(BankAPI.Reconciliation).mockResolvedValue(before)
    mocked(BankAPI.Reopen).mockResolvedValueOnce(undone).mockResolvedValueOnce(waiting)
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'bank-ignored-row').text()).toContain('virement interne')

    await byId(w, 'bank-undo').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain(eur('Le paiement de 2 000,00 € sera retiré'))
    expect(BankAPI.Reopen).not.toHaveBeenCalled()
    const yes = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes('Annuler le rapprochement'))
    expect(yes).toBeTruthy()
    yes!.click()
    await flushPromises()
    expect(BankAPI.Reopen).toHaveBeenCalledWith('FR76|20261201-0001', '')
    expect(byId(w, 'bank-matched-row').exists()).toBe(false)
    expect(byId(w, 'bank-line').exists()).toBe(true)
    expect(useBankStore().badge).toBe(1)

    await byId(w, 'bank-reopen').trigger('click')
    await flushPromises()
    expect(BankAPI.Reopen).toHaveBeenLastCalledWith('FR76|20261130-0009', '')
    expect(byId(w, 'bank-ignored').exists()).toBe(false)
    w.unmount()
  })

  it('confirms the suggestion the user chose, and sets a line aside with a note', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce(waiting).mockResolvedValueOnce(waiting).mockResolvedValue(empty)
    mocked(BankAPI.Confirm).mockResolvedValueOnce(waiting)
    mocked(BankAPI.Ignore).mockResolvedValueOnce(empty)
    const w = mountPage()
    await flushPromises()
    await w.findAll('[data-testid="bank-suggestion"]')[1].trigger('click')
    await byId(w, 'bank-confirm').trigger('click')
    await flushPromises()
    expect(BankAPI.Confirm).toHaveBeenCalledWith('FR76|20261201-0001', 9, [{ invoiceId: 5, amount: 200000 }], 0)

    await byId(w, 'bank-ignore').trigger('click')
    await byId(w, 'bank-ignore-note').setValue('virement interne')
    await byId(w, 'bank-ignore-confirm').trigger('click')
    await flushPromises()
    expect(BankAPI.Ignore).toHaveBeenCalledWith('FR76|20261201-0001', 'virement interne')
    expect(byId(w, 'bank-line').exists()).toBe(false)
    w.unmount()
  })

  it('splits a credit over the client’s open invoices and shows the rest as a credit', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce(waiting).mockResolvedValue(empty)
    mocked(InvoicesAPI.List).mockResolvedValue({
      rows: [
        { id: 3, number: 'F-2026-0700', clientId: 7, dueDate: '2026-10-31', remaining: 100000, daysOverdue: 32, status: 'open' },
        { id: 4, number: 'F-2026-0712', clientId: 7, dueDate: '2026-11-30', remaining: 50000, daysOverdue: 2, status: 'open' },
      ],
      total: 2,
      totalRemaining: 150000,
    })
    mocked(BankAPI.Confirm).mockResolvedValueOnce(empty)
    const w = mountPage()
    await flushPromises()
    await byId(w, 'bank-split').trigger('click')
    await flushPromises()

    // The client's unpaid invoices, oldest due first; the chosen suggestion's allocations to start with.
    expect(InvoicesAPI.List).toHaveBeenCalledWith(expect.objectContaining({ clientId: 7, status: 'unpaid', sort: 'dueDate', desc: false }))
    expect(q('split-dialog')).not.toBeNull()
    expect(document.querySelectorAll('[data-testid="split-row"]')).toHaveLength(2)
    expect(q('split-allocated')?.textContent).toBe(eur('1 000,00 €'))
    expect(q('split-credit')?.textContent).toBe(eur('1 000,00 €'))

    // Spread over the oldest: 1 000 + 500, 500 left as a credit.
    q('split-spread')?.click()
    await flushPromises()
    expect(q('split-allocated')?.textContent).toBe(eur('1 500,00 €'))
    expect(q('split-credit')?.textContent).toBe(eur('500,00 €'))
    expect(q('split-credit-hint')?.textContent).toContain(eur('500,00 € resteront en avoir'))

    // Typing more than what is left on an invoice blocks the confirmation.
    const input = q('split-amount-4') as HTMLInputElement
    input.value = '600'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(q('split-too-much')?.textContent).toContain('F-2026-0712')
    expect((q('split-confirm') as HTMLButtonElement).disabled).toBe(true)
    input.value = '300'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(q('split-credit')?.textContent).toBe(eur('700,00 €'))

    q('split-confirm')?.click()
    await flushPromises()
    expect(BankAPI.Confirm).toHaveBeenCalledWith('FR76|20261201-0001', 7, [
      { invoiceId: 3, amount: 100000 },
      { invoiceId: 4, amount: 30000 },
    ], 0)
    w.unmount()
  })

  it('asks for the euros received before confirming a credit in Swiss francs, and never adds francs to euros', async () => {
    const chf = {
      ...empty,
      unmatched: [
        {
          line: line({ key: 'CH93|PF2026112000017', amount: 120000, currency: 'CHF', label: 'GUTSCHRIFT FACTURE F-2026-0700' }),
          suggestions: [
            {
              ...suggestions[0],
              transactionKey: 'CH93|PF2026112000017',
              allocations: [{ invoiceId: 3, amount: 100000 }],
              score: 70,
              needsEuroAmount: true,
              reasons: ['n° de facture F-2026-0700 dans le libellé', 'opération en CHF (1 200,00 CHF) : indiquez le montant reçu en euros'],
              credit: 0,
            },
          ],
        },
        { line: line(), suggestions },
      ],
      waiting: [
        { currency: 'EUR', amount: 200000, count: 1 },
        { currency: 'CHF', amount: 120000, count: 1 },
      ],
    }
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce(chf).mockResolvedValue(empty)
    mocked(InvoicesAPI.List).mockResolvedValue({
      rows: [{ id: 3, number: 'F-2026-0700', clientId: 7, dueDate: '2026-10-31', remaining: 100000, daysOverdue: 32, status: 'open' }],
      total: 1,
      totalRemaining: 100000,
    })
    mocked(BankAPI.Confirm).mockResolvedValueOnce(empty)
    const w = mountPage()
    await flushPromises()
    expect(byId(w, 'bank-waiting-total').text()).toBe(`Total : ${eur('2 000,00 €')} et 1${NBSP}200,00${NBSP}CHF`)
    expect(w.findAll('[data-testid="bank-line-amount"]')[0].text()).toBe(`1${NBSP}200,00${NBSP}CHF`)
    expect(byId(w, 'bank-line-foreign').text()).toContain('Opération en CHF')
    expect(w.findAll('[data-testid="bank-line"]')[0].find('[data-testid="bank-suggestion-credit"]').exists()).toBe(false)

    // « Confirmer » on the franc line opens the dialog: nothing is recorded until the euros are given.
    await w.findAll('[data-testid="bank-confirm"]')[0].trigger('click')
    await flushPromises()
    expect(BankAPI.Confirm).not.toHaveBeenCalled()
    expect(q('split-line-amount')?.textContent).toBe(`1${NBSP}200,00${NBSP}CHF`)
    expect(q('split-euro-needed')).not.toBeNull()
    expect((q('split-confirm') as HTMLButtonElement).disabled).toBe(true)

    // 1 278,45 € received: the invoice's 1 000,00 € is paid, 278,45 € stay as a credit.
    const euro = q('split-euro-amount') as HTMLInputElement
    euro.value = '1 278,45'
    euro.dispatchEvent(new Event('input'))
    await flushPromises()
    expect(q('split-credit')?.textContent).toBe(eur('278,45 €'))
    q('split-confirm')?.click()
    await flushPromises()
    expect(BankAPI.Confirm).toHaveBeenCalledWith('CH93|PF2026112000017', 7, [{ invoiceId: 3, amount: 100000 }], 127845)
    w.unmount()
  })

  it('confirms the sure matches at once and saves the settings', async () => {
    mocked(BankAPI.Reconciliation).mockResolvedValueOnce(waiting).mockResolvedValue(empty)
    mocked(BankAPI.AutoConfirm).mockResolvedValueOnce(empty)
    mocked(BankAPI.SaveSettings).mockImplementationOnce(async (s: unknown) => s)
    const w = mountPage()
    await flushPromises()
    await byId(w, 'bank-auto-confirm').trigger('click')
    await flushPromises()
    expect(BankAPI.AutoConfirm).toHaveBeenCalledTimes(1)
    expect(byId(w, 'bank-line').exists()).toBe(false)

    await byId(w, 'bank-setting-auto').trigger('click')
    await flushPromises()
    await byId(w, 'bank-settings-save').trigger('click')
    await flushPromises()
    expect(BankAPI.SaveSettings).toHaveBeenCalledWith({ autoConfirm: true, staleDays: 7 })
    w.unmount()
  })
})

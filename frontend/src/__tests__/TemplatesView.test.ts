import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { routerKey } from 'vue-router'

// Every generated function becomes a vi.fn().
vi.mock('../../wailsjs/go/app/TemplatesAPI')
vi.mock('../../wailsjs/go/app/ClientsAPI')

import * as TemplatesAPI from '../../wailsjs/go/app/TemplatesAPI'
import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import TemplatesView from '../views/TemplatesView.vue'
import ClientSelect from '../components/ClientSelect.vue'
import { i18n, setLocale } from '../i18n'
import { NBSP } from '../format'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

const BODY = 'Bonjour,\nMontant : [[TotalOverdue]]\nCordialement'

// What the Go side sends (no "custom" when false: omitted fields included).
const list = [
  { template: { key: 'courtesy', lang: 'fr', name: 'Rappel courtois', subject: 'Petit rappel', body: 'Bonjour' } },
  { template: { key: 'courtesy', lang: 'en', name: 'Rappel courtois', subject: 'Friendly reminder', body: 'Hello' } },
  { template: { key: 'reminder1', lang: 'fr', name: 'Relance 1', subject: 'Rappel : [[InvoiceLabel]]', body: BODY }, custom: true },
  { template: { key: 'reminder1', lang: 'en', name: 'Relance 1', subject: 'Reminder: [[InvoiceLabel]]', body: 'Hello' } },
]
const catalogue = [
  { name: 'CustomerName', group: 'client', labelFr: 'Nom du client', labelEn: 'Client name', example: 'Boulangerie Martin' },
  { name: 'InvoiceAmount', group: 'invoice', labelFr: 'Montant TTC de la facture', labelEn: 'Invoice amount', example: '1 200,00 €' },
  { name: 'InvoiceAmountDue', group: 'invoice', labelFr: 'Reste à payer', labelEn: 'Amount due', example: '1 200,00 €' },
]

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, { default: () => h(NMessageProvider, null, { default: () => h(TemplatesView) }) }),
  })
  return mount(Host, { global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub }, provide: { [routerKey as symbol]: { push: vi.fn() } } }, attachTo: document.body })
}

type W = ReturnType<typeof mountPage>
const byId = (w: W, id: string) => w.find(`[data-testid="${id}"]`)
const body = (w: W) => byId(w, 'template-body').element as HTMLTextAreaElement

async function openReminder1(w: W) {
  await flushPromises()
  await w.find('[data-testid="template-item"][data-key="reminder1"]').trigger('click')
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  setLocale('fr')
  document.body.innerHTML = ''
  mocked(TemplatesAPI.List).mockResolvedValue(list)
  mocked(TemplatesAPI.Catalogue).mockResolvedValue(catalogue)
  mocked(TemplatesAPI.Check).mockResolvedValue([])
})

describe('TemplatesView', () => {
  it('lists the templates with their names and the « personnalisé » tag of the language shown', async () => {
    const w = mountPage()
    await flushPromises()
    const items = w.findAll('[data-testid="template-item"]')
    expect(items.map((i) => i.attributes('data-key'))).toEqual(['courtesy', 'reminder1'])
    expect(items[1].text()).toContain('Relance 1')
    expect(items[1].text()).toContain('personnalisé')
    expect(items[0].text()).not.toContain('personnalisé')
    // The first one is open.
    expect((byId(w, 'template-subject').element as HTMLInputElement).value).toBe('Petit rappel')

    await openReminder1(w)
    expect(body(w).value).toBe(BODY)
    // English: the default version.
    await byId(w, 'template-lang-en').find('input').setValue(true)
    await flushPromises()
    expect((byId(w, 'template-subject').element as HTMLInputElement).value).toBe('Reminder: [[InvoiceLabel]]')
    expect(w.findAll('[data-testid="template-item"]')[1].text()).not.toContain('personnalisé')
    w.unmount()
  })

  it('checks subject and body as the user types and lists the issues with their positions', async () => {
    mocked(TemplatesAPI.Check).mockImplementation(async (text: string) =>
      text.includes('[[InvoiceAmout]]')
        ? [{ line: 2, column: 10, offset: 19, name: 'InvoiceAmout', message: 'variable inconnue [[InvoiceAmout]] (vouliez-vous dire [[InvoiceAmount]] ?)' }]
        : [],
    )
    const w = mountPage()
    await openReminder1(w)
    mocked(TemplatesAPI.Check).mockClear()

    await byId(w, 'template-body').setValue('Bonjour,\nMontant : [[InvoiceAmout]]')
    await byId(w, 'template-body').setValue('Bonjour,\nMontant : [[InvoiceAmout]]\n')
    // Debounced: nothing asked before 300 ms, then one check per field.
    expect(TemplatesAPI.Check).not.toHaveBeenCalled()
    await wait(350)
    await flushPromises()
    expect(TemplatesAPI.Check).toHaveBeenCalledTimes(2)
    expect(TemplatesAPI.Check).toHaveBeenCalledWith('Bonjour,\nMontant : [[InvoiceAmout]]\n')

    const issues = byId(w, 'template-issues')
    expect(issues.attributes('data-count')).toBe('1')
    const issue = issues.find('[data-testid="template-issue"]')
    expect(issue.attributes('data-field')).toBe('body')
    expect(issue.text()).toContain('Texte, ligne 2, colonne 10')
    expect(issue.text()).toContain('vouliez-vous dire [[InvoiceAmount]] ?')
    expect(byId(w, 'template-dirty').exists()).toBe(true)
    w.unmount()
  })

  it('inserts a variable at the cursor of the field last used', async () => {
    const w = mountPage()
    await openReminder1(w)
    const el = body(w)
    el.focus()
    const at = 'Bonjour,'.length
    el.setSelectionRange(at, at)
    await w.find('[data-testid="template-var"][data-name="CustomerName"]').trigger('click')
    await flushPromises()
    expect(body(w).value).toBe('Bonjour,[[CustomerName]]\nMontant : [[TotalOverdue]]\nCordialement')
    expect(body(w).selectionStart).toBe(at + '[[CustomerName]]'.length)

    // In the subject, replacing the selection.
    const subject = byId(w, 'template-subject').element as HTMLInputElement
    subject.focus()
    subject.setSelectionRange(9, subject.value.length)
    await w.find('[data-testid="template-var"][data-name="InvoiceAmountDue"]').trigger('click')
    await flushPromises()
    expect((byId(w, 'template-subject').element as HTMLInputElement).value).toBe('Rappel : [[InvoiceAmountDue]]')

    // The list names each variable in words first, its code after; the text's variables are named under it.
    expect(w.find('[data-testid="template-var"][data-name="InvoiceAmountDue"] .var-name').text()).toBe('Reste à payer')
    const used = w.findAll('[data-testid="template-used-var"]')
    expect(used.map((u) => u.attributes('data-name'))).toEqual(['InvoiceAmountDue', 'CustomerName'])
    expect(used[0].text()).toBe('Reste à payer [[InvoiceAmountDue]]')
    expect(byId(w, 'template-used-vars').text()).toContain('Dans ce texte :')
    w.unmount()
  })

  it('shows the field errors of a rejected save', async () => {
    mocked(TemplatesAPI.Save).mockRejectedValueOnce(
      JSON.stringify({
        code: 'EINVALID',
        message: 'modèle invalide',
        fields: [{ field: 'body', message: 'ligne 2, colonne 10 : variable inconnue [[InvoiceAmout]] (vouliez-vous dire [[InvoiceAmount]] ?)' }],
      }),
    )
    const w = mountPage()
    await openReminder1(w)
    await byId(w, 'template-body').setValue('Bonjour,\nMontant : [[InvoiceAmout]]')
    await byId(w, 'template-save').trigger('click')
    await flushPromises()
    expect(TemplatesAPI.Save).toHaveBeenCalledWith({
      key: 'reminder1',
      lang: 'fr',
      name: 'Relance 1',
      subject: 'Rappel : [[InvoiceLabel]]',
      body: 'Bonjour,\nMontant : [[InvoiceAmout]]',
    })
    expect(byId(w, 'template-errors').text()).toContain('ligne 2, colonne 10 : variable inconnue [[InvoiceAmout]]')
    w.unmount()
  })

  it('previews the message for a client and warns about the values it lacks', async () => {
    mocked(ClientsAPI.Get).mockResolvedValue({ client: { id: 7, code: 'BOUL01', name: 'Boulangerie Lefèvre' } })
    mocked(TemplatesAPI.Preview).mockResolvedValue({
      template: list[2].template,
      rendered: {
        subject: 'Rappel : facture n° F-2026-014',
        text: `Bonjour,\nMontant : 1${NBSP}200,00${NBSP}€\nCordialement`,
        html: '<p>Bonjour,</p><script>alert(1)</script>',
        missing: ['PromiseDate'],
      },
      toName: 'Marie Dupont',
      to: 'compta@boulangerie.fr',
      attachments: [{ name: 'Facture F-2026-014.pdf', contentType: 'application/pdf', file: 'invoices/3.pdf' }],
      problems: ['valeurs manquantes : PromiseDate'],
    })
    const w = mountPage()
    await openReminder1(w)
    expect(byId(w, 'template-preview').attributes('data-state')).toBe('empty')

    w.findComponent(ClientSelect).vm.$emit('update:value', 7)
    await wait(20)
    await flushPromises()
    expect(TemplatesAPI.Preview).toHaveBeenCalledWith({
      template: { key: 'reminder1', lang: 'fr', name: 'Relance 1', subject: 'Rappel : [[InvoiceLabel]]', body: BODY },
      clientId: 7,
      invoiceIds: [],
    })
    const preview = byId(w, 'template-preview')
    expect(preview.find('[data-testid="preview-missing"]').text()).toContain(
      'Valeur manquante pour ce client : [[PromiseDate]] — ce message attendra votre validation',
    )
    // The same problem is not listed twice.
    expect(preview.find('[data-testid="preview-problems"]').exists()).toBe(false)
    expect(preview.find('[data-testid="preview-subject"]').text()).toBe('Rappel : facture n° F-2026-014')
    expect(preview.find('[data-testid="preview-to"]').text()).toBe('Marie Dupont <compta@boulangerie.fr>')
    expect(preview.find('[data-testid="preview-attachments"]').text()).toContain('Facture F-2026-014.pdf')
    // The HTML part in a frame that runs nothing.
    const frame = preview.find('iframe[data-testid="preview-html"]')
    expect(frame.attributes('sandbox')).toBe('')
    expect(frame.attributes('srcdoc')).toContain('<p>Bonjour,</p>')
    // The plain text on demand.
    await preview.find('[data-testid="preview-mode-text"] input').setValue(true)
    expect(preview.find('[data-testid="preview-text"]').text()).toContain(`1${NBSP}200,00${NBSP}€`)
    w.unmount()
  })
})

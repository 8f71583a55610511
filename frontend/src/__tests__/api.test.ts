import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('../../wailsjs/go/app/ClientsAPI', () => ({ List: vi.fn(), Get: vi.fn(), Save: vi.fn(), Segments: vi.fn() }))
vi.mock('../../wailsjs/go/app/InvoicesAPI', () => ({
  List: vi.fn(),
  Get: vi.fn(),
  Save: vi.fn(),
  SetStatus: vi.fn(),
  RecordPayment: vi.fn(),
  AttachPDF: vi.fn(),
  OpenAttachment: vi.fn(),
}))
vi.mock('../../wailsjs/go/app/CompanyAPI', () => ({ Get: vi.fn(), Save: vi.fn() }))
vi.mock('../../wailsjs/go/app/ImportAPI', () => ({ Preview: vi.fn(), Run: vi.fn(), Cancel: vi.fn() }))
vi.mock('../../wailsjs/go/app/ExportAPI', () => ({ Export: vi.fn(), OpenFolder: vi.fn() }))
vi.mock('../../wailsjs/go/app/BackupAPI', () => ({ List: vi.fn(), Create: vi.fn(), Restore: vi.fn() }))
vi.mock('../../wailsjs/go/app/SettingsAPI', () => ({ Get: vi.fn(), Save: vi.fn(), Overview: vi.fn(), LoadDemo: vi.fn(), Rates: vi.fn(), AddRate: vi.fn() }))
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
vi.mock('../../wailsjs/go/app/MailAPI', () => ({ Settings: vi.fn(), SaveSettings: vi.fn(), Test: vi.fn(), Presets: vi.fn() }))
vi.mock('../../wailsjs/go/app/OutboxAPI', () => ({ List: vi.fn(), Message: vi.fn(), Resolve: vi.fn(), CompleteFollowUp: vi.fn(), SendNow: vi.fn() }))
vi.mock('../../wailsjs/runtime/runtime', () => ({ EventsOn: vi.fn(() => () => undefined), EventsOff: vi.fn() }))

import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import * as CompanyAPI from '../../wailsjs/go/app/CompanyAPI'
import * as SettingsAPI from '../../wailsjs/go/app/SettingsAPI'
import * as BackupAPI from '../../wailsjs/go/app/BackupAPI'
import * as DocumentsAPI from '../../wailsjs/go/app/DocumentsAPI'
import * as MailAPI from '../../wailsjs/go/app/MailAPI'
import * as OutboxAPI from '../../wailsjs/go/app/OutboxAPI'
import { EventsOn } from '../../wailsjs/runtime/runtime'
import {
  call,
  clientsApi,
  companyApi,
  documentsApi,
  emptyClient,
  emptyInvoice,
  emptyMailSettings,
  emptyOAuthConfig,
  invoicesApi,
  isAppError,
  mailApi,
  outboxApi,
  onEvent,
  settingsApi,
  backupApi,
  toAppError,
} from '../api'

const mocked = <T>(f: T) => f as unknown as ReturnType<typeof vi.fn>

beforeEach(() => {
  vi.clearAllMocks()
})

describe('toAppError', () => {
  it('keeps an AppError as it is', () => {
    const e = { code: 'EINVALID', message: 'SIREN invalide', fields: [{ field: 'siren', message: '9 chiffres' }] }
    expect(toAppError(e)).toEqual(e)
  })

  // The message is written as the interface writes (typography.goText): a capital, the same apostrophe and spaces.
  it('wraps a string as EINTERNAL', () => {
    expect(toAppError('boom')).toEqual({ code: 'EINTERNAL', message: 'Boom' })
  })

  it('reads an AppError sent as JSON text', () => {
    expect(toAppError('{"code":"ENOTFOUND","message":"facture introuvable"}')).toEqual({ code: 'ENOTFOUND', message: 'Facture introuvable' })
  })

  it('reads an AppError carried by an Error as JSON', () => {
    const json = JSON.stringify({ code: 'EINVALID', message: 'facture invalide', fields: [{ field: 'dueDate', message: 'date invalide' }] })
    expect(toAppError(new Error(json))).toEqual({ ...JSON.parse(json), message: 'Facture invalide' })
  })

  it('wraps exceptions and unknown values', () => {
    expect(toAppError(new TypeError('window.go is undefined'))).toEqual({ code: 'EINTERNAL', message: 'window.go is undefined' })
    expect(toAppError({ code: 'EWHAT', message: 'odd' })).toEqual({ code: 'EINTERNAL', message: 'Odd' })
    expect(toAppError(undefined).code).toBe('EINTERNAL')
    expect(isAppError({ code: 'ECONFLICT', message: 'x' })).toBe(true)
    expect(isAppError('x')).toBe(false)
  })

  it('drops malformed field errors', () => {
    expect(toAppError({ code: 'EINVALID', message: 'm', fields: [{ nope: 1 }] })).toEqual({ code: 'EINVALID', message: 'M' })
  })
})

describe('call', () => {
  it('turns a synchronous throw into a rejected AppError', async () => {
    await expect(
      call(() => {
        throw new Error('no runtime')
      }),
    ).rejects.toEqual({ code: 'EINTERNAL', message: 'No runtime' })
  })
})

describe('api wrappers', () => {
  it('rejects with the AppError the Go side sent, field errors included', async () => {
    const err = { code: 'EINVALID', message: 'client invalide', fields: [{ field: 'contacts.0.email', message: 'adresse invalide' }] }
    mocked(ClientsAPI.Save).mockRejectedValueOnce(err)
    await expect(clientsApi.save(emptyClient())).rejects.toEqual({ ...err, message: 'Client invalide' })
  })

  it('reads the AppError the Go side sends as a JSON string', async () => {
    const err = { code: 'EINVALID', message: 'client invalide', fields: [{ field: 'siren', message: 'SIREN invalide' }] }
    mocked(ClientsAPI.Save).mockRejectedValueOnce(JSON.stringify(err))
    await expect(clientsApi.save(emptyClient())).rejects.toEqual({ ...err, message: 'Client invalide' })
  })

  it('rejects with EINTERNAL when the Go side sent a bare string', async () => {
    mocked(InvoicesAPI.Get).mockRejectedValueOnce('json: cannot unmarshal')
    await expect(invoicesApi.get(3)).rejects.toEqual({ code: 'EINTERNAL', message: 'json: cannot unmarshal' })
  })

  it('passes other codes through', async () => {
    mocked(BackupAPI.Restore).mockRejectedValueOnce({ code: 'EUNAVAILABLE', message: 'occupé' })
    await expect(backupApi.restore('x')).rejects.toMatchObject({ code: 'EUNAVAILABLE' })
    mocked(SettingsAPI.Overview).mockRejectedValueOnce({ code: 'ECONFLICT', message: 'déjà ouvert' })
    await expect(settingsApi.overview()).rejects.toMatchObject({ code: 'ECONFLICT', message: 'Déjà ouvert' })
  })

  it('passes the query and completes what Go omitted', async () => {
    mocked(InvoicesAPI.List).mockResolvedValueOnce({ rows: null, total: 0, totalRemaining: 0 })
    const q = { search: 'F-1', status: 'unpaid', clientId: 0, overdue: true, aging: '31_60' as const, sort: 'dueDate', desc: false, offset: 200, limit: 200 }
    const page = await invoicesApi.list(q)
    expect(InvoicesAPI.List).toHaveBeenCalledWith(q)
    expect(page.rows).toEqual([])

    mocked(ClientsAPI.Get).mockResolvedValueOnce({ client: { id: 7, code: 'C7', name: 'Acme', address: {} }, overview: { id: 7 }, events: null })
    const v = await clientsApi.get(7)
    expect(v.client.contacts).toEqual([])
    expect(v.client.deliveryAddress.city).toBe('')
    expect(v.events).toEqual([])

    mocked(CompanyAPI.Get).mockResolvedValueOnce({ legalName: 'Moi SARL', address: {}, signatory: {}, paymentTermsDays: 45 })
    const c = await companyApi.get()
    expect(c.logo).toBe('')
    expect(c.signatory.firstName).toBe('')
    expect(c.paymentTermsDays).toBe(45)
  })

  it('sends a new record without empty timestamps', async () => {
    mocked(InvoicesAPI.Save).mockResolvedValueOnce({ invoice: { id: 1 }, payments: null })
    await invoicesApi.save({ ...emptyInvoice(), number: 'F-1' })
    const sent = mocked(InvoicesAPI.Save).mock.calls[0][0] as Record<string, unknown>
    expect(sent.number).toBe('F-1')
    expect('createdAt' in sent).toBe(false)
    expect('updatedAt' in sent).toBe(false)
  })
})

describe('penalties, payments, rates and documents', () => {
  it('completes the penalty of an invoice view', async () => {
    mocked(InvoicesAPI.Get).mockResolvedValueOnce({ invoice: { id: 3 }, penalty: { applicable: true, total: 5959, segments: null, warnings: null } })
    const v = await invoicesApi.get(3)
    expect(v.penalty.total).toBe(5959)
    expect(v.penalty.segments).toEqual([])
    expect(v.penalty.warnings).toEqual([])
    expect(v.penalty.note).toBe('')

    mocked(InvoicesAPI.Get).mockResolvedValueOnce({ invoice: { id: 4, itemised: 1000 } })
    const w = await invoicesApi.get(4)
    expect(w.penalty.applicable).toBe(false)
    expect(w.invoice.itemised).toBe(1000)
  })

  it('records a payment and attaches a PDF', async () => {
    mocked(InvoicesAPI.RecordPayment).mockResolvedValueOnce({ invoice: { id: 3, amountPaid: 500 } })
    const r = { invoiceId: 3, date: '2026-10-01', amount: 500, method: 'transfer', reference: 'VIR 12' }
    const v = await invoicesApi.recordPayment(r)
    expect(InvoicesAPI.RecordPayment).toHaveBeenCalledWith(r)
    expect(v.invoice.amountPaid).toBe(500)

    mocked(InvoicesAPI.AttachPDF).mockRejectedValueOnce({ code: 'EINVALID', message: 'x.txt n’est pas un fichier PDF' })
    await expect(invoicesApi.attachPDF(3, 'x.txt', 'aGVsbG8=')).rejects.toMatchObject({ code: 'EINVALID' })
    expect(InvoicesAPI.AttachPDF).toHaveBeenCalledWith(3, 'x.txt', 'aGVsbG8=')
  })

  it('reads the rate table and adds a row', async () => {
    mocked(SettingsAPI.Rates).mockResolvedValueOnce({ rows: [{ halfYear: '2026-H1', ecbPct: '2.15' }], userRows: null })
    const info = await settingsApi.rates()
    expect(info.rows[0].legalAutresPct).toBe('')
    expect(info.userRows).toEqual([])
    expect(info.warning).toBe('')
    const row = { halfYear: '2026-H2', ecbPct: '2.15', legalParticulierPct: '6.67', legalAutresPct: '3.12' }
    mocked(SettingsAPI.AddRate).mockResolvedValueOnce({ rows: [row], userRows: ['2026-H2'], warning: '' })
    expect((await settingsApi.addRate(row)).userRows).toEqual(['2026-H2'])
    expect(SettingsAPI.AddRate).toHaveBeenCalledWith(row)
  })

  it('completes documents and passes the sending facts', async () => {
    mocked(DocumentsAPI.List).mockResolvedValueOnce([{ document: { id: 12, kind: 'formal_notice', invoiceIds: null }, url: '/documents/12.pdf' }])
    const list = await documentsApi.list(7)
    expect(DocumentsAPI.List).toHaveBeenCalledWith(7)
    expect(list[0].document.invoiceIds).toEqual([])
    expect(list[0].document.registeredNumber).toBe('')
    expect(list[0].warnings).toEqual([])
    mocked(DocumentsAPI.List).mockResolvedValueOnce(null)
    expect(await documentsApi.list(8)).toEqual([])

    const facts = { registeredNumber: '1A 123', sentOn: '2026-10-02', acknowledgedOn: '' }
    mocked(DocumentsAPI.RecordSending).mockResolvedValueOnce({ document: { id: 12, registeredNumber: '1A 123', sentOn: '2026-10-02' } })
    const v = await documentsApi.recordSending(12, facts)
    expect(DocumentsAPI.RecordSending).toHaveBeenCalledWith(12, facts)
    expect(v.document.sentOn).toBe('2026-10-02')

    mocked(DocumentsAPI.NoticeDraft).mockResolvedValueOnce({ clientName: 'Acme', lines: null, intro: ['Madame, Monsieur,'], warnings: null })
    const d = await documentsApi.noticeDraft({ invoiceId: 3, deadlineDays: 0, registered: true, registeredNumber: '', intro: [], consequences: [] })
    expect(d.lines).toEqual([])
    expect(d.consequences).toEqual([])
    expect(d.intro).toEqual(['Madame, Monsieur,'])
  })
})

describe('e-mail', () => {
  it('reads the outbox with the zero times of Go as empty and completes what Go omitted', async () => {
    mocked(OutboxAPI.List).mockResolvedValueOnce({
      messages: [{ id: 1, state: 'failed', to: null, attachments: null, queuedAt: '2026-03-16T08:00:00Z', sentAt: '0001-01-01T00:00:00Z', nextAttempt: '0001-01-01T00:00:00Z' }],
      counts: { failed: 1 },
      followUps: null,
      ready: false,
      notReady: 'messagerie non configurée',
    })
    const v = await outboxApi.list('failed')
    expect(OutboxAPI.List).toHaveBeenCalledWith('failed')
    expect(v.messages[0]).toMatchObject({ id: 1, to: [], attachments: [], sentAt: '', nextAttempt: '', queuedAt: '2026-03-16T08:00:00Z', lastError: '', sentFolder: '' })
    expect(v.followUps).toEqual([])
    expect(v.counts).toEqual({ failed: 1 })
    expect(v.sentToday).toBe(0)
  })

  it('passes the mailbox settings and the password, and completes the view', async () => {
    mocked(MailAPI.SaveSettings).mockResolvedValueOnce({ config: { settings: { fromAddress: 'a@b.fr', smtpHost: 'smtp.b.fr' } }, configured: true, presets: null })
    const config = { settings: { ...emptyMailSettings(), fromAddress: 'a@b.fr', smtpHost: 'smtp.b.fr' }, paymentLink: '', oauth: emptyOAuthConfig() }
    const saved = await mailApi.saveSettings(config, 'secret')
    expect(MailAPI.SaveSettings).toHaveBeenCalledWith(config, 'secret')
    expect(saved.configured).toBe(true)
    expect(saved.presets).toEqual([])
    expect(saved.config.settings.replyTo).toBe('')
    expect(saved.config.paymentLink).toBe('')
  })
})

describe('events', () => {
  it('does nothing outside Wails', () => {
    const off = onEvent('ledger:changed', () => undefined)
    expect(typeof off).toBe('function')
    expect(EventsOn).not.toHaveBeenCalled()
  })

  it('listens through the runtime inside Wails', () => {
    ;(window as unknown as { runtime: object }).runtime = {}
    try {
      const got: unknown[] = []
      mocked(EventsOn).mockImplementationOnce((_name: string, cb: (...d: unknown[]) => void) => {
        cb({ phase: 'read', done: 1, total: 2 })
        return () => undefined
      })
      onEvent('import:progress', (p) => got.push(p))
      expect(EventsOn).toHaveBeenCalledWith('import:progress', expect.any(Function))
      expect(got).toEqual([{ phase: 'read', done: 1, total: 2 }])
    } finally {
      delete (window as unknown as { runtime?: object }).runtime
    }
  })
})

// The Go side omits empty fields (omitempty) and sends nil slices as null: every object that comes back is
// completed here so that views and forms can rely on the full shapes of types.ts.

import {
  emptyBankLine,
  emptyCSVMapping,
  emptyDashboardView,
  type AgedBalanceView,
  type DemoStatus,
  type FirstRunMark,
  type CollectedPayment,
  type CollectedView,
  type AgedRow,
  type AgingBucket,
  type AllocationView,
  type BankImportResult,
  type CurrencyAmount,
  type BankLineView,
  type BankPreset,
  type BankPreview,
  type BankSettings,
  type Behaviour,
  type ChannelStat,
  type CSVMapping,
  type CSVPreview,
  type DashboardView,
  type DashboardWork,
  type Debtor,
  type MonthFigure,
  type PromiseDue,
  type Reconciliation,
  type SuggestionView,
  type UnallocatedView,
  type BulkResult,
  emptyMailSettings,
  emptyOAuthConfig,
  emptyMessageTemplate,
  emptyOutboxMessage,
  emptyOutboxView,
  type ComposedMessage,
  type FollowUp,
  type MailConfig,
  type MailDiscovery,
  type MailStatus,
  type RepriseView,
  type RunSummary,
  type OAuthInfo,
  type MailPreset,
  type MailSettings,
  type MailSettingsView,
  type MailTestResult,
  type MessageTemplate,
  type OutboxAttachment,
  type OutboxMessage,
  type OutboxView,
  type RenderedMessage,
  type TemplateIssue,
  type TemplateView,
  type VarInfo,
  emptyAction,
  emptyChaseSettings,
  emptyClientChase,
  emptyInvoiceChase,
  emptyScenario,
  emptyStep,
  emptyTodayView,
  type ActionLine,
  type ActionView,
  type CallScript,
  type ChaseAction,
  type ChaseNotice,
  type ChaseSettings,
  type ClientChaseView,
  type ClientPause,
  type Dispute,
  type LimitationInterruption,
  type InvoiceChaseView,
  type PaymentPlan,
  type PaymentPromise,
  type Scenario,
  type Step,
  type StepRecord,
  type TodayView,
  emptyAddress,
  emptyClient,
  emptyDocument,
  emptyPenalty,
  emptyCompany,
  emptyContact,
  emptyInvoice,
  type Address,
  type ArchivedDocument,
  type DocumentView,
  type NoticeDraft,
  type NoticeLine,
  type PenaltySegment,
  type PenaltyView,
  type RateInfo,
  type RateRow,
  type BackupInfo,
  type Client,
  type ClientPage,
  type ClientRow,
  type ClientView,
  type ExportResult,
  type Company,
  type Contact,
  type ImportField,
  type ImportPreview,
  type ImportResult,
  type Invoice,
  type InvoicePage,
  type InvoiceRow,
  type InvoiceView,
  type LedgerEvent,
  type Overview,
  type PaymentLine,
  type RowError,
  type Settings,
} from './types'

/** Loose<T>: what may arrive for T (any field missing or null, nested too). */
export type Loose<T> = T extends readonly (infer U)[]
  ? readonly Loose<U>[] | null
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> | null }
    : T

type Obj = Record<string, unknown>

/** fill: the defaults, with every field of v that is neither null nor undefined over them. */
export function fill<T extends object>(defaults: T, v: unknown): T {
  const out = { ...defaults } as Obj
  if (v && typeof v === 'object') {
    for (const [k, val] of Object.entries(v as Obj)) {
      if (val !== null && val !== undefined) out[k] = val
    }
  }
  return out as T
}

function list<T>(v: unknown, each: (x: unknown) => T): T[] {
  return Array.isArray(v) ? v.map(each) : []
}

export function address(v: Loose<Address> | unknown): Address {
  return fill({ ...emptyAddress(), country: '' }, v)
}

export function contact(v: Loose<Contact> | unknown): Contact {
  return fill(emptyContact(), v)
}

export function client(v: Loose<Client> | unknown): Client {
  const c = fill(emptyClient(), v)
  c.address = address(c.address)
  c.deliveryAddress = address(c.deliveryAddress)
  c.contacts = list(c.contacts, contact)
  return c
}

export function company(v: Loose<Company> | unknown): Company {
  const c = fill(emptyCompany(), v)
  c.address = address(c.address)
  c.signatory = fill(emptyCompany().signatory, c.signatory)
  return c
}

export function invoice(v: Loose<Invoice> | unknown): Invoice {
  return fill(emptyInvoice(), v)
}

const emptyClientRow = (): ClientRow => ({
  id: 0,
  code: '',
  name: '',
  type: 'business',
  segment: '',
  city: '',
  email: '',
  invoiceCount: 0,
  outstanding: 0,
  overdue: 0,
  oldestDue: '',
})

export function clientRow(v: Loose<ClientRow> | unknown): ClientRow {
  return fill(emptyClientRow(), v)
}

export function clientPage(v: Loose<ClientPage> | unknown): ClientPage {
  const p = fill<ClientPage>({ rows: [], total: 0 }, v)
  p.rows = list(p.rows, clientRow)
  return p
}

export function invoicePage(v: Loose<InvoicePage> | unknown): InvoicePage {
  const p = fill<InvoicePage>({ rows: [], total: 0, totalRemaining: 0 }, v)
  p.rows = list(p.rows, (r) => r as InvoiceRow)
  return p
}

export function clientView(v: Loose<ClientView> | unknown): ClientView {
  const cv = fill<ClientView>({ client: emptyClient(), overview: emptyClientRow(), events: [], claim: { principal: 0, penalties: 0, indemnity: 0, total: 0, invoices: 0 }, credit: 0 }, v)
  cv.claim = fill({ principal: 0, penalties: 0, indemnity: 0, total: 0, invoices: 0 }, cv.claim)
  cv.client = client(cv.client)
  cv.overview = clientRow(cv.overview)
  cv.events = list(cv.events, (e) => fill<LedgerEvent>({ id: 0, at: '', kind: '', summary: '' }, e))
  return cv
}

export function penaltyView(v: Loose<PenaltyView> | unknown): PenaltyView {
  const p = fill(emptyPenalty(), v)
  p.segments = list(p.segments, (s) =>
    fill<PenaltySegment>({ from: '', to: '', days: 0, ratePct: '', base: 0, amount: 0 }, s),
  )
  p.warnings = strings(p.warnings)
  return p
}

export function invoiceView(v: Loose<InvoiceView> | unknown): InvoiceView {
  const iv = fill<InvoiceView>(
    { invoice: emptyInvoice(), clientCode: '', clientName: '', clientPhone: '', remaining: 0, daysOverdue: 0, payments: [], penalty: emptyPenalty() },
    v,
  )
  iv.invoice = invoice(iv.invoice)
  iv.payments = list(iv.payments, (p) => fill<PaymentLine>({ date: '', amount: 0, method: '', reference: '' }, p))
  iv.penalty = penaltyView(iv.penalty)
  return iv
}

export function rateInfo(v: Loose<RateInfo> | unknown): RateInfo {
  const r = fill<RateInfo>({ rows: [], userRows: [], warning: '' }, v)
  r.rows = list(r.rows, (x) => fill<RateRow>({ halfYear: '', ecbPct: '', legalParticulierPct: '', legalAutresPct: '' }, x))
  r.userRows = strings(r.userRows)
  return r
}

export function archivedDocument(v: Loose<ArchivedDocument> | unknown): ArchivedDocument {
  const d = fill(emptyDocument(), v)
  d.invoiceIds = list(d.invoiceIds, (x) => Number(x))
  return d
}

export function documentView(v: Loose<DocumentView> | unknown): DocumentView {
  const dv = fill<DocumentView>({ document: emptyDocument(), label: '', url: '', path: '', warnings: [], leftOut: [], deadline: '' }, v)
  dv.document = archivedDocument(dv.document)
  dv.warnings = strings(dv.warnings)
  dv.leftOut = strings(dv.leftOut)
  return dv
}

export function documentViews(v: unknown): DocumentView[] {
  return list(v, documentView)
}

export function noticeDraft(v: Loose<NoticeDraft> | unknown): NoticeDraft {
  const d = fill<NoticeDraft>(
    {
      clientId: 0,
      clientCode: '',
      clientName: '',
      consumer: false,
      lines: [],
      principal: 0,
      penalties: 0,
      indemnity: 0,
      credit: 0,
      totalClaimed: 0,
      leftOut: [],
      deadlineDays: 0,
      date: '',
      intro: [],
      consequences: [],
      warnings: [],
    },
    v,
  )
  d.lines = list(d.lines, (l) =>
    fill<NoticeLine>(
      {
        invoiceId: 0,
        number: '',
        issueDate: '',
        dueDate: '',
        daysLate: 0,
        amountInclTax: 0,
        paid: 0,
        remaining: 0,
        penalty: 0,
        indemnity: 0,
      },
      l,
    ),
  )
  d.intro = strings(d.intro)
  d.consequences = strings(d.consequences)
  d.warnings = strings(d.warnings)
  return d
}

export function demoStatus(v: Loose<DemoStatus> | unknown): DemoStatus {
  return fill<DemoStatus>({ demo: false, loadedAt: '', clients: 0, invoices: 0, domains: '' }, v)
}

export function firstRunMark(v: unknown): FirstRunMark | '' {
  return v === 'skipped' || v === 'finished' ? v : ''
}

export function overview(v: Loose<Overview> | unknown): Overview {
  return fill<Overview>({ clients: 0, invoices: 0, unpaid: 0, overdueCount: 0, outstanding: 0, overdue: 0 }, v)
}

export function settings(v: Loose<Settings> | unknown): Settings {
  const s = fill<Settings>(
    { language: 'fr', theme: 'auto', segments: [], dataDir: '', storePath: '', backupDir: '', version: '' },
    v,
  )
  s.segments = list(s.segments, (x) => String(x))
  return s
}

export function importPreview(v: Loose<ImportPreview> | unknown): ImportPreview {
  const p = fill<ImportPreview>(
    {
      token: '',
      kind: '',
      fileName: '',
      encoding: '',
      separator: '',
      headers: [],
      sample: [],
      rowCount: 0,
      fields: [],
      mapping: {},
      remembered: false,
    },
    v,
  )
  p.headers = list(p.headers, (x) => String(x ?? ''))
  p.sample = list(p.sample, (r) => list(r, (x) => String(x ?? '')))
  p.fields = list(p.fields, (f) => fill<ImportField>({ key: '', label: '', required: false }, f))
  p.mapping = { ...(p.mapping ?? {}) }
  return p
}

export function importResult(v: Loose<ImportResult> | unknown): ImportResult {
  const r = fill<ImportResult>(
    { kind: '', rows: 0, created: 0, updated: 0, unchanged: 0, invalid: 0, errors: [], errorCount: 0, written: false, dryRun: false },
    v,
  )
  r.errors = list(r.errors, (e) => fill<RowError>({ line: 0, column: '', value: '', message: '' }, e))
  return r
}

export function backup(v: Loose<BackupInfo> | unknown): BackupInfo {
  return fill<BackupInfo>({ name: '', path: '', size: 0, createdAt: '', automatic: false }, v)
}

export function backups(v: unknown): BackupInfo[] {
  return list(v, backup)
}

export function exportResult(v: Loose<ExportResult> | unknown): ExportResult {
  return fill<ExportResult>({ path: '', count: 0 }, v)
}

export function strings(v: unknown): string[] {
  return list(v, (x) => String(x ?? ''))
}

// Chase (issue 3).

export function step(v: Loose<Step> | unknown): Step {
  const st = fill(emptyStep(), v)
  st.attach = strings(st.attach)
  st.tone = st.tone ?? ''
  return st
}

export function scenario(v: Loose<Scenario> | unknown): Scenario {
  const sc = fill(emptyScenario(), v)
  sc.steps = list(sc.steps, step)
  return sc
}

export function scenarios(v: unknown): Scenario[] {
  return list(v, scenario)
}

export function chaseSettings(v: Loose<ChaseSettings> | unknown): ChaseSettings {
  const s = fill({ ...emptyChaseSettings(), weekdays: [] as boolean[] }, v)
  const days = list(s.weekdays, (x) => x === true)
  s.weekdays = Array.from({ length: 7 }, (_, i) => days[i] ?? false)
  const seg: Record<string, string> = {}
  if (s.segmentScenario && typeof s.segmentScenario === 'object') {
    for (const [k, id] of Object.entries(s.segmentScenario)) seg[k] = String(id ?? '')
  }
  s.segmentScenario = seg
  return s
}

const emptyLine = (): ActionLine => ({
  invoiceId: 0,
  number: '',
  instalment: 0,
  instalments: 0,
  dueDate: '',
  amount: 0,
  daysOverdue: 0,
  scenarioId: '',
  stepId: '',
  stepName: '',
  plannedFor: '',
  caughtUp: false,
  repeat: false,
  reason: '',
})

export function actionLine(v: Loose<ActionLine> | unknown): ActionLine {
  return fill(emptyLine(), v)
}

export function chaseAction(v: Loose<ChaseAction> | unknown): ChaseAction {
  const a = fill(emptyAction(), v)
  a.invoiceIds = list(a.invoiceIds, (x) => Number(x))
  a.invoiceNumbers = strings(a.invoiceNumbers)
  a.attach = strings(a.attach)
  a.lines = list(a.lines, actionLine)
  return a
}

export function actionView(v: Loose<ActionView> | unknown): ActionView {
  const av = fill<ActionView>({ action: emptyAction(), approved: false, pending: '', text: '' }, v)
  av.action = chaseAction(av.action)
  return av
}

export function chaseNotice(v: Loose<ChaseNotice> | unknown): ChaseNotice {
  return fill<ChaseNotice>({ kind: '', date: '', clientId: 0, clientCode: '', invoiceId: 0, invoiceNumber: '', message: '' }, v)
}

export function todayView(v: Loose<TodayView> | unknown): TodayView {
  const t = fill(emptyTodayView(), v)
  t.toSend = list(t.toSend, actionView)
  t.toReview = list(t.toReview, actionView)
  t.toCall = list(t.toCall, actionView)
  t.tasks = list(t.tasks, actionView)
  t.done = list(t.done, actionView)
  t.skipped = list(t.skipped, actionView)
  t.notices = list(t.notices, chaseNotice)
  t.upcoming = list(t.upcoming, actionView)
  t.unallocated = list(t.unallocated, unallocatedView)
  t.followUps = list(t.followUps, followUp)
  if (t.reprise) {
    const r = fill<RepriseView>(
      { reason: '', lastRun: '', absentDays: 0, clients: 0, invoices: 0, passed: 0, perDay: 0, first: '', last: '', steps: [], days: [] },
      t.reprise,
    )
    r.steps = list(r.steps, (s) => fill({ name: '', count: 0 }, s))
    r.days = list(r.days, (d) => {
      const day = fill<RepriseView['days'][number]>({ date: '', actions: [] }, d)
      day.actions = list(day.actions, actionView)
      return day
    })
    t.reprise = r
  }
  if (t.run) {
    t.run = fill<RunSummary>({ queued: 0, texts: 0, letters: 0, waiting: 0, why: '', slow: [] }, t.run)
    t.run.slow = list(t.run.slow, (s) => fill({ actionId: '', clientName: '', step: '', channel: '', invoices: [], message: '' }, s))
  }
  return t
}

export function bulkResult(v: Loose<BulkResult> | unknown): BulkResult {
  const r = fill<BulkResult>({ view: emptyTodayView(), done: 0, failed: [] }, v)
  r.view = todayView(r.view)
  r.failed = list(r.failed, (f) => fill({ actionId: '', clientName: '', message: '' }, f))
  return r
}

export function unallocatedView(v: Loose<UnallocatedView> | unknown): UnallocatedView {
  const u = fill<UnallocatedView>({ clientId: 0, clientName: '', amount: 0, currency: 'EUR', date: '', label: '', source: '' }, v)
  u.currency = u.currency || 'EUR'
  u.date = civilDate(u.date)
  return u
}

export function callScript(v: Loose<CallScript> | unknown): CallScript {
  const c = fill<CallScript>(
    { actionId: '', clientName: '', contactName: '', phone: '', email: '', lines: [], total: 0, history: [], script: [] },
    v,
  )
  c.lines = list(c.lines, actionLine)
  c.history = strings(c.history)
  c.script = strings(c.script)
  return c
}

function stepRecord(v: unknown): StepRecord {
  return fill<StepRecord>({ stepId: '', date: '', actionId: '', status: '', channel: '', instalment: 0, outcome: '' }, v)
}

function dispute(v: unknown): Dispute | null {
  if (!v || typeof v !== 'object') return null
  return fill<Dispute>({ reason: '', note: '', since: '', resolved: false, resolvedOn: '' }, v)
}

function paymentPromise(v: unknown): PaymentPromise | null {
  if (!v || typeof v !== 'object') return null
  return fill<PaymentPromise>({ until: '', since: '', note: '', kept: false, broken: false }, v)
}

function paymentPlan(v: unknown): PaymentPlan | null {
  if (!v || typeof v !== 'object') return null
  const p = fill<PaymentPlan>({ instalments: [], agreedOn: '' }, v)
  p.instalments = list(p.instalments, (x) => fill({ dueDate: '', amount: 0 }, x))
  return p
}

function pause(v: unknown): ClientPause | null {
  if (!v || typeof v !== 'object') return null
  return fill<ClientPause>({ until: '', reason: '', since: '' }, v)
}

export function invoiceChaseView(v: Loose<InvoiceChaseView> | unknown): InvoiceChaseView {
  const cv = fill<InvoiceChaseView>({ chase: emptyInvoiceChase(), scenarioId: '', scenarioName: '', status: '', next: null }, v)
  const c = fill(emptyInvoiceChase(), cv.chase)
  c.dispute = dispute(c.dispute)
  c.promise = paymentPromise(c.promise)
  c.plan = paymentPlan(c.plan)
  c.stepsDone = list(c.stepsDone, stepRecord)
  c.interruption = c.interruption && typeof c.interruption === 'object' ? fill<LimitationInterruption>({ on: '', reason: '', note: '' }, c.interruption) : null
  cv.chase = c
  cv.next = cv.next && typeof cv.next === 'object' ? actionView(cv.next) : null
  return cv
}

export function clientChaseView(v: Loose<ClientChaseView> | unknown): ClientChaseView {
  const cv = fill<ClientChaseView>({ chase: emptyClientChase(), scenarioId: '', scenarioName: '' }, v)
  const c = fill(emptyClientChase(), cv.chase)
  c.pause = pause(c.pause)
  cv.chase = c
  return cv
}

// E-mail (issue 4).

/** A Go time.Time as sent: RFC 3339, with the zero time ("0001-01-01T00:00:00Z") as ''. */
export function timestamp(v: unknown): string {
  if (typeof v !== 'string' || v === '' || v.startsWith('0001-01-01')) return ''
  return v
}

/** A civil date ("YYYY-MM-DD", what a Go backend.Date sends; a time after it is cut off), '' for the zero one. */
export function civilDate(v: unknown): string {
  if (typeof v !== 'string' || v === '' || v.startsWith('0001-01-01') || v.startsWith('0000-')) return ''
  return v.slice(0, 10)
}

export function mailSettings(v: Loose<MailSettings> | unknown): MailSettings {
  // Empty strings stay empty: a Go zero value must not become a default the user did not choose.
  return fill({ ...emptyMailSettings(), smtpPort: 0, smtpSecurity: '', smtpAuth: '', imapPort: 0, imapSecurity: '', ratePerMinute: 0, dailyCap: 0 }, v)
}

export function mailPreset(v: Loose<MailPreset> | unknown): MailPreset {
  return fill<MailPreset>(
    { id: '', name: '', smtpHost: '', smtpPort: 0, smtpSecurity: '', imapHost: '', imapPort: 0, imapSecurity: '', note: '', savesSent: false },
    v,
  )
}

export function mailPresets(v: unknown): MailPreset[] {
  return list(v, mailPreset)
}

export function mailConfig(v: Loose<MailConfig> | unknown): MailConfig {
  const c = fill<MailConfig>({ settings: emptyMailSettings(), paymentLink: '', oauth: emptyOAuthConfig() }, v)
  c.settings = mailSettings(c.settings)
  c.oauth = fill(emptyOAuthConfig(), c.oauth)
  return c
}

function oauthInfo(v: unknown): OAuthInfo {
  const i = fill<OAuthInfo>({ provider: '', name: '', account: '', signedIn: false, builtin: {} }, v)
  i.builtin = i.builtin && typeof i.builtin === 'object' ? { ...i.builtin } : {}
  return i
}

export function mailSettingsView(v: Loose<MailSettingsView> | unknown): MailSettingsView {
  const m = fill<MailSettingsView>(
    {
      config: { settings: emptyMailSettings(), paymentLink: '', oauth: emptyOAuthConfig() },
      configured: false,
      hasPassword: false,
      hasToken: false,
      presets: [],
      oauth: oauthInfo(undefined),
      blocked: '',
    },
    v,
  )
  m.config = mailConfig(m.config)
  m.presets = mailPresets(m.presets)
  m.oauth = oauthInfo(m.oauth)
  return m
}

export function mailStatus(v: Loose<MailStatus> | unknown): MailStatus {
  return fill<MailStatus>({ ready: false, why: '', signIn: false, provider: '', blocked: false }, v)
}

export function mailDiscovery(v: Loose<MailDiscovery> | unknown): MailDiscovery {
  const d = fill<MailDiscovery>(
    { found: false, source: '', sourceText: '', provider: '', providerName: '', oauth: '', settings: emptyMailSettings(), appPassword: false, appPasswordHelp: '', note: '' },
    v,
  )
  d.settings = mailSettings(d.settings)
  return d
}

export function mailTestResult(v: Loose<MailTestResult> | unknown): MailTestResult {
  const r = fill<MailTestResult>({ ok: false, stage: '', message: '', sentFolder: '', steps: [] }, v)
  r.steps = strings(r.steps)
  return r
}

export function messageTemplate(v: Loose<MessageTemplate> | unknown): MessageTemplate {
  return fill(emptyMessageTemplate(), v)
}

export function templateView(v: Loose<TemplateView> | unknown): TemplateView {
  const t = fill<TemplateView>({ template: emptyMessageTemplate(), custom: false }, v)
  t.template = messageTemplate(t.template)
  return t
}

export function templateViews(v: unknown): TemplateView[] {
  return list(v, templateView)
}

export function varInfos(v: unknown): VarInfo[] {
  return list(v, (x) => fill<VarInfo>({ name: '', group: '', labelFr: '', labelEn: '', example: '' }, x))
}

export function templateIssues(v: unknown): TemplateIssue[] {
  return list(v, (x) => fill<TemplateIssue>({ line: 0, column: 0, offset: 0, name: '', message: '' }, x))
}

export function outboxAttachment(v: Loose<OutboxAttachment> | unknown): OutboxAttachment {
  return fill<OutboxAttachment>({ name: '', contentType: '', file: '', documentId: 0 }, v)
}

export function composedMessage(v: Loose<ComposedMessage> | unknown): ComposedMessage {
  const c = fill<ComposedMessage>(
    { template: emptyMessageTemplate(), rendered: { subject: '', text: '', html: '', missing: [] }, toName: '', to: '', attachments: [], problems: [] },
    v,
  )
  c.template = messageTemplate(c.template)
  const r = fill<RenderedMessage>({ subject: '', text: '', html: '', missing: [] }, c.rendered)
  r.missing = strings(r.missing)
  c.rendered = r
  c.attachments = list(c.attachments, outboxAttachment)
  c.problems = strings(c.problems)
  return c
}

export function outboxMessage(v: Loose<OutboxMessage> | unknown): OutboxMessage {
  const m = fill(emptyOutboxMessage(), v)
  m.invoiceIds = list(m.invoiceIds, (x) => Number(x))
  m.invoiceNumbers = strings(m.invoiceNumbers)
  m.to = strings(m.to)
  m.attachments = list(m.attachments, outboxAttachment)
  m.date = timestamp(m.date)
  m.nextAttempt = timestamp(m.nextAttempt)
  m.queuedAt = timestamp(m.queuedAt)
  m.sentAt = timestamp(m.sentAt)
  return m
}

export function followUp(v: Loose<FollowUp> | unknown): FollowUp {
  const f = fill<FollowUp>(
    { id: 0, clientId: 0, clientName: '', invoiceIds: [], channel: '', reason: '', outboxId: 0, createdOn: '', doneOn: '', createdAt: '' },
    v,
  )
  f.invoiceIds = list(f.invoiceIds, (x) => Number(x))
  f.createdOn = civilDate(f.createdOn)
  f.doneOn = civilDate(f.doneOn)
  f.createdAt = timestamp(f.createdAt)
  return f
}

export function outboxView(v: Loose<OutboxView> | unknown): OutboxView {
  const o = fill(emptyOutboxView(), v)
  o.messages = list(o.messages, outboxMessage)
  o.followUps = list(o.followUps, followUp)
  const counts: Record<string, number> = {}
  if (o.counts && typeof o.counts === 'object') {
    for (const [k, n] of Object.entries(o.counts)) counts[k] = Number(n) || 0
  }
  o.counts = counts
  return o
}

// Bank statements and reconciliation.

function counts(v: unknown): Record<string, number> {
  const out: Record<string, number> = {}
  if (v && typeof v === 'object') {
    for (const [k, n] of Object.entries(v as Obj)) out[k] = Number(n) || 0
  }
  return out
}

export function csvMapping(v: Loose<CSVMapping> | unknown): CSVMapping {
  return fill(emptyCSVMapping(), v)
}

export function csvPreview(v: Loose<CSVPreview> | unknown): CSVPreview {
  const p = fill<CSVPreview>({ headers: [], rows: [], mapping: emptyCSVMapping(), recognised: false, encoding: '', separator: '' }, v)
  p.headers = strings(p.headers)
  p.rows = list(p.rows, strings)
  p.mapping = csvMapping(p.mapping)
  return p
}

export function bankPreset(v: Loose<BankPreset> | unknown): BankPreset {
  const p = fill<BankPreset>({ id: '', name: '', headers: [], mapping: emptyCSVMapping() }, v)
  p.headers = strings(p.headers)
  p.mapping = csvMapping(p.mapping)
  return p
}

export function bankPreview(v: Loose<BankPreview> | unknown): BankPreview {
  const p = fill<BankPreview>({ fileName: '', format: '', csv: null, presets: [], needsMap: false }, v)
  p.csv = p.csv && typeof p.csv === 'object' ? csvPreview(p.csv) : null
  p.presets = list(p.presets, bankPreset)
  return p
}

export function currencyAmount(v: Loose<CurrencyAmount> | unknown): CurrencyAmount {
  const c = fill<CurrencyAmount>({ currency: 'EUR', amount: 0, count: 0 }, v)
  c.currency = c.currency || 'EUR'
  return c
}

export function bankImportResult(v: Loose<BankImportResult> | unknown): BankImportResult {
  const r = fill<BankImportResult>(
    { added: 0, duplicates: 0, credits: 0, creditSum: 0, creditSums: [], currencies: [], format: '', autoConfirmed: 0, autoSum: 0, foreign: 0, dryRun: false },
    v,
  )
  r.creditSums = list(r.creditSums, currencyAmount)
  r.currencies = strings(r.currencies)
  return r
}

export function suggestionView(v: Loose<SuggestionView> | unknown): SuggestionView {
  const s = fill<SuggestionView>(
    { transactionKey: '', clientId: 0, allocations: [], score: 0, reasons: [], needsEuroAmount: false, clientCode: '', clientName: '', invoices: [], credit: 0 },
    v,
  )
  s.allocations = list(s.allocations, (a) => fill({ invoiceId: 0, amount: 0 }, a))
  s.reasons = strings(s.reasons)
  s.invoices = list(s.invoices, (a) => fill<AllocationView>({ invoiceId: 0, number: '', remaining: 0, amount: 0 }, a))
  return s
}

export function bankLineView(v: Loose<BankLineView> | unknown): BankLineView {
  const b = fill<BankLineView>({ line: emptyBankLine(), suggestions: [], clientName: '' }, v)
  const l = fill(emptyBankLine(), b.line)
  l.currency = l.currency || 'EUR'
  l.bookedOn = civilDate(l.bookedOn)
  l.valueDate = civilDate(l.valueDate)
  l.importedAt = timestamp(l.importedAt)
  b.line = l
  b.suggestions = list(b.suggestions, suggestionView)
  return b
}

export function bankSettings(v: Loose<BankSettings> | unknown): BankSettings {
  return fill<BankSettings>({ autoConfirm: false, staleDays: 7 }, v)
}

export function reconciliation(v: Loose<Reconciliation> | unknown): Reconciliation {
  const r = fill<Reconciliation>({ unmatched: [], waiting: [], debits: 0, matched: [], ignored: [], lastImport: '', settings: bankSettings(null) }, v)
  r.unmatched = list(r.unmatched, bankLineView)
  r.waiting = list(r.waiting, currencyAmount)
  r.matched = list(r.matched, bankLineView)
  r.ignored = list(r.ignored, bankLineView)
  r.lastImport = civilDate(r.lastImport)
  r.settings = bankSettings(r.settings)
  return r
}

// Dashboard, behaviour, aged balance.

export function monthFigure(v: Loose<MonthFigure> | unknown): MonthFigure {
  return fill<MonthFigure>({ month: '', value: 0, count: 0 }, v)
}

function channelStat(v: unknown): ChannelStat {
  return fill<ChannelStat>({ key: '', sent: 0, paidWithin7: 0, share: 0 }, v)
}

export function dashboardView(v: Loose<DashboardView> | unknown): DashboardView {
  const empty = emptyDashboardView()
  const d = fill(empty, v)
  const f = fill(empty.figures, d.figures)
  f.aging = list(f.aging, (b) => fill<AgingBucket>({ key: '', label: '', amount: 0, count: 0 }, b))
  f.dsoTrend = list(f.dsoTrend, monthFigure)
  f.collected = list(f.collected, monthFigure)
  f.topDebtors = list(f.topDebtors, (x) => fill<Debtor>({ clientId: 0, code: '', name: '', overdue: 0, outstanding: 0, oldestDaysLate: 0 }, x))
  d.figures = f
  d.agingCounts = counts(d.agingCounts)
  d.byChannel = list(d.byChannel, channelStat)
  d.byStep = list(d.byStep, channelStat)
  d.promises = list(d.promises, (x) => fill<PromiseDue>({ invoiceId: 0, number: '', clientId: 0, clientName: '', until: '', remaining: 0 }, x))
  return d
}

export function dashboardWork(v: Loose<DashboardWork> | unknown): DashboardWork {
  const w = fill<DashboardWork>({ toSend: 0, toReview: 0, toCall: 0, limitations: [] }, v)
  w.limitations = list(w.limitations, chaseNotice)
  return w
}

export function behaviour(v: Loose<Behaviour> | unknown): Behaviour {
  const b = fill<Behaviour>(
    { clientId: 0, paidInvoices: 0, averageDaysLate: 0, shareLate: 0, trend: [], score: 0, explanation: [], suggestedSegment: '' },
    v,
  )
  b.trend = list(b.trend, monthFigure)
  b.explanation = strings(b.explanation)
  return b
}

function agedRow(v: unknown): AgedRow {
  const r = fill<AgedRow>({ clientId: 0, clientCode: '', clientName: '', buckets: [], total: 0 }, v)
  const b = list(r.buckets, (x) => Number(x) || 0)
  r.buckets = Array.from({ length: 5 }, (_, i) => b[i] ?? 0)
  return r
}

export function agedBalance(v: Loose<AgedBalanceView> | unknown): AgedBalanceView {
  const a = fill<AgedBalanceView>({ date: '', labels: [], rows: [], total: agedRow(null) }, v)
  a.labels = strings(a.labels)
  a.rows = list(a.rows, agedRow)
  a.total = agedRow(a.total)
  return a
}

export function collected(v: Loose<CollectedView> | unknown): CollectedView {
  const c = fill<CollectedView>({ month: '', total: 0, payments: [] }, v)
  c.payments = list(c.payments, (p) => {
    const x = fill<CollectedPayment>({ paymentId: 0, date: '', clientId: 0, clientCode: '', clientName: '', amount: 0, method: '', reference: '', invoices: [], unallocated: 0 }, p)
    x.date = civilDate(x.date)
    x.invoices = strings(x.invoices)
    return x
  })
  return c
}

export function text(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

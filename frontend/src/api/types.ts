// The data exchanged with the Go side (JSON names). Money is integer cents, dates are "YYYY-MM-DD".
// src/api/index.ts checks at compile time that these agree with the generated frontend/wailsjs/go/models.ts.

export type ClientType = 'business' | 'consumer'
export type Language = 'fr' | 'en'
export type Theme = 'light' | 'dark' | 'auto'
export type PaymentMethod = '' | 'transfer' | 'direct_debit' | 'cheque' | 'card' | 'cash' | 'lcr' | 'other'
export type InvoiceStatus = 'open' | 'partially_paid' | 'paid' | 'cancelled' | 'written_off'
export type InvoiceStatusFilter = '' | InvoiceStatus | 'unpaid'
export type InvoiceSort = 'number' | 'client' | 'issueDate' | 'dueDate' | 'amount' | 'remaining' | 'status' | 'daysOverdue'
export type ClientSort = 'code' | 'name' | 'city' | 'segment' | 'outstanding' | 'overdue' | 'oldestDue'
export type ImportKind = 'clients' | 'invoices' | 'payments'
export type ExportKind = ImportKind | 'all'
export type ExportFormat = 'csv' | 'json'
/** The five aging buckets of unpaid invoices, in order (report.BucketKeys). */
export type AgingKey = 'not_due' | '1_30' | '31_60' | '61_90' | 'over_90'
export const AGING_KEYS: readonly AgingKey[] = ['not_due', '1_30', '31_60', '61_90', 'over_90']

export const PAYMENT_METHODS: readonly PaymentMethod[] = ['transfer', 'direct_debit', 'cheque', 'card', 'cash', 'lcr', 'other']
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['open', 'partially_paid', 'paid', 'cancelled', 'written_off']

export interface Address {
  line1: string
  line2: string
  postalCode: string
  city: string
  country: string
}

export interface Signatory {
  firstName: string
  lastName: string
  title: string
  email: string
  phone: string
}

export interface Company {
  legalName: string
  legalForm: string
  siren: string
  siret: string
  vatNumber: string
  rcsCity: string
  shareCapital: string
  address: Address
  email: string
  phone: string
  website: string
  iban: string
  bic: string
  /** base64 of the image bytes, may be empty */
  logo: string
  logoType: string
  signatory: Signatory
  paymentTermsDays: number
  /** the terms of sale's annual late-payment rate in basis points (1250 = 12,5 %); 0: ECB + 10 points */
  latePaymentRateBP: number
}

/**
 * What a SIREN (or SIRET) tells of a company (CompanyAPI.Lookup). siren and vatNumber are derived offline and
 * always there; the rest only when the public directory answered (directory). Otherwise directoryError says why,
 * in French, and directoryCode is ENOTFOUND (unknown SIREN) or EUNAVAILABLE (directory unreachable).
 */
export interface CompanyLookup {
  siren: string
  vatNumber: string
  directory: boolean
  directoryCode: string
  directoryError: string
  legalName: string
  legalForm: string
  /** the head office's */
  siret: string
  address: Address
  closed: boolean
}

export interface Contact {
  firstName: string
  lastName: string
  role: string
  email: string
  phone: string
  billing: boolean
  emailInvalid: boolean
  /** the person gave this number to receive reminders by SMS (required for a consumer) */
  smsConsent: boolean
}

export interface Client {
  id: number
  code: string
  name: string
  type: ClientType | string
  legalForm: string
  siren: string
  siret: string
  vatNumber: string
  address: Address
  deliveryAddress: Address
  email: string
  phone: string
  contacts: Contact[]
  language: Language | string
  segment: string
  notes: string
  paymentMethod: PaymentMethod | string
  /** the rate agreed with this client, basis points; 0: the company's */
  latePaymentRateBP: number
  /** the court of an order for payment, as the owner checked it; "" : named by the rule and the town */
  court: string
  createdAt: string
  updatedAt: string
}

export interface Invoice {
  id: number
  number: string
  clientId: number
  issueDate: string
  dueDate: string
  amountExclTax: number
  vatAmount: number
  amountInclTax: number
  currency: string
  amountPaid: number
  paymentMethod: PaymentMethod | string
  orderReference: string
  attachmentPath: string
  status: InvoiceStatus | string
  notes: string
  createdAt: string
  updatedAt: string
  /** the part of amountPaid that recorded payments account for (kept as received, sent back on save) */
  itemised?: number
}

export interface InvoiceQuery {
  search: string
  status: InvoiceStatusFilter | string
  clientId: number
  overdue: boolean
  /** '' or one aging bucket: the unpaid invoices of that bucket only */
  aging: AgingKey | ''
  sort: InvoiceSort | string
  desc: boolean
  offset: number
  limit: number
}

export interface InvoiceRow {
  id: number
  number: string
  clientId: number
  clientCode: string
  clientName: string
  issueDate: string
  dueDate: string
  amountInclTax: number
  amountPaid: number
  remaining: number
  status: InvoiceStatus | string
  daysOverdue: number
}

export interface InvoicePage {
  rows: InvoiceRow[]
  total: number
  totalRemaining: number
}

export interface ClientQuery {
  search: string
  segment: string
  type: string
  overdue: boolean
  sort: ClientSort | string
  desc: boolean
  offset: number
  limit: number
}

export interface ClientRow {
  id: number
  code: string
  name: string
  type: ClientType | string
  segment: string
  city: string
  email: string
  invoiceCount: number
  outstanding: number
  overdue: number
  oldestDue: string
}

export interface ClientPage {
  rows: ClientRow[]
  total: number
}

export interface Overview {
  clients: number
  invoices: number
  unpaid: number
  overdueCount: number
  outstanding: number
  overdue: number
}

export interface PaymentLine {
  date: string
  amount: number
  method: string
  reference: string
}

/** One period at one rate of a penalty computation. */
export interface PenaltySegment {
  from: string
  to: string
  days: number
  /** decimal string with a dot: "14.50" */
  ratePct: string
  base: number
  amount: number
}

/** What an invoice's lateness costs its debtor today (or cost, when it was paid late). */
export interface PenaltyView {
  applicable: boolean
  consumer: boolean
  days: number
  total: number
  indemnity: number
  until: string
  segments: PenaltySegment[]
  /** the legal basis and method, in French */
  basis: string
  /** why nothing applies, when nothing does */
  note: string
  warnings: string[]
}

export interface InvoiceView {
  invoice: Invoice
  clientCode: string
  clientName: string
  /** the billing contact's phone, else the client's */
  clientPhone: string
  remaining: number
  daysOverdue: number
  payments: PaymentLine[]
  penalty: PenaltyView
}

/** A payment received for one invoice; what exceeds the remaining amount stays a credit of the client. */
export interface PaymentRequest {
  invoiceId: number
  /** "YYYY-MM-DD" (or "dd/mm/yyyy") */
  date: string
  amount: number
  method: PaymentMethod | string
  reference: string
}

export interface LedgerEvent {
  id: number
  /** RFC 3339 */
  at: string
  kind: string
  clientId?: number
  entityId?: number
  summary: string
}

export interface ClientView {
  client: Client
  overview: ClientRow
  events: LedgerEvent[]
  /** what the overdue invoices claim today, penalties and 40 € indemnities included */
  claim: ClaimSummary
  /** cents the client paid or was credited that no invoice accounts for (overpayment, unused credit note) */
  credit: number
}

export interface ClaimSummary {
  principal: number
  penalties: number
  indemnity: number
  total: number
  invoices: number
}

export interface Settings {
  language: Language | string
  theme: Theme | string
  segments: string[]
  dataDir: string
  storePath: string
  backupDir: string
  version: string
}

export interface ImportField {
  key: string
  label: string
  required: boolean
}

export interface ImportPreview {
  token: string
  kind: ImportKind | string
  fileName: string
  encoding: string
  separator: string
  headers: string[]
  sample: string[][]
  rowCount: number
  fields: ImportField[]
  /** field key → column index; absent or -1 = not imported */
  mapping: Record<string, number>
  remembered: boolean
}

export interface ImportRequest {
  token: string
  mapping: Record<string, number>
  skipInvalid: boolean
  dryRun: boolean
}

export interface RowError {
  line: number
  column: string
  value: string
  message: string
}

export interface ImportResult {
  kind: ImportKind | string
  rows: number
  created: number
  updated: number
  /** rows identical to what the ledger already holds */
  unchanged: number
  invalid: number
  errors: RowError[]
  errorCount: number
  written: boolean
  dryRun: boolean
}

export interface ImportProgress {
  phase: 'read' | 'check' | 'write' | 'done' | string
  done: number
  total: number
}

export interface BackupInfo {
  name: string
  path: string
  size: number
  createdAt: string
  automatic: boolean
}

export interface ExportResult {
  path: string
  count: number
}

export interface DemoRequest {
  clients: number
  invoices: number
}

/** Whether the ledger holds demo data (app.DemoStatus): while it does, no e-mail goes outside the reserved domains. */
export interface DemoStatus {
  demo: boolean
  loadedAt: string
  clients: number
  invoices: number
  /** the reserved domains e-mails may still go to, for people */
  domains: string
}

/** The first-run guide's state in this data folder; '' while it was never dismissed. */
export type FirstRunMark = 'skipped' | 'finished'

/** One half-year of the rate table; percentages as decimal strings with a dot ("2.15"). */
export interface RateRow {
  /** "2026-H1" */
  halfYear: string
  ecbPct: string
  legalParticulierPct: string
  legalAutresPct: string
}

export interface RateInfo {
  rows: RateRow[]
  /** half-years the user added or corrected */
  userRows: string[]
  /** non-empty when today is past the last known half-year */
  warning: string
}

export type DocumentKind = 'formal_notice' | 'reminder_letter' | 'statement' | 'dossier' | 'penalty_claim'
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['formal_notice', 'reminder_letter', 'statement', 'dossier', 'penalty_claim']

/**
 * A generated document kept as proof (backend.Document on the Go side; named so here not to hide the DOM's
 * Document type). Its bytes never change; only the facts of its sending are added later.
 */
export interface ArchivedDocument {
  id: number
  kind: DocumentKind | string
  clientId: number
  invoiceIds: number[]
  /** the date printed on it */
  date: string
  /** RFC 3339 */
  createdAt: string
  /** path relative to the data folder */
  file: string
  sha256: string
  size: number
  /** total claimed or due in the document */
  amount: number
  channel: string
  recipient: string
  messageId: string
  registeredNumber: string
  sentOn: string
  acknowledgedOn: string
  /** a notice's days to pay, counted from its receipt; 0 for other documents */
  deadlineDays: number
  /** generated, not sent yet: becomes proof once its sending is recorded; may be discarded */
  draft: boolean
}

export interface DocumentView {
  document: ArchivedDocument
  /** French name of the kind */
  label: string
  /** served by the app itself ("/documents/12.pdf"): for an <iframe src> or window.open */
  url: string
  /** on disk */
  path: string
  warnings: string[]
  /** unpaid invoices the document does not claim, and why */
  leftOut: string[]
  /** a formal notice's last day to pay ("YYYY-MM-DD"), once its receipt is recorded; "" before */
  deadline: string
}

/** What the user records after posting a letter (dates "YYYY-MM-DD", empty when unknown). */
export interface SendingFacts {
  registeredNumber: string
  sentOn: string
  acknowledgedOn: string
}

export interface NoticeRequest {
  invoiceId: number
  /** 0 = 8 days */
  deadlineDays: number
  registered: boolean
  registeredNumber: string
  /** empty = default wording */
  intro: string[]
  consequences: string[]
}

export interface NoticeLine {
  invoiceId: number
  number: string
  issueDate: string
  dueDate: string
  daysLate: number
  amountInclTax: number
  paid: number
  remaining: number
  penalty: number
  indemnity: number
}

export interface NoticeDraft {
  clientId: number
  clientCode: string
  clientName: string
  consumer: boolean
  lines: NoticeLine[]
  principal: number
  penalties: number
  indemnity: number
  /** the client's unallocated credit (overpayments, unused credit notes), deducted from the total */
  credit: number
  totalClaimed: number
  /** unpaid invoices not claimed, and why (« facture F-12 (500,00 €) : en litige depuis… ») */
  leftOut: string[]
  /** counted from the letter's receipt */
  deadlineDays: number
  date: string
  /** the wording that will be printed (the defaults when the request had none) */
  intro: string[]
  consequences: string[]
  warnings: string[]
}

// Empty values, for forms.

export function emptyAddress(): Address {
  return { line1: '', line2: '', postalCode: '', city: '', country: 'FR' }
}

export function emptyContact(): Contact {
  return { firstName: '', lastName: '', role: '', email: '', phone: '', billing: false, emailInvalid: false, smsConsent: false }
}

export function emptyClient(): Client {
  return {
    id: 0,
    code: '',
    name: '',
    type: 'business',
    legalForm: '',
    siren: '',
    siret: '',
    vatNumber: '',
    address: emptyAddress(),
    deliveryAddress: emptyAddress(),
    email: '',
    phone: '',
    contacts: [],
    language: 'fr',
    segment: '',
    notes: '',
    paymentMethod: '',
    latePaymentRateBP: 0,
    court: '',
    createdAt: '',
    updatedAt: '',
  }
}

export function emptyInvoice(): Invoice {
  return {
    id: 0,
    number: '',
    clientId: 0,
    issueDate: '',
    dueDate: '',
    amountExclTax: 0,
    vatAmount: 0,
    amountInclTax: 0,
    currency: 'EUR',
    amountPaid: 0,
    paymentMethod: '',
    orderReference: '',
    attachmentPath: '',
    status: 'open',
    notes: '',
    createdAt: '',
    updatedAt: '',
  }
}

export function emptyCompanyLookup(): CompanyLookup {
  return {
    siren: '',
    vatNumber: '',
    directory: false,
    directoryCode: '',
    directoryError: '',
    legalName: '',
    legalForm: '',
    siret: '',
    address: { line1: '', line2: '', postalCode: '', city: '', country: '' },
    closed: false,
  }
}

export function emptyCompany(): Company {
  return {
    legalName: '',
    legalForm: '',
    siren: '',
    siret: '',
    vatNumber: '',
    rcsCity: '',
    shareCapital: '',
    address: emptyAddress(),
    email: '',
    phone: '',
    website: '',
    iban: '',
    bic: '',
    logo: '',
    logoType: '',
    signatory: { firstName: '', lastName: '', title: '', email: '', phone: '' },
    paymentTermsDays: 30,
    latePaymentRateBP: 0,
  }
}

export function emptyPenalty(): PenaltyView {
  return {
    applicable: false,
    consumer: false,
    days: 0,
    total: 0,
    indemnity: 0,
    until: '',
    segments: [],
    basis: '',
    note: '',
    warnings: [],
  }
}

export function emptyDocument(): ArchivedDocument {
  return {
    id: 0,
    kind: '',
    clientId: 0,
    invoiceIds: [],
    date: '',
    createdAt: '',
    file: '',
    sha256: '',
    size: 0,
    amount: 0,
    channel: '',
    recipient: '',
    messageId: '',
    registeredNumber: '',
    sentOn: '',
    acknowledgedOn: '',
    deadlineDays: 0,
    draft: false,
  }
}

// ── Chase (issue 3): scenarios, today's actions, per-invoice and per-client chase state ─────────────────────────

export type Channel = 'email' | 'letter' | 'call' | 'sms' | 'task'
export type Anchor = 'before_due' | 'after_due' | 'after_previous'
export type Tone = 'gentle' | 'neutral' | 'firm' | 'formal'
export type AttachKind = 'invoice' | 'statement' | 'formal_notice'
export type ActionStatus = 'due' | 'needs_review' | 'skipped' | 'done'
export type NoticeKind = 'promise_due' | 'promise_broken' | 'promise_kept' | 'scenario_missing' | 'limitation_near'
export type DisputeReason = 'goods_not_received' | 'quality' | 'price' | 'not_ordered' | 'other'
export type CallOutcome =
  | 'no_answer'
  | 'voicemail'
  | 'wrong_number'
  | 'not_received'
  | 'awaiting_approval'
  | 'dispute'
  | 'payment_in_progress'
  | 'promise'
  | 'paid'

export const CHANNELS: readonly Channel[] = ['email', 'letter', 'call', 'sms', 'task']
export const ANCHORS: readonly Anchor[] = ['before_due', 'after_due', 'after_previous']
export const TONES: readonly Tone[] = ['gentle', 'neutral', 'firm', 'formal']
export const ATTACH_KINDS: readonly AttachKind[] = ['invoice', 'statement', 'formal_notice']
export const DISPUTE_REASONS: readonly DisputeReason[] = ['goods_not_received', 'quality', 'price', 'not_ordered', 'other']
export const CALL_OUTCOMES: readonly CallOutcome[] = [
  'no_answer',
  'voicemail',
  'wrong_number',
  'not_received',
  'awaiting_approval',
  'dispute',
  'payment_in_progress',
  'promise',
  'paid',
]
/** Template keys of the catalogue (backend/template); a step may name another one, kept as is. */
export const TEMPLATE_KEYS: readonly string[] = ['courtesy', 'due_day', 'reminder1', 'reminder2', 'firm', 'final', 'notice', 'call_script', 'sms_reminder', 'sms_firm', 'task']

/** The templates an SMS step can use (backend/template IsSMS). */
export const SMS_TEMPLATE_KEYS: readonly string[] = ['sms_reminder', 'sms_firm']

/** One rung of a reminder scenario. */
export interface Step {
  /** unique in its scenario; step records refer to it, so it is kept when renaming */
  id: string
  name: string
  anchor: Anchor | string
  days: number
  channel: Channel | string
  template: string
  /** « à valider avant envoi » */
  review: boolean
  /** cents; below this amount owed, the step is skipped */
  minAmount: number
  attach: (AttachKind | string)[]
  /** '' lets the template decide */
  tone: Tone | string
}

export interface Scenario {
  id: string
  name: string
  description: string
  steps: Step[]
  /** 0 = never */
  repeatLastEmailEveryDays: number
  doNotChase: boolean
  /** send the « thanks » e-mail when a chased invoice gets paid */
  thankYou: boolean
}

export interface ChaseSettings {
  minGapDays: number
  /** minutes after midnight (Paris) */
  sendStart: number
  sendEnd: number
  /** index 0 = Sunday (Go's time.Weekday) */
  weekdays: boolean[]
  alsaceMoselle: boolean
  companyDefaultScenarioId: string
  /** segment → scenario id ('' or absent = the company default) */
  segmentScenario: Record<string, string>
  /** days the chase waits on an accepted promise given without a date */
  undatedPromiseDays: number
}

/** One invoice (or instalment) of an action. */
export interface ActionLine {
  invoiceId: number
  number: string
  /** 1-based instalment of a payment plan; 0 = the invoice */
  instalment: number
  instalments: number
  dueDate: string
  amount: number
  /** negative before the due date */
  daysOverdue: number
  scenarioId: string
  stepId: string
  stepName: string
  plannedFor: string
  caughtUp: boolean
  repeat: boolean
  reason: string
}

/** A planned action: one message (or call, letter, task) per client and channel, for all its invoices at a step. */
export interface ChaseAction {
  id: string
  date: string
  /** earliest date a line was due; before date when caught up */
  plannedFor: string
  clientId: number
  clientCode: string
  clientName: string
  invoiceIds: number[]
  invoiceNumbers: string[]
  scenarioId: string
  stepId: string
  stepName: string
  channel: Channel | string
  template: string
  tone: Tone | string
  attach: string[]
  status: ActionStatus | string
  /** in French: « facture F-2026-014 échue depuis 8 jours, étape Relance ferme » */
  reason: string
  total: number
  caughtUp: boolean
  repeat: boolean
  lines: ActionLine[]
}

export interface ActionView {
  action: ChaseAction
  /** reviewed and approved, waiting for its channel */
  approved: boolean
  /** why a due action has not gone out (e-mail channel not configured yet…) */
  pending: string
  /** an SMS action: the text as it will leave (absent for the other channels) */
  text?: string
}

/** A promise due or broken, a setting to fix. */
export interface ChaseNotice {
  kind: NoticeKind | string
  date: string
  clientId: number
  clientCode: string
  invoiceId: number
  invoiceNumber: string
  message: string
}

/** The « Aujourd'hui » page. */
export interface TodayView {
  date: string
  toSend: ActionView[]
  toReview: ActionView[]
  toCall: ActionView[]
  tasks: ActionView[]
  done: ActionView[]
  skipped: ActionView[]
  caughtUp: number
  notices: ChaseNotice[]
  /** the next sending day */
  upcoming: ActionView[]
  /** in French: no recent bank statement, payments may be missing ('' when fine) */
  bankWarning: string
  /** money received from clients about to be chased, not put against an invoice yet */
  unallocated: UnallocatedView[]
  /** calls and letters replacing e-mails that could not reach the client */
  followUps: FollowUp[]
  /** set by « Lancer les relances maintenant » only: what the click really did */
  run?: RunSummary
  /** a takeover of the backlog waiting for the owner's confirmation: nothing leaves before, the lists stay empty */
  reprise?: RepriseView
}

/**
 * A reprise: the first plan after the ledger was first filled (an import, the demo) or after more than 14 days
 * without a run. Each client starts at the step its lateness calls for, spread over the next sending days.
 */
export interface RepriseView {
  /** 'import' | 'demo' | 'absence' */
  reason: string
  /** for an absence: the last day the chase ran, and how many days ago */
  lastRun: string
  absentDays: number
  clients: number
  invoices: number
  /** steps passed over, their date long gone: never sent */
  passed: number
  /** clients starting on one sending day, at most */
  perDay: number
  first: string
  last: string
  /** invoices by the step they start at, least advanced first */
  steps: { name: string; count: number }[]
  /** what goes out each day once confirmed */
  days: { date: string; actions: ActionView[] }[]
}

/** What a bulk operation of « Aujourd'hui » did: the new plan, how many actions changed, those left as they were. */
export interface BulkResult {
  view: TodayView
  done: number
  failed: { actionId: string; clientName: string; message: string }[]
}

/** What a run did: e-mails put in the outbox, letters produced, e-mails that could not leave and why. */
export interface RunSummary {
  queued: number
  /** SMS put in the outbox, leaving within the SMS hours */
  texts: number
  letters: number
  waiting: number
  why: string
  /** actions over their time limit (a letter slow to produce…): not done, the next run takes them up */
  slow: SlowAction[]
}

/** An action a run stopped waiting for; message says, in French, what it was and that it will be taken up again. */
export interface SlowAction {
  actionId: string
  clientName: string
  step: string
  channel: string
  invoices: string[]
  message: string
}

/** Money received from a client that no invoice accounts for yet. */
export interface UnallocatedView {
  clientId: number
  clientName: string
  amount: number
  /** ISO 4217: a bank line's may be another than EUR */
  currency: string
  date: string
  label: string
  /** 'payment': a credit on the client's account; 'bank': a statement line not matched */
  source: 'payment' | 'bank' | string
}

export interface CallScript {
  actionId: string
  clientName: string
  contactName: string
  phone: string
  email: string
  lines: ActionLine[]
  total: number
  /** what was already sent or said, newest first */
  history: string[]
  /** paragraphs to read */
  script: string[]
}

export interface StepRecord {
  stepId: string
  date: string
  actionId: string
  status: 'done' | 'skipped' | string
  channel: Channel | string
  instalment: number
  /** call outcome: no_answer, voicemail, promise… */
  outcome: string
}

export interface Dispute {
  reason: DisputeReason | string
  note: string
  since: string
  resolved: boolean
  resolvedOn: string
}

/** The client's word to pay by a date (backend.Promise; named so here not to hide the global Promise). */
export interface PaymentPromise {
  until: string
  since: string
  note: string
  kept: boolean
  broken: boolean
}

export interface Instalment {
  dueDate: string
  amount: number
}

export interface PaymentPlan {
  instalments: Instalment[]
  agreedOn: string
}

export interface InvoiceChase {
  invoiceId: number
  /** the invoice's own choice, over the client's ('' = inherit) */
  scenarioId: string
  dispute: Dispute | null
  promise: PaymentPromise | null
  debitFailed: boolean
  plan: PaymentPlan | null
  postponedTo: string
  stepsDone: StepRecord[]
  /** the last interruption of the limitation period (a new period runs from its date) */
  interruption?: LimitationInterruption | null
  /** RFC 3339, set by the Go side */
  updatedAt?: string
}

/** acknowledgment: the debtor acknowledged the debt (art. 2240 C. civ.); court: a court request (art. 2241). */
export type InterruptionReason = 'acknowledgment' | 'court'

/** What interrupted an invoice's limitation period. */
export interface LimitationInterruption {
  /** "YYYY-MM-DD" */
  on: string
  reason: InterruptionReason | string
  note?: string
}

export interface InvoiceChaseView {
  chase: InvoiceChase
  /** the scenario that applies */
  scenarioId: string
  scenarioName: string
  /** French one-line summary */
  status: string
  next: ActionView | null
}

export interface ClientPause {
  until: string
  reason: string
  since: string
}

export interface ClientChase {
  clientId: number
  /** the client's own choice, over its segment's ('' = inherit) */
  scenarioId: string
  pause: ClientPause | null
  lastContact: string
  /** RFC 3339, set by the Go side */
  updatedAt?: string
}

export interface ClientChaseView {
  chase: ClientChase
  scenarioId: string
  scenarioName: string
}

export function emptyStep(): Step {
  return { id: '', name: '', anchor: 'after_due', days: 0, channel: 'email', template: 'reminder1', review: false, minAmount: 0, attach: [], tone: '' }
}

export function emptyScenario(): Scenario {
  return { id: '', name: '', description: '', steps: [], repeatLastEmailEveryDays: 0, doNotChase: false, thankYou: false }
}

export function emptyChaseSettings(): ChaseSettings {
  return {
    minGapDays: 5,
    sendStart: 9 * 60,
    sendEnd: 11 * 60,
    weekdays: [false, true, true, true, true, true, false],
    alsaceMoselle: false,
    companyDefaultScenarioId: '',
    segmentScenario: {},
    undatedPromiseDays: 14,
  }
}

export function emptyAction(): ChaseAction {
  return {
    id: '',
    date: '',
    plannedFor: '',
    clientId: 0,
    clientCode: '',
    clientName: '',
    invoiceIds: [],
    invoiceNumbers: [],
    scenarioId: '',
    stepId: '',
    stepName: '',
    channel: '',
    template: '',
    tone: '',
    attach: [],
    status: '',
    reason: '',
    total: 0,
    caughtUp: false,
    repeat: false,
    lines: [],
  }
}

export function emptyTodayView(): TodayView {
  return {
    date: '',
    toSend: [],
    toReview: [],
    toCall: [],
    tasks: [],
    done: [],
    skipped: [],
    caughtUp: 0,
    notices: [],
    upcoming: [],
    bankWarning: '',
    unallocated: [],
    followUps: [],
  }
}

export function emptyInvoiceChase(): InvoiceChase {
  return { invoiceId: 0, scenarioId: '', dispute: null, promise: null, debitFailed: false, plan: null, postponedTo: '', stepsDone: [] }
}

export function emptyClientChase(): ClientChase {
  return { clientId: 0, scenarioId: '', pause: null, lastContact: '' }
}

// ── E-mail (issue 4): the mailbox, message templates, the outbox ─────────────────────────────────────────────────

export type MailSecurity = 'tls' | 'starttls' | 'none'
export type MailAuth = 'plain' | 'login' | 'cram-md5' | 'xoauth2' | 'none'
export const MAIL_SECURITIES: readonly MailSecurity[] = ['tls', 'starttls', 'none']
export const MAIL_AUTHS: readonly MailAuth[] = ['plain', 'login', 'cram-md5', 'xoauth2', 'none']

/** The mailbox settings kept in the store (mail.Settings; the password goes to the OS keychain). */
export interface MailSettings {
  fromName: string
  fromAddress: string
  /** '' = replies go to fromAddress */
  replyTo: string
  smtpHost: string
  smtpPort: number
  smtpSecurity: MailSecurity | string
  smtpAuth: MailAuth | string
  smtpUser: string
  /** for the copy in the Sent folder; '' = no copy */
  imapHost: string
  imapPort: number
  imapSecurity: MailSecurity | string
  /** '' = smtpUser */
  imapUser: string
  /** '' = the \Sent special-use mailbox */
  sentFolder: string
  /** default 20, at most 600 */
  ratePerMinute: number
  /** default 200 */
  dailyCap: number
  /** id of the provider preset chosen, '' = typed by hand */
  preset: string
}

/** A known provider's servers (mail.Preset). */
export interface MailPreset {
  id: string
  name: string
  /** '' when it depends on the user's domain (see note) */
  smtpHost: string
  smtpPort: number
  smtpSecurity: MailSecurity | string
  imapHost: string
  imapPort: number
  imapSecurity: MailSecurity | string
  /** in French: login, app passwords… */
  note: string
  /** the provider files sent messages in the Sent folder by itself */
  savesSent: boolean
}

/** The browser sign-in (oauth.Config): no token in it. */
export interface OAuthConfig {
  /** microsoft, google, custom; '' = password */
  provider: string
  clientId: string
  authUrl: string
  tokenUrl: string
  scopes: string
  /** who signed in */
  account: string
}

export function emptyOAuthConfig(): OAuthConfig {
  return { provider: '', clientId: '', authUrl: '', tokenUrl: '', scopes: '', account: '' }
}

export interface MailConfig {
  settings: MailSettings
  /** payment page pattern, may use [[InvoiceNumber]] etc.; '' = none */
  paymentLink: string
  oauth: OAuthConfig
}

/** What the mail screen shows of the sign-in. */
export interface OAuthInfo {
  provider: string
  /** « Microsoft », « Google », or the custom host */
  name: string
  account: string
  /** a refresh token is in the keychain */
  signedIn: boolean
  /** per provider: this build carries a client id */
  builtin: Record<string, boolean>
}

export interface MailSettingsView {
  config: MailConfig
  /** a server and a sender address are set */
  configured: boolean
  /** a password is in the OS keychain */
  hasPassword: boolean
  hasToken: boolean
  presets: MailPreset[]
  oauth: OAuthInfo
  /** why sending waits until the owner acts (sign-in revoked, password refused); '' = not blocked */
  blocked: string
}

/** Whether e-mails can leave now (MailAPI.Status). */
export interface MailStatus {
  ready: boolean
  why: string
  /** the fix is signing in (again) with the provider */
  signIn: boolean
  provider: string
  blocked: boolean
}

/** Servers found from an address (discover.Result). */
export interface MailDiscovery {
  found: boolean
  /** known, autoconfig, mx, none */
  source: string
  sourceText: string
  provider: string
  providerName: string
  /** microsoft, google: the provider offers a browser sign-in */
  oauth: string
  settings: MailSettings
  appPassword: boolean
  appPasswordHelp: string
  note: string
}

/** The outcome of « Tester la connexion » (mail.TestResult). */
export interface MailTestResult {
  ok: boolean
  /** the stage that failed: dns, connect, tls, auth, mail, imap_… */
  stage: string
  /** in French */
  message: string
  sentFolder: string
  /** « Connexion à smtp.exemple.fr:465 : OK », … */
  steps: string[]
}

/** A message model (template.Template; named so here not to clash with Vue's templates). */
export interface MessageTemplate {
  /** courtesy, due_day, reminder1, firm, final, notice, thanks, call_script */
  key: string
  lang: Language | string
  /** French display name, « Relance 1 » */
  name: string
  subject: string
  body: string
}

export interface TemplateView {
  template: MessageTemplate
  /** the user's version (else the default) */
  custom: boolean
}

/** One variable of the catalogue (template.VarInfo). */
export interface VarInfo {
  name: string
  /** client, invoice, claim, payment, company, date (condition for blocks) */
  group: string
  labelFr: string
  labelEn: string
  /** a French example value */
  example: string
}

/** A problem of a template text: 1-based line and column in characters (runes), byte offset. */
export interface TemplateIssue {
  line: number
  column: number
  offset: number
  name: string
  message: string
}

export interface RenderedMessage {
  subject: string
  text: string
  html: string
  /** variables without a value for this client */
  missing: string[]
}

export interface OutboxAttachment {
  name: string
  contentType: string
  /** relative to the data folder ('' in a preview, before the document is produced) */
  file: string
  /** 0 = none */
  documentId: number
}

/** A message as it would leave (app.Composed). */
export interface ComposedMessage {
  template: MessageTemplate
  rendered: RenderedMessage
  toName: string
  to: string
  attachments: OutboxAttachment[]
  /** what stops it from going out by itself, in French */
  problems: string[]
}

export interface PreviewRequest {
  template: MessageTemplate
  clientId: number
  /** [] = the client's overdue invoices, else its open ones */
  invoiceIds: number[]
}

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'uncertain' | 'cancelled'
export const OUTBOX_STATES: readonly OutboxState[] = ['queued', 'sending', 'sent', 'failed', 'uncertain', 'cancelled']

/** One e-mail of the outbox (backend.OutboxMessage). Timestamps are RFC 3339, '' when unset. */
export interface OutboxMessage {
  id: number
  actionId: string
  clientId: number
  clientName: string
  invoiceIds: number[]
  invoiceNumbers: string[]
  stepName: string
  template: string
  /** <…@domain>, fixed when queued: the same message is never sent twice */
  messageId: string
  date: string
  toName: string
  to: string[]
  subject: string
  /** in the list: empty (Message(id) has the bodies) */
  text: string
  html: string
  attachments: OutboxAttachment[]
  state: OutboxState | string
  attempts: number
  nextAttempt: string
  /** temporary, permanent, uncertain */
  errorKind: string
  /** in French */
  lastError: string
  queuedAt: string
  sentAt: string
  /** where the copy went, once copied */
  sentFolder: string
  /** 'sms' for a text message (its text in text, its E.164 number in to, its step in subject); '' or 'email' */
  channel: string
  /** SMS: the provider's message ID, the delivery report (pending, delivered, failed) and its reason, parts, cost */
  providerId: string
  delivery: string
  deliveryNote: string
  segments: number
  cost: number
}

/** A call or letter to make because an e-mail could not reach the client (backend.FollowUp). */
export interface FollowUp {
  id: number
  clientId: number
  clientName: string
  invoiceIds: number[]
  channel: 'call' | 'letter' | string
  reason: string
  outboxId: number
  /** "YYYY-MM-DD" */
  createdOn: string
  /** "YYYY-MM-DD", '' while to do */
  doneOn: string
  createdAt: string
}

export interface OutboxView {
  /** newest first */
  messages: OutboxMessage[]
  /** state → number of messages (all of them, whatever the filter) */
  counts: Record<string, number>
  /** the follow-ups still to do */
  followUps: FollowUp[]
  sentToday: number
  dailyCap: number
  ready: boolean
  /** why e-mails cannot go out, in French */
  notReady: string
  /** why SMS cannot go out ('' when they can or when there is none), in French */
  smsNotReady: string
}

export function emptyMailSettings(): MailSettings {
  return {
    fromName: '',
    fromAddress: '',
    replyTo: '',
    smtpHost: '',
    smtpPort: 465,
    smtpSecurity: 'tls',
    smtpAuth: 'plain',
    smtpUser: '',
    imapHost: '',
    imapPort: 993,
    imapSecurity: 'tls',
    imapUser: '',
    sentFolder: '',
    ratePerMinute: 20,
    dailyCap: 200,
    preset: '',
  }
}

export function emptyMessageTemplate(): MessageTemplate {
  return { key: '', lang: 'fr', name: '', subject: '', body: '' }
}

export function emptyOutboxMessage(): OutboxMessage {
  return {
    id: 0,
    actionId: '',
    clientId: 0,
    clientName: '',
    invoiceIds: [],
    invoiceNumbers: [],
    stepName: '',
    template: '',
    messageId: '',
    date: '',
    toName: '',
    to: [],
    subject: '',
    text: '',
    html: '',
    attachments: [],
    state: '',
    attempts: 0,
    nextAttempt: '',
    errorKind: '',
    lastError: '',
    queuedAt: '',
    sentAt: '',
    sentFolder: '',
    channel: '',
    providerId: '',
    delivery: '',
    deliveryNote: '',
    segments: 0,
    cost: 0,
  }
}

export function emptyOutboxView(): OutboxView {
  return { messages: [], counts: {}, followUps: [], sentToday: 0, dailyCap: 0, ready: false, notReady: '', smsNotReady: '' }
}

// ── Bank statements and reconciliation ──────────────────────────────────────────────────────────────────────────

export type BankFormat = 'csv' | 'ofx' | 'camt053'
export type BankLineStatus = 'unmatched' | 'matched' | 'ignored'

/** Column indexes into the CSV headers (-1 = unmapped); date and (amount or credit/debit) are required. */
export interface CSVMapping {
  /** id of the bank preset it came from, '' when mapped by hand */
  preset: string
  date: number
  valueDate: number
  label: number
  detail: number
  amount: number
  credit: number
  debit: number
  currency: number
  reference: number
  payer: number
  id: number
  /** Go layout of the dates ('' = guessed) */
  dateLayout: string
  /** lines to skip before the header */
  skipRows: number
}

/** The mapping fields the user can set, in the order shown. */
export const CSV_MAPPING_FIELDS = ['date', 'valueDate', 'label', 'detail', 'amount', 'credit', 'debit', 'currency', 'reference', 'payer', 'id'] as const
export type CSVMappingField = (typeof CSV_MAPPING_FIELDS)[number]

export interface CSVPreview {
  headers: string[]
  /** the first rows */
  rows: string[][]
  /** the suggested mapping (a known bank's when recognised) */
  mapping: CSVMapping
  recognised: boolean
  encoding: string
  separator: string
}

/** A known bank's CSV layout. */
export interface BankPreset {
  id: string
  name: string
  headers: string[]
  mapping: CSVMapping
}

export interface BankPreview {
  fileName: string
  format: BankFormat | string
  /** CSV only */
  csv: CSVPreview | null
  presets: BankPreset[]
  /** a CSV whose layout no preset knows: the user maps its columns */
  needsMap: boolean
}

export interface BankImportResult {
  /** new lines */
  added: number
  /** lines already imported */
  duplicates: number
  /** of the new lines, the credits (money in) */
  credits: number
  /** of the credits in euros only: totals never mix currencies */
  creditSum: number
  /** the credits per currency, euros first */
  creditSums: CurrencyAmount[]
  /** the statement's currencies (ISO 4217), euros first */
  currencies: string[]
  format: BankFormat | string
  autoConfirmed: number
  /** euros */
  autoSum: number
  /** credits in another currency, never confirmed automatically (their euro amount is asked at confirmation) */
  foreign: number
  dryRun: boolean
}

/** A total in one currency (backend.CurrencyAmount): amounts of different currencies are never added. */
export interface CurrencyAmount {
  /** ISO 4217 */
  currency: string
  /** hundredths of the currency's unit */
  amount: number
  count: number
}

/** One line of an imported statement (backend.BankLine). */
export interface BankLine {
  key: string
  account: string
  bookedOn: string
  valueDate: string
  /** positive = money in, in hundredths of the currency's unit */
  amount: number
  /** ISO 4217; '' in lines stored before it was always set means EUR */
  currency: string
  label: string
  reference: string
  payer: string
  /** the file it first came from */
  source: string
  /** RFC 3339 */
  importedAt: string
  status: BankLineStatus | string
  paymentId: number
  clientId: number
  note: string
}

export interface Allocation {
  invoiceId: number
  amount: number
}

export interface AllocationView {
  invoiceId: number
  number: string
  remaining: number
  amount: number
}

/** What a credit may pay: a client and invoices, with a score and its reasons. */
export interface SuggestionView {
  transactionKey: string
  clientId: number
  allocations: Allocation[]
  /** 0..100 */
  score: number
  /** in French */
  reasons: string[]
  /** a credit in another currency: the euros actually received must be given to confirm it */
  needsEuroAmount: boolean
  clientCode: string
  clientName: string
  invoices: AllocationView[]
  /** what stays as a credit of the client */
  credit: number
}

export interface BankLineView {
  line: BankLine
  suggestions: SuggestionView[]
  /** matched lines: who paid */
  clientName: string
}

export interface BankSettings {
  /** confirm the surest suggestions (score ≥ 90) at import */
  autoConfirm: boolean
  /** warn before chasing when the last statement is older than this */
  staleDays: number
}

/** The « Rapprochement » page. */
export interface Reconciliation {
  /** credits waiting, with suggestions */
  unmatched: BankLineView[]
  /** the credits waiting totalled per currency, euros first */
  waiting: CurrencyAmount[]
  /** unmatched debits (not shown) */
  debits: number
  /** the last confirmed */
  matched: BankLineView[]
  /** the last set aside (not a client's payment), with the user's note */
  ignored: BankLineView[]
  /** "YYYY-MM-DD", '' when never */
  lastImport: string
  settings: BankSettings
}

export function emptyCSVMapping(): CSVMapping {
  return { preset: '', date: -1, valueDate: -1, label: -1, detail: -1, amount: -1, credit: -1, debit: -1, currency: -1, reference: -1, payer: -1, id: -1, dateLayout: '', skipRows: 0 }
}

export function emptyBankLine(): BankLine {
  return {
    key: '',
    account: '',
    bookedOn: '',
    valueDate: '',
    amount: 0,
    currency: 'EUR',
    label: '',
    reference: '',
    payer: '',
    source: '',
    importedAt: '',
    status: '',
    paymentId: 0,
    clientId: 0,
    note: '',
  }
}

// ── Dashboard, payment behaviour, aged balance ──────────────────────────────────────────────────────────────────

/** One month of a trend: "2026-11", days (DSO, days late) or cents (cash collected). */
export interface MonthFigure {
  month: string
  value: number
  /** how many figures the value sums up (0: no data) */
  count: number
}

export interface AgingBucket {
  key: AgingKey | string
  /** French: « 1 à 30 jours » */
  label: string
  amount: number
  count: number
}

export interface Debtor {
  clientId: number
  code: string
  name: string
  overdue: number
  outstanding: number
  oldestDaysLate: number
}

export interface DashboardFigures {
  outstanding: number
  overdue: number
  aging: AgingBucket[]
  /** days, at today */
  dso: number
  dsoTrend: MonthFigure[]
  collected: MonthFigure[]
  collectedThisMonth: number
  topDebtors: Debtor[]
  openInvoices: number
  overdueInvoices: number
}

/** Reminders sent (of one channel or one step) and how many were followed by payment within 7 days. */
export interface ChannelStat {
  key: string
  sent: number
  paidWithin7: number
  /** 0..1 */
  share: number
}

export interface PromiseDue {
  invoiceId: number
  number: string
  clientId: number
  clientName: string
  until: string
  remaining: number
}

export interface DashboardView {
  today: string
  figures: DashboardFigures
  /** aging bucket key → invoices */
  agingCounts: Record<string, number>
  byChannel: ChannelStat[]
  byStep: ChannelStat[]
  /** promises due within the next 7 days */
  promises: PromiseDue[]
  /** in French, '' when fine */
  bankWarning: string
}

/** The dashboard's share of the day's plan (DashboardAPI.Work), asked apart so that the figures need not wait. */
export interface DashboardWork {
  toSend: number
  toReview: number
  toCall: number
  /** unpaid invoices becoming time-barred within 60 days, soonest first (kind limitation_near, date = last day) */
  limitations: ChaseNotice[]
}

/** How a client pays (report.Behaviour). */
export interface Behaviour {
  clientId: number
  paidInvoices: number
  averageDaysLate: number
  /** 0..1 */
  shareLate: number
  /** average days late per month of payment, oldest first; count 0 = no data */
  trend: MonthFigure[]
  /** 0..100 */
  score: number
  /** French lines, one per rule */
  explanation: string[]
  /** new, at-risk, regular */
  suggestedSegment: string
}

export interface AgedRow {
  clientId: number
  clientCode: string
  clientName: string
  /** in the order of AGING_KEYS */
  buckets: number[]
  total: number
}

/** One payment received (« Encaissements » of a month). */
export interface CollectedPayment {
  paymentId: number
  /** "YYYY-MM-DD" */
  date: string
  clientId: number
  clientCode: string
  clientName: string
  amount: number
  /** in French, as the payment forms say it */
  method: string
  reference: string
  /** numbers of the invoices it settles */
  invoices: string[]
  /** kept as a credit of the client */
  unallocated: number
}

/** The payments received in a month, newest first (credit notes left out: they bring no cash). */
export interface CollectedView {
  /** "YYYY-MM" */
  month: string
  total: number
  payments: CollectedPayment[]
}

export interface AgedBalanceView {
  date: string
  labels: string[]
  rows: AgedRow[]
  total: AgedRow
}

export function emptyDashboardView(): DashboardView {
  return {
    today: '',
    figures: {
      outstanding: 0,
      overdue: 0,
      aging: [],
      dso: 0,
      dsoTrend: [],
      collected: [],
      collectedThisMonth: 0,
      topDebtors: [],
      openInvoices: 0,
      overdueInvoices: 0,
    },
    agingCounts: {},
    byChannel: [],
    byStep: [],
    promises: [],
    bankWarning: '',
  }
}

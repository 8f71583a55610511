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
}

export interface Contact {
  firstName: string
  lastName: string
  role: string
  email: string
  phone: string
  billing: boolean
  emailInvalid: boolean
}

export interface Client {
  id: number
  code: string
  name: string
  type: ClientType | string
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
}

export interface InvoiceQuery {
  search: string
  status: InvoiceStatusFilter | string
  clientId: number
  overdue: boolean
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

export interface InvoiceView {
  invoice: Invoice
  clientCode: string
  clientName: string
  remaining: number
  daysOverdue: number
  payments: PaymentLine[]
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

// Empty values, for forms.

export function emptyAddress(): Address {
  return { line1: '', line2: '', postalCode: '', city: '', country: 'FR' }
}

export function emptyContact(): Contact {
  return { firstName: '', lastName: '', role: '', email: '', phone: '', billing: false, emailInvalid: false }
}

export function emptyClient(): Client {
  return {
    id: 0,
    code: '',
    name: '',
    type: 'business',
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
  }
}

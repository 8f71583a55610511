// Received messages (InboxAPI): the types mirror the generated models (app.InboxStatus, app.InboxSettings,
// app.InteractionView, app.MessageView, backend.Interaction) and the normalizers complete what the Go side omits.
// inbox.ts checks them against the generated models through `out`/`arg`, like index.ts does for the rest.

import { civilDate, fill, strings, timestamp, type Loose } from './normalize'

/** The watcher's phase; '' before it started. */
export type InboxPhase = 'connecting' | 'syncing' | 'idle' | 'polling' | 'offline' | ''

/** The lists of the « Réponses » page: to read (linked to a client), linked to no client, every message. */
export type InboxFilter = 'todo' | 'unmatched' | 'all'

/** The classes of a received message, in the Go side's order of precedence. */
export type InboxClass = 'auto_reply' | 'bounce' | 'promise' | 'dispute' | 'paid' | 'copy_request' | 'other'
export const INBOX_CLASSES: readonly InboxClass[] = ['promise', 'dispute', 'paid', 'copy_request', 'other', 'auto_reply', 'bounce']

/** The watcher's state with the counts of the badges (app.InboxStatus). */
export interface InboxStatus {
  /** false: no watcher runs (IMAP not set up, watching disabled): `error` says why */
  watching: boolean
  /** InboxPhase */
  phase: string
  folder: string
  done: number
  total: number
  /** RFC 3339, '' when unknown: offline since (offline, connecting after a failure) or connected since */
  since: string
  /** French */
  error: string
  /** « À traiter »: linked messages not read yet */
  toHandle: number
  /** « Non rattachés »: messages linked to no client */
  unmatched: number
}

/** The "inbox:status" event's payload: the watcher's status (no counts). */
export interface InboxWatchStatus {
  phase: string
  folder: string
  done: number
  total: number
  since: string
  error: string
  /** the server pushes new mail (IDLE) rather than being polled */
  idle: boolean
}

/** Watching preferences (app.InboxSettings); the account is the mailbox's (Paramètres › Messagerie). */
export interface InboxSettings {
  enabled: boolean
  folders: string[]
  pollMinutes: number
  lookBackDays: number
}

/** A received message (backend.Interaction). Timestamps RFC 3339 and dates YYYY-MM-DD, '' when unset. */
export interface Interaction {
  id: number
  /** 0: linked to no client (« Non rattachés ») */
  clientId: number
  invoiceIds: number[]
  folder: string
  uid: number
  messageId: string
  inReplyTo: string
  fromName: string
  fromEmail: string
  subject: string
  receivedAt: string
  excerpt: string
  attachments: string[]
  /** InboxClass */
  class: string
  /** the words that decided the class */
  phrase: string
  /** why, in French */
  reason: string
  promiseDate: string
  returnDate: string
  disputeReason: string
  bounceAddress: string
  /** the class was set by the user */
  corrected: boolean
  /** the second likeliest reading (an InboxClass) when Relance was unsure, '' otherwise; offered in one click */
  alternative: string
  /** why, in French */
  alternativeReason: string
  /** YYYY-MM-DD: the date when the second reading is a promise, '' otherwise */
  alternativeDate: string
  /** 'reply' | 'address' | 'domain' | 'invoice' | 'user' | '' */
  linkedBy: string
  linkReason: string
  /** 'new' | 'handled' */
  status: string
  decision: string
  handledAt: string
  problems: string[]
}

/** A received message with the names the UI shows (app.InteractionView). */
export interface InteractionView {
  interaction: Interaction
  clientName: string
  /** the linked invoices' numbers */
  invoices: string[]
  /** the class's French label */
  classLabel: string
  /** what « Accepter » does, in French; '' when there is nothing to accept */
  proposal: string
}

/** A message in full (app.MessageView). */
export interface MessageView {
  view: InteractionView
  text: string
}

export function emptyInteraction(): Interaction {
  return {
    id: 0,
    clientId: 0,
    invoiceIds: [],
    folder: '',
    uid: 0,
    messageId: '',
    inReplyTo: '',
    fromName: '',
    fromEmail: '',
    subject: '',
    receivedAt: '',
    excerpt: '',
    attachments: [],
    class: '',
    phrase: '',
    reason: '',
    promiseDate: '',
    returnDate: '',
    disputeReason: '',
    bounceAddress: '',
    corrected: false,
    alternative: '',
    alternativeReason: '',
    alternativeDate: '',
    linkedBy: '',
    linkReason: '',
    status: '',
    decision: '',
    handledAt: '',
    problems: [],
  }
}

export function emptyInboxStatus(): InboxStatus {
  return { watching: false, phase: '', folder: '', done: 0, total: 0, since: '', error: '', toHandle: 0, unmatched: 0 }
}

// Normalizers.

export function interaction(v: Loose<Interaction> | unknown): Interaction {
  const it = fill(emptyInteraction(), v)
  it.invoiceIds = Array.isArray(it.invoiceIds) ? it.invoiceIds.map((x) => Number(x)) : []
  it.attachments = strings(it.attachments)
  it.problems = strings(it.problems)
  it.receivedAt = timestamp(it.receivedAt)
  it.handledAt = timestamp(it.handledAt)
  it.promiseDate = civilDate(it.promiseDate)
  it.returnDate = civilDate(it.returnDate)
  it.alternativeDate = civilDate(it.alternativeDate)
  return it
}

export function interactionView(v: Loose<InteractionView> | unknown): InteractionView {
  const iv = fill<InteractionView>({ interaction: emptyInteraction(), clientName: '', invoices: [], classLabel: '', proposal: '' }, v)
  iv.interaction = interaction(iv.interaction)
  iv.invoices = strings(iv.invoices)
  return iv
}

export function interactionViews(v: unknown): InteractionView[] {
  return Array.isArray(v) ? v.map(interactionView) : []
}

export function messageView(v: Loose<MessageView> | unknown): MessageView {
  const m = fill<MessageView>({ view: interactionView(null), text: '' }, v)
  m.view = interactionView(m.view)
  m.text = typeof m.text === 'string' ? m.text : ''
  return m
}

export function inboxStatus(v: Loose<InboxStatus> | unknown): InboxStatus {
  const s = fill(emptyInboxStatus(), v)
  s.since = timestamp(s.since)
  s.done = Number(s.done) || 0
  s.total = Number(s.total) || 0
  s.toHandle = Number(s.toHandle) || 0
  s.unmatched = Number(s.unmatched) || 0
  return s
}

/** The "inbox:status" payload (a Go watch.Status: the zero time for an unknown `since`). */
export function inboxWatchStatus(v: unknown): InboxWatchStatus {
  const s = fill<InboxWatchStatus>({ phase: '', folder: '', done: 0, total: 0, since: '', error: '', idle: false }, v)
  s.since = timestamp(s.since)
  s.done = Number(s.done) || 0
  s.total = Number(s.total) || 0
  return s
}

export function inboxSettings(v: Loose<InboxSettings> | unknown): InboxSettings {
  const s = fill<InboxSettings>({ enabled: true, folders: [], pollMinutes: 2, lookBackDays: 90 }, v)
  s.folders = strings(s.folders)
  return s
}

// The insolvency watch (WatchAPI, issue #18): a client's collective proceedings from the BODACC and its company's
// state, the claim declaration and its deadline, the risk check before an order, and the daily watch's opt-in.

import * as WatchAPI from '../../wailsjs/go/app/WatchAPI'
import { call } from './errors'
import { documentView } from './normalize'
import type { DocumentView } from './types'

export interface ProceedingEventView {
  kind: 'opening' | 'plan' | 'conversion' | 'closing' | 'other' | string
  nature: string
  date: string
  published: string
  reference: string
}

export interface ProceedingView {
  kind: 'sauvegarde' | 'redressement' | 'liquidation' | string
  label: string
  /** « tribunal de commerce de Lyon » */
  court: string
  openedOn: string
  publishedOn: string
  administrator: string
  mandataire: string
  closedOn: string
  open: boolean
  events: ProceedingEventView[]
}

export interface ClientWatchView {
  clientId: number
  siren: string
  consumer: boolean
  checked: boolean
  checkedAt: string
  closed: boolean
  closedOn: string
  created: string
  /** the BODACC published its strike-off from the trade register that day; "" when not */
  struckOff: string
  legalForm: string
  errors: string[]
  proceeding: ProceedingView | null
  past: ProceedingView[]
  /** why the automatic chase stopped; "" when it did not */
  stopReason: string
  deadline: string
  daysLeft: number
  declared: boolean
  declaredOn: string
  declarationDocId: number
  advice: string[]
  overindebted: string
  overindebtedRules: string[]
}

export interface DeadlineView {
  clientId: number
  clientCode: string
  clientName: string
  proceeding: string
  openedOn: string
  deadline: string
  daysLeft: number
  declared: boolean
  declaredOn: string
  documentId: number
  owed: number
  message: string
  /** past the deadline and the six months of a relief from foreclosure: nothing left to do */
  foreclosed: boolean
  advice: string[]
}

export interface RiskReason {
  level: 'good' | 'info' | 'warn' | 'bad' | string
  text: string
}

export interface RiskView {
  query: string
  siren: string
  name: string
  clientId: number
  clientCode: string
  verdict: 'favorable' | 'prudence' | 'defavorable' | 'incomplet' | string
  label: string
  summary: string
  reasons: RiskReason[]
  suggestion: string
  errors: string[]
}

export interface WatchSettingsView {
  enabled: boolean
  lastRun: string
  /** what leaves the computer, in French */
  sent: string
  clients: number
}

export interface DeclarationRequest {
  clientId: number
  mandataire: string
  registered: boolean
  registeredNumber: string
  security: string
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '')
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0)
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {})

function proceeding(v: unknown): ProceedingView {
  const p = obj(v)
  return {
    kind: str(p.kind), label: str(p.label), court: str(p.court), openedOn: str(p.openedOn), publishedOn: str(p.publishedOn),
    administrator: str(p.administrator), mandataire: str(p.mandataire), closedOn: str(p.closedOn), open: p.open === true,
    events: (Array.isArray(p.events) ? p.events : []).map((e) => {
      const x = obj(e)
      return { kind: str(x.kind), nature: str(x.nature), date: str(x.date), published: str(x.published), reference: str(x.reference) }
    }),
  }
}

export function clientWatchView(v: unknown): ClientWatchView {
  const c = obj(v)
  return {
    clientId: num(c.clientId), siren: str(c.siren), consumer: c.consumer === true, checked: c.checked === true, checkedAt: str(c.checkedAt),
    closed: c.closed === true, closedOn: str(c.closedOn), created: str(c.created), struckOff: str(c.struckOff), legalForm: str(c.legalForm), errors: strs(c.errors),
    proceeding: c.proceeding ? proceeding(c.proceeding) : null, past: (Array.isArray(c.past) ? c.past : []).map(proceeding),
    stopReason: str(c.stopReason), deadline: str(c.deadline), daysLeft: num(c.daysLeft), declared: c.declared === true,
    declaredOn: str(c.declaredOn), declarationDocId: num(c.declarationDocId), advice: strs(c.advice), overindebted: str(c.overindebted),
    overindebtedRules: strs(c.overindebtedRules),
  }
}

export function deadlineView(v: unknown): DeadlineView {
  const d = obj(v)
  return {
    clientId: num(d.clientId), clientCode: str(d.clientCode), clientName: str(d.clientName), proceeding: str(d.proceeding),
    openedOn: str(d.openedOn), deadline: str(d.deadline), daysLeft: num(d.daysLeft), declared: d.declared === true,
    declaredOn: str(d.declaredOn), documentId: num(d.documentId), owed: num(d.owed), message: str(d.message), foreclosed: d.foreclosed === true, advice: strs(d.advice),
  }
}

export function riskView(v: unknown): RiskView {
  const r = obj(v)
  return {
    query: str(r.query), siren: str(r.siren), name: str(r.name), clientId: num(r.clientId), clientCode: str(r.clientCode),
    verdict: str(r.verdict), label: str(r.label), summary: str(r.summary),
    reasons: (Array.isArray(r.reasons) ? r.reasons : []).map((x) => ({ level: str(obj(x).level), text: str(obj(x).text) })),
    suggestion: str(r.suggestion), errors: strs(r.errors),
  }
}

function settingsView(v: unknown): WatchSettingsView {
  const s = obj(v)
  return { enabled: s.enabled === true, lastRun: str(s.lastRun), sent: str(s.sent), clients: num(s.clients) }
}

export const watchApi = {
  /** What the watch knows of a client (no request leaves). */
  client: (clientId: number): Promise<ClientWatchView> => call(() => WatchAPI.Client(clientId)).then(clientWatchView),
  /** « Vérifier maintenant »: asks the BODACC and the directory about this client's SIREN at once. */
  check: (clientId: number): Promise<ClientWatchView> => call(() => WatchAPI.CheckClient(clientId)).then(clientWatchView),
  /** The claim declarations to make (soonest first), then those made. */
  deadlines: (): Promise<DeadlineView[]> =>
    call(() => WatchAPI.Deadlines()).then((l) => (Array.isArray(l) ? l.map(deadlineView) : [])),
  generateDeclaration: (req: DeclarationRequest): Promise<DocumentView> =>
    call(() => WatchAPI.GenerateDeclaration(req as never)).then(documentView),
  risk: (query: string): Promise<RiskView> => call(() => WatchAPI.Risk(query)).then(riskView),
  settings: (): Promise<WatchSettingsView> => call(() => WatchAPI.Settings()).then(settingsView),
  setEnabled: (on: boolean): Promise<WatchSettingsView> => call(() => WatchAPI.SetEnabled(on)).then(settingsView),
  /** A consumer's over-indebtedness file declared admissible on `since` (AAAA-MM-JJ); "" removes it. */
  setOverindebted: (clientId: number, since: string): Promise<ClientWatchView> =>
    call(() => WatchAPI.SetOverindebted(clientId, since)).then(clientWatchView),
}

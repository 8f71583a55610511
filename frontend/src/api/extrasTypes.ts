// Payments over several invoices, credit notes, client exports and erasure (RGPD), automatic launch
// (ClientsAPI, InvoicesAPI, SchedulingAPI). The types mirror the generated models (app.ClientPaymentRequest,
// app.CreditNoteRequest, app.SchedulingView); extras.ts checks them through `out`/`arg`, like index.ts.

import { strings, type Loose } from './normalize'
import type { Allocation } from './types'

/** One payment of a client spread over some of its invoices; what is not allocated stays a credit (« avoir client »). */
export interface ClientPaymentRequest {
  clientId: number
  /** "YYYY-MM-DD" */
  date: string
  /** cents */
  amount: number
  method: string
  reference: string
  allocations: Allocation[]
}

/** A credit note (« avoir ») that reduces what an invoice owes, at most its remaining amount; no cash collected. */
export interface CreditNoteRequest {
  invoiceId: number
  /** the credit note's own number (AV-2026-003) */
  number: string
  /** "YYYY-MM-DD" */
  date: string
  /** cents */
  amount: number
  reason: string
}

/** The « Lancement automatique » settings as the system holds them. */
export interface SchedulingView {
  startAtLogin: boolean
  dailyRun: boolean
  /** "HH:MM" */
  dailyAt: string
  executable: string
  /** the command line to schedule by hand */
  manual: string
  /** what each option does on this system, in French */
  explanation: string[]
}

export function emptyScheduling(): SchedulingView {
  return { startAtLogin: false, dailyRun: false, dailyAt: '08:30', executable: '', manual: '', explanation: [] }
}

export function schedulingView(v: Loose<SchedulingView> | unknown): SchedulingView {
  const out = emptyScheduling()
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    out.startAtLogin = o.startAtLogin === true
    out.dailyRun = o.dailyRun === true
    if (typeof o.dailyAt === 'string' && o.dailyAt) out.dailyAt = o.dailyAt
    if (typeof o.executable === 'string') out.executable = o.executable
    if (typeof o.manual === 'string') out.manual = o.manual
    out.explanation = strings(o.explanation)
  }
  return out
}

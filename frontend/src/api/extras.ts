// Typed wrappers over the generated bindings for payments over several invoices, credit notes, a client's exports
// and erasure (RGPD) and automatic launch; re-exported by index.ts. `out` checks the generated models against
// our types, `arg` the other way (bind.ts, as for index.ts).

import * as ClientsAPI from '../../wailsjs/go/app/ClientsAPI'
import * as InvoicesAPI from '../../wailsjs/go/app/InvoicesAPI'
import * as SchedulingAPI from '../../wailsjs/go/app/SchedulingAPI'
import { arg, onEvent, out } from './bind'
import { call } from './errors'
import * as N from './normalize'
import type { ClientView, InvoiceView } from './types'
import { schedulingView, type ClientPaymentRequest, type CreditNoteRequest, type SchedulingView } from './extrasTypes'

export * from './extrasTypes'

export const clientExtrasApi = {
  /** One payment over several invoices; the rest stays a credit. Field errors: date, amount, method, allocations. */
  recordPayment: (r: ClientPaymentRequest): Promise<ClientView> =>
    call(() => ClientsAPI.RecordPayment(arg(ClientsAPI.RecordPayment, r))).then(out(N.clientView)),
  /** Writes the client's whole journal as CSV and returns the file's path. */
  exportTimeline: (clientId: number): Promise<string> => call(() => ClientsAPI.ExportTimeline(clientId)).then(out(N.text)),
  /** Writes everything held about the client as JSON (RGPD access) and returns the file's path. */
  exportPersonalData: (clientId: number): Promise<string> => call(() => ClientsAPI.ExportPersonalData(clientId)).then(out(N.text)),
  /** Erases contacts, e-mails, phones, notes and messages' text; field error confirmCode unless it is the client's code. */
  erasePersonalData: (clientId: number, confirmCode: string): Promise<ClientView> =>
    call(() => ClientsAPI.ErasePersonalData(clientId, confirmCode)).then(out(N.clientView)),
}

export const creditNotesApi = {
  /** Field errors: number, date, amount (positive, at most what the invoice still owes). */
  record: (r: CreditNoteRequest): Promise<InvoiceView> =>
    call(() => InvoicesAPI.RecordCreditNote(arg(InvoicesAPI.RecordCreditNote, r))).then(out(N.invoiceView)),
}

export const schedulingApi = {
  get: (): Promise<SchedulingView> => call(() => SchedulingAPI.Get()).then(out(schedulingView)),
  setStartAtLogin: (on: boolean): Promise<SchedulingView> => call(() => SchedulingAPI.SetStartAtLogin(on)).then(out(schedulingView)),
  /** EUNAVAILABLE (French message) when the system refuses; field error dailyAt ("HH:MM"). */
  setDailyRun: (on: boolean, at: string): Promise<SchedulingView> =>
    call(() => SchedulingAPI.SetDailyRun(on, at)).then(out(schedulingView)),
}

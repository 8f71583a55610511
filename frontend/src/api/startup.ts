// The window's start-up (StartupAPI): what the first screen waits for, and the mark that it is painted.

import * as StartupAPI from '../../wailsjs/go/app/StartupAPI'

/** What is loading: a decode of the ledger (clients, invoices, payments, with how many) or a computation. */
export interface StartupProgress {
  step: '' | 'clients' | 'invoices' | 'payments' | 'plan' | 'dashboard' | 'bank'
  count: number
}

const steps = new Set(['clients', 'invoices', 'payments', 'plan', 'dashboard', 'bank'])

export const startupApi = {
  progress: async (): Promise<StartupProgress> => {
    const p = await StartupAPI.Progress()
    const step = steps.has(p?.step) ? (p.step as StartupProgress['step']) : ''
    return { step, count: Number.isFinite(p?.count) ? p.count : 0 }
  },
  /** Records that `what` is painted (once per process; for the log and the e2e start-up measure). Never fails. */
  painted: (what: string): void => {
    try {
      StartupAPI.Painted(what).catch(() => undefined)
    } catch {
      // no binding (the recovery screen, a component test): nothing to record
    }
  },
}

// A payment spread over a client's unpaid invoices, oldest first; what is not allocated stays a credit of the client
// (« avoir client »). Used by « Répartir » (a bank credit, SplitDialog) and « Paiement sur plusieurs factures »
// (ClientPaymentDialog), through composables/allocation.ts. No Vue: unit-tested.
import type { Allocation } from './api/types'

export interface OpenInvoice {
  invoiceId: number
  remaining: number
}

export interface OpenItem extends OpenInvoice {
  number: string
  issueDate: string
  dueDate: string
}

/** oldestFirst orders unpaid invoices by due date, then issue date, then number. */
export function oldestFirst<T extends OpenItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.issueDate.localeCompare(b.issueDate) ||
      a.number.localeCompare(b.number, 'fr', { numeric: true }) ||
      a.invoiceId - b.invoiceId,
  )
}

/**
 * allocateOldestFirst fills the invoices in the order given (oldest first: see oldestFirst) with the amount received,
 * each up to what it still owes; what is left is a credit. Every invoice gets a line, 0 for those left unpaid.
 */
export function allocateOldestFirst(amount: number, invoices: readonly OpenInvoice[]): Allocation[] {
  let left = Math.max(0, Math.round(amount))
  return invoices.map((inv) => {
    const a = Math.min(left, Math.max(0, inv.remaining))
    left -= a
    return { invoiceId: inv.invoiceId, amount: a }
  })
}

export interface AllocationTotals {
  /** the sum of the allocations */
  allocated: number
  /** what stays as a credit of the client */
  credit: number
  /** what is allocated beyond the amount received (an error) */
  over: number
  /** invoices given more than they still owe, in the order given */
  tooMuch: number[]
}

/** allocationTotals: what the amounts typed per invoice allocate, what stays a credit, and what is wrong. */
export function allocationTotals(
  amount: number,
  invoices: readonly OpenInvoice[],
  amounts: Readonly<Record<number, number | null | undefined>>,
): AllocationTotals {
  let allocated = 0
  const tooMuch: number[] = []
  for (const it of invoices) {
    const a = amounts[it.invoiceId] ?? 0
    if (a > 0) allocated += a
    if (a > it.remaining) tooMuch.push(it.invoiceId)
  }
  const received = Math.max(0, amount)
  return { allocated, credit: Math.max(0, received - allocated), over: Math.max(0, allocated - received), tooMuch }
}

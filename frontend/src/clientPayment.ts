// A client's payment spread over its unpaid invoices: oldest first, and what stays as a credit (« avoir client »).

export interface OpenItem {
  invoiceId: number
  number: string
  issueDate: string
  dueDate: string
  remaining: number
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

/** spread fills the oldest invoices first with the amount received: invoiceId → cents (0 for those left unpaid). */
export function spread(amount: number, items: readonly OpenItem[]): Record<number, number> {
  const out: Record<number, number> = {}
  let left = Math.max(0, Math.round(amount))
  for (const it of oldestFirst(items)) {
    const take = Math.min(left, Math.max(0, it.remaining))
    out[it.invoiceId] = take
    left -= take
  }
  return out
}

export interface SplitTotals {
  /** the sum of the allocations */
  allocated: number
  /** what stays as a credit of the client */
  credit: number
  /** what is allocated beyond the amount received (an error) */
  over: number
  /** invoices given more than they still owe */
  tooMuch: number[]
}

export function totals(amount: number, items: readonly OpenItem[], alloc: Record<number, number | null>): SplitTotals {
  let allocated = 0
  const tooMuch: number[] = []
  for (const it of items) {
    const a = alloc[it.invoiceId] ?? 0
    if (a > 0) allocated += a
    if (a > it.remaining) tooMuch.push(it.invoiceId)
  }
  const received = Math.max(0, amount)
  return { allocated, credit: Math.max(0, received - allocated), over: Math.max(0, allocated - received), tooMuch }
}

// Payment plans: an even split of what is owed in cents (the remainder goes to the first instalments, so the total
// is exact) and monthly dates.

export function splitEvenly(total: number, n: number): number[] {
  const count = Math.max(1, Math.floor(n))
  const base = Math.floor(total / count)
  const extra = total - base * count
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0))
}

/** n dates, a month apart, the first one month after from, as YYYY-MM-DD (end of month when the day is missing). */
export function monthlyDates(from: Date, n: number): string[] {
  const out: string[] = []
  for (let i = 1; i <= n; i++) {
    const y = from.getFullYear()
    const m = from.getMonth() + i
    const last = new Date(y, m + 1, 0).getDate()
    const d = new Date(y, m, Math.min(from.getDate(), last))
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`)
  }
  return out
}

import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { allocateOldestFirst, allocationTotals, oldestFirst } from '../allocation'
import { useAllocation } from '../composables/allocation'

const item = (invoiceId: number, number: string, dueDate: string, remaining: number, issueDate = '2025-11-01') => ({
  invoiceId,
  number,
  issueDate,
  dueDate,
  remaining,
})
// Not in due-date order.
const items = [item(11, 'F-0011', '2026-01-10', 100000), item(12, 'F-0012', '2025-12-01', 30000), item(13, 'F-0013', '2026-02-01', 50000)]

describe('allocation', () => {
  it('orders by due date, then issue date, then number read as a number', () => {
    const same = [item(3, 'F-10', '2026-01-10', 1), item(2, 'F-9', '2026-01-10', 1), item(1, 'F-1', '2026-01-10', 1, '2025-10-01')]
    expect(oldestFirst(items).map((i) => i.invoiceId)).toEqual([12, 11, 13])
    expect(oldestFirst(same).map((i) => i.invoiceId)).toEqual([1, 2, 3])
    expect(items.map((i) => i.invoiceId)).toEqual([11, 12, 13]) // a copy is sorted
  })

  it('fills the invoices in the order given and keeps the rest as a credit', () => {
    const a = allocateOldestFirst(200000, [
      { invoiceId: 1, remaining: 120000 },
      { invoiceId: 2, remaining: 50000 },
      { invoiceId: 3, remaining: 90000 },
    ])
    expect(a).toEqual([
      { invoiceId: 1, amount: 120000 },
      { invoiceId: 2, amount: 50000 },
      { invoiceId: 3, amount: 30000 },
    ])
    expect(allocateOldestFirst(110000, oldestFirst(items))).toEqual([
      { invoiceId: 12, amount: 30000 },
      { invoiceId: 11, amount: 80000 },
      { invoiceId: 13, amount: 0 },
    ])
    expect(allocateOldestFirst(-5, items).map((x) => x.amount)).toEqual([0, 0, 0])
    expect(allocateOldestFirst(500, [{ invoiceId: 1, remaining: -100 }, { invoiceId: 2, remaining: 300 }])).toEqual([
      { invoiceId: 1, amount: 0 },
      { invoiceId: 2, amount: 300 },
    ])
  })

  it('totals what is allocated, the credit, what is over and the invoices given too much', () => {
    expect(allocationTotals(200000, items, { 12: 30000, 11: 100000, 13: 50000 })).toEqual({ allocated: 180000, credit: 20000, over: 0, tooMuch: [] })
    expect(allocationTotals(50000, items, { 12: 40000, 11: 20000 })).toEqual({ allocated: 60000, credit: 0, over: 10000, tooMuch: [12] })
    expect(allocationTotals(200000, items, { 11: 150000, 13: null })).toEqual({ allocated: 150000, credit: 50000, over: 0, tooMuch: [11] })
    expect(allocationTotals(100000, items, { 11: 150000, 12: -10 })).toEqual({ allocated: 150000, credit: 0, over: 50000, tooMuch: [11] })
  })
})

describe('useAllocation', () => {
  it('spreads, starts from a suggestion, clears, and lists what to send in the order shown', async () => {
    const amount = ref(200000)
    const shown = ref(oldestFirst(items))
    const a = useAllocation(
      () => amount.value,
      () => shown.value,
    )
    a.spread()
    expect(a.amounts.value).toEqual({ 12: 30000, 11: 100000, 13: 50000 })
    expect(a.totals.value).toEqual({ allocated: 180000, credit: 20000, over: 0, tooMuch: [] })

    a.set(13, null)
    a.setInvalid(11, true)
    expect(a.anyInvalid.value).toBe(true)
    expect(a.allocations.value).toEqual([
      { invoiceId: 12, amount: 30000 },
      { invoiceId: 11, amount: 100000 },
    ])
    expect(a.totals.value.credit).toBe(70000)

    // A smaller amount: the spread follows it and the marks of unreadable inputs go.
    amount.value = 50000
    await nextTick()
    expect(a.totals.value.over).toBe(80000)
    a.spread()
    expect(a.amounts.value).toEqual({ 12: 30000, 11: 20000, 13: null })
    expect(a.anyInvalid.value).toBe(false)

    a.start([{ invoiceId: 13, amount: 40000 }])
    expect(a.amounts.value).toEqual({ 12: null, 11: null, 13: 40000 })
    expect(a.allocations.value).toEqual([{ invoiceId: 13, amount: 40000 }])

    a.clear()
    expect(a.amounts.value).toEqual({ 12: null, 11: null, 13: null })
    expect(a.allocations.value).toEqual([])
    expect(a.totals.value).toEqual({ allocated: 0, credit: 50000, over: 0, tooMuch: [] })
  })
})

import { computed, ref } from 'vue'
import type { Allocation } from '../api'
import { allocateOldestFirst, allocationTotals, type OpenInvoice } from '../allocation'

/**
 * useAllocation holds what the user puts on each open invoice of a payment (the table of AllocationTable.vue): the
 * amounts in cents (null: nothing typed), the inputs that do not read as an amount, the spread oldest first, and the
 * totals. `amount` is the payment received, `invoices` the open invoices in the order shown (oldest first).
 */
export function useAllocation(amount: () => number, invoices: () => readonly OpenInvoice[]) {
  const amounts = ref<Record<number, number | null>>({})
  const invalid = ref<Record<number, boolean>>({})

  function set(invoiceId: number, cents: number | null): void {
    amounts.value = { ...amounts.value, [invoiceId]: cents }
  }

  function setInvalid(invoiceId: number, bad: boolean): void {
    invalid.value = { ...invalid.value, [invoiceId]: bad }
  }

  /** start: the amounts given (a suggestion), nothing on the other invoices. */
  function start(given: readonly Allocation[]): void {
    const by = new Map(given.map((a) => [a.invoiceId, a.amount]))
    amounts.value = Object.fromEntries(invoices().map((r) => [r.invoiceId, by.get(r.invoiceId) || null]))
    invalid.value = {}
  }

  /** spread: the amount received over the invoices, oldest first; the rest is a credit. */
  function spread(): void {
    start(allocateOldestFirst(amount(), invoices()))
  }

  /** clear: nothing on any invoice. */
  function clear(): void {
    start([])
  }

  /** The allocations to send: the invoices given something, in the order shown. */
  const allocations = computed<Allocation[]>(() =>
    invoices()
      .map((r) => ({ invoiceId: r.invoiceId, amount: amounts.value[r.invoiceId] ?? 0 }))
      .filter((a) => a.amount > 0),
  )
  const totals = computed(() => allocationTotals(amount(), invoices(), amounts.value))
  const anyInvalid = computed(() => Object.values(invalid.value).some(Boolean))

  return { amounts, invalid, set, setInvalid, start, spread, clear, allocations, totals, anyInvalid }
}

// Package report computes the figures of the dashboard and each client's payment behaviour from a snapshot of the
// ledger (clients, invoices, payments) and today's date. It is pure: no store, no clock, no UI; the caller passes
// what it has and shows what comes back.
//
// Conventions shared by every function here:
//
//   - Cancelled and written-off invoices are left out of everything (aging, outstanding, sales, DSO, behaviour).
//   - "Days past due" is DueDate.DaysUntil(today): an invoice due today is 0 days past due, hence not overdue.
//   - The payments passed in are what itemises an invoice's AmountPaid: the part of AmountPaid that their
//     allocations do not account for (an invoice imported as already paid, Itemised < AmountPaid, or payments the
//     caller left out) is treated as paid on the invoice's due date. The Invoice.Itemised field itself is not read,
//     so that a ledger whose invoices do not carry it (demo.Generate) gives the same figures as the store's.
//   - Allocations that point at an unknown, cancelled or written-off invoice are ignored; unallocated credit is
//     not deducted from receivables.
//   - Money stays in integer cents; day counts are rounded half up with integer arithmetic.
package report

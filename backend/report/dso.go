package report

import "relance/backend"

// MonthFigure is one point of a monthly series.
type MonthFigure struct {
	Month string `json:"month"` // "2026-11"
	Value int64  `json:"value"` // days (DSO, days late) or cents (cash collected)
	// Count is how many items the figure is made of: payments for Collected, settled invoices for a
	// Behaviour trend (0 there means "no data", not "on time"). Always 0 for DSO.
	Count int `json:"count,omitempty"`
}

// DSO is the days sales outstanding at date d by the countback method (« méthode par épuisement du chiffre
// d'affaires »):
//
//  1. Receivables at d: for every invoice issued on or before d (cancelled and written-off ones excluded), its
//     amount including tax minus what had been paid on it by d: the allocations of payments dated on or before
//     d, and the part of AmountPaid that no payment itemises, counted as paid on the due date (so it is still
//     outstanding at a d before the due date). Payments dated after d therefore do not reduce it.
//  2. Walk back month by month from d, starting with d's own month cut at d (d.Day() days, sales issued from the
//     1st to d), then whole calendar months. Sales of a month are the AmountInclTax of the invoices issued in it.
//     While the receivables left exceed the month's sales, add the month's days and subtract its sales;
//     otherwise add left/sales × the month's days and stop.
//  3. Round to the nearest day (half up). No receivables gives 0.
//
// For example, at 31 March with 9 000 € outstanding and sales of 6 000 € in March (31 days) and 5 000 € in
// February (28 days): 9 000 > 6 000, so 31 days and 3 000 € left; 3 000 ≤ 5 000, so 3 000/5 000 × 28 = 16.8
// days; DSO = 47.8 → 48 days.
func DSO(invoices []backend.Invoice, payments []backend.Payment, d backend.Date) int {
	p := newPeriods(d, 1)
	scanLedger(invoices, payments, p)
	return int(p.finish()[0].Value)
}

// DSOTrend is DSO at the end of each of the last months calendar months, oldest first; the current month's
// figure is taken at today. months ≤ 0 means 12.
func DSOTrend(invoices []backend.Invoice, payments []backend.Payment, today backend.Date, months int) []MonthFigure {
	p := newPeriods(today, months)
	scanLedger(invoices, payments, p)
	return p.finish()
}

// Collected is the cash received per calendar month over the last months months, oldest first, the current one
// up to today: the sum of Payment.Amount (allocated or not) by payment date, with the number of payments. What
// AmountPaid holds without payments has no date and is not counted. months ≤ 0 means 12.
func Collected(payments []backend.Payment, today backend.Date, months int) []MonthFigure {
	c := newMonthly(today, months)
	for i := range payments {
		if !payments[i].IsCreditNote() {
			c.add(payments[i].Date, int64(payments[i].Amount))
		}
	}
	return c.fig
}

// monthly accumulates a figure per month over a window of months ending at last.
type monthly struct {
	first int // month index of fig[0]
	last  backend.Date
	fig   []MonthFigure
}

func newMonthly(last backend.Date, months int) monthly {
	if months <= 0 {
		months = 12
	}
	m := monthly{first: monthIndex(last) - months + 1, last: last, fig: make([]MonthFigure, months)}
	for k := range m.fig {
		m.fig[k].Month = monthLabel(m.first + k)
	}
	return m
}

func (m *monthly) add(d backend.Date, v int64) {
	if d > m.last {
		return
	}
	if k := monthIndex(d) - m.first; k >= 0 {
		m.fig[k].Value += v
		m.fig[k].Count++
	}
}

// periods reconstructs the receivables at the end of consecutive months (the last one cut at a given date) and
// the monthly sales before it, from a stream of events, for the countback DSO.
type periods struct {
	first     int          // month index of the first period
	lastMonth int          // month index of the last period
	last      backend.Date // end of the last period
	// out holds the change of receivables in each period, then (after finish) the receivables at each period end.
	out []backend.Cents
	// sales[b] is the amount invoiced in month lastMonth-b, up to last; it grows as far back as the history goes.
	sales []backend.Cents
}

func newPeriods(last backend.Date, months int) *periods {
	if months <= 0 {
		months = 12
	}
	lm := monthIndex(last)
	return &periods{first: lm - months + 1, lastMonth: lm, last: last, out: make([]backend.Cents, months),
		sales: make([]backend.Cents, months+24)}
}

// move records a change c of the receivables on date d.
func (p *periods) move(d backend.Date, c backend.Cents) {
	if d > p.last {
		return
	}
	p.out[max(monthIndex(d)-p.first, 0)] += c
}

// invoice records an invoice: a sale and a receivable on its issue date, and the part of what was paid on it
// that its allocations (allocated) do not explain, settled on its due date.
func (p *periods) invoice(inv *backend.Invoice, allocated backend.Cents) {
	if inv.IssueDate.IsZero() || inv.IssueDate > p.last {
		return
	}
	b := p.lastMonth - monthIndex(inv.IssueDate)
	for b >= len(p.sales) {
		p.sales = append(p.sales, 0)
	}
	p.sales[b] += inv.AmountInclTax
	p.out[max(monthIndex(inv.IssueDate)-p.first, 0)] += inv.AmountInclTax
	if u := min(inv.AmountPaid, inv.AmountInclTax) - allocated; u > 0 {
		p.move(max(inv.DueDate, inv.IssueDate), -u)
	}
}

// finish turns the changes into receivables and each period end's into a DSO.
func (p *periods) finish() []MonthFigure {
	out := make([]MonthFigure, len(p.out))
	var run backend.Cents
	for k := range p.out {
		run += p.out[k]
		p.out[k] = run
		mi := p.first + k
		days := daysInMonth(mi)
		if k == len(p.out)-1 {
			days = p.last.Day()
		}
		out[k] = MonthFigure{Month: monthLabel(mi), Value: int64(p.countback(run, p.lastMonth-mi, days))}
	}
	return out
}

// countback exhausts the receivables left against the sales of month lastMonth-b and the months before it;
// days is the length of the first period.
func (p *periods) countback(left backend.Cents, b, days int) int {
	if left <= 0 {
		return 0
	}
	var full int64
	for ; b < len(p.sales); b++ {
		s := p.sales[b]
		if left <= s {
			return int(divRound(full*int64(s)+int64(left)*int64(days), int64(s)))
		}
		full += int64(days)
		left -= s
		days = daysInMonth(p.lastMonth - b - 1)
	}
	return int(full) // only with inconsistent data: more owed than was ever invoiced
}

// scanLedger feeds every invoice and allocation into p.
func scanLedger(invoices []backend.Invoice, payments []backend.Payment, p *periods) {
	x := indexInvoices(invoices)
	scanPayments(payments, &x, p, nil)
	for i := range invoices {
		if inv := &invoices[i]; !excluded(inv) {
			p.invoice(inv, x.allocated[i])
		}
	}
}

// invoiceIndex finds invoices by ID and keeps, in flat arrays, what the payments pass needs of each: the
// payments then never touch the (large, randomly ordered) Invoice records.
type invoiceIndex struct {
	idIndex
	issued    []backend.Date  // issue date; 0 for invoices left out (cancelled, written off, undated)
	allocated []backend.Cents // sum of the allocations to the invoice
}

func indexInvoices(invoices []backend.Invoice) invoiceIndex {
	n := len(invoices)
	x := invoiceIndex{issued: make([]backend.Date, n), allocated: make([]backend.Cents, n)}
	x.grow(n)
	for i := range invoices {
		inv := &invoices[i]
		x.set(inv.ID, i, n)
		if !excluded(inv) {
			x.issued[i] = inv.IssueDate
		}
	}
	return x
}

// scanPayments sums the allocations per invoice into x.allocated, records them in p (on the payment date, never
// before the invoice exists) and, when col is not nil, the cash collected in col.
func scanPayments(payments []backend.Payment, x *invoiceIndex, p *periods, col *monthly) {
	for i := range payments {
		pm := &payments[i]
		if col != nil && !pm.IsCreditNote() { // a credit note lowers what is owed but brings no cash
			col.add(pm.Date, int64(pm.Amount))
		}
		for _, a := range pm.Allocations {
			k := x.get(a.InvoiceID)
			if k < 0 || x.issued[k] == 0 {
				continue
			}
			x.allocated[k] += a.Amount
			p.move(max(pm.Date, x.issued[k]), -a.Amount)
		}
	}
}

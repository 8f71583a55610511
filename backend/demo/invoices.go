package demo

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"relance/backend"
)

func (g *gen) invoices(n int) {
	// Issue dates first, sorted, so that numbers follow dates as French law requires (continuous, chronological).
	dates := make([]backend.Date, n)
	for k := range dates {
		dates[k] = g.issueDate()
	}
	slices.Sort(dates)

	g.data.Invoices = make([]backend.Invoice, n)
	g.data.Payments = make([]backend.Payment, 0, n)
	batches := map[batchKey]int{}
	year, seq := 0, 0
	for k, d := range dates {
		if d.Year() != year {
			seq = 0
			if year == 0 { // the business existed before the history starts: carry on its numbering
				seq = int(float64(n) / historyDays * float64(d.Time().YearDay()-1))
			}
			year = d.Year()
		}
		seq++
		ci := g.pickClient(d)
		inv := &g.data.Invoices[k]
		g.invoice(inv, k, ci, d, seq)
		g.settle(inv, k, ci, batches)
	}
	g.references()
	// Payments come out in the order of their invoices; a ledger lists them by date.
	slices.SortStableFunc(g.data.Payments, func(a, b backend.Payment) int { return cmp.Compare(a.Date, b.Date) })
	for i := range g.data.Payments {
		g.data.Payments[i].ID = uint64(i + 1)
	}
}

// issueDate is a working day in the history; a quarter of invoices are monthly ones, issued at month end.
func (g *gen) issueDate() backend.Date {
	d := g.today.AddDays(-g.r.IntN(historyDays))
	if g.chance(0.25) {
		if eom := endOfMonth(d); eom <= g.today {
			d = eom
		}
	}
	switch d.Weekday() {
	case time.Saturday:
		d = d.AddDays(-1)
	case time.Sunday:
		d = d.AddDays(-2)
	}
	return d
}

func endOfMonth(d backend.Date) backend.Date { return backend.NewDate(d.Year(), d.Month()+1, 0) }

// pickClient draws a client in proportion to its weight, among those that existed on d.
func (g *gen) pickClient(d backend.Date) int {
	total := g.cumw[len(g.cumw)-1]
	for range 10 {
		ci := sort.SearchFloat64s(g.cumw, g.r.Float64()*total)
		if ci < len(g.cumw) && g.profiles[ci].since <= d {
			return ci
		}
	}
	return 0 // client 1 is never new: it predates every invoice
}

func (g *gen) invoice(inv *backend.Invoice, k, ci int, d backend.Date, seq int) {
	p := &g.profiles[ci]
	due := d.AddDays(p.terms)
	if p.endOfMonth {
		due = endOfMonth(due)
	}
	ht := g.amount(p.median, p.maxAmount)
	rate := int64(2000) // basis points
	switch {
	case p.vatNote != "":
		rate = 0
	case g.chance(0.10):
		rate = 1000 // renovation work, catering
	case g.chance(0.05):
		rate = 550 // food, energy-saving work
	}
	vat := backend.Cents((int64(ht)*rate + 5000) / 10000) // half up; amounts are positive
	*inv = backend.Invoice{
		ID:            uint64(k + 1),
		Number:        "F-" + itoa(d.Year()) + "-" + pad(seq, 6),
		ClientID:      uint64(ci + 1),
		IssueDate:     d,
		DueDate:       due,
		AmountExclTax: ht,
		VATAmount:     vat,
		AmountInclTax: ht + vat,
		Currency:      "EUR",
		PaymentMethod: p.method,
		Status:        backend.StatusOpen,
		Notes:         p.vatNote,
		CreatedAt:     at(d, g.between(7, 18), g.r.IntN(60)),
	}
	if p.orders && g.chance(0.7) {
		if g.chance(0.5) {
			inv.OrderReference = "BC-" + itoa(d.Year()) + "-" + pad(g.between(1, 9999), 4)
		} else {
			inv.OrderReference = "PO 45" + string(g.digits(8))
		}
	}
	inv.UpdatedAt = inv.CreatedAt
}

// amount draws an amount excluding VAT around the client's usual one, rounded as people price things.
func (g *gen) amount(median, max float64) backend.Cents {
	e := median * math.Exp(g.r.NormFloat64()*0.8)
	// Out-of-range draws land inside the range rather than on its bounds, which would repeat one exact amount.
	if e > max {
		e = max * (0.5 + 0.5*g.r.Float64())
	}
	if e < 150 {
		e = 150 * (1 + g.r.Float64())
	}
	switch x := g.r.Float64(); {
	case x < 0.35:
		e = math.Round(e/10) * 10
	case x < 0.6:
		e = math.Round(e)
	}
	return backend.Cents(math.Round(e * 100))
}

type batchKey struct {
	client int
	date   backend.Date
}

// settle decides what happened to an invoice up to today: cancelled, paid (early, on time or late, at once or in
// instalments), partly paid, unpaid, or written off; and records the payments.
func (g *gen) settle(inv *backend.Invoice, k, ci int, batches map[batchKey]int) {
	if g.chance(0.015) {
		inv.Status = backend.StatusCancelled
		inv.Notes = pick(g, cancelNotes)
		inv.UpdatedAt = at(min(inv.IssueDate.AddDays(g.between(1, 20)), g.today), 11, 0)
		return
	}
	p := &g.profiles[ci]
	delay := g.between(p.pay.early, p.pay.late)
	if g.chance(p.pay.tail) {
		delay += g.between(30, 150)
	}
	first := inv.DueDate.AddDays(delay)
	if first < inv.IssueDate {
		first = inv.IssueDate // nobody pays before being invoiced
	}
	parts := []backend.Cents{inv.AmountInclTax}
	if g.chance(p.pay.instalments) {
		n := 2
		if g.chance(0.3) {
			n = 3
		}
		parts = split(inv.AmountInclTax, n)
	}
	if g.chance(p.pay.never) {
		parts = nil
		if g.chance(0.35) { // a first part, then nothing
			parts = split(inv.AmountInclTax, 2)[:1]
		}
	}
	var last backend.Date
	for j, a := range parts {
		d := first.AddDays(30 * j)
		if p.batch {
			d = nextTenth(d)
		}
		if d > g.today {
			break
		}
		g.pay(k, ci, d, a, batches)
		inv.AmountPaid += a
		last = d
	}
	inv.SettleStatus()
	if last != 0 {
		inv.UpdatedAt = at(last, 16, 30)
	}
	if inv.AmountPaid == 0 && parts == nil && p.segment == "at-risk" && inv.DueDate < g.today.AddDays(-300) && g.chance(0.4) {
		inv.Status = backend.StatusWrittenOff
		inv.Notes = "Passée en perte : client en liquidation judiciaire, créance déclarée au mandataire."
	}
}

// split divides an amount into n instalments in whole euros, the last one taking the rest.
func split(total backend.Cents, n int) []backend.Cents {
	part := total / backend.Cents(n) / 100 * 100
	if part == 0 {
		return []backend.Cents{total}
	}
	out := make([]backend.Cents, n)
	for i := range out {
		out[i] = part
	}
	out[n-1] = total - part*backend.Cents(n-1)
	return out
}

// nextTenth is the first 10th of a month on or after d.
func nextTenth(d backend.Date) backend.Date {
	if d.Day() <= 10 {
		return backend.NewDate(d.Year(), d.Month(), 10)
	}
	return backend.NewDate(d.Year(), d.Month()+1, 10)
}

// pay records a payment of a on invoice k; clients that pay in batches settle everything due in one transfer.
func (g *gen) pay(k, ci int, d backend.Date, a backend.Cents, batches map[batchKey]int) {
	p := &g.profiles[ci]
	alloc := backend.Allocation{InvoiceID: uint64(k + 1), Amount: a}
	if p.batch {
		key := batchKey{ci, d}
		if i, ok := batches[key]; ok {
			pm := &g.data.Payments[i]
			pm.Amount += a
			pm.Allocations = append(pm.Allocations, alloc)
			return
		}
		batches[key] = len(g.data.Payments)
	}
	method := p.method
	if method == "transfer" && !p.batch && g.chance(0.06) {
		method = "cheque" // even transfer payers send a cheque now and then
	}
	g.data.Payments = append(g.data.Payments, backend.Payment{
		ClientID:    uint64(ci + 1),
		Date:        d,
		Amount:      a,
		Method:      method,
		Allocations: []backend.Allocation{alloc},
		CreatedAt:   at(d, g.between(8, 17), g.r.IntN(60)),
	})
}

// references writes the label each payment has on the bank statement, once all its invoices are known.
func (g *gen) references() {
	for i := range g.data.Payments {
		pm := &g.data.Payments[i]
		name := g.profiles[pm.ClientID-1].bankName
		var nums []string
		for j, a := range pm.Allocations {
			if j == 3 {
				nums = append(nums, "+"+itoa(len(pm.Allocations)-3))
				break
			}
			nums = append(nums, g.data.Invoices[a.InvoiceID-1].Number)
		}
		switch pm.Method {
		case "transfer":
			pm.Reference = "VIR SEPA " + name
			if g.chance(0.85) { // some clients leave the invoice number out, as in real statements
				pm.Reference += " " + strings.Join(nums, " ")
			}
		case "direct_debit":
			pm.Reference = "PRLV SEPA " + name + " " + strings.Join(nums, " ")
		case "cheque":
			pm.Reference = "REMISE CHQ " + string(g.digits(7))
		case "card":
			pm.Reference = "CB " + name + " " + pm.Date.French()[:5]
		case "lcr":
			pm.Reference = "LCR " + name + " " + nums[0]
		default:
			pm.Reference = name
		}
	}
}

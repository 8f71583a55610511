package report

import (
	"cmp"
	"slices"

	"relance/backend"
)

// TrendMonths is how many months the dashboard's series cover; TopDebtorCount how many debtors it lists.
const (
	TrendMonths    = 12
	TopDebtorCount = 10
)

// Dashboard holds the figures of the dashboard.
type Dashboard struct {
	Outstanding        backend.Cents `json:"outstanding"`        // still owed, due or not
	Overdue            backend.Cents `json:"overdue"`            // of which past the due date
	Aging              []Bucket      `json:"aging"`              // as Aging
	DSO                int           `json:"dso"`                // DSO at today, days
	DSOTrend           []MonthFigure `json:"dsoTrend"`           // DSOTrend over TrendMonths months
	Collected          []MonthFigure `json:"collected"`          // Collected over TrendMonths months
	CollectedThisMonth backend.Cents `json:"collectedThisMonth"` // the last point of Collected
	TopDebtors         []Debtor      `json:"topDebtors"`         // up to TopDebtorCount, by overdue amount
	OpenInvoices       int           `json:"openInvoices"`       // invoices with something still owed
	OverdueInvoices    int           `json:"overdueInvoices"`    // of which past the due date
}

// Debtor is a client that owes money past its due date.
type Debtor struct {
	ClientID       uint64        `json:"clientId"`
	Code           string        `json:"code"`
	Name           string        `json:"name"`
	Overdue        backend.Cents `json:"overdue"`
	Outstanding    backend.Cents `json:"outstanding"`
	OldestDaysLate int           `json:"oldestDaysLate"` // days past due of its oldest overdue invoice
}

// debt accumulates a client's figures.
type debt struct {
	overdue, outstanding backend.Cents
	oldest               int
}

// Compute builds the dashboard at today in one pass over the payments and one over the invoices. Outstanding,
// Overdue, the aging and the counts use Invoice.Remaining() as it stands; DSO and its trend reconstruct the
// receivables from the payments' dates (see DSO), so DSO at today can see a little more owed than Outstanding
// when payments are dated after today or are not itemised on an invoice not yet due. TopDebtors are the clients
// with the largest overdue amounts (ties: outstanding, then name); invoices of clients not passed in count with
// an empty code and name.
func Compute(clients []backend.Client, invoices []backend.Invoice, payments []backend.Payment, today backend.Date) Dashboard {
	var d Dashboard
	p := newPeriods(today, TrendMonths)
	col := newMonthly(today, TrendMonths)
	x := indexInvoices(invoices)
	scanPayments(payments, &x, p, &col)

	cidx := indexIDs(clients, clientID)
	debts := make([]debt, len(clients))
	var unknown map[uint64]*debt
	bucket := make([]int8, len(invoices)) // aging range of each open invoice, -1 for the others
	var counts [5]int
	d.Aging = newBuckets()
	t := today.DayNumber()
	for i := range invoices {
		inv := &invoices[i]
		bucket[i] = -1
		if excluded(inv) {
			continue
		}
		p.invoice(inv, x.allocated[i])
		r := inv.Remaining()
		if r == 0 {
			continue
		}
		late := t - inv.DueDate.DayNumber()
		k := bucketOf(late)
		bucket[i] = int8(k)
		counts[k]++
		add(&d.Aging[k].Amount, r)
		var c *debt
		if ci := cidx.get(inv.ClientID); ci >= 0 {
			c = &debts[ci]
		} else {
			if unknown == nil {
				unknown = map[uint64]*debt{}
			}
			if c = unknown[inv.ClientID]; c == nil {
				c = &debt{}
				unknown[inv.ClientID] = c
			}
		}
		add(&c.outstanding, r)
		if late > 0 {
			add(&c.overdue, r)
			c.oldest = max(c.oldest, late)
		}
	}

	ids := make([]uint64, counts[0]+counts[1]+counts[2]+counts[3]+counts[4]) // one array, cut per range
	off := 0
	for k := range d.Aging {
		d.Aging[k].Count = counts[k]
		d.Aging[k].InvoiceIDs = ids[off : off : off+counts[k]]
		off += counts[k]
		d.OpenInvoices += counts[k]
		add(&d.Outstanding, d.Aging[k].Amount)
		if k > 0 {
			d.OverdueInvoices += counts[k]
			add(&d.Overdue, d.Aging[k].Amount)
		}
	}
	for i, k := range bucket {
		if k >= 0 {
			d.Aging[k].InvoiceIDs = append(d.Aging[k].InvoiceIDs, invoices[i].ID)
		}
	}

	d.DSOTrend = p.finish()
	d.DSO = int(d.DSOTrend[len(d.DSOTrend)-1].Value)
	d.Collected = col.fig
	d.CollectedThisMonth = backend.Cents(col.fig[len(col.fig)-1].Value)
	d.TopDebtors = topDebtors(clients, debts, unknown)
	return d
}

// topDebtors keeps the TopDebtorCount clients that owe most past due, by insertion into a short sorted list.
func topDebtors(clients []backend.Client, debts []debt, unknown map[uint64]*debt) []Debtor {
	top := make([]Debtor, 0, TopDebtorCount+1)
	order := func(a, b Debtor) int { // a before b
		if c := cmp.Compare(b.Overdue, a.Overdue); c != 0 {
			return c
		}
		if c := cmp.Compare(b.Outstanding, a.Outstanding); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.ClientID, b.ClientID)
	}
	offer := func(id uint64, code, name string, c *debt) {
		if c.overdue <= 0 {
			return
		}
		if len(top) == TopDebtorCount && c.overdue < top[len(top)-1].Overdue {
			return
		}
		dt := Debtor{ClientID: id, Code: code, Name: name, Overdue: c.overdue, Outstanding: c.outstanding,
			OldestDaysLate: c.oldest}
		at, _ := slices.BinarySearchFunc(top, dt, order)
		top = slices.Insert(top, at, dt)
		if len(top) > TopDebtorCount {
			top = top[:TopDebtorCount]
		}
	}
	for i := range debts {
		offer(clients[i].ID, clients[i].Code, clients[i].Name, &debts[i])
	}
	for id, c := range unknown {
		offer(id, "", "", c)
	}
	return top
}

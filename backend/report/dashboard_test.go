package report

import (
	"cmp"
	"math/big"
	"slices"
	"testing"

	"relance/backend"
	"relance/backend/demo"
)

func TestCompute(t *testing.T) {
	// The aging ledger of aging_test.go, seen on 15 June 2026, with payments for the partly paid invoices:
	// #9 25,00 on 30/05 and #10 60,00 on 10/06; #13's 50,00 is unitemised (due 01/05, so paid by then).
	invoices := agingLedger()
	payments := []backend.Payment{pay(1, "2026-05-30", alloc(9, 2500)), pay(2, "2026-06-10", alloc(10, 6000)),
		{ID: 3, Date: d("2026-06-12"), Amount: 1234}} // a credit: cash, not allocated
	got := Compute(agingClients, invoices, payments, agingToday)

	// Outstanding 475,00 in 10 open invoices; overdue = all but not_due: 475,00 − 85,00 = 390,00 in 8.
	if got.Outstanding != 47500 || got.Overdue != 39000 || got.OpenInvoices != 10 || got.OverdueInvoices != 8 {
		t.Errorf("totals: %+v", got)
	}
	if want := Aging(invoices, agingToday); !slices.EqualFunc(got.Aging, want, func(a, b Bucket) bool {
		return a.Key == b.Key && a.Label == b.Label && a.Amount == b.Amount && a.Count == b.Count &&
			slices.Equal(a.InvoiceIDs, b.InvoiceIDs)
	}) {
		t.Errorf("Aging = %+v, want %+v", got.Aging, want)
	}
	// Overdue by client: Gamma 50+60+40 = 150,00 (oldest #6, 61 d); Alpha 20+70 = 90,00 (oldest #7, 90 d);
	// client 9 80,00 (91 d); Bêta 30+40 = 70,00 (31 d), 145,00 outstanding with #9.
	wantTop := []Debtor{
		{ClientID: 3, Code: "C3", Name: "Gamma", Overdue: 15000, Outstanding: 15000, OldestDaysLate: 61},
		{ClientID: 1, Code: "C1", Name: "Alpha", Overdue: 9000, Outstanding: 10000, OldestDaysLate: 90},
		{ClientID: 9, Overdue: 8000, Outstanding: 8000, OldestDaysLate: 91},
		{ClientID: 2, Code: "C2", Name: "Bêta", Overdue: 7000, Outstanding: 14500, OldestDaysLate: 31},
	}
	if !slices.Equal(got.TopDebtors, wantTop) {
		t.Errorf("TopDebtors =\n%+v\nwant\n%+v", got.TopDebtors, wantTop)
	}
	// Cash in June: 60,00 + 12,34; in May: 25,00.
	if got.CollectedThisMonth != 7234 || len(got.Collected) != 12 || got.Collected[10] != (MonthFigure{Month: "2026-05", Value: 2500, Count: 1}) {
		t.Errorf("Collected = %+v, this month %d", got.Collected, got.CollectedThisMonth)
	}
	// Receivables at 15 June: 475,00 (every payment is dated before). Sales in June up to the 15th: none; May:
	// #1 10 + #2 20 + #9 100 = 130,00; April: #3 30 + #4 40 + #10 100 + #13 50 = 220,00; March: #5 50 + #6 60 =
	// 110,00; February: #7 70 + #8 80 = 150,00.
	// 475 > 0 → 15 d; 475 > 130 → +31 = 46, 345 left; 345 > 220 → +30 = 76, 125 left; 125 > 110 → +31 = 107,
	// 15 left; 15/150 × 28 = 2.8 → 109.8 → 110.
	if got.DSO != 110 || got.DSOTrend[11] != (MonthFigure{Month: "2026-06", Value: 110}) {
		t.Errorf("DSO = %d, trend %+v", got.DSO, got.DSOTrend)
	}
	if want := DSOTrend(invoices, payments, agingToday, 12); !slices.Equal(got.DSOTrend, want) {
		t.Errorf("DSOTrend = %+v, want %+v", got.DSOTrend, want)
	}

	empty := Compute(nil, nil, nil, agingToday)
	if empty.Outstanding != 0 || empty.DSO != 0 || len(empty.Aging) != 5 || len(empty.DSOTrend) != 12 ||
		len(empty.Collected) != 12 || len(empty.TopDebtors) != 0 {
		t.Errorf("empty dashboard: %+v", empty)
	}
}

func TestTopDebtorsKeepsTen(t *testing.T) {
	var clients []backend.Client
	var invoices []backend.Invoice
	for i := range 25 {
		id := uint64(i + 1)
		clients = append(clients, backend.Client{ID: id, Name: string(rune('A' + i))})
		// Overdue grows with i, except clients 20..24 who all owe 5,00 (ties broken by name).
		amount := backend.Cents(100 * (i + 1))
		if i >= 20 {
			amount = 500
		}
		invoices = append(invoices, inv(id, id, "2026-01-01", "2026-01-31", amount, 0))
	}
	top := Compute(clients, invoices, nil, agingToday).TopDebtors
	var names string
	for _, d := range top {
		names += d.Name
	}
	if names != "TSRQPONMLK" {
		t.Errorf("top debtors %q", names)
	}
}

// TestAgainstReference checks Compute on a generated ledger against a slow, obvious reimplementation of each figure.
func TestAgainstReference(t *testing.T) {
	today := demo.DefaultToday
	data := demo.Generate(demo.Options{Clients: 150, Invoices: 3000, Seed: 7, Today: today})
	got := Compute(data.Clients, data.Invoices, data.Payments, today)

	var outstanding, overdue backend.Cents
	for _, inv := range data.Invoices {
		outstanding += inv.Remaining()
		if inv.IsOverdue(today) {
			overdue += inv.Remaining()
		}
	}
	if got.Outstanding != outstanding || got.Overdue != overdue || got.Overdue == 0 {
		t.Errorf("outstanding %d/%d, overdue %d/%d", got.Outstanding, outstanding, got.Overdue, overdue)
	}
	rows := AgedBalance(data.Clients, data.Invoices, today)
	total := AgedTotal(rows)
	for k, b := range got.Aging {
		if total.Buckets[k] != b.Amount {
			t.Errorf("bucket %s: aged balance %d, aging %d", b.Key, total.Buckets[k], b.Amount)
		}
	}
	if !slices.IsSortedFunc(got.TopDebtors, func(a, b Debtor) int { return cmp.Compare(b.Overdue, a.Overdue) }) ||
		len(got.TopDebtors) != 10 {
		t.Errorf("top debtors %+v", got.TopDebtors)
	}
	for k, f := range got.DSOTrend {
		at := addMonths(today, k-11)
		if k < 11 {
			at = backend.NewDate(at.Year(), at.Month()+1, 0)
		}
		if want := referenceDSO(data.Invoices, data.Payments, at); f.Value != int64(want) || f.Value <= 0 {
			t.Errorf("DSO %s at %s: %d, reference %d", f.Month, at, f.Value, want)
		}
	}
	var cash backend.Cents
	for _, p := range data.Payments {
		if p.Date.Year() == today.Year() && p.Date.Month() == today.Month() && p.Date <= today {
			cash += p.Amount
		}
	}
	if got.CollectedThisMonth != cash || cash == 0 {
		t.Errorf("collected this month %d, want %d", got.CollectedThisMonth, cash)
	}

	// Behaviour over every client: scores in range, segments among the defaults, explanation present.
	segments := map[string]int{}
	for _, c := range data.Clients {
		b := ClientBehaviour(c, data.Invoices, data.Payments, today)
		if b.Score < 0 || b.Score > 100 || len(b.Explanation) == 0 || !slices.Contains(backend.DefaultSegments, b.SuggestedSegment) {
			t.Errorf("client %d: %+v", c.ID, b)
		}
		segments[b.SuggestedSegment]++
	}
	if segments["regular"] == 0 || segments["at-risk"] == 0 {
		t.Errorf("segments %v", segments)
	}
}

// referenceDSO recomputes the countback DSO at d invoice by invoice, with exact fractions.
func referenceDSO(invoices []backend.Invoice, payments []backend.Payment, d backend.Date) int {
	paidBy := map[uint64]backend.Cents{}
	allocated := map[uint64]backend.Cents{}
	for _, p := range payments {
		for _, a := range p.Allocations {
			allocated[a.InvoiceID] += a.Amount
			if p.Date <= d {
				paidBy[a.InvoiceID] += a.Amount
			}
		}
	}
	var owed backend.Cents
	sales := map[[2]int]backend.Cents{}
	first := d
	for _, inv := range invoices {
		if inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff || inv.IssueDate > d {
			continue
		}
		first = min(first, inv.IssueDate)
		sales[[2]int{inv.IssueDate.Year(), int(inv.IssueDate.Month())}] += inv.AmountInclTax
		paid := paidBy[inv.ID]
		if inv.DueDate <= d {
			paid += max(0, min(inv.AmountPaid, inv.AmountInclTax)-allocated[inv.ID])
		}
		owed += inv.AmountInclTax - paid
	}
	days := new(big.Rat)
	left := owed
	for m := backend.NewDate(d.Year(), d.Month(), 1); left > 0 && m >= backend.NewDate(first.Year(), first.Month(), 1); m = backend.NewDate(m.Year(), m.Month()-1, 1) {
		n := backend.NewDate(m.Year(), m.Month()+1, 0).Day()
		if m.Year() == d.Year() && m.Month() == d.Month() {
			n = d.Day()
		}
		s := sales[[2]int{m.Year(), int(m.Month())}]
		if left > s {
			days.Add(days, big.NewRat(int64(n), 1))
			left -= s
			continue
		}
		days.Add(days, big.NewRat(int64(left)*int64(n), int64(s)))
		break
	}
	days.Add(days, big.NewRat(1, 2))
	q := new(big.Int).Quo(days.Num(), days.Denom())
	return int(q.Int64())
}

// BenchmarkCompute100k: the dashboard of 5 000 clients, 100 000 invoices and their payments (demo data).
func BenchmarkCompute100k(b *testing.B) {
	today := demo.DefaultToday
	data := demo.Generate(demo.Options{Clients: 5000, Invoices: 100000, Seed: 1, Today: today})
	b.ReportAllocs()
	for b.Loop() {
		Compute(data.Clients, data.Invoices, data.Payments, today)
	}
}

// Amounts stored before the cap existed (100 invoices of 999 999 999 999 999,99 €) must never make the outstanding
// negative: totals saturate instead of wrapping around.
func TestComputeTotalsDoNotWrap(t *testing.T) {
	var invoices []backend.Invoice
	for i := range 100 {
		invoices = append(invoices, backend.Invoice{ID: uint64(i + 1), ClientID: 1, Number: "F", IssueDate: d("2026-01-01"),
			DueDate: d("2026-02-01"), AmountInclTax: 99999999999999999, AmountExclTax: 99999999999999999})
	}
	got := Compute([]backend.Client{{ID: 1, Code: "C1", Name: "Gros client"}}, invoices, nil, d("2026-06-15"))
	if got.Outstanding <= 0 || got.Overdue <= 0 || got.TopDebtors[0].Outstanding <= 0 {
		t.Errorf("outstanding %v, overdue %v, top debtor %+v: a total wrapped around", got.Outstanding, got.Overdue, got.TopDebtors[0])
	}
	rows := AgedBalance([]backend.Client{{ID: 1, Code: "C1", Name: "Gros client"}}, invoices, d("2026-06-15"))
	if tot := AgedTotal(rows); tot.Total <= 0 {
		t.Errorf("aged total %v wrapped around", tot.Total)
	}
}

package report

import (
	"slices"
	"testing"

	"relance/backend"
)

func pay(id uint64, date string, allocs ...backend.Allocation) backend.Payment {
	p := backend.Payment{ID: id, Date: d(date), Allocations: allocs}
	p.Amount = p.Allocated()
	return p
}

func alloc(invoice uint64, amount backend.Cents) backend.Allocation {
	return backend.Allocation{InvoiceID: invoice, Amount: amount}
}

const eur = 100 // cents

// dsoLedger is a three-month history, amounts in euros:
//
//	#  issued      due         amount  paid                                      owed at 31/01  28/02  31/03
//	1  2026-01-05  2026-02-04   5 000  5 000 in AmountPaid, no payment            5 000      0      0
//	                                   (unitemised: counted as paid on the due date 04/02)
//	2  2026-01-25  2026-02-24   3 000  1 000 on 15/03                              3 000  3 000  2 000
//	3  2026-02-10  2026-03-12   5 000  —                                               —  5 000  5 000
//	4  2026-03-10  2026-04-09   4 000  4 000 on 05/04 (after 31/03)                    —      —  4 000
//	5  2026-03-20  2026-04-19   2 000  2 000 unitemised → paid 19/04                   —      —  2 000
//	6  2026-03-25  2026-04-24   9 000  cancelled: left out of sales and receivables
//	7  2026-04-02  2026-05-02   7 000  — (issued after 31/03)
//	8  2026-04-12  2026-05-12   1 000  — (issued after 10/04, the "today" of the second test)
//	                                                                          total   8 000  8 000 13 000
//
// Sales: January 5 000 + 3 000 = 8 000; February 5 000; March 4 000 + 2 000 = 6 000 (the cancelled 9 000 is not
// a sale); April 7 000 up to the 10th.
func dsoLedger() ([]backend.Invoice, []backend.Payment) {
	invoices := []backend.Invoice{
		inv(1, 1, "2026-01-05", "2026-02-04", 5000*eur, 5000*eur),
		inv(2, 1, "2026-01-25", "2026-02-24", 3000*eur, 1000*eur),
		inv(3, 2, "2026-02-10", "2026-03-12", 5000*eur, 0),
		inv(4, 2, "2026-03-10", "2026-04-09", 4000*eur, 4000*eur),
		inv(5, 1, "2026-03-20", "2026-04-19", 2000*eur, 2000*eur),
		cancelled(inv(6, 2, "2026-03-25", "2026-04-24", 9000*eur, 0)),
		inv(7, 1, "2026-04-02", "2026-05-02", 7000*eur, 0),
		inv(8, 1, "2026-04-12", "2026-05-12", 1000*eur, 0),
	}
	payments := []backend.Payment{
		pay(2, "2026-04-05", alloc(4, 4000*eur)), // out of date order on purpose
		pay(1, "2026-03-15", alloc(2, 1000*eur)),
		pay(3, "2026-03-20", alloc(6, 500*eur), alloc(99, 700*eur)), // cancelled and unknown invoices: ignored
	}
	return invoices, payments
}

func TestDSOCountback(t *testing.T) {
	invoices, payments := dsoLedger()
	for _, c := range []struct {
		at   string
		want int
		how  string
	}{
		{"2026-03-31", 67, "13 000 > March 6 000 → 31 d, 7 000 left; 7 000 > February 5 000 → +28 d, 2 000 left; " +
			"2 000 ≤ January 8 000 → +2 000/8 000 × 31 = 7.75 d; 66.75 → 67"},
		{"2026-02-28", 40, "8 000 > February 5 000 → 28 d, 3 000 left; 3 000/8 000 × 31 = 11.625; 39.625 → 40"},
		{"2026-01-31", 31, "8 000 ≤ January 8 000 → 8 000/8 000 × 31 = 31"},
		{"2026-01-04", 0, "nothing issued yet"},
		// At 10 April: #2 2 000, #3 5 000, #4 0 (paid 05/04), #5 2 000 (due 19/04), #7 7 000 = 16 000 owed.
		// April up to the 10th: 10 days and 7 000 of sales (#8 is later) → 10 d, 9 000 left; March 6 000 → +31 d,
		// 3 000 left; 3 000/5 000 × 28 = 16.8 d; 57.8 → 58.
		{"2026-04-10", 58, "current month cut at the date"},
	} {
		if got := DSO(invoices, payments, d(c.at)); got != c.want {
			t.Errorf("DSO at %s = %d, want %d (%s)", c.at, got, c.want, c.how)
		}
	}
}

func TestDSOTrend(t *testing.T) {
	invoices, payments := dsoLedger()
	got := DSOTrend(invoices, payments, d("2026-03-31"), 3)
	want := []MonthFigure{{Month: "2026-01", Value: 31}, {Month: "2026-02", Value: 40}, {Month: "2026-03", Value: 67}}
	if !slices.Equal(got, want) {
		t.Errorf("DSOTrend = %+v, want %+v", got, want)
	}
	// Mid-month: the last point is taken at today; December 2025 had nothing owed.
	got = DSOTrend(invoices, payments, d("2026-04-10"), 5)
	want = []MonthFigure{{Month: "2025-12"}, {Month: "2026-01", Value: 31}, {Month: "2026-02", Value: 40},
		{Month: "2026-03", Value: 67}, {Month: "2026-04", Value: 58}}
	if !slices.Equal(got, want) {
		t.Errorf("DSOTrend mid-month = %+v, want %+v", got, want)
	}
	if got := DSOTrend(nil, nil, d("2026-04-10"), 0); len(got) != 12 || got[0].Month != "2025-05" || got[11].Month != "2026-04" {
		t.Errorf("default window: %+v", got)
	}
}

func TestDSORounding(t *testing.T) {
	// 31 January: 1 000 owed of 2 000 invoiced in January: 1 000/2 000 × 31 = 15.5 → 16 (half up).
	invoices := []backend.Invoice{inv(1, 1, "2026-01-10", "2026-02-10", 2000*eur, 0)}
	payments := []backend.Payment{pay(1, "2026-01-20", alloc(1, 1000*eur))}
	invoices[0].AmountPaid = 1000 * eur
	if got := DSO(invoices, payments, d("2026-01-31")); got != 16 {
		t.Errorf("DSO = %d, want 16", got)
	}
	// A month without sales in the walk: 3 000 owed at 31 March, issued in January; nothing invoiced in February
	// or March: 31 + 28 + 3 000/3 000 × 31 = 90.
	invoices = []backend.Invoice{inv(1, 1, "2026-01-10", "2026-02-10", 3000*eur, 0)}
	if got := DSO(invoices, nil, d("2026-03-31")); got != 90 {
		t.Errorf("DSO with empty months = %d, want 90", got)
	}
}

func TestCollected(t *testing.T) {
	payments := []backend.Payment{
		{Date: d("2026-01-31"), Amount: 100 * eur}, // before the window
		{Date: d("2026-02-01"), Amount: 200 * eur},
		{Date: d("2026-02-28"), Amount: 300 * eur, Allocations: []backend.Allocation{alloc(1, 100*eur)}}, // unallocated part counts
		{Date: d("2026-04-10"), Amount: 400 * eur},
		{Date: d("2026-04-11"), Amount: 500 * eur}, // after today
	}
	got := Collected(payments, d("2026-04-10"), 3)
	want := []MonthFigure{{Month: "2026-02", Value: 500 * eur, Count: 2}, {Month: "2026-03"},
		{Month: "2026-04", Value: 400 * eur, Count: 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Collected = %+v, want %+v", got, want)
	}
}

func TestMonthHelpers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2026-03-31", "2026-02-28"}, {"2024-03-31", "2024-02-29"}, {"2026-06-15", "2026-05-15"}, {"2026-01-10", "2025-12-10"},
	} {
		if got := addMonths(d(c.in), -1); got != d(c.want) {
			t.Errorf("addMonths(%s, -1) = %s, want %s", c.in, got, c.want)
		}
	}
	if got := addMonths(d("2026-06-15"), -6); got != d("2025-12-15") {
		t.Errorf("addMonths -6 = %s", got)
	}
	for _, s := range []string{"2026-01-01", "2026-02-14", "2024-02-01", "2000-02-10", "1900-02-10", "2026-12-31"} {
		mi := monthIndex(d(s))
		if want := backend.NewDate(d(s).Year(), d(s).Month()+1, 0).Day(); daysInMonth(mi) != want {
			t.Errorf("daysInMonth(%s) = %d, want %d", s, daysInMonth(mi), want)
		}
		if monthLabel(mi) != s[:7] {
			t.Errorf("monthLabel(%s) = %s", s, monthLabel(mi))
		}
	}
}

func TestIDIndex(t *testing.T) {
	for _, ids := range [][]uint64{
		{1, 2, 3},
		{3, 1, 2000},    // grows the flat table
		{5, 1 << 40, 7}, // switches to a map
		{1 << 50},
		{},
	} {
		clients := make([]backend.Client, len(ids))
		for i, id := range ids {
			clients[i].ID = id
		}
		x := indexIDs(clients, clientID)
		for i, id := range ids {
			if got := x.get(id); got != i {
				t.Errorf("%v: get(%d) = %d, want %d", ids, id, got, i)
			}
		}
		for _, id := range []uint64{0, 4, 1999, 1 << 41} {
			if !slices.Contains(ids, id) && x.get(id) != -1 {
				t.Errorf("%v: get(%d) = %d, want -1", ids, id, x.get(id))
			}
		}
	}
	// Sparse IDs give the same figures as dense ones.
	invoices, payments := dsoLedger()
	for i := range invoices {
		invoices[i].ID += 1 << 40
	}
	for i := range payments {
		for j := range payments[i].Allocations {
			payments[i].Allocations[j].InvoiceID += 1 << 40
		}
	}
	if got := DSO(invoices, payments, d("2026-03-31")); got != 67 {
		t.Errorf("DSO with sparse IDs = %d, want 67", got)
	}
}

package report

import (
	"slices"
	"testing"
	"time"

	"relance/backend"
)

// behaviourLedger: client 1, created 1 January 2024, seen on 15 June 2026. Invoices of 1 000 € unless said:
//
//	#   due         settled                                  days late
//	1   2026-01-31  2026-01-20 (early)                        0
//	2   2026-02-28  2026-03-10                               10
//	3   2026-03-31  500 on 15/04, 500 on 20/05 → 20/05       50  (the allocation that completes it counts)
//	4   2026-04-30  2026-04-30 (on the day)                   0
//	5   2026-05-15  AmountPaid without payment → due date     0
//	6   2026-04-01  unpaid: 75 days past due  (> 60)
//	7   2026-04-15  400 paid, 600 owed: 61 days past due (> 60)
//	8   2026-04-16  unpaid: 60 days past due (not more than 60)
//	9   2025-01-01  cancelled: left out
//	10  2026-01-31  another client's invoice, paid very late: ignored
//
// Paid: 5. Average days late (0+10+50+0+0)/5 = 12 → −12. Late: 2 of 5 = 0.4 → 20 × 0.4 = −8.
// More than 60 days past due: #6 and #7 → 2 × −10 = −20. Score 100 − 12 − 8 − 20 = 60 → "regular".
// Trend by month of settlement: January 0 (1), March 10 (1), April 0 (1), May (50+0)/2 = 25 (2).
func behaviourLedger() ([]backend.Invoice, []backend.Payment) {
	const k = 1000 * eur
	invoices := []backend.Invoice{
		inv(1, 1, "2026-01-01", "2026-01-31", k, k),
		inv(2, 1, "2026-01-29", "2026-02-28", k, k),
		inv(3, 1, "2026-03-01", "2026-03-31", k, k),
		inv(4, 1, "2026-03-31", "2026-04-30", k, k),
		inv(5, 1, "2026-04-15", "2026-05-15", k, k),
		inv(6, 1, "2026-03-02", "2026-04-01", k, 0),
		inv(7, 1, "2026-03-16", "2026-04-15", k, 400*eur),
		inv(8, 1, "2026-03-17", "2026-04-16", k, 0),
		cancelled(inv(9, 1, "2024-12-02", "2025-01-01", k, 0)),
		inv(10, 2, "2026-01-01", "2026-01-31", k, k),
	}
	payments := []backend.Payment{
		pay(1, "2026-01-20", alloc(1, k)),
		pay(2, "2026-03-10", alloc(2, k)),
		pay(4, "2026-05-20", alloc(3, 500*eur)), // the later instalment listed first
		pay(3, "2026-04-15", alloc(3, 500*eur), alloc(7, 400*eur)),
		pay(5, "2026-04-30", alloc(4, k)),
		pay(6, "2026-06-01", alloc(10, k)),
	}
	return invoices, payments
}

var behaviourToday = d("2026-06-15")

func client(id uint64, created string) backend.Client {
	return backend.Client{ID: id, Code: "C", Name: "Client", CreatedAt: d(created).Time().Add(10 * time.Hour)}
}

func TestClientBehaviour(t *testing.T) {
	invoices, payments := behaviourLedger()
	b := ClientBehaviour(client(1, "2024-01-01"), invoices, payments, behaviourToday)
	if b.ClientID != 1 || b.PaidInvoices != 5 || b.AverageDaysLate != 12 || b.ShareLate != 0.4 || b.Score != 60 ||
		b.SuggestedSegment != "regular" {
		t.Errorf("behaviour = %+v", b)
	}
	wantLines := []string{
		"paie en moyenne 12 jours après l'échéance (−12 points)",
		"2 factures sur 5 réglées après l'échéance (−8 points)",
		"2 factures impayées depuis plus de 60 jours (−20 points)",
	}
	if !slices.Equal(b.Explanation, wantLines) {
		t.Errorf("explanation =\n%q\nwant\n%q", b.Explanation, wantLines)
	}
	wantTrend := make([]MonthFigure, 12)
	for k := range wantTrend {
		wantTrend[k].Month = monthLabel(monthIndex(d("2025-07-01")) + k)
	}
	wantTrend[6] = MonthFigure{Month: "2026-01", Value: 0, Count: 1}
	wantTrend[8] = MonthFigure{Month: "2026-03", Value: 10, Count: 1}
	wantTrend[9] = MonthFigure{Month: "2026-04", Value: 0, Count: 1}
	wantTrend[10] = MonthFigure{Month: "2026-05", Value: 25, Count: 2}
	if !slices.Equal(b.Trend, wantTrend) {
		t.Errorf("trend =\n%+v\nwant\n%+v", b.Trend, wantTrend)
	}
}

func TestClientBehaviourCaps(t *testing.T) {
	// Three invoices paid 60, 70 and 80 days late: average 70 → −40 (cap); all late → −20; four invoices owed
	// 100 days past due → 4 × −10 = −40, capped at −30. Score 100 − 40 − 20 − 30 = 10 → "at-risk".
	const k = 100 * eur
	var invoices []backend.Invoice
	var payments []backend.Payment
	for i, late := range []int{60, 70, 80} {
		due := d("2026-01-15")
		invoices = append(invoices, inv(uint64(i+1), 7, "2025-12-16", "2026-01-15", k, k))
		payments = append(payments, pay(uint64(i+1), due.AddDays(late).String(), alloc(uint64(i+1), k)))
	}
	for i := range 4 {
		invoices = append(invoices, inv(uint64(10+i), 7, "2026-02-05", "2026-03-07", k, 0)) // 100 days at 15/06
	}
	b := ClientBehaviour(client(7, "2020-05-01"), invoices, payments, behaviourToday)
	want := []string{
		"paie en moyenne 70 jours après l'échéance (−40 points, plafond)",
		"3 factures sur 3 réglées après l'échéance (−20 points)",
		"4 factures impayées depuis plus de 60 jours (−30 points, plafond)",
	}
	if b.Score != 10 || b.SuggestedSegment != "at-risk" || b.AverageDaysLate != 70 || b.ShareLate != 1 ||
		!slices.Equal(b.Explanation, want) {
		t.Errorf("behaviour = %+v\nwant lines %q", b, want)
	}
}

func TestClientBehaviourSegments(t *testing.T) {
	const k = 100 * eur
	// One invoice paid a day late, one of 70 days unpaid: 100 − 1 − 20 (1 of 1 late) − 10 = 69.
	invoices := []backend.Invoice{
		inv(1, 3, "2026-04-01", "2026-05-01", k, k),
		inv(2, 3, "2026-03-07", "2026-04-06", k, 0),
	}
	payments := []backend.Payment{pay(1, "2026-05-02", alloc(1, k))}
	for _, c := range []struct {
		created string
		want    string
	}{
		{"2026-03-01", "new"},     // fewer than 3 paid invoices, created 3½ months ago
		{"2025-12-16", "new"},     // one day short of 6 months
		{"2025-12-15", "regular"}, // exactly 6 months: no longer new
	} {
		b := ClientBehaviour(client(3, c.created), invoices, payments, behaviourToday)
		if b.Score != 69 || b.SuggestedSegment != c.want {
			t.Errorf("created %s: score %d segment %q, want 69 %q (%q)", c.created, b.Score, b.SuggestedSegment, c.want, b.Explanation)
		}
		if want := []string{"paie en moyenne 1 jour après l'échéance (−1 point)",
			"1 facture sur 1 réglée après l'échéance (−20 points)",
			"1 facture impayée depuis plus de 60 jours (−10 points)"}; !slices.Equal(b.Explanation, want) {
			t.Errorf("explanation %q, want %q", b.Explanation, want)
		}
	}

	// No history: new, score 100. Without CreatedAt the first invoice date stands in.
	b := ClientBehaviour(backend.Client{ID: 5}, nil, nil, behaviourToday)
	if b.Score != 100 || b.SuggestedSegment != "new" || b.PaidInvoices != 0 ||
		!slices.Equal(b.Explanation, []string{"aucune facture réglée pour l'instant : pas encore d'historique de paiement"}) {
		t.Errorf("no history: %+v", b)
	}
	old := []backend.Invoice{inv(1, 5, "2024-01-10", "2026-07-10", k, 0)}
	if b := ClientBehaviour(backend.Client{ID: 5}, old, nil, behaviourToday); b.SuggestedSegment != "regular" {
		t.Errorf("first invoice in 2024, no CreatedAt: %q", b.SuggestedSegment)
	}

	// Paid on time, all of them, long-standing: 100, regular, a reassuring line.
	onTime := []backend.Invoice{inv(1, 6, "2026-01-01", "2026-01-31", k, k), inv(2, 6, "2026-02-01", "2026-03-03", k, k),
		inv(3, 6, "2026-03-01", "2026-03-31", k, k)}
	b = ClientBehaviour(client(6, "2023-01-01"), onTime, nil, behaviourToday)
	if b.Score != 100 || b.SuggestedSegment != "regular" || b.PaidInvoices != 3 ||
		!slices.Equal(b.Explanation, []string{"paie en moyenne à l'échéance ou avant"}) {
		t.Errorf("on time: %+v", b)
	}
}

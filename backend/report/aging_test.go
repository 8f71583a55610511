package report

import (
	"slices"
	"testing"

	"relance/backend"
)

var d = backend.MustDate

func inv(id, client uint64, issue, due string, amount, paid backend.Cents) backend.Invoice {
	i := backend.Invoice{ID: id, ClientID: client, IssueDate: d(issue), DueDate: d(due), AmountInclTax: amount,
		AmountExclTax: amount, AmountPaid: paid, Currency: "EUR"}
	i.SettleStatus()
	return i
}

func cancelled(i backend.Invoice) backend.Invoice  { i.Status = backend.StatusCancelled; return i }
func writtenOff(i backend.Invoice) backend.Invoice { i.Status = backend.StatusWrittenOff; return i }

// agingLedger is seen on 2026-06-15. Days past due (DueDate.DaysUntil(today)):
//
//	id  due         days  remaining  bucket
//	1   2026-06-15     0     10,00   not_due (due today is not overdue)
//	2   2026-06-14     1     20,00   1_30
//	3   2026-05-16    30     30,00   1_30
//	4   2026-05-15    31     40,00   31_60
//	5   2026-04-16    60     50,00   31_60
//	6   2026-04-15    61     60,00   61_90
//	7   2026-03-17    90     70,00   61_90
//	8   2026-03-16    91     80,00   over_90
//	9   2026-06-25   -10     75,00   not_due (100,00 with 25,00 paid)
//	10  2026-05-01    45     40,00   31_60   (100,00 with 60,00 paid)
//	11  2025-11-27   200        —    cancelled: left out
//	12  2025-11-27   200        —    written off: left out
//	13  2026-05-01    45      0,00   paid: left out
//
// not_due 10+75 = 85,00 (2); 1_30 20+30 = 50,00 (2); 31_60 40+50+40 = 130,00 (3); 61_90 60+70 = 130,00 (2);
// over_90 80,00 (1).
var agingToday = d("2026-06-15")

func agingLedger() []backend.Invoice {
	return []backend.Invoice{
		inv(1, 1, "2026-05-16", "2026-06-15", 1000, 0),
		inv(2, 1, "2026-05-15", "2026-06-14", 2000, 0),
		inv(3, 2, "2026-04-16", "2026-05-16", 3000, 0),
		inv(4, 2, "2026-04-15", "2026-05-15", 4000, 0),
		inv(5, 3, "2026-03-17", "2026-04-16", 5000, 0),
		inv(6, 3, "2026-03-16", "2026-04-15", 6000, 0),
		inv(7, 1, "2026-02-15", "2026-03-17", 7000, 0),
		inv(8, 9, "2026-02-14", "2026-03-16", 8000, 0), // client 9 is not in agingClients
		inv(9, 2, "2026-05-26", "2026-06-25", 10000, 2500),
		inv(10, 3, "2026-04-01", "2026-05-01", 10000, 6000),
		cancelled(inv(11, 1, "2025-10-28", "2025-11-27", 99900, 0)),
		writtenOff(inv(12, 1, "2025-10-28", "2025-11-27", 88800, 0)),
		inv(13, 1, "2026-04-01", "2026-05-01", 5000, 5000),
	}
}

var agingClients = []backend.Client{
	{ID: 1, Code: "C1", Name: "Alpha"},
	{ID: 2, Code: "C2", Name: "Bêta"},
	{ID: 3, Code: "C3", Name: "Gamma"},
	{ID: 4, Code: "C4", Name: "Delta (rien à payer)"},
}

func TestAging(t *testing.T) {
	got := Aging(agingLedger(), agingToday)
	want := []Bucket{
		{Key: "not_due", Label: "Non échu", Amount: 8500, Count: 2, InvoiceIDs: []uint64{1, 9}},
		{Key: "1_30", Label: "1 à 30\u00a0jours", Amount: 5000, Count: 2, InvoiceIDs: []uint64{2, 3}},
		{Key: "31_60", Label: "31 à 60\u00a0jours", Amount: 13000, Count: 3, InvoiceIDs: []uint64{4, 5, 10}},
		{Key: "61_90", Label: "61 à 90\u00a0jours", Amount: 13000, Count: 2, InvoiceIDs: []uint64{6, 7}},
		{Key: "over_90", Label: "Plus de 90\u00a0jours", Amount: 8000, Count: 1, InvoiceIDs: []uint64{8}},
	}
	if !slices.EqualFunc(got, want, func(a, b Bucket) bool {
		return a.Key == b.Key && a.Label == b.Label && a.Amount == b.Amount && a.Count == b.Count &&
			slices.Equal(a.InvoiceIDs, b.InvoiceIDs)
	}) {
		t.Errorf("Aging =\n%+v\nwant\n%+v", got, want)
	}
	for _, b := range Aging(nil, agingToday) {
		if b.Amount != 0 || b.Count != 0 || len(b.InvoiceIDs) != 0 {
			t.Errorf("empty ledger: %+v", b)
		}
	}
}

func TestAgedBalance(t *testing.T) {
	// By client, from the table above:
	//   Alpha (1): #1 10,00 not_due, #2 20,00 1_30, #7 70,00 61_90                → 100,00
	//   Bêta (2):  #3 30,00 1_30, #4 40,00 31_60, #9 75,00 not_due                → 145,00
	//   Gamma (3): #5 50,00 31_60, #6 60,00 61_90, #10 40,00 31_60                → 150,00
	//   client 9 (not passed in): #8 80,00 over_90                                →  80,00
	//   Delta (4) owes nothing: no row.
	got := AgedBalance(agingClients, agingLedger(), agingToday)
	want := []AgedRow{
		{ClientID: 3, ClientCode: "C3", ClientName: "Gamma", Buckets: [5]backend.Cents{0, 0, 9000, 6000, 0}, Total: 15000},
		{ClientID: 2, ClientCode: "C2", ClientName: "Bêta", Buckets: [5]backend.Cents{7500, 3000, 4000, 0, 0}, Total: 14500},
		{ClientID: 1, ClientCode: "C1", ClientName: "Alpha", Buckets: [5]backend.Cents{1000, 2000, 0, 7000, 0}, Total: 10000},
		{ClientID: 9, Buckets: [5]backend.Cents{0, 0, 0, 0, 8000}, Total: 8000},
	}
	if !slices.Equal(got, want) {
		t.Errorf("AgedBalance =\n%+v\nwant\n%+v", got, want)
	}
	total := AgedTotal(got)
	if want := (AgedRow{ClientName: "Total", Buckets: [5]backend.Cents{8500, 5000, 13000, 13000, 8000}, Total: 47500}); total != want {
		t.Errorf("AgedTotal = %+v, want %+v", total, want)
	}

	// Equal totals fall back to the name.
	two := AgedBalance([]backend.Client{{ID: 1, Name: "Zoé"}, {ID: 2, Name: "Anne"}}, []backend.Invoice{
		inv(1, 1, "2026-06-01", "2026-07-01", 500, 0), inv(2, 2, "2026-06-01", "2026-07-01", 500, 0)}, agingToday)
	if len(two) != 2 || two[0].ClientName != "Anne" || two[1].ClientName != "Zoé" {
		t.Errorf("tie order: %+v", two)
	}
}

func TestBucketOf(t *testing.T) {
	for days, want := range map[int]int{-400: 0, -1: 0, 0: 0, 1: 1, 30: 1, 31: 2, 60: 2, 61: 3, 90: 3, 91: 4, 5000: 4} {
		if got := bucketOf(days); got != want {
			t.Errorf("bucketOf(%d) = %d, want %d", days, got, want)
		}
	}
}

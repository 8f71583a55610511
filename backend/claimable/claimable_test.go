package claimable

import (
	"strings"
	"testing"

	"relance/backend"
)

var d = backend.MustDate

func TestLimitation(t *testing.T) {
	for _, tc := range []struct {
		name     string
		due      string
		consumer bool
		last     string
		barred   string
	}{
		{"business 5 years", "2021-03-15", false, "2026-03-15", "2026-03-16"},
		{"consumer 2 years", "2024-03-15", true, "2026-03-15", "2026-03-16"},
		{"consumer 29 Feb to a common year", "2024-02-29", true, "2026-02-28", "2026-03-01"},
		{"business 29 Feb to a common year", "2020-02-29", false, "2025-02-28", "2025-03-01"},
		{"consumer 28 Feb in a leap year", "2026-02-28", true, "2028-02-28", "2028-02-29"},
		{"business 29 Feb 2024 to 2029", "2024-02-29", false, "2029-02-28", "2029-03-01"},
		{"year end", "2024-12-31", true, "2026-12-31", "2027-01-01"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LastDay(d(tc.due), tc.consumer); got != d(tc.last) {
				t.Errorf("LastDay = %s, want %s", got, tc.last)
			}
			if got := BarredOn(d(tc.due), tc.consumer); got != d(tc.barred) {
				t.Errorf("BarredOn = %s, want %s", got, tc.barred)
			}
			if Barred(d(tc.due), tc.consumer, d(tc.last)) {
				t.Errorf("barred on its last day %s", tc.last)
			}
			if !Barred(d(tc.due), tc.consumer, d(tc.barred)) {
				t.Errorf("not barred on %s", tc.barred)
			}
		})
	}
	if BarredOn(0, true) != 0 || Barred(0, true, d("2030-01-01")) {
		t.Error("an invoice without a due date has no limitation date")
	}
}

func TestNearingBar(t *testing.T) {
	due := d("2024-06-10") // consumer: last day 2026-06-10, barred 2026-06-11
	for _, tc := range []struct {
		today    string
		consumer bool
		want     bool
	}{
		{"2026-04-11", true, false}, // 61 days before it becomes time-barred
		{"2026-04-12", true, true},  // 60 days
		{"2026-06-10", true, true},  // the last day
		{"2026-06-11", true, false}, // already time-barred: left out, no more warning
		{"2026-06-10", false, false},
		{"2029-04-12", false, true}, // business: 5 years
	} {
		last, ok := NearingBar(due, tc.consumer, d(tc.today))
		if ok != tc.want {
			t.Errorf("%s consumer=%v: nearing %v, want %v", tc.today, tc.consumer, ok, tc.want)
		}
		if ok && last != LastDay(due, tc.consumer) {
			t.Errorf("last day %s", last)
		}
	}
	w := Warning("F-1", 12345, d("2026-06-10"), true)
	for _, want := range []string{"F-1", "123,45", "10/06/2026", "L218-2", "injonction de payer", "reconnaissance", "2240", "2241", "n'interrompt pas"} {
		if !strings.Contains(w, want) {
			t.Errorf("warning %q lacks %q", w, want)
		}
	}
}

func TestSelect(t *testing.T) {
	inv := func(id uint64, number, due string, amount, paid backend.Cents, st backend.InvoiceStatus) backend.Invoice {
		return backend.Invoice{ID: id, Number: number, IssueDate: d(due).AddDays(-30), DueDate: d(due), AmountInclTax: amount, AmountPaid: paid, Status: st}
	}
	invoices := []backend.Invoice{
		inv(1, "F-OK", "2026-05-01", 100000, 25000, backend.StatusPartiallyPaid),
		inv(2, "F-DISP", "2026-04-01", 50000, 0, backend.StatusOpen),
		inv(3, "F-CANC", "2026-03-01", 20000, 0, backend.StatusCancelled),
		inv(4, "F-LOSS", "2026-02-01", 30000, 0, backend.StatusWrittenOff),
		inv(5, "F-OLD", "2024-01-10", 40000, 0, backend.StatusOpen),
		inv(6, "F-PAID", "2026-01-10", 40000, 40000, backend.StatusPaid),
		inv(7, "F-NOTDUE", "2026-12-01", 10000, 0, backend.StatusOpen),
		inv(8, "F-RESOLVED", "2026-04-15", 10000, 0, backend.StatusOpen),
	}
	disputes := map[uint64]*backend.Dispute{
		2: {Reason: backend.DisputePrice, Since: d("2026-05-02")},
		8: {Reason: backend.DisputeQuality, Since: d("2026-05-02"), Resolved: true},
	}
	today := d("2026-06-01")
	numbers := func(invs []backend.Invoice) string {
		var s []string
		for _, i := range invs {
			s = append(s, i.Number)
		}
		return strings.Join(s, ",")
	}
	// A consumer: F-OLD (due 10/01/2024) became time-barred on 11/01/2026.
	s := Select(Input{Invoices: invoices, Disputes: disputes, Consumer: true, Today: today, DueOnly: true})
	if got := numbers(s.Claimed); got != "F-RESOLVED,F-OK" {
		t.Errorf("claimed %s", got)
	}
	var texts []string
	for _, l := range s.LeftOut {
		texts = append(texts, l.Text)
	}
	want := []string{
		"facture F-OLD (400,00 €) : prescrite le 11/01/2026 (2 ans, art. L218-2 du Code de la consommation)",
		"facture F-LOSS (300,00 €) : passée en perte",
		"facture F-CANC (200,00 €) : annulée",
		"facture F-DISP (500,00 €) : en litige depuis le 02/05/2026 (prix contesté), la somme n'est pas certaine",
	}
	if strings.Join(texts, "\n") != strings.ReplaceAll(strings.Join(want, "\n"), " €", "\u00a0€") {
		t.Errorf("left out:\n%s", strings.Join(texts, "\n"))
	}
	if got := Texts(s.LeftOut, true); len(got) != 2 || !strings.Contains(got[0], "F-OLD") || !strings.Contains(got[1], "F-DISP") {
		t.Errorf("to the debtor: %q", got)
	}
	// The consumer acknowledged F-OLD on 05/01/2026, before it became time-barred: 2 new years from that day.
	s = Select(Input{Invoices: invoices, Disputes: disputes, Interrupted: map[uint64]backend.Date{5: d("2026-01-05")}, Consumer: true, Today: today, DueOnly: true})
	if got := numbers(s.Claimed); got != "F-OLD,F-RESOLVED,F-OK" {
		t.Errorf("claimed after an interruption: %s", got)
	}
	if Start(d("2024-01-10"), d("2026-01-05")) != d("2026-01-05") || Start(d("2024-01-10"), 0) != d("2024-01-10") {
		t.Error("Start")
	}
	// A business: F-OLD is claimable for 5 years.
	s = Select(Input{Invoices: invoices, Disputes: disputes, Today: today, DueOnly: true})
	if got := numbers(s.Claimed); got != "F-OLD,F-RESOLVED,F-OK" {
		t.Errorf("business claimed %s", got)
	}
	// The statement keeps not-yet-due invoices.
	s = Select(Input{Invoices: invoices, Disputes: disputes, Today: today})
	if got := numbers(s.Claimed); got != "F-OLD,F-RESOLVED,F-OK,F-NOTDUE" {
		t.Errorf("statement claimed %s", got)
	}
	msg := Nothing("ACME", "mise en demeure", Select(Input{Invoices: invoices[1:4], Disputes: disputes, Today: today, DueOnly: true}).LeftOut)
	if !strings.HasPrefix(msg, "Pas de mise en demeure pour ACME : rien à réclamer") || !strings.Contains(msg, "F-DISP") || !strings.Contains(msg, "annulée") {
		t.Errorf("nothing: %s", msg)
	}
}

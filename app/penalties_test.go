package app

import (
	"encoding/json"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/latefee"
)

func TestPenaltyCommandJSONAsDocumented(t *testing.T) {
	r := runCLI(t, t.TempDir(), "penalty", "--amount", "5000.00", "--due", "2024-05-31", "--until", "2024-08-15", "--json")
	var got latefee.JSONResult
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("%+v %v", r, err)
	}
	if got.Total != "149.38" || got.Indemnity != "40.00" || len(got.Segments) != 2 ||
		got.Segments[0] != (latefee.JSONSegment{From: "2024-06-01", To: "2024-06-30", Days: 30, Rate: "14.50", Amount: "59.59"}) {
		t.Fatalf("%+v", got)
	}
	r = runCLI(t, t.TempDir(), "penalty", "--amount", "1500", "--due", "2025-03-01", "--consumer", "--from", "2025-03-10", "--until", "2025-08-09")
	if r.code != 0 || !strings.Contains(r.stdout, "Intérêts au taux légal : 21,61\u00a0€") || strings.Contains(r.stdout, "Indemnité") ||
		!strings.Contains(r.stdout, "3,71 %") {
		t.Fatalf("consumer: %+v", r)
	}
	if r := runCLI(t, t.TempDir(), "penalty", "--amount", "10", "--due", "2025-03-01", "--consumer"); r.code != 2 {
		t.Fatalf("consumer without notice date: %+v", r)
	}
	if r := runCLI(t, t.TempDir(), "penalty", "--amount", "4200", "--due", "2025-06-15", "--until", "2025-09-30", "--rate", "15", "--json"); r.code != 0 || !strings.Contains(r.stdout, `"total": "184.68"`) {
		t.Fatalf("contract rate: %+v", r)
	}
}

func TestInvoicePenalties(t *testing.T) {
	tab := latefee.DefaultRates()
	today := backend.MustDate("2025-04-30")
	biz := &backend.Client{ID: 1, Type: backend.Business}
	inv := &backend.Invoice{ID: 9, ClientID: 1, AmountInclTax: 1000000, DueDate: backend.MustDate("2025-03-31"), Status: backend.StatusOpen}
	v := invoicePenalty(tab, 0, inv, biz, nil, 0, today)
	if !v.Applicable || v.Total != 10808 || v.Indemnity != 4000 || v.Days != 30 { // vector D1
		t.Fatalf("overdue B2B: %+v", v)
	}
	// Paid late with a recorded payment: penalties up to the payment day.
	paid := *inv
	paid.AmountPaid, paid.Itemised, paid.Status = 1000000, 1000000, backend.StatusPaid
	pays := []backend.Payment{{Date: backend.MustDate("2025-04-30"), Amount: 1000000, Allocations: []backend.Allocation{{InvoiceID: 9, Amount: 1000000}}}}
	if v := invoicePenalty(tab, 0, &paid, biz, pays, 0, backend.MustDate("2025-06-30")); v.Total != 10808 || v.Until != "2025-04-30" {
		t.Fatalf("paid late: %+v", v)
	}
	// Imported as paid with no payment date: nothing can be claimed, and the user is told why.
	paid.Itemised = 0
	if v := invoicePenalty(tab, 0, &paid, biz, nil, 0, today); v.Applicable || !strings.Contains(v.Note, "date inconnue") {
		t.Fatalf("unknown payment date: %+v", v)
	}
	// A consumer owes nothing before the formal notice, and never the 40 €.
	cons := &backend.Client{ID: 1, Type: backend.Consumer}
	if v := invoicePenalty(tab, 0, inv, cons, nil, 0, today); v.Applicable || v.Indemnity != 0 {
		t.Fatalf("consumer before notice: %+v", v)
	}
	if v := invoicePenalty(tab, 0, inv, cons, nil, backend.MustDate("2025-04-10"), today); !v.Applicable || v.Indemnity != 0 || v.Days != 20 {
		t.Fatalf("consumer after notice: %+v", v)
	}
}

func TestUserRatesExtendTheTable(t *testing.T) {
	env := testEnv(t)
	api := &SettingsAPI{env: env}
	info, err := api.Rates()
	if err != nil || info.Warning == "" {
		t.Fatalf("a stale table must warn on 2026-11-23: %+v %v", info, err)
	}
	if _, err := api.AddRate(latefee.RateRow{HalfYear: "2027-H1", ECBPct: "2.00", LegalParticulierPct: "6", LegalAutresPct: "2.5"}); err == nil {
		t.Fatal("a gap in the table was accepted")
	}
	info, err = api.AddRate(latefee.RateRow{HalfYear: "2026-H2", ECBPct: "2.15", LegalParticulierPct: "6.50", LegalAutresPct: "2.40"})
	if err != nil || info.Warning != "" || info.Rows[len(info.Rows)-1].HalfYear != "2026-H2" || len(info.UserRows) != 1 {
		t.Fatalf("%+v %v", info, err)
	}
}

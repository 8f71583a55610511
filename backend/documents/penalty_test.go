package documents

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/latefee"
)

func TestInvoicePenalties(t *testing.T) {
	tab := latefee.DefaultRates()
	today := backend.MustDate("2025-04-30")
	biz := &backend.Client{ID: 1, Type: backend.Business}
	inv := &backend.Invoice{ID: 9, ClientID: 1, AmountInclTax: 1000000, DueDate: backend.MustDate("2025-03-31"), Status: backend.StatusOpen}
	v := InvoicePenalty(tab, 0, inv, biz, nil, 0, today)
	if !v.Applicable || v.Total != 10808 || v.Indemnity != 4000 || v.Days != 30 { // vector D1
		t.Fatalf("overdue B2B: %+v", v)
	}
	// Paid late with a recorded payment: penalties up to the payment day.
	paid := *inv
	paid.AmountPaid, paid.Itemised, paid.Status = 1000000, 1000000, backend.StatusPaid
	pays := []backend.Payment{{Date: backend.MustDate("2025-04-30"), Amount: 1000000, Allocations: []backend.Allocation{{InvoiceID: 9, Amount: 1000000}}}}
	if v := InvoicePenalty(tab, 0, &paid, biz, pays, 0, backend.MustDate("2025-06-30")); v.Total != 10808 || v.Until != "2025-04-30" {
		t.Fatalf("paid late: %+v", v)
	}
	// Imported as paid with no payment date: nothing can be claimed, and the user is told why.
	paid.Itemised = 0
	if v := InvoicePenalty(tab, 0, &paid, biz, nil, 0, today); v.Applicable || !strings.Contains(v.Note, "date inconnue") {
		t.Fatalf("unknown payment date: %+v", v)
	}
	// A consumer owes nothing before the formal notice, and never the 40 €.
	cons := &backend.Client{ID: 1, Type: backend.Consumer}
	if v := InvoicePenalty(tab, 0, inv, cons, nil, 0, today); v.Applicable || v.Indemnity != 0 {
		t.Fatalf("consumer before notice: %+v", v)
	}
	if v := InvoicePenalty(tab, 0, inv, cons, nil, backend.MustDate("2025-04-10"), today); !v.Applicable || v.Indemnity != 0 || v.Days != 20 {
		t.Fatalf("consumer after notice: %+v", v)
	}
}

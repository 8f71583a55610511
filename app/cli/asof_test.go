package cli

import (
	"testing"

	"relance/backend"
)

// asOf keeps the ledger as it is when nothing is later than the day (no copy), and otherwise leaves out what came
// after it: the later invoice, the later payment, what that payment settled owed again.
func TestAsOf(t *testing.T) {
	d := backend.MustDate
	invs := []backend.Invoice{
		{ID: 1, IssueDate: d("2026-10-01"), DueDate: d("2026-10-31"), AmountInclTax: 10000, AmountPaid: 10000, Itemised: 10000, Status: backend.StatusPaid},
		{ID: 2, IssueDate: d("2026-11-20"), DueDate: d("2026-12-20"), AmountInclTax: 5000, Status: backend.StatusOpen},
	}
	pays := []backend.Payment{{ID: 1, Date: d("2026-11-10"), Amount: 10000, Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 10000}}}}

	gotI, gotP := asOf(invs, pays, d("2026-11-23"))
	if len(gotI) != 2 || &gotI[0] != &invs[0] || len(gotP) != 1 || &gotP[0] != &pays[0] {
		t.Fatalf("nothing later than the day: the ledger should be kept as it is, got %+v %+v", gotI, gotP)
	}

	gotI, gotP = asOf(invs, pays, d("2026-11-05"))
	if len(gotI) != 1 || gotI[0].ID != 1 || gotI[0].AmountPaid != 0 || gotI[0].Remaining() != 10000 || len(gotP) != 0 {
		t.Fatalf("as of 5 November: %+v %+v", gotI, gotP)
	}
	if invs[0].AmountPaid != 10000 || len(invs) != 2 {
		t.Fatal("asOf changed its input")
	}
}

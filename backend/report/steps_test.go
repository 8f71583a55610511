package report

import (
	"testing"

	"relance/backend"
)

// Three invoices of 100 €, each reminded by e-mail on 10/11/2026:
//   - A paid in two payments, 50 € on 12/11 and 50 € on 15/11: settled 15/11, 5 days after → counts;
//   - B paid 100 € on 20/11: 10 days after → does not count;
//   - C unpaid → does not count.
//
// And a call on 16/11 for B: paid 4 days after → counts.
// E-mail: 3 sent, 1 paid within 7 days (1/3); call: 1 sent, 1 paid (1/1).
func TestStepEffect(t *testing.T) {
	d := backend.MustDate
	invs := []backend.Invoice{
		{ID: 1, DueDate: d("2026-10-31"), AmountInclTax: 10000, AmountPaid: 10000},
		{ID: 2, DueDate: d("2026-10-31"), AmountInclTax: 10000, AmountPaid: 10000},
		{ID: 3, DueDate: d("2026-10-31"), AmountInclTax: 10000},
		{ID: 4, DueDate: d("2026-09-30"), AmountInclTax: 10000, AmountPaid: 10000}, // imported as paid: due date
	}
	pays := []backend.Payment{
		{Date: d("2026-11-15"), Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 5000}}},
		{Date: d("2026-11-12"), Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 5000}}},
		{Date: d("2026-11-20"), Allocations: []backend.Allocation{{InvoiceID: 2, Amount: 10000}}},
	}
	settled := SettledOn(invs, pays)
	if settled[1] != d("2026-11-15") || settled[2] != d("2026-11-20") || settled[4] != d("2026-09-30") {
		t.Fatalf("settled %v", settled)
	}
	if _, ok := settled[3]; ok {
		t.Fatal("unpaid invoice settled")
	}
	steps := []StepSent{
		{InvoiceID: 1, Channel: backend.ChannelEmail, Step: "Relance 1", Date: d("2026-11-10")},
		{InvoiceID: 2, Channel: backend.ChannelEmail, Step: "Relance 1", Date: d("2026-11-10")},
		{InvoiceID: 3, Channel: backend.ChannelEmail, Step: "Relance 1", Date: d("2026-11-10")},
		{InvoiceID: 2, Channel: backend.ChannelCall, Step: "Appel", Date: d("2026-11-16")},
	}
	byCh, bySt := StepEffect(steps, settled)
	if len(byCh) != 2 || byCh[0].Key != "email" || byCh[0].Sent != 3 || byCh[0].PaidWithin7 != 1 ||
		byCh[1].Key != "call" || byCh[1].PaidWithin7 != 1 || byCh[1].Share != 1 {
		t.Fatalf("by channel %+v", byCh)
	}
	if len(bySt) != 2 || bySt[0].Key != "Relance 1" {
		t.Fatalf("by step %+v", bySt)
	}
}

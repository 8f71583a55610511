package cash_test

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/cash"
)

func TestPaymentsTypedByHand(t *testing.T) {
	f := newFixture(t)
	// One invoice: what exceeds what it owes stays as a credit.
	if err := f.cash.RecordInvoicePayment(cash.InvoicePayment{InvoiceID: f.inv["F-2026-0103"], Date: "2026-11-20", Amount: 1500}); err != nil {
		t.Fatal(err)
	}
	if inv := f.invoice("F-2026-0103"); inv.Status != backend.StatusPaid {
		t.Fatalf("F-2026-0103 %+v", inv)
	}
	if p := (*f.thanks)[0]; len(p.Allocations) != 1 || p.Allocations[0].Amount != 1000 || p.Unallocated() != 500 {
		t.Fatalf("payment %+v", p)
	}
	for _, bad := range []cash.InvoicePayment{{InvoiceID: f.inv["F-2026-0101"], Date: "2026-11-24", Amount: 100},
		{InvoiceID: f.inv["F-2026-0101"], Date: "2026-11-20"}} {
		if err := f.cash.RecordInvoicePayment(bad); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%+v accepted: %v", bad, err)
		}
	}
	// Spread over a client's invoices: empty allocations are dropped, the rest is a credit.
	err := f.cash.RecordPayment(cash.ClientPayment{ClientID: f.men.ID, Date: "2026-11-21", Amount: 200000, Method: "virement",
		Reference: "  VIR 2 factures ", Allocations: []backend.Allocation{{InvoiceID: f.inv["F-2026-0101"], Amount: 120000},
			{InvoiceID: f.inv["F-2026-0102"], Amount: 60000}, {InvoiceID: f.inv["F-2026-0103"]}}})
	if err != nil {
		t.Fatal(err)
	}
	if p := (*f.thanks)[1]; p.Reference != "VIR 2 factures" || len(p.Allocations) != 2 || p.Unallocated() != 20000 {
		t.Fatalf("payment %+v", p)
	}
	if err := f.cash.RecordPayment(cash.ClientPayment{ClientID: f.men.ID, Date: "2026-11-21", Amount: 100, Method: backend.MethodCreditNote}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("a credit note recorded as a payment: %v", err)
	}
	// A credit note lowers what an invoice owes, brings no money, and thanks nobody.
	if err := f.cash.RecordCreditNote(cash.CreditNote{InvoiceID: f.inv["F-2026-0201"], Number: "AV-1", Date: "2026-11-22", Amount: 36001}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("a credit note beyond what is owed: %v", err)
	}
	if err := f.cash.RecordCreditNote(cash.CreditNote{InvoiceID: f.inv["F-2026-0201"], Number: " AV-2 ", Date: "2026-11-22", Amount: 6000, Reason: "geste"}); err != nil {
		t.Fatal(err)
	}
	if inv := f.invoice("F-2026-0201"); inv.Remaining() != 30000 || len(*f.thanks) != 2 {
		t.Fatalf("after the credit note: %+v, %d thanked", inv, len(*f.thanks))
	}
	var note backend.Payment
	_ = f.cash.Store.Payments(func(p *backend.Payment) error {
		if p.Method == backend.MethodCreditNote {
			note = *p
		}
		return nil
	})
	if note.Reference != "Avoir n° AV-2 : geste" || note.Amount != 6000 {
		t.Fatalf("credit note %+v", note)
	}
	if err := f.cash.RecordCreditNote(cash.CreditNote{InvoiceID: f.inv["F-2026-0201"], Date: "2026-11-22", Amount: 100}); err == nil ||
		!strings.Contains(err.Error(), "numéro de l'avoir") {
		t.Fatalf("a credit note without its number: %v", err)
	}
}

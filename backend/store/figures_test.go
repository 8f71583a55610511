package store

import (
	"encoding/json"
	"fmt"
	"testing"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The figures' read gives, for every invoice and payment, exactly the fields of the whole record it promises —
// binary records and an older Relance's JSON ones alike — and leaves the others empty.
func TestFigureReadsMatchTheWholeRecords(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	for i := range 30 {
		inv := mustInvoice(t, s, c.ID, fmt.Sprintf("F-%03d", i), "2026-02-01", backend.Cents(1000+i))
		inv.OrderReference, inv.Notes, inv.PaymentMethod = "BC-77", "note « é »", "virement"
		if i%3 == 1 && i%2 == 0 {
			inv.Status = backend.StatusCancelled
		}
		if err := s.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
		if i%3 == 0 {
			p := backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-02-10"), Amount: 500, Method: "transfer", Reference: "VIR 12",
				Allocations: []backend.Allocation{{InvoiceID: inv.ID, Amount: 500}}}
			if err := s.RecordPayment(&p); err != nil {
				t.Fatal(err)
			}
		}
	}
	// One invoice and one payment as an older Relance wrote them.
	err := s.db.Update(func(tx *bolt.Tx) error {
		inv, _ := json.Marshal(backend.Invoice{ID: 900, Number: "F-OLD", ClientID: c.ID, IssueDate: backend.MustDate("2025-12-01"),
			DueDate: backend.MustDate("2025-12-31"), AmountInclTax: 4200, AmountPaid: 200, Status: backend.StatusPartiallyPaid, Notes: "json"})
		pay, _ := json.Marshal(backend.Payment{ID: 900, ClientID: c.ID, Date: backend.MustDate("2025-12-20"), Amount: 200, Reference: "old",
			Allocations: []backend.Allocation{{InvoiceID: 900, Amount: 200}}})
		if err := tx.Bucket(bInvoices).Put(itob(900), inv); err != nil {
			return err
		}
		return tx.Bucket(bPayments).Put(itob(900), pay)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.changed()

	whole, err := s.AllInvoices()
	if err != nil {
		t.Fatal(err)
	}
	figs, err := s.FigureInvoices()
	if err != nil || len(figs) != len(whole) {
		t.Fatalf("%d figure invoices for %d: %v", len(figs), len(whole), err)
	}
	for i, w := range whole {
		if w.ID != 900 { // a JSON record is read whole
			w.Number, w.OrderReference, w.AttachmentPath, w.Notes = "", "", "", ""
			w.CreatedAt, w.UpdatedAt = figs[i].CreatedAt, figs[i].UpdatedAt
			if !figs[i].CreatedAt.IsZero() {
				t.Errorf("invoice %d: times read", w.ID)
			}
		}
		a, _ := json.Marshal(w)
		b, _ := json.Marshal(figs[i])
		if string(a) != string(b) {
			t.Errorf("invoice %d:\n whole %s\n figs  %s", w.ID, a, b)
		}
	}
	var wholePays []backend.Payment
	if err := s.Payments(func(p *backend.Payment) error { wholePays = append(wholePays, *p); return nil }); err != nil {
		t.Fatal(err)
	}
	figPays, err := s.FigurePayments()
	if err != nil || len(figPays) != len(wholePays) || len(figPays) != 11 {
		t.Fatalf("%d figure payments for %d: %v", len(figPays), len(wholePays), err)
	}
	for i, w := range wholePays {
		if w.ID != 900 {
			w.Reference, w.CreatedAt = "", figPays[i].CreatedAt
		}
		a, _ := json.Marshal(w)
		b, _ := json.Marshal(figPays[i])
		if string(a) != string(b) {
			t.Errorf("payment %d:\n whole %s\n figs  %s", w.ID, a, b)
		}
	}
}

func FuzzDecodeFigures(f *testing.F) {
	inv := backend.Invoice{ID: 3, Number: "F-3", Notes: "note", Status: backend.StatusOpen, CreatedAt: testNow}
	raw, _ := encodeInvoice(&inv)
	f.Add(raw)
	p := backend.Payment{ID: 3, Amount: 100, Allocations: []backend.Allocation{{InvoiceID: 3, Amount: 100}}, CreatedAt: testNow}
	praw, _ := encodePayment(&p)
	f.Add(praw)
	f.Fuzz(func(t *testing.T, b []byte) {
		// Never a panic; and a record the whole decoders accept, the figures' ones accept too.
		var inv, whole backend.Invoice
		if decodeInvoice(b, &whole) == nil && decodeInvoiceFigures(b, &inv) != nil {
			t.Fatal("an invoice read whole is refused by the figures")
		}
		var pm, wholeP backend.Payment
		if decodePayment(b, &wholeP) == nil && decodePaymentFigures(b, &pm) != nil {
			t.Fatal("a payment read whole is refused by the figures")
		}
	})
}

// InvoicesWhere gives the same invoices, whole, whether the process keeps the ledger decoded or not.
func TestInvoicesWhereBothWays(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	for i := range 12 {
		inv := mustInvoice(t, s, c.ID, fmt.Sprintf("F-%03d", i), "2026-02-01", backend.Cents(1000+i))
		inv.Notes, inv.OrderReference = fmt.Sprintf("note %d", i), "BC-1"
		if i%4 == 0 {
			inv.AmountPaid = inv.AmountInclTax
			inv.SettleStatus()
		}
		if err := s.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	owed := func(inv *backend.Invoice) bool { return inv.Remaining() > 0 }
	scanned, err := s.InvoicesWhere(owed) // nothing decoded yet: the scan
	if err != nil || len(scanned) != 9 {
		t.Fatalf("%d owed invoices scanned: %v", len(scanned), err)
	}
	if _, err := s.AllInvoices(); err != nil { // now kept decoded
		t.Fatal(err)
	}
	kept, err := s.InvoicesWhere(owed)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(scanned)
	b, _ := json.Marshal(kept)
	if string(a) != string(b) || scanned[0].Notes != "note 1" || scanned[0].Number != "F-001" {
		t.Fatalf("scan and decoded differ:\n%s\n%s", a, b)
	}
}

package store

import (
	"testing"

	"relance/backend"
)

// The decoded invoices and payments follow every commit, and what callers do with their copies never reaches them.
func TestDecodedRecordsFollowTheWrites(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	inv := mustInvoice(t, s, c.ID, "F-1", "2026-10-31", 12000)
	total := func() (n int, owed backend.Cents) {
		t.Helper()
		if err := s.Invoices(func(i *backend.Invoice) error {
			n++
			owed += i.Remaining()
			i.AmountInclTax = 0 // a caller scribbling on its copy
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return n, owed
	}
	if n, owed := total(); n != 1 || owed != 12000 {
		t.Fatalf("%d invoices, %v owed", n, owed)
	}
	if n, owed := total(); n != 1 || owed != 12000 {
		t.Fatalf("the copy reached the kept invoice: %d, %v", n, owed)
	}
	mustInvoice(t, s, c.ID, "F-2", "2026-11-30", 3000)
	if n, owed := total(); n != 2 || owed != 15000 {
		t.Fatalf("after a new invoice: %d, %v", n, owed)
	}
	p := backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-11-05"), Amount: 5000, Method: "transfer",
		Allocations: []backend.Allocation{{InvoiceID: inv.ID, Amount: 5000}}}
	if err := s.RecordPayment(&p); err != nil {
		t.Fatal(err)
	}
	if _, owed := total(); owed != 10000 {
		t.Fatalf("after a payment: %v owed", owed)
	}
	// Right after a write, one client's payments come through the index; once all are decoded, from them.
	if _, _, fresh := s.freshPayments(); fresh {
		t.Fatal("payments decoded before anyone asked")
	}
	pays, err := s.ClientPayments(c.ID)
	if err != nil || len(pays) != 1 || pays[0].Amount != 5000 {
		t.Fatalf("%+v %v", pays, err)
	}
	if err := s.Warm(); err != nil {
		t.Fatal(err)
	}
	if _, _, fresh := s.freshPayments(); !fresh {
		t.Fatal("payments not kept decoded")
	}
	pays, err = s.ClientPayments(c.ID)
	if err != nil || len(pays) != 1 || pays[0].Amount != 5000 {
		t.Fatalf("decoded: %+v %v", pays, err)
	}
	pays[0].Allocations[0].Amount = 1
	again, _ := s.ClientPayments(c.ID)
	if again[0].Allocations[0].Amount != 5000 {
		t.Fatal("a caller's change reached the kept payment")
	}
	all, err := s.AllPayments()
	if err != nil || len(all) != 1 || all[0].Allocations[0].Amount != 5000 {
		t.Fatalf("all payments: %+v %v", all, err)
	}
	all[0].Allocations[0].Amount = 2
	all[0].Allocations = append(all[0].Allocations, backend.Allocation{InvoiceID: 99, Amount: 1})
	if again, _ := s.AllPayments(); again[0].Allocations[0].Amount != 5000 || len(again[0].Allocations) != 1 {
		t.Fatalf("a caller's change reached the kept payments: %+v", again)
	}
	if other, _ := s.ClientPayments(c.ID + 1); len(other) != 0 {
		t.Fatalf("another client's payments: %+v", other)
	}
	cls, _ := s.Clients()
	cls[0].Contacts = append(cls[0].Contacts, backend.Contact{Email: "x@y.fr"})
	cls[0].Name = "changed"
	if again, _ := s.Clients(); len(again) != 1 || again[0].Name != "Alpha" || len(again[0].Contacts) != len(c.Contacts) {
		t.Fatalf("a caller's change reached the kept client: %+v", again)
	}
	c.Name = "Alpha SARL"
	if err := s.SaveClient(&c); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Clients(); again[0].Name != "Alpha SARL" {
		t.Fatalf("after a rename: %+v", again[0])
	}
	n := 0
	if err := s.Payments(func(*backend.Payment) error { n++; return nil }); err != nil || n != 1 {
		t.Fatalf("%d payments %v", n, err)
	}
}

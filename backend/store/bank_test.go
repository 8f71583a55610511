package store

import (
	"testing"

	"relance/backend"
)

func TestBankLinesImportOnceAndConfirm(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	inv := mustInvoice(t, s, c.ID, "F-1", "2026-11-01", 12000)
	lines := []backend.BankLine{
		{Key: "k1", BookedOn: backend.MustDate("2026-11-20"), Amount: 15000, Currency: "EUR", Label: "VIR ALPHA F-1"},
		{Key: "k2", BookedOn: backend.MustDate("2026-11-21"), Amount: -3000, Currency: "EUR", Label: "PRLV EDF"},
	}
	if r, err := s.ImportBankLines("a.csv", lines, true); err != nil || r.Added != 2 {
		t.Fatalf("dry run %+v %v", r, err)
	}
	if all, _ := s.BankLines(); len(all) != 0 {
		t.Fatal("dry run wrote lines")
	}
	if r, err := s.ImportBankLines("a.csv", lines, false); err != nil || r.Added != 2 || r.Credits != 1 || r.CreditSum != 15000 {
		t.Fatalf("import %+v %v", r, err)
	}
	// An overlapping statement adds only what is new.
	more := append(lines, backend.BankLine{Key: "k3", BookedOn: backend.MustDate("2026-11-22"), Amount: 500, Label: "VIR X"})
	if r, err := s.ImportBankLines("b.csv", more, false); err != nil || r.Added != 1 || r.Duplicates != 2 {
		t.Fatalf("overlap %+v %v", r, err)
	}
	if last, _ := s.LastBankImport(); last.IsZero() {
		t.Fatal("last import not remembered")
	}
	// Confirming pays the invoice and keeps the excess as a credit; twice is refused.
	p := &backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-11-20"), Amount: 15000, Method: "transfer", Reference: "VIR ALPHA F-1",
		Allocations: []backend.Allocation{{InvoiceID: inv.ID, Amount: 12000}}}
	if err := s.ConfirmBankLine("k1", p); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Invoice(inv.ID)
	if got.Status != backend.StatusPaid {
		t.Fatalf("invoice %+v", got)
	}
	if err := s.ConfirmBankLine("k1", &backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-11-20"), Amount: 15000}); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("second confirmation: %v", err)
	}
	if err := s.ConfirmBankLine("k3", &backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-11-22"), Amount: 400}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("amount differing from the line: %v", err)
	}
	if err := s.IgnoreBankLine("k2", "prélèvement fournisseur"); err != nil {
		t.Fatal(err)
	}
	open, _ := s.BankLines(backend.BankUnmatched)
	if len(open) != 1 || open[0].Key != "k3" {
		t.Fatalf("unmatched %+v", open)
	}
	l, _ := s.BankLine("k1")
	if l.Status != backend.BankMatched || l.PaymentID == 0 || l.ClientID != c.ID {
		t.Fatalf("matched line %+v", l)
	}
}

package store

import (
	"strings"
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

func TestReopenBankLine(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	a := mustInvoice(t, s, c.ID, "F-1", "2026-11-01", 12000)
	b := mustInvoice(t, s, c.ID, "F-2", "2026-11-05", 5000)
	lines := []backend.BankLine{
		{Key: "k1", BookedOn: backend.MustDate("2026-11-20"), Amount: 20000, Currency: "EUR", Label: "VIR ALPHA"},
		{Key: "k2", BookedOn: backend.MustDate("2026-11-21"), Amount: 700, Currency: "EUR", Label: "VIR INCONNU"},
	}
	if _, err := s.ImportBankLines("a.csv", lines, false); err != nil {
		t.Fatal(err)
	}
	pay := func() *backend.Payment {
		return &backend.Payment{ClientID: c.ID, Date: backend.MustDate("2026-11-20"), Amount: 20000, Method: "transfer", Reference: "VIR ALPHA",
			Allocations: []backend.Allocation{{InvoiceID: a.ID, Amount: 12000}, {InvoiceID: b.ID, Amount: 3000}}}
	}
	if err := s.ConfirmBankLine("k1", pay()); err != nil {
		t.Fatal(err)
	}
	if err := s.ReopenBankLine("k1", "mauvais client"); err != nil {
		t.Fatal(err)
	}
	// The invoices owe again what the payment paid, the payment is gone, the line waits again.
	if got, _ := s.Invoice(a.ID); got.Status != backend.StatusOpen || got.AmountPaid != 0 || got.Itemised != 0 {
		t.Fatalf("F-1 after undo %+v", got)
	}
	if got, _ := s.Invoice(b.ID); got.Status != backend.StatusOpen || got.Remaining() != 5000 {
		t.Fatalf("F-2 after undo %+v", got)
	}
	if pays, _ := s.ClientPayments(c.ID); len(pays) != 0 {
		t.Fatalf("payments left %+v", pays)
	}
	if l, _ := s.BankLine("k1"); l.Status != backend.BankUnmatched || l.PaymentID != 0 || l.ClientID != 0 {
		t.Fatalf("line %+v", l)
	}
	if list, _ := s.ListInvoices(backend.InvoiceQuery{Status: "unpaid"}); list.Total != 2 {
		t.Fatalf("the lists still see %d unpaid invoices", list.Total)
	}
	evs, _ := s.ClientEvents(c.ID, 0)
	if len(evs) == 0 || evs[0].Kind != "bank.reopened" || !strings.Contains(evs[0].Summary, "mauvais client") {
		t.Fatalf("journal %+v", evs)
	}
	// The same line can be confirmed again (its payment key is free), then an edited invoice blocks the undo.
	if err := s.ConfirmBankLine("k1", pay()); err != nil {
		t.Fatalf("confirm again: %v", err)
	}
	inv, _ := s.Invoice(b.ID)
	inv.Status = backend.StatusCancelled
	if err := s.SaveInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	if err := s.ReopenBankLine("k1", ""); backend.ErrorCode(err) != backend.ECONFLICT || !strings.Contains(err.Error(), "F-2") {
		t.Fatalf("undo over a cancelled invoice: %v", err)
	}
	if got, _ := s.Invoice(a.ID); got.Status != backend.StatusPaid {
		t.Fatalf("a refused undo changed F-1: %+v", got)
	}
	// An ignored line comes back; a waiting one cannot be reopened.
	if err := s.IgnoreBankLine("k2", "virement interne"); err != nil {
		t.Fatal(err)
	}
	if err := s.ReopenBankLine("k2", ""); err != nil {
		t.Fatal(err)
	}
	if l, _ := s.BankLine("k2"); l.Status != backend.BankUnmatched || l.Note != "" {
		t.Fatalf("ignored line %+v", l)
	}
	if err := s.ReopenBankLine("k2", ""); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("reopening a waiting line: %v", err)
	}
	if err := s.ReopenBankLine("nope", ""); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("unknown line: %v", err)
	}
}

package documents

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/documents/documentstest"
)

func nbspText(t *testing.T, path string) string {
	return documentstest.OneLine(documentstest.PDFText(t, path))
}

func TestClientCreditIsDeductedFromTheClaim(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	// An overpayment of 150 € no invoice accounts for, and an unused credit note of 100 €.
	for _, p := range []backend.Payment{
		{ClientID: biz.ID, Date: backend.MustDate("2026-11-02"), Amount: 15000, Method: "transfer"},
		{ClientID: biz.ID, Date: backend.MustDate("2026-11-03"), Amount: 10000, Method: backend.MethodCreditNote},
	} {
		if err := s.Store.RecordPayment(&p); err != nil {
			t.Fatal(err)
		}
	}
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")
	draft, err := s.NoticeDraft(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	if draft.Claim.Credit != 25000 || draft.Claim.Total() != draft.Claim.Principal+draft.Claim.Interest+draft.Claim.Indemnity-25000 {
		t.Fatalf("credit not deducted: %+v", draft)
	}
	view, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	text := nbspText(t, s.Path(view.Document.File))
	if !strings.Contains(text, "À déduire : crédit en votre faveur (règlements non affectés, avoirs non utilisés) -250,00 €") &&
		!strings.Contains(text, "À déduire : crédit en votre faveur (règlements non affectés, avoirs non utilisés) −250,00 €") {
		t.Errorf("notice does not show the deduction:\n%s", text)
	}
	if !strings.Contains(text, "TOTAL RÉCLAMÉ "+documentstest.OneLine(backend.FormatEUR(draft.Claim.Total()))) {
		t.Errorf("notice total is not %s:\n%s", documentstest.OneLine(backend.FormatEUR(draft.Claim.Total())), text)
	}
	d, err := s.GenerateDossier(biz.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	if text := nbspText(t, s.Path(d.Document.File)); !strings.Contains(text, "À déduire : crédit en votre faveur") {
		t.Errorf("dossier does not show the deduction:\n%s", text)
	}
	// A credit that covers everything: nothing to claim.
	big := backend.Payment{ClientID: biz.ID, Date: backend.MustDate("2026-11-04"), Amount: 500000, Method: "transfer"}
	if err := s.Store.RecordPayment(&big); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID}); backend.ErrorCode(err) != backend.EINVALID ||
		!strings.Contains(backend.ErrorMessage(err), "crédit") {
		t.Fatalf("notice covered by a credit: %v", err)
	}
}

func TestCancelledOrWrittenOffInvoiceIsNeverClaimed(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")
	second, _ := s.Store.InvoiceByNumber("F-2026-0102")
	if _, err := s.Store.SetInvoiceStatus(first.ID, backend.StatusCancelled, "erreur de facturation"); err != nil {
		t.Fatal(err)
	}
	draft, err := s.NoticeDraft(NoticeRequest{InvoiceID: second.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(draft.Claim.Lines) != 1 || draft.Claim.Lines[0].Number != "F-2026-0102" || len(draft.LeftOut) != 1 || !strings.Contains(draft.LeftOut[0], "annulée") {
		t.Fatalf("%+v", draft)
	}
	view, err := s.GenerateNotice(NoticeRequest{InvoiceID: second.ID})
	if err != nil {
		t.Fatal(err)
	}
	if text := nbspText(t, s.Path(view.Document.File)); strings.Contains(text, "F-2026-0101") {
		t.Errorf("the letter names the cancelled invoice:\n%s", text)
	}
	if _, err := s.Store.SetInvoiceStatus(second.ID, backend.StatusWrittenOff, "client en faillite"); err != nil {
		t.Fatal(err)
	}
	_, err = s.GenerateDossier(biz.ID, true)
	if msg := backend.ErrorMessage(err); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(msg, "passée en perte") || !strings.Contains(msg, "annulée") {
		t.Fatalf("dossier of cancelled and written-off invoices: %v", err)
	}
}

// The insolvency watch takes out of a claim the invoices a proceeding stops, each with its reason.
func TestClaimLeavesOutWhatTheWatchHalts(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	s.Halts = func(clientID uint64, claimed []backend.Invoice, left []claimable.LeftOut) ([]backend.Invoice, []claimable.LeftOut, error) {
		if clientID != biz.ID {
			t.Errorf("halts asked about client %d", clientID)
		}
		var kept []backend.Invoice
		for _, inv := range claimed {
			if inv.Number == "F-2026-0101" {
				left = append(left, claimable.LeftOut{Invoice: inv, Reason: "proceeding", Outstanding: inv.Remaining(), Text: "facture F-2026-0101 : à déclarer"})
				continue
			}
			kept = append(kept, inv)
		}
		return kept, left, nil
	}
	c, err := s.Claim(biz.ID, backend.Today(s.Clock), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Lines) != 1 || c.Lines[0].Number != "F-2026-0102" || c.Principal != 60000 || c.Indemnity != 4000 ||
		len(c.LeftOut) != 1 || c.LeftOut[0].Text != "facture F-2026-0101 : à déclarer" {
		t.Fatalf("%+v", c)
	}
}

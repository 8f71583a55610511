package app

import (
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/documents/documentstest"
)

// Issue 14, point 1: only certain, due and unpaid sums, in the notice, the statement and the court file.
func nbspText(t *testing.T, path string) string {
	return oneLine(pdfText(t, path))
}

func oneLine(s string) string { return documentstest.OneLine(s) }

func disputeInvoice(t *testing.T, env *Env, number string) backend.Invoice {
	t.Helper()
	inv, err := env.Store.InvoiceByNumber(number)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (&ChaseAPI{env: env}).SetDispute(inv.ID, string(backend.DisputePrice), "remise promise"); err != nil {
		t.Fatal(err)
	}
	return inv
}

func TestDisputedInvoiceIsLeftOutOfNoticeStatementAndDossier(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	first := disputeInvoice(t, env, "F-2026-0101")
	draft, err := api.NoticeDraft(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(draft.Lines) != 1 || draft.Lines[0].Number != "F-2026-0102" || draft.Principal != 60000 || draft.Indemnity != 4000 ||
		len(draft.LeftOut) != 1 || !strings.Contains(draft.LeftOut[0], "F-2026-0101") || !strings.Contains(draft.LeftOut[0], "en litige") {
		t.Fatalf("%+v", draft)
	}
	view, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	text := nbspText(t, view.Path)
	for _, want := range []string{"La facture suivante n'est pas réclamée par la présente : facture F-2026-0101 (1 200,00 €) : en litige depuis le 23/11/2026 (prix contesté)",
		"Principal restant dû (1 facture) 600,00 €"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q:\n%s", want, text)
		}
	}
	if len(view.LeftOut) != 1 || view.Document.Amount != draft.TotalClaimed {
		t.Errorf("view %+v", view)
	}
	st, err := api.GenerateStatement(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	text = nbspText(t, st.Path)
	if !strings.Contains(text, "Factures non réclamées") && !strings.Contains(text, "Facture non réclamée") || !strings.Contains(text, "F-2026-0101 (1 200,00 €) : en litige") {
		t.Errorf("statement does not say the disputed invoice is left out:\n%s", text)
	}
	if !strings.Contains(text, "SOLDE DÛ 610,00 €") { // 600 € overdue + 10 € not due; the disputed 1 200 € is out
		t.Errorf("statement balance:\n%s", text)
	}
	d, err := api.GenerateDossier(biz.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	text = nbspText(t, d.Path)
	if !strings.Contains(text, "Facture non comprise dans la demande : facture F-2026-0101 (1 200,00 €) : en litige") {
		t.Errorf("dossier does not say the disputed invoice is left out:\n%s", text)
	}
	// Both overdue invoices disputed: nothing left to claim, refused with the reason.
	disputeInvoice(t, env, "F-2026-0102")
	_, err = api.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), "Pas de mise en demeure pour Menuiserie Lefèvre : rien à réclamer") ||
		!strings.Contains(backend.ErrorMessage(err), "F-2026-0102") {
		t.Fatalf("notice with nothing to claim: %v", err)
	}
	if _, err = api.GenerateDossier(biz.ID, true); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), "Pas de dossier d'injonction de payer") {
		t.Fatalf("dossier with nothing to claim: %v", err)
	}
}

func TestTimeBarredInvoicesAreLeftOut(t *testing.T) {
	env, biz, cons := ledgerWithOverdue(t) // today 23/11/2026
	api := &DocumentsAPI{env: env}
	for _, inv := range []backend.Invoice{
		// Consumer, due 20/11/2024: time-barred on 21/11/2026 (2 years).
		{Number: "F-2024-0901", ClientID: cons.ID, IssueDate: backend.MustDate("2024-10-21"), DueDate: backend.MustDate("2024-11-20"), AmountExclTax: 20000, AmountInclTax: 20000},
		// Business, due 20/11/2024: 5 years, still claimable.
		{Number: "F-2024-0902", ClientID: biz.ID, IssueDate: backend.MustDate("2024-10-21"), DueDate: backend.MustDate("2024-11-20"), AmountExclTax: 20000, AmountInclTax: 20000},
		// Business, due 20/11/2021: time-barred on 21/11/2026 (5 years).
		{Number: "F-2021-0903", ClientID: biz.ID, IssueDate: backend.MustDate("2021-10-21"), DueDate: backend.MustDate("2021-11-20"), AmountExclTax: 30000, AmountInclTax: 30000},
	} {
		if err := env.Store.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	consInv, _ := env.Store.InvoiceByNumber("F-2026-0201")
	draft, err := api.NoticeDraft(NoticeRequest{InvoiceID: consInv.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(draft.Lines) != 1 || len(draft.LeftOut) != 1 || draft.LeftOut[0] != "facture F-2024-0901 (200,00\u00a0€) : prescrite le 21/11/2026 (2 ans, art. L218-2 du Code de la consommation)" {
		t.Fatalf("consumer: %+v", draft)
	}
	view, err := api.GenerateNotice(NoticeRequest{InvoiceID: consInv.ID})
	if err != nil {
		t.Fatal(err)
	}
	if text := nbspText(t, view.Path); !strings.Contains(text, "F-2024-0901 (200,00 €) : prescrite le 21/11/2026") {
		t.Errorf("consumer notice:\n%s", text)
	}
	bizInv, _ := env.Store.InvoiceByNumber("F-2026-0101")
	draft, err = api.NoticeDraft(NoticeRequest{InvoiceID: bizInv.ID})
	if err != nil {
		t.Fatal(err)
	}
	var numbers []string
	for _, l := range draft.Lines {
		numbers = append(numbers, l.Number)
	}
	if strings.Join(numbers, ",") != "F-2024-0902,F-2026-0101,F-2026-0102" || len(draft.LeftOut) != 1 ||
		!strings.Contains(draft.LeftOut[0], "F-2021-0903 (300,00\u00a0€) : prescrite le 21/11/2026 (5 ans, art. L110-4 du Code de commerce)") {
		t.Fatalf("business: %v %q", numbers, draft.LeftOut)
	}
	// The consumer acknowledged the debt on 10/11/2026, before 21/11/2026: a new period of 2 years, claimed again.
	old, _ := env.Store.InvoiceByNumber("F-2024-0901")
	chase := &ChaseAPI{env: env}
	if _, err := chase.InterruptLimitation(old.ID, "2026-12-01", backend.InterruptAcknowledgment, ""); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("an interruption in the future: %v", err)
	}
	v, err := chase.InterruptLimitation(old.ID, "2026-11-10", backend.InterruptAcknowledgment, "courrier du 10/11")
	if err != nil || v.Chase.Interruption == nil {
		t.Fatalf("%+v %v", v, err)
	}
	draft, err = api.NoticeDraft(NoticeRequest{InvoiceID: consInv.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(draft.Lines) != 2 || len(draft.LeftOut) != 0 {
		t.Fatalf("after the acknowledgment: %+v", draft)
	}
	ev, _ := env.Store.ClientEvents(old.ClientID, 5)
	if len(ev) == 0 || !strings.Contains(ev[0].Summary, "prescription interrompue le 10/11/2026") || !strings.Contains(ev[0].Summary, "nouveau délai jusqu'au 10/11/2028") {
		t.Fatalf("timeline: %+v", ev)
	}
	_ = biz
}

// The daily run passes over a formal-notice step with nothing left to claim (here a credit covers it all),
// saying why, instead of stopping the whole run.
func TestRunPassesOverANoticeWithNothingToClaim(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &ChaseAPI{env: env}
	sc := backend.Scenario{ID: "med", Name: "Mise en demeure", Steps: []backend.Step{
		{ID: "med", Name: "Mise en demeure", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelLetter, Template: "notice"},
	}}
	if _, err := api.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	if _, err := api.SetClientScenario(biz.ID, "med"); err != nil {
		t.Fatal(err)
	}
	credit := backend.Payment{ClientID: biz.ID, Date: backend.MustDate("2026-11-20"), Amount: 500000, Method: backend.MethodCreditNote}
	if err := env.Store.RecordPayment(&credit); err != nil {
		t.Fatal(err)
	}
	rep, err := api.service().Run(backend.Today(env.Clock), false)
	if err != nil {
		t.Fatalf("the run stopped: %v", err)
	}
	if rep.Letters != 0 || len(rep.Actions) == 0 || rep.Actions[0].Action.Status != "skipped" || !strings.Contains(rep.Actions[0].Action.Reason, "crédit") {
		t.Fatalf("%+v", rep)
	}
	if docs, _ := env.Store.ClientDocuments(biz.ID); len(docs) != 0 {
		t.Fatalf("documents: %+v", docs)
	}
	ev, _ := env.Store.ClientEvents(biz.ID, 10)
	found := false
	for _, e := range ev {
		found = found || strings.Contains(e.Summary, "Étape « Mise en demeure » passée : Pas de mise en demeure pour Menuiserie Lefèvre")
	}
	if !found {
		t.Fatalf("timeline: %+v", ev)
	}
}

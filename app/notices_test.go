package app

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/documents/documentstest"
)

// ledgerWithOverdue: a company, a business client and a consumer, each with overdue invoices, on 2026-11-23.
func ledgerWithOverdue(t *testing.T) (*Env, backend.Client, backend.Client) {
	env := testEnv(t)
	biz, cons := documentstest.OverdueLedger(t, env.Store)
	return env, biz, cons
}

func pdfText(t *testing.T, path string) string { return documentstest.PDFText(t, path) }

func TestFormalNoticeFromAnOverdueInvoice(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	first, _ := env.Store.InvoiceByNumber("F-2026-0101")
	draft, err := api.NoticeDraft(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	// Two overdue invoices (the third is not due); 40 € each; 8 days from the letter's receipt.
	if len(draft.Lines) != 2 || draft.Principal != 180000 || draft.Indemnity != 8000 || draft.Penalties <= 0 ||
		draft.TotalClaimed != draft.Principal+draft.Penalties+draft.Indemnity || draft.DeadlineDays != 8 || len(draft.Intro) == 0 {
		t.Fatalf("%+v", draft)
	}
	if _, err := api.NoticeDraft(NoticeRequest{InvoiceID: first.ID, DeadlineDays: 90}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("deadline of 90 days accepted: %v", err)
	}
	view, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID, Registered: true, RegisteredNumber: "1A 123 456 7890 1"})
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, view.Path)
	for _, want := range []string{"MISE EN DEMEURE DE PAYER", "F-2026-0101", "F-2026-0102", "1 200,00 €", "L441-10", "40,00 €",
		"dans un délai de 8 jours à compter de la réception de la présente.", "1A 123 456 7890 1", "Menuiserie Lefèvre", "FR76"} {
		if !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(text, "\u00a0", " ")), " "), want) {
			t.Errorf("formal notice lacks %q", want)
		}
	}
	if strings.Contains(text, "F-2026-0103") {
		t.Error("an invoice not yet due was claimed")
	}
	// Served to the window from the archive, by id only.
	rec := httptest.NewRecorder()
	DocumentHandler(env).ServeHTTP(rec, httptest.NewRequest("GET", view.URL, nil))
	if rec.Code != 200 || rec.Header().Get("Content-Type") != "application/pdf" || !strings.HasPrefix(rec.Body.String(), "%PDF") {
		t.Fatalf("served: %d %s", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	DocumentHandler(env).ServeHTTP(rec, httptest.NewRequest("GET", "/documents/../relance.db", nil))
	if rec.Code != 404 {
		t.Fatalf("path traversal answered %d", rec.Code)
	}
	// Sending facts, then the court file names the notice, its proof and the competent court.
	if _, err := api.RecordSending(view.Document.ID, SendingFacts{SentOn: "23/11/2026", AcknowledgedOn: "2026-11-25"}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("acknowledgment in the future accepted: %v", err)
	}
	if _, err := api.RecordSending(view.Document.ID, SendingFacts{SentOn: "23/11/2026"}); err != nil {
		t.Fatal(err)
	}
	dossier, err := api.GenerateDossier(biz.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	text = strings.ReplaceAll(pdfText(t, dossier.Path), "\u00a0", " ")
	for _, want := range []string{"Tribunal des activités économiques de Marseille", "12946", "F-2026-0101", view.Document.SHA256[:8] + " " + view.Document.SHA256[8:16]} {
		if !strings.Contains(text, want) {
			t.Errorf("dossier lacks %q", want)
		}
	}
	docs, _ := api.List(biz.ID)
	if len(docs) != 2 || docs[0].Document.Kind != backend.DocDossier {
		t.Fatalf("documents: %+v", docs)
	}
}

func TestConsumerNoticeHasNoIndemnityAndStatementAndLetter(t *testing.T) {
	env, _, cons := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	inv, _ := env.Store.InvoiceByNumber("F-2026-0201")
	view, err := api.GenerateNotice(NoticeRequest{InvoiceID: inv.ID})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(pdfText(t, view.Path), "\u00a0", " ")
	if strings.Contains(text, "40,00 €") || strings.Contains(text, "L441-10") || !strings.Contains(text, "1231-6") {
		t.Errorf("consumer notice wording wrong:\n%s", text)
	}
	letter, err := api.GenerateReminderLetter(inv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, letter.Path); !strings.Contains(text, "F-2026-0201") {
		t.Error("reminder letter lacks the invoice")
	}
	st, err := api.GenerateStatement(cons.ID)
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.ReplaceAll(pdfText(t, st.Path), "\u00a0", " "); !strings.Contains(text, "360,00 €") {
		t.Error("statement lacks the balance")
	}
	if _, err := os.Stat(filepath.Join(env.Dirs.Data, "documents")); err != nil {
		t.Fatal(err)
	}
	notDue, _ := env.Store.InvoiceByNumber("F-2026-0103")
	if _, err := api.GenerateNotice(NoticeRequest{InvoiceID: notDue.ID}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("notice for an invoice not due: %v", err)
	}
}

func TestPenaltyClaimForInvoicesPaidLate(t *testing.T) {
	env, biz, cons := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	inv := &InvoicesAPI{env: env}
	first, _ := env.Store.InvoiceByNumber("F-2026-0101")
	if _, err := api.GeneratePenaltyClaim(biz.ID); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("claim with nothing paid late: %v", err)
	}
	if _, err := inv.RecordPayment(PaymentRequest{InvoiceID: first.ID, Date: "2026-10-30", Amount: 120000}); err != nil {
		t.Fatal(err)
	}
	view, err := api.GeneratePenaltyClaim(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	// 1 200 € due 31/08, paid 30/10: 60 days at 12.15 % = 23,97 €, plus 40 €.
	if view.Document.Amount != 2397+4000 || len(view.Document.InvoiceIDs) != 1 {
		t.Fatalf("%+v", view.Document)
	}
	text := strings.ReplaceAll(pdfText(t, view.Path), "\u00a0", " ")
	if !strings.Contains(text, "réglées après leur") || !strings.Contains(text, "63,97 €") {
		t.Errorf("claim text:\n%s", text)
	}
	if _, err := api.GeneratePenaltyClaim(biz.ID); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("the same invoice claimed twice: %v", err)
	}
	if _, err := api.GeneratePenaltyClaim(cons.ID); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("claim to a consumer: %v", err)
	}
}

func TestClientPageShowsPenalties(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	v, err := (&ClientsAPI{env: env}).Get(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Claim.Invoices != 2 || v.Claim.Principal != 180000 || v.Claim.Indemnity != 8000 || v.Claim.Penalties <= 0 ||
		v.Claim.Total != v.Claim.Principal+v.Claim.Penalties+v.Claim.Indemnity {
		t.Fatalf("%+v", v.Claim)
	}
}

// The window and the command line show a notice's last day to pay once its receipt is recorded.
func TestDocumentViewShowsTheNoticeDeadline(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	first, _ := env.Store.InvoiceByNumber("F-2026-0101")
	n, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil || n.Deadline != "" {
		t.Fatalf("a notice not received has a deadline: %q %v", n.Deadline, err)
	}
	// Received on Saturday 21/11: 8 days later is Sunday 29/11, so Monday 30/11.
	v, err := api.RecordSending(n.Document.ID, SendingFacts{SentOn: "2026-11-20", AcknowledgedOn: "2026-11-21"})
	if err != nil || v.Deadline != "2026-11-30" {
		t.Fatalf("deadline %q %v", v.Deadline, err)
	}
	if views, err := api.List(biz.ID); err != nil || len(views) != 1 || views[0].Deadline != "2026-11-30" || views[0].URL != documentURL(n.Document.ID) {
		t.Fatalf("listed: %+v %v", views, err)
	}
}

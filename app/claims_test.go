package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/documents/documentstest"
	"relance/backend/store"
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

// openData opens a data folder the command line wrote, at the tests' date.
func openData(t *testing.T, dir string) *Env {
	t.Helper()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	dirs := desktop.ResolveDirs(dir)
	st, err := store.Open(dirs.Store, store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: NopEmitter{}}, Dirs: dirs}
}

// The round trip of issue 14: demo, then cancel, write off and dispute invoices of a client; export the clients,
// invoices and payments; import them into a fresh folder: a notice on that client claims exactly the same.
func TestExportImportRoundTripClaimsTheSame(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if r := runCLI(t, a, "demo", "--clients", "30", "--invoices", "400", "--seed", "7"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	env := openData(t, a)
	today := backend.Today(env.Clock)
	clients, err := env.Store.Clients()
	if err != nil {
		t.Fatal(err)
	}
	var client backend.Client
	var overdue []backend.Invoice
	for _, c := range clients {
		invs, _ := env.Store.ClientInvoices(c.ID)
		var due []backend.Invoice
		for _, inv := range invs {
			if ch, _ := env.Store.InvoiceChase(inv.ID); inv.IsOverdue(today) && !ch.Disputed() {
				due = append(due, inv)
			}
		}
		if c.Type == backend.Business && len(due) >= 4 {
			client, overdue = c, due
			break
		}
	}
	if client.ID == 0 {
		t.Fatal("no business client with 4 overdue invoices in the demo")
	}
	if _, err := env.Store.SetInvoiceStatus(overdue[0].ID, backend.StatusCancelled, "erreur"); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.SetInvoiceStatus(overdue[1].ID, backend.StatusWrittenOff, "perte"); err != nil {
		t.Fatal(err)
	}
	company, err := env.Store.Company()
	if err != nil {
		t.Fatal(err)
	}
	env.Store.Close()
	if r := runCLI(t, a, "dispute", overdue[2].Number, "--reason", "prix"); r.code != 0 {
		t.Fatalf("dispute: %+v", r)
	}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		r := runCLI(t, a, "export", kind)
		if r.code != 0 {
			t.Fatalf("export %s: %+v", kind, r)
		}
		if kind == "invoices" && (!strings.Contains(r.stdout, overdue[0].Number+",") || !strings.Contains(r.stdout, ",cancelled\n") ||
			!strings.Contains(r.stdout, ",written_off\n") || !strings.Contains(r.stdout, ",disputed\n")) {
			t.Fatalf("the invoices export lacks the statuses:\n%.400s", r.stdout)
		}
		path := filepath.Join(t.TempDir(), kind+".csv")
		if err := os.WriteFile(path, []byte(r.stdout), 0o600); err != nil {
			t.Fatal(err)
		}
		if r := runCLI(t, b, "import", kind, path); r.code != 0 {
			t.Fatalf("import %s: %+v", kind, r)
		}
	}
	fresh := openData(t, b)
	if err := fresh.Store.SaveCompany(&company); err != nil { // the company profile is not in the CSV files
		t.Fatal(err)
	}
	fresh.Store.Close()
	notice := func(dir string) (string, []string) {
		out := filepath.Join(t.TempDir(), "mise-en-demeure.pdf")
		r := runCLI(t, dir, "notice", "--invoice", overdue[3].Number, "--out", out)
		if r.code != 0 {
			t.Fatalf("notice in %s: %+v", dir, r)
		}
		var leftOut []string
		for _, l := range strings.Split(r.stdout, "\n") {
			if s, ok := strings.CutPrefix(l, "Non réclamée : "); ok {
				leftOut = append(leftOut, s[:strings.Index(s, ") : ")+1]) // the invoice and its amount
			}
		}
		text := oneLine(pdfText(t, out))
		return text[strings.Index(text, "Principal restant dû") : strings.Index(text, "TOTAL RÉCLAMÉ")+40], leftOut
	}
	amountsA, leftA := notice(a)
	amountsB, leftB := notice(b)
	if amountsA != amountsB || strings.Join(leftA, "|") != strings.Join(leftB, "|") {
		t.Fatalf("the imported ledger claims otherwise:\n%s\n%q\n%s\n%q", amountsA, leftA, amountsB, leftB)
	}
	for _, inv := range overdue[:3] {
		if !strings.Contains(strings.Join(leftA, "|"), "facture "+inv.Number+" (") {
			t.Errorf("%s is not named as left out: %q", inv.Number, leftA)
		}
	}
}

// Point 4: the command line says what it left out, and refuses with exit code 1 when nothing is left to claim.
func TestCLINoticeAndDossierSayWhatTheyLeaveOut(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	data := env.Dirs.Data
	env.Store.Close()
	if r := runCLI(t, data, "dispute", "F-2026-0101", "--reason", "qualité"); r.code != 0 {
		t.Fatalf("dispute: %+v", r)
	}
	out := filepath.Join(t.TempDir(), "mise-en-demeure.pdf")
	r := runCLI(t, data, "notice", "--invoice", "F-2026-0102", "--out", out)
	if r.code != 0 || !strings.Contains(oneLine(r.stdout), "Non réclamée : facture F-2026-0101 (1 200,00 €) : en litige depuis le 23/11/2026 (qualité contestée)") {
		t.Fatalf("notice: %+v", r)
	}
	r = runCLI(t, data, "dossier", "--client", "MEN", "--force", "--out", filepath.Join(t.TempDir(), "dossier.pdf"))
	if r.code != 0 || !strings.Contains(r.stdout, "Non réclamée : facture F-2026-0101") {
		t.Fatalf("dossier: %+v", r)
	}
	if r := runCLI(t, data, "dispute", "F-2026-0102", "--reason", "prix"); r.code != 0 {
		t.Fatalf("dispute: %+v", r)
	}
	for _, args := range [][]string{{"notice", "--invoice", "F-2026-0102"}, {"dossier", "--client", "MEN"}} {
		dest := filepath.Join(t.TempDir(), "x.pdf")
		r := runCLI(t, data, append(args, "--out", dest)...)
		if r.code != 1 || !strings.Contains(r.stderr, "rien à réclamer") || !strings.Contains(r.stderr, "F-2026-0101") ||
			!strings.Contains(r.stderr, "F-2026-0102") || r.stdout != "" {
			t.Fatalf("%s with nothing to claim: %+v", args[0], r)
		}
		if _, err := os.Stat(dest); !os.IsNotExist(err) {
			t.Errorf("%s wrote %s", args[0], dest)
		}
	}
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

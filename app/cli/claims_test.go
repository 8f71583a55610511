package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/documents/documentstest"
)

// Issue 14, point 1: only certain, due and unpaid sums, in the notice, the statement and the court file.
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
		text := documentstest.OneLine(documentstest.PDFText(t, out))
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
	if r.code != 0 || !strings.Contains(documentstest.OneLine(r.stdout), "Non réclamée : facture F-2026-0101 (1 200,00 €) : en litige depuis le 23/11/2026 (qualité contestée)") {
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

package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/store"
)

// The command line says what happened, with an exit status a scheduler can act on (issue 21, point 3).

func TestCLIRunWithoutMailboxSaysNothingLeftAndExits3(t *testing.T) {
	env, _, _, _ := mailLedger(t)
	if err := app.SaveMailConfig(env, app.MailConfig{}); err != nil { // no mailbox
		t.Fatal(err)
	}
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	if r.code != ExitIncomplete {
		t.Fatalf("exit %d, want %d: %+v", r.code, ExitIncomplete, r)
	}
	for _, want := range []string{"E-mails : 0 envoyé, 2 en attente : messagerie non configurée", "relance config set mail.from", "code de sortie 3"} {
		if !strings.Contains(r.stdout, want) {
			t.Fatalf("run output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout+r.stderr, "Paramètres") {
		t.Fatalf("the command line names the window's settings:\n%s", r.stdout)
	}
	// --json keeps its array on stdout and the same status; --dry-run only lists.
	if r := runCLI(t, data, "run", "--today", "2026-11-23", "--json"); r.code != ExitIncomplete || !strings.HasPrefix(r.stdout, "[") {
		t.Fatalf("run --json: %+v", r)
	}
	if r := runCLI(t, data, "run", "--today", "2026-11-23", "--dry-run"); r.code != ExitOK {
		t.Fatalf("run --dry-run: %+v", r)
	}
}

func TestCLIRunThatSendsEverythingExits0(t *testing.T) {
	env, _, sink, _ := mailLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	// One client has no address: its reminder cannot leave, the run says so and exits 3.
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	if r.code != ExitIncomplete || !strings.Contains(r.stdout, "E-mails : 1 envoyé, 1 en attente : aucune adresse e-mail valide pour Mme Claire Petit") {
		t.Fatalf("%+v", r)
	}
	// Once it has one, the next run sends it and exits 0.
	st, close := openStore(t, data)
	pet, err := st.ClientByCode("PET")
	if err != nil {
		t.Fatal(err)
	}
	pet.Contacts = []backend.Contact{{FirstName: "Claire", LastName: "Petit", Email: "claire.petit@example.com", Billing: true}}
	if err := st.SaveClient(&pet); err != nil {
		t.Fatal(err)
	}
	close()
	r = runCLI(t, data, "run", "--today", "2026-11-23")
	if r.code != ExitOK || !strings.Contains(r.stdout, "E-mails : 1 envoyé.") || strings.Contains(r.stdout, "en attente") {
		t.Fatalf("%+v", r)
	}
	if n := len(sink.Messages()); n != 2 {
		t.Fatalf("%d messages reached the mailbox", n)
	}
}

func openStore(t *testing.T, data string) (*store.Store, func()) {
	t.Helper()
	st, err := store.Open(filepath.Join(data, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st, func() { st.Close() }
}

func TestCLIRefusesAFolderWithoutLedger(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "mistyped")
	for _, args := range [][]string{{"run"}, {"export", "clients"}, {"report"}, {"outbox"}, {"backup", filepath.Join(t.TempDir(), "b.db")},
		{"config", "get", "mail.from"}, {"reconcile"}, {"notice", "--invoice", "F1", "--out", filepath.Join(t.TempDir(), "n.pdf")}} {
		r := runCLI(t, missing, args...)
		if r.code != ExitRefused || !strings.Contains(r.stderr, "aucun registre dans "+missing) || !strings.Contains(r.stderr, "relance demo") {
			t.Fatalf("%v: %+v", args, r)
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Fatalf("%v created the folder: %v", args, err)
		}
	}
	// A mistyped command is still a wrong command line, not a missing ledger.
	if r := runCLI(t, missing, "frobnicate"); r.code != ExitUsage {
		t.Fatalf("%+v", r)
	}
	// demo creates one; then the commands read it.
	if r := runCLI(t, missing, "demo", "--clients", "3", "--invoices", "5"); r.code != ExitOK {
		t.Fatalf("demo: %+v", r)
	}
	if r := runCLI(t, missing, "export", "clients"); r.code != ExitOK {
		t.Fatalf("export after demo: %+v", r)
	}
	// config set is a setup command: it may create the ledger it stores into.
	other := filepath.Join(t.TempDir(), "new")
	if r := runCLI(t, other, "config", "set", "mail.from", "claire@example.com"); r.code != ExitOK {
		t.Fatalf("config set: %+v", r)
	}
}

func TestCLIVersionAndHelpCreateNothing(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing")
	for _, args := range [][]string{{"version"}, {"help"}, {"--help"}, {}} {
		var out, errb strings.Builder
		c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", CrashReports: true}
		if code := c.Run(missing, args); code != ExitOK {
			t.Fatalf("%v: exit %d %s", args, code, errb.String())
		}
		if _, err := os.Stat(missing); !os.IsNotExist(err) {
			t.Fatalf("%v created the data folder: %v", args, err)
		}
	}
}

func TestCrashLogOnlyAfterACrash(t *testing.T) {
	// A clean run leaves no crash.log (nor a logs folder it made); an existing report is kept.
	dirs := desktop.ResolveDirs(t.TempDir())
	done := desktop.EnableCrashReports(dirs)
	if _, err := os.Stat(filepath.Join(dirs.Logs, "crash.log")); err != nil {
		t.Fatalf("crash.log not open during the run: %v", err)
	}
	done()
	if _, err := os.Stat(dirs.Logs); !os.IsNotExist(err) {
		t.Fatalf("logs folder left after a clean exit: %v", err)
	}
	report := []byte("panic: une panne passée\n")
	os.MkdirAll(dirs.Logs, 0o700)
	os.WriteFile(filepath.Join(dirs.Logs, "crash.log"), report, 0o600)
	desktop.EnableCrashReports(dirs)()
	if b, err := os.ReadFile(filepath.Join(dirs.Logs, "crash.log")); err != nil || string(b) != string(report) {
		t.Fatalf("a past report was lost: %q %v", b, err)
	}
	// A demo through the command line with crash reports on leaves no crash.log either.
	data := t.TempDir()
	var out, errb strings.Builder
	c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", CrashReports: true}
	if code := c.Run(data, []string{"demo", "--clients", "2", "--invoices", "2"}); code != ExitOK {
		t.Fatalf("demo: %s", errb.String())
	}
	if _, err := os.Stat(filepath.Join(data, "logs", "crash.log")); !os.IsNotExist(err) {
		t.Fatalf("crash.log after a clean demo: %v", err)
	}
}

var isoDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)

func TestCLIExcelExportImportsBack(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	if r := runCLI(t, a, "demo", "--clients", "12", "--invoices", "60", "--seed", "3"); r.code != ExitOK {
		t.Fatalf("demo: %+v", r)
	}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		x := runCLI(t, a, "export", kind, "--excel")
		if x.code != ExitOK || !strings.HasPrefix(x.stdout, "\uFEFF") || !strings.Contains(strings.SplitN(x.stdout, "\n", 2)[0], ";") {
			t.Fatalf("export %s --excel: %+v", kind, x)
		}
		if kind != "clients" && (isoDate.MatchString(x.stdout) || !strings.Contains(x.stdout, "/20")) {
			t.Fatalf("export %s --excel keeps ISO dates:\n%.300s", kind, x.stdout)
		}
		path := filepath.Join(t.TempDir(), kind+".csv")
		if err := os.WriteFile(path, []byte(x.stdout), 0o600); err != nil {
			t.Fatal(err)
		}
		if r := runCLI(t, b, "import", kind, path); r.code != ExitOK {
			t.Fatalf("import %s --excel: %+v", kind, r)
		}
	}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		if runCLI(t, b, "export", kind).stdout != runCLI(t, a, "export", kind).stdout {
			t.Fatalf("%s do not round-trip through the Excel CSV", kind)
		}
	}
	for _, args := range [][]string{{"export", "clients", "--format", "xlsx"}, {"export", "clients", "--format", "json", "--excel"},
		{"export", "all"}, {"export", "factures"}} {
		if r := runCLI(t, a, args...); r.code != ExitUsage {
			t.Fatalf("%v: %+v", args, r)
		}
	}
}

func TestCLINoticeThatCannotBeWrittenIsNotArchived(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	data := env.Dirs.Data
	men, err := env.Store.ClientByCode("MEN")
	if err != nil {
		t.Fatal(err)
	}
	env.Store.Close()
	documents := func() int {
		st, close := openStore(t, data)
		defer close()
		docs, err := st.ClientDocuments(men.ID)
		if err != nil {
			t.Fatal(err)
		}
		return len(docs)
	}
	for _, out := range []string{filepath.Join(t.TempDir(), "absent", "mise-en-demeure.pdf"), t.TempDir()} {
		r := runCLI(t, data, "notice", "--invoice", "F-2026-0102", "--today", "2026-11-23", "--out", out)
		if r.code != ExitRefused || !strings.Contains(r.stderr, "rien n'a été produit ni archivé") || strings.Contains(r.stderr, "no such file") {
			t.Fatalf("%s: %+v", out, r)
		}
		if n := documents(); n != 0 {
			t.Fatalf("%s: %d documents archived for a notice not written", out, n)
		}
	}
	out := filepath.Join(t.TempDir(), "mise-en-demeure.pdf")
	if r := runCLI(t, data, "notice", "--invoice", "F-2026-0102", "--today", "2026-11-23", "--out", out); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	if n := documents(); n != 1 {
		t.Fatalf("%d documents archived, want 1", n)
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Fatalf("files left beside the notice: %v", entries)
	}
}

func TestCLIDisputeTakesTheFrenchWordsItLists(t *testing.T) {
	env, _, _ := chaseLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	for _, c := range []struct{ word, label string }{{"qualité", "Qualité contestée"}, {"Qualite", "Qualité contestée"}, {"prix", "Prix contesté"},
		{"non commandé", "Non commandé"}, {"non-commande", "Non commandé"}, {"marchandise non reçue", "non reçue"}, {"non_recu", "non reçue"},
		{"AUTRE", "Autre"}, {"not_ordered", "Non commandé"}, {"price", "Prix contesté"}} {
		r := runCLI(t, data, "dispute", "F-2026-0101", "--reason", c.word)
		if r.code != ExitOK || !strings.Contains(r.stdout, c.label) {
			t.Fatalf("--reason %q: %+v", c.word, r)
		}
	}
	if r := runCLI(t, data, "dispute", "F-2026-0101", "--reason", "retard"); r.code != ExitUsage || !strings.Contains(r.stderr, "qualité, prix") {
		t.Fatalf("unknown reason: %+v", r)
	}
}

func TestCLIPenaltyWarnsOfUnknownRatesOnlyWhenThePeriodNeedsThem(t *testing.T) {
	// The test clock is 23/11/2026, past the shipped table: a 2024 period is covered by it.
	r := runCLI(t, t.TempDir(), "penalty", "--amount", "5000.00", "--due", "2024-05-31", "--until", "2024-08-15")
	if r.code != ExitOK || strings.Contains(r.stderr, "Taux inconnus après le ") {
		t.Fatalf("warned for a period the table covers: %+v", r)
	}
	r = runCLI(t, t.TempDir(), "penalty", "--amount", "5000.00", "--due", "2024-05-31", "--until", "2030-01-15")
	if r.code != ExitOK || !strings.Contains(r.stderr, "Taux inconnus après le ") {
		t.Fatalf("no warning for a period past the table: %+v", r)
	}
}

func TestCLIReportTodayIsAsOfThatDay(t *testing.T) {
	data, dir := t.TempDir(), t.TempDir()
	files := map[string]string{
		"clients":  "client_code,name\nC1,Menuiserie Lefèvre\n",
		"invoices": "number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,currency,amount_paid\nF1,C1,2026-09-01,2026-10-01,1000.00,200.00,1200.00,EUR,0\nF2,C1,2026-11-20,2026-12-20,500.00,100.00,600.00,EUR,0\n",
		"payments": "date,amount,invoice_number\n2026-11-15,1200.00,F1\n",
	}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		path := filepath.Join(dir, kind+".csv")
		os.WriteFile(path, []byte(files[kind]), 0o600)
		if r := runCLI(t, data, "import", kind, path); r.code != ExitOK {
			t.Fatalf("import %s: %+v", kind, r)
		}
	}
	type figures struct {
		Outstanding, Overdue, Collected string
		Open                            int
	}
	get := func(day string) figures {
		r := runCLI(t, data, "report", "--today", day, "--json")
		var f reportFigures
		if err := json.Unmarshal([]byte(r.stdout), &f); err != nil || r.code != ExitOK {
			t.Fatalf("report --today %s: %+v %v", day, r, err)
		}
		return figures{f.Outstanding, f.Overdue, f.CollectedThisMonth, f.OpenInvoices}
	}
	// On 10/11 F1 was unpaid and overdue, F2 not issued, nothing collected in November yet.
	if got, want := get("2026-11-10"), (figures{"1200.00", "1200.00", "0.00", 1}); got != want {
		t.Errorf("as of 10/11: %+v, want %+v", got, want)
	}
	// On 23/11 F1 is paid, F2 issued and not due.
	if got, want := get("2026-11-23"), (figures{"600.00", "0.00", "1200.00", 1}); got != want {
		t.Errorf("as of 23/11: %+v, want %+v", got, want)
	}
	if got, want := get("2026-08-01"), (figures{"0.00", "0.00", "0.00", 0}); got != want {
		t.Errorf("before any invoice: %+v, want %+v", got, want)
	}
}

func TestCLIDemoWithoutInvoices(t *testing.T) {
	data := t.TempDir()
	r := runCLI(t, data, "demo", "--clients", "4", "--invoices", "0")
	if r.code != ExitOK || !strings.Contains(r.stdout, "4 clients, 0 facture") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "export", "invoices"); r.code != ExitOK || strings.Count(r.stdout, "\n") != 1 {
		t.Fatalf("invoices created: %q", r.stdout)
	}
}

func TestCLISystemErrorsInFrench(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "2", "--invoices", "2"); r.code != ExitOK {
		t.Fatalf("demo: %+v", r)
	}
	notDir := filepath.Join(t.TempDir(), "fichier")
	os.WriteFile(notDir, []byte("x"), 0o600)
	for _, args := range [][]string{
		{"backup", filepath.Join(notDir, "copie.db")},
		{"restore", filepath.Join(t.TempDir(), "absent.db")},
		{"import", "clients", filepath.Join(t.TempDir(), "absent.csv")},
		{"import", "bank", t.TempDir()},
	} {
		r := runCLI(t, data, args...)
		if r.code != ExitRefused || r.stderr == "" {
			t.Fatalf("%v: %+v", args, r)
		}
		for _, english := range []string{"no such file", "permission denied", "is a directory", "not a directory", "open ", "mkdir "} {
			if strings.Contains(r.stderr, english) {
				t.Errorf("%v: English system error %q:\n%s", args, english, r.stderr)
			}
		}
	}
}

func TestCLICommandThatWritesNothingLeavesNoFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nothing")
	var out, errb strings.Builder
	c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", CrashReports: true}
	if code := c.Run(missing, []string{"penalty", "--amount", "1000", "--due", "2025-01-31", "--until", "2025-03-01"}); code != ExitOK {
		t.Fatalf("penalty: %d %s", code, errb.String())
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Fatalf("penalty left the data folder: %v", err)
	}
}

func TestCLIConfigGetOfAnUnsetSetting(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "config", "set", "mail.from", "claire@example.com"); r.code != ExitOK {
		t.Fatalf("%+v", r)
	}
	for key, want := range map[string]string{"mail.smtp.port": "non défini (par défaut : 465)\n", "mail.smtp.host": "non défini\n",
		"mail.from": "claire@example.com\n"} {
		if r := runCLI(t, data, "config", "get", key); r.code != ExitOK || r.stdout != want {
			t.Errorf("config get %s: %+v, want %q", key, r, want)
		}
	}
	runCLI(t, data, "config", "set", "mail.smtp.security", "starttls")
	if r := runCLI(t, data, "config", "get", "mail.smtp.port"); r.stdout != "non défini (par défaut : 587)\n" {
		t.Errorf("port with STARTTLS: %+v", r)
	}
	runCLI(t, data, "config", "set", "mail.smtp.port", "2525")
	if r := runCLI(t, data, "config", "get", "mail.smtp.port"); r.stdout != "2525\n" {
		t.Errorf("port set: %+v", r)
	}
}

func TestCLIRunWhoseMessageIsRefusedExits3(t *testing.T) {
	env, _, sink, _ := mailLedger(t)
	data := env.Dirs.Data
	st := env.Store
	pet, err := st.ClientByCode("PET")
	if err != nil {
		t.Fatal(err)
	}
	pet.Contacts = []backend.Contact{{FirstName: "Claire", LastName: "Petit", Email: "claire.petit@example.com", Billing: true}}
	if err := st.SaveClient(&pet); err != nil {
		t.Fatal(err)
	}
	st.Close()
	sink.FailNext(550, 1) // the first recipient is refused for good
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	if r.code != ExitIncomplete || !strings.Contains(r.stdout, "E-mails : 1 envoyé, 1 en échec") {
		t.Fatalf("%+v", r)
	}
}

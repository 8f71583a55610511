package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app"
	"relance/backend"
	"relance/backend/store"
)

type cliRun struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, data string, args ...string) cliRun {
	t.Helper()
	var out, errb bytes.Buffer
	c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
	code := c.Run(data, args)
	return cliRun{code, out.String(), errb.String()}
}

func TestCLIDemoExportImportRoundTrip(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	r := runCLI(t, a, "demo", "--clients", "150", "--invoices", "2500", "--seed", "4")
	if r.code != 0 || !strings.Contains(r.stdout, "150 clients, 2500 factures") {
		t.Fatalf("demo: %+v", r)
	}
	if r := runCLI(t, a, "demo"); r.code != 1 || !strings.Contains(r.stderr, "dossier vide") {
		t.Fatalf("demo twice: %+v", r)
	}
	exports := map[string]string{}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		r := runCLI(t, a, "export", kind)
		if r.code != 0 {
			t.Fatalf("export %s: %+v", kind, r)
		}
		exports[kind] = r.stdout
		path := filepath.Join(t.TempDir(), kind+".csv")
		if err := os.WriteFile(path, []byte(r.stdout), 0o600); err != nil {
			t.Fatal(err)
		}
		if r := runCLI(t, b, "import", kind, path); r.code != 0 {
			t.Fatalf("import %s: %+v", kind, r)
		}
		// Importing the same file again changes nothing.
		if r := runCLI(t, b, "import", kind, path); r.code != 0 || !strings.Contains(r.stdout, "0 créée, 0 mise à jour") {
			t.Fatalf("re-import %s: %+v", kind, r)
		}
	}
	for _, kind := range []string{"clients", "invoices", "payments"} {
		if r := runCLI(t, b, "export", kind); r.stdout != exports[kind] {
			t.Fatalf("%s do not round-trip through CSV", kind)
		}
	}
	r = runCLI(t, a, "export", "invoices", "--format", "json")
	var invoices []backend.Invoice
	if err := json.Unmarshal([]byte(r.stdout), &invoices); err != nil || len(invoices) != 2500 {
		t.Fatalf("json export: %d invoices, %v", len(invoices), err)
	}
	r = runCLI(t, a, "export", "all", "--format", "json")
	var all app.LedgerExport
	if err := json.Unmarshal([]byte(r.stdout), &all); err != nil || len(all.Clients) != 150 || len(all.Payments) == 0 {
		t.Fatalf("export all: %v", err)
	}
}

func TestCLIImportWithBadRowNamesItAndWritesNothing(t *testing.T) {
	data := t.TempDir()
	dir := t.TempDir()
	clients := filepath.Join(dir, "clients.csv")
	os.WriteFile(clients, []byte("client_code;name;siren\nC1;Menuiserie Lefèvre;552081317\nC2;Transports Moreau;123456789\n"), 0o600)
	r := runCLI(t, data, "import", "clients", clients)
	if r.code != 1 || !strings.Contains(r.stderr, "ligne 3, colonne siren") || !strings.Contains(r.stderr, "Aucune donnée n'a été importée") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "export", "clients"); strings.Count(r.stdout, "\n") != 1 {
		t.Fatalf("something was imported: %q", r.stdout)
	}
	r = runCLI(t, data, "import", clients, "clients", "--dry-run")
	if r.code != 2 {
		t.Fatalf("wrong kind accepted: %+v", r)
	}
	r = runCLI(t, data, "import", "clients", clients, "--skip-invalid")
	if r.code != 0 || !strings.Contains(r.stdout, "2 lignes, 1 créée") || !strings.Contains(r.stdout, "1 ignorée car invalide") {
		t.Fatalf("skip invalid: %+v", r)
	}
	if r := runCLI(t, data, "import", "clients", filepath.Join(dir, "absent.csv")); r.code != 1 || !strings.Contains(r.stderr, "absent.csv : fichier ou dossier introuvable") {
		t.Fatalf("missing file: %+v", r)
	}
}

func TestCLIBackupRestoreVersionAndUsage(t *testing.T) {
	data := t.TempDir()
	runCLI(t, data, "demo", "--clients", "10", "--invoices", "50")
	backup := filepath.Join(t.TempDir(), "copie.db")
	if r := runCLI(t, data, "backup", backup); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if err := os.Remove(filepath.Join(data, store.FileName)); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, data, "restore", backup); r.code != 0 || !strings.Contains(r.stdout, "10 clients, 50 factures") {
		t.Fatalf("restore: %+v", r)
	}
	if r := runCLI(t, data, "restore", filepath.Join(data, "nope.db")); r.code != 1 || !strings.Contains(r.stderr, "introuvable") {
		t.Fatalf("restore missing: %+v", r)
	}
	if r := runCLI(t, data, "version"); r.code != 0 || r.stdout != "relance test\n" {
		t.Fatalf("version: %+v", r)
	}
	if r := runCLI(t, data, "frobnicate"); r.code != 2 || !strings.Contains(r.stderr, "inconnue") {
		t.Fatalf("unknown: %+v", r)
	}
	// A second process on the same data gets a clear message rather than hanging.
	st, err := store.Open(filepath.Join(data, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if r := runCLI(t, data, "demo"); r.code != 1 || !strings.Contains(r.stderr, "déjà ouvertes") {
		t.Fatalf("busy store: %+v", r)
	}
}

func TestSplitGlobalAndIsCommand(t *testing.T) {
	data, rest, err := SplitGlobal([]string{"import", "--data", "/x", "clients", "f.csv"})
	if err != nil || data != "/x" || strings.Join(rest, " ") != "import clients f.csv" {
		t.Fatalf("%q %q %v", data, rest, err)
	}
	if _, _, err := SplitGlobal([]string{"--data"}); err == nil {
		t.Fatal("--data without a folder accepted")
	}
	if IsCommand(nil) || IsCommand([]string{"-devserver", "x"}) || !IsCommand([]string{"demo"}) || !IsCommand([]string{"--help"}) {
		t.Fatal("IsCommand")
	}
}

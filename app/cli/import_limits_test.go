package cli

import (
	"encoding/base64"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app"
	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/cash"
	"relance/backend/store"
)

// A file over the import limit is refused before it is read, naming the file, its size, the limit and what to do;
// a bank statement likewise, with its own limit.
func TestImportOverTheLimitSaysWhatToDo(t *testing.T) {
	defer func(a, b int64) { app.MaxImportBytes, cash.MaxStatementBytes = a, b }(app.MaxImportBytes, cash.MaxStatementBytes)
	app.MaxImportBytes, cash.MaxStatementBytes = 1<<20, 1<<20
	dir := t.TempDir()
	invoices := filepath.Join(dir, "grand-livre-2019-2026.csv")
	writeInvoicesCSV(t, invoices, 3<<20/2) // 1.5 MB
	r := runCLI(t, filepath.Join(dir, "data"), "import", "invoices", invoices)
	want := "le fichier " + invoices + " fait 2 Mo, au-delà de la limite de 1 Mo pour un import : découpez-le en plusieurs fichiers"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("import over the limit: %+v\nwant %q", r, want)
	}
	var b strings.Builder
	b.WriteString("Date;Libellé;Débit;Crédit\n")
	for i := 0; b.Len() < 3<<20/2; i++ {
		fmt.Fprintf(&b, "%02d/%02d/2026;VIR SEPA SARL CLIENT %d FA-2026-%05d;;1 234,56\n", 1+i%28, 1+i%12, i, i)
	}
	statement := filepath.Join(dir, "releve-2020-2026.csv")
	if err := os.WriteFile(statement, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, filepath.Join(dir, "data"), "import", "bank", statement)
	want = "le relevé " + statement + " fait 2 Mo, au-delà de la limite de 1 Mo : exportez depuis votre banque une période plus courte"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("statement over the limit: %+v\nwant %q", r, want)
	}
	// The window's import says the same of the file the user picked.
	env := testEnv(t)
	api := app.NewBindings(env).Import
	data, _ := os.ReadFile(invoices)
	_, err := api.Preview("invoices", "grand-livre.csv", base64.StdEncoding.EncodeToString(data))
	if err == nil || !strings.Contains(err.Error(), "le fichier grand-livre.csv fait 2 Mo, au-delà de la limite de 1 Mo") {
		t.Errorf("window preview over the limit: %v", err)
	}
}

// An import larger than one transaction should hold (written in batches into a copy of the store) is still all or
// nothing: a bad line at the very end leaves the ledger as it was and no copy behind; the corrected file is
// imported whole; the window's import of it shows in the lists at once.
func TestLargeImportAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	clients, invoices := filepath.Join(dir, "clients.csv"), filepath.Join(dir, "factures.csv")
	writeClientsCSV(t, clients, 5000)
	if r := runCLI(t, data, "import", "clients", clients); r.code != 0 {
		t.Fatalf("clients: %+v", r)
	}
	n := writeInvoicesCSV(t, invoices, 2<<20) // ≈ 20 500 invoices, more than store's bulk threshold
	if n <= 20_000 {
		t.Fatalf("only %d invoices: the test must go through the bulk import", n)
	}
	good, _ := os.ReadFile(invoices)
	bad := string(good) + "C00001;FA-2026-LAST;31/02/2026;31/03/2026;100,00;20,00;120,00;EUR;0,00;Virement;BC-1\n"
	if err := os.WriteFile(invoices, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(data, store.FileName)
	before, _ := os.Stat(db)
	r := runCLI(t, data, "import", "invoices", invoices)
	if r.code != 1 || !strings.Contains(r.stderr, fmt.Sprintf("ligne %d", n+2)) || !strings.Contains(r.stderr, "Aucune donnée n'a été importée") {
		t.Fatalf("bad last line: %+v", r)
	}
	if out := runCLI(t, data, "export", "invoices"); strings.Count(out.stdout, "\n") != 1 {
		t.Fatalf("a refused import wrote %d invoices", strings.Count(out.stdout, "\n")-1)
	}
	after, _ := os.Stat(db)
	if _, err := os.Stat(db + ".import"); !os.IsNotExist(err) || after.Size() != before.Size() {
		t.Errorf("refused import left its copy (%v) or changed the store (%d → %d bytes)", err, before.Size(), after.Size())
	}

	// The window, with its lists already built, imports the good file: the lists show it.
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(db, store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	env := &app.Env{Deps: service.Deps{Store: st, Clock: clock, Log: slog.New(slog.DiscardHandler), Emitter: app.NopEmitter{}}, Dirs: desktop.ResolveDirs(data)}
	defer st.Close()
	if o, err := st.Overview(); err != nil || o.Invoices != 0 {
		t.Fatalf("overview before: %+v %v", o, err)
	}
	api := app.NewBindings(env).Import
	p, err := api.Preview("invoices", "factures.csv", base64.StdEncoding.EncodeToString(good))
	if err != nil || p.RowCount != n {
		t.Fatalf("preview: %d rows, %v", p.RowCount, err)
	}
	res, err := api.Run(app.ImportRequest{Token: p.Token, Mapping: p.Mapping})
	if err != nil || !res.Written || res.Created != n || res.Rows != n {
		t.Fatalf("import: %+v %v", res, err)
	}
	if o, err := st.Overview(); err != nil || o.Invoices != n {
		t.Fatalf("overview after the import: %d invoices, %v", o.Invoices, err)
	}
	if _, err := os.Stat(db + ".import"); !os.IsNotExist(err) {
		t.Errorf("the import's copy is still there: %v", err)
	}
}

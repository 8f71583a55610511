package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
)

func TestCLIImportBankAndReconcile(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	dir := env.Dirs.Data
	env.Store.Close()
	file := filepath.Join(t.TempDir(), "releve.ofx")
	if err := os.WriteFile(file, []byte(apptest.OFX), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, int) {
		var out bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &out, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		code := c.Run(dir, args)
		return out.String(), code
	}
	if out, code := run("import", "bank", file, "--dry-run"); code != 0 || !strings.Contains(out, "2 opérations nouvelles") {
		t.Fatalf("dry run %d: %s", code, out)
	}
	if out, code := run("import", "bank", file); code != 0 || !strings.Contains(out, "dont 1 encaissement (") {
		t.Fatalf("import %d: %s", code, out)
	}
	out, code := run("reconcile", "--json")
	var lines []reconcileLine
	if code != 0 || json.Unmarshal([]byte(out), &lines) != nil || len(lines) != 1 || lines[0].Suggestions[0].Invoices[0] != "F-2026-0101" {
		t.Fatalf("reconcile %d: %s", code, out)
	}
	if out, code := run("reconcile", "--auto"); code != 0 || !strings.Contains(out, "1 paiement rapproché automatiquement") || !strings.Contains(out, "0 encaissement à rapprocher") {
		t.Fatalf("reconcile --auto %d: %s", code, out)
	}
	// The dashboard figures from the command line (see TestDashboardReportAndAgedBalance), after the payment of
	// F-2026-0101: 970 € outstanding, 960 € overdue.
	out, code = run("report", "--today", "2026-11-23", "--json")
	var rep reportFigures
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || rep.Outstanding != "970.00" || rep.Overdue != "960.00" ||
		rep.Aging["61_90"] != "0.00" || rep.CollectedThisMonth != "1200.00" {
		t.Fatalf("report --json %d: %s", code, out)
	}
	if out, code := run("import", "bank", filepath.Join(t.TempDir(), "absent.csv")); code != 1 || !strings.Contains(out, "impossible de lire") {
		t.Fatalf("missing file %d: %s", code, out)
	}
}

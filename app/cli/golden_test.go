package cli

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The command line's outputs on a fixed demo ledger are kept in testdata/cli_golden: moving code between packages
// (issue #20) must leave them byte-identical. After a deliberate change of an output, refresh them with
// `go test ./app/ -run TestCLIGoldenOutputs -update-golden` and read the diff.
// A Message-ID is random by design (RFC 5322 uniqueness); everything else is fixed by the seed and the clock.
var randomID = regexp.MustCompile(`"message_id": "[^"]*"`)

var updateGolden = flag.Bool("update-golden", false, "rewrite testdata/cli_golden")

func TestCLIGoldenOutputs(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "30", "--invoices", "300", "--seed", "7", "--today", "2026-11-23"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	// A mailbox nobody answers on: the run queues its e-mails and the outbox says why they wait.
	t.Setenv("RELANCE_SMTP_PASSWORD", "x")
	for _, kv := range [][2]string{{"mail.from", "relances@atelier.test"}, {"mail.smtp.host", "127.0.0.1"},
		{"mail.smtp.port", "9"}, {"mail.smtp.security", "none"}, {"mail.smtp.user", "relances"}} {
		if r := runCLI(t, data, "config", "set", kv[0], kv[1]); r.code != 0 {
			t.Fatalf("config set %s: %+v", kv[0], r)
		}
	}
	cases := []struct {
		file string
		args []string
	}{
		{"run-dry-run.json", []string{"run", "--dry-run", "--json", "--today", "2026-11-23"}},
		{"run-confirm.json", []string{"run", "--confirm", "--json", "--today", "2026-11-23"}},
		{"run-next-day.json", []string{"run", "--dry-run", "--json", "--today", "2026-11-24"}},
		{"report.json", []string{"report", "--json"}},
		{"export-all.json", []string{"export", "all", "--format", "json"}},
		{"export-invoices.csv", []string{"export", "invoices"}},
		{"interactions.json", []string{"interactions", "--json"}},
		{"outbox.json", []string{"outbox", "--json"}},
		{"reconcile.json", []string{"reconcile", "--json"}},
	}
	for _, c := range cases {
		r := runCLI(t, data, c.args...)
		got := randomID.ReplaceAllString(r.stdout, `"message_id": "<aléatoire>"`)
		if r.code != 0 && r.code != ExitIncomplete {
			t.Fatalf("%s: exit %d, %s", strings.Join(c.args, " "), r.code, r.stderr)
		}
		path := filepath.Join("testdata", "cli_golden", c.file)
		if *updateGolden {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update-golden once)", err)
		}
		if got != string(want) {
			t.Errorf("relance %s: output differs from %s (%d bytes, want %d); first difference at byte %d",
				strings.Join(c.args, " "), path, len(got), len(want), firstDiff(got, string(want)))
		}
	}
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

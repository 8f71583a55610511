package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"relance/backend/chase"
	"relance/backend/store"
)

// relance run lists the reprise as needs_review, sends nothing, says how to confirm, exits 3; --dry-run lists it and
// exits 0; --confirm carries it out.
func TestCLIRunAsksToConfirmTheReprise(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "12", "--invoices", "60", "--messages", "0", "--today", "2026-11-23"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	for _, want := range []string{"Reprise à confirmer (données de démonstration chargées)", "chacune à l'étape que son retard appelle",
		"Rien n'est envoyé avant votre confirmation : relance run --confirm", "code de sortie 3"} {
		if !strings.Contains(r.stdout, want) {
			t.Fatalf("run output lacks %q:\n%s", want, r.stdout)
		}
	}
	if r.code != ExitIncomplete || strings.Contains(r.stdout, "E-mails :") {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	var lines []runLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != ExitIncomplete || len(lines) == 0 ||
		!strings.Contains(r.stderr, "relance run --confirm") {
		t.Fatalf("%v %+v", err, r)
	}
	for _, l := range lines {
		if l.Status != "needs_review" || l.Pending != chase.RepriseWaiting {
			t.Fatalf("%+v", l)
		}
	}
	if r := runCLI(t, data, "run", "--today", "2026-11-23", "--dry-run"); r.code != ExitOK || !strings.Contains(r.stdout, "Reprise à confirmer") {
		t.Fatalf("dry run: %+v", r)
	}
	if r := runCLI(t, data, "run", "--today", "2026-11-23", "--dry-run", "--confirm"); r.code != ExitUsage {
		t.Fatalf("--confirm with --dry-run: %+v", r)
	}
	st, closeStore := openStore(t, data)
	if msgs, _ := st.Outbox(store.OutboxQuery{}); len(msgs) != 0 {
		t.Fatalf("%d messages in the outbox before confirmation", len(msgs))
	}
	closeStore()
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--confirm")
	if !strings.Contains(r.stdout, "Reprise confirmée : ") || strings.Contains(r.stdout, "Reprise à confirmer") || !strings.Contains(r.stdout, "E-mails :") {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	lines = nil
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if l.Pending == chase.RepriseWaiting {
			t.Fatalf("still held after --confirm: %+v", l)
		}
	}
}

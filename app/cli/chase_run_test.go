package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"relance/app/apptest"
	"relance/backend/chase"
)

// relance run: the slow action is listed and summed up, with exit code 3; --json marks it; the next run, once the
// process that stopped waiting for it has ended without recording it, carries it out, once.
func TestCLIRunReportsASlowAction(t *testing.T) {
	env, _, sink, biz := mailLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	apptest.SlowClient(t, biz.ID)
	r := runCLI(t, data, "run", "--today", "2026-11-23")
	want := "Relance 1 pour Menuiserie Lefèvre (F-2026-0101, F-2026-0102) : trop longue, pas faite par ce passage (plus de 2 s) ; elle sera reprise au prochain passage"
	if r.code != ExitIncomplete || strings.Count(r.stdout, want) != 2 || !strings.Contains(r.stdout, "1 relance trop longue :") {
		t.Fatalf("%+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	var lines []runLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != ExitIncomplete {
		t.Fatalf("%v: %+v", err, r)
	}
	slow := 0
	for _, l := range lines {
		if l.TooSlow {
			slow++
			if l.ClientCode != "MEN" || l.Status != "due" || !strings.Contains(l.Pending, "trop longue") {
				t.Errorf("slow line %+v", l)
			}
		}
	}
	if slow != 1 || !strings.Contains(r.stderr, "1 relance trop longue") || len(sink.Messages()) != 0 {
		t.Fatalf("%d slow lines, %d messages sent, stderr %s", slow, len(sink.Messages()), r.stderr)
	}
	chase.ActionHook = nil // the next process is not slow
	r = runCLI(t, data, "run", "--today", "2026-11-23")
	if !strings.Contains(r.stdout, "E-mails : 1 envoyé") || strings.Contains(r.stdout, "trop longue") {
		t.Fatalf("%+v", r)
	}
	runCLI(t, data, "run", "--today", "2026-11-23")
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d messages sent", n)
	}
}

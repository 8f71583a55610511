package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCLIRunDisputePromisePause(t *testing.T) {
	env, _, _ := chaseLedger(t)
	data := env.Dirs.Data
	env.Store.Close()
	r := runCLI(t, data, "run", "--today", "2026-11-23", "--dry-run", "--json")
	var lines []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != 0 {
		t.Fatalf("%+v %v", r, err)
	}
	var review map[string]any
	for _, l := range lines {
		if l["client_code"] == "MEN" {
			review = l
		}
	}
	for _, k := range []string{"date", "client_code", "invoices", "step", "channel", "status", "reason"} {
		if _, ok := review[k]; !ok {
			t.Fatalf("run --json lacks %q: %v", k, review)
		}
	}
	if review["status"] != "needs_review" || review["channel"] != "letter" || review["date"] != "2026-11-23" {
		t.Fatalf("%v", review)
	}
	if r := runCLI(t, data, "dispute", "F-2026-0101", "--reason", "price"); r.code != 0 || !strings.Contains(r.stdout, "litige") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "promise", "F-2026-0102", "--until", "2026-12-10"); r.code != 0 || !strings.Contains(r.stdout, "10/12/2026") {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "pause", "MEN", "--until", "2026-12-31", "--reason", "congés"); r.code != 0 {
		t.Fatalf("%+v", r)
	}
	if r := runCLI(t, data, "pause", "MEN", "--until", "2026-12-31"); r.code != 2 {
		t.Fatalf("pause without reason: %+v", r)
	}
	r = runCLI(t, data, "run", "--today", "2026-11-23", "--json")
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil {
		t.Fatal(err)
	}
	for _, l := range lines {
		if l["client_code"] == "MEN" {
			t.Fatalf("paused client still chased: %v", l)
		}
	}
}

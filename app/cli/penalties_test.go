package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"relance/backend/latefee"
)

func TestPenaltyCommandJSONAsDocumented(t *testing.T) {
	r := runCLI(t, t.TempDir(), "penalty", "--amount", "5000.00", "--due", "2024-05-31", "--until", "2024-08-15", "--json")
	var got latefee.JSONResult
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("%+v %v", r, err)
	}
	if got.Total != "149.38" || got.Indemnity != "40.00" || len(got.Segments) != 2 ||
		got.Segments[0] != (latefee.JSONSegment{From: "2024-06-01", To: "2024-06-30", Days: 30, Rate: "14.50", Amount: "59.59"}) {
		t.Fatalf("%+v", got)
	}
	r = runCLI(t, t.TempDir(), "penalty", "--amount", "1500", "--due", "2025-03-01", "--consumer", "--from", "2025-03-10", "--until", "2025-08-09")
	if r.code != 0 || !strings.Contains(r.stdout, "Intérêts au taux légal : 21,61\u00a0€") || strings.Contains(r.stdout, "Indemnité") ||
		!strings.Contains(r.stdout, "3,71 %") {
		t.Fatalf("consumer: %+v", r)
	}
	if r := runCLI(t, t.TempDir(), "penalty", "--amount", "10", "--due", "2025-03-01", "--consumer"); r.code != 2 {
		t.Fatalf("consumer without notice date: %+v", r)
	}
	if r := runCLI(t, t.TempDir(), "penalty", "--amount", "4200", "--due", "2025-06-15", "--until", "2025-09-30", "--rate", "15", "--json"); r.code != 0 || !strings.Contains(r.stdout, `"total": "184.68"`) {
		t.Fatalf("contract rate: %+v", r)
	}
}

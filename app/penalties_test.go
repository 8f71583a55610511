package app

import (
	"testing"

	"relance/backend/latefee"
)

func TestUserRatesExtendTheTable(t *testing.T) {
	env := testEnv(t)
	api := &SettingsAPI{env: env}
	info, err := api.Rates()
	if err != nil || info.Warning == "" {
		t.Fatalf("a stale table must warn on 2026-11-23: %+v %v", info, err)
	}
	if _, err := api.AddRate(latefee.RateRow{HalfYear: "2027-H1", ECBPct: "2.00", LegalParticulierPct: "6", LegalAutresPct: "2.5"}); err == nil {
		t.Fatal("a gap in the table was accepted")
	}
	info, err = api.AddRate(latefee.RateRow{HalfYear: "2026-H2", ECBPct: "2.15", LegalParticulierPct: "6.50", LegalAutresPct: "2.40"})
	if err != nil || info.Warning != "" || info.Rows[len(info.Rows)-1].HalfYear != "2026-H2" || len(info.UserRows) != 1 {
		t.Fatalf("%+v %v", info, err)
	}
}

package chase

import (
	"testing"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/store"
)

// « était fermée » is said only of days after the chase last ran and after the ledger was filled.
func TestClosedDaysNeverBeforeTheLedger(t *testing.T) {
	act := func(planned string) dunning.Action {
		return dunning.Action{CaughtUp: true, PlannedFor: backend.MustDate(planned)}
	}
	today := backend.MustDate("2026-11-23")
	acts := []dunning.Action{act("2025-07-11"), act("2026-11-11"), act("2026-11-19"), act("2026-11-20")}
	for _, tc := range []struct {
		runs store.ChaseRuns
		want int
	}{
		{store.ChaseRuns{}, 0}, // never ran: the app was never closed
		{store.ChaseRuns{Last: today}, 0},
		{store.ChaseRuns{Last: today, Previous: backend.MustDate("2026-11-18")}, 2},
		{store.ChaseRuns{Last: backend.MustDate("2026-11-18")}, 2},
		{store.ChaseRuns{Last: backend.MustDate("2026-11-10"), FilledOn: backend.MustDate("2026-11-19")}, 1},
	} {
		if got := closedCatchUps(acts, tc.runs, today); got != tc.want {
			t.Errorf("%+v: %d, want %d", tc.runs, got, tc.want)
		}
	}
}

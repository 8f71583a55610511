package chase

import (
	"slices"
	"testing"
	"time"

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

// After an import into an empty ledger, nothing of the chase is carried out until the reprise is confirmed, once;
// then the day's letters go.
func TestRepriseHoldsTheChaseUntilConfirmed(t *testing.T) {
	letter := letterToReview
	letter.Steps = slices.Clone(letter.Steps)
	letter.Steps[0].Review = false
	s, st, l, biz, cons := overdueLedger(t, letter)
	if err := st.MarkReprise(store.RepriseMark{Since: time.Date(2026, 11, 23, 8, 0, 0, 0, time.UTC), Reason: store.RepriseImport}); err != nil {
		t.Fatal(err)
	}
	day := backend.MustDate("2026-11-23")
	d, err := s.Today()
	if err != nil {
		t.Fatal(err)
	}
	if r := d.Reprise; r == nil || r.Reason != store.RepriseImport || r.Plan.Clients != 2 || r.Invoices != 3 || len(d.Actions) != 0 ||
		len(r.Steps) != 1 || r.Steps[0] != (StepCount{Name: "Lettre de relance", Count: 3}) {
		t.Fatalf("page while the reprise waits: %+v", d)
	}
	id := d.Reprise.Plan.Actions[0].ID
	if _, err := s.Find(id); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("an action found while the reprise waits: %v", err)
	}
	rep, err := s.Run(day, false)
	if err != nil || rep.Reprise == nil || rep.Executed != 0 || len(rep.Actions) != 2 || l.of(biz.ID)+l.of(cons.ID) != 0 {
		t.Fatalf("run while the reprise waits: %+v %v", rep, err)
	}
	for _, p := range rep.Actions {
		if p.Action.Status != dunning.NeedsReview || p.Pending != RepriseWaiting {
			t.Errorf("held action %+v", p)
		}
	}
	if _, err := s.ConfirmReprise(day); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ConfirmReprise(day); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("confirmed twice: %v", err)
	}
	if rep, err = s.Run(day, false); err != nil || rep.Reprise != nil || rep.Letters != 2 || l.of(biz.ID) != 1 || l.of(cons.ID) != 1 {
		t.Fatalf("run once confirmed: %+v %v", rep, err)
	}
}

package dunning

import (
	"fmt"
	"strings"
	"testing"

	"relance/backend"
)

// backlog is n regular clients, one invoice each, from 5 to 500 days late on today (a Monday).
func backlog(today string, n int) Input {
	in := Input{Today: d(today), Scenarios: backend.DefaultScenarios(), Settings: backend.DefaultChaseSettings()}
	for i := 0; i < n; i++ {
		id := uint64(i + 1)
		late := 5 + i*(500-5)/max(n-1, 1)
		code := fmt.Sprintf("C%02d", i+1)
		in.Clients = append(in.Clients, newClient(id, code, "regular"))
		// Amounts grow with lateness, so the order of the reprise (biggest first) is the oldest first.
		in.Invoices = append(in.Invoices, newInvoice(id, id, "F-"+code, d(today).AddDays(-late).String(), eur(int64(100+i))))
	}
	return in
}

// The step each lateness calls for, on the default « Client régulier » (courtesy J-3, Relance 1 J+1, firm J+8,
// call J+15, notice J+30).
func TestRepriseStartsEachInvoiceAtTheStepItsLatenessCallsFor(t *testing.T) {
	for _, tc := range []struct {
		late   int
		step   string
		passed string
	}{
		{5, "reminder1", "Rappel courtois"},
		{10, "firm", "Rappel courtois, Relance 1"},
		{20, "call", "Rappel courtois, Relance 1, Relance ferme"},
		{365, "notice", "Rappel courtois, Relance 1, Relance ferme, Appel"},
		{501, "notice", "Rappel courtois, Relance 1, Relance ferme, Appel"},
	} {
		in := ledger("2026-11-23", newInvoice(1, 1, "F-1", d("2026-11-23").AddDays(-tc.late).String(), eur(900)))
		r := PlanReprise(in, 200)
		if len(r.Starts) != 1 || r.Starts[0].StepID != tc.step || strings.Join(r.Starts[0].Passed, ", ") != tc.passed {
			t.Errorf("%d days late: %+v", tc.late, r.Starts)
			continue
		}
		for _, rec := range r.Starts[0].Records {
			if rec.Status != backend.StepSkipped || rec.Date != d("2026-11-23") {
				t.Errorf("%d days late: passed step recorded as %+v", tc.late, rec)
			}
		}
		// The plan once it is applied: that step, today, not a catch-up of a date long gone.
		if len(r.Actions) != 1 || r.Actions[0].StepID != tc.step || r.Actions[0].CaughtUp || r.Actions[0].Date != d("2026-11-23") {
			t.Errorf("%d days late: %s", tc.late, strings.Join(trace(r.Actions), " | "))
		}
	}
}

// Without a reprise, the same invoice 501 days late would be sent « Relance 1 », as a catch-up: what the reprise
// replaces.
func TestWithoutRepriseAnOldInvoiceCatchesUpTheFirstReminder(t *testing.T) {
	in := ledger("2026-11-23", newInvoice(1, 1, "F-1", d("2026-11-23").AddDays(-501).String(), eur(900)))
	acts := only(t, Plan(in).Actions, Due, NeedsReview)
	if len(acts) != 1 || acts[0].StepID != "reminder1" || !acts[0].CaughtUp {
		t.Fatalf("%s", strings.Join(trace(acts), " | "))
	}
}

// 40 clients: spread over the sending days within the minimum gap (5 days from Monday: Monday to Friday), at most
// PerDay a day, biggest amounts first; carried out day after day, no day sends more than the pace, and no client
// is contacted before its day.
func TestRepriseSpreadsTheClientsAtThePace(t *testing.T) {
	in := backlog("2026-11-23", 40)
	r := PlanReprise(in, 200)
	if r.Clients != 40 || r.PerDay != RepriseMinPerDay || r.First != d("2026-11-23") || r.Last != d("2026-11-26") {
		t.Fatalf("clients %d, %d a day, %s → %s", r.Clients, r.PerDay, r.First, r.Last)
	}
	day := map[uint64]backend.Date{}
	for _, s := range r.Starts {
		day[s.ClientID] = s.NotBefore
	}
	if day[40] != d("2026-11-23") || day[1] != d("2026-11-26") { // C40 owes most, C01 least
		t.Fatalf("order: C40 on %s, C01 on %s", day[40], day[1])
	}
	perDay := map[backend.Date]int{}
	for _, a := range r.Actions {
		perDay[a.Date]++
		if a.CaughtUp {
			t.Errorf("a reprise action marked as a catch-up: %s", trace([]Action{a}))
		}
	}
	for dd, n := range perDay {
		if n > r.PerDay {
			t.Errorf("%s: %d actions planned, pace %d", dd, n, r.PerDay)
		}
	}
	// Carried out as the executor records it: no day over the pace, each client first on its own day. The steps
	// passed over are not shown back as the day's skipped actions.
	r.Apply(&in)
	if skipped := only(t, Plan(in).Actions, Skipped); len(skipped) != 0 {
		t.Fatalf("passed steps shown as skipped: %s", strings.Join(trace(skipped), " | "))
	}
	first := map[uint64]backend.Date{}
	count := map[backend.Date]int{}
	for _, a := range simulate(&in, "2026-11-23", "2027-01-31", nil) {
		if a.Status == Skipped || !a.Channel.IsContact() {
			continue
		}
		count[a.Date]++
		if _, ok := first[a.ClientID]; !ok {
			first[a.ClientID] = a.Date
			if a.Date != day[a.ClientID] {
				t.Errorf("client %d first contacted on %s, its day is %s", a.ClientID, a.Date, day[a.ClientID])
			}
		}
	}
	for dd, n := range count {
		if n > r.PerDay {
			t.Errorf("%s: %d contacts, pace %d", dd, n, r.PerDay)
		}
	}
	if len(first) != 40 {
		t.Fatalf("%d clients contacted", len(first))
	}
}

// The pace follows the settings: a gap of 2 days from a Thursday spreads over Thursday and Friday; a big backlog
// goes faster than 10 a day, never beyond the mailbox's daily cap; a reprise that starts on a Saturday starts on
// Monday.
func TestReprisePace(t *testing.T) {
	in := backlog("2026-11-26", 100)
	in.Settings.MinGapDays = 2
	r := PlanReprise(in, 200)
	if r.PerDay != 50 || r.First != d("2026-11-26") || r.Last != d("2026-11-27") {
		t.Fatalf("gap 2 from Thursday: %d a day, %s → %s", r.PerDay, r.First, r.Last)
	}
	if r := PlanReprise(in, 30); r.PerDay != 30 || r.Last != d("2026-12-01") {
		t.Fatalf("cap 30: %d a day, last %s", r.PerDay, r.Last)
	}
	sat := backlog("2026-11-28", 3)
	if r := PlanReprise(sat, 200); r.First != d("2026-11-30") || r.Last != d("2026-11-30") || r.PerDay != RepriseMinPerDay {
		t.Fatalf("from a Saturday: %s → %s, %d a day", r.First, r.Last, r.PerDay)
	}
}

// After a long absence: an invoice whose « Relance 1 » went out before, now 40 days late, starts at the notice; one
// held by an open promise, or not yet due, is left to the ordinary plan; a paused client waits for its pause.
func TestRepriseAfterAnAbsence(t *testing.T) {
	in := ledger("2026-11-23",
		newInvoice(1, 1, "F-1", "2026-10-14", eur(900)),
		newInvoice(2, 1, "F-2", "2026-12-10", eur(100)),
		newInvoice(3, 1, "F-3", "2026-10-01", eur(300)))
	in.done("F-1", "2026-10-15", "courtesy", "reminder1")
	in.invoiceChase(3).Promise = &backend.Promise{Until: d("2026-11-30"), Since: d("2026-11-02")}
	r := PlanReprise(in, 200)
	if len(r.Starts) != 1 || r.Starts[0].InvoiceID != 1 || r.Starts[0].StepID != "notice" ||
		strings.Join(r.Starts[0].Passed, ", ") != "Relance ferme, Appel" {
		t.Fatalf("%+v", r.Starts)
	}
	// A client owing invoices at different steps is contacted once on its day, on the channel of the most advanced
	// (the notice, a letter); the one at the call waits the gap.
	two := ledger("2026-11-23", newInvoice(1, 1, "F-1", "2025-07-10", eur(900)), newInvoice(2, 1, "F-2", "2026-11-03", eur(100)))
	rr := PlanReprise(two, 200)
	if len(rr.Actions) != 1 || rr.Actions[0].Channel != backend.ChannelLetter || rr.Starts[1].NotBefore != d("2026-11-30") {
		t.Fatalf("%s; %+v", strings.Join(trace(rr.Actions), " | "), rr.Starts)
	}
	in.clientChase(1).Pause = &backend.Pause{Until: d("2026-11-25"), Reason: "congés"}
	if r := PlanReprise(in, 200); !r.Empty() {
		t.Fatalf("a paused client taken over: %+v", r.Starts)
	}
}

// BenchmarkPlanReprise is the reprise of the big demo ledger (5 000 clients, 100 000 invoices) as « Aujourd'hui »
// shows it while it waits: the starts, then the plan of the days it spreads over.
func BenchmarkPlanReprise(b *testing.B) {
	in := bigLedger()
	b.ReportAllocs()
	var r Reprise
	for b.Loop() {
		r = PlanReprise(in, 200)
	}
	b.ReportMetric(float64(r.Clients), "clients")
	b.ReportMetric(float64(len(r.Actions)), "actions")
	b.ReportMetric(float64(r.Last.DayNumber()-r.First.DayNumber()+1), "days")
}

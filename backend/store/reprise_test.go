package store

import (
	"context"
	"testing"

	"relance/backend"
)

// Invoices imported into an empty ledger mark a reprise, with the day the ledger was filled; a dry run, a refused
// import, and an import into a ledger that has invoices do not.
func TestFirstImportMarksAReprise(t *testing.T) {
	s := openTest(t)
	mustClient(t, s, "A", "Alpha")
	ctx := context.Background()
	if _, err := s.ImportInvoices(ctx, invoiceRows(5, "A"), ImportOptions{DryRun: true}); err != nil {
		t.Fatal(err)
	}
	bad := invoiceRows(5, "A")
	bad[2].ClientCode = "ZZZ"
	if _, err := s.ImportInvoices(ctx, bad, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.RepriseMark(); found {
		t.Fatal("marked without writing anything")
	}
	if _, err := s.ImportInvoices(ctx, invoiceRows(5, "A"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	m, found, err := s.RepriseMark()
	if err != nil || !found || m.Reason != RepriseImport || !m.Since.Equal(testNow) {
		t.Fatalf("%+v %v %v", m, found, err)
	}
	runs, _ := s.ChaseRuns()
	if runs.FilledOn != backend.DateOf(testNow) {
		t.Fatalf("%+v", runs)
	}
	if err := s.DropReprise(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportInvoices(ctx, invoiceRows(8, "A"), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.RepriseMark(); found {
		t.Fatal("a second import into a filled ledger marked a reprise")
	}
}

// The demo marks one; erasing the demo takes it away.
func TestDemoMarksARepriseAndEraseTakesItAway(t *testing.T) {
	s := openTest(t)
	loadTestDemo(t, s)
	if m, found, _ := s.RepriseMark(); !found || m.Reason != RepriseDemo {
		t.Fatalf("%+v %v", m, found)
	}
	if _, err := s.EraseDemo(false); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := s.RepriseMark(); found {
		t.Fatal("the demo's reprise outlived the demo")
	}
}

// Confirming writes the passed steps and the day, journals it, and only once.
func TestConfirmReprise(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "A", "Alpha")
	inv := mustInvoice(t, s, c.ID, "F-1", "2026-01-10", 12000)
	ri := []RepriseInvoice{{InvoiceID: inv.ID, NotBefore: backend.MustDate("2026-11-25"),
		Records: []backend.StepRecord{{StepID: "courtesy", Date: backend.DateOf(testNow), Status: backend.StepSkipped}}}}
	if err := s.ConfirmReprise(ri, nil, "x"); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("confirmed without a reprise waiting: %v", err)
	}
	if err := s.MarkReprise(RepriseMark{Since: testNow, Reason: RepriseAbsence}); err != nil {
		t.Fatal(err)
	}
	if err := s.ConfirmReprise(ri, []RepriseClient{{ClientID: c.ID, Summary: "Reprise : Relance 1 le 25/11/2026"}}, "Reprise confirmée"); err != nil {
		t.Fatal(err)
	}
	ch, _ := s.InvoiceChase(inv.ID)
	if len(ch.StepsDone) != 1 || ch.StepsDone[0].StepID != "courtesy" || ch.PostponedTo != backend.MustDate("2026-11-25") {
		t.Fatalf("%+v", ch)
	}
	if ev, _ := s.ClientEvents(c.ID, 5); len(ev) == 0 || ev[0].Summary != "Reprise : Relance 1 le 25/11/2026" {
		t.Fatalf("%+v", ev)
	}
	if _, found, _ := s.RepriseMark(); found {
		t.Fatal("still waiting after confirmation")
	}
	if err := s.ConfirmReprise(ri, nil, "x"); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("confirmed twice: %v", err)
	}
}

func TestNoteRunKeepsTheLastTwoDays(t *testing.T) {
	s := openTest(t)
	for _, d := range []string{"2026-11-20", "2026-11-23", "2026-11-23", "2026-11-21"} {
		if err := s.NoteRun(backend.MustDate(d)); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := s.ChaseRuns()
	if r.Last != backend.MustDate("2026-11-23") || r.Previous != backend.MustDate("2026-11-21") {
		t.Fatalf("%+v", r)
	}
	if r.Before(backend.MustDate("2026-11-23")) != backend.MustDate("2026-11-21") || r.Before(backend.MustDate("2026-11-24")) != backend.MustDate("2026-11-23") {
		t.Fatalf("before: %+v", r)
	}
}

// A run on a day already noted writes nothing: the decoded ledger stays current (the window's first screen and
// the hourly run do not make each other decode it again).
func TestNoteRunOfANotedDayWritesNothing(t *testing.T) {
	s := openTest(t)
	if err := s.NoteRun(backend.MustDate("2026-11-23")); err != nil {
		t.Fatal(err)
	}
	if err := s.NoteRun(backend.MustDate("2026-11-20")); err != nil { // dated back: noted as the previous day
		t.Fatal(err)
	}
	g := s.Generation()
	for _, d := range []string{"2026-11-23", "2026-11-20", "2026-11-19"} {
		if err := s.NoteRun(backend.MustDate(d)); err != nil {
			t.Fatal(err)
		}
	}
	if s.Generation() != g {
		t.Fatalf("generation moved from %d to %d: a write happened", g, s.Generation())
	}
	if err := s.NoteRun(backend.MustDate("2026-11-24")); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.ChaseRuns(); r.Last != backend.MustDate("2026-11-24") || r.Previous != backend.MustDate("2026-11-23") || s.Generation() == g {
		t.Fatalf("a new day not noted: %+v", r)
	}
}

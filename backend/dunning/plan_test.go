package dunning

import (
	"strings"
	"testing"

	"relance/backend"
)

// Trajectories: the planner is run every day over a period, every planned action carried out, and the sequence of
// actions compared. Dates are worked out by hand in the comments (2026: 1 May and 8 May are Fridays, Ascension is
// Thursday 14 May, Whit Monday 25 May; 1 June is a Monday).
func TestTrajectories(t *testing.T) {
	oneStep := func(days int) backend.Scenario {
		return backend.Scenario{ID: "j", Name: "Une relance", Steps: []backend.Step{
			{ID: "r", Name: "Relance", Anchor: backend.AfterDue, Days: days, Channel: backend.ChannelEmail, Template: "reminder1"},
		}}
	}
	invoice := func(due string) backend.Invoice { return newInvoice(1, 1, "F-1", due, eur(1000)) }
	for _, tc := range []struct {
		name     string
		from, to string
		setup    func(in *Input)
		before   func(day backend.Date, in *Input)
		want     []string
	}{
		{
			// Due Wednesday 10 June. J-3 is Sunday → Monday 8. J+1 (Thursday 11) is within 5 days of the 8th:
			// the 13th is a Saturday → Monday 15. J+8 (18th) → 15+5 = 20th, Saturday → Monday 22. J+15 (25th)
			// → 22+5 = 27th, Saturday → Monday 29. J+30 = Friday 10 July.
			name: "regular scenario: weekends and minimum gap", from: "2026-06-01", to: "2026-07-31",
			want: []string{
				"2026-06-08 email courtesy due F-1",
				"2026-06-11 email reminder1 due F-1",
				"2026-06-18 email firm due F-1",
				"2026-06-25 call call due F-1",
				"2026-07-10 letter notice due F-1",
			},
		},
		{
			// before_due 2 → Monday 8; after_due 3 → Saturday 13 → Monday 15; after_previous 4 counts from when
			// the previous step actually went (15 → Friday 19), not from its nominal date (13 → 17).
			name: "each anchor kind", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.Settings.MinGapDays = 0
				withScenario(in, backend.Scenario{ID: "anchors", Name: "Ancres", Steps: []backend.Step{
					{ID: "before", Name: "Avant", Anchor: backend.BeforeDue, Days: 2, Channel: backend.ChannelEmail, Template: "courtesy"},
					{ID: "after", Name: "Après", Anchor: backend.AfterDue, Days: 3, Channel: backend.ChannelEmail, Template: "reminder1"},
					{ID: "then", Name: "Ensuite", Anchor: backend.AfterPrevious, Days: 4, Channel: backend.ChannelCall, Template: "call_script"},
				}})
			},
			want: []string{
				"2026-06-08 email before due F-1",
				"2026-06-15 email after due F-1",
				"2026-06-19 call then due F-1",
			},
		},
		{
			name: "1 May moves to Monday 4 May", from: "2026-04-27", to: "2026-05-31",
			setup: func(in *Input) { in.Invoices = []backend.Invoice{invoice("2026-04-29")}; withScenario(in, oneStep(2)) },
			want:  []string{"2026-05-04 email r due F-1"},
		},
		{
			name: "Ascension moves to Friday 15 May", from: "2026-05-11", to: "2026-05-31",
			setup: func(in *Input) { in.Invoices = []backend.Invoice{invoice("2026-05-12")}; withScenario(in, oneStep(2)) },
			want:  []string{"2026-05-15 email r due F-1"},
		},
		{
			name: "8 May moves to Monday 11 May", from: "2026-05-04", to: "2026-05-31",
			setup: func(in *Input) { in.Invoices = []backend.Invoice{invoice("2026-05-06")}; withScenario(in, oneStep(2)) },
			want:  []string{"2026-05-11 email r due F-1"},
		},
		{
			name: "Whit Monday moves to Tuesday 26 May", from: "2026-05-18", to: "2026-05-31",
			setup: func(in *Input) { in.Invoices = []backend.Invoice{invoice("2026-05-22")}; withScenario(in, oneStep(3)) },
			want:  []string{"2026-05-26 email r due F-1"},
		},
		{
			name: "Good Friday is worked outside Alsace-Moselle", from: "2026-03-30", to: "2026-04-30",
			setup: func(in *Input) { in.Invoices = []backend.Invoice{invoice("2026-04-01")}; withScenario(in, oneStep(2)) },
			want:  []string{"2026-04-03 email r due F-1"},
		},
		{
			name: "Good Friday and Easter Monday in Alsace-Moselle", from: "2026-03-30", to: "2026-04-30",
			setup: func(in *Input) {
				in.Invoices = []backend.Invoice{invoice("2026-04-01")}
				in.Settings.AlsaceMoselle = true
				withScenario(in, oneStep(2))
			},
			want: []string{"2026-04-07 email r due F-1"},
		},
		{
			name: "paid mid-way: nothing after the payment", from: "2026-06-01", to: "2026-07-31",
			before: func(day backend.Date, in *Input) {
				if day == d("2026-06-20") {
					in.pay("F-1", eur(1000))
				}
			},
			want: []string{"2026-06-08 email courtesy due F-1", "2026-06-11 email reminder1 due F-1", "2026-06-18 email firm due F-1"},
		},
		{
			name: "unresolved dispute stops everything", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.invoiceChase(1).Dispute = &backend.Dispute{Reason: backend.DisputeQuality, Since: d("2026-05-30")}
			},
		},
		{
			name: "dispute raised mid-way stops the chase", from: "2026-06-01", to: "2026-07-31",
			before: func(day backend.Date, in *Input) {
				if day == d("2026-06-16") {
					in.invoiceChase(1).Dispute = &backend.Dispute{Reason: backend.DisputeGoodsNotReceived, Since: day}
				}
			},
			want: []string{"2026-06-08 email courtesy due F-1", "2026-06-11 email reminder1 due F-1"},
		},
		{
			// Resolved on Wednesday 24 June: the chase resumes that day, from where it was (courtesy, now
			// pointless), without calling it a catch-up. Then 24+5 = 29; J+15 → 29+5 = 4 July → Monday 6;
			// J+30 (10 July) → 6+5 = 11th → Monday 13.
			name: "resolved dispute resumes from its resolution", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.invoiceChase(1).Dispute = &backend.Dispute{Reason: backend.DisputePrice, Since: d("2026-05-30"),
					Resolved: true, ResolvedOn: d("2026-06-24")}
			},
			want: []string{
				"2026-06-24 email courtesy skipped F-1",
				"2026-06-24 email reminder1 due F-1",
				"2026-06-29 email firm due F-1",
				"2026-07-06 call call due F-1",
				"2026-07-13 letter notice due F-1",
			},
		},
		{
			// Promise on 16 June to pay by Wednesday 24: paused through the 26th (grace of 2 days), resumes on
			// the 27th, a Saturday → Monday 29. Then J+15 → 29+5 → Monday 6 July; J+30 → Monday 13.
			name: "promise broken: paused until the grace ends, then resumes", from: "2026-06-16", to: "2026-07-31",
			setup: func(in *Input) {
				in.done("F-1", "2026-06-08", "courtesy")
				in.done("F-1", "2026-06-15", "reminder1")
				in.invoiceChase(1).Promise = &backend.Promise{Since: d("2026-06-16"), Until: d("2026-06-24")}
			},
			want: []string{
				"2026-06-29 email firm due F-1",
				"2026-07-06 call call due F-1",
				"2026-07-13 letter notice due F-1",
			},
		},
		{
			name: "promise kept: paid before the grace ends", from: "2026-06-16", to: "2026-07-31",
			setup: func(in *Input) {
				in.done("F-1", "2026-06-08", "courtesy")
				in.done("F-1", "2026-06-15", "reminder1")
				in.invoiceChase(1).Promise = &backend.Promise{Since: d("2026-06-16"), Until: d("2026-06-24")}
			},
			before: func(day backend.Date, in *Input) {
				if day == d("2026-06-26") {
					in.pay("F-1", eur(1000))
				}
			},
		},
		{
			// Paused through Thursday 25 June: on Friday 26 the courtesy reminder would come after the due date,
			// so it is skipped; Relance 1 goes, not as a catch-up (the pause was wanted). 26+5 = 1 July; J+15
			// → 1+5 = Monday 6; J+30 → 6+5 = Saturday 11 → Monday 13.
			name: "client pause", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.clientChase(1).Pause = &backend.Pause{Until: d("2026-06-25"), Reason: "congés du gérant"}
			},
			want: []string{
				"2026-06-26 email courtesy skipped F-1",
				"2026-06-26 email reminder1 due F-1",
				"2026-07-01 email firm due F-1",
				"2026-07-06 call call due F-1",
				"2026-07-13 letter notice due F-1",
			},
		},
		{
			// Holidays booked ahead, from Friday 12 to Thursday 25 June: the courtesy reminder still goes before.
			name: "client pause set ahead", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.clientChase(1).Pause = &backend.Pause{Since: d("2026-06-12"), Until: d("2026-06-25"), Reason: "fermeture annuelle"}
			},
			want: []string{
				"2026-06-08 email courtesy due F-1",
				"2026-06-11 email reminder1 due F-1",
				"2026-06-26 email firm due F-1",
				"2026-07-01 call call due F-1",
				"2026-07-10 letter notice due F-1",
			},
		},
		{
			name: "direct debit is not chased", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Clients[0].PaymentMethod = "direct_debit" },
		},
		{
			name: "invoice paid by direct debit is not chased", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Invoices[0].PaymentMethod = "direct_debit" },
		},
		{
			// The rejected debit is known on Friday 12 June: the courtesy date has passed (skipped), Relance 1
			// was due the day before (caught up); J+8 Thursday 18 (12+5 = 17); J+15 Thursday 25; J+30 10 July.
			name: "failed direct debit is chased", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Clients[0].PaymentMethod = "direct_debit" },
			before: func(day backend.Date, in *Input) {
				if day == d("2026-06-12") {
					in.invoiceChase(1).DebitFailed = true
				}
			},
			want: []string{
				"2026-06-12 email courtesy skipped F-1",
				"2026-06-12 email reminder1 due F-1 rattrapage",
				"2026-06-18 email firm due F-1",
				"2026-06-25 call call due F-1",
				"2026-07-10 letter notice due F-1",
			},
		},
		{
			// 900 € in three instalments (10 June, 10 July, 10 August); 300 € paid on 16 June settles the first.
			// The second is chased on its own: J-3 Tuesday 7 July; J+1 Saturday 11 → 7+5 = 12 → Monday 13;
			// J+8 Saturday 18 → Monday 20.
			name: "payment plan: each instalment chased on its own", from: "2026-06-01", to: "2026-07-20",
			setup: func(in *Input) {
				in.Invoices[0].AmountInclTax, in.Invoices[0].AmountExclTax = eur(900), eur(900)
				in.invoiceChase(1).Plan = &backend.PaymentPlan{Instalments: []backend.Instalment{
					{DueDate: d("2026-06-10"), Amount: eur(300)}, {DueDate: d("2026-07-10"), Amount: eur(300)},
					{DueDate: d("2026-08-10"), Amount: eur(300)},
				}}
			},
			before: func(day backend.Date, in *Input) {
				if day == d("2026-06-16") {
					in.pay("F-1", eur(300))
				}
			},
			want: []string{
				"2026-06-08 email courtesy due F-1/1",
				"2026-06-11 email reminder1 due F-1/1",
				"2026-07-07 email courtesy due F-1/2",
				"2026-07-13 email reminder1 due F-1/2",
				"2026-07-20 email firm due F-1/2",
			},
		},
		{
			// The firm e-mail's minimum (500 €) is not reached by 100 €: skipped on its date, Thursday 18, without
			// waiting for the gap (a skip is no contact); the call follows on its own date, J+15, Thursday 25.
			name: "minimum amount skips the step", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) {
				in.Invoices[0].AmountInclTax, in.Invoices[0].AmountExclTax = eur(100), eur(100)
				in.Scenarios[0].Steps[2].MinAmount = eur(500)
			},
			want: []string{
				"2026-06-08 email courtesy due F-1",
				"2026-06-11 email reminder1 due F-1",
				"2026-06-18 email firm skipped F-1",
				"2026-06-25 call call due F-1",
				"2026-07-10 letter notice due F-1",
			},
		},
		{
			// J+1 Thursday 11, J+8 Thursday 18, then every 10 days after the last one: Sunday 28 → Monday 29,
			// Thursday 9 July, Sunday 19 → Monday 20.
			name: "repeat the last e-mail every 10 days until paid", from: "2026-06-01", to: "2026-07-25",
			setup: func(in *Input) {
				withScenario(in, backend.Scenario{ID: "rep", Name: "Répétée", RepeatLastEmailEveryDays: 10, Steps: []backend.Step{
					{ID: "reminder1", Name: "Relance 1", Anchor: backend.AfterDue, Days: 1, Channel: backend.ChannelEmail, Template: "reminder1"},
					{ID: "firm", Name: "Relance ferme", Anchor: backend.AfterDue, Days: 8, Channel: backend.ChannelEmail, Template: "firm"},
				}})
			},
			before: func(day backend.Date, in *Input) {
				if day == d("2026-07-21") {
					in.pay("F-1", eur(1000))
				}
			},
			want: []string{
				"2026-06-11 email reminder1 due F-1",
				"2026-06-18 email firm due F-1",
				"2026-06-29 email firm due F-1 répétition",
				"2026-07-09 email firm due F-1 répétition",
				"2026-07-20 email firm due F-1 répétition",
			},
		},
		{
			// Strategic: gentle, the call (J+10) before the firm e-mail (J+20), and the formal notice (J+45,
			// Saturday 25 July → Monday 27) waits for review.
			name: "strategic scenario: call before firm e-mail, notice to review", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Clients[0].Segment = "strategic" },
			want: []string{
				"2026-06-08 email courtesy due F-1",
				"2026-06-15 email reminder1 due F-1",
				"2026-06-22 call call due F-1",
				"2026-06-30 email firm due F-1",
				"2026-07-27 letter notice needs_review F-1",
			},
		},
		{
			name: "do not chase", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.clientChase(1).ScenarioID = backend.ScenarioNone },
		},
		{
			name: "cancelled invoice", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Invoices[0].Status = backend.StatusCancelled },
		},
		{
			name: "written-off invoice", from: "2026-06-01", to: "2026-07-31",
			setup: func(in *Input) { in.Invoices[0].Status = backend.StatusWrittenOff },
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := ledger(tc.from, invoice("2026-06-10"))
			if tc.setup != nil {
				tc.setup(&in)
			}
			sameTrace(t, simulate(&in, tc.from, tc.to, tc.before), tc.want)
		})
	}
}

// After ten days off, each due action goes out once, marked as a catch-up, and the courtesy reminder whose date
// passed is skipped rather than sent late.
func TestCatchUpAfterTenDaysOff(t *testing.T) {
	// A (due Wednesday 10 June) had its courtesy reminder on Monday 8; B is due Friday 12 June. The app was off
	// from Tuesday 9 to Thursday 18 and runs again on Friday 19.
	in := ledger("2026-06-19", newInvoice(1, 1, "F-A", "2026-06-10", eur(1000)), newInvoice(2, 1, "F-B", "2026-06-12", eur(250)))
	in.done("F-A", "2026-06-08", "courtesy")
	got := Plan(in).Actions
	// B's courtesy (9 June, held by the gap to the 13th) has passed: skipped. A's Relance 1 (11th) and B's
	// (13th) were both held by the gap until Monday 15: one e-mail today, not one per missed day, and not yet
	// Relance ferme although its date (18th) has also passed — steps are reached in order.
	sameTrace(t, got, []string{
		"2026-06-19 email courtesy skipped F-B",
		"2026-06-19 email reminder1 due F-A,F-B rattrapage",
	})
	mail := got[1]
	if mail.PlannedFor != d("2026-06-15") || mail.Total != eur(1250) || mail.Template != "reminder1" {
		t.Errorf("catch-up action = planned %s, total %s, template %s", mail.PlannedFor, mail.Total, mail.Template)
	}
	if want := "facture F-A échue depuis 9 jours, étape Relance 1, rattrapage : prévue le 15/06/2026"; mail.Lines[0].Reason != want {
		t.Errorf("line reason = %q, want %q", mail.Lines[0].Reason, want)
	}
	if !strings.HasPrefix(mail.Reason, "2 factures (1\u00a0250,00\u00a0€) : facture F-A échue depuis 9 jours") {
		t.Errorf("action reason = %q", mail.Reason)
	}
	if want := "étape Rappel courtois sautée pour la facture F-B : sa date (15/06/2026) est passée"; got[0].Lines[0].Reason != want {
		t.Errorf("skip reason = %q, want %q", got[0].Lines[0].Reason, want)
	}
	res := Plan(in)
	if len(res.CaughtUp()) != 1 {
		t.Errorf("CaughtUp() = %d actions, want 1", len(res.CaughtUp()))
	}

	// Carried out, the same plan run again the same day (the app plans every hour) shows them done, plans nothing
	// new, and keeps the IDs.
	for _, a := range got {
		apply(&in, a)
	}
	again := Plan(in).Actions
	sameTrace(t, again, []string{
		"2026-06-19 email courtesy skipped F-B",
		"2026-06-19 email reminder1 done F-A,F-B",
	})
	for i := range again {
		if again[i].ID != got[i].ID {
			t.Errorf("action %d: ID %s after execution, %s before", i, again[i].ID, got[i].ID)
		}
	}
	// The following days: both invoices reach Relance ferme together after the gap (Wednesday 24), then the call
	// (J+15: 25 and 27 June) after the next gap, Monday 29.
	sameTrace(t, simulate(&in, "2026-06-20", "2026-06-30", nil), []string{
		"2026-06-24 email firm due F-A,F-B",
		"2026-06-29 call call due F-A,F-B",
	})
}

// One message per client and channel: the invoices ready that day are listed together, written with the most
// advanced step; another channel the same day is a separate action (and the same contact day).
func TestGrouping(t *testing.T) {
	// Monday 29 June, the first sending day after the gap (23 + 5 = Sunday 28).
	in := ledger("2026-06-29",
		newInvoice(1, 1, "F-1", "2026-06-10", eur(1000)), // firm done: next is the call (J+15)
		newInvoice(2, 1, "F-2", "2026-06-05", eur(200)),  // reminder1 done: next is Relance ferme (J+8)
		newInvoice(3, 1, "F-3", "2026-06-26", eur(300)),  // courtesy done: next is Relance 1 (J+1)
		newInvoice(4, 1, "F-4", "2026-07-20", eur(400)),  // nothing due yet
	)
	in.done("F-1", "2026-06-22", "courtesy", "reminder1", "firm")
	in.done("F-2", "2026-06-22", "courtesy", "reminder1")
	in.done("F-3", "2026-06-23", "courtesy")
	in.clientChase(1).LastContact = d("2026-06-23")
	got := Plan(in).Actions
	sameTrace(t, got, []string{
		"2026-06-29 email firm due F-2,F-3",
		"2026-06-29 call call due F-1",
	})
	mail := got[0]
	if mail.Total != eur(500) || mail.Template != "firm" || len(mail.Attach) != 2 || mail.InvoiceNumbers[1] != "F-3" {
		t.Errorf("grouped e-mail = total %s, template %s, attach %v, numbers %v", mail.Total, mail.Template, mail.Attach, mail.InvoiceNumbers)
	}
	if mail.Lines[0].StepID != "firm" || mail.Lines[1].StepID != "reminder1" {
		t.Errorf("each line keeps its own step: %s, %s", mail.Lines[0].StepID, mail.Lines[1].StepID)
	}
	recs := mail.Records(backend.StepDone)
	if len(recs) != 2 || recs[1].InvoiceID != 3 || recs[1].Record.StepID != "reminder1" || recs[1].Record.ActionID != mail.ID ||
		recs[1].Record.Date != d("2026-06-29") || recs[1].Record.Channel != backend.ChannelEmail {
		t.Errorf("records = %+v", recs)
	}
	if got[0].ID == got[1].ID {
		t.Error("two channels share an ID")
	}
}

// The gap counts contacts about any invoice, paid ones included; tasks are not contacts.
func TestMinimumGap(t *testing.T) {
	in := ledger("2026-06-16", newInvoice(1, 1, "F-1", "2026-06-01", eur(100)), newInvoice(2, 1, "F-2", "2026-06-14", eur(100)))
	in.done("F-1", "2026-06-15", "courtesy", "reminder1") // then F-1 was paid
	in.pay("F-1", eur(100))
	in.Invoices[1].IssueDate = d("2026-05-01")
	in.invoiceChase(2).StepsDone = []backend.StepRecord{{StepID: "courtesy", Date: d("2026-06-11"), Status: backend.StepSkipped}}
	in.ClientChases = nil // LastContact unknown: the records are enough
	if got := Plan(in).Actions; len(got) != 0 {
		t.Fatalf("contacted again the day after: %v", trace(got))
	}
	// 15 + 5 = Saturday 20 → Monday 22.
	sameTrace(t, Next(in, 7), []string{"2026-06-22 email reminder1 due F-2"})

	// Without a gap the contact of yesterday holds nothing back…
	in.Settings.MinGapDays = 0
	sameTrace(t, Plan(in).Actions, []string{"2026-06-16 email reminder1 due F-2"})
	// …but one already made today does: one contact day at a time, the next one tomorrow.
	in.done("F-1", "2026-06-16", "firm")
	sameTrace(t, only(t, Plan(in).Actions, Due), nil)
	sameTrace(t, Next(in, 1), []string{"2026-06-17 email reminder1 due F-2"})

	// A task step is not a contact: it is neither held by the gap nor holds anything back.
	in.Settings.MinGapDays = 5
	in.Scenarios[0].Steps[1].Channel = backend.ChannelTask
	sameTrace(t, only(t, Plan(in).Actions, Due), []string{"2026-06-16 task reminder1 due F-2"})
}

// Nothing is ever dated on a weekend or a holiday; the next sending day takes it.
func TestNonSendingDays(t *testing.T) {
	for _, tc := range []struct{ today, next string }{
		{"2026-06-13", "2026-06-15"}, // Saturday → Monday
		{"2026-05-01", "2026-05-04"}, // 1 May (Friday)
		{"2026-05-14", "2026-05-15"}, // Ascension
	} {
		in := ledger(tc.today, newInvoice(1, 1, "F-1", "2026-04-01", eur(100)))
		res := Plan(in)
		if len(res.Actions) != 0 {
			t.Errorf("%s: actions on a non-sending day: %v", tc.today, trace(res.Actions))
		}
		up := Next(in, 3)
		if len(up) == 0 || up[0].Date != d(tc.next) {
			t.Errorf("%s: next actions %v, want on %s", tc.today, trace(up), tc.next)
		}
	}
	// A user who sends on Saturdays too gets Saturdays.
	in := ledger("2026-06-13", newInvoice(1, 1, "F-1", "2026-04-01", eur(100)))
	in.Settings.Weekdays[6] = true
	if got := Plan(in).Actions; len(got) == 0 {
		t.Error("Saturday ticked: nothing planned on Saturday")
	}
}

func TestPromiseNotices(t *testing.T) {
	in := ledger("2026-06-24", newInvoice(1, 1, "F-1", "2026-06-10", eur(1000)))
	in.done("F-1", "2026-06-15", "courtesy", "reminder1")
	in.invoiceChase(1).Promise = &backend.Promise{Since: d("2026-06-16"), Until: d("2026-06-24")}
	kinds := func(r Result) []NoticeKind {
		var out []NoticeKind
		for _, n := range r.Notices {
			out = append(out, n.Kind)
		}
		return out
	}
	for _, tc := range []struct {
		today string
		want  []NoticeKind
	}{
		{"2026-06-23", nil},
		{"2026-06-24", []NoticeKind{PromiseDue}},
		{"2026-06-26", []NoticeKind{PromiseDue}},
		{"2026-06-27", []NoticeKind{PromiseBroken}},
	} {
		in.Today = d(tc.today)
		if got := kinds(Plan(in)); !equal(got, tc.want) {
			t.Errorf("%s: notices %v, want %v", tc.today, got, tc.want)
		}
	}
	in.Today = d("2026-06-29")
	res := Plan(in)
	if len(res.Actions) != 1 || !strings.Contains(res.Actions[0].Reason, "promesse de paiement au 24/06/2026 non tenue") {
		t.Fatalf("resumed action: %v", res.Actions)
	}
	if res.Actions[0].CaughtUp {
		t.Error("the end of a promise is no catch-up")
	}
	in.invoiceChase(1).Promise.Broken = true // recorded by the executor: no more notice, the chase goes on
	if got := kinds(Plan(in)); len(got) != 0 {
		t.Errorf("recorded broken promise still noticed: %v", got)
	}
	in.Today = d("2026-06-25")
	in.invoiceChase(1).Promise.Broken = false
	in.pay("F-1", eur(1000))
	if got := kinds(Plan(in)); !equal(got, []NoticeKind{PromiseKept}) {
		t.Errorf("paid in time: notices %v", got)
	}
}

func equal[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestDirectDebitChoices(t *testing.T) {
	in := ledger("2026-06-19", newInvoice(1, 1, "F-1", "2026-06-10", eur(100)), newInvoice(2, 1, "F-2", "2026-06-10", eur(100)))
	in.Clients[0].PaymentMethod = "direct_debit"
	in.Invoices[1].PaymentMethod = "transfer" // this one the client pays by transfer
	sameTrace(t, only(t, Plan(in).Actions, Due), []string{"2026-06-19 email reminder1 due F-2 rattrapage"})
	in.invoiceChase(1).DebitFailed = true
	got := only(t, Plan(in).Actions, Due)
	sameTrace(t, got, []string{"2026-06-19 email reminder1 due F-1,F-2 rattrapage"})
	if !strings.Contains(got[0].Lines[0].Reason, "prélèvement rejeté") || strings.Contains(got[0].Lines[1].Reason, "prélèvement") {
		t.Errorf("reasons: %q / %q", got[0].Lines[0].Reason, got[0].Lines[1].Reason)
	}
}

func TestPaymentPlanAmounts(t *testing.T) {
	in := ledger("2026-07-13", newInvoice(1, 1, "F-1", "2026-05-10", eur(1000)))
	in.Invoices[0].AmountPaid = eur(500) // 100 before the plan, then 400 towards it
	in.Invoices[0].SettleStatus()
	in.invoiceChase(1).Plan = &backend.PaymentPlan{Instalments: []backend.Instalment{
		{DueDate: d("2026-06-10"), Amount: eur(300)}, {DueDate: d("2026-07-10"), Amount: eur(300)},
		{DueDate: d("2026-08-10"), Amount: eur(300)},
	}}
	in.done("F-1", "2026-06-01", "courtesy") // before the plan: the instalments start from scratch
	got := only(t, Plan(in).Actions, Due)
	// Instalment 2 is due Friday 10 July, J+1 is Saturday: Monday 13 is its first sending day, no catch-up.
	sameTrace(t, got, []string{"2026-07-13 email reminder1 due F-1/2"})
	l := got[0].Lines[0]
	if l.Amount != eur(200) || got[0].Total != eur(200) || l.Instalments != 3 || l.DueDate != d("2026-07-10") {
		t.Errorf("instalment line = %+v", l)
	}
	if want := "échéance 2/3 de la facture F-1 (200,00\u00a0€) échue depuis 3 jours, étape Relance 1"; l.Reason != want {
		t.Errorf("reason %q, want prefix %q", l.Reason, want)
	}
}

func TestScenarioPrecedence(t *testing.T) {
	in := ledger("2026-06-19")
	in.Clients = []backend.Client{
		newClient(1, "C1", "unknown-segment"), // company default
		newClient(2, "C2", "at-risk"),         // its segment
		newClient(3, "C3", "at-risk"),         // its own choice
		newClient(4, "C4", "at-risk"),         // the invoice's own choice
		newClient(5, "C5", "at-risk"),         // a deleted scenario falls through to the segment's
	}
	for i := range 5 {
		in.Invoices = append(in.Invoices, newInvoice(uint64(i+1), uint64(i+1), "F-"+string(rune('1'+i)), "2026-06-17", eur(100)))
	}
	in.Settings.CompanyDefaultScenarioID = backend.ScenarioNew
	in.clientChase(3).ScenarioID = backend.ScenarioStrategic
	in.clientChase(4).ScenarioID = backend.ScenarioStrategic
	in.invoiceChase(4).ScenarioID = backend.ScenarioRegular
	in.clientChase(5).ScenarioID = "deleted"
	want := map[string]string{"C1": "new", "C2": "at-risk", "C3": "strategic", "C4": "regular", "C5": "at-risk"}
	got := map[string]string{}
	for _, a := range Next(in, 30) {
		if _, seen := got[a.ClientCode]; !seen {
			got[a.ClientCode] = a.Lines[0].ScenarioID
		}
	}
	for c, w := range want {
		if got[c] != w {
			t.Errorf("%s: scenario %q, want %q", c, got[c], w)
		}
	}
	in.Settings.CompanyDefaultScenarioID = ""
	in.Settings.SegmentScenario = nil
	res := Plan(in)
	// C1, C2 and C5 have no scenario left (one notice each); C3 and C4 still have theirs.
	if len(res.Notices) != 3 || res.Notices[0].Kind != ScenarioMissing || res.Notices[2].ClientCode != "C5" {
		t.Errorf("no scenario at all: notices %+v", res.Notices)
	}
}

func TestMinimumAmountReason(t *testing.T) {
	in := ledger("2026-06-18", newInvoice(1, 1, "F-1", "2026-06-10", eur(100)))
	in.Scenarios[0].Steps[2].MinAmount = eur(500)
	in.done("F-1", "2026-06-15", "courtesy", "reminder1")
	got := Plan(in).Actions
	sameTrace(t, got, []string{"2026-06-18 email firm skipped F-1"})
	if want := "étape Relance ferme sautée pour la facture F-1 : 100,00\u00a0€ dus, sous le minimum de 500,00\u00a0€ de l'étape"; got[0].Reason != want {
		t.Errorf("reason %q, want %q", got[0].Reason, want)
	}
}

func TestReviewGroupAndStableID(t *testing.T) {
	// Two invoices of a new client reach their steps the same day; the formal notice of one needs review, so the
	// letter waits in « À valider ». Left unapproved, it keeps its ID on the following days.
	in := ledger("2026-07-10", newInvoice(1, 1, "F-1", "2026-06-10", eur(1000)))
	in.Clients[0].Segment = "new"
	in.done("F-1", "2026-06-29", "courtesy", "reminder1", "firm", "call")
	first := Plan(in).Actions
	sameTrace(t, first, []string{"2026-07-10 letter notice needs_review F-1"})
	in.Today = d("2026-07-13")
	later := Plan(in).Actions
	sameTrace(t, later, []string{"2026-07-13 letter notice needs_review F-1 rattrapage"})
	if later[0].ID != first[0].ID {
		t.Errorf("pending review changed ID: %s → %s", first[0].ID, later[0].ID)
	}
}

func TestDeterminism(t *testing.T) {
	in := randomLedger(7, 60, 600)
	a, b := Plan(in), Plan(in)
	if !deepEqual(a, b) {
		t.Fatal("same input, different plans")
	}
	// The order of the input lists does not matter.
	sh := in
	sh.Clients = reversed(in.Clients)
	sh.Invoices = reversed(in.Invoices)
	sh.InvoiceChases = reversed(in.InvoiceChases)
	sh.ClientChases = reversed(in.ClientChases)
	c := Plan(sh)
	if !deepEqual(a, c) {
		t.Fatal("reordering the input changed the plan")
	}
	seen := map[string]bool{}
	for _, x := range append(a.Actions, a.Upcoming...) {
		if len(x.ID) != 16 || seen[x.ID] {
			t.Fatalf("ID %q malformed or repeated", x.ID)
		}
		seen[x.ID] = true
	}
	if len(a.Actions) == 0 || len(a.Upcoming) == 0 {
		t.Fatalf("degenerate test ledger: %d actions, %d upcoming", len(a.Actions), len(a.Upcoming))
	}
}

func reversed[T any](s []T) []T {
	out := make([]T, len(s))
	for i := range s {
		out[len(s)-1-i] = s[i]
	}
	return out
}

package backend

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestDefaultScenariosAreValid(t *testing.T) {
	scs := DefaultScenarios()
	ids := map[string]bool{}
	for i := range scs {
		if err := scs[i].Validate(); err != nil {
			t.Errorf("%s: %v", scs[i].ID, err)
		}
		ids[scs[i].ID] = true
	}
	for _, seg := range DefaultSegments {
		if !ids[seg] {
			t.Errorf("no default scenario for segment %s", seg)
		}
	}
	if s := DefaultChaseSettings(); s.Validate(scs) != nil || s.MinGapDays != 5 {
		t.Errorf("default settings: %v", s.Validate(scs))
	}
	// The schedule: regular J-3, J+1, J+8, J+15 (call), J+30 (formal notice).
	reg := scs[0]
	var got []string
	for i, st := range reg.Steps {
		got = append(got, jLabel(reg.Offset(i))+" "+string(st.Channel)+" "+st.Name)
	}
	want := "J-3 email Rappel courtois|J+1 email Relance 1|J+8 email Relance ferme|J+15 call Appel|J+30 letter Mise en demeure"
	if strings.Join(got, "|") != want {
		t.Errorf("regular = %s", strings.Join(got, "|"))
	}
	// Strategic calls before any firm e-mail and reviews the formal notice; at-risk sends it at J+21.
	str, risk := scs[2], scs[1]
	if str.StepIndex("call") > str.StepIndex("firm") || !str.Steps[len(str.Steps)-1].Review {
		t.Error("strategic: the call must come before the firm e-mail and the formal notice be reviewed")
	}
	if risk.Offset(len(risk.Steps)-1) != 21 || risk.Offset(risk.StepIndex("call")) >= reg.Offset(reg.StepIndex("call")) {
		t.Error("at-risk: formal notice at J+21 and the call earlier than regular")
	}
	if !scs[3].Steps[4].Review || !scs[4].DoNotChase || scs[4].Name != "Ne pas relancer" {
		t.Error("new client reviews its formal notice; « Ne pas relancer » chases nothing")
	}
}

func TestScenarioValidate(t *testing.T) {
	step := func(id string, a AnchorKind, days int) Step {
		return Step{ID: id, Name: "Étape " + id, Anchor: a, Days: days, Channel: ChannelEmail, Template: "reminder1"}
	}
	for _, tc := range []struct {
		name  string
		sc    Scenario
		field string
		msg   string
	}{
		{"no name", Scenario{ID: "x", Steps: []Step{step("a", AfterDue, 1)}}, "name", "nom du scénario est obligatoire"},
		{"no steps", Scenario{ID: "x", Name: "X"}, "steps", "au moins une étape"},
		{"bad id", Scenario{ID: "a|b", Name: "X", Steps: []Step{step("a", AfterDue, 1)}}, "id", "sans espace ni |"},
		{"duplicate step", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterDue, 1), step("a", AfterDue, 5)}},
			"steps.1.id", "déjà celui de l'étape 1"},
		{"out of order", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterDue, 8), step("b", AfterDue, 1)}},
			"steps.1.days", "doit tomber après l'étape précédente (J+8), or elle tombe à J+1"},
		{"before due after an after-due step", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterDue, 1), step("b", BeforeDue, 3)}},
			"steps.1.days", "elle tombe à J-3"},
		{"same day", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterDue, 1), step("b", AfterPrevious, 0)}},
			"steps.1.days", "(J+1), or elle tombe à J+1"},
		{"first after previous", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterPrevious, 3)}},
			"steps.0.anchor", "la première étape"},
		{"negative days", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", AfterDue, -1)}}, "steps.0.days", "entre 0 et 730"},
		{"unknown anchor", Scenario{ID: "x", Name: "X", Steps: []Step{step("a", "whenever", 1)}}, "steps.0.anchor", "« whenever » inconnu"},
		{"unknown channel", Scenario{ID: "x", Name: "X", Steps: []Step{{ID: "a", Name: "A", Anchor: AfterDue, Days: 1, Channel: "fax", Template: "t"}}},
			"steps.0.channel", "canal « fax » inconnu"},
		{"no template", Scenario{ID: "x", Name: "X", Steps: []Step{{ID: "a", Name: "A", Anchor: AfterDue, Days: 1, Channel: ChannelCall}}},
			"steps.0.template", "choisissez un modèle"},
		{"unknown attachment", Scenario{ID: "x", Name: "X", Steps: []Step{func() Step { s := step("a", AfterDue, 1); s.Attach = []string{"photo"}; return s }()}},
			"steps.0.attach", "pièce jointe « photo » inconnue"},
		{"negative minimum", Scenario{ID: "x", Name: "X", Steps: []Step{func() Step { s := step("a", AfterDue, 1); s.MinAmount = -1; return s }()}},
			"steps.0.minAmount", "ne peut pas être négatif"},
		{"repeat without e-mail", Scenario{ID: "x", Name: "X", RepeatLastEmailEveryDays: 7,
			Steps: []Step{{ID: "a", Name: "A", Anchor: AfterDue, Days: 1, Channel: ChannelCall, Template: "call_script"}}},
			"repeatLastEmailEveryDays", "ajoutez-en une"},
		{"step without name", Scenario{ID: "x", Name: "X", Steps: []Step{{ID: "a", Anchor: AfterDue, Days: 1, Channel: ChannelEmail, Template: "t"}}},
			"steps.0.name", "étape 1 : le nom est obligatoire"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.sc.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if msg := fieldErrors(t, err)[tc.field]; !strings.Contains(msg, tc.msg) {
				t.Errorf("field %s: %q, want it to contain %q (all: %v)", tc.field, msg, tc.msg, err)
			}
		})
	}
	ok := Scenario{ID: "x", Name: "X", Steps: []Step{step("a", BeforeDue, 3), step("b", AfterDue, 0), step("c", AfterPrevious, 4)}}
	if err := ok.Validate(); err != nil || ok.Offset(2) != 4 {
		t.Errorf("valid scenario: %v, offset %d", err, ok.Offset(2))
	}
}

func TestChaseStateJSON(t *testing.T) {
	ch := InvoiceChase{InvoiceID: 7, Promise: &Promise{Until: MustDate("2026-06-24"), Since: MustDate("2026-06-16")},
		StepsDone: []StepRecord{{StepID: "firm", Date: MustDate("2026-06-22"), Status: StepDone, Channel: ChannelEmail}}}
	b, err := json.Marshal(ch)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"invoiceId":7`, `"until":"2026-06-24"`, `"stepsDone":[{"stepId":"firm","date":"2026-06-22","status":"done","channel":"email"}]`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("%s lacks %s", b, want)
		}
	}
	var back InvoiceChase
	if err := json.Unmarshal(b, &back); err != nil || back.Promise.Until != ch.Promise.Until || back.StepsDone[0] != ch.StepsDone[0] {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if got := ch.Promise.ResumesOn(); got != MustDate("2026-06-27") {
		t.Errorf("ResumesOn = %s: the day after a grace of two days", got)
	}
}

func TestPaymentPlan(t *testing.T) {
	p := PaymentPlan{Instalments: []Instalment{{MustDate("2026-06-10"), 30000}, {MustDate("2026-07-10"), 30000}, {MustDate("2026-08-10"), 30000}}}
	inv := &Invoice{AmountInclTax: 100000}
	if err := p.Validate(inv); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		remaining Cents
		want      [3]Cents
	}{
		{90000, [3]Cents{30000, 30000, 30000}}, // plan agreed for the remaining 900 € of 1 000 €
		{50000, [3]Cents{0, 20000, 30000}},     // 400 € paid towards it: the first settled, 100 € of the second
		{100000, [3]Cents{30000, 30000, 30000}},
		{0, [3]Cents{0, 0, 0}},
	} {
		got := p.Unpaid(tc.remaining)
		if [3]Cents(got) != tc.want {
			t.Errorf("Unpaid(%d) = %v, want %v", tc.remaining, got, tc.want)
		}
	}
	bad := PaymentPlan{Instalments: []Instalment{{MustDate("2026-07-10"), 30000}, {MustDate("2026-06-10"), 0}}}
	f := fieldErrors(t, bad.Validate(&Invoice{AmountInclTax: 100}))
	if !strings.Contains(f["instalments.1.dueDate"], "doit suivre") || !strings.Contains(f["instalments.1.amount"], "positif") ||
		!strings.Contains(f["instalments"], "dépassent le montant de la facture") {
		t.Errorf("bad plan: %v", f)
	}
}

func TestChaseValidators(t *testing.T) {
	if f := fieldErrors(t, (&Dispute{Reason: "angry"}).Validate()); !strings.Contains(f["reason"], "« angry » inconnu") || f["since"] == "" {
		t.Errorf("dispute: %v", f)
	}
	if f := fieldErrors(t, (&Pause{Until: MustDate("2026-06-01"), Since: MustDate("2026-06-10")}).Validate()); f["until"] == "" || f["reason"] == "" {
		t.Errorf("pause: %v", f)
	}
	if f := fieldErrors(t, (&Promise{}).Validate()); f["until"] == "" {
		t.Errorf("promise: %v", f)
	}
	s := DefaultChaseSettings()
	s.Weekdays = [7]bool{}
	s.MinGapDays = 90
	s.SegmentScenario["vip"] = "gone"
	f := fieldErrors(t, s.Validate(DefaultScenarios()))
	if f["weekdays"] == "" || f["minGapDays"] == "" || !strings.Contains(f["segmentScenario.vip"], "« gone » introuvable") {
		t.Errorf("settings: %v", f)
	}
}

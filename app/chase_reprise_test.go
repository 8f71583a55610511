package app

import (
	"fmt"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/chase"
	"relance/backend/dunning"
	"relance/backend/importer"
	"relance/backend/mail"
	"relance/backend/secret"
	"relance/backend/store"
)

// backlogLedger imports, through the real CSV import, 40 business clients each owing one invoice from 5 to 500
// days late on 23/11/2026 (a Monday), into an empty ledger with a company and a mailbox (never reached: nothing is
// sent here, only queued).
func backlogLedger(t *testing.T) (*Env, *ChaseAPI) {
	t.Helper()
	env := testEnv(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	co := backend.Company{LegalName: "Atelier Dupont", LegalForm: "SARL", SIREN: "552081317", RCSCity: "Lyon",
		Address: backend.Address{Line1: "12 rue de la République", PostalCode: "69002", City: "Lyon"},
		IBAN:    "FR7630006000011234567890189", BIC: "AGRIFRPP", PaymentTermsDays: 30, Email: "claire@atelier-dupont.fr",
		Phone: "04 78 00 00 00", Signatory: backend.Signatory{FirstName: "Claire", LastName: "Dupont", Title: "Gérante",
			Phone: "04 78 00 00 00", Email: "claire@atelier-dupont.fr"}}
	if err := env.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	cfg := MailConfig{Settings: mail.Settings{FromName: "Atelier Dupont", FromAddress: "claire@atelier-dupont.fr",
		SMTPHost: "127.0.0.1", SMTPPort: 2525, SMTPSecurity: "none", SMTPAuth: "none", RatePerMinute: 600, DailyCap: 200}}
	if err := saveMailConfig(env, cfg); err != nil {
		t.Fatal(err)
	}
	var clients, invoices strings.Builder
	clients.WriteString("client_code,name,type,email,address,postal_code,city,country,segment\n")
	invoices.WriteString("number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax\n")
	today := backend.MustDate("2026-11-23")
	for i := 0; i < 40; i++ {
		late := []int{5, 10, 20}[min(i, 2)]
		if i >= 3 {
			late = 30 + (i-3)*(501-30)/36 // up to 501 days
		}
		code := fmt.Sprintf("C%02d", i+1)
		fmt.Fprintf(&clients, "%s,Société %s,business,compta@%s.example.com,%d rue de la Paix,75002,Paris,FR,regular\n", code, code, strings.ToLower(code), i+1)
		due := today.AddDays(-late)
		amount := 100 + 10*i // the latest owe most: they go first
		fmt.Fprintf(&invoices, "F-%s,%s,%s,%s,%d.00,0.00,%d.00\n", code, code, due.AddDays(-30), due, amount, amount)
	}
	if r := importCSV(t, env, importer.Clients, clients.String(), nil, false); r.Created != 40 {
		t.Fatalf("clients: %+v", r)
	}
	if r := importCSV(t, env, importer.Invoices, invoices.String(), nil, false); r.Created != 40 {
		t.Fatalf("invoices: %+v", r)
	}
	return env, &ChaseAPI{env: env, outbox: &OutboxAPI{env: env}}
}

func queued(t *testing.T, env *Env) []backend.OutboxMessage {
	t.Helper()
	msgs, err := env.Store.Outbox(store.OutboxQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return msgs
}

// A fresh import of old unpaid invoices is a reprise: the page and the run show it, nothing is queued or produced,
// no single action can be approved; once confirmed, each client starts at the step its lateness calls for (the
// invoice 500 days late at the formal notice, not « Relance 1 »), on its day, never more than the pace a day.
func TestFreshImportIsARepriseConfirmedOnce(t *testing.T) {
	env, api := backlogLedger(t)
	today := backend.Today(env.Clock)
	v, err := api.Today()
	if err != nil {
		t.Fatal(err)
	}
	rv := v.Reprise
	if rv == nil || rv.Reason != store.RepriseImport || rv.Clients != 40 || rv.Invoices != 40 || rv.PerDay != 10 ||
		rv.First != "2026-11-23" || rv.Last != "2026-11-26" || len(rv.Days) != 4 {
		t.Fatalf("reprise %+v", rv)
	}
	if len(v.ToSend)+len(v.ToReview)+len(v.ToCall)+len(v.Tasks) != 0 || v.CaughtUp != 0 {
		t.Fatalf("the page lists work while the reprise waits: %+v", v)
	}
	steps := map[string]int{}
	for _, s := range rv.Steps {
		steps[s.Name] = s.Count
	}
	if len(rv.Steps) != 4 || steps["Relance 1"] != 1 || steps["Relance ferme"] != 1 || steps["Appel"] != 1 || steps["Mise en demeure"] != 37 ||
		rv.Steps[len(rv.Steps)-1].Name != "Mise en demeure" {
		t.Fatalf("steps %+v", rv.Steps)
	}
	// The invoice's page says the same: its step and day in the reprise, held.
	oldest, _ := env.Store.InvoiceByNumber("F-C40")
	if iv, err := api.InvoiceChase(oldest.ID); err != nil || iv.Status != "Reprise à confirmer : Mise en demeure le 23/11/2026 (Courrier), rien ne part avant votre confirmation sur « Aujourd'hui »." {
		t.Fatalf("%q %v", iv.Status, err)
	}
	// The run lists the reprise, held, and carries out nothing.
	rep, err := api.service().Run(today, false)
	if err != nil || rep.Reprise == nil || len(rep.Actions) != 40 || rep.Executed != 0 {
		t.Fatalf("run: %+v %v", rep, err)
	}
	for _, av := range rep.Actions {
		if av.Action.Status != dunning.NeedsReview || av.Pending != chase.RepriseWaiting {
			t.Fatalf("run action %+v", av)
		}
	}
	if n := len(queued(t, env)); n != 0 {
		t.Fatalf("%d e-mails queued before confirmation", n)
	}
	for i := 1; i <= 40; i++ {
		if docs, _ := env.Store.ClientDocuments(mustClientID(t, env, fmt.Sprintf("C%02d", i))); len(docs) != 0 {
			t.Fatalf("a letter produced before confirmation: %+v", docs)
		}
	}
	if _, err := api.Approve(rv.Days[0].Actions[0].Action.ID); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("an action approved before the reprise was confirmed: %v", err)
	}

	// Confirmed: today's clients go, the others on their day, each at its step.
	v, err = api.ConfirmReprise()
	if err != nil || v.Reprise != nil {
		t.Fatalf("confirm: %+v %v", v.Reprise, err)
	}
	if _, err := api.ConfirmReprise(); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("confirmed twice: %v", err)
	}
	want := map[string]string{"C01": "reminder1", "C02": "firm", "C03": "call", "C04": "notice", "C40": "notice"}
	seen := map[string]string{}
	first := map[string]backend.Date{}
	perDay := map[backend.Date]int{}
	for day := today; day <= today.AddDays(30); day = day.AddDays(1) {
		rep, err := api.service().Run(day, false)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Reprise != nil {
			t.Fatalf("%s: a reprise again", day)
		}
		for _, av := range rep.Actions {
			a := av.Action
			if a.Status == dunning.Skipped || !a.Channel.IsContact() || a.Status == dunning.Done && a.Date != day {
				continue
			}
			perDay[day]++
			if a.Channel == backend.ChannelEmail && av.Pending != "" {
				t.Fatalf("%s: the e-mail to %s waits: %s", day, a.ClientCode, av.Pending)
			}
			if _, ok := seen[a.ClientCode]; !ok {
				seen[a.ClientCode], first[a.ClientCode] = a.StepID, day
				if a.CaughtUp {
					t.Errorf("%s: %s taken over as a catch-up: %s", day, a.ClientCode, a.Reason)
				}
			}
		}
	}
	for code, step := range want {
		if seen[code] != step {
			t.Errorf("%s started at %q, want %q", code, seen[code], step)
		}
	}
	if len(seen) != 40 || first["C40"] != today || first["C01"] != backend.MustDate("2026-11-26") {
		t.Fatalf("%d clients; C40 on %s, C01 on %s", len(seen), first["C40"], first["C01"])
	}
	for day, n := range perDay {
		if n > rv.PerDay {
			t.Errorf("%s: %d contacts, pace %d", day, n, rv.PerDay)
		}
	}
	// The e-mails went to the outbox on their day only; the notices are drafts of letters.
	if n := len(queued(t, env)); n == 0 {
		t.Fatal("no e-mail queued after confirmation")
	}
	ev, _ := env.Store.ClientEvents(mustClientID(t, env, "C40"), 20)
	found := false
	for _, e := range ev {
		found = found || strings.Contains(e.Summary, "Reprise confirmée : « Mise en demeure » le 23/11/2026 (F-C40) ; étapes dépassées, non envoyées : « Rappel courtois », « Relance 1 »")
	}
	if !found {
		t.Fatalf("timeline of C40: %+v", ev)
	}
}

func mustClientID(t *testing.T, env *Env, code string) uint64 {
	t.Helper()
	c, err := env.Store.ClientByCode(code)
	if err != nil {
		t.Fatal(err)
	}
	return c.ID
}

// 20 days without a run: the next run is a reprise, not twenty days of catch-ups; the page says since when.
func TestAbsenceOf20DaysIsAReprise(t *testing.T) {
	env, api, _ := chaseLedger(t)
	if _, err := api.SetClientScenario(mustClientID(t, env, "MEN"), backend.ScenarioRegular); err != nil {
		t.Fatal(err)
	}
	before := backend.MustDate("2026-11-03")
	if _, err := api.service().Run(before, false); err != nil {
		t.Fatal(err)
	}
	ran, _ := env.Store.ChaseRuns()
	if ran.Last != before {
		t.Fatalf("run not noted: %+v", ran)
	}
	today := backend.Today(env.Clock) // 23/11/2026: 20 days later
	v, err := api.Today()
	if err != nil || v.Reprise == nil || v.Reprise.Reason != store.RepriseAbsence || v.Reprise.AbsentDays != 20 || v.Reprise.LastRun != "2026-11-03" {
		t.Fatalf("%+v %v", v.Reprise, err)
	}
	rep, err := api.service().Run(today, false)
	if err != nil || rep.Reprise == nil || rep.Executed != 0 {
		t.Fatalf("%+v %v", rep, err)
	}
	if m, found, _ := env.Store.RepriseMark(); !found || m.Reason != store.RepriseAbsence {
		t.Fatal("the absence was not recorded by the run")
	}
	// Runs again the same day and the next: still waiting, whatever the days since.
	if rep, _ := api.service().Run(today.AddDays(1), false); rep.Reprise == nil {
		t.Fatal("the reprise stopped waiting without a confirmation")
	}
	if _, err := api.service().ConfirmReprise(today); err != nil {
		t.Fatal(err)
	}
	if v, _ := api.Today(); v.Reprise != nil {
		t.Fatalf("still a reprise after confirmation: %+v", v.Reprise)
	}
}

// The page of a ledger typed in by hand the same day, first run: overdue invoices are caught up, but not « while
// the application was closed ».
func TestFirstDayNeverSaysTheAppWasClosed(t *testing.T) {
	env, api, _ := chaseLedger(t)
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	v, err := api.Today()
	if err != nil || v.CaughtUp != 0 || v.Reprise != nil {
		t.Fatalf("caught up %d, reprise %+v, %v", v.CaughtUp, v.Reprise, err)
	}
}

package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/store"
)

// markDemo marks the test ledger as demo data, as LoadDemo does (the store's "demo" setting).
func markDemo(t *testing.T, env *Env) {
	t.Helper()
	if err := env.Store.SetSetting("demo", store.DemoMark{Clients: 2}); err != nil {
		t.Fatal(err)
	}
	if st, err := demoStatus(env); err != nil || !st.Demo {
		t.Fatalf("not marked: %+v %v", st, err)
	}
}

// In a demo ledger, a reminder to a real address is not sent and not failed: it stays queued, and the pass says
// why. Erasing the mark lets it go.
func TestDemoLedgerHoldsMailToRealAddresses(t *testing.T) {
	env, api, sink, _ := mailLedger(t) // the client's billing contact is compta@lefevre.fr
	markDemo(t, env)
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the window's sender loop comes back: still nothing
		rep, err := api.outbox.sender().Process(context.Background(), true)
		if err != nil || rep.Sent != 0 || rep.Failed != 0 || rep.Waiting != 1 {
			t.Fatalf("report %+v, %v", rep, err)
		}
		if !strings.Contains(rep.Stopped, "Données de démonstration : aucun e-mail n'est envoyé à une adresse réelle") || !strings.Contains(rep.Stopped, "compta@lefevre.fr") {
			t.Fatalf("stopped: %q", rep.Stopped)
		}
	}
	if n := len(sink.Messages()); n != 0 {
		t.Fatalf("%d messages reached the SMTP server", n)
	}
	out, _ := env.Store.Outbox(store.OutboxQuery{})
	if len(out) != 1 || out[0].State != backend.OutboxQueued || out[0].Attempts != 0 {
		t.Fatalf("outbox %+v", out)
	}
	if err := env.Store.DeleteSetting("demo"); err != nil {
		t.Fatal(err)
	}
	rep, err := api.outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Sent != 1 || len(sink.Messages()) != 1 {
		t.Fatalf("after the mark is lifted: %+v %v, %d received", rep, err, len(sink.Messages()))
	}
}

func TestDemoLedgerSendsToReservedDomains(t *testing.T) {
	env, api, sink, biz := mailLedger(t)
	biz.Contacts[0].Email = "compta@example.com"
	if err := env.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	markDemo(t, env)
	if _, err := api.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	rep, err := api.outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Sent != 1 || rep.Stopped != "" {
		t.Fatalf("report %+v, %v", rep, err)
	}
	if len(sink.Recipients()) != 1 || sink.Recipients()[0] != "compta@example.com" {
		t.Fatalf("recipients %v", sink.Recipients())
	}
}

// A message held for a real address does not stop the pass: the messages to reserved domains after it still go.
func TestDemoHoldDoesNotStopTheOthers(t *testing.T) {
	env, api, sink, biz := mailLedger(t)
	markDemo(t, env)
	var ms []*backend.OutboxMessage
	for i, to := range []string{"vrai@lefevre.fr", "a@example.com", "b@example.org"} { // oldest first
		ms = append(ms, &backend.OutboxMessage{ActionID: fmt.Sprintf("manual:%d", i), ClientID: biz.ID, ClientName: biz.Name,
			MessageID: mail.NewMessageID("claire@atelier-dupont.fr"), Date: time.Now(), To: []string{to}, Subject: "Copie", Text: "Bonjour"})
	}
	for _, m := range ms { // queued one by one so that the first is the oldest
		if _, err := env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := api.outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Sent != 2 || len(sink.Messages()) != 2 || !strings.Contains(rep.Stopped, "Données de démonstration") {
		t.Fatalf("report %+v, %v, %d received", rep, err, len(sink.Messages()))
	}
}

// The window's « Charger des données de démonstration » marks the ledger, with fictional addresses only; erasing
// needs the confirmation word, empties the ledger, removes the fictional company and lifts the mark.
func TestLoadDemoMarksAndEraseDemoLifts(t *testing.T) {
	env := testEnv(t)
	api := &SettingsAPI{env: env}
	if st, err := api.DemoStatus(); err != nil || st.Demo {
		t.Fatalf("new ledger: %+v %v", st, err)
	}
	if _, err := api.LoadDemo(DemoRequest{Clients: 30, Invoices: 200}); err != nil {
		t.Fatal(err)
	}
	st, err := api.DemoStatus()
	if err != nil || !st.Demo || st.Clients != 30 || st.Invoices != 200 {
		t.Fatalf("status %+v %v", st, err)
	}
	co, _ := env.Store.Company()
	if !backend.ReservedAddress(co.Email) || !IsDemoCompany(co) {
		t.Fatalf("demo company %+v", co)
	}
	page, err := env.Store.ListClients(backend.ClientQuery{Limit: 100})
	if err != nil || len(page.Rows) != 30 {
		t.Fatalf("clients %d %v", len(page.Rows), err)
	}
	for _, r := range page.Rows {
		c, _ := env.Store.Client(r.ID)
		for _, ct := range c.Contacts {
			if !backend.ReservedAddress(ct.Email) {
				t.Errorf("%s: contact address %s", c.Code, ct.Email)
			}
		}
	}
	if _, err := api.EraseDemo("oui"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("erase without the word: %v", err)
	}
	o, err := api.EraseDemo("effacer")
	if err != nil || o.Clients != 0 || o.Invoices != 0 {
		t.Fatalf("erase: %+v %v", o, err)
	}
	if st, _ := api.DemoStatus(); st.Demo {
		t.Fatal("still demo")
	}
	if co, _ := env.Store.Company(); co.LegalName != "" {
		t.Fatalf("company %+v", co)
	}
	if _, err := api.EraseDemo("EFFACER"); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("erasing real data: %v", err)
	}
}

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
	if n := len(sink.messages()); n != 0 {
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
	if err != nil || rep.Sent != 1 || len(sink.messages()) != 1 {
		t.Fatalf("after the mark is lifted: %+v %v, %d received", rep, err, len(sink.messages()))
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
	if len(sink.rcpt) != 1 || sink.rcpt[0] != "compta@example.com" {
		t.Fatalf("recipients %v", sink.rcpt)
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
	if err != nil || rep.Sent != 2 || len(sink.messages()) != 2 || !strings.Contains(rep.Stopped, "Données de démonstration") {
		t.Fatalf("report %+v, %v, %d received", rep, err, len(sink.messages()))
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
	if !backend.ReservedAddress(co.Email) || !isDemoCompany(co) {
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

func TestCLIDemoErase(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--erase"); r.code == 0 || !strings.Contains(r.stderr, "pas des données de démonstration") {
		t.Fatalf("erase an empty folder: %+v", r)
	}
	if r := runCLI(t, data, "demo", "--clients", "10", "--invoices", "50"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	r := runCLI(t, data, "demo", "--erase")
	if r.code != 0 || !strings.Contains(r.stdout, "Données de démonstration effacées") || !strings.Contains(r.stdout, "10 clients, 50 factures") {
		t.Fatalf("erase: %+v", r)
	}
	if r := runCLI(t, data, "demo", "--clients", "5", "--invoices", "20"); r.code != 0 {
		t.Fatalf("demo again in the emptied folder: %+v", r)
	}
}

// The company profile is filled whichever way the demo is loaded (#16 point 9): from the window (LoadDemo) and
// with `relance demo`, the same complete fictional creditor (the letters and e-mails need its name, SIREN,
// address, IBAN and signatory); a profile the owner named stays theirs (a profile cannot be saved unnamed).
func TestDemoFillsTheCompanyEitherWay(t *testing.T) {
	complete := func(how string, co backend.Company) {
		t.Helper()
		if !isDemoCompany(co) || co.LegalForm == "" || co.Address.Line1 == "" || co.Address.City == "" || co.IBAN == "" ||
			co.Signatory.LastName == "" || !backend.ReservedAddress(co.Email) || co.Normalize() != nil {
			t.Errorf("%s: company %+v", how, co)
		}
	}
	env := testEnv(t)
	if _, err := (&SettingsAPI{env: env}).LoadDemo(DemoRequest{Clients: 5, Invoices: 20}); err != nil {
		t.Fatal(err)
	}
	window, _ := env.Store.Company()
	complete("window", window)

	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "5", "--invoices", "20"); r.code != ExitOK {
		t.Fatalf("demo: %+v", r)
	}
	r := runCLI(t, data, "company", "get")
	for _, want := range []string{window.LegalName, window.SIREN, window.Address.City, window.Signatory.LastName} {
		if r.code != ExitOK || !strings.Contains(r.stdout, want) {
			t.Fatalf("relance demo: company get lacks %q: %+v", want, r)
		}
	}

	// The owner's own name is kept.
	own := testEnv(t)
	co := backend.Company{LegalName: "Menuiserie Dupont"}
	if err := own.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	if _, err := (&SettingsAPI{env: own}).LoadDemo(DemoRequest{Clients: 5, Invoices: 20}); err != nil {
		t.Fatal(err)
	}
	if got, _ := own.Store.Company(); got.LegalName != "Menuiserie Dupont" {
		t.Errorf("the owner's profile replaced: %+v", got)
	}
}

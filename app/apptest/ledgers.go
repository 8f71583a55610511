package apptest

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/chase"
	"relance/backend/dunning"
	"relance/backend/mail"
	"relance/backend/service"
	"relance/backend/sms"
)

// The tests' ledgers: the overdue ledger (backend/documents/documentstest) chased by letters, by e-mail or by SMS,
// seeded through the store and the chase as the window does (scenarios saved and chosen by the chase, so that the
// client's history says so).

// chaseAlone is the chase over deps with nothing else of the product: enough to save and choose scenarios.
func chaseAlone(deps *service.Deps) *chase.Service { return chase.New(deps, chase.Ports{}) }

// scenario saves sc and makes it the scenario of the clients.
func scenario(t testing.TB, deps *service.Deps, sc backend.Scenario, clientIDs ...uint64) {
	t.Helper()
	c := chaseAlone(deps)
	if _, err := c.SaveScenario(sc); err != nil {
		t.Fatal(err)
	}
	for _, id := range clientIDs {
		if _, err := c.SetClientScenario(id, sc.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// ChaseLedger chases biz with a reminder letter to review, 10 days after the due date (scenario « courrier »).
func ChaseLedger(t testing.TB, deps *service.Deps, biz backend.Client) {
	t.Helper()
	scenario(t, deps, backend.Scenario{ID: "courrier", Name: "Courrier", Steps: []backend.Step{
		{ID: "lettre", Name: "Lettre de relance", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelLetter, Template: "reminder1", Review: true},
	}}, biz.ID)
}

// MailLedger chases biz by e-mail 10 days after the due date (scenario « mail », with a thank-you) at its billing
// contact compta@lefevre.fr, from the mailbox claire@atelier-dupont.fr whose SMTP server is the returned sink;
// saveMail saves the mailbox's settings as the window does.
func MailLedger(t testing.TB, deps *service.Deps, biz backend.Client, saveMail func(mail.Settings) error) (*SMTPSink, backend.Client) {
	t.Helper()
	biz.Contacts = []backend.Contact{{FirstName: "Marc", LastName: "Lefèvre", Email: "compta@lefevre.fr", Billing: true}}
	if err := deps.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	co, _ := deps.Store.Company()
	co.Signatory.Phone, co.Signatory.Email, co.Phone = "04 78 00 00 00", "claire@atelier-dupont.fr", "04 78 00 00 00"
	if err := deps.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	sink := StartSMTP(t)
	if err := saveMail(mail.Settings{FromName: "Atelier Dupont", FromAddress: "claire@atelier-dupont.fr",
		SMTPHost: "127.0.0.1", SMTPPort: sink.Port, SMTPSecurity: "none", SMTPAuth: "none", RatePerMinute: 600, DailyCap: 200}); err != nil {
		t.Fatal(err)
	}
	scenario(t, deps, backend.Scenario{ID: "mail", Name: "E-mail", ThankYou: true, Steps: []backend.Step{
		{ID: "reminder1", Name: "Relance 1", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelEmail, Template: "reminder1"},
	}}, biz.ID)
	return sink, biz
}

// SMSLedger chases biz (a business) and cons (a consumer who did not consent) by SMS 10 days after the due date
// (scenario « texto »); their billing contacts have mobile numbers; the texts go to the returned Brevo stand-in,
// whose settings saveSMS saves as the window does (sender ATELIER, key xkeysib-test). It returns biz as saved.
func SMSLedger(t testing.TB, deps *service.Deps, biz, cons backend.Client, saveSMS func(sms.Settings, string) error) (*Brevo, backend.Client) {
	t.Helper()
	biz.Contacts = []backend.Contact{{FirstName: "Marc", LastName: "Lefèvre", Phone: "06 12 34 56 78", Billing: true}}
	cons.Contacts = []backend.Contact{{FirstName: "Claire", LastName: "Petit", Phone: "07 81 23 45 67", Billing: true}} // no consent
	for _, c := range []*backend.Client{&biz, &cons} {
		if err := deps.Store.SaveClient(c); err != nil {
			t.Fatal(err)
		}
	}
	co, _ := deps.Store.Company()
	co.Phone = "04 78 00 00 00"
	if err := deps.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	b := StartBrevo(t)
	if err := saveSMS(sms.Settings{Provider: "brevo", Sender: "ATELIER", PricePerSegment: 450}, "xkeysib-test"); err != nil {
		t.Fatal(err)
	}
	scenario(t, deps, backend.Scenario{ID: "texto", Name: "SMS", Steps: []backend.Step{
		{ID: "sms", Name: "Relance SMS", Anchor: backend.AfterDue, Days: 10, Channel: backend.ChannelSMS, Template: "sms_reminder"},
	}}, biz.ID, cons.ID)
	return b, biz
}

// SlowClient makes the actions of one client block until the returned release is called (at the latest when the
// test ends), with a time limit of 2 s per action (the others' letters must be produced within it, under -race too).
func SlowClient(t testing.TB, clientID uint64) (release func(), started *atomic.Int32) {
	t.Helper()
	gate := make(chan struct{})
	var once sync.Once
	release = func() { once.Do(func() { close(gate) }) }
	started = &atomic.Int32{}
	prevHook, prevLimit := chase.ActionHook, chase.ActionTimeout
	chase.ActionHook = func(act dunning.Action) {
		if act.ClientID == clientID && act.Status != dunning.Done {
			started.Add(1)
			<-gate
		}
	}
	chase.ActionTimeout = 2 * time.Second
	t.Cleanup(func() { chase.ActionHook, chase.ActionTimeout = prevHook, prevLimit; release() })
	return release, started
}

// An OFX statement: the business client of ledgerWithOverdue pays F-2026-0101 (1 200,00 €) on 23/11/2026, and a
// supplier's direct debit goes out.
const OFX = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<BANKMSGSRSV1>
<STMTTRNRS>
<TRNUID>0
<STMTRS>
<CURDEF>EUR
<BANKACCTFROM>
<BANKID>30006
<ACCTID>00011234567
<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>20261101
<DTEND>20261123
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20261123
<TRNAMT>1200.00
<FITID>20261123-0001
<NAME>VIR MENUISERIE LEFEVRE
<MEMO>REGLEMENT FACTURE F-2026-0101
</STMTTRN>
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20261121
<TRNAMT>-84.90
<FITID>20261121-0002
<NAME>PRLV SEPA ORANGE
</STMTTRN>
</BANKTRANLIST>
</STMTRS>
</STMTTRNRS>
</BANKMSGSRSV1>
</OFX>
`

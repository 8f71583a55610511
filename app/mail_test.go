package app

import (
	"context"
	"strings"
	"testing"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/mail"
	"relance/backend/secret"
	"relance/backend/store"
	"relance/backend/template"
)

// mailLedger is ledgerWithOverdue with a billing contact for the business client, an e-mail scenario, and the
// mailbox pointed at a local SMTP sink.
func mailLedger(t *testing.T) (*Env, *ChaseAPI, *apptest.SMTPSink, backend.Client) {
	t.Helper()
	env, biz, _ := ledgerWithOverdue(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	sink, biz := apptest.MailLedger(t, &env.Deps, biz, func(s mail.Settings) error { return saveMailConfig(env, MailConfig{Settings: s}) })
	return env, &ChaseAPI{env: env, outbox: &OutboxAPI{env: env}}, sink, biz
}

func TestRunSendsTheReminderOnceThroughTheMailbox(t *testing.T) {
	env, api, sink, biz := mailLedger(t)
	today := backend.Today(env.Clock)
	rep, err := api.service().Run(today, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Actions[0].Action.ClientCode != "MEN" || rep.Actions[0].Action.Status != dunning.Done {
		t.Fatalf("actions: %+v", rep.Actions)
	}
	sent, err := api.outbox.sender().Process(context.Background(), true)
	if err != nil || sent.Sent != 1 {
		t.Fatalf("sent %+v, %v", sent, err)
	}
	msgs := sink.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages received", len(msgs))
	}
	out, _ := env.Store.Outbox(store.OutboxQuery{})
	if len(out) != 1 || out[0].State != backend.OutboxSent || !strings.Contains(msgs[0], out[0].MessageID) {
		t.Fatalf("outbox %+v", out)
	}
	for _, want := range []string{"F-2026-0101", "compta@lefevre.fr", "multipart/alternative"} {
		if !strings.Contains(msgs[0], want) {
			t.Errorf("message lacks %q:\n%s", want, msgs[0])
		}
	}
	if sink.Recipients()[0] != "compta@lefevre.fr" {
		t.Fatalf("recipient %q", sink.Recipients()[0])
	}
	// Running again the same day, or the sender again, sends nothing more.
	if _, err := api.service().Run(today, false); err != nil {
		t.Fatal(err)
	}
	if _, err := api.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d messages after a second run", n)
	}
	ch, _ := env.Store.ClientChase(biz.ID)
	if ch.LastContact != today {
		t.Fatalf("last contact %v", ch.LastContact)
	}
	evs, _ := env.Store.ClientEvents(biz.ID, 0)
	if !strings.Contains(evs[0].Summary, "envoyé à compta@lefevre.fr") {
		t.Fatalf("timeline: %+v", evs[0])
	}
}

func TestTemporaryFailureRetriesPermanentFailsWithAFollowUp(t *testing.T) {
	env, api, sink, biz := mailLedger(t)
	today := backend.Today(env.Clock)
	sink.FailNext(451, 1)
	if _, err := api.service().Run(today, false); err != nil {
		t.Fatal(err)
	}
	rep, err := api.outbox.sender().Process(context.Background(), false)
	if err != nil || rep.Retry != 1 || len(sink.Messages()) != 0 {
		t.Fatalf("first attempt %+v %v", rep, err)
	}
	out, _ := env.Store.Outbox(store.OutboxQuery{})
	if out[0].State != backend.OutboxQueued || out[0].NextAttempt.IsZero() || out[0].ErrorKind != "temporary" {
		t.Fatalf("after 4xx: %+v", out[0])
	}
	// The retry waits for its time: move the clock past it.
	env.Clock = backend.FixedClock(out[0].NextAttempt)
	if rep, err = api.outbox.sender().Process(context.Background(), false); err != nil || rep.Sent != 1 {
		t.Fatalf("retry %+v %v", rep, err)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d messages", n)
	}

	// A permanent refusal: failed, told in French, and a letter to send instead (the client has an address).
	sink.FailNext(550, -1)
	m := &backend.OutboxMessage{ActionID: "manual:1", ClientID: biz.ID, ClientName: biz.Name, MessageID: mail.NewMessageID("claire@atelier-dupont.fr"),
		To: []string{"inconnu@lefevre.fr"}, Subject: "Copie de facture", Text: "Bonjour"}
	if _, err := env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	if rep, err = api.outbox.sender().Process(context.Background(), false); err != nil || rep.Failed != 1 {
		t.Fatalf("permanent %+v %v", rep, err)
	}
	got, _ := env.Store.OutboxMessage(m.ID)
	if got.State != backend.OutboxFailed || got.LastError == "" {
		t.Fatalf("after 5xx: %+v", got)
	}
	fus, _ := env.Store.FollowUps(false)
	if len(fus) != 1 || fus[0].Channel != backend.ChannelLetter || fus[0].ClientID != biz.ID {
		t.Fatalf("follow-ups %+v", fus)
	}
}

func TestMissingValueWaitsForReviewAndNoMailboxWaits(t *testing.T) {
	env, api, sink, _ := mailLedger(t)
	today := backend.Today(env.Clock)
	// A template needing a value the client lacks: the e-mail waits, with the reason, until approved.
	if _, err := (&TemplatesAPI{env: env}).Save(template.Template{Key: "reminder1", Lang: "fr",
		Subject: "Facture [[InvoiceNumber]]", Body: "Votre SIREN : [[CustomerSiren]]"}); err != nil {
		t.Fatal(err)
	}
	v, err := api.Today()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.ToSend) != 2 || v.ToSend[0].Action.ClientCode != "MEN" || !strings.Contains(v.ToSend[0].Pending, "CustomerSiren") {
		t.Fatalf("to send: %+v", v.ToSend)
	}
	if !strings.Contains(v.ToSend[1].Pending, "aucune adresse e-mail") {
		t.Fatalf("consumer without address: %+v", v.ToSend[1])
	}
	if _, err := api.service().Run(today, false); err != nil {
		t.Fatal(err)
	}
	if out, _ := env.Store.Outbox(store.OutboxQuery{}); len(out) != 0 {
		t.Fatalf("queued despite a missing value: %+v", out)
	}
	// The user edits the message in the review queue and sends it.
	id := v.ToSend[0].Action.ID
	if _, err := api.ApproveMessage(id, "Rappel : facture [[InvoiceNumber]]", "Bonjour,\n\nMerci de régler [[TotalOverdue]]."); err != nil {
		t.Fatal(err)
	}
	if _, err := api.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	msgs := sink.Messages()
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Rappel : facture") {
		t.Fatalf("messages %v", msgs)
	}
	if v, _ := api.Today(); len(v.Done) != 1 || v.Done[0].Action.Status != dunning.Done {
		t.Fatalf("done: %+v", v.Done)
	}

	// No mailbox: e-mail actions wait with the reason.
	env2, api2, _, _ := mailLedger(t)
	if err := env2.Store.SetSetting(settingMail, MailConfig{}); err != nil {
		t.Fatal(err)
	}
	v, _ = api2.Today()
	if len(v.ToSend) != 2 || !strings.Contains(v.ToSend[0].Pending, "messagerie non configurée") {
		t.Fatalf("no mailbox: %+v", v.ToSend)
	}
}

func TestTemplateEditorErrorsAndPreview(t *testing.T) {
	env, _, _, biz := mailLedger(t)
	api := &TemplatesAPI{env: env}
	_, err := api.Save(template.Template{Key: "firm", Lang: "fr", Subject: "Relance", Body: "Bonjour,\n\nMontant : [[InvoiceAmout]]"})
	if backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err)+fieldMessages(err), "InvoiceAmount") {
		t.Fatalf("misspelt variable: %v %s", err, fieldMessages(err))
	}
	if issues := api.Check("Bonjour [[Nom]]"); len(issues) != 1 || issues[0].Line != 1 || issues[0].Column != 9 {
		t.Fatalf("issues %+v", issues)
	}
	def, _ := template.Default("firm", "fr")
	p, err := api.Preview(PreviewRequest{Template: def, ClientID: biz.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Rendered.Text, "Menuiserie Lefèvre") && !strings.Contains(p.Rendered.Text, "F-2026-0101") {
		t.Fatalf("preview text:\n%s", p.Rendered.Text)
	}
	if p.To != "compta@lefevre.fr" {
		t.Fatalf("to %q", p.To)
	}
	if _, err := api.Reset("firm", "fr"); err != nil {
		t.Fatal(err)
	}
}

func fieldMessages(err error) string {
	var b strings.Builder
	if e, ok := err.(*backend.Error); ok {
		for _, f := range e.Fields {
			b.WriteString(f.Field + ": " + f.Message + "\n")
		}
	}
	return b.String()
}

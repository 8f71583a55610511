package app

import (
	"context"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/replies"
	"relance/backend/secret"
	"relance/backend/store"
)

// inboxLedger is mailLedger with the mailbox's IMAP side on an in-memory server, and one reminder sent.
func inboxLedger(t *testing.T) (*Env, *InboxAPI, *apptest.IMAPMailbox, backend.Client, backend.OutboxMessage) {
	t.Helper()
	env, chase, _, biz := mailLedger(t)
	mb, sent := apptest.InboxLedger(t, env.Store, biz.ID, func(port int) error {
		cfg, _ := LoadMailConfig(env)
		apptest.SaveIMAP(&cfg.Settings, port)
		env.Keychain = secret.Keychain{Backend: &secret.Memory{}}
		return saveMailConfig(env, cfg)
	}, func() error {
		if _, err := chase.service().Run(backend.Today(env.Clock), false); err != nil {
			return err
		}
		_, err := chase.outbox.sender().Process(context.Background(), true)
		return err
	})
	return env, &InboxAPI{env: env, chase: chase}, mb, biz, sent
}

func TestReplyIsLinkedClassifiedPausesTheChaseAndIsAccepted(t *testing.T) {
	env, api, mb, biz, sent := inboxLedger(t)
	mb.Deliver(t, `From: Marc Lefèvre <compta@lefevre.fr>
To: claire@atelier-dupont.fr
Subject: RE: `+sent.Subject+`
Message-ID: <reponse-1@lefevre.fr>
In-Reply-To: `+sent.MessageID+`
Date: Mon, 23 Nov 2026 15:00:00 +0100
Content-Type: text/plain; charset=utf-8

Bonjour,

Nous réglerons le 15/12/2026 par virement.

Cordialement,
Marc

Le 23/11/2026, Atelier Dupont a écrit :
> Sauf erreur de notre part, la facture F-2026-0101 reste impayée.
`)
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	todo, err := api.List("todo", 0)
	if err != nil || len(todo) != 1 {
		t.Fatalf("todo %+v %v", todo, err)
	}
	it := todo[0].Interaction
	if it.ClientID != biz.ID || it.Class != "promise" || it.PromiseDate != backend.MustDate("2026-12-15") || it.LinkedBy != "reply" ||
		len(it.InvoiceIDs) != 2 || !strings.Contains(todo[0].Proposal, "15/12/2026") {
		t.Fatalf("interaction %+v (%s)", it, todo[0].Proposal)
	}
	// The chase waits: the client is paused until the reply is read, so nothing is planned for it.
	v, _ := api.chase.Today()
	for _, list := range [][]ActionView{v.ToSend, v.ToReview, v.ToCall} {
		for _, av := range list {
			if av.Action.ClientID == biz.ID {
				t.Fatalf("still chased after the reply: %+v", av.Action)
			}
		}
	}
	evs, _ := env.Store.ClientEvents(biz.ID, 0)
	if !strings.Contains(evs[0].Summary+evs[1].Summary, "E-mail reçu de compta@lefevre.fr") {
		t.Fatalf("timeline %+v", evs[:2])
	}
	// A second sync finds nothing new.
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if all, _ := api.List("all", 0); len(all) != 1 {
		t.Fatalf("%d messages after a second sync", len(all))
	}
	// Accepting records the promise on both invoices and lifts the reply's pause.
	if _, err := api.Accept(it.ID); err != nil {
		t.Fatal(err)
	}
	ic, _ := env.Store.InvoiceChase(it.InvoiceIDs[0])
	if ic.Promise == nil || ic.Promise.Until != backend.MustDate("2026-12-15") {
		t.Fatalf("promise %+v", ic.Promise)
	}
	cc, _ := env.Store.ClientChase(biz.ID)
	if cc.Pause != nil {
		t.Fatalf("pause still set: %+v", cc.Pause)
	}
	if s := api.Status(); s.ToHandle != 0 {
		t.Fatalf("status %+v", s)
	}
}

// Relance's own mail in the inbox (the reminder copied there, a Bcc to oneself, a note from the owner's own
// address) is not a client's reply: read as one, the reminder's words would pause the chase.
func TestOwnMessagesAreNotReadAsReplies(t *testing.T) {
	env, api, mb, _, sent := inboxLedger(t)
	out, _ := env.Store.OutboxMessage(sent.ID)
	mb.Deliver(t, `From: Atelier Dupont <claire@atelier-dupont.fr>
To: compta@lefevre.fr
Subject: `+out.Subject+`
Message-ID: `+out.MessageID+`
Date: Mon, 23 Nov 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.
`)
	mb.Deliver(t, `From: Claire Dupont <Claire@Atelier-Dupont.fr>
To: claire@atelier-dupont.fr
Subject: Note : rappeler Lefèvre
Message-ID: <note-1@atelier-dupont.fr>
Date: Mon, 23 Nov 2026 09:05:00 +0100
Content-Type: text/plain; charset=utf-8

Déjà payé selon eux ? À vérifier.
`)
	mb.Deliver(t, `From: Marc Lefèvre <compta@lefevre.fr>
To: claire@atelier-dupont.fr
Subject: RE: `+out.Subject+`
Message-ID: <vraie-reponse@lefevre.fr>
In-Reply-To: `+out.MessageID+`
Date: Mon, 23 Nov 2026 10:00:00 +0100
Content-Type: text/plain; charset=utf-8

Nous avons réglé cette facture le 20/11 par virement.
`)
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	its, err := env.Store.Interactions(store.InteractionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(its) != 1 || its[0].MessageID != "<vraie-reponse@lefevre.fr>" {
		t.Fatalf("interactions: %+v", its)
	}
}

func TestInboxRefusedAsSentFolder(t *testing.T) {
	env, _, _, _, _ := inboxLedger(t)
	cfg, _ := LoadMailConfig(env)
	cfg.Settings.SentFolder = "inbox"
	if _, err := (&MailAPI{env: env}).SaveSettings(cfg, ""); err == nil || !strings.Contains(err.Error(), "boîte de réception") {
		t.Fatalf("INBOX as Sent folder: %v", err)
	}
}

// A request for a copy, accepted: the invoice's copy is composed from the owner's templates and mailbox and queued
// to whoever asked, in answer to their message (backend/replies decides; app composes).
func TestCopyRequestAcceptedQueuesTheInvoiceCopy(t *testing.T) {
	env, _, mb, biz, sent := inboxLedger(t)
	api := &InboxAPI{env: env, chase: &ChaseAPI{env: env}} // no outbox: the copy stays queued, to be read here
	mb.Deliver(t, strings.Replace(reply(sent, "copie-1", "Bonjour, pourriez-vous nous renvoyer la facture ? Nous ne la trouvons pas."),
		"Marc Lefèvre <compta@lefevre.fr>", "Paul Lefèvre <paul@lefevre.fr>", 1))
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	todo, _ := api.List("todo", 0)
	if len(todo) != 1 || todo[0].Interaction.Class != "copy_request" || todo[0].Proposal != "Renvoyer la facture par e-mail" ||
		!reflect.DeepEqual(todo[0].Invoices, []string{"F-2026-0101", "F-2026-0102"}) || todo[0].ClientName != biz.Name {
		t.Fatalf("todo %+v", todo)
	}
	v, err := api.Accept(todo[0].Interaction.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.Interaction.Status != backend.InteractionHandled || v.Proposal != "" {
		t.Fatalf("accepted %+v", v)
	}
	out, _ := env.Store.Outbox(store.OutboxQuery{ClientID: biz.ID})
	var copy *backend.OutboxMessage
	for i := range out {
		if out[i].ActionID == "copy:"+strconv.FormatUint(v.Interaction.ID, 10) {
			copy = &out[i]
		}
	}
	if copy == nil || copy.State != backend.OutboxQueued || copy.Template != "invoice_copy" || copy.StepName != "Copie de facture" ||
		!reflect.DeepEqual(copy.To, []string{"paul@lefevre.fr"}) || copy.InReplyTo != "<copie-1@lefevre.fr>" || copy.ClientName != biz.Name ||
		!reflect.DeepEqual(copy.InvoiceNumbers, []string{"F-2026-0101", "F-2026-0102"}) || !strings.HasSuffix(copy.MessageID, "@atelier-dupont.fr>") {
		t.Fatalf("copy %+v", copy)
	}
}

// backend/replies emits the events the window listens to under app's names.
func TestRepliesEventsAreTheWindows(t *testing.T) {
	for _, e := range [][2]string{{replies.EventNew, EventInboxNew}, {replies.EventOutboxUpdated, EventOutboxUpdated}} {
		if got, want := e[0], e[1]; got != want {
			t.Errorf("backend/replies emits %q where the window listens to %q", got, want)
		}
	}
}

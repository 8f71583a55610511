package app

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log"
	"net"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"relance/backend"
	"relance/backend/replies"
	"relance/backend/secret"
	"relance/backend/store"
)

// imapMailbox is go-imap's in-memory server on 127.0.0.1, holding the user's INBOX.
type imapMailbox struct {
	user *imapmemserver.User
	port int
}

func startIMAP(t *testing.T) *imapMailbox {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser("claire@atelier-dupont.fr", "secret-imap")
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return &imapMailbox{user: u, port: l.Addr().(*net.TCPAddr).Port}
}

type literalReader struct {
	*bytes.Reader
	n int64
}

func (l literalReader) Size() int64 { return l.n }

func (m *imapMailbox) deliver(t *testing.T, raw string) {
	t.Helper()
	raw = strings.ReplaceAll(raw, "\n", "\r\n")
	if _, err := m.user.Append("INBOX", literalReader{bytes.NewReader([]byte(raw)), int64(len(raw))},
		&imap.AppendOptions{Time: time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
}

// inboxLedger is mailLedger with the mailbox's IMAP side on an in-memory server, and one reminder sent.
func inboxLedger(t *testing.T) (*Env, *InboxAPI, *imapMailbox, backend.Client, backend.OutboxMessage) {
	t.Helper()
	env, chase, _, biz := mailLedger(t)
	mb := startIMAP(t)
	cfg, _ := loadMailConfig(env)
	cfg.Settings.IMAPHost, cfg.Settings.IMAPPort, cfg.Settings.IMAPSecurity, cfg.Settings.IMAPUser = "127.0.0.1", mb.port, "none", "claire@atelier-dupont.fr"
	if err := saveMailConfig(env, cfg); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RELANCE_SMTP_PASSWORD", "secret-imap")
	env.Keychain = secret.Keychain{Backend: &secret.Memory{}}
	if _, err := chase.service().Run(backend.Today(env.Clock), false); err != nil {
		t.Fatal(err)
	}
	if _, err := chase.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	sent, _ := env.Store.Outbox(store.OutboxQuery{ClientID: biz.ID})
	if len(sent) != 1 || sent[0].State != backend.OutboxSent {
		t.Fatalf("reminder: %+v", sent)
	}
	return env, &InboxAPI{env: env, chase: chase}, mb, biz, sent[0]
}

func TestReplyIsLinkedClassifiedPausesTheChaseAndIsAccepted(t *testing.T) {
	env, api, mb, biz, sent := inboxLedger(t)
	mb.deliver(t, `From: Marc Lefèvre <compta@lefevre.fr>
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

func TestBounceMarksTheAddressAndUnmatchedIsAssigned(t *testing.T) {
	env, api, mb, biz, sent := inboxLedger(t)
	mb.deliver(t, `From: Mail Delivery System <MAILER-DAEMON@mx.lefevre.fr>
To: claire@atelier-dupont.fr
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.lefevre.fr>
Date: Mon, 23 Nov 2026 15:05:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

<compta@lefevre.fr>: host mx.lefevre.fr said: 550 5.1.1 User unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lefevre.fr

Final-Recipient: rfc822; compta@lefevre.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

Message-ID: `+sent.MessageID+`
Subject: `+sent.Subject+`

--B--
`)
	mb.deliver(t, `From: Sophie Martin <s.martin@gmail.com>
To: claire@atelier-dupont.fr
Subject: Question
Message-ID: <q-1@gmail.com>
Date: Mon, 23 Nov 2026 16:00:00 +0100
Content-Type: text/plain; charset=utf-8

Bonjour, pouvez-vous me rappeler ?
`)
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	c, _ := env.Store.Client(biz.ID)
	if !c.Contacts[0].EmailInvalid {
		t.Fatalf("contact not marked invalid: %+v", c.Contacts)
	}
	fus, _ := env.Store.FollowUps(false)
	if len(fus) != 1 || fus[0].Channel != backend.ChannelLetter || fus[0].ClientID != biz.ID {
		t.Fatalf("follow-ups %+v", fus)
	}
	un, _ := api.List("unmatched", 0)
	if len(un) != 1 || un[0].Interaction.FromEmail != "s.martin@gmail.com" {
		t.Fatalf("unmatched %+v", un)
	}
	// Assigned to the client and learnt: the address becomes a contact, the reply pauses the chase.
	if _, err := api.Assign(un[0].Interaction.ID, biz.ID, true); err != nil {
		t.Fatal(err)
	}
	c, _ = env.Store.Client(biz.ID)
	if len(c.Contacts) != 2 || c.Contacts[1].Email != "s.martin@gmail.com" || c.Contacts[1].FirstName != "Sophie" {
		t.Fatalf("contacts %+v", c.Contacts)
	}
	if cc, _ := env.Store.ClientChase(biz.ID); cc.Pause == nil || !strings.HasPrefix(cc.Pause.Reason, replies.PausePrefix) {
		t.Fatalf("pause %+v", cc.Pause)
	}
	// Read: the chase resumes.
	if _, err := api.MarkHandled(un[0].Interaction.ID, "rappelée"); err != nil {
		t.Fatal(err)
	}
	if cc, _ := env.Store.ClientChase(biz.ID); cc.Pause != nil {
		t.Fatalf("pause after reading %+v", cc.Pause)
	}
	// The command line lists the client's messages.
	env.Store.Close()
	var out bytes.Buffer
	if code := (&CLI{Stdout: &out, Stderr: &out, Keychain: &env.Keychain}).Run(env.Dirs.Data, []string{"interactions", "--client", "MEN", "--json"}); code != 0 {
		t.Fatalf("interactions: %s", out.String())
	}
	var lines []interactionLine
	if err := json.Unmarshal(out.Bytes(), &lines); err != nil || len(lines) != 2 || lines[0].Class != "other" || lines[1].Class != "bounce" {
		t.Fatalf("interactions --json %v: %s", err, out.String())
	}
}

// Relance's own mail in the inbox (the reminder copied there, a Bcc to oneself, a note from the owner's own
// address) is not a client's reply: read as one, the reminder's words would pause the chase.
func TestOwnMessagesAreNotReadAsReplies(t *testing.T) {
	env, api, mb, _, sent := inboxLedger(t)
	out, _ := env.Store.OutboxMessage(sent.ID)
	mb.deliver(t, `From: Atelier Dupont <claire@atelier-dupont.fr>
To: compta@lefevre.fr
Subject: `+out.Subject+`
Message-ID: `+out.MessageID+`
Date: Mon, 23 Nov 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.
`)
	mb.deliver(t, `From: Claire Dupont <Claire@Atelier-Dupont.fr>
To: claire@atelier-dupont.fr
Subject: Note : rappeler Lefèvre
Message-ID: <note-1@atelier-dupont.fr>
Date: Mon, 23 Nov 2026 09:05:00 +0100
Content-Type: text/plain; charset=utf-8

Déjà payé selon eux ? À vérifier.
`)
	mb.deliver(t, `From: Marc Lefèvre <compta@lefevre.fr>
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
	cfg, _ := loadMailConfig(env)
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
	mb.deliver(t, strings.Replace(reply(sent, "copie-1", "Bonjour, pourriez-vous nous renvoyer la facture ? Nous ne la trouvons pas."),
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

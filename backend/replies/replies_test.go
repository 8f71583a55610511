package replies

import (
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/inbox/watch"
	"relance/backend/service"
	"relance/backend/store"
)

var now = time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC) // a Monday

// events records what the use cases pass on to the window (they do it on the caller's goroutine).
type events struct {
	names   []string
	notices []string
}

func (e *events) Emit(name string, _ any) { e.names = append(e.names, name) }

func (e *events) Notify(title, body string) { e.notices = append(e.notices, title+" | "+body) }

// chase records what applying replies asks of the chase.
type chase struct {
	promises, disputes []string
	sent               int
}

func (c *chase) SetPromise(id uint64, until backend.Date, note string) error {
	c.promises = append(c.promises, until.String()+" "+note)
	return nil
}

func (c *chase) SetDispute(id uint64, reason backend.DisputeReason, note string) error {
	c.disputes = append(c.disputes, string(reason)+" "+note)
	return nil
}

func (c *chase) SendSoon() { c.sent++ }

// mailbox is the owner's address and a composer writing the template's key as the subject.
type mailbox struct {
	from     string
	why      string
	problems []string
	asked    []Request
}

func (m *mailbox) OwnAddress() (string, error) { return m.from, nil }

func (m *mailbox) Compose(r Request) (Draft, error) {
	m.asked = append(m.asked, r)
	if m.why != "" || m.problems != nil {
		return Draft{Why: m.why, Problems: m.problems}, nil
	}
	return Draft{Message: &backend.OutboxMessage{ActionID: r.ActionID, ClientID: r.ClientID, InvoiceIDs: r.InvoiceIDs, StepName: r.StepName,
		MessageID: "<copie-" + r.ActionID + "@atelier-dupont.fr>", Date: now, To: []string{"compta@lefevre.fr"}, Subject: r.Template, Text: "Veuillez trouver…"}}, nil
}

type ledger struct {
	st     *store.Store
	r      *Replies
	ev     *events
	chase  *chase
	mail   *mailbox
	client backend.Client
	sent   backend.OutboxMessage // the reminder the client answers
}

// newLedger is a client with two overdue invoices and one reminder sent, in a bbolt file of its own.
func newLedger(t *testing.T) *ledger {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{Clock: backend.FixedClock(now)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := backend.Client{Code: "MEN", Name: "Menuiserie Lefèvre", Email: "contact@lefevre.fr",
		Address:  backend.Address{Line1: "3 rue des Tanneurs", PostalCode: "69002", City: "Lyon"},
		Contacts: []backend.Contact{{FirstName: "Marc", LastName: "Lefèvre", Email: "compta@lefevre.fr", Billing: true}}}
	if err := st.SaveClient(&c); err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	var numbers []string
	for _, n := range []string{"F-2026-0101", "F-2026-0102"} {
		inv := backend.Invoice{Number: n, ClientID: c.ID, IssueDate: backend.MustDate("2026-09-01"), DueDate: backend.MustDate("2026-10-01"),
			AmountExclTax: 100000, VATAmount: 20000, AmountInclTax: 120000}
		if err := st.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
		ids, numbers = append(ids, inv.ID), append(numbers, inv.Number)
	}
	sent := &backend.OutboxMessage{ActionID: "reminder1", ClientID: c.ID, ClientName: c.Name, InvoiceIDs: ids, InvoiceNumbers: numbers,
		StepName: "Relance 1", MessageID: "<relance-1@atelier-dupont.fr>", Date: now.Add(-48 * time.Hour), To: []string{"compta@lefevre.fr"},
		Subject: "Facture F-2026-0101 impayée", Text: "Sauf erreur de notre part, la facture F-2026-0101 reste impayée."}
	if _, err := st.QueueMessages([]*backend.OutboxMessage{sent}); err != nil {
		t.Fatal(err)
	}
	l := &ledger{st: st, ev: &events{}, chase: &chase{}, mail: &mailbox{from: "claire@atelier-dupont.fr"}, client: c, sent: *sent}
	l.r = New(&service.Deps{Store: st, Clock: backend.FixedClock(now), Emitter: l.ev}, l.chase, l.mail)
	return l
}

// deliver hands raw messages to the sink as the watcher would, the next UIDs of INBOX.
func (l *ledger) deliver(t *testing.T, raws ...string) []backend.Interaction {
	t.Helper()
	s := l.r.Sink()
	st, _, err := s.State("INBOX")
	if err != nil {
		t.Fatal(err)
	}
	before, _ := l.st.Interactions(store.InteractionQuery{})
	var msgs []watch.Fetched
	for _, raw := range raws {
		st.LastUID++
		msgs = append(msgs, watch.Fetched{Folder: "INBOX", UID: st.LastUID, InternalDate: now, Raw: []byte(strings.ReplaceAll(raw, "\n", "\r\n"))})
	}
	if err := s.Deliver("INBOX", st, msgs); err != nil {
		t.Fatal(err)
	}
	after, _ := l.st.Interactions(store.InteractionQuery{})
	var added []backend.Interaction
	for _, it := range after {
		if !slices.ContainsFunc(before, func(b backend.Interaction) bool { return b.ID == it.ID }) {
			added = append(added, it)
		}
	}
	return added
}

func (l *ledger) reply(id, body string) string {
	return `From: Marc Lefèvre <compta@lefevre.fr>
To: claire@atelier-dupont.fr
Subject: RE: ` + l.sent.Subject + `
Message-ID: <` + id + `@lefevre.fr>
In-Reply-To: ` + l.sent.MessageID + `
Date: Mon, 23 Nov 2026 15:00:00 +0100
Content-Type: text/plain; charset=utf-8

` + body + `
`
}

func (l *ledger) pause(t *testing.T) *backend.Pause {
	t.Helper()
	cc, err := l.st.ClientChase(l.client.ID)
	if err != nil {
		t.Fatal(err)
	}
	return cc.Pause
}

// A promise given without a date, once accepted, holds the chase the days set in the chase settings, and the
// decision says until when.
func TestAcceptingAnUndatedPromiseWaitsTheDaysSet(t *testing.T) {
	l := newLedger(t)
	set, err := l.st.ChaseSettings()
	if err != nil || set.UndatedPromiseDays != backend.DefaultUndatedPromiseDays {
		t.Fatalf("default %+v %v", set, err)
	}
	set.UndatedPromiseDays = 10
	if err := l.st.SaveChaseSettings(set); err != nil {
		t.Fatal(err)
	}
	added := l.deliver(t, l.reply("r-undated", "Bonjour,\n\nJe m'en occupe, vous serez payé.\n\nMarc"))
	if len(added) != 1 {
		t.Fatalf("%d kept", len(added))
	}
	it := added[0]
	if it.Class != "promise" { // the owner reads it as a promise
		if it, err = l.r.Correct(it.ID, "promise"); err != nil {
			t.Fatal(err)
		}
	}
	if !it.PromiseDate.IsZero() {
		t.Fatalf("a date was found: %s", it.PromiseDate)
	}
	if p := Proposal(it, 10); !strings.Contains(p, "sans date") || !strings.Contains(p, "10 jours") {
		t.Fatalf("proposal %q", p)
	}
	done, err := l.r.Accept(it.ID)
	if err != nil {
		t.Fatal(err)
	}
	until := backend.Today(backend.FixedClock(now)).AddDays(10)
	if len(l.chase.promises) != 2 || !strings.HasPrefix(l.chase.promises[0], until.String()+" promesse sans date, attente de 10 jours") {
		t.Fatalf("promises %q, want until %s", l.chase.promises, until)
	}
	if !strings.Contains(done.Decision, "jusqu'au "+until.French()) {
		t.Fatalf("decision %q", done.Decision)
	}
	set.UndatedPromiseDays = 0
	if err := l.st.SaveChaseSettings(set); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("0 days accepted: %v", err)
	}
}

func TestReplyPausesTheChaseAndAcceptingRecordsThePromise(t *testing.T) {
	l := newLedger(t)
	added := l.deliver(t, l.reply("r1", "Bonjour,\n\nNous réglerons le 15/12/2026 par virement.\n\nCordialement,\nMarc"))
	if len(added) != 1 {
		t.Fatalf("%d kept", len(added))
	}
	it := added[0]
	if it.ClientID != l.client.ID || it.Class != "promise" || it.PromiseDate != backend.MustDate("2026-12-15") || it.LinkedBy != "reply" || len(it.InvoiceIDs) != 2 {
		t.Fatalf("interaction %+v", it)
	}
	if p := l.pause(t); p == nil || p.Until != backend.MustDate("2026-12-23") || !strings.HasPrefix(p.Reason, PausePrefix) || !strings.Contains(p.Reason, "23/11/2026") {
		t.Fatalf("pause %+v", p)
	}
	if want := []string{EventNew, service.EventChaseUpdated}; !reflect.DeepEqual(l.ev.names, want) {
		t.Fatalf("events %v, want %v", l.ev.names, want)
	}
	if len(l.ev.notices) != 1 || !strings.HasSuffix(l.ev.notices[0], "| 1 réponse à traiter") {
		t.Fatalf("notices %v", l.ev.notices)
	}
	if p := Proposal(it, backend.DefaultUndatedPromiseDays); !strings.Contains(p, "15/12/2026") {
		t.Fatalf("proposal %q", p)
	}
	todo, err := l.r.List("todo", 0)
	if err != nil || len(todo) != 1 {
		t.Fatalf("todo %+v %v", todo, err)
	}
	done, err := l.r.Accept(it.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := "2026-12-15 e-mail du 23/11/2026 : « " + it.Phrase + " »"
	if len(l.chase.promises) != 2 || l.chase.promises[0] != want || l.chase.promises[1] != want {
		t.Fatalf("promises %q, want twice %q", l.chase.promises, want)
	}
	if done.Status != backend.InteractionHandled || !strings.HasPrefix(done.Decision, "Enregistrer la promesse") || Proposal(done, backend.DefaultUndatedPromiseDays) != "" {
		t.Fatalf("after accepting %+v", done)
	}
	if p := l.pause(t); p != nil {
		t.Fatalf("pause still set: %+v", p)
	}
	if _, err := l.r.Accept(it.ID); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("accepting twice: %v", err)
	}
}

// The owner's own pause stands: a reply does not shorten nor replace it.
func TestReplyLeavesTheOwnersPause(t *testing.T) {
	l := newLedger(t)
	mine := &backend.Pause{Until: backend.MustDate("2027-01-31"), Since: backend.MustDate("2026-11-01"), Reason: "vacances du client"}
	if _, err := l.st.UpdateClientChase(l.client.ID, "pause", func(c *backend.ClientChase) error { c.Pause = mine; return nil }); err != nil {
		t.Fatal(err)
	}
	it := l.deliver(t, l.reply("r1", "Bonjour, pouvez-vous me rappeler ?"))[0]
	if p := l.pause(t); p == nil || *p != *mine {
		t.Fatalf("pause %+v", p)
	}
	if _, err := l.r.MarkHandled(it.ID, "  rappelé  "); err != nil {
		t.Fatal(err)
	}
	if p := l.pause(t); p == nil || *p != *mine {
		t.Fatalf("reading the reply lifted the owner's pause: %+v", p)
	}
}

func TestPaymentSaidMadePausesTheInvoices(t *testing.T) {
	l := newLedger(t)
	it := l.deliver(t, l.reply("r1", "Nous avons réglé cette facture le 20/11 par virement."))[0]
	if it.Class != "paid" {
		t.Fatalf("class %s (%s)", it.Class, it.Reason)
	}
	for _, id := range it.InvoiceIDs {
		ic, err := l.st.InvoiceChase(id)
		if err != nil {
			t.Fatal(err)
		}
		if ic.Promise == nil || ic.Promise.Until != backend.MustDate("2026-11-28") || !strings.HasPrefix(ic.Promise.Note, "Paiement annoncé par e-mail : « ") {
			t.Fatalf("invoice %d: %+v", id, ic.Promise)
		}
	}
}

// Relance's own mail in the inbox (the reminder filed there, a note from the owner's address) is not a reply.
func TestOwnMailIsNotAReply(t *testing.T) {
	l := newLedger(t)
	added := l.deliver(t, `From: Atelier Dupont <claire@atelier-dupont.fr>
To: compta@lefevre.fr
Subject: `+l.sent.Subject+`
Message-ID: `+l.sent.MessageID+`
Date: Sat, 21 Nov 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.
`, `From: Claire Dupont <Claire@Atelier-Dupont.fr>
To: claire@atelier-dupont.fr
Subject: Note
Message-ID: <note-1@atelier-dupont.fr>
Date: Mon, 23 Nov 2026 09:05:00 +0100
Content-Type: text/plain; charset=utf-8

Déjà payé selon eux ? À vérifier.
`)
	if len(added) != 0 || l.pause(t) != nil {
		t.Fatalf("own mail read as replies: %+v", added)
	}
	if st, _, _ := l.r.Sink().State("INBOX"); st.LastUID != 2 {
		t.Fatalf("state %+v: the skipped messages must not be fetched again", st)
	}
}

func TestBounceMarksTheAddressInvalidAndAsksForALetter(t *testing.T) {
	l := newLedger(t)
	// Exim's plain-text bounce, without the original's headers: the refused address finds the client.
	it := l.deliver(t, `From: Mail Delivery System <Mailer-Daemon@smtp.atelier-dupont.fr>
To: claire@atelier-dupont.fr
Subject: Mail delivery failed: returning message to sender
Message-ID: <E1kXyZ-0004Ab-Cd@smtp.atelier-dupont.fr>
Date: Mon, 23 Nov 2026 15:05:00 +0100
Auto-Submitted: auto-replied
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compta@lefevre.fr
    host mx.lefevre.fr [192.0.2.25]
    SMTP error from remote mail server after RCPT TO:<compta@lefevre.fr>:
    550 5.1.1 <compta@lefevre.fr>: Recipient address rejected: User unknown in virtual mailbox table
`)[0]
	if it.Class != "bounce" || it.LinkedBy != "address" || it.BounceAddress != "compta@lefevre.fr" {
		t.Fatalf("bounce read as %+v", it)
	}
	c, _ := l.st.Client(l.client.ID)
	if !c.Contacts[0].EmailInvalid {
		t.Fatalf("contact %+v", c.Contacts)
	}
	fus, _ := l.st.FollowUps(false)
	if len(fus) != 1 || fus[0].Channel != backend.ChannelLetter || fus[0].ClientID != l.client.ID || !strings.HasPrefix(fus[0].Reason, "e-mail non distribué à compta@lefevre.fr : ") {
		t.Fatalf("follow-ups %+v", fus)
	}
	got, _, _ := l.st.InteractionWithText(it.ID)
	if got.Status != backend.InteractionHandled || got.ClientID != l.client.ID ||
		got.Decision != "Adresse refusée par le serveur du destinataire : compta@lefevre.fr marquée invalide sur la fiche de Menuiserie Lefèvre" {
		t.Fatalf("bounce %+v", got)
	}
	if l.pause(t) != nil || len(l.ev.notices) != 0 {
		t.Fatalf("a bounce paused the chase (%+v) or was announced (%v)", l.pause(t), l.ev.notices)
	}
}

func TestCopyRequestAcceptedAnswersWhoAsked(t *testing.T) {
	l := newLedger(t)
	raw := strings.Replace(l.reply("r1", "Bonjour, pourriez-vous nous renvoyer la facture ? Nous ne la trouvons pas."), "Marc Lefèvre <compta@lefevre.fr>", "Paul <paul@lefevre.fr>", 1)
	it := l.deliver(t, raw)[0]
	if it.Class != "copy_request" || Proposal(it, backend.DefaultUndatedPromiseDays) != "Renvoyer la facture par e-mail" {
		t.Fatalf("%+v", it)
	}
	// Mail cannot go out yet: said, and nothing queued.
	l.mail.why = "messagerie non configurée"
	if _, err := l.r.Accept(it.ID); backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(err.Error(), "messagerie non configurée") {
		t.Fatalf("without a mailbox: %v", err)
	}
	l.mail.why, l.mail.problems = "", []string{"pas d'adresse", "valeur manquante"}
	if _, err := l.r.Accept(it.ID); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(err.Error(), "pas d'adresse ; valeur manquante") {
		t.Fatalf("without an address: %v", err)
	}
	l.mail.problems = nil
	l.ev.names = nil
	done, err := l.r.Accept(it.ID)
	if err != nil {
		t.Fatal(err)
	}
	r := l.mail.asked[len(l.mail.asked)-1]
	if r.Template != "invoice_copy" || !reflect.DeepEqual(r.Attach, []string{backend.AttachInvoice}) || r.Today != backend.MustDate("2026-11-23") || r.StepName != "Copie de facture" {
		t.Fatalf("asked %+v", r)
	}
	q, found, err := l.st.OutboxByMessageID("<copie-" + r.ActionID + "@atelier-dupont.fr>")
	if err != nil || !found || q.To[0] != "paul@lefevre.fr" || q.InReplyTo != "<r1@lefevre.fr>" {
		t.Fatalf("queued %+v (%v, %v)", q, found, err)
	}
	if l.chase.sent != 1 || done.Status != backend.InteractionHandled {
		t.Fatalf("sent soon %d times, %+v", l.chase.sent, done)
	}
	if want := []string{EventOutboxUpdated, EventNew, service.EventChaseUpdated}; !reflect.DeepEqual(l.ev.names, want) {
		t.Fatalf("events %v, want %v", l.ev.names, want)
	}
}

func TestDisputeAcceptedWithAReasonKnownOrNot(t *testing.T) {
	l := newLedger(t)
	it := l.deliver(t, l.reply("r1", "Bonjour, nous contestons cette facture : la marchandise n'a jamais été livrée."))[0]
	if it.Class != "dispute" {
		t.Fatalf("class %s (%s)", it.Class, it.Reason)
	}
	if _, err := l.st.UpdateInteraction(it.ID, "", func(x *backend.Interaction) error { x.DisputeReason = "inconnue"; return nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := l.r.Accept(it.ID); err != nil {
		t.Fatal(err)
	}
	if len(l.chase.disputes) != 2 || !strings.HasPrefix(l.chase.disputes[0], "other e-mail du 23/11/2026") {
		t.Fatalf("disputes %q", l.chase.disputes)
	}
}

func TestCorrectionIsKeptAndAutoReplyLiftsThePause(t *testing.T) {
	l := newLedger(t)
	it := l.deliver(t, l.reply("r1", "Bonjour, pouvez-vous me rappeler au sujet de la facture F-2026-0101 ?"))[0]
	if l.pause(t) == nil {
		t.Fatal("a reply to read must pause the chase")
	}
	if _, err := l.r.Correct(it.ID, "nonsense"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("unknown class: %v", err)
	}
	got, err := l.r.Correct(it.ID, "auto_reply")
	if err != nil {
		t.Fatal(err)
	}
	if got.Class != "auto_reply" || !got.Corrected || got.Status != backend.InteractionHandled || !strings.HasPrefix(got.Reason, "catégorie corrigée par l'utilisateur (était : ") {
		t.Fatalf("corrected %+v", got)
	}
	cs, err := l.st.ClassCorrections()
	if err != nil || len(cs) != 1 || cs[0].Was != it.Class || cs[0].Class != "auto_reply" || !strings.Contains(cs[0].Text, "rappeler") {
		t.Fatalf("corrections %+v %v", cs, err)
	}
	if p := l.pause(t); p != nil {
		t.Fatalf("pause %+v", p)
	}
	// The same class again is not a correction to learn.
	if _, err := l.r.Correct(it.ID, "auto_reply"); err != nil {
		t.Fatal(err)
	}
	if cs, _ := l.st.ClassCorrections(); len(cs) != 1 {
		t.Fatalf("%d corrections", len(cs))
	}
}

func TestAssignedSenderBecomesAContact(t *testing.T) {
	l := newLedger(t)
	it := l.deliver(t, `From: Julie Bernard <julie.bernard@orange.fr>
To: claire@atelier-dupont.fr
Subject: Chantier de la rue des Tanneurs
Message-ID: <jb-1@orange.fr>
Date: Mon, 23 Nov 2026 16:00:00 +0100

Bonjour, j'aimerais qu'on s'appelle cette semaine au sujet du chantier.
`)[0]
	if it.ClientID != 0 || l.pause(t) != nil {
		t.Fatalf("unmatched %+v, pause %+v", it, l.pause(t))
	}
	if un, _ := l.r.List("unmatched", 0); len(un) != 1 {
		t.Fatalf("unmatched %+v", un)
	}
	if todo, _ := l.r.List("todo", 0); len(todo) != 0 {
		t.Fatalf("todo lists an unmatched message: %+v", todo)
	}
	if _, err := l.r.List("lu", 0); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("unknown filter: %v", err)
	}
	if _, err := l.r.Assign(it.ID, l.client.ID, true); err != nil {
		t.Fatal(err)
	}
	c, _ := l.st.Client(l.client.ID)
	if len(c.Contacts) != 2 || c.Contacts[1].Email != "julie.bernard@orange.fr" || c.Contacts[1].FirstName != "Julie" || c.Contacts[1].LastName != "Bernard" {
		t.Fatalf("contacts %+v", c.Contacts)
	}
	if p := l.pause(t); p == nil {
		t.Fatal("an assigned reply must pause the chase")
	}
	// Her next message is linked by itself.
	next := l.deliver(t, `From: Julie Bernard <julie.bernard@orange.fr>
To: claire@atelier-dupont.fr
Subject: Encore
Message-ID: <jb-2@orange.fr>
Date: Mon, 23 Nov 2026 16:30:00 +0100

Merci.
`)[0]
	if next.ClientID != l.client.ID {
		t.Fatalf("next %+v", next)
	}
	// Assigned again, learnt again: the address is not added twice.
	if _, err := l.r.Assign(next.ID, l.client.ID, true); err != nil {
		t.Fatal(err)
	}
	if c, _ := l.st.Client(l.client.ID); len(c.Contacts) != 2 {
		t.Fatalf("contacts %+v", c.Contacts)
	}
	if _, err := l.r.Assign(next.ID, 999, true); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("unknown client: %v", err)
	}
}

func TestMessageTheServerRefusedIsShownToRead(t *testing.T) {
	it, text := interactionOf(watch.Fetched{Folder: "INBOX", UID: 9, InternalDate: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC),
		Failed: "Le serveur IMAP a refusé la commande : message could not be converted"}, nil, nil)
	if it.Class != "other" || it.UID != 9 || text != "" || len(it.Problems) != 1 || !strings.Contains(it.Problems[0], "ouvrez-le dans votre messagerie") {
		t.Fatalf("%+v", it)
	}
}

// The messages the server refused are kept with the folder's state in the store, so that the next synchronisation
// (another process, after a restart) asks for them again.
func TestRefusedMessagesKeptWithTheMailboxState(t *testing.T) {
	l := newLedger(t)
	sink := l.r.Sink()
	st := watch.State{UIDValidity: 7, LastUID: 12, Retry: []watch.Retry{{UID: 9, Attempts: 2, Why: "Le serveur IMAP a refusé la commande : message could not be converted"}}}
	if err := sink.Deliver("INBOX", st, nil); err != nil {
		t.Fatal(err)
	}
	got, found, err := sink.State("INBOX")
	if err != nil || !found || !reflect.DeepEqual(got, st) {
		t.Fatalf("state read back: %+v (found %v, %v), want %+v", got, found, err, st)
	}
	if len(l.ev.names) != 0 {
		t.Fatalf("events with no message: %v", l.ev.names)
	}
}

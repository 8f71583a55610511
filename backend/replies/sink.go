package replies

import (
	"strings"
	"time"

	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/inbox/watch"
	"relance/backend/store"
)

// The watcher's sink: each batch of new messages is parsed, classified and linked, kept with the folder's new
// state in one transaction, then acted on (bounce → contact marked invalid and a follow-up; a human reply pauses
// the client's chase until the user has read it).

// Sink is the watcher's (watch.Sink): it keeps what arrives and acts on it.
type Sink struct {
	r *Replies
}

// Sink returns the watcher's sink.
func (r *Replies) Sink() *Sink { return &Sink{r: r} }

// State returns the folder's stored state (the last UID read, the messages to ask for again).
func (s *Sink) State(folder string) (watch.State, bool, error) {
	st, found, err := s.r.deps.Store.MailboxState(folder)
	out := watch.State{UIDValidity: st.UIDValidity, LastUID: st.LastUID}
	for _, r := range st.Retry {
		out.Retry = append(out.Retry, watch.Retry{UID: r.UID, Attempts: r.Attempts, Why: r.Why})
	}
	return out, found, err
}

// Deliver keeps a batch of new messages with the folder's new state in one transaction, then acts on them.
func (s *Sink) Deliver(folder string, st watch.State, msgs []watch.Fetched) error {
	d := s.r.deps
	dir, err := newDirectory(d.Store)
	if err != nil {
		return err
	}
	own, err := s.r.ownMail()
	if err != nil {
		return err
	}
	// The owner's corrections, read once per batch: the same kind of message is read their way.
	corrections, err := d.Store.ClassCorrections()
	if err != nil {
		return err
	}
	owner := inbox.NewOwner(corrections)
	items := make([]store.NewInteraction, 0, len(msgs))
	skipped := 0
	for _, f := range msgs {
		it, text := interactionOf(f, dir, owner)
		if mine, err := own(it); err != nil {
			return err
		} else if mine {
			skipped++
			continue
		}
		items = append(items, store.NewInteraction{Interaction: it, Text: text})
	}
	if skipped > 0 {
		d.Logger().Info("own messages not read as replies", "folder", folder, "count", skipped)
	}
	state := backend.MailboxState{UIDValidity: st.UIDValidity, LastUID: st.LastUID}
	for _, r := range st.Retry {
		state.Retry = append(state.Retry, backend.MailboxRetry{UID: r.UID, Attempts: r.Attempts, Why: r.Why})
	}
	added, err := d.Store.AddInteractions(folder, state, items)
	if err != nil {
		return err
	}
	if len(added) > 0 {
		s.r.react(added)
	}
	return nil
}

// ownMail tells the owner's own messages from the clients' replies: a reminder Relance sent (its Message-ID is in
// the outbox: a copy filed in the inbox, a Bcc to oneself) or anything sent from the owner's own address. Read as a
// reply, the reminder's own words (« si votre règlement a été effectué… ») would pause the chase.
func (r *Replies) ownMail() (func(backend.Interaction) (bool, error), error) {
	from, err := r.mail.OwnAddress()
	if err != nil {
		return nil, err
	}
	self := strings.ToLower(strings.TrimSpace(from))
	return func(it backend.Interaction) (bool, error) {
		if self != "" && strings.EqualFold(strings.TrimSpace(it.FromEmail), self) {
			return true, nil
		}
		if it.MessageID == "" {
			return false, nil
		}
		_, found, err := r.deps.Store.OutboxByMessageID(it.MessageID)
		return found, err
	}, nil
}

// interactionOf reads one fetched message into an interaction. A message that cannot be read at all is still kept
// (with why), so that the user sees something arrived.
func interactionOf(f watch.Fetched, dir *directory, owner *inbox.Owner) (backend.Interaction, string) {
	it := backend.Interaction{Folder: f.Folder, UID: f.UID, ReceivedAt: f.InternalDate.UTC(), Attachments: []string{}}
	if f.Failed != "" { // the server would not give it: shown, to be read in the mail client
		it.Class, it.Subject = string(inbox.Other), "(message que le serveur n'a pas remis)"
		it.Problems = []string{f.Failed + " : ouvrez-le dans votre messagerie"}
		return it, ""
	}
	m, err := inbox.Parse(f.Raw)
	if err != nil {
		it.Class, it.Subject = string(inbox.Other), "(message illisible)"
		it.Problems = []string{backend.ErrorMessage(err)}
		return it, ""
	}
	if f.Truncated {
		m.Problems = append(m.Problems, "message de plus de 25 Mo : seul le début a été lu")
	}
	received := messageDay(m, f.InternalDate)
	c := inbox.ClassifyFor(m, received, owner)
	l := inbox.LinkMessage(m, dir)
	it.MessageID, it.InReplyTo, it.FromName, it.FromEmail, it.Subject = m.MessageID, m.InReplyTo, m.From.Name, m.From.Email, m.Subject
	if it.ReceivedAt.IsZero() {
		it.ReceivedAt = m.Date
	}
	it.Excerpt, it.Problems = m.Excerpt, m.Problems
	for _, a := range m.Attachments {
		it.Attachments = append(it.Attachments, a.Name)
	}
	it.Class, it.Phrase, it.Reason = string(c.Class), c.Phrase, c.Reason
	it.PromiseDate, it.ReturnDate, it.DisputeReason, it.BounceAddress = c.PromiseDate, c.ReturnDate, c.DisputeReason, c.BounceAddress
	it.Alternative, it.AlternativeReason, it.AlternativeDate = string(c.Alternative), c.AlternativeReason, c.AlternativeDate
	it.ClientID, it.InvoiceIDs, it.LinkedBy, it.LinkReason = l.ClientID, l.InvoiceIDs, l.By, l.Reason
	if c.Class == inbox.AutoReply { // nothing to read: logged only
		it.Status, it.Decision = backend.InteractionHandled, "Réponse automatique : sans effet sur la relance"
		if !c.ReturnDate.IsZero() {
			it.Decision += " (de retour le " + c.ReturnDate.French() + ")"
		}
	}
	return it, m.Text
}

// messageDay is the day « demain », « vendredi », « le 15 » count from: the message's own Date, as the client
// wrote it, unless missing or implausible (more than 30 days before the server received it, or after); else the
// day the server received it (a resync months later must not move a promise).
func messageDay(m inbox.Message, arrived time.Time) backend.Date {
	written := m.Date
	switch {
	case arrived.IsZero():
		return m.WrittenOn()
	case written.IsZero(), written.After(arrived.Add(24 * time.Hour)), written.Before(arrived.Add(-30 * 24 * time.Hour)):
		return backend.DateOf(arrived)
	}
	return m.WrittenOn() // the sender's own day: « demain » is theirs
}

// directory answers the linking questions from the store, with the clients' addresses indexed once per batch.
type directory struct {
	store    *store.Store
	byEmail  map[string]uint64
	byDomain map[string][]uint64
}

func newDirectory(st *store.Store) (*directory, error) {
	cls, err := st.Clients()
	if err != nil {
		return nil, err
	}
	d := &directory{store: st, byEmail: map[string]uint64{}, byDomain: map[string][]uint64{}}
	add := func(email string, id uint64) {
		email = strings.ToLower(strings.TrimSpace(email))
		if email == "" {
			return
		}
		d.byEmail[email] = id
		if at := strings.LastIndexByte(email, '@'); at > 0 {
			dom := email[at+1:]
			if ids := d.byDomain[dom]; len(ids) == 0 || ids[len(ids)-1] != id {
				d.byDomain[dom] = append(ids, id)
			}
		}
	}
	for _, c := range cls {
		add(c.Email, c.ID)
		for _, k := range c.Contacts {
			add(k.Email, c.ID)
		}
	}
	return d, nil
}

func (d *directory) SentMessage(messageID string) (uint64, []uint64, bool) {
	m, found, err := d.store.OutboxByMessageID(messageID)
	if err != nil || !found {
		return 0, nil, false
	}
	return m.ClientID, m.InvoiceIDs, true
}

func (d *directory) SentDate(messageID string) (backend.Date, bool) {
	m, found, err := d.store.OutboxByMessageID(messageID)
	if err != nil || !found {
		return 0, false
	}
	t := m.SentAt
	if t.IsZero() {
		t = m.QueuedAt
	}
	return backend.DateOf(t), true
}

func (d *directory) ClientByEmail(email string) (uint64, bool) {
	id, ok := d.byEmail[strings.ToLower(email)]
	return id, ok
}

func (d *directory) ClientsByDomain(domain string) []uint64 {
	return d.byDomain[strings.ToLower(domain)]
}

func (d *directory) InvoiceByNumber(number string) (uint64, uint64, bool) {
	inv, err := d.store.InvoiceByNumber(number)
	if err != nil {
		return 0, 0, false
	}
	return inv.ID, inv.ClientID, true
}

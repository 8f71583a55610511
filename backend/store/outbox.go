package store

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The outbox: every e-mail is written here before it is sent. Its state moves queued → sending → sent | failed |
// uncertain, each move committed before the next network step, so that a crash can never send a message twice
// (a "sending" message found at start becomes uncertain) nor lose one silently (it stays listed until settled).

// ErrNotClaimable is returned when a message is not (or no longer) waiting to be sent.
var ErrNotClaimable = backend.Errorf(backend.ECONFLICT, "ce message n'est plus en attente d'envoi")

func (s *Store) putOutbox(w *txw, m *backend.OutboxMessage) error {
	b := w.tx.Bucket(bOutbox)
	if m.ID == 0 {
		if w.get(bOutboxByAction, []byte(m.ActionID)) != nil {
			return ErrAlreadyExecuted
		}
		if m.MessageID == "" || w.get(bOutboxByMessage, []byte(m.MessageID)) != nil {
			return backend.Errorf(backend.EINTERNAL, "identifiant de message %q absent ou déjà utilisé", m.MessageID)
		}
		b.FillPercent = 1.0
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		m.ID = id
		m.QueuedAt = s.now()
		if m.State == "" {
			m.State = backend.OutboxQueued
		}
		w.put(bOutboxByAction, []byte(m.ActionID), itob(id))
		w.put(bOutboxByMessage, []byte(m.MessageID), itob(id))
	}
	if m.State == backend.OutboxSent {
		w.del(bOutboxOpen, itob(m.ID))
	} else {
		w.put(bOutboxOpen, itob(m.ID), []byte(m.State))
	}
	return putRecord(b, itob(m.ID), m)
}

// QueuedEmail is a chase action carried out by an e-mail.
type QueuedEmail struct {
	Action    ExecutedAction
	Records   map[uint64][]backend.StepRecord
	StartsGap bool
	Message   *backend.OutboxMessage
}

// QueueEmail records that a chase action is carried out by an e-mail: the action, its step records and the
// client's last contact (as ApplyAction) and the message in the outbox, in one transaction. The same action
// queued twice fails with ErrAlreadyExecuted and changes nothing.
func (s *Store) QueueEmail(ex ExecutedAction, records map[uint64][]backend.StepRecord, startsGap bool, m *backend.OutboxMessage) error {
	queued, err := s.QueueEmails([]QueuedEmail{{Action: ex, Records: records, StartsGap: startsGap, Message: m}})
	if err == nil && !queued[0] {
		err = ErrAlreadyExecuted
	}
	return err
}

// QueueEmails queues a run's e-mails in one transaction (one commit for a thousand reminders, not a thousand).
// An action already carried out is left out: queued is false for it.
func (s *Store) QueueEmails(items []QueuedEmail) (queued []bool, err error) {
	queued = make([]bool, len(items))
	err = s.update(func(w *txw) error {
		for i, it := range items {
			if w.tx.Bucket(bExecuted).Get([]byte(it.Action.ActionID)) != nil || w.get(bOutboxByAction, []byte(it.Message.ActionID)) != nil {
				continue
			}
			if err := s.applyAction(w, it.Action, it.Records, it.StartsGap); err != nil {
				return err
			}
			if err := s.putOutbox(w, it.Message); err != nil {
				return err
			}
			queued[i] = true
		}
		return nil
	})
	if err != nil {
		for _, it := range items { // nothing was written: no ID may leak out of the rolled-back transaction
			it.Message.ID = 0
		}
	}
	return queued, err
}

// QueueMessages puts messages that carry out no chase step (a thank-you, a copy of an invoice) in the outbox, in
// one transaction; each is journaled. A message whose ActionID is already in the outbox is left out (queued is
// false for it), so asking twice sends once.
func (s *Store) QueueMessages(msgs []*backend.OutboxMessage) (queued []bool, err error) {
	queued = make([]bool, len(msgs))
	err = s.update(func(w *txw) error {
		for i, m := range msgs {
			switch err := s.putOutbox(w, m); err {
			case nil:
				queued[i] = true
				if err := s.addEvent(w, backend.Event{Kind: "mail.queued", ClientID: m.ClientID, EntityID: m.ID,
					Summary: "E-mail « " + m.Subject + " » mis en file d'envoi"}); err != nil {
					return err
				}
			case ErrAlreadyExecuted:
			default:
				return err
			}
		}
		return nil
	})
	return queued, err
}

// ClaimOutbox moves a queued message whose time has come to "sending" and commits, before any byte goes out. A
// message not queued (another run took it, or it was settled) gives ErrNotClaimable.
func (s *Store) ClaimOutbox(id uint64, now time.Time) (backend.OutboxMessage, error) {
	return s.updateOutbox(id, func(w *txw, m *backend.OutboxMessage) error {
		if m.State != backend.OutboxQueued || m.NextAttempt.After(now) {
			return ErrNotClaimable
		}
		m.State = backend.OutboxSending
		m.Attempts++
		return s.putOutbox(w, m)
	})
}

// OutboxResult is the outcome of one sending attempt.
type OutboxResult struct {
	State       backend.OutboxState // sent, queued (retry at NextAttempt), failed, uncertain
	ErrorKind   string
	Error       string
	NextAttempt time.Time
	FollowUp    *backend.FollowUp // created with a failure: call or write instead
	// Release gives the attempt back (queued only): the mailbox refused the sign-in, the message never reached the
	// recipient stage, so it must not use up the retries of the message itself.
	Release bool
	// ProviderID is an SMS provider's ID of the message accepted, for its delivery report.
	ProviderID string
}

// eventPrefix is the journal's kind prefix of a message: mail. or sms.
func eventPrefix(m *backend.OutboxMessage) string {
	if m.IsSMS() {
		return "sms."
	}
	return "mail."
}

// capital writes the first letter of s in capitals (« e-mail … » → « E-mail … »).
func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// SettleOutbox records the outcome of an attempt on a message being sent, and journals it on the client's
// timeline; a failure's follow-up is created in the same transaction.
func (s *Store) SettleOutbox(id uint64, r OutboxResult) (backend.OutboxMessage, error) {
	return s.updateOutbox(id, func(w *txw, m *backend.OutboxMessage) error {
		if m.State != backend.OutboxSending {
			return ErrNotClaimable
		}
		m.State, m.ErrorKind, m.LastError, m.NextAttempt = r.State, r.ErrorKind, r.Error, r.NextAttempt
		if r.Release && r.State == backend.OutboxQueued && m.Attempts > 0 {
			m.Attempts--
		}
		var summary string
		switch r.State {
		case backend.OutboxSent:
			m.SentAt = s.now()
			m.ErrorKind, m.LastError = "", ""
			if m.IsSMS() {
				m.ProviderID, m.Delivery = r.ProviderID, "pending"
			}
			summary = fmt.Sprintf("%s envoyé à %s", capital(m.What()), strings.Join(m.To, ", "))
		case backend.OutboxFailed:
			summary = fmt.Sprintf("Échec de l'%s à %s : %s", m.What(), strings.Join(m.To, ", "), r.Error)
			if m.IsSMS() {
				summary = fmt.Sprintf("Échec du %s au %s : %s", m.What(), strings.Join(m.To, ", "), r.Error)
			}
		case backend.OutboxUncertain:
			summary = fmt.Sprintf("Envoi incertain de l'%s : %s", m.What(), r.Error)
			if m.IsSMS() {
				summary = fmt.Sprintf("Envoi incertain du %s : %s", m.What(), r.Error)
			}
		case backend.OutboxQueued: // a temporary failure: retried later, journaled only in the outbox
		default:
			return backend.Errorf(backend.EINTERNAL, "état d'envoi %q inattendu", r.State)
		}
		if err := s.putOutbox(w, m); err != nil {
			return err
		}
		if r.FollowUp != nil {
			r.FollowUp.OutboxID = m.ID
			if err := s.addFollowUp(w, r.FollowUp); err != nil {
				return err
			}
		}
		if summary == "" {
			return nil
		}
		return s.addEvent(w, backend.Event{Kind: eventPrefix(m) + string(r.State), ClientID: m.ClientID, EntityID: m.ID, Summary: summary})
	})
}

// ResolveOutbox lets the user settle an uncertain or failed message: sent (it did leave: the Sent folder shows it)
// or queued again (send it now, with the same Message-ID), or cancelled.
func (s *Store) ResolveOutbox(id uint64, state backend.OutboxState, note string) (backend.OutboxMessage, error) {
	return s.updateOutbox(id, func(w *txw, m *backend.OutboxMessage) error {
		from := m.State
		switch {
		case state == backend.OutboxSent && from == backend.OutboxUncertain:
			m.SentAt = s.now()
		case state == backend.OutboxQueued && (from == backend.OutboxUncertain || from == backend.OutboxFailed):
			m.NextAttempt = time.Time{}
		case state == backend.OutboxCancelled && (from == backend.OutboxUncertain || from == backend.OutboxFailed || from == backend.OutboxQueued):
		default:
			return backend.Errorf(backend.ECONFLICT, "ce message est « %s » : impossible de le passer à « %s »",
				backend.OutboxStates[from], backend.OutboxStates[state])
		}
		m.State = state
		if err := s.putOutbox(w, m); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: eventPrefix(m) + "resolved", ClientID: m.ClientID, EntityID: m.ID,
			Summary: fmt.Sprintf("%s : %s → %s%s", capital(m.What()), backend.OutboxStates[from], backend.OutboxStates[state], noteSuffix(note))})
	})
}

// updateOutbox changes one message in a write transaction and returns it as written.
func (s *Store) updateOutbox(id uint64, fn func(w *txw, m *backend.OutboxMessage) error) (backend.OutboxMessage, error) {
	var m backend.OutboxMessage
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bOutbox), itob(id), &m)
		if err != nil {
			return err
		}
		if !found {
			return notFound("message", id)
		}
		return fn(w, &m)
	})
	return m, err
}

func noteSuffix(note string) string {
	if note = strings.TrimSpace(note); note != "" {
		return " (" + note + ")"
	}
	return ""
}

// MarkSentCopy records the folder where the copy of a sent message was filed.
func (s *Store) MarkSentCopy(id uint64, folder string) error {
	return s.update(func(w *txw) error {
		var m backend.OutboxMessage
		if found, err := getRecord(w.tx.Bucket(bOutbox), itob(id), &m); err != nil || !found {
			return err
		}
		m.SentFolder = folder
		return s.putOutbox(w, &m)
	})
}

// RecoverOutbox is called at start, before any sending: messages left "sending" by a crash become uncertain.
func (s *Store) RecoverOutbox() (int, error) {
	n := 0
	err := s.update(func(w *txw) error {
		var stuck []backend.OutboxMessage
		if err := w.tx.Bucket(bOutboxOpen).ForEach(func(k, v []byte) error {
			if backend.OutboxState(v) != backend.OutboxSending {
				return nil
			}
			var m backend.OutboxMessage
			if _, err := getRecord(w.tx.Bucket(bOutbox), k, &m); err != nil {
				return err
			}
			stuck = append(stuck, m)
			return nil
		}); err != nil {
			return err
		}
		for i := range stuck {
			m := &stuck[i]
			m.State, m.ErrorKind = backend.OutboxUncertain, "uncertain"
			m.LastError = "Relance s'est arrêté pendant l'envoi : le message est peut-être parti"
			if err := s.putOutbox(w, m); err != nil {
				return err
			}
			what := "Envoi interrompu de l'" + m.What()
			if m.IsSMS() {
				what = "Envoi interrompu du " + m.What()
			}
			if err := s.addEvent(w, backend.Event{Kind: eventPrefix(m) + "uncertain", ClientID: m.ClientID, EntityID: m.ID,
				Summary: what + " : à vérifier"}); err != nil {
				return err
			}
		}
		n = len(stuck)
		return nil
	})
	return n, err
}

// OutboxQuery filters the outbox list.
type OutboxQuery struct {
	States   []backend.OutboxState // empty = all
	ClientID uint64
	Limit    int // 0 = all
}

// Outbox lists messages, newest first. Asked only for states other than sent, it reads the index of those.
func (s *Store) Outbox(q OutboxQuery) ([]backend.OutboxMessage, error) {
	out := []backend.OutboxMessage{}
	openOnly := len(q.States) > 0 && !containsState(q.States, backend.OutboxSent)
	err := s.read(func(tx *bolt.Tx) error {
		keep := func(v []byte) (bool, error) {
			var m backend.OutboxMessage
			if err := json.Unmarshal(v, &m); err != nil {
				return false, err
			}
			if q.ClientID != 0 && m.ClientID != q.ClientID || len(q.States) > 0 && !containsState(q.States, m.State) {
				return false, nil
			}
			out = append(out, m)
			return q.Limit > 0 && len(out) == q.Limit, nil
		}
		b := tx.Bucket(bOutbox)
		if openOnly {
			c := tx.Bucket(bOutboxOpen).Cursor()
			for k, st := c.Last(); k != nil; k, st = c.Prev() {
				if !containsState(q.States, backend.OutboxState(st)) {
					continue
				}
				if done, err := keep(b.Get(k)); err != nil || done {
					return err
				}
			}
			return nil
		}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if done, err := keep(v); err != nil || done {
				return err
			}
		}
		return nil
	})
	return out, err
}

// OutboxCounts counts the messages per state: the unsent ones from their index, the sent ones from the bucket's
// size, so that nothing is decoded.
func (s *Store) OutboxCounts() (map[backend.OutboxState]int, error) {
	counts := map[backend.OutboxState]int{}
	err := s.read(func(tx *bolt.Tx) error {
		unsent := 0
		if err := tx.Bucket(bOutboxOpen).ForEach(func(_, v []byte) error {
			counts[backend.OutboxState(v)]++
			unsent++
			return nil
		}); err != nil {
			return err
		}
		if sent := tx.Bucket(bOutbox).Stats().KeyN - unsent; sent > 0 {
			counts[backend.OutboxSent] = sent
		}
		return nil
	})
	return counts, err
}

func containsState(states []backend.OutboxState, s backend.OutboxState) bool {
	for _, x := range states {
		if x == s {
			return true
		}
	}
	return false
}

// OutboxMessage returns one message.
func (s *Store) OutboxMessage(id uint64) (backend.OutboxMessage, error) {
	var m backend.OutboxMessage
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getRecord(tx.Bucket(bOutbox), itob(id), &m)
		if err == nil && !found {
			err = notFound("message", id)
		}
		return err
	})
	return m, err
}

// OutboxByMessageID finds the message with that Message-ID (with or without angle brackets).
func (s *Store) OutboxByMessageID(messageID string) (backend.OutboxMessage, bool, error) {
	var m backend.OutboxMessage
	var found bool
	id := strings.TrimSpace(messageID)
	if !strings.HasPrefix(id, "<") {
		id = "<" + id + ">"
	}
	err := s.read(func(tx *bolt.Tx) error {
		k := tx.Bucket(bOutboxByMessage).Get([]byte(id))
		if k == nil {
			return nil
		}
		var err error
		found, err = getRecord(tx.Bucket(bOutbox), k, &m)
		return err
	})
	return m, found, err
}

// OutboxSentSince counts messages sent (or being sent) at or after t: the rate limit and the daily cap.
func (s *Store) OutboxSentSince(t time.Time) (int, error) {
	n := 0
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bOutbox).Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			var m struct {
				Channel  backend.Channel     `json:"channel"`
				State    backend.OutboxState `json:"state"`
				SentAt   time.Time           `json:"sentAt"`
				QueuedAt time.Time           `json:"queuedAt"`
			}
			if err := json.Unmarshal(v, &m); err != nil {
				return err
			}
			if m.Channel == backend.ChannelSMS {
				continue // the mailbox's cap counts e-mails only
			}
			if m.State == backend.OutboxSending || m.State == backend.OutboxSent && !m.SentAt.Before(t) {
				n++
			}
			if m.QueuedAt.Before(t.Add(-30 * 24 * time.Hour)) {
				break // ids grow with time: nothing older can have been sent after t
			}
		}
		return nil
	})
	return n, err
}

func (s *Store) addFollowUp(w *txw, f *backend.FollowUp) error {
	b := w.tx.Bucket(bFollowUps)
	id, err := b.NextSequence()
	if err != nil {
		return err
	}
	f.ID = id
	f.CreatedAt = s.now()
	if f.CreatedOn.IsZero() {
		f.CreatedOn = backend.DateOf(s.clock.Now())
	}
	if err := putRecord(b, itob(id), f); err != nil {
		return err
	}
	what := map[backend.Channel]string{backend.ChannelCall: "appeler le client", backend.ChannelLetter: "envoyer un courrier"}[f.Channel]
	return s.addEvent(w, backend.Event{Kind: "followup.created", ClientID: f.ClientID, EntityID: id, Summary: "À faire : " + what + " (" + f.Reason + ")"})
}

// AddFollowUp records a fallback the user must carry out (call or letter).
func (s *Store) AddFollowUp(f *backend.FollowUp) error {
	return s.update(func(w *txw) error { return s.addFollowUp(w, f) })
}

// FollowUps lists the follow-ups, open ones only unless all.
func (s *Store) FollowUps(all bool) ([]backend.FollowUp, error) {
	out := []backend.FollowUp{}
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bFollowUps).ForEach(func(k, v []byte) error {
			var f backend.FollowUp
			if err := json.Unmarshal(v, &f); err != nil {
				return err
			}
			if all || f.DoneOn.IsZero() {
				out = append(out, f)
			}
			return nil
		})
	})
	return out, err
}

// CompleteFollowUp marks a follow-up done today, with the user's note on the timeline.
func (s *Store) CompleteFollowUp(id uint64, note string) (backend.FollowUp, error) {
	var f backend.FollowUp
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bFollowUps), itob(id), &f)
		if err != nil {
			return err
		}
		if !found {
			return notFound("tâche", id)
		}
		if !f.DoneOn.IsZero() {
			return ErrAlreadyExecuted
		}
		f.DoneOn = backend.DateOf(s.clock.Now())
		if err := putRecord(w.tx.Bucket(bFollowUps), itob(id), &f); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "followup.done", ClientID: f.ClientID, EntityID: id, Summary: "Fait : " + f.Reason + noteSuffix(note)})
	})
	return f, err
}

// SetOutboxDelivery records the delivery report of a sent SMS (delivered, or failed with the reason) on the
// client's timeline; a failure's follow-up (a call) is created in the same transaction. A report already recorded
// changes nothing (changed is false).
func (s *Store) SetOutboxDelivery(id uint64, delivery, note string, f *backend.FollowUp) (changed bool, err error) {
	_, err = s.updateOutbox(id, func(w *txw, m *backend.OutboxMessage) error {
		if !m.IsSMS() || m.State != backend.OutboxSent || m.Delivery == delivery && m.DeliveryNote == note {
			return nil
		}
		m.Delivery, m.DeliveryNote = delivery, note
		if err := s.putOutbox(w, m); err != nil {
			return err
		}
		changed = true
		var summary string
		switch delivery {
		case "delivered":
			summary = fmt.Sprintf("%s délivré au %s", capital(m.What()), strings.Join(m.To, ", "))
		case "failed":
			summary = fmt.Sprintf("%s non délivré au %s : échec : %s", capital(m.What()), strings.Join(m.To, ", "), note)
		default:
			return nil // still on its way: nothing to tell
		}
		if f != nil {
			f.OutboxID = m.ID
			if err := s.addFollowUp(w, f); err != nil {
				return err
			}
		}
		return s.addEvent(w, backend.Event{Kind: "sms." + delivery, ClientID: m.ClientID, EntityID: m.ID, Summary: summary})
	})
	return changed, err
}

// SettleUncertainSMS records that an SMS left without answer was found at the provider (by its tag): it did leave.
// Only an uncertain SMS changes; found is false otherwise (the owner settled it meanwhile).
func (s *Store) SettleUncertainSMS(id uint64, providerID string) (found bool, err error) {
	_, err = s.updateOutbox(id, func(w *txw, m *backend.OutboxMessage) error {
		if !m.IsSMS() || m.State != backend.OutboxUncertain {
			return nil
		}
		m.State, m.SentAt, m.ProviderID, m.Delivery = backend.OutboxSent, s.now(), providerID, "pending"
		m.ErrorKind, m.LastError = "", ""
		if err := s.putOutbox(w, m); err != nil {
			return err
		}
		found = true
		return s.addEvent(w, backend.Event{Kind: "sms.sent", ClientID: m.ClientID, EntityID: m.ID,
			Summary: fmt.Sprintf("%s envoyé à %s (envoi incertain, retrouvé chez le fournisseur)", capital(m.What()), strings.Join(m.To, ", "))})
	})
	return found, err
}

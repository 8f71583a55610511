package replies

import (
	"cmp"
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/service"
	"relance/backend/store"
)

// The owner's side of the received messages: the « À traiter » and « Non rattachés » lists and the one-click
// decisions (accept the proposed promise, dispute or copy, correct the class, link to a client, mark read).

// Proposal is what accepting a message does, in French ("" when there is nothing to accept); undatedDays is how
// long a promise given without a date holds the chase (the chase settings' UndatedPromiseDays).
func Proposal(it backend.Interaction, undatedDays int) string {
	if it.Status != backend.InteractionNew || it.ClientID == 0 || len(it.InvoiceIDs) == 0 {
		return ""
	}
	switch inbox.Class(it.Class) {
	case inbox.Promise:
		if !it.PromiseDate.IsZero() {
			return "Enregistrer la promesse de paiement au " + it.PromiseDate.French() + " : la relance attend cette date"
		}
		if undatedDays > 0 {
			return "Enregistrer la promesse sans date : la relance attend " + plural(undatedDays, "jour", "jours") +
				" (réglable dans Scénarios › Règles)"
		}
	case inbox.Dispute:
		return "Ouvrir un litige (" + backend.DisputeReasons[disputeOr(it.DisputeReason)] + ") : la relance s'arrête pour ces factures"
	case inbox.CopyRequest:
		return "Renvoyer la facture par e-mail"
	}
	return ""
}

func disputeOr(r backend.DisputeReason) backend.DisputeReason {
	if _, ok := backend.DisputeReasons[r]; ok {
		return r
	}
	return backend.DisputeOther
}

// List returns the received messages: "todo" (to read, linked), "unmatched" (linked to no client), "all"; with
// clientID, that client's only (its timeline).
func (r *Replies) List(filter string, clientID uint64) ([]backend.Interaction, error) {
	q := store.InteractionQuery{ClientID: clientID, Limit: 500}
	switch filter {
	case "todo":
		q.Status = backend.InteractionNew
	case "unmatched":
		q.Status, q.Unmatched = backend.InteractionNew, true
	case "all", "":
	default:
		return nil, backend.Errorf(backend.EINVALID, "filtre « %s » inconnu : todo, unmatched ou all", filter)
	}
	its, err := r.deps.Store.Interactions(q)
	if err != nil {
		return nil, err
	}
	out := make([]backend.Interaction, 0, len(its))
	for _, it := range its {
		if filter == "todo" && it.ClientID == 0 {
			continue
		}
		out = append(out, it)
	}
	return out, nil
}

// Accept carries out the proposal of a message (promise, dispute, copy of the invoice) and marks it handled. On an
// error after the message was read, it is returned as it was (a zero ID when it could not be read or written).
func (r *Replies) Accept(id uint64) (backend.Interaction, error) {
	it, _, err := r.deps.Store.InteractionWithText(id)
	if err != nil {
		return backend.Interaction{}, err
	}
	set, err := r.deps.Store.ChaseSettings()
	if err != nil {
		return it, err
	}
	proposal := Proposal(it, set.UndatedPromiseDays)
	if proposal == "" {
		return it, backend.Errorf(backend.EINVALID, "rien à accepter pour ce message : marquez-le comme lu")
	}
	note := "e-mail du " + backend.DateOf(it.ReceivedAt).French() + " : « " + it.Phrase + " »"
	until := it.PromiseDate
	if inbox.Class(it.Class) == inbox.Promise && until.IsZero() {
		// No date given: the chase waits the days set, and says so.
		until = backend.Today(r.deps.Clock).AddDays(set.UndatedPromiseDays)
		note = "promesse sans date, attente de " + plural(set.UndatedPromiseDays, "jour", "jours") + " — " + note
		proposal = "Promesse sans date enregistrée : la relance attend jusqu'au " + until.French() + " (" +
			plural(set.UndatedPromiseDays, "jour", "jours") + ", réglable dans Scénarios › Règles)"
	}
	for _, invID := range it.InvoiceIDs {
		switch inbox.Class(it.Class) {
		case inbox.Promise:
			err = r.chase.SetPromise(invID, until, note)
		case inbox.Dispute:
			err = r.chase.SetDispute(invID, disputeOr(it.DisputeReason), note)
		}
		if err != nil {
			return it, err
		}
	}
	if inbox.Class(it.Class) == inbox.CopyRequest {
		if err := r.resendInvoices(it); err != nil {
			return it, err
		}
	}
	return r.handle(id, proposal)
}

// resendInvoices queues the invoices' copy (their PDF when stored) to the client, answering the request.
func (r *Replies) resendInvoices(it backend.Interaction) error {
	d, err := r.mail.Compose(Request{ClientID: it.ClientID, InvoiceIDs: it.InvoiceIDs, Template: "invoice_copy",
		Attach: []string{backend.AttachInvoice}, Today: backend.Today(r.deps.Clock),
		ActionID: "copy:" + strconv.FormatUint(it.ID, 10), StepName: "Copie de facture"})
	if err != nil {
		return err
	}
	if d.Why != "" {
		return backend.Errorf(backend.EUNAVAILABLE, "%s", d.Why)
	}
	if d.Message == nil {
		return backend.Errorf(backend.EINVALID, "%s", strings.Join(d.Problems, " ; "))
	}
	m := d.Message
	if it.FromEmail != "" { // answer whoever asked
		m.To = []string{it.FromEmail}
	}
	if it.MessageID != "" {
		m.InReplyTo = it.MessageID
	}
	if _, err := r.deps.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		return err
	}
	r.deps.Emit(EventOutboxUpdated, nil)
	r.chase.SendSoon()
	return nil
}

// Correct changes a message's class (the owner's word is kept, and what the new class implies is done).
func (r *Replies) Correct(id uint64, class string) (backend.Interaction, error) {
	known := false
	for _, x := range inbox.Classes {
		known = known || string(x.Class) == class
	}
	if !known {
		return backend.Interaction{}, backend.Errorf(backend.EINVALID, "catégorie « %s » inconnue", class)
	}
	was := ""
	it, err := r.deps.Store.UpdateInteraction(id, "", func(x *backend.Interaction) error {
		was = x.Class
		if class == x.Alternative && class == string(inbox.Promise) && x.PromiseDate.IsZero() {
			x.PromiseDate = x.AlternativeDate // the second reading's date: accepting it records that promise
		}
		x.Class, x.Corrected = class, true
		x.Alternative, x.AlternativeReason, x.AlternativeDate = "", "", 0 // chosen
		x.Reason = "catégorie corrigée par l'utilisateur (était : " + x.Reason + ")"
		if class == string(inbox.AutoReply) {
			x.Status, x.Decision = backend.InteractionHandled, "Réponse automatique (corrigé) : sans effet sur la relance"
		}
		return nil
	})
	if err != nil {
		return backend.Interaction{}, err
	}
	if was != class {
		if err := r.learn(it, was, class); err != nil {
			return backend.Interaction{}, err
		}
	}
	if class == string(inbox.AutoReply) {
		r.liftPause(it.ClientID)
	} else if err := r.act(it); err != nil {
		return backend.Interaction{}, err
	}
	r.deps.Emit(EventNew, 0)
	return it, nil
}

// learn keeps the owner's correction: the next message of the same kind is read their way (inbox.Owner). What is
// kept is what the classifier reads of the message, bounded, in the store only.
func (r *Replies) learn(it backend.Interaction, was, class string) error {
	_, text, err := r.deps.Store.InteractionWithText(it.ID)
	if err != nil {
		return err
	}
	m := inbox.Message{Subject: it.Subject, Text: text, Excerpt: it.Excerpt}
	return r.deps.Store.AddClassCorrection(backend.ClassCorrection{InteractionID: it.ID, ClientID: it.ClientID, Was: was, Class: class,
		Text: inbox.LearnText(m), At: r.deps.Clock.Now().UTC()})
}

// Assign links an unmatched message to a client; with learn, the sender's address becomes a contact of the client,
// so that its next messages are linked by themselves.
func (r *Replies) Assign(id, clientID uint64, learn bool) (backend.Interaction, error) {
	st := r.deps.Store
	c, err := st.Client(clientID)
	if err != nil {
		return backend.Interaction{}, err
	}
	it, err := st.UpdateInteraction(id, "", func(x *backend.Interaction) error {
		x.ClientID, x.LinkedBy, x.LinkReason = clientID, "user", "rattaché à la main"
		return nil
	})
	if err != nil {
		return backend.Interaction{}, err
	}
	if learn && it.FromEmail != "" {
		if d, err := newDirectory(st); err != nil {
			return backend.Interaction{}, err
		} else if _, known := d.ClientByEmail(it.FromEmail); !known {
			first, last, _ := strings.Cut(strings.TrimSpace(it.FromName), " ")
			c.Contacts = append(c.Contacts, backend.Contact{FirstName: first, LastName: last, Email: it.FromEmail, Role: "appris d'un e-mail"})
			if err := st.SaveClient(&c); err != nil {
				return backend.Interaction{}, err
			}
		}
	}
	if err := r.act(it); err != nil {
		return backend.Interaction{}, err
	}
	r.deps.Emit(EventNew, 0)
	return it, nil
}

// MarkHandled marks a message read: the pause its arrival set is lifted, the chase resumes.
func (r *Replies) MarkHandled(id uint64, note string) (backend.Interaction, error) {
	return r.handle(id, strings.TrimSpace(note))
}

func (r *Replies) handle(id uint64, decision string) (backend.Interaction, error) {
	it, err := r.deps.Store.UpdateInteraction(id, "Réponse traitée : "+cmp.Or(decision, "lue"), func(x *backend.Interaction) error {
		x.Status, x.Decision, x.HandledAt = backend.InteractionHandled, decision, r.deps.Clock.Now().UTC()
		return nil
	})
	if err != nil {
		return backend.Interaction{}, err
	}
	r.liftPause(it.ClientID)
	r.deps.Emit(EventNew, 0)
	r.deps.Emit(service.EventChaseUpdated, nil)
	return it, nil
}

// liftPause ends the pause a reply set once no other reply of the client waits to be read.
func (r *Replies) liftPause(clientID uint64) {
	if clientID == 0 {
		return
	}
	st := r.deps.Store
	if waiting, err := st.Interactions(store.InteractionQuery{ClientID: clientID, Status: backend.InteractionNew, Limit: 1}); err != nil || len(waiting) > 0 {
		return
	}
	_, err := st.UpdateClientChase(clientID, "Réponses lues : relances automatiques reprises", func(c *backend.ClientChase) error {
		if c.Pause == nil || !strings.HasPrefix(c.Pause.Reason, PausePrefix) {
			return errUnchanged
		}
		c.Pause = nil
		return nil
	})
	if err != nil && err != errUnchanged {
		r.deps.Logger().Error("lift reply pause", "client", clientID, "err", err)
	}
}

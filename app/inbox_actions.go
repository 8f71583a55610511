package app

import (
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/store"
)

// The user's side of the received messages: the « À traiter » and « Non rattachés » lists, a message in full, and
// the one-click decisions (accept the proposed promise or dispute, correct the class, link to a client, mark read).

// InteractionView is a received message with the names the UI shows.
type InteractionView struct {
	Interaction backend.Interaction `json:"interaction"`
	ClientName  string              `json:"clientName"`
	Invoices    []string            `json:"invoices"`
	ClassLabel  string              `json:"classLabel"`
	Proposal    string              `json:"proposal"` // what accepting does, in French ("" when nothing to accept)
}

// ClassLabels maps each class to its French label.
func classLabel(c string) string {
	for _, x := range inbox.Classes {
		if string(x.Class) == c {
			return x.Label
		}
	}
	return c
}

func (a *InboxAPI) view(it backend.Interaction) InteractionView {
	v := InteractionView{Interaction: it, Invoices: []string{}, ClassLabel: classLabel(it.Class)}
	if it.ClientID != 0 {
		if c, err := a.env.Store.Client(it.ClientID); err == nil {
			v.ClientName = c.Name
		}
	}
	v.Invoices = numbersOf(a.env, it.InvoiceIDs)
	if it.Status == backend.InteractionNew && it.ClientID != 0 && len(it.InvoiceIDs) > 0 {
		switch inbox.Class(it.Class) {
		case inbox.Promise:
			if !it.PromiseDate.IsZero() {
				v.Proposal = "Enregistrer la promesse de paiement au " + it.PromiseDate.French() + " : la relance attend cette date"
			}
		case inbox.Dispute:
			v.Proposal = "Ouvrir un litige (" + backend.DisputeReasons[disputeOr(it.DisputeReason)] + ") : la relance s'arrête pour ces factures"
		case inbox.CopyRequest:
			v.Proposal = "Renvoyer la facture par e-mail"
		}
	}
	return v
}

func disputeOr(r backend.DisputeReason) backend.DisputeReason {
	if _, ok := backend.DisputeReasons[r]; ok {
		return r
	}
	return backend.DisputeOther
}

// List returns the received messages: "todo" (to read, linked), "unmatched" (linked to no client), "all"; with
// clientID, that client's only (its timeline).
func (a *InboxAPI) List(filter string, clientID uint64) ([]InteractionView, error) {
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
	its, err := a.env.Store.Interactions(q)
	if err != nil {
		return nil, err
	}
	out := make([]InteractionView, 0, len(its))
	for _, it := range its {
		if filter == "todo" && it.ClientID == 0 {
			continue
		}
		out = append(out, a.view(it))
	}
	return out, nil
}

// MessageView is a message in full.
type MessageView struct {
	View InteractionView `json:"view"`
	Text string          `json:"text"`
}

// Get returns a message with its full text.
func (a *InboxAPI) Get(id uint64) (MessageView, error) {
	it, text, err := a.env.Store.InteractionWithText(id)
	if err != nil {
		return MessageView{}, err
	}
	return MessageView{View: a.view(it), Text: text}, nil
}

// Accept carries out the proposal of a message (promise, dispute, copy of the invoice) and marks it handled.
func (a *InboxAPI) Accept(id uint64) (InteractionView, error) {
	it, _, err := a.env.Store.InteractionWithText(id)
	if err != nil {
		return InteractionView{}, err
	}
	v := a.view(it)
	if v.Proposal == "" {
		return v, backend.Errorf(backend.EINVALID, "rien à accepter pour ce message : marquez-le comme lu")
	}
	note := "e-mail du " + backend.DateOf(it.ReceivedAt).French() + " : « " + it.Phrase + " »"
	for _, invID := range it.InvoiceIDs {
		switch inbox.Class(it.Class) {
		case inbox.Promise:
			_, err = a.chase.SetPromise(invID, it.PromiseDate.String(), note)
		case inbox.Dispute:
			_, err = a.chase.SetDispute(invID, string(disputeOr(it.DisputeReason)), note)
		}
		if err != nil {
			return v, err
		}
	}
	if inbox.Class(it.Class) == inbox.CopyRequest {
		if err := a.resendInvoices(it); err != nil {
			return v, err
		}
	}
	return a.handle(id, v.Proposal)
}

// resendInvoices queues the invoices' copy (their PDF when stored) to the client, answering the request.
func (a *InboxAPI) resendInvoices(it backend.Interaction) error {
	cfg, why, err := mailReady(a.env)
	if err != nil {
		return err
	}
	if why != "" {
		return backend.Errorf(backend.EUNAVAILABLE, "%s", why)
	}
	c, err := compose(a.env, it.ClientID, it.InvoiceIDs, "invoice_copy", nil, []string{backend.AttachInvoice}, backend.Today(a.env.Clock), false)
	if err != nil {
		return err
	}
	if c.To == "" {
		return backend.Errorf(backend.EINVALID, "%s", strings.Join(c.Problems, " ; "))
	}
	if it.FromEmail != "" { // answer whoever asked
		c.To = it.FromEmail
	}
	client, err := a.env.Store.Client(it.ClientID)
	if err != nil {
		return err
	}
	m := outboxMessage(a.env, cfg, c, "copy:"+strconv.FormatUint(it.ID, 10), it.ClientID, client.Name, it.InvoiceIDs, numbersOf(a.env, it.InvoiceIDs), "Copie de facture")
	if it.MessageID != "" {
		m.InReplyTo = it.MessageID
	}
	if _, err := a.env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		return err
	}
	a.env.emit(EventOutboxUpdated, nil)
	a.chase.sendSoon()
	return nil
}

// Correct changes a message's class (the user's word is kept, and what the new class implies is done).
func (a *InboxAPI) Correct(id uint64, class string) (InteractionView, error) {
	known := false
	for _, x := range inbox.Classes {
		known = known || string(x.Class) == class
	}
	if !known {
		return InteractionView{}, backend.Errorf(backend.EINVALID, "catégorie « %s » inconnue", class)
	}
	was := ""
	it, err := a.env.Store.UpdateInteraction(id, "", func(x *backend.Interaction) error {
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
		return InteractionView{}, err
	}
	if was != class {
		if err := a.learn(it, was, class); err != nil {
			return InteractionView{}, err
		}
	}
	if class == string(inbox.AutoReply) {
		a.liftReplyPause(it.ClientID)
	} else if err := a.act(it); err != nil {
		return InteractionView{}, err
	}
	a.env.emit(EventInboxNew, 0)
	return a.view(it), nil
}

// learn keeps the owner's correction: the next message of the same kind is read their way (inbox.Owner). What is
// kept is what the classifier reads of the message, bounded, in the store only.
func (a *InboxAPI) learn(it backend.Interaction, was, class string) error {
	_, text, err := a.env.Store.InteractionWithText(it.ID)
	if err != nil {
		return err
	}
	m := inbox.Message{Subject: it.Subject, Text: text, Excerpt: it.Excerpt}
	return a.env.Store.AddClassCorrection(backend.ClassCorrection{InteractionID: it.ID, ClientID: it.ClientID, Was: was, Class: class,
		Text: inbox.LearnText(m), At: a.env.Clock.Now().UTC()})
}

// Assign links an unmatched message to a client; with learn, the sender's address becomes a contact of the client,
// so that its next messages are linked by themselves.
func (a *InboxAPI) Assign(id, clientID uint64, learn bool) (InteractionView, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return InteractionView{}, err
	}
	it, err := a.env.Store.UpdateInteraction(id, "", func(x *backend.Interaction) error {
		x.ClientID, x.LinkedBy, x.LinkReason = clientID, "user", "rattaché à la main"
		return nil
	})
	if err != nil {
		return InteractionView{}, err
	}
	if learn && it.FromEmail != "" {
		if d, err := newDirectory(a.env); err != nil {
			return InteractionView{}, err
		} else if _, known := d.ClientByEmail(it.FromEmail); !known {
			first, last, _ := strings.Cut(strings.TrimSpace(it.FromName), " ")
			c.Contacts = append(c.Contacts, backend.Contact{FirstName: first, LastName: last, Email: it.FromEmail, Role: "appris d'un e-mail"})
			if err := a.env.Store.SaveClient(&c); err != nil {
				return InteractionView{}, err
			}
		}
	}
	if err := a.act(it); err != nil {
		return InteractionView{}, err
	}
	a.env.emit(EventInboxNew, 0)
	return a.view(it), nil
}

// MarkHandled marks a message read: the pause its arrival set is lifted, the chase resumes.
func (a *InboxAPI) MarkHandled(id uint64, note string) (InteractionView, error) {
	return a.handle(id, strings.TrimSpace(note))
}

func (a *InboxAPI) handle(id uint64, decision string) (InteractionView, error) {
	it, err := a.env.Store.UpdateInteraction(id, "Réponse traitée : "+firstNonEmpty(decision, "lue"), func(x *backend.Interaction) error {
		x.Status, x.Decision, x.HandledAt = backend.InteractionHandled, decision, a.env.Clock.Now().UTC()
		return nil
	})
	if err != nil {
		return InteractionView{}, err
	}
	a.liftReplyPause(it.ClientID)
	a.env.emit(EventInboxNew, 0)
	a.env.emit(EventChaseUpdated, nil)
	return a.view(it), nil
}

// liftReplyPause ends the pause a reply set once no other reply of the client waits to be read.
func (a *InboxAPI) liftReplyPause(clientID uint64) {
	if clientID == 0 {
		return
	}
	if waiting, err := a.env.Store.Interactions(store.InteractionQuery{ClientID: clientID, Status: backend.InteractionNew, Limit: 1}); err != nil || len(waiting) > 0 {
		return
	}
	_, err := a.env.Store.UpdateClientChase(clientID, "Réponses lues : relances automatiques reprises", func(c *backend.ClientChase) error {
		if c.Pause == nil || !strings.HasPrefix(c.Pause.Reason, replyPausePrefix) {
			return errUnchanged
		}
		c.Pause = nil
		return nil
	})
	if err != nil && err != errUnchanged && a.env.Log != nil {
		a.env.Log.Error("lift reply pause", "client", clientID, "err", err)
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

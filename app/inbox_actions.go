package app

import (
	"relance/backend"
	"relance/backend/inbox"
	"relance/backend/replies"
)

// The user's side of the received messages: the « À traiter » and « Non rattachés » lists, a message in full, and
// the one-click decisions (accept the proposed promise or dispute, correct the class, link to a client, mark read).
// What they do is backend/replies'; here they are shown with the names the UI needs.

// InteractionView is a received message with the names the UI shows.
type InteractionView struct {
	Interaction backend.Interaction `json:"interaction"`
	ClientName  string              `json:"clientName"`
	Invoices    []string            `json:"invoices"`
	ClassLabel  string              `json:"classLabel"`
	Proposal    string              `json:"proposal"` // what accepting does, in French ("" when nothing to accept)
}

// ClassLabels maps each class to its French label.
func ClassLabel(c string) string {
	for _, x := range inbox.Classes {
		if string(x.Class) == c {
			return x.Label
		}
	}
	return c
}

func (a *InboxAPI) view(it backend.Interaction) InteractionView {
	days := backend.DefaultUndatedPromiseDays
	if set, err := a.env.Store.ChaseSettings(); err == nil {
		days = set.UndatedPromiseDays
	}
	v := InteractionView{Interaction: it, Invoices: []string{}, ClassLabel: ClassLabel(it.Class), Proposal: replies.Proposal(it, days)}
	if it.ClientID != 0 {
		if c, err := a.env.Store.Client(it.ClientID); err == nil {
			v.ClientName = c.Name
		}
	}
	v.Invoices = numbersOf(a.env, it.InvoiceIDs)
	return v
}

// views shows messages.
func (a *InboxAPI) views(its []backend.Interaction, err error) ([]InteractionView, error) {
	if err != nil {
		return nil, err
	}
	out := make([]InteractionView, 0, len(its))
	for _, it := range its {
		out = append(out, a.view(it))
	}
	return out, nil
}

// decided shows a message after a decision: nothing when it could not be read or written, else as it stands.
func (a *InboxAPI) decided(it backend.Interaction, err error) (InteractionView, error) {
	if it.ID == 0 {
		return InteractionView{}, err
	}
	return a.view(it), err
}

// List returns the received messages: "todo" (to read, linked), "unmatched" (linked to no client), "all"; with
// clientID, that client's only (its timeline).
func (a *InboxAPI) List(filter string, clientID uint64) ([]InteractionView, error) {
	return a.views(a.replies().List(filter, clientID))
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
	return a.decided(a.replies().Accept(id))
}

// Correct changes a message's class (the user's word is kept, and what the new class implies is done).
func (a *InboxAPI) Correct(id uint64, class string) (InteractionView, error) {
	return a.decided(a.replies().Correct(id, class))
}

// Assign links an unmatched message to a client; with learn, the sender's address becomes a contact of the client,
// so that its next messages are linked by themselves.
func (a *InboxAPI) Assign(id, clientID uint64, learn bool) (InteractionView, error) {
	return a.decided(a.replies().Assign(id, clientID, learn))
}

// MarkHandled marks a message read: the pause its arrival set is lifted, the chase resumes.
func (a *InboxAPI) MarkHandled(id uint64, note string) (InteractionView, error) {
	return a.decided(a.replies().MarkHandled(id, note))
}

// replies are the use cases behind the bound methods, over this window's chase and mailbox.
func (a *InboxAPI) replies() *replies.Replies {
	return replies.New(&a.env.Deps, replyChase{a.chase}, replyMail{a.env})
}

// replyChase is the chase as applying replies sees it.
type replyChase struct{ chase *ChaseAPI }

func (c replyChase) SetPromise(invoiceID uint64, until backend.Date, note string) error {
	_, err := c.chase.SetPromise(invoiceID, until.String(), note)
	return err
}

func (c replyChase) SetDispute(invoiceID uint64, reason backend.DisputeReason, note string) error {
	_, err := c.chase.SetDispute(invoiceID, string(reason), note)
	return err
}

func (c replyChase) SendSoon() { c.chase.sendSoon() }

// replyMail is the mailbox and the composer as applying replies sees them.
type replyMail struct{ env *Env }

func (m replyMail) OwnAddress() (string, error) {
	cfg, err := LoadMailConfig(m.env)
	return cfg.Settings.FromAddress, err
}

func (m replyMail) Compose(r replies.Request) (replies.Draft, error) {
	cfg, why, err := MailReady(m.env)
	if err != nil || why != "" {
		return replies.Draft{Why: why}, err
	}
	c, err := compose(m.env, r.ClientID, r.InvoiceIDs, r.Template, nil, r.Attach, r.Today, false)
	if err != nil {
		return replies.Draft{}, err
	}
	if c.To == "" {
		return replies.Draft{Problems: c.Problems}, nil
	}
	client, err := m.env.Store.Client(r.ClientID)
	if err != nil {
		return replies.Draft{}, err
	}
	return replies.Draft{Message: outboxMessage(m.env, cfg, c, r.ActionID, r.ClientID, client.Name, r.InvoiceIDs, numbersOf(m.env, r.InvoiceIDs), r.StepName)}, nil
}

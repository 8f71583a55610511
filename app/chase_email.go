package app

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/store"
	"relance/backend/template"
)

// E-mail actions of the chase: composed from the step's template, queued in the outbox together with the step
// record (one transaction: the step is done once, the message exists once), then sent by the outbox.

// queueEmail queues the message of an e-mail action. It returns false, leaving the action pending, when the
// mailbox is not ready or the message lacks a value and the user has not approved it.
func (a *ChaseAPI) queueEmail(act dunning.Action, approved bool, override *template.Template) (bool, error) {
	q, _, err := a.prepareEmail(act, approved, override)
	if err != nil || q == nil {
		return false, err
	}
	err = a.env.Store.QueueEmail(q.Action, q.Records, q.StartsGap, q.Message)
	if err == store.ErrAlreadyExecuted {
		return false, nil
	}
	if err == nil {
		a.env.emit(EventOutboxUpdated, nil)
	}
	return err == nil, err
}

// checkEmail composes an e-mail action's message (attachments not produced) and says why it cannot go out by
// itself: the mailbox is not set up, the client has no address, or a value is missing (then it waits for the
// user's approval). pending is empty when it can go.
func (a *ChaseAPI) checkEmail(act dunning.Action, approved bool, override *template.Template) (c Composed, cfg MailConfig, pending string, err error) {
	cfg, why, err := mailReady(a.env)
	if err != nil || why != "" {
		return c, cfg, why, err
	}
	c, err = compose(a.env, act.ClientID, act.InvoiceIDs, act.Template, override, act.Attach, act.Date, false)
	if err != nil {
		return c, cfg, "", err
	}
	if c.To == "" || len(c.Problems) > 0 && !approved {
		return c, cfg, strings.Join(c.Problems, " ; "), nil
	}
	return c, cfg, "", nil
}

// emailPending is checkEmail's reason only, for the « Aujourd'hui » page; a message that cannot be composed (a
// template deleted) says so instead of failing the page.
func (a *ChaseAPI) emailPending(act dunning.Action, approved bool) (string, error) {
	_, _, pending, err := a.checkEmail(act, approved, nil)
	if err != nil && backend.ErrorCode(err) != backend.EINTERNAL {
		return backend.ErrorMessage(err), nil
	}
	return pending, err
}

// prepareEmail composes an e-mail action's message and step records, ready to queue; nil (with the reason) when it
// must wait.
func (a *ChaseAPI) prepareEmail(act dunning.Action, approved bool, override *template.Template) (*store.QueuedEmail, string, error) {
	if done, err := a.env.Store.Executed(act.ID); err != nil || done {
		return nil, "", err
	}
	c, cfg, pending, err := a.checkEmail(act, approved, override)
	if err != nil || pending != "" {
		return nil, pending, err
	}
	if slices.Contains(act.Attach, backend.AttachStatement) || slices.Contains(act.Attach, backend.AttachFormalNotice) {
		// statements and notices are produced only now that the message will go
		if c, err = compose(a.env, act.ClientID, act.InvoiceIDs, act.Template, override, act.Attach, act.Date, true); err != nil {
			return nil, "", err
		}
	}
	m := outboxMessage(a.env, cfg, c, act.ID, act.ClientID, act.ClientName, act.InvoiceIDs, act.InvoiceNumbers, act.StepName)
	ap := a.applied(act, backend.StepDone, "", fmt.Sprintf("%s : e-mail « %s » à %s (%s, %s)", act.StepName, m.Subject, c.To,
		strings.Join(act.InvoiceNumbers, ", "), backend.FormatEUR(act.Total)))
	return &store.QueuedEmail{Action: ap.Action, Records: ap.Records, StartsGap: ap.StartsGap, Message: m}, "", nil
}

// Preview shows the message of an e-mail action as it would leave: subject, text, HTML, recipient, attachments,
// and what is missing.
func (a *ChaseAPI) Preview(actionID string) (Composed, error) {
	act, err := a.find(actionID)
	if err != nil {
		return Composed{}, err
	}
	return compose(a.env, act.ClientID, act.InvoiceIDs, act.Template, nil, act.Attach, act.Date, false)
}

// ApproveMessage approves an e-mail action of the review queue with the message as the user edited it (subject and
// body may still use [[Variables]]); it is queued at once.
func (a *ChaseAPI) ApproveMessage(actionID, subject, body string) (TodayView, error) {
	act, err := a.find(actionID)
	if err != nil {
		return TodayView{}, err
	}
	if act.Channel != backend.ChannelEmail {
		return TodayView{}, backend.Errorf(backend.EINVALID, "cette action n'est pas un e-mail")
	}
	if _, why, err := mailReady(a.env); err != nil || why != "" {
		if err == nil {
			err = backend.Errorf(backend.EUNAVAILABLE, "%s", why)
		}
		return TodayView{}, err
	}
	if r, ok := a.stillRunning(act.ID); ok {
		return TodayView{}, backend.Errorf(backend.ECONFLICT, "%s : réessayez dans un moment", stillPreparing(r))
	}
	a.mu.Lock()
	ok, err := a.queueEmail(act, true, &template.Template{Key: act.Template, Subject: subject, Body: body})
	a.mu.Unlock()
	if err != nil {
		return TodayView{}, err
	}
	if !ok {
		return TodayView{}, backend.Errorf(backend.EINVALID, "le message ne peut pas partir : le client n'a pas d'adresse e-mail valide")
	}
	a.sendSoon()
	a.env.emit(EventChaseUpdated, nil)
	return a.Today()
}

// sendSoon sends the outbox in the background, so that the window answers at once.
func (a *ChaseAPI) sendSoon() {
	if a.outbox == nil {
		return
	}
	go a.outbox.sender().SendDue(context.Background())
}

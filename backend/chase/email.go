package chase

import (
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
	"relance/backend/template"
)

// E-mail actions of the chase: composed from the step's template, queued in the outbox together with the step
// record (one transaction: the step is done once, the message exists once), then sent by the outbox.

// queueEmail queues the message of an e-mail action. It returns false, leaving the action pending, when the
// mailbox is not ready or the message lacks a value and the user has not approved it.
func (s *Service) queueEmail(act dunning.Action, approved bool, override *template.Template) (bool, error) {
	return s.queue(s.prepareEmail(act, approved, override))
}

// queue queues a prepared message (an e-mail or an SMS) with its step record, in one transaction; false when it
// must wait (q is nil) or was queued already.
func (s *Service) queue(q *store.QueuedEmail, _ string, err error) (bool, error) {
	if err != nil || q == nil {
		return false, err
	}
	err = s.deps.Store.QueueEmail(q.Action, q.Records, q.StartsGap, q.Message)
	if err == store.ErrAlreadyExecuted {
		return false, nil
	}
	if err == nil {
		s.deps.Emit(service.EventOutboxUpdated, nil)
	}
	return err == nil, err
}

// checkEmail composes an e-mail action's message (attachments not produced) and says why it cannot go out by
// itself: the mailbox is not set up, the client has no address, or a value is missing (then it waits for the
// user's approval). pending is empty when it can go.
func (s *Service) checkEmail(act dunning.Action, approved bool, override *template.Template) (c Email, mb Mailbox, pending string, err error) {
	mb, why, err := s.ports.Messages.MailReady()
	if err != nil || why != "" {
		return c, mb, why, err
	}
	c, err = mb.Compose(act.ClientID, act.InvoiceIDs, act.Template, override, act.Attach, act.Date, false)
	if err != nil {
		return c, mb, "", err
	}
	if c.To == "" || len(c.Problems) > 0 && !approved {
		return c, mb, strings.Join(c.Problems, " ; "), nil
	}
	return c, mb, "", nil
}

// emailPending is checkEmail's reason only, for the « Aujourd'hui » page; a message that cannot be composed (a
// template deleted) says so instead of failing the page.
func (s *Service) emailPending(act dunning.Action, approved bool) (string, error) {
	_, _, pending, err := s.checkEmail(act, approved, nil)
	if err != nil && backend.ErrorCode(err) != backend.EINTERNAL {
		return backend.ErrorMessage(err), nil
	}
	return pending, err
}

// prepareEmail composes an e-mail action's message and step records, ready to queue; nil (with the reason) when it
// must wait.
func (s *Service) prepareEmail(act dunning.Action, approved bool, override *template.Template) (*store.QueuedEmail, string, error) {
	if done, err := s.deps.Store.Executed(act.ID); err != nil || done {
		return nil, "", err
	}
	c, mb, pending, err := s.checkEmail(act, approved, override)
	if err != nil || pending != "" {
		return nil, pending, err
	}
	if slices.Contains(act.Attach, backend.AttachStatement) || slices.Contains(act.Attach, backend.AttachFormalNotice) {
		// statements and notices are produced only now that the message will go
		if c, err = mb.Compose(act.ClientID, act.InvoiceIDs, act.Template, override, act.Attach, act.Date, true); err != nil {
			return nil, "", err
		}
	}
	m := c.Message(act.ID, act.ClientID, act.ClientName, act.InvoiceIDs, act.InvoiceNumbers, act.StepName)
	ap := s.applied(act, backend.StepDone, "", fmt.Sprintf("%s : e-mail « %s » à %s (%s, %s)", act.StepName, m.Subject, c.To,
		strings.Join(act.InvoiceNumbers, ", "), backend.FormatEUR(act.Total)))
	return &store.QueuedEmail{Action: ap.Action, Records: ap.Records, StartsGap: ap.StartsGap, Message: m}, "", nil
}

// ApproveMessage approves an e-mail action of the review queue with the message as the user edited it (subject and
// body may still use [[Variables]]); it is queued at once.
func (s *Service) ApproveMessage(actionID, subject, body string) error {
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	if act.Channel != backend.ChannelEmail {
		return backend.Errorf(backend.EINVALID, "cette action n'est pas un e-mail")
	}
	if _, why, err := s.ports.Messages.MailReady(); err != nil || why != "" {
		if err == nil {
			err = backend.Errorf(backend.EUNAVAILABLE, "%s", why)
		}
		return err
	}
	if r, ok := s.stillRunning(act.ID); ok {
		return backend.Errorf(backend.ECONFLICT, "%s : réessayez dans un moment", stillPreparing(r))
	}
	s.mu.Lock()
	ok, err := s.queueEmail(act, true, &template.Template{Key: act.Template, Subject: subject, Body: body})
	s.mu.Unlock()
	if err != nil {
		return err
	}
	if !ok {
		return backend.Errorf(backend.EINVALID, "le message ne peut pas partir : le client n'a pas d'adresse e-mail valide")
	}
	s.sendSoon()
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// sendSoon sends the outbox in the background, so that the window answers at once.
func (s *Service) sendSoon() {
	if s.ports.SendSoon != nil {
		s.ports.SendSoon()
	}
}

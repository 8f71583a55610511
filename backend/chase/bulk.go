package chase

import (
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
)

// Bulk operations of « Aujourd'hui » (a selection approved, postponed or skipped at once). One call per action
// plans the whole ledger twice (to find the action, then for the new page) and composes every waiting e-mail
// again: with 2 000 actions that is millions of compositions. Here the day is planned once, the writes go in one
// transaction, and the page is planned once at the end (BenchmarkBulkApprove).

// Bulk is what a bulk operation did: how many actions it changed, and those it could not change, each with why.
type Bulk struct {
	Done   int
	Failed []Failure
}

// Failure is an action a bulk operation left as it was.
type Failure struct {
	ActionID   string `json:"actionId"`
	ClientName string `json:"clientName"`
	Message    string `json:"message"`
}

// pick plans today once and returns the open actions among ids, in the order given; the others are failures.
func (s *Service) pick(ids []string) ([]dunning.Action, []Failure, error) {
	if err := s.heldByReprise(backend.Today(s.deps.Clock)); err != nil {
		return nil, nil, err
	}
	r, err := s.plan(backend.Today(s.deps.Clock), 0)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]dunning.Action, len(r.Actions))
	for _, act := range r.Actions {
		byID[act.ID] = act
	}
	var acts []dunning.Action
	failed := []Failure{}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		act, ok := byID[id]
		switch {
		case !ok:
			failed = append(failed, Failure{ActionID: id, Message: "cette action n'est plus prévue aujourd'hui (la situation a changé)"})
		case act.Status == dunning.Done || act.Status == dunning.Skipped:
			failed = append(failed, Failure{ActionID: id, ClientName: act.ClientName, Message: "déjà faite aujourd'hui"})
		default:
			acts = append(acts, act)
		}
	}
	return acts, failed, nil
}

func (s *Service) bulkDone(res Bulk) (Bulk, error) {
	s.deps.Emit(service.EventChaseUpdated, nil)
	return res, nil
}

// ApproveMany validates actions of the review queue, as Approve does for one: the approvals are recorded in one
// transaction, the e-mails that can leave are queued in one more, letters are produced.
func (s *Service) ApproveMany(ids []string) (Bulk, error) {
	acts, failed, err := s.pick(ids)
	if err != nil {
		return Bulk{}, err
	}
	res := Bulk{Failed: failed}
	approvals := make([]store.AppliedAction, len(acts))
	for i, act := range acts {
		approvals[i] = store.AppliedAction{Action: store.ExecutedAction{ActionID: approvalKey(act.ID), ClientID: act.ClientID, Date: act.Date,
			Status: "approved", Channel: string(act.Channel), Summary: "Relance validée : " + act.StepName + " (" + strings.Join(act.InvoiceNumbers, ", ") + ")"}}
	}
	if _, err := s.deps.Store.ApplyActions(approvals); err != nil {
		return res, err
	}
	res.Done = len(acts)
	s.mu.Lock()
	var emails []store.QueuedEmail
	for _, act := range acts {
		if _, late := s.stillRunning(act.ID); late { // a run's slow work on it goes on, and records it when it ends
			continue
		}
		if act.Channel == backend.ChannelEmail {
			q, _, err := s.prepareEmail(act, true, nil)
			if err != nil {
				res.Failed = append(res.Failed, Failure{ActionID: act.ID, ClientName: act.ClientName, Message: backend.ErrorMessage(err)})
			} else if q != nil {
				emails = append(emails, *q)
			}
			continue
		}
		// letters are produced and SMS queued now; calls and tasks wait for the user, approved
		if _, err := s.execute(act, true); err != nil {
			res.Failed = append(res.Failed, Failure{ActionID: act.ID, ClientName: act.ClientName, Message: backend.ErrorMessage(err)})
		}
	}
	if len(emails) > 0 {
		_, err = s.deps.Store.QueueEmails(emails)
	}
	s.mu.Unlock()
	if err != nil {
		return res, err
	}
	if len(emails) > 0 {
		s.deps.Emit(service.EventOutboxUpdated, nil)
		s.sendSoon()
	}
	return s.bulkDone(res)
}

// SkipMany dismisses actions with one reason, in one transaction; the chase of each moves on to its next step.
func (s *Service) SkipMany(ids []string, reason string) (Bulk, error) {
	acts, failed, err := s.pick(ids)
	if err != nil {
		return Bulk{}, err
	}
	if strings.TrimSpace(reason) == "" {
		reason = "passée par l'utilisateur"
	}
	items := make([]store.AppliedAction, len(acts))
	for i, act := range acts {
		items[i] = s.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason)
	}
	applied, err := s.deps.Store.ApplyActions(items)
	if err != nil {
		return Bulk{Failed: failed}, err
	}
	res := Bulk{Failed: failed}
	for i, ok := range applied {
		if ok {
			res.Done++
		} else {
			res.Failed = append(res.Failed, Failure{ActionID: acts[i].ID, ClientName: acts[i].ClientName, Message: "déjà faite aujourd'hui"})
		}
	}
	return s.bulkDone(res)
}

// PostponeMany pushes the invoices of actions to a later day, as Postpone does for one.
func (s *Service) PostponeMany(ids []string, date string) (Bulk, error) {
	d, err := backend.ParseDate(date)
	if err != nil || d <= backend.Today(s.deps.Clock) {
		return Bulk{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "date", Message: "choisissez une date future"}}}
	}
	acts, failed, err := s.pick(ids)
	if err != nil {
		return Bulk{}, err
	}
	res := Bulk{Failed: failed}
	for _, act := range acts {
		for _, id := range act.InvoiceIDs {
			if _, err := s.deps.Store.UpdateInvoiceChase(id, "relance reportée au "+d.French(), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
				c.PostponedTo = d
				return nil
			}); err != nil {
				return res, err
			}
		}
		res.Done++
	}
	return s.bulkDone(res)
}

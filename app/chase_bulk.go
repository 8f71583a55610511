package app

import (
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/store"
)

// Bulk operations of « Aujourd'hui » (a selection approved, postponed or skipped at once). One call per action
// plans the whole ledger twice (to find the action, then for the new page) and composes every waiting e-mail
// again: with 2 000 actions that is millions of compositions. Here the day is planned once, the writes go in one
// transaction, and the page is planned once at the end (BenchmarkBulkApprove).

// BulkResult is what a bulk operation did: the new plan, how many actions it changed, and those it could not
// change, each with why.
type BulkResult struct {
	View   TodayView     `json:"view"`
	Done   int           `json:"done"`
	Failed []BulkFailure `json:"failed"`
}

// BulkFailure is an action a bulk operation left as it was.
type BulkFailure struct {
	ActionID   string `json:"actionId"`
	ClientName string `json:"clientName"`
	Message    string `json:"message"`
}

// pick plans today once and returns the open actions among ids, in the order given; the others are failures.
func (a *ChaseAPI) pick(ids []string) ([]dunning.Action, []BulkFailure, error) {
	if err := a.heldByReprise(backend.Today(a.env.Clock)); err != nil {
		return nil, nil, err
	}
	r, err := a.plan(backend.Today(a.env.Clock), 0)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]dunning.Action, len(r.Actions))
	for _, act := range r.Actions {
		byID[act.ID] = act
	}
	var acts []dunning.Action
	failed := []BulkFailure{}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		act, ok := byID[id]
		switch {
		case !ok:
			failed = append(failed, BulkFailure{ActionID: id, Message: "cette action n'est plus prévue aujourd'hui (la situation a changé)"})
		case act.Status == dunning.Done || act.Status == dunning.Skipped:
			failed = append(failed, BulkFailure{ActionID: id, ClientName: act.ClientName, Message: "déjà faite aujourd'hui"})
		default:
			acts = append(acts, act)
		}
	}
	return acts, failed, nil
}

func (a *ChaseAPI) bulkDone(res BulkResult) (BulkResult, error) {
	a.env.emit(EventChaseUpdated, nil)
	v, err := a.Today()
	res.View = v
	return res, err
}

// ApproveMany validates actions of the review queue, as Approve does for one: the approvals are recorded in one
// transaction, the e-mails that can leave are queued in one more, letters are produced.
func (a *ChaseAPI) ApproveMany(ids []string) (BulkResult, error) {
	acts, failed, err := a.pick(ids)
	if err != nil {
		return BulkResult{}, err
	}
	res := BulkResult{Failed: failed}
	approvals := make([]store.AppliedAction, len(acts))
	for i, act := range acts {
		approvals[i] = store.AppliedAction{Action: store.ExecutedAction{ActionID: approvalKey(act.ID), ClientID: act.ClientID, Date: act.Date,
			Status: "approved", Channel: string(act.Channel), Summary: "Relance validée : " + act.StepName + " (" + strings.Join(act.InvoiceNumbers, ", ") + ")"}}
	}
	if _, err := a.env.Store.ApplyActions(approvals); err != nil {
		return res, err
	}
	res.Done = len(acts)
	a.mu.Lock()
	var emails []store.QueuedEmail
	for _, act := range acts {
		if _, late := a.stillRunning(act.ID); late { // a run's slow work on it goes on, and records it when it ends
			continue
		}
		if act.Channel == backend.ChannelEmail {
			q, _, err := a.prepareEmail(act, true, nil)
			if err != nil {
				res.Failed = append(res.Failed, BulkFailure{ActionID: act.ID, ClientName: act.ClientName, Message: backend.ErrorMessage(err)})
			} else if q != nil {
				emails = append(emails, *q)
			}
			continue
		}
		// letters are produced and SMS queued now; calls and tasks wait for the user, approved
		if _, err := a.execute(act, true); err != nil {
			res.Failed = append(res.Failed, BulkFailure{ActionID: act.ID, ClientName: act.ClientName, Message: backend.ErrorMessage(err)})
		}
	}
	if len(emails) > 0 {
		_, err = a.env.Store.QueueEmails(emails)
	}
	a.mu.Unlock()
	if err != nil {
		return res, err
	}
	if len(emails) > 0 {
		a.env.emit(EventOutboxUpdated, nil)
		a.sendSoon()
	}
	return a.bulkDone(res)
}

// SkipMany dismisses actions with one reason, in one transaction; the chase of each moves on to its next step.
func (a *ChaseAPI) SkipMany(ids []string, reason string) (BulkResult, error) {
	acts, failed, err := a.pick(ids)
	if err != nil {
		return BulkResult{}, err
	}
	if strings.TrimSpace(reason) == "" {
		reason = "passée par l'utilisateur"
	}
	items := make([]store.AppliedAction, len(acts))
	for i, act := range acts {
		items[i] = a.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason)
	}
	applied, err := a.env.Store.ApplyActions(items)
	if err != nil {
		return BulkResult{Failed: failed}, err
	}
	res := BulkResult{Failed: failed}
	for i, ok := range applied {
		if ok {
			res.Done++
		} else {
			res.Failed = append(res.Failed, BulkFailure{ActionID: acts[i].ID, ClientName: acts[i].ClientName, Message: "déjà faite aujourd'hui"})
		}
	}
	return a.bulkDone(res)
}

// PostponeMany pushes the invoices of actions to a later day, as Postpone does for one.
func (a *ChaseAPI) PostponeMany(ids []string, date string) (BulkResult, error) {
	d, err := backend.ParseDate(date)
	if err != nil || d <= backend.Today(a.env.Clock) {
		return BulkResult{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "date", Message: "choisissez une date future"}}}
	}
	acts, failed, err := a.pick(ids)
	if err != nil {
		return BulkResult{}, err
	}
	res := BulkResult{Failed: failed}
	for _, act := range acts {
		for _, id := range act.InvoiceIDs {
			if _, err := a.env.Store.UpdateInvoiceChase(id, "relance reportée au "+d.French(), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
				c.PostponedTo = d
				return nil
			}); err != nil {
				return res, err
			}
		}
		res.Done++
	}
	return a.bulkDone(res)
}

package app

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/documents"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
)

// ChaseAPI is the heart of Relance: today's reminders, the review queue, the call list, and the states that stop or
// pause the chase (dispute, promise, client pause), over the pure planner in backend/dunning.
type ChaseAPI struct {
	env    *Env
	outbox *OutboxAPI // e-mail actions are queued there and sent by it
	mu     sync.Mutex // one run at a time: the hourly run and a user's click never execute the same action together
	lateMu sync.Mutex
	late   map[string]running // actions a run stopped waiting for, still being carried out (chase_timeout.go)
	// today is the day's plan being computed, shared by concurrent callers (at start-up the dashboard's counts and
	// « Aujourd'hui » ask for it together); not kept after, as it also reads the mailbox's state.
	today sharedResult[TodayView]
}

// EventChaseUpdated tells the UI that today's plan changed.
const EventChaseUpdated = service.EventChaseUpdated

// ActionView is a planned action as the UI and `relance run --json` show it.
type ActionView struct {
	Action   dunning.Action `json:"action"`
	Approved bool           `json:"approved"`       // reviewed and approved, waiting for its channel
	Pending  string         `json:"pending"`        // why a due action has not gone out (channel not available yet…)
	Text     string         `json:"text,omitempty"` // an SMS action: the text as it will leave
}

// TodayView is the « Aujourd'hui » page.
type TodayView struct {
	Date     string           `json:"date"`
	ToSend   []ActionView     `json:"toSend"`   // e-mails, SMS and letters due
	ToReview []ActionView     `json:"toReview"` // « À valider »
	ToCall   []ActionView     `json:"toCall"`   // phone calls
	Tasks    []ActionView     `json:"tasks"`
	Done     []ActionView     `json:"done"`    // carried out today
	Skipped  []ActionView     `json:"skipped"` // passed over today, with the reason
	CaughtUp int              `json:"caughtUp"`
	Notices  []dunning.Notice `json:"notices"`  // promises due or broken, settings to fix, invoices nearing limitation
	Upcoming []ActionView     `json:"upcoming"` // the next sending day
	// BankWarning says payments may be missing (no recent bank statement); Unallocated lists the money already
	// received from clients about to be chased and not yet put against an invoice.
	BankWarning string             `json:"bankWarning"`
	Unallocated []UnallocatedView  `json:"unallocated"`
	FollowUps   []backend.FollowUp `json:"followUps"`     // calls and letters instead of e-mails that could not go
	Run         *RunSummary        `json:"run,omitempty"` // set by Run only: what the click did
	// Reprise, when set, is a takeover waiting for the owner's confirmation: nothing is carried out before, and the
	// lists above stay empty (chase_reprise.go).
	Reprise *RepriseView `json:"reprise,omitempty"`
}

// UnallocatedView is money received from a client that no invoice accounts for yet.
type UnallocatedView struct {
	ClientID   uint64        `json:"clientId"`
	ClientName string        `json:"clientName"`
	Amount     backend.Cents `json:"amount"`
	Currency   string        `json:"currency,omitempty"` // a bank line's, when not euros ("" = EUR)
	Date       string        `json:"date"`
	Label      string        `json:"label"`
	Source     string        `json:"source"` // "payment" (a credit on the client's account) or "bank" (a statement line not matched)
}

func (a *ChaseAPI) input(today backend.Date, horizon int) (dunning.Input, error) {
	return a.inputFor(today, horizon, 0)
}

// inputFor gathers the planner's input; with clientID, only that client's (a client's plan depends on nothing
// else: grouping and the minimum gap are per client).
func (a *ChaseAPI) inputFor(today backend.Date, horizon int, clientID uint64) (dunning.Input, error) {
	st := a.env.Store
	in := dunning.Input{Today: today, Horizon: horizon}
	var err error
	// Settled invoices cannot be chased; their past contacts count through the clients' last contact.
	keep := func(inv *backend.Invoice) error {
		if inv.Remaining() > 0 {
			in.Invoices = append(in.Invoices, *inv)
		}
		return nil
	}
	if clientID == 0 {
		if in.Clients, err = st.Clients(); err != nil {
			return in, err
		}
		err = st.Invoices(keep)
	} else {
		var c backend.Client
		if c, err = st.Client(clientID); err != nil {
			return in, err
		}
		in.Clients = []backend.Client{c}
		var invs []backend.Invoice
		if invs, err = st.ClientInvoices(clientID); err == nil {
			for i := range invs {
				_ = keep(&invs[i])
			}
		}
	}
	if err != nil {
		return in, err
	}
	if in.InvoiceChases, in.ClientChases, err = st.ChaseState(); err != nil {
		return in, err
	}
	if clientID != 0 {
		in.InvoiceChases = slices.DeleteFunc(in.InvoiceChases, func(c backend.InvoiceChase) bool {
			return !slices.ContainsFunc(in.Invoices, func(inv backend.Invoice) bool { return inv.ID == c.InvoiceID })
		})
		in.ClientChases = slices.DeleteFunc(in.ClientChases, func(c backend.ClientChase) bool { return c.ClientID != clientID })
	}
	if in.Scenarios, err = st.Scenarios(); err != nil {
		return in, err
	}
	if in.Halts, err = watchHalts(a.env); err != nil { // collective proceedings stop the chase (watch.go)
		return in, err
	}
	in.Settings, err = st.ChaseSettings()
	return in, err
}

func (a *ChaseAPI) plan(today backend.Date, horizon int) (dunning.Result, error) {
	in, err := a.input(today, horizon)
	if err != nil {
		return dunning.Result{}, err
	}
	return dunning.Plan(in), nil
}

// Today plans the day and sorts it for the « Aujourd'hui » page.
func (a *ChaseAPI) Today() (TodayView, error) {
	return a.today.get(a.env.Store.Generation(), backend.Today(a.env.Clock), a.computeToday)
}

func (a *ChaseAPI) computeToday() (TodayView, error) {
	defer a.env.work.begin("plan")()
	today := backend.Today(a.env.Clock)
	if m, rp, err := a.reprise(today, false); err != nil {
		return TodayView{}, err
	} else if m != nil {
		return a.todayReprise(today, m, rp)
	}
	r, err := a.plan(today, 7)
	if err != nil {
		return TodayView{}, err
	}
	runs, err := a.env.Store.ChaseRuns()
	if err != nil {
		return TodayView{}, err
	}
	v := TodayView{Date: today.String(), ToSend: []ActionView{}, ToReview: []ActionView{}, ToCall: []ActionView{},
		Tasks: []ActionView{}, Done: []ActionView{}, Skipped: []ActionView{}, Notices: nonNil(r.Notices), Upcoming: []ActionView{},
		CaughtUp: closedCatchUps(r.Actions, runs, today)}
	for _, act := range r.Actions {
		av, err := a.view(act)
		if err != nil {
			return v, err
		}
		switch {
		case act.Status == dunning.Done:
			v.Done = append(v.Done, av)
		case act.Status == dunning.Skipped:
			v.Skipped = append(v.Skipped, av)
		case act.Status == dunning.NeedsReview && !av.Approved:
			v.ToReview = append(v.ToReview, av)
		case act.Channel == backend.ChannelCall:
			v.ToCall = append(v.ToCall, av)
		case act.Channel == backend.ChannelTask:
			v.Tasks = append(v.Tasks, av)
		default:
			v.ToSend = append(v.ToSend, av)
		}
	}
	if err := a.warnings(&v, today); err != nil {
		return v, err
	}
	lim, err := limitationNotices(a.env, today)
	if err != nil {
		return v, err
	}
	v.Notices = append(v.Notices, lim...)
	claims, err := deadlineNotices(a.env, today) // claims to declare (watch.go)
	if err != nil {
		return v, err
	}
	v.Notices = append(v.Notices, claims...)
	if len(r.Upcoming) > 0 {
		next := r.Upcoming[0].Date
		for _, act := range r.Upcoming {
			if act.Date == next {
				av, _ := a.view(act)
				v.Upcoming = append(v.Upcoming, av)
			}
		}
	}
	return v, nil
}

func (a *ChaseAPI) view(act dunning.Action) (ActionView, error) {
	approved, err := a.env.Store.Executed(approvalKey(act.ID))
	av := ActionView{Action: act, Approved: approved}
	if err == nil && act.Channel == backend.ChannelEmail && act.Status != dunning.Done && act.Status != dunning.Skipped {
		av.Pending, err = a.emailPending(act, approved)
	}
	if err == nil && act.Channel == backend.ChannelSMS && act.Status != dunning.Done && act.Status != dunning.Skipped {
		av.Text, av.Pending, err = a.smsPreview(act, approved)
	}
	return av, err
}

func approvalKey(actionID string) string { return "approved:" + actionID }

// RunReport is what a run did.
type RunReport struct {
	Date     string       `json:"date"`
	Actions  []ActionView `json:"actions"`
	Executed int          `json:"executed"`
	CaughtUp int          `json:"caughtUp"`
	// What this pass did, for the window's message (the command line says it from the send report).
	Queued  int `json:"-"` // e-mails put in the outbox now
	Texts   int `json:"-"` // SMS put in the outbox now
	Letters int `json:"-"` // letters produced now
	// Slow lists the actions that took longer than their time limit: not done by this run, taken up by the next.
	Slow []SlowAction `json:"slow"`
	// Reprise is set when a takeover waits for confirmation: the run carried nothing out, Actions are the reprise's.
	Reprise *RepriseView `json:"reprise,omitempty"`
}

// RunSummary says what « Lancer les relances maintenant » really did: what went to the outbox, what was
// produced, and what could not leave and why — never « lancées » when nothing left.
type RunSummary struct {
	Queued  int    `json:"queued"`  // e-mails in the outbox now, leaving within the sending pace
	Texts   int    `json:"texts"`   // SMS in the outbox now, leaving within the SMS hours
	Letters int    `json:"letters"` // letters produced, to print and post
	Waiting int    `json:"waiting"` // e-mails due that could not be queued
	Why     string `json:"why"`     // the reason shared by the waiting e-mails, when there is one
	// Slow lists the actions that took too long (a letter slow to produce…): not done, the next run takes them up.
	Slow []SlowAction `json:"slow"`
}

func (r RunReport) summary() RunSummary {
	s := RunSummary{Queued: r.Queued, Texts: r.Texts, Letters: r.Letters, Slow: r.Slow}
	if s.Slow == nil {
		s.Slow = []SlowAction{}
	}
	reasons := map[string]bool{}
	for _, av := range r.Actions {
		a := av.Action
		if r.slow(a.ID) {
			continue
		}
		if a.Channel == backend.ChannelEmail && av.Pending != "" && a.Status != dunning.Done && a.Status != dunning.Skipped &&
			(a.Status == dunning.Due || av.Approved) {
			s.Waiting++
			reasons[av.Pending] = true
		}
	}
	if len(reasons) == 1 {
		for why := range reasons {
			s.Why = why
		}
	}
	return s
}

func (r RunReport) slow(actionID string) bool {
	for _, s := range r.Slow {
		if s.ActionID == actionID {
			return true
		}
	}
	return false
}

// run plans today and carries out what can go out by itself: letters are produced, skips recorded, promises
// marked kept or broken. E-mails wait for the mail channel (issue 4), calls and tasks for the user, reviews for an
// approval. With dryRun nothing is written.
func (a *ChaseAPI) run(today backend.Date, dryRun bool) (RunReport, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !dryRun {
		defer func() {
			if err := a.env.Store.NoteRun(today); err != nil && a.env.Log != nil {
				a.env.Log.Error("chase run day", "err", err)
			}
		}()
	}
	if m, rp, err := a.reprise(today, !dryRun); err != nil {
		return RunReport{}, err
	} else if m != nil {
		// Nothing is carried out before the owner confirms the reprise: its actions are listed, held.
		rep := RunReport{Date: today.String(), Actions: []ActionView{}, Slow: []SlowAction{}}
		if rep.Reprise, err = a.repriseView(m, rp); err != nil {
			return rep, err
		}
		for _, act := range rp.Actions {
			act.Status = dunning.NeedsReview
			rep.Actions = append(rep.Actions, ActionView{Action: act, Pending: repriseWaiting})
		}
		return rep, nil
	}
	r, err := a.plan(today, 0)
	if err != nil {
		return RunReport{}, err
	}
	rep := RunReport{Date: today.String(), Actions: []ActionView{}, CaughtUp: len(r.CaughtUp())}
	if !dryRun {
		for _, n := range r.Notices {
			if err := a.settlePromise(n); err != nil {
				return rep, err
			}
		}
	}
	var emails []store.QueuedEmail
	var emailAt []int // index in rep.Actions of each queued e-mail
	var skips []store.AppliedAction
	for _, act := range r.Actions {
		open := act.Status != dunning.Done && act.Status != dunning.Skipped
		if !dryRun && open {
			if since, ok := a.stillRunning(act.ID); ok { // an earlier run's slow work on it has not ended
				s := slowAction(act, since.since)
				rep.Slow = append(rep.Slow, s)
				rep.Actions = append(rep.Actions, ActionView{Action: act, Pending: s.Message})
				continue
			}
		}
		var record func(actionResult)
		if !dryRun {
			record = func(res actionResult) { a.recordLate(act, res) }
		}
		res, late := a.timed(act, func() actionResult { return a.runOne(act, dryRun) }, record)
		if late {
			s := slowAction(act, time.Time{})
			rep.Slow = append(rep.Slow, s)
			rep.Actions = append(rep.Actions, ActionView{Action: act, Pending: s.Message})
			continue
		}
		if res.err != nil {
			return rep, res.err
		}
		if res.skip != nil {
			skips = append(skips, *res.skip)
		}
		if res.email != nil {
			emails = append(emails, *res.email)
			emailAt = append(emailAt, len(rep.Actions))
		}
		if res.executed {
			rep.Executed++
			if act.Channel == backend.ChannelLetter {
				rep.Letters++
			}
		}
		rep.Actions = append(rep.Actions, res.view)
	}
	if len(skips) > 0 {
		applied, err := a.env.Store.ApplyActions(skips)
		if err != nil {
			return rep, err
		}
		for _, ok := range applied {
			if ok {
				rep.Executed++
			}
		}
	}
	if len(emails) > 0 {
		queued, err := a.env.Store.QueueEmails(emails)
		if err != nil {
			return rep, err
		}
		for k, ok := range queued {
			if ok {
				av := &rep.Actions[emailAt[k]]
				av.Action.Status, av.Pending = dunning.Done, ""
				rep.Executed++
				if emails[k].Message.IsSMS() {
					rep.Texts++
				} else {
					rep.Queued++
				}
			}
		}
		a.env.emit(EventOutboxUpdated, nil)
	}
	if !dryRun && rep.Executed > 0 {
		a.env.emit(EventChaseUpdated, nil)
		a.env.emit(EventLedgerChanged, nil)
	}
	return rep, nil
}

// runOne is one action of a run: what it shows, and what to record (a letter is recorded as it is produced; e-mails
// and passed steps are returned, to be recorded with the others). It runs under the action's time limit.
func (a *ChaseAPI) runOne(act dunning.Action, dryRun bool) actionResult {
	approved, err := a.env.Store.Executed(approvalKey(act.ID))
	if err != nil {
		return actionResult{err: err}
	}
	res := actionResult{view: ActionView{Action: act, Approved: approved}}
	av := &res.view
	open := act.Status != dunning.Done && act.Status != dunning.Skipped
	switch {
	case dryRun || !open && act.Status != dunning.Skipped:
		if act.Channel == backend.ChannelEmail && open {
			av.Pending, err = a.emailPending(act, approved)
		}
		if act.Channel == backend.ChannelSMS && open {
			av.Pending, err = a.smsPending(act, approved)
		}
	case act.Status == dunning.Skipped:
		ap := a.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+act.Reason)
		res.skip = &ap
	case act.Channel == backend.ChannelEmail:
		if act.Status != dunning.Due && !approved {
			av.Pending, err = a.emailPending(act, approved)
		} else {
			res.email, av.Pending, err = a.prepareEmail(act, approved, nil)
		}
	case act.Channel == backend.ChannelSMS:
		if act.Status != dunning.Due && !approved {
			av.Pending, err = a.smsPending(act, approved)
		} else {
			res.email, av.Pending, err = a.prepareSMS(act, approved)
		}
	case act.Status == dunning.Due || approved:
		var done bool
		done, err = a.execute(act, approved)
		var none *documents.NothingToClaimError
		if errors.As(err, &none) { // disputed, time-barred or covered by a credit: the step is passed over, said why
			reason := backend.ErrorMessage(none)
			ap := a.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason)
			res.skip = &ap
			av.Action.Status, av.Action.Reason, av.Pending = dunning.Skipped, reason, ""
			done, err = false, nil
		}
		if done {
			av.Action.Status, av.Pending = dunning.Done, ""
			res.executed = true
		}
	}
	res.err = err
	return res
}

// execute carries out an action: a letter is produced and archived (to post), an e-mail is queued in the outbox.
func (a *ChaseAPI) execute(act dunning.Action, approved bool) (bool, error) {
	if act.Channel == backend.ChannelEmail {
		return a.queueEmail(act, approved, nil)
	}
	if act.Channel == backend.ChannelSMS {
		return a.queueSMS(act, approved)
	}
	if act.Channel != backend.ChannelLetter {
		return false, nil
	}
	if len(act.InvoiceIDs) == 0 {
		return false, nil
	}
	// Produced once: an action already carried out (by another run, or before a restart) is not produced again.
	if done, err := a.env.Store.Executed(act.ID); err != nil || done {
		return false, err
	}
	docs := &DocumentsAPI{env: a.env}
	var view DocumentView
	var err error
	if act.Template == "notice" || slices.Contains(act.Attach, backend.AttachFormalNotice) {
		view, err = docs.GenerateNotice(NoticeRequest{InvoiceID: act.InvoiceIDs[0], Registered: true})
	} else {
		view, err = docs.GenerateReminderLetter(act.InvoiceIDs[0])
	}
	if err != nil {
		return false, fmt.Errorf("%s pour %s : %w", act.StepName, act.ClientName, err)
	}
	summary := fmt.Sprintf("%s : %s générée pour %s (%s), à poster", act.StepName, view.Label, strings.Join(act.InvoiceNumbers, ", "),
		backend.FormatEUR(act.Total))
	return true, a.apply(act, backend.StepDone, "", summary)
}

// applied is what carrying out (or dismissing) an action writes to the store.
func (a *ChaseAPI) applied(act dunning.Action, status backend.StepStatus, outcome, summary string) store.AppliedAction {
	recs := map[uint64][]backend.StepRecord{}
	for _, lr := range act.Records(status) {
		r := lr.Record
		r.Outcome = outcome
		recs[lr.InvoiceID] = append(recs[lr.InvoiceID], r)
	}
	ex := store.ExecutedAction{ActionID: act.ID, ClientID: act.ClientID, Date: act.Date, Status: string(status),
		Channel: string(act.Channel), Summary: summary}
	return store.AppliedAction{Action: ex, Records: recs, StartsGap: status == backend.StepDone && act.StartsGap()}
}

func (a *ChaseAPI) apply(act dunning.Action, status backend.StepStatus, outcome, summary string) error {
	ap := a.applied(act, status, outcome, summary)
	err := a.env.Store.ApplyAction(ap.Action, ap.Records, ap.StartsGap)
	if err == store.ErrAlreadyExecuted {
		return nil // another run got there first: never twice
	}
	return err
}

func (a *ChaseAPI) settlePromise(n dunning.Notice) error {
	if n.InvoiceID == 0 || (n.Kind != dunning.PromiseBroken && n.Kind != dunning.PromiseKept) {
		return nil
	}
	label := map[dunning.NoticeKind]string{dunning.PromiseBroken: "promesse de paiement non tenue, la relance reprend",
		dunning.PromiseKept: "promesse de paiement tenue"}[n.Kind]
	_, err := a.env.Store.UpdateInvoiceChase(n.InvoiceID, label, func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		if !c.Promise.Open() {
			return errUnchanged
		}
		c.Promise.Broken, c.Promise.Kept = n.Kind == dunning.PromiseBroken, n.Kind == dunning.PromiseKept
		return nil
	})
	if err == errUnchanged {
		return nil
	}
	return err
}

var errUnchanged = fmt.Errorf("unchanged")

// find returns today's planned action with that ID.
func (a *ChaseAPI) find(actionID string) (dunning.Action, error) {
	if err := a.heldByReprise(backend.Today(a.env.Clock)); err != nil {
		return dunning.Action{}, err
	}
	r, err := a.plan(backend.Today(a.env.Clock), 0)
	if err != nil {
		return dunning.Action{}, err
	}
	for _, act := range r.Actions {
		if act.ID == actionID {
			if act.Status == dunning.Done {
				return act, store.ErrAlreadyExecuted
			}
			return act, nil
		}
	}
	return dunning.Action{}, backend.Errorf(backend.ENOTFOUND, "cette action n'est plus prévue aujourd'hui (la situation a changé) : actualisez la page")
}

// Run carries out today's plan now (the app also does it at start and every hour).
func (a *ChaseAPI) Run() (TodayView, error) {
	rep, err := a.run(backend.Today(a.env.Clock), false)
	if err != nil {
		return TodayView{}, err
	}
	a.sendSoon()
	v, err := a.Today()
	sum := rep.summary()
	v.Run = &sum
	return v, err
}

// Approve validates an action of the review queue; it goes out at once on a channel that exists (letters), and
// e-mails go when the mailbox is configured.
func (a *ChaseAPI) Approve(actionID string) (TodayView, error) {
	act, err := a.find(actionID)
	if err != nil {
		return TodayView{}, err
	}
	err = a.env.Store.ApplyAction(store.ExecutedAction{ActionID: approvalKey(act.ID), ClientID: act.ClientID, Date: act.Date,
		Status: "approved", Channel: string(act.Channel), Summary: "Relance validée : " + act.StepName + " (" + strings.Join(act.InvoiceNumbers, ", ") + ")"}, nil, false)
	if err != nil && err != store.ErrAlreadyExecuted {
		return TodayView{}, err
	}
	a.mu.Lock()
	if _, late := a.stillRunning(act.ID); !late { // else a run's slow work on it goes on, and records it when it ends
		_, err = a.execute(act, true)
	}
	a.mu.Unlock()
	if err != nil {
		return TodayView{}, err
	}
	a.sendSoon()
	a.env.emit(EventChaseUpdated, nil)
	return a.Today()
}

// Skip dismisses an action with the user's reason; the chase moves on to the next step.
func (a *ChaseAPI) Skip(actionID, reason string) (TodayView, error) {
	act, err := a.find(actionID)
	if err != nil {
		return TodayView{}, err
	}
	if strings.TrimSpace(reason) == "" {
		reason = "passée par l'utilisateur"
	}
	if err := a.apply(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason); err != nil {
		return TodayView{}, err
	}
	a.env.emit(EventChaseUpdated, nil)
	return a.Today()
}

// Postpone pushes an action's invoices to a later day.
func (a *ChaseAPI) Postpone(actionID, date string) (TodayView, error) {
	act, err := a.find(actionID)
	if err != nil {
		return TodayView{}, err
	}
	d, err := backend.ParseDate(date)
	if err != nil || d <= backend.Today(a.env.Clock) {
		return TodayView{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "date", Message: "choisissez une date future"}}}
	}
	for _, id := range act.InvoiceIDs {
		if _, err := a.env.Store.UpdateInvoiceChase(id, "relance reportée au "+d.French(), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
			c.PostponedTo = d
			return nil
		}); err != nil {
			return TodayView{}, err
		}
	}
	a.env.emit(EventChaseUpdated, nil)
	return a.Today()
}

// runHourly runs the plan at start and every hour while the window is open, until ctx ends.
func (a *ChaseAPI) runHourly(ctx context.Context) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		if _, err := a.run(backend.Today(a.env.Clock), false); err != nil && a.env.Log != nil {
			a.env.Log.Error("chase run", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

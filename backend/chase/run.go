package chase

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
)

// Planned is a planned action with where it stands: approved, or why it has not gone out.
type Planned struct {
	Action   dunning.Action `json:"action"`
	Approved bool           `json:"approved"`       // reviewed and approved, waiting for its channel
	Pending  string         `json:"pending"`        // why a due action has not gone out (channel not available yet…)
	Text     string         `json:"text,omitempty"` // an SMS action: the text as it will leave
}

// List is where « Aujourd'hui » lists an action.
type List int

const (
	ToSend   List = iota // e-mails, SMS and letters due
	ToReview             // « À valider »
	ToCall               // phone calls
	Tasks
	Done    // carried out today
	Skipped // passed over today, with the reason
)

// ListOf is the list an action of today belongs to.
func ListOf(p Planned) List {
	switch act := p.Action; {
	case act.Status == dunning.Done:
		return Done
	case act.Status == dunning.Skipped:
		return Skipped
	case act.Status == dunning.NeedsReview && !p.Approved:
		return ToReview
	case act.Channel == backend.ChannelCall:
		return ToCall
	case act.Channel == backend.ChannelTask:
		return Tasks
	default:
		return ToSend
	}
}

// Day is the day's plan: today's actions in the planner's order, the notices (promises due or broken, settings to
// fix, invoices nearing limitation, claims to declare), what to check before chasing, and the next sending day.
// While a reprise waits, Reprise says what it takes over, and nothing else of the chase is listed.
type Day struct {
	Date     backend.Date
	Actions  []Planned
	Upcoming []Planned // the next sending day's
	CaughtUp int       // actions missed while the application was closed
	Notices  []dunning.Notice
	Warnings
	Reprise *Reprise
}

// Warnings are what to check before chasing.
type Warnings struct {
	// BankWarning says payments may be missing (no recent bank statement); Unallocated lists the money already
	// received from clients about to be chased and not yet put against an invoice.
	BankWarning string
	Unallocated []Unallocated
	FollowUps   []backend.FollowUp // calls and letters instead of e-mails that could not go
}

// Unallocated is money received from a client that no invoice accounts for yet.
type Unallocated struct {
	ClientID   uint64        `json:"clientId"`
	ClientName string        `json:"clientName"`
	Amount     backend.Cents `json:"amount"`
	Currency   string        `json:"currency,omitempty"` // a bank line's, when not euros ("" = EUR)
	Date       string        `json:"date"`
	Label      string        `json:"label"`
	Source     string        `json:"source"` // "payment" (a credit on the client's account) or "bank" (a statement line not matched)
}

func (s *Service) input(today backend.Date, horizon int) (dunning.Input, error) {
	return s.inputFor(today, horizon, 0)
}

// inputFor gathers the planner's input; with clientID, only that client's (a client's plan depends on nothing
// else: grouping and the minimum gap are per client).
func (s *Service) inputFor(today backend.Date, horizon int, clientID uint64) (dunning.Input, error) {
	st := s.deps.Store
	in := dunning.Input{Today: today, Horizon: horizon}
	var err error
	// Settled invoices cannot be chased; their past contacts count through the clients' last contact.
	owed := func(inv *backend.Invoice) bool { return inv.Remaining() > 0 }
	keep := func(inv *backend.Invoice) error {
		if owed(inv) {
			in.Invoices = append(in.Invoices, *inv)
		}
		return nil
	}
	if clientID == 0 {
		if in.Clients, err = st.Clients(); err != nil {
			return in, err
		}
		in.Invoices, err = st.InvoicesWhere(owed)
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
	if s.ports.Halts != nil { // collective proceedings stop the chase (the insolvency watch)
		if in.Halts, err = s.ports.Halts(); err != nil {
			return in, err
		}
	}
	in.Settings, err = st.ChaseSettings()
	return in, err
}

func (s *Service) plan(today backend.Date, horizon int) (dunning.Result, error) {
	in, err := s.input(today, horizon)
	if err != nil {
		return dunning.Result{}, err
	}
	return dunning.Plan(in), nil
}

// Today plans the day for the « Aujourd'hui » page.
func (s *Service) Today() (Day, error) {
	today := backend.Today(s.deps.Clock)
	if m, rp, err := s.reprise(today, false); err != nil {
		return Day{}, err
	} else if m != nil {
		return s.todayReprise(today, m, rp)
	}
	r, err := s.plan(today, 7)
	if err != nil {
		return Day{}, err
	}
	runs, err := s.deps.Store.ChaseRuns()
	if err != nil {
		return Day{}, err
	}
	d := Day{Date: today, Actions: make([]Planned, 0, len(r.Actions)), Notices: orEmpty(r.Notices), Upcoming: []Planned{},
		CaughtUp: closedCatchUps(r.Actions, runs, today)}
	for _, act := range r.Actions {
		p, err := s.view(act)
		if err != nil {
			return d, err
		}
		d.Actions = append(d.Actions, p)
	}
	if err := s.warnings(&d.Warnings, d.Actions, today); err != nil {
		return d, err
	}
	lim, err := s.notices(s.ports.Limitation, today)
	if err != nil {
		return d, err
	}
	d.Notices = append(d.Notices, lim...)
	claims, err := s.notices(s.ports.Deadlines, today) // claims to declare (the insolvency watch)
	if err != nil {
		return d, err
	}
	d.Notices = append(d.Notices, claims...)
	if len(r.Upcoming) > 0 {
		next := r.Upcoming[0].Date
		for _, act := range r.Upcoming {
			if act.Date == next {
				p, _ := s.view(act)
				d.Upcoming = append(d.Upcoming, p)
			}
		}
	}
	return d, nil
}

// notices are a port's notices of today, none without the port.
func (s *Service) notices(port func(backend.Date) ([]dunning.Notice, error), today backend.Date) ([]dunning.Notice, error) {
	if port == nil {
		return nil, nil
	}
	return port(today)
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Service) view(act dunning.Action) (Planned, error) {
	approved, err := s.deps.Store.Executed(approvalKey(act.ID))
	av := Planned{Action: act, Approved: approved}
	if err == nil && act.Channel == backend.ChannelEmail && act.Status != dunning.Done && act.Status != dunning.Skipped {
		av.Pending, err = s.emailPending(act, approved)
	}
	if err == nil && act.Channel == backend.ChannelSMS && act.Status != dunning.Done && act.Status != dunning.Skipped {
		av.Text, av.Pending, err = s.smsPreview(act, approved)
	}
	return av, err
}

func approvalKey(actionID string) string { return "approved:" + actionID }

// RunReport is what a run did.
type RunReport struct {
	Date     backend.Date
	Actions  []Planned
	Executed int
	CaughtUp int
	// What this pass did, for the window's message (the command line says it from the send report).
	Queued  int // e-mails put in the outbox now
	Texts   int // SMS put in the outbox now
	Letters int // letters produced now
	// Slow lists the actions that took longer than their time limit: not done by this run, taken up by the next.
	Slow []SlowAction
	// Reprise is set when a takeover waits for confirmation: the run carried nothing out, Actions are the reprise's.
	Reprise *Reprise
}

// Waiting counts the e-mails due (or approved) that could not be queued, and gives the reason they share, when they
// share one: « Lancer les relances maintenant » never says « lancées » when nothing left.
func (r RunReport) Waiting() (n int, why string) {
	reasons := map[string]bool{}
	for _, av := range r.Actions {
		a := av.Action
		if r.TooSlow(a.ID) {
			continue
		}
		if a.Channel == backend.ChannelEmail && av.Pending != "" && a.Status != dunning.Done && a.Status != dunning.Skipped &&
			(a.Status == dunning.Due || av.Approved) {
			n++
			reasons[av.Pending] = true
		}
	}
	if len(reasons) == 1 {
		for r := range reasons {
			why = r
		}
	}
	return n, why
}

// TooSlow tells whether the action took longer than its time limit in this run.
func (r RunReport) TooSlow(actionID string) bool {
	for _, s := range r.Slow {
		if s.ActionID == actionID {
			return true
		}
	}
	return false
}

// Run plans today and carries out what can go out by itself: letters are produced, skips recorded, promises
// marked kept or broken, e-mails and SMS queued in the outbox (the caller sends them). Calls and tasks wait for the
// user, reviews for an approval. With dryRun nothing is written.
func (s *Service) Run(today backend.Date, dryRun bool) (RunReport, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !dryRun {
		defer func() {
			if err := s.deps.Store.NoteRun(today); err != nil && s.deps.Log != nil {
				s.deps.Log.Error("chase run day", "err", err)
			}
		}()
	}
	if m, rp, err := s.reprise(today, !dryRun); err != nil {
		return RunReport{}, err
	} else if m != nil {
		// Nothing is carried out before the owner confirms the reprise: its actions are listed, held.
		rep := RunReport{Date: today, Actions: []Planned{}, Slow: []SlowAction{}}
		if rep.Reprise, err = s.repriseOf(m, rp); err != nil {
			return rep, err
		}
		for _, act := range rp.Actions {
			act.Status = dunning.NeedsReview
			rep.Actions = append(rep.Actions, Planned{Action: act, Pending: RepriseWaiting})
		}
		return rep, nil
	}
	r, err := s.plan(today, 0)
	if err != nil {
		return RunReport{}, err
	}
	rep := RunReport{Date: today, Actions: []Planned{}, CaughtUp: len(r.CaughtUp())}
	if !dryRun {
		for _, n := range r.Notices {
			if err := s.settlePromise(n); err != nil {
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
			if since, ok := s.stillRunning(act.ID); ok { // an earlier run's slow work on it has not ended
				sl := slowAction(act, since.since)
				rep.Slow = append(rep.Slow, sl)
				rep.Actions = append(rep.Actions, Planned{Action: act, Pending: sl.Message})
				continue
			}
		}
		var record func(actionResult)
		if !dryRun {
			record = func(res actionResult) { s.recordLate(act, res) }
		}
		res, late := s.timed(act, func() actionResult { return s.runOne(act, dryRun) }, record)
		if late {
			sl := slowAction(act, time.Time{})
			rep.Slow = append(rep.Slow, sl)
			rep.Actions = append(rep.Actions, Planned{Action: act, Pending: sl.Message})
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
		applied, err := s.deps.Store.ApplyActions(skips)
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
		queued, err := s.deps.Store.QueueEmails(emails)
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
		s.deps.Emit(service.EventOutboxUpdated, nil)
	}
	if !dryRun && rep.Executed > 0 {
		s.deps.Emit(service.EventChaseUpdated, nil)
		s.deps.Emit(service.EventLedgerChanged, nil)
	}
	return rep, nil
}

// runOne is one action of a run: what it shows, and what to record (a letter is recorded as it is produced; e-mails
// and passed steps are returned, to be recorded with the others). It runs under the action's time limit.
func (s *Service) runOne(act dunning.Action, dryRun bool) actionResult {
	approved, err := s.deps.Store.Executed(approvalKey(act.ID))
	if err != nil {
		return actionResult{err: err}
	}
	res := actionResult{view: Planned{Action: act, Approved: approved}}
	av := &res.view
	open := act.Status != dunning.Done && act.Status != dunning.Skipped
	switch {
	case dryRun || !open && act.Status != dunning.Skipped:
		if act.Channel == backend.ChannelEmail && open {
			av.Pending, err = s.emailPending(act, approved)
		}
		if act.Channel == backend.ChannelSMS && open {
			av.Pending, err = s.smsPending(act, approved)
		}
	case act.Status == dunning.Skipped:
		ap := s.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+act.Reason)
		res.skip = &ap
	case act.Channel == backend.ChannelEmail:
		if act.Status != dunning.Due && !approved {
			av.Pending, err = s.emailPending(act, approved)
		} else {
			res.email, av.Pending, err = s.prepareEmail(act, approved, nil)
		}
	case act.Channel == backend.ChannelSMS:
		if act.Status != dunning.Due && !approved {
			av.Pending, err = s.smsPending(act, approved)
		} else {
			res.email, av.Pending, err = s.prepareSMS(act, approved)
		}
	case act.Status == dunning.Due || approved:
		var done bool
		done, err = s.execute(act, approved)
		var none *NothingToClaim
		if errors.As(err, &none) { // disputed, time-barred or covered by a credit: the step is passed over, said why
			reason := backend.ErrorMessage(none)
			ap := s.applied(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason)
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
func (s *Service) execute(act dunning.Action, approved bool) (bool, error) {
	if act.Channel == backend.ChannelEmail {
		return s.queueEmail(act, approved, nil)
	}
	if act.Channel == backend.ChannelSMS {
		return s.queueSMS(act, approved)
	}
	if act.Channel != backend.ChannelLetter {
		return false, nil
	}
	if len(act.InvoiceIDs) == 0 {
		return false, nil
	}
	// Produced once: an action already carried out (by another run, or before a restart) is not produced again.
	if done, err := s.deps.Store.Executed(act.ID); err != nil || done {
		return false, err
	}
	if s.ports.Letter == nil {
		return false, nil
	}
	label, err := s.ports.Letter(act)
	if err != nil {
		return false, fmt.Errorf("%s pour %s : %w", act.StepName, act.ClientName, err)
	}
	summary := fmt.Sprintf("%s : %s générée pour %s (%s), à poster", act.StepName, label, strings.Join(act.InvoiceNumbers, ", "),
		backend.FormatEUR(act.Total))
	return true, s.apply(act, backend.StepDone, "", summary)
}

// applied is what carrying out (or dismissing) an action writes to the store.
func (s *Service) applied(act dunning.Action, status backend.StepStatus, outcome, summary string) store.AppliedAction {
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

func (s *Service) apply(act dunning.Action, status backend.StepStatus, outcome, summary string) error {
	ap := s.applied(act, status, outcome, summary)
	err := s.deps.Store.ApplyAction(ap.Action, ap.Records, ap.StartsGap)
	if err == store.ErrAlreadyExecuted {
		return nil // another run got there first: never twice
	}
	return err
}

func (s *Service) settlePromise(n dunning.Notice) error {
	if n.InvoiceID == 0 || (n.Kind != dunning.PromiseBroken && n.Kind != dunning.PromiseKept) {
		return nil
	}
	label := map[dunning.NoticeKind]string{dunning.PromiseBroken: "promesse de paiement non tenue, la relance reprend",
		dunning.PromiseKept: "promesse de paiement tenue"}[n.Kind]
	_, err := s.deps.Store.UpdateInvoiceChase(n.InvoiceID, label, func(_ *backend.Invoice, c *backend.InvoiceChase) error {
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

// Find returns today's planned action with that ID.
func (s *Service) Find(actionID string) (dunning.Action, error) {
	if err := s.heldByReprise(backend.Today(s.deps.Clock)); err != nil {
		return dunning.Action{}, err
	}
	r, err := s.plan(backend.Today(s.deps.Clock), 0)
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

// RunNow carries out today's plan now, at the owner's click (the window also does it at start and every hour),
// and starts the sender.
func (s *Service) RunNow() (RunReport, error) {
	rep, err := s.Run(backend.Today(s.deps.Clock), false)
	if err != nil {
		return RunReport{}, err
	}
	s.sendSoon()
	return rep, nil
}

// Approve validates an action of the review queue; it goes out at once on a channel that exists (letters), and
// e-mails go when the mailbox is configured.
func (s *Service) Approve(actionID string) error {
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	err = s.deps.Store.ApplyAction(store.ExecutedAction{ActionID: approvalKey(act.ID), ClientID: act.ClientID, Date: act.Date,
		Status: "approved", Channel: string(act.Channel), Summary: "Relance validée : " + act.StepName + " (" + strings.Join(act.InvoiceNumbers, ", ") + ")"}, nil, false)
	if err != nil && err != store.ErrAlreadyExecuted {
		return err
	}
	s.mu.Lock()
	if _, late := s.stillRunning(act.ID); !late { // else a run's slow work on it goes on, and records it when it ends
		_, err = s.execute(act, true)
	}
	s.mu.Unlock()
	if err != nil {
		return err
	}
	s.sendSoon()
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// Skip dismisses an action with the user's reason; the chase moves on to the next step.
func (s *Service) Skip(actionID, reason string) error {
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	if strings.TrimSpace(reason) == "" {
		reason = "passée par l'utilisateur"
	}
	if err := s.apply(act, backend.StepSkipped, "", "Étape « "+act.StepName+" » passée : "+reason); err != nil {
		return err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// Postpone pushes an action's invoices to a later day.
func (s *Service) Postpone(actionID, date string) error {
	act, err := s.Find(actionID)
	if err != nil {
		return err
	}
	d, err := backend.ParseDate(date)
	if err != nil || d <= backend.Today(s.deps.Clock) {
		return &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "date", Message: "choisissez une date future"}}}
	}
	for _, id := range act.InvoiceIDs {
		if _, err := s.deps.Store.UpdateInvoiceChase(id, "relance reportée au "+d.French(), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
			c.PostponedTo = d
			return nil
		}); err != nil {
			return err
		}
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return nil
}

// RunHourly runs the plan at start and every hour while the window is open, until ctx ends.
func (s *Service) RunHourly(ctx context.Context) {
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	for {
		if _, err := s.Run(backend.Today(s.deps.Clock), false); err != nil && s.deps.Log != nil {
			s.deps.Log.Error("chase run", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

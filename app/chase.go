package app

import (
	"context"
	"sync"

	"relance/backend"
	"relance/backend/chase"
	"relance/backend/dunning"
	"relance/backend/service"
)

// ChaseAPI is the heart of Relance as the window sees it: today's reminders, the review queue, the call list, and the
// states that stop or pause the chase (dispute, promise, client pause). The chase itself is backend/chase; each method
// here calls one of its operations and returns what the page shows.
type ChaseAPI struct {
	env    *Env
	outbox *OutboxAPI // e-mail actions are queued there and sent by it
	once   sync.Once
	svc    *chase.Service // built on first use (service)
	// today is the day's plan being computed, shared by concurrent callers (at start-up the dashboard's counts and
	// « Aujourd'hui » ask for it together); not kept after, as it also reads the mailbox's state.
	today sharedResult[TodayView]
}

// service is the chase of this window (or command): one per ChaseAPI, whose lock keeps one run at a time.
func (a *ChaseAPI) service() *chase.Service {
	a.once.Do(func() { a.svc = chase.New(&a.env.Deps, a.ports()) })
	return a.svc
}

// EventChaseUpdated tells the UI that today's plan changed.
const EventChaseUpdated = service.EventChaseUpdated

// ActionView is a planned action as the UI shows it.
type ActionView chase.Planned

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
	// lists above stay empty.
	Reprise *RepriseView `json:"reprise,omitempty"`
}

// UnallocatedView is money received from a client that no invoice accounts for yet.
type UnallocatedView chase.Unallocated

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

// SlowAction is an action a run stopped waiting for.
type SlowAction chase.SlowAction

// RepriseView is the reprise waiting for confirmation, as « Aujourd'hui » shows it.
type RepriseView struct {
	Reason     string `json:"reason"`     // store.RepriseImport, RepriseDemo or RepriseAbsence
	LastRun    string `json:"lastRun"`    // for an absence: the last day the chase ran
	AbsentDays int    `json:"absentDays"` // for an absence: days since then
	Clients    int    `json:"clients"`
	Invoices   int    `json:"invoices"`
	Passed     int    `json:"passed"` // steps passed over, their date long gone
	PerDay     int    `json:"perDay"`
	First      string `json:"first"`
	Last       string `json:"last"`
	// Steps counts the invoices by the step they start at, in the scenarios' order of gravity (most advanced last).
	Steps []RepriseStep `json:"steps"`
	// Days lists what will go out each day, from First to Last, once confirmed.
	Days []RepriseDay `json:"days"`
}

// RepriseStep is how many invoices start at one step.
type RepriseStep chase.StepCount

// RepriseDay is what a day of the reprise carries out.
type RepriseDay struct {
	Date    string       `json:"date"`
	Actions []ActionView `json:"actions"`
}

// BulkResult is what a bulk operation did: the new plan, how many actions it changed, and those it could not
// change, each with why.
type BulkResult struct {
	View   TodayView     `json:"view"`
	Done   int           `json:"done"`
	Failed []BulkFailure `json:"failed"`
}

// BulkFailure is an action a bulk operation left as it was.
type BulkFailure chase.Failure

// InvoiceChaseView is the « Relance » card of an invoice.
type InvoiceChaseView struct {
	Chase        backend.InvoiceChase `json:"chase"`
	ScenarioID   string               `json:"scenarioId"`
	ScenarioName string               `json:"scenarioName"`
	Status       string               `json:"status"`
	Next         *ActionView          `json:"next"`
}

// ClientChaseView is the chase part of a client's page.
type ClientChaseView chase.ClientState

// CallScript is what the user needs on the phone.
type CallScript chase.Script

// Today plans the day and sorts it for the « Aujourd'hui » page.
func (a *ChaseAPI) Today() (TodayView, error) {
	return a.today.get(a.env.Store.Generation(), backend.Today(a.env.Clock), a.computeToday)
}

func (a *ChaseAPI) computeToday() (TodayView, error) {
	defer a.env.work.begin("plan")()
	d, err := a.service().Today()
	if err != nil {
		return TodayView{}, err
	}
	return todayView(d), nil
}

// Run carries out today's plan now (the app also does it at start and every hour).
func (a *ChaseAPI) Run() (TodayView, error) {
	rep, err := a.service().RunNow()
	if err != nil {
		return TodayView{}, err
	}
	v, err := a.Today()
	sum := runSummary(rep)
	v.Run = &sum
	return v, err
}

// ConfirmReprise confirms the waiting reprise and runs the day: the clients of today go, the others on their day.
func (a *ChaseAPI) ConfirmReprise() (TodayView, error) {
	if _, err := a.service().ConfirmReprise(backend.Today(a.env.Clock)); err != nil {
		return TodayView{}, err
	}
	return a.Run()
}

// Approve validates an action of the review queue; it goes out at once on a channel that exists (letters), and
// e-mails go when the mailbox is configured.
func (a *ChaseAPI) Approve(actionID string) (TodayView, error) {
	return a.then(a.service().Approve(actionID))
}

// Skip dismisses an action with the user's reason; the chase moves on to the next step.
func (a *ChaseAPI) Skip(actionID, reason string) (TodayView, error) {
	return a.then(a.service().Skip(actionID, reason))
}

// Postpone pushes an action's invoices to a later day.
func (a *ChaseAPI) Postpone(actionID, date string) (TodayView, error) {
	return a.then(a.service().Postpone(actionID, date))
}

// RecordCall records the outcome of a call (or SMS) and updates the chase: a dispute stops it, a promise pauses it
// until the date, a payment said to be made or under way pauses it a few days while the bank confirms.
func (a *ChaseAPI) RecordCall(actionID, outcome, date, note string) (TodayView, error) {
	return a.then(a.service().RecordCall(actionID, outcome, date, note))
}

// CompleteTask marks a task done, with the user's note.
func (a *ChaseAPI) CompleteTask(actionID, note string) (TodayView, error) {
	return a.then(a.service().CompleteTask(actionID, note))
}

// ApproveMessage approves an e-mail action of the review queue with the message as the user edited it (subject and
// body may still use [[Variables]]); it is queued at once.
func (a *ChaseAPI) ApproveMessage(actionID, subject, body string) (TodayView, error) {
	return a.then(a.service().ApproveMessage(actionID, subject, body))
}

// then is the page after a change, or the change's error.
func (a *ChaseAPI) then(err error) (TodayView, error) {
	if err != nil {
		return TodayView{}, err
	}
	return a.Today()
}

// ApproveMany validates actions of the review queue, as Approve does for one.
func (a *ChaseAPI) ApproveMany(ids []string) (BulkResult, error) {
	return a.bulk(a.service().ApproveMany(ids))
}

// SkipMany dismisses actions with one reason; the chase of each moves on to its next step.
func (a *ChaseAPI) SkipMany(ids []string, reason string) (BulkResult, error) {
	return a.bulk(a.service().SkipMany(ids, reason))
}

// PostponeMany pushes the invoices of actions to a later day, as Postpone does for one.
func (a *ChaseAPI) PostponeMany(ids []string, date string) (BulkResult, error) {
	return a.bulk(a.service().PostponeMany(ids, date))
}

func (a *ChaseAPI) bulk(b chase.Bulk, err error) (BulkResult, error) {
	res := BulkResult{Done: b.Done, Failed: convert(b.Failed, func(f chase.Failure) BulkFailure { return BulkFailure(f) })}
	if err != nil {
		return res, err
	}
	res.View, err = a.Today()
	return res, err
}

// CallScript prepares a call: who to call, what is owed, what was already sent, and what to say.
func (a *ChaseAPI) CallScript(actionID string) (CallScript, error) {
	s, err := a.service().CallScript(actionID)
	return CallScript(s), err
}

// Preview shows the message of an e-mail action as it would leave: subject, text, HTML, recipient, attachments,
// and what is missing.
func (a *ChaseAPI) Preview(actionID string) (Composed, error) {
	act, err := a.service().Find(actionID)
	if err != nil {
		return Composed{}, err
	}
	return compose(a.env, act.ClientID, act.InvoiceIDs, act.Template, nil, act.Attach, act.Date, false)
}

// Scenarios returns the reminder scenarios.
func (a *ChaseAPI) Scenarios() ([]backend.Scenario, error) { return a.service().Scenarios() }

// SaveScenario stores a new or edited scenario and returns them all.
func (a *ChaseAPI) SaveScenario(sc backend.Scenario) ([]backend.Scenario, error) {
	return a.service().SaveScenario(sc)
}

// Settings returns the chase rules.
func (a *ChaseAPI) Settings() (backend.ChaseSettings, error) { return a.service().Settings() }

// SaveSettings stores the chase rules.
func (a *ChaseAPI) SaveSettings(s backend.ChaseSettings) (backend.ChaseSettings, error) {
	return a.service().SaveSettings(s)
}

// InvoiceChase returns an invoice's chase: the scenario that applies, its state in words, and its next action.
func (a *ChaseAPI) InvoiceChase(invoiceID uint64) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().InvoiceChase(invoiceID))
}

// SetInvoiceScenario chooses the invoice's own scenario ("" = the client's).
func (a *ChaseAPI) SetInvoiceScenario(invoiceID uint64, scenarioID string) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().SetInvoiceScenario(invoiceID, scenarioID))
}

// SetDispute stops the chase of an invoice until the dispute is resolved.
func (a *ChaseAPI) SetDispute(invoiceID uint64, reason, note string) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().SetDispute(invoiceID, reason, note))
}

// InterruptLimitation records that the invoice's limitation period was interrupted on a date, by the debtor's
// acknowledgment of the debt ("acknowledgment") or a court request ("court").
func (a *ChaseAPI) InterruptLimitation(invoiceID uint64, on, reason, note string) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().InterruptLimitation(invoiceID, on, reason, note))
}

// ResolveDispute lets the chase resume from today (without catching up the time spent in dispute).
func (a *ChaseAPI) ResolveDispute(invoiceID uint64) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().ResolveDispute(invoiceID))
}

// SetPromise records a promise to pay by a date: the chase pauses until then plus a grace of two days.
func (a *ChaseAPI) SetPromise(invoiceID uint64, until, note string) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().SetPromise(invoiceID, until, note))
}

// SetDebitFailed marks a direct debit as rejected (the invoice is then chased like any other) or not.
func (a *ChaseAPI) SetDebitFailed(invoiceID uint64, failed bool) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().SetDebitFailed(invoiceID, failed))
}

// SetPaymentPlan replaces the invoice's due date by instalments, each chased on its own; an empty plan removes it.
func (a *ChaseAPI) SetPaymentPlan(invoiceID uint64, plan backend.PaymentPlan) (InvoiceChaseView, error) {
	return invoiceChaseView(a.service().SetPaymentPlan(invoiceID, plan))
}

// ClientChase returns a client's chase settings and state.
func (a *ChaseAPI) ClientChase(clientID uint64) (ClientChaseView, error) {
	s, err := a.service().ClientChase(clientID)
	return ClientChaseView(s), err
}

// SetClientScenario chooses the client's own scenario ("" = its segment's).
func (a *ChaseAPI) SetClientScenario(clientID uint64, scenarioID string) (ClientChaseView, error) {
	s, err := a.service().SetClientScenario(clientID, scenarioID)
	return ClientChaseView(s), err
}

// PauseClient holds every reminder to a client until a date.
func (a *ChaseAPI) PauseClient(clientID uint64, until, reason string) (ClientChaseView, error) {
	s, err := a.service().PauseClient(clientID, until, reason)
	return ClientChaseView(s), err
}

// ResumeClient ends a client's pause now.
func (a *ChaseAPI) ResumeClient(clientID uint64) (ClientChaseView, error) {
	s, err := a.service().ResumeClient(clientID)
	return ClientChaseView(s), err
}

// sendSoon sends the outbox in the background, so that the window answers at once.
func (a *ChaseAPI) sendSoon() {
	if a.outbox == nil {
		return
	}
	go a.outbox.sender().SendDue(context.Background())
}

// todayView sorts the day's plan into the page's lists.
func todayView(d chase.Day) TodayView {
	v := TodayView{Date: d.Date.String(), ToSend: []ActionView{}, ToReview: []ActionView{}, ToCall: []ActionView{},
		Tasks: []ActionView{}, Done: []ActionView{}, Skipped: []ActionView{}, CaughtUp: d.CaughtUp, Notices: d.Notices,
		Upcoming: actionViews(d.Upcoming), BankWarning: d.BankWarning, FollowUps: d.FollowUps, Reprise: NewRepriseView(d.Reprise),
		Unallocated: convert(d.Unallocated, func(u chase.Unallocated) UnallocatedView { return UnallocatedView(u) })}
	lists := map[chase.List]*[]ActionView{chase.ToSend: &v.ToSend, chase.ToReview: &v.ToReview, chase.ToCall: &v.ToCall,
		chase.Tasks: &v.Tasks, chase.Done: &v.Done, chase.Skipped: &v.Skipped}
	for _, p := range d.Actions {
		l := lists[chase.ListOf(p)]
		*l = append(*l, ActionView(p))
	}
	return v
}

func actionViews(ps []chase.Planned) []ActionView {
	return convert(ps, func(p chase.Planned) ActionView { return ActionView(p) })
}

// NewRepriseView is the reprise as the page and the command line show it: its actions grouped by day.
func NewRepriseView(r *chase.Reprise) *RepriseView {
	if r == nil {
		return nil
	}
	v := &RepriseView{Reason: r.Reason, AbsentDays: r.AbsentDays, Clients: r.Plan.Clients, Invoices: r.Invoices, Passed: r.Passed,
		PerDay: r.Plan.PerDay, First: r.Plan.First.String(), Last: r.Plan.Last.String(), Days: []RepriseDay{},
		Steps: convert(r.Steps, func(s chase.StepCount) RepriseStep { return RepriseStep(s) })}
	if r.LastRun != 0 {
		v.LastRun = r.LastRun.String()
	}
	for _, act := range r.Plan.Actions {
		if len(v.Days) == 0 || v.Days[len(v.Days)-1].Date != act.Date.String() {
			v.Days = append(v.Days, RepriseDay{Date: act.Date.String(), Actions: []ActionView{}})
		}
		d := &v.Days[len(v.Days)-1]
		d.Actions = append(d.Actions, ActionView{Action: act})
	}
	return v
}

// runSummary is what the window says of a run.
func runSummary(r chase.RunReport) RunSummary {
	s := RunSummary{Queued: r.Queued, Texts: r.Texts, Letters: r.Letters,
		Slow: convert(r.Slow, func(s chase.SlowAction) SlowAction { return SlowAction(s) })}
	s.Waiting, s.Why = r.Waiting()
	return s
}

func invoiceChaseView(s chase.InvoiceState, err error) (InvoiceChaseView, error) {
	return InvoiceChaseView{Chase: s.Chase, ScenarioID: s.ScenarioID, ScenarioName: s.ScenarioName, Status: s.Status,
		Next: (*ActionView)(s.Next)}, err
}

// convert maps a list to the page's type, never nil (the page reads an empty list).
func convert[S, D any](xs []S, f func(S) D) []D {
	out := make([]D, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

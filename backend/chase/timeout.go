package chase

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
)

// Each action of a run has its own time limit, so that one client whose letter takes long to produce (or whose
// message waits on a hung keychain or server) does not hold back the rest of the day's reminders.
//
// Go cannot stop the slow work: it goes on in the background. So that nothing is ever done twice, the run and the
// work agree under one lock on who records the result: within the limit the run does (as without a limit), past
// it the work does, when it ends, and until then the action is listed as still running, so that no later run and
// no approval starts it again. If it never ends (the command line exits first), nothing was recorded and the next
// run carries it out.

// ActionTimeout is how long a run waits for one action. A variable for tests (the command line's too, run in the
// test process).
var ActionTimeout = 60 * time.Second

// ActionHook, when set (tests only), is called at the start of each action a run carries out, in the goroutine
// doing the work: a test makes one client slow by blocking there.
var ActionHook func(act dunning.Action)

// SlowAction is an action a run stopped waiting for.
type SlowAction struct {
	ActionID   string   `json:"actionId"`
	ClientName string   `json:"clientName"`
	Step       string   `json:"step"`
	Channel    string   `json:"channel"`
	Invoices   []string `json:"invoices"`
	// Message says, in French, what it was, that it took too long, and that the next run takes it up.
	Message string `json:"message"`
}

// actionResult is what one action of a run produced: what the run records for it.
type actionResult struct {
	view     Planned
	email    *store.QueuedEmail   // to queue with the others
	skip     *store.AppliedAction // a step passed over, to record with the others
	executed bool                 // carried out and recorded already (a letter)
	err      error
}

// attempt is one action's work running under the limit.
type attempt struct {
	mu    sync.Mutex
	ended bool // the work returned in time: res is the run's to record
	late  bool // the run stopped waiting: the work records its own result
	res   actionResult
	done  chan struct{}
}

// running is an action still being carried out by a run that stopped waiting for it.
type running struct {
	since time.Time
}

// timed runs work for act, waiting at most ActionTimeout. late is true when the run must go on without it; then,
// if record is not nil, the work records its own result when it ends, and the action stays in s.late until then.
func (s *Service) timed(act dunning.Action, work func() actionResult, record func(actionResult)) (res actionResult, late bool) {
	at := &attempt{done: make(chan struct{})}
	hook := ActionHook // read here, not in the goroutine: a test may change it while a late one still runs
	go func() {
		if hook != nil {
			hook(act)
		}
		r := work()
		at.mu.Lock()
		if !at.late {
			at.res, at.ended = r, true
			at.mu.Unlock()
			close(at.done)
			return
		}
		at.mu.Unlock()
		if record != nil {
			record(r)
			s.lateEnded(act.ID) // only once recorded: a run seeing it gone sees it done in the store
		}
	}()
	timer := time.NewTimer(ActionTimeout)
	defer timer.Stop()
	select {
	case <-at.done:
		return at.res, false
	case <-timer.C:
	}
	at.mu.Lock()
	defer at.mu.Unlock()
	if at.ended { // it ended as the limit passed: recorded by the run, as in time
		return at.res, false
	}
	at.late = true
	if record != nil {
		s.lateStarted(act.ID) // before the work can see late and end
	}
	return actionResult{}, true
}

func (s *Service) lateStarted(id string) {
	s.lateMu.Lock()
	defer s.lateMu.Unlock()
	if s.late == nil {
		s.late = map[string]running{}
	}
	s.late[id] = running{since: s.deps.Clock.Now()}
}

func (s *Service) lateEnded(id string) {
	s.lateMu.Lock()
	defer s.lateMu.Unlock()
	delete(s.late, id)
}

// stillRunning tells whether an earlier run's slow work on this action has not ended yet.
func (s *Service) stillRunning(id string) (running, bool) {
	s.lateMu.Lock()
	defer s.lateMu.Unlock()
	r, ok := s.late[id]
	return r, ok
}

// recordLate records the result of an action that ended after its run stopped waiting: as the run would have,
// once (the store refuses an action recorded already).
func (s *Service) recordLate(act dunning.Action, r actionResult) {
	logErr := func(err error) {
		if err != nil && err != store.ErrAlreadyExecuted && s.deps.Log != nil {
			s.deps.Log.Error("slow chase action", "client", act.ClientName, "step", act.StepName, "err", backend.ErrorMessage(err))
		}
	}
	logErr(r.err)
	changed := r.executed
	if r.skip != nil {
		err := s.deps.Store.ApplyAction(r.skip.Action, r.skip.Records, r.skip.StartsGap)
		logErr(err)
		changed = changed || err == nil
	}
	if q := r.email; q != nil {
		err := s.deps.Store.QueueEmail(q.Action, q.Records, q.StartsGap, q.Message)
		logErr(err)
		if err == nil {
			changed = true // the window's sender takes it on its next pass
			s.deps.Emit(service.EventOutboxUpdated, nil)
		}
	}
	if changed {
		s.deps.Emit(service.EventChaseUpdated, nil)
		s.deps.Emit(service.EventLedgerChanged, nil)
	}
}

func stillPreparing(r running) string {
	return "message encore en préparation depuis " + r.since.In(backend.Paris).Format("15:04") + " (trop long lors d'un passage des relances)"
}

// slowAction describes an action the run did not wait for; since is set when an earlier run's work is still on.
func slowAction(act dunning.Action, since time.Time) SlowAction {
	what := fmt.Sprintf("%s pour %s", act.StepName, act.ClientName)
	if len(act.InvoiceNumbers) > 0 {
		what += " (" + strings.Join(act.InvoiceNumbers, ", ") + ")"
	}
	var msg string
	if since.IsZero() {
		msg = fmt.Sprintf("%s : trop longue, pas faite par ce passage (plus de %s) ; elle sera reprise au prochain passage", what, seconds(ActionTimeout))
	} else {
		msg = fmt.Sprintf("%s : toujours en cours depuis %s (trop longue au passage précédent) ; elle n'est pas relancée en double et sera reprise au prochain passage si elle n'aboutit pas",
			what, since.In(backend.Paris).Format("15:04"))
	}
	return SlowAction{ActionID: act.ID, ClientName: act.ClientName, Step: act.StepName, Channel: string(act.Channel),
		Invoices: orEmpty(act.InvoiceNumbers), Message: msg}
}

// seconds says a duration as people read it: « 60 s », « 0,2 s ».
func seconds(d time.Duration) string {
	if d%time.Second == 0 {
		return fmt.Sprintf("%d s", d/time.Second)
	}
	return strings.Replace(strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.3f", d.Seconds()), "0"), "."), ".", ",", 1) + " s"
}

// StillRunning tells whether an earlier run's slow work on this action goes on, and since when.
func (s *Service) StillRunning(actionID string) (time.Time, bool) {
	r, ok := s.stillRunning(actionID)
	return r.since, ok
}

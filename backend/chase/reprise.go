package chase

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/store"
)

// The reprise (#16 point 10): the first plan after the ledger was first filled (an import or the demo into an empty
// ledger) and after more than store.RepriseAbsenceDays without a run is not a catch-up of every missed step. Each
// client starts at the step its lateness calls for, spread over the next sending days (dunning.PlanReprise), and
// nothing of the chase is carried out until the owner confirms it once: « Confirmer la reprise » on « Aujourd'hui »,
// or `relance run --confirm`. Confirming records the steps passed over and each client's day (store.ConfirmReprise);
// from there the ordinary plan carries on.

// Reprise is the reprise waiting for confirmation.
type Reprise struct {
	Reason     string       // store.RepriseImport, RepriseDemo or RepriseAbsence
	LastRun    backend.Date // for an absence: the last day the chase ran (0 otherwise)
	AbsentDays int          // for an absence: days since then
	Invoices   int
	Passed     int // steps passed over, their date long gone
	// Steps counts the invoices by the step they start at, in the scenarios' order of gravity (most advanced last).
	Steps []StepCount
	// Plan is the reprise planned: its clients, how many a sending day takes, from First to Last, and the actions
	// each day will carry out once confirmed, in date order.
	Plan dunning.Reprise
}

// StepCount is how many invoices start at one step.
type StepCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// RepriseWaiting is the words a run and the command line give an action held by the reprise.
const RepriseWaiting = "reprise à confirmer : rien ne part avant votre confirmation"

// pendingReprise returns the reprise waiting for confirmation, or nil. A chase that has not run for more than
// store.RepriseAbsenceDays gets one; note records it (a run does, the page only shows it).
func (s *Service) pendingReprise(today backend.Date, note bool) (*store.RepriseMark, error) {
	m, found, err := s.deps.Store.RepriseMark()
	if err != nil || found {
		return &m, err
	}
	runs, err := s.deps.Store.ChaseRuns()
	if err != nil || runs.Last == 0 || today.DayNumber()-runs.Last.DayNumber() <= store.RepriseAbsenceDays {
		return nil, err
	}
	m = store.RepriseMark{Since: s.deps.Clock.Now().UTC(), Reason: store.RepriseAbsence, LastRun: runs.Last}
	if note {
		if err := s.deps.Store.MarkReprise(m); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

// reprise returns the waiting reprise and its plan as of today; nil when none waits, or when it takes nothing over
// (nothing is late: the ordinary plan has nothing to flood with), in which case with note the mark is dropped.
func (s *Service) reprise(today backend.Date, note bool) (*store.RepriseMark, *dunning.Reprise, error) {
	m, err := s.pendingReprise(today, note)
	if err != nil || m == nil {
		return nil, nil, err
	}
	in, err := s.input(today, 0)
	if err != nil {
		return nil, nil, err
	}
	perDay, err := s.ports.Messages.DailyCap()
	if err != nil {
		return nil, nil, err
	}
	rp := dunning.PlanReprise(in, perDay)
	if rp.Empty() {
		if note {
			if err := s.deps.Store.DropReprise(); err != nil {
				return nil, nil, err
			}
		}
		return nil, nil, nil
	}
	return m, &rp, nil
}

// heldByReprise refuses to act on a single action while a reprise waits: it is confirmed as a whole, first.
func (s *Service) heldByReprise(today backend.Date) error {
	if m, _, err := s.reprise(today, false); err != nil || m == nil {
		return err
	}
	return backend.Errorf(backend.ECONFLICT, "une reprise attend votre confirmation : confirmez-la sur « Aujourd'hui » (ou relance run --confirm), rien ne part avant")
}

// repriseOf describes the reprise for the page and the command line.
func (s *Service) repriseOf(m *store.RepriseMark, rp *dunning.Reprise) (*Reprise, error) {
	v := &Reprise{Reason: m.Reason, Plan: *rp, Steps: []StepCount{}}
	if m.LastRun != 0 {
		v.LastRun, v.AbsentDays = m.LastRun, rp.Today.DayNumber()-m.LastRun.DayNumber()
	}
	invoices := map[uint64]bool{}
	type rank struct{ offset, n int }
	steps := map[string]*rank{}
	var names []string
	scs, err := s.deps.Store.Scenarios()
	if err != nil {
		return nil, err
	}
	offset := func(stepID string) int {
		for _, sc := range scs {
			for i, st := range sc.Steps {
				if st.ID == stepID {
					return sc.Offset(i)
				}
			}
		}
		return 0
	}
	for _, start := range rp.Starts {
		invoices[start.InvoiceID] = true
		v.Passed += len(start.Passed)
		r := steps[start.StepName]
		if r == nil {
			r = &rank{offset: offset(start.StepID)}
			steps[start.StepName] = r
			names = append(names, start.StepName)
		}
		r.n++
	}
	v.Invoices = len(invoices)
	slices.SortFunc(names, func(x, y string) int {
		return cmp.Or(cmp.Compare(steps[x].offset, steps[y].offset), strings.Compare(x, y))
	})
	for _, n := range names {
		v.Steps = append(v.Steps, StepCount{Name: n, Count: steps[n].n})
	}
	return v, nil
}

// ConfirmReprise records the reprise planned as of today: from there the ordinary plan carries on, each client on
// its day. Without one waiting it is refused (ECONFLICT).
func (s *Service) ConfirmReprise(today backend.Date) (*dunning.Reprise, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, rp, err := s.reprise(today, true)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, backend.Errorf(backend.ECONFLICT, "aucune reprise n'attend de confirmation")
	}
	var invoices []store.RepriseInvoice
	at := map[uint64]int{}
	type clientLine struct {
		day     backend.Date
		steps   []string
		numbers []string
		passed  []string
	}
	clients := map[uint64]*clientLine{}
	var order []uint64
	numbers := map[uint64]string{}
	for _, start := range rp.Starts {
		i, ok := at[start.InvoiceID]
		if !ok {
			invoices = append(invoices, store.RepriseInvoice{InvoiceID: start.InvoiceID})
			i = len(invoices) - 1
			at[start.InvoiceID] = i
		}
		invoices[i].Records = append(invoices[i].Records, start.Records...)
		invoices[i].NotBefore = max(invoices[i].NotBefore, start.NotBefore)
		c := clients[start.ClientID]
		if c == nil {
			c = &clientLine{day: start.NotBefore}
			clients[start.ClientID] = c
			order = append(order, start.ClientID)
		}
		if !slices.Contains(c.steps, start.StepName) {
			c.steps = append(c.steps, start.StepName)
		}
		if _, ok := numbers[start.InvoiceID]; !ok {
			inv, err := s.deps.Store.Invoice(start.InvoiceID)
			if err != nil {
				return nil, err
			}
			numbers[start.InvoiceID] = inv.Number
		}
		if n := numbers[start.InvoiceID]; !slices.Contains(c.numbers, n) {
			c.numbers = append(c.numbers, n)
		}
		for _, p := range start.Passed {
			if !slices.Contains(c.passed, p) {
				c.passed = append(c.passed, p)
			}
		}
	}
	lines := make([]store.RepriseClient, 0, len(order))
	for _, id := range order {
		c := clients[id]
		s := fmt.Sprintf("Reprise confirmée : %s le %s (%s)", quoteAll(c.steps), c.day.French(), strings.Join(c.numbers, ", "))
		if len(c.passed) > 0 {
			s += " ; étapes dépassées, non envoyées : " + quoteAll(c.passed)
		}
		lines = append(lines, store.RepriseClient{ClientID: id, Summary: s})
	}
	summary := fmt.Sprintf("Reprise confirmée : %s, du %s au %s, %d par jour d'envoi au plus",
		backend.CountFR(rp.Clients, "client", "clients"), rp.First.French(), rp.Last.French(), rp.PerDay)
	if err := s.deps.Store.ConfirmReprise(invoices, lines, summary); err != nil {
		return nil, err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	s.deps.Emit(service.EventLedgerChanged, nil)
	return rp, nil
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "« " + n + " »"
	}
	return strings.Join(q, ", ")
}

// closedCatchUps counts the caught-up actions the page may say were missed « while the application was closed »:
// those planned after the last day the chase ran before today, and after the ledger was first filled. Before the
// first run, or for a date before the ledger existed, it was not closed: the invoice was not there yet.
func closedCatchUps(acts []dunning.Action, runs store.ChaseRuns, today backend.Date) int {
	ref := runs.Before(today)
	if ref == 0 {
		return 0
	}
	ref = max(ref, runs.FilledOn)
	n := 0
	for _, a := range acts {
		if a.CaughtUp && a.PlannedFor > ref {
			n++
		}
	}
	return n
}

// todayReprise is the « Aujourd'hui » page while a reprise waits: the reprise to confirm, and what is not the
// chase's to hold (the replies' follow-ups, invoices nearing limitation).
func (s *Service) todayReprise(today backend.Date, m *store.RepriseMark, rp *dunning.Reprise) (Day, error) {
	d := Day{Date: today, Actions: []Planned{}, Notices: []dunning.Notice{}, Upcoming: []Planned{}}
	var err error
	if d.Reprise, err = s.repriseOf(m, rp); err != nil {
		return d, err
	}
	if err := s.warnings(&d.Warnings, d.Actions, today); err != nil {
		return d, err
	}
	lim, err := s.notices(s.ports.Limitation, today)
	d.Notices = append(d.Notices, lim...)
	return d, err
}

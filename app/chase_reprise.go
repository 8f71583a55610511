package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/store"
)

// The reprise (#16 point 10): the first plan after the ledger was first filled (an import or the demo into an empty
// ledger) and after more than store.RepriseAbsenceDays without a run is not a catch-up of every missed step. Each
// client starts at the step its lateness calls for, spread over the next sending days (dunning.PlanReprise), and
// nothing of the chase is carried out until the owner confirms it once: « Confirmer la reprise » on « Aujourd'hui »,
// or `relance run --confirm`. Confirming records the steps passed over and each client's day (store.ConfirmReprise);
// from there the ordinary plan carries on.

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
type RepriseStep struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// RepriseDay is what a day of the reprise carries out.
type RepriseDay struct {
	Date    string       `json:"date"`
	Actions []ActionView `json:"actions"`
}

// repriseWaiting is the words a run and the command line give an action held by the reprise.
const repriseWaiting = "reprise à confirmer : rien ne part avant votre confirmation"

// pendingReprise returns the reprise waiting for confirmation, or nil. A chase that has not run for more than
// store.RepriseAbsenceDays gets one; note records it (a run does, the page only shows it).
func (a *ChaseAPI) pendingReprise(today backend.Date, note bool) (*store.RepriseMark, error) {
	m, found, err := a.env.Store.RepriseMark()
	if err != nil || found {
		return &m, err
	}
	runs, err := a.env.Store.ChaseRuns()
	if err != nil || runs.Last == 0 || today.DayNumber()-runs.Last.DayNumber() <= store.RepriseAbsenceDays {
		return nil, err
	}
	m = store.RepriseMark{Since: a.env.Clock.Now().UTC(), Reason: store.RepriseAbsence, LastRun: runs.Last}
	if note {
		if err := a.env.Store.MarkReprise(m); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

// reprise returns the waiting reprise and its plan as of today; nil when none waits, or when it takes nothing over
// (nothing is late: the ordinary plan has nothing to flood with), in which case with note the mark is dropped.
func (a *ChaseAPI) reprise(today backend.Date, note bool) (*store.RepriseMark, *dunning.Reprise, error) {
	m, err := a.pendingReprise(today, note)
	if err != nil || m == nil {
		return nil, nil, err
	}
	in, err := a.input(today, 0)
	if err != nil {
		return nil, nil, err
	}
	cfg, err := loadMailConfig(a.env)
	if err != nil {
		return nil, nil, err
	}
	rp := dunning.PlanReprise(in, cfg.Settings.DailyCap)
	if rp.Empty() {
		if note {
			if err := a.env.Store.DropReprise(); err != nil {
				return nil, nil, err
			}
		}
		return nil, nil, nil
	}
	return m, &rp, nil
}

// heldByReprise refuses to act on a single action while a reprise waits: it is confirmed as a whole, first.
func (a *ChaseAPI) heldByReprise(today backend.Date) error {
	if m, _, err := a.reprise(today, false); err != nil || m == nil {
		return err
	}
	return backend.Errorf(backend.ECONFLICT, "une reprise attend votre confirmation : confirmez-la sur « Aujourd'hui » (ou relance run --confirm), rien ne part avant")
}

// repriseView describes the reprise for the page.
func (a *ChaseAPI) repriseView(m *store.RepriseMark, rp *dunning.Reprise) (*RepriseView, error) {
	v := &RepriseView{Reason: m.Reason, Clients: rp.Clients, PerDay: rp.PerDay, First: rp.First.String(), Last: rp.Last.String(),
		Steps: []RepriseStep{}, Days: []RepriseDay{}}
	if m.LastRun != 0 {
		v.LastRun, v.AbsentDays = m.LastRun.String(), rp.Today.DayNumber()-m.LastRun.DayNumber()
	}
	invoices := map[uint64]bool{}
	type rank struct{ offset, n int }
	steps := map[string]*rank{}
	var names []string
	scs, err := a.env.Store.Scenarios()
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
	for _, s := range rp.Starts {
		invoices[s.InvoiceID] = true
		v.Passed += len(s.Passed)
		r := steps[s.StepName]
		if r == nil {
			r = &rank{offset: offset(s.StepID)}
			steps[s.StepName] = r
			names = append(names, s.StepName)
		}
		r.n++
	}
	v.Invoices = len(invoices)
	slices.SortFunc(names, func(x, y string) int {
		return cmp.Or(cmp.Compare(steps[x].offset, steps[y].offset), strings.Compare(x, y))
	})
	for _, n := range names {
		v.Steps = append(v.Steps, RepriseStep{Name: n, Count: steps[n].n})
	}
	for _, act := range rp.Actions {
		if len(v.Days) == 0 || v.Days[len(v.Days)-1].Date != act.Date.String() {
			v.Days = append(v.Days, RepriseDay{Date: act.Date.String(), Actions: []ActionView{}})
		}
		d := &v.Days[len(v.Days)-1]
		d.Actions = append(d.Actions, ActionView{Action: act})
	}
	return v, nil
}

// ConfirmReprise confirms the waiting reprise and runs the day: the clients of today go, the others on their day.
func (a *ChaseAPI) ConfirmReprise() (TodayView, error) {
	if _, err := a.confirmReprise(backend.Today(a.env.Clock)); err != nil {
		return TodayView{}, err
	}
	return a.Run()
}

// confirmReprise records the reprise planned as of today. Without one waiting it is refused (ECONFLICT).
func (a *ChaseAPI) confirmReprise(today backend.Date) (*dunning.Reprise, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	m, rp, err := a.reprise(today, true)
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
	for _, s := range rp.Starts {
		i, ok := at[s.InvoiceID]
		if !ok {
			invoices = append(invoices, store.RepriseInvoice{InvoiceID: s.InvoiceID})
			i = len(invoices) - 1
			at[s.InvoiceID] = i
		}
		invoices[i].Records = append(invoices[i].Records, s.Records...)
		invoices[i].NotBefore = max(invoices[i].NotBefore, s.NotBefore)
		c := clients[s.ClientID]
		if c == nil {
			c = &clientLine{day: s.NotBefore}
			clients[s.ClientID] = c
			order = append(order, s.ClientID)
		}
		if !slices.Contains(c.steps, s.StepName) {
			c.steps = append(c.steps, s.StepName)
		}
		if _, ok := numbers[s.InvoiceID]; !ok {
			inv, err := a.env.Store.Invoice(s.InvoiceID)
			if err != nil {
				return nil, err
			}
			numbers[s.InvoiceID] = inv.Number
		}
		if n := numbers[s.InvoiceID]; !slices.Contains(c.numbers, n) {
			c.numbers = append(c.numbers, n)
		}
		for _, p := range s.Passed {
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
		countFR(rp.Clients, "client", "clients"), rp.First.French(), rp.Last.French(), rp.PerDay)
	if err := a.env.Store.ConfirmReprise(invoices, lines, summary); err != nil {
		return nil, err
	}
	a.env.emit(EventChaseUpdated, nil)
	a.env.emit(EventLedgerChanged, nil)
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
func (a *ChaseAPI) todayReprise(today backend.Date, m *store.RepriseMark, rp *dunning.Reprise) (TodayView, error) {
	v := TodayView{Date: today.String(), ToSend: []ActionView{}, ToReview: []ActionView{}, ToCall: []ActionView{},
		Tasks: []ActionView{}, Done: []ActionView{}, Skipped: []ActionView{}, Notices: []dunning.Notice{}, Upcoming: []ActionView{}}
	var err error
	if v.Reprise, err = a.repriseView(m, rp); err != nil {
		return v, err
	}
	if err := a.warnings(&v, today); err != nil {
		return v, err
	}
	lim, err := limitationNotices(a.env, today)
	v.Notices = append(v.Notices, lim...)
	return v, err
}

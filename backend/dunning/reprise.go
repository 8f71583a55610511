package dunning

import (
	"cmp"
	"slices"

	"relance/backend"
)

// A reprise is how the chase takes over a backlog: the first plan after the ledger was first filled (an import or
// the demo into an empty ledger) or after a long absence. Catching up every missed step would send each client the
// first reminder at once, whatever its lateness (« Relance 1 » for an invoice 500 days late) and all on one day.
// Instead, each overdue invoice starts at the step its lateness calls for — the most advanced step whose date has
// come — the steps before it passed over, and the clients are spread over the next sending days at a pace. The
// executor shows the reprise for the owner to confirm once, then records it (Apply says what): from there the
// ordinary plan carries on.

// OutcomeReprise marks the step records of steps a reprise passed over. They place the invoice on its scenario like
// any record, but are not shown back as the day's skipped actions: the reprise said them once, in its own words.
const OutcomeReprise = "reprise"

// RepriseMinPerDay is the pace below which a reprise is not spread: ten messages a day are no flood.
const RepriseMinPerDay = 10

// RepriseStart is where one invoice (or one instalment of its plan) starts in a reprise.
type RepriseStart struct {
	ClientID   uint64
	InvoiceID  uint64
	Instalment int
	StepID     string
	StepName   string   // the step it starts at
	Passed     []string // the names of the steps passed over, in order
	// Records are the passed steps as the executor appends them to the invoice's StepsDone (skipped, dated Today).
	Records []backend.StepRecord
	// NotBefore is the client's day in the reprise: the invoice's next step waits for it.
	NotBefore backend.Date

	ch  backend.Channel
	off int
}

// Reprise is the plan of a takeover.
type Reprise struct {
	Today   backend.Date
	PerDay  int // clients whose chase starts on one sending day
	Clients int // clients with an overdue invoice to take over
	First   backend.Date
	Last    backend.Date // the last day a client starts; zero when there is nothing to take over
	Starts  []RepriseStart
	// Actions are the contacts, calls and tasks from Today to Last, as the plan makes them once the reprise is
	// applied: what will go when.
	Actions []Action
}

// Empty reports whether the reprise takes nothing over.
func (r *Reprise) Empty() bool { return len(r.Starts) == 0 }

// PlanReprise plans the takeover of in.Ledger as of in.Today. dailyCap is the mailbox's daily cap (0: none).
//
// The pace: the clients are spread over the sending days that fall within the minimum gap after the first one, so
// that the reprise is over before any client's next step can come (each client's second contact waits the gap);
// never fewer than RepriseMinPerDay a day, never more than the mailbox's daily cap. Biggest amounts owed go first.
func PlanReprise(in Input, dailyCap int) Reprise {
	r := Reprise{Today: in.Today}
	if in.Today.IsZero() {
		return r
	}
	p := newPlanner(&in)
	p.build()
	type clientStart struct {
		ci     int32
		owed   backend.Cents
		starts []RepriseStart
	}
	byClient := map[int32]*clientStart{}
	var order []*clientStart
	for ui := range p.units {
		u := &p.units[ui]
		c := &p.clients[u.client]
		if u.due >= p.today || u.floor > p.today || p.today >= c.pauseFrom && p.today <= c.pauseUntil || u.halt != "" {
			continue // not late yet, held by a promise, a postponement or a pause, or stopped by a collective proceeding
		}
		steps := u.sc.sc.Steps
		anchor, best := u.prevAnchor, -1
		for k := u.next; k < len(steps); k++ {
			nom := nominal(&steps[k], k, anchor, u.due)
			if nom > p.today {
				break
			}
			anchor = nom
			if steps[k].Anchor != backend.BeforeDue && u.amount >= steps[k].MinAmount {
				best = k
			}
		}
		if best < 0 {
			continue
		}
		st := &steps[best]
		s := RepriseStart{ClientID: c.c.ID, InvoiceID: u.inv.ID, Instalment: int(u.inst), StepID: st.ID, StepName: st.Name,
			ch: st.Channel, off: u.sc.sc.Offset(best)}
		if best > u.next {
			s.Passed, s.Records = make([]string, 0, best-u.next), make([]backend.StepRecord, 0, best-u.next)
		}
		for k := u.next; k < best; k++ {
			pst := &steps[k]
			s.Passed = append(s.Passed, pst.Name)
			s.Records = append(s.Records, backend.StepRecord{StepID: pst.ID, Date: in.Today, Status: backend.StepSkipped,
				ActionID: actionID(c.c.ID, string(pst.Channel), "reprise|"+pst.ID, in.Today), Channel: pst.Channel,
				Instalment: int(u.inst), Outcome: OutcomeReprise})
		}
		cs := byClient[u.client]
		if cs == nil {
			cs = &clientStart{ci: u.client}
			byClient[u.client] = cs
			order = append(order, cs)
		}
		cs.owed += u.amount
		cs.starts = append(cs.starts, s)
	}
	if len(order) == 0 {
		return r
	}
	slices.SortFunc(order, func(a, b *clientStart) int {
		return cmp.Or(cmp.Compare(b.owed, a.owed), cmp.Compare(p.clients[a.ci].c.Code, p.clients[b.ci].c.Code))
	})
	first := p.days.next(p.today)
	spread := 0
	for t := first; t < first+p.gap; t++ {
		if p.days.ok(t) {
			spread++
		}
	}
	n := len(order)
	r.PerDay = max(RepriseMinPerDay, (n+max(spread, 1)-1)/max(spread, 1))
	if dailyCap > 0 {
		r.PerDay = min(r.PerDay, dailyCap)
	}
	r.Clients, r.First = n, first.date()
	total := 0
	for _, cs := range order {
		total += len(cs.starts)
	}
	r.Starts = make([]RepriseStart, 0, total) // one allocation: tens of thousands of starts on a five-year ledger
	t := first
	for i, cs := range order {
		if i > 0 && i%r.PerDay == 0 {
			t = p.days.next(t + 1)
		}
		// One contact on the client's day, on the channel of its most advanced step: invoices that start on another
		// channel (a call beside a notice) follow after the minimum gap, as any next contact would.
		lead := cs.starts[0]
		for _, s := range cs.starts {
			if s.off > lead.off {
				lead = s
			}
		}
		for _, s := range cs.starts {
			s.NotBefore = t.date()
			if s.ch != lead.ch {
				s.NotBefore = p.days.next(t + p.gap).date()
			}
			r.Starts = append(r.Starts, s)
		}
	}
	r.Last = t.date()

	applied := in
	r.Apply(&applied)
	applied.Horizon = int(t - p.today)
	res := Plan(applied)
	r.Actions = make([]Action, 0, len(res.Actions)+len(res.Upcoming))
	for _, list := range [][]Action{res.Actions, res.Upcoming} {
		for _, a := range list {
			if a.Status != Skipped && a.Status != Done {
				r.Actions = append(r.Actions, a)
			}
		}
	}
	return r
}

// Apply writes the reprise into a planner input as the executor records it: the passed steps appended to the
// invoices' StepsDone, the client's day as the invoice's postponement. The input's slices are copied, not changed.
func (r *Reprise) Apply(in *Input) {
	chases := append(make([]backend.InvoiceChase, 0, len(in.InvoiceChases)+len(r.Starts)), in.InvoiceChases...)
	at := make(map[uint64]int, len(chases))
	for i := range chases {
		at[chases[i].InvoiceID] = i
	}
	touched := map[uint64]bool{}
	for _, s := range r.Starts {
		i, ok := at[s.InvoiceID]
		if !ok {
			chases = append(chases, backend.InvoiceChase{InvoiceID: s.InvoiceID})
			i = len(chases) - 1
			at[s.InvoiceID] = i
		}
		c := &chases[i]
		if !touched[s.InvoiceID] {
			c.StepsDone = slices.Clone(c.StepsDone)
			touched[s.InvoiceID] = true
		}
		c.StepsDone = append(c.StepsDone, s.Records...)
		c.PostponedTo = max(c.PostponedTo, s.NotBefore)
	}
	in.InvoiceChases = chases
}

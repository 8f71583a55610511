package dunning

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"

	"relance/backend"
)

// Status is where a planned action stands.
type Status string

const (
	Due         Status = "due"          // goes out on its date
	NeedsReview Status = "needs_review" // waits in « À valider » for the user
	Skipped     Status = "skipped"      // a step passed over, with its reason; the executor records it
	Done        Status = "done"         // already carried out today (read back from the step records)
)

// Input is the ledger snapshot the planner works from. The planner reads it and never modifies it.
type Input struct {
	Today         backend.Date
	Clients       []backend.Client
	Invoices      []backend.Invoice
	InvoiceChases []backend.InvoiceChase // only invoices with a chase state; others start from scratch
	ClientChases  []backend.ClientChase
	Scenarios     []backend.Scenario
	Settings      backend.ChaseSettings
	Horizon       int // days after Today to project into Result.Upcoming (the "tomorrow" view); 0 = none
	// Halts stop a client's chase for the invoices issued up to a day: a collective proceeding opened against it
	// (art. L622-21 Code de commerce). Their steps are skipped with the halt's reason as they come due.
	Halts []Halt
}

// Halt stops the automatic chase of one client's invoices issued on or before Through (the claims born before an
// opening judgment; an invoice with no issue date counts as one). Later invoices are chased as usual.
type Halt struct {
	ClientID uint64       `json:"clientId"`
	Through  backend.Date `json:"through" ts_type:"string"`
	Reason   string       `json:"reason"` // « Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon »
}

// Line is one invoice (or one instalment of its payment plan) in an action.
type Line struct {
	InvoiceID   uint64        `json:"invoiceId"`
	Number      string        `json:"number"`
	Instalment  int           `json:"instalment,omitempty"`  // 1-based instalment of the payment plan; 0 = the invoice
	Instalments int           `json:"instalments,omitempty"` // how many the plan has
	DueDate     backend.Date  `json:"dueDate" ts_type:"string"`
	Amount      backend.Cents `json:"amount"`      // what is owed on it: the remaining amount or the instalment's unpaid part
	DaysOverdue int           `json:"daysOverdue"` // on the action's date; negative before the due date
	ScenarioID  string        `json:"scenarioId"`
	StepID      string        `json:"stepId"` // this invoice's own step (the action uses the most advanced one)
	StepName    string        `json:"stepName"`
	PlannedFor  backend.Date  `json:"plannedFor" ts_type:"string"`
	CaughtUp    bool          `json:"caughtUp"`
	Repeat      bool          `json:"repeat,omitempty"`
	Reason      string        `json:"reason"`
}

// Action is one contact (or task, or skipped step) for one client on one channel on one day.
type Action struct {
	// ID is stable: client, channel and the day the action first became due (or, for a skip, the day it is
	// skipped). Re-planning the same day, or after days off, gives the same ID, so the outbox can refuse a
	// second send and a review decision keeps pointing at it.
	ID             string          `json:"id"`
	Date           backend.Date    `json:"date" ts_type:"string"`
	PlannedFor     backend.Date    `json:"plannedFor" ts_type:"string"` // earliest date a line was due; before Date when caught up
	ClientID       uint64          `json:"clientId"`
	ClientCode     string          `json:"clientCode"`
	ClientName     string          `json:"clientName"`
	InvoiceIDs     []uint64        `json:"invoiceIds"`
	InvoiceNumbers []string        `json:"invoiceNumbers"`
	ScenarioID     string          `json:"scenarioId"`
	StepID         string          `json:"stepId"` // the most advanced step of the lines: its template writes the message
	StepName       string          `json:"stepName"`
	Channel        backend.Channel `json:"channel"`
	Template       string          `json:"template"`
	Tone           string          `json:"tone,omitempty"`
	Attach         []string        `json:"attach,omitempty"`
	Status         Status          `json:"status"`
	Reason         string          `json:"reason"`
	Total          backend.Cents   `json:"total"`
	CaughtUp       bool            `json:"caughtUp"` // should have gone out on an earlier day (the app was not run)
	Repeat         bool            `json:"repeat,omitempty"`
	Lines          []Line          `json:"lines"`
}

// NoticeKind names something the user should know that is not an action.
type NoticeKind string

const (
	PromiseDue      NoticeKind = "promise_due"      // a promised date has come: payment expected within the grace
	PromiseBroken   NoticeKind = "promise_broken"   // grace over, still unpaid: the executor sets Promise.Broken
	PromiseKept     NoticeKind = "promise_kept"     // paid while the promise was open: the executor sets Promise.Kept
	ScenarioMissing NoticeKind = "scenario_missing" // no scenario applies to a client: fix the settings
	// LimitationNear: an unpaid invoice becomes time-barred within 60 days (backend/claimable); set by the app.
	LimitationNear NoticeKind = "limitation_near"
)

// Notice is an item of the « Aujourd'hui » page that is not an action.
type Notice struct {
	Kind          NoticeKind   `json:"kind"`
	Date          backend.Date `json:"date" ts_type:"string"`
	ClientID      uint64       `json:"clientId"`
	ClientCode    string       `json:"clientCode"`
	InvoiceID     uint64       `json:"invoiceId,omitempty"`
	InvoiceNumber string       `json:"invoiceNumber,omitempty"`
	Message       string       `json:"message"`
}

// Result is the plan for a day.
type Result struct {
	Today    backend.Date `json:"today" ts_type:"string"`
	Actions  []Action     `json:"actions"`  // dated Today: due, needs_review, skipped, and done (already executed today)
	Upcoming []Action     `json:"upcoming"` // after Today up to the horizon, assuming every planned action is carried out
	Notices  []Notice     `json:"notices"`
}

// CaughtUp lists today's actions that should have gone out on an earlier day.
func (r *Result) CaughtUp() []Action {
	var out []Action
	for _, a := range r.Actions {
		if a.CaughtUp {
			out = append(out, a)
		}
	}
	return out
}

// LineRecord is the step record to append to one invoice's chase state.
type LineRecord struct {
	InvoiceID uint64             `json:"invoiceId"`
	Record    backend.StepRecord `json:"record"`
}

// Records are what the executor appends to the invoices' StepsDone once the action is carried out (status done)
// or dismissed (skipped). A done contact also sets the client's LastContact to a.Date.
func (a *Action) Records(status backend.StepStatus) []LineRecord {
	out := make([]LineRecord, len(a.Lines))
	for i, l := range a.Lines {
		out[i] = LineRecord{InvoiceID: l.InvoiceID, Record: backend.StepRecord{
			StepID: l.StepID, Date: a.Date, ActionID: a.ID, Status: status, Channel: a.Channel, Instalment: l.Instalment,
		}}
	}
	return out
}

// Plan computes the actions of in.Today and, with in.Horizon > 0, those of the following days. It is pure and
// deterministic: the same input gives the same output, IDs included.
func Plan(in Input) Result {
	if in.Today.IsZero() {
		return Result{Actions: []Action{}, Upcoming: []Action{}, Notices: []Notice{}}
	}
	p := newPlanner(&in)
	p.build()
	p.run(p.today, p.today+day(max(in.Horizon, 0)))
	return p.result()
}

// Next lists the actions of the days after in.Today, up to days ahead (1 = "tomorrow"), as they would go out if
// today's actions are carried out.
func Next(in Input, days int) []Action {
	in.Horizon = days
	return Plan(in).Upcoming
}

// scen is a scenario with what the planner looks up on it.
type scen struct {
	sc        *backend.Scenario
	idx       map[string]int // step ID → position
	lastEmail int            // the step a repetition sends again, -1 for none
}

// unit is what is chased on its own: an invoice, or one instalment of its payment plan.
type unit struct {
	inv         *backend.Invoice
	sc          *scen
	client      int32
	inst, insts int32
	due         day
	amount      backend.Cents
	next        int // the next step to reach; len(Steps) once all are reached
	prevAnchor  day // when step next-1 happened (or was due, when skipped): after_previous counts from it
	lastDone    day // last day a step was carried out for this unit: never two steps the same day
	floor       day // the chase may not act before: promise grace over, postponement, dispute resolution
	promiseDate day // a broken promise's date, said in the first reason after it broke
	debitFailed bool
	finished    bool
	halt        string // the reason its chase is stopped (a collective proceeding); empty when it is not
}

type client struct {
	c           *backend.Client
	lastContact day
	lastTask    day
	pauseFrom   day // a pause may be set ahead (holidays): it holds from pauseFrom (0: at once) to pauseUntil
	pauseUntil  day
	sc          *scen // resolved without the invoice's own choice
	scSet       bool
	missing     bool // ScenarioMissing already said
	units       []int32
}

// cand is a step ready for a unit on the day being planned.
type cand struct {
	unit   int32
	step   int32
	base   day // the earliest day the step could go, before the gap
	repeat bool
	ch     backend.Channel
}

type skipKind uint8

const (
	skipMissed skipKind = iota // a before-due step whose date has passed
	skipLate                   // a before-due step that could only go out after the due date
	skipAmount                 // owed amount below the step's minimum
	skipHalt                   // the client's chase is stopped (Input.Halts)
)

type skipEv struct {
	unit    int32
	step    int32
	kind    skipKind
	planned day
}

// record is a step record dated today, shown back as a done or skipped action.
type record struct {
	client int32
	inv    *backend.Invoice
	rec    *backend.StepRecord
	step   *backend.Step
	sc     *scen
}

type planner struct {
	in      *Input
	days    sendDays
	gap     day
	today   day
	scens   map[string]*scen
	clients []client
	units   []unit
	active  []int32 // clients with units
	todays  []record

	cands []cand
	skips []skipEv

	actions []Action
	notices []Notice
}

func newPlanner(in *Input) *planner {
	return &planner{
		in:    in,
		days:  newSendDays(&in.Settings),
		gap:   day(max(in.Settings.MinGapDays, 1)), // at least a day: one contact day per client at a time
		today: toDay(in.Today),
	}
}

// build indexes the input and turns every chaseable invoice into units.
func (p *planner) build() {
	in := p.in
	p.scens = make(map[string]*scen, len(in.Scenarios))
	for i := range in.Scenarios {
		sc := &in.Scenarios[i]
		s := &scen{sc: sc, idx: make(map[string]int, len(sc.Steps)), lastEmail: -1}
		for k := range sc.Steps {
			s.idx[sc.Steps[k].ID] = k
			// Repeating a before-due step after the due date would make no sense: only later e-mails repeat.
			if sc.Steps[k].Channel == backend.ChannelEmail && sc.Steps[k].Anchor != backend.BeforeDue {
				s.lastEmail = k
			}
		}
		if _, dup := p.scens[sc.ID]; !dup { // first wins, as in the list the user sees
			p.scens[sc.ID] = s
		}
	}

	p.clients = make([]client, len(in.Clients))
	byID := make(map[uint64]int32, len(in.Clients))
	for i := range in.Clients {
		p.clients[i].c = &in.Clients[i]
		byID[in.Clients[i].ID] = int32(i)
	}
	clientChase := make(map[int32]*backend.ClientChase, len(in.ClientChases))
	for i := range in.ClientChases {
		cc := &in.ClientChases[i]
		ci, ok := byID[cc.ClientID]
		if !ok {
			continue
		}
		clientChase[ci] = cc
		c := &p.clients[ci]
		c.lastContact = max(c.lastContact, toDay(cc.LastContact))
		if cc.Pause != nil {
			c.pauseFrom, c.pauseUntil = toDay(cc.Pause.Since), toDay(cc.Pause.Until)
		}
	}
	halts := make(map[int32]*Halt, len(in.Halts))
	for i := range in.Halts {
		if ci, ok := byID[in.Halts[i].ClientID]; ok {
			halts[ci] = &in.Halts[i]
		}
	}
	chases := make(map[uint64]*backend.InvoiceChase, len(in.InvoiceChases))
	for i := range in.InvoiceChases {
		chases[in.InvoiceChases[i].InvoiceID] = &in.InvoiceChases[i]
	}

	counts := make([]int32, len(p.clients))
	p.units = make([]unit, 0, len(in.Invoices)/8)
	for i := range in.Invoices {
		inv := &in.Invoices[i]
		var ch *backend.InvoiceChase
		if len(chases) > 0 {
			ch = chases[inv.ID]
		}
		owed := inv.Remaining()
		if ch == nil && owed <= 0 {
			continue // the common case of a settled invoice: nothing to read, nothing to plan
		}
		ci, ok := byID[inv.ClientID]
		if !ok {
			continue
		}
		c := &p.clients[ci]
		sc := p.clientScenario(ci, clientChase[ci])
		if ch != nil && ch.ScenarioID != "" {
			if s, ok := p.scens[ch.ScenarioID]; ok {
				sc = s
			}
		}
		if ch != nil {
			p.history(ci, inv, ch, sc, owed)
		}
		switch {
		case owed <= 0, inv.Status == backend.StatusPaid, inv.Status == backend.StatusCancelled,
			inv.Status == backend.StatusWrittenOff, inv.DueDate.IsZero(), ch.Disputed():
			continue
		case directDebit(inv, c.c) && (ch == nil || !ch.DebitFailed):
			continue // the bank collects it; only a rejected debit is chased
		case sc == nil:
			if !c.missing {
				c.missing = true
				p.notice(ScenarioMissing, ci, nil, "aucun scénario ne s'applique au client "+c.c.Code+
					" : choisissez un scénario par défaut dans les réglages")
			}
			continue
		case sc.sc.DoNotChase || len(sc.sc.Steps) == 0:
			continue
		}
		u := unit{inv: inv, sc: sc, client: ci, due: toDay(inv.DueDate), amount: owed, prevAnchor: toDay(inv.DueDate)}
		if h := halts[ci]; h != nil && (inv.IssueDate.IsZero() || inv.IssueDate <= h.Through) {
			u.halt = h.Reason
		}
		if ch != nil {
			u.debitFailed = ch.DebitFailed && directDebit(inv, c.c)
			if pr := ch.Promise; pr != nil && !pr.Kept {
				// An open promise holds the chase until the grace is over; the first action after says it broke.
				u.promiseDate = toDay(pr.Until)
				if pr.Open() {
					u.floor = toDay(pr.ResumesOn())
				}
			}
			u.floor = max(u.floor, toDay(ch.PostponedTo))
			if ch.Dispute != nil && ch.Dispute.Resolved {
				u.floor = max(u.floor, toDay(ch.Dispute.ResolvedOn))
			}
		}
		if ch != nil && ch.Plan != nil && len(ch.Plan.Instalments) > 0 {
			unpaid := ch.Plan.Unpaid(owed)
			for k, in := range ch.Plan.Instalments {
				if unpaid[k] <= 0 || in.DueDate.IsZero() {
					continue
				}
				v := u
				v.inst, v.insts = int32(k+1), int32(len(unpaid))
				v.due, v.prevAnchor, v.amount = toDay(in.DueDate), toDay(in.DueDate), unpaid[k]
				p.initUnit(&v, ch.StepsDone)
				p.units = append(p.units, v)
				counts[ci]++
			}
			continue
		}
		if ch != nil {
			p.initUnit(&u, ch.StepsDone)
		}
		p.units = append(p.units, u)
		counts[ci]++
	}

	// One backing array for every client's unit list, in invoice order.
	all := make([]int32, len(p.units))
	off := int32(0)
	for ci := range p.clients {
		if counts[ci] > 0 {
			p.clients[ci].units = all[off : off : off+counts[ci]]
			off += counts[ci]
			p.active = append(p.active, int32(ci))
		}
	}
	for ui := range p.units {
		c := &p.clients[p.units[ui].client]
		c.units = append(c.units, int32(ui))
	}
}

// clientScenario resolves company default < segment < client's choice, once per client. A reference to a deleted
// scenario falls through to the next level rather than stopping the chase.
func (p *planner) clientScenario(ci int32, cc *backend.ClientChase) *scen {
	c := &p.clients[ci]
	if c.scSet {
		return c.sc
	}
	c.scSet = true
	ids := [3]string{p.in.Settings.CompanyDefaultScenarioID, p.in.Settings.SegmentScenario[c.c.Segment], ""}
	if cc != nil {
		ids[2] = cc.ScenarioID
	}
	for k := len(ids) - 1; k >= 0; k-- {
		if s, ok := p.scens[ids[k]]; ok && ids[k] != "" {
			c.sc = s
			break
		}
	}
	return c.sc
}

// directDebit: the invoice's own method wins; an invoice without one follows its client's.
func directDebit(inv *backend.Invoice, c *backend.Client) bool {
	m := inv.PaymentMethod
	if m == "" {
		m = c.PaymentMethod
	}
	return m == "direct_debit"
}

// history reads what the chase state says about the past: contacts (for the gap), today's records (shown back as
// done or skipped actions) and promises to report.
func (p *planner) history(ci int32, inv *backend.Invoice, ch *backend.InvoiceChase, sc *scen, owed backend.Cents) {
	c := &p.clients[ci]
	for i := range ch.StepsDone {
		r := &ch.StepsDone[i]
		var st *backend.Step
		if sc != nil {
			if k, ok := sc.idx[r.StepID]; ok {
				st = &sc.sc.Steps[k]
			}
		}
		chn := r.Channel
		if chn == "" && st != nil {
			chn = st.Channel
		}
		d := toDay(r.Date)
		if r.Status == backend.StepDone {
			if chn.IsContact() && r.Date <= inv.DueDate {
				// A courtesy message, on or before the due date, respects the gap but does not start one: the J-3
				// courtesy e-mail must not hold back the J+1 reminder.
			} else if chn.IsContact() { // unknown channel: counted as a contact, the safe side for the gap
				c.lastContact = max(c.lastContact, d)
			} else {
				c.lastTask = max(c.lastTask, d)
			}
		}
		if d == p.today && r.Outcome != OutcomeReprise {
			p.todays = append(p.todays, record{client: ci, inv: inv, rec: r, step: st, sc: sc})
		}
	}
	pr := ch.Promise
	if !pr.Open() {
		return
	}
	settled := owed <= 0 || inv.Status == backend.StatusPaid
	until, resume := toDay(pr.Until), toDay(pr.ResumesOn())
	switch {
	case settled && inv.Status != backend.StatusCancelled && inv.Status != backend.StatusWrittenOff:
		p.notice(PromiseKept, ci, inv, "promesse tenue : la facture "+inv.Number+" est réglée")
	case settled:
	case p.today >= resume:
		p.notice(PromiseBroken, ci, inv, "promesse non tenue : la facture "+inv.Number+" devait être réglée le "+
			pr.Until.French()+", la relance reprend")
	case p.today >= until:
		p.notice(PromiseDue, ci, inv, "promesse de paiement au "+pr.Until.French()+" pour la facture "+inv.Number+
			" ("+backend.FormatEUR(owed)+") : paiement attendu, la relance reprend le "+pr.ResumesOn().French()+" sinon")
	}
}

// initUnit places a unit on its scenario from the step records: the next step follows the most advanced one
// reached (never skipping ahead); after_previous anchors follow the actual dates of the steps carried out.
func (p *planner) initUnit(u *unit, recs []backend.StepRecord) {
	steps := u.sc.sc.Steps
	var small [16]day
	doneAt := small[:0]
	if len(steps) <= len(small) {
		doneAt = small[:len(steps)]
	} else {
		doneAt = make([]day, len(steps))
	}
	maxIdx := -1
	for i := range recs {
		r := &recs[i]
		if int32(r.Instalment) != u.inst {
			continue
		}
		d := toDay(r.Date)
		if r.Status == backend.StepDone {
			u.lastDone = max(u.lastDone, d)
		}
		k, ok := u.sc.idx[r.StepID]
		if !ok {
			continue
		}
		maxIdx = max(maxIdx, k)
		if r.Status == backend.StepDone && (doneAt[k] == 0 || d < doneAt[k]) {
			doneAt[k] = d
		}
	}
	u.next = maxIdx + 1
	anchor := u.due
	for k := 0; k < u.next; k++ {
		nom := nominal(&steps[k], k, anchor, u.due)
		if doneAt[k] != 0 {
			anchor = doneAt[k]
		} else {
			anchor = nom
		}
	}
	u.prevAnchor = anchor
}

// nominal is the step's own date, before business days, gaps and pauses.
func nominal(st *backend.Step, k int, prevAnchor, due day) day {
	switch st.Anchor {
	case backend.BeforeDue:
		return due - day(st.Days)
	case backend.AfterPrevious:
		if k > 0 {
			return prevAnchor + day(st.Days)
		}
	}
	return due + day(st.Days)
}

// run plans every sending day from..to, applying each day's actions to the working state as if carried out, so
// that later days see them (gap, next step).
func (p *planner) run(from, to day) {
	for t := from; t <= to; t++ {
		if !p.days.ok(t) {
			continue
		}
		prevE := p.days.prev(t)
		for _, ci := range p.active {
			p.planClient(ci, t, prevE)
		}
	}
}

// StartsGap reports whether carrying out the action starts the minimum gap before the client's next contact: a
// contact (e-mail, letter, call, SMS) about at least one invoice already past due. A courtesy message, every line
// on or before its due date, does not. The executor sets ClientChase.LastContact only when this is true.
func (a Action) StartsGap() bool {
	if !a.Channel.IsContact() {
		return false
	}
	for _, l := range a.Lines {
		if a.Date > l.DueDate {
			return true
		}
	}
	return false
}

// courtesyOnly reports whether every line of a group is a courtesy message: sent on or before its due date.
func (p *planner) courtesyOnly(group []cand, t day) bool {
	for _, cd := range group {
		if t > toDay(p.units[cd.unit].inv.DueDate) { // the invoice's own due date, as the history reads it back
			return false
		}
	}
	return true
}

func (p *planner) planClient(ci int32, t, prevE day) {
	c := &p.clients[ci]
	if t >= c.pauseFrom && t <= c.pauseUntil {
		return
	}
	// After a pause, its end is the floor of every step: what waited for it is not a catch-up.
	var resume day
	if t > c.pauseUntil && c.pauseFrom <= c.pauseUntil {
		resume = c.pauseUntil + 1
	}
	var gapFloor day
	if c.lastContact > 0 {
		gapFloor = c.lastContact + p.gap
	}
	p.cands, p.skips = p.cands[:0], p.skips[:0]
	for _, ui := range c.units {
		if u := &p.units[ui]; !u.finished {
			p.walk(ui, u, t, prevE, gapFloor, resume)
		}
	}
	if len(p.skips) > 0 {
		p.emitSkips(ci, t)
	}
	if len(p.cands) == 0 {
		return
	}
	// One action per channel: group the candidates, channel by channel, in a fixed order.
	slices.SortFunc(p.cands, func(a, b cand) int { return cmp.Compare(channelRank(a.ch), channelRank(b.ch)) })
	contacted := false
	for i := 0; i < len(p.cands); {
		j := i + 1
		for j < len(p.cands) && p.cands[j].ch == p.cands[i].ch {
			j++
		}
		group := p.cands[i:j]
		i = j
		contact := group[0].ch.IsContact()
		if contact && t < gapFloor || !contact && t <= c.lastTask {
			continue // too soon after the last contact (or today's tasks): these wait
		}
		p.emit(ci, t, prevE, gapFloor, group)
		contacted = contacted || contact && !p.courtesyOnly(group, t)
		for _, cd := range group {
			u := &p.units[cd.unit]
			u.lastDone = t
			if !cd.repeat {
				u.next++
				u.prevAnchor = t
			}
		}
	}
	if contacted {
		c.lastContact = t
	}
	for _, cd := range p.cands {
		if !cd.ch.IsContact() {
			c.lastTask = t
		}
	}
}

// walk finds the step a unit is ready for on day t, skipping (with a reason) those that must be passed over.
func (p *planner) walk(ui int32, u *unit, t, prevE, gapFloor, resume day) {
	steps := u.sc.sc.Steps
	for {
		if u.next >= len(steps) {
			every, e := u.sc.sc.RepeatLastEmailEveryDays, u.sc.lastEmail
			if every <= 0 || e < 0 {
				u.finished = true
				return
			}
			st := &steps[e]
			if u.amount < st.MinAmount || u.halt != "" {
				u.finished = true // too small to repeat; nothing to say every day about it
				return
			}
			from := u.lastDone
			if from == 0 {
				from = u.prevAnchor
			}
			base := max(from+day(every), u.lastDone+1, u.floor, resume)
			if base <= t {
				p.cands = append(p.cands, cand{unit: ui, step: int32(e), base: base, repeat: true, ch: st.Channel})
			}
			return
		}
		k := u.next
		st := &steps[k]
		base := max(nominal(st, k, u.prevAnchor, u.due), u.lastDone+1, u.floor, resume)
		if base > t {
			return
		}
		if u.halt != "" {
			p.skip(ui, u, k, skipHalt, base)
			continue
		}
		if u.amount < st.MinAmount {
			p.skip(ui, u, k, skipAmount, base)
			continue
		}
		if st.Anchor == backend.BeforeDue {
			adj := base
			if st.Channel.IsContact() {
				adj = max(adj, gapFloor)
			}
			if adj <= prevE {
				p.skip(ui, u, k, skipMissed, p.days.next(adj))
				continue
			}
			send := t
			if adj > t {
				send = p.days.next(adj)
			}
			if send > u.due {
				p.skip(ui, u, k, skipLate, send)
				continue
			}
			if adj > t {
				return // waits for the gap, still in time for the due date
			}
		}
		p.cands = append(p.cands, cand{unit: ui, step: int32(k), base: base, ch: st.Channel})
		return
	}
}

// skip passes a step over on the day planned: a skipped step is no contact, so the next one may follow at once.
// after_previous steps count from the skipped step's own date, as if it had gone out as designed.
func (p *planner) skip(ui int32, u *unit, k int, kind skipKind, planned day) {
	p.skips = append(p.skips, skipEv{unit: ui, step: int32(k), kind: kind, planned: planned})
	u.prevAnchor = nominal(&u.sc.sc.Steps[k], k, u.prevAnchor, u.due)
	u.next++
}

func channelRank(c backend.Channel) int {
	switch c {
	case backend.ChannelEmail:
		return 0
	case backend.ChannelLetter:
		return 1
	case backend.ChannelCall:
		return 2
	case backend.ChannelSMS:
		return 3
	case backend.ChannelTask:
		return 4
	}
	return 5
}

// statusRank orders a client's actions on a channel as they happen: steps passed over first, then what went or goes.
func statusRank(s Status) int {
	switch s {
	case Skipped:
		return 0
	case Done:
		return 1
	case NeedsReview:
		return 2
	}
	return 3
}

// emit builds the action of one client, one channel, one day: every ready invoice is listed, the message uses the
// most advanced step (furthest in its scenario, then latest offset), and any step to review holds the whole action.
func (p *planner) emit(ci int32, t, prevE, gapFloor day, group []cand) {
	c := &p.clients[ci]
	a := Action{
		Date: t.date(), ClientID: c.c.ID, ClientCode: c.c.Code, ClientName: c.c.Name, Channel: group[0].ch,
		Status: Due, Lines: make([]Line, len(group)),
	}
	floor := gapFloor // the ID's date must differ from any earlier action of this client on the channel
	if !a.Channel.IsContact() {
		floor = c.lastTask + 1
	}
	var best *backend.Step
	var bestSc *scen
	bestRank, bestOff := -1, 0
	planned := t
	for i, cd := range group {
		u := &p.units[cd.unit]
		st := &u.sc.sc.Steps[cd.step]
		x := max(cd.base, floor)
		pf := t
		if x <= prevE {
			pf = p.days.next(x)
		}
		planned = min(planned, pf)
		a.Lines[i] = p.line(u, st, t, pf, cd.repeat)
		if st.Review {
			a.Status = NeedsReview
		}
		a.Repeat = a.Repeat || cd.repeat
		// Ties (same rank and offset in two scenarios) go to the smaller scenario ID, so input order never matters.
		rank, off := int(cd.step), u.sc.sc.Offset(int(cd.step))
		if order := cmp.Or(cmp.Compare(rank, bestRank), cmp.Compare(off, bestOff)); best == nil || order > 0 ||
			order == 0 && u.sc.sc.ID < bestSc.sc.ID {
			best, bestSc, bestRank, bestOff = st, u.sc, rank, off
		}
	}
	a.PlannedFor = planned.date()
	a.CaughtUp = planned < t
	a.ScenarioID, a.StepID, a.StepName, a.Template, a.Tone = bestSc.sc.ID, best.ID, best.Name, best.Template, best.Tone
	a.Attach = slices.Clone(best.Attach)
	a.ID = actionID(c.c.ID, string(a.Channel), "send", a.PlannedFor)
	p.finish(&a)
}

// emitSkips turns the day's skipped steps into one skipped action per client and step.
func (p *planner) emitSkips(ci int32, t day) {
	c := &p.clients[ci]
	type key struct {
		sc   *scen
		step int32
	}
	slices.SortStableFunc(p.skips, func(a, b skipEv) int {
		ua, ub := &p.units[a.unit], &p.units[b.unit]
		return cmp.Or(cmp.Compare(ua.sc.sc.ID, ub.sc.sc.ID), cmp.Compare(a.step, b.step))
	})
	for i := 0; i < len(p.skips); {
		k := key{p.units[p.skips[i].unit].sc, p.skips[i].step}
		j := i + 1
		for j < len(p.skips) && (key{p.units[p.skips[j].unit].sc, p.skips[j].step}) == k {
			j++
		}
		st := &k.sc.sc.Steps[k.step]
		a := Action{
			Date: t.date(), PlannedFor: t.date(), ClientID: c.c.ID, ClientCode: c.c.Code, ClientName: c.c.Name,
			ScenarioID: k.sc.sc.ID, StepID: st.ID, StepName: st.Name, Channel: st.Channel, Template: st.Template,
			Tone: st.Tone, Status: Skipped, Lines: make([]Line, 0, j-i),
		}
		for _, ev := range p.skips[i:j] {
			u := &p.units[ev.unit]
			l := p.line(u, st, t, ev.planned, false)
			l.CaughtUp = false
			l.Reason = skipReason(&l, st, ev.kind, u)
			a.Lines = append(a.Lines, l)
		}
		p.finish(&a)
		// Skips are recorded at once and never sent: the day and the invoices identify them.
		var kind strings.Builder
		kind.WriteString("skip|" + k.sc.sc.ID + "|" + st.ID)
		for _, l := range a.Lines {
			kind.WriteString("|" + strconv.FormatUint(l.InvoiceID, 10) + "/" + strconv.Itoa(l.Instalment))
		}
		p.actions[len(p.actions)-1].ID = actionID(c.c.ID, string(st.Channel), kind.String(), a.Date)
		i = j
	}
}

// line describes one unit in an action dated t.
func (p *planner) line(u *unit, st *backend.Step, t, planned day, repeat bool) Line {
	l := Line{
		InvoiceID: u.inv.ID, Number: u.inv.Number, Instalment: int(u.inst), Instalments: int(u.insts),
		DueDate: u.due.date(), Amount: u.amount, DaysOverdue: int(t - u.due), ScenarioID: u.sc.sc.ID,
		StepID: st.ID, StepName: st.Name, PlannedFor: planned.date(), CaughtUp: planned < t, Repeat: repeat,
	}
	l.Reason = lineReason(&l, st, u, repeat, u.sc.sc.RepeatLastEmailEveryDays)
	return l
}

// finish sorts the lines, fills the summary fields and files the action.
func (p *planner) finish(a *Action) {
	slices.SortFunc(a.Lines, func(x, y Line) int {
		return cmp.Or(cmp.Compare(x.DueDate, y.DueDate), cmp.Compare(x.Number, y.Number), cmp.Compare(x.Instalment, y.Instalment))
	})
	a.InvoiceIDs = make([]uint64, 0, len(a.Lines))
	a.InvoiceNumbers = make([]string, 0, len(a.Lines))
	for _, l := range a.Lines {
		a.Total += l.Amount
		// Only instalments can repeat an invoice: the linear search stays off the common path.
		if l.Instalment == 0 || !slices.Contains(a.InvoiceIDs, l.InvoiceID) {
			a.InvoiceIDs = append(a.InvoiceIDs, l.InvoiceID)
			a.InvoiceNumbers = append(a.InvoiceNumbers, l.Number)
		}
	}
	a.Reason = actionReason(a)
	p.actions = append(p.actions, *a)
}

// brokenPromise gives the promised date of a unit whose promise broke and that was not chased since.
func (u *unit) brokenPromise() (backend.Date, bool) {
	if u.promiseDate == 0 || u.lastDone > u.promiseDate {
		return 0, false
	}
	return u.promiseDate.date(), true
}

func (p *planner) notice(kind NoticeKind, ci int32, inv *backend.Invoice, msg string) {
	c := p.clients[ci].c
	n := Notice{Kind: kind, Date: p.in.Today, ClientID: c.ID, ClientCode: c.Code, Message: msg}
	if inv != nil {
		n.InvoiceID, n.InvoiceNumber = inv.ID, inv.Number
	}
	p.notices = append(p.notices, n)
}

// actionID hashes what identifies an action (FNV-1a 64: deterministic, no allocation beyond the string).
func actionID(clientID uint64, channel, kind string, d backend.Date) string {
	h := fnv.New64a()
	var b [8]byte
	for i := range b {
		b[i] = byte(clientID >> (8 * i))
	}
	h.Write(b[:])
	h.Write([]byte("|" + channel + "|" + kind + "|" + d.String()))
	return strconv.FormatUint(h.Sum64()|1<<63, 16) // fixed width: the top bit set gives 16 hex digits
}

// result adds today's records as done or skipped actions, and sorts everything.
func (p *planner) result() Result {
	p.recordActions()
	r := Result{Today: p.in.Today, Actions: []Action{}, Upcoming: []Action{}, Notices: p.notices}
	if r.Notices == nil {
		r.Notices = []Notice{}
	}
	for _, a := range p.actions {
		if toDay(a.Date) == p.today {
			r.Actions = append(r.Actions, a)
		} else {
			r.Upcoming = append(r.Upcoming, a)
		}
	}
	order := func(a, b Action) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ClientCode, b.ClientCode), cmp.Compare(a.ClientID, b.ClientID),
			cmp.Compare(channelRank(a.Channel), channelRank(b.Channel)), cmp.Compare(statusRank(a.Status), statusRank(b.Status)),
			cmp.Compare(a.ID, b.ID))
	}
	slices.SortFunc(r.Actions, order)
	slices.SortFunc(r.Upcoming, order)
	slices.SortFunc(r.Notices, func(a, b Notice) int {
		return cmp.Or(cmp.Compare(a.ClientCode, b.ClientCode), cmp.Compare(a.InvoiceNumber, b.InvoiceNumber), cmp.Compare(a.Kind, b.Kind))
	})
	return r
}

// recordActions shows back today's step records, grouped by the action that wrote them.
func (p *planner) recordActions() {
	if len(p.todays) == 0 {
		return
	}
	type key struct {
		client int32
		id     string
		ch     backend.Channel
		status backend.StepStatus
	}
	// In ledger order, not input order: the step named by a grouped action must not depend on how lists came.
	slices.SortFunc(p.todays, func(a, b record) int {
		return cmp.Or(cmp.Compare(a.inv.Number, b.inv.Number), cmp.Compare(a.rec.Instalment, b.rec.Instalment),
			cmp.Compare(a.rec.StepID, b.rec.StepID))
	})
	groups := map[key][]record{}
	var keys []key
	for _, r := range p.todays {
		chn := r.rec.Channel
		if chn == "" && r.step != nil {
			chn = r.step.Channel
		}
		k := key{r.client, r.rec.ActionID, chn, r.rec.Status}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], r)
	}
	for _, k := range keys {
		c := &p.clients[k.client]
		rs := groups[k]
		a := Action{
			ID: k.id, Date: p.in.Today, PlannedFor: p.in.Today, ClientID: c.c.ID, ClientCode: c.c.Code,
			ClientName: c.c.Name, Channel: k.ch, Status: Done, Lines: make([]Line, 0, len(rs)),
		}
		if k.status == backend.StepSkipped {
			a.Status = Skipped
		}
		if a.ID == "" {
			a.ID = actionID(c.c.ID, string(k.ch), "record|"+string(k.status), a.Date)
		}
		bestRank := -1
		for _, r := range rs {
			l := Line{InvoiceID: r.inv.ID, Number: r.inv.Number, Instalment: r.rec.Instalment, DueDate: r.inv.DueDate,
				Amount: r.inv.Remaining(), DaysOverdue: int(p.today - toDay(r.inv.DueDate)), StepID: r.rec.StepID,
				StepName: r.rec.StepID, PlannedFor: p.in.Today}
			if r.sc != nil {
				l.ScenarioID = r.sc.sc.ID
			}
			if r.step != nil {
				l.StepName = r.step.Name
				if rank := r.sc.idx[r.step.ID]; rank > bestRank {
					bestRank = rank
					a.ScenarioID, a.StepID, a.StepName = r.sc.sc.ID, r.step.ID, r.step.Name
					a.Template, a.Tone, a.Attach = r.step.Template, r.step.Tone, slices.Clone(r.step.Attach)
				}
			}
			l.Reason = doneReason(&l, a.Status)
			a.Lines = append(a.Lines, l)
		}
		if a.StepID == "" {
			a.StepID, a.StepName = a.Lines[0].StepID, a.Lines[0].StepName
		}
		p.finish(&a)
	}
}

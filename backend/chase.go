package backend

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// Chase state: what the store keeps beside the ledger so that the planner knows, per invoice and per client, which
// step was reached and what stops or pauses the chase. The planner only reads it; the executor and the user's
// decisions (dispute, promise, pause, call outcomes) write it.

// PromiseGraceDays is how long after a promised date the chase stays paused, so that a payment made on the day has
// time to reach the bank statement before the promise is called broken.
const PromiseGraceDays = 2

// AnnouncedPaymentDays is how long the chase waits after a client says the payment is made or under way (on the
// phone or by e-mail), while the bank confirms.
const AnnouncedPaymentDays = 5

// DisputeReason is why a client contests an invoice.
type DisputeReason string

const (
	DisputeGoodsNotReceived DisputeReason = "goods_not_received"
	DisputeQuality          DisputeReason = "quality"
	DisputePrice            DisputeReason = "price"
	DisputeNotOrdered       DisputeReason = "not_ordered"
	DisputeOther            DisputeReason = "other"
)

// DisputeReasons maps each reason to its French label.
var DisputeReasons = map[DisputeReason]string{
	DisputeGoodsNotReceived: "Marchandise ou prestation non reçue", DisputeQuality: "Qualité contestée",
	DisputePrice: "Prix contesté", DisputeNotOrdered: "Non commandé", DisputeOther: "Autre",
}

// Dispute stops the chase of an invoice until it is resolved.
type Dispute struct {
	Reason     DisputeReason `json:"reason"`
	Note       string        `json:"note,omitempty"`
	Since      Date          `json:"since" ts_type:"string"`
	Resolved   bool          `json:"resolved"`
	ResolvedOn Date          `json:"resolvedOn,omitempty" ts_type:"string"` // the chase resumes from this day, without catching up
}

// Validate checks a dispute as the user records it.
func (d *Dispute) Validate() error {
	var p Problems
	if _, ok := DisputeReasons[d.Reason]; !ok {
		p.Add("reason", "motif de litige « %s » inconnu : marchandise non reçue, qualité, prix, non commandé ou autre", d.Reason)
	}
	if d.Since.IsZero() {
		p.Add("since", "la date du litige est obligatoire")
	}
	if d.Resolved && !d.ResolvedOn.IsZero() && d.ResolvedOn < d.Since {
		p.Add("resolvedOn", "le litige ne peut pas être résolu (%s) avant d'avoir commencé (%s)", d.ResolvedOn.French(), d.Since.French())
	}
	return p.Err()
}

// Promise is the client's word to pay by a date. The chase pauses until Until + PromiseGraceDays; after that,
// if the invoice is still unpaid, the promise is broken and the chase resumes.
type Promise struct {
	Until  Date   `json:"until" ts_type:"string"`
	Since  Date   `json:"since" ts_type:"string"` // when it was given
	Note   string `json:"note,omitempty"`
	Kept   bool   `json:"kept"`   // set once the invoice was paid in time
	Broken bool   `json:"broken"` // set once the grace ended without payment
}

// Open reports whether the promise still pauses or may still be kept.
func (p *Promise) Open() bool { return p != nil && !p.Kept && !p.Broken }

// ResumesOn is the first day the chase may act again: the day after the grace.
func (p *Promise) ResumesOn() Date { return p.Until.AddDays(PromiseGraceDays + 1) }

// Validate checks a promise as the user records it.
func (p *Promise) Validate() error {
	var pr Problems
	if p.Until.IsZero() {
		pr.Add("until", "la date promise est obligatoire")
	} else if !p.Since.IsZero() && p.Until < p.Since {
		pr.Add("until", "la date promise (%s) précède la date de la promesse (%s)", p.Until.French(), p.Since.French())
	}
	return pr.Err()
}

// Instalment is one payment of a payment plan.
type Instalment struct {
	DueDate Date  `json:"dueDate" ts_type:"string"`
	Amount  Cents `json:"amount"`
}

// PaymentPlan (échéancier) replaces an invoice's due date by instalments, each chased on its own. The plan covers
// the last Total() cents of the invoice: what was paid beyond AmountInclTax - Total() settles the instalments in
// order, so a plan agreed after a part payment still adds up.
type PaymentPlan struct {
	Instalments []Instalment `json:"instalments"`
	AgreedOn    Date         `json:"agreedOn,omitempty" ts_type:"string"`
}

// Total is the sum of the instalments.
func (p *PaymentPlan) Total() Cents {
	var t Cents
	for _, i := range p.Instalments {
		t += i.Amount
	}
	return t
}

// Unpaid is what remains of each instalment for an invoice whose remaining amount is remaining.
func (p *PaymentPlan) Unpaid(remaining Cents) []Cents {
	out := make([]Cents, len(p.Instalments))
	paid := p.Total() - remaining // paid towards the plan, first instalments first
	for k, in := range p.Instalments {
		switch {
		case paid >= in.Amount:
			paid -= in.Amount
		case paid > 0:
			out[k] = in.Amount - paid
			paid = 0
		default:
			out[k] = in.Amount
		}
	}
	return out
}

// Validate checks a plan against the invoice it schedules.
func (p *PaymentPlan) Validate(inv *Invoice) error {
	var pr Problems
	if len(p.Instalments) == 0 {
		pr.Add("instalments", "un échéancier comporte au moins une échéance")
	}
	for k, in := range p.Instalments {
		f := "instalments." + itoa(k) + "."
		if in.DueDate.IsZero() {
			pr.Add(f+"dueDate", "échéance %d : la date est obligatoire", k+1)
		} else if k > 0 && in.DueDate <= p.Instalments[k-1].DueDate {
			pr.Add(f+"dueDate", "échéance %d : le %s doit suivre l'échéance précédente", k+1, in.DueDate.French())
		}
		if in.Amount <= 0 {
			pr.Add(f+"amount", "échéance %d : le montant doit être positif", k+1)
		}
	}
	if inv != nil && p.Total() > inv.AmountInclTax {
		pr.Add("instalments", "les échéances (%s) dépassent le montant de la facture (%s)", FormatEUR(p.Total()), FormatEUR(inv.AmountInclTax))
	}
	return pr.Err()
}

// StepStatus is what became of a step of an invoice's scenario.
type StepStatus string

const (
	StepDone    StepStatus = "done"    // carried out (sent, called, letter produced)
	StepSkipped StepStatus = "skipped" // passed over: courtesy date gone, amount below the step's minimum, user skip
)

// StepRecord is one step reached by an invoice (or by one instalment of its payment plan).
type StepRecord struct {
	StepID     string     `json:"stepId"`
	Date       Date       `json:"date" ts_type:"string"`
	ActionID   string     `json:"actionId,omitempty"`
	Status     StepStatus `json:"status"`
	Channel    Channel    `json:"channel,omitempty"`    // kept so that the gap still counts it if the scenario changes
	Instalment int        `json:"instalment,omitempty"` // 1-based instalment of the payment plan; 0 = the invoice
	Outcome    string     `json:"outcome,omitempty"`    // call outcome: no_answer, voicemail, promise…
}

// InvoiceChase is the chase state of one invoice.
type InvoiceChase struct {
	InvoiceID   uint64       `json:"invoiceId"`
	ScenarioID  string       `json:"scenarioId,omitempty"` // the invoice's own choice, over the client's
	Dispute     *Dispute     `json:"dispute,omitempty"`
	Promise     *Promise     `json:"promise,omitempty"`
	DebitFailed bool         `json:"debitFailed"` // a direct debit was rejected: chase it like any other invoice
	Plan        *PaymentPlan `json:"plan,omitempty"`
	PostponedTo Date         `json:"postponedTo,omitempty" ts_type:"string"` // the user pushed the next step to this day
	// Interruption is the last interruption of the limitation period: it restarts from its date.
	Interruption *LimitationInterruption `json:"interruption,omitempty"`
	StepsDone    []StepRecord            `json:"stepsDone,omitempty"`
	UpdatedAt    time.Time               `json:"updatedAt" ts_type:"string"`
}

// LimitationInterruption records what interrupted an invoice's limitation period: the debtor's acknowledgment of
// the debt (art. 2240 Code civil) or a court request such as an order for payment (art. 2241). A new period of the
// same length runs from On (art. 2231). A formal notice alone does not interrupt it.
type LimitationInterruption struct {
	On     Date   `json:"on" ts_type:"string"`
	Reason string `json:"reason"` // InterruptAcknowledgment or InterruptCourt
	Note   string `json:"note,omitempty"`
}

const (
	InterruptAcknowledgment = "acknowledgment"
	InterruptCourt          = "court"
)

// InterruptionReasons names each reason in French.
var InterruptionReasons = map[string]string{
	InterruptAcknowledgment: "reconnaissance de la dette par le débiteur (art. 2240 du Code civil)",
	InterruptCourt:          "demande en justice, requête en injonction de payer (art. 2241 du Code civil)",
}

// Validate checks an interruption as the user records it.
func (l *LimitationInterruption) Validate(today Date) error {
	var p Problems
	if _, ok := InterruptionReasons[l.Reason]; !ok {
		p.Add("reason", "cause d'interruption « %s » inconnue : reconnaissance de dette ou demande en justice", l.Reason)
	}
	if l.On.IsZero() {
		p.Add("on", "la date de l'interruption est obligatoire")
	} else if l.On > today {
		p.Add("on", "la date de l'interruption (%s) est dans le futur", l.On.French())
	}
	return p.Err()
}

// Disputed reports whether an unresolved dispute stops the chase.
func (c *InvoiceChase) Disputed() bool { return c != nil && c.Dispute != nil && !c.Dispute.Resolved }

// Pause stops every chase of a client until a date (included).
type Pause struct {
	Until  Date   `json:"until" ts_type:"string"`
	Reason string `json:"reason"`
	Since  Date   `json:"since,omitempty" ts_type:"string"`
}

// Validate checks a pause as the user records it.
func (p *Pause) Validate() error {
	var pr Problems
	if p.Until.IsZero() {
		pr.Add("until", "la date de fin de pause est obligatoire")
	} else if !p.Since.IsZero() && p.Until < p.Since {
		pr.Add("until", "la pause ne peut pas finir (%s) avant de commencer (%s)", p.Until.French(), p.Since.French())
	}
	if strings.TrimSpace(p.Reason) == "" {
		pr.Add("reason", "indiquez le motif de la pause")
	}
	return pr.Err()
}

// ClientChase is the chase state of one client.
type ClientChase struct {
	ClientID    uint64    `json:"clientId"`
	ScenarioID  string    `json:"scenarioId,omitempty"` // the client's own choice, over its segment's
	Pause       *Pause    `json:"pause,omitempty"`
	LastContact Date      `json:"lastContact,omitempty" ts_type:"string"` // last day the client was contacted, any invoice
	UpdatedAt   time.Time `json:"updatedAt" ts_type:"string"`
}

// ChaseSettings are the user's chasing preferences.
type ChaseSettings struct {
	MinGapDays int `json:"minGapDays"` // minimum days between two contact days of one client
	// SendStart and SendEnd bound the send window, in minutes after midnight (Paris); Weekdays, indexed by
	// time.Weekday (Sunday = 0), are the days reminders may go out, public holidays excepted.
	SendStart                int               `json:"sendStart"`
	SendEnd                  int               `json:"sendEnd"`
	Weekdays                 [7]bool           `json:"weekdays"`
	AlsaceMoselle            bool              `json:"alsaceMoselle"` // Good Friday and 26 December are holidays too
	CompanyDefaultScenarioID string            `json:"companyDefaultScenarioId"`
	SegmentScenario          map[string]string `json:"segmentScenario"` // segment → scenario ID
	// UndatedPromiseDays is how long the chase waits on a promise to pay given without a date (« je vous règle dès
	// que possible »), once the owner accepts it.
	UndatedPromiseDays int `json:"undatedPromiseDays"`
}

// DefaultUndatedPromiseDays: two weeks, what a client who says « dès que possible » usually needs.
const DefaultUndatedPromiseDays = 14

// DefaultChaseSettings: 5 days between contacts, 9:00–11:00 Monday to Friday, each default segment on the scenario
// of the same name.
func DefaultChaseSettings() ChaseSettings {
	s := ChaseSettings{
		MinGapDays: 5, SendStart: 9 * 60, SendEnd: 11 * 60, UndatedPromiseDays: DefaultUndatedPromiseDays,
		CompanyDefaultScenarioID: ScenarioRegular,
		SegmentScenario: map[string]string{
			"regular": ScenarioRegular, "at-risk": ScenarioAtRisk, "strategic": ScenarioStrategic, "new": ScenarioNew,
		},
	}
	for d := time.Monday; d <= time.Friday; d++ {
		s.Weekdays[d] = true
	}
	return s
}

// Validate checks the settings; scenarios are the known ones, to check the references.
func (s *ChaseSettings) Validate(scenarios []Scenario) error {
	var p Problems
	if s.MinGapDays < 0 || s.MinGapDays > 60 {
		p.Add("minGapDays", "l'écart minimum entre deux contacts doit être compris entre 0 et 60 jours")
	}
	if s.UndatedPromiseDays < 1 || s.UndatedPromiseDays > 90 {
		p.Add("undatedPromiseDays", "l'attente après une promesse sans date doit être comprise entre 1 et 90 jours")
	}
	if s.SendStart < 0 || s.SendEnd > 24*60 || s.SendStart >= s.SendEnd {
		p.Add("sendStart", "plage d'envoi invalide : l'heure de début doit précéder l'heure de fin, dans la même journée")
	}
	some := false
	for _, on := range s.Weekdays {
		some = some || on
	}
	if !some {
		p.Add("weekdays", "cochez au moins un jour d'envoi")
	}
	known := make(map[string]bool, len(scenarios))
	for _, sc := range scenarios {
		known[sc.ID] = true
	}
	if !known[s.CompanyDefaultScenarioID] {
		p.Add("companyDefaultScenarioId", "scénario par défaut « %s » introuvable", s.CompanyDefaultScenarioID)
	}
	for _, seg := range slices.Sorted(maps.Keys(s.SegmentScenario)) { // sorted: messages in a stable order
		if id := s.SegmentScenario[seg]; id != "" && !known[id] {
			p.Add("segmentScenario."+seg, "segment « %s » : scénario « %s » introuvable", seg, id)
		}
	}
	return p.Err()
}

package chase

import (
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/dunning"
	"relance/backend/service"
)

// The states that stop or pause the chase, and the scenarios and rules, as the invoice, client and settings pages
// change them.

// InvoiceState is an invoice's chase: the scenario that applies, its state in words, and its next action.
type InvoiceState struct {
	Chase        backend.InvoiceChase
	ScenarioID   string
	ScenarioName string
	Status       string
	Next         *Planned
}

// ClientState is a client's chase settings and state.
type ClientState struct {
	Chase        backend.ClientChase `json:"chase"`
	ScenarioID   string              `json:"scenarioId"`
	ScenarioName string              `json:"scenarioName"`
}

// Scenarios returns the reminder scenarios.
func (s *Service) Scenarios() ([]backend.Scenario, error) { return s.deps.Store.Scenarios() }

// SaveScenario stores a new or edited scenario and returns them all.
func (s *Service) SaveScenario(sc backend.Scenario) ([]backend.Scenario, error) {
	if err := s.deps.Store.SaveScenario(&sc); err != nil {
		return nil, err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return s.deps.Store.Scenarios()
}

// Settings returns the chase rules.
func (s *Service) Settings() (backend.ChaseSettings, error) { return s.deps.Store.ChaseSettings() }

// SaveSettings stores the chase rules.
func (s *Service) SaveSettings(set backend.ChaseSettings) (backend.ChaseSettings, error) {
	if err := s.deps.Store.SaveChaseSettings(set); err != nil {
		return set, err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return s.deps.Store.ChaseSettings()
}

// EffectiveScenario is the scenario that applies: invoice's choice > client's > segment's > company default.
func EffectiveScenario(scs []backend.Scenario, set backend.ChaseSettings, client backend.Client, cc backend.ClientChase, ic *backend.InvoiceChase) (string, string) {
	id := set.CompanyDefaultScenarioID
	if seg := set.SegmentScenario[client.Segment]; seg != "" {
		id = seg
	}
	if cc.ScenarioID != "" {
		id = cc.ScenarioID
	}
	if ic != nil && ic.ScenarioID != "" {
		id = ic.ScenarioID
	}
	for _, sc := range scs {
		if sc.ID == id {
			return id, sc.Name
		}
	}
	return id, ""
}

// InvoiceChase returns an invoice's chase: the scenario that applies, its state in words, and its next action.
func (s *Service) InvoiceChase(invoiceID uint64) (InvoiceState, error) {
	inv, err := s.deps.Store.Invoice(invoiceID)
	if err != nil {
		return InvoiceState{}, err
	}
	ic, err := s.deps.Store.InvoiceChase(invoiceID)
	if err != nil {
		return InvoiceState{}, err
	}
	client, err := s.deps.Store.Client(inv.ClientID)
	if err != nil {
		return InvoiceState{}, err
	}
	cc, err := s.deps.Store.ClientChase(inv.ClientID)
	if err != nil {
		return InvoiceState{}, err
	}
	scs, err := s.deps.Store.Scenarios()
	if err != nil {
		return InvoiceState{}, err
	}
	set, err := s.deps.Store.ChaseSettings()
	if err != nil {
		return InvoiceState{}, err
	}
	v := InvoiceState{Chase: ic}
	if v.Chase.StepsDone == nil {
		v.Chase.StepsDone = []backend.StepRecord{}
	}
	v.ScenarioID, v.ScenarioName = EffectiveScenario(scs, set, client, cc, &ic)
	today := backend.Today(s.deps.Clock)
	switch {
	case inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff:
		v.Status = "Facture " + backend.InvoiceStatuses[inv.Status] + " : plus de relance."
	case inv.Remaining() == 0:
		v.Status = "Payée : plus de relance."
	case ic.Disputed():
		v.Status = "En litige (" + backend.DisputeReasons[ic.Dispute.Reason] + ") : la relance est suspendue jusqu'à sa résolution."
	case ic.Promise.Open():
		v.Status = "Promesse de paiement au " + ic.Promise.Until.French() + " : la relance reprend le " + ic.Promise.ResumesOn().French() + " sans paiement."
	case cc.Pause != nil && cc.Pause.Until >= today:
		v.Status = "Client en pause jusqu'au " + cc.Pause.Until.French() + " (" + cc.Pause.Reason + ")."
	}
	// While a reprise waits, the next action is the reprise's, held until it is confirmed.
	if m, rp, err := s.reprise(today, false); err != nil {
		return v, err
	} else if m != nil && v.Status == "" {
		for _, act := range rp.Actions {
			if containsID(act.InvoiceIDs, invoiceID) {
				v.Next = &Planned{Action: act, Pending: RepriseWaiting}
				v.Status = "Reprise à confirmer : " + act.StepName + " le " + act.Date.French() + " (" + channelLabel(act.Channel) + "), rien ne part avant votre confirmation sur « Aujourd'hui »."
				return v, nil
			}
		}
	}
	// The next action about this invoice, from the plan of the next 60 days.
	in, err := s.inputFor(today, 60, inv.ClientID)
	if err != nil {
		return v, err
	}
	r := dunning.Plan(in)
	for _, act := range append(r.Actions, r.Upcoming...) {
		if act.Status == dunning.Done || act.Status == dunning.Skipped || !containsID(act.InvoiceIDs, invoiceID) {
			continue
		}
		av, err := s.view(act)
		if err != nil {
			return v, err
		}
		v.Next = &av
		if v.Status == "" {
			v.Status = "Prochaine étape : " + act.StepName + " le " + act.Date.French() + " (" + channelLabel(act.Channel) + ")."
		}
		break
	}
	if v.Status == "" {
		v.Status = "Aucune relance prévue dans les 60 prochains jours."
	}
	return v, nil
}

func containsID(ids []uint64, id uint64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func (s *Service) changeInvoice(invoiceID uint64, summary string, fn func(inv *backend.Invoice, c *backend.InvoiceChase) error) (InvoiceState, error) {
	if _, err := s.deps.Store.UpdateInvoiceChase(invoiceID, summary, fn); err != nil {
		return InvoiceState{}, err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return s.InvoiceChase(invoiceID)
}

// SetInvoiceScenario chooses the invoice's own scenario ("" = the client's).
func (s *Service) SetInvoiceScenario(invoiceID uint64, scenarioID string) (InvoiceState, error) {
	name, err := s.scenarioName(scenarioID)
	if err != nil {
		return InvoiceState{}, err
	}
	return s.changeInvoice(invoiceID, "scénario de relance : "+name, func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		c.ScenarioID = scenarioID
		return nil
	})
}

func (s *Service) scenarioName(id string) (string, error) {
	if id == "" {
		return "celui du client", nil
	}
	scs, err := s.deps.Store.Scenarios()
	if err != nil {
		return "", err
	}
	for _, sc := range scs {
		if sc.ID == id {
			return sc.Name, nil
		}
	}
	return "", &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "scenarioId", Message: "scénario « " + id + " » inconnu"}}}
}

// SetDispute stops the chase of an invoice until the dispute is resolved.
func (s *Service) SetDispute(invoiceID uint64, reason, note string) (InvoiceState, error) {
	d := &backend.Dispute{Reason: backend.DisputeReason(reason), Note: strings.TrimSpace(note), Since: backend.Today(s.deps.Clock)}
	if err := d.Validate(); err != nil {
		return InvoiceState{}, err
	}
	return s.changeInvoice(invoiceID, "litige signalé ("+backend.DisputeReasons[d.Reason]+noteSuffix(d.Note)+"), relance suspendue",
		func(_ *backend.Invoice, c *backend.InvoiceChase) error {
			c.Dispute = d
			return nil
		})
}

// InterruptLimitation records that the invoice's limitation period was interrupted on a date, by the debtor's
// acknowledgment of the debt ("acknowledgment") or a court request ("court"): a new period of the same length runs
// from that date, so the invoice may be claimed again. A formal notice alone does not interrupt limitation.
func (s *Service) InterruptLimitation(invoiceID uint64, on, reason, note string) (InvoiceState, error) {
	today := backend.Today(s.deps.Clock)
	d, err := backend.ParseDate(on)
	if err != nil {
		return InvoiceState{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "on", Message: backend.ErrorMessage(err)}}}
	}
	l := &backend.LimitationInterruption{On: d, Reason: reason, Note: strings.TrimSpace(note)}
	if err := l.Validate(today); err != nil {
		return InvoiceState{}, err
	}
	inv, err := s.deps.Store.Invoice(invoiceID)
	if err != nil {
		return InvoiceState{}, err
	}
	client, err := s.deps.Store.Client(inv.ClientID)
	if err != nil {
		return InvoiceState{}, err
	}
	last := claimable.LastDay(claimable.Start(inv.DueDate, d), client.Type == backend.Consumer)
	return s.changeInvoice(invoiceID, "prescription interrompue le "+d.French()+" ("+backend.InterruptionReasons[reason]+noteSuffix(l.Note)+
		") : nouveau délai jusqu'au "+last.French(), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		c.Interruption = l
		return nil
	})
}

// ResolveDispute lets the chase resume from today (without catching up the time spent in dispute).
func (s *Service) ResolveDispute(invoiceID uint64) (InvoiceState, error) {
	return s.changeInvoice(invoiceID, "litige résolu, la relance reprend", func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		if !c.Disputed() {
			return backend.Errorf(backend.EINVALID, "cette facture n'est pas en litige")
		}
		c.Dispute.Resolved, c.Dispute.ResolvedOn = true, backend.Today(s.deps.Clock)
		return nil
	})
}

// SetPromise records a promise to pay by a date: the chase pauses until then plus a grace of two days.
func (s *Service) SetPromise(invoiceID uint64, until, note string) (InvoiceState, error) {
	today := backend.Today(s.deps.Clock)
	d, err := backend.ParseDate(until)
	if err != nil || d < today {
		return InvoiceState{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "until", Message: "indiquez la date promise, aujourd'hui ou plus tard"}}}
	}
	p := &backend.Promise{Until: d, Since: today, Note: strings.TrimSpace(note)}
	return s.changeInvoice(invoiceID, "promesse de paiement au "+d.French()+noteSuffix(p.Note), func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		c.Promise = p
		return nil
	})
}

// SetDebitFailed marks a direct debit as rejected (the invoice is then chased like any other) or not.
func (s *Service) SetDebitFailed(invoiceID uint64, failed bool) (InvoiceState, error) {
	summary := "prélèvement rejeté : la facture est relancée"
	if !failed {
		summary = "prélèvement en place : la facture n'est plus relancée"
	}
	return s.changeInvoice(invoiceID, summary, func(_ *backend.Invoice, c *backend.InvoiceChase) error {
		c.DebitFailed = failed
		return nil
	})
}

// ClientChase returns a client's chase settings and state.
func (s *Service) ClientChase(clientID uint64) (ClientState, error) {
	client, err := s.deps.Store.Client(clientID)
	if err != nil {
		return ClientState{}, err
	}
	cc, err := s.deps.Store.ClientChase(clientID)
	if err != nil {
		return ClientState{}, err
	}
	scs, err := s.deps.Store.Scenarios()
	if err != nil {
		return ClientState{}, err
	}
	set, err := s.deps.Store.ChaseSettings()
	if err != nil {
		return ClientState{}, err
	}
	v := ClientState{Chase: cc}
	v.ScenarioID, v.ScenarioName = EffectiveScenario(scs, set, client, cc, nil)
	return v, nil
}

func (s *Service) changeClient(clientID uint64, summary string, fn func(c *backend.ClientChase) error) (ClientState, error) {
	if _, err := s.deps.Store.UpdateClientChase(clientID, summary, fn); err != nil {
		return ClientState{}, err
	}
	s.deps.Emit(service.EventChaseUpdated, nil)
	return s.ClientChase(clientID)
}

// SetClientScenario chooses the client's own scenario ("" = its segment's).
func (s *Service) SetClientScenario(clientID uint64, scenarioID string) (ClientState, error) {
	name, err := s.scenarioName(scenarioID)
	if err != nil {
		return ClientState{}, err
	}
	if scenarioID == "" {
		name = "celui de son segment"
	}
	return s.changeClient(clientID, "Scénario de relance : "+name, func(c *backend.ClientChase) error {
		c.ScenarioID = scenarioID
		return nil
	})
}

// PauseClient holds every reminder to a client until a date.
func (s *Service) PauseClient(clientID uint64, until, reason string) (ClientState, error) {
	today := backend.Today(s.deps.Clock)
	d, err := backend.ParseDate(until)
	if err != nil {
		return ClientState{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "until", Message: backend.ErrorMessage(err)}}}
	}
	p := &backend.Pause{Until: d, Reason: strings.TrimSpace(reason), Since: today}
	if err := p.Validate(); err != nil {
		return ClientState{}, err
	}
	if d < today {
		return ClientState{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "until", Message: "la pause doit durer jusqu'à aujourd'hui au moins"}}}
	}
	return s.changeClient(clientID, "Relances en pause jusqu'au "+d.French()+noteSuffix(p.Reason), func(c *backend.ClientChase) error {
		c.Pause = p
		return nil
	})
}

// ResumeClient ends a client's pause now.
func (s *Service) ResumeClient(clientID uint64) (ClientState, error) {
	return s.changeClient(clientID, "Relances reprises", func(c *backend.ClientChase) error {
		c.Pause = nil
		return nil
	})
}

func noteSuffix(note string) string {
	if note == "" {
		return ""
	}
	return " — " + note
}

func channelLabel(c backend.Channel) string {
	for _, ch := range backend.Channels {
		if ch.Channel == c {
			return ch.Label
		}
	}
	return string(c)
}

// SetPaymentPlan replaces the invoice's due date by instalments, each chased on its own; an empty plan removes it.
// The instalments must cover what is still owed.
func (s *Service) SetPaymentPlan(invoiceID uint64, plan backend.PaymentPlan) (InvoiceState, error) {
	if len(plan.Instalments) == 0 {
		return s.changeInvoice(invoiceID, "échéancier supprimé", func(_ *backend.Invoice, c *backend.InvoiceChase) error {
			c.Plan = nil
			return nil
		})
	}
	plan.AgreedOn = backend.Today(s.deps.Clock)
	summary := "échéancier accordé : " + strconv.Itoa(len(plan.Instalments)) + " échéances, du " + plan.Instalments[0].DueDate.French() +
		" au " + plan.Instalments[len(plan.Instalments)-1].DueDate.French()
	return s.changeInvoice(invoiceID, summary, func(inv *backend.Invoice, c *backend.InvoiceChase) error {
		if err := plan.Validate(inv); err != nil {
			return err
		}
		if plan.Total() < inv.Remaining() {
			return &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "instalments",
				Message: "les échéances (" + backend.FormatEUR(plan.Total()) + ") ne couvrent pas le reste dû (" + backend.FormatEUR(inv.Remaining()) + ")"}}}
		}
		c.Plan = &plan
		return nil
	})
}

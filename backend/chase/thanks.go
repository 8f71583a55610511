package chase

import (
	"slices"
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/service"
)

// ThankPaid queues the « thanks » message for the invoices a payment settled, when they had been chased (a step
// went out) and their scenario says so. It never fails the payment: a thank-you that cannot be written is logged.
func (s *Service) ThankPaid(p backend.Payment) {
	if err := s.thank(p); err != nil && s.deps.Log != nil {
		s.deps.Log.Warn("thank-you message", "client", p.ClientID, "err", backend.ErrorMessage(err))
	}
}

func (s *Service) thank(p backend.Payment) error {
	mb, why, err := s.ports.Messages.MailReady()
	if err != nil || why != "" {
		return err
	}
	client, err := s.deps.Store.Client(p.ClientID)
	if err != nil {
		return err
	}
	scs, err := s.deps.Store.Scenarios()
	if err != nil {
		return err
	}
	set, err := s.deps.Store.ChaseSettings()
	if err != nil {
		return err
	}
	cc, err := s.deps.Store.ClientChase(p.ClientID)
	if err != nil {
		return err
	}
	var ids []uint64
	var numbers []string
	for _, al := range p.Allocations {
		inv, err := s.deps.Store.Invoice(al.InvoiceID)
		if err != nil {
			return err
		}
		ic, err := s.deps.Store.InvoiceChase(inv.ID)
		if err != nil {
			return err
		}
		id, _ := EffectiveScenario(scs, set, client, cc, &ic)
		k := slices.IndexFunc(scs, func(s backend.Scenario) bool { return s.ID == id })
		chased := slices.ContainsFunc(ic.StepsDone, func(r backend.StepRecord) bool { return r.Status == backend.StepDone })
		if inv.Status == backend.StatusPaid && chased && k >= 0 && scs[k].ThankYou {
			ids, numbers = append(ids, inv.ID), append(numbers, inv.Number)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	c, err := mb.Compose(p.ClientID, ids, "thanks", nil, nil, backend.Today(s.deps.Clock), false)
	if err != nil || c.To == "" || len(c.Problems) > 0 {
		return err // no address or a missing value: no thank-you rather than a clumsy one
	}
	key := make([]string, len(ids))
	for i, id := range ids {
		key[i] = strconv.FormatUint(id, 10)
	}
	m := c.Message("thanks:"+strings.Join(key, ","), p.ClientID, client.Name, ids, numbers, "Remerciement")
	if _, err := s.deps.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		return err
	}
	s.deps.Emit(service.EventOutboxUpdated, nil)
	s.sendSoon()
	return nil
}

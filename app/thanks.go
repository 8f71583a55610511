package app

import (
	"slices"
	"strconv"
	"strings"

	"relance/backend"
)

// thankPaid queues the « thanks » message for the invoices a payment settled, when they had been chased (a step
// went out) and their scenario says so. It never fails the payment: a thank-you that cannot be written is logged.
func (a *ChaseAPI) thankPaid(p backend.Payment) {
	if err := a.thank(p); err != nil && a.env.Log != nil {
		a.env.Log.Warn("thank-you message", "client", p.ClientID, "err", backend.ErrorMessage(err))
	}
}

func (a *ChaseAPI) thank(p backend.Payment) error {
	cfg, why, err := mailReady(a.env)
	if err != nil || why != "" {
		return err
	}
	client, err := a.env.Store.Client(p.ClientID)
	if err != nil {
		return err
	}
	scs, err := a.env.Store.Scenarios()
	if err != nil {
		return err
	}
	set, err := a.env.Store.ChaseSettings()
	if err != nil {
		return err
	}
	cc, err := a.env.Store.ClientChase(p.ClientID)
	if err != nil {
		return err
	}
	var ids []uint64
	var numbers []string
	for _, al := range p.Allocations {
		inv, err := a.env.Store.Invoice(al.InvoiceID)
		if err != nil {
			return err
		}
		ic, err := a.env.Store.InvoiceChase(inv.ID)
		if err != nil {
			return err
		}
		id, _ := effectiveScenario(scs, set, client, cc, &ic)
		k := slices.IndexFunc(scs, func(s backend.Scenario) bool { return s.ID == id })
		chased := slices.ContainsFunc(ic.StepsDone, func(r backend.StepRecord) bool { return r.Status == backend.StepDone })
		if inv.Status == backend.StatusPaid && chased && k >= 0 && scs[k].ThankYou {
			ids, numbers = append(ids, inv.ID), append(numbers, inv.Number)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	c, err := compose(a.env, p.ClientID, ids, "thanks", nil, nil, backend.Today(a.env.Clock), false)
	if err != nil || c.To == "" || len(c.Problems) > 0 {
		return err // no address or a missing value: no thank-you rather than a clumsy one
	}
	key := make([]string, len(ids))
	for i, id := range ids {
		key[i] = strconv.FormatUint(id, 10)
	}
	m := outboxMessage(a.env, cfg, c, "thanks:"+strings.Join(key, ","), p.ClientID, client.Name, ids, numbers, "Remerciement")
	if _, err := a.env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		return err
	}
	a.env.emit(EventOutboxUpdated, nil)
	a.sendSoon()
	return nil
}

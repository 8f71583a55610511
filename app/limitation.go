package app

import (
	"cmp"
	"slices"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/dunning"
)

// limitationNotices are the « Aujourd'hui » and dashboard warnings for the unpaid invoices that become time-barred
// within claimable.WarnDays (5 years for a business, 2 for a consumer, from the due date), soonest first: a notice
// alone does not interrupt limitation, a court request or the debtor's acknowledgment does.
func limitationNotices(env *Env, today backend.Date) ([]dunning.Notice, error) {
	clients, err := env.Store.Clients()
	if err != nil {
		return nil, err
	}
	byID := make(map[uint64]*backend.Client, len(clients))
	for i := range clients {
		byID[clients[i].ID] = &clients[i]
	}
	chases, _, err := env.Store.ChaseState()
	if err != nil {
		return nil, err
	}
	interrupted := map[uint64]backend.Date{}
	for _, c := range chases {
		if c.Interruption != nil {
			interrupted[c.InvoiceID] = c.Interruption.On
		}
	}
	var out []dunning.Notice
	err = env.Store.Invoices(func(inv *backend.Invoice) error {
		c := byID[inv.ClientID]
		if c == nil || inv.Remaining() == 0 {
			return nil
		}
		consumer := c.Type == backend.Consumer
		if last, ok := claimable.NearingBar(claimable.Start(inv.DueDate, interrupted[inv.ID]), consumer, today); ok {
			out = append(out, dunning.Notice{Kind: dunning.LimitationNear, Date: last, ClientID: c.ID, ClientCode: c.Code,
				InvoiceID: inv.ID, InvoiceNumber: inv.Number, Message: claimable.Warning(inv.Number, inv.Remaining(), last, consumer)})
		}
		return nil
	})
	slices.SortFunc(out, func(a, b dunning.Notice) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.InvoiceNumber, b.InvoiceNumber))
	})
	return out, err
}

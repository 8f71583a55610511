package app

import (
	"cmp"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/cash"
	"relance/backend/reconcile"
)

// warnings completes the « Aujourd'hui » page with what to check before chasing: a stale bank statement, money
// received from the clients about to be chased that no invoice accounts for, and the follow-ups of failed e-mails.
func (a *ChaseAPI) warnings(v *TodayView, today backend.Date) error {
	v.Unallocated = []UnallocatedView{}
	defer func() { // the clients come from a map: a stable order for the page
		slices.SortFunc(v.Unallocated, func(x, y UnallocatedView) int {
			return cmp.Or(strings.Compare(x.ClientName, y.ClientName), strings.Compare(x.Date, y.Date), cmp.Compare(x.Amount, y.Amount))
		})
	}()
	var err error
	if v.FollowUps, err = a.env.Store.FollowUps(false); err != nil {
		return err
	}
	chased := map[uint64]string{}
	for _, list := range [][]ActionView{v.ToSend, v.ToReview, v.ToCall} {
		for _, av := range list {
			chased[av.Action.ClientID] = av.Action.ClientName
		}
	}
	if len(chased) == 0 {
		return nil
	}
	if v.BankWarning, err = cash.New(&a.env.Deps, nil).Warning(today); err != nil {
		return err
	}
	if len(chased) > 100 {
		// Many clients: decoding every payment once beats reading each client's through the index.
		if err := a.env.Store.Warm(); err != nil {
			return err
		}
	}
	for id, name := range chased {
		pays, err := a.env.Store.ClientPayments(id)
		if err != nil {
			return err
		}
		for _, p := range pays {
			if left := p.Unallocated(); left > 0 {
				v.Unallocated = append(v.Unallocated, UnallocatedView{ClientID: id, ClientName: name, Amount: left,
					Date: p.Date.String(), Label: p.Reference, Source: "payment"})
			}
		}
	}
	lines, err := a.env.Store.BankLines(backend.BankUnmatched)
	if err != nil || len(lines) == 0 {
		return err
	}
	// An index of the chased clients only: small, and a line that might be theirs is what matters here.
	var rc []reconcile.Client
	var open []reconcile.OpenInvoice
	for id, name := range chased {
		c, err := a.env.Store.Client(id)
		if err != nil {
			return err
		}
		rc = append(rc, reconcile.Client{ID: id, Name: name, Code: c.Code})
		invs, err := a.env.Store.ClientInvoices(id)
		if err != nil {
			return err
		}
		for _, inv := range invs {
			if r := inv.Remaining(); r > 0 {
				open = append(open, reconcile.OpenInvoice{ID: inv.ID, ClientID: id, Number: inv.Number, DueDate: inv.DueDate, Remaining: r})
			}
		}
	}
	ix := reconcile.NewIndex(rc, open)
	for _, l := range lines {
		if l.Amount <= 0 {
			continue
		}
		for _, s := range ix.Suggest(cash.Transaction(l)) {
			if name, ok := chased[s.ClientID]; ok {
				u := UnallocatedView{ClientID: s.ClientID, ClientName: name, Amount: l.Amount,
					Date: l.BookedOn.String(), Label: l.Label, Source: "bank"}
				if !l.IsEuro() {
					u.Currency = l.CurrencyCode()
				}
				v.Unallocated = append(v.Unallocated, u)
				break
			}
		}
	}
	return nil
}

package chase

import (
	"cmp"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/reconcile"
)

// warnings completes the « Aujourd'hui » page with what to check before chasing: a stale bank statement, money
// received from the clients about to be chased that no invoice accounts for, and the follow-ups of failed e-mails.
func (s *Service) warnings(v *Warnings, acts []Planned, today backend.Date) error {
	v.Unallocated = []Unallocated{}
	defer func() { // the clients come from a map: a stable order for the page
		slices.SortFunc(v.Unallocated, func(x, y Unallocated) int {
			return cmp.Or(strings.Compare(x.ClientName, y.ClientName), strings.Compare(x.Date, y.Date), cmp.Compare(x.Amount, y.Amount))
		})
	}()
	var err error
	if v.FollowUps, err = s.deps.Store.FollowUps(false); err != nil {
		return err
	}
	chased := map[uint64]string{}
	for _, p := range acts {
		if l := ListOf(p); l == ToSend || l == ToReview || l == ToCall {
			chased[p.Action.ClientID] = p.Action.ClientName
		}
	}
	if len(chased) == 0 {
		return nil
	}
	if s.ports.BankWarning != nil {
		if v.BankWarning, err = s.ports.BankWarning(today); err != nil {
			return err
		}
	}
	if len(chased) > 100 {
		// Many clients: decoding every payment once beats reading each client's through the index.
		if err := s.deps.Store.Warm(); err != nil {
			return err
		}
	}
	for id, name := range chased {
		pays, err := s.deps.Store.ClientPayments(id)
		if err != nil {
			return err
		}
		for _, p := range pays {
			if left := p.Unallocated(); left > 0 {
				v.Unallocated = append(v.Unallocated, Unallocated{ClientID: id, ClientName: name, Amount: left,
					Date: p.Date.String(), Label: p.Reference, Source: "payment"})
			}
		}
	}
	if s.ports.Transaction == nil {
		return nil
	}
	lines, err := s.deps.Store.BankLines(backend.BankUnmatched)
	if err != nil || len(lines) == 0 {
		return err
	}
	// An index of the chased clients only: small, and a line that might be theirs is what matters here.
	var rc []reconcile.Client
	var open []reconcile.OpenInvoice
	for id, name := range chased {
		c, err := s.deps.Store.Client(id)
		if err != nil {
			return err
		}
		rc = append(rc, reconcile.Client{ID: id, Name: name, Code: c.Code})
		invs, err := s.deps.Store.ClientInvoices(id)
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
		for _, sg := range ix.Suggest(s.ports.Transaction(l)) {
			if name, ok := chased[sg.ClientID]; ok {
				u := Unallocated{ClientID: sg.ClientID, ClientName: name, Amount: l.Amount,
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

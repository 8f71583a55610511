package cash

import (
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/bank"
	"relance/backend/reconcile"
)

// Reconciliation is what the « Rapprochement » page and `relance reconcile` show.
type Reconciliation struct {
	Unmatched []Line // credits waiting, with suggestions
	// Waiting totals the credits waiting per currency (euros first): amounts in CHF are never added to euros.
	Waiting    []backend.CurrencyAmount
	Debits     int    // unmatched debits (not shown: not clients' payments)
	Matched    []Line // the last confirmed
	Ignored    []Line // the last set aside
	LastImport string // the day of the last statement imported, empty when none
	Settings   Settings
}

// Line is a statement line with what it may pay.
type Line struct {
	Line        backend.BankLine
	Suggestions []Suggestion
	ClientName  string // matched lines: who paid
}

// Suggestion is a match proposed for a credit, with the client's names and what each invoice would get.
type Suggestion struct {
	reconcile.Suggestion
	ClientCode, ClientName string
	Invoices               []InvoiceAllocation
	Credit                 backend.Cents // what stays as a credit of the client
}

// InvoiceAllocation is one invoice a payment settles.
type InvoiceAllocation struct {
	InvoiceID uint64        `json:"invoiceId"`
	Number    string        `json:"number"`
	Remaining backend.Cents `json:"remaining"`
	Amount    backend.Cents `json:"amount"`
}

// ledgerIndex is the matching index over the clients and their open invoices.
type ledgerIndex struct {
	ix       *reconcile.Index
	clients  map[uint64]backend.Client
	invoices map[uint64]backend.Invoice
}

func (c *Cash) index() (*ledgerIndex, error) {
	cls, err := c.Store.Clients()
	if err != nil {
		return nil, err
	}
	li := &ledgerIndex{clients: make(map[uint64]backend.Client, len(cls)), invoices: map[uint64]backend.Invoice{}}
	rc := make([]reconcile.Client, len(cls))
	for i, cl := range cls {
		li.clients[cl.ID] = cl
		rc[i] = reconcile.Client{ID: cl.ID, Name: cl.Name, Code: cl.Code}
	}
	var open []reconcile.OpenInvoice
	err = c.Store.Invoices(func(inv *backend.Invoice) error {
		if r := inv.Remaining(); r > 0 {
			li.invoices[inv.ID] = *inv
			open = append(open, reconcile.OpenInvoice{ID: inv.ID, ClientID: inv.ClientID, Number: inv.Number, DueDate: inv.DueDate, Remaining: r})
		}
		return nil
	})
	li.ix = reconcile.NewIndex(rc, open)
	return li, err
}

// Transaction is a stored line as the matching reads it.
func Transaction(l backend.BankLine) bank.Transaction {
	return bank.Transaction{Key: l.Key, Account: l.Account, BookedOn: l.BookedOn, ValueDate: l.ValueDate, Amount: l.Amount,
		Currency: l.Currency, Label: l.Label, Reference: l.Reference, Payer: l.Payer}
}

func (li *ledgerIndex) line(l backend.BankLine) Line {
	v := Line{Line: l, Suggestions: []Suggestion{}}
	if l.Status != backend.BankUnmatched {
		v.ClientName = li.clients[l.ClientID].Name
		return v
	}
	for _, s := range li.ix.Suggest(Transaction(l)) {
		cl := li.clients[s.ClientID]
		sv := Suggestion{Suggestion: s, ClientCode: cl.Code, ClientName: cl.Name, Invoices: []InvoiceAllocation{}, Credit: l.Amount}
		for _, al := range s.Allocations {
			inv := li.invoices[al.InvoiceID]
			sv.Invoices = append(sv.Invoices, InvoiceAllocation{InvoiceID: al.InvoiceID, Number: inv.Number, Remaining: inv.Remaining(), Amount: al.Amount})
			sv.Credit -= al.Amount
		}
		if !l.IsEuro() {
			sv.Credit = 0 // the line's amount is not euros: what stays as a credit is known once the euros are given
		}
		v.Suggestions = append(v.Suggestions, sv)
	}
	return v
}

// Reconciliation lists the credits waiting with their suggestions, best first, and the last lines confirmed and
// set aside (50 of each).
func (c *Cash) Reconciliation() (Reconciliation, error) {
	r := Reconciliation{Unmatched: []Line{}, Matched: []Line{}, Ignored: []Line{}, Waiting: []backend.CurrencyAmount{}}
	var err error
	if r.Settings, err = c.Settings(); err != nil {
		return r, err
	}
	if last, err := c.Store.LastBankImport(); err != nil {
		return r, err
	} else if !last.IsZero() {
		r.LastImport = backend.DateOf(last).String()
	}
	li, err := c.index()
	if err != nil {
		return r, err
	}
	lines, err := c.Store.BankLines(backend.BankUnmatched, backend.BankMatched, backend.BankIgnored)
	if err != nil {
		return r, err
	}
	for _, l := range lines {
		switch {
		case l.Status == backend.BankMatched && len(r.Matched) < 50:
			r.Matched = append(r.Matched, li.line(l))
		case l.Status == backend.BankIgnored && len(r.Ignored) < 50:
			r.Ignored = append(r.Ignored, Line{Line: l, Suggestions: []Suggestion{}})
		case l.Status == backend.BankUnmatched && l.Amount > 0:
			r.Unmatched = append(r.Unmatched, li.line(l))
			r.Waiting = backend.AddByCurrency(r.Waiting, l.Currency, l.Amount)
		case l.Status == backend.BankUnmatched:
			r.Debits++
		}
	}
	return r, nil
}

// Confirm turns a credit line into a payment of the client, allocated as given (a suggestion as is, or split by
// the user); what is not allocated stays as a credit. euroAmount is for a line in another currency: the euros
// actually received (the allocations are then fitted to it, oldest first); 0 for a line in euros.
func (c *Cash) Confirm(key string, clientID uint64, allocations []backend.Allocation, euroAmount backend.Cents) error {
	l, err := c.Store.BankLine(key)
	if err != nil {
		return err
	}
	if l.Amount <= 0 {
		return backend.Errorf(backend.EINVALID, "l'opération du %s est un débit : ce n'est pas un paiement de client", l.BookedOn.French())
	}
	if _, err := c.Store.Client(clientID); err != nil {
		return err
	}
	p := backend.Payment{ClientID: clientID, Date: l.BookedOn, Amount: l.Amount, Method: "transfer",
		Reference: strings.TrimSpace(l.Label + " " + l.Reference), Currency: backend.EUR}
	if !l.IsEuro() {
		if euroAmount <= 0 {
			return &backend.Error{Code: backend.EINVALID, Message: fmt.Sprintf("l'opération du %s est en %s (%s) : indiquez le montant reçu en euros",
				l.BookedOn.French(), l.CurrencyCode(), backend.FormatMoney(l.Amount, l.Currency)),
				Fields: []backend.FieldError{{Field: "euroAmount", Message: "montant reçu en euros obligatoire"}}}
		}
		if err := backend.CheckAmount("montant reçu en euros", euroAmount); err != nil {
			return err
		}
		p.Amount, p.ReceivedAmount, p.ReceivedCurrency = euroAmount, l.Amount, l.CurrencyCode()
	} else if euroAmount != 0 && euroAmount != l.Amount {
		return backend.Errorf(backend.EINVALID, "l'opération du %s est en euros (%s) : le montant reçu est celui du relevé", l.BookedOn.French(), backend.FormatEUR(l.Amount))
	}
	left := p.Amount
	for _, al := range allocations {
		if !l.IsEuro() {
			al.Amount = min(al.Amount, left) // suggestions allocate what the invoices owe: fit them to the euros received
		}
		if al.Amount > 0 {
			p.Allocations = append(p.Allocations, al)
			left -= al.Amount
		}
	}
	if err := c.Store.ConfirmBankLine(key, &p); err != nil {
		return err
	}
	c.thank(p)
	return nil
}

// Ignore sets a line aside: not a client's payment.
func (c *Cash) Ignore(key, note string) error {
	return c.Store.IgnoreBankLine(key, note)
}

// Reopen takes a confirmed or set-aside line back to the lines waiting: for a confirmed one, the payment recorded
// from it is removed and its invoices are owed (and chased) again.
func (c *Cash) Reopen(key, note string) error {
	return c.Store.ReopenBankLine(key, strings.TrimSpace(note))
}

// AutoConfirmed is what the automatic confirmation did, and what it left for the user.
type AutoConfirmed struct {
	Confirmed  int
	Sum        backend.Cents // euros
	Foreign    int           // credits in another currency, never confirmed automatically
	Currencies []string      // their currencies
}

// AutoConfirm confirms, oldest line first, every suggestion scored at or above reconcile.AutoConfirmScore (an
// invoice number or RF reference in the label) that is first of its line's suggestions and has no rival as sure.
// Credits in another currency are left for the user, who gives the euros received.
func (c *Cash) AutoConfirm() (AutoConfirmed, error) {
	var ac AutoConfirmed
	li, err := c.index()
	if err != nil {
		return ac, err
	}
	lines, err := c.Store.BankLines(backend.BankUnmatched)
	if err != nil {
		return ac, err
	}
	for i := len(lines) - 1; i >= 0; i-- { // oldest first: earlier payments settle earlier invoices
		l := lines[i]
		if l.Amount <= 0 {
			continue
		}
		if !l.IsEuro() { // its amount is not what the invoices owe: the user gives the euros received
			ac.Foreign++
			if !slices.Contains(ac.Currencies, l.CurrencyCode()) {
				ac.Currencies = append(ac.Currencies, l.CurrencyCode())
			}
			continue
		}
		sugg := li.ix.Suggest(Transaction(l))
		if len(sugg) == 0 || sugg[0].Score < reconcile.AutoConfirmScore || len(sugg) > 1 && sugg[1].Score >= reconcile.AutoConfirmScore {
			continue
		}
		if err := c.Confirm(l.Key, sugg[0].ClientID, sugg[0].Allocations, 0); err != nil {
			return ac, fmt.Errorf("opération du %s : %w", l.BookedOn.French(), err)
		}
		ac.Confirmed++
		ac.Sum, _ = ac.Sum.Add(l.Amount)
		if li, err = c.index(); err != nil { // remaining amounts changed
			return ac, err
		}
	}
	return ac, nil
}

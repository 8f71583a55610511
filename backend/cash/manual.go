package cash

import (
	"strings"

	"relance/backend"
)

// Money recorded by hand: a payment received on one invoice, a client's payment spread over several of its
// invoices (the rest kept as a credit), and credit notes (« avoirs ») that reduce what an invoice owes without
// bringing money.

// InvoicePayment is money received for one invoice. What exceeds the invoice's remaining amount stays as a credit
// of the client.
type InvoicePayment struct {
	InvoiceID uint64        `json:"invoiceId"`
	Date      string        `json:"date"`
	Amount    backend.Cents `json:"amount"`
	Method    string        `json:"method"`
	Reference string        `json:"reference"`
}

// RecordInvoicePayment records a payment received on an invoice.
func (c *Cash) RecordInvoicePayment(r InvoicePayment) error {
	var p backend.Problems
	inv, date, err := c.onInvoice(r.InvoiceID, r.Date, "du paiement", &p)
	if err != nil {
		return err
	}
	if r.Amount <= 0 {
		p.Add("amount", "le montant du paiement doit être positif")
	}
	if err := p.Err(); err != nil {
		return err
	}
	pay := backend.Payment{ClientID: inv.ClientID, Date: date, Amount: r.Amount, Method: r.Method, Reference: r.Reference}
	if alloc := min(r.Amount, inv.Remaining()); alloc > 0 {
		pay.Allocations = []backend.Allocation{{InvoiceID: inv.ID, Amount: alloc}}
	}
	return c.record(pay)
}

// ClientPayment is a payment of a client allocated over some of its invoices.
type ClientPayment struct {
	ClientID    uint64               `json:"clientId"`
	Date        string               `json:"date"`
	Amount      backend.Cents        `json:"amount"`
	Method      string               `json:"method"`
	Reference   string               `json:"reference"`
	Allocations []backend.Allocation `json:"allocations"` // what is not allocated stays as a credit of the client
}

// RecordPayment records a payment received from a client, allocated over its invoices as given.
func (c *Cash) RecordPayment(r ClientPayment) error {
	var p backend.Problems
	date := paymentDate(&p, r.Date, backend.Today(c.Clock), "du paiement")
	if r.Method == backend.MethodCreditNote {
		p.Add("method", "un avoir s'enregistre depuis la facture qu'il réduit")
	}
	if err := p.Err(); err != nil {
		return err
	}
	pay := backend.Payment{ClientID: r.ClientID, Date: date, Amount: r.Amount, Method: r.Method, Reference: strings.TrimSpace(r.Reference)}
	for _, al := range r.Allocations {
		if al.Amount > 0 {
			pay.Allocations = append(pay.Allocations, al)
		}
	}
	return c.record(pay)
}

// record stores a payment and passes it on for the thank-you.
func (c *Cash) record(pay backend.Payment) error {
	if err := c.Store.RecordPayment(&pay); err != nil {
		return err
	}
	c.thank(pay)
	return nil
}

// CreditNote is a credit note reducing what an invoice owes.
type CreditNote struct {
	InvoiceID uint64        `json:"invoiceId"`
	Number    string        `json:"number"` // the credit note's own number (AV-2026-003)
	Date      string        `json:"date"`
	Amount    backend.Cents `json:"amount"`
	Reason    string        `json:"reason"`
}

// RecordCreditNote records a credit note on an invoice: what the invoice owes goes down by its amount (never below
// zero), and no cash is counted as collected. No thank-you: no money came.
func (c *Cash) RecordCreditNote(r CreditNote) error {
	var p backend.Problems
	inv, date, err := c.onInvoice(r.InvoiceID, r.Date, "de l'avoir", &p)
	if err != nil {
		return err
	}
	if strings.TrimSpace(r.Number) == "" {
		p.Add("number", "indiquez le numéro de l'avoir")
	}
	if r.Amount <= 0 {
		p.Add("amount", "le montant de l'avoir doit être positif")
	} else if r.Amount > inv.Remaining() {
		p.Add("amount", "l'avoir (%s) dépasse ce que la facture doit encore (%s)", backend.FormatEUR(r.Amount), backend.FormatEUR(inv.Remaining()))
	}
	if err := p.Err(); err != nil {
		return err
	}
	ref := "Avoir n° " + strings.TrimSpace(r.Number)
	if reason := strings.TrimSpace(r.Reason); reason != "" {
		ref += " : " + reason
	}
	pay := backend.Payment{ClientID: inv.ClientID, Date: date, Amount: r.Amount, Method: backend.MethodCreditNote, Reference: ref,
		Allocations: []backend.Allocation{{InvoiceID: inv.ID, Amount: r.Amount}}}
	return c.Store.RecordPayment(&pay)
}

// onInvoice reads the invoice money is recorded on, and the date given for it (its problems go to p).
func (c *Cash) onInvoice(id uint64, date, what string, p *backend.Problems) (backend.Invoice, backend.Date, error) {
	inv, err := c.Store.Invoice(id)
	if err != nil {
		return inv, 0, err
	}
	return inv, paymentDate(p, date, backend.Today(c.Clock), what), nil
}

// paymentDate reads the date of money received or credited: a valid date, not in the future; what names it
// ("du paiement", "de l'avoir") in the message.
func paymentDate(p *backend.Problems, s string, today backend.Date, what string) backend.Date {
	date, err := backend.ParseDate(s)
	if err != nil {
		p.Add("date", "%s", backend.ErrorMessage(err))
	} else if date > today {
		p.Add("date", "la date %s ne peut pas être dans le futur : indiquez le jour où il a été reçu ou émis", what)
	}
	return date
}

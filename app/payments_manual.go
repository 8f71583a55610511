package app

import (
	"strings"

	"relance/backend"
)

// Money recorded by hand beyond one invoice: a payment spread over several invoices of a client (the rest kept as a
// credit), and credit notes (« avoirs ») that reduce what an invoice owes without bringing money.

// ClientPaymentRequest is a payment of a client allocated over some of its invoices.
type ClientPaymentRequest struct {
	ClientID    uint64               `json:"clientId"`
	Date        string               `json:"date"`
	Amount      backend.Cents        `json:"amount"`
	Method      string               `json:"method"`
	Reference   string               `json:"reference"`
	Allocations []backend.Allocation `json:"allocations"` // what is not allocated stays as a credit of the client
}

// RecordPayment records a payment received from a client, allocated over its invoices as given.
func (a *ClientsAPI) RecordPayment(r ClientPaymentRequest) (ClientView, error) {
	var p backend.Problems
	date := paymentDate(&p, r.Date, backend.Today(a.env.Clock), "du paiement")
	if r.Method == backend.MethodCreditNote {
		p.Add("method", "un avoir s'enregistre depuis la facture qu'il réduit")
	}
	if err := p.Err(); err != nil {
		return ClientView{}, err
	}
	pay := backend.Payment{ClientID: r.ClientID, Date: date, Amount: r.Amount, Method: r.Method, Reference: strings.TrimSpace(r.Reference)}
	for _, al := range r.Allocations {
		if al.Amount > 0 {
			pay.Allocations = append(pay.Allocations, al)
		}
	}
	if err := a.env.Store.RecordPayment(&pay); err != nil {
		return ClientView{}, err
	}
	if a.chase != nil {
		a.chase.thankPaid(pay)
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(r.ClientID)
}

// CreditNoteRequest is a credit note reducing what an invoice owes.
type CreditNoteRequest struct {
	InvoiceID uint64        `json:"invoiceId"`
	Number    string        `json:"number"` // the credit note's own number (AV-2026-003)
	Date      string        `json:"date"`
	Amount    backend.Cents `json:"amount"`
	Reason    string        `json:"reason"`
}

// RecordCreditNote records a credit note on an invoice: what the invoice owes goes down by its amount (never below
// zero), and no cash is counted as collected.
func (a *InvoicesAPI) RecordCreditNote(r CreditNoteRequest) (InvoiceView, error) {
	inv, err := a.env.Store.Invoice(r.InvoiceID)
	if err != nil {
		return InvoiceView{}, err
	}
	var p backend.Problems
	date := paymentDate(&p, r.Date, backend.Today(a.env.Clock), "de l'avoir")
	if strings.TrimSpace(r.Number) == "" {
		p.Add("number", "indiquez le numéro de l'avoir")
	}
	if r.Amount <= 0 {
		p.Add("amount", "le montant de l'avoir doit être positif")
	} else if r.Amount > inv.Remaining() {
		p.Add("amount", "l'avoir (%s) dépasse ce que la facture doit encore (%s)", backend.FormatEUR(r.Amount), backend.FormatEUR(inv.Remaining()))
	}
	if err := p.Err(); err != nil {
		return InvoiceView{}, err
	}
	ref := "Avoir n° " + strings.TrimSpace(r.Number)
	if reason := strings.TrimSpace(r.Reason); reason != "" {
		ref += " : " + reason
	}
	pay := backend.Payment{ClientID: inv.ClientID, Date: date, Amount: r.Amount, Method: backend.MethodCreditNote, Reference: ref,
		Allocations: []backend.Allocation{{InvoiceID: inv.ID, Amount: r.Amount}}}
	if err := a.env.Store.RecordPayment(&pay); err != nil {
		return InvoiceView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(inv.ID)
}

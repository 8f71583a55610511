package app

import (
	"relance/backend/cash"
)

// Money recorded by hand beyond one invoice: a payment spread over several invoices of a client (the rest kept as a
// credit), and credit notes (« avoirs ») that reduce what an invoice owes without bringing money. The rules are
// backend/cash's.

// ClientPaymentRequest is a payment of a client allocated over some of its invoices.
type ClientPaymentRequest cash.ClientPayment

// RecordPayment records a payment received from a client, allocated over its invoices as given.
func (a *ClientsAPI) RecordPayment(r ClientPaymentRequest) (ClientView, error) {
	if err := cashOps(a.env, a.chase).RecordPayment(cash.ClientPayment(r)); err != nil {
		return ClientView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(r.ClientID)
}

// CreditNoteRequest is a credit note reducing what an invoice owes.
type CreditNoteRequest cash.CreditNote

// RecordCreditNote records a credit note on an invoice: what the invoice owes goes down by its amount (never below
// zero), and no cash is counted as collected.
func (a *InvoicesAPI) RecordCreditNote(r CreditNoteRequest) (InvoiceView, error) {
	if err := cashOps(a.env, a.chase).RecordCreditNote(cash.CreditNote(r)); err != nil {
		return InvoiceView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.Get(r.InvoiceID)
}

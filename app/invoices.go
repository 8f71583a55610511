package app

import (
	"relance/backend"
	"relance/backend/documents"
)

// InvoicesAPI lists, shows and edits invoices.
type InvoicesAPI struct {
	env   *Env
	chase *ChaseAPI // a payment may send the thank-you
}

// PaymentLine is a payment received on an invoice.
type PaymentLine struct {
	Date      string        `json:"date"`
	Amount    backend.Cents `json:"amount"`
	Method    string        `json:"method"`
	Reference string        `json:"reference"`
}

// InvoiceView is an invoice's page.
type InvoiceView struct {
	Invoice     backend.Invoice `json:"invoice"`
	ClientCode  string          `json:"clientCode"`
	ClientName  string          `json:"clientName"`
	ClientPhone string          `json:"clientPhone"` // the billing contact's, else the client's: « Appeler »
	Remaining   backend.Cents   `json:"remaining"`
	DaysOverdue int             `json:"daysOverdue"`
	Payments    []PaymentLine   `json:"payments"`
	Penalty     PenaltyView     `json:"penalty"`
}

// List answers the invoice list.
func (a *InvoicesAPI) List(q backend.InvoiceQuery) (backend.InvoicePage, error) {
	return a.env.Store.ListInvoices(q)
}

// Get returns an invoice's page.
func (a *InvoicesAPI) Get(id uint64) (InvoiceView, error) {
	inv, err := a.env.Store.Invoice(id)
	if err != nil {
		return InvoiceView{}, err
	}
	return a.view(inv)
}

func (a *InvoicesAPI) view(inv backend.Invoice) (InvoiceView, error) {
	c, err := a.env.Store.Client(inv.ClientID)
	if err != nil {
		return InvoiceView{}, err
	}
	v := InvoiceView{Invoice: inv, ClientCode: c.Code, ClientName: c.Name, ClientPhone: c.Phone, Remaining: inv.Remaining(),
		DaysOverdue: inv.DaysOverdue(backend.Today(a.env.Clock)), Payments: []PaymentLine{}}
	if k, ok := c.BillingContact(); ok && k.Phone != "" {
		v.ClientPhone = k.Phone
	}
	pays, err := a.env.Store.ClientPayments(inv.ClientID)
	if err != nil {
		return v, err
	}
	for _, p := range pays {
		for _, al := range p.Allocations {
			if al.InvoiceID == inv.ID {
				v.Payments = append(v.Payments, PaymentLine{Date: p.Date.String(), Amount: al.Amount, Method: p.Method, Reference: p.Reference})
			}
		}
	}
	t, err := a.env.docService().RateTable()
	if err != nil {
		return v, err
	}
	company, err := a.env.Store.Company()
	if err != nil {
		return v, err
	}
	v.Penalty = penaltyView(documents.InvoicePenalty(t, documents.ContractRate(company, &c), &inv, &c, pays, 0, backend.Today(a.env.Clock)))
	return v, nil
}

// Save creates (id 0) or updates an invoice. What was paid comes from payments, not from the form.
func (a *InvoicesAPI) Save(inv backend.Invoice) (InvoiceView, error) {
	if inv.ID != 0 {
		old, err := a.env.Store.Invoice(inv.ID)
		if err != nil {
			return InvoiceView{}, err
		}
		inv.AmountPaid, inv.Itemised, inv.Status, inv.AttachmentPath = old.AmountPaid, old.Itemised, old.Status, old.AttachmentPath
	} else {
		inv.AmountPaid, inv.Itemised, inv.Status = 0, 0, ""
	}
	if err := a.env.Store.SaveInvoice(&inv); err != nil {
		return InvoiceView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.view(inv)
}

// SetStatus cancels, writes off or reopens ("open") an invoice, with the user's note for the journal.
func (a *InvoicesAPI) SetStatus(id uint64, status string, note string) (InvoiceView, error) {
	inv, err := a.env.Store.SetInvoiceStatus(id, backend.InvoiceStatus(status), note)
	if err != nil {
		return InvoiceView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.view(inv)
}

package backend

import (
	"strings"
	"time"
)

// Allocation is the part of a payment that settles one invoice.
type Allocation struct {
	InvoiceID uint64 `json:"invoiceId"`
	Amount    Cents  `json:"amount"`
}

// Payment is money received from a client, allocated to one or more invoices; what is not allocated is a credit.
type Payment struct {
	ID          uint64       `json:"id"`
	ClientID    uint64       `json:"clientId"`
	Date        Date         `json:"date" ts_type:"string"`
	Amount      Cents        `json:"amount"`
	Method      string       `json:"method,omitempty"`
	Reference   string       `json:"reference,omitempty"`
	Allocations []Allocation `json:"allocations,omitempty"`
	CreatedAt   time.Time    `json:"createdAt" ts_type:"string"`
	// Currency is Amount's: always EUR, since payments settle euro invoices; "" in records written before it
	// existed means EUR too (no migration needed).
	Currency string `json:"currency,omitempty"`
	// ReceivedAmount and ReceivedCurrency are what the bank credited when it was in another currency (2 088,00
	// CHF), Amount being the euros actually received, as the user read them on the statement or the bank's notice.
	ReceivedAmount   Cents  `json:"receivedAmount,omitempty"`
	ReceivedCurrency string `json:"receivedCurrency,omitempty"`
}

// MethodCreditNote marks a credit note (« avoir »): it reduces what invoices owe like a payment, but brings no money.
const MethodCreditNote = "credit_note"

// IsCreditNote reports whether the "payment" is a credit note.
func (p *Payment) IsCreditNote() bool { return p.Method == MethodCreditNote }

// Allocated is the sum of the allocations.
func (p *Payment) Allocated() Cents {
	var s Cents
	for _, a := range p.Allocations {
		s += a.Amount
	}
	return s
}

// Unallocated is what no invoice accounts for: an overpayment or an unused credit note, kept as the client's credit.
func (p *Payment) Unallocated() Cents { return max(0, p.Amount-p.Allocated()) }

// Normalize validates a payment.
func (p *Payment) Normalize() error {
	var pr Problems
	if p.Date.IsZero() {
		pr.Add("date", "la date du paiement est obligatoire")
	}
	if p.Amount <= 0 {
		pr.Add("amount", "le montant du paiement doit être positif")
	} else if p.Amount > MaxAmount {
		pr.Add("amount", "montant du paiement trop grand : au plus %s", FormatEUR(MaxAmount))
	}
	for _, a := range p.Allocations {
		if a.Amount <= 0 {
			pr.Add("allocations", "chaque affectation doit être d'un montant positif")
			break
		}
		if a.Amount > MaxAmount {
			pr.Add("allocations", "affectation trop grande : au plus %s", FormatEUR(MaxAmount))
			break
		}
	}
	if p.Allocated() > p.Amount {
		pr.Add("allocations", "les affectations (%s) dépassent le montant du paiement (%s)", FormatEUR(p.Allocated()), FormatEUR(p.Amount))
	}
	if c := CurrencyOrEUR(p.Currency); c != EUR {
		pr.Add("currency", "devise « %s » non prise en charge : un paiement est enregistré en euros (indiquez le montant reçu en euros)", Excerpt(c, 10))
	} else if p.Currency != "" {
		p.Currency = EUR // "" stays: it means EUR
	}
	switch rc := strings.ToUpper(strings.TrimSpace(p.ReceivedCurrency)); {
	case rc == "" && p.ReceivedAmount == 0:
		p.ReceivedCurrency = ""
	case rc == "" || rc == EUR || p.ReceivedAmount <= 0 || p.ReceivedAmount > MaxAmount:
		pr.Add("receivedAmount", "montant reçu en devise invalide")
	default:
		p.ReceivedCurrency = rc
	}
	if m, err := NormalizePaymentMethod(p.Method); err != nil {
		pr.Add("method", "%s", ErrorMessage(err))
	} else {
		p.Method = m
	}
	return pr.Err()
}

package backend

import (
	"strconv"
	"strings"
	"time"
)

// InvoiceStatus is where an invoice stands. Open, partially paid and paid follow from the amount paid; cancelled
// and written off are decisions of the user and are kept as such.
type InvoiceStatus string

const (
	StatusOpen          InvoiceStatus = "open"
	StatusPartiallyPaid InvoiceStatus = "partially_paid"
	StatusPaid          InvoiceStatus = "paid"
	StatusCancelled     InvoiceStatus = "cancelled"
	StatusWrittenOff    InvoiceStatus = "written_off"
)

// InvoiceStatuses lists every status with its French label.
var InvoiceStatuses = map[InvoiceStatus]string{
	StatusOpen: "Ouverte", StatusPartiallyPaid: "Partiellement payée", StatusPaid: "Payée",
	StatusCancelled: "Annulée", StatusWrittenOff: "Passée en perte",
}

// Invoice is a receivable.
type Invoice struct {
	ID            uint64 `json:"id"`
	Number        string `json:"number"`
	ClientID      uint64 `json:"clientId"`
	IssueDate     Date   `json:"issueDate" ts_type:"string"`
	DueDate       Date   `json:"dueDate" ts_type:"string"`
	AmountExclTax Cents  `json:"amountExclTax"`
	VATAmount     Cents  `json:"vatAmount"`
	AmountInclTax Cents  `json:"amountInclTax"`
	Currency      string `json:"currency"`
	AmountPaid    Cents  `json:"amountPaid"`
	// Itemised is the part of AmountPaid that recorded payments account for. An invoice imported as already paid
	// has AmountPaid without payments; importing those payments later itemises it instead of counting it twice.
	Itemised       Cents         `json:"itemised,omitempty"`
	PaymentMethod  string        `json:"paymentMethod,omitempty"`
	OrderReference string        `json:"orderReference,omitempty"`
	AttachmentPath string        `json:"attachmentPath,omitempty"` // the invoice PDF, kept in the data folder
	Status         InvoiceStatus `json:"status"`
	Notes          string        `json:"notes,omitempty"`
	CreatedAt      time.Time     `json:"createdAt" ts_type:"string"`
	UpdatedAt      time.Time     `json:"updatedAt" ts_type:"string"`
}

// Remaining is what the client still owes on the invoice (never negative).
func (i *Invoice) Remaining() Cents {
	if i.Status == StatusCancelled || i.Status == StatusWrittenOff {
		return 0
	}
	if r := i.AmountInclTax - i.AmountPaid; r > 0 {
		return r
	}
	return 0
}

// IsOverdue reports whether something is still owed after the due date.
func (i *Invoice) IsOverdue(today Date) bool { return i.Remaining() > 0 && i.DueDate < today }

// DaysOverdue counts days since the due date (0 when not overdue).
func (i *Invoice) DaysOverdue(today Date) int {
	if !i.IsOverdue(today) {
		return 0
	}
	return i.DueDate.DaysUntil(today)
}

// SettleStatus derives open / partially paid / paid from the amount paid, leaving user decisions alone.
func (i *Invoice) SettleStatus() {
	if i.Status == StatusCancelled || i.Status == StatusWrittenOff {
		return
	}
	switch {
	case i.AmountInclTax > 0 && i.AmountPaid >= i.AmountInclTax:
		i.Status = StatusPaid
	case i.AmountPaid > 0:
		i.Status = StatusPartiallyPaid
	default:
		i.Status = StatusOpen
	}
}

// NormalizeInvoiceNumber trims an invoice number; numbers are the import key and are unique.
func NormalizeInvoiceNumber(s string) string { return strings.TrimSpace(s) }

// Normalize validates an invoice (the client reference and number uniqueness are checked by the store).
func (i *Invoice) Normalize() error {
	var p Problems
	i.Number = NormalizeInvoiceNumber(i.Number)
	if i.Number == "" {
		p.Add("number", "le numéro de facture est obligatoire")
	} else if len(i.Number) > 60 || strings.ContainsAny(i.Number, "|\r\n\t") {
		p.Add("number", "numéro « %s » invalide : 60 caractères au plus, sans | ni retour à la ligne", i.Number)
	}
	if i.IssueDate.IsZero() {
		p.Add("issueDate", "la date de facture est obligatoire")
	}
	if i.DueDate.IsZero() {
		p.Add("dueDate", "la date d'échéance est obligatoire")
	} else if !i.IssueDate.IsZero() && i.DueDate < i.IssueDate {
		p.Add("dueDate", "l'échéance (%s) est antérieure à la date de facture (%s)", i.DueDate.French(), i.IssueDate.French())
	}
	if i.AmountExclTax > MaxAmount || i.VATAmount > MaxAmount || i.AmountInclTax > MaxAmount || i.AmountPaid > MaxAmount {
		p.Add("amountInclTax", "montant trop grand : au plus %s par facture", FormatEUR(MaxAmount))
	} else if i.AmountExclTax < 0 || i.VATAmount < 0 || i.AmountInclTax < 0 {
		p.Add("amountInclTax", "les montants doivent être positifs ou nuls (un avoir se saisit à part)")
	} else if i.AmountExclTax+i.VATAmount != i.AmountInclTax {
		p.Add("amountInclTax", "HT %s + TVA %s = %s, pas %s TTC", FormatEUR(i.AmountExclTax), FormatEUR(i.VATAmount),
			FormatEUR(i.AmountExclTax+i.VATAmount), FormatEUR(i.AmountInclTax))
	}
	if i.AmountPaid < 0 {
		p.Add("amountPaid", "le montant réglé ne peut pas être négatif")
	}
	if i.Itemised > i.AmountPaid {
		i.AmountPaid = i.Itemised // the payments recorded are at least what was paid
	}
	i.Currency = strings.ToUpper(strings.TrimSpace(i.Currency))
	if i.Currency == "" {
		i.Currency = "EUR"
	} else if i.Currency != "EUR" {
		p.Add("currency", "devise « %s » non prise en charge : Relance gère les factures en euros (EUR)", i.Currency)
	}
	if m, err := NormalizePaymentMethod(i.PaymentMethod); err != nil {
		p.Add("paymentMethod", "%s", ErrorMessage(err))
	} else {
		i.PaymentMethod = m
	}
	switch i.Status {
	case "", StatusOpen, StatusPartiallyPaid, StatusPaid, StatusCancelled, StatusWrittenOff:
	default:
		p.Add("status", "statut « %s » inconnu", i.Status)
	}
	i.SettleStatus()
	return p.Err()
}

func itoa(i int) string { return strconv.Itoa(i) }

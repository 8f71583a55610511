package backend

import (
	"strings"
	"time"
)

// BankLineStatus is what became of an imported bank statement line.
type BankLineStatus string

const (
	BankUnmatched BankLineStatus = "unmatched" // waiting: no payment recorded from it yet
	BankMatched   BankLineStatus = "matched"   // a payment was recorded from it
	BankIgnored   BankLineStatus = "ignored"   // not a client's payment (a refund, a transfer between accounts…)
)

// BankLine is one line of an imported bank statement, kept once whatever the number of overlapping imports.
type BankLine struct {
	Key       string `json:"key"` // the bank's id or a hash of the line (see backend/bank)
	Account   string `json:"account"`
	BookedOn  Date   `json:"bookedOn" ts_type:"string"`
	ValueDate Date   `json:"valueDate,omitempty" ts_type:"string"`
	Amount    Cents  `json:"amount"` // positive = money in
	// Currency is the ISO 4217 code of Amount (the statement's: OFX CURDEF/CURRENCY, CAMT Ccy, a CSV column or
	// EUR). Lines stored before it was always set read "" and are euros: the zero value means EUR, so JSON
	// records need no migration. A foreign-currency line never pays a euro invoice by itself (see Payment).
	Currency   string         `json:"currency"`
	Label      string         `json:"label"`
	Reference  string         `json:"reference,omitempty"`
	Payer      string         `json:"payer,omitempty"`
	Source     string         `json:"source"` // the file it first came from
	ImportedAt time.Time      `json:"importedAt" ts_type:"string"`
	Status     BankLineStatus `json:"status"`
	PaymentID  uint64         `json:"paymentId,omitempty"`
	ClientID   uint64         `json:"clientId,omitempty"`
	Note       string         `json:"note,omitempty"`
}

// EUR is the currency of invoices and payments.
const EUR = "EUR"

// CurrencyCode is the line's currency, EUR for a line stored without one.
func (l *BankLine) CurrencyCode() string { return CurrencyOrEUR(l.Currency) }

// IsEuro reports a line in euros: the only ones whose amount can settle an invoice as is.
func (l *BankLine) IsEuro() bool { return l.CurrencyCode() == EUR }

// CurrencyOrEUR is the code in upper case, EUR when empty.
func CurrencyOrEUR(ccy string) string {
	if c := strings.ToUpper(strings.TrimSpace(ccy)); c != "" {
		return c
	}
	return EUR
}

// FormatMoney renders an amount in its currency, in French: "1 234,56 €" for euros, "2 088,00 CHF" otherwise
// (the amount is in hundredths of the currency's unit).
func FormatMoney(c Cents, ccy string) string {
	if ccy = CurrencyOrEUR(ccy); ccy == EUR {
		return FormatEUR(c)
	}
	return FormatNumber(c) + nbsp + ccy
}

// CurrencyAmount is a total in one currency: totals never add amounts of different currencies.
type CurrencyAmount struct {
	Currency string `json:"currency"`
	Amount   Cents  `json:"amount"`
	Count    int    `json:"count"`
}

// AddByCurrency adds an amount to the total of its currency (euros first, then by code as they come).
func AddByCurrency(totals []CurrencyAmount, ccy string, c Cents) []CurrencyAmount {
	ccy = CurrencyOrEUR(ccy)
	for i := range totals {
		if totals[i].Currency == ccy {
			totals[i].Amount, _ = totals[i].Amount.Add(c)
			totals[i].Count++
			return totals
		}
	}
	t := CurrencyAmount{Currency: ccy, Amount: c, Count: 1}
	if ccy == EUR {
		return append([]CurrencyAmount{t}, totals...)
	}
	return append(totals, t)
}

// FormatTotals renders per-currency totals: "3 420,00 € et 2 088,00 CHF".
func FormatTotals(totals []CurrencyAmount) string {
	parts := make([]string, len(totals))
	for i, t := range totals {
		parts[i] = FormatMoney(t.Amount, t.Currency)
	}
	switch len(parts) {
	case 0:
		return FormatEUR(0)
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " et " + parts[len(parts)-1]
}

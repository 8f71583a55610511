package backend

import "time"

// BankLineStatus is what became of an imported bank statement line.
type BankLineStatus string

const (
	BankUnmatched BankLineStatus = "unmatched" // waiting: no payment recorded from it yet
	BankMatched   BankLineStatus = "matched"   // a payment was recorded from it
	BankIgnored   BankLineStatus = "ignored"   // not a client's payment (a refund, a transfer between accounts…)
)

// BankLine is one line of an imported bank statement, kept once whatever the number of overlapping imports.
type BankLine struct {
	Key        string         `json:"key"` // the bank's id or a hash of the line (see backend/bank)
	Account    string         `json:"account"`
	BookedOn   Date           `json:"bookedOn" ts_type:"string"`
	ValueDate  Date           `json:"valueDate,omitempty" ts_type:"string"`
	Amount     Cents          `json:"amount"` // positive = money in
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

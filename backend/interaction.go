package backend

import "time"

// InteractionStatus says whether the user has dealt with a message received from a client.
type InteractionStatus string

const (
	InteractionNew     InteractionStatus = "new"     // « À traiter »: a human reply not yet read
	InteractionHandled InteractionStatus = "handled" // read, decided, or nothing to do (auto-replies)
)

// Interaction is a message received in the watched mailbox: a client's reply, a bounce, an out-of-office, linked
// to its client and invoices, with how it was classified and why.
type Interaction struct {
	ID          uint64    `json:"id"`
	ClientID    uint64    `json:"clientId"` // 0: not linked yet (« Non rattachés »)
	InvoiceIDs  []uint64  `json:"invoiceIds"`
	Folder      string    `json:"folder"`
	UID         uint32    `json:"uid"`
	MessageID   string    `json:"messageId"`
	InReplyTo   string    `json:"inReplyTo,omitempty"`
	FromName    string    `json:"fromName"`
	FromEmail   string    `json:"fromEmail"`
	Subject     string    `json:"subject"`
	ReceivedAt  time.Time `json:"receivedAt" ts_type:"string"`
	Excerpt     string    `json:"excerpt"`
	Attachments []string  `json:"attachments"`
	// Classification: the class (auto_reply, bounce, promise, dispute, paid, copy_request, other), the phrase that
	// decided and the reason in French; the user's correction replaces the class and is kept.
	Class         string        `json:"class"`
	Phrase        string        `json:"phrase"`
	Reason        string        `json:"reason"`
	PromiseDate   Date          `json:"promiseDate,omitempty" ts_type:"string"`
	ReturnDate    Date          `json:"returnDate,omitempty" ts_type:"string"`
	DisputeReason DisputeReason `json:"disputeReason,omitempty"`
	BounceAddress string        `json:"bounceAddress,omitempty"`
	Corrected     bool          `json:"corrected"`
	// Alternative: the second likeliest reading when Relance was unsure, offered in one click (« Plutôt : … ? »),
	// why, and its date when it is a promise. Cleared once the owner has chosen.
	Alternative       string            `json:"alternative,omitempty"`
	AlternativeReason string            `json:"alternativeReason,omitempty"`
	AlternativeDate   Date              `json:"alternativeDate,omitempty" ts_type:"string"`
	LinkedBy          string            `json:"linkedBy"` // reply, address, domain, invoice, user
	LinkReason        string            `json:"linkReason"`
	Status            InteractionStatus `json:"status"`
	Decision          string            `json:"decision,omitempty"` // what the user (or Relance) did about it, in French
	HandledAt         time.Time         `json:"handledAt" ts_type:"string"`
	Problems          []string          `json:"problems,omitempty"` // how odd parts of the message were read
}

// MailboxState is where the watcher stands in one folder: a UIDVALIDITY change means a resync.
type MailboxState struct {
	UIDValidity uint32 `json:"uidValidity"`
	LastUID     uint32 `json:"lastUid"`
	// Retry: messages the server refused to give, asked for again at the next synchronisations.
	Retry []MailboxRetry `json:"retry,omitempty"`
}

// MailboxRetry is a message the server refused: its UID, how many times, and what the server said last.
type MailboxRetry struct {
	UID      uint32 `json:"uid"`
	Attempts int    `json:"attempts"`
	Why      string `json:"why"`
}

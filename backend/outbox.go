package backend

import "time"

// OutboxState is where an outgoing e-mail stands. A message is written as queued before any attempt, marked
// sending (and committed) just before the SMTP conversation, then sent, failed or uncertain. A message found
// "sending" after a crash becomes uncertain: it may have left, so it is never re-sent without the user.
type OutboxState string

const (
	OutboxQueued    OutboxState = "queued"
	OutboxSending   OutboxState = "sending"
	OutboxSent      OutboxState = "sent"
	OutboxFailed    OutboxState = "failed"
	OutboxUncertain OutboxState = "uncertain"
	OutboxCancelled OutboxState = "cancelled"
)

// OutboxStates maps each state to its French label.
var OutboxStates = map[OutboxState]string{
	OutboxQueued: "En attente", OutboxSending: "Envoi en cours", OutboxSent: "Envoyé", OutboxFailed: "Échec",
	OutboxUncertain: "Incertain", OutboxCancelled: "Annulé",
}

// OutboxAttachment is a file joined to an outgoing message, read from the data folder when it is sent.
type OutboxAttachment struct {
	Name        string `json:"name"`
	ContentType string `json:"contentType"`
	File        string `json:"file"` // relative to the data folder
	DocumentID  uint64 `json:"documentId,omitempty"`
}

// OutboxMessage is one e-mail of the outbox, with everything needed to send it again identically.
type OutboxMessage struct {
	ID             uint64             `json:"id"`
	ActionID       string             `json:"actionId"` // unique: the chase action (or manual request) it carries out
	ClientID       uint64             `json:"clientId"`
	ClientName     string             `json:"clientName"`
	InvoiceIDs     []uint64           `json:"invoiceIds"`
	InvoiceNumbers []string           `json:"invoiceNumbers"`
	StepName       string             `json:"stepName"`
	Template       string             `json:"template"`
	MessageID      string             `json:"messageId"`           // <…@sender-domain>, fixed at queueing
	InReplyTo      string             `json:"inReplyTo,omitempty"` // the client's message it answers, if any
	Date           time.Time          `json:"date" ts_type:"string"`
	ToName         string             `json:"toName"`
	To             []string           `json:"to"`
	Subject        string             `json:"subject"`
	Text           string             `json:"text"`
	HTML           string             `json:"html"`
	Attachments    []OutboxAttachment `json:"attachments"`
	State          OutboxState        `json:"state"`
	Attempts       int                `json:"attempts"`
	NextAttempt    time.Time          `json:"nextAttempt" ts_type:"string"`
	ErrorKind      string             `json:"errorKind,omitempty"` // temporary, permanent, uncertain
	LastError      string             `json:"lastError,omitempty"` // in French, for the user
	QueuedAt       time.Time          `json:"queuedAt" ts_type:"string"`
	SentAt         time.Time          `json:"sentAt" ts_type:"string"`
	SentFolder     string             `json:"sentFolder,omitempty"` // where the copy went, once copied
}

// FollowUp is a fallback the user must carry out when an e-mail cannot reach the client (address refused, bounce):
// a call or a letter instead.
type FollowUp struct {
	ID         uint64    `json:"id"`
	ClientID   uint64    `json:"clientId"`
	ClientName string    `json:"clientName"`
	InvoiceIDs []uint64  `json:"invoiceIds"`
	Channel    Channel   `json:"channel"` // call or letter
	Reason     string    `json:"reason"`
	OutboxID   uint64    `json:"outboxId,omitempty"`
	CreatedOn  Date      `json:"createdOn" ts_type:"string"`
	DoneOn     Date      `json:"doneOn,omitempty" ts_type:"string"`
	CreatedAt  time.Time `json:"createdAt" ts_type:"string"`
}

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

// OutboxMessage is one e-mail or SMS of the outbox, with everything needed to send it again identically.
type OutboxMessage struct {
	ID uint64 `json:"id"`
	// Channel is ChannelSMS for a text message; empty (messages written before SMS existed) or ChannelEmail for an
	// e-mail. An SMS keeps its text in Text, its E.164 number in To, its step's name in Subject.
	Channel        Channel            `json:"channel,omitempty"`
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
	// SMS only: the provider's message ID once accepted, the delivery report (pending, delivered, failed) with its
	// reason in French, and the parts billed with their estimated cost.
	ProviderID   string `json:"providerId,omitempty"`
	Delivery     string `json:"delivery,omitempty"`
	DeliveryNote string `json:"deliveryNote,omitempty"`
	Segments     int    `json:"segments,omitempty"`
	Cost         Cents  `json:"cost,omitempty"`
}

// IsSMS reports whether the message is a text message.
func (m *OutboxMessage) IsSMS() bool { return m.Channel == ChannelSMS }

// ChannelName is the message's channel as the command line lists it: email or sms.
func (m *OutboxMessage) ChannelName() string {
	if m.IsSMS() {
		return string(ChannelSMS)
	}
	return string(ChannelEmail)
}

// What names the message in the journal: « l'e-mail « Relance 1 » » or « le SMS « Relance SMS » ».
func (m *OutboxMessage) What() string {
	if m.IsSMS() {
		return "SMS « " + m.Subject + " »"
	}
	return "e-mail « " + m.Subject + " »"
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

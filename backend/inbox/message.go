package inbox

import (
	"time"

	"relance/backend"
)

// Address is a mailbox as written in a header. Email is lower-cased so that it compares with the ledger.
type Address struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Attachment describes a file joined to the message; its content is not kept (only names matter to the rules,
// and the message stays in the mailbox).
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"contentType"`
	Size        int    `json:"size"` // decoded bytes
}

// AutoInfo keeps the headers by which mail software marks automatic messages, as they were, so the user can see
// why a message was taken for an auto-reply. Auto is set when one of them says so.
type AutoInfo struct {
	AutoSubmitted         string `json:"autoSubmitted,omitempty"`
	XAutoreply            string `json:"xAutoreply,omitempty"` // X-Autoreply, or X-Autorespond when that is the one given
	Precedence            string `json:"precedence,omitempty"`
	XAutoResponseSuppress string `json:"xAutoResponseSuppress,omitempty"`
	Auto                  bool   `json:"auto"`
}

// Bounce is what a delivery failure report says about the reminder that did not arrive.
type Bounce struct {
	Recipient         string `json:"recipient"`  // the address that failed, lower-cased
	Status            string `json:"status"`     // enhanced status code, 5.1.1
	Diagnostic        string `json:"diagnostic"` // the remote server's words
	Permanent         bool   `json:"permanent"`  // 5.x.x: the address must be fixed; 4.x.x: it may work later
	OriginalMessageID string `json:"originalMessageId,omitempty"`
}

// Message is an incoming e-mail reduced to what the rules and the user need.
type Message struct {
	MessageID  string    `json:"messageId"` // with angle brackets, as in the header
	InReplyTo  string    `json:"inReplyTo,omitempty"`
	References []string  `json:"references,omitempty"` // oldest first, as in the header
	From       Address   `json:"from"`
	To         []Address `json:"to,omitempty"`
	Cc         []Address `json:"cc,omitempty"`
	ReplyTo    []Address `json:"replyTo,omitempty"`
	Subject    string    `json:"subject"` // decoded (RFC 2047), one line
	Date       time.Time `json:"date"`    // UTC; zero when absent or unreadable
	// Written is the day of Date in the sender's own time zone, as the header gives it: the day « demain » or
	// « vendredi » count from (a client in Montréal writing at 21 h is still on the day before Paris).
	Written backend.Date `json:"written,omitempty"`
	// WrittenZone is the Date header's offset from UTC in minutes (-300 for a New York sender in winter).
	WrittenZone int          `json:"writtenZone,omitempty"`
	Text        string       `json:"text"`        // the readable body as plain text, quoted history included
	Excerpt     string       `json:"excerpt"`     // the sender's own words, ≤ 500 characters
	Attachments []Attachment `json:"attachments"` // never nil once parsed, so the UI gets [] rather than null
	Auto        AutoInfo     `json:"auto"`
	Bounce      *Bounce      `json:"bounce,omitempty"`
	// DeliveryDelayed: a delivery report (RFC 3464) says the reminder is delayed, not lost (Action: delayed).
	DeliveryDelayed bool `json:"deliveryDelayed,omitempty"`
	// ReadReceipt: a read (or deletion) notice sent by the recipient's mail program (RFC 8098), not words of theirs.
	ReadReceipt bool     `json:"readReceipt,omitempty"`
	Problems    []string `json:"problems,omitempty"` // in French: what was odd and how it was read
}

// WrittenOn is the day the sender wrote the message in their own time zone (Written), else Date's day in Paris;
// zero when the message has no readable date.
func (m Message) WrittenOn() backend.Date {
	if m.Written != 0 {
		return m.Written
	}
	if m.Date.IsZero() {
		return 0
	}
	return backend.DateOf(m.Date)
}

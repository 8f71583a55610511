// Package replies applies the clients' replies once backend/inbox has read them. The watcher's sink (Sink) reads
// each new message, links it to its client and invoices, keeps it on the client's timeline together with the
// folder's new state, and acts on it: a human reply pauses the client's automatic reminders until the owner has read
// it, a payment said to be made pauses its invoices a few days, a bounce marks the address invalid and asks for a
// letter or a call; Relance's own mail (a copy of a reminder, a note to oneself) is not read as a reply. Then the
// owner's decisions: accepting what a message proposes (a promise, a dispute, a copy of the invoice to send again),
// correcting its class (kept, so that the next message of the kind is read the owner's way), linking it to a
// client (the sender may become a contact), marking it read (the pause is lifted).
//
// It depends on backend/store, the pure classifier (backend/inbox) and the use cases' Deps (backend/service), and
// on two small interfaces its caller fills in: Chase (recording a promise or a dispute as the owner would, sending
// the outbox soon) and Mail (the owner's address, composing an e-mail from a template). The window's InboxAPI and
// the command line (`relance inbox sync`, `relance interactions`), both in app, call it; it never sees Wails or
// command-line flags.
package replies

import (
	"errors"

	"relance/backend"
	"relance/backend/service"
)

// Chase is what applying a reply needs of the chase (app's ChaseAPI, through a small adapter).
type Chase interface {
	// SetPromise records a promise to pay an invoice by a date, as the owner would.
	SetPromise(invoiceID uint64, until backend.Date, note string) error
	// SetDispute stops the chase of an invoice for a dispute.
	SetDispute(invoiceID uint64, reason backend.DisputeReason, note string) error
	// SendSoon sends the outbox in the background.
	SendSoon()
}

// Mail is what applying a reply needs of the mailbox settings and of composing e-mails (app's, for now).
type Mail interface {
	// OwnAddress is the owner's sending address ("" when not set).
	OwnAddress() (string, error)
	// Compose writes an e-mail from a template for a client's invoices, ready to queue.
	Compose(r Request) (Draft, error)
}

// Request is an e-mail to compose.
type Request struct {
	ClientID   uint64
	InvoiceIDs []uint64
	Template   string   // the template's key
	Attach     []string // backend.Attach…
	Today      backend.Date
	ActionID   string // the outbox key: the same message is never queued twice
	StepName   string // what the outbox shows
}

// Draft is a composed e-mail, or why none could be.
type Draft struct {
	Message  *backend.OutboxMessage // nil when Why or Problems say why not
	Why      string                 // e-mails cannot go out (mailbox not set up, sign-in needed…), in French
	Problems []string               // this one cannot (no address, a missing value), in French
}

// Events the window reloads on, besides service.EventChaseUpdated (a pause or a promise changed the chase).
const (
	EventNew           = "inbox:new"                // messages kept, or one decided
	EventOutboxUpdated = service.EventOutboxUpdated // a message was queued
)

// PausePrefix marks the pauses a reply sets, so that reading the reply lifts them (and only them).
const PausePrefix = "Réponse du client à traiter"

// errUnchanged leaves a record as it was (its update is rolled back).
var errUnchanged = errors.New("unchanged")

// Replies applies the clients' replies.
type Replies struct {
	deps  *service.Deps
	chase Chase
	mail  Mail
}

// New returns the replies' use cases over deps.
func New(deps *service.Deps, chase Chase, mail Mail) *Replies {
	return &Replies{deps: deps, chase: chase, mail: mail}
}

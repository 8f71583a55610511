// Package chase is the day's run and the review queue: it plans the day with backend/dunning over the ledger, the
// chase state and the scenarios; runs it (each action under its own time limit), recording letters and passed steps
// and queueing e-mails and SMS in the outbox for the sender; lets the owner approve, postpone or skip actions one by
// one or in bulk, record calls and tasks, and set what stops or pauses the chase (disputes, promises, payment plans,
// client pauses); holds the reprise after an import or an absence until the owner confirms it; and runs the plan
// every hour while the window is open.
//
// It depends on backend/store (through service.Deps), the pure packages (dunning, reconcile, sms, template,
// claimable) and on Ports: what it uses of the rest of the product (the insolvency watch's halts and deadlines,
// limitation notices, the bank warning, composing messages, producing letters, starting the sender), which the
// adapter wires. The window's bindings (app.ChaseAPI) and the command line (relance run, dispute, promise, pause…)
// call it; they turn its results into what the page and the terminal show.
package chase

import (
	"sync"

	"relance/backend"
	"relance/backend/bank"
	"relance/backend/dunning"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/template"
)

// Service is the chase of one data directory. One Service per process (or window): its lock keeps one run at a time,
// and it knows the actions a run stopped waiting for.
type Service struct {
	deps  *service.Deps
	ports Ports

	mu     sync.Mutex // one run at a time: the hourly run and a user's click never execute the same action together
	lateMu sync.Mutex
	late   map[string]running // actions a run stopped waiting for, still being carried out (timeout.go)
}

// New returns the chase over deps, using ports for what lies outside it.
func New(deps *service.Deps, ports Ports) *Service {
	return &Service{deps: deps, ports: ports}
}

// Ports are what the chase uses of the rest of the product, wired by the adapter. Messages is required; a nil func
// is a part that is absent (the chase alone in a test): no halts, no notices, no bank warning, no letter produced,
// no sending in the background.
type Ports struct {
	// Halts are the stops collective proceedings put on clients' chase (the insolvency watch).
	Halts func() ([]dunning.Halt, error)
	// Limitation lists the unpaid invoices nearing limitation, as notices of « Aujourd'hui ».
	Limitation func(today backend.Date) ([]dunning.Notice, error)
	// Deadlines lists the claims to declare in collective proceedings, as notices of « Aujourd'hui ».
	Deadlines func(today backend.Date) ([]dunning.Notice, error)
	// BankWarning says payments may be missing (no recent bank statement); "" when not.
	BankWarning func(today backend.Date) (string, error)
	// Transaction reads a bank statement line for matching it against the clients.
	Transaction func(backend.BankLine) bank.Transaction
	// Messages writes the e-mails and SMS of the chase.
	Messages Messages
	// Letter produces and archives the document of a letter step (a formal notice or a reminder letter) and returns
	// its label. Nothing left to claim is a *NothingToClaim error: the run passes over the step.
	Letter func(act dunning.Action) (string, error)
	// SendSoon sends the outbox in the background, so that the window answers at once.
	SendSoon func()
}

// Messages writes the chase's e-mails and SMS.
type Messages interface {
	// MailReady returns the mailbox when e-mails can go out, or why not, in French.
	MailReady() (Mailbox, string, error)
	// DailyCap is how many reminders a sending day takes at most.
	DailyCap() (int, error)
	// SMSReady says why SMS cannot go out, in French ("" when they can).
	SMSReady() (string, error)
	// SMSSettings are the SMS settings saved (the price of a part).
	SMSSettings() (sms.Settings, error)
	// SMSText fills an SMS template for a client's invoices, ready to send, and lists the values missing.
	SMSText(clientID uint64, invoiceIDs []uint64, key string, day backend.Date) (string, []string, error)
}

// Mailbox composes e-mails from the owner's mailbox.
type Mailbox interface {
	// Compose renders template key for invoices of a client as of day; override, when set, replaces the template for
	// this one message (edited in the review queue). Attachments that are documents (statement, formal notice) are
	// produced only with produce (queueing), not for a check.
	Compose(clientID uint64, invoiceIDs []uint64, key string, override *template.Template, attach []string, day backend.Date, produce bool) (Email, error)
}

// Email is a composed message: to whom, what stops it from going out by itself, and the outbox entry it makes.
type Email struct {
	To       string   // "" when the client has no valid address
	Problems []string // blocking: no address, missing values
	// Message makes the outbox entry, with a fresh Message-ID, for what it is sent about.
	Message func(actionID string, clientID uint64, clientName string, invoiceIDs []uint64, numbers []string, stepName string) *backend.OutboxMessage
}

// NothingToClaim is a letter refused with nothing left to claim (disputed, time-barred or covered by a credit): a
// run passes over the step, saying why, instead of stopping.
type NothingToClaim struct{ Err error }

func (e *NothingToClaim) Error() string { return e.Err.Error() }
func (e *NothingToClaim) Unwrap() error { return e.Err }

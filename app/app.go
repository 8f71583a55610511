// Package app binds the backend to the window (Wails). Bound structs are small, one per feature: each method
// translates its arguments, calls one operation of a backend use case (backend/chase, outbox, replies, cash,
// documents…), formats errors (the ErrorFormatter turns them into {code, message, fields}) and emits events. The
// command line (app/cli) calls the same bound structs and the exported operations of commands.go; app does not
// import it: main hands the window its CommandChannel. The window's plumbing (logs, crash reports, the socket, the
// OS scheduler) is app/desktop.
package app

import (
	"context"
	"net/http"

	"relance/app/desktop"
	"relance/backend/secret"
	"relance/backend/service"
)

// Emitter sends events to the UI. The Wails runtime is reached only through it: calling the runtime outside a
// running window ends the process, which tests must never do.
type Emitter = service.Emitter

// NopEmitter drops events (command line, tests).
type NopEmitter = service.NopEmitter

// Notifier shows a desktop notification (the window's emitter does; the command line does not).
type Notifier = service.Notifier

// Env is what every bound struct shares: the use cases' Deps (store, clock, log, events) and the adapter's own.
type Env struct {
	service.Deps
	Dirs    desktop.Dirs
	Version string
	// Keychain holds the mailbox password; its zero value is the OS keychain.
	Keychain secret.Keychain
	// OAuthHTTP reaches the OAuth token endpoint (tests trust a test server); nil = the default client.
	OAuthHTTP *http.Client

	mailAuth *mailAuth   // the mailbox sign-in of this process (see mail_oauth.go)
	work     workTracker // the first screen's computations under way (startup.go)
}

func (e *Env) emit(name string, data any) { e.Emit(name, data) }

func (e *Env) notify(title, body string) { e.Notify(title, body) }

// Bindings are the structs the UI calls, in the order Wails binds them.
type Bindings struct {
	Company   *CompanyAPI
	Clients   *ClientsAPI
	Invoices  *InvoicesAPI
	Import    *ImportAPI
	Export    *ExportAPI
	Backup    *BackupAPI
	Settings  *SettingsAPI
	Documents *DocumentsAPI
	Chase     *ChaseAPI
	Mail      *MailAPI
	Templates *TemplatesAPI
	Outbox    *OutboxAPI
	SMS       *SMSAPI
	Bank      *BankAPI
	Dashboard *DashboardAPI
	Inbox     *InboxAPI
	Watch     *WatchAPI
	Schedule  *SchedulingAPI
	Startup   *StartupAPI
}

// NewBindings builds every bound struct over one environment.
func NewBindings(env *Env) *Bindings {
	b := &Bindings{
		Company:   &CompanyAPI{env: env},
		Clients:   &ClientsAPI{env: env},
		Invoices:  &InvoicesAPI{env: env},
		Import:    &ImportAPI{env: env},
		Export:    &ExportAPI{env: env},
		Backup:    &BackupAPI{env: env},
		Settings:  &SettingsAPI{env: env},
		Documents: &DocumentsAPI{env: env},
	}
	b.Mail, b.Templates, b.Outbox = &MailAPI{env: env}, &TemplatesAPI{env: env}, &OutboxAPI{env: env}
	b.Chase = &ChaseAPI{env: env, outbox: b.Outbox}
	b.SMS = &SMSAPI{env: env}
	b.Bank, b.Dashboard = &BankAPI{env: env, chase: b.Chase}, &DashboardAPI{env: env, chase: b.Chase, figures: sharedResult[DashboardView]{keep: true}}
	b.Inbox = &InboxAPI{env: env, chase: b.Chase}
	b.Watch = &WatchAPI{env: env, chase: b.Chase}
	b.Mail.inbox = b.Inbox // a new sign-in or new servers: the watcher starts again with them
	b.Schedule, b.Startup = &SchedulingAPI{env: env}, &StartupAPI{env: env}
	b.Invoices.chase, b.Clients.chase = b.Chase, b.Chase
	return b
}

// All lists the bindings for wails options.Bind.
func (b *Bindings) All() []any {
	return []any{b.Company, b.Clients, b.Invoices, b.Import, b.Export, b.Backup, b.Settings, b.Documents, b.Chase, b.Mail,
		b.Templates, b.Outbox, b.SMS, b.Bank, b.Dashboard, b.Inbox, b.Watch,
		b.Schedule, b.Startup}
}

// contextKey-less helper: long work gets a cancellable context.
func background() (context.Context, context.CancelFunc) {
	return context.WithCancel(context.Background())
}

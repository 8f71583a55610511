package app

import (
	"context"
	"io"
	"log/slog"
	"os"

	"relance/app/desktop"
	"relance/backend"
	"relance/backend/cash"
	"relance/backend/chase"
	"relance/backend/documents"
	"relance/backend/inbox/watch"
	"relance/backend/outbox"
	"relance/backend/secret"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/store"
)

// What the command line (app/cli) calls besides the bound methods. The window reaches these operations through its
// bound structs; a command reaches them here, as functions (an exported method of a bound struct would be bound by
// Wails and seen by the frontend). The command line never holds the store: it opens an environment (OpenEnv, the
// composition root of a command), then looks up what people type (a client's code, an invoice's number) and runs
// the use cases through these functions.

// OpenEnv opens the store of dirs for one command and builds the command's environment over it; done closes it.
func OpenEnv(dirs desktop.Dirs, opts store.Options, clock backend.Clock, log *slog.Logger, version string, keychain secret.Keychain) (env *Env, done func(), err error) {
	st, err := store.Open(dirs.Store, opts)
	if err != nil {
		return nil, nil, err
	}
	env = &Env{Deps: service.Deps{Store: st, Clock: clock, Log: log, Emitter: NopEmitter{}}, Dirs: dirs, Version: version, Keychain: keychain}
	return env, func() { st.Close() }, nil
}

// OnClock is env on another clock (a command given --today in the open window): same store, same events.
func OnClock(env *Env, clock backend.Clock) *Env {
	return &Env{Deps: service.Deps{Store: env.Store, Clock: clock, Log: env.Log, Emitter: env.Emitter}, Dirs: env.Dirs, Version: env.Version, Keychain: env.Keychain, OAuthHTTP: env.OAuthHTTP}
}

// CommandBindings are the bound structs as a command uses them: as NewBindings, except that the chase does not send
// the outbox in the background (the command ends first; `relance run` sends itself, with the window's bindings when
// one is open).
func CommandBindings(env *Env) *Bindings {
	b := NewBindings(env)
	b.Chase.outbox = nil
	return b
}

// Sender is the outbox's sender (one per window or command: its lock keeps one sending at a time).
func Sender(o *OutboxAPI) *outbox.Sender { return o.sender() }

// ChaseService is the chase behind the bound struct (its lock keeps one run at a time).
func ChaseService(c *ChaseAPI) *chase.Service { return c.service() }

// DailyWatch runs the insolvency watch once a day when the owner opted in (WatchAPI's daily run).
func DailyWatch(ctx context.Context, w *WatchAPI) { w.daily(ctx) }

// RunWatch checks the watched clients now (ids, or all when empty) against the insolvency registers.
func RunWatch(ctx context.Context, w *WatchAPI, ids []uint64) (WatchReport, error) {
	return w.run(ctx, ids)
}

// ClaimDeadlines are the deadlines to declare claims in the proceedings found, at today.
func ClaimDeadlines(w *WatchAPI, today backend.Date) ([]DeadlineView, error) {
	return w.deadlines(today)
}

// SyncInbox reads the mailbox's new replies once and applies them.
func SyncInbox(ctx context.Context, in *InboxAPI) error { return in.syncOnce(ctx) }

// InboxWatcher is a watcher of the mailbox's replies with the saved settings; nil and the reason when the mailbox
// cannot be watched.
func InboxWatcher(in *InboxAPI) (*watch.Watcher, string, error) { return in.newWatcher() }

// Cash is the bank side (statements, matching, payments) behind the bound struct, thanking through its chase.
func Cash(bank *BankAPI) *cash.Cash { return bank.ops() }

// BankReconciliation lists the credits waiting with their suggestions, best first (BankAPI.Reconciliation before
// its views).
func BankReconciliation(env *Env, ops *cash.Cash) (cash.Reconciliation, error) {
	return reconciliation(env, ops)
}

// Documents is the documents' use case (letters, notices, court files, the archive) over env.
func Documents(env *Env) *documents.Service { return env.docService() }

// FigureLedger is every invoice and payment with only the fields the dashboard's figures read (store.FigureInvoices,
// FigurePayments), read for one command and kept nowhere.
func FigureLedger(env *Env) ([]backend.Invoice, []backend.Payment, error) {
	invs, err := env.Store.FigureInvoices()
	if err != nil {
		return nil, nil, err
	}
	pays, err := env.Store.FigurePayments()
	return invs, pays, err
}

// Overview counts the ledger.
func Overview(env *Env) (backend.Overview, error) { return env.Store.Overview() }

// ClientByCode is the client people know by this code.
func ClientByCode(env *Env, code string) (backend.Client, error) { return env.Store.ClientByCode(code) }

// ClientCode is the code of a client known by its id.
func ClientCode(env *Env, id uint64) (string, error) {
	cl, err := env.Store.Client(id)
	return cl.Code, err
}

// InvoiceByNumber is the invoice with this number.
func InvoiceByNumber(env *Env, number string) (backend.Invoice, error) {
	return env.Store.InvoiceByNumber(number)
}

// InteractionCount counts the messages and events recorded with clients.
func InteractionCount(env *Env) (int, error) {
	its, err := env.Store.Interactions(store.InteractionQuery{})
	return len(its), err
}

// Company is the owner's company profile.
func Company(env *Env) (backend.Company, error) { return env.Store.Company() }

// SaveCompany validates and saves the company profile (normalised in place).
func SaveCompany(env *Env, co *backend.Company) error { return env.Store.SaveCompany(co) }

// SaveMailConfig saves the mailbox settings (no secret in them).
func SaveMailConfig(env *Env, cfg MailConfig) error { return env.Store.SetSetting(settingMail, cfg) }

// SaveSMSSettings saves the SMS settings (the API key stays in the keychain).
func SaveSMSSettings(env *Env, s sms.Settings) error { return env.Store.SetSetting(settingSMS, s) }

// ImportLayout is the column mapping saved for files of this kind with these headers.
func ImportLayout(env *Env, kind string, fingerprint string) (map[string]int, bool, error) {
	return env.Store.ImportLayout(kind, fingerprint)
}

// Import imports a table into the ledger (RunImport over env's store).
func Import(ctx context.Context, env *Env, job ImportJob, progress func(Progress)) (ImportResult, error) {
	return RunImport(ctx, env.Store, job, progress)
}

// Export writes the ledger's clients, invoices, payments or all of it as CSV, Excel CSV or JSON.
func Export(env *Env, kind, format string, w io.Writer) (int, error) {
	return ExportLedger(env.Store, kind, format, w)
}

// Backup writes a copy of the whole store to path.
func Backup(env *Env, path string) error { return env.Store.BackupToFile(path) }

// Restore replaces the store of dirs by the backup at src (the current data kept in dirs.Backups), taking first
// the lock a window holds so that a restore never happens under it, and counts what was restored.
func Restore(dirs desktop.Dirs, src string, clock backend.Clock) (backend.Overview, error) {
	if _, err := os.Stat(dirs.Store); err == nil {
		st, err := store.Open(dirs.Store, store.Options{Clock: clock, ReadOnly: true})
		if err != nil {
			return backend.Overview{}, err
		}
		st.Close()
	}
	if err := store.RestoreFile(src, dirs.Store, dirs.Backups, clock.Now()); err != nil {
		return backend.Overview{}, err
	}
	st, err := store.Open(dirs.Store, store.Options{Clock: clock})
	if err != nil {
		return backend.Overview{}, err
	}
	defer st.Close()
	return st.Overview()
}

package cli

import (
	"context"
	"testing"
	"time"

	"relance/app"
	"relance/app/apptest"
	"relance/app/desktop"
	"relance/backend"
	"relance/backend/documents/documentstest"
	"relance/backend/mail"
	"relance/backend/secret"
	"relance/backend/sms"
	"relance/backend/store"
)

// The ledgers of the command line's tests, set up through app's exported operations and bound structs
// (app.NewBindings) over a real store in a temporary data folder, with app's tests' shared parts (app/apptest).

var testClock = backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))

// openData opens the store of a data folder at the tests' date, as a command does, until the test ends.
func openData(t *testing.T, dir string) *app.Env {
	t.Helper()
	env, done, err := app.OpenEnv(desktop.ResolveDirs(dir), store.Options{Clock: testClock}, testClock, nil, "", secret.Keychain{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(done)
	return env
}

// testEnv opens a store in a new data folder.
func testEnv(t *testing.T) *app.Env { return openData(t, t.TempDir()) }

// ledgerWithOverdue is the overdue ledger of backend/documents/documentstest: a business and a consumer.
func ledgerWithOverdue(t *testing.T) (*app.Env, backend.Client, backend.Client) {
	env := testEnv(t)
	biz, cons := documentstest.OverdueLedger(t, env.Store)
	return env, biz, cons
}

// saveMail saves the mailbox's settings, normalised, as the window's settings page does.
func saveMail(env *app.Env) func(mail.Settings) error {
	return func(s mail.Settings) error {
		if err := s.Normalize(); err != nil {
			return err
		}
		return app.SaveMailConfig(env, app.MailConfig{Settings: s})
	}
}

// chaseLedger chases the business client by a letter to review (apptest.ChaseLedger).
func chaseLedger(t *testing.T) (*app.Env, *app.ChaseAPI, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	apptest.ChaseLedger(t, &env.Deps, biz)
	return env, app.CommandBindings(env).Chase, biz
}

// mailLedger chases the business client by e-mail through an SMTP sink (apptest.MailLedger).
func mailLedger(t *testing.T) (*app.Env, *app.ChaseAPI, *apptest.SMTPSink, backend.Client) {
	t.Helper()
	env, biz, _ := ledgerWithOverdue(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	sink, biz := apptest.MailLedger(t, &env.Deps, biz, saveMail(env))
	return env, app.NewBindings(env).Chase, sink, biz
}

// smsLedger chases the clients by SMS through the Brevo stand-in (apptest.SMSLedger).
func smsLedger(t *testing.T) (*app.Env, *app.ChaseAPI, *apptest.Brevo, backend.Client) {
	t.Helper()
	env, biz, cons := ledgerWithOverdue(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	b := app.NewBindings(env)
	brevo, biz := apptest.SMSLedger(t, &env.Deps, biz, cons, func(s sms.Settings, key string) error {
		_, err := b.SMS.SaveSettings(s, key)
		return err
	})
	return env, b.Chase, brevo, biz
}

// inboxLedger is mailLedger with the mailbox's IMAP side and its reminder sent (apptest.InboxLedger).
func inboxLedger(t *testing.T) (*app.Env, *app.InboxAPI, *apptest.IMAPMailbox, backend.Client, backend.OutboxMessage) {
	t.Helper()
	env, _, _, biz := mailLedger(t)
	b := app.NewBindings(env)
	mb, sent := apptest.InboxLedger(t, env.Store, biz.ID, func(port int) error {
		cfg, _ := app.LoadMailConfig(env)
		apptest.SaveIMAP(&cfg.Settings, port)
		env.Keychain = secret.Keychain{Backend: &secret.Memory{}}
		return saveMail(env)(cfg.Settings)
	}, func() error {
		if _, err := app.ChaseService(b.Chase).Run(backend.Today(env.Clock), false); err != nil {
			return err
		}
		_, err := app.Sender(b.Outbox).Process(context.Background(), true)
		return err
	})
	return env, b.Inbox, mb, biz, sent
}

// watchedLedger gives the business client a SIREN in redressement judiciaire, with the registers' stand-ins
// (apptest.WatchedLedger).
func watchedLedger(t *testing.T) (*app.Env, backend.Client) {
	env, biz, _ := ledgerWithOverdue(t)
	biz, reg := apptest.WatchedLedger(t, env.Store, biz)
	t.Setenv(app.SireneURLEnv, reg.Directory)
	t.Setenv(app.BodaccURLEnv, reg.Bodacc.URL)
	return env, biz
}

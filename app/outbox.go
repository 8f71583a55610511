package app

import (
	"context"
	"sync"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/outbox"
	"relance/backend/sms"
)

// OutboxAPI is the outbox screen; the sender behind it is backend/outbox.
type OutboxAPI struct {
	env  *Env
	once sync.Once
	s    *outbox.Sender
}

// sender is the outbox's one sender (one pass at a time, one pace), made on first use.
func (a *OutboxAPI) sender() *outbox.Sender {
	a.once.Do(func() {
		a.s = &outbox.Sender{Deps: &a.env.Deps, Accounts: senderAccounts{a.env}, DataDir: a.env.Dirs.Data, LogoCID: logoCID}
	})
	return a.s
}

// senderAccounts gives the sender the mailbox and SMS settings and their secrets, which stay with app (keychain,
// OAuth sign-in).
type senderAccounts struct{ env *Env }

func (s senderAccounts) Mailbox() (outbox.Account, string, error) {
	cfg, why, err := MailReady(s.env)
	return outbox.Account{Settings: cfg.Settings, OAuth: usesOAuth(cfg), Credential: func(ctx context.Context, force bool) (mail.Secret, error) {
		return secretFor(ctx, s.env, cfg, force)
	}}, why, err
}

func (s senderAccounts) Block(reason string, signIn bool) { blockMailbox(s.env, reason, signIn) }

func (s senderAccounts) SMS() (sms.Provider, sms.Settings, string, error) { return smsReady(s.env) }

// secretFor is the credential of the next message: the password from the keychain, or a valid access token.
func secretFor(ctx context.Context, env *Env, cfg MailConfig, force bool) (mail.Secret, error) {
	if usesOAuth(cfg) {
		tok, err := mailToken(ctx, env, cfg, force)
		return mail.Secret{Token: tok}, err
	}
	return mailSecret(env, cfg.Settings)
}

// EventOutboxUpdated tells the UI the outbox changed.
const EventOutboxUpdated = outbox.EventUpdated

// OutboxView is the outbox screen.
type OutboxView outbox.View

// List returns the outbox, newest first; state filters ("" = all).
func (a *OutboxAPI) List(state string) (OutboxView, error) {
	v, err := a.sender().List(state)
	return OutboxView(v), err
}

// Message returns one message with its bodies, for the preview.
func (a *OutboxAPI) Message(id uint64) (backend.OutboxMessage, error) {
	return a.env.Store.OutboxMessage(id)
}

// Resolve settles a message by hand: "sent" (it did leave), "queued" (send it again, same Message-ID) or
// "cancelled".
func (a *OutboxAPI) Resolve(id uint64, state, note string) (OutboxView, error) {
	if err := a.sender().Resolve(id, state, note); err != nil {
		return OutboxView{}, err
	}
	return a.List("")
}

// CompleteFollowUp marks a fallback call or letter done.
func (a *OutboxAPI) CompleteFollowUp(id uint64, note string) (OutboxView, error) {
	if err := a.sender().CompleteFollowUp(id, note); err != nil {
		return OutboxView{}, err
	}
	return a.List("")
}

// SendNow sends what is due in the outbox at once (within the rate limit), the SMS too (within their hours), and
// fetches the SMS delivery reports.
func (a *OutboxAPI) SendNow() (OutboxView, error) {
	if err := a.sender().SendNow(context.Background()); err != nil {
		return OutboxView{}, err
	}
	return a.List("")
}

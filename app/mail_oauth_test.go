package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/oauth/oauthtest"
	"relance/backend/secret"
	"relance/backend/store"
)

// configureOAuth points the mailbox at the test servers with the custom provider; nothing is signed in yet.
func configureOAuth(t *testing.T, m *apptest.OAuthMailbox, env *Env) MailConfig {
	t.Helper()
	cfg, _ := LoadMailConfig(env)
	cfg.Settings.SMTPHost, cfg.Settings.SMTPPort, cfg.Settings.SMTPSecurity = "127.0.0.1", m.SMTP.Port, "none"
	cfg.Settings.IMAPHost, cfg.Settings.IMAPPort, cfg.Settings.IMAPSecurity = "127.0.0.1", m.IMAP.Port, "none"
	cfg.Settings.SMTPAuth, cfg.Settings.SMTPUser, cfg.Settings.IMAPUser = mail.AuthXOAuth2, apptest.OAuthUser, apptest.OAuthUser
	cfg.OAuth = oauth.Config{Provider: oauth.Custom, ClientID: oauthtest.ClientID, AuthURL: m.Auth.AuthURL, TokenURL: m.Auth.TokenURL, Scopes: oauthtest.Scopes}
	if err := saveMailConfig(env, cfg); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// browser follows the consent page as the owner would.
func browser(t *testing.T) func(string) error {
	return func(u string) error {
		go func() {
			if page, err := oauthtest.Consent(u); err != nil || !strings.Contains(page, "Vous pouvez revenir à Relance") {
				t.Errorf("consent: %v %s", err, page)
			}
		}()
		return nil
	}
}

func TestOAuthMailboxSendsCopiesReadsRefreshesAndWaitsWhenRevoked(t *testing.T) {
	env, chase, _, biz := mailLedger(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	mb := apptest.StartOAuthMailbox(t, 3*time.Second, oauthtest.XOAuth2)
	cfg := configureOAuth(t, mb, env)
	outbox := chase.outbox

	// Not signed in yet: nothing goes, and the outbox says why.
	if _, why, _ := MailReady(env); !strings.Contains(why, "non connectée") {
		t.Fatalf("before sign-in: %q", why)
	}
	cfg, err := SignIn(context.Background(), env, cfg, SignInOptions{Open: browser(t), Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.OAuth.Account != apptest.OAuthUser || cfg.Settings.SMTPAuth != mail.AuthXOAuth2 {
		t.Fatalf("after sign-in: %+v", cfg)
	}
	// The refresh token is in the keychain, never in the store.
	if !env.Keychain.Has(oauth.RefreshTokenName) {
		t.Fatal("no refresh token in the keychain")
	}
	rt, _, _ := env.Keychain.Get(oauth.RefreshTokenName)
	if raw, _ := env.Store.Setting(settingMail, &MailConfig{}); raw && settingContains(t, env, rt) {
		t.Fatal("the refresh token reached the store")
	}

	// « Tester » passes with the sign-in: SMTP and the Sent folder.
	if r, err := CheckMailbox(context.Background(), env, cfg, ""); err != nil || !r.OK || r.SentFolder != "Sent" {
		t.Fatalf("test: %+v %v", r, err)
	}

	// A reminder leaves, and its copy lands in Sent.
	today := backend.Today(env.Clock)
	if _, err := chase.service().Run(today, false); err != nil {
		t.Fatal(err)
	}
	if rep, err := outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 {
		t.Fatalf("send: %+v %v", rep, err)
	}
	if n := len(mb.SMTP.Messages()); n != 1 {
		t.Fatalf("%d messages received", n)
	}
	sent, _ := env.Store.Outbox(store.OutboxQuery{ClientID: biz.ID})
	if len(sent) != 1 || sent[0].SentFolder != "Sent" {
		t.Fatalf("Sent copy: %+v", sent)
	}

	// A reply arrives and is read with the same sign-in.
	if err := mb.IMAP.Deliver([]byte("From: Marc Lefèvre <compta@lefevre.fr>\nTo: " + apptest.OAuthUser + "\nSubject: RE: " + sent[0].Subject +
		"\nMessage-ID: <r1@lefevre.fr>\nIn-Reply-To: " + sent[0].MessageID + "\nDate: Mon, 23 Nov 2026 15:00:00 +0100\n\nNous réglerons le 15/12/2026.\n")); err != nil {
		t.Fatal(err)
	}
	inbox := &InboxAPI{env: env, chase: chase}
	if err := inbox.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if its, _ := env.Store.Interactions(store.InteractionQuery{ClientID: biz.ID}); len(its) != 1 {
		t.Fatalf("interactions: %+v", its)
	}

	// The access token expires: the next message goes with a renewed one, no failure.
	time.Sleep(3500 * time.Millisecond)
	_, refreshesBefore := mb.Auth.Counts()
	queueManual(t, env, biz, "manual:expired")
	if rep, err := outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 || rep.Failed != 0 {
		t.Fatalf("after expiry: %+v %v", rep, err)
	}
	if _, refreshes := mb.Auth.Counts(); refreshes <= refreshesBefore {
		t.Fatal("no refresh after expiry")
	}

	// The server refuses a token Relance still believes valid (clock skew, early revocation): renewed once, sent.
	s, _ := oauthSession(env, cfg)
	s.Now = func() time.Time { return time.Now().Add(-time.Hour) }
	time.Sleep(3500 * time.Millisecond)
	queueManual(t, env, biz, "manual:refused")
	if rep, err := outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 || mb.SMTP.Refused() == 0 {
		t.Fatalf("after a refusal: %+v %v (refused %d)", rep, err, mb.SMTP.Refused())
	}
	s.Now = nil

	// Revoked (password changed): the message stays queued, nothing fails, no letter, the state says reconnect.
	rt, _, _ = env.Keychain.Get(oauth.RefreshTokenName)
	if err := mb.Auth.Revoke(rt); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3500 * time.Millisecond) // the access token in memory lapses too
	m := queueManual(t, env, biz, "manual:revoked")
	rep, err := outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Sent != 0 || rep.Failed != 0 || !strings.Contains(rep.Stopped, "Reconnectez votre boîte") {
		t.Fatalf("after revocation: %+v %v", rep, err)
	}
	got, _ := env.Store.OutboxMessage(m.ID)
	if got.State != backend.OutboxQueued || got.Attempts != 0 {
		t.Fatalf("message after revocation: %+v", got)
	}
	if fus, _ := env.Store.FollowUps(false); len(fus) != 0 {
		t.Fatalf("turned into a follow-up: %+v", fus)
	}
	if _, why, _ := MailReady(env); !strings.HasPrefix(why, "Reconnectez votre boîte") {
		t.Fatalf("ready: %q", why)
	}
	if v, _ := (&MailAPI{env: env}).Settings(); !strings.Contains(v.Blocked, "Reconnectez") {
		t.Fatalf("settings view: %+v", v.Blocked)
	}
	// A pass while blocked sends nothing and touches nothing.
	if rep, _ := outbox.sender().Process(context.Background(), true); rep.Sent != 0 || len(mb.SMTP.Messages()) != 3 {
		t.Fatalf("blocked pass: %+v", rep)
	}

	// Signing in again sends it, once.
	if _, err := SignIn(context.Background(), env, cfg, SignInOptions{Open: browser(t), Timeout: time.Minute}); err != nil {
		t.Fatal(err)
	}
	if rep, err := outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 {
		t.Fatalf("after a new sign-in: %+v %v", rep, err)
	}
	if rep, _ := outbox.sender().Process(context.Background(), true); rep.Sent != 0 {
		t.Fatalf("sent twice: %+v", rep)
	}
	msgs := mb.SMTP.Messages()
	if len(msgs) != 4 || strings.Count(strings.Join(msgs, ""), m.MessageID) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
}

func TestOAuthBearerWhenXOAuth2IsNotOffered(t *testing.T) {
	env, chase, _, biz := mailLedger(t)
	env.Keychain = secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	mb := apptest.StartOAuthMailbox(t, time.Minute, oauthtest.OAuthBearer)
	cfg := configureOAuth(t, mb, env)
	if _, err := SignIn(context.Background(), env, cfg, SignInOptions{Open: browser(t), Timeout: time.Minute}); err != nil {
		t.Fatal(err)
	}
	queueManual(t, env, biz, "manual:bearer")
	if rep, err := chase.outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 {
		all, _ := env.Store.Outbox(store.OutboxQuery{})
		t.Fatalf("send: %+v %v %+v", rep, err, all)
	}
	sent, _ := env.Store.Outbox(store.OutboxQuery{ClientID: biz.ID})
	if sent[0].SentFolder != "Sent" {
		t.Fatalf("Sent copy over IMAP with OAUTHBEARER: %+v", sent[0])
	}
}

func TestPasswordRefusedWaitsInsteadOfFailing(t *testing.T) {
	env, chase, sink, biz := mailLedger(t)
	// A server that wants a password, given a wrong one: the mailbox blocks, the message waits.
	sink.RequireAuth("right")
	cfg, _ := LoadMailConfig(env)
	cfg.Settings.SMTPAuth, cfg.Settings.SMTPUser = mail.AuthPlain, "claire@atelier-dupont.fr"
	if err := saveMailConfig(env, cfg); err != nil {
		t.Fatal(err)
	}
	if err := env.Keychain.Set(secret.SMTP, "wrong"); err != nil {
		t.Fatal(err)
	}
	m := queueManual(t, env, biz, "manual:pw")
	rep, err := chase.outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Failed != 0 || !strings.Contains(rep.Stopped, "refusé") {
		t.Fatalf("wrong password: %+v %v", rep, err)
	}
	if got, _ := env.Store.OutboxMessage(m.ID); got.State != backend.OutboxQueued {
		t.Fatalf("message: %+v", got)
	}
	// The right password saved: sent.
	if _, err := (&MailAPI{env: env}).SaveSettings(cfg, "right"); err != nil {
		t.Fatal(err)
	}
	if rep, err := chase.outbox.sender().Process(context.Background(), true); err != nil || rep.Sent != 1 {
		t.Fatalf("right password: %+v %v", rep, err)
	}

	// The account may not send as that address: every message would fail alike, so none fails; the mailbox waits.
	sink.RefuseSender()
	m2 := queueManual(t, env, biz, "manual:sender")
	rep, err = chase.outbox.sender().Process(context.Background(), true)
	if err != nil || rep.Failed != 0 || !strings.Contains(rep.Stopped, "Adresse d'expédition") {
		t.Fatalf("sender refused: %+v %v", rep, err)
	}
	if got, _ := env.Store.OutboxMessage(m2.ID); got.State != backend.OutboxQueued {
		t.Fatalf("message: %+v", got)
	}
	if fus, _ := env.Store.FollowUps(false); len(fus) != 0 {
		t.Fatalf("follow-ups: %+v", fus)
	}
}

func queueManual(t *testing.T, env *Env, c backend.Client, action string) *backend.OutboxMessage {
	t.Helper()
	m := &backend.OutboxMessage{ActionID: action, ClientID: c.ID, ClientName: c.Name, MessageID: mail.NewMessageID(apptest.OAuthUser),
		Date: time.Now(), To: []string{"compta@lefevre.fr"}, Subject: "Copie de facture " + action, Text: "Bonjour"}
	if _, err := env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	return m
}

func settingContains(t *testing.T, env *Env, s string) bool {
	t.Helper()
	var raw map[string]any
	_, _ = env.Store.Setting(settingMail, &raw)
	return strings.Contains(strings.Join(flatten(raw), " "), s)
}

func flatten(v any) []string {
	switch x := v.(type) {
	case map[string]any:
		var out []string
		for _, e := range x {
			out = append(out, flatten(e)...)
		}
		return out
	case string:
		return []string{x}
	}
	return nil
}

package app

import (
	"context"
	"os"
	"strings"
	"sync"
	"time"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/secret"
)

// The mailbox signed in through the provider's page (Microsoft, Google, another OAuth host): the refresh token in
// the keychain, the access token in this process's memory, and the mailbox "blocked" while the provider refuses
// the sign-in, so that reminders wait in the outbox instead of failing.

// OAuthClientSecretName is the keychain entry of a client secret typed by the owner (custom provider, own Google
// client).
const OAuthClientSecretName = "oauth-client-secret"

// EventMailStatus tells the UI the mailbox's sign-in state changed (signed in, blocked, unblocked).
const EventMailStatus = "mail:status"

// EventSignInURL carries the provider's sign-in address while the window waits for the browser.
const EventSignInURL = "mail:signin-url"

// mailAuth is the process's sign-in state.
type mailAuth struct {
	mu     sync.Mutex
	key    string
	sess   *oauth.Session
	cancel context.CancelFunc // the sign-in under way in the browser, if any
}

var mailAuthInit sync.Mutex

func (e *Env) auth() *mailAuth {
	mailAuthInit.Lock()
	defer mailAuthInit.Unlock()
	if e.mailAuth == nil {
		e.mailAuth = &mailAuth{}
	}
	return e.mailAuth
}

// OAuthProvider resolves the configured provider with the client secret the owner may have set.
func OAuthProvider(env *Env, c MailConfig) (oauth.Provider, error) {
	cs, _, _ := env.Keychain.Get(OAuthClientSecretName)
	return c.OAuth.Resolve(cs)
}

// oauthSession is the process's session for the configured provider (a new one when the configuration changed).
// The configuration is the key: the keychain (the client secret) is read only when a session is made, not at
// every message of a sending pass.
func oauthSession(env *Env, c MailConfig) (*oauth.Session, error) {
	o := c.OAuth
	key := strings.Join([]string{o.Provider, o.ClientID, o.AuthURL, o.TokenURL, o.Scopes}, "|")
	a := env.auth()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.sess == nil || a.key != key {
		p, err := OAuthProvider(env, c)
		if err != nil {
			return nil, err
		}
		a.sess, a.key = &oauth.Session{Provider: p, Store: env.Keychain, HTTP: env.OAuthHTTP}, key
	}
	return a.sess, nil
}

// mailToken is a valid access token; force renews it (a server just refused it). A sign-in the provider no
// longer honours blocks the mailbox.
func mailToken(ctx context.Context, env *Env, c MailConfig, force bool) (string, error) {
	s, err := oauthSession(env, c)
	if err != nil {
		return "", err
	}
	tok, err := s.AccessToken(ctx, force)
	if need, ok := oauth.AsSignInNeeded(err); ok {
		blockMailbox(env, need.Error(), true)
	}
	return tok, err
}

// usesOAuth tells whether the mailbox signs in through the provider's page.
func usesOAuth(c MailConfig) bool {
	return c.OAuth.Enabled() && c.Settings.SMTPAuth == mail.AuthXOAuth2
}

// OAuthUsers fills the SMTP and IMAP logins of a signed-in mailbox: the account that signed in, or the address.
func OAuthUsers(c *MailConfig) {
	if !usesOAuth(*c) {
		return
	}
	user := c.OAuth.Account
	if user == "" {
		user = c.Settings.FromAddress
	}
	if c.Settings.SMTPUser == "" {
		c.Settings.SMTPUser = user
	}
	if c.Settings.IMAPUser == "" {
		c.Settings.IMAPUser = c.Settings.SMTPUser
	}
}

// mailBlock is why the mailbox refuses to send until the owner acts (kept in the store: no secret in it).
type mailBlock struct {
	Reason string    `json:"reason"`
	Since  time.Time `json:"since"`
	SignIn bool      `json:"signIn"` // the way out is signing in again
}

const settingMailBlocked = "mail_blocked"

func mailBlocked(env *Env) (mailBlock, bool) {
	var b mailBlock
	found, err := env.Store.Setting(settingMailBlocked, &b)
	return b, err == nil && found && b.Reason != ""
}

// blockMailbox stops sending until the owner fixes the sign-in: the messages stay queued.
func blockMailbox(env *Env, reason string, signIn bool) {
	if b, ok := mailBlocked(env); ok && b.Reason == reason {
		return
	}
	if err := env.Store.SetSetting(settingMailBlocked, mailBlock{Reason: reason, Since: env.Clock.Now(), SignIn: signIn}); err != nil {
		if env.Log != nil {
			env.Log.Error("block mailbox", "err", err)
		}
		return
	}
	if env.Log != nil {
		env.Log.Warn("mailbox blocked", "reason", reason)
	}
	env.emit(EventMailStatus, nil)
	env.emit(EventOutboxUpdated, nil)
	env.emit(EventChaseUpdated, nil)
}

// UnblockMailbox lets e-mails go again (new sign-in, new password, settings saved, a Test that passed).
func UnblockMailbox(env *Env) {
	if _, ok := mailBlocked(env); !ok {
		return
	}
	if err := env.Store.SetSetting(settingMailBlocked, mailBlock{}); err != nil && env.Log != nil {
		env.Log.Error("unblock mailbox", "err", err)
	}
	env.emit(EventMailStatus, nil)
	env.emit(EventOutboxUpdated, nil)
	env.emit(EventChaseUpdated, nil)
}

// SignInOptions say how the browser is reached.
type SignInOptions struct {
	Open     func(url string) error // nil: only Show
	Show     func(url string)
	Insecure bool // the refresh token goes to the insecure file (no keychain on this machine)
	Timeout  time.Duration
}

// signIn runs the provider's sign-in for the configured address, keeps the refresh token, and sets the mailbox
// to use it for SMTP and IMAP. It is the one path of the window's button and of `relance mail signin`.
func SignIn(ctx context.Context, env *Env, c MailConfig, o SignInOptions) (MailConfig, error) {
	c.Settings.FromAddress = strings.TrimSpace(c.Settings.FromAddress)
	if c.Settings.FromAddress == "" {
		return c, backend.Errorf(backend.EINVALID, "adresse d'expédition manquante : indiquez d'abord l'adresse de la boîte (mail.from)")
	}
	p, err := OAuthProvider(env, c)
	if err != nil {
		return c, err
	}
	FillProviderServers(&c)
	ctx, cancel := context.WithCancel(ctx)
	a := env.auth()
	a.mu.Lock()
	if a.cancel != nil {
		a.cancel() // a sign-in started earlier and left open in the browser
	}
	a.cancel = cancel
	a.mu.Unlock()
	defer func() {
		cancel()
		a.mu.Lock()
		a.cancel = nil
		a.mu.Unlock()
	}()
	res, err := oauth.Flow{Provider: p, LoginHint: c.Settings.FromAddress, Open: o.Open, Show: o.Show, Timeout: o.Timeout, HTTP: env.OAuthHTTP}.Run(ctx)
	if err != nil {
		return c, err
	}
	// RELANCE_INSECURE_STORAGE does for the window what --insecure-storage does for the command line.
	if o.Insecure || os.Getenv("RELANCE_INSECURE_STORAGE") != "" {
		if env.Keychain.InsecureFile == "" {
			env.Keychain.InsecureFile = secret.DefaultInsecureFile()
		}
		err = env.Keychain.SetInsecure(oauth.RefreshTokenName, res.Token.RefreshToken)
	} else if err = env.Keychain.Set(oauth.RefreshTokenName, res.Token.RefreshToken); backend.ErrorCode(err) == backend.EUNAVAILABLE {
		err = backend.Errorf(backend.EUNAVAILABLE, "connexion réussie, mais le trousseau du système n'est pas disponible pour la garder : "+
			"sur cet ordinateur, lancez relance mail signin --insecure-storage (ou démarrez Relance avec RELANCE_INSECURE_STORAGE=1) "+
			"pour la garder dans un fichier lisible par vous seul")
	}
	if err != nil {
		return c, err
	}
	user := c.Settings.FromAddress
	if strings.Contains(res.Account, "@") {
		user = res.Account
	}
	c.OAuth.Account = user
	c.Settings.SMTPAuth, c.Settings.SMTPUser, c.Settings.IMAPUser = mail.AuthXOAuth2, user, user
	if err := saveMailConfig(env, c); err != nil {
		return c, err
	}
	a.mu.Lock()
	a.sess = nil // made again on next use, with the provider as signed in now
	a.mu.Unlock()
	UnblockMailbox(env)
	env.emit(EventMailStatus, nil)
	env.emit(EventChaseUpdated, nil) // e-mail actions may go out now
	return c, nil
}

// cancelSignIn stops a sign-in waiting for the browser.
func cancelSignIn(env *Env) {
	a := env.auth()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.cancel != nil {
		a.cancel()
	}
}

// SignOut forgets the sign-in on this computer: the refresh token leaves the keychain (and the insecure file).
func SignOut(env *Env, c MailConfig) (MailConfig, error) {
	if err := env.Keychain.Delete(oauth.RefreshTokenName); err != nil {
		return c, err
	}
	if s, err := oauthSession(env, c); err == nil {
		s.Forget()
	}
	c.OAuth.Account = ""
	if err := env.Store.SetSetting(settingMail, c); err != nil { // as it is: a half-set mailbox may be signed out too
		return c, err
	}
	env.emit(EventMailStatus, nil)
	env.emit(EventChaseUpdated, nil)
	return c, nil
}

// FillProviderServers sets Microsoft's or Google's servers when none are set yet.
func FillProviderServers(c *MailConfig) {
	preset := map[string]string{oauth.Microsoft: "outlook", oauth.Google: "gmail"}[c.OAuth.Provider]
	p, ok := mail.PresetByID(preset)
	switch {
	case !ok:
	case c.Settings.SMTPHost == "":
		p.SetServers(&c.Settings)
	case c.Settings.IMAPHost == "": // sending set by hand: the provider's IMAP for the Sent copy and replies
		c.Settings.IMAPHost, c.Settings.IMAPPort, c.Settings.IMAPSecurity = p.IMAPHost, p.IMAPPort, p.IMAPSecurity
	}
}

// OAuthInfo is what the mail screen shows of the sign-in.
type OAuthInfo struct {
	Provider string `json:"provider"`
	Name     string `json:"name"`
	Account  string `json:"account"`
	SignedIn bool   `json:"signedIn"`
	// Builtin tells, per provider, whether this build carries a client id (else the owner's IT gives one).
	Builtin map[string]bool `json:"builtin"`
}

func oauthInfo(env *Env, c MailConfig) OAuthInfo {
	i := OAuthInfo{Provider: c.OAuth.Provider, Account: c.OAuth.Account,
		Builtin: map[string]bool{oauth.Microsoft: oauth.MicrosoftClientID != "", oauth.Google: oauth.GoogleClientID != ""}}
	if p, err := OAuthProvider(env, c); err == nil {
		i.Name = p.Name
	}
	i.SignedIn = c.OAuth.Enabled() && env.Keychain.Has(oauth.RefreshTokenName)
	return i
}

// SignIn opens the provider's sign-in page in the system browser and waits (5 minutes at most) for the owner to
// accept; the mailbox is then ready, with nothing else to type. The address shown in the page goes to the UI
// too (EventSignInURL), in case the browser did not open.
func (a *MailAPI) SignIn(c MailConfig) (MailSettingsView, error) {
	opener, _ := a.env.Emitter.(BrowserOpener)
	o := SignInOptions{Show: func(u string) { a.env.emit(EventSignInURL, u) }}
	if opener != nil {
		o.Open = opener.OpenURL
	}
	if _, err := SignIn(context.Background(), a.env, c, o); err != nil {
		return MailSettingsView{}, err
	}
	a.mailboxChanged()
	return a.Settings()
}

// CancelSignIn stops waiting for the browser.
func (a *MailAPI) CancelSignIn() { cancelSignIn(a.env) }

// SignOut forgets the sign-in on this computer.
func (a *MailAPI) SignOut() (MailSettingsView, error) {
	c, err := LoadMailConfig(a.env)
	if err != nil {
		return MailSettingsView{}, err
	}
	if _, err := SignOut(a.env, c); err != nil {
		return MailSettingsView{}, err
	}
	a.mailboxChanged()
	return a.Settings()
}

// BrowserOpener opens an address in the system browser (the window's emitter does).
type BrowserOpener interface {
	OpenURL(url string) error
}

// KeychainFor is the keychain of a data folder: the OS keychain, and the insecure file where the owner chose it.
func KeychainFor(data string) secret.Keychain {
	return secret.Keychain{Account: data, InsecureFile: secret.DefaultInsecureFile()}
}

// MailStatus says whether e-mails can leave now, and if not why and what fixes it, for the banners of the
// dashboard, « Aujourd'hui » and the outbox.
type MailStatus struct {
	Ready    bool   `json:"ready"`
	Why      string `json:"why"`
	SignIn   bool   `json:"signIn"`   // the fix is signing in (again) with the provider
	Provider string `json:"provider"` // « Microsoft », « Google »…, for the button
	Blocked  bool   `json:"blocked"`  // the mailbox refused: messages wait in the outbox
}

// Status is the mailbox's state in one line.
func (a *MailAPI) Status() (MailStatus, error) {
	c, why, err := MailReady(a.env)
	if err != nil {
		return MailStatus{}, err
	}
	st := MailStatus{Ready: why == "", Why: why}
	b, blocked := mailBlocked(a.env)
	st.Blocked = blocked
	if usesOAuth(c) {
		st.SignIn = !st.Ready && (!blocked || b.SignIn)
		if p, err := OAuthProvider(a.env, c); err == nil {
			st.Provider = p.Name
		}
	}
	return st, nil
}

package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/secret"
	"relance/backend/template"
)

// MailAPI is the mailbox the reminders leave from: the user's own address, SMTP server and Sent folder. The
// password goes to the OS keychain, never to the store.
type MailAPI struct {
	env   *Env
	inbox *InboxAPI // restarted after a change of mailbox (nil in tests and on the command line)
}

// MailboxChanged restarts the open window's watcher of replies with new settings or a new sign-in (a command run
// in the window changed them).
func MailboxChanged(b *Bindings) { b.Mail.mailboxChanged() }

// mailboxChanged restarts the replies' watcher with the new settings or sign-in.
func (a *MailAPI) mailboxChanged() {
	if a.inbox != nil {
		go a.inbox.restart()
	}
}

const settingMail = "mail"

// MailConfig is what the store keeps about the mailbox (no secret in it).
type MailConfig struct {
	Settings mail.Settings `json:"settings"`
	// PaymentLink is the company's payment page pattern; it may use variables, e.g.
	// https://paiement.exemple.fr/?ref=[[InvoiceNumber]]&montant=[[InvoiceAmountDue]].
	PaymentLink string `json:"paymentLink"`
	// OAuth is the browser sign-in (Microsoft, Google, another host); its tokens live in the keychain.
	OAuth oauth.Config `json:"oauth"`
}

// MailSettingsView is the mailbox screen.
type MailSettingsView struct {
	Config      MailConfig    `json:"config"`
	Configured  bool          `json:"configured"`
	HasPassword bool          `json:"hasPassword"`
	HasToken    bool          `json:"hasToken"`
	Presets     []mail.Preset `json:"presets"`
	OAuth       OAuthInfo     `json:"oauth"`
	// Blocked is why sending waits until the owner acts (sign-in revoked, password refused); "" = not blocked.
	Blocked string `json:"blocked"`
}

func LoadMailConfig(env *Env) (MailConfig, error) {
	var c MailConfig
	_, err := env.Store.Setting(settingMail, &c)
	if c.Settings.RatePerMinute == 0 {
		c.Settings.RatePerMinute = 20
	}
	if c.Settings.DailyCap == 0 {
		c.Settings.DailyCap = 200
	}
	return c, err
}

func saveMailConfig(env *Env, c MailConfig) error {
	c.PaymentLink = strings.TrimSpace(c.PaymentLink)
	if err := c.Settings.Normalize(); err != nil {
		return err
	}
	if err := template.ValidatePaymentLink(c.PaymentLink); err != nil {
		return err
	}
	return env.Store.SetSetting(settingMail, c)
}

// Settings returns the mailbox settings and whether a password is in the keychain.
func (a *MailAPI) Settings() (MailSettingsView, error) {
	c, err := LoadMailConfig(a.env)
	if err != nil {
		return MailSettingsView{}, err
	}
	v := MailSettingsView{Config: c, Configured: c.Settings.Configured(), HasPassword: a.env.Keychain.Has(secret.SMTP),
		HasToken: a.env.Keychain.Has(secret.SMTPToken), Presets: mail.Presets(), OAuth: oauthInfo(a.env, c)}
	if b, ok := mailBlocked(a.env); ok {
		v.Blocked = b.Reason
	}
	return v, nil
}

// SaveSettings validates and stores the settings; a non-empty password goes to the keychain (empty keeps the one
// there).
func (a *MailAPI) SaveSettings(c MailConfig, password string) (MailSettingsView, error) {
	if err := c.Settings.Normalize(); err != nil {
		return MailSettingsView{}, err
	}
	if password != "" { // the keychain first: a refused password leaves the settings as they were
		if err := a.env.Keychain.Set(secret.SMTP, password); err != nil {
			return MailSettingsView{}, err
		}
	}
	if err := saveMailConfig(a.env, c); err != nil {
		return MailSettingsView{}, err
	}
	UnblockMailbox(a.env) // new settings or a new password: try again
	a.mailboxChanged()
	a.env.emit(EventChaseUpdated, nil) // e-mail actions may go out now
	return a.Settings()
}

// Test connects with the settings on screen (saved or not) and the given password (or the one in the keychain),
// and says which step failed.
func (a *MailAPI) Test(c MailConfig, password string) (mail.TestResult, error) {
	OAuthUsers(&c)
	s := c.Settings
	if err := s.Normalize(); err != nil {
		return mail.TestResult{}, err
	}
	c.Settings = s
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	r, err := CheckMailbox(ctx, a.env, c, password)
	if err != nil {
		return r, err
	}
	a.env.emit(EventMailStatus, nil)
	return r, nil
}

// CheckMailbox runs the checks of the « Tester » button and of `relance mail test`: the sign-in (password or
// provider's token), the SMTP server and the Sent folder. A success lifts a block.
func CheckMailbox(ctx context.Context, env *Env, c MailConfig, password string) (mail.TestResult, error) {
	var sec mail.Secret
	var err error
	if usesOAuth(c) {
		sec.Token, err = mailToken(ctx, env, c, false)
		if err != nil {
			return mail.SignInFailed(c.OAuth.Account, backend.ErrorMessage(err)), nil
		}
	} else {
		sec, err = mailSecret(env, c.Settings)
		if err != nil && password == "" {
			return mail.TestResult{}, err
		}
		if password != "" {
			sec.Password = password
		}
	}
	r := mail.Test(ctx, c.Settings, sec)
	if !r.OK && usesOAuth(c) && r.Stage == mail.StageAuth { // refused: once more with a renewed token
		if sec.Token, err = mailToken(ctx, env, c, true); err == nil {
			r = mail.Test(ctx, c.Settings, sec)
		}
	}
	if r.OK {
		UnblockMailbox(env)
	}
	return r, nil
}

// Presets are the known providers' servers.
func (a *MailAPI) Presets() []mail.Preset { return mail.Presets() }

func mailSecret(env *Env, s mail.Settings) (mail.Secret, error) {
	var sec mail.Secret
	var err error
	if s.SMTPAuth == mail.AuthNone {
		return sec, nil // a local relay: no keychain needed
	}
	if sec.Password, _, err = env.Keychain.Get(secret.SMTP); err != nil {
		return sec, err
	}
	// A password given by RELANCE_SMTP_PASSWORD on a machine without a keychain: the token's lookup in the
	// missing keychain must not hide it.
	if sec.Token, _, err = env.Keychain.Get(secret.SMTPToken); err != nil && sec.Password != "" {
		return sec, nil
	}
	return sec, err
}

// MailReady returns the settings when e-mails can go out, or why not, in French.
func MailReady(env *Env) (MailConfig, string, error) {
	c, err := LoadMailConfig(env)
	if err != nil {
		return c, "", err
	}
	if !c.Settings.Configured() {
		return c, "messagerie non configurée : renseignez votre adresse et votre serveur d'envoi dans Paramètres › Messagerie", nil
	}
	OAuthUsers(&c)
	if err := c.Settings.Normalize(); err != nil { // set key by key from the command line: checked as a whole here
		return c, "réglages de messagerie à corriger : " + problemsText(err), nil
	}
	if b, ok := mailBlocked(env); ok {
		return c, b.Reason, nil
	}
	if usesOAuth(c) {
		if !env.Keychain.Has(oauth.RefreshTokenName) {
			name := c.OAuth.Provider
			if p, err := OAuthProvider(env, c); err == nil {
				name = p.Name
			}
			return c, fmt.Sprintf("boîte %s non connectée : connectez-vous par « Se connecter » dans Paramètres › Messagerie", name), nil
		}
		return c, "", nil
	}
	if c.Settings.SMTPAuth != mail.AuthMethod("none") && c.Settings.SMTPAuth != "" && !env.Keychain.Has(secret.SMTP) && !env.Keychain.Has(secret.SMTPToken) {
		return c, "mot de passe de messagerie manquant : saisissez-le dans Paramètres › Messagerie", nil
	}
	return c, "", nil
}

// problemsText joins an error's field messages (or its message) in one line.
func problemsText(err error) string {
	var e *backend.Error
	if errors.As(err, &e) && len(e.Fields) > 0 {
		parts := make([]string, len(e.Fields))
		for i, f := range e.Fields {
			parts[i] = f.Message
		}
		return strings.Join(parts, " ; ")
	}
	return backend.ErrorMessage(err)
}

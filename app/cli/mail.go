package cli

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/secret"
)

// relance config | secret | outbox: the mailbox set up and watched headless.

// configKey is one mail setting reachable from `relance config`.
type configKey struct {
	get func(c *app.MailConfig) string
	set func(c *app.MailConfig, v string) error
}

func strKey(f func(c *app.MailConfig) *string) configKey {
	return configKey{get: func(c *app.MailConfig) string { return *f(c) }, set: func(c *app.MailConfig, v string) error { *f(c) = v; return nil }}
}

func intKey(f func(c *app.MailConfig) *int, lo, hi int) configKey {
	return configKey{get: func(c *app.MailConfig) string { return strconv.Itoa(*f(c)) }, set: func(c *app.MailConfig, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			return backend.Errorf(backend.EINVALID, "« %s » : un nombre entre %d et %d est attendu", v, lo, hi)
		}
		*f(c) = n
		return nil
	}}
}

func securityKey(f func(c *app.MailConfig) *mail.Security) configKey {
	return configKey{get: func(c *app.MailConfig) string { return string(*f(c)) }, set: func(c *app.MailConfig, v string) error {
		if v != "tls" && v != "starttls" && v != "none" {
			return backend.Errorf(backend.EINVALID, "sécurité « %s » inconnue : tls (SSL/TLS), starttls ou none (serveur local seulement)", v)
		}
		*f(c) = mail.Security(v)
		return nil
	}}
}

var configKeys = map[string]configKey{
	"mail.from":          strKey(func(c *app.MailConfig) *string { return &c.Settings.FromAddress }),
	"mail.from_name":     strKey(func(c *app.MailConfig) *string { return &c.Settings.FromName }),
	"mail.reply_to":      strKey(func(c *app.MailConfig) *string { return &c.Settings.ReplyTo }),
	"mail.smtp.host":     strKey(func(c *app.MailConfig) *string { return &c.Settings.SMTPHost }),
	"mail.smtp.port":     intKey(func(c *app.MailConfig) *int { return &c.Settings.SMTPPort }, 1, 65535),
	"mail.smtp.security": securityKey(func(c *app.MailConfig) *mail.Security { return &c.Settings.SMTPSecurity }),
	"mail.smtp.user":     strKey(func(c *app.MailConfig) *string { return &c.Settings.SMTPUser }),
	"mail.smtp.auth": {get: func(c *app.MailConfig) string { return string(c.Settings.SMTPAuth) }, set: func(c *app.MailConfig, v string) error {
		if !slices.Contains([]string{"plain", "login", "cram-md5", "xoauth2", "none"}, v) {
			return backend.Errorf(backend.EINVALID, "authentification « %s » inconnue : plain, login, cram-md5, xoauth2 ou none", v)
		}
		c.Settings.SMTPAuth = mail.AuthMethod(v)
		return nil
	}},
	"mail.imap.host":       strKey(func(c *app.MailConfig) *string { return &c.Settings.IMAPHost }),
	"mail.imap.port":       intKey(func(c *app.MailConfig) *int { return &c.Settings.IMAPPort }, 1, 65535),
	"mail.imap.security":   securityKey(func(c *app.MailConfig) *mail.Security { return &c.Settings.IMAPSecurity }),
	"mail.imap.user":       strKey(func(c *app.MailConfig) *string { return &c.Settings.IMAPUser }),
	"mail.sent_folder":     strKey(func(c *app.MailConfig) *string { return &c.Settings.SentFolder }),
	"mail.rate_per_minute": intKey(func(c *app.MailConfig) *int { return &c.Settings.RatePerMinute }, 1, 600),
	"mail.daily_cap":       intKey(func(c *app.MailConfig) *int { return &c.Settings.DailyCap }, 1, 100000),
	"mail.payment_link":    strKey(func(c *app.MailConfig) *string { return &c.PaymentLink }),
	"mail.oauth.provider": {get: func(c *app.MailConfig) string { return c.OAuth.Provider }, set: func(c *app.MailConfig, v string) error {
		if !slices.Contains([]string{oauth.Microsoft, oauth.Google, oauth.Custom, ""}, v) {
			return backend.Errorf(backend.EINVALID, "fournisseur « %s » inconnu : microsoft, google ou custom (vide : mot de passe)", v)
		}
		c.OAuth.Provider = v
		if v != "" { // the sign-in replaces the password for sending and reading
			c.Settings.SMTPAuth = mail.AuthXOAuth2
			app.FillProviderServers(c)
		} else if c.Settings.SMTPAuth == mail.AuthXOAuth2 {
			c.Settings.SMTPAuth = mail.AuthPlain
		}
		return nil
	}},
	"mail.oauth.client_id": strKey(func(c *app.MailConfig) *string { return &c.OAuth.ClientID }),
	"mail.oauth.auth_url":  strKey(func(c *app.MailConfig) *string { return &c.OAuth.AuthURL }),
	"mail.oauth.token_url": strKey(func(c *app.MailConfig) *string { return &c.OAuth.TokenURL }),
	"mail.oauth.scopes":    strKey(func(c *app.MailConfig) *string { return &c.OAuth.Scopes }),
}

func configKeyList() string {
	keys := make([]string, 0, len(configKeys))
	for k := range configKeys {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

// config sets or reads one mail setting. A setting is checked on its own; the whole mailbox is checked when it is
// used (relance run, the Test button), since a host and an address are set one after the other.
func (c *CLI) config(dirs desktop.Dirs, args []string) error {
	if len(args) == 0 || (args[0] == "set" && len(args) != 3) || (args[0] == "get" && len(args) != 2) || (args[0] != "set" && args[0] != "get") {
		return usageError("usage : relance config set CLÉ VALEUR | relance config get CLÉ\nclés : %s, %s", configKeyList(), smsConfigKeyList())
	}
	k, ok := configKeys[args[1]]
	if !ok {
		return usageError("clé « %s » inconnue : %s, %s", args[1], configKeyList(), smsConfigKeyList())
	}
	env, cfg, done, err := c.openMail(dirs)
	if err != nil {
		return err
	}
	defer done()
	if args[0] == "get" {
		fmt.Fprintln(c.Stdout, k.get(&cfg))
		return nil
	}
	v := strings.TrimSpace(args[2])
	if strings.ContainsAny(v, "\r\n") {
		return backend.Errorf(backend.EINVALID, "%s : la valeur ne peut pas contenir de retour à la ligne", args[1])
	}
	if err := k.set(&cfg, v); err != nil {
		return backend.Errorf(backend.EINVALID, "%s : %s", args[1], backend.ErrorMessage(err))
	}
	if err := app.SaveMailConfig(env, cfg); err != nil {
		return err
	}
	app.UnblockMailbox(env) // changed settings: sending may be tried again
	return nil
}

// secretSet reads a password on standard input (one line) into the keychain.
func (c *CLI) secretSet(dirs desktop.Dirs, args []string) error {
	if len(args) != 2 || args[0] != "set" || (args[1] != secret.SMTP && args[1] != secret.SMTPToken && args[1] != app.OAuthClientSecretName && args[1] != secret.SMS) {
		return usageError("usage : relance secret set smtp|smtp-token|oauth-client-secret|sms  (le secret est lu sur l'entrée standard)")
	}
	in := c.Stdin
	if in == nil {
		in = os.Stdin
	}
	line, err := bufio.NewReader(io.LimitReader(in, 64<<10)).ReadString('\n')
	if err != nil && err != io.EOF {
		return err
	}
	pw := strings.TrimRight(line, "\r\n")
	if pw == "" {
		return backend.Errorf(backend.EINVALID, "aucun mot de passe lu sur l'entrée standard (exemple : relance secret set smtp < fichier)")
	}
	if err := c.keychain(dirs).Set(args[1], pw); err != nil {
		return err
	}
	if _, err := os.Stat(dirs.Store); err == nil { // a new password: a mailbox blocked by the old one may send again
		if env, done, err := c.open(dirs); err == nil {
			app.UnblockMailbox(env)
			done()
		}
	}
	if args[1] == secret.SMS {
		fmt.Fprintln(c.Stdout, "Clé d'API SMS enregistrée dans le trousseau du système.")
		return nil
	}
	fmt.Fprintln(c.Stdout, "Mot de passe enregistré dans le trousseau du système.")
	return nil
}

// outboxLine is one message of `relance outbox --json`.
type outboxLine struct {
	ID        uint64   `json:"id"`
	Channel   string   `json:"channel"` // email or sms
	State     string   `json:"state"`
	Client    string   `json:"client"`
	To        []string `json:"to"`
	Subject   string   `json:"subject"`
	MessageID string   `json:"message_id"`
	Attempts  int      `json:"attempts"`
	QueuedAt  string   `json:"queued_at"`
	SentAt    string   `json:"sent_at,omitempty"`
	Error     string   `json:"error,omitempty"`
	// SMS only: the text, the delivery report (pending, delivered, failed) and its reason, the parts billed.
	Text         string `json:"text,omitempty"`
	Delivery     string `json:"delivery,omitempty"`
	DeliveryNote string `json:"delivery_note,omitempty"`
	Segments     int    `json:"segments,omitempty"`
}

func (c *CLI) outbox(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("outbox", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	state := fs.String("state", "", "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("outbox ne prend pas d'argument « %s »", pos[0])
	}
	if _, ok := backend.OutboxStates[backend.OutboxState(*state)]; *state != "" && !ok {
		return usageError("--state : queued, sending, sent, failed, uncertain ou cancelled")
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	v, err := app.CommandBindings(env).Outbox.List(*state)
	if err != nil {
		return err
	}
	lines := make([]outboxLine, 0, len(v.Messages))
	for _, m := range v.Messages {
		l := outboxLine{ID: m.ID, Channel: m.ChannelName(), State: string(m.State), Client: m.ClientName, To: m.To, Subject: m.Subject, MessageID: m.MessageID,
			Attempts: m.Attempts, QueuedAt: m.QueuedAt.Format("2006-01-02T15:04:05Z"), Error: m.LastError}
		if !m.SentAt.IsZero() {
			l.SentAt = m.SentAt.Format("2006-01-02T15:04:05Z")
		}
		if m.IsSMS() {
			l.Text, l.Delivery, l.DeliveryNote, l.Segments = m.Text, m.Delivery, m.DeliveryNote, m.Segments
		}
		lines = append(lines, l)
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(lines)
	}
	fmt.Fprintf(c.Stdout, "Boîte d'envoi : %d messages (envoyés aujourd'hui : %d / %d).\n", len(lines), v.SentToday, v.DailyCap)
	if !v.Ready {
		fmt.Fprintf(c.Stdout, "  %s\n", cliWording(v.NotReady))
	}
	for _, l := range lines {
		ch := "e-mail"
		if l.Channel == "sms" {
			ch = "SMS"
		}
		fmt.Fprintf(c.Stdout, "  %-5d %-6s %-10s %-24s %s\n", l.ID, ch, backend.OutboxStates[backend.OutboxState(l.State)], strings.Join(l.To, ", "), l.Subject)
		if l.Delivery == "delivered" {
			fmt.Fprintln(c.Stdout, "        délivré")
		} else if l.Delivery == "failed" {
			fmt.Fprintf(c.Stdout, "        échec : %s\n", l.DeliveryNote)
		}
		if l.Error != "" {
			fmt.Fprintf(c.Stdout, "        %s\n", l.Error)
		}
	}
	return nil
}

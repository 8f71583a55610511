package mail

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"relance/backend"
	"relance/backend/oauth"
)

// Secret is the credential read from the keychain by the caller.
type Secret struct {
	Password string
	Token    string // OAuth2 access token, used with xoauth2
}

// Kind tells the outbox whether a failed message may be sent again.
type Kind string

const (
	// Temporary: 4xx, DNS failure, timeout, connection refused or dropped before the message was fully
	// transmitted. The server did not take the message: retry later.
	Temporary Kind = "temporary"
	// Permanent: 5xx, invalid recipient, authentication refused, invalid TLS certificate, invalid settings or
	// message. Do not retry.
	Permanent Kind = "permanent"
	// Uncertain: the whole message and its final "." were written but no reply was read. The server may have
	// accepted it: never resend automatically.
	Uncertain Kind = "uncertain"
)

// Stages of an SMTP exchange, as reported in SendError.Stage and TestResult.Stage.
const (
	StageSettings = "settings" // the settings are invalid (nothing was attempted)
	StageMessage  = "message"  // the message is invalid (nothing was attempted)
	StageDNS      = "dns"
	StageConnect  = "connect"
	StageTLS      = "tls"
	StageAuth     = "auth"
	StageMail     = "mail"
	StageRcpt     = "rcpt"
	StageData     = "data"
	StageReply    = "reply"
)

// SendError classifies what went wrong, so the outbox knows whether to retry.
type SendError struct {
	Kind    Kind
	Stage   string // settings, message, dns, connect, tls, auth, mail, rcpt, data, reply
	Code    int    // SMTP reply code, or 0
	Message string // plain French for the user
	Err     error  // the underlying error, for the log
}

func (e *SendError) Error() string {
	if e.Err == nil {
		return e.Message
	}
	return e.Message + " (" + e.Err.Error() + ")"
}

func (e *SendError) Unwrap() error { return e.Err }

// smtpTimeout bounds each network wait: dialing, and any read or write that makes no progress.
const smtpTimeout = 30 * time.Second

// Send delivers one message through the user's SMTP server. It returns nil or a *SendError. The bytes written
// carry exactly m.MessageID.
func Send(ctx context.Context, s Settings, sec Secret, m Message) error {
	if err := s.Normalize(); err != nil {
		return &SendError{Kind: Permanent, Stage: StageSettings, Message: "Réglages de messagerie invalides : " + backend.ErrorMessage(err), Err: err}
	}
	msg, err := buildMsg(s, m)
	if err != nil {
		return &SendError{Kind: Permanent, Stage: StageMessage, Message: "Message invalide : " + backend.ErrorMessage(err), Err: err}
	}
	sess, _, serr := dialSMTP(ctx, s, sec)
	if serr != nil {
		return serr
	}
	if err := sess.client.SendWithSMTPClient(sess.smtp, msg); err != nil {
		if se := sess.sendError(err, m); se != nil {
			if se.Code != 0 {
				sess.close() // the server answered: the connection is sound, say goodbye
			} else {
				sess.t.closeConn() // lost or silent: waiting for a reply to QUIT would only delay the outcome
			}
			return se
		}
	}
	sess.close()
	return nil
}

// smtpSession is an open, authenticated SMTP connection.
type smtpSession struct {
	s      Settings
	client *gomail.Client
	smtp   *smtp.Client
	t      *connTracker
}

// dialSMTP connects, negotiates TLS and authenticates, with go-mail's client built from the settings.
// The tracker tells how far it went, also on failure.
func dialSMTP(ctx context.Context, s Settings, sec Secret) (*smtpSession, *connTracker, *SendError) {
	t := &connTracker{ctx: ctx, phase: StageDNS}
	tlsConf := tlsConfig(s.SMTPHost, s.RootCAs)
	tlsConf.VerifyConnection = t.verified
	opts := []gomail.Option{
		gomail.WithPort(s.SMTPPort),
		gomail.WithTimeout(smtpTimeout),
		gomail.WithTLSConfig(tlsConf), // replaces go-mail's whole TLS config: ServerName, MinVersion and RootCAs are all set here
		gomail.WithDialContextFunc(t.dialer(s, tlsConf)),
		gomail.WithoutRset(), // one message per connection, then QUIT; a failed RSET must not turn a delivery into an error
	}
	switch s.SMTPSecurity {
	case SecurityTLS:
		opts = append(opts, gomail.WithSSL()) // the TLS handshake itself happens in t.dialer
	case SecurityStartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	default:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if s.SMTPAuth != AuthNone {
		missing := ""
		if s.SMTPAuth == AuthXOAuth2 && sec.Token == "" {
			missing = "Jeton OAuth2 manquant : reconnectez le compte de messagerie"
		} else if s.SMTPAuth != AuthXOAuth2 && sec.Password == "" {
			missing = "Mot de passe de la messagerie manquant : saisissez-le dans Paramètres › Messagerie"
		}
		opts = append(opts, gomail.WithSMTPAuthCustom(&trackedAuth{t: t, mech: s.SMTPAuth, auth: smtpAuth(s, sec), missing: missing, s: s, sec: sec}))
	}
	client, err := gomail.NewClient(s.SMTPHost, opts...)
	if err != nil {
		return nil, t, &SendError{Kind: Permanent, Stage: StageSettings, Message: "Réglages SMTP inutilisables : " + err.Error(), Err: err}
	}
	client.ErrorHandlerRegistry.SetDefaultHandler(t)
	sc, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		t.closeConn() // go-mail leaves the connection open when STARTTLS or AUTH fails
		return nil, t, t.dialError(ctx, s, err)
	}
	return &smtpSession{s: s, client: client, smtp: sc, t: t}, t, nil
}

// smtpAuth is go-mail's own implementation of the chosen mechanism. PLAIN and LOGIN refuse to run without TLS
// except towards this computer, which Normalize guarantees for security "none".
func smtpAuth(s Settings, sec Secret) smtp.Auth {
	plainOK := s.SMTPSecurity == SecurityNone && isLoopback(s.SMTPHost)
	switch s.SMTPAuth {
	case AuthLogin:
		return smtp.LoginAuth(s.SMTPUser, sec.Password, s.SMTPHost, plainOK)
	case AuthCramMD5:
		return smtp.CRAMMD5Auth(s.SMTPUser, sec.Password)
	case AuthXOAuth2:
		return nil // chosen in trackedAuth.Start from what the server offers
	default:
		return smtp.PlainAuth("", s.SMTPUser, sec.Password, s.SMTPHost, plainOK)
	}
}

// close says goodbye (QUIT) and closes the connection whatever the server answers.
func (sess *smtpSession) close() {
	_ = sess.client.CloseWithSMTPClient(sess.smtp)
	sess.t.closeConn()
}

// connTracker follows one SMTP connection: how far the dialogue went, which command the server refused and
// whether a write failed (then the final "." cannot have reached the server).
type connTracker struct {
	ctx context.Context

	mu        sync.Mutex
	phase     string // the stage being attempted: dns, connect, tls, auth
	raw       net.Conn
	stop      func() bool
	writeErr  error
	failedCmd string
	tlsVer    uint16 // TLS version once the server's certificate is verified
}

// verified is the TLS configuration's VerifyConnection: called once the certificate chain checked out.
func (t *connTracker) verified(cs tls.ConnectionState) error {
	t.mu.Lock()
	t.tlsVer = cs.Version
	t.mu.Unlock()
	return nil
}

// tlsVersion is the negotiated TLS version's name, "" without TLS.
func (t *connTracker) tlsVersion() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.tlsVer == 0 {
		return ""
	}
	return tls.VersionName(t.tlsVer)
}

func (t *connTracker) setPhase(p string) {
	t.mu.Lock()
	t.phase = p
	t.mu.Unlock()
}

func (t *connTracker) state() (phase, failedCmd string, writeErr error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.phase, t.failedCmd, t.writeErr
}

// HandleError implements smtp.ResponseErrorHandler: it notes which command got an error reply and returns the
// error unchanged.
func (t *connTracker) HandleError(_, command string, _ *textproto.Conn, err error) error {
	t.mu.Lock()
	t.failedCmd = command
	t.mu.Unlock()
	return err
}

// dialer returns go-mail's dial function: TCP connection (stage dns/connect), then the handshake for implicit
// TLS (stage tls). The raw connection is kept to be closed when ctx ends and after a failure.
func (t *connTracker) dialer(s Settings, conf *tls.Config) gomail.DialContextFunc {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := dialTCP(ctx, s.SMTPHost, network, addr, t.setPhase)
		if err != nil {
			return nil, err
		}
		t.mu.Lock()
		t.raw = conn
		t.phase = StageConnect
		t.stop = context.AfterFunc(t.ctx, func() { _ = conn.Close() })
		t.mu.Unlock()
		tc := &trackedConn{Conn: conn, t: t}
		if s.SMTPSecurity != SecurityTLS {
			return tc, nil
		}
		t.setPhase(StageTLS)
		tlsConn := tls.Client(tc, conf)
		if err := tlsConn.HandshakeContext(ctx); err != nil {
			return nil, err
		}
		return tlsConn, nil
	}
}

func (t *connTracker) closeConn() {
	t.mu.Lock()
	raw, stop := t.raw, t.stop
	t.mu.Unlock()
	if stop != nil {
		stop()
	}
	if raw != nil {
		_ = raw.Close()
	}
}

// trackedConn is the TCP connection under TLS: it records write failures and turns go-mail's fixed deadline into
// an idle timeout, so that a large attachment on a slow line is not cut while it progresses.
type trackedConn struct {
	net.Conn
	t *connTracker
}

func (c *trackedConn) Read(p []byte) (int, error) {
	_ = c.Conn.SetReadDeadline(time.Now().Add(smtpTimeout))
	return c.Conn.Read(p)
}

func (c *trackedConn) Write(p []byte) (int, error) {
	_ = c.Conn.SetWriteDeadline(time.Now().Add(smtpTimeout))
	n, err := c.Conn.Write(p)
	if err != nil {
		c.t.mu.Lock()
		if c.t.writeErr == nil {
			c.t.writeErr = err
		}
		c.t.mu.Unlock()
	}
	return n, err
}

// trackedAuth wraps go-mail's mechanism: it marks the start of authentication and checks the server offers the
// mechanism, to say so precisely.
type trackedAuth struct {
	t       *connTracker
	mech    AuthMethod
	auth    smtp.Auth // nil for xoauth2: chosen from what the server offers
	missing string    // the secret is missing: say so instead of authenticating
	s       Settings
	sec     Secret
}

// saslAuth runs a go-sasl client mechanism (XOAUTH2, OAUTHBEARER) as go-mail's smtp.Auth.
type saslAuth struct{ c sasl.Client }

func (a saslAuth) Start(*smtp.ServerInfo) (string, []byte, error) { return a.c.Start() }

func (a saslAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	return a.c.Next(fromServer)
}

// errMissingSecret: no password (or token) in the keychain; nothing was sent to the server.
type errMissingSecret struct{ message string }

func (e *errMissingSecret) Error() string { return "missing secret" }

type errMechanism struct {
	mech    string
	offered []string
}

func (e *errMechanism) Error() string {
	return fmt.Sprintf("server does not offer AUTH %s (offers %q)", e.mech, e.offered)
}

func (a *trackedAuth) Start(server *smtp.ServerInfo) (string, []byte, error) {
	a.t.setPhase(StageAuth)
	mech := strings.ToUpper(string(a.mech))
	offers := func(m string) bool {
		return slices.ContainsFunc(server.Auth, func(o string) bool { return strings.EqualFold(o, m) })
	}
	if !offers(mech) && !(a.mech == AuthXOAuth2 && offers(oauth.MechOAuthBearer)) {
		return "", nil, &errMechanism{mech: mech, offered: server.Auth}
	}
	if a.missing != "" {
		return "", nil, &errMissingSecret{message: a.missing}
	}
	if a.mech == AuthXOAuth2 {
		a.auth = saslAuth{oauth.SASLClient(offers, a.s.SMTPUser, a.sec.Token, a.s.SMTPHost, a.s.SMTPPort)}
	}
	return a.auth.Start(server)
}

func (a *trackedAuth) Next(fromServer []byte, more bool) ([]byte, error) {
	return a.auth.Next(fromServer, more)
}

// dialError turns a failure to connect, negotiate TLS or authenticate into a SendError. Nothing was sent.
func (t *connTracker) dialError(ctx context.Context, s Settings, err error) *SendError {
	phase, failedCmd, _ := t.state()
	addr := net.JoinHostPort(s.SMTPHost, strconv.Itoa(s.SMTPPort))
	if ctx.Err() != nil && !isTLSError(err) {
		return &SendError{Kind: Temporary, Stage: phase, Message: interrupted(ctx, "la connexion au serveur "+addr), Err: err}
	}
	if se := netError(err, s.SMTPHost, s.SMTPPort, s.SMTPSecurity, "", phase); se != nil {
		return se
	}
	var mechErr *errMechanism
	var missErr *errMissingSecret
	var tpErr *textproto.Error
	switch {
	case errors.As(err, &missErr):
		return &SendError{Kind: Permanent, Stage: StageAuth, Message: missErr.message, Err: err}
	case errors.As(err, &mechErr):
		msg := fmt.Sprintf("le serveur n'accepte pas la méthode d'authentification %s", mechErr.mech)
		if len(mechErr.offered) == 0 {
			msg = "le serveur ne propose aucune authentification sur cette connexion : choisissez « aucune » ou une connexion chiffrée"
		} else {
			msg += " : choisissez-en une qu'il propose (" + strings.ToLower(strings.Join(mechErr.offered, ", ")) + ")"
		}
		return &SendError{Kind: Permanent, Stage: StageAuth, Message: backend.UpperFirst(msg), Err: err}
	case errors.Is(err, smtp.ErrUnencrypted):
		return &SendError{Kind: Permanent, Stage: StageAuth, Message: "Connexion non chiffrée : l'identifiant et le mot de passe n'ont pas été envoyés", Err: err}
	case phase == StageAuth && errors.As(err, &tpErr):
		return authReplyError(tpErr, err, s.SMTPAuth)
	case phase == StageAuth:
		return &SendError{Kind: Temporary, Stage: StageAuth, Message: "La connexion a été coupée pendant l'identification : réessayez plus tard", Err: err}
	case failedCmd == "starttls" && errors.As(err, &tpErr):
		return &SendError{Kind: kindOfCode(tpErr.Code), Stage: StageTLS, Code: tpErr.Code,
			Message: fmt.Sprintf("Le serveur a refusé de passer en connexion chiffrée (STARTTLS, %d)", tpErr.Code), Err: err}
	case strings.Contains(err.Error(), "does not support STARTTLS"):
		return &SendError{Kind: Permanent, Stage: StageTLS,
			Message: "Le serveur ne propose pas STARTTLS : choisissez SSL/TLS (port 465) ou vérifiez le port", Err: err}
	case errors.As(err, &tpErr): // greeting or EHLO refused
		if tpErr.Code/100 == 4 {
			return &SendError{Kind: Temporary, Stage: StageConnect, Code: tpErr.Code,
				Message: fmt.Sprintf("Le serveur %s refuse momentanément la connexion (%d) : réessayez plus tard", addr, tpErr.Code), Err: err}
		}
		return &SendError{Kind: Permanent, Stage: StageConnect, Code: tpErr.Code,
			Message: fmt.Sprintf("Le serveur %s refuse la connexion (%d) : %s", addr, tpErr.Code, tpErr.Msg), Err: err}
	}
	return &SendError{Kind: Temporary, Stage: phase, Message: fmt.Sprintf("La connexion au serveur %s a échoué", addr), Err: err}
}

func authReplyError(tpErr *textproto.Error, err error, mech AuthMethod) *SendError {
	se := &SendError{Kind: kindOfCode(tpErr.Code), Stage: StageAuth, Code: tpErr.Code, Err: err}
	text := strings.ToLower(tpErr.Msg)
	switch {
	case strings.Contains(text, "5.7.30") || strings.Contains(text, "basic authentication is not supported"):
		// Exchange Online once passwords are off for SMTP (end of 2026 by default).
		se.Message = fmt.Sprintf("Microsoft n'accepte plus de mot de passe pour l'envoi (%d) : utilisez « Se connecter avec Microsoft » (relance config set mail.oauth.provider microsoft puis relance mail signin)", tpErr.Code)
	case strings.Contains(text, "5.7.139") || strings.Contains(text, "smtpclientauthentication is disabled"):
		se.Message = fmt.Sprintf("L'envoi par SMTP authentifié est désactivé pour cette boîte Microsoft 365 (%d) : l'administrateur doit activer « SMTP authentifié » pour elle", tpErr.Code)
	case mech == AuthXOAuth2 && tpErr.Code/100 == 5:
		se.Message = fmt.Sprintf("Le serveur refuse la connexion de votre compte (%d) : reconnectez votre boîte", tpErr.Code)
	case tpErr.Code == 535:
		se.Message = "Identifiant ou mot de passe refusé par le serveur (535)"
	case tpErr.Code == 534:
		se.Message = "Le serveur exige un mot de passe d'application ou une autre méthode de connexion (534)"
	case tpErr.Code == 530 || tpErr.Code == 538 || tpErr.Code == 523:
		se.Message = fmt.Sprintf("Le serveur exige une connexion chiffrée pour l'identification (%d)", tpErr.Code)
	case tpErr.Code == 504:
		se.Message = "Le serveur n'accepte pas cette méthode d'authentification (504) : choisissez-en une autre"
	case tpErr.Code/100 == 4:
		se.Message = fmt.Sprintf("Identification momentanément impossible (%d) : réessayez plus tard", tpErr.Code)
	default:
		se.Message = fmt.Sprintf("Identification refusée par le serveur (%d)", tpErr.Code)
	}
	return se
}

// sendError classifies go-mail's failure during MAIL, RCPT, DATA or after the final dot; nil when the message
// was delivered after all.
func (sess *smtpSession) sendError(err error, m Message) *SendError {
	var ge *gomail.SendError
	if !errors.As(err, &ge) {
		return &SendError{Kind: Temporary, Stage: StageConnect, Message: "Envoi impossible : la connexion au serveur a échoué", Err: err}
	}
	code := ge.ErrorCode()
	_, _, writeErr := sess.t.state()
	switch ge.Reason {
	case gomail.ErrSMTPReset:
		return nil // delivered; only the RSET that follows failed
	case gomail.ErrConnCheck:
		return &SendError{Kind: Temporary, Stage: StageConnect, Message: "La connexion au serveur a été perdue avant l'envoi : nouvel essai plus tard", Err: err}
	case gomail.ErrGetSender, gomail.ErrGetRcpts, gomail.ErrNoUnencoded:
		return &SendError{Kind: Permanent, Stage: StageMessage, Message: "Message impossible à envoyer : adresses invalides", Err: err}
	case gomail.ErrSMTPMailFrom:
		return replyError(StageMail, code, err, sess.s, m)
	case gomail.ErrSMTPRcptTo:
		return replyError(StageRcpt, code, err, sess.s, m)
	case gomail.ErrSMTPData:
		return replyError(StageData, code, err, sess.s, m)
	case gomail.ErrWriteContent:
		return &SendError{Kind: Temporary, Stage: StageData, Message: "La connexion a été coupée pendant la transmission du message : le serveur ne l'a pas reçu en entier, nouvel essai plus tard", Err: err}
	case gomail.ErrSMTPDataClose:
		if code != 0 {
			return replyError(StageData, code, err, sess.s, m)
		}
		if writeErr != nil { // the end of the message (with its final ".") could not be written
			return &SendError{Kind: Temporary, Stage: StageData, Message: "La connexion a été coupée pendant la transmission du message : le serveur ne l'a pas reçu en entier, nouvel essai plus tard", Err: err}
		}
	}
	return &SendError{Kind: Uncertain, Stage: StageReply,
		Message: "Le message a été transmis mais le serveur n'a pas confirmé sa réception : il est peut-être parti. Vérifiez le dossier des messages envoyés avant de le renvoyer", Err: err}
}

// replyError classifies a refusal of MAIL, RCPT or DATA (or of the message after its final dot): 4xx temporary,
// 5xx permanent, no code (connection lost before the message was complete) temporary.
func replyError(stage string, code int, err error, s Settings, m Message) *SendError {
	se := &SendError{Kind: kindOfCode(code), Stage: stage, Code: code, Err: err}
	if code == 0 {
		se.Message = "La connexion au serveur a été coupée avant l'envoi du message : nouvel essai plus tard"
		return se
	}
	if code/100 == 4 {
		switch stage {
		case StageRcpt:
			se.Message = fmt.Sprintf("Le serveur diffère l'envoi (%d) : nouvel essai plus tard", code)
		default:
			se.Message = fmt.Sprintf("Le serveur refuse momentanément le message (%d) : nouvel essai plus tard", code)
		}
		return se
	}
	switch {
	case stage == StageMail && (code == 530 || code == 550 && s.SMTPAuth == AuthNone):
		se.Message = fmt.Sprintf("Le serveur exige une identification pour envoyer (%d) : renseignez l'identifiant et la méthode d'authentification", code)
	case stage == StageMail:
		se.Message = fmt.Sprintf("Adresse d'expédition %s refusée par le serveur (%d) : elle doit appartenir au compte utilisé", s.FromAddress, code)
	case stage == StageRcpt:
		to := make([]string, 0, len(m.To)+len(m.Cc))
		for _, a := range append(append([]Address{}, m.To...), m.Cc...) {
			to = append(to, a.Email)
		}
		se.Message = fmt.Sprintf("Adresse du destinataire refusée par le serveur (%d) : vérifiez %s", code, strings.Join(to, ", "))
	case code == 552:
		se.Message = "Message trop volumineux pour le serveur (552) : allégez les pièces jointes"
	default:
		se.Message = fmt.Sprintf("Message refusé par le serveur (%d)", code)
	}
	return se
}

func kindOfCode(code int) Kind {
	if code/100 == 5 {
		return Permanent
	}
	return Temporary
}

// replyErrorFromSMTP classifies the error of one SMTP command sent directly (Test's MAIL FROM).
func replyErrorFromSMTP(stage string, err error, s Settings) *SendError {
	code := 0
	var tpErr *textproto.Error
	if errors.As(err, &tpErr) {
		code = tpErr.Code
	}
	return replyError(stage, code, err, s, Message{})
}

package watch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"relance/backend"
	"relance/backend/oauth"
)

// session is one logged-in connection.
type session struct {
	w      *Watcher
	c      *imapclient.Client
	raw    net.Conn
	addr   string
	stop   func() bool
	exists chan struct{} // an EXISTS notice arrived
	since  time.Time     // connected since

	selected    string // folder opened read-only, "" if none
	uidValidity uint32
	uidNext     uint32
	numMessages uint32
	folderErrs  map[string]error
	delivered   bool // something was delivered since the last IDLE cycle
}

// connect dials, protects and logs in.
func (w *Watcher) connect(ctx context.Context) (*session, error) {
	a := w.acc
	host := strings.TrimSpace(a.Host)
	if host == "" {
		return nil, &failure{code: backend.EINVALID, msg: "Aucun serveur IMAP n'est renseigné"}
	}
	sec := Security(strings.ToLower(strings.TrimSpace(string(a.Security))))
	if sec == "" {
		sec = SecurityTLS
	}
	port := a.Port
	if port == 0 {
		port = 143
		if sec == SecurityTLS {
			port = 993
		}
	}
	switch sec {
	case SecurityTLS, SecurityStartTLS:
	case SecurityNone:
		if !isLoopback(host) {
			return nil, &failure{code: backend.EINVALID, msg: fmt.Sprintf("Connexion non chiffrée refusée vers « %s » : choisissez SSL/TLS ou STARTTLS", host)}
		}
	default:
		return nil, &failure{code: backend.EINVALID, msg: fmt.Sprintf("Type de sécurité « %s » inconnu : tls, starttls ou none", a.Security)}
	}
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	d := net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	raw, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, unreachable(err, host, addr)
	}
	s := &session{w: w, raw: raw, addr: addr, exists: make(chan struct{}, 1)}
	s.stop = context.AfterFunc(ctx, func() { _ = raw.Close() })
	conf := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, RootCAs: a.RootCAs}
	opts := &imapclient.Options{
		TLSConfig: conf,
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(m *imapclient.UnilateralDataMailbox) {
				if m.NumMessages != nil {
					select {
					case s.exists <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	wd := s.watch()
	switch sec {
	case SecurityTLS:
		tc := tls.Client(raw, &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, RootCAs: a.RootCAs, NextProtos: []string{"imap"}})
		err = tc.HandshakeContext(ctx)
		if err == nil {
			s.c = imapclient.New(tc, opts)
		}
	case SecurityStartTLS:
		s.c, err = imapclient.NewStartTLS(raw, opts)
		var ie *imap.Error
		if errors.As(err, &ie) {
			s.closeConn()
			wd.stop(nil)
			return nil, &failure{code: backend.EINVALID, err: err, msg: "Serveur IMAP injoignable : il ne propose pas STARTTLS (choisissez SSL/TLS, port 993)"}
		}
	default:
		s.c = imapclient.New(raw, opts)
	}
	if err == nil {
		err = s.c.WaitGreeting()
	}
	if err = wd.stop(err); err != nil {
		s.close()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, unreachable(err, host, addr)
	}

	wd = s.watch()
	err = s.login(ctx, a, false)
	var ie *imap.Error
	if a.AccessToken != nil && errors.As(err, &ie) && ie.Code != imap.ResponseCodeUnavailable {
		err = s.login(ctx, a, true) // the token may have been revoked early or expired on the way: once more, renewed
	}
	if err = wd.stop(err); err != nil {
		s.close()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		var tokErr *tokenError
		if errors.As(err, &tokErr) {
			return nil, &failure{code: backend.ErrorCode(tokErr.err), err: tokErr.err, auth: true, msg: backend.ErrorMessage(tokErr.err)}
		}
		if errors.As(err, &ie) {
			if ie.Code == imap.ResponseCodeUnavailable {
				return nil, &failure{code: backend.EUNAVAILABLE, err: err, msg: "Serveur IMAP momentanément indisponible : nouvel essai plus tard"}
			}
			return nil, &failure{code: backend.EINVALID, err: err, auth: true, msg: "Identifiant ou mot de passe refusé"}
		}
		return nil, unreachable(err, host, addr)
	}
	return s, nil
}

// close logs out (briefly) and closes the connection.
func (s *session) close() {
	if s.c == nil {
		s.closeConn()
		return
	}
	done := make(chan struct{})
	go func() {
		_ = s.c.Logout().Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(3 * time.Second):
	}
	_ = s.c.Close()
	s.closeConn()
}

func (s *session) closeConn() {
	s.stop()
	_ = s.raw.Close()
}

// watchdog closes the connection when the server stays silent too long (a dead connection would otherwise block
// a command forever: the client has no deadline while it waits for a response).
type watchdog struct {
	t     *time.Timer
	d     time.Duration
	fired atomic.Bool
}

func (s *session) watch() *watchdog {
	wd := &watchdog{d: s.w.cmdTimeout}
	wd.t = time.AfterFunc(wd.d, func() {
		wd.fired.Store(true)
		_ = s.raw.Close()
	})
	return wd
}

// touch records progress.
func (wd *watchdog) touch() { wd.t.Reset(wd.d) }

// stop ends the watch and returns err, or a timeout error if the watchdog closed the connection.
func (wd *watchdog) stop(err error) error {
	wd.t.Stop()
	if wd.fired.Load() {
		return errSilent
	}
	return err
}

var errSilent = errors.New("le serveur ne répond plus (délai dépassé)")

// errAuth matches (errors.Is) a refused login.
var errAuth = errors.New("login refused")

// failure is an error with its French message for the user.
type failure struct {
	code   string
	msg    string
	err    error
	auth   bool
	folder string // set when a folder cannot be opened: the session goes on
}

func (f *failure) Error() string {
	if f.err != nil {
		return f.msg + " (" + f.err.Error() + ")"
	}
	return f.msg
}
func (f *failure) Unwrap() error        { return f.err }
func (f *failure) Is(target error) bool { return target == errAuth && f.auth }

// message is the French message of err for Status.Error.
func message(err error) string {
	var f *failure
	if errors.As(err, &f) {
		return f.msg
	}
	return backend.ErrorMessage(publicError(err))
}

// publicError turns err into a domain error.
func publicError(err error) error {
	var f *failure
	if errors.As(err, &f) {
		return &backend.Error{Code: f.code, Message: f.msg}
	}
	var be *backend.Error
	if errors.As(err, &be) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return &backend.Error{Code: backend.EUNAVAILABLE, Message: "Connexion au serveur IMAP interrompue : " + detail(err, "", "")}
}

// unreachable is a failure to reach or open the server.
func unreachable(err error, host, addr string) *failure {
	code := backend.EUNAVAILABLE
	if isCertError(err) {
		code = backend.EINVALID
	}
	return &failure{code: code, err: err, msg: "Serveur IMAP injoignable : " + detail(err, host, addr)}
}

// lost is a failure of an open session.
func (s *session) lost(err error) error {
	if err == nil {
		return nil
	}
	var f *failure
	if errors.As(err, &f) {
		return err
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		return &failure{code: backend.EUNAVAILABLE, err: err, msg: "Le serveur IMAP a refusé la commande : " + strings.TrimSpace(ie.Text)}
	}
	return &failure{code: backend.EUNAVAILABLE, err: err, msg: "Connexion au serveur IMAP interrompue : " + detail(err, "", s.addr)}
}

// detail explains a network or TLS error in French.
func detail(err error, host, addr string) string {
	var (
		dnsErr *net.DNSError
		hErr   x509.HostnameError
		uaErr  x509.UnknownAuthorityError
		cErr   x509.CertificateInvalidError
		rErr   tls.RecordHeaderError
		ne     net.Error
	)
	at := ""
	if addr != "" {
		at = " (" + addr + ")"
	}
	switch {
	case errors.Is(err, errSilent):
		return "le serveur ne répond plus (délai dépassé)" + at
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("nom de serveur « %s » introuvable (vérifiez le nom et la connexion Internet)", host)
	case errors.As(err, &hErr):
		return fmt.Sprintf("certificat TLS invalide : il n'est pas établi pour « %s »", host)
	case errors.As(err, &uaErr):
		return "certificat TLS invalide : il n'est pas signé par une autorité reconnue"
	case errors.As(err, &cErr):
		if cErr.Reason == x509.Expired {
			return "certificat TLS invalide : il est expiré (ou l'horloge de l'ordinateur est fausse)"
		}
		return "certificat TLS invalide"
	case isCertError(err):
		return "certificat TLS invalide"
	case errors.As(err, &rErr):
		return "le serveur ne répond pas en SSL/TLS sur ce port (choisissez STARTTLS, port 143)" + at
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connexion refusée" + at
	case errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH):
		return "réseau inaccessible, vérifiez la connexion Internet" + at
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, net.ErrClosed) || errors.Is(err, syscall.EPIPE):
		return "connexion coupée par le serveur" + at
	case errors.As(err, &ne) && ne.Timeout():
		return "pas de réponse (délai dépassé)" + at
	}
	return fmt.Sprintf("échec de l'échange%s : %v", at, err)
}

func isCertError(err error) bool {
	var (
		verr  *tls.CertificateVerificationError
		uaErr x509.UnknownAuthorityError
		hErr  x509.HostnameError
		cErr  x509.CertificateInvalidError
	)
	return errors.As(err, &verr) || errors.As(err, &uaErr) || errors.As(err, &hErr) || errors.As(err, &cErr)
}

// isLoopback tells whether host is this computer.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// login signs in with the password, or with an OAuth access token (XOAUTH2, or OAUTHBEARER when that alone is
// offered).
func (s *session) login(ctx context.Context, a Account, renew bool) error {
	token := a.Token
	if a.AccessToken != nil {
		var err error
		if token, err = a.AccessToken(ctx, renew); err != nil {
			return &tokenError{err}
		}
	}
	if token == "" {
		return s.c.Login(a.User, a.Password).Wait()
	}
	caps := s.c.Caps()
	port := a.Port
	return s.c.Authenticate(oauth.SASLClient(func(m string) bool { return caps.Has(imap.AuthCap(m)) }, a.User, token, a.Host, port))
}

// tokenError is a failure to get an access token: nothing was sent to the server.
type tokenError struct{ err error }

func (e *tokenError) Error() string { return e.err.Error() }
func (e *tokenError) Unwrap() error { return e.err }

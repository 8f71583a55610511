package oauthtest

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Mechanisms the mail servers offer: XOAUTH2 (Google, Microsoft), or OAUTHBEARER alone (RFC 7628) to check that a
// client falls back to it.
const (
	XOAuth2     = "XOAUTH2"
	OAuthBearer = "OAUTHBEARER"
)

// bearer checks a SASL response of either mechanism against the authorization server: the token must be one it
// issued, unexpired and unrevoked, for the user named in the response.
func (s *Server) bearer(mech string, done func(user string, err error) error) sasl.Server {
	if mech == OAuthBearer {
		return sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			if err := done(o.Username, s.check(o.Username, o.Token)); err != nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer"}
			}
			return nil
		})
	}
	return &xoauth2{check: func(user, token string) error { return done(user, s.check(user, token)) }}
}

func (s *Server) check(user, token string) error {
	sub, err := s.Validate(context.Background(), token)
	if err != nil {
		return err
	}
	if !strings.EqualFold(sub, user) {
		return errors.New("token issued to another user")
	}
	return nil
}

// xoauth2 is the server side of "user=…\x01auth=Bearer …\x01\x01".
type xoauth2 struct {
	check func(user, token string) error
}

func (a *xoauth2) Next(response []byte) ([]byte, bool, error) {
	if response == nil {
		return []byte{}, false, nil
	}
	var user, token string
	for _, f := range strings.Split(string(response), "\x01") {
		if v, ok := strings.CutPrefix(f, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(f, "auth=Bearer "); ok {
			token = v
		}
	}
	return nil, true, a.check(user, token)
}

// serve listens on a free port of 127.0.0.1 and serves there in the background.
func serve(fn func(net.Listener) error) (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	go func() { _ = fn(l) }()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// SMTP is a submission server on 127.0.0.1 (no TLS: loopback only) that requires an OAuth sign-in.
type SMTP struct {
	Port int

	auth *Server
	mech string
	srv  *smtp.Server

	mu       sync.Mutex
	received []string
	refused  int // authentications refused
}

// StartSMTP starts the server offering mech (XOAuth2 or OAuthBearer).
func (s *Server) StartSMTP(mech string) (*SMTP, error) {
	m := &SMTP{auth: s, mech: mech}
	m.srv = smtp.NewServer(m)
	m.srv.Domain = "localhost"
	m.srv.AllowInsecureAuth = true
	m.srv.ReadTimeout, m.srv.WriteTimeout = time.Minute, time.Minute
	var err error
	m.Port, err = serve(m.srv.Serve)
	return m, err
}

// Close stops the server.
func (m *SMTP) Close() { _ = m.srv.Close() }

// Messages returns the messages received.
func (m *SMTP) Messages() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.received...)
}

// Refused returns how many sign-ins were refused.
func (m *SMTP) Refused() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.refused
}

func (m *SMTP) NewSession(*smtp.Conn) (smtp.Session, error) { return &smtpSession{m: m}, nil }

type smtpSession struct {
	m      *SMTP
	authed bool
}

func (s *smtpSession) AuthMechanisms() []string { return []string{s.m.mech} }

func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	if mech != s.m.mech {
		return nil, smtp.ErrAuthUnknownMechanism
	}
	return s.m.auth.bearer(mech, func(_ string, err error) error {
		if err != nil {
			s.m.mu.Lock()
			s.m.refused++
			s.m.mu.Unlock()
			// What Exchange Online answers for a token it does not accept.
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 3}, Message: "Authentication unsuccessful"}
		}
		s.authed = true
		return nil
	}), nil
}

func (s *smtpSession) Mail(string, *smtp.MailOptions) error {
	if !s.authed {
		return smtp.ErrAuthRequired
	}
	return nil
}

func (s *smtpSession) Rcpt(string, *smtp.RcptOptions) error { return nil }

func (s *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.m.mu.Lock()
	s.m.received = append(s.m.received, string(b))
	s.m.mu.Unlock()
	return nil
}

func (s *smtpSession) Reset()        {}
func (s *smtpSession) Logout() error { return nil }

// IMAP is go-imap's in-memory server on 127.0.0.1 (no TLS: loopback only) where the user signs in with OAuth
// only. It has an INBOX and a Sent folder.
type IMAP struct {
	Port int
	User *imapmemserver.User

	srv     *imapserver.Server
	mu      sync.Mutex
	refused int
}

// imapPassword is the in-memory user's password: never accepted from a client (LOGIN is refused), used inside.
const imapPassword = "not-a-client-password"

// StartIMAP starts the server offering mech.
func (s *Server) StartIMAP(mech string) (*IMAP, error) {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(s.User, imapPassword)
	for _, name := range []string{"INBOX", "Sent"} {
		if err := u.Create(name, nil); err != nil {
			return nil, err
		}
	}
	mem.AddUser(u)
	m := &IMAP{User: u}
	m.srv = imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &imapSession{Session: mem.NewSession(), auth: s, m: m, mech: mech}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.Cap("AUTH=" + mech): {}},
		InsecureAuth: true, // clear text on 127.0.0.1 only
		Logger:       log.New(io.Discard, "", 0),
	})
	var err error
	m.Port, err = serve(m.srv.Serve)
	return m, err
}

// Close stops the server.
func (m *IMAP) Close() { _ = m.srv.Close() }

// Refused returns how many sign-ins were refused.
func (m *IMAP) Refused() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.refused
}

// Deliver puts a message in the INBOX, as a client's reply arriving.
func (m *IMAP) Deliver(raw []byte) error {
	raw = bytes.ReplaceAll(bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
	_, err := m.User.Append("INBOX", literal{bytes.NewReader(raw), int64(len(raw))}, &imap.AppendOptions{Time: time.Now()})
	return err
}

type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

type imapSession struct {
	imapserver.Session
	auth *Server
	m    *IMAP
	mech string
}

func (s *imapSession) Login(string, string) error { return imapserver.ErrAuthFailed } // passwords are gone

func (s *imapSession) AuthenticateMechanisms() []string { return []string{s.mech} }

func (s *imapSession) Authenticate(mech string) (sasl.Server, error) {
	if mech != s.mech {
		return nil, errors.New("unsupported mechanism")
	}
	return s.auth.bearer(mech, func(user string, err error) error {
		if err != nil {
			s.m.mu.Lock()
			s.m.refused++
			s.m.mu.Unlock()
			return imapserver.ErrAuthFailed
		}
		return s.Session.Login(user, imapPassword)
	}), nil
}

package apptest

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// SMTPSink is a real SMTP server on 127.0.0.1 that keeps what it receives, and fails on demand.
type SMTPSink struct {
	Addr string
	Port int

	mu       sync.Mutex
	received []string // raw messages
	rcpt     []string
	// failRcpt, when set, answers RCPT with this error (4xx or 5xx) for the next failTimes attempts (-1: always).
	failRcpt  *smtp.SMTPError
	failTimes int
	// onData, when set, runs when DATA arrives (before the message is stored).
	onData func()
	// password, when set, is required (AUTH PLAIN) before MAIL.
	password string
	// refuseSender answers MAIL FROM with 553 (the account may not send as that address).
	refuseSender bool
}

// RequireAuth makes the sink ask for AUTH PLAIN with this password.
func (s *SMTPSink) RequireAuth(password string) {
	s.mu.Lock()
	s.password = password
	s.mu.Unlock()
}

// StartSMTP starts a sink, closed when the test ends.
func StartSMTP(t testing.TB) *SMTPSink {
	t.Helper()
	sink := &SMTPSink{}
	srv := smtp.NewServer(sink)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sink.Addr = l.Addr().String()
	sink.Port = l.Addr().(*net.TCPAddr).Port
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return sink
}

// NewSession answers a connection (smtp.Backend).
func (s *SMTPSink) NewSession(*smtp.Conn) (smtp.Session, error) { return &sinkSession{sink: s}, nil }

// Messages are the raw messages received, in order.
func (s *SMTPSink) Messages() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.received...)
}

// Recipients are the recipients of each message received (comma-separated), in order.
func (s *SMTPSink) Recipients() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.rcpt...)
}

// RefuseSender answers MAIL FROM with 553 from now on (the account may not send as that address).
func (s *SMTPSink) RefuseSender() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuseSender = true
}

// OnData runs hook when a message's DATA arrives, before it is stored (nil: nothing).
func (s *SMTPSink) OnData(hook func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onData = hook
}

// FailNext answers RCPT with this code for the next times attempts (-1: always).
func (s *SMTPSink) FailNext(code int, times int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failRcpt = &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 1, 1}, Message: "refused by test"}
	if code == 550 {
		s.failRcpt.Message = "5.1.1 User unknown"
	}
	s.failTimes = times
}

type sinkSession struct {
	sink   *SMTPSink
	to     []string
	authed bool
}

func (s *sinkSession) AuthMechanisms() []string {
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	if s.sink.password == "" {
		return nil
	}
	return []string{"PLAIN"}
}

func (s *sinkSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, _, pass string) error {
		s.sink.mu.Lock()
		defer s.sink.mu.Unlock()
		if pass != s.sink.password {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
		}
		s.authed = true
		return nil
	}), nil
}

func (s *sinkSession) Reset()        { s.to = nil }
func (s *sinkSession) Logout() error { return nil }
func (s *sinkSession) Mail(string, *smtp.MailOptions) error {
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	if s.sink.password != "" && !s.authed {
		return smtp.ErrAuthRequired
	}
	if s.sink.refuseSender {
		return &smtp.SMTPError{Code: 553, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "Sender address rejected: not owned by user"}
	}
	return nil
}

func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	if s.sink.failRcpt != nil && s.sink.failTimes != 0 {
		s.sink.failTimes--
		return s.sink.failRcpt
	}
	s.to = append(s.to, to)
	return nil
}

func (s *sinkSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.sink.mu.Lock()
	hook := s.sink.onData
	s.sink.mu.Unlock()
	if hook != nil {
		hook()
	}
	s.sink.mu.Lock()
	defer s.sink.mu.Unlock()
	s.sink.received = append(s.sink.received, string(b))
	s.sink.rcpt = append(s.sink.rcpt, strings.Join(s.to, ","))
	return nil
}

package mail

// Test servers: a go-smtp sink that can misbehave on demand, an in-memory IMAP server, and a certificate made
// at test time for 127.0.0.1 and localhost.

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

const (
	testUser     = "jeanne@exemple.fr"
	testPassword = "mot-de-passe-été"
	testToken    = "ya29.jeton-de-test"
)

var (
	certOnce sync.Once
	certPool *x509.CertPool
	certTLS  *tls.Config
	otherTLS *tls.Config
)

// makeCert makes a self-signed certificate for these names, adds it to certPool and returns a server
// configuration presenting it.
func makeCert(names []string, ips []net.IP) *tls.Config {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "Relance test " + names[0]},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              names,
		IPAddresses:           ips,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		panic(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		panic(err)
	}
	certPool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}}}
}

// testCert returns the pool trusting the test certificate and the server TLS configuration presenting it.
func testCert(t *testing.T) (*x509.CertPool, *tls.Config) {
	t.Helper()
	certOnce.Do(func() {
		certPool = x509.NewCertPool()
		certTLS = makeCert([]string{"localhost"}, []net.IP{net.ParseIP("127.0.0.1"), net.IPv6loopback})
		otherTLS = makeCert([]string{"autre.exemple.fr"}, nil) // trusted too, but for another name
	})
	return certPool, certTLS.Clone()
}

// sinkConfig says how the SMTP sink behaves.
type sinkConfig struct {
	security      Security // tls (implicit), starttls or none
	mechs         []string // AUTH mechanisms offered; none = no authentication
	tempRcpt      int      // answer 451 to RCPT this many times, then accept
	permRcpt      bool     // answer 550 user unknown to RCPT
	dropMidData   bool     // read a little of DATA then cut the connection
	dropAfterData bool     // read the whole message, then cut the connection without replying
	wrongName     bool     // present a trusted certificate made for another name
}

type sinkMessage struct {
	from string
	to   []string
	data []byte
}

// sink is a go-smtp server on 127.0.0.1:0 that records what it accepts.
type sink struct {
	cfg  sinkConfig
	port int

	mu           sync.Mutex
	received     []sinkMessage
	rcptAttempts int
	authUsed     []string
	dataBytes    int // bytes of DATA read before a cut
}

func startSink(t *testing.T, cfg sinkConfig) *sink {
	t.Helper()
	k := &sink{cfg: cfg}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &sinkSession{k: k, conn: c}, nil
	}))
	srv.Domain = "localhost"
	srv.MaxMessageBytes = 64 << 20
	srv.ReadTimeout = 10 * time.Second
	srv.WriteTimeout = 10 * time.Second
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.AllowInsecureAuth = cfg.security == SecurityNone
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	k.port = l.Addr().(*net.TCPAddr).Port
	_, conf := testCert(t)
	if cfg.wrongName {
		conf = otherTLS.Clone()
	}
	switch cfg.security {
	case SecurityTLS:
		l = tls.NewListener(l, conf)
	case SecurityStartTLS:
		srv.TLSConfig = conf
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return k
}

func (k *sink) messages() []sinkMessage {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]sinkMessage(nil), k.received...)
}

func (k *sink) read() (dataBytes, rcptAttempts int, authUsed string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.dataBytes, k.rcptAttempts, fmt.Sprint(k.authUsed)
}

// settings are the Settings pointing at the sink, trusting the test certificate.
func (k *sink) settings(t *testing.T) Settings {
	pool, _ := testCert(t)
	s := Settings{FromName: "Jeanne Dupont — Atelier Été", FromAddress: testUser, ReplyTo: "compta@exemple.fr",
		SMTPHost: "127.0.0.1", SMTPPort: k.port, SMTPSecurity: k.cfg.security, SMTPAuth: AuthNone, RootCAs: pool}
	if len(k.cfg.mechs) > 0 {
		s.SMTPAuth, s.SMTPUser = AuthMethod(strings.ToLower(k.cfg.mechs[0])), testUser
	}
	return s
}

type sinkSession struct {
	k      *sink
	conn   *smtp.Conn
	authed bool
	from   string
	to     []string
}

func (s *sinkSession) AuthMechanisms() []string { return s.k.cfg.mechs }

func (s *sinkSession) Auth(mech string) (sasl.Server, error) {
	done := func(ok bool) error {
		if !ok {
			return smtp.ErrAuthFailed
		}
		s.authed = true
		s.k.mu.Lock()
		s.k.authUsed = append(s.k.authUsed, mech)
		s.k.mu.Unlock()
		return nil
	}
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(identity, user, pass string) error {
			return done(user == testUser && pass == testPassword)
		}), nil
	case "LOGIN":
		return &loginServer{check: func(user, pass string) error { return done(user == testUser && pass == testPassword) }}, nil
	case "CRAM-MD5":
		return &cramServer{check: done}, nil
	case "XOAUTH2":
		return &xoauth2Server{check: done}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *sinkSession) Mail(from string, _ *smtp.MailOptions) error {
	if len(s.k.cfg.mechs) > 0 && !s.authed {
		return smtp.ErrAuthRequired
	}
	s.from = from
	return nil
}

func (s *sinkSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.k.mu.Lock()
	defer s.k.mu.Unlock()
	s.k.rcptAttempts++
	if s.k.cfg.tempRcpt > 0 {
		s.k.cfg.tempRcpt--
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "Greylisted, try again later"}
	}
	if s.k.cfg.permRcpt {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "User unknown"}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *sinkSession) Data(r io.Reader) error {
	switch {
	case s.k.cfg.dropMidData:
		n, _ := io.ReadFull(r, make([]byte, 64<<10))
		s.k.mu.Lock()
		s.k.dataBytes = n
		s.k.mu.Unlock()
		_ = s.conn.Conn().Close() // unread data in the socket: the client gets a reset while it writes
		return errors.New("connection cut in the middle of DATA")
	case s.k.cfg.dropAfterData:
		b, _ := io.ReadAll(r) // up to and including the final "."
		s.k.mu.Lock()
		s.k.dataBytes = len(b)
		s.k.mu.Unlock()
		_ = s.conn.Conn().Close()
		return errors.New("connection cut after DATA, before the reply")
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.k.mu.Lock()
	s.k.received = append(s.k.received, sinkMessage{from: s.from, to: s.to, data: b})
	s.k.mu.Unlock()
	return nil
}

func (s *sinkSession) Reset()        { s.from, s.to = "", nil }
func (s *sinkSession) Logout() error { return nil }

// loginServer is the LOGIN mechanism, which go-sasl only has as a client.
type loginServer struct {
	step  int
	user  string
	check func(user, pass string) error
}

func (a *loginServer) Next(response []byte) ([]byte, bool, error) {
	switch a.step {
	case 0:
		a.step++
		if response != nil { // initial response: the user name
			a.user = string(response)
			a.step++
			return []byte("Password:"), false, nil
		}
		return []byte("Username:"), false, nil
	case 1:
		a.step++
		a.user = string(response)
		return []byte("Password:"), false, nil
	default:
		return nil, true, a.check(a.user, string(response))
	}
}

// cramServer is CRAM-MD5 (RFC 2195).
type cramServer struct {
	challenge []byte
	check     func(ok bool) error
}

func (a *cramServer) Next(response []byte) ([]byte, bool, error) {
	if a.challenge == nil {
		a.challenge = []byte(fmt.Sprintf("<%d.%d@localhost>", time.Now().UnixNano(), 42))
		return a.challenge, false, nil
	}
	user, digest, _ := strings.Cut(string(response), " ")
	mac := hmac.New(md5.New, []byte(testPassword))
	mac.Write(a.challenge)
	want := hex.EncodeToString(mac.Sum(nil))
	return nil, true, a.check(user == testUser && hmac.Equal([]byte(digest), []byte(want)))
}

// xoauth2Server checks "user=…\x01auth=Bearer …\x01\x01".
type xoauth2Server struct{ check func(ok bool) error }

func (a *xoauth2Server) Next(response []byte) ([]byte, bool, error) {
	if response == nil {
		return []byte{}, false, nil
	}
	want := "user=" + testUser + "\x01auth=Bearer " + testToken + "\x01\x01"
	return nil, true, a.check(string(response) == want)
}

// closedPort returns a port on 127.0.0.1 where nothing listens.
func closedPort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	return port
}

// imapTest is an in-memory IMAP server with one user, an INBOX and a Sent folder.
type imapTest struct {
	security Security
	port     int
	user     *imapmemserver.User
	sent     string
}

type imapOptions struct {
	security   Security // tls, starttls or none
	sent       string   // name of the Sent folder
	specialUse bool     // flag it \Sent (the memory server cannot: a session wrapper lists it so)
}

func startIMAP(t *testing.T, o imapOptions) *imapTest {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPassword)
	for _, name := range []string{"INBOX", "Drafts", o.sent} {
		if err := u.Create(name, nil); err != nil {
			t.Fatal(err)
		}
	}
	mem.AddUser(u)
	caps := imap.CapSet{imap.CapIMAP4rev1: {}}
	if o.specialUse {
		caps[imap.CapSpecialUse] = struct{}{}
		caps[imap.CapListExtended] = struct{}{}
	}
	_, conf := testCert(t)
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			sess := mem.NewSession()
			if o.specialUse {
				sess = &specialUseSession{Session: sess, names: []string{"INBOX", "Drafts", o.sent}, sent: o.sent}
			}
			return sess, nil, nil
		},
		Caps:         caps,
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	}
	if o.security == SecurityStartTLS {
		opts.TLSConfig = conf
	}
	srv := imapserver.New(opts)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if o.security == SecurityTLS {
		l = tls.NewListener(l, conf)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return &imapTest{security: o.security, port: port, user: u, sent: o.sent}
}

// apply points the IMAP settings at the test server.
func (it *imapTest) apply(s *Settings) {
	s.IMAPHost, s.IMAPPort, s.IMAPSecurity, s.IMAPUser = "127.0.0.1", it.port, it.security, testUser
}

// specialUseSession lists the mailboxes itself, with \Sent on the Sent folder.
type specialUseSession struct {
	imapserver.Session
	names []string
	sent  string
}

func (s *specialUseSession) List(w *imapserver.ListWriter, ref string, patterns []string, _ *imap.ListOptions) error {
	for _, name := range s.names {
		for _, p := range patterns {
			if imapserver.MatchList(name, '/', ref, p) {
				data := &imap.ListData{Mailbox: name, Delim: '/'}
				if name == s.sent {
					data.Attrs = []imap.MailboxAttr{imap.MailboxAttrSent}
				}
				if err := w.WriteList(data); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}

// imapMessages returns the flags and bodies of the messages in folder, read over IMAP from the test server.
func (it *imapTest) imapMessages(t *testing.T, folder string) (flags [][]imap.Flag, bodies [][]byte) {
	t.Helper()
	pool, _ := testCert(t)
	addr := fmt.Sprintf("127.0.0.1:%d", it.port)
	opts := &imapclient.Options{TLSConfig: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}}
	var c *imapclient.Client
	var err error
	switch it.security {
	case SecurityTLS:
		c, err = imapclient.DialTLS(addr, opts)
	case SecurityStartTLS:
		c, err = imapclient.DialStartTLS(addr, opts)
	default:
		c, err = imapclient.DialInsecure(addr, opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(testUser, testPassword).Wait(); err != nil {
		t.Fatal(err)
	}
	data, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if data.NumMessages == 0 {
		return nil, nil
	}
	bodySection := &imap.FetchItemBodySection{Peek: true}
	var all imap.SeqSet
	all.AddRange(1, data.NumMessages) // 1:n (SeqSetNum(1, n) would be the two messages 1 and n)
	msgs, err := c.Fetch(all, &imap.FetchOptions{Flags: true, BodySection: []*imap.FetchItemBodySection{bodySection}}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		flags = append(flags, m.Flags)
		bodies = append(bodies, bytes.Clone(m.FindBodySection(bodySection)))
	}
	return flags, bodies
}

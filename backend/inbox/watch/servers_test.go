package watch

// Test servers: go-imap's imapserver over an in-memory imapmemserver user, on 127.0.0.1:0, in clear, with
// implicit TLS or with STARTTLS; a session spy that records anything that is not read-only; a memory Sink.

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"
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
)

// testCert returns the pool trusting a self-signed certificate for 127.0.0.1 and localhost, and a server
// configuration presenting it.
func testCert() (*x509.CertPool, *tls.Config) {
	certOnce.Do(func() {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			panic(err)
		}
		tmpl := &x509.Certificate{
			SerialNumber:          big.NewInt(time.Now().UnixNano()),
			Subject:               pkix.Name{CommonName: "Relance test"},
			NotBefore:             time.Now().Add(-time.Hour),
			NotAfter:              time.Now().Add(24 * time.Hour),
			KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
			ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
			BasicConstraintsValid: true,
			IsCA:                  true,
			DNSNames:              []string{"localhost"},
			IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
		if err != nil {
			panic(err)
		}
		cert, _ := x509.ParseCertificate(der)
		certPool = x509.NewCertPool()
		certPool.AddCert(cert)
		certTLS = &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key, Leaf: cert}}}
	})
	return certPool, certTLS.Clone()
}

// testServer is an IMAP server over one in-memory user. The user (and its mailboxes) outlives the server, so a
// test can stop the server and start another on the same address with the same mailboxes.
type testServer struct {
	tb       testing.TB
	security Security
	oauth    bool
	user     *imapmemserver.User
	mem      *imapmemserver.Server
	addr     string

	mu         sync.Mutex
	srv        *imapserver.Server
	violations []string // anything that is not read-only
	logins     int
	brokenUID  imap.UID // a message the server answers NO for when its body is fetched (0: none)
}

type serverOptions struct {
	security Security // none (default), tls or starttls
	oauth    bool     // accept XOAUTH2 with testToken
	folders  []string // besides INBOX
}

func startServer(tb testing.TB, o serverOptions) *testServer {
	tb.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(testUser, testPassword)
	for _, name := range append([]string{"INBOX"}, o.folders...) {
		if err := u.Create(name, nil); err != nil {
			tb.Fatal(err)
		}
	}
	mem.AddUser(u)
	if o.security == "" {
		o.security = SecurityNone
	}
	ts := &testServer{tb: tb, security: o.security, oauth: o.oauth, user: u, mem: mem}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ts.addr = l.Addr().String()
	ts.serve(l)
	tb.Cleanup(ts.stop)
	return ts
}

func (ts *testServer) serve(l net.Listener) {
	_, conf := testCert()
	opts := &imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			spy := &spySession{Session: ts.mem.NewSession(), ts: ts}
			if ts.oauth {
				return &oauthSession{spy}, nil, nil
			}
			return spy, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	}
	if ts.security == SecurityStartTLS {
		opts.TLSConfig = conf
	}
	if ts.security == SecurityTLS {
		l = tls.NewListener(l, conf)
	}
	srv := imapserver.New(opts)
	ts.mu.Lock()
	ts.srv = srv
	ts.mu.Unlock()
	go func() { _ = srv.Serve(l) }()
}

// stop closes the listener and every connection.
func (ts *testServer) stop() {
	ts.mu.Lock()
	srv := ts.srv
	ts.srv = nil
	ts.mu.Unlock()
	if srv != nil {
		_ = srv.Close()
	}
}

// restart starts a new server on the same address.
func (ts *testServer) restart() {
	ts.tb.Helper()
	var l net.Listener
	var err error
	for range 50 {
		if l, err = net.Listen("tcp", ts.addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		ts.tb.Fatal(err)
	}
	ts.serve(l)
}

func (ts *testServer) account() Account {
	host, port, _ := net.SplitHostPort(ts.addr)
	var p int
	fmt.Sscan(port, &p)
	pool, _ := testCert()
	return Account{Host: host, Port: p, Security: ts.security, User: testUser, Password: testPassword, RootCAs: pool}
}

func (ts *testServer) violation(format string, args ...any) {
	ts.mu.Lock()
	ts.violations = append(ts.violations, fmt.Sprintf(format, args...))
	ts.mu.Unlock()
}

func (ts *testServer) checkReadOnly(tb testing.TB) {
	tb.Helper()
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if len(ts.violations) > 0 {
		tb.Errorf("not read-only: %s", strings.Join(ts.violations, "; "))
	}
}

// add appends a message dated date (internal date) to folder through the user API and returns its body.
func (ts *testServer) add(tb testing.TB, folder string, date time.Time, flags ...imap.Flag) []byte {
	tb.Helper()
	body := testMessage(date, 0)
	ts.addRaw(tb, folder, body, date, flags...)
	return body
}

func (ts *testServer) addRaw(tb testing.TB, folder string, body []byte, date time.Time, flags ...imap.Flag) imap.UID {
	tb.Helper()
	data, err := ts.user.Append(folder, literal{bytes.NewReader(body), int64(len(body))}, &imap.AppendOptions{Time: date, Flags: flags})
	if err != nil {
		tb.Fatal(err)
	}
	return data.UID
}

type literal struct {
	*bytes.Reader
	n int64
}

func (l literal) Size() int64 { return l.n }

var msgSeq struct {
	sync.Mutex
	n int
}

// testMessage is a small French message, padded to at least pad bytes.
func testMessage(date time.Time, pad int) []byte {
	msgSeq.Lock()
	msgSeq.n++
	n := msgSeq.n
	msgSeq.Unlock()
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Client SARL <compta@client.fr>\r\nTo: <%s>\r\nSubject: Re: Facture F-%05d\r\n", testUser, n)
	fmt.Fprintf(&b, "Date: %s\r\nMessage-ID: <%d.%d@client.fr>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", date.Format(time.RFC1123Z), n, date.UnixNano())
	b.WriteString("Bonjour,\r\nLe règlement de la facture part demain par virement.\r\nCordialement\r\n")
	for b.Len() < pad {
		b.WriteString("Ligne de remplissage pour grossir le message jusqu'à la taille voulue.\r\n")
	}
	return b.Bytes()
}

// flags reads the flags of every message of folder over IMAP (EXAMINE), ordered by UID.
func (ts *testServer) flags(tb testing.TB, folder string) [][]imap.Flag {
	tb.Helper()
	c, err := imapclient.DialInsecure(ts.addr, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(testUser, testPassword).Wait(); err != nil {
		tb.Fatal(err)
	}
	data, err := c.Select(folder, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		tb.Fatal(err)
	}
	if data.NumMessages == 0 {
		return nil
	}
	msgs, err := c.Fetch(imap.SeqSet{{Start: 1, Stop: data.NumMessages}}, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		tb.Fatal(err)
	}
	slices.SortFunc(msgs, func(a, b *imapclient.FetchMessageBuffer) int { return int(a.UID) - int(b.UID) })
	var out [][]imap.Flag
	for _, m := range msgs {
		f := slices.Clone(m.Flags)
		slices.Sort(f)
		out = append(out, f)
	}
	return out
}

// spySession records every command that is not read-only.
type spySession struct {
	imapserver.Session
	ts *testServer
}

func (s *spySession) Login(user, pass string) error {
	s.ts.mu.Lock()
	s.ts.logins++
	s.ts.mu.Unlock()
	return s.Session.Login(user, pass)
}

func (s *spySession) Select(mailbox string, options *imap.SelectOptions) (*imap.SelectData, error) {
	if options == nil || !options.ReadOnly {
		s.ts.violation("SELECT %s (not EXAMINE)", mailbox)
	}
	return s.Session.Select(mailbox, options)
}

func (s *spySession) Fetch(w *imapserver.FetchWriter, numSet imap.NumSet, options *imap.FetchOptions) error {
	for _, bs := range options.BodySection {
		if !bs.Peek {
			s.ts.violation("FETCH BODY[] without PEEK")
		}
	}
	s.ts.mu.Lock()
	broken := s.ts.brokenUID
	s.ts.mu.Unlock()
	if uids, ok := numSet.(imap.UIDSet); ok && broken != 0 && len(options.BodySection) > 0 && uids.Contains(broken) {
		// What Exchange answers for a message it cannot convert.
		return &imap.Error{Type: imap.StatusResponseTypeNo, Text: "The requested message could not be converted to an RFC-822 compatible format."}
	}
	return s.Session.Fetch(w, numSet, options)
}

func (s *spySession) Store(w *imapserver.FetchWriter, numSet imap.NumSet, flags *imap.StoreFlags, options *imap.StoreOptions) error {
	s.ts.violation("STORE")
	return s.Session.Store(w, numSet, flags, options)
}

func (s *spySession) Copy(numSet imap.NumSet, dest string) (*imap.CopyData, error) {
	s.ts.violation("COPY")
	return s.Session.Copy(numSet, dest)
}

func (s *spySession) Expunge(w *imapserver.ExpungeWriter, uids *imap.UIDSet) error {
	s.ts.violation("EXPUNGE")
	return s.Session.Expunge(w, uids)
}

func (s *spySession) Append(mailbox string, r imap.LiteralReader, options *imap.AppendOptions) (*imap.AppendData, error) {
	s.ts.violation("APPEND")
	return s.Session.Append(mailbox, r, options)
}

func (s *spySession) Create(mailbox string, options *imap.CreateOptions) error {
	s.ts.violation("CREATE")
	return s.Session.Create(mailbox, options)
}

func (s *spySession) Delete(mailbox string) error {
	s.ts.violation("DELETE")
	return s.Session.Delete(mailbox)
}

// oauthSession accepts XOAUTH2 with testToken only.
type oauthSession struct{ *spySession }

func (s *oauthSession) AuthenticateMechanisms() []string { return []string{"XOAUTH2"} }

func (s *oauthSession) Authenticate(mech string) (sasl.Server, error) {
	return &xoauth2Server{check: func(ok bool) error {
		if !ok {
			return imapserver.ErrAuthFailed
		}
		return s.spySession.Login(testUser, testPassword)
	}}, nil
}

type xoauth2Server struct{ check func(ok bool) error }

func (a *xoauth2Server) Next(response []byte) ([]byte, bool, error) {
	if response == nil {
		return []byte{}, false, nil
	}
	want := "user=" + testUser + "\x01auth=Bearer " + testToken + "\x01\x01"
	return nil, true, a.check(string(response) == want)
}

// memSink is the app side in memory. keepRaw false drops the bodies (benchmarks).
type memSink struct {
	mu        sync.Mutex
	keepRaw   bool
	states    map[string]State
	msgs      []Fetched
	calls     int
	maxBatch  int
	delivered chan struct{} // signalled after each Deliver with messages
	fail      error
	onDeliver func([]Fetched) // called after each Deliver, outside the lock
}

func newSink() *memSink {
	return &memSink{keepRaw: true, states: map[string]State{}, delivered: make(chan struct{}, 1)}
}

func (s *memSink) State(folder string) (State, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, ok := s.states[folder]
	return st, ok, nil
}

func (s *memSink) Deliver(folder string, st State, msgs []Fetched) error {
	s.mu.Lock()
	if s.fail != nil {
		s.mu.Unlock()
		return s.fail
	}
	s.calls++
	s.maxBatch = max(s.maxBatch, len(msgs))
	s.states[folder] = st
	for _, m := range msgs {
		if !s.keepRaw {
			m.Raw = nil
		}
		s.msgs = append(s.msgs, m)
	}
	hook := s.onDeliver
	s.mu.Unlock()
	if hook != nil {
		hook(msgs)
	}
	if len(msgs) > 0 {
		select {
		case s.delivered <- struct{}{}:
		default:
		}
	}
	return nil
}

func (s *memSink) snapshot() (msgs []Fetched, states map[string]State) {
	s.mu.Lock()
	defer s.mu.Unlock()
	states = map[string]State{}
	for k, v := range s.states {
		states[k] = v
	}
	return slices.Clone(s.msgs), states
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(tb testing.TB, timeout time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out after %v waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// statusLog records statuses.
type statusLog struct {
	mu sync.Mutex
	l  []Status
}

func (sl *statusLog) add(s Status) {
	sl.mu.Lock()
	sl.l = append(sl.l, s)
	sl.mu.Unlock()
}

func (sl *statusLog) all() []Status {
	sl.mu.Lock()
	defer sl.mu.Unlock()
	return slices.Clone(sl.l)
}

func (sl *statusLog) last() Status {
	sl.mu.Lock()
	defer sl.mu.Unlock()
	if len(sl.l) == 0 {
		return Status{}
	}
	return sl.l[len(sl.l)-1]
}

// runWatcher starts Run in the background and stops it at cleanup; it returns the error channel.
func runWatcher(tb testing.TB, w *Watcher) <-chan error {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != context.Canceled {
				tb.Errorf("Run returned %v, want context.Canceled", err)
			}
		case <-time.After(10 * time.Second):
			tb.Error("Run did not return after cancel")
		}
	})
	return done
}

func fastBackoff(int) time.Duration { return 20 * time.Millisecond }

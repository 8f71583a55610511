package apptest

import (
	"bytes"
	"io"
	"log"
	"net"
	"relance/backend"
	"relance/backend/mail"
	"relance/backend/store"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// IMAPMailbox is go-imap's in-memory server on 127.0.0.1, holding the user's INBOX.
type IMAPMailbox struct {
	user *imapmemserver.User
	Port int
}

// StartIMAP starts the server with the user claire@atelier-dupont.fr (password secret-imap) and an empty INBOX,
// closed when the test ends.
func StartIMAP(t testing.TB) *IMAPMailbox {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser("claire@atelier-dupont.fr", "secret-imap")
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       log.New(io.Discard, "", 0),
	})
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return &IMAPMailbox{user: u, Port: l.Addr().(*net.TCPAddr).Port}
}

type literalReader struct {
	*bytes.Reader
	n int64
}

func (l literalReader) Size() int64 { return l.n }

// Deliver appends a message to the INBOX (line ends made CRLF), received on 23 November 2026 at 14:00 UTC.
func (m *IMAPMailbox) Deliver(t testing.TB, raw string) {
	t.Helper()
	raw = strings.ReplaceAll(raw, "\n", "\r\n")
	if _, err := m.user.Append("INBOX", literalReader{bytes.NewReader([]byte(raw)), int64(len(raw))},
		&imap.AppendOptions{Time: time.Date(2026, 11, 23, 14, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
}

// InboxLedger gives a mail ledger (MailLedger) its mailbox's IMAP side on an in-memory server and sends its one
// reminder: imap saves the mailbox's settings with the server (SaveIMAP), run runs the day's chase and sends the
// outbox once. It returns the server and the reminder sent to the client bizID.
func InboxLedger(t testing.TB, st *store.Store, bizID uint64, imap func(port int) error, run func() error) (*IMAPMailbox, backend.OutboxMessage) {
	t.Helper()
	mb := StartIMAP(t)
	if err := imap(mb.Port); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RELANCE_SMTP_PASSWORD", "secret-imap")
	if err := run(); err != nil {
		t.Fatal(err)
	}
	sent, _ := st.Outbox(store.OutboxQuery{ClientID: bizID})
	if len(sent) != 1 || sent[0].State != backend.OutboxSent {
		t.Fatalf("reminder: %+v", sent)
	}
	return mb, sent[0]
}

// SaveIMAP points the mailbox's settings at the IMAP server on port, as claire@atelier-dupont.fr.
func SaveIMAP(s *mail.Settings, port int) {
	s.IMAPHost, s.IMAPPort, s.IMAPSecurity, s.IMAPUser = "127.0.0.1", port, "none", "claire@atelier-dupont.fr"
}

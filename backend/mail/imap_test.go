package mail

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"

	"relance/backend"
)

func TestAppendAndFindSent(t *testing.T) {
	for _, c := range []struct {
		name string
		opts imapOptions
	}{
		{"special-use over TLS", imapOptions{security: SecurityTLS, sent: "Messages envoyés à l'été", specialUse: true}},
		{"usual name in clear", imapOptions{security: SecurityNone, sent: "Sent"}},
		{"French name over STARTTLS", imapOptions{security: SecurityStartTLS, sent: "Éléments envoyés"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			it := startIMAP(t, c.opts)
			s := (&sink{cfg: sinkConfig{security: SecurityNone}}).settings(t)
			it.apply(&s)
			sec := Secret{Password: testPassword}
			m := testMessage()
			raw, err := Build(s, m)
			if err != nil {
				t.Fatal(err)
			}
			folder, err := AppendSent(testContext(t), s, sec, raw)
			if err != nil {
				t.Fatal(err)
			}
			if folder != c.opts.sent {
				t.Fatalf("folder %q, want %q", folder, c.opts.sent)
			}
			flags, bodies := it.imapMessages(t, folder)
			if len(bodies) != 1 || string(bodies[0]) != string(raw) {
				t.Fatalf("%d messages in %s", len(bodies), folder)
			}
			if !slices.Contains(flags[0], imap.FlagSeen) {
				t.Errorf("flags %v, want \\Seen", flags[0])
			}

			found, err := FindSent(testContext(t), s, sec, m.MessageID)
			if err != nil || !found {
				t.Fatalf("FindSent(%s) = %v, %v", m.MessageID, found, err)
			}
			found, err = FindSent(testContext(t), s, sec, NewMessageID(testUser))
			if err != nil || found {
				t.Fatalf("FindSent(unknown) = %v, %v", found, err)
			}

			// A second copy of the same message (retry, or a provider that files it itself) is not added.
			if folder, err := AppendSent(testContext(t), s, sec, raw); err != nil || folder != c.opts.sent {
				t.Fatal(folder, err)
			}
			if _, bodies := it.imapMessages(t, folder); len(bodies) != 1 {
				t.Errorf("%d copies after a second AppendSent", len(bodies))
			}
			if _, bodies := it.imapMessages(t, "INBOX"); len(bodies) != 0 {
				t.Errorf("%d messages in INBOX", len(bodies))
			}
		})
	}
}

func TestSentFolderChoice(t *testing.T) {
	it := startIMAP(t, imapOptions{security: SecurityNone, sent: "Envoyés"})
	s := (&sink{cfg: sinkConfig{security: SecurityNone}}).settings(t)
	it.apply(&s)
	sec := Secret{Password: testPassword}
	raw, err := Build(s, testMessage())
	if err != nil {
		t.Fatal(err)
	}

	// Configured folder: used as is (Drafts, to prove the choice is honoured).
	s.SentFolder = "Drafts"
	if folder, err := AppendSent(testContext(t), s, sec, raw); err != nil || folder != "Drafts" {
		t.Fatal(folder, err)
	}
	// A configured folder that does not exist is an error, not a silent fallback.
	s.SentFolder = "Inexistant"
	_, err = AppendSent(testContext(t), s, sec, raw)
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != backend.EINVALID || !strings.Contains(e.Message, "« Inexistant » n'existe pas") {
		t.Fatalf("%v", err)
	}
	// Usual French name.
	s.SentFolder = ""
	if folder, err := AppendSent(testContext(t), s, sec, raw); err != nil || folder != "Envoyés" {
		t.Fatal(folder, err)
	}
}

func TestIMAPErrors(t *testing.T) {
	it := startIMAP(t, imapOptions{security: SecurityTLS, sent: "Sent"})
	s := (&sink{cfg: sinkConfig{security: SecurityNone}}).settings(t)
	it.apply(&s)
	id := NewMessageID(testUser)

	_, err := FindSent(testContext(t), s, Secret{Password: "mauvais"}, id)
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != backend.EINVALID || !strings.Contains(e.Message, "identifiant ou mot de passe IMAP refusé") {
		t.Errorf("%v", err)
	}
	s2 := s
	s2.RootCAs = nil
	if _, err := FindSent(testContext(t), s2, Secret{Password: testPassword}, id); !errors.As(err, &e) || !strings.Contains(e.Message, "certificat TLS invalide") {
		t.Errorf("%v", err)
	}
	s2 = s
	s2.IMAPPort = closedPort(t)
	if _, err := FindSent(testContext(t), s2, Secret{Password: testPassword}, id); !errors.As(err, &e) || e.Code != backend.EUNAVAILABLE {
		t.Errorf("%v", err)
	}
	s2 = s
	s2.IMAPHost = ""
	if _, err := AppendSent(testContext(t), s2, Secret{Password: testPassword}, []byte("Subject: x\r\n\r\nx")); !errors.As(err, &e) || e.Code != backend.EINVALID {
		t.Errorf("%v", err)
	}
	if _, err := FindSent(testContext(t), s, Secret{Password: testPassword}, "pas-un-id"); err == nil {
		t.Error("invalid Message-ID accepted")
	}
}

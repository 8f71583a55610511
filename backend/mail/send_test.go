package mail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// wantSendError checks err is a *SendError of this kind and stage.
func wantSendError(t *testing.T, err error, kind Kind, stage string) *SendError {
	t.Helper()
	var se *SendError
	if !errors.As(err, &se) {
		t.Fatalf("want *SendError %s/%s, got %T %v", kind, stage, err, err)
	}
	if se.Kind != kind || se.Stage != stage {
		t.Fatalf("want %s/%s, got %s/%s (code %d): %s", kind, stage, se.Kind, se.Stage, se.Code, se.Error())
	}
	if se.Message == "" {
		t.Fatal("empty user message")
	}
	return se
}

func TestSendPlainLocalhost(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone})
	m := testMessage()
	if err := Send(testContext(t), k.settings(t), Secret{}, m); err != nil {
		t.Fatal(err)
	}
	got := k.messages()
	if len(got) != 1 {
		t.Fatalf("%d messages received, want 1", len(got))
	}
	if got[0].from != testUser || len(got[0].to) != 2 || got[0].to[0] != "client@exemple.fr" || got[0].to[1] != "associe@exemple.fr" {
		t.Errorf("envelope: from %q to %q", got[0].from, got[0].to)
	}
	checkMessage(t, got[0].data, m)
}

func TestSendStartTLSPlainAuth(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN", "LOGIN"}})
	s := k.settings(t)
	if s.SMTPAuth != AuthPlain {
		t.Fatal(s.SMTPAuth)
	}
	m := testMessage()
	if err := Send(testContext(t), s, Secret{Password: testPassword}, m); err != nil {
		t.Fatal(err)
	}
	if got := k.messages(); len(got) != 1 {
		t.Fatalf("%d messages received", len(got))
	} else {
		checkMessage(t, got[0].data, m)
	}
	if authUsed(k) != "[PLAIN]" {
		t.Errorf("mechanisms used: %v", authUsed(k))
	}
}

func TestSendImplicitTLSLogin(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityTLS, mechs: []string{"LOGIN"}})
	s := k.settings(t)
	if s.SMTPAuth != AuthLogin || s.SMTPSecurity != SecurityTLS {
		t.Fatal(s.SMTPAuth, s.SMTPSecurity)
	}
	if err := Send(testContext(t), s, Secret{Password: testPassword}, testMessage()); err != nil {
		t.Fatal(err)
	}
	if len(k.messages()) != 1 || authUsed(k) != "[LOGIN]" {
		t.Fatalf("received %d, mechanisms %v", len(k.messages()), authUsed(k))
	}
}

func TestSendCramMD5AndXOAuth2(t *testing.T) {
	for _, mech := range []string{"CRAM-MD5", "XOAUTH2"} {
		t.Run(mech, func(t *testing.T) {
			k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{mech}})
			sec := Secret{Password: testPassword, Token: testToken}
			if err := Send(testContext(t), k.settings(t), sec, testMessage()); err != nil {
				t.Fatal(err)
			}
			if len(k.messages()) != 1 || authUsed(k) != "["+mech+"]" {
				t.Fatalf("received %d, mechanisms %v", len(k.messages()), authUsed(k))
			}
			// A wrong secret is refused.
			sec = Secret{Password: "faux", Token: "faux"}
			se := wantSendError(t, Send(testContext(t), k.settings(t), sec, testMessage()), Permanent, StageAuth)
			if se.Code != 535 {
				t.Errorf("code %d", se.Code)
			}
		})
	}
}

func TestSendAuthRefused(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}})
	se := wantSendError(t, Send(testContext(t), k.settings(t), Secret{Password: "mauvais"}, testMessage()), Permanent, StageAuth)
	if se.Code != 535 || se.Message != "Identifiant ou mot de passe refusé par le serveur (535)" {
		t.Errorf("code %d, message %q", se.Code, se.Message)
	}
	if n := len(k.messages()); n != 0 {
		t.Errorf("%d messages received", n)
	}
}

func TestSendMechanismNotOffered(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}})
	s := k.settings(t)
	s.SMTPAuth = AuthCramMD5
	se := wantSendError(t, Send(testContext(t), s, Secret{Password: testPassword}, testMessage()), Permanent, StageAuth)
	if !strings.Contains(se.Message, "CRAM-MD5") || !strings.Contains(se.Message, "plain") {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendMissingPassword(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}})
	wantSendError(t, Send(testContext(t), k.settings(t), Secret{}, testMessage()), Permanent, StageAuth)
}

func TestSendUntrustedCertificate(t *testing.T) {
	for _, sec := range []Security{SecurityStartTLS, SecurityTLS} {
		t.Run(string(sec), func(t *testing.T) {
			k := startSink(t, sinkConfig{security: sec, mechs: []string{"PLAIN"}})
			s := k.settings(t)
			s.RootCAs = nil // the system roots do not know the test certificate
			se := wantSendError(t, Send(testContext(t), s, Secret{Password: testPassword}, testMessage()), Permanent, StageTLS)
			if !strings.HasPrefix(se.Message, "Certificat TLS invalide : ") {
				t.Errorf("message %q", se.Message)
			}
			if len(k.messages()) != 0 || authUsed(k) != "[]" {
				t.Error("the password or the message went out over an untrusted connection")
			}
		})
	}
}

func TestSendWrongHostForCertificate(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityTLS, wrongName: true})
	se := wantSendError(t, Send(testContext(t), k.settings(t), Secret{}, testMessage()), Permanent, StageTLS)
	if se.Message != "Certificat TLS invalide : il est établi pour autre.exemple.fr et non pour 127.0.0.1 (vérifiez le nom du serveur)" {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendStartTLSNotOffered(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone})
	s := k.settings(t)
	s.SMTPSecurity = SecurityStartTLS
	se := wantSendError(t, Send(testContext(t), s, Secret{}, testMessage()), Permanent, StageTLS)
	if !strings.HasPrefix(se.Message, "Le serveur ne propose pas STARTTLS") {
		t.Errorf("message %q", se.Message)
	}
	if len(k.messages()) != 0 {
		t.Error("sent in clear")
	}
}

func TestSendImplicitTLSOnPlainPort(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS})
	s := k.settings(t)
	s.SMTPSecurity = SecurityTLS
	se := wantSendError(t, Send(testContext(t), s, Secret{}, testMessage()), Permanent, StageTLS)
	if !strings.Contains(se.Message, "ne répond pas en SSL/TLS") {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendTemporaryThenSuccess(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}, tempRcpt: 1})
	s, m := k.settings(t), testMessage()
	m.Cc = nil
	se := wantSendError(t, Send(testContext(t), s, Secret{Password: testPassword}, m), Temporary, StageRcpt)
	if se.Code != 451 {
		t.Errorf("code %d", se.Code)
	}
	if err := Send(testContext(t), s, Secret{Password: testPassword}, m); err != nil {
		t.Fatal(err)
	}
	got := k.messages()
	if len(got) != 1 || rcptAttempts(k) != 2 {
		t.Fatalf("%d messages after %d RCPT, want exactly 1 after 2", len(got), rcptAttempts(k))
	}
	checkMessage(t, got[0].data, m)
}

func TestSendPermanentRecipient(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}, permRcpt: true})
	se := wantSendError(t, Send(testContext(t), k.settings(t), Secret{Password: testPassword}, testMessage()), Permanent, StageRcpt)
	if se.Code != 550 || !strings.Contains(se.Message, "client@exemple.fr") {
		t.Errorf("code %d, message %q", se.Code, se.Message)
	}
	if len(k.messages()) != 0 {
		t.Error("message recorded")
	}
}

func TestSendDroppedMidData(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone, dropMidData: true})
	m := testMessage()
	// Larger than every socket buffer between client and server, so the client is still writing when the server
	// cuts the connection.
	m.Attachments = append(m.Attachments, Attachment{Name: "gros.bin", ContentType: "application/octet-stream", Data: bytes.Repeat([]byte("relance "), 2<<20)})
	se := wantSendError(t, Send(testContext(t), k.settings(t), Secret{}, m), Temporary, StageData)
	if se.Code != 0 {
		t.Errorf("code %d", se.Code)
	}
	if dataBytes(k) == 0 || len(k.messages()) != 0 {
		t.Errorf("server read %d bytes and recorded %d messages", dataBytes(k), len(k.messages()))
	}
}

func TestSendDroppedAfterFinalDot(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone, dropAfterData: true})
	m := testMessage()
	raw, err := Build(k.settings(t), m)
	if err != nil {
		t.Fatal(err)
	}
	se := wantSendError(t, Send(testContext(t), k.settings(t), Secret{}, m), Uncertain, StageReply)
	if se.Code != 0 {
		t.Errorf("code %d", se.Code)
	}
	// The server did get the whole message (boundaries differ between two renderings, not the size).
	if dataBytes(k) < len(raw)-200 {
		t.Errorf("server read %d bytes, message has %d", dataBytes(k), len(raw))
	}
}

func TestSendConnectionRefused(t *testing.T) {
	port := closedPort(t)
	s := Settings{FromAddress: testUser, SMTPHost: "127.0.0.1", SMTPPort: port, SMTPSecurity: SecurityStartTLS}
	se := wantSendError(t, Send(testContext(t), s, Secret{}, testMessage()), Temporary, StageConnect)
	if !strings.HasPrefix(se.Message, fmt.Sprintf("Connexion refusée sur le port %d", port)) {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendUnknownHost(t *testing.T) {
	s := Settings{FromAddress: testUser, SMTPHost: "nonexistent.invalid", SMTPPort: 587, SMTPSecurity: SecurityStartTLS, SMTPAuth: AuthPlain, SMTPUser: testUser}
	se := wantSendError(t, Send(testContext(t), s, Secret{Password: testPassword}, testMessage()), Temporary, StageDNS)
	if !strings.HasPrefix(se.Message, "Serveur introuvable : nonexistent.invalid") {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendRefusesBeforeConnecting(t *testing.T) {
	port := closedPort(t) // a connection attempt would report "connect"
	s := Settings{FromAddress: testUser, SMTPHost: "127.0.0.1", SMTPPort: port, SMTPSecurity: SecurityNone}
	m := testMessage()
	m.Subject = "Relance\r\nBcc: espion@exemple.fr"
	wantSendError(t, Send(testContext(t), s, Secret{}, m), Permanent, StageMessage)
	s.SMTPHost = "smtp.exemple.fr" // no encryption to a remote server
	se := wantSendError(t, Send(testContext(t), s, Secret{}, testMessage()), Permanent, StageSettings)
	if !strings.Contains(se.Message, "sans chiffrement, seul un serveur local est accepté") {
		t.Errorf("message %q", se.Message)
	}
}

func TestSendCancelled(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var se *SendError
	if err := Send(ctx, k.settings(t), Secret{}, testMessage()); !errors.As(err, &se) || se.Kind != Temporary {
		t.Fatalf("got %v", err)
	}
	if len(k.messages()) != 0 {
		t.Error("sent despite the cancelled context")
	}
}

func authUsed(k *sink) string  { _, _, a := k.read(); return a }
func rcptAttempts(k *sink) int { _, n, _ := k.read(); return n }
func dataBytes(k *sink) int    { n, _, _ := k.read(); return n }

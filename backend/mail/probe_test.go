package mail

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestTestOK(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityStartTLS, mechs: []string{"PLAIN"}})
	it := startIMAP(t, imapOptions{security: SecurityStartTLS, sent: "Sent"})
	s := k.settings(t)
	it.apply(&s)
	r := Test(testContext(t), s, Secret{Password: testPassword})
	if !r.OK || r.Stage != "" || r.SentFolder != "Sent" {
		t.Fatalf("%+v", r)
	}
	want := []string{
		fmt.Sprintf("Connexion à 127.0.0.1:%d : OK", k.port),
		"Chiffrement STARTTLS (TLS 1.3) : OK",
		"Identification de jeanne@exemple.fr (PLAIN) : OK",
		"Adresse d'expédition jeanne@exemple.fr acceptée : OK",
		fmt.Sprintf("Connexion IMAP à 127.0.0.1:%d : OK", it.port),
		"IMAP : chiffrement STARTTLS : OK",
		"Identification IMAP de jeanne@exemple.fr : OK",
		"Dossier des messages envoyés : « Sent »",
	}
	if !slices.Equal(r.Steps, want) {
		t.Errorf("steps:\n%s\nwant\n%s", strings.Join(r.Steps, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(r.Message, "« Sent »") {
		t.Errorf("message %q", r.Message)
	}
	if len(k.messages()) != 0 {
		t.Error("Test sent a message")
	}

	// Without IMAP: SMTP only, and the result says there will be no copy.
	s.IMAPHost = ""
	r = Test(testContext(t), s, Secret{Password: testPassword})
	if !r.OK || len(r.Steps) != 4 || !strings.Contains(r.Message, "aucune copie") {
		t.Errorf("%+v", r)
	}
}

func TestTestFailures(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityTLS, mechs: []string{"LOGIN"}})
	s := k.settings(t)

	r := Test(testContext(t), s, Secret{Password: "mauvais"})
	if r.OK || r.Stage != StageAuth || r.Message != "Identifiant ou mot de passe refusé par le serveur (535)" {
		t.Fatalf("%+v", r)
	}
	want := []string{
		fmt.Sprintf("Connexion à 127.0.0.1:%d : OK", k.port),
		"Chiffrement SSL/TLS (TLS 1.3) : OK",
		"Identification de jeanne@exemple.fr (LOGIN) : échec — identifiant ou mot de passe refusé par le serveur (535)",
	}
	if !slices.Equal(r.Steps, want) {
		t.Errorf("steps:\n%s\nwant\n%s", strings.Join(r.Steps, "\n"), strings.Join(want, "\n"))
	}

	// Untrusted certificate.
	s2 := s
	s2.RootCAs = nil
	if r := Test(testContext(t), s2, Secret{Password: testPassword}); r.Stage != StageTLS || !strings.HasPrefix(r.Message, "Certificat TLS invalide") || len(r.Steps) != 2 {
		t.Errorf("%+v", r)
	}

	// Closed port, unknown host.
	s3 := s
	s3.SMTPPort = closedPort(t)
	if r := Test(testContext(t), s3, Secret{Password: testPassword}); r.Stage != StageConnect || !strings.Contains(r.Message, fmt.Sprintf("Connexion refusée sur le port %d", s3.SMTPPort)) || len(r.Steps) != 1 {
		t.Errorf("%+v", r)
	}
	s3.SMTPHost = "nonexistent.invalid"
	if r := Test(testContext(t), s3, Secret{Password: testPassword}); r.Stage != StageDNS || !strings.HasPrefix(r.Message, "Serveur introuvable : nonexistent.invalid (vérifiez le nom du serveur") {
		t.Errorf("%+v", r)
	}

	// STARTTLS missing.
	plain := startSink(t, sinkConfig{security: SecurityNone})
	s4 := plain.settings(t)
	s4.SMTPSecurity = SecurityStartTLS
	if r := Test(testContext(t), s4, Secret{}); r.Stage != StageTLS || !strings.HasPrefix(r.Message, "Le serveur ne propose pas STARTTLS") {
		t.Errorf("%+v", r)
	}

	// Invalid settings.
	if r := Test(testContext(t), Settings{FromAddress: testUser, SMTPHost: "smtp.exemple.fr", SMTPSecurity: SecurityNone}, Secret{}); r.OK || r.Stage != StageSettings || !strings.Contains(r.Message, "seul un serveur local") {
		t.Errorf("%+v", r)
	}
}

func TestTestIMAPFailures(t *testing.T) {
	k := startSink(t, sinkConfig{security: SecurityNone})
	it := startIMAP(t, imapOptions{security: SecurityNone, sent: "Archives"}) // no usual Sent name
	s := k.settings(t)
	it.apply(&s)

	r := Test(testContext(t), s, Secret{Password: testPassword})
	if r.OK || r.Stage != StageIMAPFolder || !strings.Contains(r.Message, "Aucun dossier des messages envoyés") {
		t.Fatalf("%+v", r)
	}
	if last := r.Steps[len(r.Steps)-1]; !strings.HasPrefix(last, "Dossier des messages envoyés : échec") {
		t.Errorf("steps %q", r.Steps)
	}
	s.SentFolder = "Archives"
	if r := Test(testContext(t), s, Secret{Password: testPassword}); !r.OK || r.SentFolder != "Archives" {
		t.Errorf("%+v", r)
	}

	r = Test(testContext(t), s, Secret{Password: "mauvais"})
	if r.OK || r.Stage != StageIMAPAuth || !strings.HasPrefix(r.Message, "Identifiant ou mot de passe IMAP refusé") {
		t.Errorf("%+v", r)
	}
	s.IMAPPort = closedPort(t)
	r = Test(testContext(t), s, Secret{Password: testPassword})
	if r.OK || r.Stage != StageIMAPConnect || !strings.Contains(r.Message, "Connexion IMAP refusée sur le port") {
		t.Errorf("%+v", r)
	}
}

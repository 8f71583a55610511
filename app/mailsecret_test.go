package app

import (
	"errors"
	"testing"

	"relance/backend/mail"
	"relance/backend/secret"
)

type brokenKeychain struct{}

func (brokenKeychain) Set(string, string, string) error   { return errors.New("no dbus") }
func (brokenKeychain) Get(string, string) (string, error) { return "", errors.New("no dbus") }
func (brokenKeychain) Delete(string, string) error        { return errors.New("no dbus") }

// Without a keychain, the password comes from RELANCE_SMTP_PASSWORD (the IMAP watcher and the sender need it).
func TestMailSecretFromEnvironmentWithoutKeychain(t *testing.T) {
	env := &Env{Keychain: secret.Keychain{Backend: brokenKeychain{}}}
	t.Setenv("RELANCE_SMTP_PASSWORD", "secret-imap")
	t.Setenv("RELANCE_SMTP_TOKEN", "")
	sec, err := mailSecret(env, mail.Settings{SMTPAuth: mail.AuthPlain})
	if err != nil || sec.Password != "secret-imap" || sec.Token != "" {
		t.Fatalf("got %+v, %v", sec, err)
	}
	t.Setenv("RELANCE_SMTP_PASSWORD", "")
	if _, err := mailSecret(env, mail.Settings{SMTPAuth: mail.AuthPlain}); err == nil {
		t.Fatal("no password and no keychain: want the keychain's error")
	}
}

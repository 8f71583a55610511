// Package secret keeps mailbox passwords and tokens in the OS keychain (Windows Credential Manager, macOS
// Keychain, the Secret Service on Linux), never in the store, logs or exports. On a machine without a keychain
// (a headless Linux server), the password comes from the environment for headless runs.
package secret

import (
	"errors"
	"os"
	"strings"
	"sync"

	"github.com/zalando/go-keyring"

	"relance/backend"
)

// Service is the keychain service name Relance's entries are filed under.
const Service = "Relance"

// Names of the secrets, and the environment variables read when no keychain is available.
const (
	SMTP      = "smtp"
	SMTPToken = "smtp-token" // OAuth2 access token for XOAUTH2
	SMS       = "sms"        // the SMS provider's API key (Brevo), or OVHcloud's applicationKey:applicationSecret:consumerKey
)

var envNames = map[string]string{SMTP: "RELANCE_SMTP_PASSWORD", SMTPToken: "RELANCE_SMTP_TOKEN", SMS: "RELANCE_SMS_KEY"}

// Keychain reads and writes secrets. The zero value uses the OS keychain under Service; Account separates data
// folders (two data folders, two passwords).
type Keychain struct {
	Account string
	// Backend is the keychain used; nil means the OS keychain. Tests use an in-memory one (keyring.MockInit is
	// global, so a field keeps tests independent).
	Backend Backend
	// InsecureFile is where secrets go on a machine without a keychain when the owner asks for it
	// (--insecure-storage): a file readable by the user only, outside the data folder. "" = never.
	InsecureFile string
}

// Backend is the part of go-keyring Relance uses.
type Backend interface {
	Set(service, user, password string) error
	Get(service, user string) (string, error)
	Delete(service, user string) error
}

type osBackend struct{}

func (osBackend) Set(s, u, p string) error        { return keyring.Set(s, u, p) }
func (osBackend) Get(s, u string) (string, error) { return keyring.Get(s, u) }
func (osBackend) Delete(s, u string) error        { return keyring.Delete(s, u) }

func (k Keychain) backend() Backend {
	if k.Backend != nil {
		return k.Backend
	}
	return osBackend{}
}

func (k Keychain) user(name string) string {
	if k.Account == "" {
		return name
	}
	return name + "@" + k.Account
}

// Set stores a secret; an empty value deletes it.
func (k Keychain) Set(name, value string) error {
	if value == "" {
		err := k.backend().Delete(Service, k.user(name))
		if err != nil && !errors.Is(err, keyring.ErrNotFound) {
			return unavailable(err)
		}
		return nil
	}
	if strings.ContainsAny(value, "\r\n") {
		return backend.Errorf(backend.EINVALID, "le mot de passe ne peut pas contenir de retour à la ligne")
	}
	if k.InsecureFile != "" { // a secret the owner chose to keep in the file stays there (a rotated token)
		if _, inFile, err := (fileStore{k.InsecureFile}).get(k.user(name)); err == nil && inFile {
			return (fileStore{k.InsecureFile}).set(k.user(name), value)
		}
	}
	if err := k.backend().Set(Service, k.user(name), value); err != nil {
		return unavailable(err)
	}
	return nil
}

// Get returns a secret: the environment variable first when set (headless runs), else the keychain. found is
// false when neither has it.
func (k Keychain) Get(name string) (value string, found bool, err error) {
	if env := envNames[name]; env != "" {
		if v, ok := os.LookupEnv(env); ok && v != "" {
			return v, true, nil
		}
	}
	v, err := k.backend().Get(Service, k.user(name))
	if err == nil {
		return v, true, nil
	}
	if k.InsecureFile != "" { // no keychain here, or not in it: the file the owner chose, if any
		if fv, ok, ferr := (fileStore{k.InsecureFile}).get(k.user(name)); ferr != nil || ok {
			return fv, ok, ferr
		}
	}
	if errors.Is(err, keyring.ErrNotFound) {
		return "", false, nil
	}
	return "", false, unavailable(err)
}

// SetInsecure stores a secret in the insecure file (0600, outside the data folder) instead of the keychain.
func (k Keychain) SetInsecure(name, value string) error {
	if k.InsecureFile == "" {
		return backend.Errorf(backend.EINVALID, "aucun fichier de secrets choisi")
	}
	if strings.ContainsAny(value, "\r\n") {
		return backend.Errorf(backend.EINVALID, "le secret ne peut pas contenir de retour à la ligne")
	}
	return (fileStore{k.InsecureFile}).set(k.user(name), value)
}

// Delete removes a secret from the keychain and from the insecure file.
func (k Keychain) Delete(name string) error {
	err := k.Set(name, "")
	if k.InsecureFile != "" {
		_, inFile, _ := (fileStore{k.InsecureFile}).get(k.user(name))
		if ferr := (fileStore{k.InsecureFile}).set(k.user(name), ""); ferr != nil {
			return ferr
		}
		if inFile && backend.ErrorCode(err) == backend.EUNAVAILABLE {
			return nil // no keychain on this machine: the file was the one place
		}
	}
	return err
}

// Has tells whether a secret is set, without returning it (for the settings screen).
func (k Keychain) Has(name string) bool {
	_, found, _ := k.Get(name)
	return found
}

func unavailable(err error) error {
	hint := "le trousseau du système n'est pas disponible"
	if name := envNames[SMTP]; name != "" {
		hint += " : sur un serveur sans trousseau, donnez le mot de passe par la variable d'environnement " + name
	}
	return backend.Errorf(backend.EUNAVAILABLE, "%s (%v)", hint, err)
}

// Memory is an in-memory Backend for tests and for machines where the user accepts a session-only password.
type Memory struct {
	mu sync.Mutex
	m  map[string]string
}

func (m *Memory) Set(s, u, p string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[string]string{}
	}
	m.m[s+"|"+u] = p
	return nil
}

func (m *Memory) Get(s, u string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[s+"|"+u]
	if !ok {
		return "", keyring.ErrNotFound
	}
	return v, nil
}

func (m *Memory) Delete(s, u string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.m[s+"|"+u]; !ok {
		return keyring.ErrNotFound
	}
	delete(m.m, s+"|"+u)
	return nil
}

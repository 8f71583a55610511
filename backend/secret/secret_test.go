package secret

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
)

func TestSetGetDeleteAndEnvironment(t *testing.T) {
	t.Setenv("RELANCE_SMTP_PASSWORD", "")
	k := Keychain{Account: "data1", Backend: &Memory{}}
	if _, found, err := k.Get(SMTP); found || err != nil {
		t.Fatalf("empty keychain: %v %v", found, err)
	}
	if err := k.Set(SMTP, "s3cret"); err != nil {
		t.Fatal(err)
	}
	if v, found, _ := k.Get(SMTP); !found || v != "s3cret" {
		t.Fatalf("got %q %v", v, found)
	}
	// Another data folder has its own entry.
	other := Keychain{Account: "data2", Backend: k.Backend}
	if other.Has(SMTP) {
		t.Fatal("secret shared between data folders")
	}
	// The environment wins, for headless runs.
	t.Setenv("RELANCE_SMTP_PASSWORD", "from-env")
	if v, _, _ := k.Get(SMTP); v != "from-env" {
		t.Fatalf("env not used: %q", v)
	}
	t.Setenv("RELANCE_SMTP_PASSWORD", "")
	if err := k.Set(SMTP, ""); err != nil {
		t.Fatal(err)
	}
	if k.Has(SMTP) {
		t.Fatal("not deleted")
	}
	if err := k.Set(SMTP, ""); err != nil {
		t.Fatalf("deleting twice: %v", err)
	}
	if err := k.Set(SMTP, "a\r\nb"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("newline accepted: %v", err)
	}
}

func TestInsecureFileIsTheExplicitFallback(t *testing.T) {
	path := filepath.Join(t.TempDir(), "conf", "secrets.json")
	k := Keychain{Account: "data1", Backend: failing{}, InsecureFile: path}
	// No keychain and nothing in the file: not found is no error only when the keychain said "not found".
	if _, found, err := k.Get("oauth-refresh"); found || backend.ErrorCode(err) != backend.EUNAVAILABLE {
		t.Fatalf("empty: %v %v", found, err)
	}
	if err := k.SetInsecure("oauth-refresh", "rt-1"); err != nil {
		t.Fatal(err)
	}
	if v, found, err := k.Get("oauth-refresh"); !found || v != "rt-1" || err != nil {
		t.Fatalf("got %q %v %v", v, found, err)
	}
	// A rotated token goes where the first one is, though there is no keychain.
	if err := k.Set("oauth-refresh", "rt-2"); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := k.Get("oauth-refresh"); v != "rt-2" {
		t.Fatalf("rotated: %q", v)
	}
	if err := k.Delete("oauth-refresh"); err != nil || k.Has("oauth-refresh") {
		t.Fatalf("delete without keychain: %v", err)
	}
	if err := k.SetInsecure("oauth-refresh", "rt-1"); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file mode %v %v", fi, err)
	}
	// Another data folder, another entry.
	if (Keychain{Account: "data2", Backend: &Memory{}, InsecureFile: path}).Has("oauth-refresh") {
		t.Fatal("shared between data folders")
	}
	// The keychain, when it has the entry, wins over the file.
	mem := &Memory{}
	k2 := Keychain{Account: "data1", Backend: mem, InsecureFile: path}
	_ = k2.Set("oauth-refresh", "rt-keychain")
	if v, _, _ := k2.Get("oauth-refresh"); v != "rt-keychain" {
		t.Fatalf("keychain not preferred: %q", v)
	}
	if err := k2.Delete("oauth-refresh"); err != nil {
		t.Fatal(err)
	}
	if k2.Has("oauth-refresh") {
		t.Fatal("still there after Delete")
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), "rt-1") {
		t.Fatalf("file keeps the deleted secret: %s", b)
	}
}

type failing struct{}

func (failing) Set(string, string, string) error   { return errors.New("no dbus") }
func (failing) Get(string, string) (string, error) { return "", errors.New("no dbus") }
func (failing) Delete(string, string) error        { return errors.New("no dbus") }

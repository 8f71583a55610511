package secret

import (
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

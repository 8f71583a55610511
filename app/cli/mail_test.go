package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"relance/app/desktop"

	"relance/backend"
	"relance/backend/secret"
)

func TestCLIConfigSecretAndOutbox(t *testing.T) {
	dir := t.TempDir()
	kc := &secret.Keychain{Backend: &secret.Memory{}}
	run := func(stdin string, args ...string) (string, int) {
		var out, errb bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &errb, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)),
			Stdin: strings.NewReader(stdin), Keychain: kc}
		code := c.Run(dir, args)
		return out.String() + errb.String(), code
	}
	if out, code := run("", "config", "set", "mail.smtp.host", "smtp.exemple.fr"); code != 0 {
		t.Fatalf("config set: %d %s", code, out)
	}
	if out, _ := run("", "config", "get", "mail.smtp.host"); strings.TrimSpace(out) != "smtp.exemple.fr" {
		t.Fatalf("config get: %q", out)
	}
	if out, code := run("", "config", "set", "mail.smtp.security", "ssl3"); code != 1 || !strings.Contains(out, "starttls") {
		t.Fatalf("bad security: %d %s", code, out)
	}
	if out, code := run("", "config", "set", "mail.smtp.colour", "x"); code != 2 || !strings.Contains(out, "mail.smtp.port") {
		t.Fatalf("unknown key: %d %s", code, out)
	}
	if out, code := run("s3cret\n", "secret", "set", "smtp"); code != 0 {
		t.Fatalf("secret set: %d %s", code, out)
	}
	k := *kc
	k.Account = desktop.ResolveDirs(dir).Data
	t.Setenv("RELANCE_SMTP_PASSWORD", "")
	if v, found, _ := k.Get(secret.SMTP); !found || v != "s3cret" {
		t.Fatalf("keychain has %q", v)
	}
	// The password is nowhere in the data folder.
	if out, _ := run("", "export", "all", "--format", "json"); strings.Contains(out, "s3cret") {
		t.Fatal("password in the export")
	}
	if out, code := run("", "outbox", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("outbox: %d %s", code, out)
	}
}

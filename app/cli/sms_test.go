package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/secret"
)

// The SMS account set up and used from the command line: settings checked one by one with French errors, the key
// in the keychain, a test send, relance run sending the day's SMS step, relance outbox --json listing it as sms.
func TestCLISMS(t *testing.T) {
	env, _, brevo, _ := smsLedger(t)
	dir := env.Dirs.Data
	env.Store.Close() // the command line opens the folder itself
	kc := &secret.Keychain{Backend: &secret.Memory{}}
	run := func(stdin string, args ...string) cliRun {
		var out, errb bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", Stdin: strings.NewReader(stdin), Keychain: kc,
			Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		code := c.Run(dir, args)
		return cliRun{code, out.String(), errb.String()}
	}
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"config", "set", "sms.sender", "Mon Atelier"}, 1, "pas d'espace"},
		{[]string{"config", "set", "sms.sender", "ATELIERDUPONT"}, 1, "11 au plus"},
		{[]string{"config", "set", "sms.provider", "twilio"}, 1, "brevo, ovh ou aucun"},
		{[]string{"config", "set", "sms.price", "beaucoup"}, 1, "0,045"},
		{[]string{"config", "set", "sms.hours", "20:00-08:00"}, 1, "08:00-20:00"},
		{[]string{"config", "set", "sms.colour", "x"}, 2, "sms.sender"},
		{[]string{"config", "set", "sms.price", "0,05"}, 0, ""},
		{[]string{"config", "get", "sms.price"}, 0, "0,05 €"},
		{[]string{"config", "get", "sms.hours"}, 0, "08:00-20:00"},
		{[]string{"config", "get", "sms.provider"}, 0, "brevo"},
	} {
		r := run("", c.args...)
		if r.code != c.code || !strings.Contains(r.stdout+r.stderr, c.says) {
			t.Fatalf("%v: %d %q %q; want %d saying %q", c.args, r.code, r.stdout, r.stderr, c.code, c.says)
		}
	}
	// The key: without it nothing can go; set on standard input, it goes to the keychain (never the data folder).
	if r := run("", "sms", "test", "06 12 34 56 78"); r.code != 1 || !strings.Contains(r.stderr, "clé d'API") {
		t.Fatalf("test without a key: %+v", r)
	}
	if r := run("xkeysib-test\n", "secret", "set", "sms"); r.code != 0 || !strings.Contains(r.stdout, "Clé d'API SMS enregistrée") {
		t.Fatalf("secret set sms: %+v", r)
	}
	if r := run("", "sms", "test", "01 23 45 67 89"); r.code != 1 || !strings.Contains(r.stderr, "ligne fixe") {
		t.Fatalf("test to a landline: %+v", r)
	}
	if r := run("", "sms", "test", "06 12 34 56 78"); r.code != 0 || !strings.Contains(r.stdout, "accepté par Brevo pour le +33612345678") {
		t.Fatalf("test: %+v", r)
	}
	if brevo.Count() != 1 || brevo.Request(0).Recipient != "33612345678" || !strings.Contains(brevo.Request(0).Content, "SMS de test") {
		t.Fatalf("stand-in got %d requests", brevo.Count())
	}
	// relance run sends MEN's SMS; PET (a consumer without consent) waits, so the run says it is incomplete (3).
	r := run("", "run")
	if r.code != 3 || !strings.Contains(r.stdout, "SMS : 1 envoyé") || !strings.Contains(r.stdout, "particulier") {
		t.Fatalf("run: %+v", r)
	}
	if brevo.Count() != 2 {
		t.Fatalf("%d requests", brevo.Count())
	}
	r = run("", "outbox", "--json")
	var lines []outboxLine
	if err := json.Unmarshal([]byte(r.stdout), &lines); err != nil || r.code != 0 {
		t.Fatalf("outbox --json: %+v %v", r, err)
	}
	if len(lines) != 1 || lines[0].Channel != "sms" || lines[0].State != "sent" || lines[0].To[0] != "+33612345678" ||
		lines[0].Delivery != "pending" || !strings.Contains(lines[0].Text, "1 800,00 €") {
		t.Fatalf("outbox lines %+v", lines)
	}
	// Run again: nothing more is sent.
	if r := run("", "run"); brevo.Count() != 2 {
		t.Fatalf("second run sent again: %+v", r)
	}
}

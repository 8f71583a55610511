package cli

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/oauth"
	"relance/backend/oauth/oauthtest"
	"relance/backend/secret"
)

func TestCLIMailSigninHeadlessThenRun(t *testing.T) {
	data := t.TempDir()
	mb := apptest.StartOAuthMailbox(t, time.Minute, oauthtest.XOAuth2)
	keys := &secret.Keychain{Backend: &secret.Memory{}}
	run := func(args ...string) cliRun {
		t.Helper()
		var out, errb strings.Builder
		c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", Keychain: keys,
			Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		return cliRun{c.Run(data, args), out.String(), errb.String()}
	}
	if r := run("demo", "--clients", "20", "--invoices", "200", "--messages", "0"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	for _, kv := range [][2]string{{"mail.from", apptest.OAuthUser}, {"mail.smtp.host", "127.0.0.1"}, {"mail.smtp.port", strconv.Itoa(mb.SMTP.Port)},
		{"mail.smtp.security", "none"}, {"mail.imap.host", "127.0.0.1"}, {"mail.imap.port", strconv.Itoa(mb.IMAP.Port)}, {"mail.imap.security", "none"},
		{"mail.oauth.provider", "custom"}, {"mail.oauth.client_id", oauthtest.ClientID}, {"mail.oauth.auth_url", mb.Auth.AuthURL},
		{"mail.oauth.token_url", mb.Auth.TokenURL}, {"mail.oauth.scopes", oauthtest.Scopes}} {
		if r := run("config", "set", kv[0], kv[1]); r.code != 0 {
			t.Fatalf("config %v: %+v", kv, r)
		}
	}
	if r := run("mail", "test"); r.code == 0 || !strings.Contains(r.stderr, "non connectée") && !strings.Contains(r.stderr, "Reconnectez") {
		t.Fatalf("test before sign-in: %+v", r)
	}

	// signin --no-browser prints the address alone on one line; an HTTP client follows it.
	pr, pw := io.Pipe()
	done := make(chan cliRun, 1)
	go func() {
		var errb strings.Builder
		c := &CLI{Stdout: pw, Stderr: &errb, Version: "test", Keychain: keys, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		code := c.Run(data, []string{"mail", "signin", "--no-browser"})
		pw.Close()
		done <- cliRun{code: code, stderr: errb.String()}
	}()
	sc := bufio.NewScanner(pr)
	if !sc.Scan() || !strings.HasPrefix(sc.Text(), mb.Auth.AuthURL+"?") {
		t.Fatalf("first line: %q", sc.Text())
	}
	if page, err := oauthtest.Consent(sc.Text()); err != nil || !strings.Contains(page, "Vous pouvez revenir à Relance") {
		t.Fatalf("consent: %v %s", err, page)
	}
	var rest strings.Builder
	for sc.Scan() {
		rest.WriteString(sc.Text() + "\n")
	}
	if r := <-done; r.code != 0 || !strings.Contains(rest.String(), "Connecté : "+apptest.OAuthUser) {
		t.Fatalf("signin: %+v %s", r, rest.String())
	}
	if r := run("mail", "test"); r.code != 0 || !strings.Contains(r.stdout, "Connexion réussie") {
		t.Fatalf("mail test: %+v", r)
	}
	if r := run("run", "--confirm"); r.code != 0 || len(mb.SMTP.Messages()) == 0 { // the demo is a reprise: confirmed
		t.Fatalf("run: %+v, %d sent", r, len(mb.SMTP.Messages()))
	}
	if r := run("mail", "signout"); r.code != 0 || keys.Has(oauth.RefreshTokenName) {
		t.Fatalf("signout: %+v", r)
	}
}

package mail

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"relance/backend"
)

func fieldMessages(t *testing.T, err error) map[string]string {
	t.Helper()
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != backend.EINVALID {
		t.Fatalf("want EINVALID, got %v", err)
	}
	out := map[string]string{}
	for _, f := range e.Fields {
		out[f.Field] = f.Message
	}
	return out
}

func TestNormalizeDefaults(t *testing.T) {
	s := Settings{FromAddress: " jeanne@exemple.fr ", SMTPHost: " SMTP.Exemple.FR ", SMTPUser: "jeanne@exemple.fr", IMAPHost: "imap.exemple.fr"}
	if err := s.Normalize(); err != nil {
		t.Fatal(err)
	}
	want := Settings{FromAddress: "jeanne@exemple.fr", SMTPHost: "smtp.exemple.fr", SMTPPort: 465, SMTPSecurity: SecurityTLS,
		SMTPAuth: AuthPlain, SMTPUser: "jeanne@exemple.fr", IMAPHost: "imap.exemple.fr", IMAPPort: 993, IMAPSecurity: SecurityTLS,
		IMAPUser: "jeanne@exemple.fr", RatePerMinute: 20, DailyCap: 200}
	if s != want {
		t.Errorf("got  %+v\nwant %+v", s, want)
	}

	for _, c := range []struct {
		sec      Security
		port     int
		wantSec  Security
		wantPort int
	}{
		{"", 587, SecurityStartTLS, 587},
		{"", 465, SecurityTLS, 465},
		{SecurityStartTLS, 0, SecurityStartTLS, 587},
		{"STARTTLS", 0, SecurityStartTLS, 587},
		{SecurityTLS, 0, SecurityTLS, 465},
	} {
		s := Settings{FromAddress: testUser, SMTPHost: "smtp.exemple.fr", SMTPSecurity: c.sec, SMTPPort: c.port}
		if err := s.Normalize(); err != nil {
			t.Fatal(err)
		}
		if s.SMTPSecurity != c.wantSec || s.SMTPPort != c.wantPort || s.SMTPAuth != AuthNone {
			t.Errorf("%q %d → %q %d %q", c.sec, c.port, s.SMTPSecurity, s.SMTPPort, s.SMTPAuth)
		}
	}
	s = Settings{FromAddress: testUser, SMTPHost: "localhost", SMTPSecurity: SecurityNone, IMAPHost: "::1", IMAPSecurity: SecurityNone, IMAPUser: "moi"}
	if err := s.Normalize(); err != nil {
		t.Fatal(err)
	}
	if s.SMTPPort != 25 || s.IMAPPort != 143 {
		t.Errorf("ports %d %d", s.SMTPPort, s.IMAPPort)
	}
}

func TestNormalizeRefuses(t *testing.T) {
	s := Settings{FromName: "A\nB", FromAddress: "jeanne", ReplyTo: "x", SMTPHost: "smtp.exemple.fr:587", SMTPPort: 70000,
		SMTPSecurity: SecurityNone, SMTPAuth: "kerberos", IMAPHost: "imap.exemple.fr", IMAPSecurity: "ssl", RatePerMinute: -1, DailyCap: -5}
	got := fieldMessages(t, s.Normalize())
	for _, f := range []string{"fromName", "fromAddress", "replyTo", "smtpHost", "smtpPort", "smtpAuth", "imapSecurity", "imapUser", "ratePerMinute", "dailyCap"} {
		if got[f] == "" {
			t.Errorf("no problem reported for %s (got %v)", f, got)
		}
	}

	// No encryption: only towards this computer, and so never a password in clear to a remote server.
	for _, host := range []string{"smtp.exemple.fr", "192.168.1.10", "10.0.0.1"} {
		s := Settings{FromAddress: testUser, SMTPHost: host, SMTPSecurity: SecurityNone, SMTPAuth: AuthPlain, SMTPUser: testUser}
		got := fieldMessages(t, s.Normalize())
		if got["smtpSecurity"] != "sans chiffrement, seul un serveur local est accepté : choisissez SSL/TLS ou STARTTLS" {
			t.Errorf("%s: %v", host, got)
		}
	}
	for _, host := range []string{"localhost", "127.0.0.1", "127.0.0.2", "::1", "[::1]"} {
		s := Settings{FromAddress: testUser, SMTPHost: host, SMTPSecurity: SecurityNone, SMTPAuth: AuthPlain, SMTPUser: testUser}
		if err := s.Normalize(); err != nil {
			t.Errorf("%s: %v", host, err)
		}
	}
	s = Settings{FromAddress: testUser, SMTPHost: "smtp.exemple.fr", SMTPAuth: AuthLogin}
	if got := fieldMessages(t, s.Normalize()); !strings.Contains(got["smtpUser"], "identifiant SMTP manquant") {
		t.Errorf("%v", got)
	}
	s = Settings{FromAddress: testUser}
	if got := fieldMessages(t, s.Normalize()); !strings.Contains(got["smtpHost"], "serveur SMTP manquant") {
		t.Errorf("%v", got)
	}
}

func TestConfigured(t *testing.T) {
	if (Settings{}).Configured() || (Settings{SMTPHost: "smtp.exemple.fr"}).Configured() || (Settings{FromAddress: testUser}).Configured() {
		t.Error("configured without host and address")
	}
	if !(Settings{SMTPHost: "smtp.exemple.fr", FromAddress: testUser}).Configured() {
		t.Error("not configured")
	}
}

func TestSettingsJSON(t *testing.T) {
	b, err := json.Marshal(Settings{FromAddress: testUser, RootCAs: nil})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"fromName"`, `"fromAddress"`, `"smtpHost"`, `"smtpPort"`, `"smtpSecurity"`, `"smtpAuth"`, `"smtpUser"`, `"imapHost"`, `"ratePerMinute"`, `"dailyCap"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("%s missing in %s", k, b)
		}
	}
	if strings.Contains(strings.ToLower(string(b)), "password") || strings.Contains(string(b), "RootCAs") {
		t.Errorf("%s", b)
	}
}

func TestPresets(t *testing.T) {
	ids := map[string]bool{}
	for _, p := range Presets() {
		if ids[p.ID] || p.ID == "" || p.Name == "" || p.Note == "" {
			t.Errorf("preset %+v", p)
		}
		ids[p.ID] = true
		s := Settings{FromAddress: testUser, SMTPHost: p.SMTPHost, SMTPPort: p.SMTPPort, SMTPSecurity: p.SMTPSecurity, SMTPAuth: AuthPlain, SMTPUser: testUser,
			IMAPHost: p.IMAPHost, IMAPPort: p.IMAPPort, IMAPSecurity: p.IMAPSecurity}
		if p.ID == "o2switch" {
			if p.SMTPHost != "" || !strings.Contains(p.Note, "votre-domaine") {
				t.Errorf("o2switch: %+v", p)
			}
			s.SMTPHost, s.IMAPHost = "mail.votre-domaine.fr", "mail.votre-domaine.fr"
		}
		if err := s.Normalize(); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
		if s.SMTPPort != p.SMTPPort || s.SMTPSecurity != p.SMTPSecurity || s.IMAPPort != p.IMAPPort {
			t.Errorf("%s: normalized to %d/%s", p.ID, s.SMTPPort, s.SMTPSecurity)
		}
		if (p.SMTPPort == 465) != (p.SMTPSecurity == SecurityTLS) || p.IMAPPort != 993 || p.IMAPSecurity != SecurityTLS {
			t.Errorf("%s: ports and security disagree", p.ID)
		}
	}
	for _, id := range []string{"gmail", "outlook", "ovh", "ionos", "orange", "free", "gandi", "infomaniak", "zoho", "o2switch", "yahoo", "icloud", "laposte", "sfr"} {
		if !ids[id] {
			t.Errorf("preset %s missing", id)
		}
	}
	for _, p := range Presets() {
		switch p.ID {
		case "gmail", "icloud", "yahoo":
			if !strings.Contains(p.Note, "« mot de passe d'application »") {
				t.Errorf("%s: note %q", p.ID, p.Note)
			}
		}
	}
}

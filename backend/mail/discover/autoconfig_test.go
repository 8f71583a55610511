package discover

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend/mail"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseAutoconfig(t *testing.T) {
	tests := []struct {
		name, file, body, address string
		want                      Autoconfig
		wantErr                   bool
	}{
		{name: "SSL entries first, POP3 ignored", file: "ssl.xml", address: "compta@exemple.fr",
			want: Autoconfig{ProviderName: "Hébergeur Exemple",
				SMTP: Server{"smtp.hebergeur-exemple.fr", 465, mail.SecurityTLS, "compta@exemple.fr", mail.AuthPlain},
				IMAP: Server{"imap.hebergeur-exemple.fr", 993, mail.SecurityTLS, "compta@exemple.fr", mail.AuthPlain}}},
		{name: "placeholders, plain skipped for STARTTLS", file: "placeholders.xml", address: "Jean.Dupont@Boulangerie-Martin.fr",
			want: Autoconfig{ProviderName: "Messagerie de %EMAILDOMAIN%",
				SMTP: Server{"mail.boulangerie-martin.fr", 587, mail.SecurityStartTLS, "Jean.Dupont", mail.AuthCramMD5},
				IMAP: Server{"mail.boulangerie-martin.fr", 143, mail.SecurityStartTLS, "Jean.Dupont", mail.AuthPlain}}},
		{name: "OAuth2 listed first, a password preferred when offered", file: "office365.xml", address: "a@cabinet-exemple.fr",
			want: Autoconfig{ProviderName: "Cabinet Exemple (Microsoft 365)",
				SMTP: Server{"smtp.office365.com", 587, mail.SecurityStartTLS, "a@cabinet-exemple.fr", mail.AuthXOAuth2},
				IMAP: Server{"outlook.office365.com", 993, mail.SecurityTLS, "a@cabinet-exemple.fr", mail.AuthPlain}}},
		{name: "instruction in French with its link, short name, no authentication listed", file: "enable.xml", address: "marie@courrier-exemple.fr",
			want: Autoconfig{ProviderName: "Courrier",
				SMTP:        Server{"smtp.courrier-exemple.fr", 465, mail.SecurityTLS, "marie+smtp", mail.AuthPlain},
				IMAP:        Server{"imap.courrier-exemple.fr", 993, mail.SecurityTLS, "marie@courrier-exemple.fr", mail.AuthPlain},
				Instruction: "Activez l'accès IMAP dans les paramètres du compte. (https://compte.courrier-exemple.fr/parametres/imap)"}},
		{name: "ISO-8859-1 file, no IMAP", file: "latin1.xml", address: "x@latin-exemple.fr",
			want: Autoconfig{ProviderName: "Hébergement Léger",
				SMTP: Server{"smtp.latin-exemple.fr", 465, mail.SecurityTLS, "x@latin-exemple.fr", mail.AuthPlain}}},
		{name: "plain only", file: "plain-only.xml", address: "x@ancien-exemple.fr", wantErr: true},
		{name: "malformed", body: `<clientConfig version="1.1"><emailProvider><outgoingServer type="smtp"><hostname>smtp.x.fr`, address: "a@x.fr", wantErr: true},
		{name: "another root element", body: `<Autodiscover><Response/></Autodiscover>`, address: "a@x.fr", wantErr: true},
		{name: "HTML page", body: "<!DOCTYPE html><html><body>Not found</body></html>", address: "a@x.fr", wantErr: true},
		{name: "empty", body: "", address: "a@x.fr", wantErr: true},
		{name: "unknown encoding", body: `<?xml version="1.0" encoding="EBCDIC"?><clientConfig/>`, address: "a@x.fr", wantErr: true},
		{name: "bad port and bad host skipped, next entry used", address: "a@x.fr", body: `<clientConfig version="1.1"><emailProvider>
			<outgoingServer type="smtp"><hostname>smtp.x.fr</hostname><port>70000</port><socketType>SSL</socketType></outgoingServer>
			<outgoingServer type="smtp"><hostname>smtp x.fr</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
			<outgoingServer type="smtp"><hostname>127.0.0.1</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
			<outgoingServer type="smtp"><hostname>smtp.x.fr</hostname><socketType>STARTTLS</socketType><username>%REALNAME%</username>
				<authentication>NTLM</authentication></outgoingServer>
			<outgoingServer type="SMTP"><hostname>smtp.x.fr</hostname><socketType>STARTTLS</socketType><username>%REALNAME%</username>
				<authentication>GSSAPI</authentication><authentication>client-IP-address</authentication></outgoingServer>
			</emailProvider></clientConfig>`,
			want: Autoconfig{SMTP: Server{"smtp.x.fr", 587, mail.SecurityStartTLS, "", mail.AuthNone}}},
		{name: "first provider without SMTP, second used", address: "a@x.fr", body: `<clientConfig><emailProvider><displayName>Un</displayName></emailProvider>
			<emailProvider><displayName>Deux</displayName><outgoingServer type="smtp"><hostname>smtp.x.fr</hostname><port>465</port>
			<socketType>SSL</socketType><username>%REALNAME%</username></outgoingServer></emailProvider></clientConfig>`,
			want: Autoconfig{ProviderName: "Deux", SMTP: Server{"smtp.x.fr", 465, mail.SecurityTLS, "a@x.fr", mail.AuthPlain}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := []byte(tt.body)
			if tt.file != "" {
				body = readFixture(t, tt.file)
			}
			got, err := ParseAutoconfig(body, tt.address)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("ParseAutoconfig = %+v, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("ParseAutoconfig =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestCleanText(t *testing.T) {
	if got := cleanText(" a\tb\n\x00c\u00a0 ", 80); got != "a b c" {
		t.Errorf("cleanText = %q", got)
	}
	if got := cleanText(strings.Repeat("é", 100), 10); got != strings.Repeat("é", 9)+"…" {
		t.Errorf("cleanText = %q", got)
	}
}

// FuzzParseAutoconfig: any file, however broken, gives an error or servers the settings accept.
func FuzzParseAutoconfig(f *testing.F) {
	for _, name := range []string{"ssl.xml", "placeholders.xml", "office365.xml", "oauth-only.xml", "plain-only.xml", "enable.xml", "latin1.xml"} {
		f.Add(readFixture(f, name))
	}
	f.Add([]byte(`<clientConfig><emailProvider><outgoingServer type="smtp"><hostname>%EMAILDOMAIN%</hostname><socketType>SSL</socketType></outgoingServer></emailProvider></clientConfig>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ac, err := ParseAutoconfig(data, "jean.dupont@exemple.fr")
		if err != nil {
			return
		}
		for _, s := range []Server{ac.SMTP, ac.IMAP} {
			if s.Host == "" && s == ac.IMAP {
				continue
			}
			if !validDomain(s.Host) || s.Port < 1 || s.Port > 65535 {
				t.Fatalf("server %+v", s)
			}
			if s.Security != mail.SecurityTLS && s.Security != mail.SecurityStartTLS {
				t.Fatalf("security %q", s.Security)
			}
			if strings.ContainsFunc(s.Username, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Fatalf("username %q", s.Username)
			}
		}
		if r, ok := autoconfigResult(ac, "jean.dupont@exemple.fr", "exemple.fr"); ok {
			if err := r.Settings.Normalize(); err != nil {
				t.Fatalf("settings %+v from %q refused: %v", r.Settings, data, err)
			}
		}
		for _, s := range []string{ac.ProviderName, ac.Instruction} {
			if strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
				t.Fatalf("text %q", s)
			}
		}
	})
}

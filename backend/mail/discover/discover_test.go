package discover

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/mail"
)

// site is a configuration host on 127.0.0.1 standing for both autoconfig addresses of every domain: the first
// address is /autoconfig/…, the second /well-known/…. Each test says what they answer.
type site struct {
	srv           *httptest.Server
	first, second http.HandlerFunc
	stop          chan struct{} // releases hanging handlers at the end of the test

	mu      sync.Mutex
	queried []string // emailaddress parameters received
}

func newSite(t *testing.T, first, second http.HandlerFunc) *site {
	s := &site{first: first, second: second, stop: make(chan struct{})}
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.queried = append(s.queried, r.URL.Query().Get("emailaddress"))
		s.mu.Unlock()
		h := http.NotFound
		switch {
		case strings.HasPrefix(r.URL.Path, "/autoconfig/") && s.first != nil:
			h = s.first
		case strings.HasPrefix(r.URL.Path, "/well-known/") && s.second != nil:
			h = s.second
		case r.URL.Path == "/elsewhere.xml":
			h = serve("ssl.xml")
		}
		h(w, r)
	}))
	// Requests given up by the Finder (the slower address, a timeout) end their handshakes abruptly: not news.
	s.srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	s.srv.StartTLS()
	t.Cleanup(s.srv.Close)
	t.Cleanup(func() { close(s.stop) }) // runs first: hanging handlers return, then the server closes
	return s
}

// finder asks only the site and the given MX records: nothing leaves this computer.
func (s *site) finder(mx map[string][]*net.MX) *Finder {
	return &Finder{
		HTTP:     s.srv.Client(),
		LookupMX: fakeMX(mx),
		AutoconfigURLs: func(domain, address string) []string {
			q := "?emailaddress=" + url.QueryEscape(address)
			return []string{s.srv.URL + "/autoconfig/" + domain + "/mail/config-v1.1.xml" + q,
				s.srv.URL + "/well-known/" + domain + "/autoconfig/mail/config-v1.1.xml" + q}
		},
		RequestTimeout: 300 * time.Millisecond,
		Timeout:        5 * time.Second,
	}
}

func fakeMX(records map[string][]*net.MX) func(context.Context, string) ([]*net.MX, error) {
	return func(ctx context.Context, domain string) ([]*net.MX, error) {
		if err := ctx.Err(); err != nil { // as the real resolver
			return nil, err
		}
		if mx, ok := records[domain]; ok {
			return mx, nil
		}
		return nil, &net.DNSError{Err: "no such host", Name: domain, IsNotFound: true}
	}
}

func serve(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := readFixtureFile(name)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/xml")
		w.Write(b)
	}
}

func body(s string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.Write([]byte(s)) }
}

func status(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Error(w, "non", code) }
}

func redirect(to func() string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to(), http.StatusFound) }
}

func mx(hosts ...string) []*net.MX {
	out := make([]*net.MX, len(hosts))
	for i, h := range hosts {
		out[i] = &net.MX{Host: h, Pref: 10}
	}
	return out
}

// want lists what a test checks of a Result; empty fields are not checked, except Found and Source.
type want struct {
	found                bool
	source               string
	provider, name       string
	oauth                string
	preset               string
	smtp, imap           string // host:port/security
	smtpUser, imapUser   string
	auth                 mail.AuthMethod
	appPassword          bool
	textHas, noteHas     string
	noIMAP, helpRequired bool
}

func check(t *testing.T, r Result, w want, address string) {
	t.Helper()
	if r.Found != w.found || r.Source != w.source {
		t.Fatalf("Found, Source = %v, %q, want %v, %q (%+v)", r.Found, r.Source, w.found, w.source, r)
	}
	eq := func(field, got, want string) {
		t.Helper()
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	s := r.Settings
	eq("Provider", r.Provider, w.provider)
	eq("ProviderName", r.ProviderName, w.name)
	eq("OAuth", r.OAuth, w.oauth)
	eq("Settings.Preset", s.Preset, w.preset)
	eq("SMTP", server(s.SMTPHost, s.SMTPPort, s.SMTPSecurity), w.smtp)
	eq("IMAP", server(s.IMAPHost, s.IMAPPort, s.IMAPSecurity), w.imap)
	eq("SMTPUser", s.SMTPUser, w.smtpUser)
	eq("IMAPUser", s.IMAPUser, w.imapUser)
	eq("SMTPAuth", string(s.SMTPAuth), string(w.auth))
	if w.oauth == "" && r.OAuth != "" {
		t.Errorf("OAuth = %q, want none", r.OAuth)
	}
	if r.AppPassword != w.appPassword {
		t.Errorf("AppPassword = %v", r.AppPassword)
	}
	if r.AppPassword && r.AppPasswordHelp == "" {
		t.Error("AppPasswordHelp empty")
	}
	if w.noIMAP && s.IMAPHost != "" {
		t.Errorf("IMAP = %q, want none", s.IMAPHost)
	}
	if !strings.Contains(r.SourceText, w.textHas) || r.SourceText == "" {
		t.Errorf("SourceText = %q, want it to contain %q", r.SourceText, w.textHas)
	}
	if !strings.Contains(r.Note, w.noteHas) {
		t.Errorf("Note = %q, want it to contain %q", r.Note, w.noteHas)
	}
	if s.FromAddress != address {
		t.Errorf("FromAddress = %q, want %q", s.FromAddress, address)
	}
	if r.Found { // what is found must be savable as it is
		if err := s.Normalize(); err != nil {
			t.Errorf("Normalize: %v", err)
		}
	}
}

func server(host string, port int, sec mail.Security) string {
	if host == "" {
		return ""
	}
	return net.JoinHostPort(host, strconv.Itoa(port)) + "/" + string(sec)
}

func readFixtureFile(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("testdata", name))
}

func TestDiscoverKnown(t *testing.T) {
	tests := []struct {
		address string
		want    want
	}{
		{"compta@gmail.com", want{provider: "google", name: "Gmail", oauth: OAuthGoogle, preset: "gmail", appPassword: true,
			smtp: "smtp.gmail.com:465/tls", imap: "imap.gmail.com:993/tls", smtpUser: "compta@gmail.com", textHas: "Fournisseur connu : Gmail"}},
		{"Compta@GoogleMail.COM", want{provider: "google", oauth: OAuthGoogle, appPassword: true, smtpUser: "Compta@googlemail.com"}},
		{"jean@outlook.fr", want{provider: "microsoft", name: "Outlook.com", oauth: OAuthMicrosoft, preset: "outlook",
			smtp: "smtp.office365.com:587/starttls", imap: "outlook.office365.com:993/tls", noteHas: "Microsoft"}},
		{"jean@hotmail.com", want{provider: "microsoft", oauth: OAuthMicrosoft}},
		{"jean@hotmail.fr", want{provider: "microsoft", oauth: OAuthMicrosoft}},
		{"jean@live.fr", want{provider: "microsoft", oauth: OAuthMicrosoft}},
		{"jean@msn.com", want{provider: "microsoft", oauth: OAuthMicrosoft}},
		{"jean@orange.fr", want{provider: "orange", name: "Orange", preset: "orange", smtp: "smtp.orange.fr:465/tls",
			imap: "imap.orange.fr:993/tls", textHas: "Fournisseur connu : Orange", noteHas: "wanadoo"}},
		{"jean@wanadoo.fr", want{provider: "orange", preset: "orange"}},
		{"jean@free.fr", want{provider: "free", smtp: "smtp.free.fr:465/tls"}},
		{"jean@laposte.net", want{provider: "laposte", smtp: "smtp.laposte.net:465/tls"}},
		{"jean@sfr.fr", want{provider: "sfr", smtp: "smtp.sfr.fr:465/tls"}},
		{"jean@neuf.fr", want{provider: "sfr", imap: "imap.sfr.fr:993/tls"}},
		{"jean@yahoo.fr", want{provider: "yahoo", appPassword: true, smtp: "smtp.mail.yahoo.com:465/tls"}},
		{"jean@yahoo.com", want{provider: "yahoo", appPassword: true}},
		{"jean@icloud.com", want{provider: "icloud", appPassword: true, smtp: "smtp.mail.me.com:587/starttls"}},
		{"jean@me.com", want{provider: "icloud", appPassword: true}},
		{"jean@mac.com", want{provider: "icloud", appPassword: true}},
		{"jean@gmx.fr", want{provider: "gmx", name: "GMX", smtp: "mail.gmx.com:465/tls", imap: "imap.gmx.com:993/tls", noteHas: "IMAP"}},
		{"jean@gmx.de", want{provider: "gmx", smtp: "mail.gmx.net:465/tls", imap: "imap.gmx.net:993/tls"}},
	}
	offline := &Finder{
		LookupMX: func(context.Context, string) ([]*net.MX, error) {
			t.Error("MX asked for a known domain")
			return nil, errors.New("no")
		},
		AutoconfigURLs: func(string, string) []string { t.Error("autoconfig asked for a known domain"); return nil },
	}
	for _, tt := range tests {
		t.Run(tt.address, func(t *testing.T) {
			r, err := offline.Discover(context.Background(), " "+tt.address+" ")
			if err != nil {
				t.Fatal(err)
			}
			tt.want.found, tt.want.source = true, SourceKnown
			at := strings.LastIndex(tt.address, "@")
			check(t, r, tt.want, tt.address[:at]+strings.ToLower(tt.address[at:]))
			if r.OAuth == OAuthGoogle && !strings.Contains(r.AppPasswordHelp, "Mots de passe des applications") ||
				r.Provider == "icloud" && !strings.Contains(r.AppPasswordHelp, "appleid.apple.com") {
				t.Errorf("AppPasswordHelp = %q", r.AppPasswordHelp)
			}
		})
	}
}

func TestDiscoverNetwork(t *testing.T) {
	const big = maxBody + 1
	var s *site // the redirect handlers need the site's address
	tests := []struct {
		name          string
		address       string
		first, second http.HandlerFunc
		mx            map[string][]*net.MX
		want          want
	}{
		{name: "autoconfig, SSL", address: "compta@exemple.fr", first: serve("ssl.xml"), second: status(500),
			want: want{found: true, source: SourceAutoconfig, name: "Hébergeur Exemple", smtp: "smtp.hebergeur-exemple.fr:465/tls",
				imap: "imap.hebergeur-exemple.fr:993/tls", smtpUser: "compta@exemple.fr", auth: mail.AuthPlain,
				textHas: "Serveurs trouvés dans la configuration publiée par exemple.fr"}},
		{name: "autoconfig with placeholders, STARTTLS over plain", address: "jean.dupont@boulangerie-martin.fr", first: serve("placeholders.xml"),
			want: want{found: true, source: SourceAutoconfig, smtp: "mail.boulangerie-martin.fr:587/starttls",
				imap: "mail.boulangerie-martin.fr:143/starttls", smtpUser: "jean.dupont", auth: mail.AuthCramMD5}},
		{name: "first address 404, the well-known one answers", address: "marie@courrier-exemple.fr", first: status(404), second: serve("enable.xml"),
			want: want{found: true, source: SourceAutoconfig, name: "Courrier", smtpUser: "marie+smtp", imapUser: "marie@courrier-exemple.fr",
				noteHas: "Activez l'accès IMAP"}},
		{name: "both answer: the first wins", address: "a@exemple.fr", first: serve("ssl.xml"), second: serve("enable.xml"),
			want: want{found: true, source: SourceAutoconfig, name: "Hébergeur Exemple"}},
		{name: "first hangs, second answers", address: "a@exemple.fr", first: nil /* hang, set below */, second: serve("ssl.xml"),
			want: want{found: true, source: SourceAutoconfig, name: "Hébergeur Exemple"}},
		{name: "autoconfig pointing at Microsoft 365 offers its sign-in", address: "a@cabinet-exemple.fr", first: serve("office365.xml"),
			want: want{found: true, source: SourceAutoconfig, oauth: OAuthMicrosoft, smtp: "smtp.office365.com:587/starttls", auth: mail.AuthXOAuth2}},
		{name: "redirect to HTTPS followed", address: "a@exemple.fr", first: redirect(func() string { return s.srv.URL + "/elsewhere.xml" }),
			want: want{found: true, source: SourceAutoconfig, name: "Hébergeur Exemple"}},

		{name: "autoconfig 404, MX Microsoft 365", address: "compta@cabinet.fr", first: status(404), second: status(404),
			mx: map[string][]*net.MX{"cabinet.fr": mx("cabinet-fr.mail.protection.outlook.com.")},
			want: want{found: true, source: SourceMX, provider: "microsoft", name: "Microsoft 365", oauth: OAuthMicrosoft, preset: "outlook",
				smtp: "smtp.office365.com:587/starttls", imap: "outlook.office365.com:993/tls", smtpUser: "compta@cabinet.fr",
				textHas: "Domaine hébergé chez Microsoft 365 (enregistrement MX cabinet-fr.mail.protection.outlook.com)"}},
		{name: "malformed XML, MX Google Workspace", address: "a@atelier.fr", first: body("<clientConfig><emailProvider>"),
			mx: map[string][]*net.MX{"atelier.fr": mx("ASPMX.L.GOOGLE.COM.", "alt1.aspmx.l.google.com.", "aspmx2.googlemail.com.")},
			want: want{found: true, source: SourceMX, provider: "google", name: "Google Workspace", oauth: OAuthGoogle, preset: "gmail",
				smtp: "smtp.gmail.com:465/tls", imap: "imap.gmail.com:993/tls", appPassword: true, textHas: "aspmx.l.google.com"}},
		{name: "oversized file, MX OVH", address: "a@garage.fr", first: body(`<clientConfig>` + strings.Repeat(" ", big)),
			mx:   map[string][]*net.MX{"garage.fr": mx("mx1.mail.ovh.net.", "mx2.mail.ovh.net.", "mx3.mail.ovh.net.")},
			want: want{found: true, source: SourceMX, provider: "ovh", name: "OVHcloud", preset: "ovh", smtp: "ssl0.ovh.net:465/tls"}},
		{name: "server hangs, MX IONOS", address: "a@plombier.fr", first: nil, second: nil,
			mx:   map[string][]*net.MX{"plombier.fr": mx("mx00.ionos.fr.", "mx01.ionos.fr.")},
			want: want{found: true, source: SourceMX, provider: "ionos", smtp: "smtp.ionos.fr:465/tls"}},
		{name: "plain-only file, MX Gandi", address: "a@ancien-exemple.fr", first: serve("plain-only.xml"),
			mx:   map[string][]*net.MX{"ancien-exemple.fr": mx("spool.mail.gandi.net.", "fb.mail.gandi.net.")},
			want: want{found: true, source: SourceMX, provider: "gandi", smtp: "mail.gandi.net:465/tls"}},
		{name: "OAuth-only file elsewhere, MX Infomaniak", address: "a@oauth-exemple.fr", first: serve("oauth-only.xml"),
			mx:   map[string][]*net.MX{"oauth-exemple.fr": mx("mta-gw.infomaniak.ch.")},
			want: want{found: true, source: SourceMX, provider: "infomaniak", smtp: "mail.infomaniak.com:465/tls"}},
		{name: "redirect to HTTP refused, MX Zoho Europe", address: "a@fleuriste.fr", first: redirect(func() string { return "http://127.0.0.1:1/x.xml" }),
			mx:   map[string][]*net.MX{"fleuriste.fr": mx("mx.zoho.eu.", "mx2.zoho.eu.")},
			want: want{found: true, source: SourceMX, provider: "zoho", smtp: "smtppro.zoho.eu:465/tls", imap: "imappro.zoho.eu:993/tls"}},
		{name: "MX iCloud+ custom domain", address: "a@famille.fr",
			mx:   map[string][]*net.MX{"famille.fr": mx("mx01.mail.icloud.com.", "mx02.mail.icloud.com.")},
			want: want{found: true, source: SourceMX, provider: "icloud", appPassword: true, smtp: "smtp.mail.me.com:587/starttls"}},
		{name: "backup MX at OVH only: not enough", address: "a@maison.fr",
			mx:   map[string][]*net.MX{"maison.fr": {{Host: "mx.maison.fr.", Pref: 10}, {Host: "mx-backup.ovh.net.", Pref: 50}}},
			want: want{source: SourceNone, textHas: "Aucun réglage trouvé pour maison.fr"}},
		{name: "nothing: no file, no MX", address: "jean@inconnu.fr", first: status(404), second: status(403),
			want: want{source: SourceNone, textHas: "Réglages avancés", smtpUser: "jean@inconnu.fr"}},
		{name: "unknown MX", address: "jean@auto-heberge.fr",
			mx:   map[string][]*net.MX{"auto-heberge.fr": mx("mail.auto-heberge.fr.")},
			want: want{source: SourceNone}},
	}
	hang := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-s.stop:
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, second := tt.first, tt.second
			if strings.Contains(tt.name, "hang") {
				if first == nil {
					first = hang
				}
				if second == nil {
					second = hang
				}
			}
			s = newSite(t, first, second)
			r, err := s.finder(tt.mx).Discover(context.Background(), tt.address)
			if err != nil {
				t.Fatal(err)
			}
			check(t, r, tt.want, tt.address)
			s.mu.Lock()
			defer s.mu.Unlock()
			for _, q := range s.queried {
				if q != tt.address && q != "" { // "" is the redirect target, asked without parameters
					t.Errorf("emailaddress = %q, want %q", q, tt.address)
				}
			}
		})
	}
}

// The whole search is bounded: a resolver that never answers ends with the Finder's timeout, as "none".
func TestDiscoverTimeout(t *testing.T) {
	s := newSite(t, status(404), status(404))
	f := s.finder(nil)
	f.Timeout = 200 * time.Millisecond
	f.LookupMX = func(ctx context.Context, _ string) ([]*net.MX, error) {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	r, err := f.Discover(context.Background(), "a@lent.fr")
	if err != nil || r.Source != SourceNone {
		t.Fatalf("Discover = %+v, %v", r, err)
	}

	// A caller that gives up gets "none" too, not an error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r, err = s.finder(map[string][]*net.MX{"x.fr": mx("mx1.mail.ovh.net")}).Discover(ctx, "a@x.fr")
	if err != nil || r.Found {
		t.Fatalf("Discover with a cancelled context = %+v, %v", r, err)
	}
}

func TestDiscoverInvalidAddress(t *testing.T) {
	f := &Finder{
		LookupMX:       func(context.Context, string) ([]*net.MX, error) { t.Error("MX asked"); return nil, nil },
		AutoconfigURLs: func(string, string) []string { t.Error("autoconfig asked"); return nil },
	}
	for _, a := range []string{"", "   ", "jean", "jean@", "@exemple.fr", "jean@localhost", "Jean <jean@exemple.fr>",
		"jean@exemple.fr\r\nBcc: x@y.fr", "jean@[192.168.1.10]", "jean@192.168.1.10", "jean@-exemple.fr", "jean@exemple..fr",
		"jean@exe mple.fr", "jean@ex_ample!.fr"} {
		_, err := f.Discover(context.Background(), a)
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("Discover(%q) error = %v, want EINVALID", a, err)
			continue
		}
		if msg := backend.ErrorMessage(err); !strings.HasPrefix(msg, "adresse « ") || !strings.Contains(msg, "invalide") {
			t.Errorf("Discover(%q) message = %q", a, msg)
		}
	}
}

// An internationalised domain is asked in its ASCII form; the address keeps the form the user typed.
func TestDiscoverIDN(t *testing.T) {
	var (
		mu    sync.Mutex // the MX records are asked from another goroutine
		asked []string
	)
	note := func(s string) { mu.Lock(); asked = append(asked, s); mu.Unlock() }
	f := &Finder{
		LookupMX: func(_ context.Context, d string) ([]*net.MX, error) {
			note("mx " + d)
			return mx("mx1.mail.ovh.net."), nil
		},
		AutoconfigURLs: func(d, a string) []string { note("autoconfig " + d + " " + a); return nil },
	}
	r, err := f.Discover(context.Background(), "jean@Café-Dupont.fr")
	if err != nil {
		t.Fatal(err)
	}
	if r.Source != SourceMX || r.Settings.FromAddress != "jean@café-dupont.fr" || r.Settings.SMTPUser != "jean@café-dupont.fr" {
		t.Errorf("Discover = %+v", r)
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(asked)
	if len(asked) != 2 || asked[0] != "autoconfig xn--caf-dupont-d7a.fr jean@café-dupont.fr" || asked[1] != "mx xn--caf-dupont-d7a.fr" {
		t.Errorf("asked %q", asked)
	}
}

func TestDefaultAutoconfigURLs(t *testing.T) {
	got := DefaultAutoconfigURLs("exemple.fr", "jean+relance@exemple.fr")
	want := []string{
		"https://autoconfig.exemple.fr/mail/config-v1.1.xml?emailaddress=jean%2Brelance%40exemple.fr",
		"https://exemple.fr/.well-known/autoconfig/mail/config-v1.1.xml?emailaddress=jean%2Brelance%40exemple.fr",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("DefaultAutoconfigURLs =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Plain HTTP is never asked, whatever the URL list says.
func TestFetchHTTPSOnly(t *testing.T) {
	srv := httptest.NewServer(serve("ssl.xml"))
	defer srv.Close()
	f := &Finder{HTTP: srv.Client()}
	if _, err := f.fetch(context.Background(), srv.URL+"/x.xml"); err == nil {
		t.Error("fetch over HTTP succeeded")
	}
	// A certificate the client does not trust is refused too.
	tlsSrv := httptest.NewUnstartedServer(serve("ssl.xml"))
	tlsSrv.Config.ErrorLog = log.New(io.Discard, "", 0)
	tlsSrv.StartTLS()
	defer tlsSrv.Close()
	if _, err := (&Finder{}).fetch(context.Background(), tlsSrv.URL+"/x.xml"); err == nil {
		t.Error("fetch with an untrusted certificate succeeded")
	}
}

func TestProviderOfMX(t *testing.T) {
	tests := map[string]string{
		"exemple-fr.mail.protection.outlook.com.": "microsoft",
		"exemple-fr.o-v1.mx.microsoft":            "microsoft",
		"smtp.google.com.":                        "google",
		"ALT2.ASPMX.L.GOOGLE.COM":                 "google",
		"mx4.mail.ovh.net":                        "ovh",
		"mx00.kundenserver.de":                    "ionos",
		"mx1.zohomail.com":                        "zoho",
		"mta7.am0.yahoodns.net":                   "yahoo",
		"mx.notgoogle.com":                        "",
		"google.com.evil.fr":                      "",
		"mail.exemple.fr":                         "",
	}
	for host, id := range tests {
		p, ok := providerOfMX(host)
		if ok != (id != "") || p.id != id {
			t.Errorf("providerOfMX(%q) = %q, %v, want %q", host, p.id, ok, id)
		}
	}
}

// Every preset named here exists: a renamed preset would silently turn a known provider into "none".
func TestPresetsExist(t *testing.T) {
	ids := map[string]bool{}
	for _, p := range mail.Presets() {
		ids[p.ID] = true
	}
	all := []provider{}
	for _, p := range knownDomains {
		all = append(all, p)
	}
	for _, m := range mxProviders {
		all = append(all, m.p)
	}
	for _, p := range all {
		if p.preset != "" && !ids[p.preset] {
			t.Errorf("provider %s: no preset %q", p.name, p.preset)
		}
		if _, _, ok := p.settings("a@exemple.fr"); !ok {
			t.Errorf("provider %s has no servers", p.name)
		}
	}
}

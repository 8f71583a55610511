package discover

import (
	"context"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/idna"

	"relance/backend"
	"relance/backend/mail"
)

// Bounds of a search: the user is waiting in front of the form.
const (
	Timeout        = 8 * time.Second // the whole search
	RequestTimeout = 5 * time.Second // one configuration file
)

// Where a Result came from.
const (
	SourceKnown      = "known"      // a provider known by the address's domain, offline
	SourceAutoconfig = "autoconfig" // the configuration file the domain publishes
	SourceMX         = "mx"         // the domain's MX records point at a known host
	SourceNone       = "none"       // nothing found: the user fills the form by hand
)

// Result is what was found for an address. Settings holds the servers, the login and the sender address only;
// the rest (name, pace, Sent folder) is left for the form.
type Result struct {
	Found      bool   `json:"found"`
	Source     string `json:"source"`
	SourceText string `json:"sourceText"` // French: where the servers came from, or that none were found
	// Provider is the preset's ID, or "microsoft" / "google" (Settings.Preset then holds the preset's ID,
	// "outlook" / "gmail"); "" when the servers come from a domain's own file.
	Provider     string        `json:"provider"`
	ProviderName string        `json:"providerName"`
	OAuth        string        `json:"oauth"` // OAuthMicrosoft, OAuthGoogle or "": the provider offers a browser sign-in
	Settings     mail.Settings `json:"settings"`
	// AppPassword: the usual password is refused; an application password is needed (unless OAuth is used).
	AppPassword     bool   `json:"appPassword"`
	AppPasswordHelp string `json:"appPasswordHelp"` // French: where to create it
	Note            string `json:"note"`
}

// Finder searches the servers of an address. Its zero value uses the network with the bounds above; tests
// replace the network by their own.
type Finder struct {
	HTTP *http.Client // nil: a default client (system certificates); redirects are always limited to HTTPS
	// LookupMX resolves a domain's MX records; nil: net.DefaultResolver.LookupMX.
	LookupMX func(ctx context.Context, domain string) ([]*net.MX, error)
	// AutoconfigURLs lists the configuration addresses to ask, first preferred; nil: DefaultAutoconfigURLs.
	AutoconfigURLs func(domain, address string) []string
	// Timeout and RequestTimeout replace the package's bounds when set (tests).
	Timeout, RequestTimeout time.Duration
}

// Discover searches the servers of address with a default Finder.
func Discover(ctx context.Context, address string) (Result, error) {
	var f Finder
	return f.Discover(ctx, address)
}

// Discover searches the servers of address: known provider, then the domain's configuration file, then its MX
// records. The only error is EINVALID for an address that is not one; a network that fails or does not answer
// in time gives the next source, and in the end a Result with Source "none".
func (f *Finder) Discover(ctx context.Context, address string) (Result, error) {
	addr, domain, err := parseAddress(address)
	if err != nil {
		return Result{}, err
	}
	if p, ok := knownDomains[domain]; ok {
		if r, ok := p.result(addr, SourceKnown, "Fournisseur connu : "+p.name); ok {
			return r, nil
		}
	}

	ctx, cancel := context.WithTimeout(ctx, f.timeout())
	defer cancel()
	// The MX records are asked at the same time as the files: they are needed as soon as the files fail.
	mx := make(chan []*net.MX, 1)
	go func() {
		records, _ := f.lookupMX(ctx, domain)
		mx <- records
	}()

	if ac, ok := f.autoconfig(ctx, addr, domain); ok {
		if r, ok := autoconfigResult(ac, addr, domain); ok {
			return r, nil
		}
	}
	var records []*net.MX
	select {
	case records = <-mx:
	case <-ctx.Done():
	}
	for _, m := range lowestPreference(records) {
		if p, ok := providerOfMX(m.Host); ok {
			host := strings.TrimSuffix(strings.ToLower(m.Host), ".")
			text := "Domaine hébergé chez " + p.name + " (enregistrement MX " + host + ")"
			if r, ok := p.result(addr, SourceMX, text); ok {
				return r, nil
			}
		}
	}
	return Result{Source: SourceNone, Settings: mail.Settings{FromAddress: addr, SMTPUser: addr},
		SourceText: "Aucun réglage trouvé pour " + domain + " : indiquez les serveurs de votre hébergeur dans « Réglages avancés »."}, nil
}

// autoconfigResult turns a configuration file into a Result. A file that asks for OAuth2 with servers the app
// cannot sign in to is of no use (ok false).
func autoconfigResult(ac Autoconfig, address, domain string) (Result, bool) {
	oauth := oauthOfHost(ac.SMTP.Host)
	if ac.SMTP.Auth == mail.AuthXOAuth2 && oauth == "" {
		return Result{}, false
	}
	s := mail.Settings{FromAddress: address, SMTPHost: ac.SMTP.Host, SMTPPort: ac.SMTP.Port,
		SMTPSecurity: ac.SMTP.Security, SMTPAuth: ac.SMTP.Auth, SMTPUser: ac.SMTP.Username}
	// The IMAP server is optional (the Sent copy): one the app could not sign in to is left out.
	if ac.IMAP.Host != "" && (ac.IMAP.Auth != mail.AuthXOAuth2 || oauth != "") {
		s.IMAPHost, s.IMAPPort, s.IMAPSecurity = ac.IMAP.Host, ac.IMAP.Port, ac.IMAP.Security
		user := ac.IMAP.Username
		if user == "" { // an IMAP server always wants a login, whatever the file says
			user = address
		}
		if user != s.SMTPUser {
			s.IMAPUser = user
		}
	}
	name := ac.ProviderName
	if name == "" {
		name = domain
	}
	return Result{Found: true, Source: SourceAutoconfig, ProviderName: name, OAuth: oauth, Settings: s,
		SourceText: "Serveurs trouvés dans la configuration publiée par " + domain, Note: ac.Instruction}, true
}

// lowestPreference keeps the preferred MX records: a backup MX elsewhere says little of where mailboxes are.
func lowestPreference(records []*net.MX) []*net.MX {
	var out []*net.MX
	for _, m := range records {
		switch {
		case m == nil:
		case len(out) == 0 || m.Pref < out[0].Pref:
			out = []*net.MX{m}
		case m.Pref == out[0].Pref:
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b *net.MX) int { return strings.Compare(a.Host, b.Host) })
	return out
}

// parseAddress checks an address and gives it (domain in lower case) with its domain in ASCII (punycode), the
// form DNS and URLs need.
func parseAddress(s string) (address, domain string, err error) {
	v, err := backend.NormalizeEmail(s)
	if err != nil {
		return "", "", backend.Errorf(backend.EINVALID, "adresse « %s » invalide : attendu par exemple compta@exemple.fr", strings.TrimSpace(s))
	}
	at := strings.LastIndex(v, "@")
	local, dom := v[:at], strings.TrimSuffix(strings.ToLower(v[at+1:]), ".")
	ascii, err := idna.Lookup.ToASCII(dom)
	if err != nil || !validDomain(ascii) {
		return "", "", backend.Errorf(backend.EINVALID, "adresse « %s » invalide : « %s » n'est pas un nom de domaine (attendu par exemple exemple.fr)", v, dom)
	}
	return local + "@" + dom, ascii, nil
}

// validDomain accepts an ASCII domain name of at least two labels whose last is not a number (no IP address).
func validDomain(h string) bool {
	if len(h) > 253 {
		return false
	}
	labels := strings.Split(h, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for _, r := range l {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				return false
			}
		}
	}
	return strings.ContainsFunc(labels[len(labels)-1], func(r rune) bool { return r < '0' || r > '9' })
}

func (f *Finder) lookupMX(ctx context.Context, domain string) ([]*net.MX, error) {
	if f.LookupMX != nil {
		return f.LookupMX(ctx, domain)
	}
	return net.DefaultResolver.LookupMX(ctx, domain)
}

func (f *Finder) timeout() time.Duration {
	if f.Timeout > 0 {
		return f.Timeout
	}
	return Timeout
}

func (f *Finder) requestTimeout() time.Duration {
	if f.RequestTimeout > 0 {
		return f.RequestTimeout
	}
	return RequestTimeout
}

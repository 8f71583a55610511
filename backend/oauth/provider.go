package oauth

import (
	"net/url"
	"strings"

	"golang.org/x/oauth2"

	"relance/backend"
)

// Provider IDs.
const (
	Microsoft = "microsoft"
	Google    = "google"
	Custom    = "custom"
)

// Built-in client ids, set at build time (-ldflags "-X relance/backend/oauth.MicrosoftClientID=…"); a user or an
// IT person can override them in the settings (mail.oauth.client_id). Google's "client secret" of a desktop app
// is not confidential (Google says so for installed apps) but is still required by its token endpoint.
var (
	MicrosoftClientID  = ""
	GoogleClientID     = ""
	GoogleClientSecret = ""
)

// Config is what the store keeps about the sign-in: no token, no secret.
type Config struct {
	Provider string `json:"provider"`           // microsoft, google, custom; "" = password sign-in
	ClientID string `json:"clientId,omitempty"` // "" = the built-in one
	AuthURL  string `json:"authUrl,omitempty"`  // custom provider only
	TokenURL string `json:"tokenUrl,omitempty"` // custom provider only
	Scopes   string `json:"scopes,omitempty"`   // custom provider only (space separated); others: built-in
	Account  string `json:"account,omitempty"`  // who signed in, for display
}

// Enabled tells whether mail uses an OAuth sign-in.
func (c Config) Enabled() bool { return c.Provider != "" }

// Provider is one authorization server with the client registered there.
type Provider struct {
	ID           string
	Name         string // « Microsoft », « Google », or the custom host
	AuthURL      string
	TokenURL     string
	ClientID     string
	ClientSecret string
	Scopes       []string
	// Extra authorization parameters: Google returns a refresh token only with access_type=offline and, when the
	// user consented before, prompt=consent.
	Extra map[string]string
}

// Resolve turns the stored configuration into a provider, with the built-in endpoints, scopes and client ids.
// clientSecret is the one from the keychain ("" = the built-in one, if any).
func (c Config) Resolve(clientSecret string) (Provider, error) {
	var p backend.Problems
	pr := Provider{ID: c.Provider, ClientID: strings.TrimSpace(c.ClientID), ClientSecret: clientSecret}
	switch c.Provider {
	case Microsoft:
		pr.Name = "Microsoft"
		pr.AuthURL = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
		pr.TokenURL = "https://login.microsoftonline.com/common/oauth2/v2.0/token"
		// SMTP submission and IMAP, offline_access for the refresh token, openid+email to show who signed in.
		pr.Scopes = []string{"https://outlook.office.com/SMTP.Send", "https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access", "openid", "email"}
		pr.Extra = map[string]string{"prompt": "select_account"}
		if pr.ClientID == "" {
			pr.ClientID = MicrosoftClientID
		}
	case Google:
		pr.Name = "Google"
		pr.AuthURL = "https://accounts.google.com/o/oauth2/v2/auth"
		pr.TokenURL = "https://oauth2.googleapis.com/token"
		pr.Scopes = []string{"https://mail.google.com/", "openid", "email"}
		pr.Extra = map[string]string{"access_type": "offline", "prompt": "consent"}
		if pr.ClientID == "" {
			pr.ClientID = GoogleClientID
		}
		if pr.ClientSecret == "" && c.ClientID == "" {
			pr.ClientSecret = GoogleClientSecret
		}
	case Custom:
		pr.AuthURL, pr.TokenURL = strings.TrimSpace(c.AuthURL), strings.TrimSpace(c.TokenURL)
		pr.Scopes = strings.FieldsFunc(c.Scopes, func(r rune) bool { return r == ' ' || r == ',' })
		pr.Name = hostOf(pr.AuthURL)
		checkURL(&p, "authUrl", "d'autorisation (mail.oauth.auth_url)", pr.AuthURL)
		checkURL(&p, "tokenUrl", "de jeton (mail.oauth.token_url)", pr.TokenURL)
		if len(pr.Scopes) == 0 {
			p.Add("scopes", "portées (mail.oauth.scopes) manquantes : celles que le fournisseur demande pour SMTP et IMAP, séparées par des espaces")
		}
	case "":
		p.Add("provider", "aucune connexion par navigateur n'est choisie (mail.oauth.provider : microsoft, google ou custom)")
	default:
		p.Add("provider", "fournisseur « %s » inconnu : microsoft, google ou custom", c.Provider)
	}
	if pr.ClientID == "" && c.Provider != "" {
		p.Add("clientId", "identifiant d'application (client id) manquant pour %s : cette version de Relance n'en contient pas, "+
			"indiquez celui enregistré par votre entreprise (relance config set mail.oauth.client_id …, voir le README)", nameOr(pr.Name, c.Provider))
	}
	return pr, p.Err()
}

func (p Provider) config(redirect string) *oauth2.Config {
	style := oauth2.AuthStyleInParams // a public client (no secret) identifies itself in the body
	if p.ClientSecret != "" {
		style = oauth2.AuthStyleAutoDetect
	}
	return &oauth2.Config{ClientID: p.ClientID, ClientSecret: p.ClientSecret, RedirectURL: redirect, Scopes: p.Scopes,
		Endpoint: oauth2.Endpoint{AuthURL: p.AuthURL, TokenURL: p.TokenURL, AuthStyle: style}}
}

// checkURL accepts https, or http towards this computer (a test server, a local relay).
func checkURL(p *backend.Problems, field, label, raw string) {
	u, err := url.Parse(raw)
	switch {
	case raw == "":
		p.Add(field, "adresse %s manquante", label)
	case err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http"):
		p.Add(field, "adresse %s « %s » invalide : attendu https://…", label, raw)
	case u.Scheme == "http" && !loopbackHost(u.Hostname()):
		p.Add(field, "adresse %s « %s » refusée : seul https est accepté (http uniquement vers cet ordinateur)", label, raw)
	}
}

func loopbackHost(h string) bool {
	return h == "localhost" || h == "127.0.0.1" || h == "::1"
}

func hostOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return "votre fournisseur"
}

func nameOr(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

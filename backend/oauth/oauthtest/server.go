// Package oauthtest runs, for tests only, a real OAuth 2.0 / OpenID Connect authorization server (ory/fosite, a
// maintained implementation: PKCE, loopback redirects on any port, refresh-token rotation, revocation) on
// 127.0.0.1, with a consent page a person or an HTTP client follows, and mail servers (SMTP and IMAP) that accept
// SASL XOAUTH2 only with an access token this server issued and that has not expired. Nothing in the product
// imports it: the Go tests and the end-to-end tests' e2e/oauthd do.
package oauthtest

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ory/fosite"
	"github.com/ory/fosite/compose"
	"github.com/ory/fosite/handler/openid"
	"github.com/ory/fosite/storage"
	"github.com/ory/fosite/token/jwt"
)

// ClientID is the public (native) client registered on the server, redirecting to http://127.0.0.1/ on any port.
const ClientID = "relance-test"

// Scopes are the scopes the client may ask, as a custom provider's mail.oauth.scopes.
const Scopes = "mail offline_access openid email"

// Server is an authorization server for one user.
type Server struct {
	URL      string // http://127.0.0.1:port
	AuthURL  string
	TokenURL string
	User     string // the mailbox address that signs in

	provider fosite.OAuth2Provider
	http     *http.Server
	ln       net.Listener

	mu        sync.Mutex
	refreshes int // refresh-token grants served
	codes     int // authorization codes exchanged
}

// Start listens on 127.0.0.1 with access tokens valid for accessLifespan (a few seconds in tests).
func Start(user string, accessLifespan time.Duration) (*Server, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048) // signs ID tokens
	if err != nil {
		return nil, err
	}
	secret := make([]byte, 32)
	if _, err := rand.Read(secret); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{URL: "http://" + ln.Addr().String(), User: user, ln: ln}
	s.AuthURL, s.TokenURL = s.URL+"/authorize", s.URL+"/token"
	store := storage.NewMemoryStore()
	store.Clients[ClientID] = &fosite.DefaultClient{ID: ClientID, Public: true,
		RedirectURIs:  []string{"http://127.0.0.1/"},
		ResponseTypes: []string{"code"}, GrantTypes: []string{"authorization_code", "refresh_token"},
		Scopes: strings.Fields(Scopes)}
	conf := &fosite.Config{
		AccessTokenLifespan:   accessLifespan,
		RefreshTokenLifespan:  24 * time.Hour,
		AuthorizeCodeLifespan: 5 * time.Minute,
		IDTokenLifespan:       time.Hour,
		IDTokenIssuer:         s.URL,
		GlobalSecret:          secret,
		EnforcePKCE:           true, // and S256 only: plain is not enabled
		ScopeStrategy:         fosite.ExactScopeStrategy,
	}
	s.provider = compose.ComposeAllEnabled(conf, store, key)
	mux := http.NewServeMux()
	mux.HandleFunc("/authorize", s.authorize)
	mux.HandleFunc("/token", s.token)
	mux.HandleFunc("/revoke", s.revoke)
	s.http = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.http.Serve(ln) }()
	return s, nil
}

// Close stops the server.
func (s *Server) Close() { _ = s.http.Close() }

func (s *Server) session() *openid.DefaultSession {
	now := time.Now().UTC()
	return &openid.DefaultSession{Subject: s.User, Username: s.User, Headers: &jwt.Headers{},
		Claims: &jwt.IDTokenClaims{Subject: s.User, Issuer: s.URL, IssuedAt: now, RequestedAt: now, AuthTime: now,
			Extra: map[string]any{"email": s.User}}}
}

// authorize shows the consent page (GET) and, once « Autoriser » is pressed (POST), redirects with a code.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ar, err := s.provider.NewAuthorizeRequest(ctx, r)
	if err != nil {
		s.provider.WriteAuthorizeError(ctx, w, ar, err)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fournisseur de test – consentement</title></head><body>
<h1>Autoriser Relance ?</h1><p>Relance demande l'accès à la messagerie de <b data-testid="consent-user">%s</b> (envoi et lecture).</p>
<form method="post"><button name="consent" value="allow" data-testid="consent-allow">Autoriser</button>
<button name="consent" value="deny" data-testid="consent-deny">Refuser</button></form></body></html>`, html.EscapeString(s.User))
		return
	}
	if r.PostFormValue("consent") != "allow" {
		s.provider.WriteAuthorizeError(ctx, w, ar, fosite.ErrAccessDenied.WithHint("The user refused."))
		return
	}
	for _, sc := range ar.GetRequestedScopes() {
		ar.GrantScope(sc)
	}
	resp, err := s.provider.NewAuthorizeResponse(ctx, ar, s.session())
	if err != nil {
		s.provider.WriteAuthorizeError(ctx, w, ar, err)
		return
	}
	s.provider.WriteAuthorizeResponse(ctx, w, ar, resp)
}

func (s *Server) token(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	ar, err := s.provider.NewAccessRequest(ctx, r, s.session())
	if err != nil {
		s.provider.WriteAccessError(ctx, w, ar, err)
		return
	}
	resp, err := s.provider.NewAccessResponse(ctx, ar)
	if err != nil {
		s.provider.WriteAccessError(ctx, w, ar, err)
		return
	}
	s.mu.Lock()
	if ar.GetGrantTypes().ExactOne("refresh_token") {
		s.refreshes++
	} else {
		s.codes++
	}
	s.mu.Unlock()
	s.provider.WriteAccessResponse(ctx, w, ar, resp)
}

func (s *Server) revoke(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	s.provider.WriteRevocationResponse(ctx, w, s.provider.NewRevocationRequest(ctx, r))
}

// Revoke revokes a refresh token (and the access tokens issued with it), as a password change or an
// administrator would.
func (s *Server) Revoke(token string) error {
	form := url.Values{"token": {token}, "token_type_hint": {"refresh_token"}, "client_id": {ClientID}}
	resp, err := http.PostForm(s.URL+"/revoke", form)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return fmt.Errorf("revoke: %s %s", resp.Status, b)
	}
	return nil
}

// Validate checks an access token this server issued and returns the user it was issued to.
func (s *Server) Validate(ctx context.Context, token string) (string, error) {
	_, ar, err := s.provider.IntrospectToken(ctx, token, fosite.AccessToken, s.session())
	if err != nil {
		return "", err
	}
	return ar.GetSession().GetSubject(), nil
}

// Counts returns how many codes were exchanged and how many refreshes were served.
func (s *Server) Counts() (codes, refreshes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.codes, s.refreshes
}

// Consent follows the sign-in URL as a person would: opens the consent page, presses « Autoriser », and follows
// the redirect to the application's loopback address. It returns the last page's text.
func Consent(authURL string) (string, error) {
	resp, err := http.Get(authURL)
	if err != nil {
		return "", err
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "Autoriser") {
		return "", fmt.Errorf("consent page: %s %s", resp.Status, page)
	}
	resp, err = http.PostForm(authURL, url.Values{"consent": {"allow"}}) // follows the 303 to 127.0.0.1
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return string(body), nil
}

package oauth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"relance/backend"
)

// Flow is one browser sign-in.
type Flow struct {
	Provider  Provider
	LoginHint string // the address typed by the owner, so the provider preselects the account
	// Open opens the URL in the system browser; nil leaves it to Show (the command line's --no-browser).
	Open func(url string) error
	// Show is told the URL before the flow waits (the command line prints it; the window shows it as a link in
	// case the browser did not open).
	Show    func(url string)
	Timeout time.Duration // how long to wait for the browser; 0 = 5 minutes
	HTTP    *http.Client  // for the token endpoint; nil = http.DefaultClient
}

// Result is a successful sign-in.
type Result struct {
	Token   *oauth2.Token
	Account string // the address or user name the provider says signed in ("" when it does not say)
}

// DefaultTimeout is how long a sign-in waits for the browser.
const DefaultTimeout = 5 * time.Minute

// Run opens the provider's sign-in page and waits for its redirect on 127.0.0.1, then exchanges the code. The
// returned token carries a refresh token (an error otherwise: without it the sign-in would stop within the hour).
func (f Flow) Run(ctx context.Context) (Result, error) {
	timeout := f.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	ln, err := net.Listen("tcp", "127.0.0.1:0") // a random free port: RFC 8252 §7.3
	if err != nil {
		return Result{}, backend.Errorf(backend.EUNAVAILABLE, "impossible d'attendre la réponse du navigateur sur cet ordinateur (%v)", err)
	}
	defer ln.Close()
	redirect := fmt.Sprintf("http://127.0.0.1:%d/", ln.Addr().(*net.TCPAddr).Port)
	conf := f.Provider.config(redirect)
	state, verifier := randomString(), oauth2.GenerateVerifier()
	opts := []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier)}
	for k, v := range f.Provider.Extra {
		opts = append(opts, oauth2.SetAuthURLParam(k, v))
	}
	if f.LoginHint != "" {
		opts = append(opts, oauth2.SetAuthURLParam("login_hint", f.LoginHint))
	}
	authURL := conf.AuthCodeURL(state, opts...)

	got := make(chan callback, 1)
	srv := &http.Server{Handler: callbackHandler(state, got), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	defer func() {
		sctx, scancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer scancel()
		_ = srv.Shutdown(sctx) // lets the "you may go back" page reach the browser
	}()

	if f.Show != nil {
		f.Show(authURL)
	}
	if f.Open != nil {
		if err := f.Open(authURL); err != nil && f.Show == nil {
			return Result{}, backend.Errorf(backend.EUNAVAILABLE, "le navigateur n'a pas pu être ouvert (%v) : ouvrez vous-même cette adresse : %s", err, authURL)
		}
	}

	var cb callback
	select {
	case cb = <-got:
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return Result{}, backend.Errorf(backend.EUNAVAILABLE, "délai dépassé : la connexion n'a pas été terminée dans le navigateur en %s, recommencez", humanDuration(timeout))
		}
		return Result{}, backend.Errorf(backend.EUNAVAILABLE, "connexion annulée")
	}
	if cb.err != "" {
		return Result{}, providerRefusal(f.Provider, cb.err, cb.desc)
	}
	if f.HTTP != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, f.HTTP)
	}
	tok, err := conf.Exchange(ctx, cb.code, oauth2.VerifierOption(verifier))
	if err != nil {
		return Result{}, tokenError(f.Provider, err, "l'échange du code de connexion")
	}
	if tok.RefreshToken == "" {
		return Result{}, backend.Errorf(backend.EUNAVAILABLE, "%s n'a pas donné de jeton de renouvellement : la connexion cesserait dans l'heure. "+
			"Vérifiez que l'application demande l'accès hors connexion (offline_access)", f.Provider.Name)
	}
	return Result{Token: tok, Account: accountOf(tok)}, nil
}

type callback struct{ code, err, desc string }

// callbackHandler answers the browser's redirect: a request without the right state is refused and the flow
// keeps waiting (it is not the answer to our request); the right one ends the flow with a page in French.
func callbackHandler(state string, got chan<- callback) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		q := r.URL.Query()
		if q.Get("state") != state {
			page(w, http.StatusBadRequest, "Requête inattendue", "Cette page ne correspond pas à la connexion en cours dans Relance. Recommencez depuis Relance.")
			return
		}
		cb := callback{code: q.Get("code"), err: q.Get("error"), desc: q.Get("error_description")}
		if cb.err == "" && cb.code == "" {
			cb.err = "invalid_request"
		}
		if cb.err != "" {
			page(w, http.StatusOK, "Connexion non aboutie", "La connexion a été refusée ou interrompue. Revenez à Relance pour recommencer.")
		} else {
			page(w, http.StatusOK, "Connexion réussie", "Vous pouvez revenir à Relance et fermer cet onglet.")
		}
		select {
		case got <- cb:
		default: // a second redirect (reload): the first one counts
		}
	})
}

func page(w http.ResponseWriter, status int, title, text string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	fmt.Fprintf(w, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Relance – %s</title></head>`+
		`<body style="font-family:sans-serif;max-width:32em;margin:4em auto;text-align:center"><h1>%s</h1><p>%s</p></body></html>`,
		html.EscapeString(title), html.EscapeString(title), html.EscapeString(text))
}

// providerRefusal is the provider's error redirect in French.
func providerRefusal(p Provider, code, desc string) error {
	msg := fmt.Sprintf("%s a refusé la connexion (%s)", p.Name, code)
	switch code {
	case "access_denied":
		msg = fmt.Sprintf("connexion refusée dans la page de %s : l'accès à la messagerie n'a pas été accordé", p.Name)
	case "consent_required", "interaction_required":
		msg = fmt.Sprintf("%s demande le consentement d'un administrateur pour cette application : transmettez le README à la personne qui gère vos comptes", p.Name)
	case "invalid_scope":
		msg = fmt.Sprintf("%s refuse les autorisations demandées (invalid_scope)", p.Name)
	}
	if desc != "" {
		msg += " — " + firstLine(desc)
	}
	return backend.Errorf(backend.EUNAVAILABLE, "%s", msg)
}

// accountOf reads who signed in from the ID token's claims. The token came straight from the token endpoint over
// TLS, which OpenID Connect accepts in place of checking its signature; it is used for display only.
func accountOf(tok *oauth2.Token) string {
	raw, _ := tok.Extra("id_token").(string)
	parts := strings.Split(raw, ".")
	if len(parts) != 3 {
		return ""
	}
	body, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return ""
	}
	var c map[string]any
	if json.Unmarshal(body, &c) != nil {
		return ""
	}
	for _, k := range []string{"email", "preferred_username", "upn", "unique_name"} {
		if v, ok := c[k].(string); ok && v != "" {
			return v
		}
	}
	return ""
}

func randomString() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

func humanDuration(d time.Duration) string {
	if d >= time.Minute && d%time.Minute == 0 {
		return fmt.Sprintf("%d min", int(d/time.Minute))
	}
	return d.String()
}

package oauth

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"relance/backend"
)

// RefreshTokenName is the keychain entry of the refresh token.
const RefreshTokenName = "oauth-refresh"

// TokenStore keeps the refresh token (the OS keychain).
type TokenStore interface {
	Get(name string) (value string, found bool, err error)
	Set(name, value string) error
}

// SignInNeeded says the provider no longer honours the sign-in: sending stops until the owner signs in again.
type SignInNeeded struct {
	Provider string // « Microsoft », « Google »…
	Reason   string
}

func (e *SignInNeeded) Error() string {
	return fmt.Sprintf("Reconnectez votre boîte %s : %s", e.Provider, e.Reason)
}

// AsSignInNeeded finds a SignInNeeded in err's chain.
func AsSignInNeeded(err error) (*SignInNeeded, bool) {
	var s *SignInNeeded
	ok := errors.As(err, &s)
	return s, ok
}

func signInNeeded(p Provider, reason string) error {
	s := &SignInNeeded{Provider: p.Name, Reason: reason}
	return &backend.Error{Code: backend.EUNAVAILABLE, Message: s.Error(), Err: s}
}

// Session hands out access tokens for one provider, refreshing them from the stored refresh token. It is safe
// for concurrent use (the sender and the mailbox watcher share it).
type Session struct {
	Provider Provider
	Store    TokenStore
	HTTP     *http.Client     // nil = http.DefaultClient
	Now      func() time.Time // nil = time.Now (token expiry is wall-clock time, not the ledger's day)

	mu      sync.Mutex
	tok     *oauth2.Token
	renewAt time.Time // shortly before tok expires, so that it never lapses during a send
}

// early is how long before its expiry an access token is renewed (a tenth of its life when that is shorter).
const early = 2 * time.Minute

// AccessToken returns a valid access token. force renews it even when it looks valid: the server just refused it.
func (s *Session) AccessToken(ctx context.Context, force bool) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	if !force && s.tok != nil && s.tok.AccessToken != "" && (s.tok.Expiry.IsZero() || now().Before(s.renewAt)) {
		return s.tok.AccessToken, nil
	}
	rt, found, err := s.Store.Get(RefreshTokenName)
	if err != nil {
		return "", err
	}
	if !found || rt == "" {
		s.tok = nil
		return "", signInNeeded(s.Provider, "aucune connexion enregistrée sur cet ordinateur")
	}
	if s.HTTP != nil {
		ctx = context.WithValue(ctx, oauth2.HTTPClient, s.HTTP)
	}
	// Expiry in the past: the token source refreshes at once.
	tok, err := s.Provider.config("").TokenSource(ctx, &oauth2.Token{RefreshToken: rt, Expiry: time.Unix(1, 0)}).Token()
	if err != nil {
		s.tok = nil
		return "", tokenError(s.Provider, err, "le renouvellement de la connexion")
	}
	if tok.RefreshToken != "" && tok.RefreshToken != rt { // providers that rotate refresh tokens (Microsoft)
		if err := s.Store.Set(RefreshTokenName, tok.RefreshToken); err != nil {
			return "", err
		}
	}
	s.tok = tok
	margin := min(early, tok.Expiry.Sub(now())/10)
	s.renewAt = tok.Expiry.Add(-margin)
	return tok.AccessToken, nil
}

// Forget drops the access token kept in memory (after a sign-out or a new sign-in).
func (s *Session) Forget() {
	s.mu.Lock()
	s.tok = nil
	s.mu.Unlock()
}

// tokenError classifies a token endpoint failure: a refused grant asks to sign in again, a refused client is a
// setting to fix, anything else (network, 5xx) is temporary.
func tokenError(p Provider, err error, during string) error {
	var re *oauth2.RetrieveError
	if errors.As(err, &re) {
		switch re.ErrorCode {
		case "invalid_grant":
			return signInNeeded(p, "la connexion a expiré ou a été révoquée (mot de passe changé, accès retiré ou règle de l'administrateur)")
		case "invalid_client", "unauthorized_client":
			return &backend.Error{Code: backend.EINVALID, Err: err, Message: fmt.Sprintf(
				"%s refuse l'identifiant d'application (%s) pendant %s : vérifiez mail.oauth.client_id (voir le README)", p.Name, re.ErrorCode, during)}
		}
		if re.Response != nil && re.Response.StatusCode >= 500 {
			return &backend.Error{Code: backend.EUNAVAILABLE, Err: err, Message: fmt.Sprintf(
				"%s est momentanément indisponible (%d) pendant %s : nouvel essai plus tard", p.Name, re.Response.StatusCode, during)}
		}
		code := re.ErrorCode
		if code == "" && re.Response != nil {
			code = re.Response.Status
		}
		return &backend.Error{Code: backend.EUNAVAILABLE, Err: err, Message: fmt.Sprintf(
			"%s a refusé %s (%s) : nouvel essai plus tard ; si cela dure, reconnectez la boîte par « Se connecter » dans Paramètres › Messagerie", p.Name, during, code)}
	}
	return &backend.Error{Code: backend.EUNAVAILABLE, Err: err, Message: fmt.Sprintf(
		"%s injoignable pendant %s : vérifiez la connexion Internet, nouvel essai plus tard", p.Name, during)}
}

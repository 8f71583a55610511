package oauth_test

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/oauth"
	"relance/backend/oauth/oauthtest"
	"relance/backend/secret"
)

const user = "claire@atelier-dupont.example"

func startServer(t *testing.T, lifespan time.Duration) (*oauthtest.Server, oauth.Provider) {
	t.Helper()
	srv, err := oauthtest.Start(user, lifespan)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	p, err := oauth.Config{Provider: oauth.Custom, ClientID: oauthtest.ClientID, AuthURL: srv.AuthURL, TokenURL: srv.TokenURL,
		Scopes: oauthtest.Scopes}.Resolve("")
	if err != nil {
		t.Fatal(err)
	}
	return srv, p
}

// signIn runs the flow with a "browser" that follows the consent page.
func signIn(t *testing.T, p oauth.Provider) oauth.Result {
	t.Helper()
	page := make(chan string, 1)
	res, err := oauth.Flow{Provider: p, LoginHint: user, Timeout: time.Minute, Open: func(u string) error {
		go func() {
			body, err := oauthtest.Consent(u)
			if err != nil {
				body = err.Error()
			}
			page <- body
		}()
		return nil
	}}.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if body := <-page; !strings.Contains(body, "Vous pouvez revenir à Relance") {
		t.Fatalf("browser page: %s", body)
	}
	return res
}

func TestSignInWithPKCEOnLoopbackThenRefreshRotateAndRevoke(t *testing.T) {
	srv, p := startServer(t, 3*time.Second)
	res := signIn(t, p)
	if res.Token.RefreshToken == "" || res.Token.AccessToken == "" || res.Account != user {
		t.Fatalf("result %+v account %q", res.Token, res.Account)
	}
	if _, err := srv.Validate(context.Background(), res.Token.AccessToken); err != nil {
		t.Fatalf("issued token refused: %v", err)
	}

	keys := secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}
	if err := keys.Set(oauth.RefreshTokenName, res.Token.RefreshToken); err != nil {
		t.Fatal(err)
	}
	s := &oauth.Session{Provider: p, Store: keys}
	tok1, err := s.AccessToken(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if tok2, _ := s.AccessToken(context.Background(), false); tok2 != tok1 {
		t.Fatal("a valid token was renewed")
	}
	// Expired on the server's side: a refresh gives a new valid token, and the rotated refresh token is kept.
	time.Sleep(3500 * time.Millisecond)
	if _, err := srv.Validate(context.Background(), tok1); err == nil {
		t.Fatal("the server still accepts an expired token")
	}
	tok3, err := s.AccessToken(context.Background(), false)
	if err != nil || tok3 == tok1 {
		t.Fatalf("after expiry: %q %v", tok3, err)
	}
	if _, err := srv.Validate(context.Background(), tok3); err != nil {
		t.Fatalf("refreshed token refused: %v", err)
	}
	rt, _, _ := keys.Get(oauth.RefreshTokenName)
	if rt == res.Token.RefreshToken {
		t.Fatal("the rotated refresh token was not stored")
	}
	// Forced (a server refused the token): renewed although valid.
	tok4, err := s.AccessToken(context.Background(), true)
	if err != nil || tok4 == tok3 {
		t.Fatalf("forced: %v", err)
	}

	// Revoked: the next renewal asks to sign in again, in French, naming the provider.
	rt, _, _ = keys.Get(oauth.RefreshTokenName)
	if err := srv.Revoke(rt); err != nil {
		t.Fatal(err)
	}
	_, err = s.AccessToken(context.Background(), true)
	need, ok := oauth.AsSignInNeeded(err)
	if !ok || backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(err.Error(), "Reconnectez votre boîte 127.0.0.1") {
		t.Fatalf("after revocation: %v (%+v)", err, need)
	}
	if codes, refreshes := srv.Counts(); codes != 1 || refreshes != 3 {
		t.Fatalf("codes %d refreshes %d", codes, refreshes)
	}
}

func TestSessionWithoutSignInAsksForIt(t *testing.T) {
	_, p := startServer(t, time.Minute)
	s := &oauth.Session{Provider: p, Store: secret.Keychain{Account: t.TempDir(), Backend: &secret.Memory{}}}
	if _, err := s.AccessToken(context.Background(), false); err == nil {
		t.Fatal("no error")
	} else if _, ok := oauth.AsSignInNeeded(err); !ok {
		t.Fatalf("%v", err)
	}
}

func TestRefusedConsentWrongStateAndTimeout(t *testing.T) {
	_, p := startServer(t, time.Minute)

	// The person presses « Refuser ».
	_, err := oauth.Flow{Provider: p, Timeout: time.Minute, Open: func(u string) error {
		go func() {
			resp, err := http.PostForm(u, url.Values{"consent": {"deny"}})
			if err == nil {
				resp.Body.Close()
			}
		}()
		return nil
	}}.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "connexion refusée") {
		t.Fatalf("refused: %v", err)
	}

	// A request to the loopback with another state is refused and does not end the flow; then the real one comes.
	res, err := oauth.Flow{Provider: p, Timeout: time.Minute, Open: func(u string) error {
		go func() {
			q, _ := url.Parse(u)
			redirect := q.Query().Get("redirect_uri")
			resp, err := http.Get(redirect + "?code=forged&state=wrong")
			if err != nil || resp.StatusCode != http.StatusBadRequest {
				t.Errorf("forged callback: %v %v", resp, err)
			}
			if resp != nil {
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if !strings.Contains(string(b), "Requête inattendue") {
					t.Errorf("forged page %s", b)
				}
			}
			_, _ = oauthtest.Consent(u)
		}()
		return nil
	}}.Run(context.Background())
	if err != nil || res.Token.RefreshToken == "" {
		t.Fatalf("after a forged callback: %v", err)
	}

	// Nobody finishes in the browser.
	_, err = oauth.Flow{Provider: p, Timeout: 200 * time.Millisecond, Show: func(string) {}}.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "délai dépassé") {
		t.Fatalf("timeout: %v", err)
	}
}

func TestAuthorizationURLHasPKCEAndLoopbackRedirect(t *testing.T) {
	_, p := startServer(t, time.Minute)
	var got string
	_, _ = oauth.Flow{Provider: p, LoginHint: user, Timeout: 100 * time.Millisecond, Show: func(u string) { got = u }}.Run(context.Background())
	u, err := url.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) < 43 || len(q.Get("state")) < 32 ||
		q.Get("login_hint") != user || q.Get("client_id") != oauthtest.ClientID || q.Get("response_type") != "code" {
		t.Fatalf("authorization URL %s", got)
	}
	r, _ := url.Parse(q.Get("redirect_uri"))
	if r.Scheme != "http" || r.Hostname() != "127.0.0.1" || r.Port() == "" || r.Port() == "0" {
		t.Fatalf("redirect %s", r)
	}
}

func TestResolveProviders(t *testing.T) {
	if _, err := (oauth.Config{Provider: oauth.Microsoft}).Resolve(""); err == nil || !strings.Contains(err.Error(), "mail.oauth.client_id") {
		t.Fatalf("no built-in id: %v", err)
	}
	p, err := oauth.Config{Provider: oauth.Microsoft, ClientID: "abc"}.Resolve("")
	if err != nil || !strings.Contains(strings.Join(p.Scopes, " "), "SMTP.Send") || !strings.Contains(p.AuthURL, "/common/") {
		t.Fatalf("microsoft %+v %v", p, err)
	}
	p, err = oauth.Config{Provider: oauth.Google, ClientID: "g"}.Resolve("s")
	if err != nil || p.Scopes[0] != "https://mail.google.com/" || p.Extra["access_type"] != "offline" || p.ClientSecret != "s" {
		t.Fatalf("google %+v %v", p, err)
	}
	_, err = oauth.Config{Provider: oauth.Custom, ClientID: "c", AuthURL: "http://auth.example.com/a", TokenURL: "ftp://x"}.Resolve("")
	if err == nil || !strings.Contains(err.Error(), "seul https") || !strings.Contains(err.Error(), "invalide") || !strings.Contains(err.Error(), "portées") {
		t.Fatalf("custom: %v", err)
	}
}

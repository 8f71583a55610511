package apptest

import (
	"relance/backend/oauth/oauthtest"
	"testing"
	"time"
)

// OAuthUser is the mailbox the OAuth servers know.
const OAuthUser = "claire@atelier-dupont.fr"

// OAuthMailbox is a real authorization server (fosite) with SMTP and IMAP servers that accept only its tokens.
type OAuthMailbox struct {
	Auth *oauthtest.Server
	SMTP *oauthtest.SMTP
	IMAP *oauthtest.IMAP
}

// StartOAuthMailbox starts them (access tokens living lifespan, SASL mechanism mech), closed when the test ends.
func StartOAuthMailbox(t testing.TB, lifespan time.Duration, mech string) *OAuthMailbox {
	t.Helper()
	srv, err := oauthtest.Start(OAuthUser, lifespan)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	sm, err := srv.StartSMTP(mech)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(sm.Close)
	im, err := srv.StartIMAP(mech)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(im.Close)
	return &OAuthMailbox{Auth: srv, SMTP: sm, IMAP: im}
}

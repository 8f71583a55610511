package oauth

import (
	"github.com/emersion/go-sasl"
)

// SASL mechanisms that carry an OAuth access token.
const (
	MechXOAuth2     = "XOAUTH2"     // Google's and Microsoft's
	MechOAuthBearer = "OAUTHBEARER" // the standard one (RFC 7628), offered by some other hosts
)

// SASLClient signs in with an access token: XOAUTH2 when the server offers it (or says nothing), else
// OAUTHBEARER when it offers that. offers tells whether the server lists a mechanism.
func SASLClient(offers func(mech string) bool, user, token, host string, port int) sasl.Client {
	if !offers(MechXOAuth2) && offers(MechOAuthBearer) {
		return sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: user, Token: token, Host: host, Port: port})
	}
	return &xoauth2{user: user, token: token}
}

// xoauth2 is the XOAUTH2 mechanism: "user=…\x01auth=Bearer …\x01\x01".
type xoauth2 struct{ user, token string }

func (a *xoauth2) Start() (string, []byte, error) {
	return MechXOAuth2, []byte("user=" + a.user + "\x01auth=Bearer " + a.token + "\x01\x01"), nil
}

// Next answers the server's error challenge (a JSON status) with an empty response, as the mechanism requires;
// the server then says no.
func (a *xoauth2) Next([]byte) ([]byte, error) { return []byte{}, nil }

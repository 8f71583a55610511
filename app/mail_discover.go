package app

import (
	"context"
	"strings"

	"relance/backend/mail/discover"
)

// Discover finds the servers of an address (known provider, the configuration its domain publishes, its MX
// records) so that the user types only the address. Finding nothing is a result the form shows, not an error; the
// only error is EINVALID for an address that is not one.
func (a *MailAPI) Discover(address string) (discover.Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), discover.Timeout)
	defer cancel()
	var f discover.Finder
	r, err := f.Discover(ctx, address)
	if err == nil && a.env != nil && a.env.Log != nil {
		// The domain only: the address itself is personal data the log does not need.
		from := r.Settings.FromAddress
		a.env.Log.Info("mail servers discovered", "domain", from[strings.LastIndex(from, "@")+1:],
			"source", r.Source, "provider", r.Provider)
	}
	return r, err
}

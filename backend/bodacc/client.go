package bodacc

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"relance/backend"
)

// DefaultBaseURL is the DILA's open-data portal; Client.BaseURL replaces it (tests, a mirror).
const DefaultBaseURL = "https://bodacc-datadila.opendatasoft.com"

// RecordsPath is the records endpoint of the announcements dataset (Explore API v2.1).
const RecordsPath = "/api/explore/v2.1/catalog/datasets/annonces-commerciales/records"

// Timeout bounds one company's lookup, all pages included.
const Timeout = 15 * time.Second

// pageSize is the API's largest page (limit ≤ 100); maxPages bounds a company's announcements read (1 000).
const (
	pageSize = 100
	maxPages = 10
	maxBody  = 8 << 20
)

var defaultHTTP = &http.Client{Timeout: Timeout}

// ErrRateLimited is behind the error of an answer 429 (too many requests): a caller checking many companies stops
// asking until later.
var ErrRateLimited = errors.New("bodacc: rate limited")

// Client reads the BODACC. Its zero value uses the public API.
type Client struct {
	BaseURL string       // without the API path; empty for DefaultBaseURL
	HTTP    *http.Client // nil for one with Timeout
}

// Announcements lists the collective-proceedings and strike-off (« radiation ») announcements published about a
// SIREN, oldest first. A company
// with none gives an empty list and no error. An invalid SIREN is EINVALID before any request; anything that keeps
// the BODACC from answering (offline, timeout, rate limit, an answer that is not the API's) is EUNAVAILABLE, in
// French.
func (c *Client) Announcements(ctx context.Context, siren string) ([]Announcement, error) {
	s, err := backend.NormalizeSIREN(siren)
	if err != nil {
		return nil, err
	}
	base := strings.TrimRight(c.BaseURL, "/")
	if base == "" {
		base = DefaultBaseURL
	}
	u, err := url.Parse(base + RecordsPath)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, unreachable("adresse du BODACC invalide", fmt.Errorf("bodacc: base URL %q: %v", base, err))
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	var out []Announcement
	for page := 0; page < maxPages; page++ {
		u.RawQuery = url.Values{
			"where":    {`registre like "` + s + `" and (familleavis = "collective" or familleavis = "radiation")`},
			"order_by": {"dateparution asc"},
			"limit":    {strconv.Itoa(pageSize)},
			"offset":   {strconv.Itoa(page * pageSize)},
		}.Encode()
		body, err := c.get(ctx, u.String())
		if err != nil {
			return nil, err
		}
		list, total, err := Parse(body, s)
		if err != nil {
			return nil, unreachable("réponse illisible", fmt.Errorf("bodacc: decoding the answer: %w", err))
		}
		out = append(out, list...)
		if (page+1)*pageSize >= total {
			break
		}
	}
	sortAnnouncements(out)
	return out, nil
}

func (c *Client) get(ctx context.Context, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, unreachable("requête impossible", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "Relance (relance de factures impayées)")
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, transportError(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, transportError(err)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		wait := "dans quelques minutes"
		if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && s > 0 && s < 24*3600 {
			wait = "dans " + waitWords(s)
		}
		return nil, unreachable("trop de demandes en ce moment, Relance réessaiera "+wait, fmt.Errorf("%w: HTTP %s", ErrRateLimited, resp.Status))
	case resp.StatusCode != http.StatusOK:
		return nil, unreachable(fmt.Sprintf("réponse HTTP %d", resp.StatusCode), fmt.Errorf("bodacc: HTTP %s: %.200s", resp.Status, body))
	}
	return body, nil
}

func waitWords(s int) string {
	switch {
	case s < 90:
		return strconv.Itoa(s) + " secondes"
	case s < 5400:
		return strconv.Itoa((s+30)/60) + " minutes"
	}
	return strconv.Itoa((s+1800)/3600) + " heures"
}

func transportError(err error) error {
	var ne interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return unreachable("pas de réponse à temps", err)
	}
	if errors.Is(err, context.Canceled) {
		return unreachable("vérification interrompue", err)
	}
	return unreachable("connexion impossible : vérifiez votre accès à Internet", err)
}

// unreachable is the error of a BODACC that could not answer: nothing is concluded, the watch tries again later.
func unreachable(why string, cause error) error {
	return &backend.Error{
		Code:    backend.EUNAVAILABLE,
		Message: "Le BODACC n'a pas pu être consulté (" + why + ") : rien n'a été conclu sur les procédures collectives.",
		Err:     cause,
	}
}

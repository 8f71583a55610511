package sirene

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"relance/backend"
)

// DefaultBaseURL is the public directory's address; Client.BaseURL replaces it (tests, a mirror).
const DefaultBaseURL = "https://recherche-entreprises.api.gouv.fr"

// Timeout bounds a whole lookup: the user is waiting in front of the form.
const Timeout = 5 * time.Second

// maxBody bounds what is read of an answer (one result weighs a few kilobytes).
const maxBody = 2 << 20

var defaultHTTP = &http.Client{Timeout: Timeout}

// Client looks companies up in the directory. Its zero value uses the public API with a 5-second timeout.
type Client struct {
	BaseURL string       // without the /search path; empty for DefaultBaseURL
	HTTP    *http.Client // nil for a client with Timeout
}

// Lookup finds the company of a SIREN. An invalid SIREN is EINVALID before any request; a SIREN the directory
// does not know is ENOTFOUND; anything that keeps the directory from answering is EUNAVAILABLE. Messages are in
// French and name what the user can do.
func (c *Client) Lookup(ctx context.Context, siren string) (Result, error) {
	s, err := backend.NormalizeSIREN(siren)
	if err != nil {
		return Result{}, err
	}
	base := strings.TrimRight(c.BaseURL, "/")
	if base == "" {
		base = DefaultBaseURL
	}
	u, err := url.Parse(base + "/search")
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return Result{}, unreachable("adresse de l'annuaire invalide", fmt.Errorf("sirene: base URL %q: %v", base, err))
	}
	u.RawQuery = url.Values{"q": {s}, "page": {"1"}, "per_page": {"1"}}.Encode()

	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Result{}, unreachable("requête impossible", err)
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "Relance (relance de factures impayées)")
	hc := c.HTTP
	if hc == nil {
		hc = defaultHTTP
	}
	resp, err := hc.Do(req)
	if err != nil {
		return Result{}, transportError(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return Result{}, transportError(err)
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return Result{}, unreachable("trop de demandes en ce moment, réessayez dans une minute", fmt.Errorf("sirene: HTTP %s", resp.Status))
	case resp.StatusCode != http.StatusOK:
		return Result{}, unreachable(fmt.Sprintf("réponse HTTP %d", resp.StatusCode), fmt.Errorf("sirene: HTTP %s: %.200s", resp.Status, body))
	}
	r, found, err := parse(body, s)
	if err != nil {
		return Result{}, unreachable("réponse illisible", fmt.Errorf("sirene: decoding the answer: %w", err))
	}
	if !found {
		return Result{}, &backend.Error{Code: backend.ENOTFOUND, Message: fmt.Sprintf(
			"Aucune entreprise ne porte le SIREN %s dans l'annuaire des entreprises : vérifiez le numéro, ou saisissez les champs à la main.", s)}
	}
	return toResult(r, s), nil
}

func toResult(r result, siren string) Result {
	out := Result{
		SIREN:     siren,
		LegalName: clean(r.NomRaisonSociale),
		LegalForm: LegalForm(clean(r.NatureJuridique)),
		VATNumber: backend.FrenchVATNumber(siren),
		Closed:    strings.EqualFold(clean(r.EtatAdministratif), "C"),
	}
	if out.LegalName == "" {
		out.LegalName = clean(r.NomComplet)
	}
	if d, err := backend.ParseDate(clean(r.DateCreation)); err == nil {
		out.Created = d
	}
	if d, err := backend.ParseDate(clean(r.DateFermeture)); err == nil {
		out.ClosedOn = d
	}
	if r.Siege != nil {
		// A head-office SIRET that does not belong to the SIREN, or fails its check, is left out rather than
		// offered for the form.
		if siret, err := backend.NormalizeSIRET(clean(r.Siege.SIRET)); err == nil && siret[:9] == siren {
			out.SIRET = siret
		}
		out.Address = address(*r.Siege)
	}
	return out
}

func transportError(err error) error {
	var ne interface{ Timeout() bool }
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return unreachable(fmt.Sprintf("pas de réponse en %d secondes", int(Timeout/time.Second)), err)
	}
	if errors.Is(err, context.Canceled) {
		return unreachable("recherche interrompue", err)
	}
	return unreachable("connexion impossible : vérifiez votre accès à Internet", err)
}

// unreachable is the error of a directory that could not answer: the user goes on by hand.
func unreachable(why string, cause error) error {
	return &backend.Error{
		Code: backend.EUNAVAILABLE,
		Message: "L'annuaire des entreprises n'a pas pu être consulté (" + why + "). Vous pouvez saisir les champs à la main ; " +
			"le numéro de TVA reste calculé sans connexion à partir du SIREN.",
		Err: cause,
	}
}

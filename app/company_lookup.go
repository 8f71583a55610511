package app

import (
	"context"
	"errors"
	"os"
	"strings"

	"relance/backend"
	"relance/backend/sirene"
)

// SireneURLEnv overrides the address of the public directory of businesses (tests, end-to-end runs).
const SireneURLEnv = "RELANCE_SIRENE_URL"

// CompanyLookup is what a SIREN (or SIRET) tells of a company. The offline part, the normalised SIREN and the VAT
// number derived from it, is always there; the rest only when the public directory answered (Directory). When it
// did not, DirectoryError says why in French and DirectoryCode is ENOTFOUND (it does not know the SIREN) or
// EUNAVAILABLE (it could not be reached): the user goes on by hand.
type CompanyLookup struct {
	SIREN          string          `json:"siren"`
	VATNumber      string          `json:"vatNumber"`
	Directory      bool            `json:"directory"`
	DirectoryCode  string          `json:"directoryCode,omitempty"`
	DirectoryError string          `json:"directoryError,omitempty"`
	LegalName      string          `json:"legalName,omitempty"`
	LegalForm      string          `json:"legalForm,omitempty"`
	SIRET          string          `json:"siret,omitempty"` // the head office's
	Address        backend.Address `json:"address"`
	Closed         bool            `json:"closed"`
}

// Lookup derives what a SIREN or SIRET implies and asks the public directory of businesses for the rest. The only
// error is EINVALID (field siren) for a number that is not a SIREN or a SIRET: a directory that cannot answer is
// reported in the result, never as a failure.
func (a *CompanyAPI) Lookup(siren string) (CompanyLookup, error) {
	s, err := sirenOf(siren)
	if err != nil {
		return CompanyLookup{}, &backend.Error{Code: backend.EINVALID,
			Fields: []backend.FieldError{{Field: "siren", Message: backend.ErrorMessage(err)}}, Err: err}
	}
	out := CompanyLookup{SIREN: s, VATNumber: backend.FrenchVATNumber(s)}
	client := &sirene.Client{BaseURL: os.Getenv(SireneURLEnv)}
	r, err := client.Lookup(context.Background(), s)
	if err != nil {
		out.DirectoryCode, out.DirectoryError = backend.ErrorCode(err), backend.ErrorMessage(err)
		if a.env != nil && a.env.Log != nil {
			a.env.Log.Info("directory lookup failed", "siren", s, "code", out.DirectoryCode, "err", err, "cause", errors.Unwrap(err))
		}
		return out, nil
	}
	out.Directory = true
	out.LegalName, out.LegalForm, out.SIRET, out.Address, out.Closed = r.LegalName, r.LegalForm, r.SIRET, r.Address, r.Closed
	return out, nil
}

// sirenOf accepts a SIREN, or a SIRET whose first 9 digits are the SIREN.
func sirenOf(s string) (string, error) {
	digits := strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '.' || r == '-' {
			return -1
		}
		return r
	}, s)
	if len(digits) == 14 {
		siret, err := backend.NormalizeSIRET(s)
		if err != nil {
			return "", err
		}
		return backend.NormalizeSIREN(siret[:9])
	}
	return backend.NormalizeSIREN(s)
}

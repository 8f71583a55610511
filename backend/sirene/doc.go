// Package sirene looks a company up in the French government's public directory of businesses, the API
// « recherche-entreprises » (https://recherche-entreprises.api.gouv.fr, free, no key), to fill the user's company
// profile: legal name, legal form, head-office SIRET and address, and the VAT number derived from the SIREN.
//
// It is the one optional network call of the company profile, made only when the user asks for it. Relance is
// offline first: every failure (no network, timeout, the directory down or answering nonsense) is an
// EUNAVAILABLE error whose French message says the fields can be typed by hand and that the VAT number is still
// derived offline (backend.FrenchVATNumber).
//
// Files: client.go (the request), response.go (the wire format, parsed defensively), result.go (what a lookup
// gives), address.go (a readable postal address from the directory's fields), forms.go (legal form labels).
package sirene

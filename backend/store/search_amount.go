package store

import (
	"strings"

	"relance/backend"
)

// amountQuery is the invoice list's search read as an amount: « 1224 » finds 1 224,00 € and 1 224,56 € (the
// euros), « 1 224,00 » or « 1224,5 » the exact amount. A search that is not an amount (a number « F-2026-1224 »,
// a name) gives ok false and searches the text only.
type amountQuery struct {
	cents backend.Cents
	exact bool // decimals were typed
	ok    bool
}

func parseAmountQuery(s string) amountQuery {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "€"))
	if s == "" || strings.Trim(s, "0123456789 \u00a0\u202f.,") != "" || strings.Trim(s, " \u00a0\u202f.,") == "" {
		return amountQuery{}
	}
	c, err := backend.ParseAmount(s)
	if err != nil || c <= 0 {
		return amountQuery{}
	}
	dec := strings.LastIndexAny(s, ".,")
	exact := dec >= 0 && len(s)-dec-1 <= 2
	return amountQuery{cents: c, exact: exact, ok: true}
}

// matches says whether an invoice's amount (with tax) or what remains due is the amount searched.
func (q amountQuery) matches(incl, remaining backend.Cents) bool {
	if !q.ok {
		return false
	}
	if q.exact {
		return incl == q.cents || remaining == q.cents
	}
	return incl/100 == q.cents/100 || remaining > 0 && remaining/100 == q.cents/100
}

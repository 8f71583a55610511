package outbox

import (
	"strings"
	"testing"
)

func TestDemoRecipientAllowed(t *testing.T) {
	for _, tc := range []struct {
		demo bool
		addr string
		ok   bool
	}{
		{true, "compta@example.com", true},
		{true, "info@harrington-trading-co-uk.example", true},
		{true, "jean.dupont@gmail.com", false},
		{true, "compta@example.fr", false},
		{false, "jean.dupont@gmail.com", true}, // a real ledger writes to real clients
	} {
		ok, why := demoRecipientAllowed(tc.demo, tc.addr)
		if ok != tc.ok || (ok != (why == "")) {
			t.Errorf("%v %s: %v %q", tc.demo, tc.addr, ok, why)
		}
		if !ok && (!strings.HasPrefix(why, "Données de démonstration : aucun e-mail n'est envoyé à une adresse réelle") || !strings.Contains(why, tc.addr)) {
			t.Errorf("reason %q", why)
		}
	}
}

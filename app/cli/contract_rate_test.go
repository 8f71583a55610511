package cli

import (
	"strings"
	"testing"
)

// relance company set/get: the profile without the window; penalty uses its rate, or a client's with --client.
func TestCLICompanyProfileAndRate(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "company", "set", "siren", "552081317"); r.code != ExitRefused || !strings.Contains(r.stderr, "legal_name") {
		t.Fatalf("siren before the legal name: %+v", r)
	}
	for _, kv := range [][2]string{{"legal_name", "Atelier Dupont"}, {"siren", "552 081 317"}, {"address.city", "Lyon"},
		{"iban", "FR76 3000 6000 0112 3456 7890 189"}, {"late_payment_rate", "12,5"}, {"signatory.last_name", "Dupont"}} {
		if r := runCLI(t, data, "company", "set", kv[0], kv[1]); r.code != ExitOK {
			t.Fatalf("set %s: %+v", kv[0], r)
		}
	}
	if r := runCLI(t, data, "company", "get", "vat_number"); strings.TrimSpace(r.stdout) != "FR03552081317" {
		t.Errorf("VAT number derived from the SIREN: %+v", r)
	}
	r := runCLI(t, data, "company", "get")
	for _, want := range []string{"legal_name = Atelier Dupont", "siren = 552081317", "late_payment_rate = 12,50 %",
		"bic = non défini", "iban = FR7630006000011234567890189"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("company get lacks %q:\n%s", want, r.stdout)
		}
	}
	if r := runCLI(t, data, "company", "set", "late_payment_rate", "douze"); r.code != ExitRefused || !strings.Contains(r.stderr, "late_payment_rate") {
		t.Errorf("bad rate: %+v", r)
	}
	if r := runCLI(t, data, "company", "set", "colour", "bleu"); r.code != ExitUsage || !strings.Contains(r.stderr, "legal_name") {
		t.Errorf("unknown key: %+v", r)
	}
	// 1 000 € due 2026-01-31, until 2026-03-02: 30 days at 12,5 % = 10,27 €.
	r = runCLI(t, data, "penalty", "--amount", "1000", "--due", "2026-01-31", "--until", "2026-03-02")
	if r.code != ExitOK || !strings.Contains(r.stdout, "Taux contractuel : 12,50 %") || !strings.Contains(r.stdout, "Pénalités de retard : 10,27") {
		t.Errorf("penalty with the company's rate: %+v", r)
	}
	if r := runCLI(t, data, "company", "set", "late_payment_rate", ""); r.code != ExitOK || !strings.Contains(r.stdout, "BCE + 10 points") {
		t.Errorf("rate cleared: %+v", r)
	}
}

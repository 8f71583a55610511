package backend

import (
	"strings"
	"testing"
)

// check runs a normaliser over a table; wantErr is a substring of the expected message, "" for valid input.
type idCase struct {
	in, want, wantErr string
}

func checkIDs(t *testing.T, name string, norm func(string) (string, error), tests []idCase) {
	t.Helper()
	for _, tt := range tests {
		got, err := norm(tt.in)
		if tt.wantErr != "" {
			if err == nil {
				t.Errorf("%s(%q) = %q, want error containing %q", name, tt.in, got, tt.wantErr)
			} else if ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s(%q) error = %q (%s), want EINVALID containing %q", name, tt.in, err, ErrorCode(err), tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s(%q) error: %v", name, tt.in, err)
		} else if got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", name, tt.in, got, tt.want)
		}
	}
}

func TestNormalizeIBAN(t *testing.T) {
	checkIDs(t, "NormalizeIBAN", NormalizeIBAN, []idCase{
		{in: "FR7630006000011234567890189", want: "FR7630006000011234567890189"},
		{in: "FR1420041010050500013M02606", want: "FR1420041010050500013M02606"},
		{in: "FR76 3000 6000 0112 3456 7890 189", want: "FR7630006000011234567890189"},
		{in: "fr14 2004 1010 0505 0001 3m02 606", want: "FR1420041010050500013M02606"},
		{in: " FR76\u00a03000-6000-0112-3456-7890-189 ", want: "FR7630006000011234567890189"},
		{in: "DE89370400440532013000", want: "DE89370400440532013000"},
		{in: "BE68539007547034", want: "BE68539007547034"},
		{in: "GB29NWBK60161331926819", want: "GB29NWBK60161331926819"},
		{in: "FR7630006000011234567890188", wantErr: "clé de contrôle"},
		{in: "FR7630006000011234567890198", wantErr: "clé de contrôle"}, // swapped digits
		{in: "FR763000600001123456789018", wantErr: "un IBAN FR a 27 caractères, celui-ci en a 26"},
		{in: "FR76300060000112345678901890", wantErr: "un IBAN FR a 27 caractères, celui-ci en a 28"},
		{in: "FR76", wantErr: "longueur incorrecte"},
		{in: "", wantErr: "longueur incorrecte"},
		{in: "FR76300060000112345678901/9", wantErr: "clé de contrôle"},
	})
	// Non-ASCII letters never pass.
	if _, err := NormalizeIBAN("FR7630006000011234567890é89"); err == nil {
		t.Error("NormalizeIBAN accepted a non-ASCII character")
	}
}

func TestNormalizeSIREN(t *testing.T) {
	checkIDs(t, "NormalizeSIREN", NormalizeSIREN, []idCase{
		{in: "552081317", want: "552081317"},
		{in: "552 081 317", want: "552081317"},
		{in: "552.081.317", want: "552081317"},
		{in: "732829320", want: "732829320"},
		{in: "356000000", want: "356000000"},
		{in: "123456789", wantErr: "clé de contrôle"},
		{in: "552081318", wantErr: "clé de contrôle"},
		{in: "55208131", wantErr: "9 chiffres"},
		{in: "5520813170", wantErr: "9 chiffres"},
		{in: "55208131A", wantErr: "9 chiffres"},
		{in: "", wantErr: "9 chiffres"},
	})
}

func TestNormalizeSIRET(t *testing.T) {
	checkIDs(t, "NormalizeSIRET", NormalizeSIRET, []idCase{
		{in: "73282932000074", want: "73282932000074"},
		{in: "732 829 320 00074", want: "73282932000074"},
		{in: "35600000049837", want: "35600000049837"}, // La Poste: digit sum 45, not Luhn
		{in: "35600000000048", want: "35600000000048"}, // La Poste head office: Luhn, digit sum 26
		{in: "35600000049838", wantErr: "clé de contrôle"},
		{in: "73282932000075", wantErr: "clé de contrôle"},
		{in: "7328293200007", wantErr: "14 chiffres"},
		{in: "7328293200007X", wantErr: "14 chiffres"},
	})
}

func TestFrenchVATNumber(t *testing.T) {
	tests := []struct{ siren, want string }{
		{"552081317", "FR03552081317"},
		{"732829320", "FR44732829320"},
		{"356000000", "FR39356000000"},
	}
	for _, tt := range tests {
		got := FrenchVATNumber(tt.siren)
		if got != tt.want {
			t.Errorf("FrenchVATNumber(%s) = %s, want %s", tt.siren, got, tt.want)
		}
		if n, err := NormalizeVATNumber(got); err != nil || n != got {
			t.Errorf("NormalizeVATNumber(%s) = %q, %v", got, n, err)
		}
	}
	// A key below 10 keeps its leading zero.
	if got := FrenchVATNumber("552081317"); got[2:4] != "03" {
		t.Errorf("key = %s", got[2:4])
	}
}

func TestNormalizeVATNumber(t *testing.T) {
	checkIDs(t, "NormalizeVATNumber", NormalizeVATNumber, []idCase{
		{in: "FR03552081317", want: "FR03552081317"},
		{in: "fr 03 552 081 317", want: "FR03552081317"},
		{in: "FR03.552.081.317", want: "FR03552081317"},
		{in: "DE123456789", want: "DE123456789"},
		{in: "BE0123456789", want: "BE0123456789"},
		{in: "FR04552081317", wantErr: "la clé ne correspond pas au SIREN 552081317 (attendu FR03552081317)"},
		{in: "FR0355208131", wantErr: "FR, 2 caractères de clé"},
		{in: "FR03552O81317", wantErr: "FR, 2 caractères de clé"},
		{in: "552081317", wantErr: "code pays"},
		{in: "F1", wantErr: "code pays"},
		{in: "DE1234567890123456", wantErr: "trop long"},
	})
}

func TestNormalizeRFReference(t *testing.T) {
	checkIDs(t, "NormalizeRFReference", NormalizeRFReference, []idCase{
		{in: "RF18539007547034", want: "RF18539007547034"},
		{in: "RF18 5390 0754 7034", want: "RF18539007547034"},
		{in: "rf18539007547034", want: "RF18539007547034"},
		{in: "RF18539007547035", wantErr: "clé de contrôle"},
		{in: "RF19539007547034", wantErr: "clé de contrôle"},
		{in: "XX18539007547034", wantErr: "RF, 2 chiffres"},
		{in: "RF18", wantErr: "RF, 2 chiffres"},
		{in: "RF1812345678901234567890123", wantErr: "RF, 2 chiffres"},
	})
}

func TestNormalizeBIC(t *testing.T) {
	checkIDs(t, "NormalizeBIC", NormalizeBIC, []idCase{
		{in: "BNPAFRPP", want: "BNPAFRPP"},
		{in: "BNPAFRPPXXX", want: "BNPAFRPPXXX"},
		{in: "bnpa frpp xxx", want: "BNPAFRPPXXX"},
		{in: "CEPAFRPP751", want: "CEPAFRPP751"},
		{in: "AGRIFRPP882", want: "AGRIFRPP882"},
		{in: "BNPAFRP", wantErr: "8 ou 11"},
		{in: "BNPAFRPPXX", wantErr: "8 ou 11"},
		{in: "BNP1FRPP", wantErr: "4 lettres de banque"},
		{in: "BNPAF1PP", wantErr: "4 lettres de banque"},
		{in: "BNPAFRP-", wantErr: "4 lettres de banque"},
	})
}

func TestNormalizeEmail(t *testing.T) {
	checkIDs(t, "NormalizeEmail", NormalizeEmail, []idCase{
		{in: "compta@exemple.fr", want: "compta@exemple.fr"},
		{in: "  jean.dupont+factures@sous.domaine.fr ", want: "jean.dupont+factures@sous.domaine.fr"},
		{in: "o'brien@exemple.ie", want: "o'brien@exemple.ie"},
		{in: "Jean Dupont <jean@exemple.fr>", wantErr: "attendu par exemple"},
		{in: "jean@localhost", wantErr: "attendu par exemple"},
		{in: "jean.exemple.fr", wantErr: "attendu par exemple"},
		{in: "jean@@exemple.fr", wantErr: "attendu par exemple"},
		{in: "jean@exemple.fr, marie@exemple.fr", wantErr: "attendu par exemple"},
		{in: "jean dupont@exemple.fr", wantErr: "attendu par exemple"},
		{in: "@exemple.fr", wantErr: "attendu par exemple"},
	})
}

func TestLuhn(t *testing.T) {
	for s, want := range map[string]bool{"79927398713": true, "79927398710": false, "0": true, "18": true, "19": false} {
		if got := luhn(s); got != want {
			t.Errorf("luhn(%s) = %v, want %v", s, got, want)
		}
	}
}

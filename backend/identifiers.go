package backend

import (
	"math/big"
	"net/mail"
	"strconv"
	"strings"
)

// Checks of French and banking identifiers (see shared/legal/RULES.md §6). Each takes the user's input, tolerates
// spaces, and returns the normalised form.

// laPosteSIREN is the one SIREN whose SIRETs do not pass Luhn: they are valid when their digit sum is a multiple of 5
// (all but the head office's, 35600000000048, which passes Luhn and not that rule).
const laPosteSIREN = "356000000"

func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u00a0' || r == '.' || r == '-' {
			return -1
		}
		return r
	}, s)
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func luhn(s string) bool {
	sum := 0
	for i := 0; i < len(s); i++ {
		d := int(s[len(s)-1-i] - '0')
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// NormalizeSIREN returns the 9-digit SIREN or an error in French.
func NormalizeSIREN(s string) (string, error) {
	v := digitsOnly(s)
	if len(v) != 9 || !allDigits(v) {
		return "", Errorf(EINVALID, "SIREN « %s » invalide : il faut 9 chiffres", s)
	}
	if !luhn(v) {
		return "", Errorf(EINVALID, "SIREN « %s » invalide : la clé de contrôle ne correspond pas (vérifiez une faute de frappe)", s)
	}
	return v, nil
}

// NormalizeSIRET returns the 14-digit SIRET or an error in French.
func NormalizeSIRET(s string) (string, error) {
	v := digitsOnly(s)
	if len(v) != 14 || !allDigits(v) {
		return "", Errorf(EINVALID, "SIRET « %s » invalide : il faut 14 chiffres", s)
	}
	if luhn(v) {
		// Every SIRET, including La Poste's head office (35600000000048, digit sum 26).
		return v, nil
	}
	if v[:9] == laPosteSIREN {
		sum := 0
		for _, r := range v {
			sum += int(r - '0')
		}
		if sum%5 == 0 {
			return v, nil
		}
	}
	return "", Errorf(EINVALID, "SIRET « %s » invalide : la clé de contrôle ne correspond pas (vérifiez une faute de frappe)", s)
}

// FrenchVATNumber derives the intra-community VAT number from a SIREN: FR + key + SIREN.
func FrenchVATNumber(siren string) string {
	n, _ := strconv.Atoi(siren)
	key := (12 + 3*(n%97)) % 97
	return "FR" + pad2(int64(key)) + siren
}

// NormalizeVATNumber checks a VAT number; French ones (FR…) must carry the key matching their SIREN.
// Other EU numbers are accepted when they look like a country code followed by 2 to 13 characters.
func NormalizeVATNumber(s string) (string, error) {
	v := strings.ToUpper(digitsOnly(s))
	if len(v) < 4 || v[0] < 'A' || v[0] > 'Z' || v[1] < 'A' || v[1] > 'Z' {
		return "", Errorf(EINVALID, "numéro de TVA « %s » invalide : il commence par le code pays, par exemple FR03552081317", s)
	}
	if !strings.HasPrefix(v, "FR") {
		if len(v) > 15 {
			return "", Errorf(EINVALID, "numéro de TVA « %s » invalide : trop long", s)
		}
		return v, nil
	}
	if len(v) != 13 || !allDigits(v[4:]) {
		return "", Errorf(EINVALID, "numéro de TVA « %s » invalide : FR, 2 caractères de clé puis les 9 chiffres du SIREN", s)
	}
	if FrenchVATNumber(v[4:]) != v {
		return "", Errorf(EINVALID, "numéro de TVA « %s » invalide : la clé ne correspond pas au SIREN %s (attendu %s)", s, v[4:], FrenchVATNumber(v[4:]))
	}
	return v, nil
}

// mod97 computes the ISO 7064 MOD 97-10 remainder of an alphanumeric string rearranged as for IBAN checks.
func mod97(s string) (int, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteString(strconv.Itoa(int(r-'A') + 10))
		default:
			return 0, false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	if !ok {
		return 0, false
	}
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64()), true
}

var ibanLengths = map[string]int{"FR": 27, "MC": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "LU": 20, "NL": 18,
	"CH": 21, "GB": 22, "PT": 25, "AT": 20, "IE": 22}

// NormalizeIBAN returns the IBAN without spaces, upper case, or an error in French.
func NormalizeIBAN(s string) (string, error) {
	v := strings.ToUpper(digitsOnly(s))
	if len(v) < 15 || len(v) > 34 {
		return "", Errorf(EINVALID, "IBAN « %s » invalide : longueur incorrecte (un IBAN français a 27 caractères)", s)
	}
	if want, ok := ibanLengths[v[:2]]; ok && len(v) != want {
		return "", Errorf(EINVALID, "IBAN « %s » invalide : un IBAN %s a %d caractères, celui-ci en a %d", s, v[:2], want, len(v))
	}
	if r, ok := mod97(v[4:] + v[:4]); !ok || r != 1 {
		return "", Errorf(EINVALID, "IBAN « %s » invalide : la clé de contrôle ne correspond pas (vérifiez une faute de frappe)", s)
	}
	return v, nil
}

// NormalizeBIC checks the 8 or 11 character SWIFT code shape.
func NormalizeBIC(s string) (string, error) {
	v := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), " ", ""))
	if len(v) != 8 && len(v) != 11 {
		return "", Errorf(EINVALID, "BIC « %s » invalide : 8 ou 11 caractères", s)
	}
	for i, r := range v {
		letter := r >= 'A' && r <= 'Z'
		digit := r >= '0' && r <= '9'
		if (i < 6 && !letter) || (i >= 6 && !letter && !digit) {
			return "", Errorf(EINVALID, "BIC « %s » invalide : 4 lettres de banque, 2 lettres de pays, puis lettres ou chiffres", s)
		}
	}
	return v, nil
}

// NormalizeRFReference checks an ISO 11649 creditor reference (RF + 2 check digits + up to 21 characters).
func NormalizeRFReference(s string) (string, error) {
	v := strings.ToUpper(digitsOnly(s))
	if len(v) < 5 || len(v) > 25 || !strings.HasPrefix(v, "RF") {
		return "", Errorf(EINVALID, "référence « %s » invalide : RF, 2 chiffres de contrôle, puis jusqu'à 21 caractères", s)
	}
	if r, ok := mod97(v[4:] + v[:4]); !ok || r != 1 {
		return "", Errorf(EINVALID, "référence « %s » invalide : la clé de contrôle ne correspond pas", s)
	}
	return v, nil
}

// NormalizeEmail checks an address is a bare, usable e-mail address.
func NormalizeEmail(s string) (string, error) {
	v := strings.TrimSpace(s)
	a, err := mail.ParseAddress(v)
	if err != nil || a.Address != v || !strings.Contains(v[strings.LastIndex(v, "@")+1:], ".") {
		return "", Errorf(EINVALID, "adresse e-mail « %s » invalide : attendu par exemple compta@exemple.fr", s)
	}
	return v, nil
}

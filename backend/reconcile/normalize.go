package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// upperFold writes s in upper case without accents, every character that is not a letter or a digit turned
// into a space: "Facture n°F-2026-014, Lefèvre" → "FACTURE N F 2026 014  LEFEVRE".
func upperFold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		case r < utf8.RuneSelf:
			b.WriteByte(' ')
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

func foldRune(r rune) string {
	switch unicode.ToLower(r) {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		return "A"
	case 'ç':
		return "C"
	case 'é', 'è', 'ê', 'ë':
		return "E"
	case 'î', 'ï', 'í', 'ì':
		return "I"
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		return "O"
	case 'ù', 'û', 'ü', 'ú':
		return "U"
	case 'ÿ', 'ý':
		return "Y"
	case 'ñ':
		return "N"
	case 'œ':
		return "OE"
	case 'æ':
		return "AE"
	case 'ß':
		return "SS"
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToUpper(r))
	}
	return " "
}

// chunks splits text into its runs of letters and digits, upper case, without accents.
func chunks(s string) []string { return strings.Fields(upperFold(s)) }

// normNumber is the form in which invoice numbers are compared: letters and digits only, upper case, so that
// "F-2026-014", "F 2026 014" and "f2026014" are one number.
func normNumber(s string) string {
	n, _ := numberKey(s)
	return n
}

// numberKey returns normNumber(s) and the number of runs of letters and digits in s.
func numberKey(s string) (string, int) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		c := chunks(s)
		return strings.Join(c, ""), len(c)
	}
	b := make([]byte, 0, len(s))
	parts, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			in = false
			continue
		}
		if !in {
			parts++
			in = true
		}
		b = append(b, c)
	}
	return string(b), parts
}

// legalForms and stopWords carry no identity in a company name.
var legalForms = setOf("SARL", "SAS", "SASU", "SA", "EURL", "SCI", "ETS", "ETABLISSEMENT", "ETABLISSEMENTS", "SNC",
	"SCP", "SCM", "SELARL", "SELAS", "SELAFA", "EI", "EIRL", "EARL", "GAEC", "SCOP", "SCEA", "GIE", "STE", "STES",
	"SOCIETE", "CIE", "ASSOCIATION", "ASSO", "SEM", "SPL", "LTD", "LLC", "GMBH", "INC")

var stopWords = setOf("DE", "DU", "DES", "LA", "LE", "LES", "ET", "EN", "AU", "AUX", "L", "D", "THE", "AND", "OF",
	"M", "MR", "MME", "MLLE", "MONSIEUR", "MADAME", "ME", "DR")

// bankWords appear in most statement labels: a client name token among them does not identify the client.
var bankWords = setOf("VIR", "VIREMENT", "VIREMENTS", "SEPA", "RECU", "RECUS", "FAVEUR", "VOTRE", "PRLV",
	"PRELEVEMENT", "CB", "CARTE", "REMISE", "CHEQUE", "CHQ", "FACTURE", "FACTURES", "FACT", "FAC", "REF",
	"REFERENCE", "MOTIF", "PAIEMENT", "REGLEMENT", "ACOMPTE", "SOLDE", "INST", "EMIS", "FRANCE", "PARIS",
	"SERVICE", "SERVICES", "GROUPE", "INTERNATIONAL", "CONSEIL", "CONSEILS", "COMMERCE", "TRANSPORT", "TRANSPORTS")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// nameTokens are the words that identify a name: "Boulangerie Lefèvre & Fils SARL" → BOULANGERIE LEFEVRE FILS.
func nameTokens(name string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range chunks(name) {
		if len(w) < 2 || legalForms[w] || stopWords[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

// CreditorReference builds the ISO 11649 structured creditor reference of an invoice number ("F-2026-014" →
// "RF66F2026014"), to print on the invoice so that the payment comes back with it. ok is false when the number
// has no letter or digit or more than 21 of them.
func CreditorReference(invoiceNumber string) (string, bool) {
	body := normNumber(invoiceNumber)
	if body == "" || len(body) > 21 {
		return "", false
	}
	for i := 0; i < len(body); i++ {
		if !isDigit(body[i]) && (body[i] < 'A' || body[i] > 'Z') {
			return "", false // a letter of another alphabet has no ISO 11649 value
		}
	}
	check := 98 - mod97(body+"RF00")
	return "RF" + string(rune('0'+check/10)) + string(rune('0'+check%10)) + body, true
}

// ValidCreditorReference checks the two check digits of an ISO 11649 reference, spaces allowed ("RF18 5390
// 0754 7034").
func ValidCreditorReference(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if len(s) < 5 || len(s) > 25 || !strings.HasPrefix(s, "RF") || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	for i := 4; i < len(s); i++ {
		if !isDigit(s[i]) && (s[i] < 'A' || s[i] > 'Z') {
			return false
		}
	}
	return mod97(s[4:]+s[:4]) == 1
}

// mod97 computes the ISO 7064 MOD 97-10 remainder of s, letters counting as 10 (A) to 35 (Z).
func mod97(s string) int {
	r := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isDigit(c) {
			r = (r*10 + int(c-'0')) % 97
		} else {
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	return r
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

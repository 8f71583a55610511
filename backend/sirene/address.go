package sirene

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"relance/backend"
)

// streetTypes expands the directory's street type codes (INSEE abbreviations, sometimes the full word in capitals)
// into how a letter writes them. Zones keep their acronym; an unknown type is written in lower case.
var streetTypes = map[string]string{
	"ALL": "allée", "ALLEE": "allée",
	"AV":  "avenue",
	"BD":  "boulevard",
	"CAR": "carrefour",
	"CHE": "chemin",
	"CHS": "chaussée", "CHAUSSEE": "chaussée",
	"CITE": "cité",
	"CRS":  "cours",
	"DOM":  "domaine",
	"ESP":  "esplanade",
	"FG":   "faubourg",
	"HAM":  "hameau",
	"IMP":  "impasse",
	"LD":   "lieu-dit",
	"LOT":  "lotissement",
	"MTE":  "montée", "MONTEE": "montée",
	"PAS":  "passage",
	"PL":   "place",
	"PRO":  "promenade",
	"PRV":  "parvis",
	"QUA":  "quartier",
	"QUAI": "quai",
	"RES":  "résidence", "RESIDENCE": "résidence",
	"RPT": "rond-point",
	"RTE": "route",
	"RUE": "rue",
	"SQ":  "square",
	"TRA": "traverse",
	"VLA": "villa",
	"ZA":  "ZA", "ZAC": "ZAC", "ZAE": "ZAE", "ZI": "ZI", "ZONE": "zone",
}

// repetitions spells the repetition index of a street number (12 B → 12 bis).
var repetitions = map[string]string{"B": "bis", "T": "ter", "Q": "quater", "C": "quinquies"}

// lowerWords stay in lower case inside a name (rue de la Paix, Aix-en-Provence) unless they open it.
var lowerWords = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"et": true, "au": true, "aux": true, "en": true, "sur": true, "sous": true, "lès": true, "lez": true}

// address builds a postal address from the head office's fields.
func address(s siege) backend.Address {
	var line []string
	if n := strings.TrimLeft(clean(s.NumeroVoie), "0"); n != "" {
		if r := clean(s.IndiceRepetition); r != "" {
			if w, ok := repetitions[strings.ToUpper(r)]; ok {
				n += " " + w
			} else if utf8.RuneCountInString(r) == 1 {
				n += " " + strings.ToUpper(r)
			} else {
				n += " " + strings.ToLower(r)
			}
		}
		line = append(line, n)
	}
	typ := clean(s.TypeVoie)
	if typ != "" {
		if w, ok := streetTypes[strings.ToUpper(typ)]; ok {
			typ = w
		} else {
			typ = strings.ToLower(typ)
		}
		line = append(line, typ)
	}
	if v := readable(clean(s.LibelleVoie), typ == ""); v != "" {
		line = append(line, v)
	}
	return backend.Address{
		Line1:      strings.Join(line, " "),
		Line2:      readable(clean(s.ComplementAdresse), true),
		PostalCode: clean(s.CodePostal),
		City:       readable(clean(s.LibelleCommune), true),
	}
}

// readable turns the directory's capitals into a name as people write it: "DE LA PAIX" → "de la Paix",
// "L EGLISE" → "l'Eglise", "AIX-EN-PROVENCE" → "Aix-en-Provence", "PIE XII" → "Pie XII". The first word is
// capitalised when opening is set. Accents the directory dropped are not restored. Text already in mixed case is
// kept as it is.
func readable(s string, opening bool) string {
	if s == "" || s != strings.ToUpper(s) {
		return s
	}
	words := strings.Fields(s)
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		first := opening && len(out) == 0
		// The directory writes elisions with a space: "DE L EGLISE", "RUE D ALSACE".
		if (w == "L" || w == "D") && i+1 < len(words) {
			elided := strings.ToLower(w)
			if first {
				elided = w
			}
			out = append(out, elided+"'"+capitalized(words[i+1], false))
			i++
			continue
		}
		out = append(out, capitalized(w, first))
	}
	return strings.Join(out, " ")
}

// capitalized writes one word, and each part of a hyphenated or elided one ("SAINT-JEAN-DE-LUZ", "D'ALEMBERT").
func capitalized(w string, first bool) string {
	var b strings.Builder
	for i, part := range splitKeep(w, "-'’") {
		if strings.ContainsAny(part, "-'’") {
			b.WriteString(part)
			continue
		}
		b.WriteString(word(part, first && i == 0))
	}
	return b.String()
}

// word writes a single word with no separator inside.
func word(w string, first bool) string {
	lower := strings.ToLower(w)
	switch {
	case len(w) >= 2 && roman.MatchString(w):
		return w
	case !first && (lowerWords[lower] || lower == "l" || lower == "d"): // "d" of "D'ALEMBERT"
		return lower
	}
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}

// roman matches Roman numerals up to 399 (Pie XII, Henri IV); D and M are left out, for "DIX" is a word.
var roman = regexp.MustCompile(`^C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$`)

// splitKeep splits s around any of seps, keeping each separator as its own element.
func splitKeep(s, seps string) []string {
	var out []string
	last := 0
	for i, r := range s {
		if strings.ContainsRune(seps, r) {
			if i > last {
				out = append(out, s[last:i])
			}
			out = append(out, string(r))
			last = i + utf8.RuneLen(r)
		}
	}
	if last < len(s) {
		out = append(out, s[last:])
	}
	return out
}

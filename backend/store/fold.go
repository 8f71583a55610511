package store

import "strings"

// fold lower-cases and strips French accents so that searching "lefevre" finds "Lefèvre".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case 'à', 'â', 'ä', 'á', 'À', 'Â', 'Ä', 'Á':
			r = 'a'
		case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
			r = 'e'
		case 'î', 'ï', 'í', 'Î', 'Ï':
			r = 'i'
		case 'ô', 'ö', 'ó', 'Ô', 'Ö':
			r = 'o'
		case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü':
			r = 'u'
		case 'ç', 'Ç':
			r = 'c'
		case 'ÿ', 'Ÿ':
			r = 'y'
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		default:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			} else if r >= 0x80 {
				r = []rune(strings.ToLower(string(r)))[0]
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

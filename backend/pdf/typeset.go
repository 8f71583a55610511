package pdf

import (
	"strings"
	"unicode/utf8"
)

// French typography, applied by the writer to every string it measures or writes (enc, layout, fit), so that no
// document has to think of it. Only ordinary spaces are touched, so applying it twice changes nothing:
//
//   - a narrow no-break space (U+202F) before ; ! ? and a no-break space (U+00A0) before : and », after «;
//   - no-break spaces in amounts (« 1 234,56 € », « 12,5 % ») and after « n° »;
//   - no-break spaces inside dates in words (« 7 décembre 2026 », « 1er janvier »);
//   - no-break spaces inside the phrases of keep (invoice and order numbers, payment references that hold spaces).
//
// Lines break only at ordinary spaces (layout), so what is glued here is never split across lines.
const (
	nnbsp = "\u202f" // espace fine insécable
)

var frenchMonthNames = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// typeset returns s with the spaces French typography wants unbreakable replaced. Linear in len(s).
func typeset(s string, keep []string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	var marks []byte // per byte of s: 0 keep, 1 no-break space, 2 narrow no-break space
	mark := func(i int, kind byte) {
		if marks == nil {
			marks = make([]byte, len(s))
		}
		if marks[i] == 0 {
			marks[i] = kind
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		if i+1 < len(s) && i > 0 && s[i+1] >= 'a' && s[i+1] <= 'z' && s[i-1] >= 'a' && s[i-1] <= 'z' && s[i+1] != 'j' &&
			s[i+1] != 'f' && s[i+1] != 'm' && s[i+1] != 'a' && s[i+1] != 'd' && s[i+1] != 'n' && s[i+1] != 'o' && s[i+1] != 's' {
			continue // between two words, none a month: the common case, decided on two bytes
		}
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case next == ';' || next == '!' || next == '?':
			mark(i, 2)
		case next == ':' || next == '»' || prev == '«':
			mark(i, 1)
		case (next == '€' || next == '%') && isDigit(prev):
			mark(i, 1)
			if next == '€' {
				markNumberBefore(s, i, mark)
			}
		case prev == '°' && (strings.HasSuffix(s[:i], "n°") || strings.HasSuffix(s[:i], "N°")):
			mark(i, 1)
		case isDigit(prev) || strings.HasSuffix(s[:i], "1er"):
			if dayBefore(s, i) && monthAt(s, i+1) > 0 {
				mark(i, 1)
			}
		default:
			if yearAt(s, i+1) && monthBefore(s, i) > 0 {
				mark(i, 1)
			}
		}
	}
	for _, k := range keep {
		if strings.IndexByte(k, ' ') < 0 || len(k) > len(s) {
			continue
		}
		for from := 0; ; {
			j := strings.Index(s[from:], k)
			if j < 0 {
				break
			}
			j += from
			for x := j; x < j+len(k); x++ {
				if s[x] == ' ' {
					mark(x, 1)
				}
			}
			from = j + len(k)
		}
	}
	if marks == nil {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	last := 0
	for i, m := range marks {
		if m == 0 {
			continue
		}
		b.WriteString(s[last:i])
		if m == 2 {
			b.WriteString(nnbsp)
		} else {
			b.WriteString(nbsp)
		}
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// markNumberBefore glues the thousands groups of the amount that ends just before the space at i (« 1 234,56 »).
func markNumberBefore(s string, i int, mark func(int, byte)) {
	j := i // s[j:i] is the group being read
	for {
		k := j
		for k > 0 && (isDigit(rune(s[k-1])) || s[k-1] == ',' || s[k-1] == '.') {
			k--
		}
		if k == j || k < 2 || s[k-1] != ' ' || !isDigit(rune(s[k-2])) {
			return
		}
		// a group of exactly three digits after a space continues the number
		if g := s[k:j]; len(g) < 3 || !isDigit(rune(g[0])) || !isDigit(rune(g[1])) || !isDigit(rune(g[2])) ||
			(len(g) > 3 && g[3] != ',' && g[3] != '.') {
			return
		}
		mark(k-1, 1)
		j = k - 1
	}
}

// dayBefore: the word before the space at i is a day of the month, « 7 », « 31 », « 1er ».
func dayBefore(s string, i int) bool {
	k := i
	for k > 0 && i-k < 3 && (isDigit(rune(s[k-1])) || s[k-1] == 'e' || s[k-1] == 'r') {
		k--
	}
	w := s[k:i]
	if k > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:k]); isLetterOrDigit(r) {
			return false
		}
	}
	switch len(w) {
	case 1:
		return isDigit(rune(w[0])) && w[0] != '0'
	case 2:
		return isDigit(rune(w[0])) && isDigit(rune(w[1])) && w <= "31"
	case 3:
		return w == "1er"
	}
	return false
}

// monthAt returns the length of the month name starting at i, followed by a word boundary, or 0.
func monthAt(s string, i int) int {
	for _, m := range frenchMonthNames {
		if strings.HasPrefix(s[i:], m) {
			if r, _ := utf8.DecodeRuneInString(s[i+len(m):]); !isLetterOrDigit(r) {
				return len(m)
			}
		}
	}
	return 0
}

// monthBefore returns the length of the month name that ends a word just before the space at i, or 0.
func monthBefore(s string, i int) int {
	for _, m := range frenchMonthNames {
		if strings.HasSuffix(s[:i], m) {
			if r, _ := utf8.DecodeLastRuneInString(s[:i-len(m)]); !isLetterOrDigit(r) {
				return len(m)
			}
		}
	}
	return 0
}

// yearAt: four digits start at i and end a word.
func yearAt(s string, i int) bool {
	if len(s)-i < 4 {
		return false
	}
	for k := i; k < i+4; k++ {
		if !isDigit(rune(s[k])) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+4:])
	return !isLetterOrDigit(r)
}

func isLetterOrDigit(r rune) bool {
	return r != utf8.RuneError && (isDigit(r) || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r >= 0xc0)
}

// registeredNumbers are the registered-letter numbers of a proof log (« 1A 189 456 7890 3 »), kept whole.
func registeredNumbers(ps []Proof) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.RegisteredNumber)
	}
	return out
}

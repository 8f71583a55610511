package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldMap removes the diacritics French and its neighbours use. Clients type « deja regle » as often as « déjà
// réglé », so the rules are written once, without accents, and matched on folded text.
var foldMap = map[rune]string{
	'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
	'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
	'ù': "u", 'û': "u", 'ü': "u", 'ú': "u",
	'ç': "c", 'ÿ': "y", 'ñ': "n", 'œ': "oe", 'æ': "ae", 'ß': "ss",
	'’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'", '′': "'",
	'«': `"`, '»': `"`, '“': `"`, '”': `"`, '„': `"`,
	'–': "-", '—': "-", '‐': "-", '‑': "-", '−': "-",
	'…': "...",
}

// fold lower-cases s, removes accents and collapses white space. A run of white space becomes one space, or
// "\n" when it ends a sentence or a paragraph (a blank line, or a line ending in . ! ? : ;), so that rules
// matching with "." never reach across sentences, while a sentence hard-wrapped at 72 columns still reads as
// one. off maps each byte of the result to the byte of s it came from (len(off) == len(result)+1), so that
// what a rule matched can be quoted from the original.
func fold(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int, 0, len(s)+1)
	pendingSpace, newlines, spaceAt := false, 0, 0
	var last byte // last byte written, to see whether the line ended a sentence
	emit := func(str string, at int) {
		if pendingSpace {
			sep := " "
			if newlines >= 2 || (newlines == 1 && strings.IndexByte(".!?:;", last) >= 0) {
				sep = "\n"
			}
			b.WriteString(sep)
			off = append(off, spaceAt)
			pendingSpace, newlines = false, 0
		}
		for i := 0; i < len(str); i++ {
			off = append(off, at)
		}
		b.WriteString(str)
		last = str[len(str)-1]
	}
	for i, r := range s {
		if r == utf8.RuneError {
			continue
		}
		if unicode.IsSpace(r) || r == 0x200b || r == 0xfeff {
			if b.Len() > 0 {
				if !pendingSpace {
					spaceAt = i
				}
				pendingSpace = true
			}
			if r == '\n' {
				newlines++
			}
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		r = unicode.ToLower(r)
		if f, ok := foldMap[r]; ok {
			emit(f, i)
			continue
		}
		if r < utf8.RuneSelf {
			emit(string(rune(r)), i)
			continue
		}
		emit(string(r), i)
	}
	off = append(off, len(s))
	return b.String(), off
}

// original returns the text of s that produced n[start:end].
func original(s string, off []int, start, end int) string {
	if start < 0 || end > len(off)-1 || start >= end {
		return ""
	}
	a := off[start]
	z := len(s)
	if end < len(off)-1 {
		z = off[end]
	}
	// off[end] is where the next folded byte came from; step back over the white space between.
	for z > a {
		r, size := utf8.DecodeLastRuneInString(s[:z])
		if !unicode.IsSpace(r) {
			break
		}
		z -= size
	}
	// A folded byte can come from the middle of a multi-byte rune only at its start; make z a rune boundary.
	for z < len(s) && !utf8.RuneStart(s[z]) {
		z++
	}
	return strings.Join(strings.Fields(s[a:z]), " ")
}

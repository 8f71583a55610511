package sms

import (
	"strings"
	"unicode/utf16"
)

// GSM 03.38: an SMS carries 160 characters of the GSM 7-bit alphabet (153 per part once it is split, the rest of
// each part holding the header that joins them), or 70 UTF-16 units as soon as one character is outside it (67 per
// part). The characters of the extension table ({ } [ ] ~ \ | ^ € and the form feed) take two places each (an escape
// then the character). An accent outside the alphabet (ê, â, ç, î, ô, û…) or an emoji switches the whole message to
// UCS-2 and so halves what one part holds: the editor says which characters did it.

// Encodings of a message.
const (
	GSM7 = "gsm7"
	UCS2 = "ucs2"
)

// gsmBasic is the GSM 03.38 default alphabet (0x1B, the escape, excluded); gsmExtended its extension table.
const (
	gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
		"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmExtended = "\f^{}\\[~]|€"
)

var basicSet, extSet = runeSet(gsmBasic), runeSet(gsmExtended)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool, len(s))
	for _, r := range s {
		m[r] = true
	}
	return m
}

// Count is how a text travels as SMS.
type Count struct {
	Encoding   string   `json:"encoding"`   // gsm7 or ucs2
	Chars      int      `json:"chars"`      // characters as a person counts them
	Units      int      `json:"units"`      // places used: septets (an extension character takes 2) or UTF-16 units
	Segments   int      `json:"segments"`   // SMS billed for one send (0 for an empty text)
	PerSegment int      `json:"perSegment"` // what one part holds with this encoding and this length: 160, 153, 70 or 67
	Remaining  int      `json:"remaining"`  // places left in the last part before one more is needed
	Unicode    []string `json:"unicode"`    // the distinct characters that force UCS-2, in order of appearance
}

// Clean replaces the typographic characters the app itself writes in French amounts and dates (no-break spaces,
// the typographic apostrophe) with their GSM equivalents, so that « 1 234,56 € » does not double the cost of every
// reminder. Other characters are left as written: the editor points them out.
func Clean(s string) string {
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2009", " ", "\u2019", "'", "\r\n", "\n").Replace(s)
}

// CountText counts a text (as it will be sent: call Clean first).
func CountText(s string) Count {
	c := Count{Encoding: GSM7, Unicode: []string{}}
	septets := make([]int, 0, len(s)) // the width of each character, to split parts without cutting an escape
	seen := map[rune]bool{}
	for _, r := range s {
		c.Chars++
		switch {
		case basicSet[r]:
			septets = append(septets, 1)
		case extSet[r]:
			septets = append(septets, 2)
		default:
			c.Encoding = UCS2
			if !seen[r] {
				seen[r] = true
				c.Unicode = append(c.Unicode, string(r))
			}
		}
	}
	if c.Encoding == UCS2 {
		c.Units = len(utf16.Encode([]rune(s)))
		c.Segments, c.PerSegment = parts(c.Units, 70, 67)
		c.Remaining = c.Segments*c.PerSegment - c.Units
		if c.Segments > 1 { // a part cannot end in the middle of a surrogate pair: count them as GSM counts escapes
			c.Segments, c.Remaining = split(ucs2Widths(s), 67)
		}
		return c
	}
	for _, w := range septets {
		c.Units += w
	}
	c.Segments, c.PerSegment = parts(c.Units, 160, 153)
	c.Remaining = c.Segments*c.PerSegment - c.Units
	if c.Segments == 0 {
		c.Remaining = c.PerSegment
	}
	if c.Segments > 1 {
		c.Segments, c.Remaining = split(septets, 153)
	}
	return c
}

// parts is the number of parts for n places, and what each part holds.
func parts(n, single, multi int) (int, int) {
	switch {
	case n == 0:
		return 0, single
	case n <= single:
		return 1, single
	}
	return (n + multi - 1) / multi, multi
}

// split packs characters of the given widths into parts of size places, a character never cut in two.
func split(widths []int, size int) (segments, remaining int) {
	segments, used := 1, 0
	for _, w := range widths {
		if used+w > size {
			segments++
			used = 0
		}
		used += w
	}
	return segments, size - used
}

func ucs2Widths(s string) []int {
	out := make([]int, 0, len(s))
	for _, r := range s {
		out = append(out, utf16.RuneLen(r))
	}
	return out
}

// Cost is the price of one send of c at pricePerSegment (in ten-thousandths of a euro), rounded up to the cent.
func Cost(c Count, pricePerSegment int64) int64 {
	total := int64(c.Segments) * pricePerSegment
	return (total + 99) / 100
}

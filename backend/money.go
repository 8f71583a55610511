package backend

import (
	"math"
	"strconv"
	"strings"
)

// Cents is an amount of euros in hundredths. Money is never a float in the domain.
type Cents int64

// MaxAmount is the largest amount Relance accepts for one invoice, payment or bank line: 1 000 000 000,00 €.
// Anything larger is a typing or export mistake, and keeping every amount below it leaves totals of millions of
// such amounts far from int64's limit.
const MaxAmount Cents = 1_000_000_000_00

// CheckAmount refuses an amount beyond ±MaxAmount with a message naming what it is ("montant TTC").
func CheckAmount(what string, c Cents) error {
	if c > MaxAmount || c < -MaxAmount {
		return Errorf(EINVALID, "%s trop grand : au plus %s", what, FormatEUR(MaxAmount))
	}
	return nil
}

// Add returns c+d, and false when the sum does not fit in an int64: the result is then the nearest limit
// (saturated), never a wrapped-around amount of the other sign.
func (c Cents) Add(d Cents) (Cents, bool) {
	s := c + d
	switch {
	case d > 0 && s < c:
		return Cents(math.MaxInt64), false
	case d < 0 && s > c:
		return Cents(math.MinInt64), false
	}
	return s, true
}

// Sum adds amounts like Add, saturating; ok is false when some partial sum overflowed.
func Sum(amounts ...Cents) (total Cents, ok bool) {
	ok = true
	for _, a := range amounts {
		var fit bool
		if total, fit = total.Add(a); !fit {
			ok = false
		}
	}
	return total, ok
}

// String renders the amount as a plain decimal with a dot ("1234.56", "-0.05"), the form used in exports and JSON.
func (c Cents) String() string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := strconv.FormatInt(int64(c/100), 10) + "." + pad2(int64(c%100))
	if neg {
		return "-" + s
	}
	return s
}

func pad2(n int64) string {
	if n < 10 {
		return "0" + strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10)
}

// nbsp separates thousands and the currency sign in French formatting; the TS formatter uses the same character.
const nbsp = "\u00a0"

// FormatEUR renders an amount for people, in French: "1 234,56 €" (non-breaking spaces).
func FormatEUR(c Cents) string { return FormatNumber(c) + nbsp + "€" }

// FormatNumber renders an amount in French without currency: "1 234,56".
func FormatNumber(c Cents) string {
	neg := c < 0
	if neg {
		c = -c
	}
	units := strconv.FormatInt(int64(c/100), 10)
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, r := range units {
		if i > 0 && (len(units)-i)%3 == 0 {
			b.WriteString(nbsp)
		}
		b.WriteRune(r)
	}
	b.WriteString(",")
	b.WriteString(pad2(int64(c % 100)))
	return b.String()
}

// ParseAmount reads an amount as people and accounting tools write it: "1234.56", "1 234,56", "1.234,56",
// "1,234.56", "-12", "1 234,56 €", "(12,00)" for a negative. More than two decimals is an error rather than a
// silent rounding: an invoice amount is exact.
func ParseAmount(s string) (Cents, error) {
	orig := s
	s = trimCurrency(s)
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		// Accounting formats put the sign inside the parentheses too: "(1 234,56 €)".
		neg, s = true, trimCurrency(s[1:len(s)-1])
	}
	if strings.HasPrefix(s, "-") {
		neg, s = !neg, s[1:]
	} else if strings.HasPrefix(s, "+") {
		s = s[1:]
	}
	// Thousands separators that are spaces of any kind or apostrophes go first.
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\'', '\u2019':
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0, Errorf(EINVALID, "montant vide")
	}
	// The last '.' or ',' is the decimal mark when one or two digits follow it. Three digits after it are only
	// accepted as thousands groups when that mark repeats ("1.234.567"); "1,234" alone is ambiguous and refused.
	dec := strings.LastIndexAny(s, ".,")
	intPart, fracPart := s, ""
	if dec >= 0 {
		after := s[dec+1:]
		switch {
		case len(after) == 1 || len(after) == 2:
			intPart, fracPart = s[:dec], after
		case len(after) == 3 && strings.Count(s, s[dec:dec+1]) >= 2 && isThousandsGrouped(s, s[dec]):
		default:
			return 0, Errorf(EINVALID, "montant « %s » invalide : au plus deux décimales, par exemple 1 234,56", strings.TrimSpace(orig))
		}
		intPart = strings.NewReplacer(".", "", ",", "").Replace(intPart)
	}
	if intPart == "" {
		intPart = "0"
	}
	for _, r := range intPart + fracPart {
		if r < '0' || r > '9' {
			return 0, Errorf(EINVALID, "montant « %s » invalide : attendu un nombre comme 1 234,56", strings.TrimSpace(orig))
		}
	}
	if len(intPart) > 15 {
		return 0, tooLarge(orig)
	}
	units, _ := strconv.ParseInt(intPart, 10, 64)
	var frac int64
	switch len(fracPart) {
	case 1:
		frac = int64(fracPart[0]-'0') * 10
	case 2:
		frac, _ = strconv.ParseInt(fracPart, 10, 64)
	}
	v := Cents(units*100 + frac)
	if v > MaxAmount {
		return 0, tooLarge(orig)
	}
	if neg {
		v = -v
	}
	return v, nil
}

func tooLarge(orig string) error {
	return Errorf(EINVALID, "montant « %s » trop grand : au plus %s", Excerpt(strings.TrimSpace(orig), 80), FormatEUR(MaxAmount))
}

// Excerpt cuts s to its first n characters (runes), with « … » when something was cut: an error message quotes a
// bad value, never a whole file swallowed into one cell.
func Excerpt(s string, n int) string {
	i := 0
	for k := range s {
		if i == n {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

// trimCurrency removes surrounding spaces and a trailing "€" or "EUR".
func trimCurrency(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), "€")
	s = strings.TrimSuffix(strings.TrimSpace(s), "EUR")
	return strings.TrimSpace(s)
}

// isThousandsGrouped reports whether s uses sep only as a thousands separator, in groups of three ("1.234.567").
func isThousandsGrouped(s string, sep byte) bool {
	parts := strings.Split(s, string(sep))
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

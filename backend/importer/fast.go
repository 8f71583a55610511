package importer

import (
	"time"

	"relance/backend"
)

// fastAmount and fastDate read the plain forms that make up nearly every cell of an export ("1234.56",
// "1234,56", "2026-03-31", "31/03/2026") without the allocations of backend.ParseAmount and backend.ParseDate,
// which stay the reference: anything else, including every invalid value, goes to them for the value and the
// error message. The fuzz tests check that both agree on what the fast paths accept.

// fastAmount accepts an optional '-', 1 to 15 digits possibly grouped by spaces (' ', U+00A0, U+202F, as
// French spreadsheets write "1 234,56"), then optionally '.' or ',' and one or two digits.
func fastAmount(s string) (backend.Cents, bool) {
	neg := false
	if len(s) > 0 && s[0] == '-' {
		neg, s = true, s[1:]
	}
	var units, frac int64
	i, n := 0, 0
	for i < len(s) {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			units = units*10 + int64(c-'0')
			n++
			i++
			continue
		case c == ' ':
			i++
			continue
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0: // U+00A0
			i += 2
			continue
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xaf: // U+202F
			i += 3
			continue
		}
		break
	}
	if n == 0 || n > 15 {
		return 0, false
	}
	if i < len(s) {
		if s[i] != '.' && s[i] != ',' {
			return 0, false
		}
		f := s[i+1:]
		switch {
		case len(f) == 1 && isDigit(f[0]):
			frac = int64(f[0]-'0') * 10
		case len(f) == 2 && isDigit(f[0]) && isDigit(f[1]):
			frac = int64(f[0]-'0')*10 + int64(f[1]-'0')
		default:
			return 0, false
		}
	}
	v := backend.Cents(units*100 + frac)
	if v > backend.MaxAmount {
		return 0, false // the slow path says « trop grand »
	}
	if neg {
		v = -v
	}
	return v, true
}

// fastDate accepts YYYY-MM-DD and DD/MM/YYYY naming a day that exists, in the years ParseDate accepts.
func fastDate(s string) (backend.Date, bool) {
	if len(s) != 10 {
		return 0, false
	}
	var y, m, d int
	var ok bool
	switch {
	case s[4] == '-' && s[7] == '-':
		y, ok = digits(s[0:4])
		m, ok = digitsAnd(ok, s[5:7])
		d, ok = digitsAnd(ok, s[8:10])
	case s[2] == '/' && s[5] == '/':
		d, ok = digits(s[0:2])
		m, ok = digitsAnd(ok, s[3:5])
		y, ok = digitsAnd(ok, s[6:10])
	}
	if !ok || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, false
	}
	return backend.NewDate(y, time.Month(m), d), true
}

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func digitsAnd(ok bool, s string) (int, bool) {
	if !ok {
		return 0, false
	}
	return digits(s)
}

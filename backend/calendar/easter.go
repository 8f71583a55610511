package calendar

import "relance/backend"

// Easter is Easter Sunday of a Gregorian year (the anonymous algorithm, also known as Meeus/Jones/Butcher).
func Easter(year int) backend.Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return backend.Date(year*10000 + month*100 + day)
}

// Easter day numbers are tabulated once for the years backend.ParseDate accepts, so that IsHoliday needs neither
// a lock nor an allocation; other years are computed on the fly.
const (
	easterFirst = 1900
	easterLast  = 2200
)

var easterDays = func() (t [easterLast - easterFirst + 1]int32) {
	for y := easterFirst; y <= easterLast; y++ {
		t[y-easterFirst] = int32(dayNumber(Easter(y)))
	}
	return t
}()

func easterDay(year int) int {
	if year >= easterFirst && year <= easterLast {
		return int(easterDays[year-easterFirst])
	}
	return dayNumber(Easter(year))
}

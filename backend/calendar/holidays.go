// Package calendar knows French business days: public holidays (Code du travail L3133-1, plus the two extra days
// of Alsace-Moselle), the next business day for deadlines (CPC 641/642), and the send window for reminders.
// It is pure: no clock, no I/O.
package calendar

import (
	"time"

	"relance/backend"
)

// Holiday is a public holiday with its French name.
type Holiday struct {
	Date backend.Date
	Name string
}

// Holiday names, as printed in letters and the UI.
const (
	NewYear       = "Jour de l'an"
	GoodFriday    = "Vendredi saint"
	EasterMonday  = "Lundi de Pâques"
	LabourDay     = "Fête du Travail"
	VictoryDay    = "Victoire 1945"
	AscensionDay  = "Ascension"
	WhitMonday    = "Lundi de Pentecôte"
	BastilleDay   = "Fête nationale"
	AssumptionDay = "Assomption"
	AllSaintsDay  = "Toussaint"
	ArmisticeDay  = "Armistice"
	ChristmasDay  = "Noël"
	StStephensDay = "Saint-Étienne"
)

// Holidays lists the public holidays of a year in date order. alsaceMoselle adds Good Friday and 26 December
// (Bas-Rhin, Haut-Rhin, Moselle). When Ascension falls on 1 or 8 May both feasts are listed, fixed one first.
func Holidays(year int, alsaceMoselle bool) []Holiday {
	e := easterDay(year)
	fixed := func(m time.Month, d int) backend.Date { return backend.Date(year*10000 + int(m)*100 + d) }
	out := make([]Holiday, 0, 13)
	out = append(out, Holiday{fixed(time.January, 1), NewYear})
	if alsaceMoselle {
		out = append(out, Holiday{fromDayNumber(e - 2), GoodFriday})
	}
	out = append(out,
		Holiday{fromDayNumber(e + 1), EasterMonday},
		Holiday{fixed(time.May, 1), LabourDay},
		Holiday{fixed(time.May, 8), VictoryDay},
		Holiday{fromDayNumber(e + 39), AscensionDay},
		Holiday{fromDayNumber(e + 50), WhitMonday},
		Holiday{fixed(time.July, 14), BastilleDay},
		Holiday{fixed(time.August, 15), AssumptionDay},
		Holiday{fixed(time.November, 1), AllSaintsDay},
		Holiday{fixed(time.November, 11), ArmisticeDay},
		Holiday{fixed(time.December, 25), ChristmasDay},
	)
	if alsaceMoselle {
		out = append(out, Holiday{fixed(time.December, 26), StStephensDay})
	}
	// Ascension can fall on 1 or 8 May (e.g. 2008: 1 May): sort so the list stays in date order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].Date < out[j-1].Date; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Calendar answers business-day questions for France; AlsaceMoselle adds that region's two extra holidays.
// The zero value is the national calendar. It holds no state, so it is safe for concurrent use.
type Calendar struct {
	AlsaceMoselle bool
}

// IsHoliday names the public holiday falling on d, if any. It does not allocate.
func (c Calendar) IsHoliday(d backend.Date) (string, bool) {
	return c.holiday(d, dayNumber(d))
}

// holiday takes the day number as well, so loops that already have it skip the conversion.
func (c Calendar) holiday(d backend.Date, z int) (string, bool) {
	switch int(d) % 10000 { // mmdd
	case 101:
		return NewYear, true
	case 501:
		return LabourDay, true
	case 508:
		return VictoryDay, true
	case 714:
		return BastilleDay, true
	case 815:
		return AssumptionDay, true
	case 1101:
		return AllSaintsDay, true
	case 1111:
		return ArmisticeDay, true
	case 1225:
		return ChristmasDay, true
	case 1226:
		if c.AlsaceMoselle {
			return StStephensDay, true
		}
	}
	// Movable feasts fall between 20 March (Good Friday) and 14 June (Whit Monday): skip the Easter lookup outside.
	if md := int(d) % 10000; md < 320 || md > 614 {
		return "", false
	}
	switch z - easterDay(d.Year()) {
	case -2:
		if c.AlsaceMoselle {
			return GoodFriday, true
		}
	case 1:
		return EasterMonday, true
	case 39:
		return AscensionDay, true
	case 50:
		return WhitMonday, true
	}
	return "", false
}

// IsBusinessDay reports whether d is a Monday to Friday that is not a public holiday.
func (c Calendar) IsBusinessDay(d backend.Date) bool {
	return c.isBusiness(d, dayNumber(d))
}

func (c Calendar) isBusiness(d backend.Date, z int) bool {
	switch weekdayOf(z) {
	case time.Saturday, time.Sunday:
		return false
	}
	_, h := c.holiday(d, z)
	return !h
}

// NextBusinessDay is d itself when it is a business day, else the first business day after it: a deadline
// ending on a weekend or holiday moves to the next working day (CPC 641/642).
func (c Calendar) NextBusinessDay(d backend.Date) backend.Date {
	z := dayNumber(d)
	for !c.isBusiness(d, z) {
		z++
		d = fromDayNumber(z)
	}
	return d
}

// AddBusinessDays moves n business days forward (n < 0: backward) from d, not counting d itself: Friday + 1 is
// the next Monday when that Monday is worked. n = 0 returns d unchanged, even on a holiday.
func (c Calendar) AddBusinessDays(d backend.Date, n int) backend.Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	z := dayNumber(d)
	for n > 0 {
		z += step
		d = fromDayNumber(z)
		if c.isBusiness(d, z) {
			n--
		}
	}
	return d
}

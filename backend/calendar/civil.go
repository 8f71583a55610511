package calendar

import (
	"time"

	"relance/backend"
)

// Day numbers (days since 1970-01-01) let the hot paths step through dates with integer arithmetic: backend.Date's
// own AddDays and Weekday go through time.Date, which is correct but several times slower.

// dayNumber is the number of days from 1970-01-01 to d (H. Hinnant's days_from_civil).
func dayNumber(d backend.Date) int {
	y, m, dd := d.Year(), int(d.Month()), d.Day()
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12 // March = 0, so that the leap day ends the year
	doy := (153*mp+2)/5 + dd - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDayNumber is the inverse of dayNumber (civil_from_days).
func fromDayNumber(z int) backend.Date {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return backend.Date(y*10000 + m*100 + d)
}

// weekdayOf is the weekday of a day number; 1970-01-01 was a Thursday.
func weekdayOf(z int) time.Weekday {
	w := (z + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

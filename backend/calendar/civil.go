package calendar

import (
	"time"

	"relance/backend"
)

// Day numbers (days since 1970-01-01) let the hot paths step through dates with integer arithmetic: backend.Date's
// own AddDays and Weekday go through time.Date, which is correct but several times slower.

func dayNumber(d backend.Date) int { return d.DayNumber() }

func fromDayNumber(z int) backend.Date { return backend.DateFromDayNumber(z) }

// weekdayOf is the weekday of a day number; 1970-01-01 was a Thursday.
func weekdayOf(z int) time.Weekday {
	w := (z + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

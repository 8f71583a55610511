package dunning

import (
	"time"

	"relance/backend"
	"relance/backend/calendar"
)

// day is a day number (days since 1970-01-01). The planner compares and shifts dates hundreds of thousands of times
// per run: plain integers keep that cheap. The zero day stands for "no date" (1970 is never a chase date).
type day int32

func toDay(d backend.Date) day {
	if d == 0 {
		return 0
	}
	return day(d.DayNumber())
}

func (z day) date() backend.Date { return backend.DateFromDayNumber(int(z)) }

func (z day) weekday() time.Weekday {
	w := (int(z) + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// sendDays decides on which days actions may be dated: a ticked weekday (Monday to Friday by default) that is not
// a public holiday. It is the rule calendar.SendWindow.Next applies, so the planner and the executor agree.
type sendDays struct {
	cal      calendar.Calendar
	weekdays [7]bool
}

func newSendDays(s *backend.ChaseSettings) sendDays {
	sd := sendDays{cal: calendar.Calendar{AlsaceMoselle: s.AlsaceMoselle}, weekdays: s.Weekdays}
	if sd.weekdays == [7]bool{} { // unset: a window with no day would never send anything
		for d := time.Monday; d <= time.Friday; d++ {
			sd.weekdays[d] = true
		}
	}
	return sd
}

func (s *sendDays) ok(z day) bool {
	if !s.weekdays[z.weekday()] {
		return false
	}
	_, h := s.cal.IsHoliday(z.date())
	return !h
}

// next is z itself when it is a sending day, else the first one after it. Seven weeks cover any pattern of
// weekdays and holidays; the bound only guards against an impossible loop.
func (s *sendDays) next(z day) day {
	for i := 0; i < 50 && !s.ok(z); i++ {
		z++
	}
	return z
}

// prev is the last sending day strictly before z.
func (s *sendDays) prev(z day) day {
	z--
	for i := 0; i < 50 && !s.ok(z); i++ {
		z--
	}
	return z
}

// SendWindow converts the settings into the calendar's send window, for the executor.
func SendWindow(s backend.ChaseSettings) calendar.SendWindow {
	sd := newSendDays(&s)
	return calendar.SendWindow{Start: s.SendStart, End: s.SendEnd, Weekdays: sd.weekdays}
}

package calendar

import (
	"time"

	"relance/backend"
)

// SendWindow is when reminders may leave: from Start (inclusive) to End (exclusive), in minutes after midnight,
// Paris wall-clock time, on the ticked weekdays (indexed by time.Weekday, Sunday = 0) that are not public holidays.
// Sending in business hours on working days gets replies; a mail at 3 a.m. or on 1 May looks automated.
type SendWindow struct {
	Start, End int
	Weekdays   [7]bool
}

// DefaultSendWindow is 9:00–11:00, Monday to Friday.
func DefaultSendWindow() SendWindow {
	w := SendWindow{Start: 9 * 60, End: 11 * 60}
	for d := time.Monday; d <= time.Friday; d++ {
		w.Weekdays[d] = true
	}
	return w
}

// Validate checks that the window is a non-empty span within one day with at least one weekday.
func (w SendWindow) Validate() error {
	if w.Start < 0 || w.End > 24*60 || w.Start >= w.End {
		return backend.Errorf(backend.EINVALID, "plage d'envoi invalide : l'heure de début doit précéder l'heure de fin, dans la même journée")
	}
	for _, on := range w.Weekdays {
		if on {
			return nil
		}
	}
	return backend.Errorf(backend.EINVALID, "plage d'envoi invalide : cochez au moins un jour de la semaine")
}

// Next is the first instant at or after t inside the window, in Europe/Paris: t itself when it already is, else
// the window's opening on the next eligible day. A day is eligible when its weekday is ticked and it is not a
// public holiday of cal (so ticking Saturday allows Saturdays; the default window is exactly the business days).
// An invalid window (see Validate) has no such instant and gives the zero time.
func (w SendWindow) Next(t time.Time, cal Calendar) time.Time {
	if w.Validate() != nil {
		return time.Time{}
	}
	p := t.In(backend.Paris)
	d := backend.NewDate(p.Year(), p.Month(), p.Day())
	z := dayNumber(d)
	minute := p.Hour()*60 + p.Minute()
	// Seven weeks cover any pattern of ticked weekdays and holidays; the bound only guards against bugs.
	for i := 0; i < 50; i, z = i+1, z+1 {
		if i > 0 {
			d = fromDayNumber(z)
		}
		if !w.Weekdays[weekdayOf(z)] {
			continue
		}
		if _, h := cal.holiday(d, z); h {
			continue
		}
		if i == 0 && minute >= w.End {
			continue
		}
		if i == 0 && minute >= w.Start {
			return p
		}
		return time.Date(d.Year(), d.Month(), d.Day(), w.Start/60, w.Start%60, 0, 0, backend.Paris)
	}
	return time.Time{}
}

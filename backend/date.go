package backend

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil date (no time, no zone) encoded as yyyymmdd, so dates compare and sort as integers.
// The zero Date means "no date".
type Date int32

// Paris is the zone in which "today" is decided.
var Paris = mustLoadParis()

func mustLoadParis() *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		// Windows machines without a zone database: the embedded tzdata (imported by main) prevents this.
		return time.FixedZone("CET", 3600)
	}
	return loc
}

// NewDate builds a date, normalising overflow the way time.Date does (32 January → 1 February).
func NewDate(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

// DateOf is the civil date of an instant in Paris.
func DateOf(t time.Time) Date {
	p := t.In(Paris)
	return NewDate(p.Year(), p.Month(), p.Day())
}

func (d Date) IsZero() bool       { return d == 0 }
func (d Date) Year() int          { return int(d) / 10000 }
func (d Date) Month() time.Month  { return time.Month(int(d) / 100 % 100) }
func (d Date) Day() int           { return int(d) % 100 }
func (d Date) Time() time.Time    { return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC) }
func (d Date) AddDays(n int) Date { return DateFromDayNumber(d.DayNumber() + n) }

// Weekday is the day of the week; 1970-01-01 was a Thursday.
func (d Date) Weekday() time.Weekday {
	w := (d.DayNumber() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}

// DaysUntil is the number of days from d to e (negative when e is before d).
func (d Date) DaysUntil(e Date) int { return e.DayNumber() - d.DayNumber() }

// DayNumber counts days from 1970-01-01 with integer arithmetic (H. Hinnant's days_from_civil), so that planning
// and interest computations step through dates without going through time.Time.
func (d Date) DayNumber() int {
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

// DateFromDayNumber is the inverse of DayNumber (civil_from_days).
func DateFromDayNumber(z int) Date {
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
	return Date(y*10000 + m*100 + d)
}

// String is the ISO form YYYY-MM-DD, or "" for the zero date.
func (d Date) String() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// French renders the date as people read it in France: 31/12/2026.
func (d Date) French() string {
	if d == 0 {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day(), int(d.Month()), d.Year())
}

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre"}

// FrenchLong renders the date in words: "15 mars 2026", "1er mai 2026".
func (d Date) FrenchLong() string {
	if d == 0 {
		return ""
	}
	day := strconv.Itoa(d.Day())
	if d.Day() == 1 {
		day = "1er"
	}
	return day + " " + frenchMonths[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// ParseDate reads ISO (2026-12-31), French (31/12/2026, 31-12-2026, 31.12.2026) and two-digit-year French
// dates (31/12/26). It refuses impossible dates such as 31/02/2026 instead of rolling them over.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, Errorf(EINVALID, "date vide")
	}
	// Spreadsheet exports sometimes append a time: "2026-12-31 00:00:00", "31/12/2026 00:00".
	if i := strings.IndexAny(s, " T"); i > 0 {
		s = s[:i]
	}
	var y, m, d int
	bad := func() (Date, error) {
		return 0, Errorf(EINVALID, "date « %s » invalide : attendu JJ/MM/AAAA ou AAAA-MM-JJ", s)
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) != 3 {
		return bad()
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return bad()
		}
		nums[i] = n
	}
	switch {
	case len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) == 4:
		d, m, y = nums[0], nums[1], nums[2]
	case len(parts[2]) == 2:
		d, m, y = nums[0], nums[1], 2000+nums[2]
	default:
		return bad()
	}
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return bad()
	}
	out := NewDate(y, time.Month(m), d)
	if out.Day() != d {
		return 0, Errorf(EINVALID, "date « %s » invalide : ce jour n'existe pas", s)
	}
	return out, nil
}

// MustDate parses an ISO date known to be valid (tests, tables); it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

func (d *Date) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	if s == "" || s == "null" {
		*d = 0
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Clock gives the current instant; logic receives it instead of calling time.Now.
type Clock interface{ Now() time.Time }

// SystemClock is the real clock.
type SystemClock struct{}

func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always answers the same instant (tests, `--today`).
type FixedClock time.Time

func (f FixedClock) Now() time.Time { return time.Time(f) }

// Today is the civil date in Paris according to the clock.
func Today(c Clock) Date { return DateOf(c.Now()) }

package latefee

import (
	"strconv"
	"strings"

	"relance/backend"
)

// HalfYear is a calendar half-year, the period over which a penalty or legal rate applies. It is encoded as
// year×2 + (0 for January–June, 1 for July–December), so consecutive half-years are consecutive integers.
type HalfYear int

// NewHalfYear builds the half-year h (1 or 2) of a year.
func NewHalfYear(year, h int) HalfYear { return HalfYear(year*2 + h - 1) }

// HalfYearOf is the half-year containing d.
func HalfYearOf(d backend.Date) HalfYear {
	if d.Month() >= 7 {
		return HalfYear(d.Year()*2 + 1)
	}
	return HalfYear(d.Year() * 2)
}

func (h HalfYear) Year() int { return int(h) / 2 }

// Half is 1 (January–June) or 2 (July–December).
func (h HalfYear) Half() int { return int(h)%2 + 1 }

func (h HalfYear) Next() HalfYear { return h + 1 }

// Start is the first day of the half-year (1 January or 1 July).
func (h HalfYear) Start() backend.Date {
	if h.Half() == 2 {
		return backend.Date(h.Year()*10000 + 701)
	}
	return backend.Date(h.Year()*10000 + 101)
}

// End is the last day of the half-year (30 June or 31 December).
func (h HalfYear) End() backend.Date {
	if h.Half() == 2 {
		return backend.Date(h.Year()*10000 + 1231)
	}
	return backend.Date(h.Year()*10000 + 630)
}

// String is the form used in the rate tables: "2026-H1".
func (h HalfYear) String() string { return strconv.Itoa(h.Year()) + "-H" + strconv.Itoa(h.Half()) }

// French is the form used in letters: "1er semestre 2026", "2e semestre 2026".
func (h HalfYear) French() string {
	if h.Half() == 1 {
		return "1er semestre " + strconv.Itoa(h.Year())
	}
	return "2e semestre " + strconv.Itoa(h.Year())
}

// ParseHalfYear reads "2026-H2"; "2026-S2" (semestre) and lower case are accepted too.
func ParseHalfYear(s string) (HalfYear, error) {
	v := strings.ToUpper(strings.TrimSpace(s))
	y, h, ok := strings.Cut(v, "-")
	if ok && len(y) == 4 && (h == "H1" || h == "H2" || h == "S1" || h == "S2") {
		if year, err := strconv.Atoi(y); err == nil && year >= 1900 && year <= 2200 {
			return NewHalfYear(year, int(h[1]-'0')), nil
		}
	}
	return 0, backend.Errorf(backend.EINVALID, "semestre « %s » invalide : attendu AAAA-H1 ou AAAA-H2, par exemple 2026-H2", strings.TrimSpace(s))
}

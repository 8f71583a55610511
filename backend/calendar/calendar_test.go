package calendar

import (
	"testing"
	"time"

	"relance/backend"
)

var d = backend.MustDate

func TestDayNumberMatchesBackendDate(t *testing.T) {
	// Every day from 1900 to 2200 round-trips and agrees with backend.Date's time-based arithmetic.
	start := d("1900-01-01")
	z0 := dayNumber(start)
	if want := int(start.Time().Unix() / 86400); z0 != want {
		t.Fatalf("dayNumber(%s) = %d, want %d", start, z0, want)
	}
	cur := start
	for z := z0; cur <= d("2200-12-31"); z++ {
		if got := dayNumber(cur); got != z {
			t.Fatalf("dayNumber(%s) = %d, want %d", cur, got, z)
		}
		if got := fromDayNumber(z); got != cur {
			t.Fatalf("fromDayNumber(%d) = %s, want %s", z, got, cur)
		}
		if got := weekdayOf(z); got != cur.Weekday() {
			t.Fatalf("weekdayOf(%s) = %s, want %s", cur, got, cur.Weekday())
		}
		cur = cur.AddDays(1)
	}
}

func TestEaster(t *testing.T) {
	for _, tc := range []struct {
		year int
		want string
	}{
		{1900, "1900-04-15"}, {1943, "1943-04-25"}, {1961, "1961-04-02"}, {2000, "2000-04-23"},
		{2008, "2008-03-23"}, {2011, "2011-04-24"}, {2024, "2024-03-31"},
		{2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
		{1913, "1913-03-23"}, {2038, "2038-04-25"}, // latest possible date
	} {
		if got := Easter(tc.year); got != d(tc.want) {
			t.Errorf("Easter(%d) = %s, want %s", tc.year, got, tc.want)
		}
		if got := fromDayNumber(easterDay(tc.year)); got != d(tc.want) {
			t.Errorf("easterDay(%d) = %s, want %s", tc.year, got, tc.want)
		}
	}
	for y := 1583; y <= 3000; y++ {
		if e := Easter(y); e.Weekday() != time.Sunday || e < backend.Date(y*10000+322) || e > backend.Date(y*10000+425) {
			t.Fatalf("Easter(%d) = %s: not a Sunday between 22 March and 25 April", y, e)
		}
	}
}

func TestHolidays2026(t *testing.T) {
	want := []Holiday{
		{d("2026-01-01"), "Jour de l'an"},
		{d("2026-04-06"), "Lundi de Pâques"},
		{d("2026-05-01"), "Fête du Travail"},
		{d("2026-05-08"), "Victoire 1945"},
		{d("2026-05-14"), "Ascension"},
		{d("2026-05-25"), "Lundi de Pentecôte"},
		{d("2026-07-14"), "Fête nationale"},
		{d("2026-08-15"), "Assomption"},
		{d("2026-11-01"), "Toussaint"},
		{d("2026-11-11"), "Armistice"},
		{d("2026-12-25"), "Noël"},
	}
	got := Holidays(2026, false)
	if len(got) != len(want) {
		t.Fatalf("Holidays(2026) has %d days, want %d: %v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Holidays(2026)[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	am := Holidays(2026, true)
	if len(am) != 13 {
		t.Fatalf("Alsace-Moselle 2026 has %d days, want 13", len(am))
	}
	if am[1] != (Holiday{d("2026-04-03"), "Vendredi saint"}) || am[12] != (Holiday{d("2026-12-26"), "Saint-Étienne"}) {
		t.Errorf("Alsace-Moselle extra days wrong: %v / %v", am[1], am[12])
	}
}

func TestHolidaysAgreeWithIsHoliday(t *testing.T) {
	for _, am := range []bool{false, true} {
		c := Calendar{AlsaceMoselle: am}
		for y := 1990; y <= 2060; y++ {
			set := map[backend.Date]string{}
			hs := Holidays(y, am)
			for i, h := range hs {
				if i > 0 && h.Date < hs[i-1].Date {
					t.Fatalf("Holidays(%d, %v) not in date order at %v", y, am, h)
				}
				// Two feasts can share a day (1997-05-08: Victoire 1945 and Ascension); IsHoliday names the first.
				if _, dup := set[h.Date]; !dup {
					set[h.Date] = h.Name
				}
			}
			for cur := backend.Date(y*10000 + 101); cur.Year() == y; cur = cur.AddDays(1) {
				name, ok := c.IsHoliday(cur)
				if want, isH := set[cur]; ok != isH || name != want {
					t.Fatalf("AlsaceMoselle=%v IsHoliday(%s) = %q,%v; Holidays says %q,%v", am, cur, name, ok, want, isH)
				}
			}
		}
	}
}

func TestIsHolidayTable(t *testing.T) {
	nat, am := Calendar{}, Calendar{AlsaceMoselle: true}
	for _, tc := range []struct {
		cal  Calendar
		day  string
		name string
	}{
		{nat, "2026-05-14", "Ascension"},
		{nat, "2026-05-25", "Lundi de Pentecôte"},
		{nat, "2025-05-01", "Fête du Travail"},
		{nat, "2026-05-01", "Fête du Travail"},
		{nat, "2025-04-21", "Lundi de Pâques"},
		{nat, "2027-03-29", "Lundi de Pâques"},
		{nat, "2026-04-03", ""}, // Good Friday: worked outside Alsace-Moselle
		{am, "2026-04-03", "Vendredi saint"},
		{nat, "2026-12-26", ""},
		{am, "2026-12-26", "Saint-Étienne"},
		{am, "2025-04-18", "Vendredi saint"},
		{nat, "2026-05-15", ""},
		{nat, "2026-04-05", ""}, // Easter Sunday is a Sunday, not a listed holiday
	} {
		name, ok := tc.cal.IsHoliday(d(tc.day))
		if name != tc.name || ok != (tc.name != "") {
			t.Errorf("AlsaceMoselle=%v IsHoliday(%s) = %q,%v, want %q", tc.cal.AlsaceMoselle, tc.day, name, ok, tc.name)
		}
	}
}

func TestBusinessDays(t *testing.T) {
	nat, am := Calendar{}, Calendar{AlsaceMoselle: true}
	for _, tc := range []struct {
		cal      Calendar
		day      string
		business bool
		next     string
	}{
		{nat, "2026-05-01", false, "2026-05-04"}, // Friday 1 May → Monday
		{nat, "2026-05-02", false, "2026-05-04"}, // Saturday
		{nat, "2026-05-03", false, "2026-05-04"}, // Sunday
		{nat, "2026-05-04", true, "2026-05-04"},  // itself
		{nat, "2026-05-14", false, "2026-05-15"}, // Ascension Thursday → Friday
		{nat, "2026-05-23", false, "2026-05-26"}, // Saturday, Sunday, Whit Monday → Tuesday
		{nat, "2026-12-25", false, "2026-12-28"}, // Christmas Friday → Monday
		{am, "2026-12-25", false, "2026-12-28"},
		{am, "2027-12-25", false, "2027-12-27"}, // Saturday; Saint-Étienne is a Sunday that year
		{am, "2026-04-03", false, "2026-04-07"}, // Good Friday, weekend, Easter Monday → Tuesday
		{nat, "2026-04-03", true, "2026-04-03"},
		{nat, "2025-12-31", true, "2025-12-31"},
		{nat, "2026-01-01", false, "2026-01-02"},
	} {
		if got := tc.cal.IsBusinessDay(d(tc.day)); got != tc.business {
			t.Errorf("AlsaceMoselle=%v IsBusinessDay(%s) = %v", tc.cal.AlsaceMoselle, tc.day, got)
		}
		if got := tc.cal.NextBusinessDay(d(tc.day)); got != d(tc.next) {
			t.Errorf("AlsaceMoselle=%v NextBusinessDay(%s) = %s, want %s", tc.cal.AlsaceMoselle, tc.day, got, tc.next)
		}
	}
}

func TestAddBusinessDays(t *testing.T) {
	c := Calendar{}
	for _, tc := range []struct {
		from string
		n    int
		want string
	}{
		{"2026-04-30", 1, "2026-05-04"}, // Thursday → over 1 May and the weekend
		{"2026-04-30", 2, "2026-05-05"},
		{"2026-05-07", 1, "2026-05-11"},  // over 8 May (Friday)
		{"2026-05-13", 1, "2026-05-15"},  // over Ascension
		{"2026-05-02", 1, "2026-05-04"},  // from a Saturday
		{"2026-05-04", -1, "2026-04-30"}, // backward over the weekend and 1 May
		{"2026-05-01", 0, "2026-05-01"},  // zero leaves the date alone
		{"2026-05-04", 10, "2026-05-20"}, // two weeks plus the 8 May and Ascension holidays
	} {
		if got := c.AddBusinessDays(d(tc.from), tc.n); got != d(tc.want) {
			t.Errorf("AddBusinessDays(%s, %d) = %s, want %s", tc.from, tc.n, got, tc.want)
		}
	}
}

func TestHotPathDoesNotAllocate(t *testing.T) {
	c := Calendar{AlsaceMoselle: true}
	a, b, e := d("2026-05-14"), d("2026-05-01"), d("2026-04-30")
	n := testing.AllocsPerRun(100, func() {
		_, _ = c.IsHoliday(a)
		_ = c.IsBusinessDay(a)
		_ = c.NextBusinessDay(b)
		_ = c.AddBusinessDays(e, 5)
	})
	if n != 0 {
		t.Errorf("calendar hot path allocates %v times per run", n)
	}
}

func TestSendWindowNext(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.ParseInLocation("2006-01-02 15:04:05", s, backend.Paris)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	def := DefaultSendWindow()
	weekend := SendWindow{Start: 10 * 60, End: 12 * 60}
	weekend.Weekdays[time.Saturday] = true
	for _, tc := range []struct {
		name string
		w    SendWindow
		cal  Calendar
		t    time.Time
		want time.Time
	}{
		{"inside", def, Calendar{}, at("2026-05-05 10:15:30"), at("2026-05-05 10:15:30")},
		{"at opening", def, Calendar{}, at("2026-05-05 09:00:00"), at("2026-05-05 09:00:00")},
		{"before opening", def, Calendar{}, at("2026-05-05 07:59:00"), at("2026-05-05 09:00:00")},
		{"last second", def, Calendar{}, at("2026-05-05 10:59:59"), at("2026-05-05 10:59:59")},
		{"at closing: next day", def, Calendar{}, at("2026-05-05 11:00:00"), at("2026-05-06 09:00:00")},
		{"evening", def, Calendar{}, at("2026-05-05 23:59:00"), at("2026-05-06 09:00:00")},
		{"Thursday evening before 1 May Friday", def, Calendar{}, at("2026-04-30 18:00:00"), at("2026-05-04 09:00:00")},
		{"holiday morning", def, Calendar{}, at("2026-05-14 09:30:00"), at("2026-05-15 09:00:00")},
		{"Saturday", def, Calendar{}, at("2026-05-23 10:00:00"), at("2026-05-26 09:00:00")}, // Whit Monday skipped
		{"Good Friday Alsace", def, Calendar{AlsaceMoselle: true}, at("2026-04-03 09:30:00"), at("2026-04-07 09:00:00")},
		{"Good Friday elsewhere", def, Calendar{}, at("2026-04-03 09:30:00"), at("2026-04-03 09:30:00")},
		{"Saturday-only window", weekend, Calendar{}, at("2026-05-05 10:00:00"), at("2026-05-09 10:00:00")},
		{"DST spring forward day", def, Calendar{}, at("2026-03-27 12:00:00"), at("2026-03-30 09:00:00")},
		{"DST autumn, before opening", def, Calendar{}, at("2026-10-26 08:00:00"), at("2026-10-26 09:00:00")},
		// The input's zone does not matter: 06:30 UTC is 08:30 in Paris in summer.
		{"UTC input", def, Calendar{}, time.Date(2026, 6, 2, 6, 30, 0, 0, time.UTC), at("2026-06-02 09:00:00")},
		{"UTC input inside", def, Calendar{}, time.Date(2026, 6, 2, 8, 30, 0, 0, time.UTC), at("2026-06-02 10:30:00")},
		{"empty window", SendWindow{Start: 600, End: 600}, Calendar{}, at("2026-06-02 10:00:00"), time.Time{}},
	} {
		got := tc.w.Next(tc.t, tc.cal)
		if !got.Equal(tc.want) {
			t.Errorf("%s: Next(%s) = %s, want %s", tc.name, tc.t, got, tc.want)
		}
		if !got.IsZero() && got.Location() != backend.Paris {
			t.Errorf("%s: result in %s, want Europe/Paris", tc.name, got.Location())
		}
	}
}

func TestSendWindowValidate(t *testing.T) {
	if err := DefaultSendWindow().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, w := range []SendWindow{
		{Start: 660, End: 540, Weekdays: DefaultSendWindow().Weekdays},
		{Start: -1, End: 540, Weekdays: DefaultSendWindow().Weekdays},
		{Start: 0, End: 1441, Weekdays: DefaultSendWindow().Weekdays},
		{Start: 540, End: 660},
	} {
		if err := w.Validate(); backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("Validate(%+v) = %v, want EINVALID", w, err)
		}
	}
}

func BenchmarkIsBusinessDay(b *testing.B) {
	c := Calendar{}
	days := []backend.Date{d("2026-05-14"), d("2026-05-15"), d("2026-12-25"), d("2026-08-03")}
	for i := 0; b.Loop(); i++ {
		_ = c.IsBusinessDay(days[i%len(days)])
	}
}

func BenchmarkNextBusinessDay(b *testing.B) {
	c := Calendar{AlsaceMoselle: true}
	sat := d("2026-05-23")
	for b.Loop() {
		_ = c.NextBusinessDay(sat)
	}
}

func BenchmarkSendWindowNext(b *testing.B) {
	w, c := DefaultSendWindow(), Calendar{}
	t0 := time.Date(2026, 4, 30, 16, 0, 0, 0, time.UTC)
	for b.Loop() {
		_ = w.Next(t0, c)
	}
}

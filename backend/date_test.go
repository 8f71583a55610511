package backend

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr string
	}{
		{in: "2026-12-31", want: 20261231},
		{in: "2026-1-5", want: 20260105},
		{in: "31/12/2026", want: 20261231},
		{in: "31-12-2026", want: 20261231},
		{in: "31.12.2026", want: 20261231},
		{in: "1/2/2026", want: 20260201},
		{in: "31/12/26", want: 20261231},
		{in: "01/01/00", want: 20000101},
		{in: "  15/03/2026  ", want: 20260315},
		{in: "2026-12-31 00:00:00", want: 20261231},
		{in: "2026-12-31T23:59:59Z", want: 20261231},
		{in: "2026-12-31T10:00:00+01:00", want: 20261231},
		{in: "31/12/2026 00:00", want: 20261231},
		{in: "29/02/2024", want: 20240229},
		{in: "29/02/2000", want: 20000229},
		{in: "1900-01-01", want: 19000101},
		{in: "2200-12-31", want: 22001231},
		{in: "31/02/2026", wantErr: "ce jour n'existe pas"},
		{in: "31/04/2026", wantErr: "ce jour n'existe pas"},
		{in: "29/02/2025", wantErr: "ce jour n'existe pas"},
		{in: "29/02/2100", wantErr: "ce jour n'existe pas"},
		{in: "32/01/2026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "00/01/2026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "15/13/2026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "15/00/2026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "1899-12-31", wantErr: "attendu JJ/MM/AAAA"},
		{in: "2201-01-01", wantErr: "attendu JJ/MM/AAAA"},
		{in: "15/03/026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "15/03", wantErr: "attendu JJ/MM/AAAA"},
		{in: "2026-03-15-01", wantErr: "attendu JJ/MM/AAAA"},
		{in: "15 mars 2026", wantErr: "attendu JJ/MM/AAAA"},
		{in: "20261231", wantErr: "attendu JJ/MM/AAAA"},
		{in: "aa/bb/cccc", wantErr: "attendu JJ/MM/AAAA"},
		{in: "", wantErr: "date vide"},
		{in: "   ", wantErr: "date vide"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want error containing %q", tt.in, got, tt.wantErr)
				}
				if ErrorCode(err) != EINVALID || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("ParseDate(%q) error = %q (%s), want EINVALID containing %q", tt.in, err, ErrorCode(err), tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q) error: %v", tt.in, err)
			}
			if got != tt.want {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateErrorQuotesInput(t *testing.T) {
	// The user must see what was wrong, as typed.
	_, err := ParseDate("31/02/2026")
	if err == nil || err.Error() != "date « 31/02/2026 » invalide : ce jour n'existe pas" {
		t.Errorf("ParseDate(31/02/2026) error = %v", err)
	}
}

func TestDateAccessors(t *testing.T) {
	d := NewDate(2026, time.March, 15)
	if d != 20260315 || d.Year() != 2026 || d.Month() != time.March || d.Day() != 15 {
		t.Errorf("NewDate = %d (%d, %v, %d)", d, d.Year(), d.Month(), d.Day())
	}
	if d.Weekday() != time.Sunday {
		t.Errorf("15/03/2026 weekday = %v, want Sunday", d.Weekday())
	}
	if got := NewDate(2026, time.January, 32); got != 20260201 {
		t.Errorf("NewDate overflow = %v, want 2026-02-01", got)
	}
	if !Date(0).IsZero() || d.IsZero() {
		t.Error("IsZero")
	}
	if got := d.Time(); !got.Equal(time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v", got)
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		from Date
		n    int
		want Date
	}{
		{MustDate("2026-01-31"), 1, MustDate("2026-02-01")},
		{MustDate("2026-01-31"), 30, MustDate("2026-03-02")},
		{MustDate("2024-02-28"), 1, MustDate("2024-02-29")},
		{MustDate("2025-02-28"), 1, MustDate("2025-03-01")},
		{MustDate("2026-12-31"), 1, MustDate("2027-01-01")},
		{MustDate("2026-12-15"), 45, MustDate("2027-01-29")},
		{MustDate("2026-03-01"), -1, MustDate("2026-02-28")},
		{MustDate("2026-01-01"), -1, MustDate("2025-12-31")},
		{MustDate("2026-01-01"), 365, MustDate("2027-01-01")},
		{MustDate("2024-01-01"), 366, MustDate("2025-01-01")},
		{MustDate("2026-03-29"), 1, MustDate("2026-03-30")}, // daylight saving change in Paris: no effect
		{MustDate("2026-05-01"), 0, MustDate("2026-05-01")},
	}
	for _, tt := range tests {
		if got := tt.from.AddDays(tt.n); got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
		if got := tt.from.DaysUntil(tt.want); got != tt.n {
			t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.from, tt.want, got, tt.n)
		}
	}
}

func TestDaysUntil(t *testing.T) {
	tests := []struct {
		from, to string
		want     int
	}{
		{"2026-01-01", "2026-01-01", 0},
		{"2026-01-01", "2026-01-31", 30},
		{"2026-01-31", "2026-01-01", -30},
		{"2026-02-01", "2026-03-01", 28},
		{"2024-02-01", "2024-03-01", 29},
		{"2025-10-25", "2025-10-27", 2}, // across the autumn clock change
		{"2026-01-01", "2027-01-01", 365},
		{"1900-01-01", "2200-12-31", 109937}, // the whole range ParseDate accepts
		{"2200-12-31", "1900-01-01", -109937},
	}
	for _, tt := range tests {
		if got := MustDate(tt.from).DaysUntil(MustDate(tt.to)); got != tt.want {
			t.Errorf("DaysUntil(%s → %s) = %d, want %d", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d                     Date
		iso, french, frenchLg string
	}{
		{0, "", "", ""},
		{MustDate("2026-05-01"), "2026-05-01", "01/05/2026", "1er mai 2026"},
		{MustDate("2026-03-15"), "2026-03-15", "15/03/2026", "15 mars 2026"},
		{MustDate("2026-02-02"), "2026-02-02", "02/02/2026", "2 février 2026"},
		{MustDate("2026-08-31"), "2026-08-31", "31/08/2026", "31 août 2026"},
		{MustDate("2026-12-01"), "2026-12-01", "01/12/2026", "1er décembre 2026"},
		{MustDate("2027-01-21"), "2027-01-21", "21/01/2027", "21 janvier 2027"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.iso {
			t.Errorf("String() = %q, want %q", got, tt.iso)
		}
		if got := tt.d.French(); got != tt.french {
			t.Errorf("French() = %q, want %q", got, tt.french)
		}
		if got := tt.d.FrenchLong(); got != tt.frenchLg {
			t.Errorf("FrenchLong() = %q, want %q", got, tt.frenchLg)
		}
	}
}

func TestDateJSON(t *testing.T) {
	type row struct {
		Due  Date `json:"due"`
		Paid Date `json:"paid"`
	}
	in := row{Due: MustDate("2026-03-15")}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"due":"2026-03-15","paid":""}` {
		t.Errorf("Marshal = %s", b)
	}
	var out row
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Errorf("round trip = %+v, %v", out, err)
	}
	for _, s := range []string{`{"due":null}`, `{"due":""}`, `{}`} {
		out := row{Due: 1}
		if s == `{}` {
			out.Due = 0
		}
		if err := json.Unmarshal([]byte(s), &out); err != nil || out.Due != 0 {
			t.Errorf("Unmarshal(%s) = %+v, %v", s, out, err)
		}
	}
	if err := json.Unmarshal([]byte(`{"due":"15/03/2026"}`), &out); err != nil || out.Due != MustDate("2026-03-15") {
		t.Errorf("French date in JSON = %v, %v", out.Due, err)
	}
	if err := json.Unmarshal([]byte(`{"due":"2026-02-31"}`), &out); err == nil {
		t.Error("Unmarshal accepted 2026-02-31")
	}
}

func TestClock(t *testing.T) {
	// 23:30 UTC on 31 December is already 1 January in Paris.
	c := FixedClock(time.Date(2026, 12, 31, 23, 30, 0, 0, time.UTC))
	if got := Today(c); got != MustDate("2027-01-01") {
		t.Errorf("Today = %v, want 2027-01-01", got)
	}
	// In summer Paris is UTC+2.
	c = FixedClock(time.Date(2026, 7, 14, 21, 59, 0, 0, time.UTC))
	if got := Today(c); got != MustDate("2026-07-14") {
		t.Errorf("Today = %v, want 2026-07-14", got)
	}
	c = FixedClock(time.Date(2026, 7, 14, 22, 0, 0, 0, time.UTC))
	if got := Today(c); got != MustDate("2026-07-15") {
		t.Errorf("Today = %v, want 2026-07-15", got)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-12-31", "31/12/2026", "31-12-2026", "31.12.2026", "31/12/26", "2026-12-31 00:00:00",
		"2026-12-31T10:00:00Z", "31/02/2026", "29/02/2024", "29/02/2025", "", "1/1/1900", "31/12/2200", "+1/+1/2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if ErrorCode(err) != EINVALID {
				t.Fatalf("ParseDate(%q): error code %s", s, ErrorCode(err))
			}
			return
		}
		for _, form := range []string{d.String(), d.French()} {
			back, err := ParseDate(form)
			if err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v; ParseDate(%q) = %v, %v", s, d, form, back, err)
			}
		}
		// Adding the days between two dates lands on the other one.
		ref := MustDate("2026-01-01")
		if n := ref.DaysUntil(d); ref.AddDays(n) != d {
			t.Fatalf("%v.AddDays(%v.DaysUntil(%v)) = %v", ref, ref, d, ref.AddDays(n))
		}
	})
}

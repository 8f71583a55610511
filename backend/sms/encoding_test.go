package sms

import (
	"slices"
	"strings"
	"testing"
)

func TestCountText(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		enc       string
		units     int
		segments  int
		remaining int
		unicode   []string
	}{
		{"empty", "", GSM7, 0, 0, 160, nil},
		{"plain", "Bonjour", GSM7, 7, 1, 153, nil},
		{"é and à are GSM", "Échéance dépassée à régler", GSM7, 26, 1, 134, nil},
		{"160 fit one part", strings.Repeat("a", 160), GSM7, 160, 1, 0, nil},
		{"161 need two", strings.Repeat("a", 161), GSM7, 161, 2, 145, nil},
		{"306 fill two", strings.Repeat("a", 306), GSM7, 306, 2, 0, nil},
		{"307 need three", strings.Repeat("a", 307), GSM7, 307, 3, 152, nil},
		{"euro counts two", "12 €", GSM7, 5, 1, 155, nil},
		{"80 euros = 160 places", strings.Repeat("€", 80), GSM7, 160, 1, 0, nil},
		{"an escape is never cut", strings.Repeat("a", 152) + "€" + strings.Repeat("a", 7), GSM7, 161, 2, 144, nil},
		{"ê forces UCS-2", "Merci de régler la fête", UCS2, 23, 1, 47, []string{"ê"}},
		{"ç forces UCS-2", "Reçu ç", UCS2, 6, 1, 64, []string{"ç"}},
		{"70 UCS-2 fit one", "ê" + strings.Repeat("a", 69), UCS2, 70, 1, 0, []string{"ê"}},
		{"71 UCS-2 need two", "ê" + strings.Repeat("a", 70), UCS2, 71, 2, 63, []string{"ê"}},
		{"emoji takes two units", "Merci 🙂", UCS2, 8, 1, 62, []string{"🙂"}},
		{"guillemets force UCS-2", "« Relance »", UCS2, 11, 1, 59, []string{"«", "»"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := CountText(c.text)
			if got.Encoding != c.enc || got.Units != c.units || got.Segments != c.segments || got.Remaining != c.remaining {
				t.Fatalf("CountText(%q) = %+v, want %s units=%d segments=%d remaining=%d", c.text, got, c.enc, c.units, c.segments, c.remaining)
			}
			if !slices.Equal(got.Unicode, c.unicode) && !(len(got.Unicode) == 0 && len(c.unicode) == 0) {
				t.Fatalf("unicode = %q, want %q", got.Unicode, c.unicode)
			}
		})
	}
}

func TestCleanKeepsFrenchAmountsInGSM(t *testing.T) {
	s := Clean("Montant : 1\u202f234,56\u00a0€ ; l\u2019échéance")
	if s != "Montant : 1 234,56 € ; l'échéance" {
		t.Fatalf("Clean = %q", s)
	}
	if c := CountText(s); c.Encoding != GSM7 {
		t.Fatalf("cleaned text is %s (%q)", c.Encoding, c.Unicode)
	}
}

func TestCost(t *testing.T) {
	if got := Cost(CountText(strings.Repeat("a", 200)), 450); got != 9 { // 2 × 0,045 € = 0,09 €
		t.Fatalf("cost = %d cents", got)
	}
	if got := Cost(CountText("a"), 455); got != 5 { // 0,0455 € rounds up to 0,05 €
		t.Fatalf("cost = %d cents", got)
	}
	if got := Cost(CountText(""), 450); got != 0 {
		t.Fatalf("cost of nothing = %d", got)
	}
}

func FuzzCountText(f *testing.F) {
	for _, s := range []string{"", "abc", "€€", "ê🙂", strings.Repeat("é", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := CountText(s)
		if c.Units > 0 && c.Segments == 0 || c.Remaining < 0 || c.Remaining >= c.PerSegment && c.Units > 0 && c.Remaining != 0 && c.Segments == 1 && c.Units == 0 {
			t.Fatalf("inconsistent count %+v for %q", c, s)
		}
		if c.Segments > 0 && c.Segments*c.PerSegment < c.Units {
			t.Fatalf("%d parts of %d cannot hold %d places", c.Segments, c.PerSegment, c.Units)
		}
	})
}

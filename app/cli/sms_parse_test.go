package cli

import "testing"

func TestSMSPriceAndHours(t *testing.T) {
	for in, want := range map[string]int64{"0,045": 450, "0.045": 450, "0,045 €": 450, ",05": 500, "1": 10000, "0,0455": 455, "0": 0} {
		if got, err := parseSMSPrice(in); err != nil || got != want {
			t.Errorf("parseSMSPrice(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"", "abc", "0,00001", "-1", "11", "1,2,3"} {
		if _, err := parseSMSPrice(in); err == nil {
			t.Errorf("parseSMSPrice(%q) accepted", in)
		}
	}
	for p, want := range map[int64]string{450: "0,045 €", 500: "0,05 €", 10000: "1,00 €", 0: "0,00 €", 455: "0,0455 €"} {
		if got := formatSMSPrice(p); got != want {
			t.Errorf("formatSMSPrice(%d) = %q, want %q", p, got, want)
		}
	}
	for in, want := range map[string]int{"08:00": 480, "8h": 480, "20h30": 1230, "24:00": 1440, "0": 0} {
		if got, err := parseHHMM(in); err != nil || got != want {
			t.Errorf("parseHHMM(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"25:00", "8:61", "x", "24:30"} {
		if _, err := parseHHMM(in); err == nil {
			t.Errorf("parseHHMM(%q) accepted", in)
		}
	}
}

package latefee

import (
	"encoding/csv"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"relance/backend"
)

// TestVectors replays every row of testdata/vectors.csv (a copy of shared/legal/vectors.csv): the total, the
// indemnity, and what the free-text note states — segment days and rates ("30 d at 14.50% + 46 d at 14.25%"),
// the frozen-rate and per-segment-rounding alternatives, and the contractual floor.
func TestVectors(t *testing.T) {
	f, err := os.Open("testdata/vectors.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comment = '#'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := "id,mode,principal,start,end,rate_pct,expected_total,indemnity,source"
	if strings.Join(recs[0], ",") != header {
		t.Fatalf("vectors.csv header changed: %v", recs[0])
	}
	if len(recs) < 14 {
		t.Fatalf("only %d vectors read", len(recs)-1)
	}
	segRe := regexp.MustCompile(`(\d+) d(?:ays)?\b(?: at (\d+(?:\.\d+)?)%)?`)
	frozenRe := regexp.MustCompile(`frozen-rate option: (\d+\.\d\d)`)
	perSegRe := regexp.MustCompile(`per-segment rounding gives (\d+\.\d\d)`)
	for _, rec := range recs[1:] {
		id, note := rec[0], rec[8]
		t.Run(id, func(t *testing.T) {
			in := Input{Mode: Mode(rec[1]), Principal: amount(t, rec[2]), Start: backend.MustDate(rec[3]), End: backend.MustDate(rec[4])}
			if rec[5] != "" {
				bp, err := ParsePercent(rec[5])
				if err != nil {
					t.Fatal(err)
				}
				in.ContractRateBP = bp
			}
			res, err := Compute(nil, in)
			if err != nil {
				t.Fatal(err)
			}
			if want := amount(t, rec[6]); res.Total != want {
				t.Errorf("total = %s, want %s (exact %s cents)", res.Total, want, res.Exact().FloatString(4))
			}
			switch {
			case rec[7] != "":
				if want := amount(t, rec[7]); res.Indemnity != want {
					t.Errorf("indemnity = %s, want %s", res.Indemnity, want)
				}
			case in.Mode.Consumer():
				if res.Indemnity != 0 {
					t.Errorf("consumer debt charged an indemnity of %s", res.Indemnity)
				}
			default:
				// Published interest-only examples (S rows) state no indemnity: nothing to compare.
			}

			// Segments stated in the note: days, and the rate where given (else the next stated rate, as in
			// "31 d + 59 d at 12.15%", else the contractual rate).
			if ms := segRe.FindAllStringSubmatch(note, -1); len(ms) > 0 {
				if len(ms) != len(res.Segments) {
					t.Fatalf("%d segments, note states %d: %+v", len(res.Segments), len(ms), res.Segments)
				}
				rate := ""
				for i := len(ms) - 1; i >= 0; i-- {
					if ms[i][2] != "" {
						rate = ms[i][2]
					}
					days, _ := strconv.Atoi(ms[i][1])
					if res.Segments[i].Days != days {
						t.Errorf("segment %d: %d days, note says %d", i, res.Segments[i].Days, days)
					}
					want := in.ContractRateBP
					if rate != "" {
						want, _ = ParsePercent(rate)
					}
					if res.Segments[i].RateBP != want {
						t.Errorf("segment %d: rate %s, note says %s", i, FormatPercent(res.Segments[i].RateBP), FormatPercent(want))
					}
				}
			}
			if m := frozenRe.FindStringSubmatch(note); m != nil {
				alt := in
				alt.Frozen = true
				checkTotal(t, alt, m[1])
			}
			if m := perSegRe.FindStringSubmatch(note); m != nil {
				alt := in
				alt.RoundPerSegment = true
				checkTotal(t, alt, m[1])
			}
			if strings.Contains(note, "above the 3x legal floor") {
				for _, w := range res.Warnings {
					t.Errorf("unexpected warning: %s", w)
				}
			}
		})
	}
}

func checkTotal(t *testing.T, in Input, want string) {
	t.Helper()
	res, err := Compute(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	if w := amount(t, want); res.Total != w {
		t.Errorf("Frozen=%v RoundPerSegment=%v: total = %s, want %s", in.Frozen, in.RoundPerSegment, res.Total, w)
	}
}

func amount(t *testing.T, s string) backend.Cents {
	t.Helper()
	c, err := backend.ParseAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

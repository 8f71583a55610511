package latefee

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"relance/backend"
)

var d = backend.MustDate

func eur(s string) backend.Cents {
	c, err := backend.ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return c
}

type wantSeg struct {
	from, to string
	days     int
	rate     int
	base     string
	amount   string
}

func checkSegments(t *testing.T, res Result, want []wantSeg) {
	t.Helper()
	if len(res.Segments) != len(want) {
		t.Fatalf("%d segments, want %d: %+v", len(res.Segments), len(want), res.Segments)
	}
	for i, w := range want {
		s := res.Segments[i]
		if s.From != d(w.from) || s.To != d(w.to) || s.Days != w.days || s.RateBP != w.rate || s.Base != eur(w.base) || s.Amount != eur(w.amount) {
			t.Errorf("segment %d = %s..%s %d d %s %% on %s → %s; want %s..%s %d d %s %% on %s → %s", i,
				s.From, s.To, s.Days, FormatPercent(s.RateBP), s.Base, s.Amount,
				w.from, w.to, w.days, FormatPercent(w.rate), w.base, w.amount)
		}
	}
}

func mustCompute(t *testing.T, tab *RateTable, in Input) Result {
	t.Helper()
	res, err := Compute(tab, in)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestD3JSON(t *testing.T) {
	// What `relance penalty --amount 5000.00 --due 2024-05-31 --until 2024-08-15` prints (modulo spacing).
	res := mustCompute(t, nil, Input{Mode: ModeB2B, Principal: eur("5000.00"), Start: d("2024-05-31"), End: d("2024-08-15")})
	got, err := json.Marshal(res.ToJSON())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"total": "149.38", "indemnity": "40.00", "segments": [` +
		`{"from": "2024-06-01", "to": "2024-06-30", "days": 30, "rate": "14.50", "amount": "59.59"}, ` +
		`{"from": "2024-07-01", "to": "2024-08-15", "days": 46, "rate": "14.25", "amount": "89.79"}]}`
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(want)); err != nil {
		t.Fatal(err)
	}
	if string(got) != compact.String() {
		t.Errorf("JSON\n got %s\nwant %s", got, compact.String())
	}
	// The exact amount is kept: 59.589… + 89.794… = 149.383… cents×100.
	if ex := res.Exact(); ex.Cmp(big.NewRat(5000*100*(1450*30+1425*46), 10000*365)) != 0 {
		t.Errorf("exact = %s", ex.FloatString(6))
	}
}

func TestNoDelayJSON(t *testing.T) {
	res := mustCompute(t, nil, Input{Mode: ModeB2B, Principal: eur("100"), Start: d("2025-03-31"), End: d("2025-03-31")})
	got, _ := json.Marshal(res.ToJSON())
	if string(got) != `{"total":"0.00","indemnity":"0.00","segments":[]}` {
		t.Errorf("no delay: %s", got)
	}
}

func TestHalfYearBoundaryOnFirstDay(t *testing.T) {
	// Due 30 June: the first day of delay is 1 July, so only the second half-year's rate applies.
	// 10 000 € × 12.15 % × 31 / 365 = 103.1918 → 103.19.
	for _, frozen := range []bool{false, true} {
		res := mustCompute(t, nil, Input{Mode: ModeB2B, Principal: eur("10000"), Start: d("2025-06-30"), End: d("2025-07-31"), Frozen: frozen})
		checkSegments(t, res, []wantSeg{{"2025-07-01", "2025-07-31", 31, 1215, "10000", "103.19"}})
		if res.Total != eur("103.19") || res.Days != 31 {
			t.Errorf("frozen=%v: total %s, days %d", frozen, res.Total, res.Days)
		}
	}
	// One day earlier: 30 June is a day of delay at 13.15 %.
	res := mustCompute(t, nil, Input{Mode: ModeB2B, Principal: eur("10000"), Start: d("2025-06-29"), End: d("2025-07-01")})
	checkSegments(t, res, []wantSeg{
		{"2025-06-30", "2025-06-30", 1, 1315, "10000", "3.60"},
		{"2025-07-01", "2025-07-01", 1, 1215, "10000", "3.33"},
	})
}

func TestLeapYear(t *testing.T) {
	// D2 spans 29 February 2024; divisor 365 by default (28.60), 366 with ActualActual:
	// 1 200 € × 14.50 % × 60 / 366 = 28.5246 → 28.52.
	in := Input{Mode: ModeB2B, Principal: eur("1200"), Start: d("2024-01-15"), End: d("2024-03-15")}
	if res := mustCompute(t, nil, in); res.Total != eur("28.60") || res.Segments[0].Divisor != 365 {
		t.Errorf("365: %s / %d", res.Total, res.Segments[0].Divisor)
	}
	in.ActualActual = true
	if res := mustCompute(t, nil, in); res.Total != eur("28.52") || res.Segments[0].Divisor != 366 {
		t.Errorf("actual/actual: %s / %d", res.Total, res.Segments[0].Divisor)
	}
	// Actual/actual splits a fixed-rate period at 1 January: 10 000 € at 10 %,
	// 16 d / 365 (43.8356) + 15 d / 366 (40.9836) = 84.8192 → 84.82; 31 d / 365 would give 84.93.
	in = Input{Mode: ModeFixed, ContractRateBP: 1000, Principal: eur("10000"), Start: d("2023-12-15"), End: d("2024-01-15"), ActualActual: true}
	res := mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2023-12-16", "2023-12-31", 16, 1000, "10000", "43.84"},
		{"2024-01-01", "2024-01-15", 15, 1000, "10000", "40.98"},
	})
	if res.Total != eur("84.82") || res.Segments[1].Divisor != 366 {
		t.Errorf("actual/actual over new year: %s", res.Total)
	}
	in.ActualActual = false
	if res := mustCompute(t, nil, in); res.Total != eur("84.93") || len(res.Segments) != 1 {
		t.Errorf("365 over new year: %s, %d segments", res.Total, len(res.Segments))
	}
}

func TestSevenHalfYears(t *testing.T) {
	// 1 000 € due 31 December 2022, paid 31 March 2026: 1 186 days over seven half-years.
	// Exact total 433.1164 → 433.12; the rounded segments add up to 433.13.
	in := Input{Mode: ModeB2B, Principal: eur("1000"), Start: d("2022-12-31"), End: d("2026-03-31")}
	res := mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2023-01-01", "2023-06-30", 181, 1250, "1000", "61.99"},
		{"2023-07-01", "2023-12-31", 184, 1400, "1000", "70.58"},
		{"2024-01-01", "2024-06-30", 182, 1450, "1000", "72.30"},
		{"2024-07-01", "2024-12-31", 184, 1425, "1000", "71.84"},
		{"2025-01-01", "2025-06-30", 181, 1315, "1000", "65.21"},
		{"2025-07-01", "2025-12-31", 184, 1215, "1000", "61.25"},
		{"2026-01-01", "2026-03-31", 90, 1215, "1000", "29.96"},
	})
	if res.Total != eur("433.12") || res.Days != 1186 || len(res.Warnings) != 0 {
		t.Errorf("total %s, days %d, warnings %v", res.Total, res.Days, res.Warnings)
	}
	in.RoundPerSegment = true
	if res := mustCompute(t, nil, in); res.Total != eur("433.13") {
		t.Errorf("per segment: %s", res.Total)
	}
	in.RoundPerSegment, in.Frozen = false, true
	// Frozen at 2023-H1's 12.50 %: 1 000 × 12.5 % × 1186 / 365 = 406.1644 → 406.16, in one segment.
	if res := mustCompute(t, nil, in); res.Total != eur("406.16") || len(res.Segments) != 1 {
		t.Errorf("frozen: %s, %d segments", res.Total, len(res.Segments))
	}
}

func TestPartialPayments(t *testing.T) {
	// 10 000 € due 2025-03-31 (13.15 % in 2025-H1), 4 000 € paid 2025-04-15, the remaining 6 000 € on 2025-05-15.
	//   1–15 April, 15 days on 10 000 €: 10 000 × 13.15 % × 15 / 365 = 54.0411
	//   16 April–15 May, 30 days on 6 000 €: 6 000 × 13.15 % × 30 / 365 = 64.8493
	//   total 118.8904 → 118.89 (segments rounded: 54.04 + 64.85 = 118.89)
	in := Input{Mode: ModeB2B, Principal: eur("10000"), Start: d("2025-03-31"), End: d("2025-05-15"),
		Payments: []Payment{{d("2025-05-15"), eur("6000")}, {d("2025-04-15"), eur("4000")}}} // any order
	res := mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2025-04-01", "2025-04-15", 15, 1315, "10000", "54.04"},
		{"2025-04-16", "2025-05-15", 30, 1315, "6000", "64.85"},
	})
	if res.Total != eur("118.89") || res.Indemnity != eur("40") {
		t.Errorf("total %s, indemnity %s", res.Total, res.Indemnity)
	}
	if in.Payments[0].Date != d("2025-05-15") {
		t.Error("Compute reordered the caller's payments")
	}
	// Computing on to a later "today" changes nothing once the balance is settled.
	in.End = d("2025-12-31")
	if res := mustCompute(t, nil, in); res.Total != eur("118.89") || len(res.Segments) != 2 {
		t.Errorf("after settlement: %s, %d segments", res.Total, len(res.Segments))
	}
	// A payment on the due date lowers the base from the first day; paying everything on time means no delay.
	in = Input{Mode: ModeB2B, Principal: eur("10000"), Start: d("2025-03-31"), End: d("2025-04-30"),
		Payments: []Payment{{d("2025-03-31"), eur("4000")}}}
	if res := mustCompute(t, nil, in); res.Segments[0].Base != eur("6000") || res.Total != eur("64.85") {
		t.Errorf("payment on the due date: base %s, total %s", res.Segments[0].Base, res.Total)
	}
	in.Payments = []Payment{{d("2025-03-20"), eur("10000")}}
	if res := mustCompute(t, nil, in); res.Total != 0 || res.Indemnity != 0 || len(res.Segments) != 0 {
		t.Errorf("paid on time: %+v", res)
	}
	// A partial payment crossing a half-year: the split happens at both boundaries.
	in = Input{Mode: ModeB2B, Principal: eur("5000"), Start: d("2024-05-31"), End: d("2024-08-15"),
		Payments: []Payment{{d("2024-07-10"), eur("2000")}}}
	res = mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2024-06-01", "2024-06-30", 30, 1450, "5000", "59.59"},
		{"2024-07-01", "2024-07-10", 10, 1425, "5000", "19.52"},
		{"2024-07-11", "2024-08-15", 36, 1425, "3000", "42.16"},
	})
}

func TestJudgmentSurcharge(t *testing.T) {
	// Consumer debt of 2 000 €, formal notice 2025-01-31, judgment enforceable 2025-03-15: the two months expire
	// at the end of 2025-05-15, so +5 points from 2025-05-16.
	//   1 Feb–15 May 104 d at 3.71 %: 21.1419; 16 May–30 June 46 d at 8.71 %: 21.9540;
	//   1 July–31 Aug 62 d at 7.76 %: 26.3627; total 69.4586 → 69.46.
	in := Input{Mode: ModeLegalPro, Principal: eur("2000"), Start: d("2025-01-31"), End: d("2025-08-31"), JudgmentDate: d("2025-03-15")}
	res := mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2025-02-01", "2025-05-15", 104, 371, "2000", "21.14"},
		{"2025-05-16", "2025-06-30", 46, 871, "2000", "21.95"},
		{"2025-07-01", "2025-08-31", 62, 776, "2000", "26.36"},
	})
	if res.Total != eur("69.46") || res.Indemnity != 0 || res.Segments[0].Surcharge || !res.Segments[2].Surcharge {
		t.Errorf("total %s, indemnity %s, segments %+v", res.Total, res.Indemnity, res.Segments)
	}
	// A judgment on 31 December: two months end on 28 February (29 in leap years), surcharge from 1 March.
	in = Input{Mode: ModeLegalPart, Principal: eur("1000"), Start: d("2025-12-01"), End: d("2026-03-02"), JudgmentDate: d("2025-12-31")}
	res = mustCompute(t, nil, in)
	if n := len(res.Segments); n != 3 || res.Segments[2].From != d("2026-03-01") || res.Segments[2].RateBP != 667+500 {
		t.Errorf("end-of-month judgment: %+v", res.Segments)
	}
	// Not for B2B penalties.
	if _, err := Compute(nil, Input{Mode: ModeB2B, Principal: 100, Start: d("2025-01-31"), End: d("2025-08-31"), JudgmentDate: d("2025-03-15")}); backend.ErrorCode(err) != backend.EINVALID {
		t.Errorf("judgment in b2b mode: %v", err)
	}
}

func TestIndemnity(t *testing.T) {
	if Indemnity(false, true) != 4000 || Indemnity(true, true) != 0 || Indemnity(false, false) != 0 || Indemnity(true, false) != 0 {
		t.Error("Indemnity table wrong")
	}
	for _, m := range []Mode{ModeLegalPro, ModeLegalPart} {
		res := mustCompute(t, nil, Input{Mode: m, Principal: eur("1500"), Start: d("2025-03-10"), End: d("2025-08-09")})
		if res.Indemnity != 0 || res.Total == 0 {
			t.Errorf("%s: indemnity %s, total %s", m, res.Indemnity, res.Total)
		}
	}
	for _, m := range []Mode{ModeB2B, ModeFixed} {
		res := mustCompute(t, nil, Input{Mode: m, ContractRateBP: 1500, Principal: eur("1500"), Start: d("2025-03-10"), End: d("2025-03-11")})
		if res.Indemnity != 4000 {
			t.Errorf("%s: indemnity %s", m, res.Indemnity)
		}
	}
}

func TestFloorWarning(t *testing.T) {
	// 2025-H1 legal rate "autres cas" 3.71 % → floor 11.13 %.
	for _, tc := range []struct {
		bp   int
		warn bool
	}{{1000, true}, {1112, true}, {1113, false}, {1500, false}} {
		msg, low := FloorWarning(nil, tc.bp, d("2025-03-01"))
		if low != tc.warn || (msg != "") != tc.warn {
			t.Errorf("FloorWarning(%d) = %q, %v", tc.bp, msg, low)
		}
	}
	msg, _ := FloorWarning(nil, 1000, d("2025-03-01"))
	want := "le taux contractuel de 10,00 % est inférieur au minimum légal de 11,13 % (3 fois le taux d'intérêt légal de 3,71 % du 1er semestre 2025, article L441-10 du Code de commerce) : vérifiez la clause de pénalités"
	if msg != want {
		t.Errorf("message\n got %s\nwant %s", msg, want)
	}
	// Past the table: the last known half-year (2026-H1, 2.62 % → 7.86 %). Before it: nothing to say.
	if _, low := FloorWarning(nil, 785, d("2030-01-01")); !low {
		t.Error("no warning past the table")
	}
	if _, low := FloorWarning(nil, 1, d("2010-01-01")); low {
		t.Error("warning before the table")
	}
	// Compute adds it in fixed mode, for the first half-year below the floor.
	res := mustCompute(t, nil, Input{Mode: ModeFixed, ContractRateBP: 1000, Principal: eur("612.15"), Start: d("2025-02-16"), End: d("2025-03-01")})
	if len(res.Warnings) != 1 || res.Warnings[0] != want {
		t.Errorf("fixed-mode warnings: %q", res.Warnings)
	}
	// 8 % is below 2025-H2's floor (8.28 %) but above 2026-H1's (7.86 %): the 2025-H2 shortfall is reported.
	res = mustCompute(t, nil, Input{Mode: ModeFixed, ContractRateBP: 800, Principal: eur("100"), Start: d("2025-12-15"), End: d("2026-02-01")})
	if len(res.Warnings) != 1 || !bytes.Contains([]byte(res.Warnings[0]), []byte("2e semestre 2025")) {
		t.Errorf("warnings: %q", res.Warnings)
	}
}

func TestFutureHalfYear(t *testing.T) {
	// Past 2026-H1 the last known rate is used, with a warning; adding 2026-H2 removes it.
	in := Input{Mode: ModeB2B, Principal: eur("5000"), Start: d("2026-06-15"), End: d("2026-08-14")}
	res := mustCompute(t, nil, in)
	checkSegments(t, res, []wantSeg{
		{"2026-06-16", "2026-06-30", 15, 1215, "5000", "24.97"},
		{"2026-07-01", "2026-08-14", 45, 1215, "5000", "74.90"},
	})
	want := "Taux inconnus après le 1er semestre 2026 : le dernier taux connu a été utilisé"
	if res.Total != eur("99.86") || len(res.Warnings) != 1 || res.Warnings[0] != want {
		t.Errorf("total %s, warnings %q", res.Total, res.Warnings)
	}
	tab := DefaultRates()
	if w, stale := tab.StaleWarning(d("2026-07-01")); !stale || w != want {
		t.Errorf("StaleWarning = %q, %v", w, stale)
	}
	if _, stale := tab.StaleWarning(d("2026-06-30")); stale {
		t.Error("stale within the last half-year")
	}
	if err := tab.Merge([]RateRow{{HalfYear: "2026-H2", ECBPct: "2,40", LegalParticulierPct: "6.5", LegalAutresPct: "2.5 %"}}); err != nil {
		t.Fatal(err)
	}
	res = mustCompute(t, tab, in)
	if len(res.Warnings) != 0 || res.Segments[1].RateBP != 1240 {
		t.Errorf("after merge: %+v", res)
	}
	if embedded.Last() != NewHalfYear(2026, 1) {
		t.Error("Merge on a DefaultRates copy changed the embedded table")
	}
	// Before the table: an error, not a guess.
	if _, err := Compute(nil, Input{Mode: ModeB2B, Principal: 100, Start: d("2018-12-01"), End: d("2019-01-05")}); backend.ErrorCode(err) != backend.EINVALID {
		t.Errorf("before the table: %v", err)
	}
}

func TestRateTable(t *testing.T) {
	tab := DefaultRates()
	if tab.First() != NewHalfYear(2019, 1) || tab.Last() != NewHalfYear(2026, 1) {
		t.Fatalf("table spans %s–%s", tab.First(), tab.Last())
	}
	for _, tc := range []struct {
		h               string
		ecb, part, autr int
	}{{"2019-H1", 0, 340, 86}, {"2023-H2", 400, 682, 422}, {"2024-H1", 450, 801, 507}, {"2025-H2", 215, 665, 276}, {"2026-H1", 215, 667, 262}} {
		h, _ := ParseHalfYear(tc.h)
		e, ok1 := tab.ECB(h)
		p, ok2 := tab.Legal(h, true)
		a, ok3 := tab.Legal(h, false)
		if !ok1 || !ok2 || !ok3 || e != tc.ecb || p != tc.part || a != tc.autr {
			t.Errorf("%s: %d %d %d", tc.h, e, p, a)
		}
	}
	if _, ok := tab.ECB(NewHalfYear(2026, 2)); ok {
		t.Error("2026-H2 known")
	}
	// Merge is all or nothing and refuses gaps, bad half-years and bad figures.
	for _, rows := range [][]RateRow{
		{{HalfYear: "2027-H1", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "2"}},                                                                                    // gap
		{{HalfYear: "2026-H2", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "2"}, {HalfYear: "2027-H2", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "2"}}, // gap after a good row
		{{HalfYear: "2026-H3", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "2"}},
		{{HalfYear: "2026-H2", ECBPct: "2.155", LegalParticulierPct: "6", LegalAutresPct: "2"}},
		{{HalfYear: "2026-H2", ECBPct: "", LegalParticulierPct: "6", LegalAutresPct: "2"}},
		{{HalfYear: "2026-H2", ECBPct: "2", LegalParticulierPct: "60", LegalAutresPct: "2"}},
		{{HalfYear: "2026-H2", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "-1"}},
	} {
		before := tab.Rows()
		if err := tab.Merge(rows); backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("Merge(%v) = %v, want EINVALID", rows, err)
		}
		if !slices.Equal(before, tab.Rows()) {
			t.Errorf("failed Merge(%v) changed the table", rows)
		}
	}
	// The gap is named as people say it, not « 2026-H2 ».
	gap := tab.Merge([]RateRow{{HalfYear: "2027-H1", ECBPct: "2", LegalParticulierPct: "6", LegalAutresPct: "2"}})
	if want := "impossible d'ajouter le 1er semestre 2027 : il manque d'abord le 2e semestre 2026"; gap == nil || !strings.Contains(gap.Error(), want) {
		t.Errorf("gap: %v, want %q", gap, want)
	}
	// Rows in any order, and a user row replacing a shipped one.
	err := tab.Merge([]RateRow{
		{HalfYear: "2027-H1", ECBPct: "2.00", LegalParticulierPct: "6.00", LegalAutresPct: "2.00"},
		{HalfYear: "2026-h2", ECBPct: "2.15", LegalParticulierPct: "6.50", LegalAutresPct: "2.40"},
		{HalfYear: "2019-H1", ECBPct: "0", LegalParticulierPct: "3.40", LegalAutresPct: "0.87"},
	})
	if err != nil {
		t.Fatal(err)
	}
	rows := tab.Rows()
	if tab.Last() != NewHalfYear(2027, 1) || rows[0].LegalAutresPct != "0.87" || rows[len(rows)-1] != (RateRow{"2027-H1", "2.00", "6.00", "2.00"}) {
		t.Errorf("after merge: %v", rows)
	}
	// Add extends at either end only.
	if err := tab.Add(NewHalfYear(2018, 2), 0, 300, 90); err != nil || tab.First() != NewHalfYear(2018, 2) {
		t.Errorf("Add before: %v", err)
	}
	if err := tab.Add(NewHalfYear(2018, 0), 0, 300, 90); err == nil {
		t.Error("Add with a gap before")
	}
}

func TestEmbeddedMatchesShared(t *testing.T) {
	// The shipped copies must not drift from the shared legal tables (skipped outside the monorepo).
	for _, pair := range [][2]string{
		{"rates/ecb_rates.csv", "../../../shared/legal/ecb_rates.csv"},
		{"rates/legal_rates.csv", "../../../shared/legal/legal_rates.csv"},
		{"testdata/vectors.csv", "../../../shared/legal/vectors.csv"},
	} {
		shared, err := os.ReadFile(pair[1])
		if err != nil {
			shared, err = os.ReadFile("/work/shared/legal/" + pair[1][len("../../../shared/legal/"):])
		}
		if err != nil {
			t.Skip("shared/legal not available")
		}
		ours, err := os.ReadFile(pair[0])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, shared) {
			t.Errorf("%s differs from shared/legal: copy it again", pair[0])
		}
	}
}

func TestValidation(t *testing.T) {
	ok := Input{Mode: ModeB2B, Principal: 100, Start: d("2025-01-31"), End: d("2025-02-28")}
	for name, mut := range map[string]func(*Input){
		"mode":           func(in *Input) { in.Mode = "b2c" },
		"negative":       func(in *Input) { in.Principal = -1 },
		"no start":       func(in *Input) { in.Start = 0 },
		"no end":         func(in *Input) { in.End = 0 },
		"fixed no rate":  func(in *Input) { in.Mode = ModeFixed },
		"fixed 150 %":    func(in *Input) { in.Mode, in.ContractRateBP = ModeFixed, 15000 },
		"payment <= 0":   func(in *Input) { in.Payments = []Payment{{d("2025-02-01"), 0}} },
		"payment nodate": func(in *Input) { in.Payments = []Payment{{0, 10}} },
		"century":        func(in *Input) { in.End = d("2199-01-01") },
	} {
		in := ok
		mut(&in)
		if _, err := Compute(nil, in); backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := Compute(nil, ok); err != nil {
		t.Fatal(err)
	}
	// Too large to express in cents is an error, not a wrapped number.
	big := Input{Mode: ModeFixed, ContractRateBP: 10000, Principal: 1<<63 - 1, Start: d("2025-01-01"), End: d("2035-01-01")}
	if _, err := Compute(nil, big); backend.ErrorCode(err) != backend.EINVALID {
		t.Errorf("overflow: %v", err)
	}
}

func TestParsers(t *testing.T) {
	for s, want := range map[string]int{"2.15": 215, "2,15": 215, "10": 1000, "3.1": 310, " 12.15 % ": 1215, "-0.50": -50, "0": 0, ".5": -1, "1.234": -1, "abc": -1, "": -1, "1e3": -1} {
		got, err := ParsePercent(s)
		if (want == -1) != (err != nil) || (err == nil && got != want) {
			t.Errorf("ParsePercent(%q) = %d, %v", s, got, err)
		}
	}
	for s, want := range map[string]HalfYear{"2026-H2": NewHalfYear(2026, 2), "2026-s1": NewHalfYear(2026, 1), "2026-H3": -1, "26-H1": -1, "2026H1": -1} {
		got, err := ParseHalfYear(s)
		if (want == -1) != (err != nil) || (err == nil && got != want) {
			t.Errorf("ParseHalfYear(%q) = %v, %v", s, got, err)
		}
	}
	h := NewHalfYear(2026, 2)
	if h.String() != "2026-H2" || h.French() != "2e semestre 2026" || h.Start() != d("2026-07-01") || h.End() != d("2026-12-31") ||
		h.Next() != NewHalfYear(2027, 1) || HalfYearOf(d("2026-06-30")) != NewHalfYear(2026, 1) {
		t.Error("HalfYear accessors")
	}
	if addMonths(d("2024-12-31"), 2) != d("2025-02-28") || addMonths(d("2023-12-31"), 2) != d("2024-02-29") || addMonths(d("2025-11-15"), 2) != d("2026-01-15") {
		t.Error("addMonths")
	}
}

// TestAgainstDailyReference checks Compute against a naive day-by-day sum in math/big over random debts, options,
// payments and judgments: the segmentation must never change the exact amount.
func TestAgainstDailyReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tab := DefaultRates()
	modes := []Mode{ModeB2B, ModeFixed, ModeLegalPro, ModeLegalPart}
	for i := 0; i < 3000; i++ {
		start := d("2019-01-01").AddDays(rng.IntN(2900))
		in := Input{
			Mode:            modes[rng.IntN(len(modes))],
			Principal:       backend.Cents(1 + rng.Int64N(5_000_000_00)),
			Start:           start,
			End:             start.AddDays(rng.IntN(1400) - 20),
			Frozen:          rng.IntN(3) == 0,
			ActualActual:    rng.IntN(3) == 0,
			RoundPerSegment: rng.IntN(4) == 0,
		}
		if in.Mode == ModeFixed {
			in.ContractRateBP = 1 + rng.IntN(3000)
		}
		if in.Mode.Consumer() && rng.IntN(2) == 0 {
			in.JudgmentDate = start.AddDays(rng.IntN(500) - 100)
		}
		for n := rng.IntN(4); n > 0; n-- {
			in.Payments = append(in.Payments, Payment{start.AddDays(rng.IntN(1400) - 30), backend.Cents(1 + rng.Int64N(int64(in.Principal)/2+1))})
		}
		res, err := Compute(tab, in)
		if err != nil {
			t.Fatalf("%+v: %v", in, err)
		}
		ref := dailyReference(tab, in)
		if res.Exact().Cmp(ref) != 0 {
			t.Fatalf("%+v:\nexact %s, daily reference %s", in, res.Exact().FloatString(6), ref.FloatString(6))
		}
		want := roundHalfUp(ref)
		if in.RoundPerSegment {
			want = 0
			for _, s := range res.Segments {
				want += roundHalfUp(s.Exact())
			}
		}
		if res.Total != want {
			t.Fatalf("%+v: total %s, want %s", in, res.Total, want)
		}
		days := 0
		for j, s := range res.Segments {
			days += s.Days
			if s.Days != s.From.DaysUntil(s.To)+1 || (j > 0 && res.Segments[j-1].To.AddDays(1) != s.From) {
				t.Fatalf("%+v: segment %d %s..%s (%d days) not contiguous", in, j, s.From, s.To, s.Days)
			}
		}
		if days > res.Days {
			t.Fatalf("%+v: segments cover %d days of %d", in, days, res.Days)
		}
	}
}

// dailyReference is the rule read literally: for each day after Start up to End, the balance left after the
// payments made before that day, times the rate of that day, over the divisor.
func dailyReference(tab *RateTable, in Input) *big.Rat {
	sum := new(big.Rat)
	for day := in.Start.AddDays(1); day <= in.End; day = day.AddDays(1) {
		bal := in.Principal
		for _, p := range in.Payments {
			if p.Date < day {
				bal -= p.Amount
			}
		}
		if bal <= 0 {
			continue
		}
		h := HalfYearOf(day)
		if in.Frozen {
			h = HalfYearOf(in.Start.AddDays(1))
		}
		h = min(h, tab.Last())
		var bp int
		switch in.Mode {
		case ModeFixed:
			bp = in.ContractRateBP
		case ModeB2B:
			e, _ := tab.ECB(h)
			bp = e + 1000
		case ModeLegalPro, ModeLegalPart:
			bp, _ = tab.Legal(h, in.Mode == ModeLegalPart)
			if !in.JudgmentDate.IsZero() && day > addMonths(in.JudgmentDate, 2) {
				bp += 500
			}
		}
		div := int64(365)
		if in.ActualActual && isLeap(day.Year()) {
			div = 366
		}
		sum.Add(sum, big.NewRat(int64(bal)*int64(bp), 10000*div))
	}
	return sum
}

func roundHalfUp(r *big.Rat) backend.Cents {
	n := new(big.Int).Mul(r.Num(), big.NewInt(2))
	n.Add(n, r.Denom())
	n.Div(n, new(big.Int).Mul(r.Denom(), big.NewInt(2)))
	return backend.Cents(n.Int64())
}

func FuzzParsePercent(f *testing.F) {
	for _, s := range []string{"2.15", "2,15", "10", "-0.5", "12.15 %", "1.234", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		bp, err := ParsePercent(s)
		if err != nil {
			return
		}
		if back, err := ParsePercent(FormatPercent(bp)); err != nil || back != bp {
			t.Fatalf("%q → %d → %q → %d, %v", s, bp, FormatPercent(bp), back, err)
		}
	})
}

func FuzzParseHalfYear(f *testing.F) {
	for _, s := range []string{"2026-H2", "2026-s1", "1900-H1", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, err := ParseHalfYear(s)
		if err != nil {
			return
		}
		if back, err := ParseHalfYear(h.String()); err != nil || back != h {
			t.Fatalf("%q → %v → %v, %v", s, h, back, err)
		}
	})
}

func BenchmarkCompute(b *testing.B) {
	// A typical B2B case: D3, two half-year segments.
	in := Input{Mode: ModeB2B, Principal: 500000, Start: d("2024-05-31"), End: d("2024-08-15")}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compute(nil, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkComputeWithPayments(b *testing.B) {
	in := Input{Mode: ModeB2B, Principal: 1000000, Start: d("2022-12-31"), End: d("2026-03-31"),
		Payments: []Payment{{d("2023-05-01"), 100000}, {d("2024-02-01"), 200000}, {d("2025-09-30"), 300000}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compute(nil, in); err != nil {
			b.Fatal(err)
		}
	}
}

package latefee

import (
	"bytes"
	"embed"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"

	"relance/backend"
)

// The rate tables ship inside the binary as dated data (copies of shared/legal/*.csv); the user adds a row when
// a new half-year is published, and the app merges those rows over these (RateTable.Merge).
//
//go:embed rates/ecb_rates.csv rates/legal_rates.csv
var rateFiles embed.FS

// rates are one half-year's figures, in basis points (1 % = 100 bp).
type rates struct {
	ecb, particulier, autres int
}

// RateTable holds, for a contiguous run of half-years, the ECB main refinancing rate and the two legal interest
// rates. Reading is safe from several goroutines; Add and Merge are not: build or Clone a table, then share it.
type RateTable struct {
	first HalfYear
	rows  []rates
}

// RateRow is one half-year as the user types it and the app persists it: percentages as decimal strings with at
// most two decimals ("2.15" or "2,15").
type RateRow struct {
	HalfYear            string `json:"halfYear"` // "2026-H2"
	ECBPct              string `json:"ecbPct"`
	LegalParticulierPct string `json:"legalParticulierPct"`
	LegalAutresPct      string `json:"legalAutresPct"`
}

// embedded is parsed once and never mutated; Compute uses it when given a nil table.
var embedded = func() *RateTable {
	ecb, err1 := rateFiles.ReadFile("rates/ecb_rates.csv")
	legal, err2 := rateFiles.ReadFile("rates/legal_rates.csv")
	if err1 != nil || err2 != nil {
		panic("latefee: embedded rate tables missing")
	}
	t, err := parseTables(ecb, legal)
	if err != nil {
		panic("latefee: embedded rate tables: " + err.Error())
	}
	return t
}()

// DefaultRates is a fresh copy of the embedded tables, free to be extended with Add or Merge.
func DefaultRates() *RateTable { return embedded.Clone() }

// Clone copies the table so the copy can be changed while the original is in use.
func (t *RateTable) Clone() *RateTable {
	return &RateTable{first: t.first, rows: slices.Clone(t.rows)}
}

// First and Last are the first and last half-years with known rates.
func (t *RateTable) First() HalfYear { return t.first }
func (t *RateTable) Last() HalfYear  { return t.first + HalfYear(len(t.rows)) - 1 }

func (t *RateTable) row(h HalfYear) (rates, bool) {
	if t == nil {
		return rates{}, false
	}
	i := int(h - t.first)
	if i < 0 || i >= len(t.rows) {
		return rates{}, false
	}
	return t.rows[i], true
}

// ECB is the ECB main refinancing rate in force on the first day of the half-year, in basis points.
func (t *RateTable) ECB(h HalfYear) (bp int, ok bool) {
	r, ok := t.row(h)
	return r.ecb, ok
}

// Legal is the legal interest rate of the half-year in basis points: the "particuliers" rate (creditor is a
// private person) or the "autres cas" rate.
func (t *RateTable) Legal(h HalfYear, particulier bool) (bp int, ok bool) {
	r, ok := t.row(h)
	if particulier {
		return r.particulier, ok
	}
	return r.autres, ok
}

// Bounds for typed rates: wide enough for any plausible publication, narrow enough to catch a misplaced comma.
const (
	minECBBP   = -500
	maxECBBP   = 5000
	maxLegalBP = 5000
)

// Add sets the rates of a half-year, replacing them when it is already known. The table must stay contiguous:
// h may extend it by one half-year at either end, not leave a gap.
func (t *RateTable) Add(h HalfYear, ecbBP, particulierBP, autresBP int) error {
	var p backend.Problems
	if ecbBP < minECBBP || ecbBP > maxECBBP {
		p.Add("ecbPct", "%s : taux BCE de %s %% hors des bornes plausibles (%s à %s %%)", h, FormatPercentFR(ecbBP), FormatPercentFR(minECBBP), FormatPercentFR(maxECBBP))
	}
	if particulierBP < 0 || particulierBP > maxLegalBP {
		p.Add("legalParticulierPct", "%s : taux légal « particuliers » de %s %% hors des bornes plausibles (0 à %s %%)", h, FormatPercentFR(particulierBP), FormatPercentFR(maxLegalBP))
	}
	if autresBP < 0 || autresBP > maxLegalBP {
		p.Add("legalAutresPct", "%s : taux légal « autres cas » de %s %% hors des bornes plausibles (0 à %s %%)", h, FormatPercentFR(autresBP), FormatPercentFR(maxLegalBP))
	}
	if err := p.Err(); err != nil {
		return err
	}
	r := rates{ecb: ecbBP, particulier: particulierBP, autres: autresBP}
	switch {
	case len(t.rows) == 0:
		t.first, t.rows = h, []rates{r}
	case h >= t.first && h <= t.Last():
		t.rows[h-t.first] = r
	case h == t.Last()+1:
		t.rows = append(t.rows, r)
	case h == t.first-1:
		t.rows = slices.Insert(t.rows, 0, r)
		t.first = h
	case h > t.Last():
		return backend.Errorf(backend.EINVALID, "impossible d'ajouter le %s : il manque d'abord le %s", h.French(), (t.Last() + 1).French())
	default:
		return backend.Errorf(backend.EINVALID, "impossible d'ajouter le %s : il manque d'abord le %s", h.French(), (t.first - 1).French())
	}
	return nil
}

// Merge applies the user's rows over the table, in half-year order, so rows may come in any order and a user row
// replaces a shipped one for the same half-year (the user has the last word on a figure they typed). It is all or
// nothing: when a row is invalid or would leave a gap, the table is unchanged and the error names the row.
func (t *RateTable) Merge(rows []RateRow) error {
	type parsed struct {
		h          HalfYear
		e, pa, aut int
	}
	ps := make([]parsed, 0, len(rows))
	for _, r := range rows {
		h, err := ParseHalfYear(r.HalfYear)
		if err != nil {
			return err
		}
		var p backend.Problems
		e, err1 := ParsePercent(r.ECBPct)
		pa, err2 := ParsePercent(r.LegalParticulierPct)
		aut, err3 := ParsePercent(r.LegalAutresPct)
		for _, f := range []struct {
			field, label string
			err          error
		}{{"ecbPct", "taux BCE", err1}, {"legalParticulierPct", "taux légal « particuliers »", err2}, {"legalAutresPct", "taux légal « autres cas »", err3}} {
			if f.err != nil {
				p.Add(f.field, "%s : %s : %s", h, f.label, backend.ErrorMessage(f.err))
			}
		}
		if err := p.Err(); err != nil {
			return err
		}
		ps = append(ps, parsed{h, e, pa, aut})
	}
	slices.SortStableFunc(ps, func(a, b parsed) int { return int(a.h - b.h) })
	work := t.Clone()
	for _, p := range ps {
		if err := work.Add(p.h, p.e, p.pa, p.aut); err != nil {
			return err
		}
	}
	*t = *work
	return nil
}

// Rows lists the table as RateRows (dot decimals), oldest first: for display and for tests.
func (t *RateTable) Rows() []RateRow {
	out := make([]RateRow, len(t.rows))
	for i, r := range t.rows {
		out[i] = RateRow{HalfYear: (t.first + HalfYear(i)).String(), ECBPct: FormatPercent(r.ecb),
			LegalParticulierPct: FormatPercent(r.particulier), LegalAutresPct: FormatPercent(r.autres)}
	}
	return out
}

// StaleWarning is the warning to show when today is past the last known half-year.
func (t *RateTable) StaleWarning(today backend.Date) (string, bool) {
	if HalfYearOf(today) <= t.Last() {
		return "", false
	}
	return unknownRatesWarning(t.Last()), true
}

func unknownRatesWarning(last HalfYear) string {
	// Said to people (the window, the command line): the half-year in words, not the tables' « 2026-H1 ».
	return "Taux inconnus après le " + last.French() + " : le dernier taux connu a été utilisé"
}

// ParsePercent reads a percentage with at most two decimals ("12.15", "3,1", "10", "2.15 %") as basis points.
func ParsePercent(s string) (int, error) {
	v := strings.TrimSpace(s)
	v = strings.TrimSpace(strings.TrimSuffix(v, "%"))
	neg := strings.HasPrefix(v, "-")
	if neg {
		v = v[1:]
	}
	ip, fp, _ := strings.Cut(strings.Replace(v, ",", ".", 1), ".")
	bad := func() (int, error) {
		return 0, backend.Errorf(backend.EINVALID, "taux « %s » invalide : attendu un pourcentage comme 2,15 (deux décimales au plus)", strings.TrimSpace(s))
	}
	if ip == "" || len(ip) > 4 || len(fp) > 2 || !digits(ip) || !digits(fp) {
		return bad()
	}
	n, _ := strconv.Atoi(ip)
	f, _ := strconv.Atoi((fp + "00")[:2])
	bp := n*100 + f
	if neg {
		bp = -bp
	}
	return bp, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FormatPercent renders basis points with a dot and two decimals, as in the tables and JSON: 1450 → "14.50".
func FormatPercent(bp int) string {
	sign := ""
	if bp < 0 {
		sign, bp = "-", -bp
	}
	return sign + strconv.Itoa(bp/100) + "." + strconv.Itoa(bp%100/10) + strconv.Itoa(bp%10)
}

// FormatPercentFR renders basis points for French text: 1113 → "11,13".
func FormatPercentFR(bp int) string { return strings.Replace(FormatPercent(bp), ".", ",", 1) }

// parseTables reads the two shipped CSV files and checks them against each other.
func parseTables(ecbCSV, legalCSV []byte) (*RateTable, error) {
	read := func(name string, b []byte, header []string) ([][]string, error) {
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			return nil, backend.Errorf(backend.EINTERNAL, "%s : %v", name, err)
		}
		if len(recs) < 2 || !slices.Equal(recs[0], header) {
			return nil, backend.Errorf(backend.EINTERNAL, "%s : en-tête inattendu", name)
		}
		return recs[1:], nil
	}
	ecb, err := read("ecb_rates.csv", ecbCSV, []string{"half_year", "ecb_mro_pct", "default_penalty_pct"})
	if err != nil {
		return nil, err
	}
	legal, err := read("legal_rates.csv", legalCSV, []string{"half_year", "legal_particulier_pct", "legal_autres_pct"})
	if err != nil {
		return nil, err
	}
	if len(ecb) != len(legal) {
		return nil, backend.Errorf(backend.EINTERNAL, "les tables BCE (%d lignes) et taux légal (%d lignes) diffèrent", len(ecb), len(legal))
	}
	t := &RateTable{}
	for i := range ecb {
		if ecb[i][0] != legal[i][0] {
			return nil, backend.Errorf(backend.EINTERNAL, "ligne %d : semestres %s et %s différents", i+2, ecb[i][0], legal[i][0])
		}
		h, err := ParseHalfYear(ecb[i][0])
		if err != nil {
			return nil, err
		}
		if len(t.rows) > 0 && h != t.Last()+1 {
			return nil, backend.Errorf(backend.EINTERNAL, "ligne %d : %s ne suit pas %s", i+2, h, t.Last())
		}
		var bp [4]int
		for j, s := range []string{ecb[i][1], ecb[i][2], legal[i][1], legal[i][2]} {
			if bp[j], err = ParsePercent(s); err != nil {
				return nil, err
			}
		}
		// The penalty column is redundant (ECB + 10 points): a mismatch means a typo in one of them.
		if bp[1] != bp[0]+tenPoints {
			return nil, backend.Errorf(backend.EINTERNAL, "%s : pénalité %s %% ≠ BCE %s %% + 10", h, ecb[i][2], ecb[i][1])
		}
		if err := t.Add(h, bp[0], bp[2], bp[3]); err != nil {
			return nil, err
		}
	}
	return t, nil
}

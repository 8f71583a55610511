package bank

import (
	"fmt"
	"strings"

	"relance/backend/importer"
)

// Bank exports without a header line. Several French banks write the operations straight away, sometimes under
// an account line: the older BNP Paribas export (« Compte de chèques ****1234;…;solde » then
// `date;;;libellé;montant`), LCL (`date;montant;type;n° de chèque;libellé;…`), the Crédit Mutuel and CIC
// exports saved without titles (`date;date de valeur;débit;crédit;libellé;solde`)… Their columns are recognised
// from what the operations hold: a column of dates (the first is the operation's, a second one its value date),
// a column of signed amounts or a pair of débit and crédit columns never filled on the same line, and the
// longest text as the label. A balance column (filled on every line next to débit and crédit) is left out.

// headerlessShare is the share of operation lines a column must fill for its role.
const headerlessShare = 0.9

// headerless finds the operations of a file without header (after skip lines), trying each separator; nil when
// no separator gives a readable layout, or when a line above the operations looks like a header (then the file
// has one, which the caller reports as unrecognised).
func headerless(name string, data []byte, skip int) *located {
	d, ok := dropLines(data, skip)
	if !ok {
		return nil
	}
	var best *located
	bestOps := 0
	for _, sep := range []rune{';', ',', '\t', '|'} {
		tab, err := importer.DecodeRecords(name, d, sep)
		if err != nil {
			continue
		}
		if loc, ops := inferColumns(data, tab, skip); loc != nil && ops > bestOps {
			best, bestOps = loc, ops
		}
	}
	return best
}

// untitled is a file that decodes into records but whose layout was not recognised: its columns are named by
// number, for the user to map (« Colonne 1 », « Colonne 2 »…).
func untitled(name string, data []byte, skip int) *located {
	d, ok := dropLines(data, skip)
	if !ok {
		return nil
	}
	tab, err := importer.DecodeRecords(name, d, 0)
	if err != nil {
		return nil
	}
	loc := &located{mapping: Unmapped(), skip: skip, encoding: tab.Encoding, separator: tab.Separator, headerless: true}
	for _, r := range tab.Rows {
		r.Line += skip
		loc.rows = append(loc.rows, r)
		loc.width = max(loc.width, len(r.Cells))
	}
	loc.headers = columnNames(loc.width, Unmapped())
	return loc
}

// cellKind tells what a cell holds.
type cellKind uint8

const (
	cellEmpty cellKind = iota
	cellDate
	cellAmount
	cellText
)

func kindOf(s string) cellKind {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return cellEmpty
	case isDate(s):
		return cellDate
	case isAmount(s):
		return cellAmount
	}
	return cellText
}

func isDate(s string) bool {
	_, err := parseCSVDate(s, "")
	return err == nil
}

// isAmount accepts what bank exports write as amounts ("1 250,00", "-45,99", "1250.00") but not a bare number
// without a decimal part, which may as well be a cheque number or a reference.
func isAmount(s string) bool {
	if !strings.ContainsAny(s, ",.") {
		return false
	}
	_, ok := parseCSVAmount(s)
	return ok
}

// isOperation reports a record with a date and an amount.
func isOperation(cells []string) bool {
	date, amount := false, false
	for _, c := range cells {
		switch kindOf(c) {
		case cellDate:
			date = true
		case cellAmount:
			amount = true
		}
	}
	return date && amount
}

// inferColumns places the date, amount and label columns of a table without header; it returns the file cut
// at its first operation and the number of operation lines, or nil.
func inferColumns(data []byte, tab *importer.Table, skip int) (*located, int) {
	rows := tab.Rows
	// The date column is where most operations have theirs: an account line above them (« Compte de chèques
	// ****1234;…;04/03/2026;;1 234,56 ») has a date and an amount too, elsewhere.
	votes := map[int]int{}
	for _, r := range rows[:min(len(rows), 200)] {
		if !isOperation(r.Cells) {
			continue
		}
		for c, v := range r.Cells {
			if kindOf(v) == cellDate {
				votes[c]++
				break
			}
		}
	}
	dateCol, most := -1, 0
	for c, n := range votes {
		if n > most || n == most && c < dateCol {
			dateCol, most = c, n
		}
	}
	if dateCol < 0 {
		return nil, 0
	}
	opAt := func(cells []string) bool { return kindOf(cell(cells, dateCol)) == cellDate && isOperation(cells) }
	first := -1 // the first line dated in that column: an operation, or a bad one that parsing will report
	for i := range rows[:min(len(rows), maxProbe+1)] {
		if kindOf(cell(rows[i].Cells, dateCol)) == cellDate {
			first = i
			break
		}
	}
	if first < 0 {
		return nil, 0
	}
	// A line of titles right above the operations is a header: the file is not headerless.
	if first > 0 {
		above, filled := rows[first-1].Cells, 0
		titles := true
		for _, c := range above {
			switch kindOf(c) {
			case cellText:
				filled++
			case cellDate, cellAmount:
				titles = false
			}
		}
		if titles && filled >= 2 {
			return nil, 0
		}
	}
	body := rows[first:]
	width := 0
	for _, r := range body {
		width = max(width, len(r.Cells))
	}
	var ops [][]string
	for _, r := range body {
		if opAt(r.Cells) {
			ops = append(ops, r.Cells)
		}
	}
	if len(ops) == 0 || float64(len(ops)) < 0.6*float64(len(body)) {
		return nil, 0
	}
	type stats struct{ dates, amounts, texts, filled, length int }
	cols := make([]stats, width)
	for _, r := range ops {
		for c, v := range r {
			switch kindOf(v) {
			case cellDate:
				cols[c].dates++
			case cellAmount:
				cols[c].amounts++
			case cellText:
				cols[c].texts++
				cols[c].length += len([]rune(v))
			}
			if strings.TrimSpace(v) != "" {
				cols[c].filled++
			}
		}
	}
	n := float64(len(ops))
	m := Unmapped()
	for c := range cols {
		if float64(cols[c].dates) >= headerlessShare*n {
			if m.Date < 0 {
				m.Date = c
			} else if m.ValueDate < 0 {
				m.ValueDate = c
			}
		}
	}
	if m.Date < 0 {
		return nil, 0
	}
	// Amount columns: every filled cell an amount.
	var amountCols []int
	for c := range cols {
		if c != m.Date && c != m.ValueDate && cols[c].amounts > 0 && cols[c].amounts == cols[c].filled {
			amountCols = append(amountCols, c)
		}
	}
	// A débit and a crédit column: never both filled, together on (almost) every line.
	for i := 0; i < len(amountCols) && m.Debit < 0; i++ {
		for j := i + 1; j < len(amountCols); j++ {
			a, b := amountCols[i], amountCols[j]
			both, either := 0, 0
			for _, r := range ops {
				fa, fb := cell(r, a) != "", cell(r, b) != ""
				if fa && fb {
					both++
				}
				if fa || fb {
					either++
				}
			}
			if both == 0 && float64(either) >= headerlessShare*n && cols[a].filled < len(ops) && cols[b].filled < len(ops) {
				m.Debit, m.Credit = a, b // French exports put the débit first
				break
			}
		}
	}
	if m.Debit < 0 {
		for _, c := range amountCols {
			if float64(cols[c].amounts) >= headerlessShare*n {
				m.Amount = c // the first full column: a balance, when there is one, comes after the amount
				break
			}
		}
	}
	if m.Amount < 0 && m.Debit < 0 {
		return nil, 0
	}
	for c := range cols {
		if c == m.Date || c == m.ValueDate || c == m.Amount || c == m.Debit || c == m.Credit {
			continue
		}
		if float64(cols[c].texts) >= 0.5*n && (m.Label < 0 || cols[c].length > cols[m.Label].length) {
			m.Label = c
		}
	}
	if m.Label < 0 {
		return nil, 0
	}
	m.Preset = "sans-en-tete"
	loc := &located{mapping: m, preset: true, skip: skip, encoding: tab.Encoding, separator: tab.Separator, headerless: true, width: width}
	loc.headers = columnNames(width, m)
	for _, r := range body {
		r.Line += skip
		loc.rows = append(loc.rows, r)
	}
	end := min(loc.rows[0].Line-1, 40)
	lines := strings.SplitN(toUTF8(data[:min(len(data), 8192)]), "\n", end+1)
	loc.title = lines[:min(len(lines), end)]
	return loc, len(ops)
}

func cell(r []string, i int) string {
	if i < 0 || i >= len(r) {
		return ""
	}
	return strings.TrimSpace(r[i])
}

// columnNames names the columns of a file without header: what they were found to hold, else their number.
func columnNames(width int, m CSVMapping) []string {
	out := make([]string, width)
	for i := range out {
		out[i] = fmt.Sprintf("Colonne %d", i+1)
	}
	for _, f := range fieldNames {
		if i := *m.field(f); i >= 0 && i < width {
			out[i] = fieldLabels[f]
		}
	}
	return out
}

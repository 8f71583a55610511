package importer

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"relance/backend"
)

// What a cell may hold before its field reads it: no control characters (ESC, BEL, NUL…) and no bidirectional
// overrides (U+202A–U+202E, U+2066–U+2069, which show « 0001-FC » as « CF-1000 » in a list), no line break
// outside the fields that are text over several lines (a quote badly closed joins lines into one cell), and a
// length that fits the field. Errors quote at most the first maxQuoted characters of the value.

// maxQuoted is how much of a bad value an error shows.
const maxQuoted = 80

// cellLimits are the longest values, in characters, of the fields that are not the default's.
var cellLimits = map[string]int{
	"client_code": 50, "number": 60, "invoice_number": 60, "name": 200,
	"siren": 20, FieldSIRET: 20, "vat_number": 20, "email": 254, "phone": 40,
	"address": 500, "postal_code": 20, "city": 100, "country": 60, "segment": 100, "language": 20, "type": 40, "legal_form": 80, "late_payment_rate": 20,
	"issue_date": 40, "due_date": 40, "date": 40,
	"amount_excl_tax": 40, "vat_amount": 40, "amount_incl_tax": 40, "amount_paid": 40, FieldAmountDue: 40, "amount": 40,
	"currency": 20, "payment_method": 40, "method": 40, FieldStatus: 40, "reference": 200,
}

const defaultCellLimit = 200

// multiline are the fields whose text may run over several lines.
var multiline = map[string]bool{"address": true}

// cellColumns lists the mapped columns, in file order, for the checks of every row.
func (p *parser) cellColumns() []column {
	var out []column
	for key, idx := range p.m {
		if idx >= 0 {
			out = append(out, column{key: key, idx: idx})
		}
	}
	slices.SortFunc(out, func(a, b column) int { return a.idx - b.idx })
	return out
}

// checkCells refuses the unsafe cells of the current row; such a cell is then read as empty, so that the field's
// own reading reports nothing more about it.
func (p *parser) checkCells() {
	copied := false
	for _, c := range p.cols {
		v := p.get(c)
		if back := backend.FromSpreadsheetText(v); back != v { // a text cell of an --excel export
			if !copied {
				p.row.Cells, copied = slices.Clone(p.row.Cells), true
			}
			p.row.Cells[c.idx], v = back, back
		}
		if v == "" || plainCell(v, c.key) {
			continue
		}
		msg := cellProblem(c.key, v)
		if msg == "" {
			continue
		}
		p.fail(c, msg)
		if !copied {
			p.row.Cells, copied = slices.Clone(p.row.Cells), true
		}
		p.row.Cells[c.idx] = ""
	}
}

func limitOf(key string) int {
	if n, ok := cellLimits[key]; ok {
		return n
	}
	return defaultCellLimit
}

// plainCell is the fast path: printable ASCII within the limit.
func plainCell(v, key string) bool {
	if len(v) > limitOf(key) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// cellProblem says what is wrong with a cell ("" when nothing is).
func cellProblem(key, v string) string {
	for _, r := range v {
		switch {
		case r == '\n' || r == '\r':
			if !multiline[key] {
				return "retour à la ligne interdit dans ce champ (un guillemet mal fermé a peut-être réuni plusieurs lignes du fichier en une seule cellule)"
			}
		case r == utf8.RuneError:
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("caractère de contrôle invisible (U+%04X) interdit : « %s »", r, quoteCell(v))
		case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("caractère invisible d'inversion du sens du texte (U+%04X) interdit : « %s »", r, quoteCell(v))
		}
	}
	if n, limit := utf8.RuneCountInString(v), limitOf(key); n > limit {
		return fmt.Sprintf("valeur trop longue (%d caractères, au plus %d) : « %s »", n, limit, quoteCell(v))
	}
	return ""
}

// quoteCell shows a value in a message: its first maxQuoted characters, invisible ones written as ⟨U+XXXX⟩.
func quoteCell(v string) string {
	out := make([]rune, 0, min(len(v), maxQuoted))
	for _, r := range v {
		if len(out) >= maxQuoted {
			return string(out) + "…"
		}
		switch {
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
			out = append(out, []rune(fmt.Sprintf("⟨U+%04X⟩", r))...)
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// clipValue is the Value of a RowError: the cell as read, cut to maxQuoted characters.
func clipValue(v string) string { return backend.Excerpt(v, maxQuoted) }

package bank

import (
	"bytes"
	"regexp"
	"strings"
	"time"
	"unicode/utf16"

	"relance/backend"
	"relance/backend/importer"
)

// maxProbe is how many lines above the header Parse is ready to drop when the file does not decode into a
// recognisable header: account details, a period, a balance written above the columns by many banks.
const maxProbe = 12

// located is a CSV file cut at its header line.
type located struct {
	headers   []string
	rows      []importer.Row // the data rows, with the line numbers of the original file
	width     int            // the widest of the header and the rows
	mapping   CSVMapping     // what the header suggests
	preset    bool           // the header is a known bank export
	skip      int            // lines dropped before decoding
	title     []string       // the text lines above the first data row, for the account number
	encoding  string
	separator rune
	// headerless: the file has no header line (older BNP Paribas, Crédit Agricole exports…): headers are the
	// columns' names made up from the preset, and the first data row is a real operation.
	headerless bool
}

// CSVPreview is what a mapping screen shows of a CSV file: its header, a few rows and the suggested mapping.
type CSVPreview struct {
	Headers    []string   `json:"headers"`
	Rows       [][]string `json:"rows"` // the first data rows, at most 5
	Mapping    CSVMapping `json:"mapping"`
	Recognised bool       `json:"recognised"` // the headers are those of a Preset: Parse needs no mapping
	Encoding   string     `json:"encoding"`
	Separator  string     `json:"separator"`
}

// PreviewCSV finds the header line of a bank CSV file (skipping the lines some banks put above it) and suggests
// a mapping for it; the column indexes of the mapping are those of Headers.
func PreviewCSV(name string, data []byte) (CSVPreview, error) {
	loc, err := locate(name, data, 0)
	if err != nil {
		return CSVPreview{}, err
	}
	p := CSVPreview{Headers: loc.headers, Mapping: loc.mapping, Recognised: loc.preset, Encoding: loc.encoding,
		Separator: string(loc.separator)}
	p.Mapping.SkipRows = loc.skip
	for _, r := range loc.rows[:min(len(loc.rows), 5)] {
		p.Rows = append(p.Rows, r.Cells)
	}
	return p, nil
}

func parseCSV(name string, data []byte, m *CSVMapping) (Statement, error) {
	skip := 0
	if m != nil {
		if m.SkipRows < 0 || m.SkipRows > 1000 {
			return Statement{}, invalid("%s : nombre de lignes à ignorer « %d » invalide", name, m.SkipRows)
		}
		skip = m.SkipRows
	}
	loc, err := locate(name, data, skip)
	if err != nil {
		return Statement{}, err
	}
	mapping := loc.mapping
	if m != nil {
		mapping = *m
	} else if !loc.preset && loc.headerless {
		return Statement{}, invalid("%s : ni ligne de titres ni disposition de banque reconnue : indiquez quelles colonnes contiennent la date, le libellé et le montant",
			name)
	} else if !loc.preset {
		return Statement{}, invalid("%s : colonnes non reconnues (%s) : indiquez quelles colonnes contiennent la date, le libellé et le montant",
			name, quoteList(loc.headers, 6))
	}
	if err := mapping.validate(name, loc.headers, loc.width); err != nil {
		return Statement{}, err
	}
	account := sniffAccount(loc.title)
	status := statusColumn(loc.headers)
	dateHeader := ""
	if mapping.Date < len(loc.headers) {
		dateHeader = fold(loc.headers[mapping.Date])
	}
	// column names a column in messages: its header as the bank writes it, else what it holds.
	column := func(i int, field string) string {
		if i >= 0 && i < len(loc.headers) && !loc.headerless {
			if h := cleanText(loc.headers[i]); h != "" {
				return clip(h)
			}
		}
		return fieldLabels[field]
	}
	st := Statement{Format: FormatCSV}
	for _, r := range loc.rows {
		cell := func(i int) string {
			if i < 0 || i >= len(r.Cells) {
				return ""
			}
			return strings.TrimSpace(r.Cells[i])
		}
		if status >= 0 && skippedStatus(cell(status)) {
			continue
		}
		dateText, amountText, debitText, creditText := cell(mapping.Date), cell(mapping.Amount), cell(mapping.Debit), cell(mapping.Credit)
		// An amount may carry its currency ("2 088,00 CHF"): it must agree with the currency column, if any.
		var written string
		for _, p := range []*string{&amountText, &debitText, &creditText} {
			if rest, c := amountCurrency(*p); c != "" {
				*p, written = rest, c
			}
		}
		noAmount := amountText == "" && debitText == "" && creditText == ""
		if dateText == "" {
			if noAmount {
				continue // a blank or continuation line
			}
			return Statement{}, invalid("%s, ligne %d : date manquante", name, r.Line)
		}
		if f := fold(dateText); f == dateHeader || isSummary(f) {
			continue // a repeated header, a balance or a total written below the operations
		}
		booked, err := parseCSVDate(dateText, mapping.DateLayout)
		if err != nil {
			return Statement{}, invalid("%s, ligne %d : %s", name, r.Line, backend.ErrorMessage(err))
		}
		t := Transaction{Account: account, BookedOn: booked, Line: r.Line, Currency: "EUR"}
		if v := cell(mapping.ValueDate); v != "" {
			if t.ValueDate, err = parseCSVDate(v, mapping.DateLayout); err != nil {
				return Statement{}, invalid("%s, ligne %d : date de valeur : %s", name, r.Line, backend.ErrorMessage(err))
			}
		}
		if noAmount {
			return Statement{}, invalid("%s, ligne %d : montant manquant", name, r.Line)
		}
		if mapping.Amount >= 0 {
			if t.Amount, err = csvAmount(name, r.Line, column(mapping.Amount, "amount"), amountText); err != nil {
				return Statement{}, err
			}
		} else {
			debit, err := csvAmount(name, r.Line, column(mapping.Debit, "debit"), debitText)
			if err != nil {
				return Statement{}, err
			}
			credit, err := csvAmount(name, r.Line, column(mapping.Credit, "credit"), creditText)
			if err != nil {
				return Statement{}, err
			}
			t.Amount = abs(credit) - abs(debit)
		}
		c, ok := currency(cell(mapping.Currency))
		switch {
		case !ok:
			return Statement{}, invalid("%s, ligne %d, colonne « %s » : devise « %s » inconnue : attendu un code ISO 4217 comme EUR, CHF ou USD",
				name, r.Line, column(mapping.Currency, "currency"), clip(cell(mapping.Currency)))
		case c != "" && written != "" && c != written:
			return Statement{}, invalid("%s, ligne %d : le montant est en %s mais la colonne « %s » indique %s", name, r.Line, written,
				column(mapping.Currency, "currency"), c)
		case c != "":
			t.Currency = c
		case written != "":
			t.Currency = written
		}
		t.Label = joinText(cell(mapping.Label), cell(mapping.Detail))
		if loc.headerless && mapping.Label >= 0 && t.Label == "" {
			continue // a file without titles ends with its balance: a date and an amount, no label
		}
		t.Reference = cleanText(cell(mapping.Reference))
		t.Payer = cleanText(cell(mapping.Payer))
		t.Key = cleanText(cell(mapping.ID))
		st.Transactions = append(st.Transactions, t)
	}
	return st, nil
}

func abs(c backend.Cents) backend.Cents {
	if c < 0 {
		return -c
	}
	return c
}

// csvAmount reads the amount of a cell, and says what is wrong with it naming the line and the column.
func csvAmount(name string, line int, col, s string) (backend.Cents, error) {
	if s == "" {
		return 0, nil
	}
	v, ok := parseCSVAmount(s)
	switch {
	case ok:
		return v, nil
	case tooPrecise(s):
		return 0, invalid("%s, ligne %d, colonne « %s » : montant « %s » trop précis : au plus deux décimales, par exemple -1 234,56", name, line, col, clip(s))
	}
	if _, err := backend.ParseAmount(s); err != nil && strings.Contains(backend.ErrorMessage(err), "trop grand") {
		return 0, invalid("%s, ligne %d, colonne « %s » : montant « %s » trop grand : au plus %s par opération", name, line, col, clip(s), backend.FormatEUR(backend.MaxAmount))
	}
	return 0, invalid("%s, ligne %d, colonne « %s » : montant « %s » illisible : attendu un nombre comme -1 234,56", name, line, col, clip(s))
}

// clip quotes at most the first 80 characters of a bad value in a message.
func clip(s string) string { return backend.Excerpt(strings.TrimSpace(s), 80) }

// parseCSVAmount reads the amounts of bank exports ("1 234,56", "-45,00", "+1.234,56", "1234.56", "45,00-",
// "1 234,56 €") and refuses what backend.ParseAmount would misread, such as "12,3,4".
func parseCSVAmount(s string) (backend.Cents, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\u2212", "-")
	neg := false
	if len(s) > 1 && strings.HasSuffix(s, "-") && !strings.HasPrefix(s, "-") {
		neg, s = true, strings.TrimSpace(s[:len(s)-1])
	}
	var digits []byte
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == '.' || c == ',' {
			digits = append(digits, c)
		}
	}
	if dec := bytes.LastIndexAny(digits, ".,"); dec >= 0 {
		mark, after, before := digits[dec], len(digits)-dec-1, digits[:dec]
		if after == 1 || after == 2 {
			if bytes.IndexByte(before, mark) >= 0 {
				return 0, false // the decimal mark repeats: "12,3,4"
			}
			other := byte(',')
			if mark == ',' {
				other = '.'
			}
			if bytes.IndexByte(before, other) >= 0 && !grouped(before, other) {
				return 0, false // "1.23,45"
			}
		}
	}
	v, err := backend.ParseAmount(s)
	if err != nil {
		return 0, false
	}
	if neg {
		v = -v
	}
	return v, true
}

// grouped reports digits separated by sep in groups of three after a first group of one to three.
func grouped(b []byte, sep byte) bool {
	parts := bytes.Split(b, []byte{sep})
	if len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

func parseCSVDate(s, layout string) (backend.Date, error) {
	if layout == "" {
		return backend.ParseDate(s)
	}
	t, err := time.Parse(layout, s)
	if err != nil && !strings.ContainsAny(layout, " T") {
		if i := strings.IndexAny(s, " T"); i > 0 {
			t, err = time.Parse(layout, s[:i])
		}
	}
	if err != nil {
		return 0, invalid("date « %s » invalide : attendu au format %s", s, layoutExample(layout))
	}
	return backend.NewDate(t.Year(), t.Month(), t.Day()), nil
}

func layoutExample(layout string) string {
	return strings.NewReplacer("2006", "AAAA", "06", "AA", "01", "MM", "02", "JJ").Replace(layout)
}

// currency reads a currency cell: an ISO 4217 code or a sign people write for the usual ones; ok is false for
// anything else (a line of a statement in an unknown currency is refused, never taken as euros).
func currency(s string) (string, bool) {
	u := strings.ToUpper(strings.TrimSpace(s))
	switch u {
	case "":
		return "", true
	case "€", "EUR", "EURO", "EUROS":
		return "EUR", true
	case "$", "US$", "$US", "DOLLAR", "DOLLARS":
		return "USD", true
	case "£", "GBP£", "LIVRE", "LIVRES":
		return "GBP", true
	case "FS", "SFR", "CHF.", "FR.", "FRANCS SUISSES":
		return "CHF", true
	case "¥", "YEN":
		return "JPY", true
	}
	if isCurrencyCode(u) {
		return u, true
	}
	return "", false
}

// amountCurrency splits an ISO code written with the amount ("2 088,00 CHF", "USD 1,234.56"); "" when none.
func amountCurrency(s string) (string, string) {
	s = strings.TrimSpace(s)
	if len(s) > 4 {
		if c := s[len(s)-3:]; isCurrencyCode(c) && c != "EUR" && (s[len(s)-4] == ' ' || s[len(s)-4] >= '0' && s[len(s)-4] <= '9') {
			return strings.TrimSpace(s[:len(s)-3]), c
		}
		if c := s[:3]; isCurrencyCode(c) && c != "EUR" && (s[3] == ' ' || s[3] >= '0' && s[3] <= '9' || s[3] == '-') {
			return strings.TrimSpace(s[3:]), c
		}
	}
	return s, ""
}

// isSummary recognises the balance and total lines some banks write below (or between) the operations.
func isSummary(folded string) bool {
	for _, p := range []string{"solde", "total", "sous total", "report", "nouveau solde", "ancien solde", "montant"} {
		if strings.HasPrefix(folded, p) {
			return true
		}
	}
	return false
}

// statusColumn finds a status column (Qonto, Shine): declined or pending operations never reached the account.
func statusColumn(headers []string) int {
	for i, h := range headers {
		switch fold(h) {
		case "status", "statut", "etat", "state":
			return i
		}
	}
	return -1
}

func skippedStatus(s string) bool {
	switch fold(s) {
	case "declined", "canceled", "cancelled", "reversed", "rejected", "pending", "refusee", "refuse", "annulee",
		"annule", "rejetee", "en attente", "en cours":
		return true
	}
	return false
}

// validate checks a mapping against the file's columns.
func (m *CSVMapping) validate(name string, headers []string, width int) error {
	if m.Date < 0 {
		return invalid("%s : choisissez la colonne qui contient la date de l'opération", name)
	}
	if m.Amount < 0 && m.Debit < 0 && m.Credit < 0 {
		return invalid("%s : choisissez la colonne du montant, ou celles du débit et du crédit", name)
	}
	if m.Amount >= 0 && (m.Debit >= 0 || m.Credit >= 0) {
		return invalid("%s : choisissez soit une colonne Montant, soit des colonnes Débit et Crédit, pas les deux", name)
	}
	used := map[int]string{}
	for _, f := range fieldNames {
		i := *m.field(f)
		if i < 0 {
			continue
		}
		if i >= width {
			return invalid("%s : la colonne n° %d choisie pour « %s » n'existe pas (le fichier en a %d)", name, i+1, fieldLabels[f], width)
		}
		if other, dup := used[i]; dup {
			col := ""
			if i < len(headers) {
				col = " « " + headers[i] + " »"
			}
			return invalid("%s : « %s » et « %s » ne peuvent pas lire la même colonne (n° %d%s)", name, fieldLabels[other], fieldLabels[f], i+1, col)
		}
		used[i] = f
	}
	return nil
}

// locate decodes the file (any encoding and separator, through importer.Decode) and finds its header: the
// first line that is a known bank export's header, else the first that names a date and an amount, else
// Decode's choice. When a recognisable header only appears after dropping lines (title lines that fooled the
// separator detection or the header detection of Decode), those lines are dropped.
func locate(name string, data []byte, skip int) (*located, error) {
	data = utf16ToUTF8(data)
	var (
		fallback *located
		firstErr error
	)
	for k := skip; k <= skip+maxProbe; k++ {
		d, ok := dropLines(data, k)
		if !ok {
			break
		}
		tab, err := importer.Decode(name, d)
		if err != nil {
			if k == skip {
				firstErr = err
			}
			continue
		}
		recs := make([]importer.Row, 0, len(tab.Rows)+1)
		recs = append(recs, importer.Row{Cells: tab.Headers})
		recs = append(recs, tab.Rows...)
		h, m, preset := findHeader(recs)
		if h < 0 {
			if k == skip {
				fallback = build(data, tab, recs, 0, guessMapping(tab.Headers), false, k)
			}
			continue
		}
		return build(data, tab, recs, h, m, preset, k), nil
	}
	// No header line: a bank export that starts with its operations (older BNP Paribas, LCL…).
	if loc := headerless(name, data, skip); loc != nil {
		return loc, nil
	}
	if fallback != nil {
		return fallback, nil
	}
	// Records without any header or known layout: columns by number, for the user to map. The importer's
	// message (which speaks of client codes) is never shown for a bank file.
	if loc := untitled(name, data, skip); loc != nil {
		return loc, nil
	}
	if firstErr == nil {
		firstErr = invalid("le fichier %s ne contient aucune ligne", name)
	}
	return nil, firstErr
}

func build(data []byte, tab *importer.Table, recs []importer.Row, h int, m CSVMapping, preset bool, skip int) *located {
	l := &located{headers: recs[h].Cells, mapping: m, preset: preset, skip: skip, encoding: tab.Encoding, separator: tab.Separator}
	l.width = len(l.headers)
	for _, r := range recs[h+1:] {
		r.Line += skip
		l.rows = append(l.rows, r)
		l.width = max(l.width, len(r.Cells))
	}
	end := 40
	if len(l.rows) > 0 {
		end = l.rows[0].Line - 1
	}
	lines := strings.SplitN(toUTF8(data[:min(len(data), 8192)]), "\n", min(end, 40)+1)
	l.title = lines[:min(len(lines), end, 40)]
	return l
}

// findHeader returns the index of the header among the first records: a preset's header first, else a line
// whose words name a date and an amount.
func findHeader(recs []importer.Row) (int, CSVMapping, bool) {
	n := min(len(recs), 30)
	for i := range n {
		if m, ok := matchPreset(recs[i].Cells); ok {
			return i, m, true
		}
	}
	for i := range n {
		if looksLikeHeader(recs[i].Cells) {
			return i, guessMapping(recs[i].Cells), false
		}
	}
	return -1, CSVMapping{}, false
}

func dropLines(data []byte, k int) ([]byte, bool) {
	for ; k > 0; k-- {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			return nil, false
		}
		data = data[i+1:]
	}
	return data, len(bytes.TrimSpace(data)) > 0
}

// utf16ToUTF8 converts a UTF-16 file with a byte order mark to UTF-8 (with a BOM), so that lines can be dropped.
func utf16ToUTF8(data []byte) []byte {
	var be bool
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		be = true
	default:
		return data
	}
	data = data[2:]
	u := make([]uint16, len(data)/2)
	for i := range u {
		if be {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return append([]byte("\xef\xbb\xbf"), string(utf16.Decode(u))...)
}

var (
	ibanPattern  = regexp.MustCompile(`\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b`)
	accountToken = regexp.MustCompile(`[0-9A-Z]{7,34}`)
)

// sniffAccount finds the account in the lines above the operations: an IBAN, else a number on a line that
// speaks of an account ("Numéro de compte : 04123456789", "Compte de chèques n° 00012345678").
func sniffAccount(lines []string) string {
	for _, l := range lines {
		for _, c := range ibanPattern.FindAllString(strings.ToUpper(l), -1) {
			if iban := strings.ReplaceAll(c, " ", ""); validIBAN(iban) {
				return iban
			}
		}
	}
	for _, l := range lines {
		if !strings.Contains(fold(l), "compte") {
			continue
		}
		for _, tok := range accountToken.FindAllString(strings.ToUpper(l), -1) {
			digits := 0
			for _, r := range tok {
				if r >= '0' && r <= '9' {
					digits++
				}
			}
			if digits >= 7 {
				return tok
			}
		}
	}
	return ""
}

// validIBAN checks the ISO 13616 check digits.
func validIBAN(s string) bool {
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	r := 0
	for _, c := range s[4:] + s[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		default:
			return false
		}
	}
	return r == 1
}

func quoteList(items []string, n int) string {
	var out []string
	for _, s := range items {
		if s == "" {
			continue
		}
		if len(out) == n {
			out = append(out, "…")
			break
		}
		out = append(out, "« "+s+" »")
	}
	return strings.Join(out, ", ")
}

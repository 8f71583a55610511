// Package bank reads bank statements — the CSV exports of French banks, OFX (1.x SGML and 2.x XML, QFX) and
// ISO 20022 CAMT.053 — into transactions with a stable key, so that importing overlapping statements twice
// never counts a line twice.
//
// Parsing is all or nothing: a file with one unreadable line is refused with a message that names the file and
// the line (or the CAMT entry), and a file without any operation is refused too. Nothing here touches the store.
package bank

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"relance/backend"
)

// Format is the kind of a statement file.
type Format string

const (
	FormatCSV     Format = "csv"
	FormatOFX     Format = "ofx"
	FormatCAMT053 Format = "camt053"
)

// Transaction is one line of a statement.
type Transaction struct {
	// Key is stable across overlapping imports of the same statement lines: the bank's own id (OFX FITID, CAMT
	// AcctSvcrRef / EndToEndId / NtryRef, a CSV transaction id column) when there is one, else a hash of the
	// account, date, amount, normalised label and the rank of the line among identical ones of that day.
	Key       string        `json:"key"`
	Account   string        `json:"account"` // IBAN or account id when known
	BookedOn  backend.Date  `json:"bookedOn" ts_type:"string"`
	ValueDate backend.Date  `json:"valueDate,omitempty" ts_type:"string"`
	Amount    backend.Cents `json:"amount"` // positive = credit (money in), negative = debit
	Currency  string        `json:"currency"`
	Label     string        `json:"label"`               // libellé, remittance information
	Reference string        `json:"reference,omitempty"` // structured creditor reference (RF…) or end-to-end id
	Payer     string        `json:"payer,omitempty"`     // the counterparty's name when the format gives it
	Line      int           `json:"line"`                // source line (CSV, OFX) or entry number (CAMT)
}

// Statement is a parsed file.
type Statement struct {
	Format       Format        `json:"format"`
	Account      string        `json:"account"` // the account of every transaction, "" when they differ or it is unknown
	Transactions []Transaction `json:"transactions"`
}

// Detect tells the format of a file from its content, then from its extension; CSV when nothing else fits.
func Detect(name string, data []byte) Format {
	head := sniffText(data, 4096)
	upper := strings.ToUpper(head)
	trimmed := strings.TrimLeft(upper, " \t\r\n")
	switch {
	case strings.HasPrefix(trimmed, "OFXHEADER"), strings.Contains(upper, "<OFX>"), strings.Contains(upper, "<?OFX "):
		return FormatOFX
	case strings.Contains(head, "BkToCstmrStmt"), strings.Contains(head, "camt.053"):
		return FormatCAMT053
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ofx", ".qfx":
		return FormatOFX
	case ".xml", ".camt", ".053":
		return FormatCAMT053
	}
	if strings.HasPrefix(trimmed, "<?XML") || strings.HasPrefix(trimmed, "<DOCUMENT") {
		return FormatCAMT053 // any other XML gets the CAMT parser's explanation of what it expected
	}
	return FormatCSV
}

// Parse reads a statement. m is the column mapping of a CSV file; nil for OFX and CAMT, and for a CSV file whose
// headers match one of the Presets.
func Parse(name string, data []byte, m *CSVMapping) (Statement, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Statement{}, backend.Errorf(backend.EINVALID, "le fichier %s est vide", name)
	}
	return parseAs(Detect(name, data), name, data, m)
}

// parseAs parses a file known to be of format f.
func parseAs(f Format, name string, data []byte, m *CSVMapping) (Statement, error) {
	var (
		st  Statement
		err error
	)
	switch f {
	case FormatOFX:
		st, err = parseOFX(name, data)
	case FormatCAMT053:
		st, err = parseCAMT(name, data)
	default:
		st, err = parseCSV(name, data, m)
	}
	if err != nil {
		return Statement{}, err
	}
	if len(st.Transactions) == 0 {
		return Statement{}, backend.Errorf(backend.EINVALID, "%s : aucune opération trouvée dans ce relevé", name)
	}
	for _, t := range st.Transactions {
		if !isCurrencyCode(t.Currency) {
			return Statement{}, backend.Errorf(backend.EINVALID, "%s, %s : devise « %s » invalide : attendu un code ISO 4217 comme EUR, CHF ou USD",
				name, where(f, t.Line), backend.Excerpt(t.Currency, 20))
		}
		if msg := precisionError(t); msg != "" {
			return Statement{}, backend.Errorf(backend.EINVALID, "%s, %s : %s", name, where(f, t.Line), msg)
		}
		if t.Amount > backend.MaxAmount || t.Amount < -backend.MaxAmount {
			return Statement{}, backend.Errorf(backend.EINVALID, "%s, %s : montant %s trop grand : au plus %s par opération",
				name, where(f, t.Line), backend.FormatNumber(t.Amount), backend.FormatEUR(backend.MaxAmount))
		}
	}
	finishKeys(st.Transactions)
	st.Account = commonAccount(st.Transactions)
	return st, nil
}

// where names a transaction's place in its file: a line, or an entry of a CAMT statement.
func where(f Format, line int) string {
	if f == FormatCAMT053 {
		return fmt.Sprintf("écriture n° %d", line)
	}
	return fmt.Sprintf("ligne %d", line)
}

// sniffText returns the beginning of the file as text (UTF-16 and BOMs handled) for format detection.
func sniffText(data []byte, n int) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[:min(len(data), 2*n)])
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return string(data[:min(len(data), n)])
}

func decodeUTF16(data []byte) string {
	be := bytes.HasPrefix(data, []byte("\xfe\xff"))
	data = data[2:]
	var b strings.Builder
	for i := 0; i+1 < len(data); i += 2 {
		u := uint16(data[i+1])<<8 | uint16(data[i])
		if be {
			u = uint16(data[i])<<8 | uint16(data[i+1])
		}
		b.WriteRune(rune(u)) // surrogates become U+FFFD: enough to read tags and headers
	}
	return b.String()
}

// toUTF8 returns the text of a file that is UTF-8 or, failing that, Windows-1252 (which covers ISO-8859-1).
func toUTF8(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\ufffd")
	}
	return string(out)
}

// hashKey is the key of a line without a bank id.
func hashKey(account string, d backend.Date, amount backend.Cents, label string, occurrence int) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%d|%s|%d", strings.ToUpper(strings.ReplaceAll(account, " ", "")), d.String(), int64(amount), fold(label), occurrence)
	return hex.EncodeToString(h.Sum(nil))[:24]
}

// assignHashKeys gives a key to every transaction that has none: the rank among identical lines (same day,
// amount and label) keeps two real coffees of the same day apart, and is the same in any statement that holds
// the whole day.
func assignHashKeys(ts []Transaction) {
	seen := map[string]int{}
	for i := range ts {
		t := &ts[i]
		if t.Key != "" {
			continue
		}
		id := fmt.Sprintf("%s|%d|%d|%s", t.Account, t.BookedOn, t.Amount, fold(t.Label))
		n := seen[id]
		seen[id] = n + 1
		t.Key = hashKey(t.Account, t.BookedOn, t.Amount, t.Label, n)
	}
}

// finishKeys hashes lines without a bank id and keeps keys unique within the file: a bank id repeated (an
// end-to-end id reused by a payer) gets a rank suffix, deterministic for the same file.
func finishKeys(ts []Transaction) {
	assignHashKeys(ts)
	seen := map[string]int{}
	for i := range ts {
		k := ts[i].Key
		n := seen[k]
		seen[k] = n + 1
		if n > 0 {
			ts[i].Key = k + "~" + strconv.Itoa(n+1)
		}
	}
}

func commonAccount(ts []Transaction) string {
	acc := ts[0].Account
	for _, t := range ts[1:] {
		if t.Account != acc {
			return ""
		}
	}
	return acc
}

// fold lowers case, removes accents and turns every run of punctuation or spaces into one space.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		rep := foldRune(r)
		if rep == "" {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(rep)
	}
	return b.String()
}

func foldRune(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	case r >= 'A' && r <= 'Z':
		return string(r + 'a' - 'A')
	case r < utf8.RuneSelf:
		return ""
	}
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'å':
		return "a"
	case 'ç':
		return "c"
	case 'é', 'è', 'ê', 'ë':
		return "e"
	case 'î', 'ï', 'í', 'ì':
		return "i"
	case 'ô', 'ö', 'ó', 'ò', 'õ':
		return "o"
	case 'ù', 'û', 'ü', 'ú':
		return "u"
	case 'ÿ', 'ý':
		return "y"
	case 'ñ':
		return "n"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	case 'ß':
		return "ss"
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(r)
	}
	return ""
}

// cleanText collapses runs of white space (line breaks inside a quoted CSV cell, OFX indentation) into one space,
// and drops control characters and the invisible bidirectional overrides (U+202A–U+202E, U+2066–U+2069) a payer
// could put in a transfer's label to make it read otherwise on screen.
func cleanText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// joinText joins the non-empty parts, leaving out a part already contained in what is kept.
func joinText(parts ...string) string {
	var kept []string
	for _, p := range parts {
		p = cleanText(p)
		if p == "" {
			continue
		}
		dup := false
		for i, k := range kept {
			if strings.Contains(k, p) {
				dup = true
				break
			}
			if strings.Contains(p, k) {
				kept[i], dup = p, true
				break
			}
		}
		if !dup {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " / ")
}

// parseDecimal reads the amounts of OFX and CAMT: an optional sign, digits, and a '.' or ',' decimal mark.
// Decimals beyond the cent are accepted only when they are zeros ("12.3400").
func parseDecimal(s string) (backend.Cents, bool) {
	s = strings.TrimSpace(s)
	neg := false
	switch {
	case strings.HasPrefix(s, "-"):
		neg, s = true, s[1:]
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexAny(s, ".,"); i >= 0 {
		intPart, frac = s[:i], s[i+1:]
		if frac == "" {
			return 0, false
		}
	}
	if intPart == "" && frac == "" {
		return 0, false
	}
	if intPart == "" {
		intPart = "0"
	}
	if len(intPart) > 15 || !allDigits(intPart) || !allDigits(frac) {
		return 0, false
	}
	for len(frac) > 2 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	if len(frac) > 2 {
		return 0, false
	}
	for len(frac) < 2 {
		frac += "0"
	}
	units, _ := strconv.ParseInt(intPart, 10, 64)
	cents, _ := strconv.ParseInt(frac, 10, 64)
	v := backend.Cents(units*100 + cents)
	if neg {
		v = -v
	}
	return v, true
}

// tooPrecise reports an amount written with more than two decimals ("12,345", "1234.567"): refused as « trop
// précis » rather than « illisible », since the number itself is readable.
func tooPrecise(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "-"))
	s = strings.TrimLeft(s, "+-−")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "€"), "EUR"))
	dec := strings.LastIndexAny(s, ".,")
	if dec < 0 || len(s)-dec-1 < 3 || !allDigits(s[dec+1:]) {
		return false
	}
	for _, r := range s[:dec] {
		switch {
		case r >= '0' && r <= '9', r == '.', r == ',', r == ' ', r == '\u00a0', r == '\u202f', r == '\'':
		default:
			return false
		}
	}
	return s[:dec] != ""
}

// isCurrencyCode reports three capital letters, the form of an ISO 4217 code.
func isCurrencyCode(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// currencyDecimals is the number of decimals of an ISO 4217 currency: two for most, none for the yen, the won,
// the CFA francs…, three for the dinars of the Gulf and Tunisia (more than a cent: refused as too precise).
func currencyDecimals(ccy string) int {
	switch ccy {
	case "JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "XPF", "PYG", "UGX", "RWF", "KMF", "GNF", "DJF", "VUV":
		return 0
	case "BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD":
		return 3
	}
	return 2
}

// precisionError refuses an amount with cents in a currency without decimals ("1 234,50 JPY").
func precisionError(t Transaction) string {
	if currencyDecimals(t.Currency) == 0 && t.Amount%100 != 0 {
		return fmt.Sprintf("montant %s %s trop précis : le %s n'a pas de décimales", backend.FormatNumber(t.Amount), t.Currency, t.Currency)
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseCompactDate reads yyyymmdd at the start of s (OFX dates: 20260305, 20260305120000.000[+1:CET]).
func parseCompactDate(s string) (backend.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 8 || !allDigits(s[:8]) {
		return 0, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:8])
	return validDate(y, m, d)
}

// parseISODate reads yyyy-mm-dd at the start of s (CAMT Dt and DtTm).
func parseISODate(s string) (backend.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:10]) {
		return 0, false
	}
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	d, _ := strconv.Atoi(s[8:10])
	return validDate(y, m, d)
}

func validDate(y, m, d int) (backend.Date, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	out := backend.Date(y*10000 + m*100 + d)
	if backend.DateFromDayNumber(out.DayNumber()) != out {
		return 0, false
	}
	return out, true
}

func invalid(format string, args ...any) error {
	return backend.Errorf(backend.EINVALID, format, args...)
}

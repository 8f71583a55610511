// Package importer reads the CSV files people already have (exports of Sage, QuickBooks, Pennylane, Axonaut,
// spreadsheets saved by Excel in any of its encodings), maps their columns onto Relance's fields, turns rows
// into domain values with errors that name the line and the column, and writes the canonical exports that read
// back exactly.
//
// The flow is Decode (bytes → Table), Suggest and Validate (headers → Mapping, confirmed by the user), then
// ParseClients, ParseInvoices or ParsePayments (Table + Mapping → rows and RowErrors). Nothing here touches the
// store: resolving client codes and invoice numbers to IDs is the caller's job.
package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding/charmap"

	"relance/backend"
)

// Encoding names reported in Table.Encoding.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 (BOM)"
	EncodingWin1252 = "Windows-1252"
	EncodingUTF16   = "UTF-16"
)

// Table is a decoded CSV file: the header line and the non-empty rows that follow it.
type Table struct {
	Name      string // file name, used in messages
	Encoding  string // one of the Encoding* constants
	Separator rune
	Headers   []string
	Rows      []Row
	lines     int // line breaks in the file + 1: an upper bound of the rows, known before reading them
}

// Row is one record with the 1-based line of the file where it starts, so errors point at what the user sees
// in a text editor (blank lines and multi-line cells included).
type Row struct {
	Line  int
	Cells []string
}

// separators are the candidates, in order of preference when the evidence is equal: French Excel writes ';'.
var separators = [...]byte{';', ',', '\t', '|'}

// Decode reads a CSV file whatever its encoding and separator. Cells and headers are trimmed; rows whose cells
// are all empty (blank lines, Excel's ";;;;" padding) are skipped.
func Decode(name string, data []byte) (*Table, error) {
	r, err := newReader(name, data, true)
	if err != nil {
		return nil, err
	}
	t := r.Head()
	for row := range r.All() {
		t.Rows = append(t.Rows, row)
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	return t, nil
}

// Reader reads a decoded CSV file one row at a time, so that importing a large file never holds all its rows:
// the header is found when it is made, the rows come from Next. It reads what Decode reads.
type Reader struct {
	head  Table
	csv   *csv.Reader
	ahead []Row // rows read while looking for the header
	err   error
}

// NewReader checks and decodes a file as Decode does, and finds its header. The text of a UTF-8 file is data
// itself: data must not change while the reader or its rows are used.
func NewReader(name string, data []byte) (*Reader, error) { return newReader(name, data, false) }

func newReader(name string, data []byte, copied bool) (*Reader, error) {
	t, cr, err := openCSV(name, data, 0, copied)
	if err != nil {
		return nil, err
	}
	r := &Reader{head: *t, csv: cr}
	for len(r.ahead) < headerLook {
		row, ok, err := readRow(name, cr)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		r.ahead = append(r.ahead, row)
	}
	if len(r.ahead) == 0 {
		return nil, backend.Errorf(backend.EINVALID, "le fichier %s ne contient aucune ligne", name)
	}
	h := headerIndex(r.ahead)
	r.head.Headers = r.ahead[h].Cells
	r.head.Headers[0] = strings.TrimPrefix(r.head.Headers[0], "\ufeff") // a second BOM, left by tools that concatenate files
	r.ahead = r.ahead[h+1:]
	if err := checkHeader(name, r.head.Headers); err != nil {
		return nil, err
	}
	return r, nil
}

// Head is the file's description without its rows: name, encoding, separator, headers.
func (r *Reader) Head() *Table { t := r.head; return &t }

// Estimate is an upper bound of the rows still to read (the file's line breaks), for progress.
func (r *Reader) Estimate() int { return r.head.lines }

// Next returns the next row, false at the end of the file or on an error (then Err says which).
func (r *Reader) Next() (Row, bool) {
	if len(r.ahead) > 0 {
		row := r.ahead[0]
		r.ahead = r.ahead[1:]
		return row, true
	}
	if r.err != nil || r.csv == nil {
		return Row{}, false
	}
	row, ok, err := readRow(r.head.Name, r.csv)
	if err != nil {
		r.err = err
	}
	if !ok {
		r.csv = nil
	}
	return row, ok
}

// All ranges over the rows left.
func (r *Reader) All() iter.Seq[Row] {
	return func(yield func(Row) bool) {
		for {
			row, ok := r.Next()
			if !ok || !yield(row) {
				return
			}
		}
	}
}

// Err is what stopped Next before the end of the file, if anything.
func (r *Reader) Err() error { return r.err }

// DecodeRecords reads a CSV file like Decode, but looks for no header: every non-empty record is a row and
// Headers is nil. It is for files whose layout is known without one (bank exports that start with the first
// operation). sep forces the separator; 0 detects it.
func DecodeRecords(name string, data []byte, sep rune) (*Table, error) {
	t, r, err := openCSV(name, data, sep, true)
	if err != nil {
		return nil, err
	}
	for {
		row, ok, err := readRow(name, r)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		return nil, backend.Errorf(backend.EINVALID, "le fichier %s ne contient aucune ligne", name)
	}
	return t, nil
}

// openCSV checks and decodes the text of a file and returns the csv.Reader over it, positioned at the first
// record. Unless copied, a UTF-8 file's text is data itself (no copy): data must then never change afterwards.
func openCSV(name string, data []byte, sep rune, copied bool) (*Table, *csv.Reader, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, backend.Errorf(backend.EINVALID, "le fichier %s est vide", name)
	}
	if err := notCSV(name, data); err != nil {
		return nil, nil, err
	}
	var text, enc string
	if !copied && utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		if _, utf16 := sniffUTF16(data); !utf16 {
			// A large import reads its file once more as text: sharing the bytes keeps one copy in memory.
			text, enc = unsafe.String(unsafe.SliceData(data), len(data)), EncodingUTF8
		}
	}
	if enc == "" {
		text, enc = decodeText(data)
	}
	if looksBinary(text) {
		return nil, nil, backend.Errorf(backend.EINVALID, "le fichier %s n'est pas un fichier texte : choisissez un export au format CSV", name)
	}
	// Files saved by old Mac software end lines with a lone CR, which encoding/csv keeps inside the field.
	if !strings.Contains(text, "\n") && strings.Contains(text, "\r") {
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if sep == 0 {
		sep = rune(detectSeparator(text))
	}
	t := &Table{Name: name, Encoding: enc, Separator: sep}
	// LazyQuotes keeps the stray quotes of real exports (VIR "SEPA" 42), but would read an opening quote that never
	// closes as one cell holding the rest of the file: 97 clients of 100 would vanish without a word.
	if line := unclosedQuote(text, sep); line > 0 {
		return nil, nil, backend.Errorf(backend.EINVALID, "le fichier %s n'est pas un CSV lisible : ligne %d : guillemet ouvrant jamais refermé (la suite du fichier serait lue comme une seule cellule) : corrigez ou retirez ce guillemet", name, line)
	}
	t.lines = strings.Count(text, "\n") + 1
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sep
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	// With a tab separator, TrimLeadingSpace would swallow the tabs of empty cells and shift the columns.
	r.TrimLeadingSpace = sep != '\t'
	return t, r, nil
}

// readRow reads the next non-empty record, false at the end of the file.
func readRow(name string, r *csv.Reader) (Row, bool, error) {
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return Row{}, false, nil
		}
		if err != nil {
			// LazyQuotes makes encoding/csv very tolerant; what remains is a file we cannot split into cells.
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return Row{}, false, backend.Errorf(backend.EINVALID, "le fichier %s n'est pas un CSV lisible : ligne %d : %v", name, pe.Line, pe.Err)
			}
			return Row{}, false, backend.Errorf(backend.EINVALID, "le fichier %s n'est pas un CSV lisible : %v", name, err)
		}
		line, _ := r.FieldPos(0)
		empty := true
		for i, c := range rec {
			c = strings.TrimSpace(c)
			rec[i] = c
			if c != "" {
				empty = false
			}
		}
		if !empty {
			return Row{Line: line, Cells: rec}, true, nil
		}
	}
}

// unclosedQuote returns the line of a quoted field that runs to the end of the file (0 when every quoted field
// closes), reading quotes as encoding/csv does with LazyQuotes: a quote opens a field only at its start (after
// spaces, unless the separator is a tab); inside, "" is a quote, and a quote closes the field only before the
// separator, a line break or the end.
func unclosedQuote(text string, sep rune) int {
	if strings.IndexByte(text, '"') < 0 {
		return 0
	}
	line, open := 1, 0
	inQuote, fieldStart := false, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			line++
		}
		if inQuote {
			if c != '"' {
				continue
			}
			switch {
			case i+1 < len(text) && text[i+1] == '"':
				i++
			case i+1 == len(text), rune(text[i+1]) == sep, text[i+1] == '\n', text[i+1] == '\r':
				inQuote = false
			}
			continue
		}
		switch {
		case rune(c) == sep, c == '\n':
			fieldStart = true
		case c == '"' && fieldStart:
			inQuote, open = true, line
		case (c == ' ' || c == '\r') && sep != '\t':
		default:
			fieldStart = false
		}
	}
	if inQuote {
		return open
	}
	return 0
}

// headerIndex finds the header among the first records: reports from QuickBooks or Sage start with title lines
// (company name, report name, period) of one or two cells before the real header. The header is the first
// record with at least two filled cells and at least half as many as the widest of the first records.
const headerLook = 20

func headerIndex(rows []Row) int {
	const look = headerLook
	filled := func(r Row) int {
		n := 0
		for _, c := range r.Cells {
			if c != "" {
				n++
			}
		}
		return n
	}
	widest := 0
	for _, r := range rows[:min(len(rows), look)] {
		widest = max(widest, filled(r))
	}
	for i, r := range rows[:min(len(rows), 10)] {
		if n := filled(r); n >= 2 && 2*n >= widest {
			return i
		}
	}
	return 0
}

// notCSV recognises the files people pick by mistake and says what to do instead.
func notCSV(name string, data []byte) error {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		// OpenDocument spreadsheets are zip files too; their first entry names the mimetype.
		if bytes.Contains(data[:min(len(data), 100)], []byte("opendocument.spreadsheet")) {
			return backend.Errorf(backend.EINVALID, "le fichier %s est un classeur LibreOffice (.ods) : enregistrez-le au format CSV depuis LibreOffice (Fichier > Enregistrer sous > Texte CSV)", name)
		}
		return backend.Errorf(backend.EINVALID, "le fichier %s est un classeur Excel (.xlsx) : enregistrez-le au format CSV depuis Excel (Fichier > Enregistrer sous > CSV)", name)
	case bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")):
		return backend.Errorf(backend.EINVALID, "le fichier %s est un classeur Excel (.xls) : enregistrez-le au format CSV depuis Excel (Fichier > Enregistrer sous > CSV)", name)
	case bytes.HasPrefix(data, []byte("%PDF")):
		return backend.Errorf(backend.EINVALID, "le fichier %s est un PDF : exportez vos données au format CSV depuis votre logiciel de facturation", name)
	}
	// Some "Excel" exports are HTML tables, and XML may be a bank statement or an Excel 2003 workbook.
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 1 && head[0] == '<' && (head[1] == '?' || head[1] == '!' || isASCIILetter(head[1])) {
		return backend.Errorf(backend.EINVALID, "le fichier %s est au format HTML ou XML, pas CSV : ouvrez-le dans votre tableur et enregistrez-le au format CSV", name)
	}
	return nil
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// decodeText returns the file as a Go string and names the encoding it was found in.
func decodeText(data []byte) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return validUTF8(data[3:]), EncodingUTF8BOM
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return decodeUTF16(data[2:], false), EncodingUTF16
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return decodeUTF16(data[2:], true), EncodingUTF16
	}
	if le, ok := sniffUTF16(data); ok {
		return decodeUTF16(data, !le), EncodingUTF16
	}
	if utf8.Valid(data) {
		return string(data), EncodingUTF8
	}
	return decodeLegacy(data)
}

// validUTF8 decodes a file announced as UTF-8, reading any stray invalid byte as Windows-1252.
func validUTF8(data []byte) string {
	if utf8.Valid(data) {
		return string(data)
	}
	return mixed(data)
}

// decodeLegacy handles text that is not valid UTF-8: normally a Windows-1252 file (Excel "CSV" on Windows, Sage),
// but when it is mostly UTF-8 with a few stray bytes (a line pasted from another file), decoding the whole file
// as Windows-1252 would turn every "é" into "Ã©": then only the stray bytes are read as Windows-1252.
func decodeLegacy(data []byte) (string, string) {
	multi, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			invalid++
			i++
			continue
		}
		multi++
		i += n
	}
	if multi > invalid {
		return mixed(data), EncodingUTF8
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil { // cannot happen with a single-byte charmap, but never lose the file over it
		return mixed(data), EncodingWin1252
	}
	return string(out), EncodingWin1252
}

// mixed decodes UTF-8, reading each invalid byte as its Windows-1252 character.
func mixed(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			r = charmap.Windows1252.DecodeByte(data[i])
			n = 1
		}
		b.WriteRune(r)
		i += n
	}
	return b.String()
}

// sniffUTF16 recognises UTF-16 without a BOM from the zero bytes that ASCII text leaves on one side.
func sniffUTF16(data []byte) (littleEndian, ok bool) {
	n := min(len(data), 512) &^ 1
	if n < 4 {
		return false, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven == 0:
		return true, true
	case zeroEven*10 >= pairs*9 && zeroOdd == 0:
		return false, true
	}
	return false, false
}

func decodeUTF16(data []byte, bigEndian bool) string {
	u := make([]uint16, len(data)/2) // an odd trailing byte is a truncated file: dropped
	for i := range u {
		if bigEndian {
			u[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		} else {
			u[i] = uint16(data[2*i+1])<<8 | uint16(data[2*i])
		}
	}
	return string(utf16.Decode(u))
}

// looksBinary reports text that no spreadsheet would write: NUL characters or many control characters.
func looksBinary(text string) bool {
	sample := text[:min(len(text), 8192)]
	ctrl, total := 0, 0
	for _, r := range sample {
		total++
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			ctrl++
		case r == utf8.RuneError:
			ctrl++
		}
	}
	return ctrl*20 > total
}

// detectSeparator counts each candidate outside quotes on the first records and keeps the one whose count on
// the header line repeats best on the following lines; ties go to the larger count, then to the order of
// preference. Counting from the header matters: in a ';' file with unquoted French decimals ("12,50"), the
// commas are frequent and regular but absent from the header.
func detectSeparator(text string) byte {
	const maxRecords, maxBytes = 30, 64 << 10
	var counts [][len(separators)]int
	var cur [len(separators)]int
	inQuote, fieldStart, content := false, true, false
	limit := min(len(text), maxBytes)
	for i := 0; i < limit && len(counts) < maxRecords; i++ {
		c := text[i]
		if inQuote {
			if c == '"' {
				if i+1 < len(text) && text[i+1] == '"' {
					i++
				} else {
					inQuote = false
				}
			}
			continue
		}
		switch c {
		case '"':
			inQuote = fieldStart // a quote inside an unquoted field is just a character (LazyQuotes)
			fieldStart, content = false, true
		case '\n':
			if content {
				counts = append(counts, cur)
			}
			cur, fieldStart, content = [len(separators)]int{}, true, false
		case ' ', '\r':
		case ';', ',', '\t', '|':
			cur[bytes.IndexByte(separators[:], c)]++
			fieldStart, content = true, true
		default:
			fieldStart, content = false, true
		}
	}
	if content && len(counts) < maxRecords {
		counts = append(counts, cur)
	}
	// Title lines without any candidate (a report's name above the header) are not the header.
	for len(counts) > 1 && counts[0] == [len(separators)]int{} {
		counts = counts[1:]
	}
	if len(counts) == 0 {
		return ','
	}
	best, bestScore, bestHead := -1, -1.0, 0
	for k := range separators {
		h := counts[0][k]
		if h == 0 {
			continue
		}
		score := 1.0
		if len(counts) > 1 {
			same := 0
			for _, c := range counts[1:] {
				if c[k] == h {
					same++
				}
			}
			score = float64(same) / float64(len(counts)-1)
		}
		if score > bestScore || (score == bestScore && h > bestHead) {
			best, bestScore, bestHead = k, score, h
		}
	}
	if best < 0 {
		return ',' // a single column: any separator reads it the same way
	}
	return separators[best]
}

// checkHeader refuses a file whose first line is data: without headers the columns cannot be mapped, and
// importing the first invoice as a header would lose it silently.
func checkHeader(name string, headers []string) error {
	values, filled := 0, 0
	var sample []string
	for _, h := range headers {
		if h == "" {
			continue
		}
		filled++
		if looksLikeValue(h) {
			values++
			if len(sample) < 3 {
				sample = append(sample, "« "+h+" »")
			}
		}
	}
	if values > 0 && values*2 >= filled {
		return backend.Errorf(backend.EINVALID, "la première ligne du fichier %s contient des valeurs (%s) et non des titres de colonnes : ajoutez une ligne d'en-têtes (Code client, Numéro, Date, Montant…)", name, strings.Join(sample, ", "))
	}
	return nil
}

func looksLikeValue(s string) bool {
	if _, err := backend.ParseDate(s); err == nil {
		return true
	}
	_, err := backend.ParseAmount(s)
	return err == nil
}

package importer

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"

	"relance/backend"
)

// The canonical CSV (',' and decimal points) opens as one column in French Excel. WriteExcel rewrites it in the
// form French Excel opens in columns: ';' as separator, decimal commas without thousands separators (so that
// Excel reads numbers, not text), dates as dd/mm/yyyy, UTF-8 with a BOM (so that Excel reads the accents right),
// CRLF line ends. The headers stay the field keys, so that Decode and Suggest read the file back to the same
// values: the importer detects the separator, the BOM, French amounts and dates, and takes off the apostrophe that
// keeps a text cell from being read as a formula.

// excelDates and excelAmounts are the canonical columns rewritten in French form (by key).
var (
	excelDates   = map[string]bool{"issue_date": true, "due_date": true, "date": true}
	excelAmounts = map[string]bool{"amount_excl_tax": true, "vat_amount": true, "amount_incl_tax": true, "amount_paid": true, "amount": true}
)

// WriteExcel writes the canonical CSV read from canonical in the French Excel form.
func WriteExcel(w io.Writer, canonical io.Reader) error {
	r := csv.NewReader(canonical)
	r.FieldsPerRecord = -1
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(&b)
	cw.Comma, cw.UseCRLF = ';', true
	var dates, amounts []bool
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return backend.Errorf(backend.EINTERNAL, "export Excel : %v", err)
		}
		if first {
			dates, amounts = make([]bool, len(rec)), make([]bool, len(rec))
			for i, k := range rec {
				dates[i], amounts[i] = excelDates[k], excelAmounts[k]
			}
		} else {
			for i, c := range rec {
				switch {
				case c == "" || i >= len(dates):
				case dates[i]:
					if d, err := backend.ParseDate(c); err == nil {
						rec[i] = d.French()
					}
				case amounts[i]:
					rec[i] = strings.Replace(c, ".", ",", 1)
				default: // text written by others (names, labels, references): never a formula
					rec[i] = backend.SpreadsheetText(c)
				}
			}
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

package store

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"relance/backend"
)

// decodeListed reads the fields the list screens need from a stored invoice. Start-up reads 100 000 of them. The
// binary form is read whole; for a JSON record (an older Relance's), encoding/json spends most of its time on the
// fields lists ignore: this scanner walks the flat object once, takes nine fields and skips the rest. Anything it
// does not expect sends the record to encoding/json.
func decodeListed(raw []byte, l *listedInvoice) error {
	if len(raw) > 0 && raw[0] == invoiceV1 { // the binary form is quick to read whole
		var inv backend.Invoice
		if err := decodeInvoice(raw, &inv); err != nil {
			return err
		}
		*l = listedInvoice{ID: inv.ID, Number: inv.Number, ClientID: inv.ClientID, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
			AmountInclTax: inv.AmountInclTax, AmountPaid: inv.AmountPaid, OrderReference: inv.OrderReference, Status: inv.Status}
		return nil
	}
	if scanListed(raw, l) {
		return nil
	}
	*l = listedInvoice{}
	return json.Unmarshal(raw, l)
}

func scanListed(b []byte, l *listedInvoice) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i++
	for {
		i = skipSpace(b, i)
		if i < len(b) && b[i] == '}' {
			return true
		}
		key, next, ok := scanString(b, i)
		if !ok {
			return false
		}
		i = skipSpace(b, next)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		switch key {
		case "id", "clientId", "amountInclTax", "amountPaid":
			end := numberEnd(b, i)
			n, err := strconv.ParseInt(string(b[i:end]), 10, 64)
			if err != nil {
				return false
			}
			switch key {
			case "id":
				l.ID = uint64(n)
			case "clientId":
				l.ClientID = uint64(n)
			case "amountInclTax":
				l.AmountInclTax = backend.Cents(n)
			case "amountPaid":
				l.AmountPaid = backend.Cents(n)
			}
			i = end
		case "number", "orderReference", "status", "issueDate", "dueDate":
			s, end, ok := scanString(b, i)
			if !ok {
				return false
			}
			switch key {
			case "number":
				l.Number = s
			case "orderReference":
				l.OrderReference = s
			case "status":
				l.Status = backend.InvoiceStatus(s)
			default:
				var d backend.Date
				if s != "" {
					v, err := backend.ParseDate(s)
					if err != nil {
						return false
					}
					d = v
				}
				if key == "issueDate" {
					l.IssueDate = d
				} else {
					l.DueDate = d
				}
			}
			i = end
		default:
			if wantedFold(key) {
				return false // encoding/json matches keys regardless of case: let it decide
			}
			end, ok := skipValue(b, i)
			if !ok {
				return false
			}
			i = end
		}
		i = skipSpace(b, i)
		if i < len(b) && b[i] == ',' {
			i++
			continue
		}
		if i < len(b) && b[i] == '}' {
			return true
		}
		return false
	}
}

var listedKeys = []string{"id", "clientId", "amountInclTax", "amountPaid", "number", "orderReference", "status",
	"issueDate", "dueDate"}

func wantedFold(key string) bool {
	for _, k := range listedKeys {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	return i
}

func numberEnd(b []byte, i int) int {
	for i < len(b) && (b[i] == '-' || b[i] >= '0' && b[i] <= '9') {
		i++
	}
	return i
}

// scanString reads a JSON string at b[i]; escaped strings go through strconv.Unquote.
func scanString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", i, false
	}
	escaped := false
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			// The fast path only for plain valid UTF-8: encoding/json turns an invalid byte into U+FFFD.
			if !escaped && utf8.Valid(b[i+1:j]) {
				return string(b[i+1 : j]), j + 1, true
			}
			var s string
			if err := json.Unmarshal(b[i:j+1], &s); err != nil {
				return "", j + 1, false
			}
			return s, j + 1, true
		}
	}
	return "", len(b), false
}

// skipValue passes over any JSON value, counting nesting and honouring strings.
func skipValue(b []byte, i int) (int, bool) {
	depth := 0
	for i < len(b) {
		switch c := b[i]; c {
		case '"':
			_, end, ok := scanString(b, i)
			if !ok {
				return i, false
			}
			i = end
			if depth == 0 {
				return i, true
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i, true
			}
			depth--
			if depth == 0 {
				return i + 1, true
			}
		case ',':
			if depth == 0 {
				return i, true
			}
		}
		i++
	}
	return i, depth == 0
}

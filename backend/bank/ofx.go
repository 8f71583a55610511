package bank

import (
	"html"
	"strings"
)

// ofxTxn collects the fields of one STMTTRN.
type ofxTxn struct {
	line   int
	fields map[string]string
}

// parseOFX reads OFX 1.x (SGML: leaf elements without closing tags, a "KEY:VALUE" header) and OFX 2.x (XML)
// with the same tag scanner, QFX included. Text is UTF-8, or Windows-1252 (CHARSET:1252, ISO-8859-1) when it is
// not valid UTF-8.
func parseOFX(name string, data []byte) (Statement, error) {
	text := toUTF8(data)
	upper := strings.ToUpper(text)
	start := strings.Index(upper, "<OFX>")
	if start < 0 {
		start = strings.Index(upper, "<OFX ")
	}
	if start < 0 {
		return Statement{}, invalid("%s : ce fichier n'est pas un relevé OFX (balise <OFX> introuvable)", name)
	}
	st := Statement{Format: FormatOFX}
	var (
		account, curdef string
		inOrig          bool // inside an ORIGCURRENCY aggregate
		cur             *ofxTxn
		pending         []ofxTxn
	)
	flush := func() {
		if cur != nil {
			pending = append(pending, *cur)
			cur = nil
		}
	}
	var firstErr error
	emit := func() {
		for _, p := range pending {
			if firstErr != nil {
				return
			}
			t, err := ofxTransaction(name, p, account, curdef)
			if err != nil {
				firstErr = err
				return
			}
			st.Transactions = append(st.Transactions, t)
		}
		pending = pending[:0]
	}
	line := 1 + strings.Count(text[:start], "\n")
	i := start
	for i < len(text) && firstErr == nil {
		lt := strings.IndexByte(text[i:], '<')
		if lt < 0 {
			break
		}
		line += strings.Count(text[i:i+lt], "\n")
		i += lt
		if strings.HasPrefix(text[i:], "<!--") {
			end := strings.Index(text[i:], "-->")
			if end < 0 {
				break
			}
			line += strings.Count(text[i:i+end], "\n")
			i += end + 3
			continue
		}
		gt := strings.IndexByte(text[i:], '>')
		if gt < 0 {
			break
		}
		tag := strings.TrimSpace(text[i+1 : i+gt])
		i += gt + 1
		if tag == "" || tag[0] == '?' || tag[0] == '!' {
			continue
		}
		closing := tag[0] == '/'
		tag = strings.ToUpper(strings.TrimPrefix(tag, "/"))
		if sp := strings.IndexAny(tag, " \t\r\n"); sp >= 0 {
			tag = tag[:sp]
		}
		tag = strings.TrimSuffix(tag, "/")
		if closing {
			switch tag {
			case "ORIGCURRENCY":
				inOrig = false
			case "STMTTRN":
				flush()
			case "BANKTRANLIST", "STMTRS", "CCSTMTRS":
				flush()
				emit()
			}
			continue
		}
		// The text up to the next tag is the value of a leaf element (SGML) or of an element closed by it (XML).
		next := strings.IndexByte(text[i:], '<')
		if next < 0 {
			next = len(text) - i
		}
		value := strings.TrimSpace(html.UnescapeString(text[i : i+next]))
		switch tag {
		case "STMTTRN":
			flush()
			cur = &ofxTxn{line: line, fields: map[string]string{}}
			inOrig = false
		case "ORIGCURRENCY":
			inOrig = true
		case "CURSYM":
			if inOrig {
				// ORIGCURRENCY: the amount was converted into CURDEF by the bank; CURSYM names the original only.
				tag = "ORIGCURSYM"
			}
		case "STMTRS", "CCSTMTRS":
			flush()
			emit()
			account, curdef = "", ""
		case "ACCTID":
			if cur == nil {
				account = value
			}
		case "CURDEF":
			curdef = strings.ToUpper(value)
		}
		if cur != nil && value != "" {
			if _, seen := cur.fields[tag]; !seen {
				cur.fields[tag] = value
			}
		}
	}
	flush()
	emit()
	if firstErr != nil {
		return Statement{}, firstErr
	}
	return st, nil
}

func ofxTransaction(name string, p ofxTxn, account, curdef string) (Transaction, error) {
	f := p.fields
	t := Transaction{Account: account, Line: p.line, Currency: curdef, Key: f["FITID"]}
	if c := f["CURSYM"]; c != "" {
		t.Currency = strings.ToUpper(c)
	}
	if t.Currency == "" {
		t.Currency = "EUR"
	}
	posted := f["DTPOSTED"]
	if posted == "" {
		posted = f["DTUSER"]
	}
	if posted == "" {
		return t, invalid("%s, ligne %d : date de l'opération (DTPOSTED) manquante", name, p.line)
	}
	var ok bool
	if t.BookedOn, ok = parseCompactDate(posted); !ok {
		return t, invalid("%s, ligne %d : date « %s » invalide : attendu AAAAMMJJ", name, p.line, posted)
	}
	if v := f["DTAVAIL"]; v != "" {
		if t.ValueDate, ok = parseCompactDate(v); !ok {
			return t, invalid("%s, ligne %d : date de valeur « %s » invalide : attendu AAAAMMJJ", name, p.line, v)
		}
	}
	amt, present := f["TRNAMT"]
	if !present {
		return t, invalid("%s, ligne %d : montant (TRNAMT) manquant", name, p.line)
	}
	if t.Amount, ok = parseDecimal(amt); !ok {
		if tooPrecise(amt) {
			return t, invalid("%s, ligne %d : montant (TRNAMT) « %s » trop précis : au plus deux décimales", name, p.line, clip(amt))
		}
		return t, invalid("%s, ligne %d : montant « %s » illisible : attendu un nombre comme -1234.56", name, p.line, amt)
	}
	payee := f["NAME"]
	t.Payer = cleanText(payee)
	t.Label = joinText(payee, f["MEMO"])
	return t, nil
}

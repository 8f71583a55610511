package bank

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"relance/backend"
)

// The CAMT.053 structures are matched on local names only, so that every version of the message
// (camt.053.001.02 to .001.08 and later, with or without a namespace prefix) reads the same way.

type camtAmount struct {
	Value string `xml:",chardata"`
	Ccy   string `xml:"Ccy,attr"`
}

type camtDate struct {
	Dt   string `xml:"Dt"`
	DtTm string `xml:"DtTm"`
}

type camtParty struct {
	Nm  string `xml:"Nm"`
	Pty struct {
		Nm string `xml:"Nm"`
	} `xml:"Pty"` // camt.053.001.08
}

func (p *camtParty) name() string {
	if p == nil {
		return ""
	}
	if p.Nm != "" {
		return p.Nm
	}
	return p.Pty.Nm
}

type camtTx struct {
	Refs struct {
		AcctSvcrRef string `xml:"AcctSvcrRef"`
		EndToEndId  string `xml:"EndToEndId"`
		TxId        string `xml:"TxId"`
	} `xml:"Refs"`
	Amt     *camtAmount `xml:"Amt"`
	AmtDtls struct {
		InstdAmt *struct {
			Amt *camtAmount `xml:"Amt"`
		} `xml:"InstdAmt"`
		TxAmt *struct {
			Amt *camtAmount `xml:"Amt"`
		} `xml:"TxAmt"`
	} `xml:"AmtDtls"`
	CdtDbtInd string `xml:"CdtDbtInd"`
	RltdPties struct {
		Dbtr      *camtParty `xml:"Dbtr"`
		UltmtDbtr *camtParty `xml:"UltmtDbtr"`
		Cdtr      *camtParty `xml:"Cdtr"`
		UltmtCdtr *camtParty `xml:"UltmtCdtr"`
	} `xml:"RltdPties"`
	RmtInf struct {
		Ustrd []string `xml:"Ustrd"`
		Strd  []struct {
			CdtrRefInf struct {
				Ref string `xml:"Ref"`
			} `xml:"CdtrRefInf"`
			AddtlRmtInf []string `xml:"AddtlRmtInf"`
		} `xml:"Strd"`
	} `xml:"RmtInf"`
	AddtlTxInf string `xml:"AddtlTxInf"`
}

type camtEntry struct {
	NtryRef   string      `xml:"NtryRef"`
	Amt       *camtAmount `xml:"Amt"`
	CdtDbtInd string      `xml:"CdtDbtInd"`
	Sts       struct {
		Text string `xml:",chardata"`
		Cd   string `xml:"Cd"` // camt.053.001.08
	} `xml:"Sts"`
	BookgDt     camtDate `xml:"BookgDt"`
	ValDt       camtDate `xml:"ValDt"`
	AcctSvcrRef string   `xml:"AcctSvcrRef"`
	NtryDtls    []struct {
		TxDtls []camtTx `xml:"TxDtls"`
	} `xml:"NtryDtls"`
	AddtlNtryInf string `xml:"AddtlNtryInf"`
}

type camtStatement struct {
	Acct struct {
		Id struct {
			IBAN string `xml:"IBAN"`
			Othr struct {
				Id string `xml:"Id"`
			} `xml:"Othr"`
		} `xml:"Id"`
		Ccy string `xml:"Ccy"`
	} `xml:"Acct"`
	Ntry []camtEntry `xml:"Ntry"`
}

type camtDocument struct {
	XMLName   xml.Name
	Statement *struct {
		Stmt []camtStatement `xml:"Stmt"`
	} `xml:"BkToCstmrStmt"`
	Report       *struct{} `xml:"BkToCstmrAcctRpt"`      // camt.052
	Notification *struct{} `xml:"BkToCstmrDbtCdtNtfctn"` // camt.054
}

func parseCAMT(name string, data []byte) (Statement, error) {
	data = bytes.TrimPrefix(utf16ToUTF8(data), []byte("\xef\xbb\xbf"))
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15":
			return charmap.Windows1252.NewDecoder().Reader(r), nil
		case "us-ascii", "ascii":
			return r, nil
		}
		return nil, errors.New("encodage " + label + " non pris en charge")
	}
	var doc camtDocument
	if err := dec.Decode(&doc); err != nil {
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			return Statement{}, invalid("%s : fichier XML illisible à la ligne %d : %s", name, se.Line, se.Msg)
		}
		if err == io.EOF {
			return Statement{}, invalid("%s : ce fichier n'est pas un fichier XML", name)
		}
		return Statement{}, invalid("%s : fichier XML illisible : %v", name, err)
	}
	switch {
	case doc.XMLName.Local != "Document":
		return Statement{}, invalid("%s : ce fichier XML n'est pas un relevé CAMT.053 (élément racine Document/BkToCstmrStmt attendu, trouvé %s)", name, doc.XMLName.Local)
	case doc.Statement == nil && doc.Report != nil:
		return Statement{}, invalid("%s : ce fichier est un relevé intrajournalier CAMT.052 ; exportez le relevé de fin de journée CAMT.053 (élément racine Document/BkToCstmrStmt attendu)", name)
	case doc.Statement == nil && doc.Notification != nil:
		return Statement{}, invalid("%s : ce fichier est un avis de débit/crédit CAMT.054 ; exportez le relevé CAMT.053 (élément racine Document/BkToCstmrStmt attendu)", name)
	case doc.Statement == nil:
		return Statement{}, invalid("%s : ce fichier XML n'est pas un relevé CAMT.053 (élément racine Document/BkToCstmrStmt attendu)", name)
	}
	st := Statement{Format: FormatCAMT053}
	n := 0
	for _, s := range doc.Statement.Stmt {
		account := strings.ReplaceAll(strings.TrimSpace(s.Acct.Id.IBAN), " ", "")
		if account == "" {
			account = strings.TrimSpace(s.Acct.Id.Othr.Id)
		}
		for ei := range s.Ntry {
			n++
			ts, err := camtEntryTransactions(name, n, account, s.Acct.Ccy, &s.Ntry[ei])
			if err != nil {
				return Statement{}, err
			}
			st.Transactions = append(st.Transactions, ts...)
		}
	}
	return st, nil
}

// camtEntryTransactions turns an entry into transactions: one per TxDtls of a batch booking when each detail
// carries its amount, else one for the entry.
func camtEntryTransactions(name string, n int, account, acctCcy string, e *camtEntry) ([]Transaction, error) {
	status := strings.ToUpper(strings.TrimSpace(e.Sts.Text + e.Sts.Cd))
	if status == "PDNG" || status == "INFO" || status == "FUTR" {
		return nil, nil // not booked: a later statement carries it
	}
	where := func() string { return name + ", écriture n° " + itoa(n) }
	if e.Amt == nil || strings.TrimSpace(e.Amt.Value) == "" {
		return nil, invalid("%s : montant (Amt) manquant", where())
	}
	amount, ok := parseDecimal(e.Amt.Value)
	if !ok && tooPrecise(e.Amt.Value) {
		return nil, invalid("%s : montant (Amt) « %s » trop précis : au plus deux décimales", where(), clip(e.Amt.Value))
	}
	if !ok || amount < 0 {
		return nil, invalid("%s : montant « %s » illisible", where(), strings.TrimSpace(e.Amt.Value))
	}
	sign, err := camtSign(e.CdtDbtInd)
	if err != nil {
		return nil, invalid("%s : %s", where(), backend.ErrorMessage(err))
	}
	booked, err := camtDay(e.BookgDt)
	if err != nil {
		return nil, invalid("%s : date de comptabilisation (BookgDt) : %s", where(), backend.ErrorMessage(err))
	}
	value := backend.Date(0)
	if e.ValDt.Dt != "" || e.ValDt.DtTm != "" {
		if value, err = camtDay(e.ValDt); err != nil {
			return nil, invalid("%s : date de valeur (ValDt) : %s", where(), backend.ErrorMessage(err))
		}
	}
	ccy := strings.ToUpper(strings.TrimSpace(e.Amt.Ccy))
	if ccy == "" {
		ccy = strings.ToUpper(strings.TrimSpace(acctCcy))
	}
	if ccy == "" {
		ccy = "EUR"
	}
	var txs []*camtTx
	for i := range e.NtryDtls {
		for j := range e.NtryDtls[i].TxDtls {
			txs = append(txs, &e.NtryDtls[i].TxDtls[j])
		}
	}
	base := Transaction{Account: account, BookedOn: booked, ValueDate: value, Currency: ccy, Line: n}
	split := len(txs) > 1
	for _, tx := range txs {
		if txAmount(tx) == nil {
			split = false // a detail without its own amount: the entry cannot be divided
		}
	}
	if !split {
		t := base
		t.Amount = sign * amount
		var tx *camtTx
		if len(txs) == 1 {
			tx = txs[0]
		}
		e2e := fillFromDetails(&t, tx, sign, e.AddtlNtryInf, len(txs) <= 1)
		setKey(&t, e.AcctSvcrRef, e.NtryRef, e2e, 0)
		return []Transaction{t}, nil
	}
	out := make([]Transaction, 0, len(txs))
	for i, tx := range txs {
		a := txAmount(tx)
		v, ok := parseDecimal(a.Value)
		if !ok && tooPrecise(a.Value) {
			return nil, invalid("%s, détail n° %d : montant (Amt) « %s » trop précis : au plus deux décimales", where(), i+1, clip(a.Value))
		}
		if !ok || v < 0 {
			return nil, invalid("%s, détail n° %d : montant « %s » illisible", where(), i+1, strings.TrimSpace(a.Value))
		}
		s := sign
		if tx.CdtDbtInd != "" {
			if s, err = camtSign(tx.CdtDbtInd); err != nil {
				return nil, invalid("%s, détail n° %d : %s", where(), i+1, backend.ErrorMessage(err))
			}
		}
		t := base
		t.Amount = s * v
		if c := strings.ToUpper(strings.TrimSpace(a.Ccy)); c != "" {
			t.Currency = c
		}
		e2e := fillFromDetails(&t, tx, s, e.AddtlNtryInf, false)
		setKey(&t, e.AcctSvcrRef, e.NtryRef, e2e, i+1)
		out = append(out, t)
	}
	return out, nil
}

func txAmount(tx *camtTx) *camtAmount {
	switch {
	case tx.Amt != nil && strings.TrimSpace(tx.Amt.Value) != "":
		return tx.Amt
	case tx.AmtDtls.TxAmt != nil && tx.AmtDtls.TxAmt.Amt != nil && strings.TrimSpace(tx.AmtDtls.TxAmt.Amt.Value) != "":
		return tx.AmtDtls.TxAmt.Amt
	case tx.AmtDtls.InstdAmt != nil && tx.AmtDtls.InstdAmt.Amt != nil && strings.TrimSpace(tx.AmtDtls.InstdAmt.Amt.Value) != "":
		return tx.AmtDtls.InstdAmt.Amt
	}
	return nil
}

// setKey gives the transaction the bank's id: the transaction's AcctSvcrRef (set by fillFromDetails), else the
// entry's (with the rank of the detail in a batch booking), else the payer's end-to-end id qualified by the date
// and the amount (a payer may reuse one, such as an invoice number, for two payments), else a NtryRef long
// enough to be an id rather than a rank in the statement. Without any, Parse hashes the line.
func setKey(t *Transaction, acctSvcrRef, ntryRef, e2e string, detail int) {
	if t.Key != "" {
		return
	}
	suffix := ""
	if detail > 0 {
		suffix = "/" + itoa(detail)
	}
	acctSvcrRef, ntryRef = strings.TrimSpace(acctSvcrRef), strings.TrimSpace(ntryRef)
	switch {
	case acctSvcrRef != "":
		t.Key = acctSvcrRef + suffix
	case e2e != "":
		t.Key = "E2E:" + e2e + ":" + t.BookedOn.String() + ":" + t.Amount.String()
	case len(ntryRef) >= 8:
		t.Key = ntryRef + suffix
	}
}

// fillFromDetails sets the label, reference, counterparty and own id (AcctSvcrRef) of a transaction from its
// details, and returns the end-to-end id.
func fillFromDetails(t *Transaction, tx *camtTx, sign backend.Cents, entryInfo string, withEntryInfo bool) string {
	var parts []string
	if withEntryInfo {
		parts = append(parts, entryInfo)
	}
	if tx == nil {
		t.Label = joinText(parts...)
		return ""
	}
	parts = append(parts, tx.RmtInf.Ustrd...)
	for _, s := range tx.RmtInf.Strd {
		parts = append(parts, s.AddtlRmtInf...)
		if ref := strings.TrimSpace(s.CdtrRefInf.Ref); ref != "" && t.Reference == "" {
			t.Reference = ref
		}
	}
	parts = append(parts, tx.AddtlTxInf)
	t.Label = joinText(parts...)
	e2e := strings.TrimSpace(tx.Refs.EndToEndId)
	if strings.EqualFold(e2e, "NOTPROVIDED") || strings.EqualFold(e2e, "NONREF") {
		e2e = ""
	}
	if t.Reference == "" {
		t.Reference = e2e
	}
	if sign > 0 {
		t.Payer = firstNonEmpty(tx.RltdPties.Dbtr.name(), tx.RltdPties.UltmtDbtr.name())
	} else {
		t.Payer = firstNonEmpty(tx.RltdPties.Cdtr.name(), tx.RltdPties.UltmtCdtr.name())
	}
	t.Payer = cleanText(t.Payer)
	t.Key = strings.TrimSpace(tx.Refs.AcctSvcrRef)
	return e2e
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

func camtSign(ind string) (backend.Cents, error) {
	switch strings.ToUpper(strings.TrimSpace(ind)) {
	case "CRDT":
		return 1, nil
	case "DBIT":
		return -1, nil
	case "":
		return 0, invalid("sens de l'opération (CdtDbtInd) manquant")
	}
	return 0, invalid("sens de l'opération « %s » invalide : CRDT ou DBIT attendu", strings.TrimSpace(ind))
}

func camtDay(d camtDate) (backend.Date, error) {
	s := strings.TrimSpace(d.Dt)
	if s == "" {
		s = strings.TrimSpace(d.DtTm)
	}
	if s == "" {
		return 0, invalid("date manquante")
	}
	out, ok := parseISODate(s)
	if !ok {
		return 0, invalid("date « %s » invalide : attendu AAAA-MM-JJ", s)
	}
	return out, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

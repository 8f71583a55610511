package bank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"relance/backend"
)

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func parseFile(t *testing.T, name string) Statement {
	t.Helper()
	st, err := Parse(name, readFile(t, name), nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return st
}

// want is what a test checks of a transaction; zero fields are not checked.
type want struct {
	booked    string
	value     string
	amount    backend.Cents
	label     string // contained in the label
	payer     string
	reference string
	key       string
	line      int
}

func check(t *testing.T, name string, got Transaction, w want) {
	t.Helper()
	if w.booked != "" && got.BookedOn.String() != w.booked {
		t.Errorf("%s line %d: booked %s, want %s", name, got.Line, got.BookedOn, w.booked)
	}
	if w.value != "" && got.ValueDate.String() != w.value {
		t.Errorf("%s line %d: value date %s, want %s", name, got.Line, got.ValueDate, w.value)
	}
	if w.amount != 0 && got.Amount != w.amount {
		t.Errorf("%s line %d: amount %s, want %s", name, got.Line, got.Amount, w.amount)
	}
	if !strings.Contains(got.Label, w.label) {
		t.Errorf("%s line %d: label %q does not contain %q", name, got.Line, got.Label, w.label)
	}
	if w.payer != "" && got.Payer != w.payer {
		t.Errorf("%s line %d: payer %q, want %q", name, got.Line, got.Payer, w.payer)
	}
	if w.reference != "" && got.Reference != w.reference {
		t.Errorf("%s line %d: reference %q, want %q", name, got.Line, got.Reference, w.reference)
	}
	if w.key != "" && got.Key != w.key {
		t.Errorf("%s line %d: key %q, want %q", name, got.Line, got.Key, w.key)
	}
	if w.line != 0 && got.Line != w.line {
		t.Errorf("%s: line %d, want %d", name, got.Line, w.line)
	}
	if got.Currency != "EUR" {
		t.Errorf("%s line %d: currency %q", name, got.Line, got.Currency)
	}
	if len(got.Key) == 0 {
		t.Errorf("%s line %d: empty key", name, got.Line)
	}
}

func TestParseSamples(t *testing.T) {
	tests := []struct {
		file    string
		format  Format
		account string
		count   int
		checks  map[int]want // transaction index → expectations
	}{
		{"credit_agricole_cp1252.csv", FormatCSV, "12345678901", 7, map[int]want{
			0: {booked: "2026-03-02", amount: 125000, label: "VIREMENT EN VOTRE FAVEUR DUPONT SARL FACTURE F-2026-014", line: 10},
			1: {booked: "2026-03-03", amount: -81200, label: "URSSAF ILE DE FRANCE", line: 13},
			2: {amount: -6840, label: "STATION TOTAL ÉNERGIES"},
			3: {amount: 213050, label: "BOULANGERIE LEFÈVRE ET FILS"},
			6: {booked: "2026-03-23", amount: 60000, label: "SCI LES GENÊTS ACOMPTE F-2026-031", line: 23},
		}},
		{"bnp_paribas.csv", FormatCSV, "", 5, map[int]want{
			0: {booked: "2026-03-31", amount: 360000, label: "MARTIN CONSEIL SAS", line: 4},
			1: {amount: -145000},
			4: {booked: "2026-03-17", amount: 84520, label: "PETIT TRAITEUR", line: 8},
		}},
		{"qonto.csv", FormatCSV, "", 4, map[int]want{ // the declined card payment is left out
			0: {booked: "2026-03-02", amount: 125000, label: "Facture F-2026-014", payer: "DUPONT SARL", key: "7c1e0f1a-3b55-4c7f-9a55-1f7e0e8d2b01", line: 2},
			1: {amount: -3600, label: "Hébergement mars", payer: "OVH SAS"},
			2: {booked: "2026-03-06", amount: 213050, payer: "BOULANGERIE LEFEVRE ET FILS", line: 5},
		}},
		{"caisse_epargne.csv", FormatCSV, "", 3, map[int]want{
			0: {booked: "2026-03-02", value: "2026-03-02", amount: 125000, label: "VIR SEPA DUPONT SARL / F-2026-014", line: 2},
			1: {amount: -81200},
		}},
		{"banque_postale.csv", FormatCSV, "0123456X020", 3, map[int]want{
			0: {booked: "2026-03-30", amount: 42000, label: "DURAND JEAN REF F-2026-017", line: 9},
			1: {amount: -9612},
		}},
		{"sg_releve_mars.csv", FormatCSV, "00050123456", 7, map[int]want{
			2: {booked: "2026-03-28", amount: 125000, label: "VIR RECU 9912345678 / DE: DUPONT SARL MOTIF: F-2026-014", line: 5},
		}},
		{"releve_sgml_cp1252.ofx", FormatOFX, "00050123456", 4, map[int]want{
			0: {booked: "2026-03-02", amount: 125000, label: "VIR RECU DUPONT SARL / FACTURE F-2026-014", payer: "VIR RECU DUPONT SARL", key: "7JA5BT2K0SN", line: 40},
			1: {booked: "2026-03-05", amount: -6840, label: "TOTALÉNERGIES / CARTE X4521 04/03 à PARIS", key: "7JA5BT2K0SP"},
			2: {amount: 213050, label: "REGLEMENT F-2026-021 & F-2026-022", payer: "VIR RECU LEFÈVRE ET FILS"},
			3: {amount: -1250, label: "FRAIS TENUE DE COMPTE"},
		}},
		{"releve_v2.ofx", FormatOFX, "00010204801", 3, map[int]want{
			0: {booked: "2026-03-20", value: "2026-03-21", amount: 360000, label: "VIR SEPA FACT F-2026-009", payer: "MARTIN CONSEIL SAS", key: "2026032000017", line: 26},
			2: {amount: 84520, payer: "SARL PETIT TRAITEUR", label: "PAIEMENT F-2026-011"},
		}},
		{"camt053_v02_simple.xml", FormatCAMT053, "FR4910278060610001020480101", 2, map[int]want{
			0: {booked: "2026-03-30", value: "2026-03-30", amount: 42000, label: "Facture F-2026-017", payer: "M. JEAN DURAND", key: "2026033000042", line: 1},
			1: {amount: -9612, label: "PRLV SEPA EDF", line: 2},
		}},
		{"camt053_v08_lot.xml", FormatCAMT053, "FR7030004008190001234567890", 5, map[int]want{ // the pending entry is left out
			0: {booked: "2026-03-31", amount: 125000, reference: "RF66F2026014", payer: "GARAGE MOREAU", key: "2603310000981", line: 1},
			1: {amount: 213050, label: "REGLEMENT F-2026-021 F-2026-022", payer: "BOULANGERIE LEFEVRE ET FILS", key: "2603310000982/1", line: 2},
			2: {amount: 60000, label: "ACOMPTE / F-2026-031", payer: "SCI LES GENETS", reference: "SCIGEN-ACPT-0324", key: "2603310000982/2", line: 2},
			3: {amount: 111470, label: "PAIEMENT FACTURES FEVRIER", payer: "MARTIN CONSEIL SAS", key: "2603310000982/3", line: 2},
			4: {booked: "2026-03-31", value: "2026-03-30", amount: -7215, label: "STATION ESSO", payer: "STATION ESSO LYON 7", line: 3},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			st := parseFile(t, tc.file)
			if st.Format != tc.format {
				t.Errorf("format %s, want %s", st.Format, tc.format)
			}
			if st.Account != tc.account {
				t.Errorf("account %q, want %q", st.Account, tc.account)
			}
			if len(st.Transactions) != tc.count {
				t.Fatalf("%d transactions, want %d: %+v", len(st.Transactions), tc.count, st.Transactions)
			}
			keys := map[string]bool{}
			for i, tr := range st.Transactions {
				if keys[tr.Key] {
					t.Errorf("duplicate key %s", tr.Key)
				}
				keys[tr.Key] = true
				check(t, tc.file, tr, tc.checks[i])
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		data string
		want Format
	}{
		{"releve.csv", "Date;Libellé;Montant\n", FormatCSV},
		{"releve.txt", "OFXHEADER:100\nDATA:OFXSGML\n", FormatOFX},
		{"export.qfx", "garbage", FormatOFX},
		{"export.dat", "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?><OFX>", FormatOFX},
		{"export.dat", `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt>`, FormatCAMT053},
		{"releve.xml", `<?xml version="1.0"?><Invoice/>`, FormatCAMT053}, // the CAMT parser explains what it expected
		{"releve.csv", "", FormatCSV},
	}
	for _, tc := range tests {
		if got := Detect(tc.name, []byte(tc.data)); got != tc.want {
			t.Errorf("Detect(%s, %.30q) = %s, want %s", tc.name, tc.data, got, tc.want)
		}
	}
}

// Two exports of the same account that overlap on five lines (two of them identical card payments of the same
// day) give those lines the same keys, and the lines that differ get different keys.
func TestOverlappingStatementsShareKeys(t *testing.T) {
	march := parseFile(t, "sg_releve_mars.csv")
	april := parseFile(t, "sg_releve_fin_mars_avril.csv")
	inMarch := map[string]Transaction{}
	for _, tr := range march.Transactions {
		inMarch[tr.Key] = tr
	}
	shared := 0
	for _, tr := range april.Transactions {
		if m, ok := inMarch[tr.Key]; ok {
			shared++
			if m.Amount != tr.Amount || m.BookedOn != tr.BookedOn || m.Label != tr.Label {
				t.Errorf("key %s names two different lines: %+v and %+v", tr.Key, m, tr)
			}
		}
	}
	if shared != 5 {
		t.Errorf("%d keys shared, want 5", shared)
	}
	// The two coffees of 31/03 are two lines, not one.
	if march.Transactions[0].Key == march.Transactions[1].Key {
		t.Error("identical lines of the same day share a key")
	}
}

// The same statement saved in another encoding, with other line endings, keeps its keys.
func TestKeysIgnoreEncoding(t *testing.T) {
	cp1252 := readFile(t, "credit_agricole_cp1252.csv")
	text, err := charmap.Windows1252.NewDecoder().Bytes(cp1252)
	if err != nil {
		t.Fatal(err)
	}
	utf8LF := []byte(strings.ReplaceAll(string(text), "\r\n", "\n"))
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("a.csv", cp1252, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, data := range [][]byte{utf8LF, utf16} {
		b, err := Parse("b.csv", data, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Transactions) != len(b.Transactions) {
			t.Fatalf("%d and %d transactions", len(a.Transactions), len(b.Transactions))
		}
		for i := range a.Transactions {
			if a.Transactions[i].Key != b.Transactions[i].Key || a.Transactions[i].Label != b.Transactions[i].Label {
				t.Errorf("line %d: %+v vs %+v", i, a.Transactions[i], b.Transactions[i])
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	const camtHead = `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>FR7030004008190001234567890</IBAN></Id></Acct>`
	const camtTail = `</Stmt></BkToCstmrStmt></Document>`
	const okEntry = `<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>`
	tests := []struct {
		name, data string
		m          *CSVMapping
		want       string
	}{
		{"releve.csv", "Date;Libellé;Débit;Crédit\n02/03/2026;VIR;;10,00\n03/03/2026;CB;12,3,4;\n", nil,
			"releve.csv, ligne 3, colonne « Débit » : montant « 12,3,4 » illisible"},
		{"releve.csv", "Date;Libellé;Débit;Crédit\n\n02/03/2026;VIR;;10,00\n\n\n\n31/02/2026;CB;12,30;\n", nil,
			"releve.csv, ligne 7 : date « 31/02/2026 » invalide"},
		{"releve.csv", "Date;Libellé;Montant\n02/03/2026;VIR;\n", nil, "releve.csv, ligne 2 : montant manquant"},
		{"releve.csv", "Date;Libellé;Montant\n;VIR;12,00\n", nil, "releve.csv, ligne 2 : date manquante"},
		{"releve.csv", "Date;Libellé;Montant\nSolde au 31/03/2026;;1 234,56\n", nil, "releve.csv : aucune opération trouvée"},
		{"releve.csv", "Quand;Quoi;Combien\n02/03/2026;VIR;10,00\n", nil, "releve.csv : colonnes non reconnues (« Quand », « Quoi », « Combien »)"},
		{"releve.csv", "Quand;Quoi;Combien\n02/03/2026;VIR;10,00\n", &CSVMapping{Date: 0, ValueDate: 0, Label: 1, Detail: -1, Amount: 2, Credit: -1, Debit: -1, Currency: -1, Reference: -1, Payer: -1, ID: -1},
			"« Date » et « Date de valeur » ne peuvent pas lire la même colonne (n° 1 « Quand »)"},
		{"releve.csv", "Quand;Quoi;Combien\n02/03/2026;VIR;10,00\n", &CSVMapping{Date: 0, ValueDate: -1, Label: 1, Detail: -1, Amount: 5, Credit: -1, Debit: -1, Currency: -1, Reference: -1, Payer: -1, ID: -1},
			"la colonne n° 6 choisie pour « Montant » n'existe pas (le fichier en a 3)"},
		{"releve.csv", "Quand;Quoi;Combien\n02/03/2026;VIR;10,00\n", &CSVMapping{Date: 0, ValueDate: -1, Label: 1, Detail: -1, Amount: -1, Credit: -1, Debit: -1, Currency: -1, Reference: -1, Payer: -1, ID: -1},
			"choisissez la colonne du montant"},
		{"releve.csv", "Quand;Quoi;Combien\n2026-02-30;VIR;10,00\n", &CSVMapping{Date: 0, ValueDate: -1, Label: 1, Detail: -1, Amount: 2, Credit: -1, Debit: -1, Currency: -1, Reference: -1, Payer: -1, ID: -1, DateLayout: "2006-01-02"},
			"releve.csv, ligne 2 : date « 2026-02-30 » invalide : attendu au format AAAA-MM-JJ"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><BANKTRANLIST>\n<STMTTRN>\n<TRNTYPE>CREDIT\n<DTPOSTED>20260230\n<TRNAMT>10.00\n</STMTTRN>\n</BANKTRANLIST></OFX>", nil,
			"releve.ofx, ligne 4 : date « 20260230 » invalide"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><BANKTRANLIST>\n<STMTTRN>\n<DTPOSTED>20260302\n<TRNAMT>10.00\n</STMTTRN>\n<STMTTRN>\n<DTPOSTED>20260302\n<TRNAMT>1.2.3\n</STMTTRN></BANKTRANLIST></OFX>", nil,
			"releve.ofx, ligne 8 : montant « 1.2.3 » illisible"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><BANKTRANLIST>\n<STMTTRN>\n<DTPOSTED>20260302\n</STMTTRN></BANKTRANLIST></OFX>", nil,
			"releve.ofx, ligne 4 : montant (TRNAMT) manquant"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><BANKTRANLIST></BANKTRANLIST></OFX>", nil, "releve.ofx : aucune opération trouvée"},
		{"releve.qfx", "OFXHEADER:100\nDATA:OFXSGML\n", nil, "releve.qfx : ce fichier n'est pas un relevé OFX"},
		{"releve.xml", `<?xml version="1.0"?><Invoice><ID>1</ID></Invoice>`, nil,
			"releve.xml : ce fichier XML n'est pas un relevé CAMT.053 (élément racine Document/BkToCstmrStmt attendu"},
		{"releve.xml", `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>`, nil,
			"releve.xml : ce fichier XML n'est pas un relevé CAMT.053 (élément racine Document/BkToCstmrStmt attendu)"},
		{"avis.xml", `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn/></Document>`, nil,
			"avis.xml : ce fichier est un avis de débit/crédit CAMT.054"},
		{"releve.xml", camtHead + okEntry + `<Ntry><Amt Ccy="EUR">12,3,4</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>` + camtTail, nil,
			"releve.xml, écriture n° 2 : montant « 12,3,4 » illisible"},
		{"releve.xml", camtHead + okEntry + okEntry + `<Ntry><Amt Ccy="EUR">1.00</Amt><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry>` + camtTail, nil,
			"releve.xml, écriture n° 3 : sens de l'opération (CdtDbtInd) manquant"},
		{"releve.xml", camtHead + `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-02-31</Dt></BookgDt></Ntry>` + camtTail, nil,
			"releve.xml, écriture n° 1 : date de comptabilisation (BookgDt) : date « 2026-02-31 » invalide"},
		{"releve.xml", camtHead + camtTail, nil, "releve.xml : aucune opération trouvée"},
		{"releve.xml", camtHead + "<Ntry>", nil, "releve.xml : fichier XML illisible"},
		{"releve.csv", "   \n", nil, "le fichier releve.csv est vide"},
	}
	for _, tc := range tests {
		st, err := Parse(tc.name, []byte(tc.data), tc.m)
		if err == nil {
			t.Errorf("%s %.40q: no error, got %+v", tc.name, tc.data, st)
			continue
		}
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Errorf("%s: code %s for %v", tc.name, backend.ErrorCode(err), err)
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %.40q:\n got %q\nwant %q", tc.name, tc.data, err.Error(), tc.want)
		}
		if len(st.Transactions) != 0 {
			t.Errorf("%s: partial result with the error", tc.name)
		}
	}
}

func TestParseCSVAmount(t *testing.T) {
	tests := []struct {
		in   string
		want backend.Cents
		ok   bool
	}{
		{"1 234,56", 123456, true},
		{"1\u00a0234,56", 123456, true},
		{"-45,00", -4500, true},
		{"+1.234,56", 123456, true},
		{"1,234.56", 123456, true},
		{"1234.5", 123450, true},
		{"45,00-", -4500, true},
		{"\u221212,00", -1200, true},
		{"1 234,56 €", 123456, true},
		{"(12,00)", -1200, true},
		{"0,00", 0, true},
		{"12,3,4", 0, false},
		{"1.23,45", 0, false},
		{"12,345", 0, false},
		{"abc", 0, false},
		{"1,2,3.45", 0, false},
	}
	for _, tc := range tests {
		got, ok := parseCSVAmount(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("parseCSVAmount(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want backend.Cents
		ok   bool
	}{
		{"1250.00", 125000, true}, {"-68.40", -6840, true}, {"+1250", 125000, true}, {"2130,50", 213050, true},
		{"845.2", 84520, true}, {"12.3400", 1234, true}, {".5", 50, true},
		{"12.345", 0, false}, {"1.2.3", 0, false}, {"12.", 0, false}, {"", 0, false}, {"1 234.00", 0, false}, {"-", 0, false},
	}
	for _, tc := range tests {
		got, ok := parseDecimal(tc.in)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("parseDecimal(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// Title lines that fool importer.Decode (a first line holding a date is taken for data) are dropped.
func TestCSVTitleLinesBeforeHeader(t *testing.T) {
	data := "Date ;31/03/2026\nSolde ;1 234,56\n\nDate;Libellé;Montant\n30/03/2026;VIR DUPONT;100,00\n29/03/2026;CB;-5,00\n"
	st, err := Parse("releve.csv", []byte(data), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Transactions) != 2 || st.Transactions[0].Line != 5 || st.Transactions[1].Amount != -500 {
		t.Fatalf("%+v", st.Transactions)
	}
	p, err := PreviewCSV("releve.csv", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.Headers, "|") != "Date|Libellé|Montant" || !p.Recognised || len(p.Rows) != 2 {
		t.Errorf("%+v", p)
	}
	// The mapping of the preview reads the file as it is.
	m := p.Mapping
	m.Preset = ""
	st2, err := Parse("releve.csv", []byte(data), &m)
	if err != nil || len(st2.Transactions) != 2 || st2.Transactions[0].Key != st.Transactions[0].Key {
		t.Fatalf("%v %+v", err, st2)
	}
}

func TestCSVExplicitMapping(t *testing.T) {
	data := "Export du compte FR70 3000 4008 1900 0123 4567 890\nQuand,Quoi,Qui,Entrée,Sortie,Id\n2026-03-02,Facture F-2026-014,Dupont SARL,1250.00,,A1\n2026-03-03,Frais,,,\"1,234.50\",A2\n"
	m := Unmapped()
	m.Date, m.Label, m.Payer, m.Credit, m.Debit, m.ID = 0, 1, 2, 3, 4, 5
	m.DateLayout = "2006-01-02"
	st, err := Parse("export.csv", []byte(data), &m)
	if err != nil {
		t.Fatal(err)
	}
	if st.Account != "FR7030004008190001234567890" || len(st.Transactions) != 2 {
		t.Fatalf("%+v", st)
	}
	check(t, "export.csv", st.Transactions[0], want{booked: "2026-03-02", amount: 125000, label: "Facture F-2026-014", payer: "Dupont SARL", key: "A1", line: 3})
	check(t, "export.csv", st.Transactions[1], want{amount: -123450, key: "A2", line: 4})

	// SkipRows drops lines before looking for the header.
	m2 := Unmapped()
	m2.Date, m2.Label, m2.Amount, m2.SkipRows = 0, 1, 2, 2
	st, err = Parse("x.csv", []byte("titre\n02/03/2026;date en titre;5,00\nA;B;C\n03/03/2026;VIR;7,00\n"), &m2)
	if err != nil || len(st.Transactions) != 1 || st.Transactions[0].Line != 4 || st.Transactions[0].Amount != 700 {
		t.Fatalf("%v %+v", err, st)
	}
}

func TestPresetsRecogniseTheirOwnHeaders(t *testing.T) {
	ids := map[string]bool{}
	for _, p := range Presets() {
		if ids[p.ID] || p.Name == "" {
			t.Errorf("preset %q duplicated or unnamed", p.ID)
		}
		ids[p.ID] = true
		m, ok := SuggestMapping(p.Headers)
		if !ok {
			t.Errorf("%s: own headers not recognised", p.ID)
			continue
		}
		if m != p.Mapping {
			t.Errorf("%s: mapping %+v, want %+v", p.ID, m, p.Mapping)
		}
		if err := m.validate("x.csv", p.Headers, len(p.Headers)); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
	}
	if len(ids) < 10 {
		t.Errorf("%d presets", len(ids))
	}
}

func TestSuggestMapping(t *testing.T) {
	// A newer Qonto export: columns moved, French names, extra columns.
	m, ok := SuggestMapping([]string{"Statut", "Date de règlement (UTC)", "Nom de la contrepartie", "Montant total (TTC)", "Devise", "ID de la transaction", "Référence", "Catégorie"})
	if !ok || m.Preset != "qonto" || m.Date != 1 || m.Payer != 2 || m.Amount != 3 || m.Currency != 4 || m.ID != 5 || m.Label != 6 {
		t.Errorf("qonto: %v %+v", ok, m)
	}
	// Unknown headers: a guess, to confirm.
	m, ok = SuggestMapping([]string{"Jour", "Date valeur", "Description", "Sorties", "Entrées", "Réf."})
	if ok || m.Date != -1 || m.ValueDate != 1 || m.Label != 2 || m.Debit != 3 || m.Credit != 4 || m.Reference != 5 {
		t.Errorf("guess: %v %+v", ok, m)
	}
	m, ok = SuggestMapping([]string{"Date d'opération", "Libellé de l'opération", "Montant (€)", "Solde"})
	if ok || m.Date != 0 || m.Label != 1 || m.Amount != 2 {
		t.Errorf("guess 2: %v %+v", ok, m)
	}
}

func TestCAMTEndToEndKeyAndCharset(t *testing.T) {
	doc := `<?xml version="1.0" encoding="ISO-8859-1"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt><Acct><Id><Othr><Id>00012345</Id></Othr></Id></Acct>
<Ntry><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><DtTm>2026-03-02T09:00:00+01:00</DtTm></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>F-2026-014</EndToEndId></Refs><RltdPties><Dbtr><Nm>Société Dupont</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Facture F-2026-014 acompte</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-20</Dt></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>F-2026-014</EndToEndId></Refs><RmtInf><Ustrd>Facture F-2026-014 solde</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>`
	data, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	st, err := Parse("releve.xml", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Account != "00012345" || len(st.Transactions) != 2 {
		t.Fatalf("%+v", st)
	}
	a, b := st.Transactions[0], st.Transactions[1]
	if a.Payer != "Société Dupont" || a.Reference != "F-2026-014" || a.BookedOn.String() != "2026-03-02" {
		t.Errorf("%+v", a)
	}
	// A payer reusing an end-to-end id for two payments does not make them one.
	if a.Key == b.Key || !strings.HasPrefix(a.Key, "E2E:F-2026-014:") {
		t.Errorf("keys %q %q", a.Key, b.Key)
	}
}

func TestAmountCap(t *testing.T) {
	csv := "Date;Libellé;Montant\n05/03/2026;VIR SEPA ACME;1 500,00\n06/03/2026;VIR SEPA MEGACORP;2 000 000 000,00\n"
	_, err := Parse("releve.csv", []byte(csv), nil)
	if err == nil || !strings.Contains(backend.ErrorMessage(err), "ligne 3") || !strings.Contains(backend.ErrorMessage(err), "trop grand") {
		t.Errorf("a 2 billion euro line must be refused naming its line: %v", err)
	}
	ofx := "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKTRANLIST>\n" +
		"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>99999999999999.99<FITID>A1<NAME>VIR ACME</STMTTRN>\n" +
		"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
	if _, err := Parse("releve.ofx", []byte(ofx), nil); err == nil || !strings.Contains(backend.ErrorMessage(err), "trop grand") {
		t.Errorf("an OFX amount above the cap must be refused: %v", err)
	}
}

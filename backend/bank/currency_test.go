package bank

import (
	"strings"
	"testing"

	"relance/backend"
)

// Every line carries the currency its statement gives: OFX CURDEF or a transaction's CURRENCY, CAMT Ccy, a CSV
// currency column or a code written with the amount; EUR only when the file says nothing.
func TestCurrencies(t *testing.T) {
	const ofxHead = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
	const ofxTail = "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
	tests := []struct {
		name, file, data string
		want             []string // currency of each operation
		amounts          []backend.Cents
	}{
		{"OFX in Swiss francs (UBS)", "ubs.ofx", ofxHead + "<CURDEF>CHF<BANKACCTFROM><BANKID>0235<ACCTID>CH5604835012345678009<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n" +
			"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>2088.00<FITID>UBS-1<NAME>BOULANGERIE LEFEVRE<MEMO>F-2026-021</STMTTRN>\n" +
			"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260306<TRNAMT>-12.50<FITID>UBS-2<NAME>FRAIS</STMTTRN>\n" + ofxTail,
			[]string{"CHF", "CHF"}, []backend.Cents{208800, -1250}},
		{"OFX in euros, one line in dollars, one converted by the bank", "bnp.ofx", ofxHead + "<CURDEF>EUR<BANKTRANLIST>\n" +
			"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>1500.00<FITID>A1<NAME>ACME INC<CURRENCY><CURRATE>0.92<CURSYM>USD</CURRENCY></STMTTRN>\n" +
			"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260306<TRNAMT>1380.00<FITID>A2<NAME>ACME INC<ORIGCURRENCY><CURRATE>0.92<CURSYM>USD</ORIGCURRENCY></STMTTRN>\n" +
			"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260307<TRNAMT>300.00<FITID>A3<NAME>SARL DUPONT</STMTTRN>\n" + ofxTail,
			[]string{"USD", "EUR", "EUR"}, []backend.Cents{150000, 138000, 30000}},
		{"CAMT.053 with an account in pounds", "barclays.xml", `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>B1</MsgId><CreDtTm>2026-03-07T08:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S1</Id><Acct><Id><IBAN>GB29NWBK60161331926819</IBAN></Id><Ccy>GBP</Ccy></Acct>
<Ntry><Amt Ccy="GBP">845.20</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-05</Dt></BookgDt><AcctSvcrRef>R1</AcctSvcrRef>
<NtryDtls><TxDtls><RmtInf><Ustrd>INVOICE F-2026-030</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
<Ntry><Amt>10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt><AcctSvcrRef>R2</AcctSvcrRef></Ntry>
</Stmt></BkToCstmrStmt></Document>`, []string{"GBP", "GBP"}, []backend.Cents{84520, -1000}},
		{"Qonto with a currency column", "qonto.csv", "Status,Settlement date (UTC),Operation date (UTC),Total amount (incl. VAT),Currency,Counterparty name,Payment method,Transaction ID,IBAN,Reference,Category,Note\n" +
			"completed,2026-03-05 10:12:00,2026-03-05 10:11:00,2088.00,CHF,Lefevre SA,transfer,tx-1,,F-2026-021,,\n" +
			"completed,2026-03-06 09:00:00,2026-03-06 09:00:00,450.00,EUR,SARL Dupont,transfer,tx-2,,F-2026-014,,\n",
			[]string{"CHF", "EUR"}, []backend.Cents{208800, 45000}},
		{"amounts written with their currency", "export.csv", "Date;Libellé;Montant\n05/03/2026;VIR LEFEVRE SA F-2026-021;2 088,00 CHF\n06/03/2026;VIR SARL DUPONT;450,00 €\n",
			[]string{"CHF", "EUR"}, []backend.Cents{208800, 45000}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, err := Parse(tc.file, []byte(tc.data), nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(st.Transactions) != len(tc.want) {
				t.Fatalf("%d operations: %+v", len(st.Transactions), st.Transactions)
			}
			for i, tx := range st.Transactions {
				if tx.Currency != tc.want[i] || tx.Amount != tc.amounts[i] {
					t.Errorf("operation %d: %v %s, want %v %s", i, tx.Amount, tx.Currency, tc.amounts[i], tc.want[i])
				}
			}
		})
	}
}

func TestCurrencyErrors(t *testing.T) {
	tests := []struct{ file, data, want string }{
		{"shine.csv", "Date de la transaction;Libellé;Nom de la contrepartie;Montant;Devise;Référence\n05/03/2026;VIR;LEFEVRE;100,00;Bitcoin;F1\n",
			"shine.csv, ligne 2, colonne « Devise » : devise « Bitcoin » inconnue"},
		{"shine.csv", "Date de la transaction;Libellé;Nom de la contrepartie;Montant;Devise;Référence\n05/03/2026;VIR;LEFEVRE;100,00 USD;CHF;F1\n",
			"shine.csv, ligne 2 : le montant est en USD mais la colonne « Devise » indique CHF"},
		{"mizuho.csv", "Date;Libellé;Montant;Devise\n05/03/2026;FURIKOMI TANAKA KK;123456,50;JPY\n",
			"mizuho.csv, ligne 2 : montant 123\u00a0456,50 JPY trop précis : le JPY n'a pas de décimales"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><BANKTRANLIST>\n<STMTTRN><DTPOSTED>20260302<TRNAMT>10.005<FITID>1</STMTTRN></BANKTRANLIST></OFX>",
			"releve.ofx, ligne 4 : montant (TRNAMT) « 10.005 » trop précis : au plus deux décimales"},
		{"releve.ofx", "OFXHEADER:100\n\n<OFX><CURDEF>EURO<BANKTRANLIST>\n<STMTTRN><DTPOSTED>20260302<TRNAMT>10.00<FITID>1</STMTTRN></BANKTRANLIST></OFX>",
			"releve.ofx, ligne 4 : devise « EURO » invalide"},
		{"releve.xml", `<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>` +
			`<Ntry><Amt Ccy="EUR">10.125</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-03-02</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>`,
			"releve.xml, écriture n° 1 : montant (Amt) « 10.125 » trop précis"},
		{"sg.csv", "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise\n05/03/2026;VIR;F1;1 234,567;EUR\n",
			"sg.csv, ligne 2, colonne « Montant de l'opération » : montant « 1 234,567 » trop précis"},
	}
	for _, tc := range tests {
		_, err := Parse(tc.file, []byte(tc.data), nil)
		if err == nil || !strings.Contains(backend.ErrorMessage(err), tc.want) {
			t.Errorf("%s:\n got %v\nwant %q", tc.file, err, tc.want)
		}
	}
}

// A payer's label cannot hide text with control characters or bidirectional overrides.
func TestLabelsLoseInvisibleCharacters(t *testing.T) {
	csv := "Date;Libellé;Montant\n05/03/2026;VIR SEPA \u202eF-2026-021\u202c DUPONT\x1b[2J;1 130,50\n"
	st, err := Parse("releve.csv", []byte(csv), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Transactions[0].Label; got != "VIR SEPA F-2026-021 DUPONT[2J" {
		t.Errorf("label %q", got)
	}
}

package bank

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
)

func seed(f *testing.F, pattern string, extra ...string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, e := range extra {
		f.Add([]byte(e))
	}
}

// checkStatement is what any successful parse guarantees.
func checkStatement(t *testing.T, st Statement, err error) {
	t.Helper()
	if err != nil {
		if backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("error without EINVALID: %v", err)
		}
		if len(st.Transactions) != 0 {
			t.Fatal("partial result with an error")
		}
		return
	}
	if len(st.Transactions) == 0 {
		t.Fatal("success without operations")
	}
	keys := map[string]bool{}
	for _, tr := range st.Transactions {
		if tr.Key == "" || keys[tr.Key] {
			t.Fatalf("key %q empty or repeated", tr.Key)
		}
		keys[tr.Key] = true
		if tr.BookedOn.IsZero() || tr.Currency == "" {
			t.Fatalf("incomplete transaction %+v", tr)
		}
	}
}

func parseFuzz(t *testing.T, f Format, name string, data []byte) {
	st, err := parseAs(f, name, data, nil)
	if err == nil {
		if len(st.Transactions) == 0 {
			return // Parse turns this into "aucune opération trouvée"
		}
		finishKeys(st.Transactions)
	}
	checkStatement(t, st, err)
	// Parse itself, through detection, holds to the same.
	st, err = Parse(name, data, nil)
	checkStatement(t, st, err)
}

func FuzzParseCSV(f *testing.F) {
	seed(f, "*.csv",
		"Date;Libellé;Montant\n31/02/2026;x;1,00\n",
		"Date;Libellé;Débit;Crédit\n02/03/2026;\"a\nb\";12,3,4;\n",
		"Titre\nDate ;01/01/2026\n\nDate opération;Date valeur;Libellé;Montant\n2026-01-01;2026-01-02;VIR;+1.234,56\n",
		"\xff\xfeD\x00a\x00t\x00e\x00;\x00M\x00o\x00n\x00t\x00a\x00n\x00t\x00\n\x00",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		parseFuzz(t, FormatCSV, "fuzz.csv", data)
		m := Unmapped()
		m.Date, m.Label, m.Amount, m.DateLayout = 0, 1, 2, "02/01/2006"
		st, err := parseAs(FormatCSV, "fuzz.csv", data, &m)
		if err != nil && backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("error without EINVALID: %v", err)
		}
		_ = st
		if _, err := PreviewCSV("fuzz.csv", data); err != nil && backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("preview error without EINVALID: %v", err)
		}
	})
}

func FuzzParseOFX(f *testing.F) {
	seed(f, "*.ofx",
		"OFXHEADER:100\n<OFX><STMTTRN><DTPOSTED>2026<TRNAMT>-<FITID>a</OFX>",
		"<OFX><!-- x <STMTTRN> --><STMTTRN><DTPOSTED>20260102<TRNAMT>1,5</STMTTRN><STMTTRN></OFX>",
		"<OFX><STMTRS><ACCTID>1<STMTTRN><DTPOSTED>20260102<TRNAMT>1<NAME>&#x0;&amp</STMTRS></OFX>",
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		parseFuzz(t, FormatOFX, "fuzz.ofx", data)
	})
}

func FuzzParseCAMT(f *testing.F) {
	seed(f, "*.xml",
		`<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-01</Dt></BookgDt><NtryDtls><TxDtls><Amt>0.5</Amt></TxDtls><TxDtls><AmtDtls><TxAmt><Amt>0.5</Amt></TxAmt></AmtDtls></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>`,
		`<?xml version="1.0" encoding="KOI8-R"?><Document/>`,
		`<Document><BkToCstmrAcctRpt/></Document>`,
	)
	f.Fuzz(func(t *testing.T, data []byte) {
		parseFuzz(t, FormatCAMT053, "fuzz.xml", data)
	})
}

func TestFuzzSeedsHoldInvariants(t *testing.T) {
	// The seeds run as part of `go test`; this checks a detail the fuzz targets cannot: error messages name the
	// file.
	_, err := Parse("mon-releve.ofx", []byte("OFXHEADER:100\n<OFX><STMTTRN><DTPOSTED>x</STMTTRN></OFX>"), nil)
	if err == nil || !strings.HasPrefix(err.Error(), "mon-releve.ofx, ligne 2 :") {
		t.Errorf("%v", err)
	}
}

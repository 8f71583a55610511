package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/app"
	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/store"
)

func TestForeignCurrencyIsNeverAutoMatched(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	dir := env.Dirs.Data
	env.Store.Close()
	file := filepath.Join(t.TempDir(), "postfinance-chf.ofx")
	if err := os.WriteFile(file, []byte(testOFXCHF), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) string {
		var out bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &out, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		if code := c.Run(dir, args); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, out.String())
		}
		return out.String()
	}
	// The import says the statement's currency and totals it in francs, never in euros.
	out := run("import", "bank", file)
	if !strings.Contains(out, "Relevé OFX en CHF importé") || !strings.Contains(out, "3\u00a0288,00\u00a0CHF") || strings.Contains(out, "€") {
		t.Fatalf("import: %s", out)
	}
	out = run("reconcile", "--auto")
	if !strings.Contains(out, "0 paiement rapproché automatiquement") ||
		!strings.Contains(out, "2 encaissements en CHF non rapprochés automatiquement") ||
		!strings.Contains(out, "2 encaissements à rapprocher (3\u00a0288,00\u00a0CHF)") || !strings.Contains(out, "1\u00a0200,00\u00a0CHF") {
		t.Fatalf("reconcile --auto: %s", out)
	}
	var lines []reconcileLine
	if err := json.Unmarshal([]byte(run("reconcile", "--json")), &lines); err != nil || len(lines) != 2 {
		t.Fatalf("reconcile --json: %v %+v", err, lines)
	}
	for _, l := range lines {
		if l.Currency != "CHF" || len(l.Suggestions) == 0 || l.Suggestions[0].Score >= 90 ||
			!strings.Contains(strings.Join(l.Suggestions[0].Reasons, " "), "indiquez le montant reçu en euros") {
			t.Errorf("a CHF line must be suggested by its invoice number, below the automatic score: %+v", l)
		}
	}
	// The euro invoices are still owed in full.
	var rep reportFigures
	if err := json.Unmarshal([]byte(run("report", "--today", "2026-11-23", "--json")), &rep); err != nil || rep.Outstanding != "2170.00" {
		t.Fatalf("report: %+v %v", rep, err)
	}

	// In the window: the same line is confirmed by hand only with the euros actually received (the rules are
	// backend/cash's, tested there); the binding shows the waiting total per currency and tells the UI once a
	// payment is recorded, not when it is refused.
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events := &eventRecorder{}
	env = &app.Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: events}, Dirs: desktop.ResolveDirs(dir)}
	api := app.CommandBindings(env).Bank
	rec, err := api.Reconciliation()
	if err != nil || len(rec.Waiting) != 1 || rec.Waiting[0].Currency != "CHF" || rec.Waiting[0].Amount != 328800 {
		t.Fatalf("waiting per currency: %+v %v", rec.Waiting, err)
	}
	var line app.BankLineView
	for _, v := range rec.Unmatched {
		if v.Line.Amount == 120000 {
			line = v
		}
	}
	s := line.Suggestions[0]
	if !s.NeedsEuroAmount || s.Invoices[0].Number != "F-2026-0101" {
		t.Fatalf("suggestion %+v", s)
	}
	if _, err := api.Confirm(line.Line.Key, s.ClientID, s.Allocations, 0); err == nil || !strings.Contains(backend.ErrorMessage(err), "indiquez le montant reçu en euros") {
		t.Fatalf("confirming a CHF line without its euro amount: %v", err)
	}
	if got := events.got(); len(got) != 0 {
		t.Fatalf("events of a refused confirmation: %v", got)
	}
	// CHF 1 200.00 became 1 278,45 €: the invoice is paid, 78,45 € stay as the client's credit.
	rec, err = api.Confirm(line.Line.Key, s.ClientID, s.Allocations, 127845)
	if err != nil || len(rec.Matched) != 1 || rec.Matched[0].ClientName != "Menuiserie Lefèvre" || len(rec.Unmatched) != 1 {
		t.Fatalf("after confirming: %+v %v", rec, err)
	}
	if got := strings.Join(events.got(), " "); got != "bank:updated ledger:changed chase:updated" {
		t.Fatalf("events after confirming: %s", got)
	}
	if inv, _ := env.Store.InvoiceByNumber("F-2026-0101"); inv.Status != backend.StatusPaid {
		t.Fatalf("invoice %+v", inv)
	}
}

// A Swiss franc statement of a PostFinance business account, written for this test: the business client of
// ledgerWithOverdue pays « F-2026-0101 » with CHF 1 200.00 — the same figure as the invoice's 1 200,00 €, and its
// number in the label, so that only the currency tells them apart — and a CHF 2 088.00 transfer quotes F-2026-0102.
const testOFXCHF = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261123080000<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1>
<STMTTRNRS>
<TRNUID>1
<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS>
<CURDEF>CHF
<BANKACCTFROM>
<BANKID>09000
<ACCTID>CH9300762011623852957
<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>20261101
<DTEND>20261123
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20261120
<TRNAMT>1200.00
<FITID>PF2026112000017
<NAME>MENUISERIE LEFEVRE
<MEMO>GUTSCHRIFT FACTURE F-2026-0101
</STMTTRN>
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20261122
<TRNAMT>2088.00
<FITID>PF2026112200004
<NAME>MENUISERIE LEFEVRE SA GENEVE
<MEMO>F-2026-0102 ACOMPTE
</STMTTRN>
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20261121
<TRNAMT>-15.00
<FITID>PF2026112100002
<NAME>FRAIS DE TENUE DE COMPTE
</STMTTRN>
</BANKTRANLIST>
<LEDGERBAL><BALAMT>3273.00<DTASOF>20261123</LEDGERBAL>
</STMTRS>
</STMTTRNRS>
</BANKMSGSRSV1>
</OFX>
`

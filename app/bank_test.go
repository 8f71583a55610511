package app

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/store"
)

// An OFX statement: the business client of ledgerWithOverdue pays F-2026-0101 (1 200,00 €) on 23/11/2026, and a
// supplier's direct debit goes out.
const testOFX = `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<BANKMSGSRSV1>
<STMTTRNRS>
<TRNUID>0
<STMTRS>
<CURDEF>EUR
<BANKACCTFROM>
<BANKID>30006
<ACCTID>00011234567
<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>20261101
<DTEND>20261123
<STMTTRN>
<TRNTYPE>CREDIT
<DTPOSTED>20261123
<TRNAMT>1200.00
<FITID>20261123-0001
<NAME>VIR MENUISERIE LEFEVRE
<MEMO>REGLEMENT FACTURE F-2026-0101
</STMTTRN>
<STMTTRN>
<TRNTYPE>DEBIT
<DTPOSTED>20261121
<TRNAMT>-84.90
<FITID>20261121-0002
<NAME>PRLV SEPA ORANGE
</STMTTRN>
</BANKTRANLIST>
</STMTRS>
</STMTTRNRS>
</BANKMSGSRSV1>
</OFX>
`

func TestBankImportConfirmStopsTheChaseAndThanks(t *testing.T) {
	env, chase, sink, biz := mailLedger(t)
	today := backend.Today(env.Clock)
	// A reminder went out for both invoices of the business client: the chase knows it.
	if _, err := chase.service().Run(today, false); err != nil {
		t.Fatal(err)
	}
	if _, err := chase.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	v, _ := chase.Today()
	if !strings.Contains(v.BankWarning, "Aucun relevé bancaire") {
		t.Fatalf("no bank warning: %q", v.BankWarning)
	}
	api := &BankAPI{env: env, chase: chase}
	content := base64.StdEncoding.EncodeToString([]byte(testOFX))
	p, err := api.Preview("releve.ofx", content)
	if err != nil || p.Format != "ofx" || p.NeedsMap {
		t.Fatalf("preview %+v %v", p, err)
	}
	r, err := api.Import("releve.ofx", content, nil, false)
	if err != nil || r.Added != 2 || r.Credits != 1 || r.CreditSum != 120000 {
		t.Fatalf("import %+v %v", r, err)
	}
	// The same statement again adds nothing.
	if r, err = api.Import("releve.ofx", content, nil, false); err != nil || r.Added != 0 || r.Duplicates != 2 {
		t.Fatalf("second import %+v %v", r, err)
	}
	rec, err := api.Reconciliation()
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Unmatched) != 1 || rec.Debits != 1 || len(rec.Unmatched[0].Suggestions) == 0 {
		t.Fatalf("reconciliation %+v", rec)
	}
	s := rec.Unmatched[0].Suggestions[0]
	if s.ClientID != biz.ID || len(s.Invoices) != 1 || s.Invoices[0].Number != "F-2026-0101" || s.Score < 90 {
		t.Fatalf("suggestion %+v", s)
	}
	if _, err := api.Confirm(rec.Unmatched[0].Line.Key, s.ClientID, s.Allocations, 0); err != nil {
		t.Fatal(err)
	}
	inv, _ := env.Store.InvoiceByNumber("F-2026-0101")
	if inv.Status != backend.StatusPaid {
		t.Fatalf("invoice %+v", inv)
	}
	// The thank-you for the chased invoice is in the outbox and goes out.
	if _, err := chase.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	msgs := sink.messages()
	if len(msgs) != 2 || !strings.Contains(msgs[1], "F-2026-0101") {
		t.Fatalf("%d messages; last:\n%s", len(msgs), msgs[len(msgs)-1])
	}
	out, _ := env.Store.Outbox(store.OutboxQuery{})
	if out[0].Template != "thanks" || out[0].State != backend.OutboxSent {
		t.Fatalf("thank-you %+v", out[0])
	}
	// The warning is gone: the statement is fresh.
	if v, _ = chase.Today(); v.BankWarning != "" {
		t.Fatalf("warning after import: %q", v.BankWarning)
	}
	// The dashboard counts the reminder and its invoice paid within 7 days.
	d, err := (&DashboardAPI{env: env}).Get()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.ByChannel) != 1 || d.ByChannel[0].Key != "email" || d.ByChannel[0].Sent != 2 || d.ByChannel[0].PaidWithin7 != 1 {
		t.Fatalf("by channel %+v", d.ByChannel)
	}
	// Confirmed by mistake: undone, the invoice is owed again and the line waits with its suggestion; the thank-you
	// already sent is not sent again when it is confirmed once more.
	key := rec.Unmatched[0].Line.Key
	if rec, err = api.Reopen(key, "pas ce client"); err != nil {
		t.Fatal(err)
	}
	if len(rec.Unmatched) != 1 || rec.Unmatched[0].Line.Key != key || len(rec.Matched) != 0 || len(rec.Unmatched[0].Suggestions) == 0 {
		t.Fatalf("after undo %+v", rec)
	}
	if inv, _ = env.Store.InvoiceByNumber("F-2026-0101"); inv.Status != backend.StatusOpen || inv.Remaining() != 120000 {
		t.Fatalf("invoice after undo %+v", inv)
	}
	if _, err := api.Confirm(key, s.ClientID, s.Allocations, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := chase.outbox.sender().Process(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	if n := len(sink.messages()); n != 2 {
		t.Fatalf("%d messages after confirming again, want the 2 already sent", n)
	}
	if _, err := api.Reopen(key, ""); err != nil {
		t.Fatal(err)
	}
	// A set-aside line is listed apart and can be taken back too.
	if rec, err = api.Ignore(key, "remboursement"); err != nil || len(rec.Ignored) != 1 || rec.Ignored[0].Line.Note != "remboursement" {
		t.Fatalf("ignored %+v %v", rec.Ignored, err)
	}
	if rec, err = api.Reopen(key, ""); err != nil || len(rec.Ignored) != 0 || len(rec.Unmatched) != 1 {
		t.Fatalf("taken back %+v %v", rec, err)
	}
}

// ledgerWithOverdue at 23/11/2026: 1 200 € due 31/08 (84 days: 61–90), 600 € due 15/10 (39 days: 31–60), 10 € due
// 10/12 (not due), and the consumer's 360 € due 01/10 (53 days: 31–60). Outstanding 2 170 €, overdue 2 160 €.
func TestDashboardReportAndAgedBalance(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	api := &DashboardAPI{env: env}
	d, err := api.Get()
	if err != nil {
		t.Fatal(err)
	}
	f := d.Figures
	if f.Outstanding != 217000 || f.Overdue != 216000 || f.OverdueInvoices != 3 || f.OpenInvoices != 4 {
		t.Fatalf("figures %+v", f)
	}
	want := map[string]backend.Cents{"not_due": 1000, "1_30": 0, "31_60": 96000, "61_90": 120000, "over_90": 0}
	for _, b := range f.Aging {
		if b.Amount != want[b.Key] {
			t.Errorf("bucket %s: %v, want %v", b.Key, b.Amount, want[b.Key])
		}
	}
	if len(f.TopDebtors) != 2 || f.TopDebtors[0].Code != "MEN" {
		t.Fatalf("top debtors %+v", f.TopDebtors)
	}
	// The aged balance, as CSV and PDF.
	path, err := api.ExportAgedBalance("csv")
	if err != nil {
		t.Fatal(err)
	}
	csv, _ := os.ReadFile(path)
	if !strings.Contains(string(csv), "MEN;Menuiserie Lefèvre;10,00;0,00;6") || !strings.Contains(string(csv), ";Total;") {
		t.Fatalf("csv:\n%s", csv)
	}
	path, err = api.ExportAgedBalance("pdf")
	if err != nil || filepath.Ext(path) != ".pdf" {
		t.Fatalf("pdf %q %v", path, err)
	}
	text := pdfText(t, path)
	for _, w := range []string{"Balance âgée au 23/11/2026", "Menuiserie Lefèvre", "2 170,00"} {
		if !strings.Contains(strings.ReplaceAll(text, "\u00a0", " "), w) {
			t.Errorf("aged balance PDF lacks %q:\n%s", w, text)
		}
	}
	b, err := api.ClientBehaviour(d.Figures.TopDebtors[0].ClientID)
	if err != nil || b.Score <= 0 || len(b.Explanation) == 0 {
		t.Fatalf("behaviour %+v %v", b, err)
	}
}

func TestCLIImportBankAndReconcile(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	dir := env.Dirs.Data
	env.Store.Close()
	file := filepath.Join(t.TempDir(), "releve.ofx")
	if err := os.WriteFile(file, []byte(testOFX), 0o600); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, int) {
		var out bytes.Buffer
		c := &CLI{Stdout: &out, Stderr: &out, Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
		code := c.Run(dir, args)
		return out.String(), code
	}
	if out, code := run("import", "bank", file, "--dry-run"); code != 0 || !strings.Contains(out, "2 opérations nouvelles") {
		t.Fatalf("dry run %d: %s", code, out)
	}
	if out, code := run("import", "bank", file); code != 0 || !strings.Contains(out, "dont 1 encaissement (") {
		t.Fatalf("import %d: %s", code, out)
	}
	out, code := run("reconcile", "--json")
	var lines []reconcileLine
	if code != 0 || json.Unmarshal([]byte(out), &lines) != nil || len(lines) != 1 || lines[0].Suggestions[0].Invoices[0] != "F-2026-0101" {
		t.Fatalf("reconcile %d: %s", code, out)
	}
	if out, code := run("reconcile", "--auto"); code != 0 || !strings.Contains(out, "1 paiement rapproché automatiquement") || !strings.Contains(out, "0 encaissement à rapprocher") {
		t.Fatalf("reconcile --auto %d: %s", code, out)
	}
	// The dashboard figures from the command line (see TestDashboardReportAndAgedBalance), after the payment of
	// F-2026-0101: 970 € outstanding, 960 € overdue.
	out, code = run("report", "--today", "2026-11-23", "--json")
	var rep reportFigures
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || rep.Outstanding != "970.00" || rep.Overdue != "960.00" ||
		rep.Aging["61_90"] != "0.00" || rep.CollectedThisMonth != "1200.00" {
		t.Fatalf("report --json %d: %s", code, out)
	}
	if out, code := run("import", "bank", filepath.Join(t.TempDir(), "absent.csv")); code != 1 || !strings.Contains(out, "impossible de lire") {
		t.Fatalf("missing file %d: %s", code, out)
	}
}

package app

import (
	"context"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/app/apptest"
	"relance/backend"
	"relance/backend/store"
)

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
	content := base64.StdEncoding.EncodeToString([]byte(apptest.OFX))
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
	msgs := sink.Messages()
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
	if n := len(sink.Messages()); n != 2 {
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

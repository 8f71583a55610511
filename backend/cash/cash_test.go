package cash_test

import (
	"encoding/base64"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/bank"
	"relance/backend/cash"
	"relance/backend/service"
	"relance/backend/store"
)

// thanked records the payments passed on for the thank-you.
type thanked []backend.Payment

func (t *thanked) ThankPaid(p backend.Payment) { *t = append(*t, p) }

// fixture is a ledger on 23/11/2026 in a real store: Menuiserie Lefèvre (MEN) owes F-2026-0101 (1 200 €, due
// 31/08), F-2026-0102 (600 €, due 15/10) and F-2026-0103 (10 €, not due); Mme Petit (PET) owes F-2026-0201 (360 €).
type fixture struct {
	t      *testing.T
	cash   *cash.Cash
	thanks *thanked
	men    backend.Client
	inv    map[string]uint64 // invoice ids by number
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{t: t, thanks: &thanked{}, inv: map[string]uint64{}}
	f.cash = cash.New(&service.Deps{Store: st, Clock: clock}, f.thanks)
	f.men = backend.Client{Code: "MEN", Name: "Menuiserie Lefèvre", Type: backend.Business}
	pet := backend.Client{Code: "PET", Name: "Mme Claire Petit", Type: backend.Consumer}
	for _, c := range []*backend.Client{&f.men, &pet} {
		if err := st.SaveClient(c); err != nil {
			t.Fatal(err)
		}
	}
	owed := []struct {
		number, due string
		client      uint64
		amount      backend.Cents
	}{{"F-2026-0101", "2026-08-31", f.men.ID, 120000}, {"F-2026-0102", "2026-10-15", f.men.ID, 60000},
		{"F-2026-0103", "2026-12-10", f.men.ID, 1000}, {"F-2026-0201", "2026-10-01", pet.ID, 36000}}
	for _, o := range owed {
		due := backend.MustDate(o.due)
		inv := backend.Invoice{Number: o.number, ClientID: o.client, IssueDate: due.AddDays(-30), DueDate: due,
			AmountExclTax: o.amount, AmountInclTax: o.amount}
		if err := st.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
		f.inv[o.number] = inv.ID
	}
	return f
}

func (f *fixture) invoice(number string) *backend.Invoice {
	f.t.Helper()
	inv, err := f.cash.Store.Invoice(f.inv[number])
	if err != nil {
		f.t.Fatal(err)
	}
	return &inv
}

// csvMapping reads the statements below: date, label, amount, currency.
func csvMapping() *bank.CSVMapping {
	m := bank.Unmapped()
	m.Date, m.Label, m.Amount, m.Currency = 0, 1, 2, 3
	return &m
}

// A statement in a layout no preset knows: MEN pays F-2026-0101 by its number, someone pays 600 € quoting
// nothing, and a debit goes out.
const statement = "Jour;Opération;Somme;Monnaie\n" +
	"20/11/2026;VIR SEPA MENUISERIE LEFEVRE FACT F-2026-0101;1200,00;EUR\n" +
	"21/11/2026;PRLV SEPA EDF;-84,90;EUR\n" +
	"22/11/2026;VIR SEPA M DURAND;600,00;EUR\n"

func (f *fixture) importCSV(text string, dry bool) cash.ImportResult {
	f.t.Helper()
	r, err := f.cash.Import("releve.csv", []byte(text), csvMapping(), dry)
	if err != nil {
		f.t.Fatal(err)
	}
	return r
}

// unmatched is the waiting credit of amount (fails when there is none).
func (f *fixture) unmatched(amount backend.Cents) cash.Line {
	f.t.Helper()
	r, err := f.cash.Reconciliation()
	if err != nil {
		f.t.Fatal(err)
	}
	for _, l := range r.Unmatched {
		if l.Line.Amount == amount {
			return l
		}
	}
	f.t.Fatalf("no credit of %v waiting among %+v", amount, r.Unmatched)
	return cash.Line{}
}

func TestImportTakesEachLineOnce(t *testing.T) {
	f := newFixture(t)
	p, err := f.cash.Preview("releve.csv", []byte(statement))
	if err != nil || p.Format != "csv" || !p.NeedsMap || p.CSV == nil || len(p.Presets) == 0 {
		t.Fatalf("preview of an unknown layout: %+v %v", p, err)
	}
	if _, err := f.cash.Import("releve.csv", []byte(statement), nil, false); err == nil {
		t.Fatal("an unknown layout imported without its mapping")
	}
	if r := f.importCSV(statement, true); !r.DryRun || r.Added != 3 || r.Credits != 2 || r.CreditSum != 180000 {
		t.Fatalf("dry run %+v", r)
	}
	if lines, _ := f.cash.Store.BankLines(); len(lines) != 0 {
		t.Fatalf("a dry run stored %d lines", len(lines))
	}
	if r := f.importCSV(statement, false); r.Added != 3 || r.Duplicates != 0 || r.Format != "csv" || r.AutoConfirmed != 0 {
		t.Fatalf("import %+v", r)
	}
	// The next statement overlaps this one: only its new line is added.
	next := statement + "23/11/2026;VIR SEPA MME PETIT F-2026-0201;360,00;EUR\n"
	if r := f.importCSV(next, false); r.Added != 1 || r.Duplicates != 3 || r.Credits != 1 || r.CreditSum != 36000 {
		t.Fatalf("overlapping import %+v", r)
	}
	r, err := f.cash.Reconciliation()
	if err != nil || len(r.Unmatched) != 3 || r.Debits != 1 || r.LastImport != "2026-11-23" ||
		len(r.Waiting) != 1 || r.Waiting[0].Amount != 216000 {
		t.Fatalf("reconciliation %+v %v", r, err)
	}
}

func TestConfirmUndoAndSetAside(t *testing.T) {
	f := newFixture(t)
	f.importCSV(statement, false)
	l := f.unmatched(120000)
	s := l.Suggestions[0]
	if s.ClientID != f.men.ID || s.ClientCode != "MEN" || s.ClientName != "Menuiserie Lefèvre" || s.Credit != 0 ||
		len(s.Invoices) != 1 || s.Invoices[0].Number != "F-2026-0101" || s.Invoices[0].Remaining != 120000 {
		t.Fatalf("suggestion %+v", s)
	}
	if err := f.cash.Confirm(l.Line.Key, s.ClientID, s.Allocations, 100000); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("a euro line confirmed with another amount: %v", err)
	}
	if err := f.cash.Confirm(l.Line.Key, s.ClientID, s.Allocations, 0); err != nil {
		t.Fatal(err)
	}
	if inv := f.invoice("F-2026-0101"); inv.Status != backend.StatusPaid {
		t.Fatalf("invoice %+v", inv)
	}
	if len(*f.thanks) != 1 || (*f.thanks)[0].Amount != 120000 || (*f.thanks)[0].Method != "transfer" ||
		!strings.Contains((*f.thanks)[0].Reference, "F-2026-0101") {
		t.Fatalf("passed on for the thank-you: %+v", *f.thanks)
	}
	r, _ := f.cash.Reconciliation()
	if len(r.Matched) != 1 || r.Matched[0].ClientName != "Menuiserie Lefèvre" || len(r.Unmatched) != 1 {
		t.Fatalf("after confirming %+v", r)
	}
	if err := f.cash.Confirm(l.Line.Key, s.ClientID, s.Allocations, 0); err == nil {
		t.Fatal("a line confirmed twice")
	}
	// Undone: the invoice is owed again and the line waits with its suggestion.
	if err := f.cash.Reopen(l.Line.Key, "  pas ce client "); err != nil {
		t.Fatal(err)
	}
	if inv := f.invoice("F-2026-0101"); inv.Status != backend.StatusOpen || inv.Remaining() != 120000 {
		t.Fatalf("invoice after undo %+v", inv)
	}
	if again := f.unmatched(120000); len(again.Suggestions) == 0 || again.Suggestions[0].ClientID != f.men.ID {
		t.Fatalf("after undo %+v", again)
	}
	// Set aside, then taken back.
	if err := f.cash.Ignore(l.Line.Key, "remboursement"); err != nil {
		t.Fatal(err)
	}
	if r, _ = f.cash.Reconciliation(); len(r.Ignored) != 1 || r.Ignored[0].Line.Note != "remboursement" || len(r.Unmatched) != 1 {
		t.Fatalf("set aside %+v", r)
	}
	if err := f.cash.Reopen(l.Line.Key, ""); err != nil {
		t.Fatal(err)
	}
	if r, _ = f.cash.Reconciliation(); len(r.Ignored) != 0 || len(r.Unmatched) != 2 {
		t.Fatalf("taken back %+v", r)
	}
	// A debit is no client's payment.
	lines, _ := f.cash.Store.BankLines(backend.BankUnmatched)
	for _, d := range lines {
		if d.Amount < 0 {
			if err := f.cash.Confirm(d.Key, f.men.ID, nil, 0); err == nil || !strings.Contains(backend.ErrorMessage(err), "est un débit") {
				t.Fatalf("debit confirmed: %v", err)
			}
		}
	}
}

func TestSplitKeepsTheRestAsCredit(t *testing.T) {
	f := newFixture(t)
	f.importCSV("Jour;Opération;Somme;Monnaie\n20/11/2026;VIR MENUISERIE LEFEVRE;2000,00;EUR\n", false)
	l := f.unmatched(200000)
	// The user splits it: F-2026-0101 and F-2026-0102 in full, nothing on F-2026-0103; 200 € stay as a credit.
	split := []backend.Allocation{{InvoiceID: f.inv["F-2026-0101"], Amount: 120000}, {InvoiceID: f.inv["F-2026-0102"], Amount: 60000},
		{InvoiceID: f.inv["F-2026-0103"], Amount: 0}}
	if err := f.cash.Confirm(l.Line.Key, f.men.ID, split, 0); err != nil {
		t.Fatal(err)
	}
	if f.invoice("F-2026-0101").Status != backend.StatusPaid || f.invoice("F-2026-0102").Status != backend.StatusPaid ||
		f.invoice("F-2026-0103").Remaining() != 1000 {
		t.Fatal("the split did not settle the two invoices")
	}
	pays, _ := f.cash.Store.ClientPayments(f.men.ID)
	if len(pays) != 1 || len(pays[0].Allocations) != 2 || pays[0].Unallocated() != 20000 {
		t.Fatalf("payment %+v", pays)
	}
}

// A Swiss franc credit is never confirmed automatically, and by hand only with the euros actually received.
func TestForeignCreditConfirmedWithTheEurosReceived(t *testing.T) {
	f := newFixture(t)
	f.importCSV("Jour;Opération;Somme;Monnaie\n"+
		"20/11/2026;GUTSCHRIFT MENUISERIE LEFEVRE FACTURE F-2026-0101;1200,00;CHF\n"+
		"22/11/2026;MENUISERIE LEFEVRE F-2026-0102 ACOMPTE;2088,00;CHF\n", false)
	ac, err := f.cash.AutoConfirm()
	if err != nil || ac.Confirmed != 0 || ac.Foreign != 2 || strings.Join(ac.Currencies, ",") != "CHF" {
		t.Fatalf("auto-confirmed %+v %v", ac, err)
	}
	r, _ := f.cash.Reconciliation()
	if len(r.Waiting) != 1 || r.Waiting[0].Currency != "CHF" || r.Waiting[0].Amount != 328800 {
		t.Fatalf("waiting %+v", r.Waiting)
	}
	l := f.unmatched(120000)
	s := l.Suggestions[0]
	if !s.NeedsEuroAmount || s.Credit != 0 || s.Invoices[0].Number != "F-2026-0101" {
		t.Fatalf("suggestion %+v", s)
	}
	err = f.cash.Confirm(l.Line.Key, s.ClientID, s.Allocations, 0)
	var e *backend.Error
	if !errors.As(err, &e) || len(e.Fields) != 1 || e.Fields[0].Field != "euroAmount" {
		t.Fatalf("confirmed without the euros: %v", err)
	}
	// CHF 1 200.00 became 1 278,45 €: the invoice is paid, 78,45 € stay as a credit.
	if err := f.cash.Confirm(l.Line.Key, s.ClientID, s.Allocations, 127845); err != nil {
		t.Fatal(err)
	}
	p := (*f.thanks)[0]
	if p.Amount != 127845 || p.Currency != "EUR" || p.ReceivedAmount != 120000 || p.ReceivedCurrency != "CHF" || p.Unallocated() != 7845 {
		t.Fatalf("payment %+v", p)
	}
	// CHF 2 088.00 became 500 €, less than F-2026-0102 owes: its allocation is fitted, 100 € stay owed.
	o := f.unmatched(208800)
	if o.Suggestions[0].Credit != 0 { // francs less euros would mean nothing: the credit is known once the euros are
		t.Fatalf("credit of a CHF suggestion: %v", o.Suggestions[0].Credit)
	}
	if err := f.cash.Confirm(o.Line.Key, o.Suggestions[0].ClientID, o.Suggestions[0].Allocations, 50000); err != nil {
		t.Fatal(err)
	}
	if inv := f.invoice("F-2026-0102"); inv.Remaining() != 10000 {
		t.Fatalf("F-2026-0102 %+v", inv)
	}
}

func TestAutoConfirmAtImportWhenSet(t *testing.T) {
	f := newFixture(t)
	if s, err := f.cash.Settings(); err != nil || s.AutoConfirm || s.StaleDays != 7 {
		t.Fatalf("default settings %+v %v", s, err)
	}
	for _, days := range []int{0, 91} {
		if err := f.cash.SaveSettings(cash.Settings{StaleDays: days}); backend.ErrorCode(err) != backend.EINVALID {
			t.Fatalf("%d days accepted: %v", days, err)
		}
	}
	if err := f.cash.SaveSettings(cash.Settings{AutoConfirm: true, StaleDays: 3}); err != nil {
		t.Fatal(err)
	}
	// Only the credit quoting its invoice is sure enough; the other waits for the user.
	r := f.importCSV(statement, false)
	if r.AutoConfirmed != 1 || r.AutoSum != 120000 || r.Foreign != 0 {
		t.Fatalf("import %+v", r)
	}
	if f.invoice("F-2026-0101").Status != backend.StatusPaid || len(*f.thanks) != 1 {
		t.Fatal("the surest suggestion was not confirmed")
	}
	if l := f.unmatched(60000); l.Line.Status != backend.BankUnmatched {
		t.Fatalf("%+v", l)
	}
}

func TestWarningWhenTheStatementIsOld(t *testing.T) {
	f := newFixture(t)
	today := backend.MustDate("2026-11-23")
	if w, err := f.cash.Warning(today); err != nil || !strings.HasPrefix(w, "Aucun relevé bancaire importé") {
		t.Fatalf("never imported: %q %v", w, err)
	}
	f.importCSV(statement, false)
	if w, _ := f.cash.Warning(today.AddDays(7)); w != "" {
		t.Fatalf("a week old: %q", w)
	}
	if w, _ := f.cash.Warning(today.AddDays(8)); !strings.HasPrefix(w, "Dernier relevé bancaire importé le 23/11/2026 (il y a 8 jours)") {
		t.Fatalf("8 days old: %q", w)
	}
}

func TestStatementOverTheLimit(t *testing.T) {
	defer func(n int64) { cash.MaxStatementBytes = n }(cash.MaxStatementBytes)
	cash.MaxStatementBytes = 1 << 20
	big := base64.StdEncoding.EncodeToString(make([]byte, 3<<20/2))
	_, err := cash.DecodeStatement("releve.csv", big)
	want := "le relevé releve.csv fait 2 Mo, au-delà de la limite de 1 Mo : exportez depuis votre banque une période plus courte"
	if backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), want) {
		t.Fatalf("over the limit: %v", err)
	}
	if _, err := cash.DecodeStatement("releve.csv", "pas du base64 !"); err == nil || !strings.Contains(err.Error(), "illisible") {
		t.Fatalf("not base64: %v", err)
	}
	if data, err := cash.DecodeStatement("releve.csv", base64.StdEncoding.EncodeToString([]byte(statement))); err != nil || string(data) != statement {
		t.Fatalf("within the limit: %v", err)
	}
}

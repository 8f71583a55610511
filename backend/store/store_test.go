package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

var testNow = time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), FileName), Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustClient(t testing.TB, s *Store, code, name string) backend.Client {
	t.Helper()
	c := backend.Client{Code: code, Name: name, Address: backend.Address{City: "Lyon"}}
	if err := s.SaveClient(&c); err != nil {
		t.Fatal(err)
	}
	return c
}

func mustInvoice(t testing.TB, s *Store, clientID uint64, number, due string, incl backend.Cents) backend.Invoice {
	t.Helper()
	inv := backend.Invoice{Number: number, ClientID: clientID, IssueDate: backend.MustDate("2026-01-01"),
		DueDate: backend.MustDate(due), AmountExclTax: incl, AmountInclTax: incl}
	if err := s.SaveInvoice(&inv); err != nil {
		t.Fatal(err)
	}
	return inv
}

func TestSecondOpenGetsClearError(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = Open(path, Options{Timeout: 200 * time.Millisecond})
	if backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(err.Error(), "déjà ouvertes") {
		t.Fatalf("second open: %v", err)
	}
}

// storeAtSchema writes a store file as a Relance of schema version would have left it (its migrations applied),
// with what fill puts in, and returns its path.
func storeAtSchema(t *testing.T, version int, fill func(tx *bolt.Tx) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), FileName)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		m, _ := tx.CreateBucket(bMeta)
		for _, mig := range migrations[:version] {
			if err := mig(tx); err != nil {
				return err
			}
		}
		if fill != nil {
			if err := fill(tx); err != nil {
				return err
			}
		}
		return m.Put([]byte("schema"), itob(uint64(version)))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	return path
}

func TestMigrationsFromEveryVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	// A store left at schema 1 with one payment must gain its natural-key index.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		m, _ := tx.CreateBucket(bMeta)
		if err := migrations[0](tx); err != nil {
			return err
		}
		c := backend.Client{ID: 1, Code: "C1", Name: "Alpha"}
		inv := backend.Invoice{ID: 1, Number: "F-1", ClientID: 1}
		p := backend.Payment{ID: 1, ClientID: 1, Date: backend.MustDate("2026-02-01"), Amount: 500, Reference: "VIR 1",
			Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 500}}}
		_ = putRecord(tx.Bucket(bClients), itob(1), c)
		_ = putRecord(tx.Bucket(bInvoices), itob(1), inv)
		_ = putRecord(tx.Bucket(bPayments), itob(1), p)
		return m.Put([]byte("schema"), itob(1))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.read(func(tx *bolt.Tx) error {
		if v := version(tx); v != SchemaVersion {
			t.Errorf("version %d, want %d", v, SchemaVersion)
		}
		if got := tx.Bucket(bPaymentsByKey).Get([]byte(string(paymentKey("F-1", &backend.Payment{Date: backend.MustDate("2026-02-01"), Amount: 500, Reference: "VIR 1"})))); got == nil || btoi(got) != 1 {
			t.Errorf("payment key not indexed: %v", got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A store written by a newer Relance is refused with a clear message, not damaged.
	db, _ = bolt.Open(path, 0o600, nil)
	_ = db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Put([]byte("schema"), itob(SchemaVersion+1)) })
	db.Close()
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "plus récente") {
		t.Fatalf("newer schema: %v", err)
	}
}

func TestClientCodeAndInvoiceNumberAreUnique(t *testing.T) {
	s := openTest(t)
	a := mustClient(t, s, "c1", "Boulangerie Lefèvre")
	if a.Code != "C1" {
		t.Fatalf("code not normalised: %q", a.Code)
	}
	dup := backend.Client{Code: "C1", Name: "Autre"}
	if err := s.SaveClient(&dup); backend.ErrorCode(err) != backend.ECONFLICT || !strings.Contains(err.Error(), "Boulangerie Lefèvre") {
		t.Fatalf("duplicate code: %v", err)
	}
	// Renaming the code frees the old one.
	a.Code = "C2"
	if err := s.SaveClient(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClientByCode("C1"); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("old code still indexed: %v", err)
	}
	mustInvoice(t, s, a.ID, "F-1", "2026-02-01", 1000)
	inv := backend.Invoice{Number: "F-1", ClientID: a.ID, IssueDate: backend.MustDate("2026-01-01"), DueDate: backend.MustDate("2026-02-01")}
	if err := s.SaveInvoice(&inv); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("duplicate number: %v", err)
	}
	inv = backend.Invoice{Number: "F-2", ClientID: 999, IssueDate: backend.MustDate("2026-01-01"), DueDate: backend.MustDate("2026-02-01")}
	if err := s.SaveInvoice(&inv); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("unknown client: %v", err)
	}
}

func TestListsFilterSortPageAndTotals(t *testing.T) {
	s := openTest(t)
	a := mustClient(t, s, "A", "Menuiserie Lefèvre")
	b := mustClient(t, s, "B", "Transports Moreau")
	mustInvoice(t, s, a.ID, "F-3", "2026-10-01", 30000) // overdue 53 days
	mustInvoice(t, s, a.ID, "F-1", "2026-12-15", 10000) // not yet due
	f2 := mustInvoice(t, s, b.ID, "F-2", "2026-11-01", 20000)
	if err := s.RecordPayment(&backend.Payment{ClientID: b.ID, Date: backend.MustDate("2026-11-20"), Amount: 5000,
		Allocations: []backend.Allocation{{InvoiceID: f2.ID, Amount: 5000}}}); err != nil {
		t.Fatal(err)
	}
	page, err := s.ListInvoices(backend.InvoiceQuery{Search: "lefevre", Sort: "amount", Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 2 || page.Rows[0].Number != "F-3" || page.TotalRemaining != 40000 {
		t.Fatalf("search+sort: %+v", page)
	}
	page, _ = s.ListInvoices(backend.InvoiceQuery{Overdue: true, Sort: "daysOverdue", Desc: true})
	if page.Total != 2 || page.Rows[0].Number != "F-3" || page.Rows[0].DaysOverdue != 53 || page.Rows[1].Remaining != 15000 {
		t.Fatalf("overdue: %+v", page)
	}
	page, _ = s.ListInvoices(backend.InvoiceQuery{Status: "partially_paid"})
	if page.Total != 1 || page.Rows[0].ClientName != "Transports Moreau" {
		t.Fatalf("status: %+v", page)
	}
	page, _ = s.ListInvoices(backend.InvoiceQuery{Sort: "number", Offset: 1, Limit: 1})
	if page.Total != 3 || len(page.Rows) != 1 || page.Rows[0].Number != "F-2" {
		t.Fatalf("paging: %+v", page)
	}
	cl, _ := s.ListClients(backend.ClientQuery{Sort: "overdue", Desc: true})
	if cl.Total != 2 || cl.Rows[0].Code != "A" || cl.Rows[0].Overdue != 30000 || cl.Rows[0].Outstanding != 40000 ||
		cl.Rows[0].OldestDue != backend.MustDate("2026-10-01") || cl.Rows[1].Overdue != 15000 {
		t.Fatalf("clients: %+v", cl)
	}
	o, _ := s.Overview()
	if o.Clients != 2 || o.Invoices != 3 || o.Unpaid != 3 || o.OverdueCount != 2 || o.Outstanding != 55000 || o.Overdue != 45000 {
		t.Fatalf("overview: %+v", o)
	}
	// Cancelling is journaled and removes the amount from what is owed.
	if _, err := s.SetInvoiceStatus(f2.ID, backend.StatusCancelled, "erreur de facturation"); err != nil {
		t.Fatal(err)
	}
	o, _ = s.Overview()
	if o.Outstanding != 40000 {
		t.Fatalf("after cancel: %+v", o)
	}
	ev, _ := s.ClientEvents(b.ID, 0)
	if len(ev) == 0 || !strings.Contains(ev[0].Summary, "annulée — erreur de facturation") {
		t.Fatalf("journal: %+v", ev)
	}
}

func TestProjectionSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, _ := Open(path, Options{Clock: backend.FixedClock(testNow)})
	c := mustClient(t, s, "A", "Alpha")
	mustInvoice(t, s, c.ID, "F-1", "2026-10-01", 12345)
	s.Close()
	s, _ = Open(path, Options{Clock: backend.FixedClock(testNow)})
	defer s.Close()
	o, err := s.Overview()
	if err != nil || o.Overdue != 12345 {
		t.Fatalf("%+v %v", o, err)
	}
}

func invoiceRows(n int, code string) []InvoiceInput {
	rows := make([]InvoiceInput, n)
	for i := range rows {
		rows[i] = InvoiceInput{Line: i + 2, ClientCode: code, Invoice: backend.Invoice{Number: fmt.Sprintf("F-%06d", i),
			IssueDate: backend.MustDate("2026-01-10"), DueDate: backend.MustDate("2026-02-10"),
			AmountExclTax: 10000, VATAmount: 2000, AmountInclTax: 12000}}
	}
	return rows
}

func TestImportIsAllOrNothing(t *testing.T) {
	s := openTest(t)
	mustClient(t, s, "A", "Alpha")
	rows := invoiceRows(50, "A")
	rows[31].ClientCode = "ZZZ"
	ctx := context.Background()
	st, err := s.ImportInvoices(ctx, rows, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Written || len(st.Issues) != 1 || st.Issues[0].Line != 33 || st.Issues[0].Column != "client_code" {
		t.Fatalf("bad row: %+v", st)
	}
	if o, _ := s.Overview(); o.Invoices != 0 {
		t.Fatalf("something was written: %+v", o)
	}
	// Dry run: counts, nothing written.
	st, _ = s.ImportInvoices(ctx, rows, ImportOptions{DryRun: true, SkipInvalid: true})
	if st.Written || st.Created != 49 {
		t.Fatalf("dry run: %+v", st)
	}
	// Skipping invalid rows writes the others.
	st, _ = s.ImportInvoices(ctx, rows, ImportOptions{SkipInvalid: true})
	if !st.Written || st.Created != 49 {
		t.Fatalf("skip invalid: %+v", st)
	}
	// Re-importing updates rather than duplicates.
	rows[0].Invoice.AmountPaid = 12000
	st, _ = s.ImportInvoices(ctx, rows, ImportOptions{SkipInvalid: true})
	if st.Created != 0 || st.Updated != 1 || st.Unchanged != 48 {
		t.Fatalf("re-import: %+v", st)
	}
	inv, _ := s.InvoiceByNumber("F-000000")
	if inv.Status != backend.StatusPaid {
		t.Fatalf("paid status not derived: %+v", inv)
	}
	// A cancelled import writes nothing.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := s.ImportInvoices(cctx, invoiceRows(3000, "A")[2000:], ImportOptions{}); err == nil {
		t.Fatal("cancelled import succeeded")
	}
	if o, _ := s.Overview(); o.Invoices != 49 {
		t.Fatalf("cancelled import wrote: %+v", o)
	}
}

func TestImportPaymentsOnceAndCredit(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "A", "Alpha")
	mustInvoice(t, s, c.ID, "F-1", "2026-10-01", 10000)
	rows := []PaymentInput{
		{Line: 2, InvoiceNumber: "F-1", Payment: backend.Payment{Date: backend.MustDate("2026-10-05"), Amount: 4000, Reference: "VIR A"}},
		{Line: 3, InvoiceNumber: "F-1", Payment: backend.Payment{Date: backend.MustDate("2026-10-09"), Amount: 7000, Reference: "VIR B"}},
		{Line: 4, InvoiceNumber: "F-9", Payment: backend.Payment{Date: backend.MustDate("2026-10-09"), Amount: 1}},
	}
	ctx := context.Background()
	st, err := s.ImportPayments(ctx, rows, ImportOptions{SkipInvalid: true})
	if err != nil || st.Created != 2 || len(st.Issues) != 1 || st.Issues[0].Line != 4 {
		t.Fatalf("%+v %v", st, err)
	}
	inv, _ := s.InvoiceByNumber("F-1")
	if inv.AmountPaid != 10000 || inv.Status != backend.StatusPaid {
		t.Fatalf("invoice: %+v", inv)
	}
	pays, _ := s.ClientPayments(c.ID)
	if len(pays) != 2 || pays[1].Allocated() != 6000 || pays[1].Amount != 7000 {
		t.Fatalf("overpayment must stay as credit: %+v", pays)
	}
	st, _ = s.ImportPayments(ctx, rows[:2], ImportOptions{})
	if st.Created != 0 || st.Unchanged != 2 || st.Written {
		t.Fatalf("second import duplicated payments: %+v", st)
	}
}

func TestBackupsRotateAndRestore(t *testing.T) {
	dir := t.TempDir()
	clock := &stepClock{t: testNow}
	s, err := Open(filepath.Join(dir, FileName), Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	backups := filepath.Join(dir, "backups")
	c := mustClient(t, s, "A", "Alpha")
	for day := 0; day < 10; day++ {
		if _, err := s.AutoBackup(backups); err != nil {
			t.Fatal(err)
		}
		if again, _ := s.AutoBackup(backups); again != nil {
			t.Fatal("two automatic backups the same day")
		}
		clock.t = clock.t.Add(24 * time.Hour)
	}
	list, _ := ListBackups(backups)
	if len(list) != KeepBackups || list[0].Name != "relance-2026-12-02.db" || list[6].Name != "relance-2026-11-26.db" {
		t.Fatalf("kept %d automatic backups: %+v", len(list), list)
	}
	manual, err := s.ManualBackup(backups)
	if err != nil {
		t.Fatal(err)
	}
	mustInvoice(t, s, c.ID, "F-after-backup", "2026-10-01", 100)
	if err := s.Restore(manual.Path, backups); err != nil {
		t.Fatal(err)
	}
	if _, err := s.InvoiceByNumber("F-after-backup"); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("restore did not bring the old data back: %v", err)
	}
	if o, _ := s.Overview(); o.Clients != 1 || o.Invoices != 0 {
		t.Fatalf("projection not reloaded: %+v", o)
	}
	list, _ = ListBackups(backups)
	found := false
	for _, b := range list {
		found = found || strings.HasPrefix(b.Name, "relance-before-restore-")
	}
	if !found {
		t.Fatal("the data replaced by a restore was not kept")
	}
	if err := CheckBackup(filepath.Join(dir, "nothing.db")); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Fatalf("missing backup: %v", err)
	}
	junk := filepath.Join(dir, "junk.db")
	_ = os.WriteFile(junk, []byte("not a database at all, just text"), 0o600)
	if err := s.Restore(junk, backups); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("junk restore: %v", err)
	}
}

type stepClock struct{ t time.Time }

func (c *stepClock) Now() time.Time { return c.t }

// An invoice imported as paid by the invoicing tool, then its payments file: the payments itemise what was
// declared instead of being counted twice; a later payment beyond the total stays a credit.
func TestPaymentsFileItemisesDeclaredPayments(t *testing.T) {
	s := openTest(t)
	mustClient(t, s, "A", "Alpha")
	ctx := context.Background()
	rows := invoiceRows(1, "A")
	rows[0].Invoice.AmountPaid = 5000 // of 12 000
	if st, err := s.ImportInvoices(ctx, rows, ImportOptions{}); err != nil || st.Created != 1 {
		t.Fatalf("%+v %v", st, err)
	}
	pay := func(line int, amount backend.Cents, ref string) PaymentInput {
		return PaymentInput{Line: line, InvoiceNumber: "F-000000", Payment: backend.Payment{Date: backend.MustDate("2026-03-01"), Amount: amount, Reference: ref}}
	}
	if _, err := s.ImportPayments(ctx, []PaymentInput{pay(2, 5000, "VIR 1")}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	inv, _ := s.InvoiceByNumber("F-000000")
	if inv.AmountPaid != 5000 || inv.Itemised != 5000 || inv.Status != backend.StatusPartiallyPaid {
		t.Fatalf("declared payment counted twice: %+v", inv)
	}
	if _, err := s.ImportPayments(ctx, []PaymentInput{pay(3, 9000, "VIR 2")}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	inv, _ = s.InvoiceByNumber("F-000000")
	pays, _ := s.ClientPayments(inv.ClientID)
	if inv.AmountPaid != 12000 || inv.Status != backend.StatusPaid || pays[1].Allocated() != 7000 {
		t.Fatalf("excess not kept as credit: %+v %+v", inv, pays)
	}
	// Re-importing the invoice file with its old amount paid does not undo the recorded payments.
	if _, err := s.ImportInvoices(ctx, rows, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if inv, _ = s.InvoiceByNumber("F-000000"); inv.AmountPaid != 12000 {
		t.Fatalf("re-import lowered the amount paid: %+v", inv)
	}
}

func TestStatusSortShowsUnpaidFirstByDueDate(t *testing.T) {
	s := openTest(t)
	a := mustClient(t, s, "A", "Menuiserie Lefèvre")
	mustInvoice(t, s, a.ID, "F-3", "2026-10-01", 30000)
	mustInvoice(t, s, a.ID, "F-1", "2026-12-15", 10000)
	var page backend.InvoicePage
	// A client's page: unpaid first, oldest due first, then the paid ones.
	paid := mustInvoice(t, s, a.ID, "F-0", "2026-09-01", 5000)
	if err := s.RecordPayment(&backend.Payment{ClientID: a.ID, Date: backend.MustDate("2026-09-01"), Amount: 5000,
		Allocations: []backend.Allocation{{InvoiceID: paid.ID, Amount: 5000}}}); err != nil {
		t.Fatal(err)
	}
	page, _ = s.ListInvoices(backend.InvoiceQuery{ClientID: a.ID, Sort: "status"})
	if got := []string{page.Rows[0].Number, page.Rows[1].Number, page.Rows[2].Number}; !slices.Equal(got, []string{"F-3", "F-1", "F-0"}) {
		t.Fatalf("open first, by due date: %v", got)
	}
}

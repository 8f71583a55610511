package importer

import (
	"bytes"
	"strings"
	"testing"

	"relance/backend"
)

// Issue 14: the invoices CSV keeps an invoice's status, so that an export imported elsewhere claims the same.
func TestInvoiceStatusRoundTrip(t *testing.T) {
	mk := func(id uint64, number string, paid backend.Cents, st backend.InvoiceStatus) backend.Invoice {
		return backend.Invoice{ID: id, Number: number, ClientID: 1, IssueDate: backend.MustDate("2026-01-05"), DueDate: backend.MustDate("2026-02-04"),
			AmountExclTax: 10000, AmountInclTax: 10000, Currency: "EUR", AmountPaid: paid, Status: st}
	}
	invs := []backend.Invoice{mk(1, "F1", 0, backend.StatusOpen), mk(2, "F2", 4000, backend.StatusPartiallyPaid),
		mk(3, "F3", 10000, backend.StatusPaid), mk(4, "F4", 0, backend.StatusCancelled), mk(5, "F5", 2500, backend.StatusWrittenOff),
		mk(6, "F6", 0, backend.StatusOpen)}
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, invs, func(uint64) string { return "C1" }, func(id uint64) bool { return id == 6 }); err != nil {
		t.Fatal(err)
	}
	var status []string
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n")[1:] {
		status = append(status, l[strings.LastIndex(l, ",")+1:])
	}
	if got := strings.Join(status, " "); got != "open partially_paid paid cancelled written_off disputed" {
		t.Fatalf("status column: %s", got)
	}
	back := reparse(t, Invoices, b.Bytes(), ParseInvoices)
	for i, r := range back {
		if r.Invoice.Status != invs[i].Status || r.Disputed != (i == 5) {
			t.Errorf("%s: status %s disputed %v, want %s", r.Invoice.Number, r.Invoice.Status, r.Disputed, invs[i].Status)
		}
	}
	// The Excel form reads back the same.
	var x bytes.Buffer
	if err := WriteExcel(&x, bytes.NewReader(b.Bytes())); err != nil {
		t.Fatal(err)
	}
	tab, err := Decode("export.csv", x.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(errs) > 0 || len(rows) != len(invs) || rows[3].Invoice.Status != backend.StatusCancelled || rows[4].Invoice.Status != backend.StatusWrittenOff || !rows[5].Disputed {
		t.Fatalf("excel: %v %+v", errs, rows)
	}
}

func TestInvoiceStatusColumnIsOptionalAndChecked(t *testing.T) {
	// An old export without the column still imports, status from the amounts.
	old := "number,client_code,issue_date,due_date,amount_incl_tax,amount_paid\nF1,C1,2026-01-05,2026-02-04,100.00,100.00\n"
	tab, err := Decode("old.csv", []byte(old))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(errs) > 0 || len(rows) != 1 || rows[0].Invoice.Status != backend.StatusPaid {
		t.Fatalf("%v %+v", errs, rows)
	}
	// French words, and an unknown value named.
	text := "N° facture;Code client;Date;Échéance;Montant TTC;Statut\n" +
		"F1;C1;05/01/2026;04/02/2026;100,00;Annulée\n" +
		"F2;C1;05/01/2026;04/02/2026;100,00;Passée en perte\n" +
		"F3;C1;05/01/2026;04/02/2026;100,00;En litige\n" +
		"F4;C1;05/01/2026;04/02/2026;100,00;Brouillon\n"
	tab, err = Decode("fr.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs = ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(rows) != 3 || rows[0].Invoice.Status != backend.StatusCancelled || rows[1].Invoice.Status != backend.StatusWrittenOff ||
		!rows[2].Disputed || rows[2].Invoice.Status != backend.StatusOpen {
		t.Fatalf("%+v", rows)
	}
	if len(errs) != 1 || errs[0].Line != 5 || !strings.Contains(errs[0].Message, "statut « Brouillon » inconnu") {
		t.Fatalf("%+v", errs)
	}
}

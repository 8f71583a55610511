package importer

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"relance/backend"
)

// excelReparse turns a canonical export into its Excel form, checks the form, and reads it back.
func excelReparse[T any](t *testing.T, k Kind, canonical []byte, parse func(*Table, Mapping, ...Progress) ([]T, []RowError)) (string, []T) {
	t.Helper()
	var x bytes.Buffer
	if err := WriteExcel(&x, bytes.NewReader(canonical)); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(x.Bytes(), []byte("\xef\xbb\xbf")) {
		t.Error("the Excel export has no BOM")
	}
	tab, err := Decode("export-excel.csv", x.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != EncodingUTF8BOM || tab.Separator != ';' || !reflect.DeepEqual(tab.Headers, keys(k)) {
		t.Errorf("Excel export read as %s, %q, headers %q", tab.Encoding, tab.Separator, tab.Headers)
	}
	rows, errs := parse(tab, suggestValid(t, k, tab))
	for _, e := range errs {
		t.Errorf("re-import of the Excel export: %v", e)
	}
	return x.String(), rows
}

func TestExcelExportReadsBackToTheSameValues(t *testing.T) {
	d := backend.MustDate("2026-03-02")
	invoices := []backend.Invoice{
		{Number: "F-001", ClientID: 1, IssueDate: d, DueDate: d.AddDays(30), AmountExclTax: 123456, VATAmount: 24691, AmountInclTax: 148147, Currency: "EUR", AmountPaid: 100, PaymentMethod: "virement"},
		{Number: "F-002", ClientID: 1, IssueDate: backend.MustDate("2026-12-13"), DueDate: backend.MustDate("2027-01-12"), AmountExclTax: 1000, AmountInclTax: 1000, Currency: "EUR"},
		{Number: "F-003", ClientID: 2, IssueDate: d, DueDate: d, AmountExclTax: 5000, AmountInclTax: 5000, Currency: "EUR"},
	}
	codes := map[uint64]string{1: "C1", 2: "C;2"}
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, invoices, func(id uint64) string { return codes[id] }); err != nil {
		t.Fatal(err)
	}
	want := reparse(t, Invoices, b.Bytes(), ParseInvoices)
	text, got := excelReparse(t, Invoices, b.Bytes(), ParseInvoices)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("invoices from the Excel export:\n got %+v\nwant %+v", got, want)
	}
	for _, s := range []string{"\uFEFFnumber;client_code;issue_date;", "F-001;C1;02/03/2026;01/04/2026;1234,56;246,91;1481,47;EUR;1,00;virement;open\r\n",
		"F-002;C1;13/12/2026;12/01/2027;10,00;", "F-003;\"C;2\";02/03/2026;02/03/2026;50,00;"} {
		if !strings.Contains(text, s) {
			t.Errorf("Excel export lacks %q:\n%s", s, text)
		}
	}

	payments := []backend.Payment{{Date: d, Amount: 100000, Method: "transfer", Reference: "VIR; 42", Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 60000}}}}
	b.Reset()
	if err := WritePaymentsCSV(&b, payments, func(uint64) string { return "F-001" }); err != nil {
		t.Fatal(err)
	}
	wantP := reparse(t, Payments, b.Bytes(), ParsePayments)
	if _, gotP := excelReparse(t, Payments, b.Bytes(), ParsePayments); !reflect.DeepEqual(gotP, wantP) {
		t.Errorf("payments from the Excel export:\n got %+v\nwant %+v", gotP, wantP)
	}

	clients := []backend.Client{{Code: "Q1", Name: "Dupont, \"Fils\" & Cie", Type: backend.Business, SIREN: "732829320",
		Address: backend.Address{Line1: "1, rue de l'Église", Line2: "3e étage", PostalCode: "01000", City: "Bourg-en-Bresse", Country: "FR"}}}
	b.Reset()
	if err := WriteClientsCSV(&b, clients); err != nil {
		t.Fatal(err)
	}
	wantC := reparse(t, Clients, b.Bytes(), ParseClients)
	if _, gotC := excelReparse(t, Clients, b.Bytes(), ParseClients); !reflect.DeepEqual(gotC, wantC) {
		t.Errorf("clients from the Excel export:\n got %+v\nwant %+v", gotC, wantC)
	}
}

// A text cell that would start a formula (a name or a reference written by someone else) is written as text for
// Excel — a leading apostrophe — and reads back as it was.
func TestExcelExportNeutralisesFormulas(t *testing.T) {
	clients := []backend.Client{{Code: "Q1", Name: `=HYPERLINK("http://pirate.example","Payer ici")`, Type: backend.Business},
		{Code: "Q2", Name: "+33 Garage", Type: backend.Business}, {Code: "Q3", Name: "@Studio", Type: backend.Business}}
	var b bytes.Buffer
	if err := WriteClientsCSV(&b, clients); err != nil {
		t.Fatal(err)
	}
	want := reparse(t, Clients, b.Bytes(), ParseClients)
	text, got := excelReparse(t, Clients, b.Bytes(), ParseClients)
	for _, s := range []string{`"'=HYPERLINK(""http://pirate.example"",""Payer ici"")"`, ";'+33 Garage;", ";'@Studio;"} {
		if !strings.Contains(text, s) {
			t.Errorf("Excel export lacks %q:\n%s", s, text)
		}
	}
	if !reflect.DeepEqual(got, want) || got[0].Client.Name != clients[0].Name {
		t.Errorf("read back:\n got %+v\nwant %+v", got, want)
	}
}

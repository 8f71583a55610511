package importer

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"relance/backend"
)

func TestWriteInvoicesCSVFormat(t *testing.T) {
	invs := []backend.Invoice{{Number: "F1", ClientID: 7, IssueDate: backend.MustDate("2026-01-05"), DueDate: backend.MustDate("2026-02-04"),
		AmountExclTax: 102880, VATAmount: 20576, AmountInclTax: 123456, Currency: "EUR", AmountPaid: 5, PaymentMethod: "transfer"}}
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, invs, func(id uint64) string { return map[uint64]string{7: "C007"}[id] }); err != nil {
		t.Fatal(err)
	}
	want := "number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,currency,amount_paid,payment_method,status\n" +
		"F1,C007,2026-01-05,2026-02-04,1028.80,205.76,1234.56,EUR,0.05,transfer,open\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if err := WriteInvoicesCSV(&b, invs, nil); err == nil {
		t.Error("nil clientCode accepted")
	}
	if err := WritePaymentsCSV(&b, nil, nil); err == nil {
		t.Error("nil invoiceNumber accepted")
	}
}

// reparse decodes an export and parses it with the suggested mapping, failing on any error.
func reparse[T any](t *testing.T, k Kind, data []byte, parse func(*Table, Mapping, ...Progress) ([]T, []RowError)) []T {
	t.Helper()
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		t.Error("the export starts with a BOM")
	}
	tab, err := Decode("export.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != EncodingUTF8 || tab.Separator != ',' || !reflect.DeepEqual(tab.Headers, keys(k)) {
		t.Errorf("export read as %s, %q, headers %q", tab.Encoding, tab.Separator, tab.Headers)
	}
	rows, errs := parse(tab, suggestValid(t, k, tab))
	for _, e := range errs {
		t.Errorf("re-import: %v", e)
	}
	return rows
}

func TestRoundTripClients(t *testing.T) {
	var clients []backend.Client
	tab := decodeTestdata(t, "canonical_clients_bom.csv")
	rows, _ := ParseClients(tab, suggestValid(t, Clients, tab))
	for _, r := range rows {
		clients = append(clients, r.Client)
	}
	// Cells that need quoting, formulas, accents, a SIRET-derived SIREN and no contact at all.
	odd := "Code client;Nom;Adresse;Ville;SIRET;Segment;Téléphone;E-mail;Forme juridique;Taux de pénalités\n" +
		"Q1;\"Dupont, \"\"Fils\"\" & Cie\";\"1, rue de l'Église\n3e étage\";L'Haÿ-les-Roses;73282932000074;at-risk;;;SARL;12,5\n" +
		"Q2;=HYPERLINK(\"x\");   ;Paris;;;0612345678;;5710;\n" +
		"Q3;Seul;;;;;;;Association;\n"
	tab, err := Decode("odd.csv", []byte(odd))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, r := range rows {
		r.Client.SIRET = "" // not part of the canonical layout: the SIREN it gave is
		clients = append(clients, r.Client)
	}
	if q1, q2 := rows[0].Client, rows[1].Client; q1.LegalForm != "SARL" || q1.LatePaymentRateBP != 1250 || q2.LegalForm != "SAS" || q2.LatePaymentRateBP != 0 {
		t.Errorf("legal form and rate: %q %d, %q %d (an INSEE code reads as its label)", q1.LegalForm, q1.LatePaymentRateBP, q2.LegalForm, q2.LatePaymentRateBP)
	}

	var b bytes.Buffer
	if err := WriteClientsCSV(&b, clients); err != nil {
		t.Fatal(err)
	}
	back := reparse(t, Clients, b.Bytes(), ParseClients)
	if len(back) != len(clients) {
		t.Fatalf("%d clients back, want %d", len(back), len(clients))
	}
	for i := range clients {
		if !reflect.DeepEqual(back[i].Client, clients[i]) {
			t.Errorf("client %d:\n got %+v\nwant %+v", i, back[i].Client, clients[i])
		}
	}
	var again bytes.Buffer
	got := make([]backend.Client, len(back))
	for i, r := range back {
		got[i] = r.Client
	}
	if err := WriteClientsCSV(&again, got); err != nil || again.String() != b.String() {
		t.Errorf("second export differs (%v):\n%s\n%s", err, again.String(), b.String())
	}
}

func TestRoundTripInvoices(t *testing.T) {
	ids := map[string]uint64{}
	codes := map[uint64]string{}
	var invoices []backend.Invoice
	for _, f := range []string{"sage_factures.csv", "canonical_factures_bom.csv", "pennylane_factures.csv", "quickbooks_invoices.csv", "axonaut_factures.tsv"} {
		tab := decodeTestdata(t, f)
		rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, r := range rows {
			if ids[r.ClientCode] == 0 {
				ids[r.ClientCode] = uint64(len(ids) + 1)
				codes[ids[r.ClientCode]] = r.ClientCode
			}
			r.Invoice.ClientID = ids[r.ClientCode]
			invoices = append(invoices, r.Invoice)
		}
	}
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, invoices, func(id uint64) string { return codes[id] }); err != nil {
		t.Fatal(err)
	}
	back := reparse(t, Invoices, b.Bytes(), ParseInvoices)
	if len(back) != len(invoices) {
		t.Fatalf("%d invoices back, want %d", len(back), len(invoices))
	}
	for i, r := range back {
		r.Invoice.ClientID = ids[r.ClientCode]
		if !reflect.DeepEqual(r.Invoice, invoices[i]) {
			t.Errorf("invoice %d:\n got %+v\nwant %+v", i, r.Invoice, invoices[i])
		}
	}
}

func TestRoundTripPayments(t *testing.T) {
	numbers := map[uint64]string{1: "F-001", 2: "F 002", 3: "F,003"}
	d := backend.MustDate("2026-03-02")
	payments := []backend.Payment{
		{Date: d, Amount: 100000, Method: "transfer", Reference: "VIR, \"SEPA\" 42",
			Allocations: []backend.Allocation{{InvoiceID: 1, Amount: 60000}, {InvoiceID: 2, Amount: 40000}}},
		{Date: d.AddDays(1), Amount: 50000, Method: "cheque", Allocations: []backend.Allocation{{InvoiceID: 3, Amount: 30000}}},
		{Date: d.AddDays(2), Amount: 1234, Method: "card"},
	}
	var b bytes.Buffer
	if err := WritePaymentsCSV(&b, payments, func(id uint64) string { return numbers[id] }); err != nil {
		t.Fatal(err)
	}
	wantCSV := "date,amount,invoice_number,method,reference\n" +
		"2026-03-02,600.00,F-001,transfer,\"VIR, \"\"SEPA\"\" 42\"\n" +
		"2026-03-02,400.00,F 002,transfer,\"VIR, \"\"SEPA\"\" 42\"\n" +
		"2026-03-03,300.00,\"F,003\",cheque,\n" +
		"2026-03-03,200.00,,cheque,\n" +
		"2026-03-04,12.34,,card,\n"
	if b.String() != wantCSV {
		t.Errorf("got\n%s\nwant\n%s", b.String(), wantCSV)
	}
	back := reparse(t, Payments, b.Bytes(), ParsePayments)
	want := []PaymentRow{
		{2, "F-001", backend.Payment{Date: d, Amount: 60000, Method: "transfer", Reference: "VIR, \"SEPA\" 42"}},
		{3, "F 002", backend.Payment{Date: d, Amount: 40000, Method: "transfer", Reference: "VIR, \"SEPA\" 42"}},
		{4, "F,003", backend.Payment{Date: d.AddDays(1), Amount: 30000, Method: "cheque"}},
		{5, "", backend.Payment{Date: d.AddDays(1), Amount: 20000, Method: "cheque"}},
		{6, "", backend.Payment{Date: d.AddDays(2), Amount: 1234, Method: "card"}},
	}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("got\n%+v\nwant\n%+v", back, want)
	}
}

func TestRoundTripEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, nil, func(uint64) string { return "" }); err != nil {
		t.Fatal(err)
	}
	if rows := reparse(t, Invoices, b.Bytes(), ParseInvoices); len(rows) != 0 {
		t.Errorf("rows %v", rows)
	}
}

func TestRoundTripGenerated(t *testing.T) {
	tab := genInvoices(3000, true)
	rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(errs) > 0 {
		t.Fatal(errs[0])
	}
	invoices := make([]backend.Invoice, len(rows))
	for i, r := range rows {
		invoices[i] = r.Invoice
	}
	var b bytes.Buffer
	if err := WriteInvoicesCSV(&b, invoices, func(uint64) string { return "C" }); err != nil {
		t.Fatal(err)
	}
	back := reparse(t, Invoices, b.Bytes(), ParseInvoices)
	for i := range back {
		if !reflect.DeepEqual(back[i].Invoice, invoices[i]) {
			t.Fatalf("invoice %d:\n got %+v\nwant %+v", i, back[i].Invoice, invoices[i])
		}
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	in := []backend.Invoice{{Number: "F<1>&", IssueDate: backend.MustDate("2026-01-01"), AmountInclTax: 12345}}
	if err := WriteJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"number": "F<1>&"`) || !strings.Contains(b.String(), `"issueDate": "2026-01-01"`) {
		t.Errorf("JSON:\n%s", b.String())
	}
	var out []backend.Invoice
	if err := json.Unmarshal(b.Bytes(), &out); err != nil || !reflect.DeepEqual(out, in) {
		t.Errorf("JSON round trip: %v %+v", err, out)
	}
}

package importer

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"relance/backend"
)

func suggestValid(t testing.TB, k Kind, tab *Table) Mapping {
	t.Helper()
	m := Suggest(k, tab.Headers)
	if err := m.Validate(k); err != nil {
		t.Fatalf("%s: mapping %v: %v", tab.Name, m, err)
	}
	return m
}

func invoicesOf(t *testing.T, name string) ([]InvoiceRow, []RowError) {
	t.Helper()
	tab := decodeTestdata(t, name)
	return ParseInvoices(tab, suggestValid(t, Invoices, tab))
}

func inv(number string, issue, due string, excl, vat, incl, paid backend.Cents, method string, status backend.InvoiceStatus) backend.Invoice {
	return backend.Invoice{Number: number, IssueDate: backend.MustDate(issue), DueDate: backend.MustDate(due),
		AmountExclTax: excl, VATAmount: vat, AmountInclTax: incl, Currency: "EUR", AmountPaid: paid,
		PaymentMethod: method, Status: status}
}

func checkInvoices(t *testing.T, got []InvoiceRow, errs []RowError, want []InvoiceRow) {
	t.Helper()
	for _, e := range errs {
		t.Errorf("unexpected error: %v", e)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("row %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func TestParseSage(t *testing.T) {
	rows, errs := invoicesOf(t, "sage_factures.csv")
	checkInvoices(t, rows, errs, []InvoiceRow{
		{2, "DUPONT", inv("FA00123", "2026-01-15", "2026-02-14", 102880, 20576, 123456, 0, "transfer", backend.StatusOpen), false},
		{4, "ELEC", inv("FA00124", "2026-01-20", "2026-03-19", 1000000, 200000, 1200000, 0, "cheque", backend.StatusOpen), false},
		{5, "CAFEGARE", inv("FA00125", "2026-01-31", "2026-03-02", 8333, 1667, 10000, 0, "direct_debit", backend.StatusOpen), false},
	})
}

func TestParseTotalsLine(t *testing.T) {
	text := "Numéro;Client;Date;Échéance;Montant\n" +
		"F1;TOTAL;01/01/2026;31/01/2026;10\n" + // TotalEnergies as a client is an invoice
		";;;;\n" +
		";Total;;;10\n" + // skipped
		";;;Sous-total;10\n" + // skipped
		";Totalement inconnu;;;10\n" // not a total line: an invoice without number
	tab, err := Decode("f.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(rows) != 1 || rows[0].ClientCode != "TOTAL" {
		t.Errorf("rows %+v", rows)
	}
	if len(errs) == 0 || errs[0].Line != 6 {
		t.Errorf("errors %v", errs)
	}
	for _, e := range errs {
		if e.Line != 6 {
			t.Errorf("unexpected error %v", e)
		}
	}
}

func TestParseCanonicalBOM(t *testing.T) {
	rows, errs := invoicesOf(t, "canonical_factures_bom.csv")
	checkInvoices(t, rows, errs, []InvoiceRow{
		{2, "C001", inv("F2026-001", "2026-01-15", "2026-02-14", 100000, 20000, 120000, 0, "transfer", backend.StatusOpen), false},
		{3, "C002", inv("F2026-002", "2026-01-20", "2026-02-19", 50000, 10000, 60000, 60000, "cheque", backend.StatusPaid), false},
		{4, "C003", inv("F2026-003", "2026-02-01", "2026-03-03", 9999, 2000, 11999, 5000, "", backend.StatusPartiallyPaid), false},
	})
}

func TestParsePennylane(t *testing.T) {
	// "Reste à payer" is what remains: amount_paid = TTC − reste.
	rows, errs := invoicesOf(t, "pennylane_factures.csv")
	checkInvoices(t, rows, errs, []InvoiceRow{
		{2, "ATELIER BLEU", inv("PL-2026-0001", "2026-01-05", "2026-02-04", 150000, 30000, 180000, 0, "", backend.StatusOpen), false},
		{3, "ATELIER BLEU", inv("PL-2026-0002", "2026-01-12", "2026-02-11", 25000, 5000, 30000, 20000, "", backend.StatusPartiallyPaid), false},
		{4, "STUDIO NORD", inv("PL-2026-0003", "2026-01-20", "2026-02-19", 8000, 1600, 9600, 9600, "", backend.StatusPaid), false},
	})
}

func TestParseQuickBooks(t *testing.T) {
	// English export: "1,234.56" amounts, TTC only (HT = TTC, TVA = 0), "Open Balance" as the remaining amount.
	rows, errs := invoicesOf(t, "quickbooks_invoices.csv")
	checkInvoices(t, rows, errs, []InvoiceRow{
		{2, "NORTHWIND TRADERS", inv("1001", "2026-01-10", "2026-02-09", 123456, 0, 123456, 0, "", backend.StatusOpen), false},
		{3, "CONTOSO", inv("1002", "2026-01-15", "2026-02-14", 48000, 0, 48000, 48000, "", backend.StatusPaid), false},
		{4, "NORTHWIND TRADERS", inv("1003", "2026-02-01", "2026-03-03", 200000, 0, 200000, 150000, "", backend.StatusPartiallyPaid), false},
	})
}

func TestParseAxonaut(t *testing.T) {
	// Tab separated; HT and TTC without a TVA column (TVA derived); "Payé" as Oui/Non; one row without HT.
	rows, errs := invoicesOf(t, "axonaut_factures.tsv")
	checkInvoices(t, rows, errs, []InvoiceRow{
		{2, "BOULANGERIE DUPONT", inv("AX-17", "2026-01-03", "2026-02-02", 10000, 2000, 12000, 0, "", backend.StatusOpen), false},
		{3, "BOULANGERIE DUPONT", inv("AX-18", "2026-01-04", "2026-02-03", 12000, 0, 12000, 12000, "", backend.StatusPaid), false},
	})
}

func TestParseBadInvoices(t *testing.T) {
	rows, errs := invoicesOf(t, "bad_factures.csv")
	want := []RowError{
		{2, "due_date", "31/02/2026", "date d'échéance « 31/02/2026 » invalide : ce jour n'existe pas"},
		{3, "amount_incl_tax", "130,00", "HT 100,00\u00a0€ + TVA 20,00\u00a0€ = 120,00\u00a0€, pas 130,00\u00a0€ TTC"},
		{5, "client_code", "", "le code client est obligatoire"},
		{8, "number", "F-004", "facture « F-004 » en double : déjà présente ligne 6"},
		{9, "amount_excl_tax", "1,234", "montant HT « 1,234 » invalide : au plus deux décimales, par exemple 1 234,56"},
		{10, "due_date", "03/03/2026", "l'échéance (03/03/2026) est antérieure à la date de facture (10/03/2026)"},
	}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(want))
	}
	if len(rows) != 1 || rows[0].Line != 6 || rows[0].Invoice.Number != "F-004" {
		t.Errorf("valid rows: %+v", rows)
	}
	if got, want := errs[0].Error(), "ligne 2, colonne due_date : date d'échéance « 31/02/2026 » invalide : ce jour n'existe pas"; got != want {
		t.Errorf("Error() = %q\nwant %q", got, want)
	}
}

func dumpErrs(errs []RowError) string {
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "  %d %s %q %q\n", e.Line, e.Column, e.Value, e.Message)
	}
	return b.String()
}

func TestRowErrorString(t *testing.T) {
	cases := map[string]RowError{
		"ligne 12, colonne due_date : date d'échéance « 31/02/2026 » invalide : ce jour n'existe pas": {
			Line: 12, Column: "due_date", Value: "31/02/2026", Message: "date d'échéance « 31/02/2026 » invalide : ce jour n'existe pas"},
		"ligne 3 : cette ligne a 4 cellules":  {Line: 3, Message: "cette ligne a 4 cellules"},
		"colonnes obligatoires non associées": {Message: "colonnes obligatoires non associées"},
	}
	for want, e := range cases {
		if got := e.Error(); got != want {
			t.Errorf("%q, want %q", got, want)
		}
	}
}

func TestErrorOf(t *testing.T) {
	if ErrorOf("f.csv", nil) != nil {
		t.Error("no errors must give nil")
	}
	_, errs := invoicesOf(t, "bad_factures.csv")
	err := ErrorOf("bad_factures.csv", errs)
	if backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("code %s", backend.ErrorCode(err))
	}
	msg := backend.ErrorMessage(err)
	if !strings.HasPrefix(msg, "le fichier bad_factures.csv contient 6 lignes en erreur : ligne 2, colonne due_date : date d'échéance") {
		t.Errorf("message %q", msg)
	}
	tab := genInvoices(60, false)
	for i := range tab.Rows {
		tab.Rows[i].Cells[0] = ""
	}
	_, errs = ParseInvoices(tab, suggestValid(t, Invoices, tab))
	var de *backend.Error
	if !errors.As(ErrorOf("gen.csv", errs), &de) || len(de.Fields) != 51 || de.Fields[50].Message != "et 10 autres erreurs" ||
		de.Message != "le fichier gen.csv contient 60 lignes en erreur" {
		t.Errorf("long list: %+v", de)
	}
	_, errs = ParseInvoices(tab, Mapping{})
	if msg := backend.ErrorMessage(ErrorOf("gen.csv", errs)); !strings.HasPrefix(msg, "le fichier gen.csv ne peut pas être importé : colonnes obligatoires") {
		t.Errorf("mapping error: %q", msg)
	}
}

func TestParseBadClients(t *testing.T) {
	tab := decodeTestdata(t, "bad_clients.csv")
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	want := []RowError{
		{3, "siren", "123456789", "SIREN « 123456789 » invalide : la clé de contrôle ne correspond pas (vérifiez une faute de frappe)"},
		{4, "client_code", "c001", "code client « C001 » en double : déjà utilisé ligne 2"},
		{5, "name", "", "le nom ou la raison sociale est obligatoire"},
		{5, "email", "pas-un-email", "adresse e-mail « pas-un-email » invalide : attendu par exemple compta@exemple.fr"},
		{6, "language", "de", "langue « de » invalide : fr ou en"},
	}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(want))
	}
	if len(rows) != 1 || rows[0].Client.Code != "C001" {
		t.Errorf("valid rows %+v", rows)
	}
}

func TestParseClientsCanonical(t *testing.T) {
	tab := decodeTestdata(t, "canonical_clients_bom.csv")
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	for _, e := range errs {
		t.Errorf("unexpected error: %v", e)
	}
	want := []ClientRow{
		{2, backend.Client{Code: "C001", Name: "Danone SA", Type: backend.Business, SIREN: "552081317", VATNumber: "FR03552081317",
			Email: "compta@danone.example.fr", Phone: "01 44 35 20 20",
			Contacts: []backend.Contact{{Email: "compta@danone.example.fr", Phone: "01 44 35 20 20", Billing: true}},
			Address:  backend.Address{Line1: "17 boulevard Haussmann", Line2: "Bâtiment B", PostalCode: "75009", City: "Paris"},
			Segment:  "strategic", Language: "fr"}},
		// C001's address is a two-line cell: C002 starts on line 4.
		{4, backend.Client{Code: "C002", Name: "Jean Martin", Type: backend.Consumer, Email: "jean.martin@example.org",
			Contacts: []backend.Contact{{Email: "jean.martin@example.org", Billing: true}},
			Address:  backend.Address{Line1: "3 rue des Lilas", PostalCode: "69003", City: "Lyon"}, Segment: "regular", Language: "fr"}},
		{5, backend.Client{Code: "C003", Name: "Acme Ltd", Type: backend.Business, VATNumber: "GB123456789",
			Email: "ap@acme.example.com", Phone: "+44 20 7946 0000",
			Contacts: []backend.Contact{{Email: "ap@acme.example.com", Phone: "+44 20 7946 0000", Billing: true}, {Email: "boss@acme.example.com"}},
			Address:  backend.Address{Line1: "1 High Street", PostalCode: "EC1A 1BB", City: "London", Country: "Royaume-Uni"},
			Segment:  "new", Language: "en"}},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows:\n%+v\nwant\n%+v", rows, want)
	}
}

func TestParseClientsFixups(t *testing.T) {
	text := "Code client;Nom;SIRET;Téléphone;Code postal;Ville;Pays;Type;E-mail\n" +
		"a1;Boulangerie de l'Ain;73282932000074;612345678;1000;Bourg-en-Bresse;France;Société;\"Compta <compta@ain.example.fr>; gerant@ain.example.fr\"\n" +
		"a2;M. Dupont;;;;;;particulier;\n" +
		"a3;Mauvais SIRET;73282932000075;;;;;;\n" +
		"a4;Type inconnu;;;;;;association;\n"
	tab, err := Decode("clients.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	if len(rows) != 2 {
		t.Fatalf("%d rows: %+v", len(rows), rows)
	}
	c := rows[0].Client
	if c.SIREN != "732829320" || c.SIRET != "73282932000074" {
		t.Errorf("SIREN %q from SIRET %q", c.SIREN, c.SIRET)
	}
	if c.Address.PostalCode != "01000" || c.Phone != "0612345678" || c.Address.Country != "" {
		t.Errorf("postal code %q, phone %q, country %q", c.Address.PostalCode, c.Phone, c.Address.Country)
	}
	if c.Email != "compta@ain.example.fr" || len(c.Contacts) != 2 || !c.Contacts[0].Billing || c.Contacts[1].Email != "gerant@ain.example.fr" {
		t.Errorf("email %q, contacts %+v", c.Email, c.Contacts)
	}
	if c.Type != backend.Business || rows[1].Client.Type != backend.Consumer || rows[1].Client.Contacts != nil {
		t.Errorf("types %q %q, contacts %+v", c.Type, rows[1].Client.Type, rows[1].Client.Contacts)
	}
	want := []RowError{
		{4, "siret", "73282932000075", "SIRET « 73282932000075 » invalide : la clé de contrôle ne correspond pas (vérifiez une faute de frappe)"},
		{5, "type", "association", "type « association » invalide : business (professionnel) ou consumer (particulier)"},
	}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(want))
	}
}

// A rate that is not a percentage, or a rate for a consumer (legal interest only), is an error at its cell.
func TestParseClientsLatePaymentRate(t *testing.T) {
	text := "Code client;Nom;Type;Taux des pénalités de retard\n" +
		"R1;Garage Martin;professionnel;15 %\n" +
		"R2;Mme Petit;particulier;10\n" +
		"R3;SCI Les Tilleuls;;douze\n"
	tab, err := Decode("clients.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseClients(tab, suggestValid(t, Clients, tab))
	if len(rows) != 1 || rows[0].Client.LatePaymentRateBP != 1500 {
		t.Fatalf("rows %+v", rows)
	}
	if len(errs) != 2 || errs[0].Line != 3 || errs[0].Column != "late_payment_rate" || !strings.Contains(errs[0].Message, "particulier") ||
		errs[1].Line != 4 || errs[1].Column != "late_payment_rate" || !strings.Contains(errs[1].Message, "taux des pénalités de retard « douze » invalide") {
		t.Errorf("errors:\n%s", dumpErrs(errs))
	}
}

func TestParsePayments(t *testing.T) {
	tab := decodeTestdata(t, "paiements.csv")
	rows, errs := ParsePayments(tab, suggestValid(t, Payments, tab))
	for _, e := range errs {
		t.Errorf("unexpected error: %v", e)
	}
	want := []PaymentRow{
		{2, "FA00123", backend.Payment{Date: backend.MustDate("2026-02-16"), Amount: 123456, Method: "transfer", Reference: "VIR SEPA DUPONT 0216"}},
		{3, "", backend.Payment{Date: backend.MustDate("2026-02-20"), Amount: 60000, Method: "cheque", Reference: "CHQ 1234567"}},
		{4, "F2026-003", backend.Payment{Date: backend.MustDate("2026-02-21"), Amount: 5000, Method: "card"}},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows:\n%+v\nwant\n%+v", rows, want)
	}

	bad := "date,amount,invoice_number,method\n2026-02-30,10.00,F1,\n2026-02-01,0,F1,\n2026-02-01,,F1,\n2026-02-01,5,F1,bitcoin\n2026-02-01,-5,,\n"
	tab, _ = Decode("p.csv", []byte(bad))
	_, errs = ParsePayments(tab, suggestValid(t, Payments, tab))
	wantErrs := []RowError{
		{2, "date", "2026-02-30", "date du paiement « 2026-02-30 » invalide : ce jour n'existe pas"},
		{3, "amount", "0", "le montant du paiement doit être positif"},
		{4, "amount", "", "le montant du paiement est obligatoire"},
		{5, "method", "bitcoin", "moyen de paiement « bitcoin » inconnu : virement, prélèvement, chèque, carte, espèces, LCR ou autre"},
		{6, "amount", "-5", "le montant du paiement doit être positif"},
	}
	if !reflect.DeepEqual(errs, wantErrs) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(wantErrs))
	}
}

func TestParseAmounts(t *testing.T) {
	// Which amounts are given decides what is derived; all combinations on one layout.
	head := "number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,amount_paid,amount_due\n"
	pre := "F1,C1,2026-01-01,2026-01-31,"
	cases := []struct {
		cells               string
		excl, vat, incl, pd backend.Cents
		err                 string
	}{
		{"100,20,120,,", 10000, 2000, 12000, 0, ""},
		{"100,,120,,", 10000, 2000, 12000, 0, ""},
		{",20,120,,", 10000, 2000, 12000, 0, ""},
		{",,120,,", 12000, 0, 12000, 0, ""},
		{"100,20,,,", 10000, 2000, 12000, 0, ""},
		{"100,20,120,20,", 10000, 2000, 12000, 2000, ""},
		{"100,20,120,,20", 10000, 2000, 12000, 10000, ""},
		{"100,20,120,100,20", 10000, 2000, 12000, 10000, ""},
		{"100,20,120,oui,", 10000, 2000, 12000, 12000, ""},
		{"100,,,,", 0, 0, 0, 0, "amount_incl_tax: le montant TTC est obligatoire (ou le montant HT et la TVA)"},
		{"130,,120,,", 0, 0, 0, 0, "amount_incl_tax: les montants doivent être positifs ou nuls (un avoir se saisit à part)"},
		{"100,20,120,50,20", 0, 0, 0, 0, "amount_due: réglé 50,00\u00a0€ + reste à payer 20,00\u00a0€ = 70,00\u00a0€, pas 120,00\u00a0€ TTC"},
		{"100,20,120,,150", 0, 0, 0, 0, "amount_due: le reste à payer (150,00\u00a0€) dépasse le montant TTC (120,00\u00a0€)"},
		{"100,20,120,-1,", 0, 0, 0, 0, "amount_paid: le montant réglé ne peut pas être négatif"},
		{"100,20,120,peut-être,", 0, 0, 0, 0, "amount_paid: montant réglé « peut-être » invalide : attendu un nombre comme 1 234,56"},
	}
	for _, c := range cases {
		tab, err := Decode("f.csv", []byte(head+pre+c.cells+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
		var got string
		for _, e := range errs {
			got += e.Column + ": " + e.Message
		}
		if got != c.err {
			t.Errorf("%s: error %q, want %q", c.cells, got, c.err)
			continue
		}
		if c.err != "" {
			continue
		}
		i := rows[0].Invoice
		if i.AmountExclTax != c.excl || i.VATAmount != c.vat || i.AmountInclTax != c.incl || i.AmountPaid != c.pd {
			t.Errorf("%s: HT %v TVA %v TTC %v payé %v", c.cells, i.AmountExclTax, i.VATAmount, i.AmountInclTax, i.AmountPaid)
		}
	}

	// HT + TVA without a TTC column: an error on the derived TTC points at the HT column.
	tab, _ := Decode("f.csv", []byte("number,client_code,issue_date,due_date,amount_excl_tax,vat_amount\nF1,C1,2026-01-01,2026-01-31,-100,20\n"))
	_, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	if len(errs) != 1 || errs[0].Column != "amount_excl_tax" {
		t.Errorf("errors %s", dumpErrs(errs))
	}
}

func TestParseOtherInvoiceErrors(t *testing.T) {
	text := "number,client_code,issue_date,due_date,amount_incl_tax,currency,payment_method\n" +
		"F1,C1,,2026-01-31,10,,\n" + // 2: no issue date
		"F2,C1,2026-01-01,2026-01-31,10,USD,\n" + // 3: currency
		"F3,C1,2026-01-01,2026-01-31,10,€,bitcoin\n" + // 4: payment method
		",C1,2026-01-01,2026-01-31,10,,\n" + // 5: no number
		"F|5,C1,2026-13-01,,10,,\n" // 6: bad number, bad date, no due date
	tab, err := Decode("f.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	_, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	want := []RowError{
		{2, "issue_date", "", "la date de facture est obligatoire"},
		{3, "currency", "USD", "devise « USD » non prise en charge : Relance gère les factures en euros (EUR)"},
		{4, "payment_method", "bitcoin", "moyen de paiement « bitcoin » inconnu : virement, prélèvement, chèque, carte, espèces, LCR ou autre"},
		{5, "number", "", "le numéro de facture est obligatoire"},
		{6, "issue_date", "2026-13-01", "date de facture « 2026-13-01 » invalide : attendu JJ/MM/AAAA ou AAAA-MM-JJ"},
		{6, "number", "F|5", "numéro « F|5 » invalide : 60 caractères au plus, sans | ni retour à la ligne"},
		{6, "due_date", "", "la date d'échéance est obligatoire"},
	}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(want))
	}
}

func TestParseShiftedColumns(t *testing.T) {
	// A comma-separated file with an unquoted French decimal: the row has one cell too many.
	text := "number,client_code,issue_date,due_date,amount_incl_tax\nF1,C1,2026-01-01,2026-01-31,12,50\nF2,C1,2026-01-01,2026-01-31,12.50,,\n"
	tab, err := Decode("f.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	rows, errs := ParseInvoices(tab, suggestValid(t, Invoices, tab))
	want := []RowError{{Line: 2, Value: "50", Message: "cette ligne a 6 cellules pour 5 colonnes d'en-tête : un séparateur « , » de trop décale les colonnes (un montant comme 12,50 doit être écrit \"12,50\" ou 12.50)"}}
	if !reflect.DeepEqual(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", dumpErrs(errs), dumpErrs(want))
	}
	// Empty trailing cells are harmless.
	if len(rows) != 1 || rows[0].Invoice.AmountInclTax != 1250 {
		t.Errorf("rows %+v", rows)
	}
}

func TestParseInvalidMapping(t *testing.T) {
	tab := decodeTestdata(t, "canonical_factures_bom.csv")
	rows, errs := ParseInvoices(tab, Mapping{"number": 0})
	if rows != nil || len(errs) != 1 || errs[0].Line != 0 || !strings.HasPrefix(errs[0].Message, "colonnes obligatoires pour un import de factures non associées") {
		t.Errorf("rows %v errors %v", rows, errs)
	}
	if _, errs := ParseClients(nil, Mapping{}); len(errs) != 1 {
		t.Errorf("nil table: %v", errs)
	}
	// A column index beyond the row reads as an empty cell.
	rows, errs = ParseInvoices(tab, Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_incl_tax": 6, "currency": 42})
	if len(rows) != 3 || len(errs) != 0 {
		t.Errorf("rows %d, errors %v", len(rows), errs)
	}
}

func TestProgress(t *testing.T) {
	tab := genInvoices(2500, false)
	var calls [][2]int
	ParseInvoices(tab, suggestValid(t, Invoices, tab), func(done, total int) { calls = append(calls, [2]int{done, total}) })
	want := [][2]int{{1000, 2500}, {2000, 2500}, {2500, 2500}}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("progress %v, want %v", calls, want)
	}
}

// genInvoices builds a table as Decode would from a French export: dd/mm/yyyy dates and "1 234,56" amounts
// when french is true, the canonical forms otherwise.
func genInvoices(n int, french bool) *Table {
	t := &Table{Name: "gen.csv", Encoding: EncodingUTF8, Separator: ';', Headers: keys(Invoices)}
	t.Rows = make([]Row, n)
	base := backend.MustDate("2024-01-01")
	for i := range t.Rows {
		issue := base.AddDays(i % 700)
		due := issue.AddDays(30)
		excl := backend.Cents(10000 + i%100000)
		vat := excl / 5
		paid := backend.Cents(0)
		if i%3 == 0 {
			paid = excl + vat
		}
		cells := []string{fmt.Sprintf("F%07d", i), fmt.Sprintf("C%05d", i%5000), issue.String(), due.String(),
			excl.String(), vat.String(), (excl + vat).String(), "EUR", paid.String(), "transfer"}
		if french {
			cells[2], cells[3] = issue.French(), due.French()
			cells[4], cells[5], cells[6], cells[8] = backend.FormatNumber(excl), backend.FormatNumber(vat), backend.FormatNumber(excl+vat), backend.FormatNumber(paid)
			cells[9] = "Virement"
		}
		t.Rows[i] = Row{Line: i + 2, Cells: cells}
	}
	return t
}

func benchmarkParse(b *testing.B, french bool) {
	tab := genInvoices(100_000, french)
	m := Suggest(Invoices, tab.Headers)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rows, errs := ParseInvoices(tab, m)
		if len(rows) != 100_000 || len(errs) != 0 {
			b.Fatalf("%d rows, errors %v", len(rows), errs[:min(3, len(errs))])
		}
	}
}

// BenchmarkParseInvoices100k parses 100 000 canonical rows (ISO dates, "1234.56").
func BenchmarkParseInvoices100k(b *testing.B) { benchmarkParse(b, false) }

// BenchmarkParseInvoices100kFrench parses 100 000 rows as French tools write them ("1 234,56", 31/12/2026),
// which the fast paths leave to backend.ParseAmount.
func BenchmarkParseInvoices100kFrench(b *testing.B) { benchmarkParse(b, true) }

// BenchmarkDecodeInvoices100k decodes the canonical export of 100 000 invoices.
func BenchmarkDecodeInvoices100k(b *testing.B) {
	tab := genInvoices(100_000, false)
	var sb strings.Builder
	sb.WriteString(strings.Join(tab.Headers, ",") + "\n")
	for _, r := range tab.Rows {
		sb.WriteString(strings.Join(r.Cells, ",") + "\n")
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Decode("gen.csv", data); err != nil {
			b.Fatal(err)
		}
	}
}

// Package documentstest holds what the documents' tests and the window's share: a ledger with overdue invoices and
// the text of a generated PDF.
package documentstest

import (
	"os/exec"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/store"
)

// OverdueLedger writes a company, a business client and a consumer, each with overdue invoices on 2026-11-23:
// F-2026-0101 (1 200 €, due 31/08) and F-2026-0102 (600 €, due 15/10) of Menuiserie Lefèvre (MEN), F-2026-0103
// (10 €, not due), and F-2026-0201 (360 €, due 01/10) of Mme Claire Petit (PET).
func OverdueLedger(t testing.TB, st *store.Store) (biz, cons backend.Client) {
	t.Helper()
	co := backend.Company{LegalName: "Atelier Dupont", LegalForm: "SARL", SIREN: "552081317", RCSCity: "Lyon",
		Address: backend.Address{Line1: "12 rue de la République", PostalCode: "69002", City: "Lyon"},
		IBAN:    "FR7630006000011234567890189", BIC: "AGRIFRPP", PaymentTermsDays: 30,
		Signatory: backend.Signatory{FirstName: "Claire", LastName: "Dupont", Title: "Gérante"}}
	if err := st.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	biz = backend.Client{Code: "MEN", Name: "Menuiserie Lefèvre", Type: backend.Business,
		Address: backend.Address{Line1: "4 impasse des Tilleuls", PostalCode: "13008", City: "Marseille"}}
	cons = backend.Client{Code: "PET", Name: "Mme Claire Petit", Type: backend.Consumer,
		Address: backend.Address{Line1: "8 rue Nationale", PostalCode: "59000", City: "Lille"}}
	for _, c := range []*backend.Client{&biz, &cons} {
		if err := st.SaveClient(c); err != nil {
			t.Fatal(err)
		}
	}
	for _, inv := range []backend.Invoice{
		{Number: "F-2026-0101", ClientID: biz.ID, IssueDate: backend.MustDate("2026-08-01"), DueDate: backend.MustDate("2026-08-31"), AmountExclTax: 100000, VATAmount: 20000, AmountInclTax: 120000},
		{Number: "F-2026-0102", ClientID: biz.ID, IssueDate: backend.MustDate("2026-09-15"), DueDate: backend.MustDate("2026-10-15"), AmountExclTax: 50000, VATAmount: 10000, AmountInclTax: 60000},
		{Number: "F-2026-0103", ClientID: biz.ID, IssueDate: backend.MustDate("2026-11-10"), DueDate: backend.MustDate("2026-12-10"), AmountExclTax: 1000, AmountInclTax: 1000},
		{Number: "F-2026-0201", ClientID: cons.ID, IssueDate: backend.MustDate("2026-09-01"), DueDate: backend.MustDate("2026-10-01"), AmountExclTax: 30000, VATAmount: 6000, AmountInclTax: 36000},
	} {
		if err := st.SaveInvoice(&inv); err != nil {
			t.Fatal(err)
		}
	}
	return biz, cons
}

// PDFText is the text of a PDF as pdftotext lays it out; the test is skipped without pdftotext.
func PDFText(t testing.TB, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: make test installs it")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// Flat folds a text's spaces, no-break ones included, to single spaces.
func Flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// OneLine folds a text's spaces (no-break and narrow no-break included) to single spaces.
func OneLine(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)), " ")
}

package template

import (
	"relance/backend"
)

// The fixtures: a complete company profile, a business client (SARL with SIREN, a billing contact, two overdue
// invoices, penalties) and a consumer (no contact, one overdue invoice), on a fixed day.

var fixedToday = backend.MustDate("2026-03-16")

func fixtureCompany() backend.Company {
	return backend.Company{
		LegalName: "Atelier Durand", LegalForm: "SARL", SIREN: "732829320",
		Address: backend.Address{Line1: "8 quai Saint-Vincent", PostalCode: "69001", City: "Lyon"},
		Email:   "contact@atelier-durand.fr", Phone: "04 72 00 00 00",
		IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPP",
		Logo: []byte("\x89PNG\r\n\x1a\n"), LogoType: "image/png",
		Signatory: backend.Signatory{FirstName: "Claire", LastName: "Durand", Title: "Gérante",
			Email: "claire@atelier-durand.fr", Phone: "06 12 34 56 78"},
		PaymentTermsDays: 30,
	}
}

func invoice(number, issued, due string, ht, vat, paid backend.Cents) backend.Invoice {
	inv := backend.Invoice{Number: number, IssueDate: backend.MustDate(issued), DueDate: backend.MustDate(due),
		AmountExclTax: ht, VATAmount: vat, AmountInclTax: ht + vat, AmountPaid: paid, Currency: "EUR"}
	inv.SettleStatus()
	return inv
}

func b2bData(lang string) Data {
	contact := backend.Contact{FirstName: "Marie", LastName: "Dupont", Role: "Comptabilité",
		Email: "compta@boulangerie-martin.fr", Phone: "04 78 12 34 56", Billing: true}
	return Data{
		Lang:    lang,
		Today:   fixedToday,
		Company: fixtureCompany(),
		Client: backend.Client{ID: 42, Code: "CLI-0042", Name: "Boulangerie Martin", Type: backend.Business,
			SIREN: "552081317", Address: backend.Address{Line1: "12 rue des Lilas", PostalCode: "69003", City: "Lyon"},
			Contacts: []backend.Contact{contact}, Language: lang},
		Contact: contact,
		// Given newest first: the renderer orders them by due date.
		Invoices: []backend.Invoice{
			invoice("F-2026-021", "2026-02-01", "2026-03-03", 288065, 57613, 100000),
			invoice("F-2026-014", "2026-01-15", "2026-02-14", 100000, 20000, 0),
		},
		ExpiredOutstanding: 425678,
		LatePenalties:      2137,
		RecoveryIndemnity:  8000,
		PaymentLinkPattern: "https://pay.example.fr/?ref=[[InvoiceNumber]]&amount=[[TotalOverdue]]",
		LogoCID:            "logo@relance.local",
	}
}

func b2cData(lang string) Data {
	return Data{
		Lang:    lang,
		Today:   fixedToday,
		Company: fixtureCompany(),
		Client: backend.Client{ID: 7, Code: "PART-0007", Name: "Jean Moreau", Type: backend.Consumer,
			Address: backend.Address{Line1: "3 impasse des Tilleuls", PostalCode: "38000", City: "Grenoble"},
			Phone:   "06 98 76 54 32", Language: lang},
		Invoices:           []backend.Invoice{invoice("F-2026-030", "2026-02-10", "2026-02-25", 70833, 14167, 0)},
		ExpiredOutstanding: 85000,
		PaymentLinkPattern: "https://pay.example.fr/?ref=[[InvoiceNumber]]&amount=[[TotalOverdue]]",
		LogoCID:            "logo@relance.local",
	}
}

// dataFor adapts a fixture to the moment a step is sent: a courtesy reminder before the due date, the due-day
// reminder on it, the thank-you once paid.
func dataFor(kind, key, lang string) Data {
	d := b2bData(lang)
	if kind == "b2c" {
		d = b2cData(lang)
	}
	oldest := d.Invoices[len(d.Invoices)-1]
	switch key {
	case KeyCourtesy:
		d.Invoices = []backend.Invoice{oldest}
		d.Today = oldest.DueDate.AddDays(-3)
		d.LatePenalties, d.ExpiredOutstanding = 0, 0
	case KeyDueDay:
		d.Invoices = []backend.Invoice{oldest}
		d.Today = oldest.DueDate
		d.LatePenalties, d.ExpiredOutstanding = 0, 0
	case KeyThanks:
		for i := range d.Invoices {
			d.Invoices[i].AmountPaid = d.Invoices[i].AmountInclTax
			d.Invoices[i].SettleStatus()
		}
		d.Today = backend.MustDate("2026-03-20")
		d.LatePenalties, d.ExpiredOutstanding = 0, 0
	}
	return d
}

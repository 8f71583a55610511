package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"relance/backend"
	"relance/backend/calendar"
	"relance/backend/latefee"
)

// Test fixtures: a creditor in Lyon, a business debtor with three late invoices (one partly paid late), a
// consumer debtor. Penalties come from backend/latefee, as the app computes them.

func testLogo() []byte {
	img := image.NewRGBA(image.Rect(0, 0, 240, 80))
	for y := 0; y < 80; y++ {
		for x := 0; x < 240; x++ {
			c := color.RGBA{255, 255, 255, 255}
			switch {
			case (x-40)*(x-40)+(y-40)*(y-40) < 30*30:
				c = color.RGBA{34, 102, 68, 255}
			case x > 80 && x < 230 && y > 30 && y < 50:
				c = color.RGBA{180, 140, 60, 255}
			}
			img.Set(x, y, c)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		panic(err)
	}
	return b.Bytes()
}

func creditor() Party {
	return Party{
		Name: "Ébénisterie Côté Jardin", LegalForm: "SARL", ShareCapital: "10 000 €",
		SIREN: "732829320", SIRET: "73282932000074", RCSCity: "Lyon", VATNumber: backend.FrenchVATNumber("732829320"),
		Address: backend.Address{Line1: "12, rue de la Charité", PostalCode: "69002", City: "Lyon"},
		Email:   "compta@cote-jardin.fr", Phone: "04 72 00 00 00",
	}
}

func businessDebtor() Party {
	return Party{
		Name: "Boulangerie Pâtissière Dupont & Fils", LegalForm: "SAS", SIREN: "552081317",
		Contact: "Mme Élodie Dupont, service comptabilité",
		Address: backend.Address{Line1: "8, place de l'Église", Line2: "Bâtiment B", PostalCode: "38000", City: "Grenoble"},
	}
}

func consumerDebtor() Party {
	return Party{
		Name:    "M. François Lœuillet",
		Address: backend.Address{Line1: "3, impasse des Érables", PostalCode: "01000", City: "Bourg-en-Bresse"},
	}
}

func signatory() backend.Signatory {
	return backend.Signatory{FirstName: "Camille", LastName: "Girard", Title: "Gérante", Email: "camille@cote-jardin.fr"}
}

func payment() Payment {
	return Payment{IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPPXXX", Reference: "RF18539007547034",
		Link: "https://paiement.cote-jardin.fr/r/RF18539007547034"}
}

type testInvoice struct {
	number, order string
	issue, due    string
	ttc           backend.Cents
	payments      []latefee.Payment
}

// lateInvoices computes invoice lines and penalty segments at date d, B2B statutory rate.
func lateInvoices(t testing.TB, d backend.Date, consumer bool, from backend.Date, invs []testInvoice) ([]InvoiceLine, []PenaltyLine, backend.Cents, backend.Cents) {
	t.Helper()
	var lines []InvoiceLine
	var pens []PenaltyLine
	var exactTotal, indemnity backend.Cents
	for _, in := range invs {
		due := backend.MustDate(in.due)
		var paid backend.Cents
		for _, p := range in.payments {
			paid += p.Amount
		}
		input := latefee.Input{Mode: latefee.ModeB2B, Principal: in.ttc, Start: due, End: d, Payments: in.payments}
		if consumer {
			input.Mode, input.Start = latefee.ModeLegalPro, from
		}
		res, err := latefee.Compute(nil, input)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, InvoiceLine{Number: in.number, IssueDate: backend.MustDate(in.issue), DueDate: due,
			DaysLate: due.DaysUntil(d), AmountInclTax: in.ttc, Paid: paid, Remaining: in.ttc - paid, OrderReference: in.order})
		for _, s := range res.Segments {
			pens = append(pens, PenaltyLine{InvoiceNumber: in.number, From: s.From, To: s.To, Days: s.Days,
				RatePct: latefee.FormatPercent(s.RateBP), Base: s.Base, Amount: s.Amount, Divisor: s.Divisor})
		}
		exactTotal += res.Total
		indemnity += res.Indemnity
	}
	return lines, pens, exactTotal, indemnity
}

// businessNotice: three invoices due in spring and summer 2025, penalties over 2025-H1 (13.15 %) and 2025-H2
// (12.15 %), one invoice partly paid late, sent by registered letter.
func businessNotice(t testing.TB) Notice {
	date := backend.MustDate("2025-11-24")
	inv, pens, total, indemnity := lateInvoices(t, date, false, 0, []testInvoice{
		{number: "F-2025-0412", order: "BC 2025-117", issue: "2025-04-15", due: "2025-05-15", ttc: 123456},
		{number: "F-2025-0498", order: "Contrat n° 88", issue: "2025-05-10", due: "2025-06-09", ttc: 480000,
			payments: []latefee.Payment{{Date: backend.MustDate("2025-08-14"), Amount: 180000}}},
		{number: "F-2025-0533", issue: "2025-06-02", due: "2025-07-02", ttc: 96000},
	})
	n := Notice{
		Creditor: creditor(), Logo: testLogo(), LogoType: "image/png", Signatory: signatory(),
		Debtor: businessDebtor(), Place: "Lyon", Date: date,
		Registered: true, RegisteredNumber: "1A 189 456 7890 3",
		Invoices: inv, Penalties: pens, PenaltyTotal: total, Indemnity: indemnity,
		DeadlineDays: 8, Deadline: calendar.Calendar{}.NextBusinessDay(date.AddDays(8)),
		Payment:        payment(),
		PriorReminders: []string{"relance par e-mail du 20/06/2025", "relance par e-mail du 15/09/2025", "relance par courrier du 20/10/2025"},
	}
	n.TotalClaimed = n.Principal() + n.PenaltyTotal + n.Indemnity
	return n
}

// consumerNotice: one invoice to a private person; interest only runs from the notice, so nothing but the
// principal is claimed.
func consumerNotice(t testing.TB) Notice {
	date := backend.MustDate("2026-11-23")
	n := Notice{
		Creditor: creditor(), Signatory: signatory(), Debtor: consumerDebtor(), Consumer: true,
		Place: "Lyon", Date: date, Registered: true,
		Invoices: []InvoiceLine{{Number: "F-2026-1107", IssueDate: backend.MustDate("2026-08-15"),
			DueDate: backend.MustDate("2026-09-14"), DaysLate: 70, AmountInclTax: 185000, Paid: 50000, Remaining: 135000}},
		DeadlineDays: 8, Deadline: calendar.Calendar{}.NextBusinessDay(date.AddDays(8)),
		Payment:        Payment{IBAN: "FR14 2004 1010 0505 0001 3M02 606", Reference: "Facture F-2026-1107"},
		PriorReminders: []string{"relance par e-mail du 01/10/2026", "relance par courrier du 26/10/2026"},
	}
	n.TotalClaimed = n.Principal()
	return n
}

func businessReminder(t testing.TB) Reminder {
	n := businessNotice(t)
	r := Reminder{Creditor: n.Creditor, Logo: n.Logo, LogoType: n.LogoType, Signatory: n.Signatory, Debtor: n.Debtor,
		Place: "Lyon", Date: backend.MustDate("2025-10-20"), Invoices: n.Invoices, Payment: n.Payment}
	for i := range r.Invoices {
		r.Invoices[i].DaysLate = r.Invoices[i].DueDate.DaysUntil(r.Date)
		r.TotalDue += r.Invoices[i].Remaining
	}
	return r
}

func statement(t testing.TB) AccountStatement {
	n := businessNotice(t)
	inv := append([]InvoiceLine{}, n.Invoices...)
	inv = append(inv,
		InvoiceLine{Number: "F-2025-0871", IssueDate: backend.MustDate("2025-09-30"), DueDate: backend.MustDate("2025-10-30"),
			AmountInclTax: 264000, Remaining: 264000},
		InvoiceLine{Number: "F-2025-0950", IssueDate: backend.MustDate("2025-11-05"), DueDate: backend.MustDate("2025-12-05"),
			AmountInclTax: 72000, Paid: 12000, Remaining: 60000},
	)
	return AccountStatement{
		Creditor: n.Creditor, Logo: n.Logo, Debtor: n.Debtor, ClientCode: "DUPONT38", Place: "Lyon",
		Date: n.Date, From: backend.MustDate("2025-08-01"), Invoices: inv, Credit: 15000,
		Payments: []PaymentLine{
			{Date: backend.MustDate("2025-08-14"), Amount: 180000, Method: "Virement", Reference: "VIR SEPA DUPONT 0814", Invoices: []string{"F-2025-0498"}},
			{Date: backend.MustDate("2025-11-12"), Amount: 12000, Method: "Chèque", Reference: "Chèque n° 4471203", Invoices: []string{"F-2025-0950"}},
			{Date: backend.MustDate("2025-11-20"), Amount: 15000, Method: "Virement", Reference: "Acompte non affecté"},
		},
		Payment: n.Payment,
	}
}

func dossier(t testing.TB, withPDFs bool) CourtDossier {
	n := businessNotice(t)
	d := CourtDossier{
		Creditor: n.Creditor, Logo: n.Logo, LogoType: n.LogoType, Signatory: n.Signatory, Debtor: n.Debtor,
		Place: "Lyon", Date: backend.MustDate("2025-12-15"),
		Invoices: n.Invoices, Penalties: n.Penalties, PenaltyTotal: n.PenaltyTotal, Indemnity: n.Indemnity,
		TotalClaimed: n.TotalClaimed, Origin: "Fourniture et pose de mobilier sur mesure (devis n° 2025-031 accepté le 02/04/2025)",
		Notice:  Evidence{Title: "Mise en demeure de payer du 24/11/2025", FileName: "mise-en-demeure-2025-11-24.pdf"},
		Receipt: Evidence{Title: "Avis de réception signé le 26/11/2025", FileName: "avis-de-reception.pdf"},
		Proofs: []Proof{{Document: "Mise en demeure du 24/11/2025", SentAt: backend.MustDate("2025-11-24").Time().Add(9*3600e9 + 12*60e9),
			Channel: "Lettre recommandée avec AR", Recipient: "8, place de l'Église, 38000 Grenoble", RegisteredNumber: "1A 189 456 7890 3",
			AcknowledgedOn: backend.MustDate("2025-11-26")}},
		Reminders: []ReminderEntry{
			{Date: backend.MustDate("2025-06-20"), Step: "Relance 1", Channel: "E-mail", Invoices: []string{"F-2025-0412"}, Outcome: "sans réponse"},
			{Date: backend.MustDate("2025-09-15"), Step: "Relance 2", Channel: "E-mail", Invoices: []string{"F-2025-0412", "F-2025-0498", "F-2025-0533"}, Outcome: "réponse : « paiement en cours »"},
			{Date: backend.MustDate("2025-10-20"), Step: "Relance 3", Channel: "Courrier", Invoices: []string{"F-2025-0412", "F-2025-0498", "F-2025-0533"}, Outcome: "sans réponse"},
			{Date: backend.MustDate("2025-11-24"), Step: "Mise en demeure", Channel: "LRAR", Invoices: []string{"F-2025-0412", "F-2025-0498", "F-2025-0533"}, Outcome: "AR signé le 26/11/2025"},
		},
	}
	if withPDFs {
		notice, err := FormalNotice(n)
		if err != nil {
			t.Fatal(err)
		}
		d.Notice.PDF = notice
		d.Proofs[0].SHA256 = Digest(notice)
		r, err := ReminderLetter(businessReminder(t))
		if err != nil {
			t.Fatal(err)
		}
		// Stand-ins for the stored invoice PDFs: any PDF does.
		d.InvoicePDFs = []Evidence{{FileName: "F-2025-0412.pdf", PDF: r}, {FileName: "F-2025-0498.pdf"}, {FileName: "F-2025-0533.pdf", PDF: []byte("%PDF-1.4 broken")}}
	}
	return d
}

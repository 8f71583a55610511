package pdf

import (
	"strings"

	"relance/backend"
)

// Reminder is a postal reminder letter for the letter steps of a scenario: softer than a formal notice, same
// layout (window envelope), with the invoices, the total due and the payment details with the QR code.
type Reminder struct {
	Creditor  Party
	Logo      []byte
	LogoType  string
	Signatory backend.Signatory
	Debtor    Party
	Consumer  bool // no mention of B2B penalties or of the 40 € indemnity for a consumer

	Place string
	Date  backend.Date

	Subject string   // empty = "Relance : facture(s) n° …"
	Body    []string // paragraphs of the rendered template; empty = default wording

	Invoices []InvoiceLine
	TotalDue backend.Cents // the sum of the remaining amounts
	Payment  Payment
}

func (r Reminder) validate() error {
	var p backend.Problems
	if strings.TrimSpace(r.Creditor.Name) == "" {
		p.Add("creditor.name", "la raison sociale du créancier est obligatoire")
	}
	if strings.TrimSpace(r.Debtor.Name) == "" {
		p.Add("debtor.name", "le nom du débiteur est obligatoire")
	}
	if strings.TrimSpace(r.Debtor.Address.Line1) == "" || strings.TrimSpace(r.Debtor.Address.City) == "" {
		p.Add("debtor.address", "l'adresse postale du débiteur est incomplète (rue et ville)")
	}
	if r.Date.IsZero() {
		p.Add("date", "la date du courrier est obligatoire")
	}
	if len(r.Invoices) == 0 {
		p.Add("invoices", "aucune facture à relancer")
	}
	var due backend.Cents
	for _, i := range r.Invoices {
		due += i.Remaining
	}
	if r.TotalDue != due {
		p.Add("totalDue", "le total dû (%s) ne correspond pas à la somme des restes dus (%s)", backend.FormatEUR(r.TotalDue), backend.FormatEUR(due))
	}
	if strings.TrimSpace(r.Payment.IBAN) != "" {
		if _, err := backend.NormalizeIBAN(r.Payment.IBAN); err != nil {
			p.Add("iban", "%s", backend.ErrorMessage(err))
		}
	}
	return p.Err()
}

// DefaultReminderBody is the wording of a postal reminder when the template gives none.
func DefaultReminderBody(invoices int, debtor Party) []string {
	if invoices > 1 {
		return []string{debtor.Salutation(),
			"Sauf erreur de notre part, les factures ci-dessous n'ont pas encore été réglées à ce jour. Il s'agit " +
				"peut-être d'un simple oubli : nous vous remercions de bien vouloir procéder à leur règlement dans les " +
				"meilleurs délais."}
	}
	return []string{debtor.Salutation(),
		"Sauf erreur de notre part, la facture ci-dessous n'a pas encore été réglée à ce jour. Il s'agit peut-être " +
			"d'un simple oubli : nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais."}
}

// ReminderLetter renders a postal reminder letter.
func ReminderLetter(r Reminder) ([]byte, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	subject := strings.TrimSpace(r.Subject)
	if subject == "" {
		subject = "Relance" + nbsp + ": " + plural(len(r.Invoices), "facture n°", "factures n°") + nbsp + numberList(r.Invoices, 6)
	}
	m := meta{
		title: "Relance – " + r.Debtor.Name, subject: subject, author: r.Creditor.Name, date: r.Date,
		header:   "Relance du " + r.Date.French() + " – " + r.Creditor.Name + " à " + r.Debtor.Name,
		footer:   footerLine(r.Creditor),
		numbered: true,
		keep:     keepPhrases(r.Invoices, r.Payment),
	}
	return render(m, func(w *writer) error {
		w.letter(letterhead{creditor: r.Creditor, logo: r.Logo, debtor: r.Debtor, place: r.Place,
			date: r.Date, subject: subject})
		body := CleanParagraphs(r.Body)
		if len(body) == 0 {
			body = DefaultReminderBody(len(r.Invoices), r.Debtor)
		}
		w.paragraphs(body)
		w.keepWith(func(m *writer) { m.paymentBlock(r.Creditor, r.Payment, r.TotalDue, defaultReference(r.Invoices)) })
		w.invoiceTable(r.Invoices, true, "Total dû")
		w.space(4)
		if err := w.paymentBlock(r.Creditor, r.Payment, r.TotalDue, defaultReference(r.Invoices)); err != nil {
			return err
		}
		if !r.Consumer {
			w.body("Nous vous rappelons que tout retard de paiement entraîne de plein droit des pénalités de retard et une "+
				"indemnité forfaitaire pour frais de recouvrement de "+backend.FormatEUR(4000)+" par facture (articles "+
				"L441-10 et D441-5 du Code de commerce).", "")
		}
		if personName(r.Signatory) != "" {
			w.keepWith(func(m *writer) { m.signature(r.Creditor, r.Signatory) })
		}
		w.body("Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier. "+
			r.Debtor.closing(), "")
		if personName(r.Signatory) != "" {
			w.signature(r.Creditor, r.Signatory)
		}
		return nil
	})
}

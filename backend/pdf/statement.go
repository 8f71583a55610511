package pdf

import (
	"slices"
	"strconv"
	"strings"

	"relance/backend"
)

// PaymentLine is a payment received from the client, as a statement lists it.
type PaymentLine struct {
	Date      backend.Date
	Amount    backend.Cents
	Method    string   // French label, "Virement"
	Reference string   // bank reference, cheque number…
	Invoices  []string // numbers of the invoices it settled
}

// AccountStatement is a client's account statement ("relevé de compte") at a date: every open invoice with a running
// balance, the payments received over a period, the total due and overdue, and the aging of the balance.
type AccountStatement struct {
	Creditor   Party
	Logo       []byte
	LogoType   string
	Debtor     Party
	ClientCode string

	Place string
	Date  backend.Date // the statement is drawn up at the end of this day
	From  backend.Date // first day of the period whose payments are listed; zero = no payment section

	Invoices []InvoiceLine // open invoices at Date (remaining > 0)
	Payments []PaymentLine // payments received from From to Date
	Credit   backend.Cents // unallocated payments and credit notes, deducted from the balance
	// LeftOut names the unpaid invoices kept out of the balance claimed (disputed, time-barred), with the reason.
	LeftOut []string
	Payment Payment       // how to pay; the QR code carries the overdue balance
	Message []string      // optional paragraphs after the opening line
	Aging   []AgingBucket // optional custom ranges (amounts ignored); empty = DefaultAging
}

// AgingBucket is a range of days past due (inclusive) and what falls in it; Max < 0 means no upper bound, Min 0
// and Max 0 is "not due".
type AgingBucket struct {
	Label    string
	Min, Max int
	Amount   backend.Cents
}

// StatementTotal sums a statement.
type StatementTotal struct {
	Open    backend.Cents // sum of the remaining amounts
	Overdue backend.Cents // part of Open past its due date
	NotDue  backend.Cents
	Balance backend.Cents // Open − Credit
	Paid    backend.Cents // payments of the period
}

// DefaultAging is the aging used when none is given.
func DefaultAging() []AgingBucket {
	return []AgingBucket{
		{Label: "Non échu", Min: 0, Max: 0},
		{Label: "1 à 30" + nbsp + "jours", Min: 1, Max: 30},
		{Label: "31 à 60" + nbsp + "jours", Min: 31, Max: 60},
		{Label: "61 à 90" + nbsp + "jours", Min: 61, Max: 90},
		{Label: "Plus de 90" + nbsp + "jours", Min: 91, Max: -1},
	}
}

// Totals sums the statement and spreads the open amounts over the aging ranges.
func (s AccountStatement) Totals() (StatementTotal, []AgingBucket) {
	var t StatementTotal
	buckets := slices.Clone(s.Aging)
	if len(buckets) == 0 {
		buckets = DefaultAging()
	}
	for i := range buckets {
		buckets[i].Amount = 0
	}
	for _, i := range s.Invoices {
		t.Open += i.Remaining
		late := 0
		if !i.DueDate.IsZero() && i.DueDate < s.Date {
			late = i.DueDate.DaysUntil(s.Date)
		}
		if late > 0 {
			t.Overdue += i.Remaining
		} else {
			t.NotDue += i.Remaining
		}
		for b := range buckets {
			if late >= buckets[b].Min && (buckets[b].Max < 0 || late <= buckets[b].Max) {
				buckets[b].Amount += i.Remaining
				break
			}
		}
	}
	for _, p := range s.Payments {
		t.Paid += p.Amount
	}
	t.Balance = t.Open - s.Credit
	return t, buckets
}

// Statement renders a client's account statement ("relevé de compte").
func Statement(s AccountStatement) ([]byte, error) {
	var p backend.Problems
	if strings.TrimSpace(s.Creditor.Name) == "" {
		p.Add("creditor.name", "la raison sociale du créancier est obligatoire")
	}
	if strings.TrimSpace(s.Debtor.Name) == "" {
		p.Add("debtor.name", "le nom du client est obligatoire")
	}
	if s.Date.IsZero() {
		p.Add("date", "la date du relevé est obligatoire")
	}
	if !s.From.IsZero() && s.From > s.Date {
		p.Add("from", "le début de la période (%s) est postérieur à la date du relevé (%s)", s.From.French(), s.Date.French())
	}
	if s.Credit < 0 {
		p.Add("credit", "le crédit disponible ne peut pas être négatif")
	}
	if err := p.Err(); err != nil {
		return nil, err
	}
	tot, aging := s.Totals()
	inv := slices.Clone(s.Invoices)
	slices.SortStableFunc(inv, func(a, b InvoiceLine) int {
		if a.IssueDate != b.IssueDate {
			return int(a.IssueDate) - int(b.IssueDate)
		}
		return strings.Compare(a.Number, b.Number)
	})
	title := "Relevé de compte au " + s.Date.French()
	client := s.Debtor.Name
	if s.ClientCode != "" {
		client = s.ClientCode + " – " + client
	}
	m := meta{title: title + " – " + s.Debtor.Name, subject: "Relevé de compte client", author: s.Creditor.Name,
		date: s.Date, header: title + " – " + client, footer: footerLine(s.Creditor), numbered: true,
		keep: keepPhrases(s.Invoices, s.Payment)}
	return render(m, func(w *writer) error {
		w.letter(letterhead{creditor: s.Creditor, logo: s.Logo, debtor: s.Debtor, place: s.Place,
			date: s.Date, subject: "Relevé de compte au " + s.Date.FrenchLong(), detail: "Client" + nbsp + ": " + client})
		w.body(s.Debtor.Salutation()+" veuillez trouver ci-dessous le relevé de votre compte client arrêté au "+
			s.Date.FrenchLong()+".", "")
		w.paragraphs(CleanParagraphs(s.Message))

		w.heading("Factures ouvertes", 11)
		if len(inv) == 0 {
			w.body("Aucune facture ouverte à cette date.", "")
		} else {
			cols := []column{{"N° facture", 30, "L"}, {"Date", 20.5, "C"}, {"Échéance", 20.5, "C"}, {"Retard", 17, "R"},
				{"Montant TTC", 23, "R"}, {"Réglé", 21, "R"}, {"Reste dû", 21.5, "R"}, {"Solde cumulé", 21.5, "R"}}
			var rows [][]string
			var run, ttc, paid backend.Cents
			for _, i := range inv {
				run += i.Remaining
				ttc += i.AmountInclTax
				paid += i.Paid
				late := "à échoir"
				if !i.DueDate.IsZero() && i.DueDate < s.Date {
					late = strconv.Itoa(i.DueDate.DaysUntil(s.Date)) + nbsp + "j"
				}
				rows = append(rows, []string{i.Number, i.IssueDate.French(), i.DueDate.French(), late,
					backend.FormatEUR(i.AmountInclTax), backend.FormatEUR(i.Paid), backend.FormatEUR(i.Remaining),
					backend.FormatEUR(run)})
			}
			w.table(cols, rows, tableStyle{total: []string{"Total (" + strconv.Itoa(len(inv)) + " " +
				plural(len(inv), "facture", "factures") + ")", "", "", "", backend.FormatEUR(ttc), backend.FormatEUR(paid),
				backend.FormatEUR(tot.Open), ""}})
		}
		w.space(4)
		if ls := CleanParagraphs(s.LeftOut); len(ls) > 0 {
			w.heading(plural(len(ls), "Facture non réclamée", "Factures non réclamées"), 11)
			w.body(plural(len(ls), "Cette facture n'est pas comprise dans le solde réclamé", "Ces factures ne sont pas comprises dans le solde réclamé")+
				nbsp+": "+strings.Join(ls, " ; ")+".", "")
			w.space(4)
		}

		if !s.From.IsZero() {
			w.heading("Règlements reçus du "+s.From.French()+" au "+s.Date.French(), 11)
			if len(s.Payments) == 0 {
				w.body("Aucun règlement reçu sur la période.", "")
			} else {
				pays := slices.Clone(s.Payments)
				slices.SortStableFunc(pays, func(a, b PaymentLine) int { return int(a.Date) - int(b.Date) })
				cols := []column{{"Date", 22, "C"}, {"Moyen", 28, "L"}, {"Référence", 40, "L"}, {"Factures réglées", 55, "L"},
					{"Montant", contentW - 145, "R"}}
				var rows [][]string
				for _, p := range pays {
					rows = append(rows, []string{p.Date.French(), p.Method, p.Reference, strings.Join(p.Invoices, ", "),
						backend.FormatEUR(p.Amount)})
				}
				w.table(cols, rows, tableStyle{total: []string{"Total des règlements", "", "", "", backend.FormatEUR(tot.Paid)}})
			}
			w.space(4)
		}

		w.heading("Balance âgée (retard par rapport à l'échéance)", 11)
		var cols []column
		var row []string
		bw := contentW / float64(len(aging)+1)
		for _, b := range aging {
			cols = append(cols, column{b.Label, bw, "R"})
			row = append(row, backend.FormatEUR(b.Amount))
		}
		cols = append(cols, column{"Total", contentW - bw*float64(len(aging)), "R"})
		row = append(row, backend.FormatEUR(tot.Open))
		w.table(cols, [][]string{row}, tableStyle{strong: func(int) bool { return false }})
		w.space(4)

		rows := []kv{
			{label: "Total des factures ouvertes", value: backend.FormatEUR(tot.Open)},
			{label: "dont échu", value: backend.FormatEUR(tot.Overdue)},
			{label: "dont non échu", value: backend.FormatEUR(tot.NotDue)},
		}
		if s.Credit > 0 {
			rows = append(rows, kv{label: "Crédit disponible (règlements non affectés, avoirs)", value: backend.FormatEUR(-s.Credit)})
		}
		rows = append(rows, kv{label: "SOLDE DÛ", value: backend.FormatEUR(tot.Balance), strong: true})
		w.amounts(marginL+70, contentW-70-34, 34, rows)
		w.space(4)

		// What to pay now: the overdue part, less any credit.
		due := min(tot.Overdue-s.Credit, tot.Balance)
		if tot.Balance > 0 {
			if due > 0 { // the sentence asking to pay stays with the payment box
				w.keepWith(func(m *writer) { m.paymentBlock(s.Creditor, s.Payment, due, defaultReference(inv)) })
			}
			switch {
			case due > 0 && s.Credit > 0:
				w.body("Nous vous remercions de bien vouloir régler sans délai le montant échu de "+backend.FormatEUR(tot.Overdue)+
					", déduction faite du crédit disponible, soit "+backend.FormatEUR(due)+".", "")
			case due > 0:
				w.body("Nous vous remercions de bien vouloir régler sans délai le montant échu de "+backend.FormatEUR(due)+".", "")
			}
			if err := w.paymentBlock(s.Creditor, s.Payment, max(due, 0), defaultReference(inv)); err != nil {
				return err
			}
		} else {
			w.body("Votre compte ne présente aucun montant dû à cette date. Merci de votre confiance.", "")
		}
		return nil
	})
}

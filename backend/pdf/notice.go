package pdf

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"relance/backend"
)

// PenaltyLine is one segment of the penalty computation (latefee.Segment) as the annex prints it.
type PenaltyLine struct {
	InvoiceNumber string
	From, To      backend.Date // first and last day counted, inclusive
	Days          int
	RatePct       string // annual rate as a decimal string, "12.15"
	Base          backend.Cents
	Amount        backend.Cents // rounded to the cent for display
	Divisor       int           // 365 (default) or 366 for leap-year days under actual/actual
}

// Notice is a formal notice to pay ("mise en demeure de payer"), RULES.md §3. Amounts are computed by the caller
// (backend/latefee); the document prints them and checks that they add up.
type Notice struct {
	Creditor  Party
	Logo      []byte // PNG or JPEG, optional
	LogoType  string // MIME type as stored; the format is read from the bytes
	Signatory backend.Signatory
	Debtor    Party
	Consumer  bool // the debtor is a consumer: legal-rate interest, never the 40 € indemnity

	Place string       // "Lyon"; empty = the creditor's city
	Date  backend.Date // date of the letter

	Registered       bool   // sent by registered letter with acknowledgment of receipt (LRAR)
	RegisteredNumber string // the LRAR number, when known

	Invoices     []InvoiceLine
	Penalties    []PenaltyLine // the computation annex; empty for a consumer before the notice
	PenaltyTotal backend.Cents // total penalties or interest to date (rounded once, not the sum of the lines)
	PenaltyBasis string        // a business debtor's contractual rate as words (one rate, no half-years); empty = the legal default
	Indemnity    backend.Cents // 40 € × late invoices; must be 0 for a consumer
	Credit       backend.Cents // the debtor's unallocated credit (overpayments, unused credit notes), deducted
	TotalClaimed backend.Cents // remaining principal + penalties + indemnity − credit

	// LeftOut names the unpaid invoices not claimed, and why: « facture F-12 (500,00 €) : en litige depuis… ».
	LeftOut []string

	DeadlineDays int // "sous 8 jours"
	// Deadline is the last day to pay when the acknowledgment of receipt is known (receipt + DeadlineDays, moved to
	// a business day by the caller); 0 before: the letter then counts the days from its receipt (art. 1344 Code civil).
	Deadline backend.Date

	Payment Payment

	PriorReminders []string // "relance par e-mail du 15/10/2026", in order
	Intro          []string // user wording (paragraphs); empty = DefaultIntro
	Consequences   []string // user wording; empty = DefaultConsequences
}

// Principal is the remaining amount of the invoices.
func (n Notice) Principal() backend.Cents {
	var t backend.Cents
	for _, i := range n.Invoices {
		t += i.Remaining
	}
	return t
}

func (n Notice) validate() error {
	var p backend.Problems
	if strings.TrimSpace(n.Creditor.Name) == "" {
		p.Add("creditor.name", "la raison sociale du créancier est obligatoire")
	}
	if strings.TrimSpace(n.Debtor.Name) == "" {
		p.Add("debtor.name", "le nom du débiteur est obligatoire")
	}
	if strings.TrimSpace(n.Debtor.Address.Line1) == "" || strings.TrimSpace(n.Debtor.Address.City) == "" {
		p.Add("debtor.address", "l'adresse postale du débiteur est incomplète (rue et ville) : elle doit figurer dans la fenêtre de l'enveloppe")
	}
	if n.Date.IsZero() {
		p.Add("date", "la date de la mise en demeure est obligatoire")
	}
	if n.Deadline.IsZero() && n.DeadlineDays <= 0 {
		p.Add("deadline", "le délai de paiement est obligatoire")
	} else if !n.Deadline.IsZero() && n.Deadline < n.Date {
		p.Add("deadline", "la date limite de paiement (%s) précède la date du courrier (%s)", n.Deadline.French(), n.Date.French())
	}
	if n.DeadlineDays < 0 {
		p.Add("deadlineDays", "le délai de paiement ne peut pas être négatif")
	}
	if personName(n.Signatory) == "" {
		p.Add("signatory", "le nom du signataire est obligatoire")
	}
	if len(n.Invoices) == 0 {
		p.Add("invoices", "aucune facture à réclamer")
	}
	for _, i := range n.Invoices {
		if strings.TrimSpace(i.Number) == "" {
			p.Add("invoices", "une facture n'a pas de numéro")
			break
		}
		if i.Remaining < 0 || i.Paid < 0 || i.AmountInclTax < 0 {
			p.Add("invoices", "facture %s : montants négatifs", i.Number)
		}
	}
	if n.Consumer && n.Indemnity != 0 {
		p.Add("indemnity", "l'indemnité forfaitaire de 40 € ne peut pas être réclamée à un particulier (article L111-8 du Code des procédures civiles d'exécution)")
	}
	if n.PenaltyTotal < 0 || n.Indemnity < 0 {
		p.Add("penaltyTotal", "pénalités ou indemnité négatives")
	}
	if n.Credit < 0 {
		p.Add("credit", "le crédit à déduire ne peut pas être négatif")
	}
	if want := n.Principal() + n.PenaltyTotal + n.Indemnity - n.Credit; n.TotalClaimed != want {
		p.Add("totalClaimed", "le total réclamé (%s) ne correspond pas au principal %s + pénalités %s + indemnité %s − crédit %s = %s",
			backend.FormatEUR(n.TotalClaimed), backend.FormatEUR(n.Principal()), backend.FormatEUR(n.PenaltyTotal),
			backend.FormatEUR(n.Indemnity), backend.FormatEUR(n.Credit), backend.FormatEUR(want))
	}
	if n.TotalClaimed <= 0 {
		p.Add("totalClaimed", "rien à réclamer : le total est nul")
	}
	if strings.TrimSpace(n.Payment.IBAN) != "" {
		if _, err := backend.NormalizeIBAN(n.Payment.IBAN); err != nil {
			p.Add("iban", "%s", backend.ErrorMessage(err))
		}
	}
	return p.Err()
}

// FormalNotice renders a formal notice to pay as a PDF (A4, for a DL window envelope): same input, same bytes.
func FormalNotice(n Notice) ([]byte, error) {
	if err := n.validate(); err != nil {
		return nil, err
	}
	m := meta{
		title:    "Mise en demeure de payer – " + n.Debtor.Name,
		subject:  "Factures n° " + numberList(n.Invoices, 50),
		author:   n.Creditor.Name,
		date:     n.Date,
		header:   "Mise en demeure de payer du " + n.Date.French() + " – " + n.Creditor.Name + " à " + n.Debtor.Name,
		footer:   footerLine(n.Creditor),
		numbered: true,
		keep:     keepPhrases(n.Invoices, n.Payment, n.RegisteredNumber),
	}
	return render(m, func(w *writer) error { return drawNotice(w, n) })
}

// footerLine is the creditor's identity at the foot of every page: name, form and capital, RCS, VAT number.
func footerLine(p Party) string {
	parts := []string{p.Name}
	for _, l := range p.legalLines() {
		if strings.HasPrefix(l, "TVA intracommunautaire ") {
			l = "TVA " + strings.TrimPrefix(l, "TVA intracommunautaire ")
		}
		// The RCS mention already carries the SIREN: the SIRET can go.
		if i := strings.Index(l, " – SIRET "); i > 0 && strings.HasPrefix(l, "RCS ") {
			l = l[:i]
		}
		parts = append(parts, l)
	}
	return strings.Join(parts, " – ")
}

func drawNotice(w *writer, n Notice) error {
	var mentions []string
	if n.Registered {
		m := "Lettre recommandée avec accusé de réception"
		if s := strings.TrimSpace(n.RegisteredNumber); s != "" {
			m += " n°" + nbsp + s
		}
		mentions = append(mentions, m)
	}
	w.letter(letterhead{
		creditor: n.Creditor, logo: n.Logo, debtor: n.Debtor, place: n.Place, date: n.Date,
		mentions: mentions, strong: n.Registered,
		subject: "MISE EN DEMEURE DE PAYER",
		detail: plural(len(n.Invoices), "Facture n°", "Factures n°") + nbsp + numberList(n.Invoices, 6) +
			" – somme réclamée" + nbsp + ": " + backend.FormatEUR(n.TotalClaimed),
	})

	intro := CleanParagraphs(n.Intro)
	if len(intro) == 0 {
		intro = DefaultIntro(n.Consumer, n.Debtor)
	}
	w.paragraphs(intro)
	if r := CleanParagraphs(n.PriorReminders); len(r) > 0 {
		w.body(plural(len(r), "Notre précédente relance est restée sans effet", "Nos précédentes relances sont restées sans effet")+
			nbsp+": "+strings.Join(r, " ; ")+".", "")
	}

	w.invoiceTable(n.Invoices, true, "Total")
	w.space(3)

	w.body(legalBasis(n), "")
	w.amounts(marginL+45, contentW-45-34, 34, noticeAmounts(n))
	w.space(3)
	w.leftOut(n.LeftOut)

	demand := "En conséquence, nous vous mettons en demeure de nous régler la somme de " + backend.FormatEUR(n.TotalClaimed)
	switch {
	case n.DeadlineDays > 0 && n.Deadline.IsZero():
		demand += " dans un délai de " + strconv.Itoa(n.DeadlineDays) + nbsp + plural(n.DeadlineDays, "jour", "jours") + " à compter de la réception de la présente."
	case n.DeadlineDays > 0:
		demand += " dans un délai de " + strconv.Itoa(n.DeadlineDays) + nbsp + plural(n.DeadlineDays, "jour", "jours") + " à compter de la réception de la présente, soit au plus tard le " + n.Deadline.FrenchLong() + "."
	default:
		demand += " au plus tard le " + n.Deadline.FrenchLong() + "."
	}
	w.keepWith(func(m *writer) { m.paymentBlock(n.Creditor, n.Payment, n.TotalClaimed, defaultReference(n.Invoices)) })
	w.bodyAligned(demand, "B", "L")

	if err := w.paymentBlock(n.Creditor, n.Payment, n.TotalClaimed, defaultReference(n.Invoices)); err != nil {
		return err
	}

	cons := CleanParagraphs(n.Consequences)
	if len(cons) == 0 {
		cons = DefaultConsequences(n.Consumer)
	}
	w.paragraphs(cons)
	w.keepWith(func(m *writer) { m.signature(n.Creditor, n.Signatory) })
	w.body(n.Debtor.closing(), "")
	w.signature(n.Creditor, n.Signatory)

	if len(n.Penalties) > 0 || n.Indemnity > 0 {
		w.penaltyAnnex(annex{consumer: n.Consumer, basis: n.PenaltyBasis, lines: n.Penalties, total: n.PenaltyTotal,
			indemnity: n.Indemnity, asOf: penaltiesUntil(n.Penalties, n.Date)})
	}
	return nil
}

// defaultReference is what to quote on a transfer when the user set no reference.
func defaultReference(inv []InvoiceLine) string {
	for shown := 12; ; shown-- { // whole numbers only: a number cut at the length limit would mislead the payer
		ref := plural(len(inv), "Facture ", "Factures ") + numberList(inv, shown)
		if utf8.RuneCountInString(ref) <= epcMaxText || shown <= 1 {
			return truncRunes(ref, epcMaxText)
		}
	}
}

func defaultBasis(consumer bool) string {
	if consumer {
		return "taux de l'intérêt légal"
	}
	return "taux de refinancement de la Banque centrale européenne majoré de 10 points"
}

// legalBasis is the paragraph stating the legal grounds of the amounts, by kind of debtor (RULES.md §1–2).
func legalBasis(n Notice) string {
	basis := strings.TrimSpace(n.PenaltyBasis)
	if basis == "" {
		basis = defaultBasis(n.Consumer)
	}
	if n.Consumer {
		s := "Conformément aux articles 1231-6 et 1344-1 du Code civil, les sommes dues porteront intérêts au " + basis +
			" à compter de la présente mise en demeure, jusqu'à complet paiement."
		if n.PenaltyTotal > 0 {
			s += " Les intérêts déjà courus s'élèvent à " + backend.FormatEUR(n.PenaltyTotal) + " (détail en annexe)."
		}
		return s
	}
	s := "Conformément à l'article L441-10 du Code de commerce, ces factures portent de plein droit, sans qu'un rappel " +
		"soit nécessaire, des pénalités de retard à compter du jour suivant leur date d'échéance, au " + basis +
		" ; elles continuent de courir jusqu'à complet paiement."
	if n.Indemnity > 0 {
		s += " S'y ajoute, pour chaque facture payée en retard, une indemnité forfaitaire pour frais de recouvrement de " +
			backend.FormatEUR(4000) + " (articles L441-10 et D441-5 du Code de commerce)."
	}
	return s
}

// noticeAmounts is the itemised claim.
func noticeAmounts(n Notice) []kv {
	rows := []kv{{label: "Principal restant dû (" + strconv.Itoa(len(n.Invoices)) + " " +
		plural(len(n.Invoices), "facture", "factures") + ")", value: backend.FormatEUR(n.Principal())}}
	if len(n.Penalties) > 0 || n.PenaltyTotal > 0 {
		label := "Pénalités de retard"
		if n.Consumer {
			label = "Intérêts au taux légal"
		}
		if len(n.Penalties) > 0 {
			from, to := n.Penalties[0].From, n.Penalties[0].To
			for _, p := range n.Penalties {
				from, to = min(from, p.From), max(to, p.To)
			}
			label += " du " + from.French() + " au " + to.French() + ", au taux annuel de " + rateList(n.Penalties) +
				" (détail en annexe)"
		}
		rows = append(rows, kv{label: label, value: backend.FormatEUR(n.PenaltyTotal)})
	}
	if n.Indemnity > 0 {
		label := "Indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce)"
		if n.Indemnity%4000 == 0 && n.Indemnity > 4000 {
			label = "Indemnité forfaitaire pour frais de recouvrement" + nbsp + ": " + strconv.Itoa(int(n.Indemnity/4000)) +
				nbsp + "×" + nbsp + backend.FormatEUR(4000) + " (art. D441-5 du Code de commerce)"
		}
		rows = append(rows, kv{label: label, value: backend.FormatEUR(n.Indemnity)})
	}
	if n.Credit > 0 {
		rows = append(rows, kv{label: "À déduire : crédit en votre faveur (règlements non affectés, avoirs non utilisés)",
			value: backend.FormatEUR(-n.Credit)})
	}
	rows = append(rows, kv{label: "TOTAL RÉCLAMÉ", value: backend.FormatEUR(n.TotalClaimed), strong: true})
	return rows
}

// leftOut prints the unpaid invoices the document does not claim, with the reason of each.
func (w *writer) leftOut(lines []string) {
	lines = CleanParagraphs(lines)
	if len(lines) == 0 {
		return
	}
	w.body(plural(len(lines), "La facture suivante n'est pas réclamée par la présente", "Les factures suivantes ne sont pas réclamées par la présente")+
		nbsp+": "+strings.Join(lines, " ; ")+".", "")
}

// rateList names the distinct rates in order: "12,15 % puis 12,00 %", or a range past three.
func rateList(ps []PenaltyLine) string {
	var rates []string
	seen := map[string]bool{}
	for _, p := range ps {
		r := strings.TrimSpace(p.RatePct)
		if !seen[r] {
			seen[r] = true
			rates = append(rates, r)
		}
	}
	if len(rates) > 3 {
		lo, hi := rates[0], rates[0]
		for _, r := range rates {
			if rateLess(r, lo) {
				lo = r
			}
			if rateLess(hi, r) {
				hi = r
			}
		}
		return pct(lo) + " à " + pct(hi) + " selon le semestre" // after « au taux annuel de »: no « de de »
	}
	out := make([]string, len(rates))
	for i, r := range rates {
		out[i] = pct(r)
	}
	return strings.Join(out, " puis ")
}

func rateLess(a, b string) bool {
	fa, _ := strconv.ParseFloat(a, 64)
	fb, _ := strconv.ParseFloat(b, 64)
	return fa < fb
}

func penaltiesUntil(ps []PenaltyLine, def backend.Date) backend.Date {
	var to backend.Date
	for _, p := range ps {
		to = max(to, p.To)
	}
	if to.IsZero() {
		return def
	}
	return to
}

// annex describes the penalty computation annex.
type annex struct {
	consumer  bool
	basis     string
	lines     []PenaltyLine
	total     backend.Cents
	indemnity backend.Cents
	asOf      backend.Date
}

// roundingRule says how the total of the annex is made, as the figures are (app: one rounding per invoice).
func roundingRule(lines []PenaltyLine) string {
	invoices := map[string]bool{}
	for _, l := range lines {
		invoices[l.InvoiceNumber] = true
	}
	if len(invoices) <= 1 {
		return "le total est la somme exacte des périodes, arrondie au centime le plus proche."
	}
	return "le total de chaque facture est la somme exacte de ses périodes, arrondie au centime le plus proche, et le " +
		"total général la somme de ces totaux par facture."
}

// penaltyAnnex prints "Détail du calcul des pénalités" on a new page: segments, days, rates, bases, amounts,
// method and divisor.
func (w *writer) penaltyAnnex(a annex) {
	w.f.AddPage()
	title := "Annexe – Détail du calcul des pénalités de retard"
	if a.consumer {
		title = "Annexe – Détail du calcul des intérêts au taux légal" // never « pénalités » for a consumer
	}
	w.heading(title, 13)
	basis := strings.TrimSpace(a.basis)
	if basis == "" {
		basis = defaultBasis(a.consumer)
	}
	leap := false
	for _, l := range a.lines {
		if l.Divisor == 366 {
			leap = true
		}
	}
	divisor := "365"
	if leap {
		divisor = "365 (366 pour les jours d'une année bissextile)"
	}
	if a.consumer {
		w.body("Intérêts au "+basis+" (articles 1231-6 et 1344-1 du Code civil), courant du lendemain de la mise en "+
			"demeure jusqu'au "+a.asOf.French()+" inclus, sur les sommes restant dues. La période est découpée au "+
			"1er"+nbsp+"janvier et au 1er"+nbsp+"juillet : chaque semestre porte le taux légal publié pour lui.", "")
	} else {
		periods := "La période est découpée au 1er" + nbsp + "janvier et au 1er" + nbsp + "juillet : chaque semestre porte son propre taux. "
		if strings.TrimSpace(a.basis) != "" { // a contractual rate: one rate for the whole period
			periods = "Le taux contractuel s'applique à toute la période. "
		}
		w.body("Pénalités de retard dues de plein droit (article L441-10 du Code de commerce) au "+basis+". Pour "+
			"chaque facture, elles courent du lendemain de la date d'échéance jusqu'au "+a.asOf.French()+" inclus, sur "+
			"le montant TTC restant dû (sans TVA sur les pénalités). "+periods+"Un paiement partiel réduit la base à compter "+
			"du lendemain de sa date.", "")
	}
	w.body("Méthode"+nbsp+": montant d'une période = base × taux annuel × nombre de jours ÷ "+divisor+
		". Le nombre de jours compte le premier et le dernier jour de la période. Les montants par période sont "+
		"arrondis au centime pour l'affichage ; "+roundingRule(a.lines), "")
	cols := []column{
		{"Facture", 34, "L"}, {"Du", 21, "C"}, {"Au", 21, "C"}, {"Jours", 14, "R"},
		{"Taux annuel", 22, "R"}, {"Base", 33, "R"}, {"Montant", contentW - 145, "R"},
	}
	var rows [][]string
	var shown backend.Cents
	for _, l := range a.lines {
		rows = append(rows, []string{l.InvoiceNumber, l.From.French(), l.To.French(), strconv.Itoa(l.Days), pct(l.RatePct),
			backend.FormatEUR(l.Base), backend.FormatEUR(l.Amount)})
		shown += l.Amount
	}
	if len(rows) > 0 {
		label := "Total des pénalités"
		if a.consumer {
			label = "Total des intérêts"
		}
		w.table(cols, rows, tableStyle{total: []string{label, "", "", "", "", "", backend.FormatEUR(a.total)}})
		if shown != a.total {
			w.space(1)
			w.font("", 8.5)
			w.gray(70)
			w.f.SetX(marginL)
			w.para(contentW, 4, "La somme des montants arrondis par période ("+backend.FormatEUR(shown)+") diffère du total de "+
				backend.FormatEUR(a.total-shown)+" : "+roundingRule(a.lines), "L")
			w.black()
		}
		w.space(3)
	}
	if a.indemnity > 0 {
		s := "Indemnité forfaitaire pour frais de recouvrement (articles L441-10 et D441-5 du Code de commerce), due " +
			"une fois par facture payée en retard, entre professionnels uniquement"
		if a.indemnity%4000 == 0 {
			s += nbsp + ": " + backend.FormatEUR(4000) + nbsp + "×" + nbsp + strconv.Itoa(int(a.indemnity/4000)) + " " +
				plural(int(a.indemnity/4000), "facture", "factures") + " = " + backend.FormatEUR(a.indemnity) + "."
		} else {
			s += nbsp + ": " + backend.FormatEUR(a.indemnity) + "."
		}
		w.body(s, "")
	}
	if !a.consumer {
		rate := "au taux du semestre en cours"
		if strings.TrimSpace(a.basis) != "" {
			rate = "au même taux contractuel"
		}
		w.body("Les pénalités continuent de courir après le "+a.asOf.French()+" jusqu'au complet paiement, "+rate+".", "")
	}
}

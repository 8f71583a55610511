package pdf

import (
	"strconv"
	"strings"

	"relance/backend"
)

// ClaimLine is one invoice of a claim declaration.
type ClaimLine struct {
	Number    string
	IssueDate backend.Date
	DueDate   backend.Date
	Amount    backend.Cents // remaining principal (TTC)
	Interest  backend.Cents // late-payment penalties to the judgment date (due invoices only)
	Indemnity backend.Cents // 40 € recovery indemnity (due invoices of a business debtor)
}

// Declaration is a « déclaration de créance » to the mandataire judiciaire (or liquidator) of a debtor in a
// collective proceeding (art. L622-24 ff. and R622-23 Code de commerce; R641-25 for a liquidation). Amounts are
// computed by the caller; the document checks that they add up.
type Declaration struct {
	Creditor  Party
	Logo      []byte
	Signatory backend.Signatory
	Debtor    Party

	// The recipient: the mandataire judiciaire, or the liquidator, as the BODACC names it.
	Recipient Party

	Proceeding    backend.ProceedingKind
	JudgmentDate  backend.Date
	Court         string // « TRIBUNAL DE COMMERCE DE LYON »
	PublishedOn   backend.Date
	BodaccRef     string
	Deadline      backend.Date
	Place         string
	Date          backend.Date
	Registered    bool
	RegisteredNum string

	Due       []ClaimLine   // fallen due on or before the judgment date
	NotYetDue []ClaimLine   // falling due after it, with their dates
	Credit    backend.Cents // the debtor's unallocated credit, deducted
	Total     backend.Cents // due principal + interest + indemnities + not yet due − credit

	// Security describes a security interest (sûreté) the owner recorded; empty: the claim is chirographaire.
	Security string
	// InterestBasis is how the penalties were computed, in words.
	InterestBasis string
	// Pending names a court action already under way about the claim (art. R622-23: the court seized), as the
	// owner's documents show it: « requête en injonction de payer déposée le 02/10/2026 ». Empty: none known.
	Pending string
	// Evidence lists the documents attached: « Facture F-2026-014 du 02/09/2026 », « Mise en demeure du … ».
	Evidence []string
}

func (d Declaration) sums() (principal, interest, indemnity, later backend.Cents) {
	for _, l := range d.Due {
		principal += l.Amount
		interest += l.Interest
		indemnity += l.Indemnity
	}
	for _, l := range d.NotYetDue {
		later += l.Amount
	}
	return
}

func (d Declaration) validate() error {
	var p backend.Problems
	if strings.TrimSpace(d.Creditor.Name) == "" {
		p.Add("creditor.name", "la raison sociale du créancier est obligatoire : complétez « Mon entreprise »")
	}
	if strings.TrimSpace(d.Debtor.Name) == "" {
		p.Add("debtor.name", "le nom du débiteur est obligatoire")
	}
	if strings.TrimSpace(d.Recipient.Name) == "" {
		p.Add("recipient", "le mandataire judiciaire (ou le liquidateur) n'est pas connu : indiquez-le avant de préparer la déclaration")
	}
	if d.JudgmentDate.IsZero() {
		p.Add("judgmentDate", "la date du jugement d'ouverture est obligatoire")
	}
	if _, ok := backend.ProceedingLabels[d.Proceeding]; !ok {
		p.Add("proceeding", "procédure « %s » inconnue : sauvegarde, redressement ou liquidation judiciaire", d.Proceeding)
	}
	if d.Date.IsZero() {
		p.Add("date", "la date de la déclaration est obligatoire")
	}
	if personName(d.Signatory) == "" {
		p.Add("signatory", "le nom du signataire est obligatoire : complétez « Mon entreprise »")
	}
	if len(d.Due)+len(d.NotYetDue) == 0 {
		p.Add("invoices", "aucune créance antérieure au jugement à déclarer")
	}
	for _, l := range append(append([]ClaimLine{}, d.Due...), d.NotYetDue...) {
		if l.Amount < 0 || l.Interest < 0 || l.Indemnity < 0 {
			p.Add("invoices", "facture %s : montants négatifs", l.Number)
		}
	}
	for _, l := range d.NotYetDue {
		if l.DueDate <= d.JudgmentDate {
			p.Add("invoices", "facture %s : échue le %s, avant le jugement, elle n'est pas « à échoir »", l.Number, l.DueDate.French())
		}
	}
	pr, in, ind, later := d.sums()
	if want := pr + in + ind + later - d.Credit; d.Total != want {
		p.Add("total", "le total déclaré (%s) ne correspond pas aux montants (%s)", backend.FormatEUR(d.Total), backend.FormatEUR(want))
	}
	if d.Total <= 0 {
		p.Add("total", "rien à déclarer : le total est nul")
	}
	return p.Err()
}

// ClaimDeclaration renders the declaration as a PDF (A4, for a DL window envelope, to send by registered letter):
// same input, same bytes.
func ClaimDeclaration(d Declaration) ([]byte, error) {
	if err := d.validate(); err != nil {
		return nil, err
	}
	m := meta{
		title:    "Déclaration de créance – " + d.Debtor.Name,
		subject:  backend.ProceedingLabels[d.Proceeding] + " du " + d.JudgmentDate.French(),
		author:   d.Creditor.Name,
		date:     d.Date,
		header:   "Déclaration de créance du " + d.Date.French() + " – " + d.Creditor.Name + " au passif de " + d.Debtor.Name,
		footer:   footerLine(d.Creditor),
		numbered: true,
		keep:     []string{d.RegisteredNum},
	}
	return render(m, func(w *writer) error { return drawDeclaration(w, d) })
}

func drawDeclaration(w *writer, d Declaration) error {
	label := backend.ProceedingLabels[d.Proceeding]
	role := "Mandataire judiciaire"
	article := "R622-23"
	if d.Proceeding == backend.ProcLiquidation {
		role, article = "Liquidateur judiciaire", "R641-25"
	}
	mentions := []string{}
	if d.Registered {
		m := "Lettre recommandée avec accusé de réception"
		if s := strings.TrimSpace(d.RegisteredNum); s != "" {
			m += " n°" + nbsp + s
		}
		mentions = append(mentions, m)
	}
	rcp := d.Recipient
	rcp.Contact = "À l'attention du " + strings.ToLower(role[:1]) + role[1:]
	w.letter(letterhead{creditor: d.Creditor, logo: d.Logo, debtor: rcp, place: d.Place, date: d.Date, mentions: mentions,
		strong: d.Registered, subject: "DÉCLARATION DE CRÉANCE",
		detail: label + " de " + d.Debtor.Name + " – jugement d'ouverture du " + d.JudgmentDate.French() + " – montant déclaré" + nbsp + ": " +
			backend.FormatEUR(d.Total)})

	w.body("Maître,", "")
	court := backend.CourtName(d.Court)
	if court == "" {
		court = "le tribunal"
	}
	intro := "Par jugement du " + d.JudgmentDate.FrenchLong() + ", " + court + " a ouvert une procédure de " +
		strings.ToLower(label) + " à l'égard de " + d.Debtor.Name
	if d.Proceeding == backend.ProcSafeguard {
		intro = "Par jugement du " + d.JudgmentDate.FrenchLong() + ", " + court + " a ouvert une procédure de sauvegarde à l'égard de " + d.Debtor.Name
	}
	if s := d.Debtor.siren(); s != "" {
		intro += " (SIREN " + formatSIREN(s) + ")"
	}
	intro += " et vous a désigné en qualité de " + strings.ToLower(role) + "."
	if !d.PublishedOn.IsZero() {
		intro += " Ce jugement a été publié au BODACC le " + d.PublishedOn.French()
		if d.BodaccRef != "" {
			intro += " (" + d.BodaccRef + ")"
		}
		intro += "."
	}
	w.body(intro, "")
	w.body("Conformément aux articles L622-24 et suivants du Code de commerce, nous avons l'honneur de vous déclarer notre créance "+
		"au passif de "+d.Debtor.Name+", pour un montant total de "+backend.FormatEUR(d.Total)+", à titre "+nature(d)+".", "")

	// The debtor, the creditor and its representative.
	w.heading("Créancier", 11)
	w.body(partyLine(d.Creditor)+". Représentée par "+signer(d.Signatory)+", qui signe la présente déclaration.", "")
	w.heading("Débiteur", 11)
	w.body(partyLine(d.Debtor)+".", "")

	pr, in, ind, later := d.sums()
	if len(d.Due) > 0 {
		w.heading("Sommes échues à la date du jugement ("+d.JudgmentDate.French()+")", 11)
		w.claimTable(d.Due, true)
		w.space(2)
	}
	if len(d.NotYetDue) > 0 {
		w.heading("Sommes à échoir après le jugement, avec leurs dates", 11)
		w.claimTable(d.NotYetDue, false)
		w.space(2)
	}
	rows := []kv{}
	if len(d.Due) > 0 {
		rows = append(rows, kv{label: "Principal échu", value: backend.FormatEUR(pr)})
		if in > 0 {
			rows = append(rows, kv{label: "Pénalités de retard arrêtées au " + d.JudgmentDate.French(), value: backend.FormatEUR(in)})
		}
		if ind > 0 {
			rows = append(rows, kv{label: "Indemnités forfaitaires pour frais de recouvrement (art. D441-5)", value: backend.FormatEUR(ind)})
		}
	}
	if later > 0 {
		rows = append(rows, kv{label: "Sommes à échoir", value: backend.FormatEUR(later)})
	}
	if d.Credit > 0 {
		rows = append(rows, kv{label: "À déduire : règlements non affectés et avoirs", value: "− " + backend.FormatEUR(d.Credit)})
	}
	rows = append(rows, kv{label: "Total déclaré, à titre " + nature(d), value: backend.FormatEUR(d.Total), strong: true})
	w.amounts(marginL+45, contentW-45-34, 34, rows)
	w.space(3)

	w.heading("Nature de la créance", 11)
	if strings.TrimSpace(d.Security) != "" {
		w.body("Créance privilégiée : "+strings.TrimSpace(d.Security)+".", "")
	} else {
		w.body("Créance chirographaire : elle n'est assortie d'aucune sûreté ni d'aucun privilège.", "")
	}
	if in > 0 {
		basis := strings.TrimSpace(d.InterestBasis)
		if basis == "" {
			basis = "au taux de la Banque centrale européenne majoré de 10 points (art. L441-10 du Code de commerce)"
		}
		w.body("Les pénalités de retard sont calculées "+basis+", de l'échéance de chaque facture jusqu'au jugement d'ouverture, "+
			"qui en arrête le cours (art. L622-28 du Code de commerce). Le détail par facture figure ci-dessus.", "")
	}
	if p := strings.TrimSpace(d.Pending); p != "" {
		w.body("Cette créance est née de prestations ou de fournitures antérieures au jugement d'ouverture. Une instance est en cours : "+p+
			" (art. R622-23 du Code de commerce). Elle n'est pas libellée en monnaie étrangère.", "")
	} else {
		w.body("Cette créance est née de prestations ou de fournitures antérieures au jugement d'ouverture ; à notre connaissance, elle ne fait "+
			"l'objet d'aucune instance en cours. Elle n'est pas libellée en monnaie étrangère.", "")
	}

	w.heading("Pièces justificatives jointes (art. L622-25 et "+article+" du Code de commerce)", 11)
	for i, e := range d.Evidence {
		w.bodyAligned(strconv.Itoa(i+1)+". "+e, "", "L")
	}

	w.space(2)
	w.body("Nous certifions sincère et véritable la présente déclaration, et vous prions d'en accuser réception.", "")
	switch {
	case d.Deadline.IsZero():
	case d.Date <= d.Deadline:
		w.body("Déclaration faite dans le délai de deux mois à compter de la publication du jugement au BODACC, soit au plus tard le "+
			d.Deadline.FrenchLong()+" (art. R622-24 du Code de commerce).", "")
	default:
		w.body("Le délai de deux mois à compter de la publication du jugement au BODACC a expiré le "+d.Deadline.FrenchLong()+
			" (art. R622-24 du Code de commerce) ; le relevé de forclusion se demande au juge-commissaire (art. L622-26).", "")
	}
	w.body("Nous vous prions d'agréer, Maître, l'expression de nos salutations distinguées.", "")
	w.signature(d.Creditor, d.Signatory)
	return nil
}

func nature(d Declaration) string {
	if strings.TrimSpace(d.Security) != "" {
		return "privilégié"
	}
	return "chirographaire"
}

// partyLine is a party in one sentence: name, form, SIREN, address.
func partyLine(p Party) string {
	parts := []string{p.Name}
	if f := strings.TrimSpace(p.LegalForm); f != "" {
		parts[0] += " (" + f + ")"
	}
	if s := p.siren(); s != "" {
		parts = append(parts, "SIREN "+formatSIREN(s))
	}
	if a := oneLine(p.Address); a != "" {
		parts = append(parts, a)
	}
	return strings.Join(parts, ", ")
}

func signer(s backend.Signatory) string {
	n := personName(s)
	if t := strings.TrimSpace(s.Title); t != "" {
		n += ", " + t
	}
	return n
}

// claimTable lists the invoices of a declaration.
func (w *writer) claimTable(lines []ClaimLine, due bool) {
	cols := []column{{"N° facture", 34, "L"}, {"Date", 21, "C"}, {"Échéance", 21, "C"}}
	rest := contentW - sum(cols)
	if due {
		cols = append(cols, column{"Principal TTC", rest * 0.36, "R"}, column{"Pénalités", rest * 0.32, "R"}, column{"Indemnité", rest * 0.32, "R"})
	} else {
		cols = append(cols, column{"Montant TTC", rest, "R"})
	}
	var rows [][]string
	var a, b, c backend.Cents
	for _, l := range lines {
		r := []string{l.Number, l.IssueDate.French(), l.DueDate.French(), backend.FormatEUR(l.Amount)}
		if due {
			r = append(r, backend.FormatEUR(l.Interest), backend.FormatEUR(l.Indemnity))
		}
		rows = append(rows, r)
		a, b, c = a+l.Amount, b+l.Interest, c+l.Indemnity
	}
	total := []string{"Total", "", "", backend.FormatEUR(a)}
	if due {
		total = append(total, backend.FormatEUR(b), backend.FormatEUR(c))
	}
	w.table(cols, rows, tableStyle{total: total})
}

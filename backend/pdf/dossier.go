package pdf

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/go-pdf/fpdf"
	fpdi "github.com/go-pdf/fpdf/contrib/gofpdi"
	realfpdi "github.com/phpdave11/gofpdi"

	"relance/backend"
)

// ClaimNature decides the court of an order for payment (RULES.md §4).
type ClaimNature int

const (
	// NatureAuto: commercial unless the debtor is a consumer.
	NatureAuto ClaimNature = iota
	// NatureCommercial: a claim between traders (commerçants, sociétés commerciales): tribunal de commerce.
	NatureCommercial
	// NatureCivil: a consumer or a non-trader debtor (profession libérale, association, SCI…): tribunal judiciaire.
	NatureCivil
)

// Court is where and how an order for payment is asked for.
type Court struct {
	Kind       string // "Tribunal de commerce" or "Tribunal judiciaire"
	Form       string // "Cerfa n° 12946" or "Cerfa n° 12948*06"
	Commercial bool
	Name       string // the court as printed: the user's when given, else described by the debtor's city
	City       string // the debtor's city, which decides the territorial jurisdiction
	PostalCode string
}

// CompetentCourt is the court for an order for payment against the debtor: the tribunal de commerce (Cerfa 12946)
// for a commercial claim between traders, else the tribunal judiciaire (Cerfa 12948*06), in either case the one
// of the debtor's domicile or registered office. name overrides the printed name when the user knows it.
func CompetentCourt(consumer bool, nature ClaimNature, debtor Party, name string) Court {
	commercial := nature == NatureCommercial || (nature == NatureAuto && !consumer)
	if consumer {
		commercial = false // a consumer is never sued before the tribunal de commerce
	}
	c := Court{Commercial: commercial, City: strings.TrimSpace(debtor.Address.City),
		PostalCode: strings.TrimSpace(debtor.Address.PostalCode)}
	if commercial {
		c.Kind, c.Form = "Tribunal de commerce", "Cerfa n°"+nbsp+"12946"
	} else {
		c.Kind, c.Form = "Tribunal judiciaire", "Cerfa n°"+nbsp+"12948*06"
	}
	c.Name = strings.TrimSpace(name)
	if c.Name == "" {
		where := strings.TrimSpace(c.PostalCode + " " + c.City)
		c.Name = c.Kind + " dont relève " + where + " (domicile ou siège du débiteur)"
	}
	return c
}

// Evidence is a document appended to the dossier.
type Evidence struct {
	Title    string // "Facture n° F-2025-0412 du 15/04/2025"
	FileName string // its file name, shown when it is provided separately
	PDF      []byte // the document; empty = listed only, to be joined by hand
}

// Proof is one line of the proof log of a document sent (RULES.md §3).
type Proof struct {
	Document         string    // "Mise en demeure du 24/11/2025"
	SentAt           time.Time // instant it was sent (shown in Paris time)
	Channel          string    // "Lettre recommandée avec AR", "E-mail"…
	Recipient        string    // postal address or e-mail address
	RegisteredNumber string
	AcknowledgedOn   backend.Date // date on the acknowledgment of receipt
	MessageID        string
	SHA256           string // hex digest of the exact bytes sent
}

// ReminderEntry is one step of the reminder history.
type ReminderEntry struct {
	Date     backend.Date
	Step     string // "Relance 1", "Mise en demeure"…
	Channel  string // "E-mail", "Courrier", "Téléphone"
	Invoices []string
	Outcome  string // what happened: "ouvert", "promesse de paiement au 30/11/2025"…
}

// CourtDossier is the order-for-payment file ("dossier d'injonction de payer", RULES.md §4): a summary of what the
// court form needs, the list of evidence, then the evidence itself.
type CourtDossier struct {
	Creditor  Party
	Logo      []byte
	LogoType  string
	Signatory backend.Signatory
	Debtor    Party
	Consumer  bool
	Nature    ClaimNature
	CourtName string // optional: the court's exact name when the user knows it

	Place string
	Date  backend.Date

	Invoices     []InvoiceLine
	Penalties    []PenaltyLine
	PenaltyTotal backend.Cents
	PenaltyBasis string
	Indemnity    backend.Cents
	Credit       backend.Cents // the debtor's unallocated credit, deducted
	TotalClaimed backend.Cents
	LeftOut      []string // unpaid invoices not claimed, with the reason
	Origin       string   // origin of the claim: "Fourniture et pose de mobilier sur mesure (devis n° 2025-031)"

	InvoicePDFs []Evidence // one per invoice, in the order of Invoices when possible
	Notice      Evidence   // the formal notice as sent
	Receipt     Evidence   // the signed acknowledgment of receipt, when scanned
	Other       []Evidence // contract, purchase order, e-mails…
	Proofs      []Proof
	Reminders   []ReminderEntry
}

func (d CourtDossier) validate() error {
	var p backend.Problems
	if strings.TrimSpace(d.Creditor.Name) == "" {
		p.Add("creditor.name", "la raison sociale du créancier est obligatoire")
	}
	if strings.TrimSpace(d.Debtor.Name) == "" {
		p.Add("debtor.name", "le nom du débiteur est obligatoire")
	}
	if strings.TrimSpace(d.Debtor.Address.City) == "" {
		p.Add("debtor.address", "la ville du débiteur est obligatoire : elle détermine le tribunal compétent")
	}
	if d.Date.IsZero() {
		p.Add("date", "la date du dossier est obligatoire")
	}
	if len(d.Invoices) == 0 {
		p.Add("invoices", "aucune facture dans le dossier")
	}
	if d.Consumer && d.Indemnity != 0 {
		p.Add("indemnity", "l'indemnité forfaitaire de 40 € ne peut pas être réclamée à un particulier")
	}
	var principal backend.Cents
	for _, i := range d.Invoices {
		principal += i.Remaining
	}
	if d.Credit < 0 {
		p.Add("credit", "le crédit à déduire ne peut pas être négatif")
	}
	if want := principal + d.PenaltyTotal + d.Indemnity - d.Credit; d.TotalClaimed != want {
		p.Add("totalClaimed", "le total réclamé (%s) ne correspond pas au principal %s + pénalités %s + indemnité %s − crédit %s = %s",
			backend.FormatEUR(d.TotalClaimed), backend.FormatEUR(principal), backend.FormatEUR(d.PenaltyTotal),
			backend.FormatEUR(d.Indemnity), backend.FormatEUR(d.Credit), backend.FormatEUR(want))
	}
	if d.TotalClaimed <= 0 {
		p.Add("totalClaimed", "rien à réclamer : le total est nul")
	}
	return p.Err()
}

// piece is a numbered piece of evidence and how it is joined.
type piece struct {
	n        int
	title    string
	file     string
	pdf      []byte
	pages    int  // pages that import
	imported bool // appended page by page
	sha      string
	generate func(w *writer) // generated by the dossier itself (proof log, history)
	alias    string          // placeholder replaced by the first page number
}

// Dossier renders the order-for-payment file. Stored PDFs (invoices, the formal notice, the receipt) are appended
// page by page (imported with gofpdi), each stamped with its piece number; a PDF that cannot be imported is
// embedded as a file attachment instead and the list says so. With appended PDFs the bytes are not reproducible
// from one run to the next (gofpdi objects are written in map order); the content is.
func Dossier(d CourtDossier) ([]byte, error) {
	if err := d.validate(); err != nil {
		return nil, err
	}
	var pieces []*piece
	add := func(e Evidence, fallback string) {
		t := strings.TrimSpace(e.Title)
		if t == "" {
			t = fallback
		}
		p := &piece{n: len(pieces) + 1, title: t, file: e.FileName, pdf: e.PDF}
		if len(e.PDF) > 0 {
			sum := sha256.Sum256(e.PDF)
			p.sha = hex.EncodeToString(sum[:])
			p.pages = probePDF(e.PDF)
			p.imported = p.pages > 0
		}
		pieces = append(pieces, p)
	}
	for i, inv := range d.Invoices {
		e := Evidence{Title: "Facture n°" + nbsp + inv.Number + " du " + inv.IssueDate.French()}
		if i < len(d.InvoicePDFs) {
			e.FileName, e.PDF = d.InvoicePDFs[i].FileName, d.InvoicePDFs[i].PDF
			if t := strings.TrimSpace(d.InvoicePDFs[i].Title); t != "" {
				e.Title = t
			}
		}
		add(e, "")
	}
	for _, e := range d.InvoicePDFs[min(len(d.Invoices), len(d.InvoicePDFs)):] {
		add(e, "Facture")
	}
	if len(d.Notice.PDF) > 0 || d.Notice.Title != "" {
		add(d.Notice, "Mise en demeure de payer")
	}
	if len(d.Receipt.PDF) > 0 || d.Receipt.Title != "" {
		add(d.Receipt, "Accusé de réception de la mise en demeure")
	}
	for _, e := range d.Other {
		add(e, "Pièce")
	}
	proofs := &piece{n: len(pieces) + 1, title: "Journal des preuves d'envoi (dates, canaux, recommandés, empreintes SHA-256)"}
	proofs.generate = func(w *writer) { w.proofLog(d, pieces) }
	pieces = append(pieces, proofs)
	history := &piece{n: len(pieces) + 1, title: "Historique des relances"}
	history.generate = func(w *writer) { w.reminderHistory(d.Reminders) }
	pieces = append(pieces, history)
	for _, p := range pieces {
		p.alias = "{pc" + strconv.Itoa(p.n) + "}"
	}

	court := CompetentCourt(d.Consumer, d.Nature, d.Debtor, d.CourtName)
	m := meta{title: "Dossier d'injonction de payer – " + d.Debtor.Name, subject: "Requête en injonction de payer",
		author: d.Creditor.Name, date: d.Date,
		header:   "Dossier d'injonction de payer – " + d.Creditor.Name + " contre " + d.Debtor.Name,
		footer:   footerLine(d.Creditor),
		numbered: true, keep: keepPhrases(d.Invoices, Payment{}, registeredNumbers(d.Proofs)...)}
	return render(m, func(w *writer) error { return drawDossier(w, d, court, pieces) })
}

// probePDF returns the number of pages gofpdi can import from a PDF, 0 when it cannot read it.
func probePDF(b []byte) (pages int) {
	defer func() {
		if recover() != nil {
			pages = 0
		}
	}()
	imp := realfpdi.NewImporter()
	var rs io.ReadSeeker = bytes.NewReader(b)
	imp.SetSourceStream(&rs)
	n := imp.GetNumPages()
	for i := 1; i <= n; i++ {
		imp.ImportPage(i, "/MediaBox")
	}
	imp.PutFormXobjectsUnordered()
	return n
}

func drawDossier(w *writer, d CourtDossier, court Court, pieces []*piece) error {
	f := w.f
	f.AddPage()
	y := 14.0
	if h := w.logo(d.Logo, marginL, y, 50, 18); h > 0 {
		y += h + 4
	}
	f.SetXY(marginL, y+4)
	w.font("B", 18)
	w.black()
	w.ln("DOSSIER D'INJONCTION DE PAYER", 9)
	w.font("", 10.5)
	w.ln("Requête en injonction de payer – récapitulatif et pièces justificatives", 6)
	w.gray(80)
	w.font("", 9.5)
	place := strings.TrimSpace(d.Place)
	if place == "" {
		place = d.Creditor.Address.City
	}
	w.ln("Établi à "+place+" le "+d.Date.FrenchLong()+" par "+d.Creditor.Name, 5)
	w.black()
	w.space(5)

	// 1. Court.
	w.heading("1. Juridiction compétente", 12)
	w.labelled([][2]string{
		{"Juridiction", court.Name},
		{"Formulaire", court.Form + " (requête en injonction de payer)"},
		{"Compétence territoriale", "domicile ou siège du débiteur" + nbsp + ": " + strings.TrimSpace(court.PostalCode+" "+court.City)},
	})
	if court.Commercial {
		w.body("Créance commerciale entre commerçants : la requête est présentée au président du tribunal de commerce, "+
			"par le formulaire Cerfa n°"+nbsp+"12946 ou en ligne (injonction de payer dématérialisée des greffes). "+
			"Frais de greffe réglementés d'environ 35 à 40"+nbsp+"€ TTC : vérifiez le tarif en vigueur.", "")
	} else {
		w.body("Créance civile (débiteur particulier ou non commerçant) : la requête est présentée au tribunal judiciaire "+
			"par le formulaire Cerfa n°"+nbsp+"12948*06 (crédits à la consommation et loyers : Cerfa n°"+nbsp+"16040*01).", "")
	}
	w.body("Vérifiez la juridiction territorialement compétente pour cette adresse dans l'annuaire des juridictions "+
		"(justice.fr). Le débiteur pourra former opposition dans le mois suivant la signification de l'ordonnance par "+
		"commissaire de justice.", "")

	// 2–3. Parties.
	w.heading("2. Créancier (demandeur)", 12)
	w.labelled(partyRows(d.Creditor, true))
	if n := personName(d.Signatory); n != "" {
		w.labelled([][2]string{{"Représenté par", strings.TrimSpace(n + ", " + d.Signatory.Title)}})
	}
	w.space(2)
	w.heading("3. Débiteur (défendeur)", 12)
	w.labelled(partyRows(d.Debtor, false))
	kind := "Professionnel"
	if d.Consumer {
		kind = "Particulier (consommateur)"
	}
	w.labelled([][2]string{{"Qualité", kind}})
	w.space(2)

	// 4. Amount.
	w.heading("4. Montant de la créance", 12)
	w.invoiceTable(d.Invoices, true, "Total")
	w.space(3)
	n := Notice{Invoices: d.Invoices, Penalties: d.Penalties, PenaltyTotal: d.PenaltyTotal, Indemnity: d.Indemnity,
		Credit: d.Credit, TotalClaimed: d.TotalClaimed, Consumer: d.Consumer, PenaltyBasis: d.PenaltyBasis}
	w.amounts(marginL+45, contentW-45-34, 34, noticeAmounts(n))
	w.space(2)
	if ls := CleanParagraphs(d.LeftOut); len(ls) > 0 {
		w.body(plural(len(ls), "Facture non comprise dans la demande", "Factures non comprises dans la demande")+nbsp+": "+
			strings.Join(ls, " ; ")+".", "")
	}
	if d.Consumer {
		w.body("Fondement : articles 1231-6 et 1344-1 du Code civil (intérêts au taux légal à compter de la mise en demeure). "+
			"Aucune indemnité forfaitaire ni frais de recouvrement ne sont demandés au débiteur consommateur.", "")
	} else {
		rate := ""
		if b := strings.TrimSpace(d.PenaltyBasis); b != "" {
			rate = " au " + b
		}
		w.body("Fondement : articles L441-10 et D441-5 du Code de commerce (pénalités de retard de plein droit"+rate+" et indemnité "+
			"forfaitaire de 40"+nbsp+"€ par facture). Les pénalités continuent de courir jusqu'au complet paiement.", "")
	}
	w.body("Demande : ordonnance enjoignant au débiteur de payer la somme de "+backend.FormatEUR(d.TotalClaimed)+
		", outre les intérêts et pénalités postérieurs au "+penaltiesUntil(d.Penalties, d.Date).French()+" et les dépens.", "B")

	// 5. Origin.
	w.heading("5. Origine de la créance", 12)
	origin := strings.TrimSpace(d.Origin)
	if origin == "" {
		origin = "Factures impayées émises par le créancier"
	}
	var refs []string
	for _, i := range d.Invoices {
		s := "facture n°" + nbsp + i.Number + " du " + i.IssueDate.French() + ", échue le " + i.DueDate.French()
		if r := strings.TrimSpace(i.OrderReference); r != "" {
			s += " (" + r + ")"
		}
		refs = append(refs, s)
	}
	w.body(origin+" : "+strings.Join(refs, " ; ")+".", "")
	if steps := amicableSteps(d); steps != "" {
		w.body(steps, "")
	}

	// 6. Evidence list.
	w.heading("6. Bordereau des pièces communiquées", 12)
	cols := []column{{"N°", 12, "C"}, {"Pièce", 108, "L"}, {"Jointe", contentW - 120, "L"}}
	var rows [][]string
	for _, p := range pieces {
		where := ""
		switch {
		case p.generate != nil, p.imported:
			where = "ci-après, page " + p.alias
		case len(p.pdf) > 0:
			name := p.file
			if name == "" {
				name = "piece-" + strconv.Itoa(p.n) + ".pdf"
			}
			where = "fichier joint au PDF : " + name
		default:
			where = "à joindre (copie papier)"
			if p.file != "" {
				where = "à joindre : " + p.file
			}
		}
		rows = append(rows, []string{strconv.Itoa(p.n), p.title, where})
	}
	w.table(cols, rows, tableStyle{})

	if len(d.Penalties) > 0 || d.Indemnity > 0 {
		w.penaltyAnnex(annex{consumer: d.Consumer, basis: d.PenaltyBasis, lines: d.Penalties, total: d.PenaltyTotal,
			indemnity: d.Indemnity, asOf: penaltiesUntil(d.Penalties, d.Date)})
	}

	// The pieces.
	imp := fpdi.NewImporter()
	var attachments []fpdf.Attachment
	var streams []*io.ReadSeeker // kept alive: gofpdi names a source by its pointer
	for _, p := range pieces {
		label := "Pièce n°" + nbsp + strconv.Itoa(p.n) + " – " + p.title
		switch {
		case p.generate != nil:
			f.AddPage()
			f.RegisterAlias(p.alias, strconv.Itoa(f.PageNo()))
			w.stamped[f.PageNo()] = label
			p.generate(w)
		case p.imported:
			var rs io.ReadSeeker = bytes.NewReader(p.pdf)
			streams = append(streams, &rs)
			if !w.importPages(imp, streams[len(streams)-1], p, label) {
				attachments = append(attachments, fpdf.Attachment{Content: p.pdf, Filename: attachmentName(p), Description: p.title})
			}
		case len(p.pdf) > 0:
			attachments = append(attachments, fpdf.Attachment{Content: p.pdf, Filename: attachmentName(p), Description: p.title})
		}
	}
	if len(attachments) > 0 {
		f.SetAttachments(attachments)
	}
	return nil
}

func attachmentName(p *piece) string {
	if p.file != "" {
		return p.file
	}
	return "piece-" + strconv.Itoa(p.n) + ".pdf"
}

// importPages appends every page of a stored PDF, scaled into the page with room for the stamp and the footer.
func (w *writer) importPages(imp *fpdi.Importer, rs *io.ReadSeeker, p *piece, label string) (ok bool) {
	f := w.f
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for i := 1; i <= p.pages; i++ {
		f.AddPage()
		if i == 1 {
			f.RegisterAlias(p.alias, strconv.Itoa(f.PageNo()))
		}
		tpl := imp.ImportPageFromStream(f, rs, i, "/MediaBox")
		sizes := imp.GetPageSizes()
		pw, ph := 595.28, 841.89
		if s, ok := sizes[i]["/MediaBox"]; ok && s["w"] > 0 && s["h"] > 0 {
			pw, ph = s["w"], s["h"]
		}
		boxX, boxY, boxW, boxH := 10.0, 12.0, pageW-20, pageH-12-16
		wd, ht := boxW, boxW*ph/pw
		if ht > boxH {
			wd, ht = boxH*pw/ph, boxH
		}
		x, y := boxX+(boxW-wd)/2, boxY+(boxH-ht)/2
		imp.UseImportedTemplate(f, tpl, x, y, wd, ht)
		f.SetDrawColor(200, 200, 200)
		f.SetLineWidth(0.1)
		f.Rect(x, y, wd, ht, "D")
		page := label
		if p.pages > 1 {
			page += " (page " + strconv.Itoa(i) + "/" + strconv.Itoa(p.pages) + ")"
		}
		w.stamped[f.PageNo()] = page
	}
	if f.Err() {
		f.ClearError()
		return false
	}
	return true
}

// labelled prints label: value rows.
func (w *writer) labelled(rows [][2]string) {
	for _, r := range rows {
		if strings.TrimSpace(r[1]) == "" {
			continue
		}
		w.font("", 9.5)
		lines := w.wrapMax(r[1], contentW-48, 12) // a value longer than that (a runaway name) would take pages
		w.ensure(float64(len(lines)) * 4.8)
		y := w.f.GetY()
		w.gray(80)
		w.cellAt(marginL, y, 46, 4.8, r[0], "L")
		w.black()
		for i, l := range lines {
			w.cellAt(marginL+48, y+float64(i)*4.8, contentW-48, 4.8, l, "L")
		}
		w.f.SetXY(marginL, y+float64(len(lines))*4.8+0.6)
	}
	w.font("", bodySize)
}

func partyRows(p Party, creditor bool) [][2]string {
	rows := [][2]string{{"Nom ou raison sociale", p.Name}}
	form := strings.TrimSpace(p.LegalForm)
	if c := strings.TrimSpace(p.ShareCapital); c != "" && form != "" {
		form += ", capital " + c
	}
	rows = append(rows, [2]string{"Forme juridique", form})
	if s := p.siren(); s != "" {
		rows = append(rows, [2]string{"SIREN", formatSIREN(s)})
	}
	if p.SIRET != "" {
		rows = append(rows, [2]string{"SIRET", formatSIRET(p.SIRET)})
	}
	if p.RCSCity != "" {
		rows = append(rows, [2]string{"Immatriculation", "RCS " + p.RCSCity})
	}
	rows = append(rows, [2]string{"Adresse", oneLine(p.Address)})
	var contact []string
	if p.Contact != "" && !creditor {
		contact = append(contact, p.Contact)
	}
	contact = append(contact, p.contactLines()...)
	rows = append(rows, [2]string{"Contact", strings.Join(contact, " – ")})
	return rows
}

// amicableSteps summarises the formal notice and its receipt from the proof log.
func amicableSteps(d CourtDossier) string {
	var parts []string
	for _, p := range d.Proofs {
		s := p.Document
		if r := []rune(s); len(r) > 1 && unicode.IsUpper(r[0]) && !unicode.IsUpper(r[1]) {
			s = string(unicode.ToLower(r[0])) + string(r[1:])
		}
		if !p.SentAt.IsZero() {
			s += " envoyée le " + backend.DateOf(p.SentAt).French()
		}
		if p.Channel != "" {
			s += " (" + strings.ToLower(p.Channel[:1]) + p.Channel[1:]
			if p.RegisteredNumber != "" {
				s += " n°" + nbsp + p.RegisteredNumber
			}
			s += ")"
		}
		if !p.AcknowledgedOn.IsZero() {
			s += ", reçue le " + p.AcknowledgedOn.French()
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return ""
	}
	return "Démarches amiables préalables, restées sans effet : " + strings.Join(parts, " ; ") + ". " +
		strconv.Itoa(len(d.Reminders)) + " " + plural(len(d.Reminders), "relance enregistrée", "relances enregistrées") +
		" (historique en pièce jointe)."
}

// proofLog is the generated piece listing how each document was sent and the digest of every piece.
func (w *writer) proofLog(d CourtDossier, pieces []*piece) {
	w.heading("Journal des preuves d'envoi", 13)
	w.body("Chaque document envoyé est archivé à l'identique ; son empreinte SHA-256 permet de vérifier que la pièce "+
		"produite est exactement celle qui a été envoyée.", "")
	if len(d.Proofs) == 0 {
		w.body("Aucun envoi enregistré.", "")
	} else {
		cols := []column{{"Document", 34, "L"}, {"Envoyé le", 22, "C"}, {"Canal, destinataire", 42, "L"}, {"AR reçu le", 19, "C"},
			{"SHA-256", contentW - 117, "L"}}
		var rows [][]string
		for _, p := range d.Proofs {
			sent := ""
			if !p.SentAt.IsZero() {
				sent = p.SentAt.In(backend.Paris).Format("02/01/2006 15:04")
			}
			ch := p.Channel
			if p.RegisteredNumber != "" {
				ch += " n°" + nbsp + p.RegisteredNumber
			}
			if p.Recipient != "" {
				ch += " – " + p.Recipient
			}
			if p.MessageID != "" {
				ch += " – Message-ID " + p.MessageID
			}
			rows = append(rows, []string{p.Document, sent, ch, p.AcknowledgedOn.French(), spacedHex(p.SHA256)})
		}
		w.table(cols, rows, tableStyle{size: 7.5})
	}
	w.space(5)
	w.heading("Empreintes des pièces jointes", 11)
	cols := []column{{"N°", 12, "C"}, {"Pièce", 80, "L"}, {"SHA-256 du fichier", contentW - 92, "L"}}
	var rows [][]string
	for _, p := range pieces {
		if p.sha != "" {
			rows = append(rows, []string{strconv.Itoa(p.n), p.title, spacedHex(p.sha)})
		}
	}
	if len(rows) == 0 {
		w.body("Aucun fichier joint.", "")
		return
	}
	w.table(cols, rows, tableStyle{size: 7.5})
}

// spacedHex breaks a digest into groups of 8 so that it wraps cleanly.
func spacedHex(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	var parts []string
	for len(h) > 8 {
		parts = append(parts, h[:8])
		h = h[8:]
	}
	if h != "" {
		parts = append(parts, h)
	}
	return strings.Join(parts, " ")
}

// reminderHistory is the generated piece listing every reminder sent.
func (w *writer) reminderHistory(rs []ReminderEntry) {
	w.heading("Historique des relances", 13)
	if len(rs) == 0 {
		w.body("Aucune relance enregistrée.", "")
		return
	}
	cols := []column{{"Date", 22, "C"}, {"Étape", 32, "L"}, {"Canal", 26, "L"}, {"Factures", 45, "L"}, {"Suite", contentW - 125, "L"}}
	var rows [][]string
	for _, r := range rs {
		rows = append(rows, []string{r.Date.French(), r.Step, r.Channel, strings.Join(r.Invoices, ", "), r.Outcome})
	}
	w.table(cols, rows, tableStyle{})
}

// Digest is the hex SHA-256 of a document, as the proof log prints it.
func Digest(b []byte) string {
	s := sha256.Sum256(b)
	return fmt.Sprintf("%x", s[:])
}

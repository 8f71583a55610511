package app

import (
	"strconv"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/court"
	"relance/backend/pdf"
)

// NoticeRequest asks for a formal notice about an overdue invoice; every overdue invoice of its client goes in.
type NoticeRequest struct {
	InvoiceID        uint64   `json:"invoiceId"`
	DeadlineDays     int      `json:"deadlineDays"` // 0 = 8 days
	Registered       bool     `json:"registered"`
	RegisteredNumber string   `json:"registeredNumber"`
	Intro            []string `json:"intro"` // empty = the default wording for the debtor
	Consequences     []string `json:"consequences"`
	// emailed: attached to an e-mail the owner approves, so sent with it (not a draft to print)
	emailed bool
}

// NoticeDraft is what the formal notice will say, before it is generated.
type NoticeDraft struct {
	ClientID     uint64        `json:"clientId"`
	ClientCode   string        `json:"clientCode"`
	ClientName   string        `json:"clientName"`
	Consumer     bool          `json:"consumer"`
	Lines        []NoticeLine  `json:"lines"`
	Principal    backend.Cents `json:"principal"`
	Penalties    backend.Cents `json:"penalties"`
	Indemnity    backend.Cents `json:"indemnity"`
	Credit       backend.Cents `json:"credit"` // the client's unallocated credit, deducted
	TotalClaimed backend.Cents `json:"totalClaimed"`
	LeftOut      []string      `json:"leftOut"`      // unpaid invoices not claimed, and why
	DeadlineDays int           `json:"deadlineDays"` // counted from the letter's receipt
	Date         string        `json:"date"`
	Intro        []string      `json:"intro"`
	Consequences []string      `json:"consequences"`
	Warnings     []string      `json:"warnings"`
}

const defaultDeadlineDays = 8

func (a *DocumentsAPI) notice(req NoticeRequest) (pdf.Notice, NoticeDraft, *claim, error) {
	inv, err := a.env.Store.Invoice(req.InvoiceID)
	if err != nil {
		return pdf.Notice{}, NoticeDraft{}, nil, err
	}
	today := backend.Today(a.env.Clock)
	if inv.AmountInclTax-inv.AmountPaid <= 0 || inv.DueDate >= today {
		return pdf.Notice{}, NoticeDraft{}, nil, backend.Errorf(backend.EINVALID, "la facture %s n'est pas échue et impayée : pas de mise en demeure possible", inv.Number)
	}
	if req.DeadlineDays == 0 {
		req.DeadlineDays = defaultDeadlineDays
	}
	if req.DeadlineDays < 1 || req.DeadlineDays > 60 {
		return pdf.Notice{}, NoticeDraft{}, nil, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "deadlineDays",
			Message: "le délai de paiement doit être entre 1 et 60 jours (8 jours d'usage)"}}}
	}
	// The notice starts consumers' interest: at its own date there is none yet.
	c, err := buildClaim(a.env, inv.ClientID, today, 0)
	if err != nil {
		return pdf.Notice{}, NoticeDraft{}, nil, err
	}
	if err := c.nothingToClaim("mise en demeure"); err != nil {
		return pdf.Notice{}, NoticeDraft{}, nil, err
	}
	prior, err := priorReminders(a.env, inv.ClientID, today)
	if err != nil {
		return pdf.Notice{}, NoticeDraft{}, nil, err
	}
	consumer := c.client.Type == backend.Consumer
	intro, consequences := pdf.CleanParagraphs(req.Intro), pdf.CleanParagraphs(req.Consequences)
	warnings := c.warnings
	if len(intro) > 0 || len(consequences) > 0 {
		warnings = append(warnings, pdf.CheckWording(intro, consequences, consumer)...)
	}
	n := pdf.Notice{Creditor: pdf.PartyFromCompany(c.company), Logo: c.company.Logo, LogoType: c.company.LogoType,
		Signatory: c.company.Signatory, Debtor: pdf.PartyFromClient(c.client), Consumer: consumer,
		Place: c.company.Address.City, Date: today, Registered: req.Registered, RegisteredNumber: strings.TrimSpace(req.RegisteredNumber),
		Invoices: c.pdfLines, Penalties: c.penalties, PenaltyTotal: c.interest, PenaltyBasis: contractBasis(c.rateBP), Indemnity: c.indemnity, Credit: c.credit,
		LeftOut: c.leftOutLines(), TotalClaimed: c.total(), DeadlineDays: req.DeadlineDays,
		Payment: paymentOf(c.company, c.invoices), PriorReminders: prior, Intro: intro, Consequences: consequences}
	d := NoticeDraft{ClientID: c.client.ID, ClientCode: c.client.Code, ClientName: c.client.Name, Consumer: consumer,
		Lines: c.lines, Principal: c.principal, Penalties: c.interest, Indemnity: c.indemnity, Credit: c.credit,
		LeftOut: nonNil(claimable.Texts(c.leftOut, false)), TotalClaimed: c.total(),
		DeadlineDays: req.DeadlineDays, Date: today.String(), Intro: intro,
		Consequences: consequences, Warnings: nonNil(warnings)}
	if len(d.Intro) == 0 {
		d.Intro = pdf.DefaultIntro(consumer, n.Debtor)
	}
	if len(d.Consequences) == 0 {
		d.Consequences = pdf.DefaultConsequences(consumer)
	}
	return n, d, c, nil
}

// NoticeDraft shows what the formal notice about an invoice will claim, with the warnings to read first.
func (a *DocumentsAPI) NoticeDraft(req NoticeRequest) (NoticeDraft, error) {
	_, d, _, err := a.notice(req)
	return d, err
}

// GenerateNotice writes the formal notice PDF and archives it as proof.
func (a *DocumentsAPI) GenerateNotice(req NoticeRequest) (DocumentView, error) {
	n, d, c, err := a.notice(req)
	if err != nil {
		return DocumentView{}, err
	}
	content, err := pdf.FormalNotice(n)
	if err != nil {
		return DocumentView{}, err
	}
	// A letter is a draft until the owner records its sending (printed and posted, or e-mailed): only then is it proof.
	doc := backend.Document{Kind: backend.DocFormalNotice, ClientID: c.client.ID, InvoiceIDs: invoiceIDs(c.invoices),
		Date: n.Date, Amount: n.TotalClaimed, Channel: "letter", Recipient: postalLine(c.client), RegisteredNumber: n.RegisteredNumber,
		DeadlineDays: n.DeadlineDays, Draft: !req.emailed}
	if req.emailed {
		doc.Channel, doc.Recipient = "email", c.client.ReminderEmail()
	}
	v, err := a.archive(doc, content, d.Warnings)
	v.LeftOut = d.LeftOut
	return v, err
}

// GenerateReminderLetter writes a postal reminder about the client's overdue invoices.
func (a *DocumentsAPI) GenerateReminderLetter(invoiceID uint64) (DocumentView, error) {
	inv, err := a.env.Store.Invoice(invoiceID)
	if err != nil {
		return DocumentView{}, err
	}
	today := backend.Today(a.env.Clock)
	c, err := buildClaim(a.env, inv.ClientID, today, 0)
	if err != nil {
		return DocumentView{}, err
	}
	if len(c.invoices) == 0 {
		return DocumentView{}, backend.Errorf(backend.EINVALID, "%s n'a aucune facture échue impayée : rien à relancer", c.client.Name)
	}
	r := pdf.Reminder{Creditor: pdf.PartyFromCompany(c.company), Logo: c.company.Logo, LogoType: c.company.LogoType,
		Signatory: c.company.Signatory, Debtor: pdf.PartyFromClient(c.client), Consumer: c.client.Type == backend.Consumer,
		Place: c.company.Address.City, Date: today, Invoices: c.pdfLines, TotalDue: c.principal, Payment: paymentOf(c.company, c.invoices)}
	content, err := pdf.ReminderLetter(r)
	if err != nil {
		return DocumentView{}, err
	}
	doc := backend.Document{Kind: backend.DocReminderLetter, ClientID: c.client.ID, InvoiceIDs: invoiceIDs(c.invoices),
		Date: today, Amount: c.principal, Channel: "letter", Recipient: postalLine(c.client), Draft: true}
	return a.archive(doc, content, c.warnings)
}

// GenerateStatement writes the client's account statement: open invoices, payments of the last 12 months, balance.
func (a *DocumentsAPI) GenerateStatement(clientID uint64) (DocumentView, error) {
	today := backend.Today(a.env.Clock)
	content, doc, warnings, leftOut, err := statementOf(a.env, clientID, today)
	if err != nil {
		return DocumentView{}, err
	}
	v, err := a.archive(doc, content, warnings)
	v.LeftOut = leftOut
	return v, err
}

// statementOf draws the statement, with the left-out invoices as the owner reads them.
func statementOf(env *Env, clientID uint64, today backend.Date) ([]byte, backend.Document, []string, []string, error) {
	company, err := env.Store.Company()
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	client, err := env.Store.Client(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	invoices, err := env.Store.ClientInvoices(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	payments, err := env.Store.ClientPayments(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	numbers := map[uint64]string{}
	s := pdf.AccountStatement{Creditor: pdf.PartyFromCompany(company), Logo: company.Logo, LogoType: company.LogoType,
		Debtor: pdf.PartyFromClient(client), ClientCode: client.Code, Place: company.Address.City, Date: today,
		From: today.AddDays(-365)}
	for _, inv := range invoices {
		numbers[inv.ID] = inv.Number
	}
	// The statement lists the open invoices it claims, due or not; disputed and time-barred ones are named apart.
	sel, err := selection(env, client, invoices, today, false)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	s.LeftOut = claimable.Texts(sel.LeftOut, true)
	var open []backend.Invoice
	var due backend.Cents
	for _, inv := range sel.Claimed {
		if inv.Remaining() > 0 {
			open = append(open, inv)
			due += inv.Remaining()
			s.Invoices = append(s.Invoices, pdf.InvoiceLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
				DaysLate: inv.DaysOverdue(today), AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: inv.Remaining(),
				OrderReference: inv.OrderReference})
		}
	}
	s.Credit = clientCredit(payments)
	for _, p := range payments {
		if p.Date < s.From || p.Date > today {
			continue
		}
		line := pdf.PaymentLine{Date: p.Date, Amount: p.Amount, Method: backend.PaymentMethods[p.Method], Reference: p.Reference}
		for _, al := range p.Allocations {
			line.Invoices = append(line.Invoices, numbers[al.InvoiceID])
		}
		s.Payments = append(s.Payments, line)
	}
	s.Payment = paymentOf(company, open)
	content, err := pdf.Statement(s)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	doc := backend.Document{Kind: backend.DocStatement, ClientID: clientID, InvoiceIDs: invoiceIDs(open), Date: today,
		Amount: due - s.Credit, Channel: "download", Recipient: postalLine(client)}
	return content, doc, companyWarnings(company), nonNil(claimable.Texts(sel.LeftOut, false)), nil
}

// GenerateDossier writes the order-for-payment file: the summary a court form needs, the evidence list, then the
// evidence itself (invoice PDFs, the formal notice as sent and its receipt, the proof log, the reminder history).
// It is refused while the notice's deadline runs, unless force (then it says so among the warnings).
func (a *DocumentsAPI) GenerateDossier(clientID uint64, force bool) (DocumentView, error) {
	today := backend.Today(a.env.Clock)
	docs, err := a.env.Store.ClientDocuments(clientID)
	if err != nil {
		return DocumentView{}, err
	}
	// The notice the court reads is the registered one (its LRAR number and receipt prove it reached the debtor);
	// without one, the newest.
	var notice *backend.Document
	drafted := false
	for i := range docs { // newest first
		if docs[i].Kind != backend.DocFormalNotice {
			continue
		}
		if docs[i].Draft { // not sent: no proof for the judge
			drafted = true
			continue
		}
		if notice == nil || (notice.RegisteredNumber == "" && docs[i].RegisteredNumber != "") {
			notice = &docs[i]
		}
		if notice.RegisteredNumber != "" {
			break
		}
	}
	var noticeDate backend.Date
	if notice != nil {
		noticeDate = notice.Date
	}
	c, err := buildClaim(a.env, clientID, today, noticeDate)
	if err != nil {
		return DocumentView{}, err
	}
	if err := c.nothingToClaim("dossier d'injonction de payer"); err != nil {
		return DocumentView{}, err
	}
	warnings := c.warnings
	if notice != nil {
		if w, err := noticeDeadlineCheck(*notice, today, force); err != nil {
			return DocumentView{}, err
		} else if w != "" {
			warnings = append(warnings, w)
		}
	}
	if notice == nil && drafted {
		warnings = append(warnings, "La mise en demeure de ce client est encore un brouillon : enregistrez son envoi (date, n° de recommandé) pour qu'elle figure au dossier ; le juge l'attend avant une injonction de payer.")
	} else if notice == nil {
		warnings = append(warnings, "Aucune mise en demeure n'a été envoyée à ce client : le juge l'attend avant une injonction de payer.")
	} else if notice.AcknowledgedOn == 0 {
		warnings = append(warnings, "L'accusé de réception de la mise en demeure n'est pas enregistré : il prouve que le débiteur l'a reçue.")
	}
	d := pdf.CourtDossier{Creditor: pdf.PartyFromCompany(c.company), Logo: c.company.Logo, LogoType: c.company.LogoType,
		Signatory: c.company.Signatory, Debtor: pdf.PartyFromClient(c.client), Consumer: c.client.Type == backend.Consumer,
		Place: c.company.Address.City, Date: today, Invoices: c.pdfLines, Penalties: c.penalties, PenaltyTotal: c.interest,
		PenaltyBasis: contractBasis(c.rateBP), Indemnity: c.indemnity, Credit: c.credit, TotalClaimed: c.total(), LeftOut: c.leftOutLines(), Origin: originOf(c.invoices)}
	d.Court = court.Determine(court.Debtor{Consumer: d.Consumer, LegalForm: c.client.LegalForm, City: c.client.Address.City,
		PostalCode: c.client.Address.PostalCode, Country: c.client.Address.Country}, c.client.Court)
	d.DebtorRepresentative = legalRepresentative(c.client)
	warnings = append(warnings, courtWarnings(d.Court)...)
	for _, inv := range c.invoices {
		ev := pdf.Evidence{Title: "Facture n° " + inv.Number + " du " + inv.IssueDate.French()}
		if inv.AttachmentPath != "" {
			ev.FileName = inv.AttachmentPath
			if b, err := readArchivedPath(a.env, inv.AttachmentPath); err == nil {
				ev.PDF = b
			} else {
				warnings = append(warnings, "Le PDF de la facture "+inv.Number+" est introuvable ("+inv.AttachmentPath+") : joignez-le à la main.")
			}
		} else {
			warnings = append(warnings, "Le PDF de la facture "+inv.Number+" n'est pas joint : ajoutez-le sur la page de la facture.")
		}
		d.InvoicePDFs = append(d.InvoicePDFs, ev)
	}
	for i := len(docs) - 1; i >= 0; i-- { // oldest first
		doc := docs[i]
		if doc.Kind != backend.DocFormalNotice && doc.Kind != backend.DocReminderLetter || doc.Draft {
			continue
		}
		channel := "Courrier simple"
		if doc.RegisteredNumber != "" {
			channel = "Lettre recommandée avec AR"
		}
		sent := doc.CreatedAt
		if doc.SentOn != 0 {
			sent = time.Date(doc.SentOn.Year(), doc.SentOn.Month(), doc.SentOn.Day(), 12, 0, 0, 0, backend.Paris)
		}
		d.Proofs = append(d.Proofs, pdf.Proof{Document: backend.DocumentLabels[doc.Kind] + " du " + doc.Date.French(),
			SentAt: sent, Channel: channel, Recipient: doc.Recipient, RegisteredNumber: doc.RegisteredNumber,
			AcknowledgedOn: doc.AcknowledgedOn, MessageID: doc.MessageID, SHA256: doc.SHA256})
	}
	// The history the judge reads: every e-mail that left, letter and call, not only the letters.
	if d.Reminders, err = contactHistory(a.env, clientID, today.AddDays(1)); err != nil {
		return DocumentView{}, err
	}
	if notice != nil {
		if b, err := readArchived(a.env, *notice); err == nil {
			d.Notice = pdf.Evidence{Title: "Mise en demeure du " + notice.Date.French(), PDF: b}
		}
		if notice.RegisteredNumber != "" {
			title := "Avis de réception de la lettre recommandée n°\u00a0" + notice.RegisteredNumber
			if notice.AcknowledgedOn != 0 {
				title += ", signé le " + notice.AcknowledgedOn.French()
			}
			d.Receipt = pdf.Evidence{Title: title + " (original à joindre)"}
		}
	}
	content, err := pdf.Dossier(d)
	if err != nil {
		return DocumentView{}, err
	}
	doc := backend.Document{Kind: backend.DocDossier, ClientID: clientID, InvoiceIDs: invoiceIDs(c.invoices), Date: today,
		Amount: c.total(), Channel: "download", Recipient: postalLine(c.client)}
	v, err := a.archive(doc, content, warnings)
	v.LeftOut = nonNil(claimable.Texts(c.leftOut, false))
	return v, err
}

// courtWarnings say what the owner must check about the court before filing.
func courtWarnings(c court.Court) []string {
	switch {
	case c.Route == court.Unavailable:
		return []string{"Débiteur établi hors de l'Union européenne : ni l'injonction de payer française ni la procédure européenne ne s'appliquent ; le dossier rassemble les pièces pour un avocat ou un commissaire de justice de son pays."}
	case c.Route == court.European:
		return []string{"Débiteur établi dans un autre État de l'Union : c'est l'injonction de payer européenne (formulaire A, règlement (CE) n° 1896/2006) qui s'applique, pas le Cerfa français."}
	case c.Nature == court.Unknown:
		return []string{c.Why + " Indiquez la juridiction vérifiée sur la fiche du client (« Juridiction compétente »)."}
	case c.ToConfirm:
		return []string{"Juridiction à vérifier : " + c.Name + ". Une fois vérifiée (annuaire des juridictions, justice.fr), indiquez son nom et son adresse sur la fiche du client (« Juridiction compétente ») : elle figurera dans les prochains dossiers."}
	}
	return nil
}

// legalRepresentative is the client's contact whose role is a legal representative's (« Jean Dupont, gérant »).
func legalRepresentative(c backend.Client) string {
	for _, k := range c.Contacts {
		role := strings.ToLower(k.Role)
		for _, r := range []string{"gérant", "gerant", "président", "president", "directeur général", "directrice générale",
			"pdg", "représentant légal", "representant legal", "dirigeant"} { // « co-gérant » contains « gérant »
			if strings.Contains(role, r) {
				if n := strings.TrimSpace(k.FirstName + " " + k.LastName); n != "" {
					return n + ", " + strings.TrimSpace(k.Role)
				}
			}
		}
	}
	return ""
}

// noticeDeadlineCheck refuses a court file while the time the notice gave to pay runs (a request filed before it
// ends is rejected), or, forced, returns the warning. Without the acknowledgment of receipt, the deadline is at
// least the days after the sending (or the letter's date): receipt is never earlier.
func noticeDeadlineCheck(n backend.Document, today backend.Date, force bool) (string, error) {
	end, known := noticeDeadline(n), true
	if end == 0 {
		from := n.Date
		if n.SentOn != 0 {
			from = n.SentOn
		}
		end, known = deadline(from, noticeDays(n)), false
	}
	if today > end {
		return "", nil
	}
	what := "Le délai de paiement laissé par la mise en demeure du " + n.Date.French() + " court jusqu'au " + end.French()
	if !known {
		what = "Le délai de paiement laissé par la mise en demeure du " + n.Date.French() + " (" + strconv.Itoa(noticeDays(n)) +
			" jours après sa réception, dont la date n'est pas enregistrée) court au moins jusqu'au " + end.French()
	}
	if force {
		return what + " : le dossier a été préparé avant son terme, le juge peut rejeter une requête déposée trop tôt.", nil
	}
	return "", backend.Errorf(backend.ECONFLICT, "%s : une injonction de payer ne peut être demandée qu'après, à partir du %s. Générez le dossier quand même seulement si vous le déposerez après cette date.",
		what, end.AddDays(1).French())
}

func (a *DocumentsAPI) archive(doc backend.Document, content []byte, warnings []string) (DocumentView, error) {
	if err := a.env.Store.ArchiveDocument(a.env.Dirs.Data, &doc, content); err != nil {
		return DocumentView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.view(doc, warnings), nil
}

func invoiceIDs(invs []backend.Invoice) []uint64 {
	out := make([]uint64, len(invs))
	for i, inv := range invs {
		out[i] = inv.ID
	}
	return out
}

func numbersOf(env *Env, ids []uint64) []string {
	var out []string
	for _, id := range ids {
		if inv, err := env.Store.Invoice(id); err == nil {
			out = append(out, inv.Number)
		}
	}
	return out
}

// originOf names what was sold, from the order references when the invoices carry them (the dossier lists the
// invoices themselves).
func originOf(invs []backend.Invoice) string {
	var refs []string
	for _, inv := range invs {
		if inv.OrderReference != "" {
			refs = append(refs, inv.OrderReference)
		}
	}
	if len(refs) == 0 {
		return "Prestations et fournitures facturées et restées impayées"
	}
	return "Prestations et fournitures commandées (" + strings.Join(refs, ", ") + "), facturées et restées impayées"
}

func postalLine(c backend.Client) string {
	parts := []string{c.Name}
	for _, s := range []string{c.Address.Line1, c.Address.Line2, strings.TrimSpace(c.Address.PostalCode + " " + c.Address.City), c.Address.Country} {
		if strings.TrimSpace(s) != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

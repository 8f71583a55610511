package documents

import (
	"strconv"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/court"
	"relance/backend/pdf"
	"relance/backend/store"
)

// NoticeRequest asks for a formal notice about an overdue invoice; every overdue invoice of its client goes in.
type NoticeRequest struct {
	InvoiceID        uint64
	DeadlineDays     int // 0 = 8 days
	Registered       bool
	RegisteredNumber string
	Intro            []string // empty = the default wording for the debtor
	Consequences     []string
	// Emailed: attached to an e-mail the owner approves, so sent with it (not a draft to print)
	Emailed bool
}

// Notice is what the formal notice will say, before it is generated: the claim, the wording and the warnings to
// read first.
type Notice struct {
	Letter       pdf.Notice
	Claim        *Claim
	LeftOut      []string // unpaid invoices not claimed, and why
	Intro        []string
	Consequences []string
	Warnings     []string
}

const defaultDeadlineDays = 8

// NoticeDraft shows what the formal notice about an invoice will claim, with the warnings to read first.
func (s *Service) NoticeDraft(req NoticeRequest) (Notice, error) {
	inv, err := s.Store.Invoice(req.InvoiceID)
	if err != nil {
		return Notice{}, err
	}
	today := backend.Today(s.Clock)
	if inv.AmountInclTax-inv.AmountPaid <= 0 || inv.DueDate >= today {
		return Notice{}, backend.Errorf(backend.EINVALID, "la facture %s n'est pas échue et impayée : pas de mise en demeure possible", inv.Number)
	}
	if req.DeadlineDays == 0 {
		req.DeadlineDays = defaultDeadlineDays
	}
	if req.DeadlineDays < 1 || req.DeadlineDays > 60 {
		return Notice{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "deadlineDays",
			Message: "le délai de paiement doit être entre 1 et 60 jours (8 jours d'usage)"}}}
	}
	// The notice starts consumers' interest: at its own date there is none yet.
	c, err := s.Claim(inv.ClientID, today, 0)
	if err != nil {
		return Notice{}, err
	}
	if err := c.NothingToClaim("mise en demeure"); err != nil {
		return Notice{}, err
	}
	prior, err := s.priorReminders(inv.ClientID, today)
	if err != nil {
		return Notice{}, err
	}
	consumer := c.Client.Type == backend.Consumer
	intro, consequences := pdf.CleanParagraphs(req.Intro), pdf.CleanParagraphs(req.Consequences)
	warnings := c.Warnings
	if len(intro) > 0 || len(consequences) > 0 {
		warnings = append(warnings, pdf.CheckWording(intro, consequences, consumer)...)
	}
	n := pdf.Notice{Creditor: pdf.PartyFromCompany(c.Company), Logo: c.Company.Logo, LogoType: c.Company.LogoType,
		Signatory: c.Company.Signatory, Debtor: pdf.PartyFromClient(c.Client), Consumer: consumer,
		Place: c.Company.Address.City, Date: today, Registered: req.Registered, RegisteredNumber: strings.TrimSpace(req.RegisteredNumber),
		Invoices: c.pdfLines, Penalties: c.penalties, PenaltyTotal: c.Interest, PenaltyBasis: ContractBasis(c.RateBP), Indemnity: c.Indemnity, Credit: c.Credit,
		LeftOut: c.leftOutLines(), TotalClaimed: c.Total(), DeadlineDays: req.DeadlineDays,
		Payment: paymentOf(c.Company, c.Invoices), PriorReminders: prior, Intro: intro, Consequences: consequences}
	d := Notice{Letter: n, Claim: c, LeftOut: nonNil(claimable.Texts(c.LeftOut, false)), Intro: intro,
		Consequences: consequences, Warnings: nonNil(warnings)}
	if len(d.Intro) == 0 {
		d.Intro = pdf.DefaultIntro(consumer, n.Debtor)
	}
	if len(d.Consequences) == 0 {
		d.Consequences = pdf.DefaultConsequences(consumer)
	}
	return d, nil
}

// GenerateNotice writes the formal notice PDF and archives it as proof.
func (s *Service) GenerateNotice(req NoticeRequest) (Archived, error) {
	d, err := s.NoticeDraft(req)
	if err != nil {
		return Archived{}, err
	}
	n, c := d.Letter, d.Claim
	content, err := pdf.FormalNotice(n)
	if err != nil {
		return Archived{}, err
	}
	// A letter is a draft until the owner records its sending (printed and posted, or e-mailed): only then is it proof.
	doc := backend.Document{Kind: backend.DocFormalNotice, ClientID: c.Client.ID, InvoiceIDs: invoiceIDs(c.Invoices),
		Date: n.Date, Amount: n.TotalClaimed, Channel: "letter", Recipient: postalLine(c.Client), RegisteredNumber: n.RegisteredNumber,
		DeadlineDays: n.DeadlineDays, Draft: !req.Emailed}
	if req.Emailed {
		doc.Channel, doc.Recipient = "email", c.Client.ReminderEmail()
	}
	v, err := s.archive(doc, content, d.Warnings)
	v.LeftOut = d.LeftOut
	return v, err
}

// GenerateReminderLetter writes a postal reminder about the client's overdue invoices.
func (s *Service) GenerateReminderLetter(invoiceID uint64) (Archived, error) {
	inv, err := s.Store.Invoice(invoiceID)
	if err != nil {
		return Archived{}, err
	}
	today := backend.Today(s.Clock)
	c, err := s.Claim(inv.ClientID, today, 0)
	if err != nil {
		return Archived{}, err
	}
	if len(c.Invoices) == 0 {
		return Archived{}, backend.Errorf(backend.EINVALID, "%s n'a aucune facture échue impayée : rien à relancer", c.Client.Name)
	}
	r := pdf.Reminder{Creditor: pdf.PartyFromCompany(c.Company), Logo: c.Company.Logo, LogoType: c.Company.LogoType,
		Signatory: c.Company.Signatory, Debtor: pdf.PartyFromClient(c.Client), Consumer: c.Client.Type == backend.Consumer,
		Place: c.Company.Address.City, Date: today, Invoices: c.pdfLines, TotalDue: c.Principal, Payment: paymentOf(c.Company, c.Invoices)}
	content, err := pdf.ReminderLetter(r)
	if err != nil {
		return Archived{}, err
	}
	doc := backend.Document{Kind: backend.DocReminderLetter, ClientID: c.Client.ID, InvoiceIDs: invoiceIDs(c.Invoices),
		Date: today, Amount: c.Principal, Channel: "letter", Recipient: postalLine(c.Client), Draft: true}
	return s.archive(doc, content, c.Warnings)
}

// GenerateStatement writes the client's account statement: open invoices, payments of the last 12 months, balance.
func (s *Service) GenerateStatement(clientID uint64) (Archived, error) {
	today := backend.Today(s.Clock)
	content, doc, warnings, leftOut, err := s.statementOf(clientID, today)
	if err != nil {
		return Archived{}, err
	}
	v, err := s.archive(doc, content, warnings)
	v.LeftOut = leftOut
	return v, err
}

// statementOf draws the statement, with the left-out invoices as the owner reads them.
func (s *Service) statementOf(clientID uint64, today backend.Date) ([]byte, backend.Document, []string, []string, error) {
	company, err := s.Store.Company()
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	client, err := s.Store.Client(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	invoices, err := s.Store.ClientInvoices(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	payments, err := s.Store.ClientPayments(clientID)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	numbers := map[uint64]string{}
	st := pdf.AccountStatement{Creditor: pdf.PartyFromCompany(company), Logo: company.Logo, LogoType: company.LogoType,
		Debtor: pdf.PartyFromClient(client), ClientCode: client.Code, Place: company.Address.City, Date: today,
		From: today.AddDays(-365)}
	for _, inv := range invoices {
		numbers[inv.ID] = inv.Number
	}
	// The statement lists the open invoices it claims, due or not; disputed and time-barred ones are named apart.
	sel, err := s.selection(client, invoices, today, false)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	st.LeftOut = claimable.Texts(sel.LeftOut, true)
	var open []backend.Invoice
	var due backend.Cents
	for _, inv := range sel.Claimed {
		if inv.Remaining() > 0 {
			open = append(open, inv)
			due += inv.Remaining()
			st.Invoices = append(st.Invoices, pdf.InvoiceLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
				DaysLate: inv.DaysOverdue(today), AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: inv.Remaining(),
				OrderReference: inv.OrderReference})
		}
	}
	st.Credit = ClientCredit(payments)
	for _, p := range payments {
		if p.Date < st.From || p.Date > today {
			continue
		}
		line := pdf.PaymentLine{Date: p.Date, Amount: p.Amount, Method: backend.PaymentMethods[p.Method], Reference: p.Reference}
		for _, al := range p.Allocations {
			line.Invoices = append(line.Invoices, numbers[al.InvoiceID])
		}
		st.Payments = append(st.Payments, line)
	}
	st.Payment = paymentOf(company, open)
	content, err := pdf.Statement(st)
	if err != nil {
		return nil, backend.Document{}, nil, nil, err
	}
	doc := backend.Document{Kind: backend.DocStatement, ClientID: clientID, InvoiceIDs: invoiceIDs(open), Date: today,
		Amount: due - st.Credit, Channel: "download", Recipient: postalLine(client)}
	return content, doc, companyWarnings(company), nonNil(claimable.Texts(sel.LeftOut, false)), nil
}

// GenerateDossier writes the order-for-payment file: the summary a court form needs, the evidence list, then the
// evidence itself (invoice PDFs, the formal notice as sent and its receipt, the proof log, the reminder history).
// It is refused while the notice's deadline runs, unless force (then it says so among the warnings).
func (s *Service) GenerateDossier(clientID uint64, force bool) (Archived, error) {
	today := backend.Today(s.Clock)
	docs, err := s.Store.ClientDocuments(clientID)
	if err != nil {
		return Archived{}, err
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
	c, err := s.Claim(clientID, today, noticeDate)
	if err != nil {
		return Archived{}, err
	}
	if err := c.NothingToClaim("dossier d'injonction de payer"); err != nil {
		return Archived{}, err
	}
	warnings := c.Warnings
	if notice != nil {
		if w, err := noticeDeadlineCheck(*notice, today, force); err != nil {
			return Archived{}, err
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
	d := pdf.CourtDossier{Creditor: pdf.PartyFromCompany(c.Company), Logo: c.Company.Logo, LogoType: c.Company.LogoType,
		Signatory: c.Company.Signatory, Debtor: pdf.PartyFromClient(c.Client), Consumer: c.Client.Type == backend.Consumer,
		Place: c.Company.Address.City, Date: today, Invoices: c.pdfLines, Penalties: c.penalties, PenaltyTotal: c.Interest,
		PenaltyBasis: ContractBasis(c.RateBP), Indemnity: c.Indemnity, Credit: c.Credit, TotalClaimed: c.Total(), LeftOut: c.leftOutLines(), Origin: originOf(c.Invoices)}
	d.Court = court.Determine(court.Debtor{Consumer: d.Consumer, LegalForm: c.Client.LegalForm, City: c.Client.Address.City,
		PostalCode: c.Client.Address.PostalCode, Country: c.Client.Address.Country}, c.Client.Court)
	d.DebtorRepresentative = legalRepresentative(c.Client)
	warnings = append(warnings, courtWarnings(d.Court)...)
	for _, inv := range c.Invoices {
		ev := pdf.Evidence{Title: "Facture n° " + inv.Number + " du " + inv.IssueDate.French()}
		if inv.AttachmentPath != "" {
			ev.FileName = inv.AttachmentPath
			if b, err := s.readPath(inv.AttachmentPath); err == nil {
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
	if d.Reminders, err = s.contactHistory(clientID, today.AddDays(1)); err != nil {
		return Archived{}, err
	}
	if notice != nil {
		if b, err := s.Read(*notice); err == nil {
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
		return Archived{}, err
	}
	doc := backend.Document{Kind: backend.DocDossier, ClientID: clientID, InvoiceIDs: invoiceIDs(c.Invoices), Date: today,
		Amount: c.Total(), Channel: "download", Recipient: postalLine(c.Client)}
	v, err := s.archive(doc, content, warnings)
	v.LeftOut = nonNil(claimable.Texts(c.LeftOut, false))
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
	end, known := NoticeDeadline(n), true
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

func invoiceIDs(invs []backend.Invoice) []uint64 {
	out := make([]uint64, len(invs))
	for i, inv := range invs {
		out[i] = inv.ID
	}
	return out
}

// Numbers are the numbers of these invoices, those that still exist.
func Numbers(st *store.Store, ids []uint64) []string {
	var out []string
	for _, id := range ids {
		if inv, err := st.Invoice(id); err == nil {
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

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

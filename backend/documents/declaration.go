package documents

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/bodacc"
	"relance/backend/pdf"
)

// DeclarationRequest asks for the claim declaration of a client in a collective proceeding.
type DeclarationRequest struct {
	ClientID uint64
	// Mandataire replaces the name and address the BODACC gave (empty: the BODACC's), as one text:
	// « Me Lucie Martin, 230 rue Garibaldi 69003 Lyon ».
	Mandataire       string
	Registered       bool
	RegisteredNumber string
	// Security names a security interest the owner holds (reserve of title, guarantee…); empty: chirographaire.
	Security string
}

var addressTail = regexp.MustCompile(`^(.*?)[,\s]+(\d{1,4}(?:\s?(?:bis|ter|quater|[A-D]))?,?\s+[^\d,][^,]*?),?\s+(\d{5})\s+([^\d,.]+?)\.?$`)

// recipientParty reads « SELARL MJ Synergie, prise en la personne de Me Lucie Martin, 230 rue Garibaldi 69003 Lyon »
// as a name and a postal address; a text without a recognisable address is the name alone.
func recipientParty(s string) pdf.Party {
	s = strings.Join(strings.Fields(s), " ")
	if m := addressTail.FindStringSubmatch(s); m != nil {
		return pdf.Party{Name: strings.Trim(m[1], " ,"), Address: backend.Address{Line1: strings.Trim(m[2], " ,"), PostalCode: m[3], City: strings.TrimSpace(m[4])}}
	}
	return pdf.Party{Name: s}
}

// declaration gathers what the claim declaration of a client says.
func (s *Service) declaration(req DeclarationRequest, today backend.Date) (pdf.Declaration, []uint64, []string, error) {
	client, err := s.Store.Client(req.ClientID)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	if client.Type == backend.Consumer {
		return pdf.Declaration{}, nil, nil, backend.Errorf(backend.EINVALID, "%s est un particulier : pas de déclaration de créance au mandataire. "+
			"En cas de surendettement, c'est la commission de surendettement qui écrit aux créanciers (voir la fiche du client).", client.Name)
	}
	chk, _, err := s.Store.CompanyCheck(client.ID)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	p := chk.Latest()
	if p == nil || p.OpenedOn.IsZero() {
		return pdf.Declaration{}, nil, nil, backend.Errorf(backend.EINVALID, "aucun jugement d'ouverture connu pour %s : vérifiez le BODACC (« Vérifier maintenant » sur sa fiche, ou relance watch --once)", client.Name)
	}
	company, err := s.Store.Company()
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	invoices, err := s.Store.ClientInvoices(client.ID)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	payments, err := s.Store.ClientPayments(client.ID)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	rates, err := s.RateTable()
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	judgment := p.OpenedOn
	mj := strings.TrimSpace(req.Mandataire)
	if mj == "" {
		mj = p.Mandataire
	}
	d := pdf.Declaration{Creditor: pdf.PartyFromCompany(company), Logo: company.Logo, Signatory: company.Signatory,
		Debtor: pdf.PartyFromClient(client), Recipient: recipientParty(mj), Proceeding: p.Kind, JudgmentDate: judgment,
		Court: p.Court, PublishedOn: p.PublishedOn, Deadline: bodacc.Deadline(p), Place: company.Address.City, Date: today,
		Registered: req.Registered, RegisteredNum: strings.TrimSpace(req.RegisteredNumber), Security: strings.TrimSpace(req.Security)}
	d.Debtor.Contact = ""
	if len(p.Events) > 0 {
		d.BodaccRef = p.Events[0].Reference
	}
	warnings := companyWarnings(company)
	rateBP := ContractRate(company, &client)
	if rateBP > 0 {
		d.InterestBasis = "au " + ContractBasis(rateBP) + " (art. L441-10 du Code de commerce)"
	}
	// What may be claimed (backend/claimable): not disputed, not time-barred, not cancelled or written off.
	sel, err := s.selection(client, invoices, today, false)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	var ids []uint64
	var after []string
	slices.SortFunc(sel.Claimed, func(x, y backend.Invoice) int { return int(x.DueDate) - int(y.DueDate) })
	for i := range sel.Claimed {
		inv := &sel.Claimed[i]
		if inv.Remaining() <= 0 {
			continue
		}
		if !inv.IssueDate.IsZero() && inv.IssueDate > judgment {
			after = append(after, inv.Number)
			continue
		}
		line := pdf.ClaimLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate, Amount: inv.Remaining()}
		if inv.DueDate > judgment {
			d.NotYetDue = append(d.NotYetDue, line)
		} else {
			pen := InvoicePenalty(rates, rateBP, inv, &client, payments, 0, judgment)
			if pen.Applicable {
				line.Interest, line.Indemnity = pen.Total, pen.Indemnity
			}
			d.Due = append(d.Due, line)
		}
		ids = append(ids, inv.ID)
		d.Evidence = append(d.Evidence, "Facture "+inv.Number+" du "+inv.IssueDate.French()+" ("+backend.FormatEUR(inv.AmountInclTax)+" TTC)")
	}
	var sum backend.Cents
	for _, l := range d.Due {
		sum += l.Amount + l.Interest + l.Indemnity
	}
	for _, l := range d.NotYetDue {
		sum += l.Amount
	}
	d.Credit = min(ClientCredit(payments), sum)
	d.Total = sum - d.Credit
	docs, err := s.Store.ClientDocuments(client.ID)
	if err != nil {
		return pdf.Declaration{}, nil, nil, err
	}
	for i := len(docs) - 1; i >= 0; i-- { // oldest first
		doc := docs[i]
		if doc.Kind == backend.DocDossier && !doc.Draft { // an order for payment filed: the court seized (R622-23)
			d.Pending = "requête en injonction de payer déposée le " + cmp.Or(doc.SentOn, doc.Date).French()
			if client.Court != "" {
				d.Pending += " auprès de " + client.Court
			}
		}
		if doc.Draft || doc.Kind == backend.DocClaimDecl || doc.Date > judgment && doc.Kind != backend.DocStatement {
			continue
		}
		e := backend.DocumentLabels[doc.Kind] + " du " + doc.Date.French()
		if doc.RegisteredNumber != "" {
			e += " (lettre recommandée n° " + doc.RegisteredNumber
			if !doc.AcknowledgedOn.IsZero() {
				e += ", reçue le " + doc.AcknowledgedOn.French()
			}
			e += ")"
		}
		d.Evidence = append(d.Evidence, e)
	}
	for _, l := range sel.LeftOut {
		if l.ToDebtor() && (l.Invoice.IssueDate.IsZero() || l.Invoice.IssueDate <= judgment) {
			warnings = append(warnings, "Non déclarée : "+l.Text+". Une créance non déclarée est perdue : si elle vous semble due malgré tout, déclarez-la aussi.")
		}
	}
	if len(after) > 0 {
		warnings = append(warnings, "Factures émises après le jugement ("+strings.Join(after, ", ")+") : elles ne se déclarent pas, elles se règlent à leur échéance (art. L622-17) et restent relancées.")
	}
	if !d.Deadline.IsZero() && today > d.Deadline {
		warnings = append(warnings, "Le délai de déclaration a expiré le "+d.Deadline.French()+" : joignez une demande de relevé de forclusion au juge-commissaire "+
			"(art. L622-26 du Code de commerce), dans les six mois de la publication du jugement.")
	}
	if d.Security == "" {
		warnings = append(warnings, "Si vos conditions de vente prévoient une réserve de propriété sur des marchandises encore chez le débiteur, "+
			"revendiquez-les aussi dans les trois mois de la publication du jugement (art. L624-9) : ce n'est pas la déclaration.")
	}
	return d, ids, warnings, nil
}

// GenerateDeclaration writes the claim declaration of a client in a collective proceeding and archives it as a
// draft; recording its sending (registered number, acknowledgment) makes it proof and marks the claim declared.
func (s *Service) GenerateDeclaration(req DeclarationRequest) (Archived, error) {
	today := backend.Today(s.Clock)
	d, ids, warnings, err := s.declaration(req, today)
	if err != nil {
		return Archived{}, err
	}
	content, err := pdf.ClaimDeclaration(d)
	if err != nil {
		return Archived{}, err
	}
	doc := backend.Document{Kind: backend.DocClaimDecl, ClientID: req.ClientID, InvoiceIDs: ids, Date: today, Amount: d.Total,
		Channel: "letter", Recipient: strings.TrimSpace(d.Recipient.Name + ", " + oneLineAddress(d.Recipient.Address)),
		RegisteredNumber: d.RegisteredNum, Draft: true}
	return s.archive(doc, content, warnings)
}

func oneLineAddress(ad backend.Address) string {
	return strings.Trim(strings.Join([]string{ad.Line1, strings.TrimSpace(ad.PostalCode + " " + ad.City)}, " "), " ,")
}

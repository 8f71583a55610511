package documents

import (
	"fmt"
	"slices"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/pdf"
)

// Penalties stay due when the principal was paid late (RULES.md §1): the claim lists a business client's invoices
// paid after their due date, the penalties up to each payment day and 40 € per invoice. An invoice already claimed
// in an earlier claim is not claimed again.

// GeneratePenaltyClaim writes the claim of penalties for the client's invoices paid late.
func (s *Service) GeneratePenaltyClaim(clientID uint64) (Archived, error) {
	today := backend.Today(s.Clock)
	st := s.Store
	client, err := st.Client(clientID)
	if err != nil {
		return Archived{}, err
	}
	if client.Type == backend.Consumer {
		return Archived{}, backend.Errorf(backend.EINVALID, "%s est un particulier : ni pénalités commerciales ni indemnité de 40 € ne peuvent lui être réclamées", client.Name)
	}
	company, err := st.Company()
	if err != nil {
		return Archived{}, err
	}
	invoices, err := st.ClientInvoices(clientID)
	if err != nil {
		return Archived{}, err
	}
	payments, err := st.ClientPayments(clientID)
	if err != nil {
		return Archived{}, err
	}
	docs, err := st.ClientDocuments(clientID)
	if err != nil {
		return Archived{}, err
	}
	claimed := map[uint64]bool{}
	for _, d := range docs {
		if d.Kind == backend.DocPenaltyClaim { // a draft too: send it or discard it rather than make a second
			for _, id := range d.InvoiceIDs {
				claimed[id] = true
			}
		}
	}
	rates, err := s.RateTable()
	if err != nil {
		return Archived{}, err
	}
	rateBP := ContractRate(company, &client)
	slices.SortFunc(invoices, func(x, y backend.Invoice) int { return int(x.DueDate) - int(y.DueDate) })
	n := pdf.Notice{PenaltyBasis: ContractBasis(rateBP), Creditor: pdf.PartyFromCompany(company), Logo: company.Logo, LogoType: company.LogoType,
		Signatory: company.Signatory, Debtor: pdf.PartyFromClient(client), Place: company.Address.City, Date: today,
		DeadlineDays: defaultDeadlineDays}
	var ids []uint64
	for i := range invoices {
		inv := &invoices[i]
		// Five years between traders (Code de commerce L110-4); a cancelled or written-off invoice is never claimed.
		if claimed[inv.ID] || inv.Remaining() > 0 || inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff ||
			claimable.Barred(inv.DueDate, false, today) {
			continue
		}
		pen := InvoicePenalty(rates, rateBP, inv, &client, payments, 0, today)
		if !pen.Applicable || pen.Total+pen.Indemnity == 0 {
			continue
		}
		ids = append(ids, inv.ID)
		n.Invoices = append(n.Invoices, pdf.InvoiceLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
			DaysLate: pen.Days, AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, OrderReference: inv.OrderReference})
		n.Penalties = append(n.Penalties, penaltyLines(inv.Number, pen)...)
		n.PenaltyTotal += pen.Total
		n.Indemnity += pen.Indemnity
	}
	if len(ids) == 0 {
		return Archived{}, backend.Errorf(backend.EINVALID, "%s n'a aucune facture payée en retard dont les pénalités restent à réclamer (les factures payées à une date inconnue ne comptent pas)", client.Name)
	}
	n.TotalClaimed = n.PenaltyTotal + n.Indemnity
	n.Payment = paymentOf(company, nil)
	n.Payment.Reference = "Pénalités de retard " + client.Code
	rateWords := "au taux de la Banque centrale européenne majoré de 10 points"
	if rateBP > 0 {
		rateWords = "au " + ContractBasis(rateBP)
	}
	n.Intro = []string{
		n.Debtor.Salutation(),
		"Sauf erreur ou omission de notre part, les factures détaillées ci-dessous ont été réglées après leur date d'échéance.",
		"Conformément à l'article L441-10 du Code de commerce, ce retard a fait courir de plein droit des pénalités de retard, calculées " + rateWords + " (détail en annexe), ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du Code de commerce). Ces sommes restent dues bien que le principal ait été payé.",
		fmt.Sprintf("Nous vous remercions de bien vouloir nous régler la somme de %s au titre de ces pénalités et indemnités.", backend.FormatEUR(n.TotalClaimed)),
	}
	warnings := companyWarnings(company)
	content, err := pdf.FormalNotice(n)
	if err != nil {
		return Archived{}, err
	}
	doc := backend.Document{Kind: backend.DocPenaltyClaim, ClientID: clientID, InvoiceIDs: ids, Date: today, DeadlineDays: n.DeadlineDays, Draft: true,
		Amount: n.TotalClaimed, Channel: "letter", Recipient: postalLine(client)}
	return s.archive(doc, content, warnings)
}

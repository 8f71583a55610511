package documents

import (
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/calendar"
	"relance/backend/claimable"
	"relance/backend/pdf"
)

// A claim is what a formal notice, a reminder letter or a court file states about one client: its overdue invoices,
// the penalties of each, the 40 € per invoice for business debtors, and what is missing to send it.

// Line is one invoice of a claim.
type Line struct {
	InvoiceID     uint64        `json:"invoiceId"`
	Number        string        `json:"number"`
	IssueDate     string        `json:"issueDate"`
	DueDate       string        `json:"dueDate"`
	DaysLate      int           `json:"daysLate"`
	AmountInclTax backend.Cents `json:"amountInclTax"`
	Paid          backend.Cents `json:"paid"`
	Remaining     backend.Cents `json:"remaining"`
	Penalty       backend.Cents `json:"penalty"`
	Indemnity     backend.Cents `json:"indemnity"`
}

// Claim is what a formal notice, a reminder letter or a court file claims from one client at a day.
type Claim struct {
	Company   backend.Company
	Client    backend.Client
	Invoices  []backend.Invoice
	Lines     []Line
	pdfLines  []pdf.InvoiceLine
	penalties []pdf.PenaltyLine
	Principal backend.Cents
	Interest  backend.Cents
	Indemnity backend.Cents
	// Credit is the client's unallocated credit (overpayments, unused credit notes) deducted from the sum claimed,
	// at most what would be claimed; Available is all of it.
	Credit, Available backend.Cents
	LeftOut           []claimable.LeftOut // unpaid invoices not claimed (cancelled, written off, disputed, time-barred)
	Warnings          []string
	RateBP            int // the contractual late-payment rate (ContractRate); 0: ECB + 10 points
}

// addWarnings adds what a penalty computation warned of, once each (a low contractual rate warns per invoice).
func (c *Claim) addWarnings(ws []string) {
	for _, w := range ws {
		said := slices.ContainsFunc(c.Warnings, func(x string) bool { return strings.Contains(strings.ToLower(x), strings.ToLower(w)) })
		if w = backend.UpperFirst(w); !said {
			c.Warnings = append(c.Warnings, w)
		}
	}
}

// Total is the sum claimed: principal, penalties and indemnities, less the credit.
func (c *Claim) Total() backend.Cents { return c.Principal + c.Interest + c.Indemnity - c.Credit }

// leftOutLines are the left-out invoices a letter to the debtor names (disputes and limitation; the owner's own
// cancellations and write-offs stay out of the letter).
func (c *Claim) leftOutLines() []string { return claimable.Texts(c.LeftOut, true) }

// NothingToClaimError refuses a document with nothing left to claim; the daily run passes over the step instead
// of stopping.
type NothingToClaimError struct{ err error }

func (e *NothingToClaimError) Error() string { return e.err.Error() }
func (e *NothingToClaimError) Unwrap() error { return e.err }

// NothingToClaim refuses a document about a client when nothing is left to claim, saying why.
func (c *Claim) NothingToClaim(document string) error {
	if len(c.Invoices) > 0 && c.Total() > 0 {
		return nil
	}
	if len(c.Invoices) > 0 { // the credit covers it all
		return &NothingToClaimError{backend.Errorf(backend.EINVALID, "Pas de %s pour %s : son crédit de %s (règlements non affectés, avoirs) couvre les %s réclamables. Affectez-le aux factures.",
			document, c.Client.Name, backend.FormatEUR(c.Available), backend.FormatEUR(c.Principal+c.Interest+c.Indemnity))}
	}
	return &NothingToClaimError{backend.Errorf(backend.EINVALID, "%s", claimable.Nothing(c.Client.Name, document, c.LeftOut))}
}

// selection applies the one rule of what may be claimed (backend/claimable) to a client's invoices.
func (s *Service) selection(client backend.Client, invoices []backend.Invoice, today backend.Date, dueOnly bool) (claimable.Selection, error) {
	disputes, interrupted := map[uint64]*backend.Dispute{}, map[uint64]backend.Date{}
	for _, inv := range invoices {
		if inv.AmountInclTax-inv.AmountPaid <= 0 {
			continue
		}
		ch, err := s.Store.InvoiceChase(inv.ID)
		if err != nil {
			return claimable.Selection{}, err
		}
		if ch.Disputed() {
			disputes[inv.ID] = ch.Dispute
		}
		if ch.Interruption != nil {
			interrupted[inv.ID] = ch.Interruption.On
		}
	}
	return claimable.Select(claimable.Input{Invoices: invoices, Disputes: disputes, Interrupted: interrupted, Consumer: client.Type == backend.Consumer,
		Today: today, DueOnly: dueOnly}), nil
}

// ClientCredit is what the client paid or was credited that no invoice accounts for.
func ClientCredit(payments []backend.Payment) backend.Cents {
	var credit backend.Cents
	for _, p := range payments {
		credit += p.Unallocated()
	}
	return credit
}

// Claim gathers what may be claimed from the client at today: its overdue invoices that are certain and not
// time-barred (backend/claimable), less its unallocated credit. noticeDate starts consumers' legal interest (0: none
// yet, so no interest).
func (s *Service) Claim(clientID uint64, today, noticeDate backend.Date) (*Claim, error) {
	company, err := s.Store.Company()
	if err != nil {
		return nil, err
	}
	client, err := s.Store.Client(clientID)
	if err != nil {
		return nil, err
	}
	invoices, err := s.Store.ClientInvoices(clientID)
	if err != nil {
		return nil, err
	}
	payments, err := s.Store.ClientPayments(clientID)
	if err != nil {
		return nil, err
	}
	rates, err := s.RateTable()
	if err != nil {
		return nil, err
	}
	c := &Claim{Company: company, Client: client, Warnings: companyWarnings(company), RateBP: ContractRate(company, &client)}
	if client.Address.Line1 == "" || client.Address.City == "" {
		c.Warnings = append(c.Warnings, "L'adresse postale du client est incomplète (rue et ville) : complétez sa fiche pour l'envoi par courrier.")
	}
	if w, stale := rates.StaleWarning(today); stale {
		c.Warnings = append(c.Warnings, "Taux de pénalités : "+w+" — ajoutez le nouveau semestre dans Paramètres.")
	}
	sel, err := s.selection(client, invoices, today, true)
	if err != nil {
		return nil, err
	}
	if s.Halts != nil {
		if sel.Claimed, sel.LeftOut, err = s.Halts(client.ID, sel.Claimed, sel.LeftOut); err != nil {
			return nil, err
		}
	}
	c.LeftOut = sel.LeftOut
	for i := range sel.Claimed {
		inv := &sel.Claimed[i]
		if !inv.IsOverdue(today) {
			continue
		}
		pen := InvoicePenalty(rates, c.RateBP, inv, &client, payments, noticeDate, today)
		c.addWarnings(pen.Warnings)
		line := Line{InvoiceID: inv.ID, Number: inv.Number, IssueDate: inv.IssueDate.String(), DueDate: inv.DueDate.String(),
			DaysLate: inv.DaysOverdue(today), AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: inv.Remaining()}
		if pen.Applicable {
			line.Penalty, line.Indemnity = pen.Total, pen.Indemnity
			c.penalties = append(c.penalties, penaltyLines(inv.Number, pen)...)
		}
		c.Invoices = append(c.Invoices, *inv)
		c.Lines = append(c.Lines, line)
		c.pdfLines = append(c.pdfLines, pdf.InvoiceLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
			DaysLate: line.DaysLate, AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: line.Remaining,
			OrderReference: inv.OrderReference})
		c.Principal += line.Remaining
		c.Interest += line.Penalty
		c.Indemnity += line.Indemnity
	}
	c.Available = ClientCredit(payments)
	c.Credit = min(c.Available, c.Principal+c.Interest+c.Indemnity)
	return c, nil
}

// penaltyLines are an invoice's penalty periods as a letter's annex prints them.
func penaltyLines(number string, pen Penalty) []pdf.PenaltyLine {
	out := make([]pdf.PenaltyLine, len(pen.Segments))
	for i, s := range pen.Segments {
		out[i] = pdf.PenaltyLine{InvoiceNumber: number, From: backend.MustDate(s.From), To: backend.MustDate(s.To),
			Days: s.Days, RatePct: s.RatePct, Base: s.Base, Amount: s.Amount, Divisor: 365}
	}
	return out
}

// companyWarnings names what the company profile lacks for a letter a court will read.
func companyWarnings(c backend.Company) []string {
	var w []string
	if c.LegalName == "" || c.Address.Line1 == "" || c.Address.City == "" {
		w = append(w, "Votre raison sociale ou votre adresse manque : complétez « Mon entreprise ».")
	}
	if c.SIREN == "" && c.SIRET == "" {
		w = append(w, "Votre SIREN n'est pas renseigné (une mise en demeure doit identifier le créancier) : complétez « Mon entreprise ».")
	}
	if c.IBAN == "" {
		w = append(w, "Votre IBAN n'est pas renseigné : le courrier n'indiquera pas comment payer par virement.")
	}
	if strings.TrimSpace(c.Signatory.FirstName+c.Signatory.LastName) == "" {
		w = append(w, "Aucun signataire : indiquez le nom et la fonction du signataire dans « Mon entreprise ».")
	}
	return w
}

func paymentOf(c backend.Company, invoices []backend.Invoice) pdf.Payment {
	numbers := make([]string, len(invoices))
	for i, inv := range invoices {
		numbers[i] = inv.Number
	}
	ref := "Facture " + strings.Join(numbers, ", ")
	if len(numbers) > 1 {
		ref = "Factures " + strings.Join(numbers, ", ")
	}
	if len(ref) > 140 { // the unstructured remittance text of a SEPA transfer
		ref = ref[:137] + "..."
	}
	return pdf.Payment{IBAN: c.IBAN, BIC: c.BIC, Reference: ref}
}

// deadline is the payment deadline of a letter received on a day: days later, moved to the next business day.
func deadline(received backend.Date, days int) backend.Date {
	return calendar.Calendar{}.NextBusinessDay(received.AddDays(days))
}

// NoticeDeadline is the last day a formal notice gave to pay: its receipt plus its days; 0 while the
// acknowledgment of receipt is not recorded. Notices made before the days were kept gave the usual 8.
func NoticeDeadline(d backend.Document) backend.Date {
	if d.Kind != backend.DocFormalNotice || d.AcknowledgedOn == 0 {
		return 0
	}
	return deadline(d.AcknowledgedOn, noticeDays(d))
}

func noticeDays(d backend.Document) int {
	if d.DeadlineDays > 0 {
		return d.DeadlineDays
	}
	return defaultDeadlineDays
}

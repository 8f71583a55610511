package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/calendar"
	"relance/backend/claimable"
	"relance/backend/pdf"
)

// A claim is what a formal notice, a reminder letter or a court file states about one client: its overdue invoices,
// the penalties of each, the 40 € per invoice for business debtors, and what is missing to send it.

// NoticeLine is one invoice of a claim.
type NoticeLine struct {
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

type claim struct {
	company   backend.Company
	client    backend.Client
	invoices  []backend.Invoice
	lines     []NoticeLine
	pdfLines  []pdf.InvoiceLine
	penalties []pdf.PenaltyLine
	principal backend.Cents
	interest  backend.Cents
	indemnity backend.Cents
	// credit is the client's unallocated credit (overpayments, unused credit notes) deducted from the sum claimed,
	// at most what would be claimed; available is all of it.
	credit, available backend.Cents
	leftOut           []claimable.LeftOut // unpaid invoices not claimed (cancelled, written off, disputed, time-barred)
	warnings          []string
	rateBP            int // the contractual late-payment rate (contractRate); 0: ECB + 10 points
}

// addWarnings adds what a penalty computation warned of, once each (a low contractual rate warns per invoice).
func (c *claim) addWarnings(ws []string) {
	for _, w := range ws {
		said := slices.ContainsFunc(c.warnings, func(x string) bool { return strings.Contains(strings.ToLower(x), strings.ToLower(w)) })
		if w = backend.UpperFirst(w); !said {
			c.warnings = append(c.warnings, w)
		}
	}
}

func (c *claim) total() backend.Cents { return c.principal + c.interest + c.indemnity - c.credit }

// leftOutLines are the left-out invoices a letter to the debtor names (disputes and limitation; the owner's own
// cancellations and write-offs stay out of the letter).
func (c *claim) leftOutLines() []string { return claimable.Texts(c.leftOut, true) }

// nothingToClaimError refuses a document with nothing left to claim; the daily run passes over the step instead
// of stopping.
type nothingToClaimError struct{ err error }

func (e *nothingToClaimError) Error() string { return e.err.Error() }
func (e *nothingToClaimError) Unwrap() error { return e.err }

// nothingToClaim refuses a document about a client when nothing is left to claim, saying why.
func (c *claim) nothingToClaim(document string) error {
	if len(c.invoices) > 0 && c.total() > 0 {
		return nil
	}
	if len(c.invoices) > 0 { // the credit covers it all
		return &nothingToClaimError{backend.Errorf(backend.EINVALID, "Pas de %s pour %s : son crédit de %s (règlements non affectés, avoirs) couvre les %s réclamables. Affectez-le aux factures.",
			document, c.client.Name, backend.FormatEUR(c.available), backend.FormatEUR(c.principal+c.interest+c.indemnity))}
	}
	return &nothingToClaimError{backend.Errorf(backend.EINVALID, "%s", claimable.Nothing(c.client.Name, document, c.leftOut))}
}

// selection applies the one rule of what may be claimed (backend/claimable) to a client's invoices.
func selection(env *Env, client backend.Client, invoices []backend.Invoice, today backend.Date, dueOnly bool) (claimable.Selection, error) {
	disputes, interrupted := map[uint64]*backend.Dispute{}, map[uint64]backend.Date{}
	for _, inv := range invoices {
		if inv.AmountInclTax-inv.AmountPaid <= 0 {
			continue
		}
		ch, err := env.Store.InvoiceChase(inv.ID)
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

// clientCredit is what the client paid or was credited that no invoice accounts for.
func clientCredit(payments []backend.Payment) backend.Cents {
	var credit backend.Cents
	for _, p := range payments {
		credit += p.Unallocated()
	}
	return credit
}

// buildClaim gathers what may be claimed from the client at today: its overdue invoices that are certain and not
// time-barred (backend/claimable), less its unallocated credit. noticeDate starts consumers' legal interest (0: none
// yet, so no interest).
func buildClaim(env *Env, clientID uint64, today, noticeDate backend.Date) (*claim, error) {
	company, err := env.Store.Company()
	if err != nil {
		return nil, err
	}
	client, err := env.Store.Client(clientID)
	if err != nil {
		return nil, err
	}
	invoices, err := env.Store.ClientInvoices(clientID)
	if err != nil {
		return nil, err
	}
	payments, err := env.Store.ClientPayments(clientID)
	if err != nil {
		return nil, err
	}
	rates, err := rateTable(env)
	if err != nil {
		return nil, err
	}
	c := &claim{company: company, client: client, warnings: companyWarnings(company), rateBP: contractRate(company, &client)}
	if client.Address.Line1 == "" || client.Address.City == "" {
		c.warnings = append(c.warnings, "L'adresse postale du client est incomplète (rue et ville) : complétez sa fiche pour l'envoi par courrier.")
	}
	if w, stale := rates.StaleWarning(today); stale {
		c.warnings = append(c.warnings, "Taux de pénalités : "+w+" — ajoutez le nouveau semestre dans Paramètres.")
	}
	sel, err := selection(env, client, invoices, today, true)
	if err != nil {
		return nil, err
	}
	if sel.Claimed, sel.LeftOut, err = haltedOut(env, client.ID, sel.Claimed, sel.LeftOut); err != nil { // watch.go
		return nil, err
	}
	c.leftOut = sel.LeftOut
	for i := range sel.Claimed {
		inv := &sel.Claimed[i]
		if !inv.IsOverdue(today) {
			continue
		}
		pen := invoicePenalty(rates, c.rateBP, inv, &client, payments, noticeDate, today)
		c.addWarnings(pen.Warnings)
		line := NoticeLine{InvoiceID: inv.ID, Number: inv.Number, IssueDate: inv.IssueDate.String(), DueDate: inv.DueDate.String(),
			DaysLate: inv.DaysOverdue(today), AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: inv.Remaining()}
		if pen.Applicable {
			line.Penalty, line.Indemnity = pen.Total, pen.Indemnity
			c.penalties = append(c.penalties, penaltyLines(inv.Number, pen)...)
		}
		c.invoices = append(c.invoices, *inv)
		c.lines = append(c.lines, line)
		c.pdfLines = append(c.pdfLines, pdf.InvoiceLine{Number: inv.Number, IssueDate: inv.IssueDate, DueDate: inv.DueDate,
			DaysLate: line.DaysLate, AmountInclTax: inv.AmountInclTax, Paid: inv.AmountPaid, Remaining: line.Remaining,
			OrderReference: inv.OrderReference})
		c.principal += line.Remaining
		c.interest += line.Penalty
		c.indemnity += line.Indemnity
	}
	c.available = clientCredit(payments)
	c.credit = min(c.available, c.principal+c.interest+c.indemnity)
	return c, nil
}

// penaltyLines are an invoice's penalty periods as a letter's annex prints them.
func penaltyLines(number string, pen PenaltyView) []pdf.PenaltyLine {
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

// noticeDeadline is the last day a formal notice gave to pay: its receipt plus its days; 0 while the
// acknowledgment of receipt is not recorded. Notices made before the days were kept gave the usual 8.
func noticeDeadline(d backend.Document) backend.Date {
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

func readArchived(env *Env, d backend.Document) ([]byte, error) { return readArchivedPath(env, d.File) }

func readArchivedPath(env *Env, rel string) ([]byte, error) {
	return os.ReadFile(filepath.Join(env.Dirs.Data, filepath.FromSlash(rel)))
}

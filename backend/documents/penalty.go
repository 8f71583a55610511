package documents

import (
	"slices"

	"relance/backend"
	"relance/backend/latefee"
)

// Late-payment penalties of an invoice, as RULES.md §1–2 say: business debtors owe ECB + 10 points from the day
// after the due date and 40 € per late invoice; consumers owe legal-rate interest from the formal notice only,
// and never the 40 €.

// SettingRates is the setting holding the half-years the user added or corrected.
const SettingRates = "latefee.rates"

// RateTable is the embedded table with the user's rows merged in.
func (s *Service) RateTable() (*latefee.RateTable, error) {
	t := latefee.DefaultRates()
	var rows []latefee.RateRow
	if s.Store != nil {
		if _, err := s.Store.Setting(SettingRates, &rows); err != nil {
			return nil, err
		}
	}
	if err := t.Merge(rows); err != nil {
		return nil, err
	}
	return t, nil
}

// Segment is one period at one rate.
type Segment struct {
	From, To string
	Days     int
	RatePct  string
	Base     backend.Cents
	Amount   backend.Cents
}

// Penalty is what an invoice's lateness costs its debtor today (or cost, when it was paid late).
type Penalty struct {
	Applicable, Consumer bool
	Days                 int
	Total, Indemnity     backend.Cents
	Until                string
	Segments             []Segment
	Basis                string // the legal basis and method, in French
	Note                 string // why nothing applies, when nothing does
	Warnings             []string
}

// ContractRate is the late-payment rate the creditor's terms of sale set for a business client, in basis points a
// year: the one agreed with the client, else the company's (art. L441-10: the terms of sale set it); 0 when neither
// is set (ECB + 10 points) and for a consumer, who owes legal interest only.
func ContractRate(company backend.Company, client *backend.Client) int {
	switch {
	case client.Type == backend.Consumer:
		return 0
	case client.LatePaymentRateBP > 0:
		return client.LatePaymentRateBP
	}
	return company.LatePaymentRateBP
}

// ContractBasis is the rate as the letters name it, "taux contractuel de 12 % l'an…"; empty for the legal default.
func ContractBasis(bp int) string {
	if bp <= 0 {
		return ""
	}
	return "taux contractuel de " + latefee.FormatPercentFR(bp) + "\u00a0% l'an prévu par nos conditions générales de vente"
}

// InvoicePenalty computes the penalties of an invoice at today. payments are the client's payments (their
// allocations to this invoice carry the dates); noticeDate is the date of the formal notice, if one was sent;
// contractBP is ContractRate's answer (0: ECB + 10 points).
func InvoicePenalty(t *latefee.RateTable, contractBP int, inv *backend.Invoice, client *backend.Client, payments []backend.Payment, noticeDate, today backend.Date) Penalty {
	v := Penalty{Consumer: client.Type == backend.Consumer, Segments: []Segment{}, Warnings: []string{}}
	if inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff {
		v.Note = "Facture annulée ou passée en perte : pas de pénalités."
		return v
	}
	var dated []latefee.Payment
	var last backend.Date
	for _, p := range payments {
		for _, a := range p.Allocations {
			if a.InvoiceID == inv.ID {
				dated = append(dated, latefee.Payment{Date: p.Date, Amount: a.Amount})
				last = max(last, p.Date)
			}
		}
	}
	slices.SortFunc(dated, func(a, b latefee.Payment) int { return int(a.Date) - int(b.Date) })
	end := today
	if inv.Remaining() == 0 {
		if inv.Itemised < inv.AmountPaid || last == 0 {
			v.Note = "Facture réglée à une date inconnue : enregistrez le paiement pour calculer d'éventuelles pénalités."
			return v
		}
		end = last
	}
	in := latefee.Input{Mode: latefee.ModeB2B, Principal: inv.AmountInclTax - (inv.AmountPaid - inv.Itemised),
		Start: inv.DueDate, End: end, Payments: dated}
	v.Basis = "Pénalités au taux BCE majoré de 10 points (art. L441-10 du Code de commerce), par semestre, base 365 jours, et indemnité forfaitaire de 40 € (art. D441-5)."
	if contractBP > 0 && !v.Consumer {
		in.Mode, in.ContractRateBP = latefee.ModeFixed, contractBP
		v.Basis = "Pénalités au " + ContractBasis(contractBP) + " (art. L441-10 du Code de commerce), base 365 jours, et indemnité forfaitaire de 40 € (art. D441-5)."
	}
	if v.Consumer {
		if noticeDate == 0 {
			v.Note = "Client particulier : des intérêts au taux légal courent à compter de la mise en demeure ; ni pénalités commerciales ni indemnité de 40 €."
			return v
		}
		in.Mode, in.Start = latefee.ModeLegalPro, max(noticeDate, inv.DueDate)
		v.Basis = "Intérêts au taux légal à compter de la mise en demeure (art. 1231-6 et 1344-1 du Code civil), par semestre, base 365 jours."
	}
	if end <= in.Start {
		v.Note = "Pas de retard."
		return v
	}
	r, err := latefee.Compute(t, in)
	if err != nil {
		v.Note = backend.ErrorMessage(err)
		return v
	}
	v.Applicable = r.Days > 0
	v.Days, v.Total, v.Indemnity, v.Until = r.Days, r.Total, r.Indemnity, end.String()
	v.Warnings = append(v.Warnings, r.Warnings...)
	for _, s := range r.Segments {
		v.Segments = append(v.Segments, Segment{From: s.From.String(), To: s.To.String(), Days: s.Days,
			RatePct: latefee.FormatPercent(s.RateBP), Base: s.Base, Amount: s.Amount})
	}
	return v
}

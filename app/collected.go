package app

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"slices"
	"strings"
	"time"

	"relance/backend"
)

// The money collected in a month, payment by payment: what the dashboard's « Encaissé » bars open onto. Credit notes
// are left out, as in the figure (they reduce what is owed, they bring no cash).

// CollectedPayment is one payment received.
type CollectedPayment struct {
	PaymentID   uint64        `json:"paymentId"`
	Date        string        `json:"date"`
	ClientID    uint64        `json:"clientId"`
	ClientCode  string        `json:"clientCode"`
	ClientName  string        `json:"clientName"`
	Amount      backend.Cents `json:"amount"`
	Method      string        `json:"method"` // in French, as the payment forms say it
	Reference   string        `json:"reference"`
	Invoices    []string      `json:"invoices"`    // the numbers of the invoices it settles
	Unallocated backend.Cents `json:"unallocated"` // kept as a credit of the client
}

// CollectedView is one month of payments, newest first.
type CollectedView struct {
	Month    string             `json:"month"` // "YYYY-MM"
	Total    backend.Cents      `json:"total"`
	Payments []CollectedPayment `json:"payments"`
}

// Collected lists the payments received in month ("YYYY-MM"; "" for the current month).
func (a *DashboardAPI) Collected(month string) (CollectedView, error) {
	month = strings.TrimSpace(month)
	if month == "" {
		month = backend.Today(a.env.Clock).String()[:7]
	}
	if _, err := time.Parse("2006-01", month); err != nil {
		return CollectedView{}, backend.Errorf(backend.EINVALID, "mois « %s » invalide : AAAA-MM attendu (par exemple 2026-11)", month)
	}
	cls, err := a.env.Store.Clients()
	if err != nil {
		return CollectedView{}, err
	}
	byID := make(map[uint64]*backend.Client, len(cls))
	for i := range cls {
		byID[cls[i].ID] = &cls[i]
	}
	v := CollectedView{Month: month, Payments: []CollectedPayment{}}
	err = a.env.Store.Payments(func(p *backend.Payment) error {
		if p.IsCreditNote() || !strings.HasPrefix(p.Date.String(), month) {
			return nil
		}
		row := CollectedPayment{PaymentID: p.ID, Date: p.Date.String(), ClientID: p.ClientID, Amount: p.Amount,
			Method: cmp.Or(backend.PaymentMethods[p.Method], p.Method), Reference: p.Reference, Invoices: []string{},
			Unallocated: p.Unallocated()}
		if c := byID[p.ClientID]; c != nil {
			row.ClientCode, row.ClientName = c.Code, c.Name
		}
		for _, al := range p.Allocations {
			inv, err := a.env.Store.Invoice(al.InvoiceID)
			if err != nil {
				return err
			}
			row.Invoices = append(row.Invoices, inv.Number)
		}
		v.Total, _ = v.Total.Add(p.Amount) // saturates, never wraps negative
		v.Payments = append(v.Payments, row)
		return nil
	})
	if err != nil {
		return CollectedView{}, err
	}
	slices.SortStableFunc(v.Payments, func(x, y CollectedPayment) int {
		return cmp.Or(strings.Compare(y.Date, x.Date), cmp.Compare(y.PaymentID, x.PaymentID))
	})
	return v, nil
}

// ExportCollected writes the month's payments as a CSV file (semicolons, French amounts) in the exports folder and
// returns its path.
func (a *DashboardAPI) ExportCollected(month string) (string, error) {
	v, err := a.Collected(month)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	_ = w.Write([]string{"date", "code_client", "client", "montant", "mode", "reference", "factures", "non_affecte"})
	for _, p := range v.Payments {
		_ = w.Write([]string{backend.MustDate(p.Date).French(), backend.SpreadsheetText(p.ClientCode), backend.SpreadsheetText(p.ClientName),
			backend.FormatNumber(p.Amount), backend.SpreadsheetText(p.Method), backend.SpreadsheetText(p.Reference),
			backend.SpreadsheetText(strings.Join(p.Invoices, " ")), backend.FormatNumber(p.Unallocated)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return "", err
	}
	return writeExport(a.env, "encaissements-"+v.Month+".csv", append([]byte("\uFEFF"), b.Bytes()...)) // BOM: Excel reads the accents right
}

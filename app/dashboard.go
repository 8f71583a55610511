package app

import (
	"bytes"
	"encoding/csv"
	"slices"

	"relance/backend"
	"relance/backend/cash"
	"relance/backend/dunning"
	"relance/backend/pdf"
	"relance/backend/report"
)

// DashboardAPI is the home screen's figures, each client's payment behaviour, and the aged balance.
type DashboardAPI struct {
	env   *Env
	chase *ChaseAPI
	// figures are kept until the store or the day changes: the window computes them while it starts (the page
	// then gets them at once), and a page coming back to the dashboard needs no new computation.
	figures sharedResult[DashboardView]
}

// PromiseDue is a promise to pay falling due this week.
type PromiseDue struct {
	InvoiceID  uint64        `json:"invoiceId"`
	Number     string        `json:"number"`
	ClientID   uint64        `json:"clientId"`
	ClientName string        `json:"clientName"`
	Until      string        `json:"until"`
	Remaining  backend.Cents `json:"remaining"`
}

// DashboardView is the home screen.
type DashboardView struct {
	Today       string               `json:"today"`
	Figures     report.Dashboard     `json:"figures"`
	AgingIDs    map[string]int       `json:"agingCounts"` // invoices per aging bucket, for the click-through
	ByChannel   []report.ChannelStat `json:"byChannel"`   // reminders sent and paid within 7 days, per channel
	ByStep      []report.ChannelStat `json:"byStep"`
	Promises    []PromiseDue         `json:"promises"` // due within the next 7 days
	BankWarning string               `json:"bankWarning"`
}

// DashboardWork is the home screen's share of the day's plan, asked apart from the figures (Work) so that the
// figures show without waiting for the plan, the slowest computation of the first screen.
type DashboardWork struct {
	ToSend   int `json:"toSend"` // today's page: to send, to review, to call
	ToReview int `json:"toReview"`
	ToCall   int `json:"toCall"`
	// Limitations are the unpaid invoices that become time-barred within 60 days, soonest first, each with the
	// advice (a notice alone does not interrupt limitation; a court request or an acknowledgment does).
	Limitations []dunning.Notice `json:"limitations"`
}

// ledger loads every client, invoice and payment (the figures need them all).
func ledger(env *Env) ([]backend.Client, []backend.Invoice, []backend.Payment, error) {
	cls, err := env.Store.Clients()
	if err != nil {
		return nil, nil, nil, err
	}
	invs, err := env.Store.AllInvoices() // one allocation: appending 100 000 invoices moved them ~17 times (#17)
	if err != nil {
		return nil, nil, nil, err
	}
	pays, err := env.Store.AllPayments()
	return cls, invs, pays, err
}

// Get computes the dashboard at today.
func (a *DashboardAPI) Get() (DashboardView, error) {
	return a.figures.get(a.env.Store.Generation(), backend.Today(a.env.Clock), a.compute)
}

func (a *DashboardAPI) compute() (DashboardView, error) {
	defer a.env.work.begin("dashboard")()
	traceMark("figures-asked")
	defer traceMark("figures-computed")
	today := backend.Today(a.env.Clock)
	cls, invs, pays, err := ledger(a.env)
	if err != nil {
		return DashboardView{}, err
	}
	v := DashboardView{Today: today.String(), Figures: report.Compute(cls, invs, pays, today), AgingIDs: map[string]int{},
		Promises: []PromiseDue{}}
	for _, b := range v.Figures.Aging {
		v.AgingIDs[b.Key] = b.Count
	}
	ics, _, err := a.env.Store.ChaseState()
	if err != nil {
		return v, err
	}
	byID := make(map[uint64]*backend.Invoice, len(invs))
	for i := range invs {
		byID[invs[i].ID] = &invs[i]
	}
	names := make(map[uint64]string, len(cls))
	for _, c := range cls {
		names[c.ID] = c.Name
	}
	var steps []report.StepSent
	for _, ic := range ics {
		inv := byID[ic.InvoiceID]
		if inv == nil {
			continue
		}
		for _, r := range ic.StepsDone {
			if r.Status == backend.StepDone && r.Channel.IsContact() {
				steps = append(steps, report.StepSent{InvoiceID: ic.InvoiceID, Channel: r.Channel, Step: r.StepID, Date: r.Date})
			}
		}
		if p := ic.Promise; p.Open() && inv.Remaining() > 0 && p.Until >= today && p.Until <= today.AddDays(7) {
			v.Promises = append(v.Promises, PromiseDue{InvoiceID: inv.ID, Number: inv.Number, ClientID: inv.ClientID,
				ClientName: names[inv.ClientID], Until: p.Until.String(), Remaining: inv.Remaining()})
		}
	}
	slices.SortFunc(v.Promises, func(a, b PromiseDue) int { return compareStrings(a.Until, b.Until) })
	v.ByChannel, v.ByStep = report.StepEffect(steps, report.SettledOn(invs, pays))
	v.BankWarning, err = cash.New(&a.env.Deps, nil).Warning(today)
	return v, err
}

// Work counts today's actions by kind and lists the invoices soon time-barred, from the day's plan (shared with a
// plan of « Aujourd'hui » computed at the same time: see ChaseAPI.Today).
func (a *DashboardAPI) Work() (DashboardWork, error) {
	chase := a.chase
	if chase == nil { // a DashboardAPI built alone (tests)
		chase = &ChaseAPI{env: a.env}
	}
	t, err := chase.Today()
	if err != nil {
		return DashboardWork{}, err
	}
	w := DashboardWork{ToSend: len(t.ToSend), ToReview: len(t.ToReview), ToCall: len(t.ToCall), Limitations: []dunning.Notice{}}
	for _, n := range t.Notices {
		if n.Kind == dunning.LimitationNear {
			w.Limitations = append(w.Limitations, n)
		}
	}
	return w, nil
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// ClientBehaviour is how a client pays: average days late, share paid late, trend, payer score with its
// explanation, and the suggested segment.
func (a *DashboardAPI) ClientBehaviour(clientID uint64) (report.Behaviour, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return report.Behaviour{}, err
	}
	invs, err := a.env.Store.ClientInvoices(clientID)
	if err != nil {
		return report.Behaviour{}, err
	}
	pays, err := a.env.Store.ClientPayments(clientID)
	if err != nil {
		return report.Behaviour{}, err
	}
	return report.ClientBehaviour(c, invs, pays, backend.Today(a.env.Clock)), nil
}

// AgedBalanceView is the « balance âgée »: one row a client, with the totals.
type AgedBalanceView struct {
	Date   string           `json:"date"`
	Labels [5]string        `json:"labels"`
	Rows   []report.AgedRow `json:"rows"`
	Total  report.AgedRow   `json:"total"`
}

// AgedBalance returns the aged balance at today.
func (a *DashboardAPI) AgedBalance() (AgedBalanceView, error) {
	today := backend.Today(a.env.Clock)
	cls, invs, _, err := ledger(a.env)
	if err != nil {
		return AgedBalanceView{}, err
	}
	rows := report.AgedBalance(cls, invs, today)
	if rows == nil {
		rows = []report.AgedRow{}
	}
	return AgedBalanceView{Date: today.String(), Labels: report.BucketLabels, Rows: rows, Total: report.AgedTotal(rows)}, nil
}

// ExportAgedBalance writes the aged balance to the exports folder as CSV (for a spreadsheet) or PDF (to print or
// send to the accountant) and returns the file's path.
func (a *DashboardAPI) ExportAgedBalance(format string) (string, error) {
	v, err := a.AgedBalance()
	if err != nil {
		return "", err
	}
	content, err := agedBalanceFile(a.env, v, format)
	if err != nil {
		return "", err
	}
	return writeExport(a.env, "balance-agee-"+v.Date+"."+format, content)
}

func agedBalanceFile(env *Env, v AgedBalanceView, format string) ([]byte, error) {
	switch format {
	case "csv":
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.Comma = ';'
		head := []string{"code_client", "client"}
		for _, l := range v.Labels {
			head = append(head, l)
		}
		_ = w.Write(append(head, "total"))
		line := func(code, name string, r report.AgedRow) []string {
			out := []string{backend.SpreadsheetText(code), backend.SpreadsheetText(name)}
			for _, c := range r.Buckets {
				out = append(out, backend.FormatNumber(c))
			}
			return append(out, backend.FormatNumber(r.Total))
		}
		for _, r := range v.Rows {
			_ = w.Write(line(r.ClientCode, r.ClientName, r))
		}
		_ = w.Write(line("", "Total", v.Total))
		w.Flush()
		return append([]byte("\uFEFF"), b.Bytes()...), w.Error() // BOM: Excel reads the accents right
	case "pdf":
		co, err := env.Store.Company()
		if err != nil {
			return nil, err
		}
		d := pdf.AgedBalanceDoc{Creditor: pdf.PartyFromCompany(co), Date: backend.MustDate(v.Date), Labels: v.Labels,
			Total: pdf.AgedRow{Buckets: v.Total.Buckets, Total: v.Total.Total}}
		for _, r := range v.Rows {
			d.Rows = append(d.Rows, pdf.AgedRow{Code: r.ClientCode, Name: r.ClientName, Buckets: r.Buckets, Total: r.Total})
		}
		return pdf.AgedBalance(d)
	}
	return nil, backend.Errorf(backend.EINVALID, "format « %s » inconnu : csv ou pdf", format)
}

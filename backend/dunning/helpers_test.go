package dunning

import (
	"fmt"
	"strings"
	"testing"

	"relance/backend"
)

var d = backend.MustDate

func eur(n int64) backend.Cents { return backend.Cents(n * 100) }

func newClient(id uint64, code, segment string) backend.Client {
	return backend.Client{ID: id, Code: code, Name: "Client " + code, Type: backend.Business, Language: "fr", Segment: segment}
}

func newInvoice(id, clientID uint64, number, due string, amount backend.Cents) backend.Invoice {
	return backend.Invoice{
		ID: id, Number: number, ClientID: clientID, IssueDate: d(due).AddDays(-30), DueDate: d(due),
		AmountExclTax: amount, AmountInclTax: amount, Currency: "EUR", Status: backend.StatusOpen,
	}
}

// ledger is one regular client, C1, owing the invoices given, with the default scenarios and settings.
func ledger(today string, invs ...backend.Invoice) Input {
	return Input{
		Today: d(today), Clients: []backend.Client{newClient(1, "C1", "regular")}, Invoices: invs,
		Scenarios: backend.DefaultScenarios(), Settings: backend.DefaultChaseSettings(),
	}
}

func (in *Input) invoiceChase(id uint64) *backend.InvoiceChase {
	for i := range in.InvoiceChases {
		if in.InvoiceChases[i].InvoiceID == id {
			return &in.InvoiceChases[i]
		}
	}
	in.InvoiceChases = append(in.InvoiceChases, backend.InvoiceChase{InvoiceID: id})
	return &in.InvoiceChases[len(in.InvoiceChases)-1]
}

func (in *Input) clientChase(id uint64) *backend.ClientChase {
	for i := range in.ClientChases {
		if in.ClientChases[i].ClientID == id {
			return &in.ClientChases[i]
		}
	}
	in.ClientChases = append(in.ClientChases, backend.ClientChase{ClientID: id})
	return &in.ClientChases[len(in.ClientChases)-1]
}

func (in *Input) invoice(number string) *backend.Invoice {
	for i := range in.Invoices {
		if in.Invoices[i].Number == number {
			return &in.Invoices[i]
		}
	}
	panic("no invoice " + number)
}

func (in *Input) pay(number string, amount backend.Cents) {
	inv := in.invoice(number)
	inv.AmountPaid += amount
	inv.SettleStatus()
}

// done records steps as carried out (the invoice's StepsDone and the client's LastContact), as the executor would.
func (in *Input) done(number string, date string, stepIDs ...string) {
	inv := in.invoice(number)
	ch := in.invoiceChase(inv.ID)
	for _, s := range stepIDs {
		ch.StepsDone = append(ch.StepsDone, backend.StepRecord{StepID: s, Date: d(date), Status: backend.StepDone})
	}
	cc := in.clientChase(inv.ClientID)
	cc.LastContact = max(cc.LastContact, d(date))
}

// apply carries out an action the way the executor does: its records appended, LastContact set for a contact.
func apply(in *Input, a Action) {
	status := backend.StepDone
	if a.Status == Skipped {
		status = backend.StepSkipped
	}
	for _, lr := range a.Records(status) {
		ch := in.invoiceChase(lr.InvoiceID)
		ch.StepsDone = append(ch.StepsDone, lr.Record)
	}
	if status == backend.StepDone && a.StartsGap() {
		cc := in.clientChase(a.ClientID)
		cc.LastContact = max(cc.LastContact, a.Date)
	}
}

// simulate plans every day from..to and carries out whatever is planned (due, needs_review approved, skipped
// recorded). before, when set, changes the ledger in the morning of a day. It returns the actions carried out.
func simulate(in *Input, from, to string, before func(day backend.Date, in *Input)) []Action {
	var out []Action
	for day := d(from); day <= d(to); day = day.AddDays(1) {
		if before != nil {
			before(day, in)
		}
		in.Today = day
		for _, a := range Plan(*in).Actions {
			if a.Status == Done {
				continue
			}
			apply(in, a)
			out = append(out, a)
		}
	}
	return out
}

// trace writes actions compactly: "2026-06-08 email courtesy due F-1".
func trace(as []Action) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		var nums []string
		for _, l := range a.Lines {
			n := l.Number
			if l.Instalment > 0 {
				n += fmt.Sprintf("/%d", l.Instalment)
			}
			nums = append(nums, n)
		}
		s := fmt.Sprintf("%s %s %s %s %s", a.Date, a.Channel, a.StepID, a.Status, strings.Join(nums, ","))
		if a.CaughtUp {
			s += " rattrapage"
		}
		if a.Repeat {
			s += " répétition"
		}
		out = append(out, s)
	}
	return out
}

func sameTrace(t *testing.T, got []Action, want []string) {
	t.Helper()
	g := trace(got)
	if strings.Join(g, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(g, "\n\t"), strings.Join(want, "\n\t"))
	}
}

func withScenario(in *Input, sc backend.Scenario) {
	in.Scenarios = append(in.Scenarios, sc)
	in.clientChase(1).ScenarioID = sc.ID
}

func only(t *testing.T, as []Action, status ...Status) []Action {
	t.Helper()
	var out []Action
	for _, a := range as {
		for _, s := range status {
			if a.Status == s {
				out = append(out, a)
			}
		}
	}
	return out
}

package app

import (
	"os"
	"strings"
	"testing"

	"relance/backend"
)

func TestCollectedMonthAndExport(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	invs, _ := env.Store.ClientInvoices(biz.ID) // F-0101 1 200 €, F-0102 600 €, F-0103 10 €
	clients := &ClientsAPI{env: env}
	if _, err := clients.RecordPayment(ClientPaymentRequest{ClientID: biz.ID, Date: "2026-11-20", Amount: 200000, Method: "virement",
		Reference: "VIR 2 factures", Allocations: []backend.Allocation{{InvoiceID: invs[0].ID, Amount: 120000}, {InvoiceID: invs[1].ID, Amount: 60000}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := clients.RecordPayment(ClientPaymentRequest{ClientID: biz.ID, Date: "2026-10-31", Amount: 500, Method: "chèque",
		Allocations: []backend.Allocation{{InvoiceID: invs[2].ID, Amount: 500}}}); err != nil {
		t.Fatal(err)
	}
	// A credit note in November brings no cash: not listed.
	if _, err := (&InvoicesAPI{env: env}).RecordCreditNote(CreditNoteRequest{InvoiceID: invs[2].ID, Number: "AV-1", Date: "2026-11-21", Amount: 200}); err != nil {
		t.Fatal(err)
	}
	api := &DashboardAPI{env: env}
	v, err := api.Collected("") // today is 23/11/2026
	if err != nil {
		t.Fatal(err)
	}
	if v.Month != "2026-11" || v.Total != 200000 || len(v.Payments) != 1 {
		t.Fatalf("November %+v", v)
	}
	p := v.Payments[0]
	if p.ClientName != biz.Name || p.Method != "Virement" || p.Unallocated != 20000 || strings.Join(p.Invoices, ",") != "F-2026-0101,F-2026-0102" {
		t.Fatalf("payment %+v", p)
	}
	// The figure of the dashboard and the list agree.
	d, _ := api.Get()
	if got := d.Figures.CollectedThisMonth; got != v.Total {
		t.Fatalf("dashboard %v, list %v", got, v.Total)
	}
	if oct, _ := api.Collected("2026-10"); oct.Total != 500 || oct.Payments[0].Method != "Chèque" {
		t.Fatalf("October %+v", oct)
	}
	if _, err := api.Collected("novembre"); backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(err.Error(), "AAAA-MM") {
		t.Fatalf("bad month: %v", err)
	}
	path, err := api.ExportCollected("2026-11")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	want := "\uFEFFdate;code_client;client;montant;mode;reference;factures;non_affecte\n20/11/2026;"
	if !strings.HasPrefix(string(b), want) || !strings.Contains(string(b), "2\u00a0000,00;Virement;VIR 2 factures;F-2026-0101 F-2026-0102;200,00") {
		t.Fatalf("export %s:\n%q", path, b)
	}
}

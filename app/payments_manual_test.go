package app

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/report"
)

func TestPaymentOverSeveralInvoicesAndCreditNote(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	invs, _ := env.Store.ClientInvoices(biz.ID) // F-0101 1 200 €, F-0102 600 €, F-0103 10 €
	clients := &ClientsAPI{env: env}
	// 2 000 € for F-0101 and F-0102 in full: 200 € stay as a credit.
	v, err := clients.RecordPayment(ClientPaymentRequest{ClientID: biz.ID, Date: "2026-11-20", Amount: 200000, Method: "virement",
		Reference: "VIR 2 factures", Allocations: []backend.Allocation{{InvoiceID: invs[0].ID, Amount: 120000}, {InvoiceID: invs[1].ID, Amount: 60000}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{invs[0].ID, invs[1].ID} {
		if inv, _ := env.Store.Invoice(id); inv.Status != backend.StatusPaid {
			t.Fatalf("invoice %s: %s", inv.Number, inv.Status)
		}
	}
	pays, _ := env.Store.ClientPayments(biz.ID)
	if len(pays) != 1 || pays[0].Amount-pays[0].Allocated() != 20000 {
		t.Fatalf("credit: %+v", pays)
	}
	_ = v
	if cv, err := clients.Get(biz.ID); err != nil || cv.Credit != 20000 {
		t.Fatalf("the client page shows a credit of %v (%v), want 200 €", cv.Credit, err)
	}
	// Too much on one invoice is refused, nothing recorded.
	if _, err := clients.RecordPayment(ClientPaymentRequest{ClientID: biz.ID, Date: "2026-11-20", Amount: 5000,
		Allocations: []backend.Allocation{{InvoiceID: invs[2].ID, Amount: 5000}}}); err == nil {
		t.Fatal("allocation beyond what the invoice owes accepted")
	}
	// A credit note of 4 € on F-0103 (10 €): 6 € left, and no cash collected.
	iv, err := (&InvoicesAPI{env: env}).RecordCreditNote(CreditNoteRequest{InvoiceID: invs[2].ID, Number: "AV-2026-001", Date: "2026-11-21", Amount: 400, Reason: "remise"})
	if err != nil {
		t.Fatal(err)
	}
	if inv, _ := env.Store.Invoice(invs[2].ID); inv.Remaining() != 600 || inv.Status != backend.StatusPartiallyPaid {
		t.Fatalf("after the credit note: %+v (%+v)", inv, iv)
	}
	if _, err := (&InvoicesAPI{env: env}).RecordCreditNote(CreditNoteRequest{InvoiceID: invs[2].ID, Number: "AV-2026-002", Date: "2026-11-21", Amount: 700}); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("credit note beyond the remaining: %v", err)
	}
	pays, _ = env.Store.ClientPayments(biz.ID)
	col := report.Collected(pays, backend.MustDate("2026-11-23"), 1)
	if len(col) != 1 || col[0].Value != 200000 {
		t.Fatalf("collected %+v", col)
	}
	evs, _ := env.Store.ClientEvents(biz.ID, 1)
	if !strings.Contains(evs[0].Summary, "Avoir n° AV-2026-001 : remise") {
		t.Fatalf("journal %+v", evs[0])
	}
}

func TestExportTimeline(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	if _, err := (&ChaseAPI{env: env}).SetDispute(mustInvoiceID(t, env, "F-2026-0102"), "quality", "rayures"); err != nil {
		t.Fatal(err)
	}
	path, err := (&ClientsAPI{env: env}).ExportTimeline(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if !strings.HasPrefix(lines[0], "\uFEFFdate;heure;type;événement") || len(lines) < 3 || !strings.Contains(lines[len(lines)-1], "litige") {
		t.Fatalf("timeline:\n%s", b)
	}
}

func mustInvoiceID(t *testing.T, env *Env, number string) uint64 {
	t.Helper()
	inv, err := env.Store.InvoiceByNumber(number)
	if err != nil {
		t.Fatal(err)
	}
	return inv.ID
}

func TestPersonalDataExportAndErasure(t *testing.T) {
	env, api, mb, biz, _ := inboxLedger(t)
	mb.Deliver(t, "From: Marc Lefèvre <compta@lefevre.fr>\nTo: claire@atelier-dupont.fr\nSubject: Re: facture\nMessage-ID: <p-1@lefevre.fr>\nDate: Mon, 23 Nov 2026 15:00:00 +0100\n\nMon numéro perso : 06 11 22 33 44.\n")
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	clients := &ClientsAPI{env: env}
	path, err := clients.ExportPersonalData(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	var d PersonalData
	raw, _ := os.ReadFile(path)
	if err := json.Unmarshal(raw, &d); err != nil || d.Client.Code != "MEN" || len(d.Invoices) != 3 || len(d.Messages) != 1 || len(d.Sent) != 1 {
		t.Fatalf("export %v: %+v", err, d)
	}
	if _, err := clients.ErasePersonalData(biz.ID, "XXX"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("erasure without confirmation: %v", err)
	}
	v, err := clients.ErasePersonalData(biz.ID, "MEN")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Client.Contacts) != 0 || v.Client.Name != biz.Name || v.Client.Address.City == "" {
		t.Fatalf("after erasure %+v", v.Client)
	}
	if invs, _ := env.Store.ClientInvoices(biz.ID); len(invs) != 3 {
		t.Fatal("invoices must be kept")
	}
	msgs, _ := api.List("all", biz.ID)
	_, text, _ := env.Store.InteractionWithText(msgs[0].Interaction.ID)
	if msgs[0].Interaction.FromEmail != "" || strings.Contains(text, "06 11") || strings.Contains(msgs[0].Interaction.Excerpt, "06 11") {
		t.Fatalf("message kept personal data: %+v %q", msgs[0].Interaction, text)
	}
	if !strings.Contains(v.Events[0].Summary, "RGPD") {
		t.Fatalf("journal %+v", v.Events[0])
	}
}

package app

import (
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/store"
)

// The notice counts its deadline from its receipt; the court file waits for it to pass (unless forced), attaches
// the registered notice and its receipt, and tells the whole history (e-mails included). A notice made again the
// same day does not call the first « restée sans effet ».
func TestNoticeDeadlineFromReceiptAndCourtFile(t *testing.T) {
	env, biz, _ := ledgerWithOverdue(t)
	api := &DocumentsAPI{env: env}
	first, _ := env.Store.InvoiceByNumber("F-2026-0101")

	// An e-mail reminder that left this morning.
	m := &backend.OutboxMessage{ActionID: "test:r1", ClientID: biz.ID, ClientName: biz.Name, InvoiceIDs: []uint64{first.ID},
		InvoiceNumbers: []string{"F-2026-0101"}, StepName: "Relance 1", Subject: "Facture F-2026-0101", To: []string{"compta@menuiserie.example"},
		MessageID: "<r1@atelier.example>", State: backend.OutboxQueued, QueuedAt: env.Clock.Now()}
	if _, err := env.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.ClaimOutbox(m.ID, env.Clock.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.SettleOutbox(m.ID, store.OutboxResult{State: backend.OutboxSent}); err != nil {
		t.Fatal(err)
	}

	plain, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	again, err := api.GenerateNotice(NoticeRequest{InvoiceID: first.ID, Registered: true, RegisteredNumber: "1A 111 222 3334 5"})
	if err != nil {
		t.Fatal(err)
	}
	if text := flat(pdfText(t, again.Path)); strings.Contains(text, "sans effet") || !strings.Contains(text, "à compter de la réception de la présente.") {
		t.Errorf("a notice of the same day cites today's e-mail or notice, or gives a date before receipt:\n%s", text)
	}
	if again.Document.DeadlineDays != 8 {
		t.Errorf("deadline days kept: %d", again.Document.DeadlineDays)
	}

	// Sent on 23/11, receipt not recorded: at least until 01/12 (23 + 8 = 01/12, a Tuesday).
	if _, err := api.RecordSending(again.Document.ID, SendingFacts{SentOn: "2026-11-23"}); err != nil {
		t.Fatal(err)
	}
	_, err = api.GenerateDossier(biz.ID, false)
	if backend.ErrorCode(err) != backend.ECONFLICT || !strings.Contains(backend.ErrorMessage(err), "court au moins jusqu'au 01/12/2026") ||
		!strings.Contains(backend.ErrorMessage(err), "à partir du 02/12/2026") {
		t.Fatalf("court file before the deadline: %v", err)
	}
	forced, err := api.GenerateDossier(biz.ID, true)
	if err != nil {
		t.Fatal(err)
	}
	warned := false
	for _, w := range forced.Warnings {
		warned = warned || strings.Contains(w, "préparé avant son terme")
	}
	if !warned {
		t.Errorf("forced court file does not say it is early: %q", forced.Warnings)
	}
	text := flat(pdfText(t, forced.Path))
	for _, want := range []string{"1A 111 222 3334 5", "Avis de réception de la lettre recommandée", "Relance 1", "E-mail"} {
		if !strings.Contains(text, want) {
			t.Errorf("court file lacks %q", want)
		}
	}
	if plain.Document.ID == again.Document.ID {
		t.Fatal("two notices expected")
	}

	// Two weeks later, the receipt signed on 25/11: the deadline was 03/12, the court file is made.
	later := &Env{Store: env.Store, Dirs: env.Dirs, Clock: backend.FixedClock(time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)), Emitter: NopEmitter{}}
	lapi := &DocumentsAPI{env: later}
	if _, err := lapi.RecordSending(again.Document.ID, SendingFacts{SentOn: "2026-11-23", AcknowledgedOn: "2026-11-25"}); err != nil {
		t.Fatal(err)
	}
	views, _ := lapi.List(biz.ID)
	for _, v := range views {
		if v.Document.ID == again.Document.ID && v.Deadline != "2026-12-03" {
			t.Errorf("deadline shown %q, want 2026-12-03", v.Deadline)
		}
	}
	d, err := lapi.GenerateDossier(biz.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	if text := flat(pdfText(t, d.Path)); !strings.Contains(text, "signé le 25/11/2026") {
		t.Errorf("the receipt's date is not in the court file")
	}
}

func flat(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

package documents

import (
	"os"
	"strings"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/documents/documentstest"
	"relance/backend/store"
)

// The notice counts its deadline from its receipt; the court file waits for it to pass (unless forced), attaches
// the registered notice and its receipt, and tells the whole history (e-mails included). A notice made again the
// same day does not call the first « restée sans effet ».
func TestNoticeDeadlineFromReceiptAndCourtFile(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")

	// An e-mail reminder that left this morning.
	m := &backend.OutboxMessage{ActionID: "test:r1", ClientID: biz.ID, ClientName: biz.Name, InvoiceIDs: []uint64{first.ID},
		InvoiceNumbers: []string{"F-2026-0101"}, StepName: "Relance 1", Subject: "Facture F-2026-0101", To: []string{"compta@menuiserie.example"},
		MessageID: "<r1@atelier.example>", State: backend.OutboxQueued, QueuedAt: s.Clock.Now()}
	if _, err := s.Store.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store.ClaimOutbox(m.ID, s.Clock.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store.SettleOutbox(m.ID, store.OutboxResult{State: backend.OutboxSent}); err != nil {
		t.Fatal(err)
	}

	plain, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID, Registered: true, RegisteredNumber: "1A 111 222 3334 5"})
	if err != nil {
		t.Fatal(err)
	}
	if text := documentstest.Flat(documentstest.PDFText(t, s.Path(again.Document.File))); strings.Contains(text, "sans effet") || !strings.Contains(text, "à compter de la réception de la présente.") {
		t.Errorf("a notice of the same day cites today's e-mail or notice, or gives a date before receipt:\n%s", text)
	}
	if again.Document.DeadlineDays != 8 {
		t.Errorf("deadline days kept: %d", again.Document.DeadlineDays)
	}

	// Sent on 23/11, receipt not recorded: at least until 01/12 (23 + 8 = 01/12, a Tuesday).
	if _, err := s.RecordSending(again.Document.ID, "", "2026-11-23", ""); err != nil {
		t.Fatal(err)
	}
	_, err = s.GenerateDossier(biz.ID, false)
	if backend.ErrorCode(err) != backend.ECONFLICT || !strings.Contains(backend.ErrorMessage(err), "court au moins jusqu'au 01/12/2026") ||
		!strings.Contains(backend.ErrorMessage(err), "à partir du 02/12/2026") {
		t.Fatalf("court file before the deadline: %v", err)
	}
	forced, err := s.GenerateDossier(biz.ID, true)
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
	text := documentstest.Flat(documentstest.PDFText(t, s.Path(forced.Document.File)))
	for _, want := range []string{"1A 111 222 3334 5", "Avis de réception de la lettre recommandée", "Relance 1", "E-mail"} {
		if !strings.Contains(text, want) {
			t.Errorf("court file lacks %q", want)
		}
	}
	if plain.Document.ID == again.Document.ID {
		t.Fatal("two notices expected")
	}

	// Two weeks later, the receipt signed on 25/11: the deadline was 03/12, the court file is made.
	later := on(s, time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC))
	if _, err := later.RecordSending(again.Document.ID, "", "2026-11-23", "2026-11-25"); err != nil {
		t.Fatal(err)
	}
	docs, _ := later.List(biz.ID)
	for _, d := range docs {
		if d.ID == again.Document.ID && NoticeDeadline(d).String() != "2026-12-03" {
			t.Errorf("deadline %s, want 2026-12-03", NoticeDeadline(d))
		}
	}
	d, err := later.GenerateDossier(biz.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	if text := documentstest.Flat(documentstest.PDFText(t, s.Path(d.Document.File))); !strings.Contains(text, "signé le 25/11/2026") {
		t.Errorf("the receipt's date is not in the court file")
	}
}

// The court file names the debtor's court from its legal form and town, keeps the court the owner checked, names
// its legal representative, and turns to the European procedure for a debtor in another EU state.
func TestCourtFileNamesTheDebtorsCourt(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	dossierText := func() (string, []string) {
		t.Helper()
		d, err := s.GenerateDossier(biz.ID, true)
		if err != nil {
			t.Fatal(err)
		}
		return documentstest.Flat(documentstest.PDFText(t, s.Path(d.Document.File))), d.Warnings
	}
	has := func(ws []string, part string) bool {
		for _, w := range ws {
			if strings.Contains(w, part) {
				return true
			}
		}
		return false
	}

	biz.LegalForm, biz.Address.City, biz.Address.PostalCode = "SCI", "Aix-en-Provence", "13100"
	biz.Contacts = []backend.Contact{{FirstName: "Paul", LastName: "Lefèvre", Role: "Gérant", Email: "paul@menuiserie.example", Billing: true}}
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	text, ws := dossierText()
	for _, want := range []string{"Tribunal judiciaire dont relève 13100 Aix-en-Provence", "Cerfa n° 12948*06", "Personne morale non commerçante (SCI)",
		"Représenté par Paul Lefèvre, Gérant", "renvoyée devant la juridiction compétente : Tribunal judiciaire dont relève"} {
		if !strings.Contains(text, want) {
			t.Errorf("SCI: court file lacks %q", want)
		}
	}
	if !has(ws, "Juridiction à vérifier") {
		t.Errorf("SCI: the owner is not asked to check the court: %q", ws)
	}

	biz.Court = "Tribunal judiciaire d'Aix-en-Provence, 40 boulevard Carnot, 13100 Aix-en-Provence"
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	text, ws = dossierText()
	if !strings.Contains(text, "Juridiction Tribunal judiciaire d'Aix-en-Provence, 40 boulevard Carnot") || !strings.Contains(text, "vérifiée par le créancier") ||
		has(ws, "Juridiction à vérifier") {
		t.Errorf("the court the owner checked is not used as it is: %v", ws)
	}

	biz.LegalForm, biz.Court, biz.Address = "SRL", "", backend.Address{Line1: "Rue Neuve 12", PostalCode: "4000", City: "Liège", Country: "Belgique"}
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	text, ws = dossierText()
	if !strings.Contains(text, "Formulaire A") || !strings.Contains(text, "1896/2006") || strings.Contains(text, "Cerfa n° 12946") ||
		strings.Contains(text, "article 1408") || !has(ws, "injonction de payer européenne") {
		t.Errorf("EU debtor: %v", ws)
	}

	biz.Address.Country, biz.Address.City = "Suisse", "Genève"
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	text, ws = dossierText()
	if !strings.Contains(text, "ne peut pas servir à une requête en injonction de payer") || !has(ws, "hors de l'Union européenne") {
		t.Errorf("debtor outside the EU: %v", ws)
	}
}

// A consumer owes legal interest, never « pénalités »: not in the notice, its annex, the statement or the court file.
func TestConsumerDocumentsNeverSayPenalties(t *testing.T) {
	s, _, cons := ledgerWithOverdue(t)
	inv, _ := s.Store.InvoiceByNumber("F-2026-0201")
	n, err := s.GenerateNotice(NoticeRequest{InvoiceID: inv.ID, Registered: true, RegisteredNumber: "1A 000 111 2223 4"})
	if err != nil {
		t.Fatal(err)
	}
	later := on(s, time.Date(2027, 1, 12, 9, 0, 0, 0, time.UTC))
	st, err := later.GenerateStatement(cons.ID)
	if err != nil {
		t.Fatal(err)
	}
	d, err := later.GenerateDossier(cons.ID, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []Archived{n, st, d} {
		text := strings.ToLower(documentstest.Flat(documentstest.PDFText(t, s.Path(v.Document.File))))
		if i := strings.Index(text, "pénalit"); i >= 0 {
			t.Errorf("%s for a consumer says « pénalités »: …%s…", backend.DocumentLabels[v.Document.Kind], text[max(0, i-80):min(len(text), i+80)])
		}
	}
}

// « Madame, Monsieur » only when the civility is unknown, and the same form of address to close.
func TestLettersGreetTheDebtorByCivility(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	pet, _ := s.Store.InvoiceByNumber("F-2026-0201")
	v, err := s.GenerateNotice(NoticeRequest{InvoiceID: pet.ID})
	if err != nil {
		t.Fatal(err)
	}
	text := documentstest.Flat(documentstest.PDFText(t, s.Path(v.Document.File)))
	if !strings.Contains(text, "Madame, Sauf erreur") || !strings.Contains(text, "Nous vous prions d'agréer, Madame, l'expression") ||
		strings.Contains(text, "Madame, Monsieur") {
		t.Errorf("Mme Claire Petit is not greeted as Madame")
	}
	men, _ := s.Store.InvoiceByNumber("F-2026-0101")
	v, err = s.GenerateNotice(NoticeRequest{InvoiceID: men.ID})
	if err != nil {
		t.Fatal(err)
	}
	if text := documentstest.Flat(documentstest.PDFText(t, s.Path(v.Document.File))); !strings.Contains(text, "Madame, Monsieur, Sauf erreur") {
		t.Errorf("a company with no known contact civility is not greeted « Madame, Monsieur »")
	}
	biz.Contacts = []backend.Contact{{FirstName: "M. Paul", LastName: "Lefèvre", Billing: true, Email: "paul@menuiserie.example"}}
	if err := s.Store.SaveClient(&biz); err != nil {
		t.Fatal(err)
	}
	v, err = s.GenerateStatement(biz.ID)
	if err != nil {
		t.Fatal(err)
	}
	if text := documentstest.Flat(documentstest.PDFText(t, s.Path(v.Document.File))); !strings.Contains(text, "Monsieur, veuillez trouver") {
		t.Errorf("statement to M. Paul Lefèvre: no « Monsieur, »")
	}
}

// A generated letter is a draft: not on the timeline, not cited, not in a court file, and it can be discarded;
// recorded as sent it becomes proof (on the timeline with its fingerprint) and can no longer be removed.
func TestNoticeDraftBecomesProofWhenSent(t *testing.T) {
	s, biz, _ := ledgerWithOverdue(t)
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")
	onTimeline := func(id uint64) bool {
		evs, _ := s.Store.ClientEvents(biz.ID, 0)
		for _, e := range evs {
			if e.Kind == "document.formal_notice" && e.EntityID == id {
				return true
			}
		}
		return false
	}
	draft, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	if !draft.Document.Draft || onTimeline(draft.Document.ID) {
		t.Fatalf("a new notice is proof at once: draft %v", draft.Document.Draft)
	}
	if err := s.DiscardDraft(draft.Document.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store.Document(draft.Document.ID); backend.ErrorCode(err) != backend.ENOTFOUND {
		t.Errorf("discarded draft still listed: %v", err)
	}
	if _, err := os.Stat(s.Path(draft.Document.File)); !os.IsNotExist(err) {
		t.Errorf("discarded draft's file kept: %v", err)
	}

	sent, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID, Registered: true, RegisteredNumber: "1A 999 888 7776 5"})
	if err != nil {
		t.Fatal(err)
	}
	// Its number alone does not make it proof: it is not posted yet.
	if d, err := s.RecordSending(sent.Document.ID, "1A 999 888 7776 5", "", ""); err != nil || !d.Draft {
		t.Fatalf("draft after its number only: %+v %v", d, err)
	}
	d, err := s.RecordSending(sent.Document.ID, "", "2026-11-23", "")
	if err != nil || d.Draft || !onTimeline(sent.Document.ID) {
		t.Fatalf("posted notice is not proof: %+v %v", d, err)
	}
	if err := s.DiscardDraft(sent.Document.ID); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Errorf("a sent notice discarded: %v", err)
	}
	if _, err := os.Stat(s.Path(sent.Document.File)); err != nil {
		t.Errorf("the proof's file: %v", err)
	}
}

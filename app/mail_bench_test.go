package app

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/secret"
	"relance/backend/store"
)

// BenchmarkQueue1000Reminders plans a day where 1 000 clients each have a reminder e-mail due, renders every
// message from its template and queues them in the outbox (issue target: ≤ 1 s). Sending is not measured: the
// rate limit of the user's mailbox governs it.
func BenchmarkQueue1000Reminders(b *testing.B) {
	const n = 1000
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dir := b.TempDir()
		st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clock})
		if err != nil {
			b.Fatal(err)
		}
		env := &Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: NopEmitter{}}, Dirs: desktop.ResolveDirs(dir), Keychain: secret.Keychain{Backend: &secret.Memory{}}}
		co := backend.Company{LegalName: "Atelier Dupont", SIREN: "552081317", IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPP",
			Phone: "04 78 00 00 00", Email: "claire@atelier-dupont.fr", Address: backend.Address{Line1: "12 rue de la République", PostalCode: "69002", City: "Lyon"},
			Signatory: backend.Signatory{FirstName: "Claire", LastName: "Dupont", Title: "Gérante"}}
		if err := st.SaveCompany(&co); err != nil {
			b.Fatal(err)
		}
		clients := make([]store.ClientInput, n)
		invoices := make([]store.InvoiceInput, n)
		for k := range n {
			code := fmt.Sprintf("C%04d", k)
			clients[k] = store.ClientInput{Line: k + 2, Client: backend.Client{Code: code, Name: "Client " + code, Type: backend.Business,
				Segment: "regular", Language: "fr", Address: backend.Address{Line1: "1 rue Haute", PostalCode: "75001", City: "Paris"},
				Contacts: []backend.Contact{{FirstName: "Marie", LastName: "Martin", Email: "compta@" + code + ".fr", Billing: true}}}}
			invoices[k] = store.InvoiceInput{Line: k + 2, ClientCode: code, Invoice: backend.Invoice{Number: "F-" + code,
				IssueDate: backend.MustDate("2026-10-01"), DueDate: backend.MustDate("2026-11-20"), AmountExclTax: 100000, VATAmount: 20000, AmountInclTax: 120000}}
		}
		if _, err := st.ImportClients(context.Background(), clients, store.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		if _, err := st.ImportInvoices(context.Background(), invoices, store.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		if err := st.DropReprise(); err != nil { // measured: the queueing of a day's e-mails, not a reprise
			b.Fatal(err)
		}
		if err := saveMailConfig(env, MailConfig{Settings: mail.Settings{FromName: "Atelier Dupont", FromAddress: "claire@atelier-dupont.fr",
			SMTPHost: "127.0.0.1", SMTPPort: 2525, SMTPSecurity: "none", SMTPAuth: "none"}}); err != nil {
			b.Fatal(err)
		}
		api := &ChaseAPI{env: env}
		b.StartTimer()
		if _, err := api.service().Run(backend.Today(clock), false); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		out, _ := st.Outbox(store.OutboxQuery{})
		if len(out) != n {
			b.Fatalf("%d messages queued, want %d", len(out), n)
		}
		st.Close()
		b.StartTimer()
	}
}

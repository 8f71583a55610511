package cli

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"relance/app"
	"relance/app/apptest"
	"relance/backend"
	"relance/backend/mail"
	"relance/backend/secret"
	"relance/backend/store"
)

// The reliability test: `relance import`, `relance run` (sending to a real SMTP server) and `relance inbox sync`
// (from a real IMAP server), each killed with SIGKILL at a random moment, 50 times in all. After every kill the
// store opens; at the end no reminder was sent twice, none was lost (each is sent, or uncertain and shown to the
// user), every import is whole or absent, and every received message is kept once.

const (
	reliabilityClients = 40
	reliabilityKills   = 50
	importBatch        = 300
)

// TestHelperReliability is the child: one command on the data folder (child process only).
func TestHelperReliability(t *testing.T) {
	dir := os.Getenv("RELANCE_TEST_REL_DIR")
	if dir == "" {
		t.Skip("child process only")
	}
	args := strings.Fields(os.Getenv("RELANCE_TEST_REL_ARGS"))
	c := &CLI{Stdout: os.Stdout, Stderr: os.Stderr, Clock: backend.SystemClock{}, Keychain: &secret.Keychain{Backend: &secret.Memory{}}}
	os.Exit(c.Run(dir, args))
}

func reliabilityLedger(t *testing.T) (string, *apptest.SMTPSink, *apptest.IMAPMailbox) {
	t.Helper()
	env := testEnv(t)
	co := backend.Company{LegalName: "Atelier Dupont", SIREN: "552081317", IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPP",
		Phone: "04 78 00 00 00", Email: "claire@atelier-dupont.fr", Address: backend.Address{Line1: "12 rue de la République", PostalCode: "69002", City: "Lyon"},
		Signatory: backend.Signatory{FirstName: "Claire", LastName: "Dupont", Title: "Gérante"}}
	if err := env.Store.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	var clients []store.ClientInput
	var invoices []store.InvoiceInput
	for k := range reliabilityClients {
		code := fmt.Sprintf("C%03d", k)
		clients = append(clients, store.ClientInput{Line: k + 2, Client: backend.Client{Code: code, Name: "Client " + code, Type: backend.Business,
			Segment: "regular", Language: "fr", Address: backend.Address{Line1: "1 rue Haute", PostalCode: "75001", City: "Paris"},
			Contacts: []backend.Contact{{FirstName: "Marie", LastName: "Martin", Email: "compta@" + strings.ToLower(code) + ".fr", Billing: true}}}})
		invoices = append(invoices, store.InvoiceInput{Line: k + 2, ClientCode: code, Invoice: backend.Invoice{Number: "F-" + code,
			IssueDate: backend.MustDate("2026-10-01"), DueDate: backend.MustDate("2026-11-20"), AmountExclTax: 100000, VATAmount: 20000, AmountInclTax: 120000}})
	}
	if _, err := env.Store.ImportClients(context.Background(), clients, store.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.ImportInvoices(context.Background(), invoices, store.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	// This first import into an empty ledger is a reprise (chase_reprise_test.go); what is tested here is the runs
	// killed afterwards, as on a ledger already chased.
	if err := env.Store.DropReprise(); err != nil {
		t.Fatal(err)
	}
	sink := apptest.StartSMTP(t)
	mb := apptest.StartIMAP(t)
	for k := range 60 {
		mb.Deliver(t, fmt.Sprintf("From: Client <compta@c%03d.fr>\nTo: claire@atelier-dupont.fr\nSubject: Re: facture F-C%03d\nMessage-ID: <m-%d@client.fr>\nDate: Mon, 23 Nov 2026 10:00:00 +0100\n\nBonjour, nous réglerons le 15/12.\n", k%reliabilityClients, k%reliabilityClients, k))
	}
	cfg := app.MailConfig{Settings: mail.Settings{FromName: "Atelier Dupont", FromAddress: "claire@atelier-dupont.fr",
		SMTPHost: "127.0.0.1", SMTPPort: sink.Port, SMTPSecurity: "none", SMTPAuth: "none", RatePerMinute: 600, DailyCap: 10000,
		IMAPHost: "127.0.0.1", IMAPPort: mb.Port, IMAPSecurity: "none", IMAPUser: "claire@atelier-dupont.fr"}}
	if err := saveMail(env)(cfg.Settings); err != nil {
		t.Fatal(err)
	}
	dir := env.Dirs.Data
	env.Store.Close()
	return dir, sink, mb
}

func importFile(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,currency,amount_paid,payment_method\n")
	for k := range importBatch {
		fmt.Fprintf(&b, "R-%02d-%04d,C%03d,2026-11-01,2027-03-31,100.00,20.00,120.00,EUR,0.00,transfer\n", n, k, k%reliabilityClients)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("factures-%02d.csv", n))
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestReliabilityUnderKills(t *testing.T) {
	if testing.Short() {
		t.Skip("50 processes killed")
	}
	dir, sink, _ := reliabilityLedger(t)
	rng := rand.New(rand.NewSource(20261202))
	imports := map[int]bool{}
	child := func(args string) *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperReliability$")
		cmd.Env = append(os.Environ(), "RELANCE_TEST_REL_DIR="+dir, "RELANCE_TEST_REL_ARGS="+args, "RELANCE_SMTP_PASSWORD=secret-imap")
		return cmd
	}
	commands := []string{"import", "run --today 2026-11-23", "inbox sync --once"}
	for i := range reliabilityKills {
		args := commands[i%3]
		if args == "import" {
			args = "import invoices " + importFile(t, i)
			imports[i] = true
		}
		cmd := child(args)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Intn(120)) * time.Millisecond)
		_ = cmd.Process.Signal(syscall.SIGKILL)
		_ = cmd.Wait()
		st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
		if err != nil {
			t.Fatalf("kill %d (%s): the store does not open: %v", i, args, err)
		}
		st.Close()
	}
	// Then the owner runs Relance normally: what was left is carried out.
	for _, args := range []string{"run --today 2026-11-23", "inbox sync --once", "run --today 2026-11-23"} {
		if out, err := child(args).CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", args, err, out)
		}
	}
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	// No reminder twice; none lost: each is sent (and received once) or uncertain (listed for the user).
	received := map[string]int{}
	for _, raw := range sink.Messages() {
		for _, line := range strings.Split(raw, "\r\n") {
			if strings.HasPrefix(strings.ToLower(line), "message-id:") {
				received[strings.TrimSpace(line[len("message-id:"):])]++
			}
		}
	}
	out, _ := st.Outbox(store.OutboxQuery{})
	byState := map[backend.OutboxState]int{}
	clients := map[uint64]int{}
	for _, m := range out {
		byState[m.State]++
		clients[m.ClientID]++
		switch {
		case received[m.MessageID] > 1:
			t.Errorf("message %s received %d times", m.MessageID, received[m.MessageID])
		case m.State == backend.OutboxSent && received[m.MessageID] != 1:
			t.Errorf("message %s marked sent but not received", m.MessageID)
		case m.State != backend.OutboxSent && m.State != backend.OutboxUncertain:
			t.Errorf("message %s left %s", m.MessageID, m.State)
		}
	}
	for mid, n := range received {
		if n > 1 {
			t.Errorf("%s received %d times", mid, n)
		}
	}
	if len(out) != reliabilityClients || len(clients) != reliabilityClients {
		t.Errorf("%d messages for %d clients, want one each for %d", len(out), len(clients), reliabilityClients)
	}
	// Every import is whole or absent.
	invs, _ := st.ListInvoices(backend.InvoiceQuery{Limit: 1})
	if (invs.Total-reliabilityClients)%importBatch != 0 {
		t.Errorf("%d invoices: a partial import", invs.Total)
	}
	// Every received message is kept once.
	its, _ := st.Interactions(store.InteractionQuery{})
	seen := map[string]bool{}
	for _, it := range its {
		if seen[it.MessageID] {
			t.Errorf("message %s kept twice", it.MessageID)
		}
		seen[it.MessageID] = true
	}
	if len(its) != 60 {
		t.Errorf("%d messages kept, want 60", len(its))
	}
	t.Logf("after %d kills: %d sent, %d uncertain; %d invoices; %d messages received", reliabilityKills, byState[backend.OutboxSent],
		byState[backend.OutboxUncertain], invs.Total, len(its))
}

package outbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/oauth"
	"relance/backend/service"
	"relance/backend/sms"
	"relance/backend/store"
)

// The sender over a real store in a temporary folder; the mailbox and the SMS provider are the test's.

// clock is a ledger clock the test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) add(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// events keeps what the sender emits.
type events struct {
	mu    sync.Mutex
	names []string
}

func (e *events) Emit(name string, _ any) {
	e.mu.Lock()
	e.names = append(e.names, name)
	e.mu.Unlock()
}

func (e *events) has(name string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, n := range e.names {
		if n == name {
			return true
		}
	}
	return false
}

// accounts is the adapter's side: the mailbox settings and secret, its blocks, and the SMS account.
type accounts struct {
	settings mail.Settings
	oauth    bool
	notReady string
	tokens   []string // the access tokens handed out, in order (OAuth)
	credErr  error
	blocked  []string

	provider sms.Provider
	sms      sms.Settings
	smsWhy   string
}

func (a *accounts) Mailbox() (Account, string, error) {
	return Account{Settings: a.settings, OAuth: a.oauth, Credential: func(_ context.Context, force bool) (mail.Secret, error) {
		if a.credErr != nil {
			return mail.Secret{}, a.credErr
		}
		if !a.oauth {
			return mail.Secret{Password: "secret"}, nil
		}
		if force || len(a.tokens) == 0 {
			a.tokens = append(a.tokens, fmt.Sprintf("token-%d", len(a.tokens)+1))
		}
		return mail.Secret{Token: a.tokens[len(a.tokens)-1]}, nil
	}}, a.notReady, nil
}

func (a *accounts) Block(reason string, _ bool) { a.blocked = append(a.blocked, reason) }

func (a *accounts) SMS() (sms.Provider, sms.Settings, string, error) {
	return a.provider, a.sms, a.smsWhy, nil
}

// sends records the e-mails handed to the SMTP client and answers with the errors queued.
type sends struct {
	mu      sync.Mutex
	msgs    []mail.Message
	secrets []mail.Secret
	errs    []error // one per call, then nil
}

func (s *sends) send(_ context.Context, _ mail.Settings, sec mail.Secret, m mail.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs, s.secrets = append(s.msgs, m), append(s.secrets, sec)
	if len(s.errs) == 0 {
		return nil
	}
	err := s.errs[0]
	s.errs = s.errs[1:]
	return err
}

func (s *sends) count() int { s.mu.Lock(); defer s.mu.Unlock(); return len(s.msgs) }

type fixture struct {
	st     *store.Store
	clock  *clock
	events *events
	acct   *accounts
	sends  *sends
	s      *Sender
	client backend.Client
}

// newFixture opens a store with one client (postal address known) and a mailbox ready to send, on Monday
// 23 November 2026 at 10:00 in Paris.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	clk := &clock{t: time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)}
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clk})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := backend.Client{Code: "C1", Name: "Alpha SARL", Address: backend.Address{Line1: "1 rue Haute", PostalCode: "69002", City: "Lyon"}}
	if err := st.SaveClient(&c); err != nil {
		t.Fatal(err)
	}
	f := &fixture{st: st, clock: clk, events: &events{}, sends: &sends{}, client: c,
		acct: &accounts{settings: mail.Settings{FromAddress: "claire@atelier-dupont.fr", SMTPHost: "127.0.0.1", RatePerMinute: 20, DailyCap: 200},
			sms: sms.Settings{Sender: "ATELIER", WindowStart: 8 * 60, WindowEnd: 20 * 60}}}
	f.s = &Sender{Deps: &service.Deps{Store: st, Clock: f.clock, Emitter: f.events}, Accounts: f.acct, DataDir: dir, LogoCID: "logo@relance",
		Send: f.sends.send}
	return f
}

// queue puts messages in the outbox as the chase does; sms makes them texts.
func (f *fixture) queue(t *testing.T, n int, text bool) []*backend.OutboxMessage {
	t.Helper()
	var msgs []*backend.OutboxMessage
	for k := range n {
		m := &backend.OutboxMessage{ActionID: fmt.Sprintf("a%d-%v", k, text), ClientID: f.client.ID, ClientName: f.client.Name,
			MessageID: fmt.Sprintf("<m%d@atelier-dupont.fr>", k), Date: f.clock.Now(), To: []string{"compta@alpha.fr"},
			Subject: fmt.Sprintf("Rappel %d", k), Text: "Bonjour", Attachments: []backend.OutboxAttachment{}}
		if text {
			m.Channel, m.MessageID, m.To = backend.ChannelSMS, fmt.Sprintf("<sms.%02d@relance.invalid>", k), []string{"+33612345678"}
		}
		msgs = append(msgs, m)
	}
	if _, err := f.st.QueueMessages(msgs); err != nil {
		t.Fatal(err)
	}
	return msgs
}

func (f *fixture) message(t *testing.T, id uint64) backend.OutboxMessage {
	t.Helper()
	m, err := f.st.OutboxMessage(id)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestProcessSendsOldestFirstAndEmits(t *testing.T) {
	f := newFixture(t)
	msgs := f.queue(t, 3, false)
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Sent != 3 {
		t.Fatalf("process: %+v %v", rep, err)
	}
	for k, m := range f.sends.msgs {
		if m.MessageID != msgs[k].MessageID || m.Headers["X-Relance-Action"] != msgs[k].ActionID {
			t.Errorf("message %d: %s %v, want %s first", k, m.MessageID, m.Headers, msgs[k].MessageID)
		}
	}
	if got := f.message(t, msgs[0].ID); got.State != backend.OutboxSent {
		t.Errorf("state %s", got.State)
	}
	if !f.events.has(EventUpdated) || !f.events.has(service.EventChaseUpdated) {
		t.Errorf("events %v", f.events.names)
	}
	// Nothing left: a second pass sends nothing and says nothing changed.
	f.events.names = nil
	if rep, err := f.s.Process(context.Background(), false); err != nil || rep.Sent != 0 || f.sends.count() != 3 || len(f.events.names) != 0 {
		t.Fatalf("second pass: %+v %v, %d sent, events %v", rep, err, f.sends.count(), f.events.names)
	}
}

func TestProcessWaitsForTheMailbox(t *testing.T) {
	f := newFixture(t)
	f.queue(t, 1, false)
	f.acct.notReady = "messagerie non configurée"
	if rep, err := f.s.Process(context.Background(), false); err != nil || rep.Stopped != "messagerie non configurée" || f.sends.count() != 0 {
		t.Fatalf("not ready: %+v %v", rep, err)
	}
	// A sign-in to renew stops the pass before any message is claimed.
	f.acct.notReady = ""
	f.acct.credErr = &oauth.SignInNeeded{Provider: "Microsoft"}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Stopped == "" || f.sends.count() != 0 {
		t.Fatalf("sign-in needed: %+v %v", rep, err)
	}
}

func TestTemporaryFailuresAreRetriedThenFailedWithALetter(t *testing.T) {
	f := newFixture(t)
	m := f.queue(t, 1, false)[0]
	temp := &mail.SendError{Kind: mail.Temporary, Stage: mail.StageRcpt, Code: 451, Message: "serveur occupé"}
	for range len(retryDelays) + 1 {
		f.sends.errs = append(f.sends.errs, temp)
	}
	for k, d := range retryDelays {
		rep, err := f.s.Process(context.Background(), false)
		if err != nil || rep.Retry != 1 {
			t.Fatalf("attempt %d: %+v %v", k+1, rep, err)
		}
		got := f.message(t, m.ID)
		if got.State != backend.OutboxQueued || !got.NextAttempt.Equal(f.clock.Now().Add(d)) {
			t.Fatalf("attempt %d: %s next %v", k+1, got.State, got.NextAttempt)
		}
		// Not before its time.
		if rep, _ := f.s.Process(context.Background(), false); rep.Retry != 0 || f.sends.count() != k+1 {
			t.Fatalf("sent again before %v", got.NextAttempt)
		}
		f.clock.add(d)
		f.s.pace = pacer{} // the test's ledger time runs faster than the rate limit's
	}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Failed != 1 {
		t.Fatalf("last attempt: %+v %v", rep, err)
	}
	got := f.message(t, m.ID)
	fus, _ := f.st.FollowUps(false)
	if got.State != backend.OutboxFailed || got.LastError != "serveur occupé" || len(fus) != 1 || fus[0].Channel != backend.ChannelLetter ||
		!strings.Contains(fus[0].Reason, "n'a pas pu partir : serveur occupé") {
		t.Fatalf("failed: %s %q, follow-ups %+v", got.State, got.LastError, fus)
	}
}

func TestPermanentFailureWithoutAddressIsACall(t *testing.T) {
	f := newFixture(t)
	f.client.Address = backend.Address{}
	if err := f.st.SaveClient(&f.client); err != nil {
		t.Fatal(err)
	}
	f.queue(t, 1, false)
	f.sends.errs = []error{&mail.SendError{Kind: mail.Permanent, Stage: mail.StageRcpt, Code: 550, Message: "adresse inconnue"}}
	if rep, err := f.s.Process(context.Background(), false); err != nil || rep.Failed != 1 {
		t.Fatalf("process: %+v %v", rep, err)
	}
	if fus, _ := f.st.FollowUps(false); len(fus) != 1 || fus[0].Channel != backend.ChannelCall {
		t.Fatalf("follow-ups %+v", fus)
	}
}

func TestMailboxRefusalBlocksAndKeepsEveryMessage(t *testing.T) {
	f := newFixture(t)
	msgs := f.queue(t, 3, false)
	f.sends.errs = []error{&mail.SendError{Kind: mail.Permanent, Stage: mail.StageAuth, Code: 535, Message: "mot de passe refusé"}}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Stopped != "mot de passe refusé" || rep.Waiting != 2 || rep.Failed != 0 || f.sends.count() != 1 {
		t.Fatalf("process: %+v %v (%d sent)", rep, err, f.sends.count())
	}
	if len(f.acct.blocked) != 1 || f.acct.blocked[0] != "mot de passe refusé" {
		t.Errorf("blocked %v", f.acct.blocked)
	}
	for _, m := range msgs {
		if got := f.message(t, m.ID); got.State != backend.OutboxQueued || got.Attempts != 0 {
			t.Errorf("%s: %s after %d attempts", m.MessageID, got.State, got.Attempts)
		}
	}
}

func TestRefusedTokenIsRenewedOnce(t *testing.T) {
	f := newFixture(t)
	f.acct.oauth = true
	f.queue(t, 1, false)
	f.sends.errs = []error{&mail.SendError{Kind: mail.Permanent, Stage: mail.StageAuth, Code: 535, Message: "jeton refusé"}}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Sent != 1 || len(f.acct.blocked) != 0 {
		t.Fatalf("process: %+v %v, blocked %v", rep, err, f.acct.blocked)
	}
	if f.sends.count() != 2 || f.sends.secrets[0].Token != "token-1" || f.sends.secrets[1].Token != "token-2" {
		t.Fatalf("secrets %+v", f.sends.secrets)
	}
}

func TestUncertainIsNeverSentAgain(t *testing.T) {
	f := newFixture(t)
	m := f.queue(t, 1, false)[0]
	f.sends.errs = []error{&mail.SendError{Kind: mail.Uncertain, Stage: mail.StageReply, Message: "envoyé peut-être"}}
	if rep, err := f.s.Process(context.Background(), false); err != nil || rep.Uncertain != 1 {
		t.Fatalf("process: %+v %v", rep, err)
	}
	f.clock.add(24 * time.Hour)
	if rep, _ := f.s.Process(context.Background(), false); rep.Sent != 0 || f.sends.count() != 1 {
		t.Fatalf("sent again: %+v", rep)
	}
	if got := f.message(t, m.ID); got.State != backend.OutboxUncertain {
		t.Fatalf("state %s", got.State)
	}
}

func TestRecoverMakesSendingUncertain(t *testing.T) {
	f := newFixture(t)
	m := f.queue(t, 1, false)[0]
	if _, err := f.st.ClaimOutbox(m.ID, f.clock.Now()); err != nil { // a process killed while sending
		t.Fatal(err)
	}
	if err := f.s.Recover(); err != nil {
		t.Fatal(err)
	}
	if got := f.message(t, m.ID); got.State != backend.OutboxUncertain {
		t.Fatalf("state %s", got.State)
	}
	if rep, _ := f.s.Process(context.Background(), false); f.sends.count() != 0 {
		t.Fatalf("sent: %+v", rep)
	}
}

func TestRateLimitAndDailyCap(t *testing.T) {
	f := newFixture(t)
	f.acct.settings.RatePerMinute = 2
	f.queue(t, 3, false)
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Sent != 2 || rep.Waiting != 1 || !strings.Contains(rep.Stopped, "limite de 2 e-mails par minute") {
		t.Fatalf("rate: %+v %v", rep, err)
	}
	f.s.pace = pacer{}
	f.acct.settings.DailyCap = 2
	rep, err = f.s.Process(context.Background(), false)
	if err != nil || rep.Sent != 0 || rep.Waiting != 1 || !strings.Contains(rep.Stopped, "plafond de 2 e-mails par jour") {
		t.Fatalf("cap: %+v %v", rep, err)
	}
	// The next day, it goes.
	f.clock.add(24 * time.Hour)
	if rep, err = f.s.Process(context.Background(), false); err != nil || rep.Sent != 1 {
		t.Fatalf("next day: %+v %v", rep, err)
	}
}

func TestPacer(t *testing.T) {
	var p pacer
	if d := p.wait(2); d != 0 {
		t.Fatalf("empty: %v", d)
	}
	p.add()
	p.add()
	if d := p.wait(2); d <= 0 || d > time.Minute {
		t.Fatalf("full: %v", d)
	}
	if d := p.wait(0); d != 0 {
		t.Fatalf("no limit: %v", d)
	}
	p.sent[0] = p.sent[0].Add(-time.Minute) // a minute ago: out of the window
	if d := p.wait(2); d != 0 || len(p.sent) != 1 {
		t.Fatalf("after a minute: %v, %d kept", d, len(p.sent))
	}
}

func TestMessageHeadersAttachmentsAndLogo(t *testing.T) {
	f := newFixture(t)
	if err := os.MkdirAll(filepath.Join(f.s.DataDir, "documents"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(f.s.DataDir, "documents", "releve.pdf"), []byte("%PDF"), 0o600); err != nil {
		t.Fatal(err)
	}
	co := backend.Company{LegalName: "Atelier Dupont", Logo: []byte("\x89PNG"), LogoType: "image/png"}
	if err := f.st.SaveCompany(&co); err != nil {
		t.Fatal(err)
	}
	m := backend.OutboxMessage{ActionID: "a1\r\nBcc: x@y.fr", MessageID: "<m1@x>", InReplyTo: "<r1@client>\n", To: []string{"a@b.fr"},
		HTML: `<img src="cid:logo@relance">`, Attachments: []backend.OutboxAttachment{{Name: "releve.pdf", File: "documents/releve.pdf", ContentType: "application/pdf"}}}
	msg, err := f.s.mailMessage(m)
	if err != nil {
		t.Fatal(err)
	}
	if msg.Headers["X-Relance-Action"] != "a1  Bcc: x@y.fr" || msg.Headers["In-Reply-To"] != "<r1@client> " || msg.Headers["References"] != "<r1@client> " {
		t.Errorf("headers %q", msg.Headers)
	}
	if len(msg.Attachments) != 2 || string(msg.Attachments[0].Data) != "%PDF" || !msg.Attachments[1].Inline || msg.Attachments[1].ContentID != "logo@relance" {
		t.Errorf("attachments %+v", msg.Attachments)
	}
	// An attachment gone from the data folder: the message fails, the user must look.
	m.Attachments[0].File = "documents/absent.pdf"
	if _, err := f.s.mailMessage(m); backend.ErrorCode(err) != backend.EUNAVAILABLE || !strings.Contains(backend.ErrorMessage(err), "releve.pdf") {
		t.Fatalf("missing attachment: %v", err)
	}
	// In a pass: the message whose attachment is gone fails, the other goes.
	f.queue(t, 1, false)
	if _, err := f.st.QueueMessages([]*backend.OutboxMessage{{ActionID: "gone", ClientID: f.client.ID, MessageID: "<gone@x>", To: []string{"a@b.fr"},
		Subject: "Relevé", Attachments: m.Attachments}}); err != nil {
		t.Fatal(err)
	}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Sent != 1 || rep.Failed != 1 {
		t.Fatalf("process: %+v %v", rep, err)
	}
}

// smsProvider is the test's SMS provider.
type smsProvider struct {
	mu        sync.Mutex
	sent      []sms.Message
	errs      []error
	delivery  sms.Delivery
	found     map[string]string // ref → provider ID
	deliverTo []string
}

func (p *smsProvider) Name() string { return "test" }

func (p *smsProvider) Send(_ context.Context, m sms.Message) (sms.Receipt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent = append(p.sent, m)
	if len(p.errs) > 0 {
		err := p.errs[0]
		p.errs = p.errs[1:]
		if err != nil {
			return sms.Receipt{}, err
		}
	}
	return sms.Receipt{ID: fmt.Sprintf("id-%d", len(p.sent))}, nil
}

func (p *smsProvider) Delivery(_ context.Context, id, to string) (sms.Delivery, error) {
	p.deliverTo = append(p.deliverTo, id+" "+to)
	return p.delivery, nil
}

func (p *smsProvider) Find(_ context.Context, ref, _ string) (string, bool, error) {
	id, ok := p.found[ref]
	return id, ok, nil
}

func TestTextsGoWithinTheirHoursAndOnce(t *testing.T) {
	f := newFixture(t)
	p := &smsProvider{}
	f.acct.provider = p
	f.queue(t, 2, false) // e-mails are not texts
	texts := f.queue(t, 2, true)
	f.clock.t = time.Date(2026, 11, 23, 20, 30, 0, 0, time.UTC) // 21:30 in Paris
	rep, err := f.s.ProcessSMS(context.Background())
	if err != nil || rep.Waiting != 2 || rep.Stopped != "hors des heures d'envoi des SMS : ils partiront le 24/11/2026 à 08h00" {
		t.Fatalf("evening: %+v %v", rep, err)
	}
	f.clock.add(12 * time.Hour)
	if rep, err = f.s.ProcessSMS(context.Background()); err != nil || rep.Sent != 2 || len(p.sent) != 2 {
		t.Fatalf("morning: %+v %v", rep, err)
	}
	if p.sent[0].Ref != "relance-00" || p.sent[0].Sender != "ATELIER" || p.sent[0].To != "+33612345678" {
		t.Errorf("sent %+v", p.sent[0])
	}
	if got := f.message(t, texts[0].ID); got.State != backend.OutboxSent || got.ProviderID != "id-1" || got.Delivery != sms.Pending {
		t.Errorf("text: %s %q %q", got.State, got.ProviderID, got.Delivery)
	}
	if rep, _ = f.s.ProcessSMS(context.Background()); rep.Sent != 0 || len(p.sent) != 2 {
		t.Fatalf("sent twice: %+v", rep)
	}
	// The delivery reports: a failed one becomes a call to make.
	p.delivery = sms.Delivery{State: sms.Failed, Reason: "numéro invalide"}
	f.events.names = nil
	if n, err := f.s.FetchDeliveries(context.Background()); err != nil || n != 2 {
		t.Fatalf("deliveries: %d %v", n, err)
	}
	fus, _ := f.st.FollowUps(false)
	if len(fus) != 2 || fus[0].Channel != backend.ChannelCall || !strings.Contains(fus[0].Reason, "n'a pas été délivré au +33612345678 : numéro invalide") {
		t.Fatalf("follow-ups %+v", fus)
	}
	if !f.events.has(service.EventLedgerChanged) {
		t.Errorf("events %v", f.events.names)
	}
	if n, _ := f.s.FetchDeliveries(context.Background()); n != 0 || len(p.deliverTo) != 2 {
		t.Fatalf("asked again: %d, %v", n, p.deliverTo)
	}
}

func TestTextFailures(t *testing.T) {
	f := newFixture(t)
	p := &smsProvider{}
	f.acct.provider = p
	texts := f.queue(t, 3, true)
	p.errs = []error{
		&sms.Error{Kind: sms.Temporary, Status: 503, Message: "service indisponible"},
		&sms.Error{Kind: sms.Permanent, Status: 400, Message: "numéro refusé"},
		&sms.Error{Kind: sms.Uncertain, Message: "pas de réponse"},
	}
	rep, err := f.s.ProcessSMS(context.Background())
	if err != nil || rep.Retry != 1 || rep.Failed != 1 || rep.Uncertain != 1 {
		t.Fatalf("process: %+v %v", rep, err)
	}
	want := []backend.OutboxState{backend.OutboxQueued, backend.OutboxFailed, backend.OutboxUncertain}
	for k, m := range texts {
		if got := f.message(t, m.ID); got.State != want[k] {
			t.Errorf("text %d: %s, want %s", k, got.State, want[k])
		}
	}
	if got := f.message(t, texts[0].ID); !got.NextAttempt.Equal(f.clock.Now().Add(retryDelays[0])) {
		t.Errorf("retry at %v", got.NextAttempt)
	}
	if fus, _ := f.st.FollowUps(false); len(fus) != 1 || !strings.Contains(fus[0].Reason, "n'a pas pu partir : numéro refusé") {
		t.Errorf("follow-ups %+v", fus)
	}
	// The uncertain text found at the provider by its tag: settled as sent, never sent again.
	p.found = map[string]string{"relance-02": "id-found"}
	if _, err := f.s.FetchDeliveries(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := f.message(t, texts[2].ID); got.State != backend.OutboxSent || got.ProviderID != "id-found" || len(p.sent) != 3 {
		t.Errorf("uncertain found: %s %q, %d sent", got.State, got.ProviderID, len(p.sent))
	}
}

func TestAccountRefusalStopsEveryText(t *testing.T) {
	f := newFixture(t)
	p := &smsProvider{errs: []error{&sms.Error{Kind: sms.Account, Status: 401, Message: "clé refusée"}}}
	f.acct.provider = p
	texts := f.queue(t, 3, true)
	rep, err := f.s.ProcessSMS(context.Background())
	if err != nil || rep.Stopped != "clé refusée" || rep.Waiting != 2 || len(p.sent) != 1 {
		t.Fatalf("process: %+v %v", rep, err)
	}
	if got := f.message(t, texts[0].ID); got.State != backend.OutboxQueued || got.Attempts != 0 ||
		!got.NextAttempt.Equal(f.clock.Now().Add(15*time.Minute)) {
		t.Fatalf("first text: %s, %d attempts, next %v", got.State, got.Attempts, got.NextAttempt)
	}
	// An error that is not the provider's classified one is temporary.
	f.clock.add(time.Hour)
	p.errs = []error{errors.New("connection reset")}
	if rep, err = f.s.ProcessSMS(context.Background()); err != nil || rep.Retry != 1 || rep.Sent != 2 {
		t.Fatalf("after: %+v %v", rep, err)
	}
}

func TestDemoLedgerHoldsRealRecipients(t *testing.T) {
	f := newFixture(t)
	p := &smsProvider{}
	f.acct.provider = p
	f.queue(t, 1, false)
	f.queue(t, 1, true)
	if err := f.st.SetSetting("demo", store.DemoMark{Clients: 1}); err != nil {
		t.Fatal(err)
	}
	rep, err := f.s.Process(context.Background(), false)
	if err != nil || rep.Waiting != 1 || !strings.Contains(rep.Stopped, "compta@alpha.fr") || f.sends.count() != 0 {
		t.Fatalf("e-mail: %+v %v", rep, err)
	}
	rep, err = f.s.ProcessSMS(context.Background())
	if err != nil || rep.Waiting != 1 || !strings.HasPrefix(rep.Stopped, "Données de démonstration") || len(p.sent) != 0 {
		t.Fatalf("text: %+v %v", rep, err)
	}
}

func TestListSaysWhatCannotGo(t *testing.T) {
	f := newFixture(t)
	f.queue(t, 1, false)
	f.queue(t, 1, true)
	f.acct.notReady, f.acct.smsWhy = "messagerie non configurée", "SMS non configurés"
	v, err := f.s.List("")
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Messages) != 2 || v.Counts["queued"] != 2 || v.Ready || v.NotReady != "messagerie non configurée" || v.SMSNotReady != "SMS non configurés" ||
		v.DailyCap != 200 {
		t.Fatalf("view %+v", v)
	}
	if err := f.s.Resolve(v.Messages[0].ID, "cancelled", "plus utile"); err != nil || !f.events.has(EventUpdated) {
		t.Fatalf("resolve: %v %v", err, f.events.names)
	}
	if v, _ = f.s.List("queued"); len(v.Messages) != 1 {
		t.Fatalf("queued: %+v", v.Messages)
	}
}

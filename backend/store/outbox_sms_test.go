package store

import (
	"strings"
	"testing"
	"time"

	"relance/backend"
)

// An SMS goes through the outbox as an e-mail does: queued with its step once, claimed before it leaves, settled,
// and its delivery report lands on the client's timeline (a failure with a call to make).
func TestSMSThroughTheOutbox(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	inv := mustInvoice(t, s, c.ID, "F-1", "2026-11-01", 12000)
	day := backend.MustDate("2026-11-23")
	ex := ExecutedAction{ActionID: "s1", ClientID: c.ID, Date: day, Status: "done", Channel: "sms", Summary: "Relance SMS"}
	recs := map[uint64][]backend.StepRecord{inv.ID: {{StepID: "sms", Date: day, ActionID: "s1", Status: backend.StepDone, Channel: backend.ChannelSMS}}}
	sms := func(mid string) *backend.OutboxMessage {
		return &backend.OutboxMessage{Channel: backend.ChannelSMS, ActionID: "s1", ClientID: c.ID, ClientName: "Alpha", MessageID: mid,
			To: []string{"+33612345678"}, Subject: "Relance SMS", Text: "Alpha : 120,00 € restent dus", Segments: 1}
	}
	m := sms("<sms.1@relance>")
	if err := s.QueueEmail(ex, recs, true, m); err != nil {
		t.Fatal(err)
	}
	if err := s.QueueEmail(ex, recs, true, sms("<sms.2@relance>")); err != ErrAlreadyExecuted {
		t.Fatalf("the same SMS action queued twice: %v", err)
	}
	claimed, err := s.ClaimOutbox(m.ID, time.Now())
	if err != nil || claimed.State != backend.OutboxSending || claimed.Attempts != 1 {
		t.Fatalf("claim: %+v %v", claimed, err)
	}
	if _, err := s.ClaimOutbox(m.ID, time.Now()); err != ErrNotClaimable {
		t.Fatalf("claimed twice: %v", err)
	}
	sent, err := s.SettleOutbox(m.ID, OutboxResult{State: backend.OutboxSent, ProviderID: "1511882900176220"})
	if err != nil || sent.ProviderID != "1511882900176220" || sent.Delivery != "pending" || sent.SentAt.IsZero() {
		t.Fatalf("settle: %+v %v", sent, err)
	}
	// The mailbox's daily cap counts e-mails only.
	if n, _ := s.OutboxSentSince(time.Now().Add(-time.Hour)); n != 0 {
		t.Fatalf("an SMS counted against the e-mail cap: %d", n)
	}
	f := &backend.FollowUp{ClientID: c.ID, ClientName: "Alpha", InvoiceIDs: []uint64{inv.ID}, Channel: backend.ChannelCall, Reason: "le SMS n'a pas été délivré"}
	if changed, err := s.SetOutboxDelivery(m.ID, "failed", "numéro invalide", f); err != nil || !changed {
		t.Fatalf("delivery: %v %v", changed, err)
	}
	if changed, _ := s.SetOutboxDelivery(m.ID, "failed", "numéro invalide", nil); changed {
		t.Fatal("the same report recorded twice")
	}
	evs, _ := s.ClientEvents(c.ID, 0)
	var journal []string
	for _, e := range evs {
		journal = append(journal, e.Kind+" "+e.Summary)
	}
	all := strings.Join(journal, "\n")
	for _, want := range []string{"sms.sent SMS « Relance SMS » envoyé à +33612345678",
		"sms.failed SMS « Relance SMS » non délivré au +33612345678 : échec : numéro invalide",
		"followup.created À faire : appeler le client (le SMS n'a pas été délivré)"} {
		if !strings.Contains(all, want) {
			t.Errorf("timeline lacks %q:\n%s", want, all)
		}
	}
	fus, _ := s.FollowUps(false)
	if len(fus) != 1 || fus[0].OutboxID != m.ID {
		t.Fatalf("follow-ups %+v", fus)
	}
}

func TestSettleUncertainSMS(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	m := &backend.OutboxMessage{Channel: backend.ChannelSMS, ActionID: "u1", ClientID: c.ID, ClientName: "Alpha", MessageID: "<sms.u1@relance>",
		To: []string{"+33612345678"}, Subject: "Relance SMS", Text: "x"}
	if _, err := s.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.SettleUncertainSMS(m.ID, "1"); found {
		t.Fatal("a queued SMS was settled as sent")
	}
	if _, err := s.ClaimOutbox(m.ID, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SettleOutbox(m.ID, OutboxResult{State: backend.OutboxUncertain, ErrorKind: "uncertain", Error: "pas de réponse"}); err != nil {
		t.Fatal(err)
	}
	if found, err := s.SettleUncertainSMS(m.ID, "42"); err != nil || !found {
		t.Fatalf("settle: %v %v", found, err)
	}
	got, _ := s.OutboxMessage(m.ID)
	if got.State != backend.OutboxSent || got.ProviderID != "42" || got.Delivery != "pending" || got.LastError != "" {
		t.Fatalf("after: %+v", got)
	}
	if found, _ := s.SettleUncertainSMS(m.ID, "43"); found {
		t.Fatal("settled twice")
	}
}

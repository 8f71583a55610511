package store

import (
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

func testMessage(clientID uint64, action, mid string) *backend.OutboxMessage {
	return &backend.OutboxMessage{ActionID: action, ClientID: clientID, ClientName: "Alpha", MessageID: mid,
		To: []string{"compta@alpha.fr"}, Subject: "Rappel : facture n° F-1", Text: "Bonjour"}
}

func TestQueueEmailOnceWithItsStep(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	inv := mustInvoice(t, s, c.ID, "F-1", "2026-11-01", 12000)
	ex := ExecutedAction{ActionID: "a1", ClientID: c.ID, Date: backend.MustDate("2026-11-23"), Status: "done", Channel: "email", Summary: "Relance 1"}
	recs := map[uint64][]backend.StepRecord{inv.ID: {{StepID: "reminder1", Date: ex.Date, ActionID: "a1", Status: backend.StepDone, Channel: backend.ChannelEmail}}}
	m := testMessage(c.ID, "a1", "<m1@alpha.fr>")
	if err := s.QueueEmail(ex, recs, true, m); err != nil {
		t.Fatal(err)
	}
	if m.ID == 0 || m.State != backend.OutboxQueued || m.QueuedAt.IsZero() {
		t.Fatalf("queued message: %+v", m)
	}
	// The same action again changes nothing: one message, one step record.
	if err := s.QueueEmail(ex, recs, true, testMessage(c.ID, "a1", "<m2@alpha.fr>")); err != ErrAlreadyExecuted {
		t.Fatalf("second queue: %v", err)
	}
	all, _ := s.Outbox(OutboxQuery{})
	ch, _ := s.InvoiceChase(inv.ID)
	if len(all) != 1 || len(ch.StepsDone) != 1 {
		t.Fatalf("%d messages, %d steps", len(all), len(ch.StepsDone))
	}
	cc, _ := s.ClientChase(c.ID)
	if cc.LastContact != ex.Date {
		t.Fatalf("last contact %v", cc.LastContact)
	}
	// A Message-ID already used is refused even for another action.
	if err := s.QueueEmail(ExecutedAction{ActionID: "a2", ClientID: c.ID, Status: "done"}, nil, false, testMessage(c.ID, "a2", "<m1@alpha.fr>")); err == nil {
		t.Fatal("duplicate Message-ID accepted")
	}
	if got, found, _ := s.OutboxByMessageID("m1@alpha.fr"); !found || got.ID != m.ID {
		t.Fatalf("by message id: %v %+v", found, got)
	}
}

func TestOutboxStateMachine(t *testing.T) {
	s := openTest(t)
	c := mustClient(t, s, "C1", "Alpha")
	msgs := []*backend.OutboxMessage{testMessage(c.ID, "m:1", "<1@a.fr>"), testMessage(c.ID, "m:2", "<2@a.fr>"), testMessage(c.ID, "m:1", "<3@a.fr>")}
	queued, err := s.QueueMessages(msgs)
	if err != nil || !queued[0] || !queued[1] || queued[2] {
		t.Fatalf("queued %v, %v", queued, err)
	}
	now := testNow
	m, err := s.ClaimOutbox(msgs[0].ID, now)
	if err != nil || m.State != backend.OutboxSending || m.Attempts != 1 {
		t.Fatalf("claim: %+v %v", m, err)
	}
	if _, err := s.ClaimOutbox(msgs[0].ID, now); err != ErrNotClaimable {
		t.Fatalf("second claim: %v", err)
	}
	// A temporary failure puts it back in the queue for later; it cannot be claimed before its time.
	next := now.Add(2 * time.Minute)
	if _, err := s.SettleOutbox(m.ID, OutboxResult{State: backend.OutboxQueued, ErrorKind: "temporary", Error: "451", NextAttempt: next}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimOutbox(m.ID, now); err != ErrNotClaimable {
		t.Fatalf("claim before retry time: %v", err)
	}
	if _, err := s.ClaimOutbox(m.ID, next); err != nil {
		t.Fatal(err)
	}
	// The mailbox refused the sign-in: back in the queue, the attempt given back.
	if m, err = s.SettleOutbox(m.ID, OutboxResult{State: backend.OutboxQueued, ErrorKind: "mailbox", Error: "reconnectez", Release: true}); err != nil || m.Attempts != 1 || m.State != backend.OutboxQueued {
		t.Fatalf("released: %+v %v", m, err)
	}
	if _, err := s.ClaimOutbox(m.ID, next); err != nil {
		t.Fatal(err)
	}
	if m, err = s.SettleOutbox(m.ID, OutboxResult{State: backend.OutboxSent}); err != nil || m.SentAt.IsZero() || m.LastError != "" || m.Attempts != 2 {
		t.Fatalf("sent: %+v %v", m, err)
	}
	if n, _ := s.OutboxSentSince(now.Add(-time.Minute)); n != 1 {
		t.Fatalf("sent since: %d", n)
	}
	// A permanent failure creates the follow-up in the same transaction.
	m2, _ := s.ClaimOutbox(msgs[1].ID, now)
	f := &backend.FollowUp{ClientID: c.ID, Channel: backend.ChannelCall, Reason: "adresse refusée"}
	if _, err := s.SettleOutbox(m2.ID, OutboxResult{State: backend.OutboxFailed, ErrorKind: "permanent", Error: "550", FollowUp: f}); err != nil {
		t.Fatal(err)
	}
	fus, _ := s.FollowUps(false)
	if len(fus) != 1 || fus[0].OutboxID != m2.ID || fus[0].CreatedOn.IsZero() {
		t.Fatalf("follow-ups %+v", fus)
	}
	if _, err := s.CompleteFollowUp(fus[0].ID, "appelé"); err != nil {
		t.Fatal(err)
	}
	if fus, _ = s.FollowUps(false); len(fus) != 0 {
		t.Fatalf("open follow-ups after done: %+v", fus)
	}
	// Failed → queued again by the user; sent → cancelled is refused.
	if _, err := s.ResolveOutbox(m2.ID, backend.OutboxQueued, "adresse corrigée"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ResolveOutbox(m.ID, backend.OutboxCancelled, ""); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("cancel a sent message: %v", err)
	}
	failed, _ := s.Outbox(OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued}})
	if len(failed) != 1 || failed[0].ID != m2.ID {
		t.Fatalf("queued list %+v", failed)
	}
	// The counts (from the index of unsent messages) follow every move.
	wantCounts(t, s, map[backend.OutboxState]int{backend.OutboxSent: 1, backend.OutboxQueued: 1})
	if _, err := s.ResolveOutbox(m2.ID, backend.OutboxCancelled, "envoyé à la main"); err != nil {
		t.Fatal(err)
	}
	wantCounts(t, s, map[backend.OutboxState]int{backend.OutboxSent: 1, backend.OutboxCancelled: 1})
	if q, _ := s.Outbox(OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued, backend.OutboxFailed}}); len(q) != 0 {
		t.Fatalf("nothing waits any more: %+v", q)
	}
	if all, _ := s.Outbox(OutboxQuery{States: []backend.OutboxState{backend.OutboxSent, backend.OutboxCancelled}}); len(all) != 2 {
		t.Fatalf("sent and cancelled: %+v", all)
	}
}

func wantCounts(t *testing.T, s *Store, want map[backend.OutboxState]int) {
	t.Helper()
	got, err := s.OutboxCounts()
	if err != nil || len(got) != len(want) {
		t.Fatalf("counts %v %v, want %v", got, err, want)
	}
	for st, n := range want {
		if got[st] != n {
			t.Fatalf("counts %v, want %v", got, want)
		}
	}
}

func TestMigrationNineIndexesUnsentMail(t *testing.T) {
	path := storeAtSchema(t, 8, func(tx *bolt.Tx) error {
		for i, st := range []backend.OutboxState{backend.OutboxSent, backend.OutboxSending, backend.OutboxSent, backend.OutboxFailed, backend.OutboxQueued} {
			if err := putRecord(tx.Bucket(bOutbox), itob(uint64(i+1)), backend.OutboxMessage{ID: uint64(i + 1), State: st, Subject: "Relance"}); err != nil {
				return err
			}
		}
		return nil
	})
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantCounts(t, s, map[backend.OutboxState]int{backend.OutboxSent: 2, backend.OutboxSending: 1, backend.OutboxFailed: 1, backend.OutboxQueued: 1})
	// The crash recovery finds the message left « sending » through the index.
	if n, err := s.RecoverOutbox(); err != nil || n != 1 {
		t.Fatalf("recovered %d %v", n, err)
	}
	wantCounts(t, s, map[backend.OutboxState]int{backend.OutboxSent: 2, backend.OutboxUncertain: 1, backend.OutboxFailed: 1, backend.OutboxQueued: 1})
}

// A crash while a message is "sending" leaves it uncertain at the next start: never re-sent automatically.
func TestRecoverOutboxAfterCrash(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	c := mustClient(t, s, "C1", "Alpha")
	m := testMessage(c.ID, "x", "<x@a.fr>")
	if _, err := s.QueueMessages([]*backend.OutboxMessage{m}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimOutbox(m.ID, testNow); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n, err := s.RecoverOutbox(); n != 1 || err != nil {
		t.Fatalf("recovered %d, %v", n, err)
	}
	got, _ := s.OutboxMessage(m.ID)
	if got.State != backend.OutboxUncertain {
		t.Fatalf("state %s", got.State)
	}
	if _, err := s.ClaimOutbox(m.ID, testNow.Add(time.Hour)); err != ErrNotClaimable {
		t.Fatalf("an uncertain message was claimable: %v", err)
	}
	if got, err = s.ResolveOutbox(m.ID, backend.OutboxSent, "trouvé dans Envoyés"); err != nil || got.State != backend.OutboxSent {
		t.Fatalf("resolve: %+v %v", got, err)
	}
	evs, _ := s.ClientEvents(c.ID, 0)
	if len(evs) < 2 {
		t.Fatalf("journal: %+v", evs)
	}
}

func TestMigrationFiveAddsOutbox(t *testing.T) {
	path := storeAtSchema(t, 4, nil)
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.read(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bOutbox, bOutboxByAction, bOutboxByMessage, bFollowUps} {
			if tx.Bucket(b) == nil {
				t.Errorf("bucket %s missing", b)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

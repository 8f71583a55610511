package watch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"relance/backend"
)

const day = 24 * time.Hour

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func uidsOf(msgs []Fetched) []uint32 {
	var out []uint32
	for _, m := range msgs {
		out = append(out, m.UID)
	}
	return out
}

func TestFirstSyncThenRestart(t *testing.T) {
	ts := startServer(t, serverOptions{})
	now := time.Now().UTC()
	var want [][]byte
	for _, age := range []int{200, 120, 80, 1, 10, 100} { // UIDs 1..6; the last one is outside the window
		body := ts.add(t, "INBOX", now.Add(-time.Duration(age)*day))
		if age <= 90 {
			want = append(want, body)
		}
	}
	sink := newSink()
	opts := Options{Now: func() time.Time { return now }, LookBack: 90 * day}
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states := sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{3, 4, 5}) {
		t.Fatalf("delivered UIDs %v, want [3 4 5] (within 90 days)", got)
	}
	for i, m := range msgs {
		if !bytes.Equal(m.Raw, want[i]) || m.Size != int64(len(want[i])) || m.Truncated || m.Folder != "INBOX" {
			t.Errorf("message %d: %d bytes, size %d, truncated %v, folder %q", m.UID, len(m.Raw), m.Size, m.Truncated, m.Folder)
		}
		if m.InternalDate.IsZero() || m.InternalDate.Before(now.Add(-91*day)) {
			t.Errorf("message %d: internal date %v", m.UID, m.InternalDate)
		}
	}
	st := states["INBOX"]
	if st.UIDValidity == 0 || st.LastUID != 6 {
		t.Fatalf("state %+v, want LastUID 6", st)
	}

	// A restart with the saved state delivers nothing more, and does not even call Deliver.
	calls := sink.calls
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	if msgs2, _ := sink.snapshot(); len(msgs2) != 3 || sink.calls != calls {
		t.Fatalf("second sync delivered %d messages in %d calls", len(msgs2)-3, sink.calls-calls)
	}

	// A new message, even dated long ago (moved in from an archive), is above LastUID: delivered.
	ts.add(t, "INBOX", now.Add(-400*day))
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states = sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{3, 4, 5, 7}) || states["INBOX"].LastUID != 7 {
		t.Fatalf("after one more: %v, state %+v", got, states["INBOX"])
	}
	ts.checkReadOnly(t)
}

// One message the server cannot give never blocks the others, nor every later synchronisation, and is not passed
// over either: the state remembers it and each later synchronisation asks for it again. Given at last, it is
// delivered whole.
func TestMessageTheServerRefusesIsRetried(t *testing.T) {
	ts := startServer(t, serverOptions{})
	now := time.Now().UTC()
	for i := 0; i < 3; i++ {
		ts.add(t, "INBOX", now.Add(-day))
	}
	ts.mu.Lock()
	ts.brokenUID = 2
	ts.mu.Unlock()
	sink := newSink()
	opts := Options{Now: func() time.Time { return now }}
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states := sink.snapshot()
	st := states["INBOX"]
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{1, 3}) || st.LastUID != 3 {
		t.Fatalf("delivered %v, state %+v", got, st)
	}
	if len(st.Retry) != 1 || st.Retry[0].UID != 2 || st.Retry[0].Attempts != 1 || !strings.Contains(st.Retry[0].Why, "RFC-822") {
		t.Fatalf("the refused message is not remembered: %+v", st.Retry)
	}
	// The next synchronisation is not stuck on it, and asks for it again.
	ts.add(t, "INBOX", now)
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states = sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{1, 3, 4}) || states["INBOX"].LastUID != 4 || len(states["INBOX"].Retry) != 1 || states["INBOX"].Retry[0].Attempts != 2 {
		t.Fatalf("second sync: %v, state %+v", got, states["INBOX"])
	}
	// The server gives it now (repaired): delivered whole, nothing left to retry.
	ts.mu.Lock()
	ts.brokenUID = 0
	ts.mu.Unlock()
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states = sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{1, 3, 4, 2}) || len(states["INBOX"].Retry) != 0 || len(msgs[3].Raw) == 0 || msgs[3].Failed != "" {
		t.Fatalf("once given: %v, state %+v", got, states["INBOX"])
	}
}

// A message the server keeps refusing is asked for MaxAttempts times, then delivered as unreadable with what the
// server said (the owner sees it arrived and opens it in their mail program), and no longer asked for.
func TestMessageAlwaysRefusedIsListedUnreadable(t *testing.T) {
	ts := startServer(t, serverOptions{})
	now := time.Now().UTC()
	for i := 0; i < 2; i++ {
		ts.add(t, "INBOX", now.Add(-day))
	}
	ts.mu.Lock()
	ts.brokenUID = 1
	ts.mu.Unlock()
	sink := newSink()
	opts := Options{Now: func() time.Time { return now }}
	for i := 1; i <= MaxAttempts; i++ {
		if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
			t.Fatal(err)
		}
		msgs, states := sink.snapshot()
		if i < MaxAttempts && (!slices.Equal(uidsOf(msgs), []uint32{2}) || len(states["INBOX"].Retry) != 1 || states["INBOX"].Retry[0].Attempts != i) {
			t.Fatalf("sync %d: %v, state %+v", i, uidsOf(msgs), states["INBOX"])
		}
	}
	msgs, states := sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{2, 1}) || len(states["INBOX"].Retry) != 0 {
		t.Fatalf("after %d syncs: %v, state %+v", MaxAttempts, got, states["INBOX"])
	}
	if f := msgs[1].Failed; len(msgs[1].Raw) != 0 || !strings.Contains(f, "RFC-822") || !strings.Contains(f, fmt.Sprintf("refusé %d fois", MaxAttempts)) {
		t.Fatalf("the unreadable message: %q", f)
	}
	calls := sink.calls
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	if sink.calls != calls {
		t.Errorf("a message listed unreadable is still asked for")
	}
}

func TestEmptyFolderRecordsState(t *testing.T) {
	ts := startServer(t, serverOptions{})
	ts.add(t, "INBOX", time.Now().Add(-300*day)) // outside the window
	sink := newSink()
	if err := New(ts.account(), sink, Options{}).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states := sink.snapshot()
	if len(msgs) != 0 || states["INBOX"].LastUID != 1 || sink.calls != 1 {
		t.Fatalf("%d messages, state %+v, %d calls", len(msgs), states["INBOX"], sink.calls)
	}
}

func TestReadOnlyFlagsUnchanged(t *testing.T) {
	ts := startServer(t, serverOptions{folders: []string{"Factures"}})
	now := time.Now()
	ts.add(t, "INBOX", now.Add(-2*day))
	ts.add(t, "INBOX", now.Add(-1*day), imap.FlagSeen)
	ts.add(t, "INBOX", now.Add(-3*time.Hour), imap.FlagFlagged)
	ts.add(t, "Factures", now.Add(-time.Hour))
	before := ts.flags(t, "INBOX")
	beforeF := ts.flags(t, "Factures")
	sink := newSink()
	acc := ts.account()
	acc.Folders = []string{"INBOX", "Factures"}
	if err := New(acc, sink, Options{}).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := sink.snapshot(); len(msgs) != 4 {
		t.Fatalf("%d messages delivered, want 4", len(msgs))
	}
	if after := ts.flags(t, "INBOX"); !slices.EqualFunc(before, after, slices.Equal) {
		t.Errorf("INBOX flags changed: %v → %v", before, after)
	}
	if after := ts.flags(t, "Factures"); !slices.EqualFunc(beforeF, after, slices.Equal) {
		t.Errorf("Factures flags changed: %v → %v", beforeF, after)
	}
	if len(before[0]) != 0 || !slices.Contains(before[1], imap.FlagSeen) {
		t.Fatalf("unexpected initial flags %d %q", len(before), before)
	}
	ts.checkReadOnly(t)
}

func TestIdleDelivery(t *testing.T) {
	ts := startServer(t, serverOptions{})
	ts.add(t, "INBOX", time.Now().Add(-day))
	sink := newSink()
	var log statusLog
	w := New(ts.account(), sink, Options{OnStatus: log.add, Backoff: fastBackoff})
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "idle", func() bool { return log.last().Phase == PhaseIdle })
	if st := log.last(); !st.IDLE || st.Folder != "INBOX" || st.Since.IsZero() || st.Error != "" {
		t.Fatalf("status %+v", st)
	}
	for i := range 3 {
		start := time.Now()
		body := ts.add(t, "INBOX", time.Now())
		waitFor(t, 3*time.Second, "IDLE delivery", func() bool {
			msgs, _ := sink.snapshot()
			return len(msgs) == 2+i
		})
		msgs, states := sink.snapshot()
		if last := msgs[len(msgs)-1]; !bytes.Equal(last.Raw, body) || last.UID != uint32(2+i) || states["INBOX"].LastUID != uint32(2+i) {
			t.Fatalf("delivered UID %d, state %+v", last.UID, states["INBOX"])
		}
		t.Logf("IDLE delivery in %v", time.Since(start))
	}

	// A burst: the next message lands while the watcher is delivering the previous one and going back to IDLE.
	var once sync.Once
	sink.mu.Lock()
	sink.onDeliver = func(msgs []Fetched) {
		if len(msgs) > 0 {
			once.Do(func() { ts.add(t, "INBOX", time.Now()) })
		}
	}
	sink.mu.Unlock()
	ts.add(t, "INBOX", time.Now())
	waitFor(t, 3*time.Second, "both messages of a burst", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 6
	})
	ts.checkReadOnly(t)
}

func TestPollingFallback(t *testing.T) {
	ts := startServer(t, serverOptions{})
	sink := newSink()
	var log statusLog
	w := New(ts.account(), sink, Options{OnStatus: log.add, ForcePoll: true, Poll: 50 * time.Millisecond, Backoff: fastBackoff})
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "polling", func() bool { return log.last().Phase == PhasePolling })
	if st := log.last(); st.IDLE {
		t.Fatalf("status %+v", st)
	}
	ts.add(t, "INBOX", time.Now())
	waitFor(t, 3*time.Second, "polled delivery", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 1
	})
	ts.checkReadOnly(t)
}

func TestWake(t *testing.T) {
	ts := startServer(t, serverOptions{})
	sink := newSink()
	var log statusLog
	w := New(ts.account(), sink, Options{OnStatus: log.add, ForcePoll: true, Poll: time.Hour, Backoff: fastBackoff})
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "polling", func() bool { return log.last().Phase == PhasePolling })
	ts.add(t, "INBOX", time.Now())
	time.Sleep(100 * time.Millisecond)
	if msgs, _ := sink.snapshot(); len(msgs) != 0 {
		t.Fatal("delivered before the poll period or a wake")
	}
	w.Wake()
	waitFor(t, 3*time.Second, "delivery after Wake", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 1
	})
}

func TestReconnect(t *testing.T) {
	ts := startServer(t, serverOptions{})
	ts.add(t, "INBOX", time.Now().Add(-day))
	sink := newSink()
	var log statusLog
	w := New(ts.account(), sink, Options{OnStatus: log.add, Backoff: fastBackoff})
	w.cmdTimeout = 2 * time.Second
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "idle", func() bool { return log.last().Phase == PhaseIdle })

	ts.stop()
	waitFor(t, 5*time.Second, "offline", func() bool { return log.last().Phase == PhaseOffline })
	off := log.last()
	if off.Since.IsZero() || off.Error == "" {
		t.Fatalf("offline status %+v", off)
	}
	// While the server is down, reconnection attempts fail: « Serveur IMAP injoignable : connexion refusée ».
	waitFor(t, 5*time.Second, "a refused reconnection", func() bool {
		return strings.HasPrefix(log.last().Error, "Serveur IMAP injoignable : connexion refusée")
	})
	if st := log.last(); !st.Since.Equal(off.Since) {
		t.Errorf("offline since moved: %v → %v", off.Since, st.Since)
	}
	ts.add(t, "INBOX", time.Now())
	ts.restart()
	waitFor(t, 5*time.Second, "delivery after reconnection", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 2
	})
	waitFor(t, 5*time.Second, "idle again", func() bool { return log.last().Phase == PhaseIdle })
	if st := log.last(); st.Error != "" || !st.Since.After(off.Since) {
		t.Errorf("status after reconnection %+v", st)
	}
	time.Sleep(100 * time.Millisecond)
	msgs, states := sink.snapshot()
	if got := uidsOf(msgs); !slices.Equal(got, []uint32{1, 2}) || states["INBOX"].LastUID != 2 {
		t.Fatalf("delivered %v, state %+v", got, states["INBOX"])
	}
	ts.checkReadOnly(t)
}

func TestUIDValidityChange(t *testing.T) {
	ts := startServer(t, serverOptions{})
	now := time.Now()
	for _, age := range []int{100, 5, 1} {
		ts.add(t, "INBOX", now.Add(-time.Duration(age)*day))
	}
	sink := newSink()
	opts := Options{LookBack: 30 * day}
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	_, states := sink.snapshot()
	old := states["INBOX"]
	if old.LastUID != 3 {
		t.Fatalf("state %+v", old)
	}

	// The mailbox is recreated (new UIDVALIDITY), with more messages than LastUID, old and new.
	if err := ts.user.Delete("INBOX"); err != nil {
		t.Fatal(err)
	}
	if err := ts.user.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	var want [][]byte
	for _, age := range []int{300, 200, 100, 20, 2, 60, 0} {
		b := ts.add(t, "INBOX", now.Add(-time.Duration(age)*day))
		if age <= 30 {
			want = append(want, b)
		}
	}
	before := len(sink.msgs)
	if err := New(ts.account(), sink, opts).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, states := sink.snapshot()
	got := msgs[before:]
	if uids := uidsOf(got); !slices.Equal(uids, []uint32{4, 5, 7}) {
		t.Fatalf("resync delivered %v, want [4 5 7] (the 30-day window only)", uids)
	}
	for i := range got {
		if !bytes.Equal(got[i].Raw, want[i]) {
			t.Errorf("UID %d: wrong body", got[i].UID)
		}
	}
	st := states["INBOX"]
	if st.UIDValidity == old.UIDValidity || st.LastUID != 7 {
		t.Fatalf("state %+v after resync (was %+v)", st, old)
	}
}

func TestFirstSyncLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("10 000 messages")
	}
	const n = 10000
	ts := startServer(t, serverOptions{})
	now := time.Now()
	for i := range n {
		ts.addRaw(t, "INBOX", testMessage(now.Add(-time.Duration(n-i)*time.Minute), 2000), now.Add(-time.Duration(n-i)*time.Minute))
	}
	sink := newSink()
	sink.keepRaw = false
	var log statusLog
	start := time.Now()
	if err := New(ts.account(), sink, Options{OnStatus: log.add}).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	t.Logf("first sync of %d messages in %v, %d Deliver calls", n, time.Since(start), sink.calls)
	msgs, states := sink.snapshot()
	if len(msgs) != n || states["INBOX"].LastUID != n {
		t.Fatalf("%d messages, state %+v", len(msgs), states["INBOX"])
	}
	for i, m := range msgs {
		if m.UID != uint32(i+1) {
			t.Fatalf("message %d has UID %d: not in UID order", i, m.UID)
		}
	}
	if sink.maxBatch > maxBatch {
		t.Errorf("batch of %d messages", sink.maxBatch)
	}
	var syncing []Status
	for _, s := range log.all() {
		if s.Phase == PhaseSyncing {
			syncing = append(syncing, s)
		}
	}
	if len(syncing) < n/maxBatch {
		t.Fatalf("%d progress reports", len(syncing))
	}
	for i := 1; i < len(syncing); i++ {
		if syncing[i].Done < syncing[i-1].Done || syncing[i].Total != n {
			t.Fatalf("progress %+v after %+v", syncing[i], syncing[i-1])
		}
	}
	if last := syncing[len(syncing)-1]; last.Done != last.Total {
		t.Fatalf("last progress %+v", last)
	}
}

func TestTruncatedLargeMessage(t *testing.T) {
	if testing.Short() {
		t.Skip("26 MB message")
	}
	ts := startServer(t, serverOptions{})
	now := time.Now()
	big := testMessage(now, MaxFetchBytes+1<<20)
	ts.addRaw(t, "INBOX", big, now)
	small := ts.add(t, "INBOX", now)
	sink := newSink()
	if err := New(ts.account(), sink, Options{}).SyncOnce(testContext(t)); err != nil {
		t.Fatal(err)
	}
	msgs, _ := sink.snapshot()
	if len(msgs) != 2 {
		t.Fatalf("%d messages", len(msgs))
	}
	if m := msgs[0]; !m.Truncated || len(m.Raw) != MaxFetchBytes || m.Size != int64(len(big)) || !bytes.Equal(m.Raw, big[:MaxFetchBytes]) {
		t.Errorf("large: truncated %v, %d bytes of %d", m.Truncated, len(m.Raw), m.Size)
	}
	if m := msgs[1]; m.Truncated || !bytes.Equal(m.Raw, small) {
		t.Errorf("small: truncated %v, %d bytes", m.Truncated, len(m.Raw))
	}
	ts.checkReadOnly(t)
}

func TestSecurityAndAuth(t *testing.T) {
	for _, sec := range []Security{SecurityTLS, SecurityStartTLS} {
		t.Run(string(sec), func(t *testing.T) {
			ts := startServer(t, serverOptions{security: sec})
			ts.add(t, "INBOX", time.Now())
			acc := ts.account()
			acc.Host = "localhost"
			sink := newSink()
			if err := New(acc, sink, Options{}).SyncOnce(testContext(t)); err != nil {
				t.Fatal(err)
			}
			if msgs, _ := sink.snapshot(); len(msgs) != 1 {
				t.Fatalf("%d messages", len(msgs))
			}
			// Certificates are always verified: without the test root, the server is refused.
			acc.RootCAs = nil
			err := New(acc, newSink(), Options{}).SyncOnce(testContext(t))
			var e *backend.Error
			if !errors.As(err, &e) || e.Code != backend.EINVALID || !strings.Contains(e.Message, "certificat TLS invalide") {
				t.Fatalf("%v", err)
			}
		})
	}
	t.Run("xoauth2", func(t *testing.T) {
		ts := startServer(t, serverOptions{oauth: true})
		ts.add(t, "INBOX", time.Now())
		acc := ts.account()
		acc.Password, acc.Token = "", testToken
		sink := newSink()
		if err := New(acc, sink, Options{}).SyncOnce(testContext(t)); err != nil {
			t.Fatal(err)
		}
		if msgs, _ := sink.snapshot(); len(msgs) != 1 {
			t.Fatalf("%d messages", len(msgs))
		}
		acc.Token = "périmé"
		err := New(acc, newSink(), Options{}).SyncOnce(testContext(t))
		if backend.ErrorMessage(err) != "Identifiant ou mot de passe refusé" {
			t.Fatalf("%v", err)
		}
	})
}

func TestErrors(t *testing.T) {
	ts := startServer(t, serverOptions{})
	ts.add(t, "INBOX", time.Now())

	acc := ts.account()
	acc.Password = "mauvais"
	err := New(acc, newSink(), Options{}).SyncOnce(testContext(t))
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != backend.EINVALID || e.Message != "Identifiant ou mot de passe refusé" {
		t.Errorf("wrong password: %v", err)
	}

	acc = ts.account()
	acc.Folders = []string{"INBOX", "Factures"}
	sink := newSink()
	err = New(acc, sink, Options{}).SyncOnce(testContext(t))
	if !errors.As(err, &e) || e.Code != backend.ENOTFOUND || e.Message != "Dossier « Factures » introuvable" {
		t.Errorf("missing folder: %v", err)
	}
	if msgs, _ := sink.snapshot(); len(msgs) != 1 {
		t.Errorf("the other folder was not synchronised: %d messages", len(msgs))
	}

	acc = ts.account()
	acc.Host = "imap.exemple.fr"
	if err := New(acc, newSink(), Options{}).SyncOnce(testContext(t)); !errors.As(err, &e) || !strings.Contains(e.Message, "non chiffrée refusée") {
		t.Errorf("clear text to a remote host: %v", err)
	}

	ts.stop()
	err = New(ts.account(), newSink(), Options{}).SyncOnce(testContext(t))
	if !errors.As(err, &e) || e.Code != backend.EUNAVAILABLE || !strings.HasPrefix(e.Message, "Serveur IMAP injoignable : connexion refusée") {
		t.Errorf("server down: %v", err)
	}
}

func TestRunReportsErrorsAndKeepsWatching(t *testing.T) {
	ts := startServer(t, serverOptions{})
	acc := ts.account()
	acc.Folders = []string{"Factures", "INBOX"}
	var log statusLog
	sink := newSink()
	w := New(acc, sink, Options{OnStatus: log.add, Backoff: fastBackoff})
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "idle", func() bool { return log.last().Phase == PhaseIdle })
	if st := log.last(); st.Folder != "INBOX" || st.Error != "Dossier « Factures » introuvable" {
		t.Fatalf("status %+v", st)
	}
	ts.add(t, "INBOX", time.Now())
	waitFor(t, 3*time.Second, "delivery", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 1
	})

	// A refused login: offline, with the French message, and retried.
	ts2 := startServer(t, serverOptions{})
	acc2 := ts2.account()
	acc2.Password = "mauvais"
	var log2 statusLog
	w2 := New(acc2, newSink(), Options{OnStatus: log2.add, Backoff: fastBackoff})
	runWatcher(t, w2)
	waitFor(t, 5*time.Second, "offline", func() bool { return log2.last().Phase == PhaseOffline })
	if st := log2.last(); st.Error != "Identifiant ou mot de passe refusé" || st.Since.IsZero() {
		t.Fatalf("status %+v", st)
	}
	waitFor(t, 5*time.Second, "a retry", func() bool {
		ts2.mu.Lock()
		defer ts2.mu.Unlock()
		return ts2.logins >= 2
	})
}

func TestSinkFailureIsRetried(t *testing.T) {
	ts := startServer(t, serverOptions{})
	ts.add(t, "INBOX", time.Now())
	sink := newSink()
	sink.fail = backend.Errorf(backend.EUNAVAILABLE, "base occupée")
	var log statusLog
	w := New(ts.account(), sink, Options{OnStatus: log.add, Backoff: fastBackoff})
	runWatcher(t, w)
	waitFor(t, 5*time.Second, "offline", func() bool { return log.last().Phase == PhaseOffline })
	if st := log.last(); !strings.Contains(st.Error, "base occupée") {
		t.Fatalf("status %+v", st)
	}
	sink.mu.Lock()
	sink.fail = nil
	sink.mu.Unlock()
	waitFor(t, 5*time.Second, "delivery", func() bool {
		msgs, _ := sink.snapshot()
		return len(msgs) == 1
	})
}

package documents

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/documents/documentstest"
	"relance/backend/service"
	"relance/backend/store"
)

// ledgerWithOverdue is the documents over a store in a temporary data directory, on 2026-11-23, holding
// documentstest's ledger.
func ledgerWithOverdue(t *testing.T) (*Service, backend.Client, backend.Client) {
	t.Helper()
	dir := t.TempDir()
	clock := backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{Clock: clock})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	biz, cons := documentstest.OverdueLedger(t, st)
	return &Service{Deps: &service.Deps{Store: st, Clock: clock, Emitter: service.NopEmitter{}}, Data: dir}, biz, cons
}

// on is the same documents at another time.
func on(s *Service, at time.Time) *Service {
	d := *s.Deps
	d.Clock = backend.FixedClock(at)
	return &Service{Deps: &d, Data: s.Data, Halts: s.Halts}
}

type recorder []string

func (r *recorder) Emit(name string, _ any) { *r = append(*r, name) }

// Each change to the archive is told once, after it is written; a draft shown or refused changes nothing.
func TestDocumentsTellTheAdaptersWhatChanged(t *testing.T) {
	s, _, _ := ledgerWithOverdue(t)
	var events recorder
	s.Emitter = &events
	first, _ := s.Store.InvoiceByNumber("F-2026-0101")
	if _, err := s.NoticeDraft(NoticeRequest{InvoiceID: first.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID, DeadlineDays: 90}); err == nil {
		t.Fatal("a deadline of 90 days was accepted")
	}
	if len(events) != 0 {
		t.Fatalf("events before any change: %q", events)
	}
	n, err := s.GenerateNotice(NoticeRequest{InvoiceID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordSending(n.Document.ID, "", "2099-01-01", ""); err == nil {
		t.Fatal("a sending in the future was recorded")
	}
	l, err := s.GenerateReminderLetter(first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordSending(n.Document.ID, "", "2026-11-23", ""); err != nil {
		t.Fatal(err)
	}
	if err := s.DiscardDraft(l.Document.ID); err != nil {
		t.Fatal(err)
	}
	if len(events) != 4 || slices.ContainsFunc(events, func(e string) bool { return e != service.EventLedgerChanged }) {
		t.Fatalf("events %q, want 4 × %s", events, service.EventLedgerChanged)
	}
}

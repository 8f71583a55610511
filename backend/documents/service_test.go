package documents

import (
	"path/filepath"
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

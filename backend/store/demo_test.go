package store

import (
	"testing"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
	"relance/backend/demo"
)

func loadTestDemo(t *testing.T, s *Store) demo.Data {
	t.Helper()
	d := demo.Generate(demo.Options{Clients: 20, Invoices: 150, Messages: 40, Seed: 3, Today: backend.DateOf(testNow)})
	ms := make([]NewInteraction, len(d.Messages))
	for i, m := range d.Messages {
		ms[i] = NewInteraction(m)
	}
	if err := s.LoadDemo(d.Clients, d.Invoices, d.Payments, ms); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestLoadDemoMarksAndEraseDemoEmpties(t *testing.T) {
	s := openTest(t)
	if _, found, err := s.DemoMark(); err != nil || found {
		t.Fatalf("a new ledger is marked demo: %v %v", found, err)
	}
	if _, err := s.EraseDemo(false); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("erasing a real ledger: %v", err)
	}
	if err := s.SetSetting("preferences", map[string]string{"language": "en"}); err != nil {
		t.Fatal(err)
	}
	d := loadTestDemo(t, s)
	m, found, err := s.DemoMark()
	if err != nil || !found || m.Clients != 20 || m.Invoices != 150 || m.Messages != 40 || !m.LoadedAt.Equal(testNow) {
		t.Fatalf("mark %+v %v %v", m, found, err)
	}
	c := mustClient(t, s, "REAL1", "Client saisi pendant la démo") // a client added by hand goes with the rest
	msg := testMessage(c.ID, "demo-action", "<m1@atelier-demo.example>")
	if _, err := s.QueueMessages([]*backend.OutboxMessage{msg}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveCompany(&backend.Company{LegalName: "Atelier Démo", SIREN: "552081317"}); err != nil {
		t.Fatal(err)
	}
	seq := func() (n uint64) {
		_ = s.read(func(tx *bolt.Tx) error { n = tx.Bucket(bClients).Sequence(); return nil })
		return n
	}
	before := seq()

	got, err := s.EraseDemo(true)
	if err != nil {
		t.Fatal(err)
	}
	if got.Clients != len(d.Clients)+1 || got.Invoices != len(d.Invoices) || got.Messages != len(d.Messages) || got.Outbox != 1 || !got.Company {
		t.Fatalf("erased %+v", got)
	}
	o, err := s.Overview()
	if err != nil || o.Clients != 0 || o.Invoices != 0 {
		t.Fatalf("after erase: %+v %v", o, err)
	}
	if out, _ := s.Outbox(OutboxQuery{}); len(out) != 0 {
		t.Fatalf("outbox after erase: %+v", out)
	}
	if co, _ := s.Company(); co.LegalName != "" {
		t.Fatalf("company after erase: %+v", co)
	}
	if _, found, _ := s.DemoMark(); found {
		t.Fatal("still marked demo after erase")
	}
	var prefs map[string]string
	if ok, _ := s.Setting("preferences", &prefs); !ok || prefs["language"] != "en" {
		t.Fatalf("preferences lost: %v", prefs)
	}
	if sc, err := s.Scenarios(); err != nil || len(sc) == 0 {
		t.Fatalf("scenarios lost: %v %v", sc, err)
	}
	evs, err := s.Events()
	if err != nil || len(evs) != 1 || evs[0].Kind != "demo.erased" {
		t.Fatalf("journal after erase: %+v %v", evs, err)
	}
	// Ids carry on: a new client does not reuse a demo client's id.
	if after := seq(); after != before {
		t.Fatalf("sequence %d, was %d", after, before)
	}
	if c2 := mustClient(t, s, "NEW", "Nouveau"); c2.ID <= before {
		t.Fatalf("new client id %d reuses an old one (≤ %d)", c2.ID, before)
	}
	if _, err := s.EraseDemo(false); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("second erase: %v", err)
	}
}

func TestMigrationTenMarksOldDemoLedgers(t *testing.T) {
	event := func(kind string) func(tx *bolt.Tx) error {
		return func(tx *bolt.Tx) error {
			for i, k := range []string{"company.updated", kind, "client.created"} {
				if err := putRecord(tx.Bucket(bEvents), itob(uint64(i+1)), backend.Event{ID: uint64(i + 1), Kind: k, At: testNow, Summary: "x"}); err != nil {
					return err
				}
			}
			return putRecord(tx.Bucket(bClients), itob(1), backend.Client{ID: 1, Code: "C00001", Name: "Boulangerie", Email: "contact@boulangerie-martin.fr"})
		}
	}
	for _, tc := range []struct {
		kind string
		want bool
	}{{"demo.loaded", true}, {"import.done", false}} {
		s, err := Open(storeAtSchema(t, 9, event(tc.kind)), Options{Clock: backend.FixedClock(testNow)})
		if err != nil {
			t.Fatal(err)
		}
		m, found, err := s.DemoMark()
		s.Close()
		if err != nil || found != tc.want {
			t.Fatalf("%s: marked %v (%+v), want %v; %v", tc.kind, found, m, tc.want, err)
		}
		if found && (!m.Migrated || m.Clients != 1 || !m.LoadedAt.Equal(testNow)) {
			t.Fatalf("mark %+v", m)
		}
	}
}

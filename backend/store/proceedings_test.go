package store

import (
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// A store at schema 10 (before the watch) gains the checks bucket, keeps its data, and records checks.
func TestMigrationAddsCompanyChecks(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		m, _ := tx.CreateBucket(bMeta)
		for i := 0; i < 10; i++ {
			if err := migrations[i](tx); err != nil {
				return err
			}
		}
		if tx.Bucket(bCompanyChecks) != nil {
			t.Error("bucket before migration 11")
		}
		_ = putRecord(tx.Bucket(bClients), itob(1), backend.Client{ID: 1, Code: "C1", Name: "Alpha", SIREN: "523456788"})
		return m.Put([]byte("schema"), itob(10))
	})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if c, err := s.Client(1); err != nil || c.SIREN != "523456788" {
		t.Fatalf("client after migration: %+v %v", c, err)
	}
	if _, found, err := s.CompanyCheck(1); err != nil || found {
		t.Fatalf("check before any watch: %v %v", found, err)
	}
	p := backend.Proceeding{Kind: backend.ProcReorganisation, Court: "TRIBUNAL DE COMMERCE DE LYON", OpenedOn: backend.MustDate("2026-10-14"),
		PublishedOn: backend.MustDate("2026-10-22"), Events: []backend.ProceedingEvent{{ID: "A1", Kind: backend.JudgmentOpening,
			Nature: "Jugement d'ouverture d'une procédure de redressement judiciaire", Date: backend.MustDate("2026-10-14"), Court: "TRIBUNAL DE COMMERCE DE LYON"}}}
	if err := s.PutCompanyCheck(backend.CompanyCheck{ClientID: 1, SIREN: "523456788", Proceedings: []backend.Proceeding{p}}); err != nil {
		t.Fatal(err)
	}
	// The owner's record is kept by a new watch.
	if err := s.SetOverindebted(1, backend.MustDate("2026-11-02")); err != nil {
		t.Fatal(err)
	}
	if err := s.PutCompanyCheck(backend.CompanyCheck{ClientID: 1, SIREN: "523456788", Proceedings: []backend.Proceeding{p}, Closed: true}); err != nil {
		t.Fatal(err)
	}
	c, found, err := s.CompanyCheck(1)
	if err != nil || !found || c.Overindebted != backend.MustDate("2026-11-02") || c.Current() == nil || !c.Closed {
		t.Fatalf("check %+v %v", c, err)
	}
	// Each change is in the client's journal once: the opening, the record, the closing.
	evs, err := s.ClientEvents(1, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range evs {
		got = append(got, e.Summary)
	}
	want := "Annuaire des entreprises : entreprise fermée | Surendettement : dossier déclaré recevable le 02/11/2026 | " +
		"BODACC : Jugement d'ouverture d'une procédure de redressement judiciaire du 14/10/2026 (tribunal de commerce de Lyon)"
	if strings.Join(got, " | ") != want {
		t.Errorf("journal:\n%s\nwant\n%s", strings.Join(got, " | "), want)
	}
	// The same record twice is journaled once.
	if err := s.SetOverindebted(1, backend.MustDate("2026-11-02")); err != nil {
		t.Fatal(err)
	}
	if evs2, _ := s.ClientEvents(1, 0); len(evs2) != len(evs) {
		t.Errorf("a repeated record was journaled again: %d events, want %d", len(evs2), len(evs))
	}
}

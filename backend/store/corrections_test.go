package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"relance/backend"
)

func TestClassCorrectionsKeptBoundedAndErased(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		t.Fatal(err)
	}
	add := func(id, client uint64, was, class string) {
		t.Helper()
		if err := s.AddClassCorrection(backend.ClassCorrection{InteractionID: id, ClientID: client, Was: was, Class: class, Text: fmt.Sprint("message ", id)}); err != nil {
			t.Fatal(err)
		}
	}
	add(1, 7, "promise", "other")
	add(1, 7, "other", "dispute") // corrected again: one entry, what Relance read at first
	cs, err := s.ClassCorrections()
	if err != nil || len(cs) != 1 || cs[0].Was != "promise" || cs[0].Class != "dispute" {
		t.Fatalf("%+v %v", cs, err)
	}
	add(1, 7, "dispute", "promise") // back to Relance's reading: nothing left to learn
	if cs, _ := s.ClassCorrections(); len(cs) != 0 {
		t.Fatalf("%+v", cs)
	}
	for id := uint64(1); id <= MaxCorrections+20; id++ {
		add(id, 7+id%2, "other", "paid")
	}
	cs, _ = s.ClassCorrections()
	if len(cs) != MaxCorrections || cs[0].InteractionID != 21 || cs[len(cs)-1].InteractionID != MaxCorrections+20 {
		t.Fatalf("%d kept, first %d", len(cs), cs[0].InteractionID)
	}
	// Kept across a reopen, in the file.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(path, Options{Clock: backend.FixedClock(testNow)}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if cs, _ := s.ClassCorrections(); len(cs) != MaxCorrections {
		t.Fatalf("after reopen: %d", len(cs))
	}
	// Erasing a client's personal data takes its corrections (they quote its messages).
	c := mustClient(t, s, "C8", "Huit")
	add(9999, c.ID, "other", "dispute")
	if err := s.ErasePersonalData(c.ID); err != nil {
		t.Fatal(err)
	}
	cs, _ = s.ClassCorrections()
	for _, x := range cs {
		if x.ClientID == c.ID {
			t.Fatalf("correction of an erased client kept: %+v", x)
		}
	}
}

package app

import (
	"path/filepath"
	"testing"

	"relance/backend/service"

	"relance/backend"
	"relance/backend/store"
)

// The guide's state lives in the data folder: it survives a restart of that folder and another folder has its own.
func TestFirstRunBelongsToTheDataFolder(t *testing.T) {
	dir := t.TempDir()
	open := func(sub string) (*SettingsAPI, func()) {
		st, err := store.Open(filepath.Join(dir, sub, store.FileName), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return &SettingsAPI{env: &Env{Deps: service.Deps{Store: st, Emitter: NopEmitter{}}}}, func() { st.Close() }
	}
	a, closeA := open("a")
	if m, err := a.FirstRun(); err != nil || m != "" {
		t.Fatalf("new folder: %q %v", m, err)
	}
	if m, err := a.SetFirstRun("skipped"); err != nil || m != "skipped" {
		t.Fatalf("skip: %q %v", m, err)
	}
	if _, err := a.SetFirstRun("done"); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("bad mark: %v", err)
	}
	closeA()

	a, closeA = open("a")
	defer closeA()
	if m, _ := a.FirstRun(); m != "skipped" {
		t.Fatalf("after reopening: %q", m)
	}
	b, closeB := open("b")
	defer closeB()
	if m, _ := b.FirstRun(); m != "" {
		t.Fatalf("another folder sees %q", m)
	}
	if m, err := a.SetFirstRun("finished"); err != nil || m != "finished" {
		t.Fatalf("finish: %q %v", m, err)
	}
	if m, err := a.SetFirstRun(""); err != nil || m != "" {
		t.Fatalf("reset: %q %v", m, err)
	}
}

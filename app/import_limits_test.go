package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"relance/backend/store"
)

// A copy left by an import killed before it replaced the store is removed when the store opens again.
func TestLeftoverImportCopyRemoved(t *testing.T) {
	data := t.TempDir()
	db := filepath.Join(data, store.FileName)
	st, err := store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := exec.Command("cp", db, db+".import").Run(); err != nil {
		t.Fatal(err)
	}
	st, err = store.Open(db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if _, err := os.Stat(db + ".import"); !os.IsNotExist(err) {
		t.Errorf("leftover copy kept: %v", err)
	}
}

package app

import (
	"errors"
	"strings"
	"testing"

	"relance/app/desktop"
	"relance/backend"
	"relance/backend/store"
)

// Relance launched while its data is held: by a window, that window is asked to come to the front and this launch
// ends quietly; by a command (no window answers), it ends with a French message saying what holds the data and
// what to do — never an empty window.
func TestASecondLaunchWhileTheDataIsHeld(t *testing.T) {
	dirs := desktop.ResolveDirs(t.TempDir())
	st, err := store.Open(dirs.Store, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	raised := ""
	err = RunGUI(dirs, nil, "test", CommandChannel{Raise: func(data string) error { raised = data; return nil }})
	if err != nil || raised != dirs.Data {
		t.Fatalf("a window holds the data: raise(%q), err %v", raised, err)
	}

	err = RunGUI(dirs, nil, "test", CommandChannel{Raise: func(string) error { return errors.New("no window") }})
	if backend.ErrorCode(err) != backend.ECONFLICT || !strings.Contains(err.Error(), "commande Relance en cours") ||
		!strings.Contains(err.Error(), "réessayez") {
		t.Fatalf("a command holds the data: %v", err)
	}
}

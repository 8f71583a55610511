package store

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"relance/backend"
)

// The child process: imports 100 000 invoices into the store named by the environment, then idles.
func TestHelperImportProcess(t *testing.T) {
	path := os.Getenv("RELANCE_KILL_TEST_STORE")
	if path == "" {
		t.Skip("run only as the child of TestKillDuringImport")
	}
	s, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	started := filepath.Join(filepath.Dir(path), "started")
	_, err = s.ImportInvoices(context.Background(), invoiceRows(100000, "A"), ImportOptions{Progress: func(done, total int) {
		if done == 20000 {
			_ = os.WriteFile(started, nil, 0o600)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	_ = os.WriteFile(filepath.Join(filepath.Dir(path), "done"), nil, 0o600)
	time.Sleep(time.Minute)
}

// A process killed with SIGKILL in the middle of a 100 000-row import leaves a store that opens, with either
// none or all of the batch.
func TestKillDuringImport(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	// The last round waits for the commit and kills right after it: the whole batch must then be there.
	for round, delay := range []time.Duration{0, 150 * time.Millisecond, 600 * time.Millisecond, -1} {
		dir := t.TempDir()
		path := filepath.Join(dir, FileName)
		s, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		mustClient(t, s, "A", "Alpha")
		s.Close()

		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImportProcess$", "-test.v")
		cmd.Env = append(os.Environ(), "RELANCE_KILL_TEST_STORE="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once the import is well under way (or a little later), never after a clean exit.
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(filepath.Join(dir, "started")); err == nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		if delay < 0 {
			for time.Now().Before(deadline) {
				if _, err := os.Stat(filepath.Join(dir, "done")); err == nil {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
		}
		time.Sleep(max(delay, 0))
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		_, statErr := os.Stat(filepath.Join(dir, "done"))
		committed := statErr == nil

		s, err = Open(path, Options{Clock: backend.FixedClock(testNow)})
		if err != nil {
			t.Fatalf("round %d: store does not open after SIGKILL: %v", round, err)
		}
		o, err := s.Overview()
		s.Close()
		if err != nil {
			t.Fatal(err)
		}
		if o.Invoices != 0 && o.Invoices != 100000 {
			t.Fatalf("round %d: %d invoices after kill: half an import", round, o.Invoices)
		}
		if delay < 0 && !committed {
			t.Fatalf("round %d: the import never finished", round)
		}
		if committed && o.Invoices != 100000 {
			t.Fatalf("round %d: import reported done but %d invoices", round, o.Invoices)
		}
		t.Logf("round %d: killed after %v, %d invoices (committed=%v)", round, delay, o.Invoices, committed)
	}
}

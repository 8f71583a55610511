package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"relance/app"
	"relance/app/apptest"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/store"
)

// A process killed while sending must never lead to a second copy of a reminder, nor to a reminder silently
// lost: these tests run `relance run` in a child process and SIGKILL it at the worst moments.

// TestHelperRunProcess is the child: `relance run` on the data folder it is given. With RELANCE_TEST_DIE_QUEUED it
// kills itself once the e-mails are queued, before any is sent.
func TestHelperRunProcess(t *testing.T) {
	dir := os.Getenv("RELANCE_TEST_RUN_DIR")
	if dir == "" {
		t.Skip("child process only")
	}
	c := &CLI{Stdout: os.Stdout, Stderr: os.Stderr, Clock: backend.SystemClock{}}
	if os.Getenv("RELANCE_TEST_DIE_QUEUED") != "" {
		env, done, err := c.openAt(desktop.ResolveDirs(dir), "2026-11-23")
		if err != nil {
			t.Fatal(err)
		}
		defer done()
		if _, err := app.ChaseService(app.CommandBindings(env).Chase).Run(backend.Today(env.Clock), false); err != nil {
			t.Fatal(err)
		}
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	}
	code := c.Run(dir, []string{"run", "--today", "2026-11-23"})
	if code == ExitIncomplete { // the other client has no address: its reminder waits, which these tests do not look at
		code = ExitOK
	}
	os.Exit(code)
}

// killLedger writes a ledger with one e-mail due to a data folder and closes it.
func killLedger(t *testing.T) (string, *apptest.SMTPSink) {
	env, _, sink, _ := mailLedger(t)
	dir := env.Dirs.Data
	if err := env.Store.Close(); err != nil {
		t.Fatal(err)
	}
	return dir, sink
}

func child(dir string, extra ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperRunProcess$")
	cmd.Env = append(os.Environ(), append([]string{"RELANCE_TEST_RUN_DIR=" + dir}, extra...)...)
	return cmd
}

func outboxOf(t *testing.T, dir string) []backend.OutboxMessage {
	t.Helper()
	st, err := store.Open(filepath.Join(dir, store.FileName), store.Options{})
	if err != nil {
		t.Fatalf("the store does not open after the kill: %v", err)
	}
	defer st.Close()
	out, err := st.Outbox(store.OutboxQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestKilledAfterQueueingSendsOnceAtRestart(t *testing.T) {
	dir, sink := killLedger(t)
	err := child(dir, "RELANCE_TEST_DIE_QUEUED=1").Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die by SIGKILL: %v", err)
	}
	if out := outboxOf(t, dir); len(out) != 1 || out[0].State != backend.OutboxQueued {
		t.Fatalf("after the kill: %+v", out)
	}
	if len(sink.Messages()) != 0 {
		t.Fatal("sent before the kill")
	}
	// The next run sends it, once; the one after sends nothing.
	for i := 0; i < 2; i++ {
		if out, err := child(dir).CombinedOutput(); err != nil {
			t.Fatalf("run %d: %v\n%s", i, err, out)
		}
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d messages received, want 1", n)
	}
	if out := outboxOf(t, dir); len(out) != 1 || out[0].State != backend.OutboxSent {
		t.Fatalf("outbox: %+v", out)
	}
}

func TestKilledDuringDataIsUncertainNeverResent(t *testing.T) {
	dir, sink := killLedger(t)
	cmd := child(dir)
	var outb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &outb, &outb
	arrived := make(chan struct{}, 1)
	release := make(chan struct{})
	sink.OnData(func() {
		arrived <- struct{}{}
		<-release // hold the reply: the client has sent everything and waits for "250"
	})
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-arrived:
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("no DATA within a minute:\n%s", outb.String())
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	_ = cmd.Wait()
	close(release)
	sink.OnData(nil)
	// The server did take the message; the store says "sending". A restart makes it uncertain and sends nothing.
	if out, err := child(dir).CombinedOutput(); err != nil {
		t.Fatalf("restart: %v\n%s", err, out)
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d messages received, want exactly the one taken before the kill", n)
	}
	out := outboxOf(t, dir)
	if len(out) != 1 || out[0].State != backend.OutboxUncertain {
		t.Fatalf("outbox: %+v", out)
	}
	// Not lost: `relance outbox` shows it to the user.
	var b bytes.Buffer
	if code := (&CLI{Stdout: &b, Stderr: &b}).Run(dir, []string{"outbox", "--json"}); code != 0 {
		t.Fatalf("outbox: %s", b.String())
	}
	var lines []outboxLine
	if err := json.Unmarshal(b.Bytes(), &lines); err != nil || len(lines) != 1 || lines[0].State != "uncertain" || !strings.Contains(lines[0].Error, "peut-être") {
		t.Fatalf("outbox listing %v: %s", err, b.String())
	}
}

package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/secret"
	"relance/backend/store"
)

// The command line while the window is open (window.go): a window-like server over a real store and Env, no
// Wails, and the CLI run in the same process against the same data folder.

type eventRecorder struct {
	mu    sync.Mutex
	names []string
}

func (r *eventRecorder) Emit(name string, _ any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.names = append(r.names, name)
}

func (r *eventRecorder) got() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.names)
}

// openWindow starts the window's socket over env, whose store stays open as the window holds it.
func openWindow(t *testing.T, env *app.Env) (*CommandServer, *eventRecorder) {
	t.Helper()
	rec := &eventRecorder{}
	env.Emitter = rec
	if env.Log == nil {
		env.Log = slog.New(slog.DiscardHandler)
	}
	srv, err := ListenCommands(&app.Window{Env: env, Bindings: app.NewBindings(env)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv, rec
}

// windowEnv opens the store of data like the window does.
func windowEnv(t *testing.T, data string) *app.Env {
	t.Helper()
	env := openData(t, data)
	env.Log, env.Version, env.Keychain = slog.New(slog.DiscardHandler), "test", secret.Keychain{Account: data, Backend: &secret.Memory{}}
	return env
}

func runCLIIn(t *testing.T, data, dir string, stdin string, args ...string) cliRun {
	t.Helper()
	var out, errb bytes.Buffer
	c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)),
		Dir: dir, Stdin: strings.NewReader(stdin)}
	code := c.Run(data, args)
	return cliRun{code, out.String(), errb.String()}
}

func TestWindowAnswersReportLikeTheCommandLine(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "8", "--invoices", "40", "--messages", "0", "--today", "2026-11-23"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	direct := runCLI(t, data, "report", "--json", "--today", "2026-11-23")
	if direct.code != 0 || !strings.HasPrefix(direct.stdout, "{") {
		t.Fatalf("report alone: %+v", direct)
	}
	env := windowEnv(t, data)
	srv, rec := openWindow(t, env)
	fi, err := os.Stat(srv.Path())
	if err != nil || fi.Mode()&os.ModeSocket == 0 || fi.Mode().Perm() != 0o600 {
		t.Fatalf("socket %s: %v, mode %v (want a 0600 socket)", srv.Path(), err, fi.Mode())
	}
	through := runCLI(t, data, "report", "--json", "--today", "2026-11-23")
	if through.code != 0 || through.stdout != direct.stdout {
		t.Fatalf("report through the window differs (exit %d):\n%s\nwant:\n%s\nstderr: %s", through.code, through.stdout, direct.stdout, through.stderr)
	}
	if through.stderr != windowRan+"\n" {
		t.Fatalf("stderr through the window: %q", through.stderr)
	}
	if len(rec.got()) != 0 {
		t.Fatalf("a report changed nothing, yet the window was told %v", rec.got())
	}
	// A mistake is the command's own, with its exit status.
	if r := runCLI(t, data, "report", "--today", "31/02/2026"); r.code != ExitUsage || !strings.Contains(r.stderr, "--today") ||
		!strings.HasSuffix(r.stderr, windowRan+"\n") {
		t.Fatalf("bad --today through the window: %+v", r)
	}
	// The window closed: the socket is gone and the command runs alone again.
	srv.Close()
	env.Store.Close()
	if _, err := os.Stat(srv.Path()); !os.IsNotExist(err) {
		t.Fatalf("socket left after the window closed: %v", err)
	}
	if r := runCLI(t, data, "report", "--json", "--today", "2026-11-23"); r.code != 0 || r.stdout != direct.stdout || r.stderr != "" {
		t.Fatalf("report after the window closed: %+v", r)
	}
}

func TestWindowWritesTheNoticeInTheCallersDirectory(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	_, rec := openWindow(t, env)
	caller := t.TempDir()
	r := runCLIIn(t, env.Dirs.Data, caller, "", "notice", "--invoice", "F-2026-0102", "--out", "rel.pdf")
	if r.code != 0 || !strings.Contains(r.stdout, "écrit dans rel.pdf") {
		t.Fatalf("notice through the window: %+v", r)
	}
	pdf, err := os.ReadFile(filepath.Join(caller, "rel.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("rel.pdf not in the caller's directory: %v", err)
	}
	wd, _ := os.Getwd()
	if _, err := os.Stat(filepath.Join(wd, "rel.pdf")); !os.IsNotExist(err) {
		t.Fatalf("rel.pdf written in the window's directory %s", wd)
	}
	if !slices.Contains(rec.got(), app.EventLedgerChanged) {
		t.Fatalf("the window was not told of the new document: %v", rec.got())
	}
	// A backup and an import name their files from the caller's directory too.
	if r := runCLIIn(t, env.Dirs.Data, caller, "", "backup", "copie.db"); r.code != 0 {
		t.Fatalf("backup: %+v", r)
	}
	if err := store.CheckBackup(filepath.Join(caller, "copie.db")); err != nil {
		t.Fatalf("backup not in the caller's directory: %v", err)
	}
	os.WriteFile(filepath.Join(caller, "clients.csv"), []byte("client_code;name\nNEW;Boulangerie Neuve\n"), 0o600)
	if r := runCLIIn(t, env.Dirs.Data, caller, "", "import", "clients", "clients.csv"); r.code != 0 || !strings.Contains(r.stdout, "1 créée") {
		t.Fatalf("import: %+v", r)
	}
	if _, err := env.Store.ClientByCode("NEW"); err != nil {
		t.Fatalf("the window's store lacks the imported client: %v", err)
	}
}

func TestWindowRunsTheDailyRunWithItsEvents(t *testing.T) {
	env, _, sink, _ := mailLedger(t)
	_, rec := openWindow(t, env)
	r := runCLI(t, env.Dirs.Data, "run")
	if r.code != ExitIncomplete || !strings.Contains(r.stdout, "E-mails : 1 envoyé") || !strings.HasSuffix(r.stderr, windowRan+"\n") {
		t.Fatalf("run through the window: %+v", r)
	}
	if n := len(sink.Messages()); n != 1 {
		t.Fatalf("%d e-mails sent, want 1", n)
	}
	got := rec.got()
	for _, want := range []string{app.EventChaseUpdated, app.EventOutboxUpdated, app.EventLedgerChanged} {
		if !slices.Contains(got, want) {
			t.Fatalf("the window's UI was not told %s: %v", want, got)
		}
	}
	// A second run the same day sends nothing again.
	if r := runCLI(t, env.Dirs.Data, "run"); !strings.Contains(r.stdout, "E-mails : 0 envoyé") || len(sink.Messages()) != 1 {
		t.Fatalf("second run: %+v, %d sent", r, len(sink.Messages()))
	}
}

func TestWindowRefusesWhatCannotRunUnderIt(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	openWindow(t, env)
	backup := filepath.Join(t.TempDir(), "b.db")
	if err := env.Store.BackupToFile(backup); err != nil {
		t.Fatal(err)
	}
	r := runCLI(t, env.Dirs.Data, "restore", backup)
	if r.code != ExitRefused || !strings.Contains(r.stderr, "la fenêtre Relance est ouverte sur ces données") ||
		!strings.Contains(r.stderr, "« Sauvegardes »") || !strings.Contains(r.stderr, "fermez la fenêtre puis relancez relance restore") {
		t.Fatalf("restore through the window: %+v", r)
	}
	if r := runCLI(t, env.Dirs.Data, "demo", "--erase"); r.code != ExitRefused || !strings.Contains(r.stderr, "« Effacer les données de démonstration »") {
		t.Fatalf("demo --erase through the window: %+v", r)
	}
	if r := runCLI(t, env.Dirs.Data, "demo"); r.code != ExitRefused || !strings.Contains(r.stderr, "depuis son tableau de bord") {
		t.Fatalf("demo through the window: %+v", r)
	}
	if r := runCLI(t, env.Dirs.Data, "inbox", "sync"); r.code != ExitRefused || !strings.Contains(r.stderr, "suit déjà la boîte de réception") {
		t.Fatalf("inbox sync through the window: %+v", r)
	}
	if r := runCLI(t, env.Dirs.Data, "watch"); r.code != ExitRefused || !strings.Contains(r.stderr, "relance watch --once") {
		t.Fatalf("watch through the window: %+v", r)
	}
	// The store is still the window's and works.
	if _, err := env.Store.ClientByCode("MEN"); err != nil {
		t.Fatal(err)
	}
}

func TestWindowTakesTheSecretFromTheCallersInput(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	env.Keychain = secret.Keychain{Account: env.Dirs.Data, Backend: &secret.Memory{}}
	openWindow(t, env)
	r := runCLIIn(t, env.Dirs.Data, t.TempDir(), "s3cret\n", "secret", "set", "smtp")
	if r.code != 0 || !strings.Contains(r.stdout, "Mot de passe enregistré") {
		t.Fatalf("secret set through the window: %+v", r)
	}
	if v, found, err := env.Keychain.Get(secret.SMTP); err != nil || !found || v != "s3cret" {
		t.Fatalf("window's keychain: %q %v %v", v, found, err)
	}
}

func TestWindowReplacesAStaleSocketAndRefusesAnotherFile(t *testing.T) {
	data := t.TempDir()
	path := filepath.Join(data, desktop.SocketName)
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false) // a window that crashed leaves its socket file behind
	ln.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	// Nobody listens: the command runs alone and meets the busy store, with today's clear error.
	env := windowEnv(t, data)
	r := runCLI(t, data, "report")
	if r.code != ExitRefused || !strings.Contains(r.stderr, "déjà ouvertes par une autre fenêtre") || strings.Contains(r.stderr, windowRan) {
		t.Fatalf("report with a stale socket and a busy store: %+v", r)
	}
	os.Remove(path)
	if r := runCLI(t, data, "report"); r.code != ExitRefused || !strings.Contains(r.stderr, "déjà ouvertes") {
		t.Fatalf("report with no socket and a busy store: %+v", r)
	}
	// The window replaces the leftover and answers.
	ln, err = net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	openWindow(t, env)
	if r := runCLI(t, data, "report"); r.code != 0 || !strings.Contains(r.stderr, windowRan) {
		t.Fatalf("report after the stale socket was replaced: %+v", r)
	}
	// A file of that name that is not a socket is not the window's to remove.
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, desktop.SocketName), []byte("x"), 0o600)
	env2 := windowEnv(t, other)
	if _, err := ListenCommands(&app.Window{Env: env2, Bindings: app.NewBindings(env2)}); err == nil {
		t.Fatal("listened over a regular file")
	}
	if b, _ := os.ReadFile(filepath.Join(other, desktop.SocketName)); string(b) != "x" {
		t.Fatal("the regular file was touched")
	}
}

func TestWindowStopsAWaitingCommandWhenTheCallerLeaves(t *testing.T) {
	stopped := make(chan struct{})
	commands["zz-wait"] = func(c *CLI, _ desktop.Dirs, _ string, _ []string) error {
		fmt.Fprintln(c.Stdout, "waiting")
		<-c.ctx().Done() // as mail signin waits for the browser
		close(stopped)
		return nil
	}
	t.Cleanup(func() { delete(commands, "zz-wait") })
	env, _, _ := ledgerWithOverdue(t)
	srv, _ := openWindow(t, env)
	conn, err := net.Dial("unix", srv.Path())
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewEncoder(conn).Encode(windowRequest{Protocol: windowProtocol, Args: []string{"zz-wait"}, Dir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	var f windowFrame
	if err := json.NewDecoder(conn).Decode(&f); err != nil || string(f.Out) != "waiting\n" {
		t.Fatalf("first frame %+v, %v", f, err)
	}
	select {
	case <-stopped:
		t.Fatal("the command stopped while its caller was still there")
	case <-time.After(100 * time.Millisecond):
	}
	conn.Close() // Ctrl+C on the command line
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the command still waits for a caller that left")
	}
}

func TestWindowKnowsTheCommandsThatChangeTheMailbox(t *testing.T) {
	for args, want := range map[string]bool{
		"config set mail.smtp.host smtp.example.fr": true, "config set sms.provider brevo": false, "config get mail.from": false,
		"secret set smtp": true, "secret set sms": false, "mail signin": true, "mail signout": true, "mail test": false, "report": false,
	} {
		if got := changesMailbox(strings.Fields(args)); got != want {
			t.Errorf("changesMailbox(%s) = %v", args, got)
		}
	}
}

func TestASecondLaunchBringsTheOpenWindowToTheFront(t *testing.T) {
	data := t.TempDir()
	if err := RaiseOpenWindow(data); err == nil {
		t.Fatal("no window is open, yet the raise was answered")
	}
	env := windowEnv(t, data)
	raised := make(chan struct{}, 1)
	srv, err := ListenCommands(&app.Window{Env: env, Bindings: app.NewBindings(env), Raise: func() { raised <- struct{}{} }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	if err := RaiseOpenWindow(data); err != nil {
		t.Fatalf("raise: %v", err)
	}
	select {
	case <-raised:
	default:
		t.Fatal("the window was not asked to come to the front")
	}
	// A second launch runs no command: the ledger is unchanged and the socket still answers commands.
	if r := runCLIIn(t, data, t.TempDir(), "", "report", "--json"); r.code != ExitOK {
		t.Fatalf("report after the raise: %+v", r)
	}
}

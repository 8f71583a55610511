package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/secret"
)

// The command line while the window is open. The window holds the store (bbolt allows one process), so a command
// started meanwhile (the system's daily `relance run`, a report, a backup…) hands itself to the window over a Unix
// socket in the data folder, relance.sock, that only the same user can reach (the file is 0600 inside the 0700 data
// folder; on Linux the window also checks the caller's uid with SO_PEERCRED; on Windows the socket file inherits the
// data folder's user-only ACL). The window runs the very same CLI code on its own open store (CLI.Shared, the
// app.Window it hands to Channel's Listen) with the caller's working directory (CLI.Dir) and standard input, streams
// back what the command writes, then its exit status, and tells its UI to reload what the command may have changed.

// windowProtocol numbers the exchange; a window of another version says so instead of guessing.
const windowProtocol = 1

// windowRan is the line the command line adds on stderr when the window ran the command.
const windowRan = "(exécuté par la fenêtre Relance ouverte)"

// sharedEnv is the window's environment, or a copy of it on clock (a command given --today): same store, same
// events.
func sharedEnv(w *app.Window, clock backend.Clock, fixedDay bool) *app.Env {
	if !fixedDay {
		return w.Env
	}
	return app.OnClock(w.Env, clock)
}

// file resolves a file named on the command line against the caller's directory (the window's own working
// directory means nothing to the person who typed the command).
func (c *CLI) file(p string) string {
	if c.Dir == "" || p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// ctx is the command's context: Context, else one that never ends.
func (c *CLI) ctx() context.Context {
	if c.Context != nil {
		return c.Context
	}
	return context.Background()
}

// interruptible is the context of a command that runs until stopped: Ctrl+C on the command line; in the window,
// the caller going away (the window's own Ctrl+C is not the command's).
func (c *CLI) interruptible() (context.Context, context.CancelFunc) {
	if c.Shared != nil {
		return context.WithCancel(c.ctx())
	}
	return signal.NotifyContext(c.ctx(), os.Interrupt)
}

// inWindow refuses, in French, a command that cannot run inside an open window.
func (c *CLI) inWindow(what string) error {
	if c.Shared == nil {
		return nil
	}
	return backend.Errorf(backend.ECONFLICT, "%s", what)
}

// windowRequest is what the command line sends: one command.
type windowRequest struct {
	Protocol int      `json:"protocol"`
	Args     []string `json:"args"`
	Dir      string   `json:"dir"`             // the caller's working directory, absolute
	Stdin    []byte   `json:"stdin,omitempty"` // the line a command reads on standard input (secret set)
	Raise    bool     `json:"raise,omitempty"` // no command: Relance was launched again, the window comes to the front
}

// windowFrame is one piece of the answer: some output, or the end with the exit status.
type windowFrame struct {
	Out  []byte `json:"out,omitempty"`
	Err  []byte `json:"err,omitempty"`
	Exit *int   `json:"exit,omitempty"`
}

// readsStdin tells which commands read standard input: the caller reads it and sends it along.
func readsStdin(args []string) bool { return len(args) > 0 && args[0] == "secret" }

// readOnly tells the commands after which the window has nothing to reload.
func readOnly(args []string) bool {
	if len(args) == 0 {
		return true
	}
	has := func(flag string) bool {
		for _, a := range args[1:] {
			if a == flag || a == "-"+flag[2:] {
				return true
			}
		}
		return false
	}
	switch args[0] {
	case "report", "export", "backup", "outbox", "interactions", "penalty", "version", "help":
		return true
	case "run", "import":
		return has("--dry-run")
	case "config", "company":
		return len(args) < 2 || args[1] != "set"
	case "sms":
		return true
	}
	return false
}

// changesMailbox tells the commands that change the mailbox or its sign-in, after which the window's watcher of
// replies starts again with them.
func changesMailbox(args []string) bool {
	switch {
	case len(args) >= 3 && args[0] == "config" && args[1] == "set":
		return strings.HasPrefix(args[2], "mail.")
	case len(args) >= 3 && args[0] == "secret":
		return args[2] != secret.SMS
	case len(args) >= 2 && args[0] == "mail":
		return args[1] == "signin" || args[1] == "signout"
	}
	return false
}

// refreshEvents are what the window's own actions emit when they change data: the UI reloads its lists, figures,
// today's plan, the outbox, the bank page, the mailbox banner and the watch.
var refreshEvents = []string{app.EventLedgerChanged, app.EventChaseUpdated, app.EventOutboxUpdated, app.EventBankUpdated, app.EventMailStatus, app.EventWatchUpdated}

// CommandServer answers the command line (and a second launch) on the data folder's socket.
type CommandServer struct {
	*desktop.SocketServer
	log    *slog.Logger
	shared *app.Window
}

// ListenCommands starts answering commands on <data>/relance.sock (desktop.Listen).
func ListenCommands(shared *app.Window) (*CommandServer, error) {
	s := &CommandServer{log: shared.Env.Logger(), shared: shared}
	srv, err := desktop.Listen(shared.Env.Dirs.Data, s.log, s.handle)
	if err != nil {
		return nil, err
	}
	s.SocketServer = srv
	return s, nil
}

// frameWriter turns what a command writes into frames on the connection (stdout or stderr).
type frameWriter struct {
	mu     *sync.Mutex
	enc    *json.Encoder
	stderr bool
}

func (w frameWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f := windowFrame{Out: p}
	if w.stderr {
		f = windowFrame{Err: p}
	}
	if err := w.enc.Encode(f); err != nil {
		return 0, err
	}
	return len(p), nil
}

func (s *CommandServer) handle(conn net.Conn) {
	log := s.log
	var req windowRequest
	// The caller connects, then reads its standard input (secret set: maybe a person typing a password) and sends.
	_ = conn.SetReadDeadline(time.Now().Add(10 * time.Minute))
	if err := json.NewDecoder(io.LimitReader(conn, 1<<20)).Decode(&req); err != nil {
		log.Warn("window commands: unreadable request", "err", err)
		return
	}
	_ = conn.SetReadDeadline(time.Time{})
	if req.Raise && req.Protocol == windowProtocol {
		if s.shared.Raise != nil {
			s.shared.Raise()
		}
		log.Info("window brought to the front by a second launch")
		code := ExitOK
		_ = json.NewEncoder(conn).Encode(windowFrame{Exit: &code})
		return
	}
	// The caller sends nothing more: a read that returns means it is gone (Ctrl+C), and what waits for it stops.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		var b [64]byte
		for {
			if _, err := conn.Read(b[:]); err != nil {
				cancel()
				return
			}
		}
	}()
	mu := &sync.Mutex{}
	enc := json.NewEncoder(conn)
	stdout, stderr := frameWriter{mu: mu, enc: enc}, frameWriter{mu: mu, enc: enc, stderr: true}
	code := s.run(ctx, req, stdout, stderr)
	mu.Lock()
	defer mu.Unlock()
	if err := enc.Encode(windowFrame{Exit: &code}); err != nil {
		log.Warn("window commands: caller gone before the end", "err", err)
	}
}

// run executes one forwarded command with the CLI's own code and returns its exit status.
func (s *CommandServer) run(ctx context.Context, req windowRequest, stdout, stderr io.Writer) (code int) {
	env := s.shared.Env
	switch {
	case req.Protocol != windowProtocol:
		fmt.Fprintln(stderr, "relance : la fenêtre Relance ouverte est d'une autre version que cette commande : fermez-la puis réessayez")
		return ExitRefused
	case !filepath.IsAbs(req.Dir):
		fmt.Fprintln(stderr, "relance : dossier courant inconnu : la fenêtre ne peut pas situer les fichiers de la commande")
		return ExitRefused
	}
	s.log.Info("command from the command line", "cmd", firstArg(req.Args))
	defer func() {
		if p := recover(); p != nil {
			s.log.Error("window command panicked", "cmd", firstArg(req.Args), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			fmt.Fprintf(stderr, "relance : erreur interne pendant la commande (détail dans %s) ; la fenêtre reste ouverte\n",
				filepath.Join(env.Dirs.Logs, "relance.log"))
			code = ExitRefused
		}
		if !readOnly(req.Args) {
			for _, e := range refreshEvents {
				env.Emit(e, nil)
			}
		}
		if code == ExitOK && changesMailbox(req.Args) { // as the window's own settings do: replies watched with them
			app.MailboxChanged(s.shared.Bindings)
		}
	}()
	cli := &CLI{Stdout: stdout, Stderr: stderr, Version: env.Version, Clock: env.Clock, Stdin: bytes.NewReader(req.Stdin),
		Keychain: &env.Keychain, Dir: req.Dir, Shared: s.shared, Context: ctx}
	return cli.Run(env.Dirs.Data, req.Args)
}

func firstArg(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

// forward hands the command to the window holding the data folder, if one answers on its socket, and copies its
// answer: stdout to stdout, stderr to stderr, its exit status. ok is false when no window answers (nothing was sent:
// the command runs here, and meets today's « déjà ouvertes » error if another command holds the store).
func (c *CLI) forward(dirs desktop.Dirs, args []string) (code int, ok bool) {
	conn, err := desktop.Dial(dirs.Data)
	if err != nil {
		return 0, false
	}
	defer conn.Close()
	dir, err := c.Dir, error(nil)
	if dir == "" {
		dir, err = os.Getwd()
	}
	if err != nil {
		fmt.Fprintf(c.Stderr, "relance : dossier courant illisible : %v\n", err)
		return ExitRefused, true
	}
	req := windowRequest{Protocol: windowProtocol, Args: args, Dir: dir}
	if readsStdin(args) {
		in := c.Stdin
		if in == nil {
			in = os.Stdin
		}
		line, err := bufio.NewReader(io.LimitReader(in, 64<<10)).ReadString('\n')
		if err != nil && err != io.EOF {
			fmt.Fprintf(c.Stderr, "relance : entrée standard illisible : %v\n", err)
			return ExitRefused, true
		}
		req.Stdin = []byte(line)
	}
	if err := json.NewEncoder(conn).Encode(req); err != nil {
		return 0, false // the window went away before reading anything: run here
	}
	dec := json.NewDecoder(conn)
	for {
		var f windowFrame
		if err := dec.Decode(&f); err != nil {
			fmt.Fprintln(c.Stderr, "relance : la fenêtre Relance s'est fermée pendant la commande : vérifiez dans la fenêtre ce qui a été fait avant de relancer")
			return ExitRefused, true
		}
		if len(f.Out) > 0 {
			_, _ = c.Stdout.Write(f.Out)
		}
		if len(f.Err) > 0 {
			_, _ = c.Stderr.Write(f.Err)
		}
		if f.Exit != nil {
			fmt.Fprintln(c.Stderr, windowRan)
			return *f.Exit, true
		}
	}
}

// RaiseOpenWindow asks the window holding the data folder to come to the front: Relance launched a second time
// (from the menu, at login) shows the open window instead of failing on data already in use. An error means no
// window answered.
func RaiseOpenWindow(data string) error {
	conn, err := desktop.Dial(data)
	if err != nil {
		return err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
	if err := json.NewEncoder(conn).Encode(windowRequest{Protocol: windowProtocol, Raise: true}); err != nil {
		return err
	}
	var f windowFrame
	if err := json.NewDecoder(conn).Decode(&f); err != nil {
		return err
	}
	if f.Exit == nil || *f.Exit != ExitOK {
		return errors.New("the open window did not come to the front")
	}
	return nil
}

// Channel is what the window needs from the command line (app does not import it): answering the commands typed
// while it is open, and raising it when Relance is launched again.
func Channel() app.CommandChannel {
	return app.CommandChannel{
		Listen: func(w *app.Window) (io.Closer, error) { return ListenCommands(w) },
		Raise:  RaiseOpenWindow,
	}
}

package app

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"sync"

	"relance/app/desktop"
	"relance/backend/service"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/options/mac"
	"github.com/wailsapp/wails/v2/pkg/options/windows"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"relance/backend"
	"relance/backend/store"
)

// The window: everything here runs only inside wails.Run.

const singleInstanceID = "fr.relance.desktop"

// wailsEmitter sends events through the Wails runtime once the window exists.
type wailsEmitter struct {
	ctx           context.Context
	once          sync.Once
	notifications bool
}

func (w *wailsEmitter) Emit(name string, data any) {
	if w.ctx != nil {
		runtime.EventsEmit(w.ctx, name, data)
	}
}

// OpenURL opens an address in the system browser (the provider's sign-in page). RELANCE_NO_BROWSER leaves it to
// the link the window shows (end-to-end tests follow it in their own browser).
func (w *wailsEmitter) OpenURL(url string) error {
	if w.ctx == nil || os.Getenv("RELANCE_NO_BROWSER") != "" {
		return nil
	}
	runtime.BrowserOpenURL(w.ctx, url)
	return nil
}

// raise brings the window to the front (Relance launched a second time).
func (w *wailsEmitter) raise() {
	if w.ctx != nil {
		runtime.WindowUnminimise(w.ctx)
		runtime.Show(w.ctx)
	}
}

// Notify shows a desktop notification when the system offers them (none under a bare Xvfb: nothing happens).
func (w *wailsEmitter) Notify(title, body string) {
	if w.ctx == nil {
		return
	}
	w.once.Do(func() {
		w.notifications = runtime.InitializeNotifications(w.ctx) == nil && runtime.IsNotificationAvailable(w.ctx)
	})
	if w.notifications {
		_ = runtime.SendNotification(w.ctx, runtime.NotificationOptions{ID: "relance-inbox", Title: title, Body: body})
	}
}

type windowState struct {
	Width, Height int
	X, Y          int
	Maximised     bool
	Placed        bool
}

// Window is the open window as a command run in it sees it: its environment (store, emitter, keychain, log), its
// bound structs, whose locks keep one chase run and one sender at a time across clicks, timers and commands, and
// how to bring it to the front.
type Window struct {
	Env      *Env
	Bindings *Bindings
	Raise    func() // nil: nothing to raise
}

// CommandChannel is how the window talks with the command line (app/cli provides it: app does not import it):
// Listen answers the commands typed while the window is open, Raise asks an open window to come to the front.
type CommandChannel struct {
	Listen func(w *Window) (io.Closer, error)
	Raise  func(data string) error
}

// RunGUI opens the store and the window; it returns when the window closes.
func RunGUI(dirs desktop.Dirs, assets fs.FS, version string, channel CommandChannel) error {
	logger := desktop.OpenLog(dirs)
	st, err := store.Open(dirs.Store, store.Options{})
	if errors.Is(err, store.ErrBusy) {
		// Another window holds the data: it comes to the front, and this launch stops.
		if channel.Raise != nil && channel.Raise(dirs.Data) == nil {
			logger.Info("store busy: the open window was brought to the front")
			return nil
		}
		// No window answered on the data folder's socket: a command holds the data for a moment. (Wails' own
		// single-instance lock cannot help here: with no window to hand over to, it would open an empty one.)
		logger.Warn("store busy and no window answers", "err", err)
		return backend.Errorf(backend.ECONFLICT, "les données de %s sont ouvertes par une commande Relance en cours (import, relances…) : réessayez dans un instant", dirs.Data)
	}
	if err != nil {
		// Damaged, from a newer Relance, or a disk that refuses: a window that says so and offers the backups.
		logger.Error("store does not open", "err", err)
		return runRecovery(dirs, assets, logger, backend.ErrorMessage(err))
	}
	defer st.Close()
	traceMark("store-open")
	emitter := &wailsEmitter{}
	env := &Env{Deps: service.Deps{Store: st, Clock: backend.SystemClock{}, Log: logger, Emitter: emitter}, Dirs: dirs, Version: version, Keychain: KeychainFor(dirs.Data)}
	b := NewBindings(env)
	recovery := &RecoveryAPI{dirs: dirs}
	if err := b.Outbox.sender().Recover(); err != nil { // before any sending: what a crash left "sending" is uncertain
		logger.Error("outbox recovery", "err", err)
	}
	// Commands typed while the window is open (the daily `relance run` too) are handed to it (app/cli/window.go).
	if channel.Listen == nil {
		logger.Warn("no command line channel: commands will find the data busy while the window is open")
	} else if srv, err := channel.Listen(&Window{Env: env, Bindings: b, Raise: emitter.raise}); err != nil {
		logger.Error("command line socket: commands will find the data busy while the window is open", "err", err)
	} else {
		defer srv.Close()
	}
	go func() { // while the web view starts: the first screen's figures then come from decoded records
		// The overview first (the light projection the page's first question reads), then every record.
		if _, err := st.Overview(); err != nil {
			logger.Error("load the ledger's projection", "err", err)
		}
		if err := st.Warm(); err != nil {
			logger.Error("warm the ledger", "err", err)
		}
		traceMark("ledger-decoded")
		// The dashboard's figures too, kept until the ledger changes: the page asks for them as soon as its shell is
		// up, and finds them ready instead of waiting for them while it renders.
		if _, err := b.Dashboard.Get(); err != nil {
			logger.Error("prepare the dashboard", "err", err)
		}
	}()
	win := windowState{Width: 1280, Height: 800}
	_, _ = st.Setting(settingWindow, &win)
	win.Width, win.Height = max(win.Width, 960), max(win.Height, 640)

	return wails.Run(&options.App{
		Title:            "Relance",
		Width:            win.Width,
		Height:           win.Height,
		MinWidth:         960,
		MinHeight:        640,
		AssetServer:      &assetserver.Options{Assets: assets, Handler: DocumentHandler(env)},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		Bind:             append(b.All(), recovery),
		ErrorFormatter:   ErrorFormatter(logger),
		SingleInstanceLock: &options.SingleInstanceLock{UniqueId: singleInstanceID,
			OnSecondInstanceLaunch: func(options.SecondInstanceData) { emitter.raise() }},
		WindowStartState: map[bool]options.WindowStartState{true: options.Maximised, false: options.Normal}[win.Maximised],
		OnStartup: func(ctx context.Context) {
			emitter.ctx = ctx
			if win.Placed && !win.Maximised {
				runtime.WindowSetPosition(ctx, win.X, win.Y)
			}
			go func() {
				// The day's run, the backup, the sender, the replies' watcher and the insolvency watch wait for the
				// first screen (at most firstScreenWait): a write of theirs would make the dashboard decode the
				// ledger again, and their work would compete with its figures.
				b.Startup.waitFirstScreen(ctx, firstScreenWait)
				if _, err := st.AutoBackup(dirs.Backups); err != nil {
					logger.Error("automatic backup", "err", err)
				}
				go b.Outbox.sender().Run(ctx)
				b.Inbox.start(ctx)
				go b.Watch.runDaily(ctx) // the insolvency watch, when the owner opted in (watch.go)
				b.Chase.service().RunHourly(ctx)
			}()
		},
		OnBeforeClose: func(ctx context.Context) bool {
			w := windowState{Maximised: runtime.WindowIsMaximised(ctx), Placed: true}
			w.Width, w.Height = runtime.WindowGetSize(ctx)
			w.X, w.Y = runtime.WindowGetPosition(ctx)
			if w.Maximised {
				w.Width, w.Height, w.X, w.Y = win.Width, win.Height, win.X, win.Y
			}
			if err := st.SetSetting(settingWindow, w); err != nil {
				logger.Error("save window state", "err", err)
			}
			return false
		},
		Windows: &windows.Options{},
		Mac:     &mac.Options{About: &mac.AboutInfo{Title: "Relance", Message: "Relances de factures impayées — " + version}},
		Linux:   linuxOptions(),
	})
}

// runRecovery opens the window on the recovery screen only: the reason the data did not open and the backups to
// restore.
func runRecovery(dirs desktop.Dirs, assets fs.FS, logger *slog.Logger, problem string) error {
	var ctx context.Context
	rec := &RecoveryAPI{dirs: dirs, problem: problem, restart: func() {
		if err := desktop.Relaunch(); err != nil {
			logger.Error("restart after restore", "err", err)
		}
		if ctx != nil {
			runtime.Quit(ctx)
		}
	}}
	return wails.Run(&options.App{
		Title: "Relance — données à restaurer", Width: 960, Height: 640,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		Bind:             []any{rec},
		ErrorFormatter:   ErrorFormatter(logger),
		OnStartup:        func(c context.Context) { ctx = c },
		Linux:            linuxOptions(),
	})
}

// linuxOptions names the program for the window manager and has WebKitGTK draw without GPU compositing. Wails maps
// the zero WebviewGpuPolicy (its Go constant OnDemand) to WebKit's ALWAYS policy (its C switch counts from Always), so
// naming the program alone had turned GPU compositing on; Never is also what Wails chooses when given no Linux
// options (wails#2977: blank windows with some drivers). Measured in the real window under Xvfb (Mesa's software GL):
// the first screen's figures painted ~0.15 s sooner (#16).
func linuxOptions() *linux.Options {
	return &linux.Options{ProgramName: "relance", WebviewGpuPolicy: linux.WebviewGpuPolicyNever}
}

// Package service holds what every use case of the product works with (the day's chase, sending, applying
// replies, documents, bank matches): the store, the clock, the log, and the events the adapters pass on. The use
// cases live in backend packages named for what they do and never see Wails or command-line flags; the window's
// bindings (app) and the command line (app/cli) give them a Deps and show what they return.
package service

import (
	"log/slog"

	"relance/backend"
	"relance/backend/store"
)

// Emitter passes an event to the adapter: the window's UI reloads what changed; the command line drops it.
type Emitter interface {
	Emit(name string, data any)
}

// Notifier shows a desktop notification (the window's emitter is one; the command line's is not).
type Notifier interface {
	Notify(title, body string)
}

// NopEmitter drops events (command line, tests).
type NopEmitter struct{}

func (NopEmitter) Emit(string, any) {}

// Deps is what every use case works with.
type Deps struct {
	Store   *store.Store
	Clock   backend.Clock
	Log     *slog.Logger
	Emitter Emitter
}

// Emit passes an event on, after the change it reports was committed.
func (d *Deps) Emit(name string, data any) {
	if d.Emitter != nil {
		d.Emitter.Emit(name, data)
	}
}

// Notify shows a desktop notification when the adapter can.
func (d *Deps) Notify(title, body string) {
	if n, ok := d.Emitter.(Notifier); ok {
		n.Notify(title, body)
	}
}

// Logger is the log, or one that drops everything when none was given (tests).
func (d *Deps) Logger() *slog.Logger {
	if d.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Log
}

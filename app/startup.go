package app

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"runtime/metrics"
	"sync"
	"time"
)

// processStart is as close to the process's start as Go code gets (package initialisation); the start-up figures
// count from it.
var processStart = time.Now()

// StartupTraceEnv names a file where the window appends one JSON line per first-screen milestone (the e2e start-up
// measure reads it). Unset, nothing is written; the log still says when the first screen was painted.
const StartupTraceEnv = "RELANCE_STARTUP_TRACE"

// StartupAPI says what the window is waiting for while it starts (the dashboard's progress line), and records when
// the first screen's figures were painted.
type StartupAPI struct {
	env *Env

	mu      sync.Mutex
	painted map[string]bool
	first   chan struct{} // closed once the first screen is on screen
}

// firstScreenWait bounds how long the background work of a new window waits for its first screen.
const firstScreenWait = 20 * time.Second

// firstScreenMarks are the marks that mean the first screen is shown: the dashboard's figures, or whatever the
// page shows instead (an empty ledger's welcome, an error, another page).
var firstScreenMarks = map[string]bool{"dashboard": true, "first-screen": true}

func (a *StartupAPI) firstChan() chan struct{} {
	if a.first == nil {
		a.first = make(chan struct{})
	}
	return a.first
}

// waitFirstScreen returns once the first screen is shown, after at most max, or when ctx ends.
func (a *StartupAPI) waitFirstScreen(ctx context.Context, max time.Duration) {
	a.mu.Lock()
	ch := a.firstChan()
	a.mu.Unlock()
	t := time.NewTimer(max)
	defer t.Stop()
	select {
	case <-ch:
	case <-t.C:
	case <-ctx.Done():
	}
}

// StartupProgress is what is loading now: a decode of the ledger (Step clients, invoices or payments, with the
// number of records), then the computations of the first screen (plan, dashboard). Step is empty once idle.
type StartupProgress struct {
	Step  string `json:"step"`
	Count int    `json:"count"`
}

// StartupMark is one line of the start-up trace.
type StartupMark struct {
	Mark    string `json:"mark"`
	UnixMs  int64  `json:"unixMs"`  // wall clock, for a caller that timed the process's launch itself
	SinceMs int64  `json:"sinceMs"` // since processStart
	// LiveHeapMB is the Go heap the last collection found live, on the dashboard's mark (#17: ≤ 60 MB after start).
	LiveHeapMB float64 `json:"liveHeapMB,omitempty"`
}

// Progress returns what the first screen waits for.
func (a *StartupAPI) Progress() StartupProgress {
	if d, ok := a.env.Store.Decoding(); ok {
		return StartupProgress{Step: d.Kind, Count: d.Count}
	}
	return StartupProgress{Step: a.env.work.current()}
}

// Painted records that the window painted what (once per name and process): logged, and traced when asked.
func (a *StartupAPI) Painted(what string) {
	a.mu.Lock()
	if a.painted == nil {
		a.painted = map[string]bool{}
	}
	first := !a.painted[what]
	a.painted[what] = true
	if first && firstScreenMarks[what] {
		select {
		case <-a.firstChan():
		default:
			close(a.firstChan())
		}
	}
	a.mu.Unlock()
	if !first {
		return
	}
	if what != "dashboard" {
		traceMark(what)
		return
	}
	m := traceMarkHeap(what, liveHeapMB())
	if a.env.Log != nil {
		a.env.Log.Info("first screen painted", "ms", m.SinceMs, "live_heap_mb", m.LiveHeapMB)
	}
}

// liveHeapMB is the heap the last garbage collection found live (runtime/metrics: no collection forced).
func liveHeapMB() float64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return math.Round(float64(s[0].Value.Uint64())/(1<<20)*10) / 10
}

// traceMark appends a start-up milestone to the trace file when one is asked for, and returns it.
func traceMark(what string) StartupMark { return traceMarkHeap(what, 0) }

// traceMarkHeap is traceMark with the live heap noted.
func traceMarkHeap(what string, heapMB float64) StartupMark {
	now := time.Now()
	m := StartupMark{Mark: what, UnixMs: now.UnixMilli(), SinceMs: now.Sub(processStart).Milliseconds(), LiveHeapMB: heapMB}
	if path := os.Getenv(StartupTraceEnv); path != "" {
		appendTrace(path, m)
	}
	return m
}

func appendTrace(path string, m StartupMark) {
	line, _ := json.Marshal(m)
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return // a measure's file, not the user's data: nothing to report to anyone
	}
	defer f.Close()
	_, _ = f.Write(append(line, '\n'))
}

// workTracker counts the first-screen computations under way, for the progress line.
type workTracker struct {
	mu     sync.Mutex
	active map[string]int
}

// workOrder is the order the progress line names computations in when several run at once.
var workOrder = []string{"plan", "dashboard", "bank"}

// begin marks step as running until the returned func is called.
func (w *workTracker) begin(step string) func() {
	w.mu.Lock()
	if w.active == nil {
		w.active = map[string]int{}
	}
	w.active[step]++
	w.mu.Unlock()
	return func() {
		w.mu.Lock()
		w.active[step]--
		w.mu.Unlock()
	}
}

func (w *workTracker) current() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, s := range workOrder {
		if w.active[s] > 0 {
			return s
		}
	}
	return ""
}

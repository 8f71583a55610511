package app

import (
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/demo"
	"relance/backend/secret"
	"relance/backend/store"
)

// firstScreenCall is one call the window makes before it shows the dashboard.
type firstScreenCall struct {
	name string
	call func(api *Bindings) error
}

// firstScreen lists the calls of the first screen: the shell's (settings, segments, overview, company, today's
// plan, bank reconciliation, outbox and inbox badges, the mailbox state for the first-run guide) and the
// dashboard's figures.
var firstScreen = []firstScreenCall{
	{"settings", func(api *Bindings) error { _, err := api.Settings.Get(); return err }},
	{"segments", func(api *Bindings) error { _, err := api.Clients.Segments(); return err }},
	{"overview", func(api *Bindings) error { _, err := api.Settings.Overview(); return err }},
	{"company", func(api *Bindings) error { _, err := api.Company.Get(); return err }},
	{"today", func(api *Bindings) error { _, err := api.Chase.Today(); return err }},
	{"bank", func(api *Bindings) error { _, err := api.Bank.Reconciliation(); return err }},
	{"outbox", func(api *Bindings) error { _, err := api.Outbox.List(""); return err }},
	{"inbox", func(api *Bindings) error { api.Inbox.Status(); return nil }},
	{"mail", func(api *Bindings) error { _, err := api.Mail.Settings(); return err }},
	{"dashboard", func(api *Bindings) error { _, err := api.Dashboard.Get(); return err }},
	{"work", func(api *Bindings) error { _, err := api.Dashboard.Work(); return err }},
}

// BenchmarkStartupFirstScreen is the start-up to the first screen on a large ledger (5 000 clients, 100 000
// invoices, 300 000 received messages), from opening the store to the last figure of the dashboard. The web view's
// own start (about a second under Xvfb, during which the window already decodes the ledger) is not included.
//
//   - as_the_window_does: open the store as RunGUI does (outbox settled, ledger decoded in the background), then the
//     first screen's calls all at once, as the UI sends them.
//   - one_after_the_other: the same calls in sequence with nothing decoded ahead: an upper bound, with the time of
//     the heavy calls reported apart.
//
// MB-heap-after is the live heap once the first screen is computed (store projection, decoded ledger, day's plan),
// with the benchmark's own data still referenced: an upper bound.
func BenchmarkStartupFirstScreen(b *testing.B) {
	clock := backend.FixedClock(time.Date(2026, 11, 23, 8, 30, 0, 0, time.UTC))
	dirs := desktop.ResolveDirs(b.TempDir())
	if err := os.MkdirAll(dirs.Data, 0o700); err != nil {
		b.Fatal(err)
	}
	keys := secret.Keychain{Backend: &secret.Memory{}}
	open := func(b *testing.B) (*Bindings, func()) {
		st, err := store.Open(dirs.Store, store.Options{Clock: clock})
		if err != nil {
			b.Fatal(err)
		}
		api := NewBindings(&Env{Deps: service.Deps{Store: st, Clock: clock, Emitter: NopEmitter{}}, Dirs: dirs, Keychain: keys})
		if err := api.Outbox.sender().Recover(); err != nil {
			b.Fatal(err)
		}
		return api, func() { st.Close() }
	}
	api, done := open(b)
	if err := LoadDemo(api.Settings.env, demo.Options{Clients: 5000, Invoices: 100000, Messages: 300000, Seed: 7, Today: backend.Today(clock)}); err != nil {
		b.Fatal(err)
	}
	done()
	var heap uint64
	measureHeap := func(b *testing.B) {
		b.StopTimer()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = max(heap, ms.HeapAlloc)
		b.StartTimer()
	}

	b.Run("as_the_window_does", func(b *testing.B) {
		heap = 0
		for b.Loop() {
			api, done := open(b)
			go func() { _ = api.Settings.env.Store.Warm() }()
			var wg sync.WaitGroup
			errs := make([]error, len(firstScreen))
			for i, c := range firstScreen {
				wg.Add(1)
				go func() { defer wg.Done(); errs[i] = c.call(api) }()
			}
			wg.Wait()
			for i, err := range errs {
				if err != nil {
					b.Fatalf("%s: %v", firstScreen[i].name, err)
				}
			}
			measureHeap(b)
			done()
		}
		b.ReportMetric(float64(heap)/(1<<20), "MB-heap-after")
	})

	b.Run("one_after_the_other", func(b *testing.B) {
		spent := map[string]time.Duration{}
		for b.Loop() {
			api, done := open(b)
			for _, c := range firstScreen {
				t0 := time.Now()
				if err := c.call(api); err != nil {
					b.Fatalf("%s: %v", c.name, err)
				}
				spent[c.name] += time.Since(t0)
			}
			done()
		}
		for _, name := range []string{"overview", "today", "bank", "dashboard"} {
			b.ReportMetric(float64(spent[name].Milliseconds())/float64(b.N), "ms-"+name)
		}
	})
}

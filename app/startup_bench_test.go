package app

import (
	"os"
	"runtime"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/demo"
	"relance/backend/secret"
	"relance/backend/store"
)

// BenchmarkStartupFirstScreen is the start-up to the first screen on a large ledger (5 000 clients, 100 000
// invoices, 300 000 received messages): open the store as RunGUI does, settle the outbox, then every call the
// window makes before it shows the dashboard (settings, segments, overview, company, today's plan, bank
// reconciliation, outbox badge, inbox badge, mailbox state for the guide, dashboard figures). The window runs these
// calls concurrently; here they run one after the other, so the figure is an upper bound. The web view's own
// start (about a second under Xvfb) is not included. MB-heap-after is the live heap once the first screen is computed
// (store projection, decoded ledger, day's plan), with the benchmark's own data still referenced: an upper bound.
func BenchmarkStartupFirstScreen(b *testing.B) {
	clock := backend.FixedClock(time.Date(2026, 11, 23, 8, 30, 0, 0, time.UTC))
	dirs := ResolveDirs(b.TempDir())
	if err := os.MkdirAll(dirs.Data, 0o700); err != nil {
		b.Fatal(err)
	}
	keys := secret.Keychain{Backend: &secret.Memory{}}
	open := func() (*Env, func()) {
		st, err := store.Open(dirs.Store, store.Options{Clock: clock})
		if err != nil {
			b.Fatal(err)
		}
		return &Env{Store: st, Dirs: dirs, Clock: clock, Emitter: NopEmitter{}, Keychain: keys}, func() { st.Close() }
	}
	env, done := open()
	if err := loadDemo(env, demo.Options{Clients: 5000, Invoices: 100000, Messages: 300000, Seed: 7, Today: backend.Today(clock)}); err != nil {
		b.Fatal(err)
	}
	done()
	b.ResetTimer()
	// Per step, summed over the runs: the heavy ones are reported beside the total.
	spent := map[string]time.Duration{}
	var heap uint64
	for b.Loop() {
		env, done := open()
		api := NewBindings(env)
		if err := api.Outbox.recover(); err != nil {
			b.Fatal(err)
		}
		steps := []struct {
			name string
			call func() error
		}{
			{"settings", func() error { _, err := api.Settings.Get(); return err }},
			{"segments", func() error { _, err := api.Clients.Segments(); return err }},
			{"overview", func() error { _, err := api.Settings.Overview(); return err }},
			{"company", func() error { _, err := api.Company.Get(); return err }},
			{"today", func() error { _, err := api.Chase.Today(); return err }},
			{"bank", func() error { _, err := api.Bank.Reconciliation(); return err }},
			{"outbox", func() error { _, err := api.Outbox.List(""); return err }},
			{"inbox", func() error { api.Inbox.Status(); return nil }},
			{"mail", func() error { _, err := api.Mail.Settings(); return err }},
			{"dashboard", func() error { _, err := api.Dashboard.Get(); return err }},
		}
		for _, step := range steps {
			t0 := time.Now()
			if err := step.call(); err != nil {
				b.Fatalf("%s: %v", step.name, err)
			}
			spent[step.name] += time.Since(t0)
		}
		b.StopTimer()
		// What the app holds once the first screen is shown: the store's projection, the decoded ledger, the plan.
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = max(heap, ms.HeapAlloc)
		b.StartTimer()
		done()
	}
	b.ReportMetric(float64(heap)/(1<<20), "MB-heap-after")
	for _, name := range []string{"overview", "today", "bank", "dashboard"} {
		b.ReportMetric(float64(spent[name].Milliseconds())/float64(b.N), "ms-"+name)
	}
}

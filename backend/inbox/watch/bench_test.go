package watch

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkFirstSync10000 is the first sync of an INBOX of 10 000 messages of about 2 KB (in-memory server in
// the same process). peak-heap-MB is the highest HeapInuse of the whole process (server included) during the
// sync; sync-heap-MB is that peak minus the heap before the sync, the watcher's and client's share.
func BenchmarkFirstSync10000(b *testing.B) {
	const n = 10000
	ts := startServer(b, serverOptions{})
	now := time.Now()
	for i := range n {
		d := now.Add(-time.Duration(n-i) * time.Minute)
		ts.addRaw(b, "INBOX", testMessage(d, 2000), d)
	}
	acc := ts.account()
	var peak, growth uint64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapInuse
		var high atomic.Uint64
		high.Store(base)
		stop := make(chan struct{})
		sampled := make(chan struct{})
		go func() {
			defer close(sampled)
			t := time.NewTicker(5 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					return
				case <-t.C:
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > high.Load() {
						high.Store(ms.HeapInuse)
					}
				}
			}
		}()
		sink := newSink()
		sink.keepRaw = false
		b.StartTimer()
		if err := New(acc, sink, Options{}).SyncOnce(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		close(stop)
		<-sampled
		if len(sink.msgs) != n {
			b.Fatalf("%d messages", len(sink.msgs))
		}
		peak = max(peak, high.Load())
		growth = max(growth, high.Load()-base)
		b.StartTimer()
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(growth)/(1<<20), "sync-heap-MB")
}

// BenchmarkIdleLatency measures the time from an APPEND (through the server's user API) to its Deliver, with
// Run in IDLE. steady appends once IDLE is established; burst appends while the previous message is being
// delivered, i.e. while the watcher goes back to IDLE (the in-memory server then only announces it at the next
// cycle, after the short settle cycle).
func BenchmarkIdleLatency(b *testing.B) {
	for _, c := range []struct {
		name string
		gap  time.Duration
	}{{"steady", 20 * time.Millisecond}, {"burst", 0}} {
		b.Run(c.name, func(b *testing.B) {
			ts := startServer(b, serverOptions{})
			sink := newSink()
			sink.keepRaw = false
			var phase atomic.Value
			phase.Store(Phase(""))
			w := New(ts.account(), sink, Options{OnStatus: func(s Status) { phase.Store(s.Phase) }, Backoff: fastBackoff})
			runWatcher(b, w)
			waitFor(b, 5*time.Second, "idle", func() bool { return phase.Load() == PhaseIdle })
			time.Sleep(c.gap)
			var worst time.Duration
			b.ResetTimer()
			for i := range b.N {
				start := time.Now()
				ts.add(b, "INBOX", start)
				select {
				case <-sink.delivered:
				case <-time.After(10 * time.Second):
					b.Fatalf("message %d not delivered", i+1)
				}
				worst = max(worst, time.Since(start))
				b.StopTimer()
				time.Sleep(c.gap)
				b.StartTimer()
			}
			b.StopTimer()
			if len(sink.msgs) != b.N {
				b.Fatalf("%d delivered, want %d", len(sink.msgs), b.N)
			}
			b.ReportMetric(float64(worst)/float64(time.Millisecond), "worst-ms")
		})
	}
}

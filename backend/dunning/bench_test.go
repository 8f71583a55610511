package dunning

import (
	"runtime"
	"sync"
	"testing"

	"relance/backend"
	"relance/backend/demo"
)

// The target: planning a day over 5 000 clients and 100 000 invoices in ≤ 200 ms and ≤ 100 MB.

var bigLedger = sync.OnceValue(func() Input {
	data := demo.Generate(demo.Options{Clients: 5000, Invoices: 100000, Seed: 1})
	return Input{
		Today: demo.DefaultToday, Clients: data.Clients, Invoices: data.Invoices,
		Scenarios: backend.DefaultScenarios(), Settings: backend.DefaultChaseSettings(),
	}
})

// bigLedgerWithHistory is the same ledger a month later, after every day's actions were carried out: the chase
// state the store would hold (step records on thousands of invoices).
var bigLedgerWithHistory = sync.OnceValue(func() Input {
	in := bigLedger()
	in.Invoices = append([]backend.Invoice(nil), in.Invoices...)
	index := make(map[uint64]int)
	clientIndex := make(map[uint64]int)
	end := in.Today
	for day := end.AddDays(-30); day < end; day = day.AddDays(1) {
		in.Today = day
		for _, a := range Plan(in).Actions {
			if a.Status == Done {
				continue
			}
			status := backend.StepDone
			if a.Status == Skipped {
				status = backend.StepSkipped
			}
			for _, lr := range a.Records(status) {
				i, ok := index[lr.InvoiceID]
				if !ok {
					i = len(in.InvoiceChases)
					index[lr.InvoiceID] = i
					in.InvoiceChases = append(in.InvoiceChases, backend.InvoiceChase{InvoiceID: lr.InvoiceID})
				}
				in.InvoiceChases[i].StepsDone = append(in.InvoiceChases[i].StepsDone, lr.Record)
			}
			if status == backend.StepDone && a.Channel.IsContact() {
				i, ok := clientIndex[a.ClientID]
				if !ok {
					i = len(in.ClientChases)
					clientIndex[a.ClientID] = i
					in.ClientChases = append(in.ClientChases, backend.ClientChase{ClientID: a.ClientID})
				}
				in.ClientChases[i].LastContact = a.Date
			}
		}
	}
	in.Today = end.AddDays(1) // Tuesday 16 June 2026
	return in
})

func BenchmarkPlanDay(b *testing.B) {
	for _, bc := range []struct {
		name    string
		in      func() Input
		horizon int
	}{
		{"fresh ledger", bigLedger, 0},
		{"fresh ledger, 7-day horizon", bigLedger, 7},
		{"with a month of history", bigLedgerWithHistory, 0},
		{"with a month of history, 7-day horizon", bigLedgerWithHistory, 7},
	} {
		in := bc.in()
		in.Horizon = bc.horizon
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(Plan(in).Actions)
			}
			b.ReportMetric(float64(n), "actions")
		})
	}
}

// TestPlanMemory logs the heap a plan of the big ledger needs on top of the ledger itself (not a timed assertion:
// figures go to BENCHMARKS.md); it fails only far beyond the 100 MB budget, which would be a regression.
func TestPlanMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("big ledger")
	}
	for _, tc := range []struct {
		name string
		in   Input
	}{{"fresh", bigLedger()}, {"history", bigLedgerWithHistory()}} {
		in := tc.in
		in.Horizon = 7
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		res := Plan(in)
		runtime.ReadMemStats(&after)
		allocated := after.TotalAlloc - before.TotalAlloc // an upper bound of the peak the plan adds
		runtime.GC()
		var kept runtime.MemStats
		runtime.ReadMemStats(&kept)
		t.Logf("%s: %d actions today, %d upcoming; allocated %.1f MB during the plan, heap in use %.1f MB before, %.1f MB at the end, %.1f MB with the result kept",
			tc.name, len(res.Actions), len(res.Upcoming), mb(allocated), mb(before.HeapInuse), mb(after.HeapInuse), mb(kept.HeapInuse))
		if allocated > 100<<20 {
			t.Errorf("%s: the plan allocated %.1f MB, over the 100 MB budget", tc.name, mb(allocated))
		}
		runtime.KeepAlive(res)
	}
}

func mb(n uint64) float64 { return float64(n) / (1 << 20) }

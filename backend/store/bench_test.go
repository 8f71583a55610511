package store

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"relance/backend"
	"relance/backend/demo"
)

// Benchmarks on generated data at the sizes of the issues: 5 000 clients, 100 000 invoices.

var (
	benchOnce sync.Once
	benchData demo.Data
)

func benchDemo() demo.Data {
	benchOnce.Do(func() {
		benchData = demo.Generate(demo.Options{Clients: 5000, Invoices: 100000, Seed: 7, Today: backend.MustDate("2026-11-23")})
	})
	return benchData
}

// benchStore is a store file holding the demo ledger, built once per benchmark.
func benchStore(b *testing.B) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), FileName)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		b.Fatal(err)
	}
	d := benchDemo()
	if err := s.LoadDemo(d.Clients, d.Invoices, d.Payments); err != nil {
		b.Fatal(err)
	}
	s.Close()
	return path
}

// BenchmarkImportInvoices100k: one import of 100 000 invoice rows (already parsed) into a store with the clients.
func BenchmarkImportInvoices100k(b *testing.B) {
	d := benchDemo()
	rows := make([]InvoiceInput, len(d.Invoices))
	for i, inv := range d.Invoices {
		inv.ID, inv.ClientID = 0, 0
		rows[i] = InvoiceInput{Line: i + 2, ClientCode: d.Clients[d.Invoices[i].ClientID-1].Code, Invoice: inv}
	}
	clients := make([]ClientInput, len(d.Clients))
	for i, c := range d.Clients {
		c.ID = 0
		clients[i] = ClientInput{Line: i + 2, Client: c}
	}
	var size int64
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), FileName)
		s, _ := Open(path, Options{Clock: backend.FixedClock(testNow)})
		if _, err := s.ImportClients(context.Background(), clients, ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := s.ImportInvoices(context.Background(), rows, ImportOptions{})
		if err != nil || st.Created != len(rows) {
			b.Fatalf("%+v %v", st, err)
		}
		b.StopTimer()
		s.Close()
		fi, _ := os.Stat(path)
		size = fi.Size()
		b.StartTimer()
	}
	b.ReportMetric(float64(size)/float64(len(rows)), "bytes/invoice")
}

// BenchmarkListInvoices: filter (unpaid, search) + sort + one page of 200, on 100 000 invoices, after a change
// (so that the sort is recomputed: the worst case a user meets after an edit).
func BenchmarkListInvoices(b *testing.B) {
	s, err := Open(benchStore(b), Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Overview(); err != nil {
		b.Fatal(err)
	}
	queries := []backend.InvoiceQuery{
		{Status: "unpaid", Sort: "dueDate", Limit: 200},
		{Search: "sarl", Sort: "remaining", Desc: true, Limit: 200},
		{Overdue: true, Sort: "daysOverdue", Desc: true, Offset: 400, Limit: 200},
		{Sort: "client", Limit: 200},
	}
	b.Run("cached-order", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				if _, err := s.ListInvoices(q); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(queries))/1e6, "ms/query")
	})
	b.Run("after-change", func(b *testing.B) {
		for b.Loop() {
			for _, q := range queries {
				s.mu.Lock()
				s.proj.changed()
				s.mu.Unlock()
				if _, err := s.ListInvoices(q); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(queries))/1e6, "ms/query")
	})
}

// BenchmarkOpenFirstScreen: open the file and compute the dashboard figures and the first page of invoices.
func BenchmarkOpenFirstScreen(b *testing.B) {
	path := benchStore(b)
	for b.Loop() {
		s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Overview(); err != nil {
			b.Fatal(err)
		}
		if _, err := s.ListInvoices(backend.InvoiceQuery{Status: "unpaid", Sort: "dueDate", Limit: 50}); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

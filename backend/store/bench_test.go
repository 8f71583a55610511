package store

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"relance/backend"
	"relance/backend/demo"
)

// Benchmarks on generated data at the sizes of the issues: 5 000 clients, 100 000 invoices, and for those that
// read received messages, 300 000 of them (60 per client: years of replies).

const benchMessages = 300000

var (
	benchOnce sync.Once
	benchData demo.Data
)

func benchDemo() demo.Data {
	benchOnce.Do(func() {
		benchData = demo.Generate(demo.Options{Clients: 5000, Invoices: 100000, Messages: benchMessages, Seed: 7, Today: backend.MustDate("2026-11-23")})
	})
	return benchData
}

// benchStore is a store file holding the demo ledger, built once per benchmark; with messages, the received
// e-mails too.
func benchStore(b *testing.B, messages bool) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), FileName)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		b.Fatal(err)
	}
	d := benchDemo()
	var ms []NewInteraction
	if messages {
		ms = make([]NewInteraction, len(d.Messages))
		for i, m := range d.Messages {
			ms[i] = NewInteraction(m)
		}
	}
	if err := s.LoadDemo(d.Clients, d.Invoices, d.Payments, ms); err != nil {
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
	s, err := Open(benchStore(b, false), Options{Clock: backend.FixedClock(testNow)})
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

var (
	fullOnce sync.Once
	fullPath string
	fullDir  string
)

// benchFullStore is the store with the 300 000 messages, built once for the benchmarks that only read it (loading
// them takes most of a minute) and removed by TestMain.
func benchFullStore(b *testing.B) string {
	fullOnce.Do(func() {
		dir, err := os.MkdirTemp("", "relance-bench-")
		if err != nil {
			b.Fatal(err)
		}
		fullDir = dir
		start := time.Now()
		path := benchStore(b, true)
		if err := os.Rename(path, filepath.Join(dir, FileName)); err != nil {
			b.Fatal(err)
		}
		fullPath = filepath.Join(dir, FileName)
		b.Logf("store with %d messages built in %s", benchMessages, time.Since(start).Round(time.Second))
	})
	if fullPath == "" {
		b.Fatal("the benchmark store could not be built")
	}
	return fullPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fullDir != "" {
		os.RemoveAll(fullDir)
	}
	os.Exit(code)
}

// BenchmarkOpenFirstScreen: open the file (with 300 000 received messages) and compute the dashboard figures, the
// first page of invoices and the badge of messages to read.
func BenchmarkOpenFirstScreen(b *testing.B) {
	path := benchFullStore(b)
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
		if _, _, err := s.InteractionCounts(); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	if fi, err := os.Stat(path); err == nil {
		b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
	}
}

// BenchmarkInteractions: the « Réponses » page and a client's timeline over 300 000 received messages.
func BenchmarkInteractions(b *testing.B) {
	path := benchFullStore(b)
	s, err := Open(path, Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// The client with the most messages.
	per := map[uint64]int{}
	for _, m := range benchDemo().Messages {
		per[m.Interaction.ClientID]++
	}
	var top uint64
	for id, n := range per {
		if id != 0 && (top == 0 || n > per[top]) {
			top = id
		}
	}
	for _, q := range []struct {
		name string
		q    InteractionQuery
	}{
		{"to-read", InteractionQuery{Status: backend.InteractionNew, Limit: 500}},
		{"unmatched", InteractionQuery{Status: backend.InteractionNew, Unmatched: true, Limit: 500}},
		{"all,_newest_500", InteractionQuery{Limit: 500}},
		{"busiest_client's_timeline", InteractionQuery{ClientID: top, Limit: 500}},
	} {
		b.Run(q.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				its, err := s.Interactions(q.q)
				if err != nil {
					b.Fatal(err)
				}
				n = len(its)
			}
			b.ReportMetric(float64(n), "messages")
		})
	}
	b.Run("counts", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := s.InteractionCounts(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkOutbox: years of reminders (100 000 e-mails sent, ~4 KB each) and 50 waiting: what the sender and the
// outbox badge read.
func BenchmarkOutbox(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), FileName), Options{Clock: backend.FixedClock(testNow)})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	body := strings.Repeat("Bonjour, sauf erreur de notre part, la facture reste impayée. ", 30)
	for batch := 0; batch < 10; batch++ {
		err := s.update(func(w *txw) error {
			for i := range 10000 {
				n := batch*10000 + i
				m := &backend.OutboxMessage{ActionID: fmt.Sprintf("a:%07d", n), MessageID: fmt.Sprintf("<%07d@bench>", n), ClientID: uint64(n%5000 + 1),
					Subject: "Rappel : facture F-" + fmt.Sprint(n), Text: body, HTML: "<p>" + body + "</p>", State: backend.OutboxSent}
				if n%2000 == 0 {
					m.State = backend.OutboxQueued
				}
				if err := s.putOutbox(w, m); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Run("waiting", func(b *testing.B) {
		n := 0
		for b.Loop() {
			q, err := s.Outbox(OutboxQuery{States: []backend.OutboxState{backend.OutboxQueued}})
			if err != nil {
				b.Fatal(err)
			}
			n = len(q)
		}
		b.ReportMetric(float64(n), "messages")
	})
	b.Run("counts", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.OutboxCounts(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("newest_500", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Outbox(OutboxQuery{Limit: 500}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDecodeInvoices100k: decoding the ledger's 100 000 invoices on every core, as start-up, reports, exports
// and runs do (decoded.go), from the binary form and from the JSON an older Relance wrote.
func BenchmarkDecodeInvoices100k(b *testing.B) {
	const n = 100000
	forms := map[string][][]byte{}
	for i := range n {
		inv := backend.Invoice{ID: uint64(i + 1), Number: fmt.Sprintf("F-2026-%06d", i+1), ClientID: uint64(i%5000 + 1),
			IssueDate: backend.MustDate("2026-01-15").AddDays(i % 300), DueDate: backend.MustDate("2026-02-14").AddDays(i % 300),
			AmountExclTax: backend.Cents(10000 + i), VATAmount: backend.Cents(2000 + i/5), AmountInclTax: backend.Cents(12000 + i + i/5),
			Currency: "EUR", AmountPaid: backend.Cents(i % 7 * 1000), Status: backend.StatusOpen, CreatedAt: testNow, UpdatedAt: testNow}
		bin, err := encodeInvoice(&inv)
		if err != nil {
			b.Fatal(err)
		}
		js, _ := json.Marshal(&inv)
		forms["binary"], forms["json"] = append(forms["binary"], bin), append(forms["json"], js)
	}
	for _, form := range []string{"binary", "json"} {
		b.Run(form, func(b *testing.B) {
			raw := forms[form]
			size := 0
			for _, r := range raw {
				size += len(r)
			}
			for b.Loop() {
				out := make([]backend.Invoice, n)
				if err := decodeParallel(raw, out); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size)/n, "bytes/invoice")
		})
	}
}

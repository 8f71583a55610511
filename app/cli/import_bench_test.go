package cli

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"relance/backend"
)

// writeInvoicesCSV writes an invoices file as a French invoicing tool exports it (';', dd/mm/yyyy, « 1 234,56 »,
// a label and an order reference per line) until it reaches size bytes, over clients C00000…C04999. It returns
// the number of invoices written.
func writeInvoicesCSV(tb testing.TB, path string, size int64) int {
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	w.WriteString("Code client;Numéro;Date;Échéance;Montant HT;TVA;Montant TTC;Devise;Réglé;Mode de règlement;Référence commande\n")
	var n int64
	base := backend.MustDate("2024-01-01")
	i := 0
	for ; n < size; i++ {
		issue := base.AddDays(i % 700)
		excl := backend.Cents(10000 + (i*7919)%900000)
		vat := excl / 5
		paid := backend.Cents(0)
		if i%3 == 0 {
			paid = excl + vat
		}
		k, _ := fmt.Fprintf(w, "C%05d;FA-2024-%07d;%s;%s;%s;%s;%s;EUR;%s;Virement;BC-%06d\n", i%5000, i,
			issue.French(), issue.AddDays(30).French(), backend.FormatNumber(excl), backend.FormatNumber(vat),
			backend.FormatNumber(excl+vat), backend.FormatNumber(paid), i%999983)
		n += int64(k)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return i
}

func writeClientsCSV(tb testing.TB, path string, n int) {
	var b strings.Builder
	b.WriteString("Code client;Raison sociale;Type;E-mail;Ville;Code postal\n")
	for i := range n {
		fmt.Fprintf(&b, "C%05d;Société %d SARL;business;compta%d@example.com;Lyon;69003\n", i, i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		tb.Fatal(err)
	}
}

// peakHeap runs fn while sampling HeapInuse every 5 ms and returns the highest value seen, and the heap before.
func peakHeap(fn func()) (peak, base uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base = ms.HeapInuse
	var high atomic.Uint64
	high.Store(base)
	stop, sampled := make(chan struct{}), make(chan struct{})
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
	fn()
	close(stop)
	<-sampled
	return high.Load(), base
}

// BenchmarkImportInvoices50MB is `relance import invoices` of a 50 MB French export (≈ 560 000 invoices over
// 5 000 clients) into a ledger holding the clients, through the command line as a user runs it. peak-heap-MB is
// the highest HeapInuse during the import; heap-per-file-MB divides it by the file's size.
func BenchmarkImportInvoices50MB(b *testing.B) {
	dir := b.TempDir()
	clients, invoices := filepath.Join(dir, "clients.csv"), filepath.Join(dir, "factures.csv")
	writeClientsCSV(b, clients, 5000)
	rows := writeInvoicesCSV(b, invoices, 50<<20)
	st, _ := os.Stat(invoices)
	var peak uint64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		data := filepath.Join(b.TempDir(), "data")
		if r := benchCLI(data, "import", "clients", clients); r.code != 0 {
			b.Fatalf("clients: %+v", r)
		}
		b.StartTimer()
		var r cliRun
		p, _ := peakHeap(func() { r = benchCLI(data, "import", "invoices", invoices) })
		if r.code != 0 || !strings.Contains(r.stdout, fmt.Sprintf("%d créées", rows)) {
			b.Fatalf("invoices: %+v", r)
		}
		peak = max(peak, p)
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(peak)/float64(st.Size()), "heap-per-file-byte")
	b.ReportMetric(float64(rows), "invoices")
}

func benchCLI(data string, args ...string) cliRun {
	var out, errb strings.Builder
	c := &CLI{Stdout: &out, Stderr: &errb, Version: "test", Clock: backend.FixedClock(time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC))}
	code := c.Run(data, args)
	return cliRun{code, out.String(), errb.String()}
}

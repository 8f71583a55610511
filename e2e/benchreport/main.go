// Command benchreport rewrites the « last run » section of BENCHMARKS.md from the output of `go test -bench`
// (make bench): one row a benchmark with its time, memory and allocations, beside the target an issue sets.
//
//	benchreport build/bench.txt BENCHMARKS.md
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

const (
	startMark = "<!-- bench:start -->"
	endMark   = "<!-- bench:end -->"
)

// targets are the figures the issues ask for, by benchmark (package.Name).
var targets = map[string]string{
	"store.BenchmarkImportInvoices100k":           "≤ 5 s (#2)",
	"inbox.BenchmarkEvaluation":                   "≥ 95 % replies, ≥ 95 % dates, ≥ 98 % bounces, 0 false (#22)",
	"store.BenchmarkListInvoices":                 "≤ 20 ms (#2)",
	"store.BenchmarkOpenFirstScreen":              "≤ 500 ms (#2)",
	"store.BenchmarkInteractions":                 "— (#8: 300 000 messages)",
	"store.BenchmarkOutbox":                       "— (#8: 100 000 e-mails sent)",
	"app.BenchmarkStartupFirstScreen":             "— (#8 asks the figure; #2's ≤ 500 ms is the store part)",
	"dunning.BenchmarkPlanDay":                    "≤ 200 ms, ≤ 100 MB (#3)",
	"latefee.BenchmarkCompute":                    "≤ 2 µs (#5)",
	"pdf.BenchmarkFormalNotice":                   "≤ 10 ms (#5)",
	"app.BenchmarkQueue1000Reminders":             "≤ 1 s (#4)",
	"report.BenchmarkCompute100k":                 "≤ 150 ms (#7)",
	"reconcile.BenchmarkSuggest2000Against100000": "≤ 1 s (#7)",
	"watch.BenchmarkFirstSync10000":               "≤ 30 s, ≤ 150 MB (#6)",
	"watch.BenchmarkIdleLatency":                  "≤ 5 s (#6)",
	// Whole processes (#17), 5 000 clients / 100 000 invoices unless named 2000_invoices.
	"procbench.BenchmarkProcess/report_--json":              "≤ 250 ms, ≤ 60 MB, ≤ 5× SQLite (#17)",
	"procbench.BenchmarkProcess/run_--dry-run_--json":       "≤ 250 ms, ≤ 60 MB (#17)",
	"procbench.BenchmarkProcess/export_invoices":            "≤ 600 ms, memory not growing with the ledger (#17)",
	"procbench.BenchmarkProcess/version":                    "— (#17: nothing built before a command needs it)",
	"procbench.BenchmarkProcess/2000_invoices":              "no worse than before (#17)",
	"procbench.BenchmarkProcess/2000_invoices/notice_--out": "≤ 25 ms (#17)",
	"procbench.BenchmarkSQLiteAging":                        "the yardstick of report_--json (#17)",
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage : benchreport SORTIE-BENCH.txt BENCHMARKS.md")
		os.Exit(2)
	}
	rows, err := parse(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	md, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var b strings.Builder
	b.WriteString(startMark + "\n")
	fmt.Fprintf(&b, "Last `make bench` run: %s, %d benchmarks (time, memory allocated and allocations per operation; own measures are what the benchmark reports itself, e.g. per query or the peak heap).\n\n", time.Now().Format("2006-01-02"), len(rows))
	b.WriteString("| benchmark | time | own measures | memory allocated | allocations | target |\n|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", r.name, r.time, strings.Join(r.other, ", "), r.mem, r.allocs, target(r.name))
	}
	b.WriteString(endMark)
	text := string(md)
	if i, j := strings.Index(text, startMark), strings.Index(text, endMark); i >= 0 && j > i {
		text = text[:i] + b.String() + text[j+len(endMark):]
	} else {
		text = strings.TrimRight(text, "\n") + "\n\n## Last run\n\n" + b.String() + "\n"
	}
	if err := os.WriteFile(os.Args[2], []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// target is the target of the longest key naming the benchmark, one of its parents (a sub-benchmark's own target
// before its group's) or the start of its name up to a '_' (export_invoices → export_invoices_csv).
func target(name string) string {
	best, found := "—", ""
	for k, v := range targets {
		match := name == k || strings.HasPrefix(name, k+"/") || strings.HasPrefix(name, k+"_")
		if match && len(k) > len(found) {
			best, found = v, k
		}
	}
	return best
}

// row is one benchmark: time per operation, the figures the benchmark reports itself (ms/query, peak-heap-MB…:
// what a target is usually about), and allocations.
type row struct {
	name, time, mem, allocs string
	other                   []string
}

// parse reads `go test -bench -benchmem` output: "pkg: relance/backend/store" lines name the package of the
// "BenchmarkX-2  3  123 ns/op  456 B/op  7 allocs/op" lines that follow.
func parse(path string) ([]row, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []row
	pkg := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = p[strings.LastIndex(p, "/")+1:]
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") || fields[3] != "ns/op" {
			continue
		}
		name := fields[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i] // the GOMAXPROCS suffix
		}
		r := row{name: pkg + "." + name, time: duration(fields[2]), mem: "—", allocs: "—"}
		for k := 4; k+1 < len(fields); k += 2 {
			switch fields[k+1] {
			case "B/op":
				r.mem = bytesOf(fields[k])
			case "allocs/op":
				r.allocs = fields[k]
			default:
				r.other = append(r.other, fields[k]+" "+fields[k+1])
			}
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

func duration(ns string) string {
	v, err := strconv.ParseFloat(ns, 64)
	if err != nil {
		return ns
	}
	switch {
	case v >= 1e9:
		return fmt.Sprintf("%.2f s", v/1e9)
	case v >= 1e6:
		return fmt.Sprintf("%.1f ms", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%.1f µs", v/1e3)
	}
	return fmt.Sprintf("%.0f ns", v)
}

func bytesOf(b string) string {
	v, err := strconv.ParseFloat(b, 64)
	if err != nil {
		return b
	}
	switch {
	case v >= 1<<20:
		return fmt.Sprintf("%.1f MB", v/(1<<20))
	case v >= 1<<10:
		return fmt.Sprintf("%.1f KB", v/(1<<10))
	}
	return fmt.Sprintf("%.0f B", v)
}

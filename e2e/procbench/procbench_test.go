package procbench

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// today is the day the ledgers are generated for and the commands are asked about, so that every run answers the
// same question.
const today = "2026-11-23"

// fixture is what every benchmark shares, made once per `go test` process: the two programs as `make build` builds
// them — relance (production tags: it links GTK and WebKit, whose loading every command pays) and relance-cli
// (without cgo: what our own code costs) —, the ledger of 5 000 clients / 100 000 invoices, a small one of 2 000
// invoices (the common case) and, when the sqlite3 command is there, the big ledger's invoices in SQLite.
type fixture struct {
	dir, bin, binNoCgo string
	big, small         string // data folders
	invoice            string // an overdue invoice of the small ledger, for the formal notice
	sqliteDB           string // "" without sqlite3
	err                error
}

var (
	once sync.Once
	fx   fixture
)

func TestMain(m *testing.M) {
	if args := os.Getenv(launchEnv); args != "" {
		os.Exit(launch(args))
	}
	code := m.Run()
	if fx.dir != "" {
		os.RemoveAll(fx.dir)
	}
	os.Exit(code)
}

func setup(b *testing.B) *fixture {
	b.Helper()
	once.Do(func() { fx.err = fx.make() })
	if fx.err != nil {
		b.Fatal(fx.err)
	}
	return &fx
}

func (f *fixture) make() error {
	dir, err := os.MkdirTemp("", "relance-procbench-")
	if err != nil {
		return err
	}
	f.dir = dir
	root, err := filepath.Abs("../..")
	if err != nil {
		return err
	}
	f.bin, f.binNoCgo = filepath.Join(dir, "relance"), filepath.Join(dir, "relance-cli")
	build := func(out string, env []string, args ...string) error { // args end with the package
		cmd := exec.Command("go", append([]string{"build", "-o", out}, args...)...)
		cmd.Dir, cmd.Env = root, append(os.Environ(), env...)
		if msg, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %v : %v\n%s", args, err, msg)
		}
		return nil
	}
	if err := build(f.bin, []string{"CGO_ENABLED=1"}, "-tags", "production,webkit2_41", "."); err != nil {
		return fmt.Errorf("%v(the production build needs GTK and WebKitGTK: make deps)", err)
	}
	if err := build(f.binNoCgo, []string{"CGO_ENABLED=0"}, "./app/cli/relance-cli"); err != nil {
		return err
	}
	f.big, f.small = filepath.Join(dir, "big"), filepath.Join(dir, "small")
	if _, err := f.run(f.bin, "--data", f.big, "demo", "--clients", "5000", "--invoices", "100000", "--today", today); err != nil {
		return err
	}
	if _, err := f.run(f.bin, "--data", f.small, "demo", "--clients", "100", "--invoices", "2000", "--today", today); err != nil {
		return err
	}
	out, err := f.run(f.bin, "--data", f.small, "export", "invoices")
	if err != nil {
		return err
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		return err
	}
	col := map[string]int{}
	for i, k := range rows[0] {
		col[k] = i
	}
	for _, r := range rows[1:] {
		if r[col["status"]] == "open" && r[col["due_date"]] < today && r[col["amount_paid"]] == "0.00" {
			f.invoice = r[col["number"]]
			break
		}
	}
	if f.invoice == "" {
		return fmt.Errorf("no overdue invoice in the small demo ledger")
	}
	if _, err := exec.LookPath("sqlite3"); err == nil {
		return f.makeSQLite()
	}
	return nil
}

// makeSQLite loads the big ledger's `export invoices` into a typed table (amounts in cents) and checks that it
// answers the aging question as `relance report --json` does, so that the two are timed on the same question.
func (f *fixture) makeSQLite() error {
	csvPath := filepath.Join(f.dir, "invoices.csv")
	out, err := f.run(f.bin, "--data", f.big, "export", "invoices")
	if err != nil {
		return err
	}
	if err := os.WriteFile(csvPath, out, 0o600); err != nil {
		return err
	}
	f.sqliteDB = filepath.Join(f.dir, "invoices.sqlite")
	load := `CREATE TABLE raw(number TEXT, client TEXT, issue_date TEXT, due_date TEXT, amount_excl_tax TEXT, vat TEXT,
  amount_incl_tax TEXT, currency TEXT, amount_paid TEXT, payment_method TEXT, status TEXT);
.import --csv --skip 1 ` + csvPath + ` raw
CREATE TABLE invoices(number TEXT, client TEXT, issue_date TEXT, due_date TEXT, total INTEGER, paid INTEGER, status TEXT);
INSERT INTO invoices SELECT number, client, issue_date, due_date, CAST(round(amount_incl_tax*100) AS INTEGER),
  CAST(round(amount_paid*100) AS INTEGER), status FROM raw;
DROP TABLE raw;
VACUUM;
`
	cmd := exec.Command("sqlite3", f.sqliteDB)
	cmd.Stdin = strings.NewReader(load)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("sqlite3 : %v\n%s", err, msg)
	}
	got, err := f.run("sqlite3", f.sqliteDB, agingSQL)
	if err != nil {
		return err
	}
	rep, err := f.run(f.bin, "--data", f.big, "report", "--json", "--today", today)
	if err != nil {
		return err
	}
	var r struct {
		Outstanding, Overdue string
		Aging                map[string]string
	}
	if err := json.Unmarshal(rep, &r); err != nil {
		return err
	}
	want := strings.Join([]string{r.Outstanding, r.Overdue, r.Aging["not_due"], r.Aging["1_30"], r.Aging["31_60"], r.Aging["61_90"], r.Aging["over_90"]}, "|")
	if strings.TrimSpace(string(got)) != want {
		return fmt.Errorf("SQLite and relance report disagree on the aging: %s against %s", strings.TrimSpace(string(got)), want)
	}
	return nil
}

// agingSQL is the report's question: what is owed (not cancelled nor written off, issued by today), what of it is
// overdue, and the five aging ranges of days past due.
const agingSQL = `WITH o AS (SELECT total - paid AS r, CAST(julianday('` + today + `') - julianday(due_date) AS INTEGER) AS late
  FROM invoices WHERE status NOT IN ('cancelled', 'written_off') AND total > paid AND issue_date <= '` + today + `'),
s AS (SELECT sum(r) AS outstanding, total(CASE WHEN late > 0 THEN r END) AS overdue,
  total(CASE WHEN late <= 0 THEN r END) AS b0, total(CASE WHEN late BETWEEN 1 AND 30 THEN r END) AS b1,
  total(CASE WHEN late BETWEEN 31 AND 60 THEN r END) AS b2, total(CASE WHEN late BETWEEN 61 AND 90 THEN r END) AS b3,
  total(CASE WHEN late > 90 THEN r END) AS b4 FROM o)
SELECT printf('%d.%02d|%d.%02d|%d.%02d|%d.%02d|%d.%02d|%d.%02d|%d.%02d', outstanding/100, outstanding%100,
  CAST(overdue AS INTEGER)/100, CAST(overdue AS INTEGER)%100, CAST(b0 AS INTEGER)/100, CAST(b0 AS INTEGER)%100,
  CAST(b1 AS INTEGER)/100, CAST(b1 AS INTEGER)%100, CAST(b2 AS INTEGER)/100, CAST(b2 AS INTEGER)%100,
  CAST(b3 AS INTEGER)/100, CAST(b3 AS INTEGER)%100, CAST(b4 AS INTEGER)/100, CAST(b4 AS INTEGER)%100) FROM s;`

func (f *fixture) run(name string, args ...string) ([]byte, error) {
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s : %v\n%s", filepath.Base(name), strings.Join(args, " "), err, errb.String())
	}
	return out.Bytes(), nil
}

// launchEnv, when set, makes the test binary a launcher: it runs the command given (JSON array) once, its output
// to /dev/null, and prints its wall time (ns) and peak resident set size (KB). The benchmark does not start the
// command itself because a child started by a process inherits that process's resident size as its own peak
// (Linux counts the parent's memory at exec in ru_maxrss, and Go starts children with vfork): the benchmark's
// process holds tens of MB, the launcher only its start-up (a few MB: the floor of the figures).
const launchEnv = "RELANCE_PROCBENCH_LAUNCH"

func launch(spec string) int {
	var args []string
	if err := json.Unmarshal([]byte(spec), &args); err != nil || len(args) == 0 {
		fmt.Fprintln(os.Stderr, "launch:", err)
		return 2
	}
	var errb bytes.Buffer
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = &errb // Stdout nil: /dev/null
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "%s : %v\n%s", strings.Join(args, " "), err, errb.String())
		return 1
	}
	fmt.Printf("%d %d\n", time.Since(start).Nanoseconds(), cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss)
	return 0
}

// measure runs the command once per iteration through the launcher and reports its wall time per process (ns/op,
// the launcher's own start-up left out) and the largest peak resident set size seen (MB-peak-RSS).
func measure(b *testing.B, name string, args ...string) {
	b.Helper()
	spec, err := json.Marshal(append([]string{name}, args...))
	if err != nil {
		b.Fatal(err)
	}
	var peak, wall int64
	b.ResetTimer()
	for range b.N {
		var out, errb bytes.Buffer
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), launchEnv+"="+string(spec))
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			b.Fatalf("%s %s : %v\n%s", filepath.Base(name), strings.Join(args, " "), err, errb.String())
		}
		var ns, kb int64
		if _, err := fmt.Sscan(out.String(), &ns, &kb); err != nil {
			b.Fatalf("launcher said %q: %v", out.String(), err)
		}
		wall += ns
		peak = max(peak, kb)
	}
	b.StopTimer()
	b.ReportMetric(float64(wall)/float64(b.N), "ns/op")
	b.ReportMetric(float64(peak)/1024, "MB-peak-RSS")
}

// BenchmarkProcess is the whole command as a user or a scheduler runs it, on 5 000 clients / 100 000 invoices
// (10 000 messages) unless the name says 2 000 invoices.
func BenchmarkProcess(b *testing.B) {
	f := setup(b)
	out := filepath.Join(f.dir, "notice.pdf")
	cases := []struct {
		name string
		bin  string
		args []string
	}{
		{"version", f.bin, []string{"version"}},
		{"relance-cli/version", f.binNoCgo, []string{"version"}},
		{"report_--json", f.bin, []string{"--data", f.big, "report", "--json", "--today", today}},
		{"run_--dry-run_--json", f.bin, []string{"--data", f.big, "run", "--dry-run", "--json", "--today", today}},
		{"export_invoices_csv", f.bin, []string{"--data", f.big, "export", "invoices"}},
		{"export_invoices_--format_json", f.bin, []string{"--data", f.big, "export", "invoices", "--format", "json"}},
		{"2000_invoices/report_--json", f.bin, []string{"--data", f.small, "report", "--json", "--today", today}},
		{"2000_invoices/run_--dry-run_--json", f.bin, []string{"--data", f.small, "run", "--dry-run", "--json", "--today", today}},
		{"2000_invoices/notice_--out", f.bin, []string{"--data", f.small, "notice", "--invoice", f.invoice, "--today", today, "--out", out}},
		{"relance-cli/report_--json", f.binNoCgo, []string{"--data", f.big, "report", "--json", "--today", today}},
		{"relance-cli/run_--dry-run_--json", f.binNoCgo, []string{"--data", f.big, "run", "--dry-run", "--json", "--today", today}},
		{"relance-cli/export_invoices_--format_json", f.binNoCgo, []string{"--data", f.big, "export", "invoices", "--format", "json"}},
		{"relance-cli/2000_invoices/notice_--out", f.binNoCgo, []string{"--data", f.small, "notice", "--invoice", f.invoice, "--today", today, "--out", out}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { measure(b, c.bin, c.args...) })
	}
}

// BenchmarkSQLiteAging is the aging question of `relance report --json` asked of SQLite (the sqlite3 command, a
// process per iteration) on the same 100 000 invoices, loaded from `relance export invoices`: the yardstick of
// issue #17 (report within 5× of it).
func BenchmarkSQLiteAging(b *testing.B) {
	f := setup(b)
	if f.sqliteDB == "" {
		b.Skip("sqlite3 absent (apt install sqlite3)")
	}
	measure(b, "sqlite3", f.sqliteDB, agingSQL)
}

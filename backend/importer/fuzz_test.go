package importer

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"relance/backend"
)

// addTestdata seeds a fuzz target with every file of testdata plus a few shapes the files do not cover.
func addTestdata(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.*"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(utf16Bytes("number\tclient_code\tissue_date\tdue_date\tamount_incl_tax\r\nF1\tC1\t01/02/2026\t03/03/2026\t1 234,56\r\n", false, true))
	f.Add([]byte("PK\x03\x04rest"))
	f.Add([]byte("a;\"b\nc;d\n\"\"\"e;f\r\rg"))
	f.Add([]byte("\xef\xbb\xbf\xff\xfe;;\n\x00"))
}

func FuzzDecode(f *testing.F) {
	addTestdata(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Decode("fuzz.csv", data)
		if err != nil {
			if backend.ErrorCode(err) != backend.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		if len(tab.Headers) == 0 {
			t.Fatal("table without headers")
		}
		switch tab.Separator {
		case ';', ',', '\t', '|':
		default:
			t.Fatalf("separator %q", tab.Separator)
		}
		last := 0
		for _, r := range tab.Rows {
			if r.Line <= last {
				t.Fatalf("line %d after line %d", r.Line, last)
			}
			last = r.Line
			empty := true
			for _, c := range r.Cells {
				if c != "" {
					empty = false
				}
			}
			if empty {
				t.Fatalf("empty row kept at line %d", r.Line)
			}
		}
	})
}

// positional maps the canonical fields of k onto the first columns, for files whose headers Suggest ignores.
func positional(k Kind, headers []string) Mapping {
	m := Mapping{}
	for i, key := range keys(k) {
		if i < len(headers) {
			m[key] = i
		}
	}
	return m
}

func FuzzParseInvoices(f *testing.F) {
	addTestdata(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Decode("fuzz.csv", data)
		if err != nil {
			return
		}
		for _, m := range []Mapping{Suggest(Invoices, tab.Headers), positional(Invoices, tab.Headers)} {
			rows, errs := ParseInvoices(tab, m)
			if m.Validate(Invoices) != nil {
				if len(rows) != 0 || len(errs) != 1 || errs[0].Line != 0 {
					t.Fatalf("invalid mapping: %d rows, errors %v", len(rows), errs)
				}
				continue
			}
			checkOutcome(t, tab, len(rows), errs, func(i int) int { return rows[i].Line })
			seen := map[string]bool{}
			for _, r := range rows {
				again := r.Invoice
				if err := again.Normalize(); err != nil || !reflect.DeepEqual(again, r.Invoice) {
					t.Fatalf("line %d: invoice not normalised: %v", r.Line, err)
				}
				if r.ClientCode == "" || seen[r.Invoice.Number] {
					t.Fatalf("line %d: client code %q, number %q", r.Line, r.ClientCode, r.Invoice.Number)
				}
				seen[r.Invoice.Number] = true
			}
		}
		// The other kinds read the same tables; they must not panic either.
		if m := positional(Clients, tab.Headers); m.Validate(Clients) == nil {
			rows, errs := ParseClients(tab, m)
			checkOutcome(t, tab, len(rows), errs, func(i int) int { return rows[i].Line })
			for _, r := range rows {
				again := r.Client
				if err := again.Normalize(); err != nil || !reflect.DeepEqual(again, r.Client) {
					t.Fatalf("line %d: client not normalised: %v", r.Line, err)
				}
			}
		}
		if m := positional(Payments, tab.Headers); m.Validate(Payments) == nil {
			rows, errs := ParsePayments(tab, m)
			checkOutcome(t, tab, len(rows), errs, func(i int) int { return rows[i].Line })
		}
	})
}

// checkOutcome asserts that no row of the table ends up both valid and in error (a "Total" line is neither).
func checkOutcome(t *testing.T, tab *Table, n int, errs []RowError, line func(int) int) {
	t.Helper()
	bad := map[int]bool{}
	for _, e := range errs {
		if e.Line <= 0 || e.Message == "" {
			t.Fatalf("row error without line or message: %+v", e)
		}
		bad[e.Line] = true
	}
	for i := 0; i < n; i++ {
		if bad[line(i)] {
			t.Fatalf("line %d is both valid and in error", line(i))
		}
	}
	if n+len(bad) > len(tab.Rows) {
		t.Fatalf("%d valid + %d in error for %d rows", n, len(bad), len(tab.Rows))
	}
}

// FuzzFastAmount checks the fast path against backend.ParseAmount: whatever it accepts, the reference reads
// the same way.
func FuzzFastAmount(f *testing.F) {
	for _, s := range []string{"1234.56", "1234,5", "-12", "1 234,56", "1\u00a0234,56", "12\u202f345.00", "- 1", "1,234", "123456789012345", "1234567890123456", "0,05", ",5", "1.", "12 ,5", "1 2 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := fastAmount(s)
		if !ok {
			return
		}
		w, err := backend.ParseAmount(s)
		if err != nil || w != v {
			t.Fatalf("fastAmount(%q) = %d, ParseAmount = %d, %v", s, v, w, err)
		}
	})
}

// FuzzFastDate checks the fast path against backend.ParseDate.
func FuzzFastDate(f *testing.F) {
	for _, s := range []string{"2026-12-31", "31/12/2026", "29/02/2024", "29/02/2025", "2026-02-29", "1899-01-01", "00/01/2026", "2200-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := fastDate(s)
		if !ok {
			return
		}
		w, err := backend.ParseDate(s)
		if err != nil || w != d {
			t.Fatalf("fastDate(%q) = %v, ParseDate = %v, %v", s, d, w, err)
		}
	})
}

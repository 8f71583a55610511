package cli

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"relance/app"
	"relance/backend"
	"relance/backend/importer"
	"relance/backend/store"
)

// The invoices export streams (#17): the same bytes as the implementation that held every invoice and encoded
// the list at once (kept below as the reference), on generated data with a disputed and a cancelled invoice,
// whether the store's decoded invoices are current (the window) or not (a fresh process).
func TestExportInvoicesStreamedAsBefore(t *testing.T) {
	data := t.TempDir()
	if r := runCLI(t, data, "demo", "--clients", "150", "--invoices", "3000", "--seed", "7"); r.code != 0 {
		t.Fatalf("demo: %+v", r)
	}
	open := func() *store.Store {
		st, err := store.Open(filepath.Join(data, store.FileName), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	st := open()
	var disputed, cancelled string
	if err := st.Invoices(func(inv *backend.Invoice) error {
		switch {
		case inv.Status == backend.StatusCancelled && cancelled == "":
			cancelled = inv.Number
		case inv.Remaining() > 0 && disputed == "" && inv.Status != backend.StatusCancelled:
			disputed = inv.Number
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if r := runCLI(t, data, "dispute", disputed, "--reason", "qualité"); r.code != 0 {
		t.Fatalf("dispute: %+v", r)
	}

	st = open()
	defer st.Close()
	wantCSV, wantJSON := heldInvoicesExport(t, st)
	if !strings.Contains(wantCSV, ","+string(importer.StatusDisputed)+"\n") {
		t.Fatal("no disputed invoice in the reference: the status column is not compared")
	}
	if cancelled == "" || !strings.Contains(wantCSV, "\n"+cancelled+",") {
		t.Fatalf("no cancelled invoice (%q) in the demo ledger", cancelled)
	}
	for _, pass := range []string{"nothing decoded", "decoded invoices current"} {
		if pass == "decoded invoices current" {
			if err := st.Invoices(func(*backend.Invoice) error { return nil }); err != nil {
				t.Fatal(err)
			}
		}
		for format, want := range map[string]string{"csv": wantCSV, "json": wantJSON} {
			var got bytes.Buffer
			n, err := app.ExportLedger(st, "invoices", format, &got)
			if err != nil {
				t.Fatal(err)
			}
			if n != 3000 {
				t.Errorf("%s, %s: count %d", pass, format, n)
			}
			if got.String() != want {
				t.Errorf("%s, %s: streamed export differs from the held one (%d bytes against %d)\n%s", pass, format,
					got.Len(), len(want), firstDifference(got.String(), want))
			}
		}
	}

	// An empty ledger: the header alone, and an empty JSON list.
	empty, err := store.Open(filepath.Join(t.TempDir(), store.FileName), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer empty.Close()
	wantCSV, wantJSON = heldInvoicesExport(t, empty)
	for format, want := range map[string]string{"csv": wantCSV, "json": wantJSON} {
		var got bytes.Buffer
		if _, err := app.ExportLedger(empty, "invoices", format, &got); err != nil || got.String() != want {
			t.Errorf("empty ledger, %s: %q (%v), want %q", format, got.String(), err, want)
		}
	}
}

// heldInvoicesExport is the invoices export as written before it streamed: every invoice held, then encoded.
func heldInvoicesExport(t *testing.T, st *store.Store) (csvText, jsonText string) {
	t.Helper()
	clients, err := st.Clients()
	if err != nil {
		t.Fatal(err)
	}
	codes := map[uint64]string{}
	for _, c := range clients {
		codes[c.ID] = c.Code
	}
	var invoices []backend.Invoice
	if err := st.Invoices(func(inv *backend.Invoice) error { invoices = append(invoices, *inv); return nil }); err != nil {
		t.Fatal(err)
	}
	var j bytes.Buffer
	enc := json.NewEncoder(&j)
	enc.SetIndent("", "  ")
	if err := enc.Encode(app.NonNil(invoices)); err != nil {
		t.Fatal(err)
	}
	disputed := map[uint64]bool{}
	chases, _, err := st.ChaseState()
	if err != nil {
		t.Fatal(err)
	}
	for i := range chases {
		if chases[i].Disputed() {
			disputed[chases[i].InvoiceID] = true
		}
	}
	var c bytes.Buffer
	if err := importer.WriteInvoicesCSV(&c, invoices, func(id uint64) string { return codes[id] },
		func(id uint64) bool { return disputed[id] }); err != nil {
		t.Fatal(err)
	}
	return c.String(), j.String()
}

func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "got:  …" + a[from:min(len(a), i+80)] + "\nwant: …" + b[from:min(len(b), i+80)]
}

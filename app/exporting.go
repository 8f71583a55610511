package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"relance/backend"
	"relance/backend/importer"
	"relance/backend/store"
)

// Exports in the canonical CSV formats (they import back unchanged), the same CSV for French Excel (semicolons,
// decimal commas, dd/mm/yyyy dates, BOM: it imports back too), and everything as one JSON document.

// LedgerExport is the JSON export of the whole ledger.
type LedgerExport struct {
	Format   string            `json:"format"`
	Company  backend.Company   `json:"company"`
	Clients  []backend.Client  `json:"clients"`
	Invoices []backend.Invoice `json:"invoices"`
	Payments []backend.Payment `json:"payments"`
	Events   []backend.Event   `json:"events"`
	// The owner's corrections of how replies were read: what the replies' classifier learned on this installation.
	InboxCorrections []backend.ClassCorrection `json:"inboxCorrections"`
}

// ExportLedger writes kind (clients, invoices, payments, all) in format (csv, excel, json) to w and returns the
// count.
func ExportLedger(st *store.Store, kind, format string, w io.Writer) (int, error) {
	if format == "" {
		format = "csv"
	}
	if format == "excel" {
		if kind == "all" {
			return 0, backend.Errorf(backend.EINVALID, "l'export complet se fait en JSON (--format json)")
		}
		var canonical bytes.Buffer
		n, err := ExportLedger(st, kind, "csv", &canonical)
		if err != nil {
			return n, err
		}
		return n, importer.WriteExcel(w, &canonical)
	}
	if format != "csv" && format != "json" {
		return 0, backend.Errorf(backend.EINVALID, "format « %s » inconnu : csv, excel ou json", format)
	}
	if kind == "all" && format == "csv" {
		return 0, backend.Errorf(backend.EINVALID, "l'export complet se fait en JSON (--format json)")
	}
	clients, err := st.Clients()
	if err != nil {
		return 0, err
	}
	codes := make(map[uint64]string, len(clients))
	for _, c := range clients {
		codes[c.ID] = c.Code
	}
	if kind == "invoices" {
		return exportInvoices(st, format, codes, w)
	}
	var invoices []backend.Invoice
	numbers := map[uint64]string{}
	if kind != "clients" {
		if err := st.Invoices(func(inv *backend.Invoice) error {
			numbers[inv.ID] = inv.Number
			if kind != "payments" {
				invoices = append(invoices, *inv)
			}
			return nil
		}); err != nil {
			return 0, err
		}
	}
	var payments []backend.Payment
	if kind == "payments" || kind == "all" {
		if err := st.Payments(func(p *backend.Payment) error { payments = append(payments, *p); return nil }); err != nil {
			return 0, err
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	switch kind {
	case "clients":
		if format == "json" {
			return len(clients), enc.Encode(NonNil(clients))
		}
		return len(clients), importer.WriteClientsCSV(w, clients)
	case "payments":
		if format == "json" {
			return len(payments), enc.Encode(NonNil(payments))
		}
		return len(payments), importer.WritePaymentsCSV(w, payments, func(id uint64) string { return numbers[id] })
	case "all":
		company, err := st.Company()
		if err != nil {
			return 0, err
		}
		events, err := st.Events()
		if err != nil {
			return 0, err
		}
		corrections, err := st.ClassCorrections()
		if err != nil {
			return 0, err
		}
		all := LedgerExport{Format: "relance-export/1", Company: company, Clients: NonNil(clients),
			Invoices: NonNil(invoices), Payments: NonNil(payments), Events: NonNil(events), InboxCorrections: NonNil(corrections)}
		return len(clients) + len(invoices) + len(payments), enc.Encode(all)
	}
	return 0, backend.Errorf(backend.EINVALID, "export « %s » inconnu : clients, invoices, payments ou all", kind)
}

// exportInvoices streams the invoices (csv or json) as the store reads them, one at a time: the bytes an
// encoding/json Encoder (indent "  ") or WriteInvoicesCSV would write for the whole list, without holding it
// (100 000 invoices held and encoded at once took 400 MB, #17).
func exportInvoices(st *store.Store, format string, codes map[uint64]string, w io.Writer) (int, error) {
	bw := bufio.NewWriterSize(w, 64<<10)
	n := 0
	if format == "json" {
		sep := "[\n  "
		err := st.ScanInvoices(func(inv *backend.Invoice) error {
			b, err := json.MarshalIndent(inv, "  ", "  ")
			if err != nil {
				return err
			}
			bw.WriteString(sep)
			sep = ",\n  "
			n++
			_, err = bw.Write(b)
			return err
		})
		if err != nil {
			return 0, err
		}
		if n == 0 {
			bw.WriteString("[]\n")
		} else {
			bw.WriteString("\n]\n")
		}
		return n, bw.Flush()
	}
	disputed, err := st.DisputedInvoices()
	if err != nil {
		return 0, err
	}
	iw, err := importer.NewInvoicesCSV(bw, func(id uint64) string { return codes[id] }, func(id uint64) bool { return disputed[id] })
	if err != nil {
		return 0, err
	}
	if err := st.ScanInvoices(func(inv *backend.Invoice) error { n++; return iw.Write(inv) }); err != nil {
		return 0, err
	}
	if err := iw.Flush(); err != nil {
		return 0, err
	}
	return n, bw.Flush()
}

func NonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

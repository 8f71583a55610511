package store

import (
	"slices"
	"testing"

	"relance/backend"
)

func TestInvoiceSearchByAmount(t *testing.T) {
	s := openTest(t)
	a := mustClient(t, s, "A", "Menuiserie Lefèvre")
	mustInvoice(t, s, a.ID, "F-2026-0001", "2026-10-01", 122400)
	mustInvoice(t, s, a.ID, "F-2026-0002", "2026-10-01", 122450)
	mustInvoice(t, s, a.ID, "F-2026-0003", "2026-10-01", 9900)
	mustInvoice(t, s, a.ID, "F-2026-1224", "2026-10-01", 5000)
	for search, want := range map[string][]string{
		"1224":            {"F-2026-0001", "F-2026-0002", "F-2026-1224"}, // the euros, and the number containing it
		"1 224,00":        {"F-2026-0001"},
		"1\u00a0224,00 €": {"F-2026-0001"},
		"1224,5":          {"F-2026-0002"},
		"1224.50":         {"F-2026-0002"},
		"99":              {"F-2026-0003"},
		"1 225":           nil,
		"F-2026-1224":     {"F-2026-1224"},
		"lefevre":         {"F-2026-0001", "F-2026-0002", "F-2026-0003", "F-2026-1224"},
	} {
		page, err := s.ListInvoices(backend.InvoiceQuery{Search: search, Sort: "number"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range page.Rows {
			got = append(got, r.Number)
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("search %q: %v, want %v", search, got, want)
		}
	}
}

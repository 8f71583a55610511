package pdf

import (
	"strconv"

	"relance/backend"
)

// AgedRow is one client of an aged balance.
type AgedRow struct {
	Code, Name string
	Buckets    [5]backend.Cents // not yet due, 1–30, 31–60, 61–90, over 90 days past due
	Total      backend.Cents
}

// AgedBalanceDoc is the « balance âgée » of the whole ledger at a date: what each client owes, by lateness.
type AgedBalanceDoc struct {
	Creditor Party
	Date     backend.Date
	Labels   [5]string // the buckets' titles
	Rows     []AgedRow
	Total    AgedRow
}

// AgedBalance renders the aged balance as a table, one client a row, with the totals.
func AgedBalance(d AgedBalanceDoc) ([]byte, error) {
	if d.Date.IsZero() {
		return nil, backend.Errorf(backend.EINVALID, "la date de la balance âgée est obligatoire")
	}
	title := "Balance âgée au " + d.Date.French()
	m := meta{title: title + " – " + d.Creditor.Name, subject: "Balance âgée clients", author: d.Creditor.Name,
		date: d.Date, header: title, footer: footerLine(d.Creditor), numbered: true}
	return render(m, func(w *writer) error {
		w.f.AddPage()
		w.f.SetY(marginT)
		w.heading(d.Creditor.Name+" – "+title, 13)
		w.body(strconv.Itoa(len(d.Rows))+" "+plural(len(d.Rows), "client doit", "clients doivent")+" au total "+
			backend.FormatEUR(d.Total.Total)+", dont "+backend.FormatEUR(d.Total.Total-d.Total.Buckets[0])+" échus.", "")
		w.space(2)
		bw := 20.5
		cols := []column{{"Client", contentW - 6*bw, "L"}}
		for _, l := range d.Labels {
			cols = append(cols, column{l, bw, "R"})
		}
		cols = append(cols, column{"Total", bw, "R"})
		amount := func(c backend.Cents) string {
			if c == 0 {
				return "–"
			}
			return backend.FormatEUR(c)
		}
		line := func(name string, r AgedRow) []string {
			out := []string{name}
			for _, b := range r.Buckets {
				out = append(out, amount(b))
			}
			return append(out, backend.FormatEUR(r.Total))
		}
		rows := make([][]string, len(d.Rows))
		for i, r := range d.Rows {
			name := r.Name
			if r.Code != "" {
				name = r.Code + " – " + r.Name
			}
			rows[i] = line(name, r)
		}
		w.table(cols, rows, tableStyle{size: 8, total: line("Total", d.Total)})
		return nil
	})
}

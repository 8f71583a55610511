package template

import (
	"html"
	"strings"
	"unicode/utf8"
)

// The invoice table lists the message's invoices: number, date, due date, amount, outstanding, days overdue,
// with a total row when there are several.

func (m *message) tableHeader() []string {
	if m.loc.en {
		return []string{"Invoice", "Date", "Due date", "Amount", "Outstanding", "Overdue"}
	}
	return []string{"Facture", "Date", "Échéance", "Montant TTC", "Reste dû", "Retard"}
}

// tableRows gives the cells of every invoice, then the total row when there is more than one invoice.
func (m *message) tableRows() (rows [][]string, total []string) {
	l := m.loc
	for i := range m.invoices {
		inv := &m.invoices[i]
		late := "—"
		if n := inv.DaysOverdue(m.d.Today); n > 0 {
			late = l.days(n)
		}
		rows = append(rows, []string{inv.Number, l.shortDate(inv.IssueDate), l.shortDate(inv.DueDate),
			l.money(inv.AmountInclTax), l.money(inv.Remaining()), late})
	}
	if len(m.invoices) > 1 {
		var amount, due = m.invoices[0].AmountInclTax, m.invoices[0].Remaining()
		for i := 1; i < len(m.invoices); i++ {
			amount += m.invoices[i].AmountInclTax
			due += m.invoices[i].Remaining()
		}
		total = []string{"Total", "", "", l.money(amount), l.money(due), ""}
	}
	return rows, total
}

// rightAligned says which columns hold figures.
var rightAligned = [6]bool{false, false, false, true, true, true}

// textTable aligns the columns with spaces for a monospaced reader; "" when there is no invoice.
func (m *message) textTable() string {
	rows, total := m.tableRows()
	if len(rows) == 0 {
		return ""
	}
	head := m.tableHeader()
	all := append([][]string{head}, rows...)
	if total != nil {
		all = append(all, total)
	}
	var width [6]int
	for _, r := range all {
		for c, cell := range r {
			width[c] = max(width[c], utf8.RuneCountInString(cell))
		}
	}
	var b strings.Builder
	line := func(r []string) {
		var s strings.Builder
		for c, cell := range r {
			if c > 0 {
				s.WriteString("  ")
			}
			pad := strings.Repeat(" ", width[c]-utf8.RuneCountInString(cell))
			if rightAligned[c] {
				s.WriteString(pad + cell)
			} else {
				s.WriteString(cell + pad)
			}
		}
		b.WriteString(strings.TrimRight(s.String(), " "))
		b.WriteByte('\n')
	}
	line(head)
	rule := make([]string, len(head))
	for c := range rule {
		rule[c] = strings.Repeat("-", width[c])
	}
	line(rule)
	for _, r := range rows {
		line(r)
	}
	if total != nil {
		line(total)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Inline styles only: mail clients drop <style> blocks and external sheets.
const tableStyle = `border-collapse:collapse;margin:0 0 1em 0;font-size:14px;line-height:1.4`

// cellStyles holds the inline style of every cell kind (header, body, total) × (text, figure), built once.
var cellStyles = func() (m [3][2]string) {
	for row, border := range [3]string{"border-bottom:2px solid #444444;font-weight:bold;",
		"border-bottom:1px solid #dddddd;", "font-weight:bold;"} {
		m[row][0] = "padding:6px 10px;" + border + "text-align:left"
		m[row][1] = "padding:6px 10px;" + border + "text-align:right;white-space:nowrap" // figures stay unbroken
	}
	return m
}()

const (
	headRow = iota
	bodyRow
	totalRow
)

func cellStyle(col, row int) string {
	if rightAligned[col] {
		return cellStyles[row][1]
	}
	return cellStyles[row][0]
}

// htmlTable is the same table as real HTML, every cell escaped; "" when there is no invoice.
func (m *message) htmlTable() string {
	rows, total := m.tableRows()
	if len(rows) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<table cellpadding="0" cellspacing="0" style="` + tableStyle + `">` + "\n<thead><tr>")
	for c, h := range m.tableHeader() {
		b.WriteString(`<th style="` + cellStyle(c, headRow) + `">` + html.EscapeString(h) + `</th>`)
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	cells := func(r []string, row int) {
		b.WriteString("<tr>")
		for c, cell := range r {
			b.WriteString(`<td style="` + cellStyle(c, row) + `">` + html.EscapeString(cell) + `</td>`)
		}
		b.WriteString("</tr>\n")
	}
	for _, r := range rows {
		cells(r, bodyRow)
	}
	if total != nil {
		cells(total, totalRow)
	}
	b.WriteString("</tbody>\n</table>")
	return b.String()
}

package pdf

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"rsc.io/qr"

	"relance/backend"
)

// Page geometry in millimetres (A4 portrait). The recipient block sits where the window of a French DL window
// envelope (window on the right) shows it once the sheet is folded in three: 110 mm from the left edge, 45 to
// 80 mm from the top. The sender block goes top left, under the logo, out of the window.
const (
	pageW     = 210.0
	pageH     = 297.0
	marginL   = 20.0
	marginR   = 15.0
	marginT   = 20.0 // pages after the first: below the running header
	marginB   = 20.0
	contentW  = pageW - marginL - marginR
	bodyLimit = pageH - marginB // content never goes below

	windowX = 110.0
	windowY = 45.0
	windowW = 85.0
	windowH = 35.0

	foldY1 = 99.0 // fold lines of an A4 sheet folded in three for a DL envelope
	foldY2 = 198.0

	bodySize = 10.0
	bodyLine = 4.8
)

// meta describes a document for its properties and running header and footer.
type meta struct {
	title    string       // document property and footer
	subject  string       // document property
	author   string       // the creditor
	date     backend.Date // fixed creation date: same input, same bytes
	header   string       // running header on pages after the first
	footer   string       // left part of every page's footer
	numbered bool         // "Page i/n" on every page
}

// writer wraps fpdf with the house style. All text goes through it so that it can be encoded for the
// single-byte font (see fonts.go) or passed as UTF-8 to the fallback font.
type writer struct {
	f     *fpdf.Fpdf
	utf8  bool
	lossy bool // a character was outside the single-byte encoding
	m     meta
	// stamped pages draw their own header and footer (imported evidence pages): page → label
	stamped map[int]string
}

// render draws a document with the fast single-byte font and, when some text needed a character it lacks, again
// with the full UTF-8 font.
func render(m meta, draw func(w *writer) error) ([]byte, error) {
	fcs, err := faces()
	if err != nil {
		return nil, backend.Errorf(backend.EINTERNAL, "polices intégrées illisibles : %v", err)
	}
	for _, utf := range []bool{false, true} {
		w := newWriter(m, fcs, utf)
		if err := draw(w); err != nil {
			return nil, err
		}
		if w.lossy && !utf {
			continue
		}
		return w.finish()
	}
	panic("unreachable")
}

func newWriter(m meta, fcs []face, utf bool) *writer {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	w := &writer{f: f, utf8: utf, m: m, stamped: map[int]string{}}
	for _, fc := range fcs {
		if utf {
			f.AddUTF8FontFromBytes(fontFamily, fc.style, fc.ttf)
		} else {
			f.AddFontFromBytes(fontFamily, fc.style, fc.def, fc.z)
		}
	}
	t := m.date.Time().Add(12 * time.Hour) // noon: the same calendar day whatever the reader's zone
	f.SetCreationDate(t)
	f.SetModificationDate(t)
	f.SetCatalogSort(true)
	// Uncompressed content streams: fpdf allocates a new zlib writer (over 1 MB) for every page, which was half
	// the time of a letter; a formal notice is ~90 KB either way, the embedded fonts being compressed already.
	f.SetCompression(false)
	f.SetProducer("Relance", true)
	f.SetCreator("Relance", true)
	f.SetTitle(m.title, true)
	f.SetSubject(m.subject, true)
	f.SetAuthor(m.author, true)
	f.SetLang("fr-FR")
	f.SetDisplayMode("fullwidth", "single")
	f.SetMargins(marginL, marginT, marginR)
	f.SetAutoPageBreak(true, marginB)
	f.SetCellMargin(0)
	f.SetLineWidth(0.2)
	w.font("", bodySize)
	return w
}

// finish numbers the pages, draws running headers and returns the bytes.
func (w *writer) finish() ([]byte, error) {
	f := w.f
	n := f.PageCount()
	f.SetAutoPageBreak(false, 0)
	for i := 1; i <= n; i++ {
		f.SetPage(i)
		w.forceFont("", 7.5)
		f.SetFillColor(255, 255, 255)
		f.SetDrawColor(160, 160, 160)
		f.SetTextColor(90, 90, 90)
		f.SetLineWidth(0.1)
		if label, ok := w.stamped[i]; ok && label != "" {
			w.cellAt(marginL, 6, contentW, 4, label, "R")
		} else if i > 1 && w.m.header != "" {
			w.cellAt(marginL, 10, contentW, 4, w.fit(w.m.header, contentW), "L")
			f.Line(marginL, 14.5, pageW-marginR, 14.5)
		}
		f.Line(marginL, pageH-13, pageW-marginR, pageH-13)
		page := ""
		if w.m.numbered {
			page = "Page " + strconv.Itoa(i) + "/" + strconv.Itoa(n)
		}
		pw := w.width(page)
		w.cellAt(marginL, pageH-12, contentW-pw-4, 4, w.fit(w.m.footer, contentW-pw-4), "L")
		w.cellAt(pageW-marginR-pw, pageH-12, pw, 4, page, "R")
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		return nil, backend.Errorf(backend.EINTERNAL, "génération du PDF impossible : %v", err)
	}
	return buf.Bytes(), nil
}

// enc converts text for the current font; characters the single-byte font lacks become "?" and mark the
// document for the UTF-8 fallback.
func (w *writer) enc(s string) string {
	if w.utf8 {
		return strings.ReplaceAll(s, "\r", "")
	}
	i := 0
	for i < len(s) && s[i] < 0x80 && s[i] != '\r' && s[i] != '\t' {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
	for _, r := range s[i:] {
		if r == '\r' {
			continue
		}
		c, ok := encodeRune(r)
		if !ok {
			w.lossy = true
			c = '?'
		}
		b = append(b, c)
	}
	return string(b)
}

func (w *writer) font(style string, size float64) { w.f.SetFont(fontFamily, style, size) }

// forceFont re-emits the font even if fpdf believes it is current (going back to an earlier page).
func (w *writer) forceFont(style string, size float64) {
	w.f.SetFont(fontFamily, style, size+0.5)
	w.f.SetFont(fontFamily, style, size)
}

func (w *writer) gray(level int) { w.f.SetTextColor(level, level, level) }
func (w *writer) black()         { w.f.SetTextColor(0, 0, 0) }

func (w *writer) width(s string) float64 { return w.f.GetStringWidth(w.enc(s)) }

// cell writes one line of text at the current position, moving right.
func (w *writer) cell(wd, h float64, s, align string) {
	w.f.CellFormat(wd, h, w.enc(s), "", 0, align, false, 0, "")
}

func (w *writer) cellAt(x, y, wd, h float64, s, align string) {
	w.f.SetXY(x, y)
	w.cell(wd, h, s, align)
}

// ln writes a full line and goes to the next.
func (w *writer) ln(s string, h float64) {
	w.f.CellFormat(0, h, w.enc(s), "", 1, "L", false, 0, "")
}

// para writes a paragraph across the given width (0 = to the right margin) at the current x, justified.
func (w *writer) para(wd, h float64, s, align string) {
	if align == "" {
		align = "J"
	}
	w.f.MultiCell(wd, h, w.enc(s), "", align, false)
}

// fit shortens s with an ellipsis to fit the width.
func (w *writer) fit(s string, wd float64) string {
	if w.width(s) <= wd {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && w.width(string(r)+"…") > wd {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// wrap splits text into lines no wider than wd, breaking at ordinary spaces and at "\n" (non-breaking spaces
// keep their neighbours together), and cutting words longer than a line.
func (w *writer) wrap(s string, wd float64) []string {
	var out []string
	for _, hard := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		words := strings.Split(hard, " ")
		line := ""
		for _, word := range words {
			cand := word
			if line != "" {
				cand = line + " " + word
			}
			if w.width(cand) <= wd || (line == "" && word == "") {
				line = cand
				continue
			}
			if line != "" {
				out = append(out, line)
			}
			for w.width(word) > wd { // a single word wider than the column
				r := []rune(word)
				n := len(r)
				for n > 1 && w.width(string(r[:n])) > wd {
					n--
				}
				out = append(out, string(r[:n]))
				word = string(r[n:])
			}
			line = word
		}
		out = append(out, line)
	}
	return out
}

// paraHeight is the height para would take.
func (w *writer) paraHeight(wd, h float64, s string) float64 {
	return float64(len(w.wrap(s, wd))) * h
}

// ensure starts a new page unless h millimetres fit above the bottom margin.
func (w *writer) ensure(h float64) bool {
	if w.f.GetY()+h > bodyLimit {
		w.f.AddPage()
		return true
	}
	return false
}

// space moves down.
func (w *writer) space(h float64) {
	y := w.f.GetY() + h
	if y > bodyLimit {
		w.f.AddPage()
		return
	}
	w.f.SetY(y)
}

// heading writes a bold section title, kept with the next lines.
func (w *writer) heading(s string, size float64) {
	w.ensure(size*0.6 + 14)
	w.font("B", size)
	w.black()
	w.f.SetX(marginL)
	w.para(contentW, size*0.5, s, "L")
	w.font("", bodySize)
	w.space(1.5)
}

// column describes a table column.
type column struct {
	title string
	width float64
	align string // L, C, R
}

// tableStyle tells how to draw the rows of a table.
type tableStyle struct {
	size   float64 // font size, default 8.5
	strong func(row int) bool
	total  []string // an emphasised last row, kept with the body
}

// table draws a table whose rows break across pages, the header repeated on every page. Cells wrap.
func (w *writer) table(cols []column, rows [][]string, st tableStyle) {
	f := w.f
	if st.size == 0 {
		st.size = 8.5
	}
	lh := st.size * 0.45 // line height in mm
	header := func() {
		w.font("B", st.size-0.5)
		lines := make([][]string, len(cols))
		n := 1
		for i, c := range cols {
			lines[i] = w.wrap(c.title, c.width-2)
			n = max(n, len(lines[i]))
		}
		h := float64(n)*lh + 2
		y := f.GetY()
		x := marginL
		f.SetFillColor(232, 236, 242)
		f.SetDrawColor(150, 160, 175)
		f.SetLineWidth(0.2)
		f.Rect(marginL, y, sum(cols), h, "FD")
		w.black()
		for i, c := range cols {
			top := y + 1 + float64(n-len(lines[i]))*lh/2
			for j, l := range lines[i] {
				w.cellAt(x+1, top+float64(j)*lh, c.width-2, lh, l, c.align)
			}
			x += c.width
		}
		f.SetXY(marginL, y+h)
	}
	// widths gives each cell's width; in a total row a left-aligned label spans the empty, not right-aligned
	// cells after it.
	widths := func(cells []string, total bool) []float64 {
		ws := make([]float64, len(cols))
		for i := range cols {
			ws[i] = cols[i].width
		}
		if !total {
			return ws
		}
		for i := 0; i < len(cols); i++ {
			if i >= len(cells) || cells[i] == "" || cols[i].align == "R" {
				continue
			}
			j := i + 1
			for j < len(cols) && (j >= len(cells) || cells[j] == "") && cols[j].align != "R" {
				ws[i] += cols[j].width
				ws[j] = 0
				j++
			}
			i = j - 1
		}
		return ws
	}
	rowHeight := func(cells []string, total bool) (float64, [][]string, []float64) {
		ws := widths(cells, total)
		lines := make([][]string, len(cols))
		n := 1
		for i := range cols {
			if i < len(cells) && ws[i] > 0 {
				lines[i] = w.wrap(cells[i], ws[i]-2)
			}
			n = max(n, len(lines[i]))
		}
		return float64(n)*lh + 1.6, lines, ws
	}
	draw := func(cells []string, strong, total bool) {
		if strong || total {
			w.font("B", st.size)
		} else {
			w.font("", st.size)
		}
		h, lines, ws := rowHeight(cells, total)
		y := f.GetY()
		if total {
			f.SetFillColor(232, 236, 242)
			f.Rect(marginL, y, sum(cols), h, "F")
		}
		w.black()
		x := marginL
		for i, c := range cols {
			align := c.align
			if ws[i] != c.width { // a spanning label reads from the left
				align = "L"
			}
			for j, l := range lines[i] {
				w.cellAt(x+1, y+0.8+float64(j)*lh, ws[i]-2, lh, l, align)
			}
			x += c.width
		}
		f.SetDrawColor(200, 205, 212)
		f.SetLineWidth(0.1)
		f.Line(marginL, y+h, marginL+sum(cols), y+h)
		f.SetXY(marginL, y+h)
	}
	w.font("", st.size)
	hh := 2*lh + 2
	first := hh
	if len(rows) > 0 {
		first, _, _ = rowHeight(rows[0], false)
	}
	w.ensure(hh + first + 3)
	header()
	for i, r := range rows {
		strong := st.strong != nil && st.strong(i)
		w.font(map[bool]string{true: "B", false: ""}[strong], st.size)
		h, _, _ := rowHeight(r, false)
		need := h
		if i == len(rows)-1 && st.total != nil { // keep the total with the last row
			w.font("B", st.size)
			th, _, _ := rowHeight(st.total, true)
			need += th
		}
		if f.GetY()+need > bodyLimit {
			f.AddPage()
			header()
		}
		draw(r, strong, false)
	}
	if st.total != nil {
		w.font("B", st.size)
		th, _, _ := rowHeight(st.total, true)
		if f.GetY()+th > bodyLimit {
			f.AddPage()
			header()
		}
		draw(st.total, true, true)
	}
	w.font("", bodySize)
	f.SetDrawColor(0, 0, 0)
	f.SetLineWidth(0.2)
}

func sum(cols []column) float64 {
	t := 0.0
	for _, c := range cols {
		t += c.width
	}
	return t
}

// keyValues draws label/value pairs, values right-aligned in a column ending at the right margin.
type kv struct {
	label, value string
	strong       bool
}

func (w *writer) amounts(x, labelW, valueW float64, rows []kv) {
	f := w.f
	h := 0.0
	for _, r := range rows {
		h += w.paraHeight(labelW-2, 5, r.label) + 0.6
	}
	w.ensure(h + 2)
	for _, r := range rows {
		y := f.GetY()
		style := ""
		if r.strong {
			style = "B"
		}
		w.font(style, 9.5)
		lines := w.wrap(r.label, labelW-2)
		rh := float64(len(lines))*5 + 0.6
		if r.strong {
			f.SetFillColor(232, 236, 242)
			f.Rect(x, y, labelW+valueW, rh, "F")
			w.font("B", 10.5)
		}
		for i, l := range lines {
			w.cellAt(x+1, y+0.3+float64(i)*5, labelW-2, 5, l, "L")
		}
		w.cellAt(x+labelW, y+0.3+float64(len(lines)-1)*5, valueW-1, 5, r.value, "R")
		f.SetXY(marginL, y+rh)
	}
	w.font("", bodySize)
}

// qrCode draws the code's modules as vectors (sharp at any print size), inside its white quiet zone of four
// modules, in a square of side size. The modules are one path in module units — runs of dark modules as
// rectangles, filled at once — which keeps the content stream small and leaves no seam between rows.
func (w *writer) qrCode(c *qr.Code, x, y, size float64) {
	f := w.f
	m := size / float64(c.Size+8)
	f.SetFillColor(255, 255, 255)
	f.Rect(x, y, size, size, "F")
	k := f.GetConversionRatio()
	b := make([]byte, 0, 16*c.Size*c.Size/4)
	b = append(b, "q 0 g "...)
	b = strconv.AppendFloat(b, m*k, 'f', 4, 64)
	b = append(b, " 0 0 "...)
	b = strconv.AppendFloat(b, -m*k, 'f', 4, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (x+4*m)*k, 'f', 3, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (pageH-y-4*m)*k, 'f', 3, 64)
	b = append(b, " cm\n"...)
	for r := 0; r < c.Size; r++ {
		for col := 0; col < c.Size; {
			if !c.Black(col, r) {
				col++
				continue
			}
			start := col
			for col < c.Size && c.Black(col, r) {
				col++
			}
			b = strconv.AppendInt(b, int64(start), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(r), 10)
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(col-start), 10)
			b = append(b, " 1 re\n"...)
		}
	}
	b = append(b, "f Q"...)
	f.RawWriteStr(string(b))
}

// foldMarks draws the two fold lines' ticks in the left margin.
func (w *writer) foldMarks() {
	f := w.f
	f.SetDrawColor(170, 170, 170)
	f.SetLineWidth(0.15)
	f.Line(4, foldY1, 8, foldY1)
	f.Line(4, foldY2, 8, foldY2)
	f.SetDrawColor(0, 0, 0)
	f.SetLineWidth(0.2)
}

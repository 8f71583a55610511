package pdf

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

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
	keep     []string     // phrases never broken across lines (invoice and order numbers, references): see typeset
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

	style  string // current font style and size: the width cache, and no font set twice
	size   float64
	widths map[string]*runeUnits // glyph widths per style, in thousandths of the font size
	next   float64               // height of the block the next paragraph, table or amounts must stay with
	probe  *probe                // set on the scratch writer while it measures
}

// runeUnits caches glyph widths: fpdf's GetStringWidth walks the whole string, so measuring prefix after prefix
// (the old wrap and fit) was quadratic, and cubic for one long word: 8 000 characters took minutes.
type runeUnits struct {
	byByte [256]int32 // single-byte font, -1 = not looked up yet
	byRune map[rune]int
}

// render draws a document with the fast single-byte font and, when some text needed a character it lacks, again
// with the full UTF-8 font.
func render(m meta, draw func(w *writer) error) ([]byte, error) {
	for _, utf := range []bool{false, true} {
		w := newWriter(m, faces, utf)
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
	w := &writer{f: f, utf8: utf, m: m, stamped: map[int]string{}, widths: map[string]*runeUnits{}}
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
	s = typeset(s, w.m.keep)
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

func (w *writer) font(style string, size float64) {
	if style == w.style && size == w.size {
		return // fpdf writes the font again at every call
	}
	w.style, w.size = style, size
	w.f.SetFont(fontFamily, style, size)
}

// forceFont re-emits the font even if fpdf believes it is current (going back to an earlier page).
func (w *writer) forceFont(style string, size float64) {
	w.style, w.size = style, size
	w.f.SetFont(fontFamily, style, size+0.5)
	w.f.SetFont(fontFamily, style, size)
}

// units is the advance of r in the current font, in thousandths of the font size, as fpdf counts it.
func (w *writer) units(r rune) int {
	u := w.widths[w.style]
	if u == nil {
		u = &runeUnits{byRune: map[rune]int{}}
		for i := range u.byByte {
			u.byByte[i] = -1
		}
		w.widths[w.style] = u
	}
	if !w.utf8 {
		b, ok := encodeRune(r)
		if !ok {
			w.lossy = true
			b = '?'
		}
		if u.byByte[b] < 0 {
			u.byByte[b] = int32(w.f.GetStringSymbolWidth(string([]byte{b})))
		}
		return int(u.byByte[b])
	}
	n, ok := u.byRune[r]
	if !ok {
		n = w.f.GetStringSymbolWidth(string(r))
		u.byRune[r] = n
	}
	return n
}

// scale converts units to millimetres at the current font size.
func (w *writer) scale() float64 {
	_, size := w.f.GetFontSize()
	return size / 1000
}

// textUnits is the width of an already typeset string, in units.
func (w *writer) textUnits(s string) int {
	n := 0
	for _, r := range s {
		if r != '\r' {
			n += w.units(r)
		}
	}
	return n
}

func (w *writer) gray(level int) { w.f.SetTextColor(level, level, level) }
func (w *writer) black()         { w.f.SetTextColor(0, 0, 0) }

func (w *writer) width(s string) float64 {
	return float64(w.textUnits(typeset(s, w.m.keep))) * w.scale()
}

// cell writes one line of text at the current position, moving right.
func (w *writer) cell(wd, h float64, s, align string) {
	w.f.CellFormat(wd, h, w.enc(s), "", 0, align, false, 0, "")
}

func (w *writer) cellAt(x, y, wd, h float64, s, align string) {
	if w.probe != nil {
		w.probe.reach(y + h)
	}
	w.f.SetXY(x, y)
	w.cell(wd, h, s, align)
}

// ln writes a full line and goes to the next.
func (w *writer) ln(s string, h float64) {
	w.f.CellFormat(0, h, w.enc(s), "", 1, "L", false, 0, "")
}

// para writes a paragraph across the given width (0 = to the right margin) at the current x, justified by
// default, breaking pages itself: never one line of a paragraph alone at the foot or the head of a page, and its
// last lines kept with the block keepWith announced.
func (w *writer) para(wd, h float64, s, align string) {
	f := w.f
	if align == "" {
		align = "J"
	}
	x := f.GetX()
	if wd == 0 {
		wd = pageW - marginR - x
	}
	ls := w.layout(s, wd)
	next := w.next
	w.next = 0
	for i := 0; i < len(ls); {
		y := f.GetY()
		fresh := y <= marginT+0.01
		room := int((bodyLimit - y + 1e-6) / h)
		rest := len(ls) - i
		k := min(room, rest)
		switch {
		case k == rest:
			if next > 0 && !fresh && y+float64(rest)*h+next > bodyLimit {
				k = rest - min(2, rest) // the last lines go over with the block that follows
			}
		case rest-k < 2:
			k = rest - 2 // no widow: two lines at least at the head of the next page
		}
		if k < 2 && k < rest && !fresh {
			k = 0 // no orphan: the paragraph starts on the next page
		}
		if k <= 0 {
			if !fresh {
				f.AddPage()
				f.SetX(x)
				continue
			}
			k = max(1, min(room, rest))
		}
		for _, l := range ls[i : i+k] {
			w.drawLine(x, f.GetY(), wd, h, l, align)
			f.SetXY(x, f.GetY()+h)
		}
		i += k
		if i < len(ls) {
			f.AddPage()
			f.SetX(x)
		}
	}
	f.SetX(marginL)
}

// drawLine writes one line of a paragraph; a justified line spreads its ordinary spaces (never the no-break
// ones), unless that would open gaps wider than three spaces: such a line stays ragged.
func (w *writer) drawLine(x, y, wd, h float64, l line, align string) {
	if w.probe != nil {
		w.probe.reach(y + h)
	}
	f := w.f
	f.SetXY(x, y)
	if align != "J" {
		w.cell(wd, h, l.text, align)
		return
	}
	gaps := strings.Count(l.text, " ")
	sc := w.scale()
	slack := wd - float64(w.textUnits(l.text))*sc
	if l.last || gaps == 0 || slack <= 0 || slack/float64(gaps) > 3*float64(w.units(' '))*sc {
		w.cell(wd, h, l.text, "L")
		return
	}
	if w.utf8 { // fpdf spreads the spaces itself for the UTF-8 font (Tw has no effect on two-byte codes)
		w.cell(wd, h, l.text, "J")
		return
	}
	f.SetWordSpacing(slack / float64(gaps))
	w.cell(wd, h, l.text, "L")
	f.SetWordSpacing(0)
}

// fit shortens s with an ellipsis to fit the width.
func (w *writer) fit(s string, wd float64) string {
	s = typeset(s, w.m.keep)
	sc := w.scale()
	if float64(w.textUnits(s))*sc <= wd {
		return s
	}
	limit := wd - float64(w.units('…'))*sc
	n := 0
	for i, r := range s {
		n += w.units(r)
		if float64(n)*sc > limit {
			return s[:i] + "…"
		}
	}
	return s + "…"
}

// line is one line of laid-out text; last marks the end of a paragraph (not justified).
type line struct {
	text string
	last bool
}

// wrap splits text into lines no wider than wd, breaking at ordinary spaces and at "\n" (non-breaking spaces
// keep their neighbours together), and cutting words longer than a line.
func (w *writer) wrap(s string, wd float64) []string {
	ls := w.layout(s, wd)
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.text
	}
	return out
}

// wrapMax is wrap cut to n lines at most, the last one ending with an ellipsis when text is left out: for the
// blocks that have a fixed place on the page (sender, envelope window, signature).
func (w *writer) wrapMax(s string, wd float64, n int) []string {
	ls := w.wrap(s, wd)
	if len(ls) <= n {
		return ls
	}
	ls = ls[:n]
	ls[n-1] = w.fit(ls[n-1]+"…", wd)
	return ls
}

// layout is wrap in one pass: each character is measured once, so the time is linear in the length of the text.
func (w *writer) layout(s string, wd float64) []line {
	s = typeset(strings.ReplaceAll(s, "\r", ""), w.m.keep)
	sc := w.scale()
	fits := func(u int) bool { return float64(u)*sc <= wd }
	space := w.units(' ')
	var out []line
	for len(s) > 0 || out == nil {
		hard := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			hard, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		start, end, lu := -1, -1, 0 // the current line is hard[start:end], lu units wide
		for pos := 0; pos <= len(hard); {
			stop := strings.IndexByte(hard[pos:], ' ')
			if stop < 0 {
				stop = len(hard)
			} else {
				stop += pos
			}
			word := hard[pos:stop]
			wu := w.textUnits(word)
			switch {
			case start >= 0 && fits(lu+space+wu):
				end, lu = stop, lu+space+wu
			case start < 0 && word == "":
				// a space at the head of a line is dropped
			default:
				if start >= 0 {
					out = append(out, line{text: hard[start:end]})
				}
				start, end, lu = pos, stop, wu
				if !fits(wu) { // a word wider than the column is cut
					n, from := 0, pos
					for i, r := range word {
						u := w.units(r)
						if n > 0 && !fits(n+u) {
							out = append(out, line{text: hard[from : pos+i]})
							from, n = pos+i, 0
						}
						n += u
					}
					start, lu = from, n
				}
			}
			pos = stop + 1
		}
		if start < 0 {
			out = append(out, line{last: true})
		} else {
			out = append(out, line{text: hard[start:end], last: true})
		}
	}
	return out
}

// paraHeight is the height para would take.
func (w *writer) paraHeight(wd, h float64, s string) float64 {
	return float64(len(w.layout(s, wd))) * h
}

// ensure starts a new page unless h millimetres fit above the bottom margin.
func (w *writer) ensure(h float64) bool {
	if w.probe != nil {
		w.probe.reach(w.f.GetY() + h)
	}
	if w.f.GetY()+h > bodyLimit {
		w.f.AddPage()
		return true
	}
	return false
}

// keepPhrases lists what a document must never break across lines: invoice and order numbers, a payment
// reference short enough to stay on one line, and the given extras (a registered-letter number). Only phrases
// holding a space need it: lines break nowhere else.
func keepPhrases(inv []InvoiceLine, p Payment, extra ...string) []string {
	var out []string
	add := func(s string) {
		if s = strings.TrimSpace(s); strings.Contains(s, " ") && utf8.RuneCountInString(s) <= 40 {
			out = append(out, s)
		}
	}
	for _, i := range inv {
		add(i.Number)
		add(i.OrderReference)
	}
	add(p.Reference)
	for _, e := range extra {
		add(e)
	}
	return out
}

// keepWith makes the next paragraph, table or amounts block keep its last lines on the page of the block that
// follows it (a payment box, a signature), so that the block never opens a page alone. The block is drawn on a
// scratch page to measure it; the figure includes the gap the documents leave before such a block.
func (w *writer) keepWith(block func(*writer)) {
	const gap = 4.5
	w.next = w.measure(block) + gap
}

// probe records how far down a block drawn on the scratch page goes: the text it writes and the room it asks for.
type probe struct{ bottom float64 }

func (p *probe) reach(y float64) { p.bottom = max(p.bottom, y) }

// scratch holds the scratch documents of measure, one for each kind of font, reused across documents: setting
// one up (fonts registered) costs more than the measure.
var scratch [2]sync.Pool

// measure draws block on a scratch page from the top of the body and returns the height it takes.
func (w *writer) measure(block func(*writer)) float64 {
	kind := 0
	if w.utf8 {
		kind = 1
	}
	s, _ := scratch[kind].Get().(*writer)
	if s == nil || s.f.PageCount() >= 100 { // a fresh one now and then: the pages are kept in memory
		s = newWriter(meta{}, faces, w.utf8)
	}
	defer scratch[kind].Put(s)
	s.m = w.m
	s.f.AddPage()
	s.f.SetXY(marginL, marginT)
	s.probe = &probe{bottom: marginT}
	block(s)
	h := s.probe.bottom - marginT
	s.probe = nil
	return h
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
	// rowHeight lays a row out; a cell whose longest unbreakable word (an invoice number, an amount) is wider than
	// the column is set smaller rather than cut.
	rowHeight := func(cells []string, total bool) (float64, [][]string, []float64, []float64) {
		ws := widths(cells, total)
		lines := make([][]string, len(cols))
		sizes := make([]float64, len(cols))
		style := w.style
		n := 1
		for i := range cols {
			sizes[i] = st.size
			if i < len(cells) && ws[i] > 0 {
				sizes[i] = w.sizeFor(cells[i], ws[i]-2, st.size)
				w.font(style, sizes[i])
				lines[i] = w.wrap(cells[i], ws[i]-2)
				w.font(style, st.size)
			}
			n = max(n, len(lines[i]))
		}
		return float64(n)*lh + 1.6, lines, ws, sizes
	}
	draw := func(cells []string, strong, total bool) {
		style := ""
		if strong || total {
			style = "B"
		}
		w.font(style, st.size)
		h, lines, ws, sizes := rowHeight(cells, total)
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
			w.font(style, sizes[i])
			for j, l := range lines[i] {
				w.cellAt(x+1, y+0.8+float64(j)*lh, ws[i]-2, lh, l, align)
			}
			x += c.width
		}
		w.font(style, st.size)
		f.SetDrawColor(200, 205, 212)
		f.SetLineWidth(0.1)
		f.Line(marginL, y+h, marginL+sum(cols), y+h)
		f.SetXY(marginL, y+h)
	}
	next := w.next
	w.next = 0
	w.font("", st.size)
	hh := 2*lh + 2
	first := hh
	if len(rows) > 0 {
		first, _, _, _ = rowHeight(rows[0], false)
	}
	w.ensure(hh + first + 3)
	header()
	for i, r := range rows {
		strong := st.strong != nil && st.strong(i)
		w.font(map[bool]string{true: "B", false: ""}[strong], st.size)
		h, _, _, _ := rowHeight(r, false)
		need := h
		if i == len(rows)-1 { // keep the total with the last row, and both with the block that follows
			if st.total != nil {
				w.font("B", st.size)
				th, _, _, _ := rowHeight(st.total, true)
				need += th
			}
			need += next
		}
		if f.GetY()+need > bodyLimit {
			f.AddPage()
			header()
		}
		draw(r, strong, false)
	}
	if st.total != nil {
		w.font("B", st.size)
		th, _, _, _ := rowHeight(st.total, true)
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

// sizeFor is the font size, at most size, at which the longest word of s fits the width: never below 5 points,
// where the word is cut after all.
func (w *writer) sizeFor(s string, wd, size float64) float64 {
	widest := 0
	// split at ordinary spaces only: strings.Fields would split at no-break spaces too
	for _, word := range strings.FieldsFunc(typeset(s, w.m.keep), func(r rune) bool { return r == ' ' || r == '\n' }) {
		widest = max(widest, w.textUnits(word))
	}
	unit := size * 25.4 / 72 // the font size in millimetres
	if widest == 0 || float64(widest)*unit/1000 <= wd {
		return size
	}
	fit := size * wd / (float64(widest) * unit / 1000)
	return max(5, math.Floor(fit*4)/4)
}

// widestNumber is the width of the widest invoice number at the table's size.
func (w *writer) widestNumber(inv []InvoiceLine, size float64) float64 {
	style, cur := w.style, w.size
	w.font("", size)
	widest := 0.0
	for _, i := range inv {
		widest = max(widest, w.width(i.Number))
	}
	w.font(style, cur)
	return widest
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
	next := w.next
	w.next = 0
	h := 0.0
	for _, r := range rows {
		h += w.paraHeight(labelW-2, 5, r.label) + 0.6
	}
	w.ensure(h + 2 + next)
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
		pt, _ := w.f.GetFontSize()
		w.font(w.style, w.sizeFor(r.value, valueW-1, pt)) // a large amount shrinks, never overflows
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

package pdf

import (
	"bytes"
	"compress/zlib"
	"embed"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts. DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE: free to embed and redistribute) renders every
// French glyph, €, « », U+00A0 and U+202F. fpdf's UTF-8 font path parses the whole TTF, hashes a 65 536-entry
// width table and subsets the font again for every document: 10–25 ms a document. So the fonts are prepared once
// per process instead:
//
//   - the embedded TTF is cut down (fpdf.UTF8CutFont) to the glyphs of a single-byte encoding, Windows-1252 plus a
//     few characters French typography needs in its five unused slots (U+202F narrow no-break space, U+2009, →, №,
//     −), and compressed once;
//   - its widths and metrics (golang.org/x/image/font/sfnt) become an fpdf font definition for a simple TrueType
//     font with that encoding;
//   - every document then registers these bytes (AddFontFromBytes: a 256-entry JSON) and writes text in that
//     encoding. Registering costs microseconds and the compressed subset (~30 KB a face) is copied as is.
//
// A document holding a character outside the encoding (a Polish or Turkish name, say) is drawn a second time with
// the full UTF-8 font, which is slower but renders everything DejaVu has. The original TTF files ship unmodified.

//go:embed fonts/DejaVuSans.ttf fonts/DejaVuSans-Bold.ttf
var fontFiles embed.FS

const fontFamily = "dejavu"

// face is one prepared style of the font.
type face struct {
	style string // "" or "B"
	ttf   []byte // the original file, for the UTF-8 fallback
	def   []byte // fpdf JSON definition of the single-byte font
	z     []byte // zlib-compressed subset TTF
}

var prepared struct {
	once  sync.Once
	faces []face
	err   error
}

// faces returns the prepared font faces, building them on first use.
func faces() ([]face, error) {
	prepared.once.Do(func() {
		for _, s := range []struct{ style, file, ps string }{
			{"", "fonts/DejaVuSans.ttf", "DejaVuSans"},
			{"B", "fonts/DejaVuSans-Bold.ttf", "DejaVuSans-Bold"},
		} {
			ttf, err := fontFiles.ReadFile(s.file)
			if err != nil {
				prepared.err = err
				return
			}
			fc, err := prepareFace(s.style, s.ps, ttf)
			if err != nil {
				prepared.err = fmt.Errorf("police %s : %w", s.file, err)
				return
			}
			prepared.faces = append(prepared.faces, fc)
		}
	})
	return prepared.faces, prepared.err
}

// fontDef mirrors the JSON font definition fpdf reads (fpdf's fontDefType).
type fontDef struct {
	Tp           string
	Name         string
	Desc         fontDesc
	Up, Ut       int
	Cw           []int
	Enc          string
	Diff         string
	File         string
	OriginalSize int
}

// fontDesc mirrors fpdf.FontDescType, whose bounding box type is unexported.
type fontDesc struct {
	Ascent, Descent, CapHeight, Flags int
	FontBBox                          struct{ Xmin, Ymin, Xmax, Ymax int }
	ItalicAngle, StemV, MissingWidth  int
}

// subsetTag prefixes the PostScript name of an embedded subset, as PDF asks (six capitals and "+"). It is fixed
// so that the same input gives the same bytes.
const subsetTag = "RLNCEA+"

func prepareFace(style, psName string, ttf []byte) (face, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return face{}, err
	}
	var buf sfnt.Buffer
	upem := int(f.UnitsPerEm())
	ppem := fixed.Int26_6(upem << 6) // one unit of the font = one 26.6 unit: metrics come out in font units × 64
	k := 1000.0 / float64(upem)
	units := func(v fixed.Int26_6) int { return roundInt(float64(v) / 64 * k) }

	m, err := f.Metrics(&buf, ppem, font.HintingNone)
	if err != nil {
		return face{}, err
	}
	b, err := f.Bounds(&buf, ppem, font.HintingNone)
	if err != nil {
		return face{}, err
	}
	post := f.PostTable()
	advance := func(r rune) (int, bool) {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil || g == 0 {
			return 0, false
		}
		a, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
		if err != nil {
			return 0, false
		}
		return units(a), true
	}
	missing, _ := f.GlyphAdvance(&buf, 0, ppem, font.HintingNone)

	def := fontDef{
		Tp:   "TrueType",
		Name: subsetTag + psName,
		Up:   roundInt(float64(post.UnderlinePosition) * k),
		Ut:   roundInt(float64(post.UnderlineThickness) * k),
		Cw:   make([]int, 256),
		Enc:  "relance",
		Diff: encodingDifferences(),
		File: psName + ".z", // ".z": fpdf then declares the stream FlateDecode
	}
	def.Desc = fontDesc{
		Ascent:       units(m.Ascent),
		Descent:      -units(m.Descent),
		CapHeight:    units(m.CapHeight),
		Flags:        fpdf.FontFlagNonsymbolic,
		ItalicAngle:  int(post.ItalicAngle),
		StemV:        70,
		MissingWidth: units(missing),
	}
	// sfnt's y axis points down.
	def.Desc.FontBBox.Xmin, def.Desc.FontBBox.Ymin = units(b.Min.X), -units(b.Max.Y)
	def.Desc.FontBBox.Xmax, def.Desc.FontBBox.Ymax = units(b.Max.X), -units(b.Min.Y)
	if style == "B" {
		def.Desc.StemV = 120
	}
	var cut []rune
	for code, r := range encoding {
		def.Cw[code] = def.Desc.MissingWidth
		if r == 0 {
			continue
		}
		w, ok := advance(r)
		if !ok {
			return face{}, fmt.Errorf("glyphe U+%04X absent", r)
		}
		def.Cw[code] = w
		cut = append(cut, r)
	}
	subset := fpdf.UTF8CutFont(ttf, string(cut))
	if len(subset) == 0 {
		return face{}, fmt.Errorf("réduction de la police impossible")
	}
	def.OriginalSize = len(subset)
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(subset)
	if err := zw.Close(); err != nil {
		return face{}, err
	}
	js, err := json.Marshal(def)
	if err != nil {
		return face{}, err
	}
	return face{style: style, ttf: ttf, def: js, z: z.Bytes()}, nil
}

func roundInt(v float64) int {
	if v < 0 {
		return -int(-v + 0.5)
	}
	return int(v + 0.5)
}

// encoding maps each byte of the single-byte encoding to its character: Windows-1252 (the PDF WinAnsiEncoding)
// with French typography's extra characters in the five slots Windows-1252 leaves undefined. 0 = unused.
var encoding = func() (e [256]rune) {
	for c := 0x20; c < 0x7f; c++ {
		e[c] = rune(c)
	}
	for c := 0xa0; c <= 0xff; c++ {
		e[c] = rune(c)
	}
	high := [32]rune{
		0x20ac, 0x202f, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x2009, 0x017d, 0x2192,
		0x2116, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x2212, 0x017e, 0x0178,
	}
	for i, r := range high {
		e[0x80+i] = r
	}
	return e
}()

// extraGlyphs names the glyphs that differ from WinAnsiEncoding, so viewers and text extraction know them.
// 0xA0 is named too: WinAnsiEncoding calls it "space", which would extract as a plain space.
var extraGlyphs = []struct {
	code byte
	name string
}{{0x81, "uni202F"}, {0x8d, "uni2009"}, {0x8f, "arrowright"}, {0x90, "uni2116"}, {0x9d, "minus"}, {0xa0, "uni00A0"}}

func encodingDifferences() string {
	var b bytes.Buffer
	last := -2
	for _, g := range extraGlyphs {
		if int(g.code) != last+1 {
			fmt.Fprintf(&b, "%d ", g.code)
		}
		fmt.Fprintf(&b, "/%s ", g.name)
		last = int(g.code)
	}
	return string(bytes.TrimSpace(b.Bytes()))
}

// encodeMap is the reverse of encoding for characters above 0x7F.
var encodeMap = func() map[rune]byte {
	m := make(map[rune]byte, 160)
	for c := 0x80; c < 256; c++ {
		if r := encoding[c]; r != 0 {
			m[r] = byte(c)
		}
	}
	// Look-alikes that need no glyph of their own.
	m['\u2010'] = '-'  // hyphen
	m['\u2011'] = '-'  // non-breaking hyphen
	m['\u2007'] = 0xa0 // figure space
	return m
}()

// encodeRune gives the byte for r, or false when the single-byte font cannot show it.
func encodeRune(r rune) (byte, bool) {
	switch {
	case r == '\n':
		return '\n', true
	case r == '\t':
		return ' ', true
	case r >= 0x20 && r < 0x7f:
		return byte(r), true
	}
	c, ok := encodeMap[r]
	return c, ok
}

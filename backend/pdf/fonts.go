package pdf

import (
	_ "embed"
)

// Fonts. DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE: free to embed and redistribute) renders every
// French glyph, €, « », U+00A0 and U+202F. fpdf's UTF-8 font path parses the whole TTF, hashes a 65 536-entry
// width table and subsets the font again for every document: 10–25 ms a document. So the fonts are prepared once,
// when the project is built, not in each process (that was still 30 ms of each `relance notice`, #17):
//
//   - the TTF is cut down (fpdf.UTF8CutFont) to the glyphs of a single-byte encoding, Windows-1252 plus a few
//     characters French typography needs in its five unused slots (U+202F narrow no-break space, U+2009, →, №,
//     −), and compressed: fonts/*.subset.z;
//   - its widths and metrics (golang.org/x/image/font/sfnt) become an fpdf font definition for a simple TrueType
//     font with that encoding: fonts/*.def.json;
//   - every document then registers these bytes (AddFontFromBytes: a 256-entry JSON) and writes text in that
//     encoding. Registering costs microseconds and the compressed subset (~30 KB a face) is copied as is.
//
// TestPreparedFacesAreCurrent prepares both faces again from the TTFs (fonts_prepare_test.go) and fails when the
// committed files differ; `go test ./backend/pdf -run TestPreparedFacesAreCurrent -update-faces` rewrites them.
// A document holding a character outside the encoding (a Polish or Turkish name, say) is drawn a second time with
// the full UTF-8 font, which is slower but renders everything DejaVu has. The original TTF files ship unmodified.

var (
	//go:embed fonts/DejaVuSans.ttf
	dejaVuSans []byte
	//go:embed fonts/DejaVuSans-Bold.ttf
	dejaVuSansBold []byte
	//go:embed fonts/DejaVuSans.def.json
	dejaVuSansDef []byte
	//go:embed fonts/DejaVuSans.subset.z
	dejaVuSansZ []byte
	//go:embed fonts/DejaVuSans-Bold.def.json
	dejaVuSansBoldDef []byte
	//go:embed fonts/DejaVuSans-Bold.subset.z
	dejaVuSansBoldZ []byte
)

const fontFamily = "dejavu"

// face is one prepared style of the font.
type face struct {
	style string // "" or "B"
	ttf   []byte // the original file, for the UTF-8 fallback
	def   []byte // fpdf JSON definition of the single-byte font
	z     []byte // zlib-compressed subset TTF
}

// faces are the prepared font faces (the embedded bytes, shared: never written to).
var faces = []face{
	{style: "", ttf: dejaVuSans, def: dejaVuSansDef, z: dejaVuSansZ},
	{style: "B", ttf: dejaVuSansBold, def: dejaVuSansBoldDef, z: dejaVuSansBoldZ},
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

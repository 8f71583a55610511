package pdf

import (
	"bytes"
	"compress/zlib"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// How the faces embedded in fonts/ are prepared from the TTFs (see fonts.go), and the test that keeps them current.

var updateFaces = flag.Bool("update-faces", false, "rewrite fonts/*.def.json and fonts/*.subset.z from the TTFs")

func TestPreparedFacesAreCurrent(t *testing.T) {
	for _, s := range []struct {
		style, ps string
		ttf       []byte
		def, z    []byte
	}{
		{"", "DejaVuSans", dejaVuSans, dejaVuSansDef, dejaVuSansZ},
		{"B", "DejaVuSans-Bold", dejaVuSansBold, dejaVuSansBoldDef, dejaVuSansBoldZ},
	} {
		def, subset, err := prepareFace(s.style, s.ps, s.ttf)
		if err != nil {
			t.Fatalf("%s: %v", s.ps, err)
		}
		if *updateFaces {
			var z bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
			zw.Write(subset)
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			for name, b := range map[string][]byte{s.ps + ".def.json": def, s.ps + ".subset.z": z.Bytes()} {
				if err := os.WriteFile(filepath.Join("fonts", name), b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if !bytes.Equal(def, s.def) {
			t.Errorf("fonts/%s.def.json is not what the TTF gives now: go test ./backend/pdf -run TestPreparedFacesAreCurrent -update-faces", s.ps)
		}
		// The subset is compared uncompressed: another Go release may compress the same bytes differently.
		zr, err := zlib.NewReader(bytes.NewReader(s.z))
		if err != nil {
			t.Fatalf("fonts/%s.subset.z: %v", s.ps, err)
		}
		committed, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(committed, subset) {
			t.Errorf("fonts/%s.subset.z is not the subset the TTF gives now (%v): go test ./backend/pdf -run TestPreparedFacesAreCurrent -update-faces", s.ps, err)
		}
	}
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

func prepareFace(style, psName string, ttf []byte) (def []byte, subset []byte, err error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, nil, err
	}
	var buf sfnt.Buffer
	upem := int(f.UnitsPerEm())
	ppem := fixed.Int26_6(upem << 6) // one unit of the font = one 26.6 unit: metrics come out in font units × 64
	k := 1000.0 / float64(upem)
	units := func(v fixed.Int26_6) int { return roundInt(float64(v) / 64 * k) }

	m, err := f.Metrics(&buf, ppem, font.HintingNone)
	if err != nil {
		return nil, nil, err
	}
	b, err := f.Bounds(&buf, ppem, font.HintingNone)
	if err != nil {
		return nil, nil, err
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

	fd := fontDef{
		Tp:   "TrueType",
		Name: subsetTag + psName,
		Up:   roundInt(float64(post.UnderlinePosition) * k),
		Ut:   roundInt(float64(post.UnderlineThickness) * k),
		Cw:   make([]int, 256),
		Enc:  "relance",
		Diff: encodingDifferences(),
		File: psName + ".z", // ".z": fpdf then declares the stream FlateDecode
	}
	fd.Desc = fontDesc{
		Ascent:       units(m.Ascent),
		Descent:      -units(m.Descent),
		CapHeight:    units(m.CapHeight),
		Flags:        fpdf.FontFlagNonsymbolic,
		ItalicAngle:  int(post.ItalicAngle),
		StemV:        70,
		MissingWidth: units(missing),
	}
	// sfnt's y axis points down.
	fd.Desc.FontBBox.Xmin, fd.Desc.FontBBox.Ymin = units(b.Min.X), -units(b.Max.Y)
	fd.Desc.FontBBox.Xmax, fd.Desc.FontBBox.Ymax = units(b.Max.X), -units(b.Min.Y)
	if style == "B" {
		fd.Desc.StemV = 120
	}
	var cut []rune
	for code, r := range encoding {
		fd.Cw[code] = fd.Desc.MissingWidth
		if r == 0 {
			continue
		}
		w, ok := advance(r)
		if !ok {
			return nil, nil, fmt.Errorf("glyphe U+%04X absent", r)
		}
		fd.Cw[code] = w
		cut = append(cut, r)
	}
	subset = fpdf.UTF8CutFont(ttf, string(cut))
	if len(subset) == 0 {
		return nil, nil, fmt.Errorf("réduction de la police impossible")
	}
	fd.OriginalSize = len(subset)
	js, err := json.Marshal(fd)
	return js, subset, err
}

func roundInt(v float64) int {
	if v < 0 {
		return -int(-v + 0.5)
	}
	return int(v + 0.5)
}

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

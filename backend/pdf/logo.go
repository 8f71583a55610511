package pdf

import (
	"bytes"
	"crypto/sha256"
	"image"
	"image/draw"
	_ "image/gif" // logo formats read
	_ "image/jpeg"
	"image/png"
	"sync"

	"github.com/go-pdf/fpdf"
	xdraw "golang.org/x/image/draw"
)

// logo places the creditor's logo in a box, keeping its proportions; it returns the height used. An image that
// cannot be read is left out rather than failing the letter.
func (w *writer) logo(data []byte, x, y, maxW, maxH float64) float64 {
	lg, ok := prepareLogo(data)
	if !ok {
		return 0
	}
	f := w.f
	opts := fpdf.ImageOptions{ImageType: lg.tp}
	info := f.RegisterImageOptionsReader("logo", opts, bytes.NewReader(lg.data))
	if f.Err() || info == nil {
		f.ClearError()
		return 0
	}
	wd, ht := maxW, maxW*float64(lg.h)/float64(lg.w)
	if ht > maxH {
		wd, ht = maxH*float64(lg.w)/float64(lg.h), maxH
	}
	f.ImageOptions("logo", x, y, wd, ht, false, opts, 0, "")
	return ht
}

// preparedLogo is a logo in a form fpdf embeds cheaply: JPEG as is, or an 8-bit PNG without transparency (fpdf
// copies its compressed data), at most logoMaxPx wide.
type preparedLogo struct {
	data []byte // nil: unreadable, left out
	tp   string
	w, h int
}

const logoMaxPx = 800 // 55 mm at 370 dpi: more is only weight

// logoCache keeps the prepared form of the few logos in use (one per company profile), so that a batch of letters
// decodes and re-encodes a logo once.
var logoCache = struct {
	sync.Mutex
	m map[[32]byte]preparedLogo
}{m: map[[32]byte]preparedLogo{}}

func prepareLogo(data []byte) (preparedLogo, bool) {
	if len(data) == 0 {
		return preparedLogo{}, false
	}
	key := sha256.Sum256(data)
	logoCache.Lock()
	lg, ok := logoCache.m[key]
	logoCache.Unlock()
	if !ok {
		lg = convertLogo(data)
		logoCache.Lock()
		if len(logoCache.m) >= 8 {
			clear(logoCache.m)
		}
		logoCache.m[key] = lg
		logoCache.Unlock()
	}
	return lg, lg.data != nil
}

func convertLogo(data []byte) preparedLogo {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 || cfg.Width*cfg.Height > 40e6 {
		return preparedLogo{}
	}
	if format == "jpeg" && cfg.Width <= 4*logoMaxPx {
		return preparedLogo{data: data, tp: "JPG", w: cfg.Width, h: cfg.Height}
	}
	if format == "png" && cfg.Width <= logoMaxPx && plainPNG(data) {
		return preparedLogo{data: data, tp: "PNG", w: cfg.Width, h: cfg.Height}
	}
	// Anything else (transparency, 16 bits, interlacing, GIF, too large): flattened on white — the paper —,
	// scaled down and stored as a plain PNG.
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return preparedLogo{}
	}
	b := src.Bounds()
	wd, ht := b.Dx(), b.Dy()
	if wd > logoMaxPx {
		wd, ht = logoMaxPx, max(1, ht*logoMaxPx/wd)
	}
	dst := image.NewRGBA(image.Rect(0, 0, wd, ht))
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	xdraw.BiLinear.Scale(dst, dst.Bounds(), src, b, draw.Over, nil)
	var out bytes.Buffer
	if err := png.Encode(&out, opaque{dst}); err != nil {
		return preparedLogo{}
	}
	return preparedLogo{data: out.Bytes(), tp: "PNG", w: wd, h: ht}
}

// opaque tells the PNG encoder that the image has no transparency, so that it writes RGB without alpha.
type opaque struct{ *image.RGBA }

func (opaque) Opaque() bool { return true }

// plainPNG reports an 8-bit, non-interlaced PNG without alpha channel nor transparency chunk.
func plainPNG(b []byte) bool {
	if len(b) < 33 || string(b[12:16]) != "IHDR" {
		return false
	}
	depth, color, interlace := b[24], b[25], b[28]
	return depth <= 8 && interlace == 0 && (color == 0 || color == 2 || color == 3) &&
		!bytes.Contains(b[:min(len(b), 1<<16)], []byte("tRNS"))
}

package pdf

import (
	"bytes"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

var update = flag.Bool("update", false, "rewrite the golden PDFs in testdata/")

// tool finds a poppler-utils binary or skips the test, saying why.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s introuvable (paquet poppler-utils) : vérification par extraction sautée", name)
	}
	return p
}

func writeTemp(t *testing.T, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	out, err := exec.Command(tool(t, name), args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return out
}

// pdfText extracts the text with pdftotext -layout, French spaces (U+00A0, U+202F) turned into plain spaces so
// that expectations read naturally.
func pdfText(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	return plain(pdfRawText(t, pdf, args...))
}

func pdfRawText(t *testing.T, pdf []byte, args ...string) string {
	t.Helper()
	in := writeTemp(t, "doc.pdf", pdf)
	a := append([]string{"-layout", "-enc", "UTF-8"}, args...)
	return string(run(t, "pdftotext", append(a, in, "-")...))
}

// pages splits extracted text at form feeds.
func pages(text string) []string {
	ps := strings.Split(text, "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps
}

func mustContain(t *testing.T, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("texte extrait sans %q", w)
		}
	}
}

func mustNotContain(t *testing.T, text string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(text, b) {
			t.Errorf("texte extrait avec %q, qui ne doit pas y figurer", b)
		}
	}
}

// renderPage rasterises one page with pdftoppm.
func renderPage(t *testing.T, pdf []byte, page, dpi int) image.Image {
	t.Helper()
	in := writeTemp(t, "doc.pdf", pdf)
	prefix := filepath.Join(t.TempDir(), "page")
	p := strconv.Itoa(page)
	run(t, "pdftoppm", "-r", strconv.Itoa(dpi), "-png", "-f", p, "-l", p, "-singlefile", in, prefix)
	b, err := os.ReadFile(prefix + ".png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// decodeQR reads a QR code from an image, as a phone would: UTF-8.
func decodeQR(t *testing.T, img image.Image) (text, level string) {
	t.Helper()
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	hints := map[gozxing.DecodeHintType]interface{}{
		gozxing.DecodeHintType_CHARACTER_SET: "UTF-8",
		gozxing.DecodeHintType_TRY_HARDER:    true,
	}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		t.Fatalf("QR code illisible : %v", err)
	}
	lvl, _ := res.GetResultMetadata()[gozxing.ResultMetadataType_ERROR_CORRECTION_LEVEL].(string)
	return res.GetText(), lvl
}

// plain writes French spaces as plain ones, like pdfText.
func plain(s string) string { return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s) }

// flat joins the lines of extracted text, for phrases that a paragraph wraps.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

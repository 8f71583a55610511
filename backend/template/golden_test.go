package template

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden renders every default template, French and English, for the business and the consumer fixtures,
// and compares the text (with its subject) and the HTML byte for byte with testdata/golden.
func TestGolden(t *testing.T) {
	for _, tpl := range Defaults() {
		for _, kind := range []string{"b2b", "b2c"} {
			name := tpl.Key + "_" + tpl.Lang + "_" + kind
			t.Run(name, func(t *testing.T) {
				r, err := Render(tpl, dataFor(kind, tpl.Key, tpl.Lang))
				if err != nil {
					t.Fatal(err)
				}
				golden(t, name+".txt", "Subject: "+r.Subject+"\n\n"+r.Text)
				golden(t, name+".html", r.HTML)
			})
		}
	}
}

func golden(t *testing.T, file, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", file)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./backend/template -update writes it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs from the rendering (go test ./backend/template -update rewrites it):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first differing line, enough to see what changed without dumping both files.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + ":\n  want " + strconvQuote(w) + "\n  got  " + strconvQuote(g)
		}
	}
	return "(same lines, different bytes)"
}

// TestDefaultsComplete: with a complete profile no default template leaves a variable empty, for a business or
// a consumer — otherwise every message of that step would wait for review.
func TestDefaultsComplete(t *testing.T) {
	for _, tpl := range Defaults() {
		for _, kind := range []string{"b2b", "b2c"} {
			r, err := Render(tpl, dataFor(kind, tpl.Key, tpl.Lang))
			if err != nil {
				t.Fatalf("%s %s: %v", tpl.Key, tpl.Lang, err)
			}
			if len(r.Missing) > 0 {
				t.Errorf("%s %s %s: missing %v", tpl.Key, tpl.Lang, kind, r.Missing)
			}
		}
	}
}

// TestConsumerNeverToldOfPenalties: a consumer must never read of late-payment penalties or of the 40 € indemnity
// (RULES.md §2), while the business client of the firm, final and notice templates must.
func TestConsumerNeverToldOfPenalties(t *testing.T) {
	forbidden := []string{"pénalit", "penalt", "indemnit", "frais de recouvrement", "recovery cost", "40 €",
		"40\u00a0€", "40,00", "€40", "40 euros", "l441-10", "d441-5"}
	for _, tpl := range Defaults() {
		r, err := Render(tpl, dataFor("b2c", tpl.Key, tpl.Lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []string{r.Subject, r.Text, r.HTML} {
			low := strings.ToLower(part)
			for _, f := range forbidden {
				if strings.Contains(low, f) {
					t.Errorf("%s %s (consumer) says %q", tpl.Key, tpl.Lang, f)
				}
			}
		}
		b, err := Render(tpl, dataFor("b2b", tpl.Key, tpl.Lang))
		if err != nil {
			t.Fatal(err)
		}
		switch tpl.Key {
		case KeyFirm, KeyFinal, KeyNotice, KeyCallScript:
			low := strings.ToLower(b.Text)
			if !strings.Contains(low, "pénalités") && !strings.Contains(low, "penalties") {
				t.Errorf("%s %s (business) does not mention the penalties", tpl.Key, tpl.Lang)
			}
			if !strings.Contains(b.Text, b2bValue(tpl.Lang, "RecoveryIndemnity")) {
				t.Errorf("%s %s (business) does not state the indemnity", tpl.Key, tpl.Lang)
			}
		}
	}
}

func b2bValue(lang, name string) string { return Values(b2bData(lang))[name] }

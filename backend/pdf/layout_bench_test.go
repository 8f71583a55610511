package pdf

import (
	"strings"
	"testing"
)

// Layout is linear in the length of the text (#15): before, one word of 8 000 characters took over 100 s to lay
// out (every prefix measured again from its start).

func layoutWriter(b *testing.B) *writer {
	w := newWriter(meta{}, faces, false)
	w.f.AddPage()
	return w
}

// BenchmarkWrapLongWord: a client name of one 8 000-character word, cut into lines of the envelope window.
func BenchmarkWrapLongWord(b *testing.B) {
	w := layoutWriter(b)
	name := "Zorglub" + strings.Repeat("x", 8000-7)
	b.SetBytes(int64(len(name)))
	b.ReportAllocs()
	for b.Loop() {
		if len(w.wrap(name, windowW-4)) < 2 {
			b.Fatal("nom non coupé")
		}
		w.fit(name, contentW)
	}
}

// BenchmarkWrapParagraph100KB: a 100 KB paragraph of French text, wrapped to the body width.
func BenchmarkWrapParagraph100KB(b *testing.B) {
	w := layoutWriter(b)
	var sb strings.Builder
	for sb.Len() < 100_000 {
		sb.WriteString("Sauf erreur de notre part, la facture n° FA-2026-0042 du 7 décembre 2026 de 1 234,56 € reste due : merci ! ")
	}
	p := sb.String()
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		w.wrap(p, contentW)
	}
}

// BenchmarkFormalNoticeLongName renders a whole formal notice to a debtor named with one 8 000-character word.
func BenchmarkFormalNoticeLongName(b *testing.B) {
	n := businessNotice(b)
	n.Debtor.Name = "Zorglub" + strings.Repeat("x", 8000-7)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FormalNotice(n); err != nil {
			b.Fatal(err)
		}
	}
}

package template

import (
	"strings"
	"testing"
)

// BenchmarkRender renders the firm reminder for a business client with three invoices: the app renders one per
// due action, so a morning run over 1 000 reminders costs b.N = 1000 of these.
func BenchmarkRender(b *testing.B) {
	tpl, _ := Default(KeyFirm, "fr")
	d := b2bData("fr")
	d.Invoices = append(d.Invoices, invoice("F-2026-030", "2026-02-10", "2026-02-25", 70833, 14167, 0))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(tpl, d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckPathological feeds 1 MB of bracket soup to the live check: the time per byte must not grow with
// the size (compare the sub-benchmarks' ns/op divided by their size).
func BenchmarkCheckPathological(b *testing.B) {
	for _, tc := range []struct{ name, unit string }{
		{"open", "[["}, {"run", "["}, {"unclosed", "[[a "}, {"unknown", "[[NomClient]]"}, {"blocks", "[[#Business]]"},
		{"longname", "[[" + strings.Repeat("x", 500) + "]]"},
	} {
		for _, size := range []int{1 << 16, 1 << 20} {
			src := strings.Repeat(tc.unit, size/len(tc.unit))
			b.Run(tc.name+"/"+itoa(size), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					Check(src)
				}
			})
		}
	}
}

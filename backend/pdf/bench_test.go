package pdf

import "testing"

// BenchmarkFormalNotice renders the business formal notice (logo, 3 invoices, 6 penalty segments, QR code,
// annex): the target is 10 ms a document on average over a batch of 1 000 (go test -bench FormalNotice
// -benchtime 1000x).
func BenchmarkFormalNotice(b *testing.B) {
	n := businessNotice(b)
	if _, err := FormalNotice(n); err != nil { // fonts prepared once per process, outside the measure
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := FormalNotice(n); err != nil {
			b.Fatal(err)
		}
	}
}

package inbox

import (
	"os"
	"path/filepath"
	"testing"
)

// Training corpora written after the model's (testdata/train4 to train11: replies by helpers shown no code and no
// other corpus, their READMEs; train8 and train10 are about promise dates) were each read blind once — train4
// 208/240 right and 82/97 dated promises exact, train5 178/200 and 74/85, train6 215/240 and 73/90, train7 200/220
// and 65/72, train8 153/180 and 96/130, train9 197/220 and 62/72, train10 157/180 and 102/130, train11 180/200 and
// 60/64, all on 2026-12-08 — then the rules were developed on them. They are not in the model's
// training set (BENCHMARKS.md says why); these floors keep what was reached from slipping back.
var devCorpora = []struct {
	dir                      string
	size                     int
	replyFloor, promiseFloor float64
}{
	// Business days skip public holidays (« sous 5 jours ouvrés » from 6 November 2026 is the 16th, 11 November
	// being off): train4's and train5's authors counted weekdays only, one date each.
	{"testdata/train4", 240, 0.93, 0.905},   // 224/240, 88/97
	{"testdata/train5", 200, 0.95, 0.94},    // 190/200, 80/85
	{"testdata/train6", 240, 0.965, 0.95},   // 232/240, 86/90
	{"testdata/train7", 220, 0.97, 0.98},    // 214/220, 71/72
	{"testdata/train8", 180, 0.885, 0.88},   // 160/180, 115/130
	{"testdata/train9", 220, 0.945, 0.955},  // 209/220, 69/72
	{"testdata/train10", 180, 0.885, 0.845}, // 160/180, 110/130
	{"testdata/train11", 200, 0.93, 0.96},   // 187/200, 62/64
}

func TestDevCorporaFloors(t *testing.T) {
	type label struct {
		Class       Class  `json:"class"`
		PromiseDate string `json:"promiseDate"`
	}
	for _, dc := range devCorpora {
		names, labels := readLabels[label](t, dc.dir)
		right, dated, datedRight := 0, 0, 0
		for _, name := range names {
			raw, err := os.ReadFile(filepath.Join(dc.dir, name))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			c, want := Classify(m, receivedOn(m)), labels[name]
			if c.Class == want.Class {
				right++
			}
			if want.Class == Promise && want.PromiseDate != "" {
				dated++
				if c.PromiseDate.String() == want.PromiseDate {
					datedRight++
				}
			}
		}
		t.Logf("%s: %d/%d right, dated promises %d/%d", dc.dir, right, len(names), datedRight, dated)
		if len(names) != dc.size || dated == 0 {
			t.Fatalf("%s has %d messages, %d dated promises", dc.dir, len(names), dated)
		}
		if r := ratio(right, len(names)); r < dc.replyFloor {
			t.Errorf("%s replies right %.3f, floor %.3f", dc.dir, r, dc.replyFloor)
		}
		if r := ratio(datedRight, dated); r < dc.promiseFloor {
			t.Errorf("%s dated promises exact %.3f, floor %.3f", dc.dir, r, dc.promiseFloor)
		}
	}
}

package inbox

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var updateModel = flag.Bool("update", false, "train the replies model again from the training corpora and write model.json.gz")

type trainLabel struct {
	Class Class `json:"class"`
}

// trainingDirs are the training corpora, each written by a different author apart from the rules and from the
// evaluation corpora (see their README).
var trainingDirs = []string{"testdata/train", "testdata/train2", "testdata/train3"}

// trainingSet reads the training corpora: the texts the model reads and their classes.
func trainingSet(t testing.TB) ([]string, []Class, []Message) {
	t.Helper()
	var texts []string
	var classes []Class
	var msgs []Message
	for _, dir := range trainingDirs {
		names, labels := readLabels[trainLabel](t, dir)
		for _, name := range names {
			raw, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse(raw)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			texts, classes, msgs = append(texts, modelText(m)), append(classes, labels[name].Class), append(msgs, m)
		}
	}
	return texts, classes, msgs
}

func encodeModel(t testing.TB, m *model) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // no name, no time: the same bytes every time
	if err := json.NewEncoder(zw).Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTrainModel trains the model from testdata/train and checks the shipped model.json.gz is what that gives
// (-update writes it).
func TestTrainModel(t *testing.T) {
	texts, classes, _ := trainingSet(t)
	got := encodeModel(t, train(texts, classes))
	if *updateModel {
		if err := os.WriteFile("model.json.gz", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, modelGz) {
		t.Fatal("model.json.gz is not what the training corpora give: go test ./backend/inbox -run TrainModel -update")
	}
}

// TestModelCrossValidation measures, on the training corpus alone, what the model adds to the rules (5 folds:
// trained on four fifths, read on the fifth), for several thresholds. The evaluation corpora are not used here.
func TestModelCrossValidation(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	texts, classes, msgs := trainingSet(t)
	thresholds := []float64{0.5, 0.7, 0.9, 0.99}
	right := make([]int, len(thresholds))
	rulesRight, n := 0, 0
	for fold := 0; fold < 5; fold++ {
		var tt []string
		var tc []Class
		for i := range texts {
			if i%5 != fold {
				tt, tc = append(tt, texts[i]), append(tc, classes[i])
			}
		}
		mdl := train(tt, tc)
		for i := range texts {
			if i%5 != fold {
				continue
			}
			n++
			c := classifyRules(msgs[i], receivedOn(msgs[i]))
			if c.Class == classes[i] {
				rulesRight++
			}
			best, p, _ := mdl.predict(texts[i])
			for k, th := range thresholds {
				got := c.Class
				if _, ok := modelClasses[best]; ok && got == Other && p >= th {
					got = best
				}
				if got == classes[i] {
					right[k]++
				}
			}
		}
	}
	msg := fmt.Sprintf("rules alone: %d/%d", rulesRight, n)
	for k, th := range thresholds {
		msg += fmt.Sprintf("; rules + model ≥ %.2f: %d/%d", th, right[k], n)
	}
	t.Log(msg)
	k := 2 // modelThreshold
	if thresholds[k] != modelThreshold {
		t.Fatalf("the threshold measured is not modelThreshold")
	}
	if right[k] < rulesRight {
		t.Errorf("the model makes the rules worse at its threshold: %d < %d", right[k], rulesRight)
	}
}

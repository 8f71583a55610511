package inbox

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testdata/sisimai: real notices of many mail systems (its README). Every failure not listed in expected.tsv must
// be read as one; nothing listed as no failure (delays, complaints, automatic replies) may be.
func TestSisimaiNotices(t *testing.T) {
	dir := "testdata/sisimai"
	expected := map[string]string{}
	f, err := os.Open(filepath.Join(dir, "expected.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Split(sc.Text(), "\t"); len(fields) == 3 && !strings.HasPrefix(fields[0], "#") {
			expected[fields[0]] = fields[1]
		}
	}
	for _, sub := range []string{"bsd", "mac", "not"} {
		files, err := filepath.Glob(filepath.Join(dir, sub, "*.eml"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files (%v)", sub, err)
		}
		failures, read, known := 0, 0, 0
		for _, file := range files {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(file)
			m, err := Parse(raw)
			if err != nil {
				t.Errorf("%s/%s: %v", sub, name, err)
				continue
			}
			c := Classify(m, receivedOn(m))
			verdict := expected[name]
			if sub == "not" {
				verdict = "not_failure"
			}
			switch verdict {
			case "not_failure":
				if c.Class == Bounced {
					t.Errorf("%s/%s is no failure, taken for one: %s", sub, name, c.Reason)
				}
			case "known_miss":
				known++
				if c.Class == Bounced {
					t.Logf("%s/%s is now read as a failure: remove it from expected.tsv's misses", sub, name)
				}
			default:
				failures++
				if c.Class == Bounced && m.Bounce != nil {
					read++
				} else {
					t.Errorf("%s/%s: failure not recognised, got %s — %s", sub, name, c.Class, c.Reason)
				}
			}
		}
		t.Logf("%s: failures read %d/%d (%d more not read, listed)", sub, read, failures, known)
	}
}

package desktop

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// logFiles returns the lines of path.keep … path.1, path (oldest first) and fails on a line cut in two.
func logFiles(t *testing.T, path string, keep int) (lines []string, files int) {
	t.Helper()
	for i := keep; i >= 0; i-- {
		name := path
		if i > 0 {
			name = path + "." + strconv.Itoa(i)
		}
		b, err := os.ReadFile(name)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		files++
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Fatalf("%s ends in the middle of a line: %q", name, b[max(0, len(b)-40):])
		}
		for _, l := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			if l != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines, files
}

// logLine is a record of a varying length, so that a writer cutting at the exact limit would cut a line.
func logLine(writer, n int) string {
	return fmt.Sprintf("w=%d n=%d %s end\n", writer, n, strings.Repeat("x", n%37))
}

func TestRotatingLogKeepsTheLastFilesWholeLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "relance.log")
	r, err := openRotatingFile(path, 1024, 3)
	if err != nil {
		t.Fatal(err)
	}
	const total = 500 // ~25 KB: many more rotations than files kept
	for n := range total {
		if _, err := r.Write([]byte(logLine(0, n))); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".4"); !os.IsNotExist(err) {
		t.Fatalf("a 4th old file with keep = 3: %v", err)
	}
	for _, suffix := range []string{"", ".1", ".2", ".3"} {
		st, err := os.Stat(path + suffix)
		if err != nil || st.Size() > 1024 || suffix != "" && st.Size() < 1024-60 {
			t.Fatalf("relance.log%s: %v %v (want up to 1024 bytes, old files nearly full)", suffix, st.Size(), err)
		}
		if st.Mode().Perm() != 0o600 {
			t.Fatalf("relance.log%s mode %v", suffix, st.Mode().Perm())
		}
	}
	lines, files := logFiles(t, path, 10)
	if files != 4 {
		t.Fatalf("%d files, want relance.log and 3 old ones", files)
	}
	// Oldest first, the lines are the last ones written, consecutive, the newest in relance.log.
	first := total - len(lines)
	for i, l := range lines {
		if want := strings.TrimSuffix(logLine(0, first+i), "\n"); l != want {
			t.Fatalf("line %d = %q, want %q", i, l, want)
		}
	}
	last, _ := os.ReadFile(path)
	if !strings.HasSuffix(string(last), logLine(0, total-1)) {
		t.Fatalf("relance.log does not end with the newest line:\n%s", last)
	}
}

func TestRotatingLogLosesNoLineFromConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "relance.log")
	r, err := openRotatingFile(path, 2048, 1000) // keep them all, to count them
	if err != nil {
		t.Fatal(err)
	}
	const writers, each = 8, 400
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for n := range each {
				if _, err := r.Write([]byte(logLine(w, n))); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	lines, files := logFiles(t, path, 1000)
	if files < 10 {
		t.Fatalf("only %d files: the test did not rotate much", files)
	}
	seen := map[string]int{}
	next := make([]int, writers) // each writer's lines stay in order across the files
	for _, l := range lines {
		seen[l]++
		var w, n int
		if _, err := fmt.Sscanf(l, "w=%d n=%d", &w, &n); err != nil || n != next[w] {
			t.Fatalf("line %q out of order (want n=%d) %v", l, next[w], err)
		}
		next[w]++
	}
	if len(lines) != writers*each || len(seen) != writers*each {
		t.Fatalf("%d lines (%d distinct), want %d", len(lines), len(seen), writers*each)
	}
}

func TestRotatingLogRotatesAtOpenWhenOverTheLimit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "relance.log")
	big := strings.Repeat("ancienne ligne\n", 100) // 1500 bytes
	if err := os.WriteFile(path, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+".1", []byte("plus ancienne\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := openRotatingFile(path, 1024, 5)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Write([]byte("nouvelle\n")); err != nil {
		t.Fatal(err)
	}
	r.Close()
	for name, want := range map[string]string{"relance.log": "nouvelle\n", "relance.log.1": big, "relance.log.2": "plus ancienne\n"} {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(b) != want {
			t.Fatalf("%s = %q %v", name, b, err)
		}
	}

	// Under the limit, the file is continued.
	r, err = openRotatingFile(path, 1024, 5)
	if err != nil {
		t.Fatal(err)
	}
	r.Write([]byte("suite\n"))
	r.Close()
	if b, _ := os.ReadFile(path); string(b) != "nouvelle\nsuite\n" {
		t.Fatalf("relance.log = %q", b)
	}
}

func TestRotatingLogGoesOnWhenRotationFails(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "relance.log")
	// A non-empty directory where relance.log.1 should go: neither removed nor replaced by a rename.
	if err := os.MkdirAll(filepath.Join(path+".1", "occupé"), 0o700); err != nil {
		t.Fatal(err)
	}
	r, err := openRotatingFile(path, 256, 1)
	if err != nil {
		t.Fatal(err)
	}
	const total = 100 // ~3 KB: a dozen failed rotations
	for n := range total {
		if _, err := r.Write([]byte(logLine(0, n))); err != nil {
			t.Fatal(err)
		}
	}
	r.Close()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(string(b), "\n"); got != total {
		t.Fatalf("%d lines in relance.log, want all %d", got, total)
	}

	// Once the way is clear, the next write past the limit rotates.
	if err := os.RemoveAll(path + ".1"); err != nil {
		t.Fatal(err)
	}
	r, err = openRotatingFile(path, 256, 1)
	if err != nil {
		t.Fatal(err)
	}
	r.Write([]byte("après\n"))
	r.Close()
	if old, _ := os.ReadFile(path + ".1"); string(old) != string(b) {
		t.Fatal("relance.log.1 is not the former log")
	}
	if b, _ := os.ReadFile(path); string(b) != "après\n" {
		t.Fatalf("relance.log = %q", b)
	}
}

func TestOpenLogWritesToTheRotatingFile(t *testing.T) {
	dirs := ResolveDirs(t.TempDir())
	OpenLog(dirs).Info("ligne de test")
	b, err := os.ReadFile(filepath.Join(dirs.Logs, "relance.log"))
	if err != nil || !strings.Contains(string(b), "ligne de test") {
		t.Fatalf("relance.log = %q %v", b, err)
	}
}

func TestCrashLogMovesAsideWhenOverTheLimit(t *testing.T) {
	t.Cleanup(func() { _ = debug.SetCrashOutput(nil, debug.CrashOptions{}) }) // this process's crash output stays its own
	dirs := ResolveDirs(t.TempDir())
	if err := os.MkdirAll(dirs.Logs, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dirs.Logs, "crash.log")
	small := "panic: petite\n"
	big := strings.Repeat("goroutine 1 [running]:\n", crashLimit/20)

	// Under the limit: kept as is.
	os.WriteFile(path, []byte(small), 0o600)
	EnableCrashReports(dirs)
	if b, _ := os.ReadFile(path); string(b) != small {
		t.Fatalf("crash.log under the limit changed: %q", b)
	}
	if _, err := os.Stat(path + ".1"); !os.IsNotExist(err) {
		t.Fatalf("crash.log.1 made under the limit: %v", err)
	}

	// Over: moved to crash.log.1, replacing the previous one; crash.log starts again.
	os.WriteFile(path+".1", []byte("précédent\n"), 0o600)
	os.WriteFile(path, []byte(big), 0o600)
	EnableCrashReports(dirs)
	if b, _ := os.ReadFile(path + ".1"); string(b) != big {
		t.Fatalf("crash.log.1 holds %d bytes, want the former crash.log (%d)", len(b), len(big))
	}
	if st, err := os.Stat(path); err != nil || st.Size() != 0 {
		t.Fatalf("crash.log after moving aside: %v", err)
	}
	if _, err := os.Stat(path + ".2"); !os.IsNotExist(err) {
		t.Fatal("crash.log.2: only one old crash file is kept")
	}
}

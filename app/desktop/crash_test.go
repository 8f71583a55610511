package desktop

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestHelperCrash panics in a goroutine after enabling the crash report (child process only).
func TestHelperCrash(t *testing.T) {
	dir := os.Getenv("RELANCE_TEST_CRASH_DIR")
	if dir == "" {
		t.Skip("child process only")
	}
	EnableCrashReports(ResolveDirs(dir))
	go func() { panic("panne de test") }()
	time.Sleep(5 * time.Second)
}

func TestCrashReportIsWrittenLocally(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run", "^TestHelperCrash$")
	cmd.Env = append(os.Environ(), "RELANCE_TEST_CRASH_DIR="+dir)
	if err := cmd.Run(); err == nil {
		t.Fatal("the child did not crash")
	}
	b, err := os.ReadFile(filepath.Join(dir, "logs", "crash.log"))
	if err != nil || !strings.Contains(string(b), "panic: panne de test") || !strings.Contains(string(b), "goroutine") {
		t.Fatalf("crash report %v:\n%s", err, b)
	}
}

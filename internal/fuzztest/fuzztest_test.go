package fuzztest

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func TestMain(m *testing.M) { Main(m) }

// TestReportMinimizeTime prints the budget the run was given, for TestMinimizeTime's child process.
func TestReportMinimizeTime(t *testing.T) {
	if os.Getenv("FUZZTEST_CHILD") == "" {
		t.Skip("run by TestMinimizeTime")
	}
	fmt.Printf("minimize=%s\n", flag.Lookup("test.fuzzminimizetime").Value)
}

func FuzzNothing(f *testing.F) {
	f.Add([]byte("x"))
	f.Fuzz(func(*testing.T, []byte) {})
}

// The budget is lowered when fuzzing, and only when the command line does not give one.
func TestMinimizeTime(t *testing.T) {
	run := func(args ...string) string {
		t.Helper()
		base := []string{"-test.run=^TestReportMinimizeTime$", "-test.v"}
		cmd := exec.Command(os.Args[0], append(base, args...)...)
		cmd.Env = append(os.Environ(), "FUZZTEST_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(line, "minimize="); ok {
				return v
			}
		}
		t.Fatalf("%v: no report in\n%s", args, out)
		return ""
	}
	fuzz := []string{"-test.fuzz=^FuzzNothing$", "-test.fuzztime=1x", "-test.fuzzcachedir=" + t.TempDir(), "-test.parallel=1"}
	if got := run(fuzz...); got != Minimize {
		t.Errorf("fuzzing: minimize time %s, want %s", got, Minimize)
	}
	if got := run(append(fuzz, "-test.fuzzminimizetime=7s")...); got != "7s" {
		t.Errorf("given on the command line: %s, want 7s", got)
	}
	if got := run(); got != "1m0s" {
		t.Errorf("not fuzzing: %s, want Go's default 1m0s", got)
	}
}

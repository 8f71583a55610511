package main

import (
	"bytes"
	"debug/elf"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The command line built as `make build` builds it: without cgo it links no shared library at all (so none of the
// window's), and it runs the same commands as the window's binary, with the same answers.
func TestCommandLineWithoutTheWindow(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	bin := filepath.Join(t.TempDir(), "relance-cli")
	build := exec.Command("go", "build", "-ldflags", "-X main.version=9.9.9-test", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if runtime.GOOS == "linux" {
		f, err := elf.Open(bin)
		if err != nil {
			t.Fatal(err)
		}
		libs, _ := f.ImportedLibraries()
		f.Close()
		if len(libs) > 0 {
			t.Fatalf("relance-cli links %v: the command line must load none of the window's libraries", libs)
		}
	}
	run := func(args ...string) (string, string, int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return stdout.String(), stderr.String(), code
	}
	if out, _, code := run("version"); code != 0 || !strings.Contains(out, "9.9.9-test") {
		t.Fatalf("version: %d %q", code, out)
	}
	if out, errOut, code := run(); code != 2 || !strings.Contains(out, "report") || !strings.Contains(errOut, "indiquez une commande") {
		t.Fatalf("without a command: %d\n%s\n%s", code, out, errOut)
	}
	data := t.TempDir()
	if _, errOut, code := run("--data", data, "demo", "--clients", "20", "--invoices", "200", "--today", "2026-11-23"); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	out, errOut, code := run("--data", data, "report", "--json", "--today", "2026-11-23")
	var rep struct {
		Outstanding  string `json:"outstanding"`
		OpenInvoices int    `json:"open_invoices"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &rep) != nil || rep.OpenInvoices == 0 || rep.Outstanding == "" {
		t.Fatalf("report: %d %q %s", code, out, errOut)
	}
	if _, errOut, code := run("--data", data, "rapport"); code != 2 || !strings.Contains(errOut, "rapport") {
		t.Fatalf("an unknown command: %d %s", code, errOut)
	}
}

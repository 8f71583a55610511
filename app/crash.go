package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
)

// EnableCrashReports makes a fatal error (a panic in any goroutine, a runtime fault) write its report to
// logs/crash.log beside the data, on this computer only (nothing is sent anywhere). A report is a stack trace:
// passwords never reach it, as they never reach the logs.
func EnableCrashReports(dirs Dirs) {
	if err := os.MkdirAll(dirs.Logs, 0o700); err != nil {
		return
	}
	f, err := os.OpenFile(filepath.Join(dirs.Logs, "crash.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	_ = debug.SetCrashOutput(f, debug.CrashOptions{}) // the runtime keeps its own copy of the descriptor
	_ = f.Close()
}

package app

import (
	"os"
	"path/filepath"
	"runtime/debug"
)

// EnableCrashReports makes a fatal error (a panic in any goroutine, a runtime fault) write its report to
// logs/crash.log beside the data, on this computer only (nothing is sent anywhere). A report is a stack trace:
// passwords never reach it, as they never reach the logs. Past 1 MiB the file moves to crash.log.1 at the next start.
func EnableCrashReports(dirs Dirs) {
	if err := os.MkdirAll(dirs.Logs, 0o700); err != nil {
		return
	}
	path := filepath.Join(dirs.Logs, "crash.log")
	// Bounded but never empty of history: past the limit the reports move to crash.log.1 (replacing the older ones).
	if st, err := os.Stat(path); err == nil && st.Size() > crashLimit {
		_ = shiftFiles(path, 1) // on failure keep appending: a report matters more than the size
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return
	}
	_ = debug.SetCrashOutput(f, debug.CrashOptions{}) // the runtime keeps its own copy of the descriptor
	_ = f.Close()
}

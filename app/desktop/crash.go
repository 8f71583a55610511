package desktop

import (
	"os"
	"path/filepath"
	"runtime/debug"
)

// EnableCrashReports makes a fatal error (a panic in any goroutine, a runtime fault) write its report to
// logs/crash.log beside the data, on this computer only (nothing is sent anywhere). A report is a stack trace:
// passwords never reach it, as they never reach the logs. Past 1 MiB the file moves to crash.log.1 at the next start.
//
// The runtime needs the file open before the crash, so it is created now; the returned function, called at a
// clean exit, removes it again when this process created it and nothing was written (with the logs and data
// folders, when this process created them and they are empty): logs/crash.log exists only after a crash.
func EnableCrashReports(dirs Dirs) (done func()) {
	done = func() {}
	_, statErr := os.Stat(dirs.Logs)
	madeLogs := os.IsNotExist(statErr)
	_, statErr = os.Stat(dirs.Data)
	madeData := os.IsNotExist(statErr)
	if err := os.MkdirAll(dirs.Logs, 0o700); err != nil {
		return done
	}
	path := filepath.Join(dirs.Logs, "crash.log")
	// Bounded but never empty of history: past the limit the reports move to crash.log.1 (replacing the older ones).
	if st, err := os.Stat(path); err == nil && st.Size() > crashLimit {
		_ = shiftFiles(path, 1) // on failure keep appending: a report matters more than the size
	}
	created := true
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_APPEND|os.O_WRONLY, 0o600)
	if os.IsExist(err) {
		created = false
		f, err = os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o600)
	}
	if err != nil {
		return done
	}
	_ = debug.SetCrashOutput(f, debug.CrashOptions{}) // the runtime keeps its own copy of the descriptor
	_ = f.Close()
	return func() {
		if !created {
			return // another run's file (a report, or a window still using it)
		}
		if st, err := os.Stat(path); err != nil || st.Size() > 0 {
			return
		}
		_ = debug.SetCrashOutput(nil, debug.CrashOptions{})
		if os.Remove(path) == nil && madeLogs && os.Remove(dirs.Logs) == nil && madeData {
			_ = os.Remove(dirs.Data) // only when empty: a command that wrote nothing leaves no folder behind
		}
	}
}

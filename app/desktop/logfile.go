package desktop

import (
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

const (
	logLimit   = 5 << 20 // relance.log rotates past 5 MiB
	logKeep    = 5       // relance.log.1 … .5 kept, the oldest dropped
	crashLimit = 1 << 20 // crash.log moves to crash.log.1 past 1 MiB
)

// rotatingFile is the application log: an append-only file that rotates by size, so the logs folder stays
// bounded on a computer that runs Relance for years. Safe for concurrent use.
//
// Rotation happens before a write, never in the middle of one: slog writes one record per Write, so a line is never
// split across two files. A failed rotation never costs the ability to log: the writer goes on appending to the
// current file (or to Fallback if even that cannot be reopened).
type rotatingFile struct {
	Path     string
	Limit    int64     // bytes; a write that would go past it starts a new file first
	Keep     int       // old files kept: Path.1 (newest) … Path.Keep (oldest)
	Fallback io.Writer // where lines go while no file is open; nil drops them (openLog already copies to stderr)

	mu   sync.Mutex
	file *os.File
	size int64
}

// openRotatingFile opens path for appending, rotating first when it is already at or over limit (a log left large
// by an older Relance, or by a process that stopped right before rotating).
func openRotatingFile(path string, limit int64, keep int) (*rotatingFile, error) {
	r := &rotatingFile{Path: path, Limit: limit, Keep: keep}
	if err := r.open(); err != nil {
		return nil, err
	}
	if r.size >= r.Limit {
		r.rotate()
	}
	return r, nil
}

func (r *rotatingFile) open() error {
	f, err := os.OpenFile(r.Path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	r.file, r.size = f, size
	return nil
}

func (r *rotatingFile) Write(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.file == nil {
		// The last rotation could not reopen the file: try again, as the cause (a full disk…) may be gone.
		if err := r.open(); err != nil {
			if r.Fallback != nil {
				return r.Fallback.Write(p)
			}
			return len(p), nil
		}
	}
	if r.size > 0 && r.size+int64(len(p)) > r.Limit {
		r.rotate()
		if r.file == nil {
			if r.Fallback != nil {
				return r.Fallback.Write(p)
			}
			return len(p), nil
		}
	}
	n, err := r.file.Write(p)
	r.size += int64(n)
	return n, err
}

// Close closes the current file; a later Write reopens it.
func (r *rotatingFile) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.file == nil {
		return nil
	}
	err := r.file.Close()
	r.file = nil
	return err
}

// rotate moves the current file to Path.1 and starts an empty one. The file is closed first because Windows
// refuses to rename an open file. On failure the old file is reopened and appended to.
func (r *rotatingFile) rotate() {
	_ = r.file.Close()
	r.file = nil
	shifted := shiftFiles(r.Path, r.Keep) == nil
	if r.open() != nil {
		return // Write retries the open, and meanwhile uses Fallback
	}
	if !shifted {
		// Try again after another Limit's worth of log, not on every line.
		r.size = 0
	}
}

// shiftFiles renames path.(keep-1) → path.keep … path → path.1, dropping the oldest. It stops at the first rename
// that fails, so that no old file is overwritten by the next one.
func shiftFiles(path string, keep int) error {
	if keep < 1 {
		return os.Remove(path)
	}
	name := func(i int) string { return path + "." + strconv.Itoa(i) }
	_ = os.Remove(name(keep)) // the oldest goes
	for i := keep - 1; i >= 1; i-- {
		if err := os.Rename(name(i), name(i+1)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return os.Rename(path, name(1))
}

// OpenLog writes the log beside the data, rotated by size (logs/relance.log, .1 … .5); it never receives secrets.
func OpenLog(dirs Dirs) *slog.Logger {
	var w io.Writer = os.Stderr
	if err := os.MkdirAll(dirs.Logs, 0o700); err == nil {
		if f, err := openRotatingFile(filepath.Join(dirs.Logs, "relance.log"), logLimit, logKeep); err == nil {
			w = io.MultiWriter(f, os.Stderr) // the file first: a Windows GUI process has no stderr
		}
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

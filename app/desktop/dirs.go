package desktop

import (
	"os"
	"path/filepath"
	"runtime"

	"relance/backend/store"
)

// Dirs are the places Relance keeps things, all under one data directory.
type Dirs struct {
	Data    string `json:"data"`
	Store   string `json:"store"`
	Backups string `json:"backups"`
	Exports string `json:"exports"`
	Logs    string `json:"logs"`
}

// DefaultDataDir is the OS's place for application data: %APPDATA%\Relance, ~/Library/Application Support/Relance,
// $XDG_DATA_HOME/relance or ~/.local/share/relance.
func DefaultDataDir() string {
	switch runtime.GOOS {
	case "windows", "darwin":
		if d, err := os.UserConfigDir(); err == nil {
			return filepath.Join(d, "Relance")
		}
	default:
		if d := os.Getenv("XDG_DATA_HOME"); d != "" {
			return filepath.Join(d, "relance")
		}
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share", "relance")
		}
	}
	return "relance-data"
}

// ResolveDirs picks the data directory: the --data flag, else RELANCE_DATA, else the OS default.
func ResolveDirs(flag string) Dirs {
	d := flag
	if d == "" {
		d = os.Getenv("RELANCE_DATA")
	}
	if d == "" {
		d = DefaultDataDir()
	}
	if abs, err := filepath.Abs(d); err == nil {
		d = abs
	}
	return Dirs{Data: d, Store: filepath.Join(d, store.FileName), Backups: filepath.Join(d, "backups"),
		Exports: filepath.Join(d, "exports"), Logs: filepath.Join(d, "logs")}
}

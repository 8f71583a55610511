package app

import (
	"os"
	"path/filepath"

	"relance/app/desktop"
	"relance/backend"
)

// ExportAPI writes exports into the data folder and opens folders for the user.
type ExportAPI struct{ env *Env }

// ExportResult names the file written.
type ExportResult struct {
	Path  string `json:"path"`
	Count int    `json:"count"`
}

// Export writes kind (clients, invoices, payments, all) as csv, excel (CSV for French Excel) or json into the
// exports folder.
func (a *ExportAPI) Export(kind, format string) (ExportResult, error) {
	if err := os.MkdirAll(a.env.Dirs.Exports, 0o700); err != nil {
		return ExportResult{}, backend.Errorf(backend.EUNAVAILABLE, "impossible de créer le dossier %s : %v", a.env.Dirs.Exports, err)
	}
	stamp := a.env.Clock.Now().In(backend.Paris).Format("2006-01-02-150405")
	ext := "." + format
	if format == "excel" { // the CSV for French Excel
		ext = "-excel.csv"
	}
	path := filepath.Join(a.env.Dirs.Exports, "relance-"+kind+"-"+stamp+ext)
	f, err := os.Create(path)
	if err != nil {
		return ExportResult{}, backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire %s : %v", path, err)
	}
	n, err := ExportLedger(a.env.Store, kind, format, f)
	if cerr := f.Close(); err == nil && cerr != nil {
		err = backend.Errorf(backend.EUNAVAILABLE, "écriture de %s impossible (disque plein ?) : %v", path, cerr)
	}
	if err != nil {
		os.Remove(path)
		return ExportResult{}, err
	}
	return ExportResult{Path: path, Count: n}, nil
}

// OpenFolder shows a folder (or the folder of a file) in the system's file manager.
func (a *ExportAPI) OpenFolder(path string) error {
	if st, err := os.Stat(path); err == nil && !st.IsDir() {
		path = filepath.Dir(path)
	}
	return desktop.OpenWithSystem(path)
}

// writeExport writes a file of the exports folder (created when needed) and returns its path.
func writeExport(env *Env, name string, content []byte) (string, error) {
	if err := os.MkdirAll(env.Dirs.Exports, 0o700); err != nil {
		return "", backend.Errorf(backend.EUNAVAILABLE, "impossible de créer %s : %v", env.Dirs.Exports, err)
	}
	path := filepath.Join(env.Dirs.Exports, name)
	if err := os.WriteFile(path, content, 0o600); err != nil {
		return "", backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire %s (disque plein ?) : %v", path, err)
	}
	return path, nil
}

package app

import (
	"path/filepath"

	"relance/backend"
	"relance/backend/store"
)

// BackupAPI lists, takes and restores backups of the store.
type BackupAPI struct{ env *Env }

// List returns the backups, newest first.
func (a *BackupAPI) List() ([]store.BackupInfo, error) { return store.ListBackups(a.env.Dirs.Backups) }

// Create takes a backup now.
func (a *BackupAPI) Create() (store.BackupInfo, error) {
	return a.env.Store.ManualBackup(a.env.Dirs.Backups)
}

// Restore replaces the data with a backup of the list; the current data is kept as a backup first.
func (a *BackupAPI) Restore(name string) error {
	if filepath.Base(name) != name {
		return backend.Errorf(backend.EINVALID, "sauvegarde « %s » invalide", name)
	}
	if err := a.env.Store.Restore(filepath.Join(a.env.Dirs.Backups, name), a.env.Dirs.Backups); err != nil {
		return err
	}
	a.env.emit(EventLedgerChanged, nil)
	return nil
}

package app

import (
	"path/filepath"
	"time"

	"relance/app/desktop"
	"relance/backend"
	"relance/backend/store"
)

// RecoveryAPI is what the window offers when the data cannot be opened (a damaged file, data from a newer
// Relance, a full or read-only disk): the reason, the backups, and restoring one — instead of a crash. In the
// normal window it reports no problem.
type RecoveryAPI struct {
	dirs    desktop.Dirs
	problem string // empty: the data opened normally
	// restart starts Relance again once a backup is restored (the window then closes).
	restart func()
}

// RecoveryView is the recovery screen.
type RecoveryView struct {
	Problem string             `json:"problem"` // why the data did not open, in French; empty when it did
	Store   string             `json:"store"`
	Backups []store.BackupInfo `json:"backups"`
}

// State tells whether the data opened, and otherwise what can be done.
func (a *RecoveryAPI) State() (RecoveryView, error) {
	v := RecoveryView{Problem: a.problem, Store: a.dirs.Store, Backups: []store.BackupInfo{}}
	if a.problem == "" {
		return v, nil
	}
	b, err := store.ListBackups(a.dirs.Backups)
	if b != nil {
		v.Backups = b
	}
	return v, err
}

// RestoreBackup puts a backup in place of the data that does not open (kept aside first, never deleted) and starts
// Relance again on it.
func (a *RecoveryAPI) RestoreBackup(name string) error {
	if a.problem == "" {
		return backend.Errorf(backend.ECONFLICT, "les données se sont ouvertes normalement : restaurez depuis Sauvegardes")
	}
	if filepath.Base(name) != name {
		return backend.Errorf(backend.EINVALID, "sauvegarde « %s » invalide", name)
	}
	if err := store.RestoreFile(filepath.Join(a.dirs.Backups, name), a.dirs.Store, a.dirs.Backups, time.Now()); err != nil {
		return err
	}
	if a.restart != nil {
		a.restart()
	}
	return nil
}

// OpenDataFolder shows the data folder in the system's file manager (to copy the damaged file for support).
func (a *RecoveryAPI) OpenDataFolder() error { return desktop.OpenWithSystem(a.dirs.Data) }

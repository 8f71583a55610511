package store

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// Backups are whole copies of the store taken inside a read transaction (a consistent snapshot while the app
// keeps working). Automatic ones are named relance-YYYY-MM-DD.db, one a day, the newest KeepBackups kept;
// manual ones relance-manual-YYYYMMDD-HHMMSS.db are never pruned.

// KeepBackups is how many automatic daily backups are kept.
const KeepBackups = 7

// BackupInfo describes one backup file.
type BackupInfo struct {
	Name      string    `json:"name"`
	Path      string    `json:"path"`
	Size      int64     `json:"size"`
	CreatedAt time.Time `json:"createdAt" ts_type:"string"`
	Automatic bool      `json:"automatic"`
}

// WriteBackup writes a consistent copy of the store to w.
func (s *Store) WriteBackup(w io.Writer) (int64, error) {
	var n int64
	err := s.read(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		return err
	})
	return n, err
}

// BackupToFile writes a consistent copy to path atomically (a partial file never has the final name).
func (s *Store) BackupToFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible de créer le dossier %s : %v", filepath.Dir(path), err)
	}
	return writeAtomically(path, func(f *os.File) error {
		_, err := s.WriteBackup(f)
		return err
	})
}

func writeAtomically(path string, fill func(f *os.File) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".relance-*.tmp")
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire dans %s : %v", filepath.Dir(path), err)
	}
	defer os.Remove(tmp.Name())
	if err := fill(tmp); err != nil {
		tmp.Close()
		return backend.Errorf(backend.EUNAVAILABLE, "écriture de %s impossible (disque plein ?) : %v", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return backend.Errorf(backend.EUNAVAILABLE, "écriture de %s impossible (disque plein ?) : %v", path, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible de remplacer %s : %v", path, err)
	}
	return nil
}

// AutoBackup takes today's automatic backup in dir if there is none yet, and prunes the old ones.
// It returns the backup taken, or nil when today's already existed.
func (s *Store) AutoBackup(dir string) (*BackupInfo, error) {
	today := backend.Today(s.clock)
	path := filepath.Join(dir, "relance-"+today.String()+".db")
	var made *BackupInfo
	if _, err := os.Stat(path); os.IsNotExist(err) {
		if err := s.BackupToFile(path); err != nil {
			return nil, err
		}
		made = infoOf(path)
	}
	list, err := ListBackups(dir)
	if err != nil {
		return made, err
	}
	kept := 0
	for _, b := range list { // newest first
		if !b.Automatic {
			continue
		}
		if kept++; kept > KeepBackups {
			if err := os.Remove(b.Path); err != nil {
				return made, err
			}
		}
	}
	return made, nil
}

// ManualBackup takes a backup now, in dir.
func (s *Store) ManualBackup(dir string) (BackupInfo, error) {
	path := filepath.Join(dir, "relance-manual-"+s.clock.Now().In(backend.Paris).Format("20060102-150405")+".db")
	if err := s.BackupToFile(path); err != nil {
		return BackupInfo{}, err
	}
	return *infoOf(path), nil
}

func infoOf(path string) *BackupInfo {
	st, err := os.Stat(path)
	if err != nil {
		return nil
	}
	name := filepath.Base(path)
	b := &BackupInfo{Name: name, Path: path, Size: st.Size(), CreatedAt: st.ModTime().UTC(),
		Automatic: !strings.HasPrefix(name, "relance-manual-") && !strings.HasPrefix(name, "relance-before-restore-")}
	// The name carries when the backup was taken; a copied file's modification time does not.
	base := strings.TrimSuffix(name, ".db")
	layout, stamp := "2006-01-02", strings.TrimPrefix(base, "relance-")
	if !b.Automatic && len(base) >= 15 {
		layout, stamp = "20060102-150405", base[len(base)-15:]
	}
	if t, err := time.ParseInLocation(layout, stamp, backend.Paris); err == nil {
		b.CreatedAt = t.UTC()
	}
	return b
}

// ListBackups lists the backups in dir, newest first.
func ListBackups(dir string) ([]BackupInfo, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return []BackupInfo{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []BackupInfo{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasPrefix(e.Name(), "relance-") || !strings.HasSuffix(e.Name(), ".db") {
			continue
		}
		if b := infoOf(filepath.Join(dir, e.Name())); b != nil {
			out = append(out, *b)
		}
	}
	slices.SortFunc(out, func(a, b BackupInfo) int {
		if c := b.CreatedAt.Compare(a.CreatedAt); c != 0 {
			return c
		}
		return strings.Compare(b.Name, a.Name)
	})
	return out, nil
}

// CheckBackup opens a file read-only and tells whether it is a Relance store this version can read.
func CheckBackup(path string) error {
	if _, err := os.Stat(path); err != nil {
		return backend.Errorf(backend.ENOTFOUND, "fichier de sauvegarde %s introuvable", path)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return backend.Errorf(backend.EINVALID, "%s n'est pas une sauvegarde Relance lisible : %v", path, err)
	}
	defer db.Close()
	if err := checkVersion(db); err != nil {
		return backend.Errorf(backend.EINVALID, "%s : %s", path, backend.ErrorMessage(err))
	}
	return db.View(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bClients, bInvoices, bPayments} {
			if tx.Bucket(b) == nil {
				return backend.Errorf(backend.EINVALID, "%s n'est pas une sauvegarde Relance complète", path)
			}
		}
		return nil
	})
}

// RestoreFile replaces the store file at dst with the backup src. The store must not be open. The current file,
// if any, is first kept as relance-before-restore-….db in backupDir, so a restore can itself be undone.
func RestoreFile(src, dst, backupDir string, now time.Time) error {
	if err := CheckBackup(src); err != nil {
		return err
	}
	if _, err := os.Stat(dst); err == nil {
		keep := filepath.Join(backupDir, "relance-before-restore-"+now.In(backend.Paris).Format("20060102-150405")+".db")
		if err := os.MkdirAll(backupDir, 0o700); err != nil {
			return err
		}
		if err := copyFile(dst, keep); err != nil {
			return fmt.Errorf("copie de sécurité avant restauration : %w", err)
		}
	}
	return copyFile(src, dst)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeAtomically(dst, func(f *os.File) error {
		_, err := io.Copy(f, in)
		return err
	})
}

// Restore replaces the open store with the backup src, keeping the current data as a backup first.
func (s *Store) Restore(src, backupDir string) error {
	if err := CheckBackup(src); err != nil {
		return err
	}
	s.wmu.Lock() // never under an import writing its copy of the store
	defer s.wmu.Unlock()
	s.swap.Lock()
	defer s.swap.Unlock()
	defer s.changed()
	if err := s.db.Close(); err != nil {
		return err
	}
	restoreErr := RestoreFile(src, s.path, backupDir, s.clock.Now())
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "réouverture des données après restauration impossible : %v", err)
	}
	s.db = db
	if restoreErr != nil {
		return restoreErr
	}
	if _, err := migrate(db); err != nil {
		return err
	}
	s.mu.Lock()
	s.proj = nil
	s.mu.Unlock()
	return nil
}

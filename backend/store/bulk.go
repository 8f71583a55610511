package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// A large import is written into a copy of the store, in transactions of bulkBatch rows, and the copy replaces
// the store only when the import is complete and accepted. Memory stays that of one batch (one transaction of the
// whole file held 1.6 GB for 50 MB of CSV); the store itself is never half-written: a crash leaves the copy
// behind (removed at the next Open), a refusal, a cancellation or a full disk remove it, and the space with it.

const (
	bulkRows     = 20_000
	bulkBatch    = 5_000
	importSuffix = ".import" // the copy being written, next to the store
)

// ErrDiskFull is behind the error of a write that the disk had no room for.
var ErrDiskFull = errors.New("disk full")

// bulk runs batch until it reports no more rows, then finish, each in its own transaction of a copy of the store,
// and puts the copy in place of the store unless one of them failed (finish returning errRollback included).
func (s *Store) bulk(source string, total int, batch func(w *txw, limit int) (bool, error), finish func(w *txw) error) error {
	s.wmu.Lock() // no other write may land in the store while its copy is being written: it would be lost
	defer s.wmu.Unlock()
	tmp := s.path + importSuffix
	_ = os.Remove(tmp)
	if err := s.bulkInto(tmp, batch, finish); err != nil {
		_ = os.Remove(tmp)
		if noSpace(err) {
			need := s.size() + int64(total)*bytesPerRow
			return s.diskFull(fmt.Sprintf("l'import de %s n'a pas pu être écrit : rien n'a été importé, la place prise a été rendue", source), need)
		}
		return err
	}
	s.swap.Lock()
	defer s.swap.Unlock()
	defer s.changed()
	if err := s.db.Close(); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	renameErr := os.Rename(tmp, s.path)
	if renameErr == nil {
		syncDir(filepath.Dir(s.path))
	} else {
		_ = os.Remove(tmp)
	}
	if err := s.reopen(); err != nil {
		return err
	}
	if renameErr != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "l'import de %s n'a pas pu remplacer les données %s : %v ; rien n'a été importé", source, s.path, renameErr)
	}
	s.mu.Lock()
	s.proj = nil
	s.mu.Unlock()
	return nil
}

// bytesPerRow is what an imported row takes in the store with its indexes and its share of the journal
// (BENCHMARKS.md: ≈ 1 000 B per invoice), to say how much room an import needs.
const bytesPerRow = 1000

func (s *Store) bulkInto(tmp string, batch func(w *txw, limit int) (bool, error), finish func(w *txw) error) error {
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if err := s.read(func(tx *bolt.Tx) error { _, err := tx.WriteTo(f); return err }); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	// The copy is synced once at the end: until it replaces the store, a crash only loses the copy.
	db, err := bolt.Open(tmp, 0o600, &bolt.Options{NoSync: true, NoGrowSync: true})
	if err != nil {
		return err
	}
	defer db.Close()
	for more := true; more; {
		err := db.Update(func(tx *bolt.Tx) error {
			w := newTxw(tx)
			var err error
			if more, err = batch(w, bulkBatch); err != nil {
				return err
			}
			return w.flush()
		})
		if err != nil {
			return err
		}
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		w := newTxw(tx)
		if err := finish(w); err != nil {
			return err
		}
		return w.flush()
	}); err != nil {
		return err
	}
	if err := db.Sync(); err != nil {
		return err
	}
	return db.Close()
}

// reopen opens the store's file again after it was closed to be replaced or shrunk.
func (s *Store) reopen() error {
	db, err := bolt.Open(s.path, 0o600, &bolt.Options{Timeout: s.timeout})
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "réouverture des données %s impossible : %v : fermez Relance et rouvrez-le", s.path, err)
	}
	s.db = db
	return nil
}

// noSpace recognises a write the disk had no room for; bbolt words some of them (« file resize error: … »)
// without wrapping the system error.
func noSpace(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, ErrDiskFull) || (err != nil && strings.Contains(err.Error(), "no space left on device"))
}

// size is the size of the store's file.
func (s *Store) size() int64 {
	if st, err := os.Stat(s.path); err == nil {
		return st.Size()
	}
	return 0
}

// diskFull words a write refused for lack of room: what was not written, the folder, the room needed when known
// and what is free, and what to do.
func (s *Store) diskFull(what string, need int64) error {
	dir := filepath.Dir(s.path)
	msg := "disque plein : " + what + " (dossier " + dir
	if need > 0 {
		msg += fmt.Sprintf(", il faut environ %s libres", megabytes(need))
	}
	if free, ok := freeSpace(dir); ok {
		msg += fmt.Sprintf(", %s disponibles", megabytes(free))
	}
	msg += ") : libérez de la place sur ce disque, ou choisissez un dossier de données sur un autre disque, puis recommencez"
	return &backend.Error{Code: backend.EUNAVAILABLE, Err: ErrDiskFull, Message: msg}
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return "1 Mo"
	}
	return fmt.Sprintf("%d Mo", (n+(1<<20)-1)>>20)
}

// giveBack shrinks the store's file to what its committed data uses, after a write the disk had no room for:
// bbolt grows the file before writing, and a failed commit leaves it grown. The file is closed and reopened
// while no transaction runs.
func (s *Store) giveBack() {
	s.swap.Lock()
	defer s.swap.Unlock()
	var need int64
	if err := s.db.View(func(tx *bolt.Tx) error { need = tx.Size(); return nil }); err != nil || need <= 0 || s.size() <= need {
		return
	}
	if err := s.db.Close(); err != nil {
		return
	}
	_ = os.Truncate(s.path, need)
	_ = s.reopen()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}

package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/store"
)

// A data file that no longer opens: the recovery screen lists the backups and restoring one brings the data back,
// the damaged file kept aside.
func TestRecoveryRestoresABackupOverDamagedData(t *testing.T) {
	env, _, _ := ledgerWithOverdue(t)
	dirs := env.Dirs
	if _, err := env.Store.ManualBackup(dirs.Backups); err != nil {
		t.Fatal(err)
	}
	env.Store.Close()
	if err := os.WriteFile(dirs.Store, []byte("ceci n'est plus une base bbolt, le disque a souffert"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := store.Open(dirs.Store, store.Options{})
	if err == nil {
		t.Fatal("damaged data opened")
	}
	restarted := false
	rec := &RecoveryAPI{dirs: dirs, problem: backend.ErrorMessage(err), restart: func() { restarted = true }}
	v, err := rec.State()
	if err != nil || !strings.Contains(v.Problem, "endommagé") || len(v.Backups) != 1 {
		t.Fatalf("state %+v %v", v, err)
	}
	if err := rec.RestoreBackup("../" + v.Backups[0].Name); backend.ErrorCode(err) != backend.EINVALID {
		t.Fatalf("path outside the backups: %v", err)
	}
	if err := rec.RestoreBackup(v.Backups[0].Name); err != nil || !restarted {
		t.Fatalf("restore %v (restarted %v)", err, restarted)
	}
	st, err := store.Open(dirs.Store, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if cls, _ := st.Clients(); len(cls) != 2 {
		t.Fatalf("clients after restore: %d", len(cls))
	}
	kept, _ := filepath.Glob(filepath.Join(dirs.Backups, "relance-before-restore-*.db"))
	if len(kept) != 1 {
		t.Fatalf("damaged file not kept aside: %v", kept)
	}
	// In the normal window there is no problem and nothing to restore.
	if _, err := (&RecoveryAPI{dirs: dirs}).State(); err != nil {
		t.Fatal(err)
	}
	if err := (&RecoveryAPI{dirs: dirs}).RestoreBackup("x.db"); backend.ErrorCode(err) != backend.ECONFLICT {
		t.Fatalf("restore without a problem: %v", err)
	}
}

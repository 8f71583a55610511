package cli

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"relance/backend/store"
)

// mountSmallDisk mounts a tmpfs of size bytes for the test, or skips when this machine cannot (not root).
func mountSmallDisk(t *testing.T, size int) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", fmt.Sprintf("size=%d", size), "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small disk here (%v: %s)", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", dir).Run() })
	return dir
}

// fill leaves about free bytes on the disk holding dir.
func fill(t *testing.T, dir string, free int64) string {
	t.Helper()
	avail, ok := freeBytes(dir)
	if !ok {
		t.Skip("free space unknown")
	}
	path := filepath.Join(dir, "remplissage.bin")
	if err := os.WriteFile(path, make([]byte, max(0, avail-free)), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// On a full disk, `relance import` says « disque plein » with the folder, the room needed and what to do — not an
// internal error pointing at a journal the command line does not have — and the store file is back to its size,
// whole: once room is made, the same import goes through. Both a small import (one transaction) and a large one
// (batches written into a copy of the store) are tried.
func TestImportOnFullDisk(t *testing.T) {
	disk := mountSmallDisk(t, 24<<20)
	work := t.TempDir()
	data := filepath.Join(disk, "relance")
	clients := filepath.Join(work, "clients.csv")
	writeClientsCSV(t, clients, 5000)
	if r := runCLI(t, data, "import", "clients", clients); r.code != 0 {
		t.Fatalf("clients: %+v", r)
	}
	db := filepath.Join(data, store.FileName)
	for _, tc := range []struct {
		name string
		size int64
	}{{"one transaction", 600 << 10}, {"in batches", 2 << 20}} {
		invoices := filepath.Join(work, strings.ReplaceAll(tc.name, " ", "-")+".csv")
		rows := writeInvoicesCSV(t, invoices, tc.size)
		before, _ := os.Stat(db)
		filler := fill(t, disk, 256<<10)
		r := runCLI(t, data, "import", "invoices", invoices)
		t.Logf("%s: %s", tc.name, r.stderr)
		if r.code != 1 || !strings.Contains(r.stderr, "disque plein : l'import de "+invoices+" n'a pas pu être écrit : rien n'a été importé") ||
			!strings.Contains(r.stderr, "(dossier "+data+", il faut environ ") || !strings.Contains(r.stderr, "libérez de la place sur ce disque") {
			t.Errorf("%s: %+v", tc.name, r)
		}
		if strings.Contains(r.stderr, "erreur interne") || strings.Contains(r.stderr, "journal") {
			t.Errorf("%s: an internal error on a full disk: %s", tc.name, r.stderr)
		}
		after, _ := os.Stat(db)
		if after.Size() > before.Size() { // bbolt grows the file ahead: given back, it may end smaller
			t.Errorf("%s: the store grew from %d to %d bytes", tc.name, before.Size(), after.Size())
		}
		if _, err := os.Stat(db + ".import"); !os.IsNotExist(err) {
			t.Errorf("%s: the import's copy is left on the full disk", tc.name)
		}
		os.Remove(filler)
		r = runCLI(t, data, "import", "invoices", invoices)
		if r.code != 0 || !strings.Contains(r.stdout, fmt.Sprintf("%d lignes", rows)) {
			t.Errorf("%s: after making room: %+v", tc.name, r)
		}
	}
}

func freeBytes(dir string) (int64, bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return int64(st.Bavail) * int64(st.Bsize), true
}

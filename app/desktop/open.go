package desktop

import (
	"os"
	"os/exec"
	"runtime"

	"relance/backend"
)

// OpenWithSystem opens a file or folder with the program the system associates with it.
func OpenWithSystem(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("explorer", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible d'ouvrir %s : %v", path, err)
	}
	go cmd.Wait()
	return nil
}

// Relaunch starts this program again with the same arguments, for after a restore.
func Relaunch() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	cmd := exec.Command(exe, os.Args[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Start()
}

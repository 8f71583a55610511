package backend

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
)

// CountFR writes a count with its noun, singular for 0 and 1 as French does (« 0 e-mail envoyé », « 2 e-mails
// envoyés »).
func CountFR(n int, one, many string) string {
	if n <= 1 && n >= -1 {
		return strconv.Itoa(n) + " " + one
	}
	return strconv.Itoa(n) + " " + many
}

// FileError words a system error about a file in French (the Go message is English: « no such file or directory »).
func FileError(err error) string {
	var pe *fs.PathError
	path := ""
	if errors.As(err, &pe) {
		path = pe.Path
	}
	var why string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		why = "fichier ou dossier introuvable"
	case errors.Is(err, fs.ErrPermission):
		why = "permission refusée"
	case errors.Is(err, fs.ErrExist):
		why = "le fichier existe déjà"
	case isDirPath(path):
		why = "c'est un dossier, pas un fichier"
	default:
		if pe != nil {
			why = pe.Err.Error()
		} else {
			why = err.Error()
		}
	}
	if path == "" {
		return why
	}
	return path + " : " + why
}

func isDirPath(p string) bool {
	st, err := os.Stat(p)
	return p != "" && err == nil && st.IsDir()
}

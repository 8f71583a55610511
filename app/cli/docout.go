package cli

import (
	"os"
	"path/filepath"

	"relance/app"
	"relance/backend"
)

// docOut is a document's --out file, all or nothing: opened beside its destination before the document is
// produced (so a folder that cannot be written refuses before anything is archived or journaled), and moved into
// place only once the archived copy is written in it.
type docOut struct {
	name string // as the user typed it, for messages
	dst  string
	part *os.File
}

// openDocOut checks --out and opens its temporary file; close must be deferred.
func (c *CLI) openDocOut(out string) (*docOut, error) {
	dst := c.file(out) // against the caller's directory when the window runs the command
	if isDir(dst) {
		return nil, backend.Errorf(backend.EINVALID, "--out %s est un dossier : donnez un nom de fichier (rien n'a été produit ni archivé)", out)
	}
	part, err := os.CreateTemp(filepath.Dir(dst), ".relance-*.part")
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire %s : %s (rien n'a été produit ni archivé)", out, backend.FileError(err))
	}
	return &docOut{name: out, dst: dst, part: part}, nil
}

// close removes the temporary file if it was not moved into place.
func (o *docOut) close() {
	o.part.Close()
	os.Remove(o.part.Name()) // fails harmlessly once moved into place
}

// write copies the archived document into --out. A failure here is rare (a disk full after the check): the
// document exists, in the archive, and the message says where.
func (o *docOut) write(env *app.Env, view app.DocumentView) error {
	content, err := app.Documents(env).Read(view.Document)
	if err != nil {
		return err
	}
	_, err = o.part.Write(content)
	if err == nil {
		err = o.part.Chmod(0o644)
	}
	if cerr := o.part.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.part.Name(), o.dst)
	}
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible d'écrire %s : %s ; le document est archivé dans %s", o.name, backend.FileError(err), view.Path)
	}
	return nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return p != "" && err == nil && st.IsDir()
}

package secret

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"

	"relance/backend"
)

// fileStore keeps secrets in a JSON file readable by the user only: the explicit fallback for a machine with no
// keychain (a headless server), as GitHub's gh does with --insecure-storage. It never lives in the data folder,
// so backups and exports never carry it.
type fileStore struct{ path string }

func (f fileStore) read() (map[string]string, error) {
	m := map[string]string{}
	b, err := os.ReadFile(f.path)
	if errors.Is(err, os.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "fichier de secrets %s illisible (%v)", f.path, err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "fichier de secrets %s abîmé : supprimez-le et reconnectez-vous", f.path)
	}
	return m, nil
}

func (f fileStore) get(key string) (string, bool, error) {
	m, err := f.read()
	if err != nil {
		return "", false, err
	}
	v, ok := m[key]
	return v, ok && v != "", nil
}

// set writes the whole file again through a temporary file (0600) renamed over it; "" removes the key.
func (f fileStore) set(key, value string) error {
	m, err := f.read()
	if err != nil {
		return err
	}
	if value == "" {
		if _, ok := m[key]; !ok {
			return nil
		}
		delete(m, key)
	} else {
		m[key] = value
	}
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "dossier %s impossible à créer (%v)", filepath.Dir(f.path), err)
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	tmp, err := os.CreateTemp(filepath.Dir(f.path), ".secrets-*")
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "fichier de secrets impossible à écrire (%v)", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err == nil {
		_, err = tmp.Write(b)
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), f.path)
		}
	}
	if err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "fichier de secrets %s impossible à écrire (%v)", f.path, err)
	}
	return nil
}

// DefaultInsecureFile is where --insecure-storage keeps secrets: the user's configuration folder, never the data
// folder.
func DefaultInsecureFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "Relance", "secrets-non-chiffres.json")
}

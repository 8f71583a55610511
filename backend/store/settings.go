package store

import (
	"encoding/json"

	bolt "go.etcd.io/bbolt"
)

// Setting reads the setting name into v; found is false when it was never saved (v is left as is).
func (s *Store) Setting(name string, v any) (found bool, err error) {
	err = s.read(func(tx *bolt.Tx) error {
		found, err = getRecord(tx.Bucket(bSettings), []byte(name), v)
		return err
	})
	return found, err
}

// SetSetting saves v under name.
func (s *Store) SetSetting(name string, v any) error {
	return s.write(func(tx *bolt.Tx) error { return putRecord(tx.Bucket(bSettings), []byte(name), v) })
}

// ImportLayout returns the column mapping remembered for a file layout of a kind.
func (s *Store) ImportLayout(kind, fingerprint string) (map[string]int, bool, error) {
	var m map[string]int
	var found bool
	err := s.read(func(tx *bolt.Tx) error {
		raw := tx.Bucket(bImportLayouts).Get([]byte(kind + "|" + fingerprint))
		if raw == nil {
			return nil
		}
		found = true
		return json.Unmarshal(raw, &m)
	})
	return m, found, err
}

// SetImportLayout remembers the column mapping chosen for a file layout.
func (s *Store) SetImportLayout(kind, fingerprint string, m map[string]int) error {
	return s.write(func(tx *bolt.Tx) error {
		return putRecord(tx.Bucket(bImportLayouts), []byte(kind+"|"+fingerprint), m)
	})
}

// DeleteSetting removes a setting (its default applies again).
func (s *Store) DeleteSetting(name string) error {
	return s.write(func(tx *bolt.Tx) error { return tx.Bucket(bSettings).Delete([]byte(name)) })
}

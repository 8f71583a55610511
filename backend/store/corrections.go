package store

import (
	"relance/backend"

	bolt "go.etcd.io/bbolt"
)

// The owner's corrections of how messages were read, as one setting ("inbox_corrections", oldest first): they are
// few, written one at a time, and read whole to build the classifier's local adjustment. MaxCorrections bounds them
// (with the text cut by the caller, a few hundred kilobytes at most); past it the oldest goes.
const (
	settingCorrections = "inbox_corrections"
	MaxCorrections     = 300
)

// ClassCorrections returns the corrections kept, oldest first.
func (s *Store) ClassCorrections() ([]backend.ClassCorrection, error) {
	var cs []backend.ClassCorrection
	_, err := s.Setting(settingCorrections, &cs)
	return cs, err
}

// AddClassCorrection keeps a correction. A message corrected again keeps one entry, with what Relance had read at
// first; corrected back to that reading, it is forgotten.
func (s *Store) AddClassCorrection(c backend.ClassCorrection) error {
	return s.write(func(tx *bolt.Tx) error {
		b := tx.Bucket(bSettings)
		var cs []backend.ClassCorrection
		if _, err := getRecord(b, []byte(settingCorrections), &cs); err != nil {
			return err
		}
		out := cs[:0]
		for _, x := range cs {
			if x.InteractionID == c.InteractionID {
				c.Was = x.Was
				continue
			}
			out = append(out, x)
		}
		if c.Class != c.Was {
			out = append(out, c)
		}
		if len(out) > MaxCorrections {
			out = out[len(out)-MaxCorrections:]
		}
		return putRecord(b, []byte(settingCorrections), out)
	})
}

// removeClientCorrections drops a client's corrections (their text is the client's words), inside an erasure.
func removeClientCorrections(tx *bolt.Tx, clientID uint64) error {
	b := tx.Bucket(bSettings)
	var cs []backend.ClassCorrection
	found, err := getRecord(b, []byte(settingCorrections), &cs)
	if err != nil || !found {
		return err
	}
	out := cs[:0]
	for _, x := range cs {
		if x.ClientID != clientID {
			out = append(out, x)
		}
	}
	return putRecord(b, []byte(settingCorrections), out)
}

package store

import (
	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// addEvent appends to the journal inside the caller's transaction.
func (s *Store) addEvent(w *txw, e backend.Event) error {
	b := w.tx.Bucket(bEvents)
	b.FillPercent = 1.0 // append-only: pack pages full
	id, err := b.NextSequence()
	if err != nil {
		return err
	}
	e.ID = id
	if e.At.IsZero() {
		e.At = s.now()
	}
	if err := putRecord(b, itob(id), e); err != nil {
		return err
	}
	if e.ClientID != 0 {
		w.put(bEventsByClient, pair(e.ClientID, id), nil)
	}
	return nil
}

// ClientEvents returns the journal of a client, newest first, at most limit entries (0 = all).
func (s *Store) ClientEvents(clientID uint64, limit int) ([]backend.Event, error) {
	var out []backend.Event
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bEventsByClient).Cursor()
		prefix := itob(clientID)
		// Seek past the last key of this client, then walk back.
		k, _ := c.Seek(itob(clientID + 1))
		if k == nil {
			k, _ = c.Last()
		} else {
			k, _ = c.Prev()
		}
		events := tx.Bucket(bEvents)
		for ; k != nil && string(k[:8]) == string(prefix); k, _ = c.Prev() {
			var e backend.Event
			if _, err := getRecord(events, k[8:], &e); err != nil {
				return err
			}
			out = append(out, e)
			if limit > 0 && len(out) >= limit {
				break
			}
		}
		return nil
	})
	return out, err
}

// Events returns the whole journal in order (exports).
func (s *Store) Events() ([]backend.Event, error) {
	var out []backend.Event
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bEvents).ForEach(func(k, v []byte) error {
			var e backend.Event
			if _, err := getRecord(tx.Bucket(bEvents), k, &e); err != nil {
				return err
			}
			out = append(out, e)
			return nil
		})
	})
	return out, err
}

package store

import (
	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// Client returns one client.
func (s *Store) Client(id uint64) (backend.Client, error) {
	var c backend.Client
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getRecord(tx.Bucket(bClients), itob(id), &c)
		if err == nil && !found {
			return notFound("client", id)
		}
		return err
	})
	return c, err
}

// ClientByCode returns the client with that code.
func (s *Store) ClientByCode(code string) (backend.Client, error) {
	var c backend.Client
	err := s.read(func(tx *bolt.Tx) error {
		id := tx.Bucket(bClientsByCode).Get([]byte(backend.NormalizeCode(code)))
		if id == nil {
			return backend.Errorf(backend.ENOTFOUND, "aucun client n'a le code « %s »", code)
		}
		_, err := getRecord(tx.Bucket(bClients), id, &c)
		return err
	})
	return c, err
}

// Clients returns every client in creation order.
func (s *Store) Clients() ([]backend.Client, error) {
	items, err := s.decodedClients()
	if err != nil {
		return nil, err
	}
	out := make([]backend.Client, len(items))
	for i := range items {
		out[i] = copyClient(items[i])
	}
	return out, nil
}

// SaveClient creates (ID 0) or updates a client after validating it.
func (s *Store) SaveClient(c *backend.Client) error {
	if err := c.Normalize(); err != nil {
		return err
	}
	err := s.update(func(w *txw) error {
		created, changed, err := s.putClient(w, c)
		if err != nil || !changed {
			return err
		}
		kind, summary := "client.updated", "Fiche client modifiée"
		if created {
			kind, summary = "client.created", "Client créé : "+c.Name
		}
		return s.addEvent(w, backend.Event{Kind: kind, ClientID: c.ID, EntityID: c.ID, Summary: summary})
	})
	if err != nil {
		return err
	}
	s.applyClients([]backend.Client{*c})
	return nil
}

// putClient writes a normalised client, keeping the code index unique. An unchanged client is not rewritten.
func (s *Store) putClient(w *txw, c *backend.Client) (created, changed bool, err error) {
	b := w.tx.Bucket(bClients)
	if other := w.get(bClientsByCode, []byte(c.Code)); other != nil && btoi(other) != c.ID {
		var o backend.Client
		_, _ = getRecord(b, other, &o)
		return false, false, &backend.Error{Code: backend.ECONFLICT, Fields: []backend.FieldError{{Field: "code",
			Message: "le code client « " + c.Code + " » est déjà utilisé par « " + o.Name + " »"}}}
	}
	now := s.now()
	if c.ID == 0 {
		id, err := b.NextSequence()
		if err != nil {
			return false, false, err
		}
		c.ID, c.CreatedAt, c.UpdatedAt = id, now, now
		created = true
	} else {
		var old backend.Client
		found, err := getRecord(b, itob(c.ID), &old)
		if err != nil {
			return false, false, err
		}
		if !found {
			return false, false, notFound("client", c.ID)
		}
		c.CreatedAt, c.UpdatedAt = old.CreatedAt, old.UpdatedAt
		if sameJSON(&old, c) {
			return false, false, nil
		}
		c.UpdatedAt = now
		if old.Code != c.Code {
			w.del(bClientsByCode, []byte(old.Code))
		}
	}
	if err := putRecord(b, itob(c.ID), c); err != nil {
		return false, false, err
	}
	w.put(bClientsByCode, []byte(c.Code), itob(c.ID))
	return created, true, nil
}

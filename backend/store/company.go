package store

import (
	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

var keyProfile = []byte("profile")

// Company returns the user's company profile (empty with 30-day terms when never filled in).
func (s *Store) Company() (backend.Company, error) {
	c := backend.Company{PaymentTermsDays: 30}
	err := s.read(func(tx *bolt.Tx) error {
		_, err := getRecord(tx.Bucket(bCompany), keyProfile, &c)
		return err
	})
	return c, err
}

// SaveCompany validates and stores the company profile.
func (s *Store) SaveCompany(c *backend.Company) error {
	if err := c.Normalize(); err != nil {
		return err
	}
	return s.update(func(w *txw) error {
		if err := putRecord(w.tx.Bucket(bCompany), keyProfile, c); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "company.updated", Summary: "Profil de l'entreprise mis à jour"})
	})
}

package store

import (
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// ScanInvoices calls fn with each invoice in ID order (the order of Invoices) without keeping them all: from the
// decoded invoices when they are current (the window), else decoded one at a time in one read transaction (the
// command line's exports: 100 000 invoices decoded and kept cost ~250 MB, #17). fn gets a copy it may keep; it
// runs inside the transaction, so it must not write to the store.
func (s *Store) ScanInvoices(fn func(inv *backend.Invoice) error) error {
	s.dmu.Lock()
	set := s.dec.invoices
	s.dmu.Unlock()
	if set.ok && set.gen == s.gen.Load() {
		for i := range set.items { // the kept slice is never changed in place: a new generation decodes a new one
			inv := set.items[i]
			if err := fn(&inv); err != nil {
				return err
			}
		}
		return nil
	}
	return s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bInvoices).ForEach(func(k, v []byte) error {
			var inv backend.Invoice
			if err := decodeInvoice(v, &inv); err != nil {
				return fmt.Errorf("store: decode %s/%x: %w", bInvoices, k, err)
			}
			return fn(&inv)
		})
	})
}

// DisputedInvoices returns the IDs of the invoices under an open dispute, reading the chase states one at a time.
func (s *Store) DisputedInvoices() (map[uint64]bool, error) {
	out := map[uint64]bool{}
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bInvoiceChase).ForEach(func(k, v []byte) error {
			var c backend.InvoiceChase
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("store: decode %s/%x: %w", bInvoiceChase, k, err)
			}
			if c.Disputed() {
				out[c.InvoiceID] = true
			}
			return nil
		})
	})
	return out, err
}

// AllInvoices returns a copy of every invoice in ID order, in one allocation.
func (s *Store) AllInvoices() ([]backend.Invoice, error) {
	items, err := s.decodedInvoices()
	if err != nil {
		return nil, err
	}
	return slices.Clone(items), nil // an invoice holds no slice or map: a shallow copy is a copy
}

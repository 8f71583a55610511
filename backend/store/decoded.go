package store

import (
	"encoding/json"
	"slices"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The invoices and payments, decoded once and kept until the next write. The first screen alone reads all of them
// three times (the dashboard, the day's plan, the bank matching) and decoding 100 000 invoices costs half a second
// each time. Every committed write, and a restore, moves the generation on; a copy decoded under an older one is
// decoded again on next use. Callers get copies: the kept records are never handed out.

// decodedSet is one kind of record decoded at a generation.
type decodedSet[T any] struct {
	gen   uint64
	ok    bool
	items []T
}

type decodedCache struct {
	invoices decodedSet[backend.Invoice]
	payments decodedSet[backend.Payment]
	byClient map[uint64][]int // positions in payments.items, per client, in payment order
}

// changed marks the decoded records out of date; called after every commit.
func (s *Store) changed() { s.gen.Add(1) }

// decodeAll returns the records of bucket decoded at the current generation, decoding them again if needed. The
// generation is read before the read transaction opens: a write committed meanwhile moves it on after its commit,
// so the set is never kept as current when it might be older than the data.
func decodeAll[T any](s *Store, set *decodedSet[T], bucket []byte) ([]T, bool, error) {
	g := s.gen.Load()
	if set.ok && set.gen == g {
		return set.items, false, nil
	}
	var items []T
	err := s.read(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		items = make([]T, 0, b.Stats().KeyN)
		return b.ForEach(func(_, v []byte) error {
			var x T
			if err := json.Unmarshal(v, &x); err != nil {
				return err
			}
			items = append(items, x)
			return nil
		})
	})
	if err != nil {
		return nil, false, err
	}
	set.gen, set.ok, set.items = g, true, items
	return items, true, nil
}

func (s *Store) decodedInvoices() ([]backend.Invoice, error) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	items, _, err := decodeAll(s, &s.dec.invoices, bInvoices)
	return items, err
}

// decodedPayments returns the payments and their positions per client.
func (s *Store) decodedPayments() ([]backend.Payment, map[uint64][]int, error) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	items, fresh, err := decodeAll(s, &s.dec.payments, bPayments)
	if err != nil {
		return nil, nil, err
	}
	if fresh || s.dec.byClient == nil {
		s.dec.byClient = make(map[uint64][]int)
		for i := range items {
			s.dec.byClient[items[i].ClientID] = append(s.dec.byClient[items[i].ClientID], i)
		}
	}
	return items, s.dec.byClient, nil
}

// copyPayment is a payment the caller may change without touching the kept one.
func copyPayment(p backend.Payment) backend.Payment {
	p.Allocations = slices.Clone(p.Allocations)
	return p
}

// Warm decodes the invoices and payments ahead of the first screen (the window calls it while the web view starts).
func (s *Store) Warm() error {
	if _, err := s.decodedInvoices(); err != nil {
		return err
	}
	_, _, err := s.decodedPayments()
	return err
}

package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The clients, invoices and payments, decoded once and kept until the next write. The first screen alone reads all of them
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
	clients  decodedSet[backend.Client]
	invoices decodedSet[backend.Invoice]
	payments decodedSet[backend.Payment]
	byClient map[uint64][]int // positions in payments.items, per client, in payment order
}

// changed marks the decoded records out of date; called after every commit.
func (s *Store) changed() { s.gen.Add(1) }

// Generation moves on after every committed write (and a restore): two reads at the same generation see the same
// data.
func (s *Store) Generation() uint64 { return s.gen.Load() }

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
		var raw [][]byte // valid while the transaction is open
		if err := tx.Bucket(bucket).ForEach(func(_, v []byte) error { raw = append(raw, v); return nil }); err != nil {
			return err
		}
		s.decoding.Store(&Decoding{Kind: string(bucket), Count: len(raw)})
		defer s.decoding.Store(nil)
		items = make([]T, len(raw))
		if err := decodeParallel(raw, items); err != nil {
			return fmt.Errorf("store: decode %s: %w", bucket, err)
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	set.gen, set.ok, set.items = g, true, items
	return items, true, nil
}

// decodeParallel decodes raw[i] into out[i] on every core: decoding is most of the cost of reading the ledger.
func decodeParallel[T any](raw [][]byte, out []T) error {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(raw)/1000))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(raw); i += workers {
				if err := decodeRecord(raw[i], &out[i]); err != nil {
					errs[w] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (s *Store) decodedClients() ([]backend.Client, error) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	items, _, err := decodeAll(s, &s.dec.clients, bClients)
	return items, err
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

// freshPayments returns the decoded payments only when they are current, without decoding: reading one client's
// payments through the index costs far less than decoding them all after a write.
func (s *Store) freshPayments() ([]backend.Payment, map[uint64][]int, bool) {
	s.dmu.Lock()
	defer s.dmu.Unlock()
	set := &s.dec.payments
	if !set.ok || set.gen != s.gen.Load() || s.dec.byClient == nil {
		return nil, nil, false
	}
	return set.items, s.dec.byClient, true
}

// copyClient is a client the caller may change without touching the kept one.
func copyClient(c backend.Client) backend.Client {
	c.Contacts = slices.Clone(c.Contacts)
	return c
}

// copyPayment is a payment the caller may change without touching the kept one.
func copyPayment(p backend.Payment) backend.Payment {
	p.Allocations = slices.Clone(p.Allocations)
	return p
}

// Decoding is what the store is decoding now: the kind of record (clients, invoices, payments) and how many.
type Decoding struct {
	Kind  string
	Count int
}

// decodingNow is the decode under way, nil when none (read by the window's start-up progress line).
type decodingNow = atomic.Pointer[Decoding]

// Decoding returns the decode under way, if any.
func (s *Store) Decoding() (Decoding, bool) {
	if d := s.decoding.Load(); d != nil {
		return *d, true
	}
	return Decoding{}, false
}

// Warm decodes the clients, invoices and payments ahead of the first screen (the window calls it while the web view
// starts).
func (s *Store) Warm() error {
	if _, err := s.decodedClients(); err != nil {
		return err
	}
	if _, err := s.decodedInvoices(); err != nil {
		return err
	}
	_, _, err := s.decodedPayments()
	return err
}

// decodeRecord decodes one stored record: an invoice, a payment or a client binary or JSON, anything else JSON.
func decodeRecord(raw []byte, v any) error {
	switch r := v.(type) {
	case *backend.Invoice:
		return decodeInvoice(raw, r)
	case *backend.Payment:
		return decodePayment(raw, r)
	case *backend.Client:
		return decodeClient(raw, r)
	}
	return json.Unmarshal(raw, v)
}

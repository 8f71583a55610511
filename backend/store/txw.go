package store

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// txw writes index entries of one transaction in sorted key order when it ends. bbolt splits nodes only at
// commit, so inserting 100 000 keys in random order into one transaction moves memory quadratically; sorted,
// each insert lands at the end of its node. Records themselves are keyed by increasing ids and written at once.
type txw struct {
	tx      *bolt.Tx
	pending map[string]map[string]pendingEntry // bucket → key → entry
}

type pendingEntry struct {
	val []byte
	del bool
}

func newTxw(tx *bolt.Tx) *txw { return &txw{tx: tx, pending: map[string]map[string]pendingEntry{}} }

// get reads an index entry, seeing this transaction's pending writes.
func (w *txw) get(bucket, key []byte) []byte {
	if e, ok := w.pending[string(bucket)][string(key)]; ok {
		if e.del {
			return nil
		}
		return e.val
	}
	return w.tx.Bucket(bucket).Get(key)
}

func (w *txw) put(bucket, key, val []byte) {
	m := w.pending[string(bucket)]
	if m == nil {
		m = map[string]pendingEntry{}
		w.pending[string(bucket)] = m
	}
	if val == nil {
		val = []byte{}
	}
	m[string(key)] = pendingEntry{val: val}
}

func (w *txw) del(bucket, key []byte) {
	m := w.pending[string(bucket)]
	if m == nil {
		m = map[string]pendingEntry{}
		w.pending[string(bucket)] = m
	}
	m[string(key)] = pendingEntry{del: true}
}

// flush applies the pending index writes, bucket by bucket, in key order.
func (w *txw) flush() error {
	for name, m := range w.pending {
		b := w.tx.Bucket([]byte(name))
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int { return bytes.Compare([]byte(a), []byte(b)) })
		if len(keys) > 1000 {
			b.FillPercent = 0.9 // a bulk load packs pages; later single inserts still have room
		}
		for _, k := range keys {
			e := m[k]
			var err error
			if e.del {
				err = b.Delete([]byte(k))
			} else {
				err = b.Put([]byte(k), e.val)
			}
			if err != nil {
				return err
			}
		}
	}
	clear(w.pending)
	return nil
}

// update runs fn in a write transaction with a txw, flushing the index writes before commit.
func (s *Store) update(fn func(w *txw) error) error {
	return s.write(func(tx *bolt.Tx) error {
		w := newTxw(tx)
		if err := fn(w); err != nil {
			return err
		}
		return w.flush()
	})
}

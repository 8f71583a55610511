package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

var (
	bMeta              = []byte("meta")
	bCompany           = []byte("company")
	bClients           = []byte("clients")
	bClientsByCode     = []byte("clients_by_code")
	bInvoices          = []byte("invoices")
	bInvoicesByNumber  = []byte("invoices_by_number")
	bInvoicesByClient  = []byte("invoices_by_client")
	bPayments          = []byte("payments")
	bPaymentsByClient  = []byte("payments_by_client")
	bPaymentsByKey     = []byte("payments_by_key")
	bEvents            = []byte("events")
	bEventsByClient    = []byte("events_by_client")
	bSettings          = []byte("settings")
	bImportLayouts     = []byte("import_layouts")
	bDocuments         = []byte("documents")
	bDocumentsByClient = []byte("documents_by_client")
	bScenarios         = []byte("scenarios")
	bInvoiceChase      = []byte("invoice_chase")
	bClientChase       = []byte("client_chase")
	bExecuted          = []byte("executed_actions")
	bOutbox            = []byte("outbox")
	bOutboxByAction    = []byte("outbox_by_action")
	bOutboxByMessage   = []byte("outbox_by_message")
	bFollowUps         = []byte("follow_ups")
	bBankLines         = []byte("bank_lines")
	bInteractions      = []byte("interactions")
	bInteractionsByMsg = []byte("interactions_by_message")
	bInteractionsByCl  = []byte("interactions_by_client")
	bInteractionText   = []byte("interaction_text")
	bInteractionsNew   = []byte("interactions_new")
	bOutboxOpen        = []byte("outbox_open")
	bMailboxState      = []byte("mailbox_state")
)

// ErrBusy is behind the error of Open when another Relance holds the file.
var ErrBusy = errors.New("store busy")

// FileName is the store's file inside the data directory.
const FileName = "relance.db"

// Store is the ledger. It is safe for concurrent use; bbolt serialises writers.
type Store struct {
	db    *bolt.DB
	path  string
	clock backend.Clock

	mu   sync.Mutex // guards proj
	proj *projection

	swap sync.RWMutex // held for writing only while a restore or an import replaces the file under db
	wmu  sync.Mutex   // one writer: held by every write transaction, and by a bulk import from copy to swap

	timeout time.Duration // Options.Timeout, to reopen the file

	gen      atomic.Uint64 // moves on after every commit: see decoded.go
	dmu      sync.Mutex    // guards dec
	decoding decodingNow   // what decodeAll is reading now, for the start-up progress line
	dec      decodedCache
}

func (s *Store) read(fn func(*bolt.Tx) error) error {
	s.swap.RLock()
	defer s.swap.RUnlock()
	return s.db.View(fn)
}

func (s *Store) write(fn func(*bolt.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	err := s.update1(fn)
	if noSpace(err) {
		s.giveBack()
		return s.diskFull("la modification n'a pas été enregistrée, rien n'a changé, la place prise a été rendue", 0)
	}
	return err
}

func (s *Store) update1(fn func(*bolt.Tx) error) error {
	s.swap.RLock()
	defer s.swap.RUnlock()
	defer s.changed() // after the commit (or the rollback: harmless)
	return s.db.Update(fn)
}

// Options tune Open.
type Options struct {
	Clock    backend.Clock
	Timeout  time.Duration // how long to wait for another process holding the file; default 1 s
	ReadOnly bool
}

// Open opens (creating if needed) the store at path and migrates it to the current schema.
func Open(path string, o Options) (*Store, error) {
	if o.Clock == nil {
		o.Clock = backend.SystemClock{}
	}
	if o.Timeout == 0 {
		o.Timeout = time.Second
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, backend.Errorf(backend.EUNAVAILABLE, "impossible de créer le dossier de données %s : %v", filepath.Dir(path), err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: o.Timeout, ReadOnly: o.ReadOnly})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, &backend.Error{Code: backend.EUNAVAILABLE, Err: ErrBusy,
				Message: fmt.Sprintf("les données %s sont déjà ouvertes par une autre fenêtre ou commande Relance : fermez-la puis réessayez", path)}
		}
		if errors.Is(err, bolt.ErrInvalid) || errors.Is(err, bolt.ErrChecksum) || errors.Is(err, bolt.ErrVersionMismatch) {
			return nil, backend.Errorf(backend.EUNAVAILABLE, "le fichier %s est endommagé ou n'est pas un fichier Relance (%v) : restaurez la dernière sauvegarde (relance restore)", path, err)
		}
		return nil, backend.Errorf(backend.EUNAVAILABLE, "impossible d'ouvrir les données %s : %v", path, err)
	}
	s := &Store{db: db, path: path, clock: o.Clock, timeout: o.Timeout}
	if !o.ReadOnly {
		// A copy left by an import that never finished (the process was killed): the store never saw it.
		_ = os.Remove(path + importSuffix)
		_ = os.Remove(path + compactSuffix) // likewise a compaction's
		rewrote, err := migrate(db)
		if err != nil {
			db.Close()
			return nil, err
		}
		if rewrote {
			// Once, after the migration is committed: the compacted copy replaces the file, or the file stays.
			_ = compactFile(db, path)
			if err := s.reopen(); err != nil {
				return nil, err
			}
		}
	} else if err := checkVersion(db); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close releases the file.
func (s *Store) Close() error { return s.db.Close() }

// Path is the file behind the store.
func (s *Store) Path() string { return s.path }

// Clock is the clock the store stamps records with.
func (s *Store) Clock() backend.Clock { return s.clock }

func (s *Store) now() time.Time { return s.clock.Now().UTC().Truncate(time.Second) }

func itob(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func btoi(b []byte) uint64 { return binary.BigEndian.Uint64(b) }

// pair builds a composite index key a|b of two ids.
func pair(a, b uint64) []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k, a)
	binary.BigEndian.PutUint64(k[8:], b)
	return k
}

// getRecord reads the record at key into v: JSON, or an invoice's binary form (invoicecodec.go). found is false
// when there is none.
func getRecord(b *bolt.Bucket, key []byte, v any) (found bool, err error) {
	raw := b.Get(key)
	if raw == nil {
		return false, nil
	}
	if err = decodeRecord(raw, v); err != nil {
		return true, fmt.Errorf("store: decode %s/%x: %w", "record", key, err)
	}
	return true, nil
}

// putRecord writes v at key: an invoice, a payment or a client in its binary form, anything else as JSON.
func putRecord(b *bolt.Bucket, key []byte, v any) error {
	var raw []byte
	var err error
	switch r := v.(type) {
	case *backend.Invoice:
		raw, err = encodeInvoice(r)
	case *backend.Payment:
		raw, err = encodePayment(r)
	case backend.Payment:
		raw, err = encodePayment(&r)
	case *backend.Client:
		raw, err = encodeClient(r)
	case backend.Client:
		raw, err = encodeClient(&r)
	default:
		raw, err = json.Marshal(v)
	}
	if err != nil {
		return err
	}
	return b.Put(key, raw)
}

// errRollback ends a write transaction without committing (dry runs).
var errRollback = errors.New("rollback")

func notFound(what string, id any) error {
	return backend.Errorf(backend.ENOTFOUND, "%s %v introuvable", what, id)
}

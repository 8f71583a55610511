package store

import (
	"encoding/binary"
	"encoding/json"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// migrations run in order; migration i brings the store from version i to i+1. Never edit a released one:
// append a new one, and a test for it.
var migrations = []func(tx *bolt.Tx) error{
	// 1: the initial ledger.
	func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bCompany, bClients, bClientsByCode, bInvoices, bInvoicesByNumber,
			bInvoicesByClient, bPayments, bPaymentsByClient, bEvents, bEventsByClient, bSettings, bImportLayouts} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	// 2: natural keys of payments, so that importing the same bank or payments file twice adds nothing.
	func(tx *bolt.Tx) error {
		byKey, err := tx.CreateBucketIfNotExists(bPaymentsByKey)
		if err != nil {
			return err
		}
		return tx.Bucket(bPayments).ForEach(func(k, v []byte) error {
			var p backend.Payment
			if _, err := getRecord(tx.Bucket(bPayments), k, &p); err != nil {
				return err
			}
			return byKey.Put(paymentKey(firstInvoiceNumber(tx, &p), &p), k)
		})
	},
	// 3: the archive of generated documents (proof of formal notices, statements, dossiers).
	func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bDocuments, bDocumentsByClient} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	// 4: the chase: reminder scenarios (the defaults, editable), invoices' and clients' chase state, and the
	// actions carried out (by plan ID, so that none is executed twice).
	func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bInvoiceChase, bClientChase, bExecuted} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return seedScenarios(tx)
	},
	// 5: the outbox of e-mails (each written before it is sent, unique per action and per Message-ID) and the
	// follow-ups created when an e-mail cannot reach the client.
	func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bOutbox, bOutboxByAction, bOutboxByMessage, bFollowUps} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	// 6: imported bank statement lines, one per line whatever the overlapping imports.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bBankLines)
		return err
	},
	// 7: messages received from clients (the watched mailbox), their full text apart, and where the watcher
	// stands in each folder.
	func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bInteractions, bInteractionsByMsg, bInteractionsByCl, bInteractionText, bMailboxState} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		return nil
	},
	// 8: the messages still to be read, apart: with years of history (hundreds of thousands of messages) the
	// badges and the to-do list read only these.
	func(tx *bolt.Tx) error {
		idx, err := tx.CreateBucketIfNotExists(bInteractionsNew)
		if err != nil {
			return err
		}
		return tx.Bucket(bInteractions).ForEach(func(k, v []byte) error {
			var it backend.Interaction
			if err := json.Unmarshal(v, &it); err != nil {
				return err
			}
			if it.Status != backend.InteractionNew {
				return nil
			}
			return idx.Put(k, itob(it.ClientID))
		})
	},
	// 9: the e-mails not sent (waiting, being sent, failed, uncertain, cancelled), apart: after years of reminders the
	// sender, its badges and the start-up read only these, not every message ever sent.
	func(tx *bolt.Tx) error {
		idx, err := tx.CreateBucketIfNotExists(bOutboxOpen)
		if err != nil {
			return err
		}
		return tx.Bucket(bOutbox).ForEach(func(k, v []byte) error {
			var m struct {
				State backend.OutboxState `json:"state"`
			}
			if err := json.Unmarshal(v, &m); err != nil {
				return err
			}
			if m.State != backend.OutboxSent {
				return idx.Put(k, []byte(m.State))
			}
			return nil
		})
	},
	// 10: a ledger filled with demo data by a version that did not mark it is marked (settings "demo"): older demo
	// clients had real mail domains, and the mark is what stops reminders to them.
	markOldDemo,
	// 11: what the insolvency watch learned of each client's company (BODACC proceedings, directory state) and the
	// owner's claim declarations.
	func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bCompanyChecks)
		return err
	},
	// 12: invoices in their binary form (invoicecodec.go): read several times faster at every start.
	invoicesToBinary,
	// 13: payments in the same binary form (paymentcodec.go).
	paymentsToBinary,
	// 14: clients likewise (clientcodec.go).
	func(tx *bolt.Tx) error { return rewriteJSON[backend.Client](tx.Bucket(bClients), clientV1) },
}

// invoicesToBinary rewrites the JSON invoices in the binary form, in the migration's one transaction.
func invoicesToBinary(tx *bolt.Tx) error {
	return rewriteJSON[backend.Invoice](tx.Bucket(bInvoices), invoiceV1)
}

// paymentsToBinary rewrites the JSON payments in the binary form, in the migration's one transaction.
func paymentsToBinary(tx *bolt.Tx) error {
	return rewriteJSON[backend.Payment](tx.Bucket(bPayments), paymentV1)
}

// rewriteJSON reads again every record of b not yet in the binary form (tagged binaryTag) and writes it back, which
// putRecord does in the binary form.
func rewriteJSON[T any](b *bolt.Bucket, binaryTag byte) error {
	var keys [][]byte
	if err := b.ForEach(func(k, v []byte) error {
		if len(v) > 0 && v[0] != binaryTag {
			keys = append(keys, append([]byte(nil), k...))
		}
		return nil
	}); err != nil {
		return err
	}
	for _, k := range keys {
		var rec T
		if _, err := getRecord(b, k, &rec); err != nil {
			return err
		}
		if err := putRecord(b, k, &rec); err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion is the version this build writes.
var SchemaVersion = uint64(len(migrations))

func version(tx *bolt.Tx) uint64 {
	m := tx.Bucket(bMeta)
	if m == nil {
		return 0
	}
	v := m.Get([]byte("schema"))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// migrate brings the store to SchemaVersion; rewrote tells whether one of the migrations run rewrote every record
// of a kind (the file is then worth compacting).
func migrate(db *bolt.DB) (rewrote bool, err error) {
	var current uint64
	if err := db.View(func(tx *bolt.Tx) error { current = version(tx); return nil }); err != nil {
		return false, err
	}
	if current > SchemaVersion {
		return false, backend.Errorf(backend.EUNAVAILABLE, "ces données viennent d'une version plus récente de Relance (schéma %d, cette version connaît le %d) : mettez Relance à jour", current, SchemaVersion)
	}
	for v := current; v < SchemaVersion; v++ {
		err := db.Update(func(tx *bolt.Tx) error {
			m, err := tx.CreateBucketIfNotExists(bMeta)
			if err != nil {
				return err
			}
			if err := migrations[v](tx); err != nil {
				return err
			}
			return m.Put([]byte("schema"), itob(v+1))
		})
		if err != nil {
			return rewrote, backend.Errorf(backend.EINTERNAL, "mise à jour des données vers le schéma %d impossible : %v", v+1, err)
		}
		// A store created empty by this version (current 0) has nothing to rewrite.
		rewrote = rewrote || (current > 0 && rewritingMigrations[v+1])
	}
	return rewrote, nil
}

func checkVersion(db *bolt.DB) error {
	return db.View(func(tx *bolt.Tx) error {
		v := version(tx)
		if v == 0 {
			return backend.Errorf(backend.EINVALID, "ce fichier n'est pas une base Relance")
		}
		if v > SchemaVersion {
			return backend.Errorf(backend.EUNAVAILABLE, "ces données viennent d'une version plus récente de Relance (schéma %d) : mettez Relance à jour", v)
		}
		return nil
	})
}

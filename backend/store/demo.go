package store

import (
	"bytes"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// settingDemo marks a ledger filled with demo data: while it is there, Relance sends no e-mail outside the reserved
// domains (see app/demo_guard.go). Written by LoadDemo, removed by EraseDemo.
const settingDemo = "demo"

// DemoMark says when demo data was loaded and how much.
type DemoMark struct {
	LoadedAt time.Time `json:"loadedAt"`
	Clients  int       `json:"clients"`
	Invoices int       `json:"invoices"`
	Messages int       `json:"messages"`
	Migrated bool      `json:"migrated,omitempty"` // marked by migration 10: loaded by a version that did not mark
}

// DemoMark returns the demo mark; found is false for a real ledger.
func (s *Store) DemoMark() (m DemoMark, found bool, err error) {
	found, err = s.Setting(settingDemo, &m)
	return m, found, err
}

// demoBuckets hold the ledger proper: what EraseDemo empties. Settings (the mailbox, preferences), import layouts,
// scenarios and where the mailbox watcher stands are the owner's, not the demo's, and stay.
var demoBuckets = [][]byte{bClients, bClientsByCode, bInvoices, bInvoicesByNumber, bInvoicesByClient, bPayments,
	bPaymentsByClient, bPaymentsByKey, bEvents, bEventsByClient, bDocuments, bDocumentsByClient, bInvoiceChase,
	bClientChase, bExecuted, bOutbox, bOutboxByAction, bOutboxByMessage, bOutboxOpen, bFollowUps, bBankLines,
	bInteractions, bInteractionsByMsg, bInteractionsByCl, bInteractionText, bInteractionsNew}

// DemoErased is what EraseDemo removed.
type DemoErased struct {
	Clients, Invoices, Payments, Messages, Outbox, Documents int
	Files                                                    []string // documents' files, relative to the data folder, for the caller to delete
	Company                                                  bool     // the demo company profile was removed too
}

// EraseDemo empties a ledger marked as demo data, in one transaction: clients, invoices, payments, the journal,
// documents, the outbox (nothing queued for a demo client can leave afterwards), received messages, bank lines and
// chase state. With company, the company profile goes too (the caller checks it is the fictional one). The mark
// is removed and the erasure is the first entry of the new journal. A ledger that is not marked is refused.
func (s *Store) EraseDemo(company bool) (DemoErased, error) {
	var out DemoErased
	err := s.update(func(w *txw) error {
		tx := w.tx
		if tx.Bucket(bSettings).Get([]byte(settingDemo)) == nil {
			return backend.Errorf(backend.ECONFLICT, "ces données ne sont pas des données de démonstration : rien n'a été effacé")
		}
		count := func(name []byte) int { return tx.Bucket(name).Stats().KeyN }
		out.Clients, out.Invoices, out.Payments = count(bClients), count(bInvoices), count(bPayments)
		out.Messages, out.Outbox, out.Documents = count(bInteractions), count(bOutbox), count(bDocuments)
		err := tx.Bucket(bDocuments).ForEach(func(k, v []byte) error {
			var d backend.Document
			if _, err := getRecord(tx.Bucket(bDocuments), k, &d); err != nil {
				return err
			}
			if d.File != "" {
				out.Files = append(out.Files, d.File)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, name := range demoBuckets {
			// Sequences carry on: an id (or a Message-ID built from one) is never handed out twice.
			seq := tx.Bucket(name).Sequence()
			if err := tx.DeleteBucket(name); err != nil {
				return fmt.Errorf("erase %s: %w", name, err)
			}
			b, err := tx.CreateBucket(name)
			if err != nil {
				return err
			}
			if err := b.SetSequence(seq); err != nil {
				return err
			}
		}
		if company {
			if err := tx.Bucket(bCompany).Delete(keyProfile); err != nil {
				return err
			}
			out.Company = true
		}
		if err := tx.Bucket(bSettings).Delete([]byte(settingDemo)); err != nil {
			return err
		}
		// A reprise of the demo's invoices has nothing left to take over; the next fill brings its own.
		if err := tx.Bucket(bSettings).Delete([]byte(settingReprise)); err != nil {
			return err
		}
		summary := fmt.Sprintf("Données de démonstration effacées : %d clients, %d factures, %d règlements, %d messages reçus, %d e-mails de la boîte d'envoi, %d documents",
			out.Clients, out.Invoices, out.Payments, out.Messages, out.Outbox, out.Documents)
		if company {
			summary += ", profil de l'entreprise fictive"
		}
		return s.addEvent(w, backend.Event{Kind: "demo.erased", Summary: summary})
	})
	if err != nil {
		return DemoErased{}, err
	}
	s.dropProjection()
	return out, nil
}

// markOldDemo is migration 10: a ledger where demo data was loaded (its journal says so) by a version that did not
// mark it is marked now. Those versions used real mail domains for demo clients, so this is what keeps their
// reminders from leaving.
func markOldDemo(tx *bolt.Tx) error {
	settings := tx.Bucket(bSettings)
	if settings.Get([]byte(settingDemo)) != nil {
		return nil
	}
	var found *backend.Event
	c := tx.Bucket(bEvents).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if !bytes.Contains(v, []byte(`"demo.loaded"`)) {
			continue
		}
		var e backend.Event
		if _, err := getRecord(tx.Bucket(bEvents), k, &e); err != nil {
			return err
		}
		if e.Kind == "demo.loaded" {
			found = &e
			break
		}
	}
	if found == nil {
		return nil
	}
	return putRecord(settings, []byte(settingDemo), DemoMark{LoadedAt: found.At, Clients: tx.Bucket(bClients).Stats().KeyN,
		Invoices: tx.Bucket(bInvoices).Stats().KeyN, Messages: tx.Bucket(bInteractions).Stats().KeyN, Migrated: true})
}

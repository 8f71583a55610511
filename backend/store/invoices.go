package store

import (
	"bytes"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// Invoice returns one invoice.
func (s *Store) Invoice(id uint64) (backend.Invoice, error) {
	var inv backend.Invoice
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getRecord(tx.Bucket(bInvoices), itob(id), &inv)
		if err == nil && !found {
			return notFound("facture", id)
		}
		return err
	})
	return inv, err
}

// InvoiceByNumber returns the invoice with that number.
func (s *Store) InvoiceByNumber(number string) (backend.Invoice, error) {
	var inv backend.Invoice
	err := s.read(func(tx *bolt.Tx) error {
		id := tx.Bucket(bInvoicesByNumber).Get([]byte(backend.NormalizeInvoiceNumber(number)))
		if id == nil {
			return backend.Errorf(backend.ENOTFOUND, "aucune facture n'a le numéro « %s »", number)
		}
		_, err := getRecord(tx.Bucket(bInvoices), id, &inv)
		return err
	})
	return inv, err
}

// Invoices calls fn for every invoice in creation order, as the last commit left them.
func (s *Store) Invoices(fn func(inv *backend.Invoice) error) error {
	items, err := s.decodedInvoices()
	if err != nil {
		return err
	}
	for i := range items {
		inv := items[i] // a copy: an invoice holds no slice or map
		if err := fn(&inv); err != nil {
			return err
		}
	}
	return nil
}

// InvoicesWhere returns a copy of the invoices keep accepts, in ID order and in one allocation (appending tens of
// thousands of open invoices one by one moved them ~17 times: a fifth of `relance run`, #17). keep sees only the
// fields FigureInvoices fills (amounts, dates, status, client). A process that keeps the ledger decoded (the window)
// filters its decoded invoices; one that has not decoded them (a command) reads each record's figures and decodes
// whole only the invoices kept — the day's plan wants the few owed, not five years of paid ones.
func (s *Store) InvoicesWhere(keep func(inv *backend.Invoice) bool) ([]backend.Invoice, error) {
	s.dmu.Lock()
	kept := s.dec.invoices.ok
	s.dmu.Unlock()
	if !kept {
		return s.scanInvoicesWhere(keep)
	}
	items, err := s.decodedInvoices()
	if err != nil {
		return nil, err
	}
	n := 0
	for i := range items {
		if keep(&items[i]) {
			n++
		}
	}
	out := make([]backend.Invoice, 0, n)
	for i := range items {
		if keep(&items[i]) {
			out = append(out, items[i]) // a copy: an invoice holds no slice or map
		}
	}
	return out, nil
}

func (s *Store) scanInvoicesWhere(keep func(inv *backend.Invoice) bool) ([]backend.Invoice, error) {
	var out []backend.Invoice
	err := s.read(func(tx *bolt.Tx) error {
		var raw [][]byte // valid while the transaction is open
		var fig backend.Invoice
		err := tx.Bucket(bInvoices).ForEach(func(k, v []byte) error {
			if err := decodeInvoiceFigures(v, &fig); err != nil {
				return fmt.Errorf("store: decode %s/%x: %w", bInvoices, k, err)
			}
			if keep(&fig) {
				raw = append(raw, v)
			}
			return nil
		})
		if err != nil {
			return err
		}
		out = make([]backend.Invoice, len(raw))
		return decodeParallel(raw, out)
	})
	return out, err
}

// ClientInvoices returns the invoices of one client.
func (s *Store) ClientInvoices(clientID uint64) ([]backend.Invoice, error) {
	var out []backend.Invoice
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bInvoicesByClient).Cursor()
		prefix := itob(clientID)
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var inv backend.Invoice
			if _, err := getRecord(tx.Bucket(bInvoices), k[8:], &inv); err != nil {
				return err
			}
			out = append(out, inv)
		}
		return nil
	})
	return out, err
}

// SaveInvoice creates (ID 0) or updates an invoice after validating it.
func (s *Store) SaveInvoice(inv *backend.Invoice) error {
	if err := inv.Normalize(); err != nil {
		return err
	}
	err := s.update(func(w *txw) error {
		created, changed, err := s.putInvoice(w, inv)
		if err != nil || !changed {
			return err
		}
		kind, summary := "invoice.updated", "Facture "+inv.Number+" modifiée"
		if created {
			kind, summary = "invoice.created", "Facture "+inv.Number+" créée ("+backend.FormatEUR(inv.AmountInclTax)+" TTC)"
		}
		return s.addEvent(w, backend.Event{Kind: kind, ClientID: inv.ClientID, EntityID: inv.ID, Summary: summary})
	})
	if err != nil {
		return err
	}
	s.applyInvoices([]backend.Invoice{*inv})
	return nil
}

// SetInvoiceStatus cancels, writes off or reopens an invoice, and journals why.
func (s *Store) SetInvoiceStatus(id uint64, status backend.InvoiceStatus, note string) (backend.Invoice, error) {
	var inv backend.Invoice
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bInvoices), itob(id), &inv)
		if err != nil {
			return err
		}
		if !found {
			return notFound("facture", id)
		}
		var summary string
		switch status {
		case backend.StatusCancelled:
			summary = "Facture " + inv.Number + " annulée"
		case backend.StatusWrittenOff:
			summary = "Facture " + inv.Number + " passée en perte"
		case backend.StatusOpen:
			summary = "Facture " + inv.Number + " rouverte"
			status = ""
		default:
			return backend.Errorf(backend.EINVALID, "statut « %s » : seuls l'annulation, le passage en perte et la réouverture se décident à la main", status)
		}
		if note != "" {
			summary += " — " + note
		}
		inv.Status = status
		inv.SettleStatus()
		inv.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bInvoices), itob(id), &inv); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "invoice.status", ClientID: inv.ClientID, EntityID: id, Summary: summary})
	})
	if err != nil {
		return inv, err
	}
	s.applyInvoices([]backend.Invoice{inv})
	return inv, nil
}

// putInvoice writes a normalised invoice, keeping the number unique and the client index right.
func (s *Store) putInvoice(w *txw, inv *backend.Invoice) (created, changed bool, err error) {
	b := w.tx.Bucket(bInvoices)
	if w.tx.Bucket(bClients).Get(itob(inv.ClientID)) == nil {
		return false, false, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "clientId",
			Message: "choisissez le client de la facture"}}}
	}
	if other := w.get(bInvoicesByNumber, []byte(inv.Number)); other != nil && btoi(other) != inv.ID {
		return false, false, &backend.Error{Code: backend.ECONFLICT, Fields: []backend.FieldError{{Field: "number",
			Message: "le numéro de facture « " + inv.Number + " » existe déjà"}}}
	}
	now := s.now()
	if inv.ID == 0 {
		b.FillPercent = 1.0 // new ids are always the highest key
		id, err := b.NextSequence()
		if err != nil {
			return false, false, err
		}
		inv.ID, inv.CreatedAt, inv.UpdatedAt = id, now, now
		created = true
	} else {
		var old backend.Invoice
		found, err := getRecord(b, itob(inv.ID), &old)
		if err != nil {
			return false, false, err
		}
		if !found {
			return false, false, notFound("facture", inv.ID)
		}
		inv.CreatedAt, inv.UpdatedAt = old.CreatedAt, old.UpdatedAt
		if sameJSON(&old, inv) {
			return false, false, nil
		}
		inv.UpdatedAt = now
		if old.Number != inv.Number {
			w.del(bInvoicesByNumber, []byte(old.Number))
		}
		if old.ClientID != inv.ClientID {
			w.del(bInvoicesByClient, pair(old.ClientID, old.ID))
		}
	}
	if err := putRecord(b, itob(inv.ID), inv); err != nil {
		return false, false, err
	}
	w.put(bInvoicesByNumber, []byte(inv.Number), itob(inv.ID))
	w.put(bInvoicesByClient, pair(inv.ClientID, inv.ID), nil)
	return created, true, nil
}

// sameJSON compares two records by their stored form.
func sameJSON(a, b any) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && bytes.Equal(ja, jb)
}

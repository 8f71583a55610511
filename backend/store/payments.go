package store

import (
	"bytes"
	"strings"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// paymentKey is a payment's natural identity: the same line of a payments or bank file imported twice has it.
func paymentKey(tx *bolt.Tx, p *backend.Payment) string {
	first := ""
	if len(p.Allocations) > 0 {
		var inv backend.Invoice
		if ok, _ := getJSON(tx.Bucket(bInvoices), itob(p.Allocations[0].InvoiceID), &inv); ok {
			first = inv.Number
		}
	}
	return strings.Join([]string{p.Date.String(), p.Amount.String(), first, strings.TrimSpace(p.Reference)}, "|")
}

// RecordPayment stores a payment of a client and settles the invoices it is allocated to. What is not allocated
// stays as a credit of the client.
func (s *Store) RecordPayment(p *backend.Payment) error {
	if err := p.Normalize(); err != nil {
		return err
	}
	var touched []backend.Invoice
	err := s.write(func(tx *bolt.Tx) error {
		var err error
		touched, err = s.putPayment(tx, p, true)
		if err != nil {
			return err
		}
		return s.addEvent(tx, backend.Event{Kind: "payment.recorded", ClientID: p.ClientID, EntityID: p.ID,
			Summary: "Paiement reçu : " + backend.FormatEUR(p.Amount) + " le " + p.Date.French()})
	})
	if err != nil {
		return err
	}
	s.applyInvoices(touched)
	return nil
}

// putPayment writes a new payment; with settle, its allocations are added to the invoices' amounts paid.
func (s *Store) putPayment(tx *bolt.Tx, p *backend.Payment, settle bool) ([]backend.Invoice, error) {
	if tx.Bucket(bClients).Get(itob(p.ClientID)) == nil {
		return nil, notFound("client", p.ClientID)
	}
	var touched []backend.Invoice
	for _, a := range p.Allocations {
		var inv backend.Invoice
		found, err := getJSON(tx.Bucket(bInvoices), itob(a.InvoiceID), &inv)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, notFound("facture", a.InvoiceID)
		}
		if inv.ClientID != p.ClientID {
			return nil, backend.Errorf(backend.EINVALID, "la facture %s n'est pas de ce client", inv.Number)
		}
		if !settle {
			continue
		}
		if a.Amount > inv.Remaining() {
			return nil, backend.Errorf(backend.EINVALID, "la facture %s n'a plus que %s à régler : affectez le reste en avoir", inv.Number, backend.FormatEUR(inv.Remaining()))
		}
		inv.AmountPaid += a.Amount
		inv.SettleStatus()
		inv.UpdatedAt = s.now()
		if err := putJSON(tx.Bucket(bInvoices), itob(inv.ID), &inv); err != nil {
			return nil, err
		}
		touched = append(touched, inv)
	}
	b := tx.Bucket(bPayments)
	b.FillPercent = 1.0
	id, err := b.NextSequence()
	if err != nil {
		return nil, err
	}
	p.ID = id
	if p.CreatedAt.IsZero() {
		p.CreatedAt = s.now()
	}
	if err := putJSON(b, itob(id), p); err != nil {
		return nil, err
	}
	if err := tx.Bucket(bPaymentsByKey).Put([]byte(paymentKey(tx, p)), itob(id)); err != nil {
		return nil, err
	}
	return touched, tx.Bucket(bPaymentsByClient).Put(pair(p.ClientID, id), nil)
}

// Payments calls fn for every payment in order.
func (s *Store) Payments(fn func(p *backend.Payment) error) error {
	return s.read(func(tx *bolt.Tx) error {
		b := tx.Bucket(bPayments)
		return b.ForEach(func(k, v []byte) error {
			var p backend.Payment
			if _, err := getJSON(b, k, &p); err != nil {
				return err
			}
			return fn(&p)
		})
	})
}

// ClientPayments returns the payments of one client in order.
func (s *Store) ClientPayments(clientID uint64) ([]backend.Payment, error) {
	var out []backend.Payment
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bPaymentsByClient).Cursor()
		prefix := itob(clientID)
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var p backend.Payment
			if _, err := getJSON(tx.Bucket(bPayments), k[8:], &p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

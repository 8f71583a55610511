package store

import (
	"bytes"
	"crypto/sha256"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// paymentKey is a payment's natural identity (date, amount, invoice number, reference), hashed to 16 bytes: the
// same line of a payments or bank file imported twice has the same key.
func paymentKey(invoiceNumber string, p *backend.Payment) []byte {
	h := sha256.Sum256([]byte(strings.Join([]string{p.Date.String(), p.Amount.String(), invoiceNumber,
		strings.TrimSpace(p.Reference)}, "|")))
	return h[:16]
}

// firstInvoiceNumber is the number of the invoice a payment is first allocated to, "" when it is not allocated.
func firstInvoiceNumber(tx *bolt.Tx, p *backend.Payment) string {
	if len(p.Allocations) == 0 {
		return ""
	}
	var inv backend.Invoice
	if ok, _ := getRecord(tx.Bucket(bInvoices), itob(p.Allocations[0].InvoiceID), &inv); ok {
		return inv.Number
	}
	return ""
}

// RecordPayment stores a payment of a client and settles the invoices it is allocated to. What is not allocated
// stays as a credit of the client.
func (s *Store) RecordPayment(p *backend.Payment) error {
	if err := p.Normalize(); err != nil {
		return err
	}
	var touched []backend.Invoice
	err := s.update(func(w *txw) error {
		var err error
		touched, err = s.putPayment(w, p, newMoney)
		if err != nil {
			return err
		}
		what := "Paiement reçu : "
		if p.IsCreditNote() {
			what = p.Reference + " – "
		}
		return s.addEvent(w, backend.Event{Kind: "payment.recorded", ClientID: p.ClientID, EntityID: p.ID,
			Summary: what + backend.FormatEUR(p.Amount) + " le " + p.Date.French()})
	})
	if err != nil {
		return err
	}
	s.applyInvoices(touched)
	return nil
}

// How a payment's allocations change its invoices.
type settlement int

const (
	alreadyCounted settlement = iota // demo data: invoices already carry these payments
	newMoney                         // a payment the user records: it adds to what was paid
	itemising                        // a payments file: it details what invoices declare paid, adding only the excess
)

// putPayment writes a new payment and settles its invoices as mode says.
func (s *Store) putPayment(w *txw, p *backend.Payment, mode settlement) ([]backend.Invoice, error) {
	tx := w.tx
	if tx.Bucket(bClients).Get(itob(p.ClientID)) == nil {
		return nil, notFound("client", p.ClientID)
	}
	var touched []backend.Invoice
	for _, a := range p.Allocations {
		var inv backend.Invoice
		found, err := getRecord(tx.Bucket(bInvoices), itob(a.InvoiceID), &inv)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, notFound("facture", a.InvoiceID)
		}
		if inv.ClientID != p.ClientID {
			return nil, backend.Errorf(backend.EINVALID, "la facture %s n'est pas de ce client", inv.Number)
		}
		switch mode {
		case alreadyCounted:
			continue
		case newMoney:
			if a.Amount > inv.Remaining() {
				return nil, backend.Errorf(backend.EINVALID, "la facture %s n'a plus que %s à régler : affectez le reste en avoir", inv.Number, backend.FormatEUR(inv.Remaining()))
			}
			inv.AmountPaid += a.Amount
			inv.Itemised += a.Amount
		case itemising:
			if a.Amount > inv.AmountInclTax-inv.Itemised {
				return nil, backend.Errorf(backend.EINVALID, "la facture %s n'a plus que %s à régler : affectez le reste en avoir", inv.Number, backend.FormatEUR(inv.AmountInclTax-inv.Itemised))
			}
			inv.Itemised += a.Amount
			inv.AmountPaid = max(inv.AmountPaid, inv.Itemised)
		}
		inv.SettleStatus()
		inv.UpdatedAt = s.now()
		if err := putRecord(tx.Bucket(bInvoices), itob(inv.ID), &inv); err != nil {
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
	if err := putRecord(b, itob(id), p); err != nil {
		return nil, err
	}
	w.put(bPaymentsByKey, paymentKey(firstInvoiceNumber(tx, p), p), itob(id))
	w.put(bPaymentsByClient, pair(p.ClientID, id), nil)
	return touched, nil
}

// Payments calls fn for every payment in order.
func (s *Store) Payments(fn func(p *backend.Payment) error) error {
	items, _, err := s.decodedPayments()
	if err != nil {
		return err
	}
	for i := range items {
		p := copyPayment(items[i])
		if err := fn(&p); err != nil {
			return err
		}
	}
	return nil
}

// AllPayments returns a copy of every payment in order: the payments in one allocation and their allocations in
// another (appending 100 000 payments one by one, each with its own allocations, was a fifth of `relance report`).
func (s *Store) AllPayments() ([]backend.Payment, error) {
	items, _, err := s.decodedPayments()
	if err != nil {
		return nil, err
	}
	n := 0
	for i := range items {
		n += len(items[i].Allocations)
	}
	out := slices.Clone(items)
	allocs := make([]backend.Allocation, 0, n)
	for i := range out {
		if a := out[i].Allocations; a != nil {
			start := len(allocs)
			allocs = append(allocs, a...)
			out[i].Allocations = allocs[start:len(allocs):len(allocs)] // full slice: an append by the caller copies
		}
	}
	return out, nil
}

// ClientPayments returns the payments of one client in order: from the decoded payments when they are current,
// else through the client's index (a write just happened: decoding every payment again would cost more).
func (s *Store) ClientPayments(clientID uint64) ([]backend.Payment, error) {
	var out []backend.Payment
	if items, byClient, ok := s.freshPayments(); ok {
		for _, i := range byClient[clientID] {
			out = append(out, copyPayment(items[i]))
		}
		return out, nil
	}
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bPaymentsByClient).Cursor()
		prefix := itob(clientID)
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var p backend.Payment
			if _, err := getRecord(tx.Bucket(bPayments), k[8:], &p); err != nil {
				return err
			}
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

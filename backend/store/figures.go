package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The ledger as the dashboard's figures read it (outstanding, aging, DSO, cash collected): every invoice and payment
// with only the fields report.Compute uses, read straight from the binary records and kept nowhere. A command such
// as `relance report` reads the ledger once and exits: decoding every invoice whole (number, notes, order
// reference, two times) and keeping a copy was most of its time and memory (#17). The window keeps using the whole
// decoded records (decoded.go), which its lists need anyway.

// FigureInvoices returns every invoice in ID order with ID, ClientID, IssueDate, DueDate, the amounts, Currency,
// PaymentMethod and Status set; Number, OrderReference, AttachmentPath, Notes and the times are left empty.
func (s *Store) FigureInvoices() ([]backend.Invoice, error) {
	return readFigures(s, bInvoices, decodeInvoiceFigures)
}

// FigurePayments returns every payment in order with everything but Reference and CreatedAt.
func (s *Store) FigurePayments() ([]backend.Payment, error) {
	return readFigures(s, bPayments, decodePaymentFigures)
}

func readFigures[T any](s *Store, bucket []byte, decode func([]byte, *T) error) ([]T, error) {
	var out []T
	err := s.read(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		var raw [][]byte // valid while the transaction is open
		if err := b.ForEach(func(_, v []byte) error { raw = append(raw, v); return nil }); err != nil {
			return err
		}
		out = make([]T, len(raw))
		for i, v := range raw {
			if err := decode(v, &out[i]); err != nil {
				return fmt.Errorf("store: decode %s: %w", bucket, err)
			}
		}
		return nil
	})
	return out, err
}

// decodeInvoiceFigures reads the figures' fields of a stored invoice; a JSON record (an older Relance's) is read
// whole.
func decodeInvoiceFigures(raw []byte, inv *backend.Invoice) error { return readInvoice(raw, inv, true) }

// decodePaymentFigures reads a stored payment without its Reference and CreatedAt; a JSON record is read whole.
func decodePaymentFigures(raw []byte, p *backend.Payment) error { return readPayment(raw, p, true) }

package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"relance/backend"
)

// Payments are stored in the same compact binary form as invoices (invoicecodec.go), for the same reason: a
// five-year ledger holds about as many payments as invoices, and every report, run and start decodes them all —
// as JSON that was most of `relance report`'s time once invoices were binary (#17). A record starts with paymentV1;
// one that starts with '{' is an older Relance's JSON (migration 13 rewrites them). The fields follow the order of
// backend.Payment; TestPaymentCodecCoversEveryField fails when a field is added there and not here.

const paymentV1 byte = 0x01

// paymentFields is the number of fields of backend.Payment this codec writes.
const paymentFields = 11

// encodePayment writes p in the binary form.
func encodePayment(p *backend.Payment) ([]byte, error) {
	b := make([]byte, 0, 48+len(p.Method)+len(p.Reference)+len(p.Currency)+len(p.ReceivedCurrency)+12*len(p.Allocations))
	b = append(b, paymentV1)
	b = binary.AppendUvarint(b, p.ID)
	b = binary.AppendUvarint(b, p.ClientID)
	b = binary.AppendVarint(b, int64(p.Date))
	b = binary.AppendVarint(b, int64(p.Amount))
	b = appendString(b, p.Method)
	b = appendString(b, p.Reference)
	b = binary.AppendUvarint(b, uint64(len(p.Allocations)))
	for _, a := range p.Allocations {
		b = binary.AppendUvarint(b, a.InvoiceID)
		b = binary.AppendVarint(b, int64(a.Amount))
	}
	b, err := appendTime(b, p.CreatedAt)
	if err != nil {
		return nil, err
	}
	b = appendString(b, p.Currency)
	b = binary.AppendVarint(b, int64(p.ReceivedAmount))
	return appendString(b, p.ReceivedCurrency), nil
}

// decodePayment reads a stored payment, binary or JSON. p is overwritten whole.
func decodePayment(raw []byte, p *backend.Payment) error { return readPayment(raw, p, false) }

// readPayment reads a stored payment; partial (the figures' read) skips its Reference and CreatedAt.
func readPayment(raw []byte, p *backend.Payment, partial bool) error {
	if len(raw) == 0 || raw[0] != paymentV1 {
		*p = backend.Payment{}
		return json.Unmarshal(raw, p)
	}
	r := reader{b: raw[1:], partial: partial}
	var v backend.Payment
	v.ID = r.uvarint()
	v.ClientID = r.uvarint()
	v.Date = backend.Date(r.int32())
	v.Amount = backend.Cents(r.varint())
	v.Method = r.common()
	v.Reference = r.text()
	v.Allocations = r.allocations()
	v.CreatedAt = r.stamp()
	v.Currency = r.common()
	v.ReceivedAmount = backend.Cents(r.varint())
	v.ReceivedCurrency = r.common()
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes left over", len(r.b))
	}
	if r.err != nil {
		return fmt.Errorf("payment record: %w", r.err)
	}
	*p = v
	return nil
}

// allocations reads a payment's allocations: their count, then each invoice and amount.
func (r *reader) allocations() []backend.Allocation {
	n := r.uvarint()
	if n == 0 {
		return nil
	}
	// Each allocation takes at least two bytes: a count larger than what is left is a damaged record, not a reason
	// to allocate gigabytes.
	if n > uint64(len(r.b))/2 {
		r.err = errShort
		return nil
	}
	a := make([]backend.Allocation, n)
	for i := range a {
		a[i] = backend.Allocation{InvoiceID: r.uvarint(), Amount: backend.Cents(r.varint())}
	}
	return a
}

package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"relance/backend"
)

// Invoices are stored in a compact binary form, not JSON: the ledger's 100 000 invoices are decoded at every start
// (and by every report, export and run), and encoding/json spent most of that time reading field names, dates and
// times as text. A record starts with invoiceV1; one that starts with '{' is the JSON an older Relance wrote (kept
// readable: migration 12 rewrites them, and tests still write some). The fields follow in the order of
// backend.Invoice; TestInvoiceCodecCoversEveryField fails when a field is added there and not here.

const invoiceV1 byte = 0x01

// invoiceFields is the number of fields of backend.Invoice this codec writes.
const invoiceFields = 18

// encodeInvoice writes inv in the binary form.
func encodeInvoice(inv *backend.Invoice) ([]byte, error) {
	b := make([]byte, 0, 96+len(inv.Number)+len(inv.Currency)+len(inv.PaymentMethod)+len(inv.OrderReference)+
		len(inv.AttachmentPath)+len(inv.Status)+len(inv.Notes))
	b = append(b, invoiceV1)
	b = binary.AppendUvarint(b, inv.ID)
	b = appendString(b, inv.Number)
	b = binary.AppendUvarint(b, inv.ClientID)
	b = binary.AppendVarint(b, int64(inv.IssueDate))
	b = binary.AppendVarint(b, int64(inv.DueDate))
	b = binary.AppendVarint(b, int64(inv.AmountExclTax))
	b = binary.AppendVarint(b, int64(inv.VATAmount))
	b = binary.AppendVarint(b, int64(inv.AmountInclTax))
	b = appendString(b, inv.Currency)
	b = binary.AppendVarint(b, int64(inv.AmountPaid))
	b = binary.AppendVarint(b, int64(inv.Itemised))
	b = appendString(b, inv.PaymentMethod)
	b = appendString(b, inv.OrderReference)
	b = appendString(b, inv.AttachmentPath)
	b = appendString(b, string(inv.Status))
	b = appendString(b, inv.Notes)
	var err error
	if b, err = appendTime(b, inv.CreatedAt); err != nil {
		return nil, err
	}
	return appendTime(b, inv.UpdatedAt)
}

// decodeInvoice reads a stored invoice, binary or JSON. inv is overwritten whole.
func decodeInvoice(raw []byte, inv *backend.Invoice) error { return readInvoice(raw, inv, false) }

// readInvoice reads a stored invoice; partial (the figures' read, figures.go) skips the number, the references,
// the notes and the times without copying them.
func readInvoice(raw []byte, inv *backend.Invoice, partial bool) error {
	if len(raw) == 0 || raw[0] != invoiceV1 {
		*inv = backend.Invoice{}
		return json.Unmarshal(raw, inv)
	}
	r := reader{b: raw[1:], partial: partial}
	var v backend.Invoice
	v.ID = r.uvarint()
	v.Number = r.text()
	v.ClientID = r.uvarint()
	v.IssueDate = backend.Date(r.int32())
	v.DueDate = backend.Date(r.int32())
	v.AmountExclTax = backend.Cents(r.varint())
	v.VATAmount = backend.Cents(r.varint())
	v.AmountInclTax = backend.Cents(r.varint())
	v.Currency = r.common()
	v.AmountPaid = backend.Cents(r.varint())
	v.Itemised = backend.Cents(r.varint())
	v.PaymentMethod = r.common()
	v.OrderReference = r.text()
	v.AttachmentPath = r.text()
	v.Status = backend.InvoiceStatus(r.common())
	if !partial { // the notes and the times follow: the figures stop here
		v.Notes = r.string()
		v.CreatedAt = r.time()
		v.UpdatedAt = r.time()
		if r.err == nil && len(r.b) != 0 {
			r.err = fmt.Errorf("%d bytes left over", len(r.b))
		}
	}
	if r.err != nil {
		return fmt.Errorf("invoice record: %w", r.err)
	}
	*inv = v
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendTime(b []byte, t time.Time) ([]byte, error) {
	tb, err := t.MarshalBinary()
	if err != nil {
		return nil, err
	}
	b = append(b, byte(len(tb)))
	return append(b, tb...), nil
}

var errShort = errors.New("record cut short")

// reader reads the binary form; the first error sticks and later reads return zero values. A partial reader
// skips what text and stamp read (the figures' read).
type reader struct {
	b       []byte
	err     error
	partial bool
}

// text reads a string, or skips it when partial.
func (r *reader) text() string {
	if r.partial {
		r.skip()
		return ""
	}
	return r.string()
}

// stamp reads a time, or skips it when partial.
func (r *reader) stamp() time.Time {
	if r.partial {
		r.skipTime()
		return time.Time{}
	}
	return r.time()
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) varint() int64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err = errShort
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) int32() int32 {
	v := r.varint()
	if v < math.MinInt32 || v > math.MaxInt32 {
		r.err = errors.New("date out of range")
		return 0
	}
	return int32(v)
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errShort
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) string() string {
	n := r.uvarint()
	return string(r.bytes(n)) // a copy: the store's bytes are valid only while the transaction is open
}

// skip passes over a string.
func (r *reader) skip() { r.bytes(r.uvarint()) }

// skipTime passes over a time.
func (r *reader) skipTime() {
	if r.err == nil && len(r.b) == 0 {
		r.err = errShort
		return
	}
	if r.err == nil {
		n := uint64(r.b[0])
		r.b = r.b[1:]
		r.bytes(n)
	}
}

// commonValues are the values most invoices, payments and clients share (currency, status, payment method, type,
// language, segment, country): read without a copy each.
var commonValues = func() map[string]string {
	m := map[string]string{"": ""}
	for _, v := range []string{"EUR", "USD", "GBP", "CHF", "virement", "chèque", "prélèvement", "carte", "espèces", "LCR", "transfer", backend.MethodCreditNote,
		string(backend.StatusOpen), string(backend.StatusPartiallyPaid), string(backend.StatusPaid), string(backend.StatusCancelled),
		string(backend.StatusWrittenOff), string(backend.Business), string(backend.Consumer), "fr", "en", "France", "FR"} {
		m[v] = v
	}
	for _, v := range backend.DefaultSegments {
		m[v] = v
	}
	return m
}()

// common reads a string that is usually one of commonValues.
func (r *reader) common() string {
	b := r.bytes(r.uvarint())
	if v, ok := commonValues[string(b)]; ok { // the lookup does not copy b
		return v
	}
	return string(b)
}

func (r *reader) time() time.Time {
	if r.err != nil {
		return time.Time{}
	}
	if len(r.b) == 0 {
		r.err = errShort
		return time.Time{}
	}
	n := uint64(r.b[0])
	r.b = r.b[1:]
	var t time.Time
	if err := t.UnmarshalBinary(r.bytes(n)); err != nil && r.err == nil {
		r.err = err
	}
	return t
}

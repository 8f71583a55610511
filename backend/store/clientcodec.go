package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"relance/backend"
)

// Clients are stored in the compact binary form of invoices and payments (invoicecodec.go): the day's plan, the
// window's start and the lists read every client, and their JSON (addresses, contacts) cost more to decode than the
// planning itself on 5 000 clients (#17). A record starts with clientV1; one that starts with '{' is an older
// Relance's JSON (migration 14 rewrites them). Fields follow the order of backend.Client, an address its five
// fields, a contact its five strings then its three flags in one byte; TestClientCodecCoversEveryField fails when a
// field is added to any of the three and not here.

const clientV1 byte = 0x01

// The number of fields of backend.Client, backend.Address and backend.Contact this codec writes.
const (
	clientFields  = 21
	addressFields = 5
	contactFields = 8
)

// Contact flags, one bit each.
const (
	contactBilling byte = 1 << iota
	contactEmailInvalid
	contactSMSConsent
)

// encodeClient writes c in the binary form.
func encodeClient(c *backend.Client) ([]byte, error) {
	b := make([]byte, 0, 256+64*len(c.Contacts)+len(c.Notes))
	b = append(b, clientV1)
	b = binary.AppendUvarint(b, c.ID)
	for _, s := range []string{c.Code, c.Name, string(c.Type), c.LegalForm, c.SIREN, c.SIRET, c.VATNumber} {
		b = appendString(b, s)
	}
	b = appendAddress(b, c.Address)
	b = appendAddress(b, c.DeliveryAddress)
	b = appendString(b, c.Email)
	b = appendString(b, c.Phone)
	b = binary.AppendUvarint(b, uint64(len(c.Contacts)))
	for _, ct := range c.Contacts {
		for _, s := range []string{ct.FirstName, ct.LastName, ct.Role, ct.Email, ct.Phone} {
			b = appendString(b, s)
		}
		var flags byte
		if ct.Billing {
			flags |= contactBilling
		}
		if ct.EmailInvalid {
			flags |= contactEmailInvalid
		}
		if ct.SMSConsent {
			flags |= contactSMSConsent
		}
		b = append(b, flags)
	}
	for _, s := range []string{c.Language, c.Segment, c.Notes, c.PaymentMethod, c.Court} {
		b = appendString(b, s)
	}
	b = binary.AppendVarint(b, int64(c.LatePaymentRateBP))
	b, err := appendTime(b, c.CreatedAt)
	if err != nil {
		return nil, err
	}
	return appendTime(b, c.UpdatedAt)
}

func appendAddress(b []byte, a backend.Address) []byte {
	for _, s := range []string{a.Line1, a.Line2, a.PostalCode, a.City, a.Country} {
		b = appendString(b, s)
	}
	return b
}

// decodeClient reads a stored client, binary or JSON. c is overwritten whole.
func decodeClient(raw []byte, c *backend.Client) error {
	if len(raw) == 0 || raw[0] != clientV1 {
		*c = backend.Client{}
		return json.Unmarshal(raw, c)
	}
	r := reader{b: raw[1:]}
	var v backend.Client
	v.ID = r.uvarint()
	v.Code = r.string()
	v.Name = r.string()
	v.Type = backend.ClientType(r.common())
	v.LegalForm = r.common()
	v.SIREN = r.string()
	v.SIRET = r.string()
	v.VATNumber = r.string()
	v.Address = r.address()
	v.DeliveryAddress = r.address()
	v.Email = r.string()
	v.Phone = r.string()
	if n := r.uvarint(); n > 0 {
		// Each contact takes at least six bytes: a larger count is a damaged record, not a reason to allocate.
		if n > uint64(len(r.b))/6 {
			r.err = errShort
		} else {
			v.Contacts = make([]backend.Contact, n)
			for i := range v.Contacts {
				ct := &v.Contacts[i]
				ct.FirstName, ct.LastName, ct.Role, ct.Email, ct.Phone = r.string(), r.string(), r.common(), r.string(), r.string()
				flags := r.byte()
				ct.Billing, ct.EmailInvalid, ct.SMSConsent = flags&contactBilling != 0, flags&contactEmailInvalid != 0, flags&contactSMSConsent != 0
				if flags&^(contactBilling|contactEmailInvalid|contactSMSConsent) != 0 && r.err == nil {
					r.err = fmt.Errorf("contact flags %#x", flags)
				}
			}
		}
	}
	v.Language = r.common()
	v.Segment = r.common()
	v.Notes = r.string()
	v.PaymentMethod = r.common()
	v.Court = r.string()
	v.LatePaymentRateBP = int(r.varint())
	v.CreatedAt = r.time()
	v.UpdatedAt = r.time()
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%d bytes left over", len(r.b))
	}
	if r.err != nil {
		return fmt.Errorf("client record: %w", r.err)
	}
	*c = v
	return nil
}

func (r *reader) address() backend.Address {
	return backend.Address{Line1: r.string(), Line2: r.string(), PostalCode: r.string(), City: r.common(), Country: r.common()}
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.err = errShort
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

package importer

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strings"

	"relance/backend"
	"relance/backend/latefee"
)

// The canonical exports are CSV files with the field keys as headers, ',' as separator, UTF-8 without BOM,
// amounts as "1234.56" and dates as YYYY-MM-DD: what Decode and the parsers read back to the same values,
// and what any spreadsheet or script can read without guessing. Cells are written as they are: no "'" is
// added before a leading '=', '+', '-' or '@' against spreadsheet formulas, since that would change the data
// and break the round trip; negative amounts start with '-'.

// WriteClientsCSV writes clients in the canonical layout. The email cell lists the client's address then its
// contacts' (billing first), so that a client imported with several addresses reads back the same; the
// address cell holds line 1 and line 2 separated by a line break.
func WriteClientsCSV(w io.Writer, clients []backend.Client) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(keys(Clients)); err != nil {
		return err
	}
	rec := make([]string, len(fields[Clients]))
	for i := range clients {
		c := &clients[i]
		addr := c.Address.Line1
		if c.Address.Line2 != "" {
			addr += "\n" + c.Address.Line2
		}
		phone := c.Phone
		if phone == "" {
			if k, ok := c.BillingContact(); ok {
				phone = k.Phone
			}
		}
		rate := ""
		if c.LatePaymentRateBP > 0 {
			rate = latefee.FormatPercent(c.LatePaymentRateBP)
		}
		rec = append(rec[:0], c.Code, c.Name, string(c.Type), c.SIREN, c.VATNumber, clientEmails(c), phone,
			addr, c.Address.PostalCode, c.Address.City, c.Address.Country, c.Segment, c.Language, c.LegalForm, rate)
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// clientEmails is the client's address followed by its contacts' addresses, billing contact first, without
// repeats.
func clientEmails(c *backend.Client) string {
	var list []string
	add := func(e string) {
		if e == "" {
			return
		}
		for _, x := range list {
			if strings.EqualFold(x, e) {
				return
			}
		}
		list = append(list, e)
	}
	add(c.Email)
	for _, k := range c.Contacts {
		if k.Billing {
			add(k.Email)
		}
	}
	for _, k := range c.Contacts {
		add(k.Email)
	}
	return strings.Join(list, ", ")
}

// WriteInvoicesCSV writes invoices in the canonical layout; clientCode gives the code of a client ID. The status
// column says open, cancelled or written_off (paid and partially paid follow from the amounts), and disputed when
// disputed (optional) reports an open dispute, so that an export imported elsewhere claims the same.
func WriteInvoicesCSV(w io.Writer, invoices []backend.Invoice, clientCode func(id uint64) string, disputed ...func(id uint64) bool) error {
	var isDisputed func(id uint64) bool
	if len(disputed) > 0 {
		isDisputed = disputed[0]
	}
	iw, err := NewInvoicesCSV(w, clientCode, isDisputed)
	if err != nil {
		return err
	}
	for i := range invoices {
		if err := iw.Write(&invoices[i]); err != nil {
			return err
		}
	}
	return iw.Flush()
}

// InvoicesCSV writes the canonical invoices CSV one invoice at a time, for exports that stream the ledger
// instead of holding it (#17): the same bytes as WriteInvoicesCSV.
type InvoicesCSV struct {
	cw         *csv.Writer
	rec        []string
	clientCode func(id uint64) string
	disputed   func(id uint64) bool
}

// NewInvoicesCSV writes the header; disputed may be nil.
func NewInvoicesCSV(w io.Writer, clientCode func(id uint64) string, disputed func(id uint64) bool) (*InvoicesCSV, error) {
	if clientCode == nil {
		return nil, backend.Errorf(backend.EINTERNAL, "export des factures : aucune correspondance des codes clients")
	}
	iw := &InvoicesCSV{cw: csv.NewWriter(w), rec: make([]string, len(fields[Invoices])), clientCode: clientCode, disputed: disputed}
	return iw, iw.cw.Write(keys(Invoices))
}

// Write writes one invoice's line.
func (iw *InvoicesCSV) Write(inv *backend.Invoice) error {
	// The invoice's own status, so that a paid invoice never reads « open » in a spreadsheet; on import, paid and
	// partially paid follow from amount_paid again (InvoiceStatusOf).
	status := string(backend.StatusOpen)
	switch {
	case inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff:
		status = string(inv.Status)
	case iw.disputed != nil && iw.disputed(inv.ID) && inv.Status != backend.StatusPaid:
		status = string(StatusDisputed)
	case inv.Status == backend.StatusPaid || inv.Status == backend.StatusPartiallyPaid:
		status = string(inv.Status)
	}
	iw.rec = append(iw.rec[:0], inv.Number, iw.clientCode(inv.ClientID), inv.IssueDate.String(), inv.DueDate.String(),
		inv.AmountExclTax.String(), inv.VATAmount.String(), inv.AmountInclTax.String(), inv.Currency,
		inv.AmountPaid.String(), inv.PaymentMethod, status)
	return iw.cw.Write(iw.rec)
}

// Flush writes what is buffered and reports any error of the writes.
func (iw *InvoicesCSV) Flush() error {
	iw.cw.Flush()
	return iw.cw.Error()
}

// WritePaymentsCSV writes one line per allocation of each payment (amount = the allocated amount, with the
// invoice's number), then, when the payment is not wholly allocated, a line for the rest with an empty invoice
// number. ParsePayments reads each line back as a payment of its own.
func WritePaymentsCSV(w io.Writer, payments []backend.Payment, invoiceNumber func(id uint64) string) error {
	if invoiceNumber == nil {
		return backend.Errorf(backend.EINTERNAL, "export des paiements : aucune correspondance des numéros de facture")
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(keys(Payments)); err != nil {
		return err
	}
	rec := make([]string, len(fields[Payments]))
	line := func(p *backend.Payment, amount backend.Cents, number string) error {
		rec = append(rec[:0], p.Date.String(), amount.String(), number, p.Method, p.Reference)
		return cw.Write(rec)
	}
	for i := range payments {
		p := &payments[i]
		for _, a := range p.Allocations {
			if err := line(p, a.Amount, invoiceNumber(a.InvoiceID)); err != nil {
				return err
			}
		}
		if rest := p.Unallocated(); rest > 0 || len(p.Allocations) == 0 {
			if err := line(p, rest, ""); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func keys(k Kind) []string {
	out := make([]string, len(fields[k]))
	for i, f := range fields[k] {
		out[i] = f.Key
	}
	return out
}

// WriteJSON writes a value (a slice of clients, invoices or payments, or a struct holding them) as indented
// UTF-8 JSON with the domain's field names: the complete export, where the CSV files keep only the columns
// people edit.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

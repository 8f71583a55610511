package store

import (
	"context"
	"fmt"

	"relance/backend"
)

// An import is one write transaction: validated rows are written together or not at all, so a crash, a
// cancellation or a rejected row never leaves half a file in the ledger.

// ImportIssue is a row the store refuses (unknown client, number already used by another client, …).
type ImportIssue struct {
	Line    int    `json:"line"`
	Column  string `json:"column"`
	Value   string `json:"value"`
	Message string `json:"message"`
}

// ImportOptions control an import.
type ImportOptions struct {
	SkipInvalid bool                  // write the valid rows and report the others
	DryRun      bool                  // check everything, write nothing
	Progress    func(done, total int) // called every progressStep rows
	Source      string                // file name, for the journal
}

// ImportStats says what an import did (or would do, in a dry run).
type ImportStats struct {
	Rows      int           `json:"rows"`
	Created   int           `json:"created"`
	Updated   int           `json:"updated"`
	Unchanged int           `json:"unchanged"`
	Issues    []ImportIssue `json:"issues"`
	Written   bool          `json:"written"`
}

const progressStep = 1000

// ClientInput is a parsed client row.
type ClientInput struct {
	Line   int
	Client backend.Client
}

// InvoiceInput is a parsed invoice row naming its client by code.
type InvoiceInput struct {
	Line       int
	ClientCode string
	Invoice    backend.Invoice
}

// PaymentInput is a parsed payment row naming the invoice it settles.
type PaymentInput struct {
	Line          int
	InvoiceNumber string
	Payment       backend.Payment
}

// runImport wraps one import transaction: it decides whether to commit and journals the import.
func (s *Store) runImport(ctx context.Context, kind string, o ImportOptions, total int, body func(w *txw, st *ImportStats, tick func(i int) error) error) (ImportStats, error) {
	st := ImportStats{Rows: total, Issues: []ImportIssue{}}
	tick := func(i int) error {
		if i%progressStep != 0 {
			return nil
		}
		if o.Progress != nil {
			o.Progress(i, total)
		}
		return ctx.Err()
	}
	err := s.update(func(w *txw) error {
		if err := body(w, &st, tick); err != nil {
			return err
		}
		if o.DryRun || (len(st.Issues) > 0 && !o.SkipInvalid) || st.Created+st.Updated == 0 {
			return errRollback
		}
		return s.addEvent(w, backend.Event{Kind: "import." + kind, Summary: fmt.Sprintf(
			"Import %s %s : %d créés, %d mis à jour, %d inchangés, %d lignes ignorées", kindLabel[kind], o.Source,
			st.Created, st.Updated, st.Unchanged, len(st.Issues))})
	})
	switch {
	case err == errRollback:
		if o.Progress != nil {
			o.Progress(total, total)
		}
		return st, nil
	case err != nil:
		if ctx.Err() != nil {
			return ImportStats{Rows: total}, backend.Errorf(backend.EINVALID, "import annulé : rien n'a été enregistré")
		}
		return ImportStats{Rows: total}, err
	}
	st.Written = true
	if o.Progress != nil {
		o.Progress(total, total)
	}
	return st, nil
}

var kindLabel = map[string]string{"clients": "de clients", "invoices": "de factures", "payments": "de paiements"}

func count(st *ImportStats, created, changed bool) {
	switch {
	case created:
		st.Created++
	case changed:
		st.Updated++
	default:
		st.Unchanged++
	}
}

// issueFrom turns a domain error on a row into issues, one per field.
func issueFrom(line int, err error, value string) []ImportIssue {
	if e, ok := err.(*backend.Error); ok && len(e.Fields) > 0 {
		out := make([]ImportIssue, len(e.Fields))
		for i, f := range e.Fields {
			out[i] = ImportIssue{Line: line, Column: f.Field, Value: value, Message: f.Message}
		}
		return out
	}
	return []ImportIssue{{Line: line, Value: value, Message: backend.ErrorMessage(err)}}
}

// ImportClients creates or updates clients by code.
func (s *Store) ImportClients(ctx context.Context, rows []ClientInput, o ImportOptions) (ImportStats, error) {
	var written []backend.Client
	st, err := s.runImport(ctx, "clients", o, len(rows), func(w *txw, st *ImportStats, tick func(int) error) error {
		tx := w.tx
		for i := range rows {
			if err := tick(i); err != nil {
				return err
			}
			c := rows[i].Client
			if err := c.Normalize(); err != nil {
				st.Issues = append(st.Issues, issueFrom(rows[i].Line, err, c.Code)...)
				continue
			}
			if id := w.get(bClientsByCode, []byte(c.Code)); id != nil {
				// Fields the file does not carry are kept from the ledger.
				var old backend.Client
				if _, err := getJSON(tx.Bucket(bClients), id, &old); err != nil {
					return err
				}
				c = mergeClient(old, c)
			}
			created, changed, err := s.putClient(w, &c)
			if err != nil {
				if backend.ErrorCode(err) == backend.EINTERNAL {
					return err
				}
				st.Issues = append(st.Issues, issueFrom(rows[i].Line, err, c.Code)...)
				continue
			}
			count(st, created, changed)
			if changed {
				written = append(written, c)
			}
		}
		return nil
	})
	if err == nil && st.Written {
		s.applyClients(written)
	}
	return st, err
}

// mergeClient applies an imported row over the stored client, keeping what a CSV line cannot express
// (extra contacts, notes, delivery address, user's choices).
func mergeClient(old, in backend.Client) backend.Client {
	out := old
	out.Code, out.Name, out.Type = in.Code, in.Name, in.Type
	if in.SIREN != "" {
		out.SIREN = in.SIREN
	}
	if in.SIRET != "" {
		out.SIRET = in.SIRET
	}
	if in.VATNumber != "" {
		out.VATNumber = in.VATNumber
	}
	if !in.Address.IsZero() {
		out.Address = in.Address
	}
	if in.Email != "" {
		out.Email = in.Email
	}
	if in.Phone != "" {
		out.Phone = in.Phone
	}
	if len(old.Contacts) == 0 {
		out.Contacts = in.Contacts
	} else if len(in.Contacts) > 0 {
		// Update the billing contact's address and phone, keep the others.
		k := in.Contacts[0]
		updated := false
		for i := range out.Contacts {
			if out.Contacts[i].Billing {
				if k.Email != "" {
					out.Contacts[i].Email = k.Email
				}
				if k.Phone != "" {
					out.Contacts[i].Phone = k.Phone
				}
				updated = true
			}
		}
		if !updated {
			out.Contacts = append(out.Contacts, k)
		}
	}
	out.Segment, out.Language = in.Segment, in.Language
	if in.PaymentMethod != "" {
		out.PaymentMethod = in.PaymentMethod
	}
	if in.LegalForm != "" {
		out.LegalForm = in.LegalForm
	}
	if in.LatePaymentRateBP != 0 {
		out.LatePaymentRateBP = in.LatePaymentRateBP
	}
	return out
}

// ImportInvoices creates or updates invoices by number; their client must exist.
func (s *Store) ImportInvoices(ctx context.Context, rows []InvoiceInput, o ImportOptions) (ImportStats, error) {
	var written []backend.Invoice
	st, err := s.runImport(ctx, "invoices", o, len(rows), func(w *txw, st *ImportStats, tick func(int) error) error {
		tx := w.tx
		for i := range rows {
			if err := tick(i); err != nil {
				return err
			}
			r := &rows[i]
			inv := r.Invoice
			cid := w.get(bClientsByCode, []byte(backend.NormalizeCode(r.ClientCode)))
			if cid == nil {
				st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "client_code", Value: r.ClientCode,
					Message: fmt.Sprintf("client « %s » inconnu : importez d'abord le fichier des clients, ou créez ce client", r.ClientCode)})
				continue
			}
			inv.ClientID = btoi(cid)
			if err := inv.Normalize(); err != nil {
				st.Issues = append(st.Issues, issueFrom(r.Line, err, inv.Number)...)
				continue
			}
			if id := w.get(bInvoicesByNumber, []byte(inv.Number)); id != nil {
				var old backend.Invoice
				if _, err := getJSON(tx.Bucket(bInvoices), id, &old); err != nil {
					return err
				}
				inv.ID = old.ID
				if inv.OrderReference == "" {
					inv.OrderReference = old.OrderReference
				}
				inv.AttachmentPath, inv.Notes, inv.Itemised = old.AttachmentPath, old.Notes, old.Itemised
				inv.AmountPaid = max(inv.AmountPaid, old.Itemised)
				if old.Status == backend.StatusCancelled || old.Status == backend.StatusWrittenOff {
					inv.Status = old.Status
				}
				inv.SettleStatus()
			}
			created, changed, err := s.putInvoice(w, &inv)
			if err != nil {
				if backend.ErrorCode(err) == backend.EINTERNAL {
					return err
				}
				st.Issues = append(st.Issues, issueFrom(r.Line, err, inv.Number)...)
				continue
			}
			count(st, created, changed)
			if changed {
				written = append(written, inv)
			}
		}
		return nil
	})
	if err == nil && st.Written {
		s.applyInvoices(written)
	}
	return st, err
}

// ImportPayments records payments against invoices by number; a line already imported is left alone. What
// exceeds an invoice's remaining amount stays as a credit of the client.
func (s *Store) ImportPayments(ctx context.Context, rows []PaymentInput, o ImportOptions) (ImportStats, error) {
	touched := map[uint64]backend.Invoice{}
	st, err := s.runImport(ctx, "payments", o, len(rows), func(w *txw, st *ImportStats, tick func(int) error) error {
		tx := w.tx
		for i := range rows {
			if err := tick(i); err != nil {
				return err
			}
			r := &rows[i]
			p := r.Payment
			if backend.NormalizeInvoiceNumber(r.InvoiceNumber) == "" {
				st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "invoice_number",
					Message: "paiement sans numéro de facture : indiquez la facture réglée (un paiement non affecté se saisit dans la fiche du client)"})
				continue
			}
			id := w.get(bInvoicesByNumber, []byte(backend.NormalizeInvoiceNumber(r.InvoiceNumber)))
			if id == nil {
				st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "invoice_number", Value: r.InvoiceNumber,
					Message: fmt.Sprintf("facture « %s » inconnue : importez d'abord les factures", r.InvoiceNumber)})
				continue
			}
			var inv backend.Invoice
			if _, err := getJSON(tx.Bucket(bInvoices), id, &inv); err != nil {
				return err
			}
			p.ClientID = inv.ClientID
			p.Allocations = nil
			// A payments file details what the invoice may already declare as paid: it fills the invoice up to its
			// total, counting only what exceeds the declared amount as new; the rest of a payment is a credit.
			// A cancelled or written-off invoice takes only what it already declares paid (a part payment made before
			// it was written off, read back from an export): anything more is a credit.
			open := inv.AmountInclTax - inv.Itemised
			if inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff {
				open = max(0, inv.AmountPaid-inv.Itemised)
			}
			if alloc := min(p.Amount, open); alloc > 0 {
				p.Allocations = []backend.Allocation{{InvoiceID: inv.ID, Amount: alloc}}
			}
			if err := p.Normalize(); err != nil {
				st.Issues = append(st.Issues, issueFrom(r.Line, err, r.InvoiceNumber)...)
				continue
			}
			// The natural key names the invoice even when nothing was left to allocate.
			key := paymentKey(inv.Number, &p)
			if w.get(bPaymentsByKey, key) != nil {
				st.Unchanged++
				continue
			}
			invs, err := s.putPayment(w, &p, itemising)
			if err != nil {
				if backend.ErrorCode(err) == backend.EINTERNAL {
					return err
				}
				st.Issues = append(st.Issues, issueFrom(r.Line, err, r.InvoiceNumber)...)
				continue
			}
			w.put(bPaymentsByKey, key, itob(p.ID))
			for _, inv := range invs {
				touched[inv.ID] = inv
			}
			st.Created++
		}
		return nil
	})
	if err == nil && st.Written {
		list := make([]backend.Invoice, 0, len(touched))
		for _, inv := range touched {
			list = append(list, inv)
		}
		s.applyInvoices(list)
	}
	return st, err
}

// LoadDemo writes generated demo data in one transaction and marks the ledger as demo data (DemoMark). IDs in the
// data are positions (1-based) and are remapped; invoices already carry their amounts paid, so payments do not
// settle them again.
func (s *Store) LoadDemo(clients []backend.Client, invoices []backend.Invoice, payments []backend.Payment, messages []NewInteraction) error {
	err := s.update(func(w *txw) error {
		clientIDs := make(map[uint64]uint64, len(clients))
		for i := range clients {
			c := clients[i]
			old := c.ID
			c.ID = 0
			if err := c.Normalize(); err != nil {
				return fmt.Errorf("demo client %s: %w", c.Code, err)
			}
			if _, _, err := s.putClient(w, &c); err != nil {
				return fmt.Errorf("demo client %s: %w", c.Code, err)
			}
			clientIDs[old] = c.ID
		}
		invoiceIDs := make(map[uint64]uint64, len(invoices))
		for i := range invoices {
			inv := invoices[i]
			old := inv.ID
			inv.ID, inv.ClientID = 0, clientIDs[inv.ClientID]
			inv.Itemised = inv.AmountPaid // the generator pays every invoice through its payments
			if err := inv.Normalize(); err != nil {
				return fmt.Errorf("demo invoice %s: %w", inv.Number, err)
			}
			if _, _, err := s.putInvoice(w, &inv); err != nil {
				return fmt.Errorf("demo invoice %s: %w", inv.Number, err)
			}
			invoiceIDs[old] = inv.ID
		}
		for i := range payments {
			p := payments[i]
			p.ID, p.ClientID = 0, clientIDs[p.ClientID]
			p.Allocations = append([]backend.Allocation(nil), p.Allocations...)
			for j := range p.Allocations {
				p.Allocations[j].InvoiceID = invoiceIDs[p.Allocations[j].InvoiceID]
			}
			if _, err := s.putPayment(w, &p, alreadyCounted); err != nil {
				return fmt.Errorf("demo payment: %w", err)
			}
		}
		for i := range messages {
			m := messages[i]
			m.Interaction.ClientID = clientIDs[m.Interaction.ClientID]
			ids := make([]uint64, len(m.Interaction.InvoiceIDs))
			for j, id := range m.Interaction.InvoiceIDs {
				ids[j] = invoiceIDs[id]
			}
			m.Interaction.InvoiceIDs = ids
			if _, _, err := s.putInteraction(w, m); err != nil {
				return fmt.Errorf("demo message: %w", err)
			}
		}
		mark := DemoMark{LoadedAt: s.now(), Clients: len(clients), Invoices: len(invoices), Messages: len(messages)}
		if err := putJSON(w.tx.Bucket(bSettings), []byte(settingDemo), mark); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "demo.loaded", Summary: fmt.Sprintf(
			"Données de démonstration chargées : %d clients, %d factures, %d messages reçus", len(clients), len(invoices), len(messages))})
	})
	if err != nil {
		return err
	}
	s.dropProjection()
	return nil
}

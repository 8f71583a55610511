package store

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"slices"

	"relance/backend"
)

// An import is written together or not at all, so a crash, a cancellation, a full disk or a rejected row never
// leaves half a file in the ledger. A small import is one write transaction. A large one (more than bulkRows
// rows) would hold all its pages in memory until that transaction commits (1.6 GB for a 50 MB file): it is
// written in batches into a copy of the store (bulk.go), which replaces the store only once complete.

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
	// Refused, when set, says at the end how many lines the caller refused before the store saw them (parsing
	// errors of a streamed file): like the store's own issues, they block the import unless SkipInvalid.
	Refused func() int
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

// runImport runs body on every row and decides whether to commit; it journals the import. total is the number
// of rows or an upper bound (a streamed file): more than bulkRows goes through a copy of the store.
func runImport[T any](s *Store, ctx context.Context, kind string, o ImportOptions, rows iter.Seq[T], total int,
	body func(w *txw, st *ImportStats, row T) error) (ImportStats, error) {
	st := ImportStats{Issues: []ImportIssue{}}
	// Invoices imported into a ledger that had none: the chase's first plan is a reprise for the owner to confirm.
	firstFill := false
	if kind == "invoices" && !o.DryRun {
		var err error
		if firstFill, err = s.emptyOfInvoices(); err != nil {
			return st, err
		}
	}
	next, stop := iter.Pull(rows)
	defer stop()
	// batch writes up to limit rows (all of them when limit is 0); false when the rows are all written.
	batch := func(w *txw, limit int) (bool, error) {
		for n := 0; limit == 0 || n < limit; n++ {
			row, ok := next()
			if !ok {
				return false, nil
			}
			if st.Rows%progressStep == 0 {
				if o.Progress != nil {
					o.Progress(st.Rows, max(total, st.Rows))
				}
				if err := ctx.Err(); err != nil {
					return false, err
				}
			}
			st.Rows++
			if err := body(w, &st, row); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	finish := func(w *txw) error {
		refused := 0
		if o.Refused != nil {
			refused = o.Refused()
		}
		if o.DryRun || (len(st.Issues)+refused > 0 && !o.SkipInvalid) || st.Created+st.Updated == 0 {
			return errRollback
		}
		if firstFill && st.Created > 0 {
			if err := s.markFilled(w, RepriseImport); err != nil {
				return err
			}
		}
		return s.addEvent(w, backend.Event{Kind: "import." + kind, Summary: fmt.Sprintf(
			"Import %s %s : %d créés, %d mis à jour, %d inchangés, %d lignes ignorées", kindLabel[kind], o.Source,
			st.Created, st.Updated, st.Unchanged, len(st.Issues)+refused)})
	}
	var err error
	if total > bulkRows {
		err = s.bulk(o.Source, total, batch, finish)
	} else {
		err = s.update(func(w *txw) error {
			if _, err := batch(w, 0); err != nil {
				return err
			}
			return finish(w)
		})
	}
	switch {
	case err == errRollback:
		if o.Progress != nil {
			o.Progress(st.Rows, st.Rows)
		}
		return st, nil
	case err != nil:
		if ctx.Err() != nil {
			return ImportStats{Rows: st.Rows}, backend.Errorf(backend.EINVALID, "import annulé : rien n'a été enregistré")
		}
		if errors.Is(err, ErrDiskFull) && total <= bulkRows { // bulk words its own
			err = s.diskFull(fmt.Sprintf("l'import de %s n'a pas pu être écrit : rien n'a été importé, la place prise a été rendue", o.Source), int64(total)*bytesPerRow)
		}
		return ImportStats{Rows: st.Rows}, err
	}
	st.Written = true
	if o.Progress != nil {
		o.Progress(st.Rows, st.Rows)
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
	return s.ImportClientsFrom(ctx, slices.Values(rows), len(rows), o)
}

// ImportClientsFrom is ImportClients over rows read one at a time; total is their number or an upper bound.
func (s *Store) ImportClientsFrom(ctx context.Context, rows iter.Seq[ClientInput], total int, o ImportOptions) (ImportStats, error) {
	var written []backend.Client
	keep := total <= bulkRows // a bulk import replaces the store: the projection is rebuilt, not patched
	st, err := runImport(s, ctx, "clients", o, rows, total, func(w *txw, st *ImportStats, row ClientInput) error {
		tx := w.tx
		c := row.Client
		if err := c.Normalize(); err != nil {
			st.Issues = append(st.Issues, issueFrom(row.Line, err, c.Code)...)
			return nil
		}
		if id := w.get(bClientsByCode, []byte(c.Code)); id != nil {
			// Fields the file does not carry are kept from the ledger.
			var old backend.Client
			if _, err := getRecord(tx.Bucket(bClients), id, &old); err != nil {
				return err
			}
			c = mergeClient(old, c)
		}
		created, changed, err := s.putClient(w, &c)
		if err != nil {
			if backend.ErrorCode(err) == backend.EINTERNAL {
				return err
			}
			st.Issues = append(st.Issues, issueFrom(row.Line, err, c.Code)...)
			return nil
		}
		count(st, created, changed)
		if changed && keep {
			written = append(written, c)
		}
		return nil
	})
	if err == nil && st.Written && keep {
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
	return s.ImportInvoicesFrom(ctx, slices.Values(rows), len(rows), o)
}

// ImportInvoicesFrom is ImportInvoices over rows read one at a time; total is their number or an upper bound.
func (s *Store) ImportInvoicesFrom(ctx context.Context, rows iter.Seq[InvoiceInput], total int, o ImportOptions) (ImportStats, error) {
	var written []backend.Invoice
	keep := total <= bulkRows
	st, err := runImport(s, ctx, "invoices", o, rows, total, func(w *txw, st *ImportStats, row InvoiceInput) error {
		tx := w.tx
		r := &row
		inv := r.Invoice
		cid := w.get(bClientsByCode, []byte(backend.NormalizeCode(r.ClientCode)))
		if cid == nil {
			st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "client_code", Value: r.ClientCode,
				Message: fmt.Sprintf("client « %s » inconnu : importez d'abord le fichier des clients, ou créez ce client", r.ClientCode)})
			return nil
		}
		inv.ClientID = btoi(cid)
		if err := inv.Normalize(); err != nil {
			st.Issues = append(st.Issues, issueFrom(r.Line, err, inv.Number)...)
			return nil
		}
		if id := w.get(bInvoicesByNumber, []byte(inv.Number)); id != nil {
			var old backend.Invoice
			if _, err := getRecord(tx.Bucket(bInvoices), id, &old); err != nil {
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
			return nil
		}
		count(st, created, changed)
		if changed && keep {
			written = append(written, inv)
		}
		return nil
	})
	if err == nil && st.Written && keep {
		s.applyInvoices(written)
	}
	return st, err
}

// ImportPayments records payments against invoices by number; a line already imported is left alone. What
// exceeds an invoice's remaining amount stays as a credit of the client.
func (s *Store) ImportPayments(ctx context.Context, rows []PaymentInput, o ImportOptions) (ImportStats, error) {
	return s.ImportPaymentsFrom(ctx, slices.Values(rows), len(rows), o)
}

// ImportPaymentsFrom is ImportPayments over rows read one at a time; total is their number or an upper bound.
func (s *Store) ImportPaymentsFrom(ctx context.Context, rows iter.Seq[PaymentInput], total int, o ImportOptions) (ImportStats, error) {
	touched := map[uint64]backend.Invoice{}
	keep := total <= bulkRows
	st, err := runImport(s, ctx, "payments", o, rows, total, func(w *txw, st *ImportStats, row PaymentInput) error {
		tx := w.tx
		r := &row
		p := r.Payment
		if backend.NormalizeInvoiceNumber(r.InvoiceNumber) == "" {
			st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "invoice_number",
				Message: "paiement sans numéro de facture : indiquez la facture réglée (un paiement non affecté se saisit dans la fiche du client)"})
			return nil
		}
		id := w.get(bInvoicesByNumber, []byte(backend.NormalizeInvoiceNumber(r.InvoiceNumber)))
		if id == nil {
			st.Issues = append(st.Issues, ImportIssue{Line: r.Line, Column: "invoice_number", Value: r.InvoiceNumber,
				Message: fmt.Sprintf("facture « %s » inconnue : importez d'abord les factures", r.InvoiceNumber)})
			return nil
		}
		var inv backend.Invoice
		if _, err := getRecord(tx.Bucket(bInvoices), id, &inv); err != nil {
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
			return nil
		}
		// The natural key names the invoice even when nothing was left to allocate.
		key := paymentKey(inv.Number, &p)
		if w.get(bPaymentsByKey, key) != nil {
			st.Unchanged++
			return nil
		}
		invs, err := s.putPayment(w, &p, itemising)
		if err != nil {
			if backend.ErrorCode(err) == backend.EINTERNAL {
				return err
			}
			st.Issues = append(st.Issues, issueFrom(r.Line, err, r.InvoiceNumber)...)
			return nil
		}
		w.put(bPaymentsByKey, key, itob(p.ID))
		for _, inv := range invs {
			if keep {
				touched[inv.ID] = inv
			}
		}
		st.Created++
		return nil
	})
	if err == nil && st.Written && keep {
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
		if len(invoices) > 0 {
			if err := s.markFilled(w, RepriseDemo); err != nil {
				return err
			}
		}
		mark := DemoMark{LoadedAt: s.now(), Clients: len(clients), Invoices: len(invoices), Messages: len(messages)}
		if err := putRecord(w.tx.Bucket(bSettings), []byte(settingDemo), mark); err != nil {
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

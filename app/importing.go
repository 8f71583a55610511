package app

import (
	"context"
	"slices"

	"relance/backend"
	"relance/backend/importer"
	"relance/backend/store"
)

// Importing a file, for the UI and the command line alike: decode → map → parse (file-level checks) → store
// (references to clients and invoices, uniqueness), all errors listed together by line. By default nothing is
// written when any row is invalid.

// RowError is a problem on one line of an imported file.
type RowError struct {
	Line    int    `json:"line"`
	Column  string `json:"column"`
	Value   string `json:"value"`
	Message string `json:"message"`
}

// ImportResult says what an import did, or would do in a dry run.
type ImportResult struct {
	Kind       string     `json:"kind"`
	Rows       int        `json:"rows"`
	Created    int        `json:"created"`
	Updated    int        `json:"updated"`
	Unchanged  int        `json:"unchanged"`
	Invalid    int        `json:"invalid"` // lines with at least one error
	Errors     []RowError `json:"errors"`  // the first maxListedErrors
	ErrorCount int        `json:"errorCount"`
	Written    bool       `json:"written"`
	DryRun     bool       `json:"dryRun"`
}

const maxListedErrors = 1000

type importJob struct {
	Kind        importer.Kind
	Table       *importer.Table
	Mapping     importer.Mapping
	SkipInvalid bool
	DryRun      bool
}

// runImport imports one decoded table into the store.
func runImport(ctx context.Context, st *store.Store, job importJob, progress func(Progress)) (ImportResult, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	res := ImportResult{Kind: string(job.Kind), Rows: len(job.Table.Rows), DryRun: job.DryRun, Errors: []RowError{}}
	if err := job.Mapping.Validate(job.Kind); err != nil {
		return res, err
	}
	check := func(done, total int) { progress(Progress{Phase: "check", Done: done, Total: total}) }
	var parseErrs []importer.RowError
	opts := store.ImportOptions{SkipInvalid: job.SkipInvalid, Source: job.Table.Name,
		Progress: func(done, total int) { progress(Progress{Phase: "write", Done: done, Total: total}) }}
	var stats store.ImportStats
	var err error
	// With an invalid row and no permission to skip, the store still checks the valid rows (so that every
	// problem is listed at once) but writes nothing.
	blocked := func() { opts.DryRun = job.DryRun || (len(parseErrs) > 0 && !job.SkipInvalid) }
	switch job.Kind {
	case importer.Clients:
		var rows []importer.ClientRow
		rows, parseErrs = importer.ParseClients(job.Table, job.Mapping, check)
		blocked()
		in := make([]store.ClientInput, len(rows))
		for i, r := range rows {
			in[i] = store.ClientInput{Line: r.Line, Client: r.Client}
		}
		stats, err = st.ImportClients(ctx, in, opts)
	case importer.Invoices:
		var rows []importer.InvoiceRow
		rows, parseErrs = importer.ParseInvoices(job.Table, job.Mapping, check)
		blocked()
		in := make([]store.InvoiceInput, len(rows))
		for i, r := range rows {
			in[i] = store.InvoiceInput{Line: r.Line, ClientCode: r.ClientCode, Invoice: r.Invoice}
		}
		stats, err = st.ImportInvoices(ctx, in, opts)
		if err == nil && stats.Written {
			err = importDisputes(st, rows, job.Table.Name)
		}
	case importer.Payments:
		var rows []importer.PaymentRow
		rows, parseErrs = importer.ParsePayments(job.Table, job.Mapping, check)
		blocked()
		in := make([]store.PaymentInput, len(rows))
		for i, r := range rows {
			in[i] = store.PaymentInput{Line: r.Line, InvoiceNumber: r.InvoiceNumber, Payment: r.Payment}
		}
		stats, err = st.ImportPayments(ctx, in, opts)
	default:
		return res, backend.Errorf(backend.EINVALID, "type d'import « %s » inconnu : clients, factures ou paiements", job.Kind)
	}
	if err != nil {
		return res, err
	}
	all := make([]RowError, 0, len(parseErrs)+len(stats.Issues))
	for _, e := range parseErrs {
		all = append(all, RowError{Line: e.Line, Column: columnTitle(job, e.Column), Value: e.Value, Message: e.Message})
	}
	for _, e := range stats.Issues {
		all = append(all, RowError{Line: e.Line, Column: columnTitle(job, e.Column), Value: e.Value, Message: e.Message})
	}
	slices.SortStableFunc(all, func(a, b RowError) int { return a.Line - b.Line })
	lines := map[int]bool{}
	for _, e := range all {
		lines[e.Line] = true
	}
	res.Created, res.Updated, res.Unchanged = stats.Created, stats.Updated, stats.Unchanged
	res.Invalid, res.ErrorCount, res.Written = len(lines), len(all), stats.Written
	res.Errors = all[:min(len(all), maxListedErrors)]
	progress(Progress{Phase: "done", Done: res.Rows, Total: res.Rows})
	return res, nil
}

// importDisputes opens a dispute on the invoices the file says are « disputed » (status column) and that have
// none, so that a ledger exported and imported elsewhere leaves out the same invoices.
func importDisputes(st *store.Store, rows []importer.InvoiceRow, source string) error {
	today := backend.Today(st.Clock())
	for _, r := range rows {
		if !r.Disputed {
			continue
		}
		inv, err := st.InvoiceByNumber(r.Invoice.Number)
		if backend.ErrorCode(err) == backend.ENOTFOUND {
			continue // not written (invalid line skipped)
		} else if err != nil {
			return err
		}
		if c, err := st.InvoiceChase(inv.ID); err != nil || c.Disputed() {
			if err != nil {
				return err
			}
			continue
		}
		d := &backend.Dispute{Reason: backend.DisputeOther, Note: "en litige selon le fichier importé " + source, Since: today}
		if _, err := st.UpdateInvoiceChase(inv.ID, "litige repris de l'import ("+source+"), relance suspendue", func(_ *backend.Invoice, c *backend.InvoiceChase) error {
			c.Dispute = d
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// csvKeys maps the domain's field names (store checks) to the CSV column keys (parser checks).
var csvKeys = map[string]string{"code": "client_code", "clientId": "client_code", "vatNumber": "vat_number",
	"issueDate": "issue_date", "dueDate": "due_date", "amountExclTax": "amount_excl_tax", "vatAmount": "vat_amount",
	"amountInclTax": "amount_incl_tax", "amountPaid": "amount_paid", "paymentMethod": "payment_method", "status": "status",
	"method": "method", "date": "date", "amount": "amount", "allocations": "amount"}

// columnTitle names a field by the title the user sees in their file ("Échéance"), falling back to the field key.
func columnTitle(job importJob, field string) string {
	if k, ok := csvKeys[field]; ok {
		field = k
	}
	if i, ok := job.Mapping[field]; ok && i >= 0 && i < len(job.Table.Headers) && job.Table.Headers[i] != "" {
		return job.Table.Headers[i]
	}
	return field
}

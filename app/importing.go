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

type ImportJob struct {
	Kind        importer.Kind
	Table       importer.Source // a decoded Table, or a Reader streaming a large file
	Mapping     importer.Mapping
	SkipInvalid bool
	DryRun      bool
}

// RunImport imports one file into the store. The rows go from the file to the store one at a time, so that a
// large file never has all its rows in memory at once (store.ImportOptions: written in batches, still all or
// nothing).
func RunImport(ctx context.Context, st *store.Store, job ImportJob, progress func(Progress)) (ImportResult, error) {
	if progress == nil {
		progress = func(Progress) {}
	}
	res := ImportResult{Kind: string(job.Kind), DryRun: job.DryRun, Errors: []RowError{}}
	if err := job.Mapping.Validate(job.Kind); err != nil {
		return res, err
	}
	head := job.Table.Head()
	total := job.Table.Estimate()
	var parseErrs []importer.RowError
	// Parsing and writing go together: progress is the store's (« write »), which sees every valid row.
	opts := store.ImportOptions{SkipInvalid: job.SkipInvalid, DryRun: job.DryRun, Source: head.Name,
		Progress: func(done, total int) { progress(Progress{Phase: "write", Done: done, Total: total}) },
		// With an invalid row and no permission to skip, the store still checks the valid rows (so that every
		// problem is listed at once) but writes nothing.
		Refused: func() int { return len(parseErrs) }}
	var stats store.ImportStats
	var err error
	var disputed []string
	switch job.Kind {
	case importer.Clients:
		stats, err = st.ImportClientsFrom(ctx, func(yield func(store.ClientInput) bool) {
			parseErrs = importer.EachClient(job.Table, job.Mapping, func(r importer.ClientRow) bool {
				return yield(store.ClientInput{Line: r.Line, Client: r.Client})
			})
		}, total, opts)
	case importer.Invoices:
		stats, err = st.ImportInvoicesFrom(ctx, func(yield func(store.InvoiceInput) bool) {
			parseErrs = importer.EachInvoice(job.Table, job.Mapping, func(r importer.InvoiceRow) bool {
				if r.Disputed {
					disputed = append(disputed, r.Invoice.Number)
				}
				return yield(store.InvoiceInput{Line: r.Line, ClientCode: r.ClientCode, Invoice: r.Invoice})
			})
		}, total, opts)
		if err == nil && stats.Written {
			err = importDisputes(st, disputed, head.Name)
		}
	case importer.Payments:
		stats, err = st.ImportPaymentsFrom(ctx, func(yield func(store.PaymentInput) bool) {
			parseErrs = importer.EachPayment(job.Table, job.Mapping, func(r importer.PaymentRow) bool {
				return yield(store.PaymentInput{Line: r.Line, InvoiceNumber: r.InvoiceNumber, Payment: r.Payment})
			})
		}, total, opts)
	default:
		return res, backend.Errorf(backend.EINVALID, "type d'import « %s » inconnu : clients, factures ou paiements", job.Kind)
	}
	if err == nil {
		if r, ok := job.Table.(*importer.Reader); ok && r.Err() != nil {
			err = r.Err() // the file could not be read to its end: the store has not kept any of it
		}
	}
	if err != nil {
		return res, err
	}
	// Rows: every line read, the valid ones the store saw and the refused ones.
	res.Rows = stats.Rows + invalidLines(parseErrs)
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

// invalidLines counts the lines with at least one parsing error.
func invalidLines(errs []importer.RowError) int {
	n, last := 0, -1
	for _, e := range errs { // in file order
		if e.Line != last {
			n, last = n+1, e.Line
		}
	}
	return n
}

// importDisputes opens a dispute on the invoices the file says are « disputed » (status column) and that have
// none, so that a ledger exported and imported elsewhere leaves out the same invoices.
func importDisputes(st *store.Store, numbers []string, source string) error {
	today := backend.Today(st.Clock())
	for _, number := range numbers {
		inv, err := st.InvoiceByNumber(number)
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
func columnTitle(job ImportJob, field string) string {
	if k, ok := csvKeys[field]; ok {
		field = k
	}
	headers := job.Table.Head().Headers
	if i, ok := job.Mapping[field]; ok && i >= 0 && i < len(headers) && headers[i] != "" {
		return headers[i]
	}
	return field
}

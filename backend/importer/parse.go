package importer

import (
	"errors"
	"fmt"
	"iter"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"relance/backend"
	"relance/backend/latefee"
	"relance/backend/sirene"
)

// Progress is told how many rows of total are done; the parsers call it every progressEvery rows and at the end.
type Progress func(done, total int)

const progressEvery = 1000

// RowError is a problem with one cell (or one row when Column is empty) of an imported file. It has the shape
// of store.ImportIssue, so the two convert directly and the UI lists them together.
type RowError struct {
	Line    int    `json:"line"`    // 1-based line in the file; 0 for a problem with the whole file
	Column  string `json:"column"`  // field key (due_date, amount_incl_tax…); "" for the whole row
	Value   string `json:"value"`   // the cell as read
	Message string `json:"message"` // in French
}

// Error reads « ligne 12, colonne due_date : date d'échéance « 31/02/2026 » invalide : ce jour n'existe pas ».
// The message names the field in words; the file's own title of the column is Table.Headers[mapping[Column]].
func (e RowError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		b.WriteString("ligne ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	if e.Column != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("colonne ")
		b.WriteString(e.Column)
	}
	if b.Len() > 0 {
		b.WriteString(" : ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// ErrorOf sums up row errors as one EINVALID domain error (nil when there are none), for the command line and
// for callers that refuse a file with errors as a whole. The first maxListed errors are listed as field errors.
func ErrorOf(name string, errs []RowError) error {
	if len(errs) == 0 {
		return nil
	}
	const maxListed = 50
	e := &backend.Error{Code: backend.EINVALID}
	lines := map[int]bool{}
	for i, r := range errs {
		if r.Line > 0 {
			lines[r.Line] = true
		}
		if i < maxListed {
			e.Fields = append(e.Fields, backend.FieldError{Field: r.Column, Message: r.Error()})
		}
	}
	if len(errs) > maxListed {
		e.Fields = append(e.Fields, backend.FieldError{Message: fmt.Sprintf("et %d autres erreurs", len(errs)-maxListed)})
	}
	switch len(lines) {
	case 0:
		e.Message = fmt.Sprintf("le fichier %s ne peut pas être importé", name)
	case 1:
		e.Message = fmt.Sprintf("le fichier %s contient une ligne en erreur", name)
	default:
		e.Message = fmt.Sprintf("le fichier %s contient %d lignes en erreur", name, len(lines))
	}
	return e
}

// ClientRow is a valid client read from a file, already normalised.
type ClientRow struct {
	Line   int
	Client backend.Client
}

// InvoiceRow is a valid invoice read from a file; ClientCode (normalised) is resolved to Invoice.ClientID by the
// caller.
type InvoiceRow struct {
	Line       int
	ClientCode string
	Invoice    backend.Invoice
	Disputed   bool // the status column says « disputed »: the invoice is under an open dispute
}

// PaymentRow is a valid payment read from a file. The whole amount goes to InvoiceNumber, resolved by the
// caller; an empty InvoiceNumber is a payment not yet allocated. Payment.Allocations is left empty because
// invoice IDs are unknown here.
type PaymentRow struct {
	Line          int
	InvoiceNumber string
	Payment       backend.Payment
}

// parser holds what every row of a file shares, and the errors of the current row.
type parser struct {
	t        *Table // the file's header (its Rows are not read: src gives them)
	src      Source
	total    int
	done     int
	m        Mapping
	errs     []RowError
	row      Row
	bad      []string // columns of the current row that already have an error
	rowStart int      // index in errs where the current row's errors begin
	progress []Progress
	cols     []column // the mapped columns, checked on every row (cells.go)
}

// Source gives a parser its file: a decoded Table, or a Reader that streams the rows of a large file.
type Source interface {
	Head() *Table       // name, separator, headers
	All() iter.Seq[Row] // the rows
	Estimate() int      // how many rows, or an upper bound (progress)
}

// Head is the table itself.
func (t *Table) Head() *Table { return t }

// All ranges over the table's rows.
func (t *Table) All() iter.Seq[Row] { return slices.Values(t.Rows) }

// Estimate is the number of rows.
func (t *Table) Estimate() int { return len(t.Rows) }

func newParser(src Source, m Mapping, k Kind, progress []Progress) (*parser, []RowError) {
	if t, ok := src.(*Table); src == nil || (ok && t == nil) {
		return nil, []RowError{{Message: "aucun fichier à importer"}}
	}
	if err := m.Validate(k); err != nil {
		return nil, []RowError{{Message: backend.ErrorMessage(err)}}
	}
	p := &parser{t: src.Head(), src: src, total: src.Estimate(), m: m, progress: progress}
	p.cols = p.cellColumns()
	return p, nil
}

// start begins a row and checks it was split into the expected number of cells.
func (p *parser) start(row Row) {
	p.row = row
	p.bad = p.bad[:0]
	p.rowStart = len(p.errs)
	if n := len(p.row.Cells); n > len(p.t.Headers) {
		for _, c := range p.row.Cells[len(p.t.Headers):] {
			if c == "" {
				continue
			}
			// Cells beyond the headers mean the columns are shifted: importing the row would read one field's
			// value as another's (with ',' as separator, 12,50 becomes 12 € and a stray 50).
			msg := fmt.Sprintf("cette ligne a %d cellules pour %d colonnes d'en-tête : un séparateur « %s » de trop décale les colonnes", n, len(p.t.Headers), sepName(p.t.Separator))
			if p.t.Separator == ',' {
				msg += " (un montant comme 12,50 doit être écrit \"12,50\" ou 12.50)"
			}
			p.errs = append(p.errs, RowError{Line: p.row.Line, Value: clipValue(c), Message: msg})
			p.bad = append(p.bad, "")
			break
		}
	}
	p.checkCells()
}

func sepName(r rune) string {
	if r == '\t' {
		return "tabulation"
	}
	return string(r)
}

// totals reports the "Total" line that ends many accounting exports: a cell starts with "Total" and the
// identifying cells are empty (or hold that label). It is not data, and reporting it as an invoice without a
// number would make the user edit a file their software wrote.
func (p *parser) totals(ids ...column) bool {
	for _, c := range ids {
		if v := p.get(c); v != "" && !isTotalLabel(v) {
			return false
		}
	}
	for _, c := range p.row.Cells {
		if isTotalLabel(c) {
			return true
		}
	}
	return false
}

func isTotalLabel(s string) bool {
	if len(s) < 5 || len(s) > 40 || (s[0]|0x20 != 't' && s[0]|0x20 != 's') { // cheap test first: called on every row
		return false
	}
	f := fold(s)
	return f == "total" || f == "totaux" || strings.HasPrefix(f, "total ") || strings.HasPrefix(f, "sous total")
}

// ok reports whether the current row has no error.
func (p *parser) ok() bool { return len(p.errs) == p.rowStart }

// tick counts a row done and reports progress every progressEvery rows.
func (p *parser) tick() {
	p.done++
	if p.done%progressEvery == 0 && p.done != p.total {
		p.report(p.total)
	}
}

// end reports the last progress: all rows done (a Reader's estimate becomes the count).
func (p *parser) end() {
	p.report(p.done)
}

func (p *parser) report(total int) {
	for _, f := range p.progress {
		if f != nil {
			f(p.done, max(total, p.done))
		}
	}
}

// column is a field resolved once per file to its index (-1 when not mapped), so rows cost no map lookups.
type column struct {
	key string
	idx int
}

func (p *parser) column(key string) column {
	c := column{key: key, idx: -1}
	if i, ok := p.m[key]; ok && i >= 0 {
		c.idx = i
	}
	return c
}

func (c column) mapped() bool { return c.idx >= 0 }

// get is the trimmed cell of a field, "" when unmapped or when the row is short.
func (p *parser) get(c column) string {
	if c.idx < 0 || c.idx >= len(p.row.Cells) {
		return ""
	}
	return p.row.Cells[c.idx]
}

// fail records an error on a cell of the current row; the same message for the same cell is kept once (an
// e-mail invalid both as the client's address and as its billing contact's).
func (p *parser) fail(c column, msg string) {
	for _, e := range p.errs[p.rowStart:] {
		if e.Column == c.key && e.Message == msg {
			return
		}
	}
	p.errs = append(p.errs, RowError{Line: p.row.Line, Column: c.key, Value: clipValue(p.get(c)), Message: msg})
	p.bad = append(p.bad, c.key)
}

func (p *parser) failed(c column) bool {
	for _, b := range p.bad {
		if b == c.key {
			return true
		}
	}
	return false
}

// date reads a date cell; an empty cell is the zero date (Normalize says whether it is required).
// label replaces the generic "date" of backend.ParseDate's message: « date d'échéance « 31/02/2026 » invalide ».
func (p *parser) date(c column, label string) backend.Date {
	s := p.get(c)
	if s == "" {
		return 0
	}
	if d, ok := fastDate(s); ok {
		return d
	}
	d, err := backend.ParseDate(s)
	if err != nil {
		p.fail(c, relabel(backend.ErrorMessage(err), "date", label))
		return 0
	}
	return d
}

// amount reads an amount cell; ok is false when the cell is empty or invalid (then an error is recorded).
func (p *parser) amount(c column, label string) (backend.Cents, bool) {
	s := p.get(c)
	if s == "" {
		return 0, false
	}
	if v, ok := fastAmount(s); ok {
		return v, true
	}
	v, err := backend.ParseAmount(s)
	if err != nil {
		p.fail(c, relabel(backend.ErrorMessage(err), "montant", label))
		return 0, false
	}
	return v, true
}

// relabel makes a generic message of the domain ("date « x » invalide") name the field ("date d'échéance « x »
// invalide").
func relabel(msg, generic, label string) string {
	if rest, ok := strings.CutPrefix(msg, generic+" "); ok {
		return label + " " + rest
	}
	return label + " : " + msg
}

// normalized turns the field errors of a value's Normalize into row errors. columns maps the JSON field names
// of the domain to the file's columns; a prefix ending in '.' covers indexed fields (contacts.0.email).
// A column that already has a reading error is not reported twice ("date invalide" then "date obligatoire").
func (p *parser) normalized(err error, columns map[string]column) {
	if err == nil {
		return
	}
	var de *backend.Error
	if !errors.As(err, &de) {
		p.errs = append(p.errs, RowError{Line: p.row.Line, Message: backend.ErrorMessage(err)})
		return
	}
	if len(de.Fields) == 0 {
		p.errs = append(p.errs, RowError{Line: p.row.Line, Message: de.Message})
		return
	}
	for _, f := range de.Fields {
		c, ok := columns[f.Field]
		if i := strings.IndexByte(f.Field, '.'); !ok && i > 0 {
			c, ok = columns[f.Field[:i+1]]
		}
		if !ok {
			c = column{idx: -1} // a field the file cannot hold: the error is on the row
		}
		if p.failed(c) && !strings.HasPrefix(f.Field, "contacts.") {
			continue
		}
		p.fail(c, f.Message)
	}
}

// resolve maps the JSON field names of a domain type to the columns of the file, given their field keys.
func (p *parser) resolve(keys map[string]string) map[string]column {
	out := make(map[string]column, len(keys))
	for jsonName, key := range keys {
		out[jsonName] = p.column(key)
	}
	return out
}

// ParseClients reads clients. The returned rows are the valid ones; every other row has at least one RowError.
// A client code seen twice in the file is an error on the second line.
func ParseClients(t *Table, m Mapping, progress ...Progress) ([]ClientRow, []RowError) {
	if _, errs := newParser(t, m, Clients, nil); errs != nil {
		return nil, errs
	}
	out := make([]ClientRow, 0, len(t.Rows))
	errs := EachClient(t, m, func(r ClientRow) bool { out = append(out, r); return true }, progress...)
	return out, errs
}

// EachClient reads clients as ParseClients does, handing each valid one to yield as it is read (false stops).
func EachClient(src Source, m Mapping, yield func(ClientRow) bool, progress ...Progress) []RowError {
	p, errs := newParser(src, m, Clients, progress)
	if errs != nil {
		return errs
	}
	var (
		code, name, typ    = p.column("client_code"), p.column("name"), p.column("type")
		siren, siret, vat  = p.column("siren"), p.column(FieldSIRET), p.column("vat_number")
		email, phone, addr = p.column("email"), p.column("phone"), p.column("address")
		postal, city, ctry = p.column("postal_code"), p.column("city"), p.column("country")
		segment, language  = p.column("segment"), p.column("language")
		legalForm, rate    = p.column("legal_form"), p.column("late_payment_rate")
		columns            = p.resolve(map[string]string{
			"code": "client_code", "name": "name", "type": "type", "siren": "siren", "siret": FieldSIRET,
			"vatNumber": "vat_number", "email": "email", "contacts.": "email", "contacts": "email",
			"language": "language", "segment": "segment", "legalForm": "legal_form", "latePaymentRateBP": "late_payment_rate",
		})
	)
	seen := map[string]int{}
	for row := range src.All() {
		p.start(row)
		c := backend.Client{
			Code:      p.get(code),
			Name:      p.get(name),
			Type:      clientType(p.get(typ)),
			SIREN:     p.get(siren),
			SIRET:     p.get(siret),
			VATNumber: p.get(vat),
			Phone:     p.get(phone),
			Segment:   p.get(segment),
			Language:  strings.ToLower(p.get(language)),
			LegalForm: legalFormLabel(p.get(legalForm)),
		}
		if v := p.get(rate); v != "" {
			if bp, err := latefee.ParsePercent(v); err != nil {
				p.fail(rate, relabel(backend.ErrorMessage(err), "taux", "taux des pénalités de retard"))
			} else {
				c.LatePaymentRateBP = bp
			}
		}
		line1, line2, _ := strings.Cut(p.get(addr), "\n")
		c.Address = backend.Address{
			Line1:      strings.TrimSpace(line1),
			Line2:      strings.TrimSpace(line2),
			PostalCode: p.get(postal),
			City:       p.get(city),
			Country:    country(p.get(ctry)),
		}
		if c.Address.Country == "" {
			// Excel reads French postal codes and phone numbers as numbers and drops their leading zero
			// (01000 Bourg-en-Bresse → 1000, 06 12 34 56 78 → 612345678).
			if len(c.Address.PostalCode) == 4 && allDigits(c.Address.PostalCode) {
				c.Address.PostalCode = "0" + c.Address.PostalCode
			}
			if len(c.Phone) == 9 && allDigits(c.Phone) && c.Phone[0] != '0' {
				c.Phone = "0" + c.Phone
			}
		}
		if emails := splitEmails(p.get(email)); len(emails) > 0 || c.Phone != "" {
			// The file's address is the one reminders go to: the billing contact.
			k := backend.Contact{Phone: c.Phone, Billing: true}
			if len(emails) > 0 {
				c.Email, k.Email, emails = emails[0], emails[0], emails[1:]
			}
			c.Contacts = append(c.Contacts, k)
			for _, e := range emails {
				c.Contacts = append(c.Contacts, backend.Contact{Email: e})
			}
		}
		p.normalized(c.Normalize(), columns)
		if c.Code != "" {
			if first, dup := seen[c.Code]; dup {
				p.fail(code, fmt.Sprintf("code client « %s » en double : déjà utilisé ligne %d", c.Code, first))
			} else {
				seen[strings.Clone(c.Code)] = p.row.Line // not a slice of the row, which would keep it all
			}
		}
		p.tick()
		if p.ok() && !yield(ClientRow{Line: p.row.Line, Client: c}) {
			break
		}
	}
	p.end()
	return p.errs
}

// legalFormLabel writes an INSEE legal-category code (« 5499 ») as its usual label (« SARL »); anything else is
// kept as written.
func legalFormLabel(s string) string {
	if l := sirene.LegalForm(s); l != "" {
		return l
	}
	return s
}

// clientType reads the usual words for a professional or a consumer; anything else goes to Normalize as
// written, which refuses it with the accepted values.
func clientType(s string) backend.ClientType {
	switch fold(s) {
	case "business", "professionnel", "professionnelle", "pro", "b2b", "entreprise", "societe", "company", "personne morale":
		return backend.Business
	case "consumer", "particulier", "b2c", "individual", "personne physique":
		return backend.Consumer
	}
	return backend.ClientType(s)
}

// country keeps foreign countries as written; France is the empty country of backend.Address.
func country(s string) string {
	switch fold(s) {
	case "france", "fr", "fra", "france metropolitaine":
		return ""
	}
	return s
}

// splitEmails reads one address or a list ("a@x.fr; b@y.fr", "Compta <a@x.fr>, b@y.fr").
func splitEmails(s string) []string {
	if s == "" {
		return nil
	}
	if list, err := mail.ParseAddressList(strings.ReplaceAll(s, ";", ",")); err == nil {
		out := make([]string, 0, len(list))
		for _, a := range list {
			out = append(out, a.Address)
		}
		return out
	}
	// Not parseable as a list: split on the usual separators and let Normalize say which part is wrong.
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
}

// ParseInvoices reads invoices. The returned rows are the valid ones; every other row has at least one
// RowError, except a "Total" line, which is skipped. The amounts may come as TTC alone, HT + TVA, or any two of the three: the
// missing one is derived, and when all three are given they must agree. TTC alone gives HT = TTC and TVA = 0:
// reminders, penalties and the 40 € indemnity only use the amount including tax, so nothing is lost for
// dunning, but the HT/TVA split shown on the invoice screen is then not the real one.
// The amount paid comes from amount_paid, or from amount_due (the remaining balance of Pennylane's "Reste à
// payer" or QuickBooks' "Open Balance") as TTC − due; a yes/no "Payé" column is read as all or nothing.
// An invoice number seen twice in the file is an error on the second line.
func ParseInvoices(t *Table, m Mapping, progress ...Progress) ([]InvoiceRow, []RowError) {
	if _, errs := newParser(t, m, Invoices, nil); errs != nil {
		return nil, errs
	}
	out := make([]InvoiceRow, 0, len(t.Rows))
	errs := EachInvoice(t, m, func(r InvoiceRow) bool { out = append(out, r); return true }, progress...)
	return out, errs
}

// EachInvoice reads invoices as ParseInvoices does, handing each valid one to yield as it is read (false stops).
func EachInvoice(src Source, m Mapping, yield func(InvoiceRow) bool, progress ...Progress) []RowError {
	p, errs := newParser(src, m, Invoices, progress)
	if errs != nil {
		return errs
	}
	var (
		number, code, currency, method = p.column("number"), p.column("client_code"), p.column("currency"), p.column("payment_method")
		issue, due                     = p.column("issue_date"), p.column("due_date")
		exclC, vatC, inclC             = p.column("amount_excl_tax"), p.column("vat_amount"), p.column("amount_incl_tax")
		paidC, dueC                    = p.column("amount_paid"), p.column(FieldAmountDue)
		statusC                        = p.column(FieldStatus)
		keys                           = map[string]string{
			"number": "number", "issueDate": "issue_date", "dueDate": "due_date", "amountInclTax": "amount_incl_tax",
			"amountExclTax": "amount_excl_tax", "vatAmount": "vat_amount", "amountPaid": "amount_paid",
			"currency": "currency", "paymentMethod": "payment_method",
		}
	)
	if !inclC.mapped() {
		keys["amountInclTax"] = "amount_excl_tax" // a derived TTC is wrong because of the HT the user can see
	}
	if !paidC.mapped() {
		keys["amountPaid"] = FieldAmountDue
	}
	columns := p.resolve(keys)
	seen := map[string]int{}
	for row := range src.All() {
		p.start(row)
		if p.totals(number, code, issue, due) {
			p.tick()
			continue
		}
		inv := backend.Invoice{
			Number:        p.get(number),
			Currency:      p.get(currency),
			PaymentMethod: p.get(method),
		}
		if inv.Currency == "€" {
			inv.Currency = "EUR"
		}
		clientCode := backend.NormalizeCode(p.get(code))
		if clientCode == "" && !p.failed(code) {
			p.fail(code, "le code client est obligatoire")
		}
		inv.IssueDate = p.date(issue, "date de facture")
		inv.DueDate = p.date(due, "date d'échéance")

		excl, hasExcl := p.amount(exclC, "montant HT")
		vat, hasVAT := p.amount(vatC, "montant de TVA")
		incl, hasIncl := p.amount(inclC, "montant TTC")
		switch {
		case hasIncl && hasExcl && hasVAT:
		case hasIncl && hasExcl:
			vat = incl - excl
		case hasIncl && hasVAT:
			excl = incl - vat
		case hasIncl:
			excl, vat = incl, 0
		case hasExcl && hasVAT:
			incl, hasIncl = excl+vat, true
		default:
			if !p.failed(inclC) && !p.failed(exclC) && !p.failed(vatC) {
				p.fail(inclC, "le montant TTC est obligatoire (ou le montant HT et la TVA)")
			}
		}
		inv.AmountExclTax, inv.VATAmount, inv.AmountInclTax = excl, vat, incl

		paid, hasPaid := p.paid(paidC, incl)
		if left, hasLeft := p.amount(dueC, "reste à payer"); hasLeft && hasIncl {
			switch {
			case hasPaid && paid+left != incl:
				p.fail(dueC, fmt.Sprintf("réglé %s + reste à payer %s = %s, pas %s TTC",
					backend.FormatEUR(paid), backend.FormatEUR(left), backend.FormatEUR(paid+left), backend.FormatEUR(incl)))
			case !hasPaid && left > incl:
				p.fail(dueC, fmt.Sprintf("le reste à payer (%s) dépasse le montant TTC (%s)", backend.FormatEUR(left), backend.FormatEUR(incl)))
			case !hasPaid:
				paid = incl - left
			}
		}
		inv.AmountPaid = paid
		disputed := false
		if st := p.get(statusC); st != "" {
			status, ok := InvoiceStatusOf(st)
			switch {
			case !ok:
				p.fail(statusC, fmt.Sprintf("statut « %s » inconnu : open (ouverte), cancelled (annulée), written_off (passée en perte) ou disputed (en litige) ; payée et partiellement payée se déduisent des montants", backend.Excerpt(st, 30)))
			case status == StatusDisputed:
				disputed = true
			default:
				inv.Status = status
			}
		}

		p.normalized(inv.Normalize(), columns)
		if inv.Number != "" {
			if first, dup := seen[inv.Number]; dup {
				p.fail(number, fmt.Sprintf("facture « %s » en double : déjà présente ligne %d", inv.Number, first))
			} else {
				seen[strings.Clone(inv.Number)] = p.row.Line // not a slice of the row, which would keep it all
			}
		}
		p.tick()
		if p.ok() && !yield(InvoiceRow{Line: p.row.Line, ClientCode: clientCode, Invoice: inv, Disputed: disputed}) {
			break
		}
	}
	p.end()
	return p.errs
}

// StatusDisputed is the status column's word for an invoice under an open dispute (kept in the chase state, not
// in the invoice).
const StatusDisputed backend.InvoiceStatus = "disputed"

// InvoiceStatusOf reads a status cell: the canonical keys, their French labels and the words of other tools.
// Open, paid and partially paid give "" (the status follows from the amounts).
func InvoiceStatusOf(s string) (backend.InvoiceStatus, bool) {
	switch fold(s) {
	case "", "open", "ouverte", "ouvert", "paid", "payee", "paye", "partially paid", "partially_paid", "partiellement payee",
		"en retard", "overdue", "late", "unpaid", "impayee", "impaye", "a payer", "en attente", "pending", "due", "echue", "sent", "envoyee":
		return "", true
	case "cancelled", "canceled", "annulee", "annule", "void", "voided", "annulation":
		return backend.StatusCancelled, true
	case "written off", "written_off", "passee en perte", "perte", "irrecouvrable", "creance irrecouvrable", "bad debt":
		return backend.StatusWrittenOff, true
	case "disputed", "en litige", "litige", "contestee", "conteste", "dispute":
		return StatusDisputed, true
	}
	return "", false
}

// paid reads amount_paid, accepting the yes/no columns of tools that only say whether the invoice is settled.
func (p *parser) paid(c column, incl backend.Cents) (backend.Cents, bool) {
	s := p.get(c)
	if s == "" {
		return 0, false
	}
	if _, ok := fastAmount(s); !ok {
		switch fold(s) {
		case "oui", "yes", "true", "vrai", "paye", "payee", "paid", "solde", "soldee", "regle", "reglee", "x":
			return incl, true
		case "non", "no", "false", "faux", "impaye", "impayee", "unpaid", "non paye", "non payee", "non regle", "non reglee":
			return 0, true
		}
	}
	return p.amount(c, "montant réglé")
}

// ParsePayments reads payments (a "Total" line is skipped), one per row, each wholly for the invoice of its row (or unallocated when the
// invoice number is empty). A payment split over several invoices is written as several rows by
// WritePaymentsCSV and read back as several payments.
func ParsePayments(t *Table, m Mapping, progress ...Progress) ([]PaymentRow, []RowError) {
	if _, errs := newParser(t, m, Payments, nil); errs != nil {
		return nil, errs
	}
	out := make([]PaymentRow, 0, len(t.Rows))
	errs := EachPayment(t, m, func(r PaymentRow) bool { out = append(out, r); return true }, progress...)
	return out, errs
}

// EachPayment reads payments as ParsePayments does, handing each valid one to yield as it is read (false stops).
func EachPayment(src Source, m Mapping, yield func(PaymentRow) bool, progress ...Progress) []RowError {
	p, errs := newParser(src, m, Payments, progress)
	if errs != nil {
		return errs
	}
	var (
		date, amount, number = p.column("date"), p.column("amount"), p.column("invoice_number")
		method, reference    = p.column("method"), p.column("reference")
		columns              = p.resolve(map[string]string{"date": "date", "amount": "amount", "allocations": "amount", "method": "method"})
	)
	for row := range src.All() {
		p.start(row)
		if p.totals(date, number) {
			p.tick()
			continue
		}
		pay := backend.Payment{
			Method:    p.get(method),
			Reference: p.get(reference),
		}
		pay.Date = p.date(date, "date du paiement")
		var ok bool
		if pay.Amount, ok = p.amount(amount, "montant du paiement"); !ok && !p.failed(amount) {
			p.fail(amount, "le montant du paiement est obligatoire")
		}
		n := backend.NormalizeInvoiceNumber(p.get(number))
		p.normalized(pay.Normalize(), columns)
		p.tick()
		if p.ok() && !yield(PaymentRow{Line: p.row.Line, InvoiceNumber: n, Payment: pay}) {
			break
		}
	}
	p.end()
	return p.errs
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

package template

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"relance/backend"
)

// Data is everything a message can say; the app fills it from the store.
type Data struct {
	Lang               string            // "fr" or "en": how dates and amounts are written ("" = the template's language)
	Today              backend.Date      //
	Company            backend.Company   //
	Client             backend.Client    //
	Contact            backend.Contact   // the billing contact (may be zero)
	Invoices           []backend.Invoice // the invoices of this message (what the reminder is about)
	ExpiredOutstanding backend.Cents     // all due and unpaid invoices of the client
	LatePenalties      backend.Cents     // late-payment penalties accrued on the message's invoices (B2B), 0 otherwise
	RecoveryIndemnity  backend.Cents     // 40 € per invoice (B2B), 0 for consumers
	// PaymentLinkPattern is the company's payment URL, which may itself contain variables, e.g.
	// https://pay.example.fr/?ref=[[InvoiceNumber]]&amount=[[TotalOverdue]]. Values are query-escaped, amounts
	// written 1234.56 and dates 2026-03-15, since a payment page parses them rather than reads them.
	PaymentLinkPattern string
	PromiseDate        backend.Date // zero when none
	// LogoCID, when non-empty and the company has a logo, makes [[CompanyLogo]] an <img src="cid:…"> in HTML; the
	// text part never shows it.
	LogoCID string
}

// Values gives the plain-text value of every catalogue variable ("" when there is none), as the text part of a
// message shows it.
func Values(d Data) map[string]string { return newMessage(d, d.Lang).vals }

// message is one Data prepared for rendering: invoices in due-date order and every value computed once.
type message struct {
	d        Data
	loc      locale
	invoices []backend.Invoice
	business bool
	vals     map[string]string
}

func newMessage(d Data, lang string) *message {
	m := &message{d: d, loc: localeOf(lang), business: d.Client.Type != backend.Consumer}
	// Oldest due date first: "the invoice" of a one-value variable is the one that has waited longest.
	m.invoices = slices.Clone(d.Invoices)
	slices.SortStableFunc(m.invoices, func(a, b backend.Invoice) int {
		return cmp.Or(cmp.Compare(a.DueDate, b.DueDate), cmp.Compare(a.IssueDate, b.IssueDate), strings.Compare(a.Number, b.Number))
	})
	m.vals = m.values()
	return m
}

func (m *message) numbers() []string {
	out := make([]string, 0, len(m.invoices))
	for _, inv := range m.invoices {
		out = append(out, inv.Number)
	}
	return out
}

func (m *message) totalDue() backend.Cents {
	var t backend.Cents
	for i := range m.invoices {
		t += m.invoices[i].Remaining()
	}
	return t
}

func (m *message) daysOverdue() int {
	n := 0
	for i := range m.invoices {
		n = max(n, m.invoices[i].DaysOverdue(m.d.Today))
	}
	return n
}

func (m *message) values() map[string]string {
	d, l := m.d, m.loc
	c, co, k := d.Client, d.Company, d.Contact
	contact := strings.TrimSpace(strings.TrimSpace(k.FirstName) + " " + strings.TrimSpace(k.LastName))
	greet := ""
	if civ := c.Civility(); civ != "" { // « Bonjour Madame Robin, » as French business mail greets, never by full name
		greet = civ + " " + lastName(c, k)
	}
	phone := k.Phone
	if phone == "" {
		phone = c.Phone
	}
	due := m.totalDue()
	v := map[string]string{
		"Greeting":           l.greeting(strings.TrimSpace(greet)),
		"CustomerName":       c.Name,
		"CustomerClientCode": c.Code,
		"CustomerAddress":    address(c.Address),
		"CustomerSiren":      siren(c.SIREN),
		"CustomerPhone":      phone,
		"ContactFirstName":   strings.TrimSpace(k.FirstName),
		"ContactLastName":    strings.TrimSpace(k.LastName),
		"ContactName":        contact,

		"InvoiceNumber":    l.list(m.numbers()),
		"InvoiceLabel":     l.invoiceLabel(m.numbers()),
		"NumberOfInvoices": strconv.Itoa(len(m.invoices)),
		"DaysOverdue":      strconv.Itoa(m.daysOverdue()),
		"InvoiceTable":     m.textTable(),

		"TotalOverdue": l.money(due),
		"CustomerInvoicingExpiredOutstandingAmount": l.money(d.ExpiredOutstanding),
		"LatePenalties":     l.money(d.LatePenalties),
		"RecoveryIndemnity": l.money(d.RecoveryIndemnity),
		"TotalClaimed":      l.money(due + d.LatePenalties + d.RecoveryIndemnity),

		"Iban":             iban(co.IBAN),
		"Bic":              strings.ToUpper(strings.TrimSpace(co.BIC)),
		"PaymentReference": strings.Join(m.numbers(), ", "),

		"CompanyName":          co.LegalName,
		"CompanyAddress":       address(co.Address),
		"CompanyCity":          strings.TrimSpace(co.Address.City),
		"CompanySiren":         siren(co.SIREN),
		"CompanyEmail":         co.Email,
		"CompanyPhone":         co.Phone,
		"CompanyLogo":          "", // an image: nothing in plain text
		"SignatoryFirstName":   co.Signatory.FirstName,
		"SignatoryLastName":    co.Signatory.LastName,
		"SignatoryTitle":       co.Signatory.Title,
		"SignatoryEmail":       cmp.Or(co.Signatory.Email, co.Email),
		"SignatoryPhoneNumber": cmp.Or(co.Signatory.Phone, co.Phone),

		"CurrentDate": l.date(d.Today),
		"PromiseDate": l.date(d.PromiseDate),
	}
	if len(m.invoices) > 0 {
		first := &m.invoices[0]
		v["InvoiceDate"] = l.date(first.IssueDate)
		v["InvoiceDueDate"] = l.date(first.DueDate)
		v["InvoiceAmount"] = l.money(first.AmountInclTax)
		v["InvoiceAmountDue"] = l.money(first.Remaining())
	} else {
		v["InvoiceNumber"], v["InvoiceLabel"], v["NumberOfInvoices"], v["InvoiceDate"] = "", "", "", ""
		v["InvoiceDueDate"], v["InvoiceAmount"], v["InvoiceAmountDue"], v["PaymentReference"] = "", "", "", ""
	}
	for name, s := range v {
		v[name] = cleanValue(s)
	}
	v["PaymentLink"] = m.paymentLink(v)
	return v
}

// cleanValue gives every value "\n" line endings, the one form the renderers deal with.
func cleanValue(s string) string {
	s = strings.TrimSpace(s)
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// paymentLink renders the company's link pattern. Values are query-escaped and machine-readable (amounts 1234.56,
// dates ISO, invoice numbers comma-separated); the pattern's own text is the user's URL and is kept as written.
func (m *message) paymentLink(v map[string]string) string {
	pattern := strings.TrimSpace(m.d.PaymentLinkPattern)
	if pattern == "" {
		return ""
	}
	nodes, _ := parse(pattern) // an invalid pattern renders what it can; the settings screen validates it
	var b strings.Builder
	walk(nodes, m.business, func(n node) {
		if n.kind == textNode {
			b.WriteString(n.text)
			return
		}
		b.WriteString(url.QueryEscape(m.machineValue(n.text, v)))
	})
	return strings.Join(strings.Fields(b.String()), "") // a URL has no blanks: drop line breaks a pattern may hold
}

// machineValue is a variable's value as a program reads it, for URLs.
func (m *message) machineValue(name string, v map[string]string) string {
	var first *backend.Invoice
	if len(m.invoices) > 0 {
		first = &m.invoices[0]
	}
	due := m.totalDue()
	switch name {
	case "InvoiceNumber", "PaymentReference":
		return strings.Join(m.numbers(), ",")
	case "InvoiceAmount", "InvoiceAmountDue", "InvoiceDate", "InvoiceDueDate":
		if first == nil {
			return ""
		}
		switch name {
		case "InvoiceAmount":
			return first.AmountInclTax.String()
		case "InvoiceAmountDue":
			return first.Remaining().String()
		case "InvoiceDate":
			return first.IssueDate.String()
		}
		return first.DueDate.String()
	case "TotalOverdue":
		return due.String()
	case "CustomerInvoicingExpiredOutstandingAmount":
		return m.d.ExpiredOutstanding.String()
	case "LatePenalties":
		return m.d.LatePenalties.String()
	case "RecoveryIndemnity":
		return m.d.RecoveryIndemnity.String()
	case "TotalClaimed":
		return (due + m.d.LatePenalties + m.d.RecoveryIndemnity).String()
	case "CurrentDate":
		return m.d.Today.String()
	case "PromiseDate":
		return m.d.PromiseDate.String()
	case "Iban":
		return strings.ReplaceAll(v["Iban"], " ", "")
	case "InvoiceTable", "CompanyLogo", "PaymentLink":
		return ""
	}
	return v[name]
}

// address writes a postal address on several lines; the country only when it is not France.
func address(a backend.Address) string {
	var lines []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, s)
		}
	}
	add(a.Line1)
	add(a.Line2)
	add(strings.TrimSpace(a.PostalCode) + " " + strings.TrimSpace(a.City))
	if c := strings.TrimSpace(a.Country); !strings.EqualFold(c, "France") {
		add(c)
	}
	return strings.Join(lines, "\n")
}

// siren groups a SIREN 3-3-3 with non-breaking spaces, as printed on French documents.
func siren(s string) string {
	s = strings.TrimSpace(s)
	if len(s) != 9 {
		return s
	}
	return s[:3] + "\u00a0" + s[3:6] + "\u00a0" + s[6:]
}

// iban groups by four with plain spaces: the form banks print, and one that pastes into any banking form.
func iban(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:min(i+4, len(s))])
	}
	return b.String()
}

// lastName is the family name of the person Civility found: a consumer named with a civility (« Mme Samira Robin »)
// by that name less its civility and first name (« M. Dupont » keeps « Dupont »), else the billing contact's.
func lastName(c backend.Client, k backend.Contact) string {
	if c.Type == backend.Consumer && (backend.Client{Type: backend.Consumer, Name: c.Name}).Civility() != "" {
		f := strings.Fields(c.Name)[1:]
		if len(f) >= 2 {
			f = f[1:]
		}
		return strings.Join(f, " ")
	}
	return strings.TrimSpace(k.LastName)
}

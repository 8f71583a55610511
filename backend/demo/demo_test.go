package demo

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"relance/backend"
)

var today = backend.MustDate("2026-06-15")

func TestGenerateValid(t *testing.T) {
	for seed := int64(1); seed <= 5; seed++ {
		d := Generate(Options{Clients: 200, Invoices: 2000, Seed: seed, Today: today})
		checkLedger(t, d, 200, 2000, today)
	}
}

func TestGenerateSmallAndDefaults(t *testing.T) {
	d := Generate(Options{Invoices: -1})
	checkLedger(t, d, 50, 500, DefaultToday)
	d = Generate(Options{Clients: 3, Invoices: 0, Messages: 6, Seed: 2, Today: today}) // clients only
	checkLedger(t, d, 3, 0, today)
	d = Generate(Options{Clients: 1, Invoices: 30, Seed: 9, Today: today})
	checkLedger(t, d, 1, 30, today)
	d = Generate(Options{Clients: 300, Invoices: 5, Seed: 9, Today: backend.MustDate("2024-02-29")})
	checkLedger(t, d, 300, 5, backend.MustDate("2024-02-29"))
}

// checkLedger verifies that every record is valid, already normalised, and consistent with the others.
func checkLedger(t *testing.T, d Data, clients, invoices int, today backend.Date) {
	t.Helper()
	if len(d.Clients) != clients || len(d.Invoices) != invoices {
		t.Fatalf("%d clients, %d invoices; want %d, %d", len(d.Clients), len(d.Invoices), clients, invoices)
	}
	seen := map[string]bool{}
	unique := func(kind, v string) {
		if v == "" {
			return
		}
		if seen[kind+v] {
			t.Errorf("duplicate %s %q", kind, v)
		}
		seen[kind+v] = true
	}
	for i, c := range d.Clients {
		if c.ID != uint64(i+1) {
			t.Fatalf("client %d has ID %d", i, c.ID)
		}
		n := c
		n.Contacts = append([]backend.Contact(nil), c.Contacts...)
		if err := n.Normalize(); err != nil {
			t.Fatalf("client %s %q: %v", c.Code, c.Name, err)
		}
		if !reflect.DeepEqual(n, c) {
			t.Errorf("client %s is not in normal form:\n%+v\n%+v", c.Code, c, n)
		}
		unique("code", c.Code)
		unique("name", c.Name)
		unique("siren", c.SIREN)
		unique("email", c.Email)
		if c.SIRET != "" && c.SIRET[:9] != c.SIREN {
			t.Errorf("client %s: SIRET %s, SIREN %s", c.Code, c.SIRET, c.SIREN)
		}
		if c.VATNumber != "" && strings.HasPrefix(c.VATNumber, "FR") && c.VATNumber != backend.FrenchVATNumber(c.SIREN) {
			t.Errorf("client %s: VAT %s for SIREN %s", c.Code, c.VATNumber, c.SIREN)
		}
		if c.Type == backend.Consumer && (c.SIREN != "" || c.VATNumber != "") {
			t.Errorf("consumer %s has company identifiers", c.Code)
		}
		if c.Address.Line1 == "" || c.Address.PostalCode == "" || c.Address.City == "" || c.Phone == "" {
			t.Errorf("client %s: incomplete address or phone: %+v %q", c.Code, c.Address, c.Phone)
		}
		if c.Address.Country == "" && (len(c.Address.PostalCode) != 5 || strings.Trim(c.Address.PostalCode, "0123456789") != "") {
			t.Errorf("client %s: postal code %q", c.Code, c.Address.PostalCode)
		}
		if c.ReminderEmail() == "" || len(c.Contacts) == 0 || c.Contacts[0].FirstName == "" || c.Contacts[0].LastName == "" {
			t.Errorf("client %s: nobody to remind: %+v", c.Code, c.Contacts)
		}
		for _, k := range append([]backend.Contact{{Email: c.Email}}, c.Contacts...) {
			for _, r := range k.Email {
				if r > 127 {
					t.Errorf("client %s: non-ASCII e-mail %q", c.Code, k.Email)
					break
				}
			}
		}
		if c.CreatedAt.IsZero() || backend.DateOf(c.CreatedAt) > today {
			t.Errorf("client %s created at %v", c.Code, c.CreatedAt)
		}
	}

	paid := make([]backend.Cents, len(d.Invoices))
	for i, p := range d.Payments {
		if p.ID != uint64(i+1) {
			t.Fatalf("payment %d has ID %d", i, p.ID)
		}
		n := p
		n.Allocations = append([]backend.Allocation(nil), p.Allocations...)
		if err := n.Normalize(); err != nil {
			t.Fatalf("payment %d: %v", p.ID, err)
		}
		if !reflect.DeepEqual(n, p) {
			t.Errorf("payment %d is not in normal form", p.ID)
		}
		if i > 0 && p.Date < d.Payments[i-1].Date {
			t.Errorf("payment %d before payment %d", p.ID, p.ID-1)
		}
		if p.Date > today {
			t.Errorf("payment %d dated %v, after today", p.ID, p.Date)
		}
		if p.Allocated() != p.Amount || len(p.Allocations) == 0 || p.Reference == "" {
			t.Errorf("payment %d: amount %d, allocated %d, reference %q", p.ID, p.Amount, p.Allocated(), p.Reference)
		}
		if p.ClientID < 1 || int(p.ClientID) > len(d.Clients) {
			t.Fatalf("payment %d: client %d", p.ID, p.ClientID)
		}
		for _, a := range p.Allocations {
			if a.InvoiceID < 1 || int(a.InvoiceID) > len(d.Invoices) {
				t.Fatalf("payment %d: invoice %d", p.ID, a.InvoiceID)
			}
			inv := d.Invoices[a.InvoiceID-1]
			if inv.ClientID != p.ClientID {
				t.Errorf("payment %d of client %d pays invoice %s of client %d", p.ID, p.ClientID, inv.Number, inv.ClientID)
			}
			if p.Date < inv.IssueDate {
				t.Errorf("payment %d on %v before invoice %s of %v", p.ID, p.Date, inv.Number, inv.IssueDate)
			}
			paid[a.InvoiceID-1] += a.Amount
		}
	}

	first := today.AddDays(-historyDays - 2)
	for i, inv := range d.Invoices {
		if inv.ID != uint64(i+1) {
			t.Fatalf("invoice %d has ID %d", i, inv.ID)
		}
		n := inv
		if err := n.Normalize(); err != nil {
			t.Fatalf("invoice %s: %v", inv.Number, err)
		}
		if !reflect.DeepEqual(n, inv) {
			t.Errorf("invoice %s is not in normal form:\n%+v\n%+v", inv.Number, inv, n)
		}
		unique("number", inv.Number)
		if !strings.HasPrefix(inv.Number, "F-"+itoa(inv.IssueDate.Year())+"-") || len(inv.Number) != 13 {
			t.Errorf("invoice number %s issued %v", inv.Number, inv.IssueDate)
		}
		if i > 0 && (inv.IssueDate < d.Invoices[i-1].IssueDate || inv.Number <= d.Invoices[i-1].Number &&
			inv.IssueDate.Year() == d.Invoices[i-1].IssueDate.Year()) {
			t.Errorf("invoice %s (%v) out of order after %s", inv.Number, inv.IssueDate, d.Invoices[i-1].Number)
		}
		if inv.IssueDate < first || inv.IssueDate > today {
			t.Errorf("invoice %s issued %v, outside the history", inv.Number, inv.IssueDate)
		}
		if wd := inv.IssueDate.Weekday(); wd == 0 || wd == 6 {
			t.Errorf("invoice %s issued on a %v", inv.Number, wd)
		}
		c := d.Clients[inv.ClientID-1]
		if backend.DateOf(c.CreatedAt) > inv.IssueDate {
			t.Errorf("invoice %s issued %v to client %s created %v", inv.Number, inv.IssueDate, c.Code, c.CreatedAt)
		}
		if inv.AmountExclTax < 15000 || inv.AmountExclTax > 2500000 {
			t.Errorf("invoice %s: %s HT", inv.Number, backend.FormatEUR(inv.AmountExclTax))
		}
		rate := map[backend.Cents]bool{}
		for _, bp := range []int64{0, 550, 1000, 2000} {
			rate[backend.Cents((int64(inv.AmountExclTax)*bp+5000)/10000)] = true
		}
		if !rate[inv.VATAmount] {
			t.Errorf("invoice %s: VAT %d on %d HT matches no rate", inv.Number, inv.VATAmount, inv.AmountExclTax)
		}
		if paid[i] != inv.AmountPaid {
			t.Errorf("invoice %s: amount paid %d, allocations %d", inv.Number, inv.AmountPaid, paid[i])
		}
		if inv.AmountPaid > inv.AmountInclTax {
			t.Errorf("invoice %s overpaid", inv.Number)
		}
		if (inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff) && inv.AmountPaid != 0 {
			t.Errorf("invoice %s %s with payments", inv.Number, inv.Status)
		}
		if days := inv.IssueDate.DaysUntil(inv.DueDate); days > 75 {
			t.Errorf("invoice %s: due %d days after issue", inv.Number, days)
		}
	}
	if _, err := json.Marshal(d); err != nil {
		t.Error(err)
	}
}

func TestDeterministic(t *testing.T) {
	o := Options{Clients: 120, Invoices: 1500, Seed: 42, Today: today}
	a, b := Generate(o), Generate(o)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same options gave different data")
	}
	o.Seed = 43
	c := Generate(o)
	if reflect.DeepEqual(a.Clients, c.Clients) || reflect.DeepEqual(a.Invoices, c.Invoices) {
		t.Error("different seeds gave the same data")
	}
}

// stats counts what the demo must show: every aging bucket, every status, consumers, segments, rates.
type stats struct {
	consumers, english, foreign, noVAT                         int
	segments                                                   map[string]int
	status                                                     map[backend.InvoiceStatus]int
	notDue, overdue1to30, overdue31to60, overdue61to90, over90 int
	paidOnTime, paidLate, multiInvoicePayments, orderRefs      int
	rates                                                      map[int64]int
	endOfMonthDue, methods                                     int
	byMethod                                                   map[string]int
}

func collect(d Data, today backend.Date) stats {
	s := stats{segments: map[string]int{}, status: map[backend.InvoiceStatus]int{}, rates: map[int64]int{},
		byMethod: map[string]int{}}
	for _, c := range d.Clients {
		s.segments[c.Segment]++
		if c.Type == backend.Consumer {
			s.consumers++
		}
		if c.Language == "en" {
			s.english++
		}
		if c.Address.Country != "" {
			s.foreign++
		}
		if c.Type == backend.Business && c.SIREN != "" && c.VATNumber == "" {
			s.noVAT++
		}
	}
	lastPayment := map[uint64]backend.Date{}
	for _, p := range d.Payments {
		s.byMethod[p.Method]++
		if len(p.Allocations) > 1 {
			s.multiInvoicePayments++
		}
		for _, a := range p.Allocations {
			lastPayment[a.InvoiceID] = p.Date
		}
	}
	for _, inv := range d.Invoices {
		s.status[inv.Status]++
		if inv.OrderReference != "" {
			s.orderRefs++
		}
		if inv.DueDate == endOfMonth(inv.DueDate) {
			s.endOfMonthDue++
		}
		if inv.AmountExclTax > 0 {
			s.rates[(int64(inv.VATAmount)*10000+int64(inv.AmountExclTax)/2)/int64(inv.AmountExclTax)]++
		}
		switch days := inv.DaysOverdue(today); {
		case inv.Status == backend.StatusPaid:
			if lastPayment[inv.ID] <= inv.DueDate {
				s.paidOnTime++
			} else {
				s.paidLate++
			}
		case inv.Remaining() == 0:
		case days == 0:
			s.notDue++
		case days <= 30:
			s.overdue1to30++
		case days <= 60:
			s.overdue31to60++
		case days <= 90:
			s.overdue61to90++
		default:
			s.over90++
		}
	}
	return s
}

func TestDistribution(t *testing.T) {
	for seed := int64(1); seed <= 5; seed++ {
		d := Generate(Options{Clients: 200, Invoices: 2000, Seed: seed, Today: today})
		s := collect(d, today)
		t.Logf("seed %d: %+v", seed, s)
		atLeast := func(what string, got, min int) {
			t.Helper()
			if got < min {
				t.Errorf("seed %d: %d %s, want at least %d", seed, got, what, min)
			}
		}
		atMost := func(what string, got, max int) {
			t.Helper()
			if got > max {
				t.Errorf("seed %d: %d %s, want at most %d", seed, got, what, max)
			}
		}
		atLeast("consumers", s.consumers, 16) // ~15 %
		atMost("consumers", s.consumers, 50)
		atLeast("English-speaking clients", s.english, 2)
		atMost("English-speaking clients", s.english, 30)
		atLeast("foreign clients", s.foreign, 1)
		atLeast("firms without VAT number", s.noVAT, 1)
		for _, seg := range backend.DefaultSegments {
			atLeast("clients in segment "+seg, s.segments[seg], 5)
		}
		atLeast("regular clients", s.segments["regular"], 100)

		atLeast("paid invoices", s.status[backend.StatusPaid], 1200)
		atLeast("invoices paid on time", s.paidOnTime, 300)
		atLeast("invoices paid late", s.paidLate, 300)
		atLeast("partially paid invoices", s.status[backend.StatusPartiallyPaid], 10)
		atLeast("cancelled invoices", s.status[backend.StatusCancelled], 10)
		atMost("cancelled invoices", s.status[backend.StatusCancelled], 80)
		atLeast("invoices not yet due", s.notDue, 60)
		atLeast("invoices 1–30 days overdue", s.overdue1to30, 25)
		atLeast("invoices 31–60 days overdue", s.overdue31to60, 10)
		atLeast("invoices 61–90 days overdue", s.overdue61to90, 5)
		atLeast("invoices over 90 days overdue", s.over90, 25)
		atMost("invoices over 90 days overdue", s.over90, 300)
		atLeast("payments of several invoices", s.multiInvoicePayments, 5)
		atLeast("invoices with an order reference", s.orderRefs, 50)
		atLeast("invoices due at a month end", s.endOfMonthDue, 200)
		atLeast("invoices at 20 % VAT", s.rates[2000], 1300)
		atLeast("invoices at 10 % VAT", s.rates[1000], 50)
		atLeast("invoices at 5.5 % VAT", s.rates[550], 20)
		atLeast("invoices without VAT", s.rates[0], 5)
		for _, m := range []string{"transfer", "cheque", "direct_debit", "card"} {
			atLeast("payments by "+m, s.byMethod[m], 10)
		}
	}
}

func TestNames(t *testing.T) {
	d := Generate(Options{Clients: 2000, Invoices: 1, Seed: 7, Today: today})
	var consumers, withForm int
	for _, c := range d.Clients {
		if c.Type == backend.Consumer {
			consumers++
			if !strings.HasPrefix(c.Name, "Mme ") && !strings.HasPrefix(c.Name, "M. ") &&
				!strings.HasPrefix(c.Name, "Ms ") && !strings.HasPrefix(c.Name, "Mr ") {
				t.Errorf("consumer name %q", c.Name)
			}
		}
		for _, f := range []string{" SARL", " SAS", " EURL", " SA"} {
			if strings.Contains(c.Name, f) {
				withForm++
				break
			}
		}
		if strings.ContainsAny(c.Name, "0123456789") {
			t.Errorf("name with digits: %q", c.Name)
		}
	}
	if withForm < 800 {
		t.Errorf("%d names with a legal form", withForm)
	}
	if testing.Verbose() {
		for _, inv := range d.Invoices[len(d.Invoices)-1:] {
			t.Logf("%+v", inv)
		}
		for _, c := range d.Clients[:25] {
			t.Logf("%s %-45s %-9s %-8s %s, %s %s | %s | %s | %+v", c.Code, c.Name, c.Type, c.Segment, c.Address.Line1,
				c.Address.PostalCode, c.Address.City, c.Email, c.Phone, c.Contacts)
		}
	}
}

func TestLuhnDigit(t *testing.T) {
	for _, valid := range []string{"552081317", "732829320", "73282932000074"} {
		payload := []byte(valid[:len(valid)-1])
		if got := luhnDigit(payload); got != valid[len(valid)-1] {
			t.Errorf("luhnDigit(%s) = %c, want %c", payload, got, valid[len(valid)-1])
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{"Boulangerie Martin": "boulangerie-martin", "Lefèvre et Fils": "lefevre-et-fils",
		"Œuvres d'Art": "oeuvres-d-art", "  Île-de-France  Énergies ": "ile-de-france-energies", "Müller": "muller"} {
		if got := slug(in, '-'); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := bankLabel("Menuiserie Lefèvre et Fils Ébénisterie Générale SARL"); got != "MENUISERIE LEFEVRE ET FILS EBENI" {
		t.Errorf("bankLabel = %q", got)
	}
}

func BenchmarkGenerate(b *testing.B) {
	for _, size := range []struct {
		name              string
		clients, invoices int
	}{{"200x2000", 200, 2000}, {"5000x100000", 5000, 100000}} {
		b.Run(size.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				Generate(Options{Clients: size.clients, Invoices: size.invoices, Seed: int64(i), Today: today})
			}
		})
	}
}

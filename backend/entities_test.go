package backend

import (
	"errors"
	"strings"
	"testing"
)

// fieldErrors returns the per-field messages of a domain error, keyed by field.
func fieldErrors(t *testing.T, err error) map[string]string {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not a domain error", err, err)
	}
	if e.Code != EINVALID {
		t.Errorf("code = %s, want EINVALID", e.Code)
	}
	m := map[string]string{}
	for _, f := range e.Fields {
		m[f.Field] = f.Message
	}
	return m
}

func TestClientNormalize(t *testing.T) {
	base := func() Client { return Client{Code: " c00001 ", Name: "  Boulangerie Martin SARL "} }
	t.Run("defaults", func(t *testing.T) {
		c := base()
		if err := c.Normalize(); err != nil {
			t.Fatal(err)
		}
		if c.Code != "C00001" || c.Name != "Boulangerie Martin SARL" || c.Type != Business || c.Language != "fr" ||
			c.Segment != "regular" || c.PaymentMethod != "" {
			t.Errorf("normalized = %+v", c)
		}
	})
	t.Run("type synonyms", func(t *testing.T) {
		for in, want := range map[ClientType]ClientType{"": Business, "business": Business, "Entreprise": Business,
			"professionnel": Business, "PRO": Business, "b2b": Business, "consumer": Consumer, "Particulier": Consumer,
			"B2C": Consumer} {
			c := base()
			c.Type = in
			if err := c.Normalize(); err != nil || c.Type != want {
				t.Errorf("type %q → %q, %v; want %q", in, c.Type, err, want)
			}
		}
		c := base()
		c.Type = "association"
		if err := c.Normalize(); err == nil || !strings.Contains(fieldErrors(t, err)["type"], "« association » invalide") {
			t.Errorf("type association: %v", err)
		}
	})
	t.Run("language", func(t *testing.T) {
		for in, want := range map[string]string{"": "fr", "FR": "fr", "français": "fr", "Francais": "fr", "french": "fr",
			"en": "en", "EN": "en", "anglais": "en", "English": "en"} {
			c := base()
			c.Language = in
			if err := c.Normalize(); err != nil || c.Language != want {
				t.Errorf("language %q → %q, %v; want %q", in, c.Language, err, want)
			}
		}
		c := base()
		c.Language = "de"
		if err := c.Normalize(); err == nil || fieldErrors(t, err)["language"] != "langue « de » invalide : fr ou en" {
			t.Errorf("language de: %v", err)
		}
	})
	t.Run("segment", func(t *testing.T) {
		c := base()
		c.Segment = "  At-Risk "
		if err := c.Normalize(); err != nil || c.Segment != "at-risk" {
			t.Errorf("segment = %q, %v", c.Segment, err)
		}
	})
	t.Run("SIRET gives the SIREN", func(t *testing.T) {
		c := base()
		c.SIRET = "732 829 320 00074"
		if err := c.Normalize(); err != nil {
			t.Fatal(err)
		}
		if c.SIRET != "73282932000074" || c.SIREN != "732829320" {
			t.Errorf("SIRET %q SIREN %q", c.SIRET, c.SIREN)
		}
	})
	t.Run("SIRET of another SIREN", func(t *testing.T) {
		c := base()
		c.SIREN, c.SIRET = "552081317", "73282932000074"
		err := c.Normalize()
		if err == nil || fieldErrors(t, err)["siret"] != "le SIRET 73282932000074 ne commence pas par le SIREN 552081317" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("identifiers", func(t *testing.T) {
		c := base()
		c.SIREN, c.VATNumber, c.Email, c.PaymentMethod = "552 081 317", "fr03552081317", " compta@martin.fr ", "Virement"
		if err := c.Normalize(); err != nil {
			t.Fatal(err)
		}
		if c.SIREN != "552081317" || c.VATNumber != "FR03552081317" || c.Email != "compta@martin.fr" || c.PaymentMethod != "transfer" {
			t.Errorf("normalized = %+v", c)
		}
	})
	t.Run("every problem at once", func(t *testing.T) {
		c := Client{Type: "x", SIREN: "123456789", SIRET: "1", VATNumber: "FR00552081317", Email: "nope",
			Language: "it", PaymentMethod: "bitcoin", Contacts: []Contact{{Email: "a@b"}}}
		fe := fieldErrors(t, c.Normalize())
		for _, f := range []string{"code", "name", "type", "siren", "siret", "vatNumber", "email", "contacts.0.email",
			"language", "paymentMethod"} {
			if fe[f] == "" {
				t.Errorf("no error for %s in %v", f, fe)
			}
		}
	})
	t.Run("code", func(t *testing.T) {
		for _, code := range []string{"A|B", "A\tB", strings.Repeat("X", 41)} {
			c := base()
			c.Code = code
			if err := c.Normalize(); err == nil || fieldErrors(t, err)["code"] == "" {
				t.Errorf("code %q accepted", code)
			}
		}
	})
	t.Run("two billing contacts", func(t *testing.T) {
		c := base()
		c.Contacts = []Contact{{FirstName: "Anne", Email: "anne@martin.fr", Billing: true},
			{FirstName: "Paul", Email: "paul@martin.fr", Billing: true}}
		err := c.Normalize()
		if err == nil || fieldErrors(t, err)["contacts"] != "un seul contact peut être marqué « facturation »" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("idempotent", func(t *testing.T) {
		c := base()
		c.Type, c.SIRET, c.VATNumber, c.Language, c.PaymentMethod = "particulier", "73282932000074", "FR44 732 829 320", "English", "CB"
		if err := c.Normalize(); err != nil {
			t.Fatal(err)
		}
		once := c
		if err := c.Normalize(); err != nil || c.Type != once.Type || c.SIREN != once.SIREN || c.VATNumber != once.VATNumber ||
			c.Language != once.Language || c.PaymentMethod != once.PaymentMethod {
			t.Errorf("second Normalize changed %+v into %+v (%v)", once, c, err)
		}
	})
}

func TestClientReminderEmail(t *testing.T) {
	c := Client{Email: "contact@martin.fr"}
	if got := c.ReminderEmail(); got != "contact@martin.fr" {
		t.Errorf("no contacts: %q", got)
	}
	c.Contacts = []Contact{{FirstName: "Sans"}, {FirstName: "Anne", Email: "anne@martin.fr"}}
	if got := c.ReminderEmail(); got != "anne@martin.fr" {
		t.Errorf("first with e-mail: %q", got)
	}
	c.Contacts = append(c.Contacts, Contact{FirstName: "Paul", Email: "compta@martin.fr", Billing: true})
	if got := c.ReminderEmail(); got != "compta@martin.fr" {
		t.Errorf("billing contact: %q", got)
	}
	c.Contacts[2].EmailInvalid = true
	if got := c.ReminderEmail(); got != "contact@martin.fr" {
		t.Errorf("bounced billing address: %q", got)
	}
}

func TestNormalizePaymentMethod(t *testing.T) {
	for in, want := range map[string]string{"": "", "transfer": "transfer", "Virement": "transfer", "VIR SEPA": "transfer",
		"sepa": "transfer", "wire": "transfer", "Prélèvement": "direct_debit", "direct debit": "direct_debit",
		"chèque": "cheque", "Cheque": "cheque", "check": "cheque", "CB": "card", "carte bancaire": "card", "card": "card",
		"Espèces": "cash", "cash": "cash", "LCR": "lcr", "autre": "other"} {
		if got, err := NormalizePaymentMethod(in); err != nil || got != want {
			t.Errorf("NormalizePaymentMethod(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := NormalizePaymentMethod("bitcoin"); err == nil || ErrorCode(err) != EINVALID {
		t.Errorf("bitcoin: %v", err)
	}
}

func validInvoice() Invoice {
	return Invoice{Number: " F-2026-000123 ", ClientID: 1, IssueDate: MustDate("2026-03-15"), DueDate: MustDate("2026-04-14"),
		AmountExclTax: 100000, VATAmount: 20000, AmountInclTax: 120000}
}

func TestInvoiceNormalize(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		i := validInvoice()
		if err := i.Normalize(); err != nil {
			t.Fatal(err)
		}
		if i.Number != "F-2026-000123" || i.Currency != "EUR" || i.Status != StatusOpen {
			t.Errorf("normalized = %+v", i)
		}
	})
	t.Run("totals", func(t *testing.T) {
		i := validInvoice()
		i.AmountInclTax = 123456
		err := i.Normalize()
		want := "HT 1\u00a0000,00\u00a0€ + TVA 200,00\u00a0€ = 1\u00a0200,00\u00a0€, pas 1\u00a0234,56\u00a0€ TTC"
		if err == nil || fieldErrors(t, err)["amountInclTax"] != want {
			t.Errorf("err = %v\nwant %s", err, want)
		}
	})
	t.Run("negative amounts", func(t *testing.T) {
		i := validInvoice()
		i.AmountExclTax, i.VATAmount, i.AmountInclTax = -100, -20, -120
		if err := i.Normalize(); err == nil || !strings.Contains(fieldErrors(t, err)["amountInclTax"], "avoir") {
			t.Errorf("err = %v", err)
		}
		i = validInvoice()
		i.AmountPaid = -1
		if err := i.Normalize(); err == nil || fieldErrors(t, err)["amountPaid"] == "" {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("due before issue", func(t *testing.T) {
		i := validInvoice()
		i.DueDate = MustDate("2026-03-14")
		err := i.Normalize()
		want := "l'échéance (14/03/2026) est antérieure à la date de facture (15/03/2026)"
		if err == nil || fieldErrors(t, err)["dueDate"] != want {
			t.Errorf("err = %v", err)
		}
		i = validInvoice()
		i.DueDate = i.IssueDate // payable on receipt
		if err := i.Normalize(); err != nil {
			t.Errorf("due on issue date: %v", err)
		}
	})
	t.Run("required", func(t *testing.T) {
		i := Invoice{}
		fe := fieldErrors(t, i.Normalize())
		for _, f := range []string{"number", "issueDate", "dueDate"} {
			if fe[f] == "" {
				t.Errorf("no error for %s in %v", f, fe)
			}
		}
	})
	t.Run("currency", func(t *testing.T) {
		i := validInvoice()
		i.Currency = " eur "
		if err := i.Normalize(); err != nil || i.Currency != "EUR" {
			t.Errorf("eur: %q, %v", i.Currency, err)
		}
		i.Currency = "USD"
		err := i.Normalize()
		if err == nil || fieldErrors(t, err)["currency"] != "devise « USD » non prise en charge : Relance gère les factures en euros (EUR)" {
			t.Errorf("USD: %v", err)
		}
	})
	t.Run("number", func(t *testing.T) {
		for _, n := range []string{"F|1", "F\n1", strings.Repeat("9", 61)} {
			i := validInvoice()
			i.Number = n
			if err := i.Normalize(); err == nil || fieldErrors(t, err)["number"] == "" {
				t.Errorf("number %q accepted", n)
			}
		}
	})
	t.Run("status", func(t *testing.T) {
		i := validInvoice()
		i.Status = "lost"
		if err := i.Normalize(); err == nil || fieldErrors(t, err)["status"] != "statut « lost » inconnu" {
			t.Errorf("err = %v", err)
		}
	})
}

func TestSettleStatus(t *testing.T) {
	tests := []struct {
		status     InvoiceStatus
		incl, paid Cents
		want       InvoiceStatus
		remaining  Cents
	}{
		{"", 120000, 0, StatusOpen, 120000},
		{StatusOpen, 120000, 1, StatusPartiallyPaid, 119999},
		{StatusOpen, 120000, 119999, StatusPartiallyPaid, 1},
		{StatusPartiallyPaid, 120000, 120000, StatusPaid, 0},
		{StatusOpen, 120000, 130000, StatusPaid, 0},             // overpaid: the excess is a credit
		{StatusPaid, 120000, 50000, StatusPartiallyPaid, 70000}, // a payment was unallocated
		{StatusPaid, 120000, 0, StatusOpen, 120000},
		{StatusCancelled, 120000, 0, StatusCancelled, 0},
		{StatusCancelled, 120000, 120000, StatusCancelled, 0},
		{StatusWrittenOff, 120000, 20000, StatusWrittenOff, 0},
		{"", 0, 0, StatusOpen, 0},
	}
	for _, tt := range tests {
		i := Invoice{Status: tt.status, AmountInclTax: tt.incl, AmountPaid: tt.paid}
		i.SettleStatus()
		if i.Status != tt.want || i.Remaining() != tt.remaining {
			t.Errorf("%q incl %d paid %d → %q remaining %d; want %q, %d", tt.status, tt.incl, tt.paid, i.Status,
				i.Remaining(), tt.want, tt.remaining)
		}
	}
}

func TestOverdue(t *testing.T) {
	i := validInvoice() // due 14/04/2026
	for _, tt := range []struct {
		today string
		days  int
	}{{"2026-04-13", 0}, {"2026-04-14", 0}, {"2026-04-15", 1}, {"2026-07-13", 90}} {
		today := MustDate(tt.today)
		if got := i.DaysOverdue(today); got != tt.days || i.IsOverdue(today) != (tt.days > 0) {
			t.Errorf("DaysOverdue(%s) = %d, want %d", tt.today, got, tt.days)
		}
	}
	i.AmountPaid = i.AmountInclTax
	if i.IsOverdue(MustDate("2027-01-01")) {
		t.Error("a paid invoice is overdue")
	}
}

func TestPaymentNormalize(t *testing.T) {
	p := Payment{ClientID: 1, Date: MustDate("2026-04-20"), Amount: 150000, Method: "Virement",
		Allocations: []Allocation{{InvoiceID: 1, Amount: 120000}, {InvoiceID: 2, Amount: 30000}}}
	if err := p.Normalize(); err != nil {
		t.Fatal(err)
	}
	if p.Method != "transfer" || p.Allocated() != 150000 || p.Unallocated() != 0 {
		t.Errorf("normalized = %+v", p)
	}
	if over := (Payment{Amount: 2000, Allocations: []Allocation{{InvoiceID: 1, Amount: 1500}}}); over.Unallocated() != 500 {
		t.Errorf("credit left of an overpayment: %v", over.Unallocated())
	}

	p.Allocations[1].Amount = 30001
	err := p.Normalize()
	want := "les affectations (1\u00a0500,01\u00a0€) dépassent le montant du paiement (1\u00a0500,00\u00a0€)"
	if err == nil || fieldErrors(t, err)["allocations"] != want {
		t.Errorf("over-allocated: %v", err)
	}

	p.Allocations[1].Amount = 0
	if err := p.Normalize(); err == nil || fieldErrors(t, err)["allocations"] != "chaque affectation doit être d'un montant positif" {
		t.Errorf("zero allocation: %v", err)
	}

	// Less allocated than received is fine: the rest is a credit.
	p.Allocations = p.Allocations[:1]
	if err := p.Normalize(); err != nil {
		t.Errorf("partly allocated: %v", err)
	}

	fe := fieldErrors(t, (&Payment{Amount: 0, Method: "troc"}).Normalize())
	for _, f := range []string{"date", "amount", "method"} {
		if fe[f] == "" {
			t.Errorf("no error for %s in %v", f, fe)
		}
	}
}

func TestCompanyNormalize(t *testing.T) {
	c := Company{LegalName: "Relance SAS", SIRET: "732 829 320 00074", IBAN: "FR76 3000 6000 0112 3456 7890 189",
		BIC: "bnpafrpp", Email: "contact@relance.fr", PaymentTermsDays: 30}
	if err := c.Normalize(); err != nil {
		t.Fatal(err)
	}
	if c.SIREN != "732829320" || c.VATNumber != "FR44732829320" || c.IBAN != "FR7630006000011234567890189" || c.BIC != "BNPAFRPP" {
		t.Errorf("normalized = %+v", c)
	}
	// An invalid, short SIRET next to a SIREN is reported, not a panic.
	c = Company{LegalName: "X", SIREN: "552081317", SIRET: "123"}
	if err := c.Normalize(); err == nil || fieldErrors(t, err)["siret"] == "" {
		t.Errorf("short SIRET: %v", err)
	}
	c = Company{LegalName: "X", PaymentTermsDays: 61, Logo: make([]byte, MaxLogoBytes+1)}
	fe := fieldErrors(t, c.Normalize())
	if fe["paymentTermsDays"] == "" || fe["logo"] == "" {
		t.Errorf("errors = %v", fe)
	}
}

func TestErrors(t *testing.T) {
	if ErrorCode(nil) != "" || ErrorCode(errors.New("disk")) != EINTERNAL || ErrorCode(Errorf(ENOTFOUND, "x")) != ENOTFOUND {
		t.Error("ErrorCode")
	}
	if !strings.Contains(ErrorMessage(errors.New("secret path /home/x")), "erreur interne") {
		t.Error("internal detail leaked")
	}
	e := &Error{Code: EINVALID, Message: "ligne 12", Fields: []FieldError{{"a", "un"}, {"b", "deux"}}}
	if e.Error() != "ligne 12 : un ; deux" {
		t.Errorf("Error() = %q", e.Error())
	}
	wrapped := errors.Join(errors.New("ctx"), Errorf(ECONFLICT, "déjà là"))
	if ErrorCode(wrapped) != ECONFLICT {
		t.Errorf("wrapped code = %s", ErrorCode(wrapped))
	}
}

func TestClientCivility(t *testing.T) {
	for _, c := range []struct {
		c    Client
		want string
	}{
		{Client{Type: Consumer, Name: "Mme Claire Petit"}, "Madame"},
		{Client{Type: Consumer, Name: "M. Jean Martin"}, "Monsieur"},
		{Client{Type: Consumer, Name: "Madame Robin"}, "Madame"},
		{Client{Type: Consumer, Name: "Claire Petit"}, ""},
		{Client{Type: Consumer, Name: "Mme"}, ""},
		{Client{Type: Business, Name: "M. Bricolage SAS"}, ""}, // a company's name is not a person
		{Client{Type: Business, Name: "Garage", Contacts: []Contact{{FirstName: "Mme Anne", LastName: "Roux", Billing: true}}}, "Madame"},
	} {
		if got := c.c.Civility(); got != c.want {
			t.Errorf("%q %+v: %q, want %q", c.c.Name, c.c.Contacts, got, c.want)
		}
	}
}

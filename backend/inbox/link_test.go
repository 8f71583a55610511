package inbox

import (
	"slices"
	"strings"
	"testing"
)

// countingDir wraps the fixture to watch what LinkMessage asks.
type countingDir struct {
	*fixture
	domains  []string
	invoices int
}

func (c *countingDir) ClientsByDomain(d string) []uint64 {
	c.domains = append(c.domains, d)
	return c.fixture.ClientsByDomain(d)
}

func (c *countingDir) InvoiceByNumber(n string) (uint64, uint64, bool) {
	c.invoices++
	return c.fixture.InvoiceByNumber(n)
}

// noDater hides the fixture's SentDate.
type noDater struct{ f *fixture }

func (n noDater) SentMessage(id string) (uint64, []uint64, bool)  { return n.f.SentMessage(id) }
func (n noDater) ClientByEmail(e string) (uint64, bool)           { return n.f.ClientByEmail(e) }
func (n noDater) ClientsByDomain(d string) []uint64               { return n.f.ClientsByDomain(d) }
func (n noDater) InvoiceByNumber(s string) (uint64, uint64, bool) { return n.f.InvoiceByNumber(s) }

func TestLinkMessage(t *testing.T) {
	f := newFixture()
	id := func(code string) uint64 { return f.clients[code] }
	tests := []struct {
		name     string
		m        Message
		client   string
		by       string
		invoices []string
		reason   string
	}{
		{"in-reply-to", Message{InReplyTo: "<r-2026-0002@atelier-dupont.fr>", From: Address{Email: "x@gmail.com"}},
			"LEFEVRE", "reply", []string{"F-2026-014", "F-2026-021"}, "réponse à la relance du 26/11"},
		{"references newest first", Message{InReplyTo: "<inconnu@x>", References: []string{"<r-2026-0001@atelier-dupont.fr>", "<r-2026-0004@atelier-dupont.fr>", "<autre@x>"}},
			"PETIT", "reply", []string{"F-2026-040", "F-2026-041"}, "réponse à la relance du 25/11"},
		{"reply plus a cited invoice of the same client", Message{InReplyTo: "<r-2026-0001@atelier-dupont.fr>", Text: "et aussi la F-2026-021, mais pas la F-2026-040"},
			"LEFEVRE", "reply", []string{"F-2026-014", "F-2026-021"}, "réponse à la relance du 12/11 ; facture F-2026-021 citée"},
		{"address", Message{From: Address{Name: "Marc Lefèvre", Email: "marc@lefevre.fr"}},
			"LEFEVRE", "address", nil, "adresse de Marc Lefèvre (marc@lefevre.fr)"},
		{"reply-to address", Message{From: Address{Email: "noreply@plateforme.example"}, ReplyTo: []Address{{Email: "c.roux@cabinet-roux.fr"}}},
			"ROUX", "address", nil, "adresse c.roux@cabinet-roux.fr"},
		{"subdomain", Message{From: Address{Email: "paie@compta.lefevre.fr"}},
			"LEFEVRE", "domain", nil, "domaine lefevre.fr"},
		{"shared domain", Message{From: Address{Email: "x@groupe-leport.fr"}},
			"", "", nil, "domaine groupe-leport.fr partagé par 2 clients"},
		{"public provider", Message{From: Address{Email: "inconnu@orange.fr"}},
			"", "", nil, "ni relance d'origine"},
		{"invoice in lower case", Message{From: Address{Email: "inconnu@gmail.com"}, Subject: "Facture f-2026-130"},
			"BLANC", "invoice", []string{"F-2026-130"}, "facture F-2026-130 citée"},
		{"invoices joined by a slash", Message{Text: "Factures F-2026-081/F-2026-082."},
			"ROUX", "invoice", []string{"F-2026-081", "F-2026-082"}, "factures F-2026-081, F-2026-082 citées"},
		{"invoices of two clients", Message{Text: "F-2026-014 et F-2026-040"},
			"", "", nil, "factures de plusieurs clients citées (F-2026-014, F-2026-040)"},
		{"bounce by original message", Message{From: Address{Email: "mailer-daemon@googlemail.com"}, Bounce: &Bounce{Recipient: "inconnu@x.fr", OriginalMessageID: "<r-2026-0007@atelier-dupont.fr>"}},
			"DURAND", "reply", []string{"F-2026-070"}, "avis de non-distribution de la relance du 30/11"},
		{"bounce by failed address", Message{From: Address{Email: "postmaster@lefevre.fr"}, Bounce: &Bounce{Recipient: "s.martin@orange.fr"}},
			"MARTIN", "address", nil, "adresse en échec s.martin@orange.fr"},
		{"bounce never by the daemon's domain", Message{From: Address{Email: "postmaster@lefevre.fr"}, Bounce: &Bounce{Recipient: "inconnu@x.fr"}},
			"", "", nil, "ni relance d'origine"},
	}
	for _, tt := range tests {
		d := &countingDir{fixture: f}
		l := LinkMessage(tt.m, d)
		var got []string
		for _, i := range l.InvoiceIDs {
			got = append(got, f.numbers[i])
		}
		slices.Sort(got)
		if l.ClientID != id(tt.client) || l.By != tt.by || !slices.Equal(got, tt.invoices) || !strings.HasPrefix(l.Reason, tt.reason) {
			t.Errorf("%s: %s by %q %v %q, want %s by %q %v %q", tt.name, f.codes[l.ClientID], l.By, got, l.Reason, tt.client, tt.by, tt.invoices, tt.reason)
		}
		if l.InvoiceIDs == nil {
			t.Errorf("%s: nil InvoiceIDs", tt.name)
		}
		for _, dom := range d.domains {
			if PublicProvider(dom) {
				t.Errorf("%s: asked the directory about %s", tt.name, dom)
			}
		}
	}
}

func TestLinkReasonWithoutDates(t *testing.T) {
	l := LinkMessage(Message{InReplyTo: "<r-2026-0002@atelier-dupont.fr>"}, noDater{newFixture()})
	if l.By != "reply" || l.Reason != "réponse à une relance envoyée" {
		t.Errorf("%+v", l)
	}
}

func TestLinkBoundsLookups(t *testing.T) {
	d := &countingDir{fixture: newFixture()}
	var b strings.Builder
	for i := range 20000 {
		b.WriteString("X-")
		b.WriteString(strings.Repeat("9", i%20+1))
		b.WriteString(" ")
	}
	l := LinkMessage(Message{Text: b.String() + " F-2026-014"}, d)
	if d.invoices > maxInvoiceLookups {
		t.Errorf("%d invoice lookups", d.invoices)
	}
	_ = l
}

func TestInvoiceTokens(t *testing.T) {
	got := invoiceTokens("Facture n°F-2026-014, réglée le 15/12/2026. Réf: INV_2026.07 ab 12 x1y2z3" + strings.Repeat("9", 40))
	want := []string{"F-2026-014", "15/12/2026", "INV_2026.07"}
	if !slices.Equal(got, want) {
		t.Errorf("%q, want %q", got, want)
	}
}

func TestPublicProvider(t *testing.T) {
	for d, want := range map[string]bool{
		"gmail.com": true, "orange.fr": true, "wanadoo.fr": true, "free.fr": true, "hotmail.fr": true, "hotmail.co.uk": true,
		"outlook.com": true, "yahoo.fr": true, "laposte.net": true, "sfr.fr": true, "icloud.com": true, "GMAIL.COM": true,
		"lefevre.fr": false, "outlook-services.fr": false, "free-mobile.fr": false, "yahoo.example-company.com": false,
	} {
		if PublicProvider(d) != want {
			t.Errorf("PublicProvider(%q) = %v", d, !want)
		}
	}
}

package template

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"relance/backend"
)

func render(t *testing.T, tpl Template, d Data) Rendered {
	t.Helper()
	r, err := Render(tpl, d)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEscaping(t *testing.T) {
	d := b2bData("fr")
	d.Client.Name = "<script>alert(1)</script> & Co"
	d.Company.LegalName = `Durand "&" fils`
	tpl := Template{Key: "firm", Lang: "fr", Subject: "Relance [[CustomerName]]",
		Body: "Client : [[CustomerName]] <b>gras</b>\n[[CompanyName]]"}
	r := render(t, tpl, d)
	if strings.Contains(r.HTML, "<script") || strings.Contains(r.HTML, "<b>") {
		t.Errorf("HTML not escaped:\n%s", r.HTML)
	}
	for _, want := range []string{
		"Client : &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co &lt;b&gt;gras&lt;/b&gt;<br>\nDurand &#34;&amp;&#34; fils</p>",
		"<title>Relance &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</title>",
	} {
		if !strings.Contains(r.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, r.HTML)
		}
	}
	if want := "Client : <script>alert(1)</script> & Co <b>gras</b>\nDurand \"&\" fils\n"; r.Text != want {
		t.Errorf("Text = %q, want %q", r.Text, want)
	}
	if r.Subject != "Relance <script>alert(1)</script> & Co" {
		t.Errorf("Subject = %q", r.Subject)
	}
}

func TestSubjectIsOneLine(t *testing.T) {
	d := b2bData("fr")
	d.Client.Name = "Martin\r\nBcc: victime@example.com\nX-Evil:\u2028oui\x00"
	r := render(t, Template{Key: "firm", Subject: "Relance [[CustomerName]] [[CustomerAddress]] [[InvoiceTable]]", Body: "x"}, d)
	if strings.ContainsAny(r.Subject, "\r\n\x00\u2028") {
		t.Fatalf("Subject = %q", r.Subject)
	}
	if !strings.HasPrefix(r.Subject, "Relance Martin Bcc: victime@example.com X-Evil: oui 12 rue des Lilas 69003 Lyon Facture") {
		t.Errorf("Subject = %q", r.Subject)
	}
	// The template's own text cannot break it either (Render is also used on unsaved drafts).
	r = render(t, Template{Key: "firm", Subject: "a\r\nb", Body: "x"}, d)
	if r.Subject != "a b" {
		t.Errorf("Subject = %q", r.Subject)
	}
}

func TestValues(t *testing.T) {
	fr := Values(b2bData("fr"))
	en := Values(b2bData("en"))
	if !slices.Equal(slices.Sorted(maps.Keys(fr)), slices.Sorted(func(yield func(string) bool) {
		for _, v := range catalogue {
			if !yield(v.Name) {
				return
			}
		}
	})) {
		t.Errorf("Values keys differ from the catalogue")
	}
	tests := []struct{ name, fr, en string }{
		{"Greeting", "Bonjour,", "Hello,"}, // no civility known: never « Bonjour Marie Dupont, »
		{"CustomerName", "Boulangerie Martin", "Boulangerie Martin"},
		{"CustomerAddress", "12 rue des Lilas\n69003 Lyon", "12 rue des Lilas\n69003 Lyon"},
		{"CustomerSiren", "552\u00a0081\u00a0317", "552\u00a0081\u00a0317"},
		{"CustomerPhone", "04 78 12 34 56", "04 78 12 34 56"},
		{"ContactName", "Marie Dupont", "Marie Dupont"},
		{"InvoiceNumber", "F-2026-014 et F-2026-021", "F-2026-014 and F-2026-021"},
		{"InvoiceLabel", "factures n°\u00a0F-2026-014 et F-2026-021", "invoices F-2026-014 and F-2026-021"},
		{"InvoiceDate", "15 janvier 2026", "15 January 2026"},
		{"InvoiceDueDate", "14 février 2026", "14 February 2026"},
		{"InvoiceAmount", "1\u00a0200,00\u00a0€", "€1,200.00"},
		{"InvoiceAmountDue", "1\u00a0200,00\u00a0€", "€1,200.00"},
		{"DaysOverdue", "30", "30"},
		{"NumberOfInvoices", "2", "2"},
		{"TotalOverdue", "3\u00a0656,78\u00a0€", "€3,656.78"},
		{"CustomerInvoicingExpiredOutstandingAmount", "4\u00a0256,78\u00a0€", "€4,256.78"},
		{"LatePenalties", "21,37\u00a0€", "€21.37"},
		{"RecoveryIndemnity", "80,00\u00a0€", "€80.00"},
		{"TotalClaimed", "3\u00a0758,15\u00a0€", "€3,758.15"},
		{"Iban", "FR76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189"},
		{"Bic", "AGRIFRPP", "AGRIFRPP"},
		{"PaymentReference", "F-2026-014, F-2026-021", "F-2026-014, F-2026-021"},
		{"PaymentLink", "https://pay.example.fr/?ref=F-2026-014%2CF-2026-021&amount=3656.78",
			"https://pay.example.fr/?ref=F-2026-014%2CF-2026-021&amount=3656.78"},
		{"CompanyName", "Atelier Durand", "Atelier Durand"},
		{"CompanyAddress", "8 quai Saint-Vincent\n69001 Lyon", "8 quai Saint-Vincent\n69001 Lyon"},
		{"CompanySiren", "732\u00a0829\u00a0320", "732\u00a0829\u00a0320"},
		{"CompanyLogo", "", ""},
		{"SignatoryTitle", "Gérante", "Gérante"},
		{"SignatoryPhoneNumber", "06 12 34 56 78", "06 12 34 56 78"},
		{"CurrentDate", "16 mars 2026", "16 March 2026"},
		{"PromiseDate", "", ""},
	}
	for _, tt := range tests {
		if fr[tt.name] != tt.fr || en[tt.name] != tt.en {
			t.Errorf("%s = %q / %q, want %q / %q", tt.name, fr[tt.name], en[tt.name], tt.fr, tt.en)
		}
	}

	// A consumer named without civility: a plain « Bonjour, »; nothing owed beyond the invoices.
	c := Values(b2cData("fr"))
	for name, want := range map[string]string{"Greeting": "Bonjour,", "ContactFirstName": "",
		"CustomerSiren": "", "LatePenalties": "0,00\u00a0€", "RecoveryIndemnity": "0,00\u00a0€",
		"TotalClaimed": "850,00\u00a0€", "InvoiceLabel": "facture n°\u00a0F-2026-030", "CustomerPhone": "06 98 76 54 32"} {
		if c[name] != want {
			t.Errorf("consumer %s = %q, want %q", name, c[name], want)
		}
	}

	// Three invoices, a first of May, a promise, a foreign address and fallbacks to the company's details.
	d := b2bData("fr")
	d.Invoices = append(d.Invoices, invoice("F-2026-001", "2025-12-01", "2026-05-01", 1000, 0, 0))
	d.PromiseDate = backend.MustDate("2026-05-01")
	d.Client.Address = backend.Address{Line1: "Rue de la Loi 16", PostalCode: "1000", City: "Bruxelles", Country: "Belgique"}
	d.Company.Signatory.Phone, d.Company.Signatory.Email = "", ""
	d.Contact = backend.Contact{}
	v := Values(d)
	for name, want := range map[string]string{
		"InvoiceNumber": "F-2026-014, F-2026-021 et F-2026-001", "PromiseDate": "1er mai 2026",
		"CustomerAddress": "Rue de la Loi 16\n1000 Bruxelles\nBelgique", "SignatoryPhoneNumber": "04 72 00 00 00",
		"SignatoryEmail": "contact@atelier-durand.fr", "Greeting": "Bonjour,", "CustomerPhone": "",
		"NumberOfInvoices": "3", "DaysOverdue": "30",
	} {
		if v[name] != want {
			t.Errorf("%s = %q, want %q", name, v[name], want)
		}
	}
	if got := Values(Data{Lang: "en"}); got["InvoiceNumber"] != "" || got["TotalOverdue"] != "€0.00" || got["InvoiceTable"] != "" {
		t.Errorf("empty data: %q %q %q", got["InvoiceNumber"], got["TotalOverdue"], got["InvoiceTable"])
	}
}

func TestEnglishMoney(t *testing.T) {
	l := localeOf("en")
	for c, want := range map[backend.Cents]string{0: "€0.00", 5: "€0.05", 123456: "€1,234.56", -123456: "-€1,234.56",
		100000000: "€1,000,000.00", 99999: "€999.99"} {
		if got := l.money(c); got != want {
			t.Errorf("money(%d) = %q, want %q", c, got, want)
		}
	}
	if got := localeOf("fr").money(123456); got != backend.FormatEUR(123456) {
		t.Errorf("French money = %q", got)
	}
}

func TestMissing(t *testing.T) {
	tpl := Template{Key: "reminder1", Lang: "fr", Subject: "[[ContactFirstName]] [[CompanyLogo]]",
		Body: "[[PromiseDate]] [[Iban]] [[PaymentLink]] [[LatePenalties]] [[ContactFirstName]]\n" +
			"[[#Business]][[CustomerSiren]][[/Business]][[#Consumer]][[CompanyEmail]][[/Consumer]]"}
	d := b2cData("fr")
	d.Company.IBAN, d.PaymentLinkPattern, d.Company.Email, d.LogoCID = "", "", "", ""
	r := render(t, tpl, d)
	// CustomerSiren is empty too, but sits in a block a consumer never sees; the logo is optional.
	if want := []string{"ContactFirstName", "PromiseDate", "Iban", "PaymentLink", "CompanyEmail"}; !slices.Equal(r.Missing, want) {
		t.Errorf("Missing = %q, want %q", r.Missing, want)
	}
	if r = render(t, Template{Key: "x", Subject: "s", Body: "rien"}, d); r.Missing == nil || len(r.Missing) != 0 {
		t.Errorf("Missing = %#v, want an empty list", r.Missing)
	}
}

func TestPaymentLinkAndLogo(t *testing.T) {
	d := b2bData("en")
	d.Invoices[0].Number = "F 2026/021&x"
	tpl := Template{Key: "firm", Subject: "s", Body: "Pay: [[PaymentLink]]\n\n[[CompanyLogo]]"}
	r := render(t, tpl, d)
	link := "https://pay.example.fr/?ref=F-2026-014%2CF+2026%2F021%26x&amount=3656.78"
	if r.Text != "Pay: "+link+"\n" {
		t.Errorf("Text = %q", r.Text)
	}
	for _, want := range []string{
		`Pay: <a href="https://pay.example.fr/?ref=F-2026-014%2CF+2026%2F021%26x&amp;amount=3656.78" style="color:#1a56db">`,
		`<img src="cid:logo@relance.local" alt="Atelier Durand"`,
	} {
		if !strings.Contains(r.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, r.HTML)
		}
	}

	// A pattern that is not http(s) is text, never a link; no logo without a CID or without an image.
	d.PaymentLinkPattern = `javascript:alert("[[CustomerName]]")`
	d.LogoCID = ""
	r = render(t, tpl, d)
	if strings.Contains(r.HTML, "<a ") || strings.Contains(r.HTML, "<img") || !strings.Contains(r.HTML, "javascript:alert(&#34;Boulangerie+Martin&#34;)") {
		t.Errorf("HTML:\n%s", r.HTML)
	}
	d.LogoCID, d.Company.Logo = "logo@x", nil
	if r = render(t, tpl, d); strings.Contains(r.HTML, "<img") {
		t.Error("logo rendered without an image")
	}
}

func TestHTMLParagraphs(t *testing.T) {
	d := b2cData("fr")
	tpl := Template{Key: "x", Subject: "s",
		Body: "  Bonjour,  \n\n\nLigne 1\n   Ligne 2   \n \t \nA [[CustomerName]] B\n[[InvoiceTable]]\nFin\n\n"}
	r := render(t, tpl, d)
	start := strings.Index(r.HTML, "<p ")
	end := strings.Index(r.HTML, "</div>")
	got := r.HTML[start:end]
	p := `<p style="margin:0 0 1em 0">`
	want := p + "Bonjour,</p>\n" + p + "Ligne 1<br>\nLigne 2</p>\n" + p + "A Jean Moreau B</p>\n<table"
	if !strings.HasPrefix(got, want) || !strings.HasSuffix(got, "</table>\n"+p+"Fin</p>\n") {
		t.Errorf("HTML body:\n%s\nwant prefix\n%s", got, want)
	}
	if want := "  Bonjour,\n\nLigne 1\n   Ligne 2\n\nA Jean Moreau B\n"; !strings.HasPrefix(r.Text, want) {
		t.Errorf("Text = %q", r.Text)
	}
	for _, frag := range []string{"<!DOCTYPE html>", `<meta charset="utf-8">`, "max-width:640px", `<html lang="fr">`} {
		if !strings.Contains(r.HTML, frag) {
			t.Errorf("document lacks %q", frag)
		}
	}
}

func TestInvoiceTableText(t *testing.T) {
	d := b2bData("fr")
	d.Invoices[0].Status = backend.StatusCancelled // a cancelled invoice owes nothing
	got := Values(d)["InvoiceTable"]
	want := "" +
		"Facture     Date        Échéance    Montant TTC    Reste dû    Retard\n" +
		"----------  ----------  ----------  -----------  ----------  --------\n" +
		"F-2026-014  15/01/2026  14/02/2026   1\u00a0200,00\u00a0€  1\u00a0200,00\u00a0€  30 jours\n" +
		"F-2026-021  01/02/2026  03/03/2026   3\u00a0456,78\u00a0€      0,00\u00a0€         —\n" +
		"Total                                4\u00a0656,78\u00a0€  1\u00a0200,00\u00a0€"
	if got != want {
		t.Errorf("table =\n%s\nwant\n%s", got, want)
	}
}

func TestRenderRejectsInvalid(t *testing.T) {
	_, err := Render(Template{Key: "firm", Subject: "ok", Body: "a\n[[Oups]]"}, b2bData("fr"))
	got := fieldErrors(t, err)
	if len(got) != 1 || got[0].Field != "body" || !strings.HasPrefix(got[0].Message, "ligne 2, colonne 1 : variable inconnue [[Oups]]") {
		t.Errorf("Render error = %v", err)
	}
}

func TestLanguage(t *testing.T) {
	// Data.Lang decides the formats; an empty one follows the template.
	tpl := Template{Key: "x", Lang: "en", Subject: "s", Body: "[[TotalOverdue]] [[CurrentDate]]"}
	d := b2cData("")
	if r := render(t, tpl, d); r.Text != "€850.00 16 March 2026\n" || !strings.Contains(r.HTML, `lang="en"`) {
		t.Errorf("Text = %q", r.Text)
	}
	d.Lang = "fr"
	if r := render(t, tpl, d); r.Text != "850,00\u00a0€ 16 mars 2026\n" {
		t.Errorf("Text = %q", r.Text)
	}
}

func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	groups := map[string]bool{"client": true, "invoice": true, "company": true, "payment": true, "claim": true, "date": true}
	for _, v := range Catalogue() {
		if seen[v.Name] || !groups[v.Group] || v.LabelFR == "" || v.LabelEN == "" || v.Example == "" {
			t.Errorf("bad entry %+v", v)
		}
		seen[v.Name] = true
	}
	for _, name := range []string{"CustomerName", "CustomerClientCode", "ContactFirstName", "ContactLastName",
		"CustomerAddress", "CustomerSiren", "InvoiceNumber", "InvoiceDate", "InvoiceDueDate", "InvoiceAmount",
		"InvoiceAmountDue", "DaysOverdue", "InvoiceTable", "NumberOfInvoices", "TotalOverdue",
		"CustomerInvoicingExpiredOutstandingAmount", "CurrentDate", "CompanyName", "CompanyAddress", "CompanySiren",
		"SignatoryFirstName", "SignatoryLastName", "SignatoryTitle", "SignatoryEmail", "SignatoryPhoneNumber",
		"CompanyLogo", "Iban", "Bic", "PaymentReference", "PaymentLink", "LatePenalties", "RecoveryIndemnity",
		"TotalClaimed", "PromiseDate"} {
		if !seen[name] {
			t.Errorf("catalogue lacks %s", name)
		}
	}
	// Every alias and every suggestion points at a real variable.
	for a, name := range aliases {
		if !known[name] {
			t.Errorf("alias %q points at unknown %q", a, name)
		}
		if fold(a) != a {
			t.Errorf("alias %q is not folded", a)
		}
	}
	if c := Conditions(); len(c) != 2 || c[0].Name != blockBusiness || c[1].Name != blockConsumer {
		t.Errorf("Conditions = %+v", c)
	}
}

// The greeting names the person by civility and last name, as French business mail does, only when the civility is
// written in the client's name (a consumer) or its billing contact's; otherwise « Bonjour, ».
func TestGreetingByCivility(t *testing.T) {
	tests := []struct {
		name, fr, en string
		edit         func(d *Data)
	}{
		{"consumer with civility", "Bonjour Madame Robin,", "Hello Ms Robin,", func(d *Data) {
			d.Client = backend.Client{Name: "Mme Samira Robin", Type: backend.Consumer}
			d.Contact = backend.Contact{}
		}},
		{"consumer, civility and compound name", "Bonjour Monsieur de La Fontaine,", "Hello Mr de La Fontaine,", func(d *Data) {
			d.Client = backend.Client{Name: "M. Jean de La Fontaine", Type: backend.Consumer}
			d.Contact = backend.Contact{}
		}},
		{"consumer, civility and name only", "Bonjour Monsieur Dupont,", "Hello Mr Dupont,", func(d *Data) {
			d.Client = backend.Client{Name: "Monsieur Dupont", Type: backend.Consumer}
			d.Contact = backend.Contact{}
		}},
		{"business contact with civility", "Bonjour Madame Robin,", "Hello Ms Robin,", func(d *Data) {
			k := backend.Contact{FirstName: "Mme Samira", LastName: "Robin", Email: "s.robin@example.com", Billing: true}
			d.Client.Contacts, d.Contact = []backend.Contact{k}, k
		}},
		{"business contact without civility", "Bonjour,", "Hello,", func(d *Data) {
			k := backend.Contact{FirstName: "Samira", LastName: "Robin", Email: "s.robin@example.com", Billing: true}
			d.Client.Contacts, d.Contact = []backend.Contact{k}, k
		}},
		{"consumer without civility", "Bonjour,", "Hello,", func(d *Data) {
			d.Client = backend.Client{Name: "Samira Robin", Type: backend.Consumer}
			d.Contact = backend.Contact{}
		}},
	}
	for _, tt := range tests {
		for lang, want := range map[string]string{"fr": tt.fr, "en": tt.en} {
			d := b2bData(lang)
			tt.edit(&d)
			d.Client.Language = lang
			if got := Values(d)["Greeting"]; got != want {
				t.Errorf("%s (%s): Greeting = %q, want %q", tt.name, lang, got, want)
			}
		}
	}
}

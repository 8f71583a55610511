package template

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func fuzzSeeds() []string {
	seeds := []string{"", "[[", "]]", "[[]]", "[[[[[[", "[[a\n]]", "[[CustomerName]]", "[[ CustomerName ]]",
		"[[#Business]]\nx\n[[/Business]]", "[[#Business]][[#Consumer]][[/Business]]", "[[/Consumer]]", "[[#]]", "[[/]]",
		"é[[NomClient]]\r\n[[x", "[[[InvoiceTable]]]", "\xff[[\xfe]]", "[[#Business]]  \r\n", "<script>[[CustomerName]]</script>"}
	for _, tpl := range Defaults() {
		seeds = append(seeds, tpl.Body)
	}
	return seeds
}

// FuzzCheck: the parser never panics, and every issue points at a "[[" at the line and column it claims.
func FuzzCheck(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		issues := Check(src)
		last := 0
		for _, is := range issues {
			if is.Offset < last || is.Offset > len(src) || !strings.HasPrefix(src[is.Offset:], "[[") {
				t.Fatalf("issue %+v: offset out of order or not at [[ in %q", is, src)
			}
			last = is.Offset
			before := src[:is.Offset]
			line := strings.Count(before, "\n") + 1
			col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
			if is.Line != line || is.Column != col || is.Message == "" {
				t.Fatalf("issue %+v: want line %d column %d in %q", is, line, col, src)
			}
		}
		vars := Variables(src)
		for _, v := range vars {
			if v == "" || !strings.Contains(src, v) {
				t.Fatalf("variable %q not in %q", v, src)
			}
		}
		if len(issues) == 0 && strings.TrimSpace(src) != "" {
			if err := Validate(Template{Key: "x", Subject: "s", Body: src}); err != nil {
				t.Fatalf("Check found nothing but Validate says %v", err)
			}
		}
	})
}

// FuzzRender: rendering never panics, fails exactly when Check finds a problem, and whatever the template and the
// values hold, the subject stays one line and the HTML holds no markup from them.
func FuzzRender(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add("Relance [[InvoiceLabel]]", s, "Boulangerie <b>Martin</b>\r\nBcc: x@y")
	}
	f.Add("[[CustomerName]]", "[[PaymentLink]]", `javascript:alert("[[CustomerName]]")`)
	f.Add("[[#Consumer]]x[[/Consumer]]", "[[CustomerAddress]]\n\n[[CompanyLogo]]", "https://x/?a=[[CustomerName]]")
	f.Fuzz(func(t *testing.T, subject, body, value string) {
		d := b2bData("fr")
		if len(value)%2 == 1 {
			d = b2cData("en")
		}
		d.Client.Name, d.Contact.FirstName, d.Company.LegalName, d.PaymentLinkPattern = value, value, value, value
		d.Client.Address.Line1, d.Invoices[0].Number = value, value
		r, err := Render(Template{Key: "x", Lang: "fr", Subject: subject, Body: body}, d)
		if bad := len(Check(subject)) + len(Check(body)); (err != nil) != (bad > 0) {
			t.Fatalf("Render error %v, Check found %d problems", err, bad)
		}
		if err != nil {
			return
		}
		if strings.ContainsAny(r.Subject, "\r\n\x00\u2028\u2029\u0085") {
			t.Fatalf("Subject %q", r.Subject)
		}
		if strings.Contains(r.Text, "\r") || (r.Text != "" && !strings.HasSuffix(r.Text, "\n")) {
			t.Fatalf("Text %q", r.Text)
		}
		low := strings.ToLower(r.HTML)
		for _, bad := range []string{"<script", "<b>", `href="javascript`, "<a href=\"\""} {
			if strings.Contains(low, bad) {
				t.Fatalf("HTML contains %q:\n%s", bad, r.HTML)
			}
		}
		if strings.Count(r.HTML, "<p ") != strings.Count(r.HTML, "</p>") {
			t.Fatalf("unbalanced paragraphs:\n%s", r.HTML)
		}
		for _, m := range r.Missing {
			if !known[m] {
				t.Fatalf("Missing has unknown %q", m)
			}
		}
	})
}

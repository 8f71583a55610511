package template

import (
	"strconv"
	"strings"

	"relance/backend"
)

// locale writes amounts, dates and lists in the language of the message. French reuses the backend's formatters
// so that an amount reads the same in a message, a PDF and the UI.
type locale struct{ en bool }

func localeOf(lang string) locale { return locale{en: lang == "en"} }

func (l locale) lang() string {
	if l.en {
		return "en"
	}
	return "fr"
}

// money is "1 234,56 €" in French, "€1,234.56" in English.
func (l locale) money(c backend.Cents) string {
	if !l.en {
		return backend.FormatEUR(c)
	}
	neg := c < 0
	if neg {
		c = -c
	}
	units := strconv.FormatInt(int64(c/100), 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString("€")
	for i := range len(units) {
		if i > 0 && (len(units)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(units[i])
	}
	cents := int64(c % 100)
	b.WriteByte('.')
	b.WriteByte(byte('0' + cents/10))
	b.WriteByte(byte('0' + cents%10))
	return b.String()
}

var englishMonths = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// date is the long form: "15 mars 2026", "1er mai 2026", "15 March 2026"; "" for no date.
func (l locale) date(d backend.Date) string {
	if d.IsZero() {
		return ""
	}
	if !l.en {
		return d.FrenchLong()
	}
	return strconv.Itoa(d.Day()) + " " + englishMonths[d.Month()-1] + " " + strconv.Itoa(d.Year())
}

// shortDate fits a table column: "14/02/2026", "14 Feb 2026" (dd/mm would be misread by American readers).
func (l locale) shortDate(d backend.Date) string {
	if d.IsZero() {
		return ""
	}
	if !l.en {
		return d.French()
	}
	return strconv.Itoa(d.Day()) + " " + englishMonths[d.Month()-1][:3] + " " + strconv.Itoa(d.Year())
}

// list joins items as a sentence: "A, B et C" / "A, B and C".
func (l locale) list(items []string) string {
	and := " et "
	if l.en {
		and = " and "
	}
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + and + items[len(items)-1]
}

// days is a duration for the table: "1 jour", "13 jours", "13 days".
func (l locale) days(n int) string {
	s := strconv.Itoa(n)
	switch {
	case l.en && n == 1:
		return s + " day"
	case l.en:
		return s + " days"
	case n == 1:
		return s + " jour"
	}
	return s + " jours"
}

// invoiceLabel names the invoices with the right number: "facture n° F-1", "factures n° F-1 et F-2".
func (l locale) invoiceLabel(numbers []string) string {
	switch {
	case len(numbers) == 0:
		return ""
	case l.en && len(numbers) == 1:
		return "invoice " + numbers[0]
	case l.en:
		return "invoices " + l.list(numbers)
	case len(numbers) == 1:
		return "facture n°\u00a0" + numbers[0]
	}
	return "factures n°\u00a0" + l.list(numbers)
}

// greeting opens the message as business mail does: « Bonjour Madame Robin, » (« Hello Ms Robin, ») when the
// civility is known, else a plain « Bonjour, » — a first and last name (« Bonjour Samira Robin, ») reads as a mail merge.
func (l locale) greeting(civilityAndName string) string {
	if !l.en {
		if civilityAndName == "" {
			return "Bonjour,"
		}
		return "Bonjour " + civilityAndName + ","
	}
	if civilityAndName == "" {
		return "Hello,"
	}
	civ, name, _ := strings.Cut(civilityAndName, " ")
	switch civ {
	case "Madame":
		civ = "Ms"
	case "Monsieur":
		civ = "Mr"
	}
	return strings.TrimSpace("Hello " + civ + " " + name + ",")
}

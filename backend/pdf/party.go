package pdf

import (
	"strings"

	"relance/backend"
)

// Party is a creditor or a debtor as printed on a document.
type Party struct {
	Name         string // legal name, or first and last name of a person
	LegalForm    string // SARL, SAS, EI…
	SIREN        string
	SIRET        string
	RCSCity      string // city of the trade register (RCS) where the company is registered
	VATNumber    string
	ShareCapital string // "10 000 €" (printed as given; digits alone get " €")
	Address      backend.Address
	Contact      string // recipient line "À l'attention de …" (debtor), optional
	Civility     string // « Madame » or « Monsieur » when known (debtor): the salutation; empty: « Madame, Monsieur »
	Email        string
	Phone        string
	Website      string
}

// PartyFromCompany is the creditor as the company profile describes it.
func PartyFromCompany(c backend.Company) Party {
	return Party{Name: c.LegalName, LegalForm: c.LegalForm, SIREN: c.SIREN, SIRET: c.SIRET, RCSCity: c.RCSCity,
		VATNumber: c.VATNumber, ShareCapital: c.ShareCapital, Address: c.Address, Email: c.Email, Phone: c.Phone,
		Website: c.Website}
}

// PartyFromClient is a debtor as the client record describes it; the billing contact, when known, goes on the
// "À l'attention de" line.
func PartyFromClient(c backend.Client) Party {
	p := Party{Name: c.Name, LegalForm: c.LegalForm, Civility: c.Civility(), SIREN: c.SIREN, SIRET: c.SIRET, VATNumber: c.VATNumber, Address: c.Address,
		Email: c.ReminderEmail(), Phone: c.Phone}
	if k, ok := c.BillingContact(); ok {
		if n := strings.TrimSpace(k.FirstName + " " + k.LastName); n != "" {
			p.Contact = n
		}
	}
	return p
}

const nbsp = "\u00a0"

// Salutation opens a letter to the party: « Madame, » when its civility is known, « Madame, Monsieur, » only when not.
func (p Party) Salutation() string {
	if c := strings.TrimSpace(p.Civility); c != "" {
		return c + ","
	}
	return "Madame, Monsieur,"
}

// closing is the letter's last sentence, with the same form of address.
func (p Party) closing() string {
	return "Nous vous prions d'agréer, " + strings.TrimSuffix(p.Salutation(), ",") + ", l'expression de nos salutations distinguées."
}

// group inserts non-breaking spaces in a digit string at the given cut lengths: SIREN 3-3-3, SIRET 3-3-3-5.
func group(s string, sizes ...int) string {
	var b strings.Builder
	i := 0
	for _, n := range sizes {
		if i+n > len(s) {
			break
		}
		if i > 0 {
			b.WriteString(nbsp)
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	if i < len(s) {
		if i > 0 {
			b.WriteString(nbsp)
		}
		b.WriteString(s[i:])
	}
	return b.String()
}

func formatSIREN(s string) string {
	if len(s) == 9 {
		return group(s, 3, 3, 3)
	}
	return s
}

func formatSIRET(s string) string {
	if len(s) == 14 {
		return group(s, 3, 3, 3, 5)
	}
	return s
}

// FormatIBAN groups an IBAN by four characters with non-breaking spaces: FR76 3000 6000 0112 3456 7890 189.
func FormatIBAN(iban string) string {
	v := strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(iban, " ", ""), nbsp, ""))
	var sizes []int
	for range (len(v) + 3) / 4 {
		sizes = append(sizes, 4)
	}
	return group(v, sizes...)
}

func (p Party) siren() string {
	if p.SIREN != "" {
		return p.SIREN
	}
	if len(p.SIRET) == 14 {
		return p.SIRET[:9]
	}
	return ""
}

// legalLines are the mentions a French business letter carries (Code de commerce R123-237): legal form and
// capital, RCS city and SIREN, SIRET, VAT number.
func (p Party) legalLines() []string {
	var out []string
	form := strings.TrimSpace(p.LegalForm)
	if c := strings.TrimSpace(p.ShareCapital); c != "" {
		if onlyDigits(c) {
			c = backend.FormatEUR(parseUnits(c) * 100)
		}
		if form == "" {
			form = "Société"
		}
		form += " au capital de " + c
	}
	if form != "" {
		out = append(out, form)
	}
	var ids []string
	if siren := p.siren(); siren != "" {
		if p.RCSCity != "" {
			ids = append(ids, "RCS "+p.RCSCity+" "+formatSIREN(siren))
		} else {
			ids = append(ids, "SIREN "+formatSIREN(siren))
		}
	}
	if p.SIRET != "" {
		ids = append(ids, "SIRET "+formatSIRET(p.SIRET))
	}
	if len(ids) > 0 {
		out = append(out, strings.Join(ids, " – "))
	}
	if p.VATNumber != "" {
		out = append(out, "TVA intracommunautaire "+p.VATNumber)
	}
	return out
}

// contactLines: e-mail, phone, website.
func (p Party) contactLines() []string {
	var out []string
	if p.Phone != "" {
		out = append(out, "Tél."+nbsp+p.Phone)
	}
	if p.Email != "" {
		out = append(out, p.Email)
	}
	if p.Website != "" {
		out = append(out, p.Website)
	}
	return out
}

// addressLines formats an address; upper puts the last line in capitals as La Poste asks for the recipient.
func addressLines(a backend.Address, upper bool) []string {
	var out []string
	for _, l := range []string{a.Line1, a.Line2} {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	city := strings.TrimSpace(strings.TrimSpace(a.PostalCode) + " " + strings.TrimSpace(a.City))
	if upper {
		city = strings.ToUpper(city)
	}
	if city != "" {
		out = append(out, city)
	}
	if c := strings.TrimSpace(a.Country); c != "" && !isFrance(c) {
		out = append(out, strings.ToUpper(c))
	}
	return out
}

func isFrance(c string) bool {
	switch strings.ToLower(strings.TrimSpace(c)) {
	case "france", "fr", "fra":
		return true
	}
	return false
}

// oneLine is an address on a single line.
func oneLine(a backend.Address) string { return strings.Join(addressLines(a, false), ", ") }

func onlyDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func parseUnits(s string) backend.Cents {
	var n backend.Cents
	for _, r := range s {
		n = n*10 + backend.Cents(r-'0')
		if n > 1e13 {
			break
		}
	}
	return n
}

// personName is "Prénom Nom" of a signatory.
func personName(s backend.Signatory) string {
	return strings.TrimSpace(strings.TrimSpace(s.FirstName) + " " + strings.TrimSpace(s.LastName))
}

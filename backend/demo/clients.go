package demo

import (
	"math"
	"sort"
	"strings"

	"relance/backend"
)

// punctuality is how a client pays, relative to the due date.
type punctuality struct {
	early, late int     // usual delay in days after the due date (negative: early), drawn uniformly
	tail        float64 // chance of a much longer delay on one invoice (dispute, invoice lost, cash shortage)
	never       float64 // chance an invoice is never paid in full
	instalments float64 // chance an invoice is paid in two or three parts a month apart
}

var (
	prompt  = punctuality{early: -12, late: 2, tail: 0.02, never: 0.003, instalments: 0.02}
	average = punctuality{early: -5, late: 20, tail: 0.06, never: 0.015, instalments: 0.05}
	slow    = punctuality{early: 5, late: 60, tail: 0.12, never: 0.05, instalments: 0.12}
	bad     = punctuality{early: 20, late: 120, tail: 0.2, never: 0.25, instalments: 0.2}
)

var punctualities = []punctuality{prompt, average, slow, bad}

// segments with the chance of each punctuality: at-risk clients are at risk because they pay badly.
var segmentPunctuality = map[string][]int{
	"strategic": {55, 40, 5, 0},
	"regular":   {35, 42, 17, 6},
	"at-risk":   {0, 10, 40, 50},
	"new":       {30, 40, 20, 10},
}

// profile is what the invoice generator needs to know about a client beyond the Client record.
type profile struct {
	since      backend.Date // no invoice before the client existed
	segment    string
	consumer   bool
	terms      int  // payment terms in days
	endOfMonth bool // "45 jours fin de mois"
	pay        punctuality
	batch      bool    // pays all that is due by one transfer on the 10th of the month
	median     float64 // typical invoice amount excluding VAT, in euros
	maxAmount  float64
	orders     bool   // puts a purchase-order number on its invoices
	vatNote    string // set for foreign clients, invoiced without French VAT
	bankName   string // the client as a bank statement names it
	method     string
}

// cityCum holds cumulative city weights, so that picking a city is one binary search.
var cityCum = func() []int {
	out := make([]int, len(cities))
	total := 0
	for i, c := range cities {
		total += c.w
		out[i] = total
	}
	return out
}()

func (g *gen) city() *city {
	n := g.r.IntN(cityCum[len(cityCum)-1])
	return &cities[sort.SearchInts(cityCum, n+1)]
}

func (g *gen) clients(n int) {
	g.data.Clients = make([]backend.Client, n)
	g.profiles = make([]profile, n)
	g.cumw = make([]float64, n)
	total := 0.0
	for i := range n {
		c, p := &g.data.Clients[i], &g.profiles[i]
		c.ID = uint64(i + 1)
		c.Code = "C" + pad(i+1, 5)
		kind := g.r.Float64()
		switch {
		case i > 0 && kind < 0.15:
			g.consumer(c, p)
		case i > 0 && kind < 0.18:
			g.foreign(c, p)
		default:
			g.business(c, p, i == 0)
		}
		p.pay = punctualities[g.weighted(segmentPunctuality[p.segment])]
		c.Segment = p.segment
		c.PaymentMethod = p.method
		p.bankName = bankLabel(c.Name)
		// Most clients predate the 18 months of history; new ones appeared in the last quarter.
		if p.segment == "new" {
			p.since = g.today.AddDays(-g.between(15, 110))
		} else {
			p.since = g.today.AddDays(-historyDays - g.between(30, 3000))
		}
		c.CreatedAt = at(p.since, g.between(7, 17), g.r.IntN(60))
		c.UpdatedAt = c.CreatedAt

		// A few clients make most of the invoices, as in any customer base.
		w := math.Exp(g.r.NormFloat64() * 0.9)
		switch {
		case p.segment == "strategic":
			w *= 3
		case p.consumer:
			w *= 0.25
		}
		total += w
		g.cumw[i] = total
	}
}

// segment draws a segment from weights for regular, at-risk, strategic and new.
func (g *gen) segment(w ...int) string {
	return []string{"regular", "at-risk", "strategic", "new"}[g.weighted(w)]
}

func (g *gen) business(c *backend.Client, p *profile, first bool) {
	p.segment = g.segment(62, 12, 10, 16)
	if first {
		p.segment = "regular" // client 1 can take any invoice: it must predate them all
	}
	ct := g.city()
	form := legalForms[g.weighted(legalFormWeights)]
	small := false
	var domain string
	c.Name = g.unique(func(attempt int) string {
		var name string
		name, domain, small = g.businessName(form)
		if attempt >= 5 { // the usual way to tell two homonymous firms apart
			name += " (" + ct.name + ")"
		}
		if attempt >= 8 {
			name += " " + itoa(attempt)
		}
		return name
	})
	// Reserved top-level domains only (RFC 2606 and 6761): realistic-looking, never a real company's mailbox.
	domain = g.unique(func(attempt int) string {
		tld := ".example"
		if g.chance(0.2) {
			tld = ".test"
		}
		switch {
		case attempt == 0:
			return domain + tld
		case attempt < 3:
			return domain + "-" + slug(ct.name, '-') + tld
		}
		return domain + itoa(attempt) + tld
	})
	c.Type = backend.Business
	c.LegalForm = form // the court of an order for payment follows from it
	c.Language = "fr"
	c.Address = g.frenchAddress(ct, true)
	if g.chance(0.06) { // work done at another site: a shop, a building site, a warehouse
		c.DeliveryAddress = g.frenchAddress(g.city(), true)
	}
	c.Phone = g.landline(ct.zone)
	c.Email = pick(g, []string{"contact", "contact", "accueil", "info"}) + "@" + domain

	siren := g.unique(func(int) string {
		b := g.digits(8)
		b[0] = byte('3' + g.r.IntN(7)) // 1 and 2 start public bodies' SIRENs
		return string(append(b, luhnDigit(b)))
	})
	c.SIREN = siren
	if g.chance(0.65) {
		b := append([]byte(siren), pad(g.between(1, 60), 4)...)
		c.SIRET = string(append(b, luhnDigit(b)))
	}
	if !small || g.chance(0.8) { // small firms under the VAT threshold have no VAT number
		c.VATNumber = backend.FrenchVATNumber(siren)
	}
	c.Contacts = g.businessContacts(domain, ct.zone, small)

	p.method = []string{"transfer", "direct_debit", "cheque", "card", "lcr"}[g.weighted([]int{68, 10, 12, 4, 6})]
	terms := g.weighted([]int{35, 15, 15, 20, 15})
	p.terms = []int{30, 45, 60, 30, 45}[terms]
	p.endOfMonth = terms >= 3
	p.batch = p.method == "transfer" && g.chance(0.25)
	p.median = 1500 * math.Exp(g.r.NormFloat64()*0.7)
	p.maxAmount = 25000
	if p.segment == "strategic" {
		p.median *= 3
	}
	p.orders = p.segment == "strategic" || (!small && g.chance(0.2))

	var notes []string
	if g.chance(0.5) {
		notes = append(notes, termsNote(p.terms, p.endOfMonth))
	}
	if p.batch {
		notes = append(notes, "Règle ses factures par virement groupé le 10 du mois.")
	}
	if p.orders && g.chance(0.5) {
		notes = append(notes, "Numéro de bon de commande obligatoire sur chaque facture.")
	}
	if p.segment == "at-risk" && g.chance(0.5) {
		notes = append(notes, pick(g, []string{"Retards répétés : exiger un acompte sur les nouvelles commandes.",
			"Plan de sauvegarde en cours, voir avec le mandataire.", "Promesse de règlement non tenue en mars."}))
	}
	c.Notes = strings.Join(notes, " ")
}

// businessName draws a name, the stem of its e-mail domain, and whether the firm is a small one-person business.
func (g *gen) businessName(form string) (name, domain string, small bool) {
	last := pick(g, lastNames)
	withForm := func(s string) string {
		if form == "" {
			return s
		}
		return s + " " + form
	}
	small = form == "EURL" || form == "SASU" || form == ""
	switch g.weighted([]int{35, 7, 10, 20, 13, 15}) {
	case 0: // Boulangerie Martin SARL
		t := pick(g, trades)
		return withForm(t + " " + last), slug(t+" "+last, '-'), small || g.chance(0.5)
	case 1: // Menuiserie Lefèvre et Fils
		t := pick(g, trades)
		return t + " " + last + " et Fils", slug(t+" "+last, '-'), false
	case 2: // Cabinet Dubois Architectes
		pr := pick(g, professions)
		return "Cabinet " + last + " " + pr, slug("cabinet "+last, '-'), small
	case 3: // Moreau Logistique SAS
		s := pick(g, sectors)
		return withForm(last + " " + s), slug(last+" "+s, '-'), small
	case 4: // Hôtel du Parc
		v, n := pick(g, venues), pick(g, venueNames)
		return withForm(v + " " + n), slug(v+" "+n, '-'), small
	default: // Provence Énergies SAS
		r, s := pick(g, regions), pick(g, sectors)
		return withForm(r + " " + s), slug(r+" "+s, '-'), false
	}
}

func termsNote(days int, eom bool) string {
	s := "Conditions de paiement : " + itoa(days) + " jours"
	if eom {
		s += " fin de mois"
	}
	return s + "."
}

func (g *gen) person() (first, last string, female bool) {
	female = g.chance(0.5)
	if female {
		return pick(g, femaleFirstNames), pick(g, lastNames), true
	}
	return pick(g, maleFirstNames), pick(g, lastNames), false
}

// businessContacts: a small firm has its manager, who also pays; a larger one has an accounts person marked for
// billing and one or two others.
func (g *gen) businessContacts(domain string, zone byte, small bool) []backend.Contact {
	personal := func(first, last string) string {
		if g.chance(0.5) {
			return slug(first, '-') + "." + slug(last, '-') + "@" + domain
		}
		return slug(first, '-')[:1] + "." + slug(last, '-') + "@" + domain
	}
	role := func(roles [][2]string, female bool) string {
		r := pick(g, roles)
		if female {
			return r[1]
		}
		return r[0]
	}
	first, last, female := g.person()
	if small {
		return []backend.Contact{{FirstName: first, LastName: last, Role: role(otherRoles[:1], female),
			Email: personal(first, last), Phone: g.mobile(), Billing: g.chance(0.9)}}
	}
	email := pick(g, genericMailboxes) + "@" + domain
	if g.chance(0.4) {
		email = personal(first, last)
	}
	out := []backend.Contact{{FirstName: first, LastName: last, Role: role(billingRoles, female), Email: email,
		Phone: g.landline(zone), Billing: g.chance(0.9), EmailInvalid: g.chance(0.01)}}
	for range g.between(1, 2) {
		first, last, female := g.person()
		out = append(out, backend.Contact{FirstName: first, LastName: last, Role: role(otherRoles, female),
			Email: personal(first, last), Phone: g.mobile()})
	}
	return out
}

func (g *gen) consumer(c *backend.Client, p *profile) {
	p.consumer = true
	p.segment = g.segment(75, 10, 0, 15)
	ct := g.city()
	english := g.chance(0.03) // expatriates who asked for English
	var first, last, title string
	c.Name = g.unique(func(attempt int) string {
		var female bool
		first, last, female = g.person()
		switch {
		case english && female:
			first, title = pick(g, englishFirstNames), "Ms"
		case english:
			first, title = pick(g, englishFirstNames), "Mr"
		case female:
			title = "Mme"
		default:
			title = "M."
		}
		if attempt >= 10 { // namesakes exist: tell them apart by town, as people do
			return title + " " + first + " " + last + " (" + ct.name + " " + itoa(attempt) + ")"
		}
		return title + " " + first + " " + last
	})
	host := pick(g, consumerMailHosts)
	c.Email = g.unique(func(attempt int) string {
		f, l := slug(first, '-'), slug(last, '-')
		switch {
		case attempt == 0 && g.chance(0.6):
			return f + "." + l + "@" + host
		case attempt < 3:
			return f[:1] + l + pad(g.r.IntN(100), 2) + "@" + host
		}
		return f + "." + l + itoa(attempt) + "@" + host
	})
	c.Type = backend.Consumer
	c.Language = "fr"
	if english {
		c.Language = "en"
	}
	c.Address = g.frenchAddress(ct, false)
	c.Phone = g.mobile()
	c.Contacts = []backend.Contact{{FirstName: first, LastName: last, Email: c.Email, Phone: c.Phone, Billing: true}}
	p.method = []string{"transfer", "cheque", "card"}[g.weighted([]int{40, 30, 30})]
	terms := g.weighted([]int{40, 25, 35})
	p.terms = []int{0, 15, 30}[terms]
	p.median = 500 * math.Exp(g.r.NormFloat64()*0.6)
	p.maxAmount = 6000
}

func (g *gen) foreign(c *backend.Client, p *profile) {
	p.segment = g.segment(60, 10, 20, 10)
	co := &countries[g.r.IntN(len(countries))]
	var domain string
	c.Name = g.unique(func(attempt int) string {
		surname, sector := pick(g, co.names), pick(g, co.sectors)
		domain = slug(surname+" "+sector, '-')
		if attempt >= 5 {
			surname = pick(g, co.names) + " & " + surname
			domain = slug(surname+" "+sector, '-')
		}
		if attempt >= 10 {
			sector += " " + itoa(attempt)
			domain += itoa(attempt)
		}
		return surname + " " + sector + " " + pick(g, co.forms)
	})
	stem := domain + "-" + strings.ReplaceAll(co.tld, ".", "-") // "harrington-trading-co-uk": the country shows
	domain = g.unique(func(attempt int) string {
		if attempt == 0 {
			return stem + ".example"
		}
		return stem + "-" + itoa(attempt+1) + ".example"
	})
	c.Type = backend.Business
	c.Language = "en"
	street := pick(g, co.streets)
	num := itoa(g.between(1, 120))
	line1 := num + " " + street
	if co.vatPfx == "DE" || co.vatPfx == "NL" {
		line1 = street + " " + num
	}
	c.Address = backend.Address{Line1: line1, PostalCode: pick(g, co.codes), City: co.city, Country: co.name}
	c.Phone = co.phone + string(g.digits(4))
	c.Email = "info@" + domain
	if co.vatPfx != "" {
		c.VATNumber = co.vatPfx + string(g.digits(co.vatDigit)) + co.vatSfx
		p.vatNote = "Autoliquidation : TVA due par le preneur (art. 283-2 du CGI et art. 196 de la directive 2006/112/CE)."
	} else {
		p.vatNote = "TVA non applicable, art. 259-1 du CGI."
	}
	first, last := pick(g, englishFirstNames), pick(g, co.names)
	c.Contacts = []backend.Contact{{FirstName: first, LastName: last, Role: "Accounts Payable",
		Email: "accounts@" + domain, Phone: c.Phone, Billing: true}}
	p.method = "transfer"
	p.terms = []int{30, 60}[g.r.IntN(2)]
	p.median = 3000 * math.Exp(g.r.NormFloat64()*0.5)
	p.maxAmount = 25000
	p.orders = g.chance(0.6)
}

func (g *gen) frenchAddress(ct *city, business bool) backend.Address {
	num := 1 + g.r.IntN(1+g.r.IntN(180)) // low numbers are the most common
	line1 := itoa(num)
	if g.chance(0.04) {
		line1 += pick(g, []string{" bis", " ter"})
	}
	line1 += " " + pick(g, streetTypes) + " " + pick(g, streetNames)
	a := backend.Address{Line1: line1, PostalCode: pick(g, ct.codes), City: ct.name}
	switch {
	case business && g.chance(0.15):
		a.Line2 = pick(g, businessLine2)
	case !business && g.chance(0.1):
		a.Line2 = pick(g, homeLine2)
	}
	return a
}

// landline is a French fixed number of the city's zone: "01 42 68 53 00".
func (g *gen) landline(zone byte) string {
	b := make([]byte, 0, 14)
	b = append(b, '0', zone)
	for range 4 {
		b = append(b, ' ', byte('0'+g.r.IntN(10)), byte('0'+g.r.IntN(10)))
	}
	return string(b)
}

func (g *gen) mobile() string {
	s := g.landline('6')
	if g.chance(0.3) {
		return "07" + s[2:]
	}
	return s
}

// slug folds a name to lower-case ASCII words joined by sep, for e-mail addresses and domains.
func slug(s string, sep byte) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(s) {
		f := fold(r)
		if f == "" {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(sep)
			pending = false
		}
		b.WriteString(f)
	}
	return b.String()
}

// bankLabel is how a bank statement shows a name: upper-case ASCII, at most 32 characters.
func bankLabel(s string) string {
	l := strings.ToUpper(slug(s, ' '))
	if len(l) > 32 {
		l = strings.TrimSpace(l[:32])
	}
	return l
}

// fold maps a lower-case letter or digit to ASCII ("é" → "e", "œ" → "oe"); anything else to "".
func fold(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	}
	switch r {
	case 'à', 'â', 'ä', 'á':
		return "a"
	case 'é', 'è', 'ê', 'ë':
		return "e"
	case 'î', 'ï', 'í':
		return "i"
	case 'ô', 'ö', 'ó':
		return "o"
	case 'ù', 'û', 'ü', 'ú':
		return "u"
	case 'ç':
		return "c"
	case 'ÿ':
		return "y"
	case 'œ':
		return "oe"
	case 'æ':
		return "ae"
	case 'ß':
		return "ss"
	}
	return ""
}

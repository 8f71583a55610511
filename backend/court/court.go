// Package court names the court an order for payment goes to, from what is known of the debtor: its kind
// (commercial or civil, from its legal form), its town, its country (another EU state: the European order for
// payment; outside the EU: neither). It cannot know every commune's court: it names the rule and the debtor's town,
// and says when the owner must confirm the court once (kept on the client).
package court

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Route is the procedure that fits the debtor.
type Route int

const (
	// Domestic: the French injonction de payer (Cerfa 12946 before the commercial court, 12948*06 before the
	// tribunal judiciaire).
	Domestic Route = iota
	// European: the debtor is established in another EU state: European order for payment, Regulation (EC)
	// No 1896/2006, form A.
	European
	// Unavailable: the debtor is outside the EU: neither procedure applies.
	Unavailable
)

// Nature says which French court hears a claim against the debtor.
type Nature int

const (
	Unknown    Nature = iota // legal form unknown or ambiguous (an individual entrepreneur may be either)
	Commercial               // a trader or a commercial company: tribunal de commerce (or activités économiques)
	Civil                    // a consumer, an association, a civil company, a liberal profession: tribunal judiciaire
)

// Debtor is what decides the court.
type Debtor struct {
	Consumer   bool
	LegalForm  string // as written on the client (SARL, Association, SCI, EI…) or an INSEE code's label
	City       string
	PostalCode string
	Country    string // empty or France: France
}

// Court is the answer.
type Court struct {
	Route      Route
	Nature     Nature
	Kind       string // « Tribunal de commerce », « Tribunal des activités économiques », « Tribunal judiciaire »
	Form       string // the form to file
	Name       string // the court as it can be named: the owner's, else by the rule and the debtor's town
	Why        string // in French: the reason for the kind of court
	ToConfirm  bool   // the owner must check the court once (its exact name and address, or the kind)
	Confirmed  bool   // the owner's own name was used
	Experiment bool   // a tribunal des activités économiques (experiment of 1 January 2025, 4 years)
}

// Determine names the court for the debtor; confirmed is the court the owner checked for this client, if any.
func Determine(d Debtor, confirmed string) Court {
	var c Court
	switch {
	case !isFrance(d.Country) && IsEU(d.Country):
		c = Court{Route: European, Kind: "Juridiction compétente selon le règlement (UE) n° 1215/2012",
			Form: "Formulaire A (règlement (CE) n° 1896/2006, injonction de payer européenne)",
			Name: "Injonction de payer européenne – débiteur établi en " + strings.TrimSpace(d.Country),
			Why: "Le débiteur est établi dans un autre État de l'Union européenne : l'injonction de payer française ne s'applique pas, " +
				"la procédure européenne d'injonction de payer (règlement (CE) n° 1896/2006, formulaire A) la remplace. " +
				"La juridiction est en principe celle du domicile du débiteur, ou du lieu de livraison ou de prestation (règlement (UE) n° 1215/2012).",
			ToConfirm: true}
	case !isFrance(d.Country):
		c = Court{Route: Unavailable, Kind: "Aucune procédure d'injonction de payer", Form: "—",
			Name: "Débiteur établi hors de l'Union européenne (" + strings.TrimSpace(d.Country) + ")",
			Why: "Ni l'injonction de payer française ni la procédure européenne ne peuvent être utilisées contre un débiteur établi " +
				"hors de l'Union européenne : la créance se recouvre selon le droit de son pays (consultez un avocat ou un commissaire de justice).",
			ToConfirm: true}
	default:
		c = domestic(d)
	}
	if n := strings.TrimSpace(confirmed); n != "" && c.Route == Domestic {
		c.Name, c.Confirmed, c.ToConfirm = n, true, false
	}
	return c
}

func domestic(d Debtor) Court {
	nature, why := NatureOf(d.Consumer, d.LegalForm)
	c := Court{Route: Domestic, Nature: nature, Why: why, ToConfirm: true}
	where := strings.TrimSpace(d.PostalCode + " " + d.City)
	if where == "" {
		where = "l'adresse du débiteur (à compléter)"
	}
	switch nature {
	case Civil:
		c.Kind, c.Form = "Tribunal judiciaire", "Cerfa n° 12948*06"
	default: // Commercial, or Unknown taken as commercial until the owner says otherwise
		c.Kind, c.Form = "Tribunal de commerce", "Cerfa n° 12946"
		if city, ok := TAECity(d.City); ok {
			c.Kind, c.Experiment = "Tribunal des activités économiques", true
			c.Name = "Tribunal des activités économiques de " + city
			return c
		}
	}
	c.Name = c.Kind + " dont relève " + where + " (domicile ou siège du débiteur)"
	return c
}

// NatureOf reads a legal form: commercial companies by their form (art. L210-1 Code de commerce), civil bodies
// and liberal professions, and the ambiguous individual entrepreneur.
func NatureOf(consumer bool, legalForm string) (Nature, string) {
	if consumer {
		return Civil, "Débiteur particulier (consommateur) : tribunal judiciaire."
	}
	f := fold(legalForm)
	words := strings.Fields(f)
	has := func(list ...string) bool {
		for _, w := range words {
			for _, l := range list {
				if w == l {
					return true
				}
			}
		}
		return false
	}
	contains := func(list ...string) bool {
		for _, l := range list {
			if strings.Contains(f, l) {
				return true
			}
		}
		return false
	}
	switch {
	case f == "":
		return Unknown, "Forme juridique du débiteur inconnue : tribunal de commerce s'il est commerçant ou société commerciale, " +
			"tribunal judiciaire sinon. Renseignez-la sur la fiche du client."
	case has("selarl", "selas", "selafa", "selca", "selasu", "scp", "scm") || contains("exercice liberal", "profession liberale", "liberal"):
		return Civil, "Profession libérale ou société d'exercice libéral (activité civile) : tribunal judiciaire."
	case has("sci", "gaec", "gfa", "scea", "earl") || contains("societe civile", "association", "fondation", "syndicat", "copropriete",
		"commune", "collectivite", "etablissement public", "mutuelle", "cooperative agricole"):
		return Civil, "Personne morale non commerçante (" + strings.TrimSpace(legalForm) + ") : tribunal judiciaire."
	case has("sarl", "eurl", "sas", "sasu", "sa", "snc", "scs", "sca", "se", "sarlu") ||
		contains("societe anonyme", "par actions simplifiee", "responsabilite limitee", "nom collectif", "commandite"):
		return Commercial, "Société commerciale par sa forme (" + strings.TrimSpace(legalForm) + ", art. L210-1 du Code de commerce) : tribunal de commerce."
	case has("ei", "eirl") || contains("entrepreneur", "micro", "auto-entrepreneur", "autoentrepreneur", "entreprise individuelle"):
		return Unknown, "Entrepreneur individuel : tribunal de commerce s'il est commerçant ou artisan, tribunal judiciaire s'il " +
			"exerce une profession libérale ou agricole. Vérifiez son activité."
	}
	return Unknown, "Forme juridique « " + strings.TrimSpace(legalForm) + " » non reconnue : tribunal de commerce pour un commerçant " +
		"ou une société commerciale, tribunal judiciaire sinon."
}

// The twelve tribunaux des activités économiques of the experiment (arrêté of 5 July 2024, from 1 January 2025 for
// four years): the commercial courts of these towns, renamed.
var taeCities = []string{"Auxerre", "Avignon", "Le Havre", "Le Mans", "Limoges", "Lyon", "Marseille", "Nanterre",
	"Orléans", "Paris", "Saint-Étienne", "Versailles"}

// TAECity tells whether a debtor's town is the seat of a tribunal des activités économiques, and its name. The
// seat's own town is in its district; other towns of the district are not known here (the owner confirms).
func TAECity(city string) (string, bool) {
	// « Lyon Cedex 03 », « Paris 11 »: the town alone
	c := strings.TrimSuffix(strings.TrimRight(fold(city), "0123456789 "), " cedex")
	if strings.HasPrefix(c, "paris ") || strings.HasPrefix(c, "lyon ") || strings.HasPrefix(c, "marseille ") { // arrondissements
		c = strings.Fields(c)[0]
	}
	for _, t := range taeCities {
		if fold(t) == c {
			return t, true
		}
	}
	return "", false
}

// euStates are the 26 other member states, by French name, English name and ISO code.
var euStates = []string{
	"allemagne|germany|de", "autriche|austria|at", "belgique|belgium|be", "bulgarie|bulgaria|bg", "chypre|cyprus|cy",
	"croatie|croatia|hr", "danemark|denmark|dk", "espagne|spain|es", "estonie|estonia|ee", "finlande|finland|fi",
	"grece|greece|gr", "hongrie|hungary|hu", "irlande|ireland|ie", "italie|italy|it", "lettonie|latvia|lv",
	"lituanie|lithuania|lt", "luxembourg|luxembourg|lu", "malte|malta|mt", "pays-bas|netherlands|nl", "pologne|poland|pl",
	"portugal|portugal|pt", "republique tcheque|czechia|cz", "roumanie|romania|ro", "slovaquie|slovakia|sk",
	"slovenie|slovenia|si", "suede|sweden|se",
}

// IsEU tells whether a country (as written on an address: « Belgique », « BE », « Germany ») is another EU state.
func IsEU(country string) bool {
	c := fold(country)
	if c == "" {
		return false
	}
	switch c { // other spellings seen on addresses
	case "pays bas", "holland", "hollande", "the netherlands":
		return true
	case "tchequie", "czech republic":
		return true
	}
	for _, s := range euStates {
		f := strings.Split(s, "|")
		if c == f[0] || c == f[1] || c == f[2] {
			return true
		}
	}
	return false
}

func isFrance(country string) bool {
	switch fold(country) {
	case "", "france", "fr", "fra", "republique francaise":
		return true
	}
	return false
}

// fold lowercases and takes accents off, for comparing names as people write them.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(strings.TrimSpace(s))) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == '.' {
			continue // « S.A.R.L. »
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

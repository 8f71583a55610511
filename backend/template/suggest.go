package template

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// aliases maps the names people guess — often French, sometimes plain English — to catalogue names, so that
// [[NomClient]] gets "did you mean [[CustomerName]]?" although no spelling distance links the two. Keys are
// folded (see fold).
var aliases = func() map[string]string {
	by := map[string][]string{
		"CustomerName":       {"nomclient", "client", "nomduclient", "raisonsociale", "clientname", "societeclient"},
		"CustomerClientCode": {"codeclient", "numeroclient", "clientcode"},
		"CustomerAddress":    {"adresseclient", "adresse"},
		"CustomerSiren":      {"sirenclient"},
		"CustomerPhone":      {"telephoneclient", "telclient"},
		"ContactFirstName":   {"prenom", "prenomcontact", "firstname"},
		"ContactLastName":    {"nom", "nomcontact", "lastname"},
		"ContactName":        {"contact", "interlocuteur"},
		"Greeting":           {"bonjour", "salutation", "formuledappel", "civilite"},
		"InvoiceNumber":      {"numerofacture", "facture", "numfacture", "nfacture", "invoice"},
		"InvoiceLabel":       {"factures"},
		"InvoiceDate":        {"datefacture"},
		"InvoiceDueDate":     {"dateecheance", "echeance", "duedate"},
		"InvoiceAmount":      {"montant", "montantfacture", "montantttc", "amount"},
		"InvoiceAmountDue":   {"montantdu", "resteapayer", "restedu", "amountdue"},
		"DaysOverdue":        {"joursderetard", "retard", "nombredejours"},
		"InvoiceTable":       {"tableaufactures", "tableau", "listefactures"},
		"NumberOfInvoices":   {"nombrefactures", "nombredefactures"},
		"TotalOverdue":       {"totaldu", "totalimpaye", "totalretard", "total", "soldedu"},
		"CustomerInvoicingExpiredOutstandingAmount": {"encours", "encoursechu", "soldechu", "expiredoutstanding"},
		"LatePenalties":        {"penalites", "penalitesderetard", "penalties"},
		"RecoveryIndemnity":    {"indemnite", "indemniteforfaitaire", "indemnity"},
		"TotalClaimed":         {"totalreclame"},
		"Iban":                 {"rib"},
		"PaymentReference":     {"reference", "referencepaiement"},
		"PaymentLink":          {"lienpaiement", "liendepaiement", "lien"},
		"CompanyName":          {"societe", "entreprise", "nomsociete", "raisonsocialesociete"},
		"CompanyAddress":       {"adressesociete"},
		"CompanyCity":          {"ville", "signatorycompanycity"},
		"CompanySiren":         {"sirensociete"},
		"CompanyEmail":         {"emailsociete"},
		"CompanyPhone":         {"telephonesociete"},
		"CompanyLogo":          {"logo"},
		"SignatoryFirstName":   {"prenomsignataire"},
		"SignatoryLastName":    {"nomsignataire"},
		"SignatoryTitle":       {"fonction", "titre"},
		"SignatoryEmail":       {"emailsignataire"},
		"SignatoryPhoneNumber": {"telephone", "telephonesignataire", "signatoryphone"},
		"CurrentDate":          {"date", "datedujour", "aujourdhui", "today"},
		"PromiseDate":          {"datepromise", "promesse"},
	}
	m := map[string]string{}
	for name, list := range by {
		for _, a := range list {
			m[a] = name
		}
	}
	return m
}()

var foldedNames = func() []string {
	out := make([]string, len(catalogue))
	for i, v := range catalogue {
		out[i] = fold(v.Name)
	}
	return out
}()

var aliasKeys = slices.Sorted(maps.Keys(aliases))

var blockAliases = map[string]string{
	"business": blockBusiness, "pro": blockBusiness, "professionnel": blockBusiness, "entreprise": blockBusiness,
	"b2b": blockBusiness, "societe": blockBusiness,
	"consumer": blockConsumer, "particulier": blockConsumer, "consommateur": blockConsumer, "b2c": blockConsumer,
}

func unknownVariable(name string) string {
	msg := "variable inconnue [[" + clip(name) + "]]"
	if isBlock(name) {
		return msg + " : pour un passage conditionnel, écrivez [[#" + name + "]] … [[/" + name + "]]"
	}
	if s := suggest(name); s != "" {
		return msg + " (vouliez-vous dire [[" + s + "]] ?)"
	}
	return msg + " : choisissez une variable de la liste"
}

func unknownBlock(sigil, name string) string {
	msg := "bloc inconnu [[" + sigil + clip(name) + "]]"
	if s := blockAliases[fold(name)]; s != "" {
		return msg + " (vouliez-vous dire [[" + sigil + s + "]] ?)"
	}
	return msg + " : les seuls blocs sont [[#Business]] (client professionnel) et [[#Consumer]] (particulier)"
}

// suggest finds the catalogue name meant by an unknown one: same letters ignoring case, accents and separators,
// then a known alias, then the nearest name or alias within 3 edits. "" when nothing is close enough.
func suggest(name string) string {
	f := fold(name)
	if f == "" {
		return ""
	}
	for i, v := range catalogue {
		if foldedNames[i] == f {
			return v.Name
		}
	}
	if s, ok := aliases[f]; ok {
		return s
	}
	best, bestD := "", 4
	for i, v := range catalogue {
		if d := distance(f, foldedNames[i], bestD-1); d < bestD {
			best, bestD = v.Name, d
		}
	}
	for _, a := range aliasKeys { // sorted, so that ties do not depend on map order
		if d := distance(f, a, bestD-1); d < bestD {
			best, bestD = aliases[a], d
		}
	}
	return best
}

// fold lowercases, drops accents and keeps only letters and digits: "Nom_Client", "nom client" and "NomClient"
// fold alike.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			if a, ok := unaccent[r]; ok {
				b.WriteByte(a)
			}
		}
		if b.Len() > 64 { // longer than any name: no suggestion will come of it
			break
		}
	}
	return b.String()
}

var unaccent = map[rune]byte{
	'à': 'a', 'â': 'a', 'ä': 'a', 'À': 'a', 'Â': 'a', 'ç': 'c', 'Ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'É': 'e', 'È': 'e', 'Ê': 'e', 'î': 'i', 'ï': 'i', 'Î': 'i', 'ô': 'o', 'ö': 'o', 'Ô': 'o', 'ù': 'u', 'û': 'u',
	'ü': 'u', 'Û': 'u', 'œ': 'o', 'ÿ': 'y',
}

// distance is the Levenshtein distance between a and b, or max+1 as soon as it must exceed max. Lengths further
// apart than max are rejected first, which keeps the cost bounded by the catalogue, not by the input.
func distance(a, b string, max int) int {
	if len(a)-len(b) > max || len(b)-len(a) > max {
		return max + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// clip shortens a name quoted in a message, so a pasted paragraph between brackets does not flood the error.
func clip(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "…"
}

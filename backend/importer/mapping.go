package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"relance/backend"
)

// Kind is what a file holds.
type Kind string

const (
	Clients  Kind = "clients"
	Invoices Kind = "invoices"
	Payments Kind = "payments"
)

// label is the French name of the kind, as used in messages ("un import de factures").
func (k Kind) label() string {
	switch k {
	case Clients:
		return "clients"
	case Invoices:
		return "factures"
	case Payments:
		return "paiements"
	}
	return string(k)
}

// ParseKind reads a kind from the command line or the UI; French names are accepted.
func ParseKind(s string) (Kind, error) {
	switch fold(s) {
	case "clients", "client":
		return Clients, nil
	case "invoices", "invoice", "factures", "facture":
		return Invoices, nil
	case "payments", "payment", "paiements", "paiement", "reglements", "reglement":
		return Payments, nil
	}
	return "", backend.Errorf(backend.EINVALID, "type d'import « %s » inconnu : clients, factures ou paiements", s)
}

// Field is a column Relance can read.
type Field struct {
	Key      string `json:"key"`
	Label    string `json:"label"`
	Required bool   `json:"required"`
}

// Keys of the fields that are read on import but not written by the canonical export: they carry the same
// information in another form.
const (
	FieldSIRET     = "siret"      // clients: the SIREN is its first 9 digits
	FieldStatus    = "status"     // invoices: open, cancelled, written_off or disputed
	FieldAmountDue = "amount_due" // invoices: what remains to be paid; amount_paid = amount_incl_tax − amount_due
)

var fields = map[Kind][]Field{
	Clients: {
		{"client_code", "Code client", true},
		{"name", "Nom ou raison sociale", true},
		{"type", "Type (professionnel ou particulier)", false},
		{"siren", "SIREN", false},
		{"vat_number", "N° de TVA intracommunautaire", false},
		{"email", "E-mail", false},
		{"phone", "Téléphone", false},
		{"address", "Adresse", false},
		{"postal_code", "Code postal", false},
		{"city", "Ville", false},
		{"country", "Pays", false},
		{"segment", "Segment", false},
		{"language", "Langue", false},
		{"legal_form", "Forme juridique", false},
		{"late_payment_rate", "Taux des pénalités de retard (%)", false},
	},
	Invoices: {
		{"number", "N° de facture", true},
		{"client_code", "Code client", true},
		{"issue_date", "Date de facture", true},
		{"due_date", "Date d'échéance", true},
		{"amount_excl_tax", "Montant HT", false},
		{"vat_amount", "Montant de TVA", false},
		{"amount_incl_tax", "Montant TTC", false},
		{"currency", "Devise", false},
		{"amount_paid", "Montant réglé", false},
		{"payment_method", "Mode de règlement", false},
		// open, cancelled, written_off (disputed: an open dispute); paid and partially paid follow from the amounts.
		{FieldStatus, "Statut", false},
	},
	Payments: {
		{"date", "Date du paiement", true},
		{"amount", "Montant", true},
		// Not required: an empty invoice number is a payment not yet allocated (a credit of the client).
		{"invoice_number", "N° de facture", false},
		{"method", "Mode de règlement", false},
		{"reference", "Référence", false},
	},
}

var extraFields = map[Kind][]Field{
	Clients:  {{FieldSIRET, "SIRET", false}},
	Invoices: {{FieldAmountDue, "Reste à payer", false}},
}

// Fields are the canonical columns of a kind, in the order of the canonical CSV export (whose headers are the
// keys). The slice is a copy.
func Fields(k Kind) []Field { return append([]Field(nil), fields[k]...) }

// ImportFields are the columns a file may be mapped to: the canonical ones, then those only read on import
// (SIRET, reste à payer). This is the list the mapping screen offers.
func ImportFields(k Kind) []Field {
	return append(Fields(k), extraFields[k]...)
}

func fieldByKey(k Kind, key string) (Field, bool) {
	for _, f := range fields[k] {
		if f.Key == key {
			return f, true
		}
	}
	for _, f := range extraFields[k] {
		if f.Key == key {
			return f, true
		}
	}
	return Field{}, false
}

// Mapping maps a field key to the index of the file's column that holds it; a missing key is not imported.
// A negative column index means "not mapped", as the mapping screen sends for « Ne pas importer ».
type Mapping map[string]int

// mapped reports whether the field key is read from a column.
func (m Mapping) mapped(key string) bool { i, ok := m[key]; return ok && i >= 0 }

// Validate checks that the mapping can import a file of kind k, naming what is missing in French.
func (m Mapping) Validate(k Kind) error {
	if _, ok := fields[k]; !ok {
		return backend.Errorf(backend.EINVALID, "type d'import « %s » inconnu : clients, factures ou paiements", k)
	}
	keys := make([]string, 0, len(m))
	for key := range m {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if _, ok := fieldByKey(k, key); !ok {
			return backend.Errorf(backend.EINVALID, "champ « %s » inconnu pour un import de %s", key, k.label())
		}
	}
	var missing []string
	for _, f := range fields[k] {
		if i, ok := m[f.Key]; f.Required && (!ok || i < 0) {
			missing = append(missing, f.Label)
		}
	}
	if len(missing) == 1 {
		return backend.Errorf(backend.EINVALID, "la colonne « %s » est obligatoire pour un import de %s : associez-la à une colonne du fichier", missing[0], k.label())
	}
	if len(missing) > 1 {
		return backend.Errorf(backend.EINVALID, "colonnes obligatoires pour un import de %s non associées : %s", k.label(), strings.Join(missing, ", "))
	}
	if k == Invoices {
		incl, excl, vat := m.mapped("amount_incl_tax"), m.mapped("amount_excl_tax"), m.mapped("vat_amount")
		if !incl && !(excl && vat) {
			return backend.Errorf(backend.EINVALID, "associez une colonne de montant : le montant TTC, ou le montant HT et le montant de TVA")
		}
	}
	return nil
}

// synonyms list, per field and best first, the headers of common tools (Sage, QuickBooks, Pennylane, Axonaut,
// EBP, spreadsheets) in folded form: lower case, no accents, punctuation as single spaces (see fold).
var synonyms = map[Kind][]struct {
	key   string
	names []string
}{
	Clients: {
		{"client_code", []string{"client code", "code client", "code tiers", "compte tiers", "n compte tiers", "numero client", "n client", "no client", "num client", "ref client", "reference client", "id client", "identifiant client", "customer id", "customer code", "customer number", "client id", "code", "tiers", "identifiant", "compte", "account"}},
		{"name", []string{"name", "raison sociale", "nom", "intitule", "nom client", "nom du client", "denomination", "societe", "entreprise", "client", "customer", "customer name", "company", "company name", "display name", "nom de l entreprise", "organisation"}},
		{"type", []string{"type", "type client", "type de client", "type de tiers", "nature", "customer type", "particulier professionnel"}},
		{"siren", []string{"siren", "n siren", "numero siren", "no siren"}},
		{FieldSIRET, []string{"siret", "n siret", "numero siret", "no siret"}},
		{"vat_number", []string{"vat number", "n tva", "n de tva", "numero de tva", "numero tva", "tva intracommunautaire", "n tva intracommunautaire", "n de tva intracommunautaire", "numero de tva intracommunautaire", "tva intracom", "n tva intracom", "identifiant tva", "vat", "vat id", "tax id", "tva"}},
		{"email", []string{"email", "e mail", "mail", "courriel", "adresse e mail", "adresse email", "adresse mail", "email address", "e mail address", "email facturation", "e mail facturation", "email de facturation", "e mail de facturation"}},
		{"phone", []string{"phone", "telephone", "tel", "n telephone", "numero de telephone", "phone number", "portable", "mobile"}},
		{"address", []string{"address", "adresse", "adresse 1", "adresse ligne 1", "adresse de facturation", "rue", "voie", "address line 1", "billing address", "street"}},
		{"postal_code", []string{"postal code", "code postal", "cp", "zip", "zip code", "postcode"}},
		{"city", []string{"city", "ville", "commune", "localite"}},
		{"country", []string{"country", "pays", "code pays"}},
		{"segment", []string{"segment", "categorie", "category", "famille", "groupe", "categorie client"}},
		{"language", []string{"language", "langue", "lang"}},
		{"legal_form", []string{"legal form", "forme juridique", "forme", "statut juridique", "categorie juridique", "nature juridique", "legal status"}},
		{"late_payment_rate", []string{"late payment rate", "taux des penalites de retard", "taux de penalites", "taux penalites", "taux des penalites", "taux de penalite", "penalites de retard", "penalty rate", "taux de retard"}},
	},
	Invoices: {
		{"number", []string{"number", "numero de facture", "n facture", "n de facture", "no facture", "num facture", "numero facture", "n piece", "numero piece", "numero de piece", "no piece", "invoice no", "invoice number", "invoice num", "invoice id", "invoice", "numero", "facture", "piece", "num", "no", "n", "reference facture", "ref facture"}},
		{"client_code", []string{"client code", "code client", "code tiers", "compte tiers", "n compte tiers", "numero client", "n client", "no client", "ref client", "id client", "customer id", "customer code", "client", "customer", "customer name", "nom client", "nom du client", "client name", "societe", "raison sociale", "entreprise", "tiers"}},
		{"issue_date", []string{"issue date", "date de facture", "date facture", "date d emission", "date emission", "date piece", "date de piece", "invoice date", "date de creation", "date d edition", "date de facturation", "date"}},
		{"due_date", []string{"due date", "date d echeance", "echeance", "date echeance", "date limite de paiement", "date limite de reglement", "date limite", "due"}},
		{"amount_excl_tax", []string{"amount excl tax", "montant ht", "total ht", "ht", "montant hors taxes", "total hors taxes", "net ht", "base ht", "amount excl vat", "subtotal", "net amount", "amount before tax"}},
		{"vat_amount", []string{"vat amount", "montant tva", "montant de tva", "montant de la tva", "total tva", "tva", "vat", "tax", "tax amount", "taxes"}},
		{"amount_incl_tax", []string{"amount incl tax", "montant ttc", "total ttc", "ttc", "montant total", "net a payer", "montant facture", "montant", "total", "amount", "total amount", "invoice amount", "gross amount", "amount incl vat"}},
		{"currency", []string{"currency", "devise", "monnaie"}},
		{"amount_paid", []string{"amount paid", "montant paye", "montant regle", "deja paye", "deja regle", "total paye", "total regle", "paye", "regle", "reglements", "paid", "payments"}},
		{FieldAmountDue, []string{"amount due", "reste a payer", "reste a regler", "restant du", "restant a payer", "reste du", "montant du", "solde", "solde du", "open balance", "balance due", "balance", "outstanding"}},
		{"payment_method", []string{"payment method", "mode de reglement", "mode de paiement", "moyen de paiement", "methode de paiement", "reglement"}},
		{FieldStatus, []string{"status", "statut", "etat", "statut de la facture", "invoice status"}},
	},
	Payments: {
		{"date", []string{"date", "date de paiement", "date du paiement", "date paiement", "date de reglement", "date du reglement", "date reglement", "date d encaissement", "date encaissement", "payment date", "date operation", "date de l operation", "date valeur"}},
		{"amount", []string{"amount", "montant", "montant paye", "montant regle", "montant du paiement", "montant du reglement", "montant encaisse", "payment amount", "credit", "total"}},
		{"invoice_number", []string{"invoice number", "n facture", "n de facture", "numero de facture", "numero facture", "no facture", "num facture", "facture", "n piece", "piece", "invoice no", "invoice", "applied to", "ref facture", "reference facture"}},
		{"method", []string{"method", "mode de reglement", "mode de paiement", "moyen de paiement", "methode de paiement", "type de paiement", "reglement", "payment method"}},
		{"reference", []string{"reference", "ref", "ref no", "reference paiement", "reference du paiement", "reference bancaire", "libelle", "memo", "communication", "transaction", "n cheque", "numero de cheque"}},
	},
}

// Suggest guesses a mapping from the headers: each header, folded (case, accents and punctuation ignored), is
// compared with the known names of each field. Exact names win over prefixes ("Date d'échéance (JJ/MM/AAAA)"),
// better-ranked names over worse ones ("Code client" over "Client" for the client code), and each column and
// field is used once.
func Suggest(k Kind, headers []string) Mapping {
	type candidate struct{ rank, field, col int }
	var cands []candidate
	folded := make([]string, len(headers))
	for i, h := range headers {
		folded[i] = fold(h)
	}
	syns := synonyms[k]
	for fi, f := range syns {
		for rank, name := range f.names {
			for col, h := range folded {
				switch {
				case h == name:
					cands = append(cands, candidate{rank, fi, col})
				case strings.Contains(name, " ") && strings.HasPrefix(h, name+" "):
					// Only names of two words or more: "date" would otherwise take "date de livraison".
					cands = append(cands, candidate{1000 + rank, fi, col})
				}
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.field != b.field {
			return a.field < b.field
		}
		return a.col < b.col
	})
	m := Mapping{}
	usedCol := make(map[int]bool)
	for _, c := range cands {
		key := syns[c.field].key
		if _, done := m[key]; done || usedCol[c.col] {
			continue
		}
		m[key] = c.col
		usedCol[c.col] = true
	}
	return m
}

// Fingerprint identifies a file layout: the same headers in the same order, whatever their case, accents or
// spacing, give the same value, so the UI can remember the mapping the user confirmed for that layout.
func Fingerprint(headers []string) string {
	h := sha256.New()
	for _, s := range headers {
		h.Write([]byte(fold(s)))
		h.Write([]byte{0x1f})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// fold lowers case, removes accents and turns every run of punctuation or spaces into one space:
// "N° pièce" → "n piece", "Date d'émission" → "date d emission", "client_code" → "client code".
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToLower(s) {
		var rep string
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			rep = string(r)
		case accents[r] != "":
			rep = accents[r]
		case r == 'º' || r == 'ª': // "Nº" is "N°" typed on a Mac
		case r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			rep = string(r) // other scripts are kept, so their headers still fingerprint apart
		}
		if rep == "" {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteString(rep)
	}
	return b.String()
}

var accents = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'æ': "ae",
	'ç': "c", 'è': "e", 'é': "e", 'ê': "e", 'ë': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ñ': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'œ': "oe",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss",
}

package bank

import "strings"

// CSVMapping tells which column of a CSV file holds what; -1 leaves a field unmapped. Either Amount (one signed
// column) or Debit and/or Credit (two columns of unsigned or signed amounts) must be mapped, with Date.
type CSVMapping struct {
	Preset     string `json:"preset,omitempty"` // the Preset it comes from, "" when the user chose the columns
	Date       int    `json:"date"`
	ValueDate  int    `json:"valueDate"`
	Label      int    `json:"label"`
	Detail     int    `json:"detail"` // a second label column joined to Label ("Détail de l'écriture")
	Amount     int    `json:"amount"`
	Credit     int    `json:"credit"`
	Debit      int    `json:"debit"`
	Currency   int    `json:"currency"`
	Reference  int    `json:"reference"`
	Payer      int    `json:"payer"` // counterparty name ("Counterparty name", "Nom de la contrepartie")
	ID         int    `json:"id"`    // the bank's transaction id, used as the key ("Transaction ID")
	DateLayout string `json:"dateLayout,omitempty"`
	SkipRows   int    `json:"skipRows,omitempty"` // lines of the file to ignore before looking for the header
}

// Unmapped is a mapping with every column unmapped, to fill in.
func Unmapped() CSVMapping {
	return CSVMapping{Date: -1, ValueDate: -1, Label: -1, Detail: -1, Amount: -1, Credit: -1, Debit: -1,
		Currency: -1, Reference: -1, Payer: -1, ID: -1}
}

// Preset is the CSV layout of a bank's export, recognised from its header line.
type Preset struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Headers []string   `json:"headers"` // the header line as the bank writes it; Mapping indexes it
	Mapping CSVMapping `json:"mapping"`
}

// presetDef declares a preset by the header of each field; aliases are other spellings seen in the same bank's
// exports (an older version, English or French interface), compared folded.
type presetDef struct {
	id, name string
	headers  []string
	fields   map[string]string // field name → header (one of headers)
	aliases  map[string][]string
	layout   string
}

var presetDefs = []presetDef{
	{
		id: "bnp-paribas", name: "BNP Paribas",
		headers: []string{"Date opération", "Catégorie opération", "Sous Catégorie opération", "Libellé opération", "Montant opération"},
		fields:  map[string]string{"date": "Date opération", "label": "Libellé opération", "amount": "Montant opération"},
		aliases: map[string][]string{"Montant opération": {"montant operation en euro", "montant operation eur"}},
	},
	{
		id: "societe-generale", name: "Société Générale",
		headers: []string{"Date de l'opération", "Libellé", "Détail de l'écriture", "Montant de l'opération", "Devise"},
		fields: map[string]string{"date": "Date de l'opération", "label": "Libellé", "detail": "Détail de l'écriture",
			"amount": "Montant de l'opération", "currency": "Devise"},
	},
	{
		id: "credit-agricole", name: "Crédit Agricole",
		headers: []string{"Date", "Libellé", "Débit euros", "Crédit euros"},
		fields:  map[string]string{"date": "Date", "label": "Libellé", "debit": "Débit euros", "credit": "Crédit euros"},
		aliases: map[string][]string{"Date": {"date operation"}, "Débit euros": {"debit eur"}, "Crédit euros": {"credit eur"}},
	},
	{
		id: "lcl", name: "LCL",
		headers: []string{"Date opération", "Date valeur", "Libellé", "Débit", "Crédit"},
		fields: map[string]string{"date": "Date opération", "valueDate": "Date valeur", "label": "Libellé",
			"debit": "Débit", "credit": "Crédit"},
	},
	{
		id: "caisse-epargne-banque-populaire", name: "Caisse d'Épargne / Banque Populaire",
		headers: []string{"Date de comptabilisation", "Libelle simplifie", "Libelle operation", "Reference",
			"Informations complementaires", "Type operation", "Categorie", "Sous categorie", "Debit", "Credit",
			"Date operation", "Date de valeur", "Pointage operation"},
		fields: map[string]string{"date": "Date de comptabilisation", "label": "Libelle operation",
			"detail": "Informations complementaires", "debit": "Debit", "credit": "Credit", "valueDate": "Date de valeur"},
		aliases: map[string][]string{"Date de comptabilisation": {"date comptable"}},
	},
	{
		id: "caisse-epargne-ancien", name: "Caisse d'Épargne (ancien format)",
		headers: []string{"Date", "Numéro d'opération", "Libellé", "Débit", "Crédit", "Détail"},
		fields: map[string]string{"date": "Date", "id": "Numéro d'opération", "label": "Libellé", "debit": "Débit",
			"credit": "Crédit", "detail": "Détail"},
	},
	{
		id: "credit-mutuel-cic", name: "Crédit Mutuel / CIC",
		headers: []string{"Date", "Date de valeur", "Débit", "Crédit", "Libellé", "Solde"},
		fields: map[string]string{"date": "Date", "valueDate": "Date de valeur", "debit": "Débit", "credit": "Crédit",
			"label": "Libellé"},
		aliases: map[string][]string{"Date": {"date d operation", "date operation"}, "Date de valeur": {"date valeur"}},
	},
	{
		id: "la-banque-postale", name: "La Banque Postale",
		headers: []string{"Date", "Libellé", "Montant(EUROS)", "Montant(FRANCS)"},
		fields:  map[string]string{"date": "Date", "label": "Libellé", "amount": "Montant(EUROS)"},
		aliases: map[string][]string{"Montant(EUROS)": {"montant euros", "montant eur"}},
	},
	{
		id: "boursobank", name: "BoursoBank (Boursorama)",
		headers: []string{"dateOp", "dateVal", "label", "category", "categoryParent", "supplierFound", "amount",
			"comment", "accountNum", "accountLabel", "accountbalance"},
		fields: map[string]string{"date": "dateOp", "valueDate": "dateVal", "label": "label", "payer": "supplierFound",
			"amount": "amount"},
	},
	{
		id: "qonto", name: "Qonto",
		headers: []string{"Status", "Settlement date (UTC)", "Operation date (UTC)", "Total amount (incl. VAT)",
			"Currency", "Counterparty name", "Payment method", "Transaction ID", "IBAN", "Reference", "Category",
			"Note", "VAT amount", "Initiator", "Label 1", "Label 2", "Label 3"},
		fields: map[string]string{"date": "Settlement date (UTC)", "amount": "Total amount (incl. VAT)",
			"currency": "Currency", "payer": "Counterparty name", "id": "Transaction ID", "label": "Reference",
			"detail": "Note"},
		aliases: map[string][]string{
			"Settlement date (UTC)":    {"settlement date local", "settlement date", "date de reglement utc", "date de reglement"},
			"Total amount (incl. VAT)": {"amount", "total amount", "montant total ttc", "montant"},
			"Currency":                 {"devise"},
			"Counterparty name":        {"nom de la contrepartie", "contrepartie"},
			"Transaction ID":           {"id de la transaction", "identifiant de la transaction"},
			"Reference":                {"reference"},
			"Status":                   {"statut"},
			"Operation date (UTC)":     {"date de l operation utc"},
		},
	},
	{
		id: "shine", name: "Shine",
		headers: []string{"Date de la transaction", "Libellé", "Nom de la contrepartie", "Montant", "Devise", "Référence"},
		fields: map[string]string{"date": "Date de la transaction", "label": "Libellé", "payer": "Nom de la contrepartie",
			"amount": "Montant", "currency": "Devise", "reference": "Référence"},
		aliases: map[string][]string{"Date de la transaction": {"date"}, "Nom de la contrepartie": {"contrepartie"}},
	},
	{
		id: "debit-credit", name: "Format courant (Date, Libellé, Débit, Crédit)",
		headers: []string{"Date", "Libellé", "Débit", "Crédit"},
		fields:  map[string]string{"date": "Date", "label": "Libellé", "debit": "Débit", "credit": "Crédit"},
	},
	{
		id: "montant-signe", name: "Format courant (Date opération, Date valeur, Libellé, Montant)",
		headers: []string{"Date opération", "Date valeur", "Libellé", "Montant"},
		fields: map[string]string{"date": "Date opération", "valueDate": "Date valeur", "label": "Libellé",
			"amount": "Montant"},
		aliases: map[string][]string{"Date opération": {"date"}, "Date valeur": {"date de valeur"}},
	},
}

// field returns a pointer to the mapping field of that name.
func (m *CSVMapping) field(name string) *int {
	switch name {
	case "date":
		return &m.Date
	case "valueDate":
		return &m.ValueDate
	case "label":
		return &m.Label
	case "detail":
		return &m.Detail
	case "amount":
		return &m.Amount
	case "credit":
		return &m.Credit
	case "debit":
		return &m.Debit
	case "currency":
		return &m.Currency
	case "reference":
		return &m.Reference
	case "payer":
		return &m.Payer
	case "id":
		return &m.ID
	}
	panic("bank: unknown mapping field " + name)
}

var fieldNames = []string{"date", "valueDate", "label", "detail", "amount", "credit", "debit", "currency", "reference", "payer", "id"}

// fieldLabels name the fields for people, in messages.
var fieldLabels = map[string]string{
	"date": "Date", "valueDate": "Date de valeur", "label": "Libellé", "detail": "Détail", "amount": "Montant",
	"credit": "Crédit", "debit": "Débit", "currency": "Devise", "reference": "Référence", "payer": "Contrepartie",
	"id": "Identifiant d'opération",
}

func (d *presetDef) preset() Preset {
	m := Unmapped()
	m.Preset, m.DateLayout = d.id, d.layout
	for f, h := range d.fields {
		for i, hh := range d.headers {
			if hh == h {
				*m.field(f) = i
			}
		}
	}
	return Preset{ID: d.id, Name: d.name, Headers: append([]string(nil), d.headers...), Mapping: m}
}

// Presets lists the CSV exports of French banks that Parse recognises without a mapping.
func Presets() []Preset {
	out := make([]Preset, len(presetDefs))
	for i := range presetDefs {
		out[i] = presetDefs[i].preset()
	}
	return out
}

// matchPreset finds the preset whose headers best fit the file's, and maps its fields onto the file's columns
// by name, so that a column added or moved by a new version of the export does not break the import.
func matchPreset(headers []string) (CSVMapping, bool) {
	folded := make([]string, len(headers))
	filled := 0
	for i, h := range headers {
		folded[i] = fold(h)
		if folded[i] != "" {
			filled++
		}
	}
	if filled < 2 {
		return CSVMapping{}, false
	}
	best, bestCover, bestScore := -1, 0.0, 0.0
	var bestMapping CSVMapping
	for pi := range presetDefs {
		d := &presetDefs[pi]
		m, ok := d.resolve(folded)
		if !ok {
			continue
		}
		common := 0
		for _, h := range d.headers {
			if indexOf(folded, d.accepted(h), nil) >= 0 {
				common++
			}
		}
		// The layout that explains most of the file's columns wins, then the one with the fewest columns the file
		// lacks (Jaccard similarity): an export with columns removed or added by its bank is still recognised.
		cover := float64(common) / float64(filled)
		score := float64(common) / float64(len(d.headers)+filled-common)
		if cover >= 0.6 && (cover > bestCover || cover == bestCover && score > bestScore) {
			best, bestCover, bestScore, bestMapping = pi, cover, score, m
		}
	}
	return bestMapping, best >= 0
}

// accepted lists the folded spellings of a preset header.
func (d *presetDef) accepted(h string) []string {
	return append([]string{fold(h)}, d.aliases[h]...)
}

// resolve maps the preset's fields onto the file's columns; the date, the amount and the label must be found.
func (d *presetDef) resolve(folded []string) (CSVMapping, bool) {
	m := Unmapped()
	m.Preset, m.DateLayout = d.id, d.layout
	used := map[int]bool{}
	for _, f := range fieldNames {
		h, ok := d.fields[f]
		if !ok {
			continue
		}
		i := indexOf(folded, d.accepted(h), used)
		if i < 0 {
			continue
		}
		used[i] = true
		*m.field(f) = i
	}
	if m.Date < 0 || m.Label < 0 {
		return m, false
	}
	// A preset with two amount columns needs both: one alone would read every line as a credit (or a debit).
	_, wantsDebit := d.fields["debit"]
	_, wantsCredit := d.fields["credit"]
	switch {
	case d.fields["amount"] != "" && m.Amount < 0:
		return m, false
	case wantsDebit && m.Debit < 0, wantsCredit && m.Credit < 0:
		return m, false
	}
	return m, true
}

func indexOf(folded []string, accepted []string, used map[int]bool) int {
	for _, a := range accepted {
		for i, f := range folded {
			if f == a && !used[i] {
				return i
			}
		}
	}
	return -1
}

// SuggestMapping proposes a mapping for a CSV header line. ok is true when the headers are those of a known
// bank export (Parse then needs no mapping); otherwise the mapping is a guess from the column names, with -1
// for what it could not place, for the user to confirm.
func SuggestMapping(headers []string) (CSVMapping, bool) {
	if m, ok := matchPreset(headers); ok {
		return m, true
	}
	return guessMapping(headers), false
}

// guessMapping places columns from the words of their headers.
func guessMapping(headers []string) CSVMapping {
	m := Unmapped()
	for i, h := range headers {
		f := fold(h)
		if f == "" || strings.Contains(f, "franc") || strings.Contains(f, "solde") || strings.Contains(f, "balance") {
			continue
		}
		set := func(p *int) {
			if *p < 0 {
				*p = i
			}
		}
		switch {
		case hasWord(f, "valeur", "value", "dateval", "valuta"):
			set(&m.ValueDate)
		case strings.HasPrefix(f, "date") || hasWord(f, "dateop", "booking", "settlement", "comptabilisation"):
			set(&m.Date)
		case hasWord(f, "debit", "sortie", "sorties", "retrait", "depense", "depenses"):
			set(&m.Debit)
		case hasWord(f, "credit", "entree", "entrees", "encaissement", "recette", "recettes"):
			set(&m.Credit)
		case hasWord(f, "montant", "amount", "somme", "betrag", "importe"):
			set(&m.Amount)
		case hasWord(f, "devise", "currency", "monnaie"):
			set(&m.Currency)
		case hasWord(f, "contrepartie", "counterparty", "tiers", "emetteur", "payer", "payeur", "beneficiaire", "supplierfound"):
			set(&m.Payer)
		case strings.HasPrefix(f, "detail") || hasWord(f, "complementaires", "complement", "details", "note", "notes"):
			set(&m.Detail)
		case f == "id" || f == "transaction id" || strings.HasPrefix(f, "numero d operation") || hasWord(f, "identifiant", "fitid"):
			set(&m.ID)
		case hasWord(f, "libelle", "label", "description", "intitule", "nature", "motif", "communication"):
			set(&m.Label)
		case hasWord(f, "reference", "ref") || strings.Contains(f, "end to end") || strings.Contains(f, "endtoend"):
			set(&m.Reference)
		}
	}
	return m
}

func hasWord(folded string, words ...string) bool {
	for _, w := range strings.Fields(folded) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// looksLikeHeader reports a header line that a guess can map: a date column and an amount.
func looksLikeHeader(cells []string) bool {
	m := guessMapping(cells)
	return m.Date >= 0 && (m.Amount >= 0 || m.Debit >= 0 || m.Credit >= 0)
}

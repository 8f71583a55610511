package template

// VarInfo describes one variable of the catalogue (shown in the editor's help panel).
type VarInfo struct {
	Name    string `json:"name"`    // e.g. "CustomerName"
	Group   string `json:"group"`   // "client", "invoice", "company", "payment", "claim", "date" ("condition" for blocks)
	LabelFR string `json:"labelFr"` // « Nom du client »
	LabelEN string `json:"labelEn"`
	Example string `json:"example"` // a French example value
}

// catalogue is in display order: the help panel lists it as is, grouped.
var catalogue = []VarInfo{
	{"Greeting", "client", "Formule d'appel : « Bonjour Madame Robin, » quand la civilité est connue (nom du client ou de son contact de facturation), sinon « Bonjour, »",
		"Greeting: \"Hello Ms Robin,\" when the civility is known (client's or billing contact's name), else \"Hello,\"", "Bonjour Madame Robin,"},
	{"CustomerName", "client", "Nom ou raison sociale du client", "Client's name or company name", "Boulangerie Martin"},
	{"CustomerClientCode", "client", "Code client", "Client code", "CLI-0042"},
	{"CustomerAddress", "client", "Adresse de facturation du client (sur plusieurs lignes)",
		"Client's billing address (several lines)", "12 rue des Lilas\n69003 Lyon"},
	{"CustomerSiren", "client", "SIREN du client", "Client's SIREN number", "552\u00a0081\u00a0317"},
	{"CustomerPhone", "client", "Téléphone du client (celui du contact de facturation d'abord)",
		"Client's phone number (the billing contact's first)", "04 78 12 34 56"},
	{"ContactFirstName", "client", "Prénom du contact de facturation", "Billing contact's first name", "Marie"},
	{"ContactLastName", "client", "Nom du contact de facturation", "Billing contact's last name", "Dupont"},
	{"ContactName", "client", "Prénom et nom du contact de facturation", "Billing contact's full name", "Marie Dupont"},

	{"InvoiceNumber", "invoice", "Numéro de facture ; plusieurs : « F-1, F-2 et F-3 »",
		"Invoice number; several: \"F-1, F-2 and F-3\"", "F-2026-014"},
	{"InvoiceLabel", "invoice", "« facture n° F-1 », ou « factures n° F-1 et F-2 » s'il y en a plusieurs",
		"\"invoice F-1\", or \"invoices F-1 and F-2\" when there are several", "facture n° F-2026-014"},
	{"InvoiceDate", "invoice", "Date de la facture (la plus ancienne s'il y en a plusieurs)",
		"Invoice date (the oldest one when there are several)", "15 janvier 2026"},
	{"InvoiceDueDate", "invoice", "Date d'échéance de la facture", "Invoice due date", "14 février 2026"},
	{"InvoiceAmount", "invoice", "Montant TTC de la facture", "Invoice amount including VAT", "1\u00a0200,00\u00a0€"},
	{"InvoiceAmountDue", "invoice", "Reste à payer sur la facture", "Amount still due on the invoice", "1\u00a0200,00\u00a0€"},
	{"DaysOverdue", "invoice", "Jours de retard de la facture la plus en retard", "Days overdue of the oldest overdue invoice", "30"},
	{"NumberOfInvoices", "invoice", "Nombre de factures du message", "Number of invoices in the message", "2"},
	{"InvoiceTable", "invoice", "Tableau des factures : numéro, date, échéance, montant, reste dû, retard",
		"Table of the invoices: number, date, due date, amount, outstanding, days overdue", "(tableau)"},

	{"TotalOverdue", "claim", "Total restant dû sur les factures du message", "Total outstanding on the message's invoices",
		"3\u00a0656,78\u00a0€"},
	{"CustomerInvoicingExpiredOutstandingAmount", "claim", "Encours échu total du client (toutes ses factures échues)",
		"Client's total overdue balance (all overdue invoices)", "4\u00a0256,78\u00a0€"},
	{"LatePenalties", "claim", "Pénalités de retard à ce jour (professionnels)", "Late-payment penalties to date (businesses)",
		"21,37\u00a0€"},
	{"RecoveryIndemnity", "claim", "Indemnité forfaitaire pour frais de recouvrement, 40 € par facture (professionnels)",
		"Fixed recovery indemnity, €40 per invoice (businesses)", "80,00\u00a0€"},
	{"TotalClaimed", "claim", "Total réclamé : restant dû + pénalités + indemnité", "Total claimed: outstanding + penalties + indemnity",
		"3\u00a0758,15\u00a0€"},

	{"Iban", "payment", "IBAN de votre entreprise, par groupes de 4", "Your company's IBAN, in groups of 4",
		"FR76 3000 6000 0112 3456 7890 189"},
	{"Bic", "payment", "BIC de votre entreprise", "Your company's BIC", "AGRIFRPP"},
	{"PaymentReference", "payment", "Référence à indiquer sur le virement (numéros de facture)",
		"Reference to quote on the transfer (invoice numbers)", "F-2026-014"},
	{"PaymentLink", "payment", "Lien de paiement (modèle défini dans les réglages)", "Payment link (pattern set in the settings)",
		"https://pay.example.fr/?ref=F-2026-014"},

	{"CompanyName", "company", "Raison sociale de votre entreprise", "Your company's name", "Atelier Durand"},
	{"CompanyAddress", "company", "Adresse de votre entreprise (sur plusieurs lignes)", "Your company's address (several lines)",
		"8 quai Saint-Vincent\n69001 Lyon"},
	{"CompanyCity", "company", "Ville de votre entreprise", "Your company's city", "Lyon"},
	{"CompanySiren", "company", "SIREN de votre entreprise", "Your company's SIREN number", "732\u00a0829\u00a0320"},
	{"CompanyEmail", "company", "E-mail de votre entreprise", "Your company's e-mail", "contact@atelier-durand.fr"},
	{"CompanyPhone", "company", "Téléphone de votre entreprise", "Your company's phone number", "04 72 00 00 00"},
	{"CompanyLogo", "company", "Logo (dans l'e-mail HTML seulement ; rien dans le texte brut)",
		"Logo (HTML e-mail only; nothing in plain text)", "(logo)"},
	{"SignatoryFirstName", "company", "Prénom du signataire", "Signatory's first name", "Claire"},
	{"SignatoryLastName", "company", "Nom du signataire", "Signatory's last name", "Durand"},
	{"SignatoryTitle", "company", "Fonction du signataire", "Signatory's title", "Gérante"},
	{"SignatoryEmail", "company", "E-mail du signataire (celui de l'entreprise à défaut)",
		"Signatory's e-mail (the company's when none)", "claire@atelier-durand.fr"},
	{"SignatoryPhoneNumber", "company", "Téléphone du signataire (celui de l'entreprise à défaut)",
		"Signatory's phone number (the company's when none)", "06 12 34 56 78"},

	{"CurrentDate", "date", "Date du jour", "Today's date", "16 mars 2026"},
	{"PromiseDate", "date", "Date de paiement promise par le client", "Payment date promised by the client", "31 mars 2026"},
}

// conditions are the two blocks; they are listed apart because they are not values.
var conditions = []VarInfo{
	{"Business", "condition", "[[#Business]] … [[/Business]] : texte gardé seulement pour un client professionnel",
		"[[#Business]] … [[/Business]]: text kept only for a business client", "[[#Business]]Pénalités : [[LatePenalties]][[/Business]]"},
	{"Consumer", "condition", "[[#Consumer]] … [[/Consumer]] : texte gardé seulement pour un client particulier",
		"[[#Consumer]] … [[/Consumer]]: text kept only for a consumer", "[[#Consumer]]…[[/Consumer]]"},
}

// known indexes the catalogue by name.
var known = func() map[string]bool {
	m := make(map[string]bool, len(catalogue))
	for _, v := range catalogue {
		m[v.Name] = true
	}
	return m
}()

// Catalogue lists the variables in display order. The slice is a copy: callers may keep it.
func Catalogue() []VarInfo { return append([]VarInfo(nil), catalogue...) }

// Conditions lists the two conditional blocks, [[#Business]] and [[#Consumer]], for the help panel.
func Conditions() []VarInfo { return append([]VarInfo(nil), conditions...) }

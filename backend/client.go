package backend

import (
	"strings"
	"time"
)

// ClientType says whether the debtor is a professional (penalties, 40 € indemnity) or a consumer (neither).
type ClientType string

const (
	Business ClientType = "business"
	Consumer ClientType = "consumer"
)

// Default segments; the list is user-editable in the settings.
var DefaultSegments = []string{"regular", "at-risk", "strategic", "new"}

// Contact is a person at a client. One contact is marked Billing: reminders go to them.
type Contact struct {
	FirstName    string `json:"firstName,omitempty"`
	LastName     string `json:"lastName,omitempty"`
	Role         string `json:"role,omitempty"`
	Email        string `json:"email,omitempty"`
	Phone        string `json:"phone,omitempty"`
	Billing      bool   `json:"billing,omitempty"`
	EmailInvalid bool   `json:"emailInvalid,omitempty"` // set when mail to it bounced
	// SMSConsent: the person gave this number to be sent reminders by SMS. A consumer is never texted without it;
	// for a business, the billing contact's mobile number is enough.
	SMSConsent bool `json:"smsConsent,omitempty"`
}

// Client is a debtor.
type Client struct {
	ID              uint64     `json:"id"`
	Code            string     `json:"code"`
	Name            string     `json:"name"`
	Type            ClientType `json:"type"`
	LegalForm       string     `json:"legalForm,omitempty"` // as written (SARL, SAS, Association, SCI, EI…) or the INSEE code
	SIREN           string     `json:"siren,omitempty"`
	SIRET           string     `json:"siret,omitempty"`
	VATNumber       string     `json:"vatNumber,omitempty"`
	Address         Address    `json:"address"`                   // billing address, used on letters
	DeliveryAddress Address    `json:"deliveryAddress,omitempty"` // where goods or services went, when different
	Email           string     `json:"email,omitempty"`           // general address; contacts come first
	Phone           string     `json:"phone,omitempty"`
	Contacts        []Contact  `json:"contacts,omitempty"`
	Language        string     `json:"language"` // fr or en
	Segment         string     `json:"segment"`
	Notes           string     `json:"notes,omitempty"`
	PaymentMethod   string     `json:"paymentMethod,omitempty"` // preferred: transfer, direct_debit, cheque, card, cash
	// Court is the court an order for payment against this client goes to, as the owner checked it (name and
	// address); empty: named by the rule and the client's town (backend/court).
	Court string `json:"court,omitempty"`
	// LatePaymentRateBP overrides the company's contractual late-payment rate for this client (the terms agreed
	// with it), in basis points a year; 0: the company's.
	LatePaymentRateBP int       `json:"latePaymentRateBP,omitempty"`
	CreatedAt         time.Time `json:"createdAt" ts_type:"string"`
	UpdatedAt         time.Time `json:"updatedAt" ts_type:"string"`
}

// PaymentMethods are the accepted payment method codes, with their French labels.
var PaymentMethods = map[string]string{
	"transfer": "Virement", "direct_debit": "Prélèvement", "cheque": "Chèque", "card": "Carte bancaire",
	"cash": "Espèces", "lcr": "LCR", "other": "Autre", MethodCreditNote: "Avoir",
}

// NormalizePaymentMethod maps common spellings ("virement", "prélèvement", "CB", "SEPA") to a method code.
func NormalizePaymentMethod(s string) (string, error) {
	v := strings.ToLower(strings.TrimSpace(s))
	if v == "" {
		return "", nil
	}
	if _, ok := PaymentMethods[v]; ok {
		return v, nil
	}
	switch {
	case strings.HasPrefix(v, "vir"), v == "sepa", strings.HasPrefix(v, "wire"), v == "bank transfer":
		return "transfer", nil
	case strings.HasPrefix(v, "pr"), strings.Contains(v, "debit"), strings.Contains(v, "débit"):
		return "direct_debit", nil
	case strings.HasPrefix(v, "ch"), strings.HasPrefix(v, "check"):
		return "cheque", nil
	case v == "cb", strings.HasPrefix(v, "carte"), strings.HasPrefix(v, "card"):
		return "card", nil
	case strings.HasPrefix(v, "esp"), v == "cash":
		return "cash", nil
	case strings.HasPrefix(v, "avoir"), v == "credit note", v == "credit_note":
		return MethodCreditNote, nil
	case strings.HasPrefix(v, "autre"):
		return "other", nil
	}
	return "", Errorf(EINVALID, "moyen de paiement « %s » inconnu : virement, prélèvement, chèque, carte, espèces, LCR ou autre", s)
}

// BillingContact is the contact reminders go to: the one marked billing, else the first with an e-mail.
func (c *Client) BillingContact() (Contact, bool) {
	for _, k := range c.Contacts {
		if k.Billing {
			return k, true
		}
	}
	for _, k := range c.Contacts {
		if k.Email != "" {
			return k, true
		}
	}
	return Contact{}, false
}

// ReminderEmail is where reminders go: the billing contact's address, else the client's general address.
func (c *Client) ReminderEmail() string {
	if k, ok := c.BillingContact(); ok && k.Email != "" && !k.EmailInvalid {
		return k.Email
	}
	return c.Email
}

// SMSNumber is the number reminders by SMS go to: the billing contact's phone, as written (the sender checks that
// it is a mobile). why says in French why there is none, or why it may not be used.
func (c *Client) SMSNumber() (phone, why string) {
	k, ok := c.BillingContact()
	if !ok || strings.TrimSpace(k.Phone) == "" {
		return "", "pas de numéro de mobile pour le contact de facturation de " + c.Name + " : ajoutez-le sur sa fiche"
	}
	if c.Type == Consumer && !k.SMSConsent {
		return "", c.Name + " est un particulier qui n'a pas donné son numéro pour recevoir des SMS : cochez « accepte les SMS » sur sa fiche seulement s'il l'a fait"
	}
	return strings.TrimSpace(k.Phone), ""
}

// NormalizeCode upper-cases a client code and trims it; codes are the import key.
func NormalizeCode(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// Normalize validates a client and rewrites identifiers in canonical form.
func (c *Client) Normalize() error {
	var p Problems
	c.Code = NormalizeCode(c.Code)
	c.Name = strings.TrimSpace(c.Name)
	if c.Code == "" {
		p.Add("code", "le code client est obligatoire")
	} else if len(c.Code) > 40 || strings.ContainsAny(c.Code, "|\r\n\t") {
		p.Add("code", "code client « %s » invalide : 40 caractères au plus, sans | ni retour à la ligne", c.Code)
	}
	if c.Name == "" {
		p.Add("name", "le nom ou la raison sociale est obligatoire")
	}
	switch strings.ToLower(string(c.Type)) {
	case "", "business", "entreprise", "professionnel", "pro", "b2b":
		c.Type = Business
	case "consumer", "particulier", "b2c":
		c.Type = Consumer
	default:
		p.Add("type", "type « %s » invalide : business (professionnel) ou consumer (particulier)", c.Type)
	}
	normalizeOptional(&p, "siren", &c.SIREN, NormalizeSIREN)
	normalizeOptional(&p, "siret", &c.SIRET, NormalizeSIRET)
	if c.SIREN == "" && len(c.SIRET) == 14 {
		c.SIREN = c.SIRET[:9]
	}
	if c.SIREN != "" && len(c.SIRET) == 14 && c.SIRET[:9] != c.SIREN {
		p.Add("siret", "le SIRET %s ne commence pas par le SIREN %s", c.SIRET, c.SIREN)
	}
	normalizeOptional(&p, "vatNumber", &c.VATNumber, NormalizeVATNumber)
	normalizeOptional(&p, "email", &c.Email, NormalizeEmail)
	c.LegalForm, c.Court = strings.TrimSpace(c.LegalForm), strings.TrimSpace(c.Court)
	if len(c.Court) > 300 {
		p.Add("court", "juridiction trop longue : 300 caractères au plus (son nom et son adresse)")
	}
	if len(c.LegalForm) > 80 {
		p.Add("legalForm", "forme juridique trop longue : 80 caractères au plus (SARL, SAS, Association…)")
	}
	switch {
	case c.LatePaymentRateBP < 0 || c.LatePaymentRateBP > MaxLatePaymentRateBP:
		p.Add("latePaymentRateBP", "le taux des pénalités de retard doit être un taux annuel entre 0,01 et 100 %% (0 : celui de votre entreprise)")
	case c.LatePaymentRateBP > 0 && c.Type == Consumer:
		p.Add("latePaymentRateBP", "un particulier ne doit pas de pénalités contractuelles, seulement les intérêts au taux légal : laissez le taux vide")
	}
	billing := 0
	for i := range c.Contacts {
		normalizeOptional(&p, "contacts."+itoa(i)+".email", &c.Contacts[i].Email, NormalizeEmail)
		if c.Contacts[i].Billing {
			billing++
		}
	}
	if billing > 1 {
		p.Add("contacts", "un seul contact peut être marqué « facturation »")
	}
	switch strings.ToLower(c.Language) {
	case "", "fr", "français", "francais", "french":
		c.Language = "fr"
	case "en", "anglais", "english":
		c.Language = "en"
	default:
		p.Add("language", "langue « %s » invalide : fr ou en", c.Language)
	}
	c.Segment = strings.ToLower(strings.TrimSpace(c.Segment))
	if c.Segment == "" {
		c.Segment = "regular"
	}
	if m, err := NormalizePaymentMethod(c.PaymentMethod); err != nil {
		p.Add("paymentMethod", "%s", ErrorMessage(err))
	} else {
		c.PaymentMethod = m
	}
	return p.Err()
}

// Civility is « Madame » or « Monsieur » when the client's name (a consumer) or its billing contact's first name
// says it (« Mme Claire Petit », « M. Jean Martin »), else "": letters then open with « Madame, Monsieur, ».
func (c Client) Civility() string {
	names := []string{}
	if c.Type == Consumer {
		names = append(names, c.Name)
	}
	if k, ok := c.BillingContact(); ok {
		names = append(names, k.FirstName, k.FirstName+" "+k.LastName)
	}
	for _, n := range names {
		if civ := civilityOf(n); civ != "" {
			return civ
		}
	}
	return ""
}

func civilityOf(name string) string {
	f := strings.Fields(strings.ToLower(strings.TrimSpace(name)))
	if len(f) < 2 { // a civility alone is not a name
		return ""
	}
	switch strings.TrimSuffix(f[0], ".") {
	case "mme", "madame", "mlle", "mademoiselle", "mrs", "ms":
		return "Madame"
	case "m", "monsieur", "mr":
		return "Monsieur"
	}
	return ""
}

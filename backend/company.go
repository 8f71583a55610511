package backend

// Address is a French postal address; Country is empty or "France" for France.
type Address struct {
	Line1      string `json:"line1,omitempty"`
	Line2      string `json:"line2,omitempty"`
	PostalCode string `json:"postalCode,omitempty"`
	City       string `json:"city,omitempty"`
	Country    string `json:"country,omitempty"`
}

// IsZero reports whether nothing of the address is filled in.
func (a Address) IsZero() bool { return a == Address{} }

// Signatory is the person who signs reminders and formal notices.
type Signatory struct {
	FirstName string `json:"firstName,omitempty"`
	LastName  string `json:"lastName,omitempty"`
	Title     string `json:"title,omitempty"`
	Email     string `json:"email,omitempty"`
	Phone     string `json:"phone,omitempty"`
}

// Company is the user's own business: the creditor named on every letter.
type Company struct {
	LegalName        string    `json:"legalName"`
	LegalForm        string    `json:"legalForm,omitempty"` // SARL, SAS, EI…
	SIREN            string    `json:"siren,omitempty"`
	SIRET            string    `json:"siret,omitempty"`
	VATNumber        string    `json:"vatNumber,omitempty"`
	RCSCity          string    `json:"rcsCity,omitempty"`
	ShareCapital     string    `json:"shareCapital,omitempty"`
	Address          Address   `json:"address"`
	Email            string    `json:"email,omitempty"`
	Phone            string    `json:"phone,omitempty"`
	Website          string    `json:"website,omitempty"`
	IBAN             string    `json:"iban,omitempty"`
	BIC              string    `json:"bic,omitempty"`
	Logo             []byte    `json:"logo,omitempty" ts_type:"string"` // PNG or JPEG, at most MaxLogoBytes
	LogoType         string    `json:"logoType,omitempty"`
	Signatory        Signatory `json:"signatory"`
	PaymentTermsDays int       `json:"paymentTermsDays"`
	// LatePaymentRateBP is the late-payment rate the terms of sale set, in basis points a year (1200 = 12 %);
	// 0: none set, the legal default (ECB + 10 points) applies.
	LatePaymentRateBP int `json:"latePaymentRateBP,omitempty"`
}

// MaxLatePaymentRateBP bounds a contractual rate: above 100 % a year it is a typo, not a clause.
const MaxLatePaymentRateBP = 10000

// MaxLogoBytes bounds the logo kept in the store; a letterhead logo never needs more.
const MaxLogoBytes = 512 << 10

// Normalize validates the profile and rewrites identifiers in their canonical form.
func (c *Company) Normalize() error {
	var p Problems
	if c.LegalName == "" {
		p.Add("legalName", "la raison sociale est obligatoire")
	}
	normalizeOptional(&p, "siren", &c.SIREN, NormalizeSIREN)
	normalizeOptional(&p, "siret", &c.SIRET, NormalizeSIRET)
	if c.SIREN != "" && len(c.SIRET) == 14 && c.SIRET[:9] != c.SIREN { // an invalid SIRET may be shorter
		p.Add("siret", "le SIRET %s ne commence pas par le SIREN %s", c.SIRET, c.SIREN)
	}
	if c.SIREN == "" && len(c.SIRET) == 14 {
		c.SIREN = c.SIRET[:9]
	}
	normalizeOptional(&p, "vatNumber", &c.VATNumber, NormalizeVATNumber)
	if c.VATNumber == "" && c.SIREN != "" {
		c.VATNumber = FrenchVATNumber(c.SIREN)
	}
	normalizeOptional(&p, "iban", &c.IBAN, NormalizeIBAN)
	normalizeOptional(&p, "bic", &c.BIC, NormalizeBIC)
	normalizeOptional(&p, "email", &c.Email, NormalizeEmail)
	normalizeOptional(&p, "signatory.email", &c.Signatory.Email, NormalizeEmail)
	if c.PaymentTermsDays < 0 || c.PaymentTermsDays > 60 {
		p.Add("paymentTermsDays", "le délai de paiement doit être entre 0 et 60 jours (plafond légal, art. L441-10)")
	}
	if c.LatePaymentRateBP < 0 || c.LatePaymentRateBP > MaxLatePaymentRateBP {
		p.Add("latePaymentRateBP", "le taux des pénalités de retard doit être un taux annuel entre 0,01 et 100 %% (0 : taux légal, BCE + 10 points)")
	}
	if len(c.Logo) > MaxLogoBytes {
		p.Add("logo", "le logo dépasse 512 Ko : choisissez une image plus petite")
	}
	return p.Err()
}

func normalizeOptional(p *Problems, field string, v *string, norm func(string) (string, error)) {
	if *v == "" {
		return
	}
	n, err := norm(*v)
	if err != nil {
		p.Add(field, "%s", ErrorMessage(err))
		return
	}
	*v = n
}

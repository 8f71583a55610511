package cli

import (
	"fmt"
	"strconv"
	"strings"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/latefee"
)

// companyKey is one field of the company profile as `relance company get|set` names it.
type companyKey struct {
	name string
	get  func(c *backend.Company) string
	set  func(c *backend.Company, v string) error
}

func companyStr(name string, f func(c *backend.Company) *string) companyKey {
	return companyKey{name: name, get: func(c *backend.Company) string { return *f(c) },
		set: func(c *backend.Company, v string) error { *f(c) = v; return nil }}
}

// companyKeys are in the order of « Mon entreprise », so that `company get` reads like the form.
var companyKeys = []companyKey{
	companyStr("legal_name", func(c *backend.Company) *string { return &c.LegalName }),
	companyStr("legal_form", func(c *backend.Company) *string { return &c.LegalForm }),
	companyStr("siren", func(c *backend.Company) *string { return &c.SIREN }),
	companyStr("siret", func(c *backend.Company) *string { return &c.SIRET }),
	companyStr("vat_number", func(c *backend.Company) *string { return &c.VATNumber }),
	companyStr("rcs_city", func(c *backend.Company) *string { return &c.RCSCity }),
	companyStr("share_capital", func(c *backend.Company) *string { return &c.ShareCapital }),
	companyStr("address.line1", func(c *backend.Company) *string { return &c.Address.Line1 }),
	companyStr("address.line2", func(c *backend.Company) *string { return &c.Address.Line2 }),
	companyStr("address.postal_code", func(c *backend.Company) *string { return &c.Address.PostalCode }),
	companyStr("address.city", func(c *backend.Company) *string { return &c.Address.City }),
	companyStr("address.country", func(c *backend.Company) *string { return &c.Address.Country }),
	companyStr("email", func(c *backend.Company) *string { return &c.Email }),
	companyStr("phone", func(c *backend.Company) *string { return &c.Phone }),
	companyStr("website", func(c *backend.Company) *string { return &c.Website }),
	companyStr("iban", func(c *backend.Company) *string { return &c.IBAN }),
	companyStr("bic", func(c *backend.Company) *string { return &c.BIC }),
	companyStr("signatory.first_name", func(c *backend.Company) *string { return &c.Signatory.FirstName }),
	companyStr("signatory.last_name", func(c *backend.Company) *string { return &c.Signatory.LastName }),
	companyStr("signatory.title", func(c *backend.Company) *string { return &c.Signatory.Title }),
	companyStr("signatory.email", func(c *backend.Company) *string { return &c.Signatory.Email }),
	companyStr("signatory.phone", func(c *backend.Company) *string { return &c.Signatory.Phone }),
	{name: "payment_terms_days", get: func(c *backend.Company) string { return strconv.Itoa(c.PaymentTermsDays) },
		set: func(c *backend.Company, v string) error {
			n, err := strconv.Atoi(v)
			if v == "" {
				n, err = 0, nil
			}
			if err != nil {
				return backend.Errorf(backend.EINVALID, "« %s » n'est pas un nombre de jours (exemple : 30)", v)
			}
			c.PaymentTermsDays = n
			return nil
		}},
	// An annual percentage, as the terms of sale write it (« 12 », « 12,5 »); empty: the legal default.
	{name: "late_payment_rate", get: func(c *backend.Company) string {
		if c.LatePaymentRateBP == 0 {
			return ""
		}
		return latefee.FormatPercentFR(c.LatePaymentRateBP)
	}, set: func(c *backend.Company, v string) error {
		if v == "" {
			c.LatePaymentRateBP = 0
			return nil
		}
		bp, err := latefee.ParsePercent(v)
		if err != nil {
			return err
		}
		c.LatePaymentRateBP = bp
		return nil
	}},
}

func companyKeyByName(name string) (companyKey, bool) {
	for _, k := range companyKeys {
		if k.name == name {
			return k, true
		}
	}
	return companyKey{}, false
}

func companyKeyList() string {
	names := make([]string, len(companyKeys))
	for i, k := range companyKeys {
		names[i] = k.name
	}
	return strings.Join(names, ", ")
}

// companyCmd is `relance company get [KEY]` and `relance company set KEY VALUE`: the profile « Mon entreprise »
// without the window, for a headless install.
func (c *CLI) companyCmd(dirs desktop.Dirs, args []string) error {
	usage := func() error {
		return usageError("usage : relance company get [CLÉ] | relance company set CLÉ VALEUR (VALEUR vide : efface)\nclés : %s", companyKeyList())
	}
	if len(args) == 0 || (args[0] == "get" && len(args) > 2) || (args[0] == "set" && len(args) != 3) || (args[0] != "get" && args[0] != "set") {
		return usage()
	}
	var key companyKey
	if len(args) > 1 {
		k, ok := companyKeyByName(args[1])
		if !ok {
			return usageError("clé « %s » inconnue : %s", args[1], companyKeyList())
		}
		key = k
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	co, err := app.Company(env)
	if err != nil {
		return err
	}
	if args[0] == "get" {
		if key.get != nil {
			fmt.Fprintln(c.Stdout, companyValue(key, &co))
			return nil
		}
		for _, k := range companyKeys {
			fmt.Fprintf(c.Stdout, "%s = %s\n", k.name, companyValue(k, &co))
		}
		return nil
	}
	v := strings.TrimSpace(args[2])
	if strings.ContainsAny(v, "\r\n") {
		return backend.Errorf(backend.EINVALID, "%s : la valeur ne peut pas contenir de retour à la ligne", key.name)
	}
	if err := key.set(&co, v); err != nil {
		return backend.Errorf(backend.EINVALID, "%s : %s", key.name, backend.ErrorMessage(err))
	}
	if co.LegalName == "" && key.name != "legal_name" {
		return backend.Errorf(backend.EINVALID, "commencez par la raison sociale : relance company set legal_name \"Votre société\"")
	}
	if err := app.SaveCompany(env, &co); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s = %s\n", key.name, companyValue(key, &co)) // as normalised (IBAN grouped, VAT derived…)
	return nil
}

// companyValue says « non défini » rather than an empty line, and what applies in its place for the rate.
func companyValue(k companyKey, co *backend.Company) string {
	v := k.get(co)
	switch {
	case k.name == "late_payment_rate" && v == "":
		return "non défini (taux légal : BCE + 10 points)"
	case k.name == "late_payment_rate":
		return v + " %"
	case v == "" || (k.name == "payment_terms_days" && v == "0"):
		return "non défini"
	}
	return v
}

package importer

import (
	"reflect"
	"strings"
	"testing"

	"relance/backend"
)

func TestFieldsCanonical(t *testing.T) {
	want := map[Kind]string{
		Clients:  "client_code,name,type,siren,vat_number,email,phone,address,postal_code,city,country,segment,language,legal_form,late_payment_rate",
		Invoices: "number,client_code,issue_date,due_date,amount_excl_tax,vat_amount,amount_incl_tax,currency,amount_paid,payment_method,status",
		Payments: "date,amount,invoice_number,method,reference",
	}
	for k, w := range want {
		if got := strings.Join(keys(k), ","); got != w {
			t.Errorf("%s: %s\nwant %s", k, got, w)
		}
		for _, f := range ImportFields(k) {
			if f.Label == "" {
				t.Errorf("%s.%s has no label", k, f.Key)
			}
		}
	}
	f := Fields(Clients)
	f[0].Key = "changed"
	if Fields(Clients)[0].Key != "client_code" {
		t.Error("Fields returns the package's own slice")
	}
}

func TestSynonymsAreFolded(t *testing.T) {
	for k, list := range synonyms {
		seen := map[string]bool{}
		for _, f := range list {
			if _, ok := fieldByKey(k, f.key); !ok {
				t.Errorf("%s: synonyms for unknown field %s", k, f.key)
			}
			if f.names[0] != fold(f.key) {
				t.Errorf("%s.%s: the canonical key must be the first name", k, f.key)
			}
			for _, n := range f.names {
				if fold(n) != n {
					t.Errorf("%s.%s: %q is not folded (%q)", k, f.key, n, fold(n))
				}
				if seen[n] {
					t.Errorf("%s: %q is listed twice", k, n)
				}
				seen[n] = true
			}
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"N° pièce":                     "n piece",
		"  Date d'émission ":           "date d emission",
		"client_code":                  "client code",
		"ÉCHÉANCE":                     "echeance",
		"Invoice No.":                  "invoice no",
		"Montant TTC (€)":              "montant ttc",
		"Reste à payer":                "reste a payer",
		"Nº":                           "n",
		"Œuvre--Cœur":                  "oeuvre coeur",
		"Дата":                         "дата",
		"Date d'échéance (JJ/MM/AAAA)": "date d echeance jj mm aaaa",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSuggest(t *testing.T) {
	cases := []struct {
		name    string
		kind    Kind
		headers string // ';'-separated
		want    Mapping
	}{
		{"canonique factures", Invoices, strings.Join(keys(Invoices), ";"), Mapping{
			"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_excl_tax": 4, "vat_amount": 5,
			"amount_incl_tax": 6, "currency": 7, "amount_paid": 8, "payment_method": 9, "status": 10}},
		{"canonique clients", Clients, strings.Join(keys(Clients), ";"), Mapping{
			"client_code": 0, "name": 1, "type": 2, "siren": 3, "vat_number": 4, "email": 5, "phone": 6, "address": 7,
			"postal_code": 8, "city": 9, "country": 10, "segment": 11, "language": 12, "legal_form": 13, "late_payment_rate": 14}},
		{"canonique paiements", Payments, strings.Join(keys(Payments), ";"), Mapping{
			"date": 0, "amount": 1, "invoice_number": 2, "method": 3, "reference": 4}},
		{"Sage", Invoices, "N° pièce;Code tiers;Intitulé;Date pièce;Échéance;Montant HT;Montant TVA;Montant TTC;Mode de règlement",
			Mapping{"number": 0, "client_code": 1, "issue_date": 3, "due_date": 4, "amount_excl_tax": 5, "vat_amount": 6,
				"amount_incl_tax": 7, "payment_method": 8}},
		{"Sage clients", Clients, "Code tiers;Intitulé;Adresse;Code postal;Ville;Pays;Téléphone;E-mail;N° TVA",
			Mapping{"client_code": 0, "name": 1, "address": 2, "postal_code": 3, "city": 4, "country": 5, "phone": 6,
				"email": 7, "vat_number": 8}},
		{"QuickBooks", Invoices, "Invoice No.;Customer;Invoice Date;Due Date;Amount;Open Balance",
			Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_incl_tax": 4, "amount_due": 5}},
		{"QuickBooks liste", Invoices, "Date;Num;Customer;Due Date;Amount;Open Balance",
			Mapping{"issue_date": 0, "number": 1, "client_code": 2, "due_date": 3, "amount_incl_tax": 4, "amount_due": 5}},
		{"Pennylane", Invoices, "Numéro de facture;Client;Date d'émission;Date d'échéance;Montant HT;Montant TVA;Montant TTC;Devise;Reste à payer;Montant payé;Statut",
			Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_excl_tax": 4, "vat_amount": 5,
				"amount_incl_tax": 6, "currency": 7, "amount_due": 8, "amount_paid": 9, "status": 10}},
		{"Axonaut", Invoices, "Numéro;Société;Date;Date d'échéance;Total HT;Total TTC;Payé",
			Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_excl_tax": 4, "amount_incl_tax": 5, "amount_paid": 6}},
		{"code client préféré au nom du client", Invoices, "Client;Facture;Code client;Date;Échéance;Montant",
			Mapping{"client_code": 2, "number": 1, "issue_date": 3, "due_date": 4, "amount_incl_tax": 5}},
		{"en-têtes décorés", Invoices, "N° Facture ;CODE CLIENT;Date de facture (JJ/MM/AAAA);Date d'échéance (JJ/MM/AAAA);Montant TTC (€)",
			Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_incl_tax": 4}},
		{"clients génériques", Clients, "Code client;Raison sociale;SIRET;N° TVA;E-mail;Téléphone;Adresse;Code postal;Ville;Pays;Segment;Langue;Type",
			Mapping{"client_code": 0, "name": 1, "siret": 2, "vat_number": 3, "email": 4, "phone": 5, "address": 6,
				"postal_code": 7, "city": 8, "country": 9, "segment": 10, "language": 11, "type": 12}},
		{"clients nom et SIREN", Clients, "Nom;Code;SIREN;SIRET;Courriel",
			Mapping{"name": 0, "client_code": 1, "siren": 2, "siret": 3, "email": 4}},
		{"paiements", Payments, "Date de paiement;Montant;N° facture;Mode de règlement;Référence",
			Mapping{"date": 0, "amount": 1, "invoice_number": 2, "method": 3, "reference": 4}},
		{"paiements QuickBooks", Payments, "Payment Date;Amount;Applied To;Payment Method;Ref No.",
			Mapping{"date": 0, "amount": 1, "invoice_number": 2, "method": 3, "reference": 4}},
		{"rien de connu", Invoices, "foo;bar", Mapping{}},
		{"date de livraison n'est pas la date de facture", Invoices, "Date de livraison;Échéance", Mapping{"due_date": 1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Suggest(c.kind, strings.Split(c.headers, ";"))
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Suggest = %v\nwant      %v", got, c.want)
			}
		})
	}
}

func TestFingerprint(t *testing.T) {
	a := Fingerprint([]string{"N° pièce", "Échéance", "Montant TTC"})
	if b := Fingerprint([]string{" n° PIECE", "echeance", "montant  ttc"}); a != b {
		t.Errorf("case, accents and spacing change the fingerprint: %s %s", a, b)
	}
	if b := Fingerprint([]string{"Échéance", "N° pièce", "Montant TTC"}); a == b {
		t.Error("the order of the columns must change the fingerprint")
	}
	if b := Fingerprint([]string{"N° pièce", "Échéance", "Montant TTC", ""}); a == b {
		t.Error("an extra empty column must change the fingerprint")
	}
	if b := Fingerprint([]string{"N° pièce Échéance", "Montant TTC"}); a == b {
		t.Error("joining two headers must change the fingerprint")
	}
	if len(a) != 16 {
		t.Errorf("fingerprint %q", a)
	}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		kind Kind
		m    Mapping
		want string // "" for no error
	}{
		{Clients, Mapping{"client_code": 0, "name": 1}, ""},
		{Clients, Mapping{"client_code": 0}, "la colonne « Nom ou raison sociale » est obligatoire pour un import de clients : associez-la à une colonne du fichier"},
		{Clients, Mapping{}, "colonnes obligatoires pour un import de clients non associées : Code client, Nom ou raison sociale"},
		{Clients, Mapping{"client_code": 0, "name": 1, "siret": 2}, ""},
		{Clients, Mapping{"client_code": 0, "name": 1, "amount_due": 2}, "champ « amount_due » inconnu pour un import de clients"},
		{Invoices, Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_incl_tax": 4}, ""},
		{Invoices, Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_excl_tax": 4, "vat_amount": 5}, ""},
		{Invoices, Mapping{"number": 0, "client_code": 1, "issue_date": 2, "due_date": 3, "amount_excl_tax": 4},
			"associez une colonne de montant : le montant TTC, ou le montant HT et le montant de TVA"},
		{Invoices, Mapping{"number": 0, "issue_date": 2, "amount_incl_tax": 4},
			"colonnes obligatoires pour un import de factures non associées : Code client, Date d'échéance"},
		{Invoices, Mapping{"number": 0, "client_code": -1, "issue_date": 2, "due_date": 3, "amount_incl_tax": 4},
			"la colonne « Code client » est obligatoire pour un import de factures : associez-la à une colonne du fichier"},
		{Payments, Mapping{"date": 0, "amount": 1}, ""},
		{Payments, Mapping{"date": 0}, "la colonne « Montant » est obligatoire pour un import de paiements : associez-la à une colonne du fichier"},
		{"autre", Mapping{}, "type d'import « autre » inconnu : clients, factures ou paiements"},
	}
	for _, c := range cases {
		err := c.m.Validate(c.kind)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s %v: %v", c.kind, c.m, err)
		case c.want != "" && (err == nil || err.Error() != c.want || backend.ErrorCode(err) != backend.EINVALID):
			t.Errorf("%s %v: %v\nwant %s", c.kind, c.m, err, c.want)
		}
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]Kind{"clients": Clients, "Factures": Invoices, "invoices": Invoices, "paiements": Payments, "Règlements": Payments} {
		if got, err := ParseKind(in); err != nil || got != want {
			t.Errorf("ParseKind(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseKind("devis"); err == nil {
		t.Error("ParseKind(devis) accepted")
	}
}

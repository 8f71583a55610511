package court

import (
	"strings"
	"testing"
)

// Each kind of debtor gets its court: commercial companies by their form, civil bodies and liberal professions,
// consumers; a TAE town; the owner's confirmed court; another EU state; outside the EU.
func TestDetermine(t *testing.T) {
	for _, c := range []struct {
		name      string
		d         Debtor
		confirmed string
		route     Route
		kind      string
		form      string
		inName    string
		confirm   bool
	}{
		{"SARL à Grenoble", Debtor{LegalForm: "SARL", City: "Grenoble", PostalCode: "38000"}, "", Domestic,
			"Tribunal de commerce", "12946", "Tribunal de commerce dont relève 38000 Grenoble", true},
		{"S.A.S. written with dots", Debtor{LegalForm: "S.A.S.", City: "Brest"}, "", Domestic, "Tribunal de commerce", "12946", "Brest", true},
		{"société anonyme spelled out", Debtor{LegalForm: "Société anonyme à conseil d'administration", City: "Rennes"}, "", Domestic, "Tribunal de commerce", "12946", "Rennes", true},
		{"SAS à Lyon 3e: TAE", Debtor{LegalForm: "SAS", City: "Lyon 3e Arrondissement", PostalCode: "69003"}, "", Domestic,
			"Tribunal des activités économiques", "12946", "Tribunal des activités économiques de Lyon", true},
		{"EURL à Saint-Etienne without accent", Debtor{LegalForm: "EURL", City: "SAINT-ETIENNE"}, "", Domestic,
			"Tribunal des activités économiques", "12946", "de Saint-Étienne", true},
		{"SARL in a Cedex", Debtor{LegalForm: "SARL", City: "LYON CEDEX 03"}, "", Domestic, "Tribunal des activités économiques", "12946", "de Lyon", true},
		{"association", Debtor{LegalForm: "Association déclarée", City: "Lille"}, "", Domestic, "Tribunal judiciaire", "12948*06", "Lille", true},
		{"SCI", Debtor{LegalForm: "SCI", City: "Nantes"}, "", Domestic, "Tribunal judiciaire", "12948*06", "Nantes", true},
		{"SELARL of a dentist", Debtor{LegalForm: "SELARL", City: "Lyon"}, "", Domestic, "Tribunal judiciaire", "12948*06", "Tribunal judiciaire dont relève", true},
		{"consumer", Debtor{Consumer: true, City: "Paris", PostalCode: "75011"}, "", Domestic, "Tribunal judiciaire", "12948*06", "75011 Paris", true},
		{"confirmed by the owner", Debtor{LegalForm: "SARL", City: "Meylan"}, "Tribunal de commerce de Grenoble, 1 place Firmin Gautier",
			Domestic, "Tribunal de commerce", "12946", "Tribunal de commerce de Grenoble, 1 place Firmin Gautier", false},
		{"Belgian company", Debtor{LegalForm: "SRL", City: "Liège", Country: "Belgique"}, "Tribunal de commerce de Lyon", European,
			"1215/2012", "Formulaire A", "Belgique", true},
		{"German by ISO code", Debtor{City: "Berlin", Country: "DE"}, "", European, "1215/2012", "1896/2006", "DE", true},
		{"Swiss company", Debtor{LegalForm: "SA", City: "Genève", Country: "Suisse"}, "", Unavailable, "Aucune", "—", "hors de l'Union", true},
		{"United Kingdom", Debtor{City: "London", Country: "Royaume-Uni"}, "", Unavailable, "Aucune", "—", "Royaume-Uni", true},
	} {
		got := Determine(c.d, c.confirmed)
		if got.Route != c.route || !strings.Contains(got.Kind, c.kind) || !strings.Contains(got.Form, c.form) ||
			!strings.Contains(got.Name, c.inName) || got.ToConfirm != c.confirm || got.Why == "" {
			t.Errorf("%s: %+v", c.name, got)
		}
	}
}

func TestNatureOfIndividualEntrepreneurIsToBeChecked(t *testing.T) {
	for _, f := range []string{"EI", "Entrepreneur individuel", "micro-entreprise", "", "Forme inconnue"} {
		if n, why := NatureOf(false, f); n != Unknown || why == "" {
			t.Errorf("%q: %v %q", f, n, why)
		}
	}
	if c := Determine(Debtor{LegalForm: "EI", City: "Caen"}, ""); c.Kind != "Tribunal de commerce" || !c.ToConfirm || !strings.Contains(c.Why, "profession libérale") {
		t.Errorf("an individual entrepreneur is named commercial until checked, and says why: %+v", c)
	}
}

func TestIsEU(t *testing.T) {
	for _, c := range []string{"Belgique", "belgium", "BE", "Pays-Bas", "Grèce", "Luxembourg", "République tchèque"} {
		if !IsEU(c) {
			t.Errorf("%q is in the EU", c)
		}
	}
	for _, c := range []string{"", "France", "FR", "Suisse", "Royaume-Uni", "United Kingdom", "Norvège", "Monaco"} {
		if IsEU(c) {
			t.Errorf("%q is not another EU state", c)
		}
	}
}

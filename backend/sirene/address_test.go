package sirene

import (
	"testing"

	"relance/backend"
)

func TestAddress(t *testing.T) {
	for _, tc := range []struct {
		in   siege
		want backend.Address
	}{
		{siege{NumeroVoie: "12", TypeVoie: "RUE", LibelleVoie: "DE LA PAIX", CodePostal: "75002", LibelleCommune: "PARIS"},
			backend.Address{Line1: "12 rue de la Paix", PostalCode: "75002", City: "Paris"}},
		{siege{NumeroVoie: "3", IndiceRepetition: "T", TypeVoie: "BD", LibelleVoie: "SAINT-MICHEL"},
			backend.Address{Line1: "3 ter boulevard Saint-Michel"}},
		{siege{NumeroVoie: "0008", IndiceRepetition: "bis", TypeVoie: "AV", LibelleVoie: "DES CHAMPS ELYSEES"},
			backend.Address{Line1: "8 bis avenue des Champs Elysees"}},
		{siege{NumeroVoie: "5", IndiceRepetition: "A", TypeVoie: "CHE", LibelleVoie: "D ALEMBERT"},
			backend.Address{Line1: "5 A chemin d'Alembert"}},
		{siege{TypeVoie: "PL", LibelleVoie: "DU PAPE PIE XII"}, backend.Address{Line1: "place du Pape Pie XII"}},
		{siege{TypeVoie: "ALL", LibelleVoie: "DES TILLEULS"}, backend.Address{Line1: "allée des Tilleuls"}},
		{siege{TypeVoie: "IMP", LibelleVoie: "DU MOULIN"}, backend.Address{Line1: "impasse du Moulin"}},
		{siege{TypeVoie: "RTE", LibelleVoie: "DE LYON"}, backend.Address{Line1: "route de Lyon"}},
		{siege{NumeroVoie: "1", TypeVoie: "QUAI", LibelleVoie: "D ORSAY"}, backend.Address{Line1: "1 quai d'Orsay"}},
		{siege{TypeVoie: "CRS", LibelleVoie: "MIRABEAU"}, backend.Address{Line1: "cours Mirabeau"}},
		{siege{TypeVoie: "SQ", LibelleVoie: "DES ARTS"}, backend.Address{Line1: "square des Arts"}},
		{siege{TypeVoie: "PAS", LibelleVoie: "DU DESIR"}, backend.Address{Line1: "passage du Desir"}},
		{siege{TypeVoie: "ZI", LibelleVoie: "DES BROSSES"}, backend.Address{Line1: "ZI des Brosses"}},
		{siege{TypeVoie: "ZA", LibelleVoie: "LES PORTES DU SUD"}, backend.Address{Line1: "ZA les Portes du Sud"}},
		{siege{TypeVoie: "XYZ", LibelleVoie: "DU PORT"}, backend.Address{Line1: "xyz du Port"}},
		// No street type: the name opens the line.
		{siege{LibelleVoie: "LA CROIX ROUSSE", ComplementAdresse: "LIEU DIT LES VIGNES"},
			backend.Address{Line1: "La Croix Rousse", Line2: "Lieu Dit les Vignes"}},
		{siege{NumeroVoie: "4", LibelleVoie: "L EGLISE", LibelleCommune: "SAINT-JEAN-DE-LUZ"},
			backend.Address{Line1: "4 L'Eglise", City: "Saint-Jean-de-Luz"}},
		// Mixed case is the directory's own writing: kept.
		{siege{TypeVoie: "RUE", LibelleVoie: "de la Gare", LibelleCommune: "Le Mans"}, backend.Address{Line1: "rue de la Gare", City: "Le Mans"}},
		{siege{LibelleCommune: "LE MANS"}, backend.Address{City: "Le Mans"}},
		{siege{LibelleCommune: "CHALONS-EN-CHAMPAGNE"}, backend.Address{City: "Chalons-en-Champagne"}},
		{siege{TypeVoie: "RUE", LibelleVoie: "DU GENIE CIVIL"}, backend.Address{Line1: "rue du Genie Civil"}},
		{siege{TypeVoie: "RUE", LibelleVoie: "DE L'ABBE DIX"}, backend.Address{Line1: "rue de l'Abbe Dix"}},
		{siege{NumeroVoie: hidden, LibelleVoie: hidden}, backend.Address{}},
		{siege{}, backend.Address{}},
	} {
		if got := address(tc.in); got != tc.want {
			t.Errorf("address(%+v) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestLegalForm(t *testing.T) {
	for code, want := range map[string]string{"1000": "Entrepreneur individuel", "5498": "EURL", "5499": "SARL", "5710": "SAS",
		"5720": "SASU", "5599": "SA", "5505": "SA", "5585": "SA", "5202": "SNC", "5306": "SCS", "5308": "SCA", "6540": "SCI",
		"6599": "Société civile", "9220": "Association déclarée", "5485": "SELARL", "5785": "SELAS", "7210": "", "": ""} {
		if got := LegalForm(code); got != want {
			t.Errorf("LegalForm(%q) = %q, want %q", code, got, want)
		}
	}
}

// FuzzParse: whatever the directory sends, reading it never panics and a match always carries the SIREN asked.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"results":[{"siren":"812345676","siege":{"numero_voie":"1","libelle_voie":"L"}}]}`))
	f.Add([]byte(`{"results":[null,{"siren":812345676,"siege":{"libelle_voie":"D'-'-L L D"}}]}`))
	f.Add([]byte(`{"results":[{"siren":"812345676","siege":{"libelle_voie":"’’ -- É L"}}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		r, ok, err := parse(body, "812345676")
		if err != nil || !ok {
			return
		}
		got := toResult(r, "812345676")
		if got.SIREN != "812345676" || got.VATNumber != "FR19812345676" {
			t.Fatalf("result %+v", got)
		}
	})
}

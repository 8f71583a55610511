package sirene

import (
	"encoding/json"
	"strings"

	"relance/backend/apijson"
)

// The answer of GET /search, as far as Relance reads it. Any field may be missing or null; a number where a string
// was expected is read as its digits.
type response struct {
	Results      []result `json:"results"`
	TotalResults int      `json:"total_results"`
}

type result struct {
	SIREN             text   `json:"siren"`
	NomComplet        text   `json:"nom_complet"`
	NomRaisonSociale  text   `json:"nom_raison_sociale"`
	NatureJuridique   text   `json:"nature_juridique"`
	EtatAdministratif text   `json:"etat_administratif"`
	DateCreation      text   `json:"date_creation"`
	DateFermeture     text   `json:"date_fermeture"`
	Siege             *siege `json:"siege"`
}

type siege struct {
	SIRET             text `json:"siret"`
	Adresse           text `json:"adresse"`
	NumeroVoie        text `json:"numero_voie"`
	IndiceRepetition  text `json:"indice_repetition"`
	TypeVoie          text `json:"type_voie"`
	LibelleVoie       text `json:"libelle_voie"`
	ComplementAdresse text `json:"complement_adresse"`
	CodePostal        text `json:"code_postal"`
	LibelleCommune    text `json:"libelle_commune"`
	EtatAdministratif text `json:"etat_administratif"`
}

// text is a string field read leniently (apijson.Text).
type text = apijson.Text

// hidden is what the directory shows in place of the data of a person who opted out of publication.
const hidden = "[NON-DIFFUSIBLE]"

// clean trims a field and drops the placeholder of unpublished data.
func clean(t text) string {
	s := strings.TrimSpace(string(t))
	if strings.EqualFold(s, hidden) {
		return ""
	}
	return s
}

// parse reads the answer and returns the result whose SIREN is siren: the search is full-text, and a query that
// finds nothing with that number may still return other companies.
func parse(body []byte, siren string) (result, bool, error) {
	var r response
	if err := json.Unmarshal(body, &r); err != nil {
		return result{}, false, err
	}
	for _, x := range r.Results {
		if clean(x.SIREN) == siren {
			return x, true, nil
		}
	}
	return result{}, false, nil
}

package sirene

import "relance/backend"

// Result is what the directory knows of a company, in the shape of the company profile.
type Result struct {
	SIREN     string          // 9 digits, as asked
	LegalName string          // raison sociale (nom_raison_sociale, else nom_complet)
	LegalForm string          // short French label (SARL, SAS…), empty for a code without one
	SIRET     string          // the head office's (siège)
	Address   backend.Address // the head office's
	VATNumber string          // derived from the SIREN (FR + key + SIREN), never from the directory
	Closed    bool            // the company has ceased trading (etat_administratif "C")
	ClosedOn  backend.Date    // date_fermeture, when the directory gives it
	Created   backend.Date    // date_creation, when the directory gives it
}

package app

import "relance/backend/documents"

// DeclarationRequest asks for the claim declaration of a client in a collective proceeding.
type DeclarationRequest struct {
	ClientID uint64 `json:"clientId"`
	// Mandataire replaces the name and address the BODACC gave (empty: the BODACC's), as one text:
	// « Me Lucie Martin, 230 rue Garibaldi 69003 Lyon ».
	Mandataire       string `json:"mandataire"`
	Registered       bool   `json:"registered"`
	RegisteredNumber string `json:"registeredNumber"`
	// Security names a security interest the owner holds (reserve of title, guarantee…); empty: chirographaire.
	Security string `json:"security"`
}

// GenerateDeclaration writes the claim declaration of a client in a collective proceeding and archives it as a
// draft; recording its sending (registered number, acknowledgment) makes it proof and marks the claim declared.
func (a *WatchAPI) GenerateDeclaration(req DeclarationRequest) (DocumentView, error) {
	v, err := (&DocumentsAPI{env: a.env}).archived(a.env.docService().GenerateDeclaration(documents.DeclarationRequest(req)))
	if err == nil {
		a.env.emit(EventWatchUpdated, nil)
	}
	return v, err
}

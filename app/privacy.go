package app

import (
	"encoding/json"
	"strings"

	"relance/backend"
	"relance/backend/store"
)

// A person's rights over their data (RGPD): what Relance holds about a client, exported in one file (right of
// access), and erased on request (right to erasure) — except what the law requires the business to keep: invoices
// and their payments are accounting records kept ten years (Code de commerce, art. L123-22), and the formal notices
// are evidence. Erasing removes the contacts, e-mail addresses, phone numbers, notes and received messages' text;
// the client keeps its name and billing address because the invoices name them. The erasure is journaled.

// PersonalData is the export of everything Relance holds about one client.
type PersonalData struct {
	Format    string                  `json:"format"`
	Client    backend.Client          `json:"client"`
	Invoices  []backend.Invoice       `json:"invoices"`
	Payments  []backend.Payment       `json:"payments"`
	Events    []backend.Event         `json:"events"`
	Messages  []backend.Interaction   `json:"messages"`
	Sent      []backend.OutboxMessage `json:"sent"`
	Documents []backend.Document      `json:"documents"`
	// Corrections: how the owner corrected the reading of this client's messages (they quote them).
	Corrections  []backend.ClassCorrection `json:"corrections"`
	RetentionLaw string                    `json:"retentionLaw"`
}

// ExportPersonalData writes everything about a client as JSON in the exports folder and returns the path.
func (a *ClientsAPI) ExportPersonalData(clientID uint64) (string, error) {
	d := PersonalData{Format: "relance-donnees-personnelles-1", RetentionLaw: "Factures et règlements conservés 10 ans (art. L123-22 du Code de commerce)."}
	var err error
	if d.Client, err = a.env.Store.Client(clientID); err != nil {
		return "", err
	}
	if d.Invoices, err = a.env.Store.ClientInvoices(clientID); err != nil {
		return "", err
	}
	if d.Payments, err = a.env.Store.ClientPayments(clientID); err != nil {
		return "", err
	}
	if d.Events, err = a.env.Store.ClientEvents(clientID, 0); err != nil {
		return "", err
	}
	if d.Messages, err = a.env.Store.Interactions(store.InteractionQuery{ClientID: clientID}); err != nil {
		return "", err
	}
	if d.Sent, err = a.env.Store.Outbox(store.OutboxQuery{ClientID: clientID}); err != nil {
		return "", err
	}
	if d.Documents, err = a.env.Store.ClientDocuments(clientID); err != nil {
		return "", err
	}
	all, err := a.env.Store.ClassCorrections()
	if err != nil {
		return "", err
	}
	d.Corrections = []backend.ClassCorrection{}
	for _, c := range all {
		if c.ClientID == clientID {
			d.Corrections = append(d.Corrections, c)
		}
	}
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return "", err
	}
	return writeExport(a.env, "donnees-"+safeFileName(d.Client.Code)+"-"+backend.Today(a.env.Clock).String()+".json", raw)
}

// ErasePersonalData removes a client's personal data that the law does not require to keep, and says what was kept.
func (a *ClientsAPI) ErasePersonalData(clientID uint64, confirmCode string) (ClientView, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return ClientView{}, err
	}
	if strings.TrimSpace(confirmCode) != c.Code {
		return ClientView{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "confirmCode",
			Message: "tapez le code client « " + c.Code + " » pour confirmer l'effacement"}}}
	}
	if err := a.env.Store.ErasePersonalData(clientID); err != nil {
		return ClientView{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return a.Get(clientID)
}

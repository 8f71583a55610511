package app

import (
	"bytes"
	"encoding/csv"

	"relance/backend"
)

// ExportTimeline writes a client's whole timeline (invoices, payments, reminders, letters, calls, replies,
// disputes, promises: the journal) as CSV in the exports folder, oldest first, and returns the file's path — to
// hand to an accountant or a lawyer.
func (a *ClientsAPI) ExportTimeline(clientID uint64) (string, error) {
	c, err := a.env.Store.Client(clientID)
	if err != nil {
		return "", err
	}
	evs, err := a.env.Store.ClientEvents(clientID, 0)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	_ = w.Write([]string{"date", "heure", "type", "événement"})
	for i := len(evs) - 1; i >= 0; i-- {
		e := evs[i]
		at := e.At.In(backend.Paris)
		_ = w.Write([]string{at.Format("02/01/2006"), at.Format("15:04"), e.Kind, backend.SpreadsheetText(e.Summary)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return "", err
	}
	name := "historique-" + safeFileName(c.Code) + "-" + backend.Today(a.env.Clock).String() + ".csv"
	return writeExport(a.env, name, append([]byte("\uFEFF"), b.Bytes()...)) // BOM: Excel reads the accents right
}

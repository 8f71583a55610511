// Package cash turns the money a business receives into payments of its clients. It imports bank statements
// (decoding what the window sends, refusing a file over the size limit, telling the currencies apart, skipping the
// lines already imported), proposes for each credit the invoices it may pay (backend/reconcile), and confirms a
// match as proposed, split by the user, or automatically for the surest ones; a match confirmed by mistake is
// undone, and a line that is no client's payment is set aside. Payments typed by hand (one invoice, or a client's
// payment spread over several) and credit notes are recorded here too. Every payment of money, from the bank or
// typed by hand, is passed once recorded to a Thanker (the chase, which may thank the client for the invoices it
// had chased and the payment settled); a credit note brings no money and thanks nobody.
//
// It depends on backend, backend/bank (statement parsers), backend/reconcile (the matching), backend/store and
// backend/service (the store, the clock, the log). The window's bindings (app: BankAPI, ClientsAPI, InvoicesAPI)
// and the command line (relance import bank, relance reconcile) call it; the « Aujourd'hui » page and the dashboard
// show its Warning, and the chase's own check of waiting credits reads lines through Transaction.
package cash

import (
	"fmt"

	"relance/backend"
	"relance/backend/service"
)

// Thanker is told of each payment recorded: the chase queues the thank-you for the chased invoices it settled.
// It never fails the payment.
type Thanker interface {
	ThankPaid(p backend.Payment)
}

// Cash is the operations on the money received, over one store.
type Cash struct {
	*service.Deps
	Thanks Thanker // nil: no thank-you
}

// New gives the operations over d; thanks may be nil.
func New(d *service.Deps, thanks Thanker) *Cash {
	return &Cash{Deps: d, Thanks: thanks}
}

func (c *Cash) thank(p backend.Payment) {
	if c.Thanks != nil {
		c.Thanks.ThankPaid(p)
	}
}

// EventUpdated tells the UI the reconciliation changed.
const EventUpdated = "bank:updated"

const settingKey = "bank"

// Settings are the user's reconciliation preferences.
type Settings struct {
	AutoConfirm bool `json:"autoConfirm"` // confirm suggestions scored ≥ reconcile.AutoConfirmScore at import
	StaleDays   int  `json:"staleDays"`   // warn before chasing when the last statement is older than this
}

// Settings returns the reconciliation preferences (a week before the warning when never set).
func (c *Cash) Settings() (Settings, error) {
	s := Settings{StaleDays: 7}
	_, err := c.Store.Setting(settingKey, &s)
	return s, err
}

// SaveSettings stores them.
func (c *Cash) SaveSettings(s Settings) error {
	if s.StaleDays < 1 || s.StaleDays > 90 {
		return &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "staleDays", Message: "entre 1 et 90 jours"}}}
	}
	return c.Store.SetSetting(settingKey, s)
}

// Warning is the reminder, before chasing, that payments may be missing: the last statement is older than the
// setting, or none was ever imported. Empty when the statement is fresh.
func (c *Cash) Warning(today backend.Date) (string, error) {
	s, err := c.Settings()
	if err != nil {
		return "", err
	}
	last, err := c.Store.LastBankImport()
	if err != nil {
		return "", err
	}
	if last.IsZero() {
		return "Aucun relevé bancaire importé : des paiements reçus peuvent manquer. Importez votre relevé avant d'envoyer les relances.", nil
	}
	d := backend.DateOf(last)
	if age := d.DaysUntil(today); age > s.StaleDays {
		return fmt.Sprintf("Dernier relevé bancaire importé le %s (il y a %d jours) : des paiements reçus depuis peuvent manquer. Importez votre relevé avant d'envoyer les relances.", d.French(), age), nil
	}
	return "", nil
}

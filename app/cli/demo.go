package cli

import (
	"fmt"
	"relance/app"
	"relance/app/desktop"
	"relance/backend/store"
)

// demoErasedSummary is the command line's sentence about an erasure.
func demoErasedSummary(dir string, e store.DemoErased) string {
	s := fmt.Sprintf("Données de démonstration effacées de %s : %d clients, %d factures, %d règlements, %d messages reçus, %d e-mails de la boîte d'envoi, %d documents",
		dir, e.Clients, e.Invoices, e.Payments, e.Messages, e.Outbox, e.Documents)
	if e.Company {
		s += ", profil de l'entreprise fictive"
	}
	return s + ". Relance peut maintenant écrire à vos vrais clients."
}

// eraseDemo is `relance demo --erase`.
func (c *CLI) eraseDemo(dirs desktop.Dirs) error {
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	e, err := app.EraseDemo(env)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.Stdout, demoErasedSummary(dirs.Data, e))
	return nil
}

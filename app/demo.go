package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/store"
)

// demoCompany is the fictional creditor that demo data gets when the company profile is empty.
func demoCompany() backend.Company {
	return backend.Company{LegalName: "Atelier Démo", LegalForm: "SARL", SIREN: "552081317", RCSCity: "Lyon", ShareCapital: "10 000 €",
		Address: backend.Address{Line1: "12 rue de la République", PostalCode: "69002", City: "Lyon"}, Email: "compta@atelier-demo.example",
		Phone: "04 78 00 00 00", IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPP", PaymentTermsDays: 30,
		Signatory: backend.Signatory{FirstName: "Claire", LastName: "Martin", Title: "Gérante"}}
}

// IsDemoCompany: the profile is still the fictional one (the owner did not enter theirs over it).
func IsDemoCompany(c backend.Company) bool {
	d := demoCompany()
	return c.LegalName == d.LegalName && c.SIREN == d.SIREN
}

// DemoStatus tells the window whether the ledger holds demo data (the banner « Données de démonstration »).
type DemoStatus struct {
	Demo     bool   `json:"demo"`
	LoadedAt string `json:"loadedAt"` // RFC 3339, empty when not demo
	Clients  int    `json:"clients"`
	Invoices int    `json:"invoices"`
	Domains  string `json:"domains"` // the reserved domains e-mails may still go to
}

// DemoStatus says whether the ledger is marked as demo data.
func (a *SettingsAPI) DemoStatus() (DemoStatus, error) { return demoStatus(a.env) }

func demoStatus(env *Env) (DemoStatus, error) {
	m, found, err := env.Store.DemoMark()
	if err != nil || !found {
		return DemoStatus{Domains: backend.ReservedDomains}, err
	}
	return DemoStatus{Demo: true, LoadedAt: m.LoadedAt.UTC().Format(time.RFC3339), Clients: m.Clients, Invoices: m.Invoices,
		Domains: backend.ReservedDomains}, nil
}

// DemoEraseConfirm is the word the owner types to confirm erasing demo data.
const DemoEraseConfirm = "EFFACER"

// EraseDemo empties a ledger of demo data (clients, invoices, payments, messages, outbox, journal, documents and
// the fictional company profile) and lifts the demo mark, so that Relance may write to real clients. confirm must
// be DemoEraseConfirm. A ledger that is not demo data is refused.
func (a *SettingsAPI) EraseDemo(confirm string) (backend.Overview, error) {
	if strings.ToUpper(strings.TrimSpace(confirm)) != DemoEraseConfirm {
		return backend.Overview{}, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "confirm",
			Message: "tapez « " + DemoEraseConfirm + " » pour confirmer l'effacement des données de démonstration"}}}
	}
	if _, err := EraseDemo(a.env); err != nil {
		return backend.Overview{}, err
	}
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventOutboxUpdated, nil)
	a.env.emit(EventChaseUpdated, nil)
	return a.env.Store.Overview()
}

// EraseDemo is the erasure for the window (SettingsAPI.EraseDemo) and the command line: the store empties the
// ledger in one transaction, then the documents' files are removed from the data folder.
func EraseDemo(env *Env) (store.DemoErased, error) {
	co, err := env.Store.Company()
	if err != nil {
		return store.DemoErased{}, err
	}
	out, err := env.Store.EraseDemo(IsDemoCompany(co))
	if err != nil {
		return out, err
	}
	var left []string
	for _, f := range out.Files {
		p := filepath.Join(env.Dirs.Data, filepath.FromSlash(f))
		if rel, err := filepath.Rel(env.Dirs.Data, p); err != nil || strings.HasPrefix(rel, "..") {
			continue // never outside the data folder
		}
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			left = append(left, p)
		}
	}
	if len(left) > 0 && env.Log != nil {
		env.Log.Warn("demo erase: documents left", "files", left)
	}
	if len(left) > 0 {
		return out, backend.Errorf(backend.EUNAVAILABLE, "données de démonstration effacées, mais %d document(s) n'ont pas pu être supprimés du dossier de données (%s)", len(left), left[0])
	}
	return out, nil
}

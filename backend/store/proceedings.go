package store

import (
	"strings"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// bCompanyChecks: client ID → backend.CompanyCheck (what the insolvency watch last learned of the client's
// company: its state in the directory, its collective proceedings in the BODACC, the owner's claim declaration).
var bCompanyChecks = []byte("company_checks")

func init() {
	// The demo's clients' checks go with them.
	demoBuckets = append(demoBuckets, bCompanyChecks)
	sentWord[backend.DocClaimDecl], generated[backend.DocClaimDecl] = "envoyée", "générée"
}

// CompanyCheck returns what the watch knows of a client; found is false before its first check.
func (s *Store) CompanyCheck(clientID uint64) (c backend.CompanyCheck, found bool, err error) {
	err = s.read(func(tx *bolt.Tx) error {
		found, err = getRecord(tx.Bucket(bCompanyChecks), itob(clientID), &c)
		return err
	})
	return c, found, err
}

// CompanyChecks returns every client's check, by client ID.
func (s *Store) CompanyChecks() ([]backend.CompanyCheck, error) {
	var out []backend.CompanyCheck
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bCompanyChecks).ForEach(func(k, v []byte) error {
			var c backend.CompanyCheck
			if _, err := getRecord(tx.Bucket(bCompanyChecks), k, &c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

// PutCompanyCheck records a check. What the owner recorded (a consumer's over-indebtedness) is kept from the stored
// one, so a watch never forgets it; what changed (a proceeding opened or moved on, the company closed) goes to the
// client's journal, each change once.
func (s *Store) PutCompanyCheck(c backend.CompanyCheck) error {
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bCompanyChecks)
		var old backend.CompanyCheck
		found, err := getRecord(b, itob(c.ClientID), &old)
		if err != nil {
			return err
		}
		if found {
			c.Overindebted = old.Overindebted
		}
		if err := putRecord(b, itob(c.ClientID), c); err != nil {
			return err
		}
		for _, summary := range CheckChanges(old, c) {
			if err := s.addEvent(w, backend.Event{Kind: "company.watch", ClientID: c.ClientID, Summary: summary}); err != nil {
				return err
			}
		}
		return nil
	})
}

// SetOverindebted records the day a consumer client's over-indebtedness file was declared admissible (zero: none),
// journaled.
func (s *Store) SetOverindebted(clientID uint64, since backend.Date) error {
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bCompanyChecks)
		var c backend.CompanyCheck
		if _, err := getRecord(b, itob(clientID), &c); err != nil {
			return err
		}
		if c.Overindebted == since {
			return nil
		}
		c.ClientID, c.Overindebted = clientID, since
		if err := putRecord(b, itob(clientID), c); err != nil {
			return err
		}
		summary := "Surendettement : dossier déclaré recevable le " + since.French()
		if since.IsZero() {
			summary = "Surendettement : mention retirée"
		}
		return s.addEvent(w, backend.Event{Kind: "company.overindebted", ClientID: clientID, Summary: summary})
	})
}

// CheckChanges says, in French, what a new check tells that the previous one did not.
func CheckChanges(old, now backend.CompanyCheck) []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range old.Proceedings {
		for _, ev := range p.Events {
			seen[eventKey(ev)] = true
		}
	}
	for _, p := range now.Proceedings {
		for _, ev := range p.Events {
			if seen[eventKey(ev)] {
				continue
			}
			s := "BODACC : " + strings.TrimSpace(ev.Nature)
			if !ev.Date.IsZero() {
				s += " du " + ev.Date.French()
			}
			if c := backend.CourtName(ev.Court); c != "" {
				s += " (" + strings.TrimPrefix(c, "le ") + ")"
			}
			out = append(out, s)
		}
	}
	if !now.StruckOffOn.IsZero() && now.StruckOffOn != old.StruckOffOn {
		out = append(out, "BODACC : radiation du registre du commerce et des sociétés publiée le "+now.StruckOffOn.French())
	}
	if now.Closed && !old.Closed {
		s := "Annuaire des entreprises : entreprise fermée"
		if !now.ClosedOn.IsZero() {
			s += " le " + now.ClosedOn.French()
		}
		out = append(out, s)
	}
	return out
}

func eventKey(ev backend.ProceedingEvent) string {
	if ev.ID != "" {
		return ev.ID
	}
	return string(ev.Kind) + "|" + ev.Date.String() + "|" + ev.Nature
}

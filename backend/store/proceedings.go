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
}

// CompanyCheck returns what the watch knows of a client; found is false before its first check.
func (s *Store) CompanyCheck(clientID uint64) (c backend.CompanyCheck, found bool, err error) {
	err = s.read(func(tx *bolt.Tx) error {
		found, err = getJSON(tx.Bucket(bCompanyChecks), itob(clientID), &c)
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
			if _, err := getJSON(tx.Bucket(bCompanyChecks), k, &c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}

// PutCompanyCheck records a check. The owner's declaration (document, date sent) is kept from the stored one, so a
// watch never forgets it; what changed (a proceeding opened or moved on, the company closed) goes to the client's
// journal, each change once.
func (s *Store) PutCompanyCheck(c backend.CompanyCheck) error {
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bCompanyChecks)
		var old backend.CompanyCheck
		found, err := getJSON(b, itob(c.ClientID), &old)
		if err != nil {
			return err
		}
		if found {
			c.DeclarationDocID, c.DeclarationSentOn, c.DeclaredOpening = old.DeclarationDocID, old.DeclarationSentOn, old.DeclaredOpening
		}
		if err := putJSON(b, itob(c.ClientID), c); err != nil {
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

// MarkDeclaration records the claim declaration of the client's latest proceeding: its archived document and, once
// sent, the day it left. sentOn zero records the document only.
func (s *Store) MarkDeclaration(clientID, docID uint64, sentOn backend.Date) (backend.CompanyCheck, error) {
	var c backend.CompanyCheck
	err := s.update(func(w *txw) error {
		b := w.tx.Bucket(bCompanyChecks)
		found, err := getJSON(b, itob(clientID), &c)
		if err != nil {
			return err
		}
		p := c.Latest()
		if !found || p == nil {
			return backend.Errorf(backend.ENOTFOUND, "aucune procédure collective connue pour ce client : rien à déclarer")
		}
		if docID != 0 {
			c.DeclarationDocID = docID
		}
		c.DeclaredOpening = p.OpenedOn
		summary := "Déclaration de créance préparée (" + p.Label() + ")"
		if !sentOn.IsZero() {
			c.DeclarationSentOn = sentOn
			summary = "Déclaration de créance envoyée le " + sentOn.French() + " (" + p.Label() + ")"
		}
		if err := putJSON(b, itob(clientID), c); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "company.declaration", ClientID: clientID, EntityID: docID, Summary: summary})
	})
	return c, err
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

// Package documents composes and archives what the business sends about its unpaid invoices: the reminder e-mails
// filled from their templates, the formal notice, the reminder letter, the account statement, the
// order-for-payment dossier, the claim of penalties for invoices paid late and the claim declaration to a
// collective proceeding's mandataire. It decides which invoices each may claim (backend/claimable), computes their
// penalties (backend/latefee), draws the PDF (backend/pdf), archives it in the store as proof (a letter as a draft
// until its sending is recorded) and records its sending or its discarding.
//
// It depends on backend/store, the pure backend packages and backend/service's Deps; the insolvency watch, which
// stays in app, is handed in as a function (Halts). The window's bindings (app's DocumentsAPI, WatchAPI,
// TemplatesAPI, ChaseAPI) and the command line call it and show what it returns.
package documents

import (
	"os"
	"path/filepath"
	"strings"

	"relance/backend"
	"relance/backend/claimable"
	"relance/backend/service"
)

// Service is the documents' use cases over one data directory.
type Service struct {
	*service.Deps
	// Data is the data directory: archived documents and invoice PDFs are named relative to it.
	Data string
	// Halts takes out of a claim the invoices a client's collective proceeding stops; nil: none is stopped.
	Halts Halts
}

// Halts is the insolvency watch as a claim sees it: the invoices it keeps claimed and those it leaves out, each
// with its reason.
type Halts func(clientID uint64, claimed []backend.Invoice, left []claimable.LeftOut) ([]backend.Invoice, []claimable.LeftOut, error)

// Archived is a document just archived, with what to read before sending it.
type Archived struct {
	Document backend.Document
	Warnings []string
	LeftOut  []string // unpaid invoices the document does not claim, and why
}

func (s *Service) archive(doc backend.Document, content []byte, warnings []string) (Archived, error) {
	if err := s.Store.ArchiveDocument(s.Data, &doc, content); err != nil {
		return Archived{}, err
	}
	s.Emit(service.EventLedgerChanged, nil)
	if warnings == nil {
		warnings = []string{}
	}
	return Archived{Document: doc, Warnings: warnings, LeftOut: []string{}}, nil
}

// Path is where an archived file is on disk.
func (s *Service) Path(rel string) string { return filepath.Join(s.Data, filepath.FromSlash(rel)) }

// Read returns an archived document's content.
func (s *Service) Read(d backend.Document) ([]byte, error) { return s.readPath(d.File) }

func (s *Service) readPath(rel string) ([]byte, error) { return os.ReadFile(s.Path(rel)) }

// Document returns an archived document.
func (s *Service) Document(id uint64) (backend.Document, error) { return s.Store.Document(id) }

// List returns a client's documents, newest first.
func (s *Service) List(clientID uint64) ([]backend.Document, error) {
	return s.Store.ClientDocuments(clientID)
}

// RecordSending stores the registered-letter number and the dates of sending and of the acknowledgment of receipt
// (AAAA-MM-JJ or JJ/MM/AAAA, empty: not known); a draft becomes proof.
func (s *Service) RecordSending(id uint64, registeredNumber, sentOn, acknowledgedOn string) (backend.Document, error) {
	var p backend.Problems
	parse := func(field, v string) backend.Date {
		if strings.TrimSpace(v) == "" {
			return 0
		}
		d, err := backend.ParseDate(v)
		if err != nil {
			p.Add(field, "%s", backend.ErrorMessage(err))
		} else if d > backend.Today(s.Clock) {
			p.Add(field, "cette date est dans le futur")
		}
		return d
	}
	sent, ack := parse("sentOn", sentOn), parse("acknowledgedOn", acknowledgedOn)
	if err := p.Err(); err != nil {
		return backend.Document{}, err
	}
	d, err := s.Store.RecordSending(id, registeredNumber, sent, ack)
	if err != nil {
		return backend.Document{}, err
	}
	s.Emit(service.EventLedgerChanged, nil)
	return d, nil
}

// DiscardDraft removes a letter generated but not sent (its file too); a document sent is proof and stays.
func (s *Service) DiscardDraft(id uint64) error {
	if _, err := s.Store.DiscardDraft(s.Data, id); err != nil {
		return err
	}
	s.Emit(service.EventLedgerChanged, nil)
	return nil
}

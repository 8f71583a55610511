package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// ArchiveDocument writes the exact bytes of a generated document under dataDir/documents and records it with its
// SHA-256. The file is written before the record, so a record never points at a missing file; a crash in between
// leaves only an unreferenced file.
func (s *Store) ArchiveDocument(dataDir string, doc *backend.Document, content []byte) error {
	sum := sha256.Sum256(content)
	doc.SHA256 = hex.EncodeToString(sum[:])
	doc.Size = int64(len(content))
	doc.CreatedAt = s.now()
	rel := filepath.Join("documents", fmt.Sprintf("%s-%s-%s.pdf", doc.Date, doc.Kind, doc.SHA256[:12]))
	path := filepath.Join(dataDir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return backend.Errorf(backend.EUNAVAILABLE, "impossible de créer le dossier %s : %v", filepath.Dir(path), err)
	}
	if existing, err := os.ReadFile(path); err != nil || !bytes.Equal(existing, content) {
		if err := writeAtomically(path, func(f *os.File) error { _, err := f.Write(content); return err }); err != nil {
			return err
		}
	}
	doc.File = filepath.ToSlash(rel)
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bDocuments)
		b.FillPercent = 1.0
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		doc.ID = id
		if err := putRecord(b, itob(id), doc); err != nil {
			return err
		}
		w.put(bDocumentsByClient, pair(doc.ClientID, id), nil)
		if doc.Draft { // not proof yet: on the timeline once sent
			return nil
		}
		return s.addEvent(w, documentEvent(*doc, generated[doc.Kind]))
	})
}

// documentEvent is the timeline line of a document that counts: its kind, date, amount and fingerprint.
func documentEvent(d backend.Document, what string) backend.Event {
	return backend.Event{Kind: "document." + string(d.Kind), ClientID: d.ClientID, EntityID: d.ID,
		Summary: fmt.Sprintf("%s du %s %s (%s, SHA-256 %s…)", backend.DocumentLabels[d.Kind], d.Date.French(),
			what, backend.FormatEUR(d.Amount), d.SHA256[:12])}
}

// sentWord agrees « envoyée » with the document's name.
var sentWord = map[backend.DocumentKind]string{backend.DocFormalNotice: "envoyée", backend.DocReminderLetter: "envoyée",
	backend.DocStatement: "envoyé", backend.DocDossier: "déposé", backend.DocPenaltyClaim: "envoyée"}

// DiscardDraft removes a draft (its record, then its file): a document already sent is proof and is never removed.
func (s *Store) DiscardDraft(dataDir string, id uint64) (backend.Document, error) {
	var d backend.Document
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bDocuments), itob(id), &d)
		if err != nil {
			return err
		}
		if !found {
			return notFound("document", id)
		}
		if !d.Draft {
			return backend.Errorf(backend.ECONFLICT, "%s du %s a été envoyé(e) : c'est une preuve, elle ne peut pas être supprimée",
				backend.DocumentLabels[d.Kind], d.Date.French())
		}
		if err := w.tx.Bucket(bDocuments).Delete(itob(id)); err != nil {
			return err
		}
		return w.tx.Bucket(bDocumentsByClient).Delete(pair(d.ClientID, id))
	})
	if err != nil {
		return d, err
	}
	// Another record may share the file (same bytes, same name): keep it then.
	shared := false
	_ = s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bDocuments).ForEach(func(_, v []byte) error {
			shared = shared || bytes.Contains(v, []byte(`"file":"`+d.File+`"`))
			return nil
		})
	})
	if !shared {
		_ = os.Remove(filepath.Join(dataDir, filepath.FromSlash(d.File)))
	}
	return d, nil
}

// generated agrees with the document's name in French.
var generated = map[backend.DocumentKind]string{backend.DocFormalNotice: "générée", backend.DocReminderLetter: "générée",
	backend.DocStatement: "généré", backend.DocDossier: "généré", backend.DocPenaltyClaim: "générée"}

// Document returns one archived document.
func (s *Store) Document(id uint64) (backend.Document, error) {
	var d backend.Document
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getRecord(tx.Bucket(bDocuments), itob(id), &d)
		if err == nil && !found {
			return notFound("document", id)
		}
		return err
	})
	return d, err
}

// ClientDocuments lists a client's documents, newest first.
func (s *Store) ClientDocuments(clientID uint64) ([]backend.Document, error) {
	out := []backend.Document{}
	err := s.read(func(tx *bolt.Tx) error {
		c := tx.Bucket(bDocumentsByClient).Cursor()
		prefix := itob(clientID)
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
			var d backend.Document
			if _, err := getRecord(tx.Bucket(bDocuments), k[8:], &d); err != nil {
				return err
			}
			out = append([]backend.Document{d}, out...)
		}
		return nil
	})
	return out, err
}

// RecordSending adds the facts of a document's sending: registered-letter number, date sent, date of the
// acknowledgment of receipt. The document's bytes never change; each fact is journaled.
func (s *Store) RecordSending(id uint64, registeredNumber string, sentOn, acknowledgedOn backend.Date) (backend.Document, error) {
	var d backend.Document
	err := s.update(func(w *txw) error {
		found, err := getRecord(w.tx.Bucket(bDocuments), itob(id), &d)
		if err != nil {
			return err
		}
		if !found {
			return notFound("document", id)
		}
		var facts []string
		wasDraft := d.Draft
		if n := strings.TrimSpace(registeredNumber); n != "" && n != d.RegisteredNumber {
			d.RegisteredNumber = n
			facts = append(facts, "recommandé n° "+n)
		}
		if sentOn != 0 && sentOn != d.SentOn {
			d.SentOn = sentOn
			facts = append(facts, "envoyé le "+sentOn.French())
		}
		if acknowledgedOn != 0 && acknowledgedOn != d.AcknowledgedOn {
			if d.SentOn != 0 && acknowledgedOn < d.SentOn {
				return &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "acknowledgedOn",
					Message: "l'accusé de réception ne peut pas précéder l'envoi (" + d.SentOn.French() + ")"}}}
			}
			d.AcknowledgedOn = acknowledgedOn
			facts = append(facts, "accusé de réception du "+acknowledgedOn.French())
		}
		if wasDraft && d.SentOn == 0 {
			// A draft becomes proof only once sent: its number alone is kept, it stays a draft.
			if len(facts) == 0 {
				return nil
			}
			return putRecord(w.tx.Bucket(bDocuments), itob(id), &d)
		}
		if len(facts) == 0 {
			return nil
		}
		d.Draft = false
		if err := putRecord(w.tx.Bucket(bDocuments), itob(id), &d); err != nil {
			return err
		}
		if wasDraft { // now proof: on the timeline with its fingerprint
			if err := s.addEvent(w, documentEvent(d, sentWord[d.Kind])); err != nil {
				return err
			}
		}
		return s.addEvent(w, backend.Event{Kind: "document.sent", ClientID: d.ClientID, EntityID: id,
			Summary: backend.DocumentLabels[d.Kind] + " du " + d.Date.French() + " : " + strings.Join(facts, ", ")})
	})
	return d, err
}

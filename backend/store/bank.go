package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// Bank statement lines: imported all or nothing, deduplicated by key across overlapping statements, and turned
// into payments one confirmation at a time (the payment and the line's new state in one transaction).

const settingBankImport = "bank.lastImport"

// BankImport is what importing a statement did (or would do, dry).
type BankImport struct {
	Added      int           `json:"added"`
	Duplicates int           `json:"duplicates"` // lines already imported from an earlier statement
	Credits    int           `json:"credits"`    // added lines that are money in
	CreditSum  backend.Cents `json:"creditSum"`
}

// ImportBankLines adds the lines not yet known, in one transaction, and remembers when the bank was last imported.
func (s *Store) ImportBankLines(source string, lines []backend.BankLine, dryRun bool) (BankImport, error) {
	var r BankImport
	err := s.update(func(w *txw) error {
		now := s.now()
		for i := range lines {
			l := lines[i]
			if l.Key == "" {
				return backend.Errorf(backend.EINVALID, "%s : ligne %d sans identifiant", source, i+1)
			}
			if w.get(bBankLines, []byte(l.Key)) != nil {
				r.Duplicates++
				continue
			}
			l.Source, l.ImportedAt, l.Status = source, now, backend.BankUnmatched
			raw, err := json.Marshal(l)
			if err != nil {
				return err
			}
			w.put(bBankLines, []byte(l.Key), raw)
			r.Added++
			if l.Amount > 0 {
				r.Credits++
				r.CreditSum += l.Amount
			}
		}
		if dryRun {
			return errRollback
		}
		if err := putJSON(w.tx.Bucket(bSettings), []byte(settingBankImport), now); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "bank.imported", Summary: fmt.Sprintf("Relevé bancaire %s importé : %d opérations nouvelles (%d encaissements, %s), %d déjà connues",
			source, r.Added, r.Credits, backend.FormatEUR(r.CreditSum), r.Duplicates)})
	})
	if err == errRollback {
		err = nil
	}
	return r, err
}

// LastBankImport is when a statement was last imported (zero: never).
func (s *Store) LastBankImport() (time.Time, error) {
	var t time.Time
	_, err := s.Setting(settingBankImport, &t)
	return t, err
}

// BankLines lists the lines with one of the statuses (all when none), newest booking first.
func (s *Store) BankLines(statuses ...backend.BankLineStatus) ([]backend.BankLine, error) {
	out := []backend.BankLine{}
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bBankLines).ForEach(func(k, v []byte) error {
			var l backend.BankLine
			if err := json.Unmarshal(v, &l); err != nil {
				return err
			}
			if len(statuses) == 0 || slices.Contains(statuses, l.Status) {
				out = append(out, l)
			}
			return nil
		})
	})
	slices.SortStableFunc(out, func(a, b backend.BankLine) int {
		return cmp.Or(cmp.Compare(b.BookedOn, a.BookedOn), cmp.Compare(a.Key, b.Key))
	})
	return out, err
}

// BankLine returns one line.
func (s *Store) BankLine(key string) (backend.BankLine, error) {
	var l backend.BankLine
	err := s.read(func(tx *bolt.Tx) error {
		found, err := getJSON(tx.Bucket(bBankLines), []byte(key), &l)
		if err == nil && !found {
			err = notFound("opération bancaire", key)
		}
		return err
	})
	return l, err
}

// ConfirmBankLine records the payment a credit line brings (allocated to the client's invoices, the rest as a
// credit) and marks the line matched, in one transaction. A line already matched or ignored is refused.
func (s *Store) ConfirmBankLine(key string, p *backend.Payment) error {
	if err := p.Normalize(); err != nil {
		return err
	}
	var touched []backend.Invoice
	err := s.update(func(w *txw) error {
		var l backend.BankLine
		found, err := getJSON(w.tx.Bucket(bBankLines), []byte(key), &l)
		if err != nil {
			return err
		}
		if !found {
			return notFound("opération bancaire", key)
		}
		if l.Status != backend.BankUnmatched {
			return backend.Errorf(backend.ECONFLICT, "l'opération du %s (%s) est déjà traitée", l.BookedOn.French(), backend.FormatEUR(l.Amount))
		}
		if p.Amount != l.Amount {
			return backend.Errorf(backend.EINVALID, "le paiement (%s) doit être du montant de l'opération (%s)", backend.FormatEUR(p.Amount), backend.FormatEUR(l.Amount))
		}
		if touched, err = s.putPayment(w, p, newMoney); err != nil {
			return err
		}
		l.Status, l.PaymentID, l.ClientID = backend.BankMatched, p.ID, p.ClientID
		if err := putJSON(w.tx.Bucket(bBankLines), []byte(key), &l); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "payment.recorded", ClientID: p.ClientID, EntityID: p.ID,
			Summary: fmt.Sprintf("Paiement reçu : %s le %s (relevé bancaire : %s)", backend.FormatEUR(p.Amount), p.Date.French(), l.Label)})
	})
	if err != nil {
		return err
	}
	s.applyInvoices(touched)
	return nil
}

// IgnoreBankLine sets a line aside (not a client's payment), with the user's note.
func (s *Store) IgnoreBankLine(key, note string) error {
	return s.update(func(w *txw) error {
		var l backend.BankLine
		found, err := getJSON(w.tx.Bucket(bBankLines), []byte(key), &l)
		if err != nil {
			return err
		}
		if !found {
			return notFound("opération bancaire", key)
		}
		if l.Status != backend.BankUnmatched {
			return backend.Errorf(backend.ECONFLICT, "l'opération du %s est déjà traitée", l.BookedOn.French())
		}
		l.Status, l.Note = backend.BankIgnored, note
		if err := putJSON(w.tx.Bucket(bBankLines), []byte(key), &l); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "bank.ignored", Summary: fmt.Sprintf("Opération du %s (%s, %s) écartée%s",
			l.BookedOn.French(), backend.FormatEUR(l.Amount), l.Label, noteSuffix(note))})
	})
}

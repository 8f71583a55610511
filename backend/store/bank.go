package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
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
	CreditSum  backend.Cents `json:"creditSum"`  // of the credits in euros only: totals never mix currencies
	// CreditSums are the credits per currency, euros first; a statement in CHF has one entry, CHF.
	CreditSums []backend.CurrencyAmount `json:"creditSums"`
	// Currencies are the currencies of the statement's lines (new or known), euros first.
	Currencies []string `json:"currencies"`
}

// ImportBankLines adds the lines not yet known, in one transaction, and remembers when the bank was last imported.
func (s *Store) ImportBankLines(source string, lines []backend.BankLine, dryRun bool) (BankImport, error) {
	r := BankImport{CreditSums: []backend.CurrencyAmount{}, Currencies: []string{}}
	err := s.update(func(w *txw) error {
		now := s.now()
		for i := range lines {
			l := lines[i]
			l.Currency = l.CurrencyCode()
			if !slices.Contains(r.Currencies, l.Currency) {
				if l.Currency == backend.EUR {
					r.Currencies = append([]string{l.Currency}, r.Currencies...)
				} else {
					r.Currencies = append(r.Currencies, l.Currency)
				}
			}
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
				r.CreditSums = backend.AddByCurrency(r.CreditSums, l.Currency, l.Amount)
				if l.Currency == backend.EUR {
					r.CreditSum, _ = r.CreditSum.Add(l.Amount)
				}
			}
		}
		if dryRun {
			return errRollback
		}
		if err := putRecord(w.tx.Bucket(bSettings), []byte(settingBankImport), now); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "bank.imported", Summary: fmt.Sprintf("Relevé bancaire %s importé : %d opérations nouvelles (%d encaissements, %s), %d déjà connues",
			source, r.Added, r.Credits, backend.FormatTotals(r.CreditSums), r.Duplicates)})
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
		found, err := getRecord(tx.Bucket(bBankLines), []byte(key), &l)
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
		found, err := getRecord(w.tx.Bucket(bBankLines), []byte(key), &l)
		if err != nil {
			return err
		}
		if !found {
			return notFound("opération bancaire", key)
		}
		if l.Status != backend.BankUnmatched {
			return backend.Errorf(backend.ECONFLICT, "l'opération du %s (%s) est déjà traitée", l.BookedOn.French(), backend.FormatMoney(l.Amount, l.Currency))
		}
		if !l.IsEuro() {
			// A credit in another currency pays euro invoices only with the euros actually received, given by hand.
			if p.ReceivedCurrency != l.CurrencyCode() || p.ReceivedAmount != l.Amount {
				return backend.Errorf(backend.EINVALID, "l'opération du %s est en %s (%s) : indiquez le montant reçu en euros",
					l.BookedOn.French(), l.CurrencyCode(), backend.FormatMoney(l.Amount, l.Currency))
			}
		} else if p.Amount != l.Amount || p.ReceivedAmount != 0 {
			return backend.Errorf(backend.EINVALID, "le paiement (%s) doit être du montant de l'opération (%s)", backend.FormatEUR(p.Amount), backend.FormatEUR(l.Amount))
		}
		if touched, err = s.putPayment(w, p, newMoney); err != nil {
			return err
		}
		l.Status, l.PaymentID, l.ClientID = backend.BankMatched, p.ID, p.ClientID
		if err := putRecord(w.tx.Bucket(bBankLines), []byte(key), &l); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "payment.recorded", ClientID: p.ClientID, EntityID: p.ID,
			Summary: fmt.Sprintf("Paiement reçu : %s le %s (relevé bancaire : %s)", receivedText(p), p.Date.French(), l.Label)})
	})
	if err != nil {
		return err
	}
	s.applyInvoices(touched)
	return nil
}

// receivedText is a payment's amount for the journal, with what the bank credited when it was another currency.
func receivedText(p *backend.Payment) string {
	if p.ReceivedCurrency == "" {
		return backend.FormatEUR(p.Amount)
	}
	return fmt.Sprintf("%s (%s reçus)", backend.FormatEUR(p.Amount), backend.FormatMoney(p.ReceivedAmount, p.ReceivedCurrency))
}

// IgnoreBankLine sets a line aside (not a client's payment), with the user's note.
func (s *Store) IgnoreBankLine(key, note string) error {
	return s.update(func(w *txw) error {
		var l backend.BankLine
		found, err := getRecord(w.tx.Bucket(bBankLines), []byte(key), &l)
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
		if err := putRecord(w.tx.Bucket(bBankLines), []byte(key), &l); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "bank.ignored", Summary: fmt.Sprintf("Opération du %s (%s, %s) écartée%s",
			l.BookedOn.French(), backend.FormatMoney(l.Amount, l.Currency), l.Label, noteSuffix(note))})
	})
}

// ReopenBankLine takes a matched or ignored line back to the lines waiting, in one transaction. For a matched line
// the payment recorded from it is removed and its invoices owe again what it paid; this is refused when an invoice
// no longer holds that money (cancelled, written off, or its amount changed since), so that nothing goes negative.
func (s *Store) ReopenBankLine(key, note string) error {
	var touched []backend.Invoice
	err := s.update(func(w *txw) error {
		var l backend.BankLine
		found, err := getRecord(w.tx.Bucket(bBankLines), []byte(key), &l)
		if err != nil {
			return err
		}
		if !found {
			return notFound("opération bancaire", key)
		}
		summary := ""
		switch l.Status {
		case backend.BankIgnored:
			summary = fmt.Sprintf("Opération du %s (%s, %s) reprise dans les opérations à rapprocher", l.BookedOn.French(), backend.FormatMoney(l.Amount, l.Currency), l.Label)
		case backend.BankMatched:
			if touched, err = s.removePayment(w, l.PaymentID); err != nil {
				return err
			}
			summary = fmt.Sprintf("Rapprochement annulé : le paiement de %s du %s (relevé bancaire : %s) est retiré", backend.FormatMoney(l.Amount, l.Currency), l.BookedOn.French(), l.Label)
		default:
			return backend.Errorf(backend.ECONFLICT, "l'opération du %s attend déjà d'être rapprochée", l.BookedOn.French())
		}
		client := l.ClientID
		l.Status, l.PaymentID, l.ClientID, l.Note = backend.BankUnmatched, 0, 0, ""
		if err := putRecord(w.tx.Bucket(bBankLines), []byte(key), &l); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "bank.reopened", ClientID: client, Summary: summary + noteSuffix(note)})
	})
	if err != nil {
		return err
	}
	s.applyInvoices(touched)
	return nil
}

// removePayment deletes a payment recorded as new money and takes its allocations off its invoices.
func (s *Store) removePayment(w *txw, id uint64) ([]backend.Invoice, error) {
	var p backend.Payment
	found, err := getRecord(w.tx.Bucket(bPayments), itob(id), &p)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, notFound("paiement", id)
	}
	key := paymentKey(firstInvoiceNumber(w.tx, &p), &p) // before the invoices change: the number does not
	var touched []backend.Invoice
	for _, a := range p.Allocations {
		var inv backend.Invoice
		found, err := getRecord(w.tx.Bucket(bInvoices), itob(a.InvoiceID), &inv)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, notFound("facture", a.InvoiceID)
		}
		if inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff {
			return nil, backend.Errorf(backend.ECONFLICT, "la facture %s est « %s » depuis : remettez-la en cours avant d'annuler ce paiement", inv.Number, strings.ToLower(backend.InvoiceStatuses[inv.Status]))
		}
		if inv.AmountPaid < a.Amount || inv.Itemised < a.Amount {
			return nil, backend.Errorf(backend.ECONFLICT, "la facture %s ne porte plus les %s de ce paiement (modifiée depuis) : corrigez-la d'abord", inv.Number, backend.FormatEUR(a.Amount))
		}
		inv.AmountPaid -= a.Amount
		inv.Itemised -= a.Amount
		inv.SettleStatus()
		inv.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bInvoices), itob(inv.ID), &inv); err != nil {
			return nil, err
		}
		touched = append(touched, inv)
	}
	if err := w.tx.Bucket(bPayments).Delete(itob(id)); err != nil {
		return nil, err
	}
	if got := w.get(bPaymentsByKey, key); got != nil && btoi(got) == id {
		w.del(bPaymentsByKey, key)
	}
	w.del(bPaymentsByClient, pair(p.ClientID, id))
	return touched, nil
}

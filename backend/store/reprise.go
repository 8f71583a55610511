package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The facts the chase needs to tell a takeover (« reprise ») from an ordinary day (see dunning.PlanReprise): when the
// ledger was first filled, when the chase last ran, and whether a reprise waits for the owner's confirmation.
const (
	settingReprise = "chase_reprise" // RepriseMark, while a reprise waits for confirmation
	settingRuns    = "chase_runs"    // ChaseRuns
)

// Reasons a reprise is due.
const (
	RepriseImport  = "import"  // invoices imported into a ledger that had none
	RepriseDemo    = "demo"    // demo data loaded
	RepriseAbsence = "absence" // no run for more than RepriseAbsenceDays
)

// RepriseAbsenceDays: a chase that did not run for longer than this is taken over as a reprise, not caught up.
const RepriseAbsenceDays = 14

// RepriseMark says that the next plan is a reprise the owner must confirm before anything leaves.
type RepriseMark struct {
	Since   time.Time    `json:"since"`
	Reason  string       `json:"reason"`            // RepriseImport, RepriseDemo or RepriseAbsence
	LastRun backend.Date `json:"lastRun,omitempty"` // for an absence: the last run before it
}

// ChaseRuns are the days the chase ran (a run that carried out or listed today's plan, not a dry run) and the day
// the ledger was first filled: days before it, or before the first run, are not days « the app was closed ».
type ChaseRuns struct {
	Last     backend.Date `json:"last,omitempty"`
	Previous backend.Date `json:"previous,omitempty"` // the last run on a day before Last
	FilledOn backend.Date `json:"filledOn,omitempty"`
}

// Before is the last day the chase ran strictly before day (zero when it never did).
func (r ChaseRuns) Before(day backend.Date) backend.Date {
	if r.Last != 0 && r.Last < day {
		return r.Last
	}
	if r.Previous < day {
		return r.Previous
	}
	return 0
}

// RepriseMark returns the waiting reprise; found is false when there is none.
func (s *Store) RepriseMark() (m RepriseMark, found bool, err error) {
	found, err = s.Setting(settingReprise, &m)
	return m, found, err
}

// MarkReprise records that a reprise is due (a long absence); a reprise already waiting is kept as it is.
func (s *Store) MarkReprise(m RepriseMark) error {
	return s.write(func(tx *bolt.Tx) error {
		b := tx.Bucket(bSettings)
		if b.Get([]byte(settingReprise)) != nil {
			return nil
		}
		return putRecord(b, []byte(settingReprise), m)
	})
}

// ChaseRuns returns the days the chase ran.
func (s *Store) ChaseRuns() (ChaseRuns, error) {
	var r ChaseRuns
	_, err := s.Setting(settingRuns, &r)
	return r, err
}

// NoteRun records that the chase ran on day.
func (s *Store) NoteRun(day backend.Date) error {
	// Most runs of a day find it noted already: no write then (a write, even empty, makes the decoded ledger
	// stale, and the window's first screen would decode it again).
	if r, err := s.ChaseRuns(); err == nil && (r.Last == day || day < r.Last && day <= r.Previous) {
		return nil
	}
	return s.write(func(tx *bolt.Tx) error {
		var r ChaseRuns
		b := tx.Bucket(bSettings)
		if _, err := getRecord(b, []byte(settingRuns), &r); err != nil {
			return err
		}
		switch {
		case r.Last == day:
			return nil
		case day > r.Last:
			r.Previous, r.Last = r.Last, day
		case day > r.Previous: // a run dated back (relance run --today): it ran that day too
			r.Previous = day
		default:
			return nil
		}
		return putRecord(b, []byte(settingRuns), r)
	})
}

// emptyOfInvoices reports whether the ledger holds no invoice yet.
func (s *Store) emptyOfInvoices() (bool, error) {
	var empty bool
	err := s.read(func(tx *bolt.Tx) error {
		k, _ := tx.Bucket(bInvoices).Cursor().First()
		empty = k == nil
		return nil
	})
	return empty, err
}

// markFilled records, in the transaction that first fills the ledger with invoices, that the first plan is a reprise.
func (s *Store) markFilled(w *txw, reason string) error {
	b := w.tx.Bucket(bSettings)
	if err := putRecord(b, []byte(settingReprise), RepriseMark{Since: s.now(), Reason: reason}); err != nil {
		return err
	}
	var r ChaseRuns
	if _, err := getRecord(b, []byte(settingRuns), &r); err != nil {
		return err
	}
	r.FilledOn = backend.Today(s.clock)
	return putRecord(b, []byte(settingRuns), r)
}

// RepriseInvoice is what confirming a reprise changes on one invoice: the steps passed over, and the day its chase
// starts.
type RepriseInvoice struct {
	InvoiceID uint64
	Records   []backend.StepRecord
	NotBefore backend.Date
}

// RepriseClient is one client's line in the journal of a confirmed reprise.
type RepriseClient struct {
	ClientID uint64
	Summary  string
}

// ConfirmReprise records a reprise the owner confirmed, in one transaction: the passed steps appended to the
// invoices' chase, each invoice's chase held until its client's day, one journal line per client and one for the
// whole, and the mark removed. Without a waiting reprise it fails with ECONFLICT and changes nothing.
func (s *Store) ConfirmReprise(invoices []RepriseInvoice, clients []RepriseClient, summary string) error {
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bSettings)
		if b.Get([]byte(settingReprise)) == nil {
			return backend.Errorf(backend.ECONFLICT, "aucune reprise n'attend de confirmation : elle a déjà été confirmée")
		}
		for _, ri := range invoices {
			c := backend.InvoiceChase{InvoiceID: ri.InvoiceID}
			if w.tx.Bucket(bInvoices).Get(itob(ri.InvoiceID)) == nil {
				return notFound("facture", ri.InvoiceID)
			}
			if _, err := getRecord(w.tx.Bucket(bInvoiceChase), itob(ri.InvoiceID), &c); err != nil {
				return err
			}
			c.StepsDone = append(c.StepsDone, ri.Records...)
			c.PostponedTo = max(c.PostponedTo, ri.NotBefore)
			c.UpdatedAt = s.now()
			if err := putRecord(w.tx.Bucket(bInvoiceChase), itob(ri.InvoiceID), &c); err != nil {
				return fmt.Errorf("reprise of invoice %d: %w", ri.InvoiceID, err)
			}
		}
		for _, c := range clients {
			if err := s.addEvent(w, backend.Event{Kind: "chase.reprise", ClientID: c.ClientID, EntityID: c.ClientID, Summary: c.Summary}); err != nil {
				return err
			}
		}
		if err := b.Delete([]byte(settingReprise)); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "chase.reprise", Summary: summary})
	})
}

// DropReprise removes a waiting reprise that takes nothing over (nothing was late): there is nothing to confirm.
func (s *Store) DropReprise() error { return s.DeleteSetting(settingReprise) }

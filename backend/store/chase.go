package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"relance/backend"
)

// The chase state: scenarios, each invoice's and client's chase (steps done, dispute, promise, pause), and the
// actions already carried out, so that an action is never executed twice, even across a crash or a second run.

const settingChase = "chase"

// Scenarios returns the reminder scenarios in their stored order (the defaults are seeded by migration 4).
func (s *Store) Scenarios() ([]backend.Scenario, error) {
	out := []backend.Scenario{}
	err := s.read(func(tx *bolt.Tx) error {
		return tx.Bucket(bScenarios).ForEach(func(k, v []byte) error {
			var sc backend.Scenario
			if err := json.Unmarshal(v, &sc); err != nil {
				return err
			}
			out = append(out, sc)
			return nil
		})
	})
	return out, err
}

// SaveScenario validates and stores a scenario (new or edited), and journals it.
func (s *Store) SaveScenario(sc *backend.Scenario) error {
	if err := sc.Validate(); err != nil {
		return err
	}
	return s.update(func(w *txw) error {
		b := w.tx.Bucket(bScenarios)
		verb := "modifié"
		if b.Get([]byte(sc.ID)) == nil {
			verb = "créé"
		}
		if err := putRecord(b, []byte(sc.ID), sc); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "scenario.saved", Summary: "Scénario « " + sc.Name + " » " + verb})
	})
}

// ChaseSettings returns the chase settings (defaults until the user changes them).
func (s *Store) ChaseSettings() (backend.ChaseSettings, error) {
	c := backend.DefaultChaseSettings()
	_, err := s.Setting(settingChase, &c)
	return c, err
}

// SaveChaseSettings validates the settings against the scenarios and stores them.
func (s *Store) SaveChaseSettings(c backend.ChaseSettings) error {
	scs, err := s.Scenarios()
	if err != nil {
		return err
	}
	if err := c.Validate(scs); err != nil {
		return err
	}
	return s.SetSetting(settingChase, c)
}

// ChaseState returns every invoice's and client's chase state, for the planner.
func (s *Store) ChaseState() ([]backend.InvoiceChase, []backend.ClientChase, error) {
	var invs []backend.InvoiceChase
	var cls []backend.ClientChase
	err := s.read(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bInvoiceChase).ForEach(func(k, v []byte) error {
			var c backend.InvoiceChase
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			invs = append(invs, c)
			return nil
		}); err != nil {
			return err
		}
		return tx.Bucket(bClientChase).ForEach(func(k, v []byte) error {
			var c backend.ClientChase
			if err := json.Unmarshal(v, &c); err != nil {
				return err
			}
			cls = append(cls, c)
			return nil
		})
	})
	return invs, cls, err
}

// InvoiceChase returns one invoice's chase state (empty when the chase never touched it).
func (s *Store) InvoiceChase(invoiceID uint64) (backend.InvoiceChase, error) {
	c := backend.InvoiceChase{InvoiceID: invoiceID}
	err := s.read(func(tx *bolt.Tx) error {
		_, err := getRecord(tx.Bucket(bInvoiceChase), itob(invoiceID), &c)
		return err
	})
	return c, err
}

// ClientChase returns one client's chase state.
func (s *Store) ClientChase(clientID uint64) (backend.ClientChase, error) {
	c := backend.ClientChase{ClientID: clientID}
	err := s.read(func(tx *bolt.Tx) error {
		_, err := getRecord(tx.Bucket(bClientChase), itob(clientID), &c)
		return err
	})
	return c, err
}

// UpdateInvoiceChase changes an invoice's chase state (dispute, promise, scenario, postponement, payment plan) and
// journals the change with summary, in one transaction.
func (s *Store) UpdateInvoiceChase(invoiceID uint64, summary string, fn func(inv *backend.Invoice, c *backend.InvoiceChase) error) (backend.InvoiceChase, error) {
	var c backend.InvoiceChase
	err := s.update(func(w *txw) error {
		var inv backend.Invoice
		found, err := getRecord(w.tx.Bucket(bInvoices), itob(invoiceID), &inv)
		if err != nil {
			return err
		}
		if !found {
			return notFound("facture", invoiceID)
		}
		c = backend.InvoiceChase{InvoiceID: invoiceID}
		if _, err := getRecord(w.tx.Bucket(bInvoiceChase), itob(invoiceID), &c); err != nil {
			return err
		}
		if err := fn(&inv, &c); err != nil {
			return err
		}
		c.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bInvoiceChase), itob(invoiceID), &c); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "chase.invoice", ClientID: inv.ClientID, EntityID: invoiceID,
			Summary: "Facture " + inv.Number + " : " + summary})
	})
	return c, err
}

// UpdateClientChase changes a client's chase state (pause, scenario) and journals it.
func (s *Store) UpdateClientChase(clientID uint64, summary string, fn func(c *backend.ClientChase) error) (backend.ClientChase, error) {
	var c backend.ClientChase
	err := s.update(func(w *txw) error {
		if w.tx.Bucket(bClients).Get(itob(clientID)) == nil {
			return notFound("client", clientID)
		}
		c = backend.ClientChase{ClientID: clientID}
		if _, err := getRecord(w.tx.Bucket(bClientChase), itob(clientID), &c); err != nil {
			return err
		}
		if err := fn(&c); err != nil {
			return err
		}
		c.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bClientChase), itob(clientID), &c); err != nil {
			return err
		}
		return s.addEvent(w, backend.Event{Kind: "chase.client", ClientID: clientID, EntityID: clientID, Summary: summary})
	})
	return c, err
}

// ExecutedAction is an action carried out (or dismissed), kept under its plan ID.
type ExecutedAction struct {
	ActionID string       `json:"actionId"`
	ClientID uint64       `json:"clientId"`
	Date     backend.Date `json:"date" ts_type:"string"`
	Status   string       `json:"status"` // done, skipped
	Channel  string       `json:"channel"`
	Summary  string       `json:"summary"`
}

// ErrAlreadyExecuted is returned when an action ID was already carried out: never twice.
var ErrAlreadyExecuted = backend.Errorf(backend.ECONFLICT, "cette action a déjà été traitée")

// ApplyAction records that an action was carried out or dismissed: its step records go to the invoices' chase,
// the client's last contact moves when startsGap, and the journal says what happened, all in one transaction.
// The same action ID applied twice fails with ErrAlreadyExecuted and changes nothing.
func (s *Store) ApplyAction(ex ExecutedAction, records map[uint64][]backend.StepRecord, startsGap bool) error {
	return s.update(func(w *txw) error { return s.applyAction(w, ex, records, startsGap) })
}

// AppliedAction is one action for ApplyActions.
type AppliedAction struct {
	Action    ExecutedAction
	Records   map[uint64][]backend.StepRecord
	StartsGap bool
}

// ApplyActions applies a run's actions in one transaction; those already carried out are left out (applied is
// false for them).
func (s *Store) ApplyActions(items []AppliedAction) (applied []bool, err error) {
	applied = make([]bool, len(items))
	err = s.update(func(w *txw) error {
		for i, it := range items {
			switch err := s.applyAction(w, it.Action, it.Records, it.StartsGap); err {
			case nil:
				applied[i] = true
			case ErrAlreadyExecuted:
			default:
				return err
			}
		}
		return nil
	})
	return applied, err
}

func (s *Store) applyAction(w *txw, ex ExecutedAction, records map[uint64][]backend.StepRecord, startsGap bool) error {
	b := w.tx.Bucket(bExecuted)
	if b.Get([]byte(ex.ActionID)) != nil {
		return ErrAlreadyExecuted
	}
	if err := putRecord(b, []byte(ex.ActionID), ex); err != nil {
		return err
	}
	for invoiceID, recs := range records {
		c := backend.InvoiceChase{InvoiceID: invoiceID}
		if _, err := getRecord(w.tx.Bucket(bInvoiceChase), itob(invoiceID), &c); err != nil {
			return err
		}
		c.StepsDone = append(c.StepsDone, recs...)
		c.PostponedTo = 0 // a postponement is spent once the step happened
		c.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bInvoiceChase), itob(invoiceID), &c); err != nil {
			return err
		}
	}
	if startsGap {
		c := backend.ClientChase{ClientID: ex.ClientID}
		if _, err := getRecord(w.tx.Bucket(bClientChase), itob(ex.ClientID), &c); err != nil {
			return err
		}
		c.LastContact = max(c.LastContact, ex.Date)
		c.UpdatedAt = s.now()
		if err := putRecord(w.tx.Bucket(bClientChase), itob(ex.ClientID), &c); err != nil {
			return err
		}
	}
	return s.addEvent(w, backend.Event{Kind: "action." + ex.Status, ClientID: ex.ClientID, Summary: ex.Summary})
}

// Executed tells whether an action ID was already carried out.
func (s *Store) Executed(actionID string) (bool, error) {
	var found bool
	err := s.read(func(tx *bolt.Tx) error {
		found = tx.Bucket(bExecuted).Get([]byte(actionID)) != nil
		return nil
	})
	return found, err
}

func seedScenarios(tx *bolt.Tx) error {
	b, err := tx.CreateBucketIfNotExists(bScenarios)
	if err != nil {
		return err
	}
	for _, sc := range backend.DefaultScenarios() {
		if b.Get([]byte(sc.ID)) != nil {
			continue
		}
		if err := putRecord(b, []byte(sc.ID), sc); err != nil {
			return fmt.Errorf("scénario %s : %w", sc.ID, err)
		}
	}
	return nil
}

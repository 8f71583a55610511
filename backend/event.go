package backend

import "time"

// Event is an entry of the ledger's journal: what changed, when, and why. Nothing is erased or cancelled without
// one, and a client's timeline is read from them.
type Event struct {
	ID       uint64    `json:"id"`
	At       time.Time `json:"at" ts_type:"string"`
	Kind     string    `json:"kind"` // client.created, invoice.updated, invoice.cancelled, payment.recorded, import.done…
	ClientID uint64    `json:"clientId,omitempty"`
	EntityID uint64    `json:"entityId,omitempty"`
	Summary  string    `json:"summary"`
}

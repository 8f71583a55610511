package service

// Events the use cases emit and the adapters pass on (the window reloads what changed).
const (
	EventLedgerChanged = "ledger:changed" // lists and figures must be reloaded
	EventChaseUpdated  = "chase:updated"  // today's plan changed
	EventOutboxUpdated = "outbox:updated" // messages were queued, sent or changed state
)

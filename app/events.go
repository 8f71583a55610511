package app

import "relance/backend/service"

// Event names sent to the UI.
const (
	EventImportProgress = "import:progress"          // {phase, done, total}
	EventLedgerChanged  = service.EventLedgerChanged // lists and figures must be reloaded
)

// Progress is the payload of progress events.
type Progress struct {
	Phase string `json:"phase"` // read, check, write, done
	Done  int    `json:"done"`
	Total int    `json:"total"`
}

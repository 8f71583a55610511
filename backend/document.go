package backend

import "time"

// DocumentKind is what a generated document is.
type DocumentKind string

const (
	DocFormalNotice   DocumentKind = "formal_notice"     // mise en demeure de payer
	DocReminderLetter DocumentKind = "reminder_letter"   // lettre de relance
	DocStatement      DocumentKind = "statement"         // relevé de compte
	DocDossier        DocumentKind = "dossier"           // dossier d'injonction de payer
	DocPenaltyClaim   DocumentKind = "penalty_claim"     // pénalités et indemnités de factures payées en retard
	DocClaimDecl      DocumentKind = "claim_declaration" // déclaration de créance au mandataire judiciaire
)

// DocumentLabels are the French names of document kinds.
var DocumentLabels = map[DocumentKind]string{DocFormalNotice: "Mise en demeure", DocReminderLetter: "Lettre de relance",
	DocStatement: "Relevé de compte", DocDossier: "Dossier d'injonction de payer", DocPenaltyClaim: "Réclamation de pénalités de retard",
	DocClaimDecl: "Déclaration de créance"}

// Document is a generated document kept as proof: its exact bytes are archived once and never rewritten; only the
// facts of its sending (registered-letter number, dates) are added later, each journaled.
type Document struct {
	ID               uint64       `json:"id"`
	Kind             DocumentKind `json:"kind"`
	ClientID         uint64       `json:"clientId"`
	InvoiceIDs       []uint64     `json:"invoiceIds"`
	Date             Date         `json:"date" ts_type:"string"` // the date printed on it
	CreatedAt        time.Time    `json:"createdAt" ts_type:"string"`
	File             string       `json:"file"` // path relative to the data folder
	SHA256           string       `json:"sha256"`
	Size             int64        `json:"size"`
	Amount           Cents        `json:"amount"`  // total claimed or due in the document
	Channel          string       `json:"channel"` // letter, email, download
	Recipient        string       `json:"recipient,omitempty"`
	MessageID        string       `json:"messageId,omitempty"`
	RegisteredNumber string       `json:"registeredNumber,omitempty"` // n° de recommandé
	SentOn           Date         `json:"sentOn,omitempty" ts_type:"string"`
	AcknowledgedOn   Date         `json:"acknowledgedOn,omitempty" ts_type:"string"` // accusé de réception
	DeadlineDays     int          `json:"deadlineDays,omitempty"`                    // days to pay from receipt (notices)
	// Draft: generated, not yet sent. A letter becomes proof (on the timeline, cited, attached to a court file) when
	// the owner records its sending; a draft can be discarded.
	Draft bool `json:"draft,omitempty"`
}

// Proof tells whether the document counts as sent: not a draft.
func (d Document) Proof() bool { return !d.Draft }

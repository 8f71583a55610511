package backend

import "time"

// ClassCorrection is the owner's correction of how a received message was read (« Corriger la catégorie »). Kept
// in the store, included in the exports and never sent anywhere, the corrections adjust the replies' classifier
// for this installation: the same kind of message is read the owner's way next time.
type ClassCorrection struct {
	InteractionID uint64    `json:"interactionId"`
	ClientID      uint64    `json:"clientId"`
	Was           string    `json:"was"`   // the class Relance had read
	Class         string    `json:"class"` // the owner's
	Text          string    `json:"text"`  // the words the classifier reads (subject and the sender's own words), bounded
	At            time.Time `json:"at"`
}

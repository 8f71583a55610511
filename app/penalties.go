package app

import (
	"relance/backend"
	"relance/backend/documents"
)

// Late-payment penalties of an invoice as the window shows them; backend/documents computes them.

// PenaltySegment is one period at one rate.
type PenaltySegment struct {
	From    string        `json:"from"`
	To      string        `json:"to"`
	Days    int           `json:"days"`
	RatePct string        `json:"ratePct"`
	Base    backend.Cents `json:"base"`
	Amount  backend.Cents `json:"amount"`
}

// PenaltyView is what an invoice's lateness costs its debtor today (or cost, when it was paid late).
type PenaltyView struct {
	Applicable bool             `json:"applicable"`
	Consumer   bool             `json:"consumer"`
	Days       int              `json:"days"`
	Total      backend.Cents    `json:"total"`
	Indemnity  backend.Cents    `json:"indemnity"`
	Until      string           `json:"until"`
	Segments   []PenaltySegment `json:"segments"`
	Basis      string           `json:"basis"` // the legal basis and method, in French
	Note       string           `json:"note"`  // why nothing applies, when nothing does
	Warnings   []string         `json:"warnings"`
}

// penaltyView shows an invoice's penalties (documents.InvoicePenalty).
func penaltyView(p documents.Penalty) PenaltyView {
	v := PenaltyView{Applicable: p.Applicable, Consumer: p.Consumer, Days: p.Days, Total: p.Total, Indemnity: p.Indemnity,
		Until: p.Until, Segments: make([]PenaltySegment, len(p.Segments)), Basis: p.Basis, Note: p.Note, Warnings: p.Warnings}
	for i, s := range p.Segments {
		v.Segments[i] = PenaltySegment(s)
	}
	return v
}

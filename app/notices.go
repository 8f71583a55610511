package app

import (
	"relance/backend"
	"relance/backend/documents"
)

// NoticeRequest asks for a formal notice about an overdue invoice; every overdue invoice of its client goes in.
type NoticeRequest struct {
	InvoiceID        uint64   `json:"invoiceId"`
	DeadlineDays     int      `json:"deadlineDays"` // 0 = 8 days
	Registered       bool     `json:"registered"`
	RegisteredNumber string   `json:"registeredNumber"`
	Intro            []string `json:"intro"` // empty = the default wording for the debtor
	Consequences     []string `json:"consequences"`
}

func (r NoticeRequest) operation() documents.NoticeRequest {
	return documents.NoticeRequest{InvoiceID: r.InvoiceID, DeadlineDays: r.DeadlineDays, Registered: r.Registered,
		RegisteredNumber: r.RegisteredNumber, Intro: r.Intro, Consequences: r.Consequences}
}

// NoticeLine is one invoice of a claim.
type NoticeLine documents.Line

// NoticeDraft is what the formal notice will say, before it is generated.
type NoticeDraft struct {
	ClientID     uint64        `json:"clientId"`
	ClientCode   string        `json:"clientCode"`
	ClientName   string        `json:"clientName"`
	Consumer     bool          `json:"consumer"`
	Lines        []NoticeLine  `json:"lines"`
	Principal    backend.Cents `json:"principal"`
	Penalties    backend.Cents `json:"penalties"`
	Indemnity    backend.Cents `json:"indemnity"`
	Credit       backend.Cents `json:"credit"` // the client's unallocated credit, deducted
	TotalClaimed backend.Cents `json:"totalClaimed"`
	LeftOut      []string      `json:"leftOut"`      // unpaid invoices not claimed, and why
	DeadlineDays int           `json:"deadlineDays"` // counted from the letter's receipt
	Date         string        `json:"date"`
	Intro        []string      `json:"intro"`
	Consequences []string      `json:"consequences"`
	Warnings     []string      `json:"warnings"`
}

func draftView(n documents.Notice) NoticeDraft {
	c := n.Claim
	var lines []NoticeLine
	for _, l := range c.Lines {
		lines = append(lines, NoticeLine(l))
	}
	return NoticeDraft{ClientID: c.Client.ID, ClientCode: c.Client.Code, ClientName: c.Client.Name, Consumer: n.Letter.Consumer,
		Lines: lines, Principal: c.Principal, Penalties: c.Interest, Indemnity: c.Indemnity, Credit: c.Credit,
		LeftOut: n.LeftOut, TotalClaimed: c.Total(), DeadlineDays: n.Letter.DeadlineDays, Date: n.Letter.Date.String(),
		Intro: n.Intro, Consequences: n.Consequences, Warnings: n.Warnings}
}

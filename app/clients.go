package app

import (
	"relance/backend"
	"relance/backend/documents"
)

// ClientsAPI lists, shows and edits clients.
type ClientsAPI struct {
	env   *Env
	chase *ChaseAPI // a payment may send the thank-you
}

// ClientView is a client's page: the record, what it owes, and its journal.
type ClientView struct {
	Client   backend.Client    `json:"client"`
	Overview backend.ClientRow `json:"overview"`
	Events   []backend.Event   `json:"events"`
	Claim    ClaimSummary      `json:"claim"`
	// Credit is what the client paid (or was credited) that no invoice accounts for: an overpayment, an unused credit
	// note. It is theirs: to deduct from what they owe or to refund.
	Credit backend.Cents `json:"credit"`
}

// ClaimSummary is what the client owes on its overdue invoices today, penalties included.
type ClaimSummary struct {
	Principal backend.Cents `json:"principal"`
	Penalties backend.Cents `json:"penalties"`
	Indemnity backend.Cents `json:"indemnity"`
	Total     backend.Cents `json:"total"`
	Invoices  int           `json:"invoices"`
}

// List answers the client list.
func (a *ClientsAPI) List(q backend.ClientQuery) (backend.ClientPage, error) {
	return a.env.Store.ListClients(q)
}

// Get returns a client's page.
func (a *ClientsAPI) Get(id uint64) (ClientView, error) {
	c, err := a.env.Store.Client(id)
	if err != nil {
		return ClientView{}, err
	}
	sum, err := a.env.Store.ClientSummary(id)
	if err != nil {
		return ClientView{}, err
	}
	ev, err := a.env.Store.ClientEvents(id, 200)
	if err != nil {
		return ClientView{}, err
	}
	if ev == nil {
		ev = []backend.Event{}
	}
	claim, err := a.env.docService().Claim(id, backend.Today(a.env.Clock), 0)
	if err != nil {
		return ClientView{}, err
	}
	pays, err := a.env.Store.ClientPayments(id)
	if err != nil {
		return ClientView{}, err
	}
	return ClientView{Client: c, Overview: sum, Events: ev, Credit: documents.ClientCredit(pays), Claim: ClaimSummary{Principal: claim.Principal,
		Penalties: claim.Interest, Indemnity: claim.Indemnity, Total: claim.Total(), Invoices: len(claim.Invoices)}}, nil
}

// Save creates (id 0) or updates a client.
func (a *ClientsAPI) Save(c backend.Client) (backend.Client, error) {
	if err := a.env.Store.SaveClient(&c); err != nil {
		return c, err
	}
	a.env.emit(EventLedgerChanged, nil)
	return c, nil
}

// Segments is the user's list of client segments.
func (a *ClientsAPI) Segments() ([]string, error) { return segments(a.env) }

func segments(env *Env) ([]string, error) {
	list := append([]string(nil), backend.DefaultSegments...)
	if _, err := env.Store.Setting(settingSegments, &list); err != nil {
		return nil, err
	}
	return list, nil
}

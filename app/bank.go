package app

import (
	"relance/backend"
	"relance/backend/bank"
	"relance/backend/cash"
	"relance/backend/reconcile"
)

// BankAPI imports bank statements and turns their credits into payments: suggestions by invoice number, RF
// reference, amount and payer name, which the user confirms, splits or sets aside. The work is backend/cash's.
type BankAPI struct {
	env   *Env
	chase *ChaseAPI // a payment changes today's plan; a paid invoice may get its thank-you
}

// EventBankUpdated tells the UI the reconciliation changed.
const EventBankUpdated = cash.EventUpdated

// cashOps is the operations on the money received over env, with the chase's thank-you when there is a chase.
func cashOps(env *Env, chase *ChaseAPI) *cash.Cash {
	c := cash.New(&env.Deps, nil)
	if chase != nil {
		c.Thanks = chase.service() // the chase thanks the client for the chased invoices a payment settled
	}
	return c
}

func (a *BankAPI) ops() *cash.Cash { return cashOps(a.env, a.chase) }

// BankSettings are the user's reconciliation preferences.
type BankSettings cash.Settings

// Settings returns the reconciliation preferences.
func (a *BankAPI) Settings() (BankSettings, error) {
	s, err := a.ops().Settings()
	return BankSettings(s), err
}

// SaveSettings stores them.
func (a *BankAPI) SaveSettings(s BankSettings) (BankSettings, error) {
	return s, a.ops().SaveSettings(cash.Settings(s))
}

// BankPreview is what a statement file holds before it is imported.
type BankPreview cash.Preview

// Preview detects the format; a CSV gets its columns and the mapping of a known bank when its header is one.
func (a *BankAPI) Preview(fileName, contentBase64 string) (BankPreview, error) {
	data, err := cash.DecodeStatement(fileName, contentBase64)
	if err != nil {
		return BankPreview{}, err
	}
	p, err := a.ops().Preview(fileName, data)
	return BankPreview(p), err
}

// BankImportResult is what an import did (or would do, dry).
type BankImportResult cash.ImportResult

// Import reads a statement (the mapping is needed for a CSV layout no preset knows) and adds its new lines; with
// the setting on, the surest suggestions become payments at once.
func (a *BankAPI) Import(fileName, contentBase64 string, mapping *bank.CSVMapping, dryRun bool) (BankImportResult, error) {
	data, err := cash.DecodeStatement(fileName, contentBase64)
	if err != nil {
		return BankImportResult{}, err
	}
	r, err := a.ops().Import(fileName, data, mapping, dryRun)
	if err == nil && !dryRun {
		a.changed()
	}
	return BankImportResult(r), err
}

func (a *BankAPI) changed() { BankChanged(a.env) }

// BankChanged tells the UI that payments were recorded or undone: the bank page, the lists and today's plan.
func BankChanged(env *Env) {
	env.emit(EventBankUpdated, nil)
	env.emit(EventLedgerChanged, nil)
	env.emit(EventChaseUpdated, nil)
}

// BankLineView is a statement line with what it may pay.
type BankLineView struct {
	Line        backend.BankLine `json:"line"`
	Suggestions []SuggestionView `json:"suggestions"`
	ClientName  string           `json:"clientName,omitempty"` // matched lines: who paid
}

// SuggestionView is a suggestion with the names the UI shows.
type SuggestionView struct {
	reconcile.Suggestion
	ClientCode string           `json:"clientCode"`
	ClientName string           `json:"clientName"`
	Invoices   []AllocationView `json:"invoices"`
	Credit     backend.Cents    `json:"credit"` // what stays as a credit of the client
}

// AllocationView is one invoice a payment settles.
type AllocationView cash.InvoiceAllocation

// Reconciliation is the « Rapprochement » page.
type Reconciliation struct {
	Unmatched []BankLineView `json:"unmatched"` // credits waiting, with suggestions
	// Waiting totals the credits waiting per currency (euros first): amounts in CHF are never added to euros.
	Waiting    []backend.CurrencyAmount `json:"waiting"`
	Debits     int                      `json:"debits"`  // unmatched debits (not shown: not clients' payments)
	Matched    []BankLineView           `json:"matched"` // the last confirmed
	Ignored    []BankLineView           `json:"ignored"` // the last set aside
	LastImport string                   `json:"lastImport"`
	Settings   BankSettings             `json:"settings"`
}

func lineViews(lines []cash.Line) []BankLineView {
	out := make([]BankLineView, len(lines))
	for i, l := range lines {
		out[i] = BankLineView{Line: l.Line, Suggestions: make([]SuggestionView, len(l.Suggestions)), ClientName: l.ClientName}
		for j, s := range l.Suggestions {
			sv := SuggestionView{Suggestion: s.Suggestion, ClientCode: s.ClientCode, ClientName: s.ClientName,
				Invoices: make([]AllocationView, len(s.Invoices)), Credit: s.Credit}
			for k, al := range s.Invoices {
				sv.Invoices[k] = AllocationView(al)
			}
			out[i].Suggestions[j] = sv
		}
	}
	return out
}

// reconciliation builds the page, counted as the first screen's « bank » computation meanwhile.
func reconciliation(env *Env, ops *cash.Cash) (cash.Reconciliation, error) {
	defer env.work.begin("bank")()
	return ops.Reconciliation()
}

// Reconciliation lists the credits waiting with their suggestions, best first.
func (a *BankAPI) Reconciliation() (Reconciliation, error) {
	r, err := reconciliation(a.env, a.ops())
	return Reconciliation{Unmatched: lineViews(r.Unmatched), Waiting: r.Waiting, Debits: r.Debits, Matched: lineViews(r.Matched),
		Ignored: lineViews(r.Ignored), LastImport: r.LastImport, Settings: BankSettings(r.Settings)}, err
}

// Confirm turns a credit line into a payment of the client, allocated as given (a suggestion as is, or split by
// the user); what is not allocated stays as a credit. euroAmount is for a line in another currency: the euros
// actually received (the allocations are then fitted to it, oldest first); 0 for a line in euros.
func (a *BankAPI) Confirm(key string, clientID uint64, allocations []backend.Allocation, euroAmount backend.Cents) (Reconciliation, error) {
	if err := a.ops().Confirm(key, clientID, allocations, euroAmount); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

// Ignore sets a line aside: not a client's payment.
func (a *BankAPI) Ignore(key, note string) (Reconciliation, error) {
	if err := a.ops().Ignore(key, note); err != nil {
		return Reconciliation{}, err
	}
	a.env.emit(EventBankUpdated, nil)
	return a.Reconciliation()
}

// Reopen takes a confirmed or set-aside line back to the lines waiting: for a confirmed one, the payment recorded
// from it is removed and its invoices are owed (and chased) again.
func (a *BankAPI) Reopen(key, note string) (Reconciliation, error) {
	if err := a.ops().Reopen(key, note); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

// AutoConfirm confirms every suggestion scored at or above reconcile.AutoConfirmScore (an invoice number or RF
// reference in the label, first of its line's suggestions).
func (a *BankAPI) AutoConfirm() (Reconciliation, error) {
	if _, err := a.ops().AutoConfirm(); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

package app

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/bank"
	"relance/backend/reconcile"
	"relance/backend/store"
)

// BankAPI imports bank statements and turns their credits into payments: suggestions by invoice number, RF
// reference, amount and payer name, which the user confirms, splits or sets aside.
type BankAPI struct {
	env   *Env
	chase *ChaseAPI // a payment changes today's plan; a paid invoice may get its thank-you
}

// EventBankUpdated tells the UI the reconciliation changed.
const EventBankUpdated = "bank:updated"

const settingBank = "bank"

// BankSettings are the user's reconciliation preferences.
type BankSettings struct {
	AutoConfirm bool `json:"autoConfirm"` // confirm suggestions scored ≥ reconcile.AutoConfirmScore at import
	StaleDays   int  `json:"staleDays"`   // warn before chasing when the last statement is older than this
}

func bankSettings(env *Env) (BankSettings, error) {
	s := BankSettings{StaleDays: 7}
	_, err := env.Store.Setting(settingBank, &s)
	return s, err
}

// Settings returns the reconciliation preferences.
func (a *BankAPI) Settings() (BankSettings, error) { return bankSettings(a.env) }

// SaveSettings stores them.
func (a *BankAPI) SaveSettings(s BankSettings) (BankSettings, error) {
	if s.StaleDays < 1 || s.StaleDays > 90 {
		return s, &backend.Error{Code: backend.EINVALID, Fields: []backend.FieldError{{Field: "staleDays", Message: "entre 1 et 90 jours"}}}
	}
	return s, a.env.Store.SetSetting(settingBank, s)
}

// BankPreview is what a statement file holds before it is imported.
type BankPreview struct {
	FileName string           `json:"fileName"`
	Format   string           `json:"format"`
	CSV      *bank.CSVPreview `json:"csv"`     // CSV only: the columns and the suggested mapping
	Presets  []bank.Preset    `json:"presets"` // CSV only
	NeedsMap bool             `json:"needsMap"`
}

// Preview detects the format; a CSV gets its columns and the mapping of a known bank when its header is one.
func (a *BankAPI) Preview(fileName, contentBase64 string) (BankPreview, error) {
	data, err := decodeUpload(fileName, contentBase64)
	if err != nil {
		return BankPreview{}, err
	}
	p := BankPreview{FileName: fileName, Format: string(bank.Detect(fileName, data)), Presets: []bank.Preset{}}
	if p.Format == string(bank.FormatCSV) {
		cp, err := bank.PreviewCSV(fileName, data)
		if err != nil {
			return p, err
		}
		p.CSV, p.NeedsMap, p.Presets = &cp, !cp.Recognised, bank.Presets()
	}
	return p, nil
}

func decodeUpload(fileName, contentBase64 string) ([]byte, error) {
	if n := int64(base64.StdEncoding.DecodedLen(len(contentBase64))); n > maxBankBytes+3 {
		return nil, statementTooLarge(fileName, n)
	}
	data, err := base64.StdEncoding.DecodeString(contentBase64)
	if err != nil {
		return nil, backend.Errorf(backend.EINVALID, "%s : fichier illisible", fileName)
	}
	if int64(len(data)) > maxBankBytes {
		return nil, statementTooLarge(fileName, int64(len(data)))
	}
	return data, nil
}

// BankImportResult is what an import did (or would do, dry).
type BankImportResult struct {
	store.BankImport
	Format        string        `json:"format"`
	AutoConfirmed int           `json:"autoConfirmed"`
	AutoSum       backend.Cents `json:"autoSum"` // euros: only euro credits are confirmed automatically
	// Foreign counts the credits in another currency left for the user: their euro amount is asked at confirmation.
	Foreign int  `json:"foreign"`
	DryRun  bool `json:"dryRun"`
}

// Import reads a statement (the mapping is needed for a CSV layout no preset knows) and adds its new lines; with
// the setting on, the surest suggestions become payments at once.
func (a *BankAPI) Import(fileName, contentBase64 string, mapping *bank.CSVMapping, dryRun bool) (BankImportResult, error) {
	data, err := decodeUpload(fileName, contentBase64)
	if err != nil {
		return BankImportResult{}, err
	}
	return a.importData(fileName, data, mapping, dryRun)
}

func (a *BankAPI) importData(fileName string, data []byte, mapping *bank.CSVMapping, dryRun bool) (BankImportResult, error) {
	stmt, err := bank.Parse(fileName, data, mapping)
	if err != nil {
		return BankImportResult{}, err
	}
	lines := make([]backend.BankLine, len(stmt.Transactions))
	for i, t := range stmt.Transactions {
		key := t.Key
		if t.Account != "" { // a bank's ids are unique within one account only
			key = t.Account + "|" + key
		}
		lines[i] = backend.BankLine{Key: key, Account: t.Account, BookedOn: t.BookedOn, ValueDate: t.ValueDate, Amount: t.Amount,
			Currency: t.Currency, Label: t.Label, Reference: t.Reference, Payer: t.Payer}
	}
	r := BankImportResult{Format: string(stmt.Format), DryRun: dryRun}
	if r.BankImport, err = a.env.Store.ImportBankLines(fileName, lines, dryRun); err != nil || dryRun {
		return r, err
	}
	if s, err := bankSettings(a.env); err != nil {
		return r, err
	} else if s.AutoConfirm {
		ac, err := a.autoConfirm()
		if err != nil {
			return r, err
		}
		r.AutoConfirmed, r.AutoSum, r.Foreign = ac.Confirmed, ac.Sum, ac.Foreign
	}
	a.changed()
	return r, nil
}

func (a *BankAPI) changed() {
	a.env.emit(EventBankUpdated, nil)
	a.env.emit(EventLedgerChanged, nil)
	a.env.emit(EventChaseUpdated, nil)
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
type AllocationView struct {
	InvoiceID uint64        `json:"invoiceId"`
	Number    string        `json:"number"`
	Remaining backend.Cents `json:"remaining"`
	Amount    backend.Cents `json:"amount"`
}

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

// ledgerIndex builds the matching index over the clients and their open invoices.
type ledgerIndex struct {
	ix       *reconcile.Index
	clients  map[uint64]backend.Client
	invoices map[uint64]backend.Invoice
}

func (a *BankAPI) index() (*ledgerIndex, error) {
	cls, err := a.env.Store.Clients()
	if err != nil {
		return nil, err
	}
	li := &ledgerIndex{clients: make(map[uint64]backend.Client, len(cls)), invoices: map[uint64]backend.Invoice{}}
	rc := make([]reconcile.Client, len(cls))
	for i, c := range cls {
		li.clients[c.ID] = c
		rc[i] = reconcile.Client{ID: c.ID, Name: c.Name, Code: c.Code}
	}
	var open []reconcile.OpenInvoice
	err = a.env.Store.Invoices(func(inv *backend.Invoice) error {
		if r := inv.Remaining(); r > 0 {
			li.invoices[inv.ID] = *inv
			open = append(open, reconcile.OpenInvoice{ID: inv.ID, ClientID: inv.ClientID, Number: inv.Number, DueDate: inv.DueDate, Remaining: r})
		}
		return nil
	})
	li.ix = reconcile.NewIndex(rc, open)
	return li, err
}

func transaction(l backend.BankLine) bank.Transaction {
	return bank.Transaction{Key: l.Key, Account: l.Account, BookedOn: l.BookedOn, ValueDate: l.ValueDate, Amount: l.Amount,
		Currency: l.Currency, Label: l.Label, Reference: l.Reference, Payer: l.Payer}
}

func (li *ledgerIndex) view(l backend.BankLine) BankLineView {
	v := BankLineView{Line: l, Suggestions: []SuggestionView{}}
	if l.Status != backend.BankUnmatched {
		v.ClientName = li.clients[l.ClientID].Name
		return v
	}
	for _, s := range li.ix.Suggest(transaction(l)) {
		c := li.clients[s.ClientID]
		sv := SuggestionView{Suggestion: s, ClientCode: c.Code, ClientName: c.Name, Invoices: []AllocationView{}, Credit: l.Amount}
		for _, al := range s.Allocations {
			inv := li.invoices[al.InvoiceID]
			sv.Invoices = append(sv.Invoices, AllocationView{InvoiceID: al.InvoiceID, Number: inv.Number, Remaining: inv.Remaining(), Amount: al.Amount})
			sv.Credit -= al.Amount
		}
		if !l.IsEuro() {
			sv.Credit = 0 // the line's amount is not euros: what stays as a credit is known once the euros are given
		}
		v.Suggestions = append(v.Suggestions, sv)
	}
	return v
}

// Reconciliation lists the credits waiting with their suggestions, best first.
func (a *BankAPI) Reconciliation() (Reconciliation, error) {
	defer a.env.work.begin("bank")()
	r := Reconciliation{Unmatched: []BankLineView{}, Matched: []BankLineView{}, Ignored: []BankLineView{}, Waiting: []backend.CurrencyAmount{}}
	var err error
	if r.Settings, err = bankSettings(a.env); err != nil {
		return r, err
	}
	if last, err := a.env.Store.LastBankImport(); err != nil {
		return r, err
	} else if !last.IsZero() {
		r.LastImport = backend.DateOf(last).String()
	}
	li, err := a.index()
	if err != nil {
		return r, err
	}
	lines, err := a.env.Store.BankLines(backend.BankUnmatched, backend.BankMatched, backend.BankIgnored)
	if err != nil {
		return r, err
	}
	for _, l := range lines {
		switch {
		case l.Status == backend.BankMatched && len(r.Matched) < 50:
			r.Matched = append(r.Matched, li.view(l))
		case l.Status == backend.BankIgnored && len(r.Ignored) < 50:
			r.Ignored = append(r.Ignored, BankLineView{Line: l, Suggestions: []SuggestionView{}})
		case l.Status == backend.BankUnmatched && l.Amount > 0:
			r.Unmatched = append(r.Unmatched, li.view(l))
			r.Waiting = backend.AddByCurrency(r.Waiting, l.Currency, l.Amount)
		case l.Status == backend.BankUnmatched:
			r.Debits++
		}
	}
	return r, nil
}

// Confirm turns a credit line into a payment of the client, allocated as given (a suggestion as is, or split by
// the user); what is not allocated stays as a credit. euroAmount is for a line in another currency: the euros
// actually received (the allocations are then fitted to it, oldest first); 0 for a line in euros.
func (a *BankAPI) Confirm(key string, clientID uint64, allocations []backend.Allocation, euroAmount backend.Cents) (Reconciliation, error) {
	if err := a.confirm(key, clientID, allocations, euroAmount); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

func (a *BankAPI) confirm(key string, clientID uint64, allocations []backend.Allocation, euroAmount backend.Cents) error {
	l, err := a.env.Store.BankLine(key)
	if err != nil {
		return err
	}
	if l.Amount <= 0 {
		return backend.Errorf(backend.EINVALID, "l'opération du %s est un débit : ce n'est pas un paiement de client", l.BookedOn.French())
	}
	if _, err := a.env.Store.Client(clientID); err != nil {
		return err
	}
	p := backend.Payment{ClientID: clientID, Date: l.BookedOn, Amount: l.Amount, Method: "transfer",
		Reference: strings.TrimSpace(l.Label + " " + l.Reference), Currency: backend.EUR}
	if !l.IsEuro() {
		if euroAmount <= 0 {
			return &backend.Error{Code: backend.EINVALID, Message: fmt.Sprintf("l'opération du %s est en %s (%s) : indiquez le montant reçu en euros",
				l.BookedOn.French(), l.CurrencyCode(), backend.FormatMoney(l.Amount, l.Currency)),
				Fields: []backend.FieldError{{Field: "euroAmount", Message: "montant reçu en euros obligatoire"}}}
		}
		if err := backend.CheckAmount("montant reçu en euros", euroAmount); err != nil {
			return err
		}
		p.Amount, p.ReceivedAmount, p.ReceivedCurrency = euroAmount, l.Amount, l.CurrencyCode()
	} else if euroAmount != 0 && euroAmount != l.Amount {
		return backend.Errorf(backend.EINVALID, "l'opération du %s est en euros (%s) : le montant reçu est celui du relevé", l.BookedOn.French(), backend.FormatEUR(l.Amount))
	}
	left := p.Amount
	for _, al := range allocations {
		if !l.IsEuro() {
			al.Amount = min(al.Amount, left) // suggestions allocate what the invoices owe: fit them to the euros received
		}
		if al.Amount > 0 {
			p.Allocations = append(p.Allocations, al)
			left -= al.Amount
		}
	}
	if err := a.env.Store.ConfirmBankLine(key, &p); err != nil {
		return err
	}
	if a.chase != nil {
		a.chase.thankPaid(p)
	}
	return nil
}

// Ignore sets a line aside: not a client's payment.
func (a *BankAPI) Ignore(key, note string) (Reconciliation, error) {
	if err := a.env.Store.IgnoreBankLine(key, note); err != nil {
		return Reconciliation{}, err
	}
	a.env.emit(EventBankUpdated, nil)
	return a.Reconciliation()
}

// Reopen takes a confirmed or set-aside line back to the lines waiting: for a confirmed one, the payment recorded
// from it is removed and its invoices are owed (and chased) again.
func (a *BankAPI) Reopen(key, note string) (Reconciliation, error) {
	if err := a.env.Store.ReopenBankLine(key, strings.TrimSpace(note)); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

// AutoConfirm confirms every suggestion scored at or above reconcile.AutoConfirmScore (an invoice number or RF
// reference in the label, first of its line's suggestions).
func (a *BankAPI) AutoConfirm() (Reconciliation, error) {
	if _, err := a.autoConfirm(); err != nil {
		return Reconciliation{}, err
	}
	a.changed()
	return a.Reconciliation()
}

// autoConfirmed is what the automatic confirmation did, and what it left for the user.
type autoConfirmed struct {
	Confirmed  int
	Sum        backend.Cents // euros
	Foreign    int           // credits in another currency, never confirmed automatically
	Currencies []string      // their currencies
}

// foreignNote explains the foreign-currency credits left waiting (empty when there are none).
func (ac autoConfirmed) foreignNote() string {
	if ac.Foreign == 0 {
		return ""
	}
	what := countFR(ac.Foreign, "encaissement en %s non rapproché", "encaissements en %s non rapprochés")
	return fmt.Sprintf(what+" automatiquement : pas en euros ; indiquez le montant reçu en euros en confirmant (page Banque).",
		strings.Join(ac.Currencies, ", "))
}

func (a *BankAPI) autoConfirm() (autoConfirmed, error) {
	var ac autoConfirmed
	li, err := a.index()
	if err != nil {
		return ac, err
	}
	lines, err := a.env.Store.BankLines(backend.BankUnmatched)
	if err != nil {
		return ac, err
	}
	for i := len(lines) - 1; i >= 0; i-- { // oldest first: earlier payments settle earlier invoices
		l := lines[i]
		if l.Amount <= 0 {
			continue
		}
		if !l.IsEuro() { // its amount is not what the invoices owe: the user gives the euros received
			ac.Foreign++
			if !slices.Contains(ac.Currencies, l.CurrencyCode()) {
				ac.Currencies = append(ac.Currencies, l.CurrencyCode())
			}
			continue
		}
		sugg := li.ix.Suggest(transaction(l))
		if len(sugg) == 0 || sugg[0].Score < reconcile.AutoConfirmScore || len(sugg) > 1 && sugg[1].Score >= reconcile.AutoConfirmScore {
			continue
		}
		if err := a.confirm(l.Key, sugg[0].ClientID, sugg[0].Allocations, 0); err != nil {
			return ac, fmt.Errorf("opération du %s : %w", l.BookedOn.French(), err)
		}
		ac.Confirmed++
		ac.Sum, _ = ac.Sum.Add(l.Amount)
		if li, err = a.index(); err != nil { // remaining amounts changed
			return ac, err
		}
	}
	return ac, nil
}

// bankWarning is the « Aujourd'hui » page's reminder that payments may be missing: the last statement is older
// than the setting (or none was ever imported while there are reminders to send).
func bankWarning(env *Env, today backend.Date) (string, error) {
	s, err := bankSettings(env)
	if err != nil {
		return "", err
	}
	last, err := env.Store.LastBankImport()
	if err != nil {
		return "", err
	}
	if last.IsZero() {
		return "Aucun relevé bancaire importé : des paiements reçus peuvent manquer. Importez votre relevé avant d'envoyer les relances.", nil
	}
	d := backend.DateOf(last)
	if age := d.DaysUntil(today); age > s.StaleDays {
		return fmt.Sprintf("Dernier relevé bancaire importé le %s (il y a %d jours) : des paiements reçus depuis peuvent manquer. Importez votre relevé avant d'envoyer les relances.", d.French(), age), nil
	}
	return "", nil
}

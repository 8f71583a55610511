package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/cash"
	"relance/backend/report"
)

// relance import bank | reconcile | report: the money side, headless.

func (c *CLI) importBank(dirs desktop.Dirs, file string, dry bool) error {
	data, err := app.ReadLimited(c.file(file), cash.MaxStatementBytes, cash.StatementTooLarge, "impossible de lire le relevé : %s")
	if err != nil {
		return err
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	r, err := app.Cash(app.CommandBindings(env).Bank).Import(file, data, nil, dry)
	if err != nil {
		return err
	}
	if !dry {
		app.BankChanged(env)
	}
	verb := "importé"
	if dry {
		verb = "vérifié (rien n'est enregistré)"
	}
	fmt.Fprintf(c.Stdout, "Relevé %s en %s %s : %s dont %s (%s), %s.\n",
		strings.ToUpper(r.Format), currenciesFR(r.Currencies), verb, countFR(r.Added, "opération nouvelle", "opérations nouvelles"),
		countFR(r.Credits, "encaissement", "encaissements"), backend.FormatTotals(r.CreditSums), countFR(r.Duplicates, "déjà importée", "déjà importées"))
	if r.AutoConfirmed > 0 {
		fmt.Fprintf(c.Stdout, "%s automatiquement (%s).\n", countFR(r.AutoConfirmed, "paiement rapproché", "paiements rapprochés"), backend.FormatEUR(r.AutoSum))
	}
	if r.Foreign > 0 {
		fmt.Fprintln(c.Stdout, foreignNote(r.Foreign, foreignOf(r.Currencies)))
	}
	return nil
}

// foreignNote explains the credits in another currency left waiting by the automatic confirmation (empty when
// there are none).
func foreignNote(foreign int, currencies []string) string {
	if foreign == 0 {
		return ""
	}
	what := countFR(foreign, "encaissement en %s non rapproché", "encaissements en %s non rapprochés")
	return fmt.Sprintf(what+" automatiquement : pas en euros ; indiquez le montant reçu en euros en confirmant (page Banque).",
		strings.Join(currencies, ", "))
}

// currenciesFR names a statement's currencies: "EUR", "CHF", "EUR et USD".
func currenciesFR(ccys []string) string {
	switch len(ccys) {
	case 0:
		return backend.EUR
	case 1:
		return ccys[0]
	}
	return strings.Join(ccys[:len(ccys)-1], ", ") + " et " + ccys[len(ccys)-1]
}

func foreignOf(ccys []string) []string {
	var out []string
	for _, c := range ccys {
		if c != backend.EUR {
			out = append(out, c)
		}
	}
	return out
}

// reconcileLine is one waiting credit of `relance reconcile --json`.
type reconcileLine struct {
	Key         string           `json:"key"`
	Date        string           `json:"date"`
	Amount      string           `json:"amount"`
	Currency    string           `json:"currency"`
	Label       string           `json:"label"`
	Suggestions []reconcileMatch `json:"suggestions"`
}

type reconcileMatch struct {
	ClientCode string   `json:"client_code"`
	Invoices   []string `json:"invoices"`
	Score      int      `json:"score"`
	Reasons    []string `json:"reasons"`
}

func (c *CLI) reconcile(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("reconcile", flag.ContinueOnError)
	auto := fs.Bool("auto", false, "")
	asJSON := fs.Bool("json", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("reconcile ne prend pas d'argument « %s »", pos[0])
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	ops := app.Cash(app.CommandBindings(env).Bank)
	if *auto {
		ac, err := ops.AutoConfirm()
		if err != nil {
			return err
		}
		if !*asJSON {
			fmt.Fprintf(c.Stdout, "%s automatiquement (%s).\n", countFR(ac.Confirmed, "paiement rapproché", "paiements rapprochés"), backend.FormatEUR(ac.Sum))
			if note := foreignNote(ac.Foreign, ac.Currencies); note != "" {
				fmt.Fprintln(c.Stdout, note)
			}
		}
	}
	r, err := app.BankReconciliation(env, ops)
	if err != nil {
		return err
	}
	lines := make([]reconcileLine, 0, len(r.Unmatched))
	for _, v := range r.Unmatched {
		l := reconcileLine{Key: v.Line.Key, Date: v.Line.BookedOn.String(), Amount: v.Line.Amount.String(), Currency: v.Line.CurrencyCode(), Label: v.Line.Label,
			Suggestions: []reconcileMatch{}}
		for _, s := range v.Suggestions {
			m := reconcileMatch{ClientCode: s.ClientCode, Score: s.Score, Reasons: s.Reasons, Invoices: []string{}}
			for _, inv := range s.Invoices {
				m.Invoices = append(m.Invoices, inv.Number)
			}
			l.Suggestions = append(l.Suggestions, m)
		}
		lines = append(lines, l)
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(lines)
	}
	fmt.Fprintf(c.Stdout, "%s à rapprocher", countFR(len(lines), "encaissement", "encaissements"))
	if len(r.Waiting) > 0 {
		fmt.Fprintf(c.Stdout, " (%s)", backend.FormatTotals(r.Waiting))
	}
	fmt.Fprintln(c.Stdout, ".")
	for i, l := range lines {
		fmt.Fprintf(c.Stdout, "  %s  %16s  %s\n", backend.MustDate(l.Date).French(), backend.FormatMoney(r.Unmatched[i].Line.Amount, l.Currency), l.Label)
		for _, s := range l.Suggestions {
			fmt.Fprintf(c.Stdout, "      → %s %s (%d/100) : %s\n", s.ClientCode, strings.Join(s.Invoices, ", "), s.Score, strings.Join(s.Reasons, " ; "))
		}
	}
	return nil
}

// reportFigures is `relance report --json`.
type reportFigures struct {
	Date               string            `json:"date"`
	Outstanding        string            `json:"outstanding"`
	Overdue            string            `json:"overdue"`
	Aging              map[string]string `json:"aging"`
	DSO                int               `json:"dso"`
	CollectedThisMonth string            `json:"collected_this_month"`
	OpenInvoices       int               `json:"open_invoices"`
	OverdueInvoices    int               `json:"overdue_invoices"`
	// ClaimDeadlines are the claim declarations of clients in a collective proceeding (the insolvency watch).
	ClaimDeadlines []app.DeadlineView `json:"claim_deadlines"`
}

func (c *CLI) report(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	today := fs.String("today", "", "")
	asJSON := fs.Bool("json", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("report ne prend pas d'argument « %s »", pos[0])
	}
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	day := backend.Today(env.Clock)
	invs, pays, err := app.FigureLedger(env)
	if err != nil {
		return err
	}
	invs, pays = asOf(invs, pays, day)
	d := report.Compute(nil, invs, pays, day) // no clients: this command names no debtor
	f := reportFigures{Date: day.String(), Outstanding: d.Outstanding.String(), Overdue: d.Overdue.String(), Aging: map[string]string{},
		DSO: d.DSO, CollectedThisMonth: d.CollectedThisMonth.String(), OpenInvoices: d.OpenInvoices, OverdueInvoices: d.OverdueInvoices}
	for _, b := range d.Aging {
		f.Aging[b.Key] = b.Amount.String()
	}
	if f.ClaimDeadlines, err = app.ClaimDeadlines(app.CommandBindings(env).Watch, day); err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(f)
	}
	fmt.Fprintf(c.Stdout, "Tableau de bord au %s\n", day.French())
	fmt.Fprintf(c.Stdout, "  Encours            %14s  (%s)\n", backend.FormatEUR(d.Outstanding), countFR(d.OpenInvoices, "facture", "factures"))
	fmt.Fprintf(c.Stdout, "  Échu               %14s  (%s)\n", backend.FormatEUR(d.Overdue), countFR(d.OverdueInvoices, "facture", "factures"))
	for _, b := range d.Aging {
		fmt.Fprintf(c.Stdout, "    %-16s %14s  (%d)\n", b.Label, backend.FormatEUR(b.Amount), b.Count)
	}
	fmt.Fprintf(c.Stdout, "  Délai de paiement  %14s  (DSO)\n", countFR(d.DSO, "jour", "jours"))
	fmt.Fprintf(c.Stdout, "  Encaissé ce mois   %14s\n", backend.FormatEUR(d.CollectedThisMonth))
	for _, cd := range f.ClaimDeadlines {
		fmt.Fprintf(c.Stdout, "  %s %s : %s\n", cd.ClientCode, cd.ClientName, cd.Message)
	}
	return nil
}

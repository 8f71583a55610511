package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"time"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
)

// The insolvency watch on the command line: `relance watch [--once] [--json]`, `relance risk CODE|SIREN [--json]`,
// `relance declaration --client CODE [--today AAAA-MM-JJ] --out FICHIER.pdf`.

func init() {
	commands["watch"] = func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.watch(d, a) }
	commands["risk"] = func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.risk(d, a) }
	commands["declaration"] = func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.declaration(d, a) }
}

func (c *CLI) watch(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("watch", flag.ContinueOnError)
	once := fs.Bool("once", false, "")
	asJSON := fs.Bool("json", false, "")
	today := fs.String("today", "", "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("watch ne prend pas d'argument « %s »", pos[0])
	}
	if !*once {
		if err := c.inWindow("relance watch sans --once tourne sans fin : pendant que la fenêtre Relance est ouverte (elle fait la surveillance quotidienne), lancez relance watch --once, ou fermez la fenêtre"); err != nil {
			return err
		}
	}
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	b := app.CommandBindings(env)
	ctx, stop := c.interruptible()
	defer stop()
	for {
		rep, err := app.RunWatch(ctx, b.Watch, nil)
		if err != nil {
			return err
		}
		if *asJSON {
			enc := json.NewEncoder(c.Stdout)
			enc.SetIndent("", "  ")
			if err := enc.Encode(rep); err != nil {
				return err
			}
		} else {
			c.printWatch(rep)
		}
		if *once {
			if len(rep.Errors) > 0 || rep.Deferred > 0 {
				return errIncomplete
			}
			return nil
		}
		select { // every day while it runs; Ctrl-C stops it
		case <-ctx.Done():
			return nil
		case <-time.After(24 * time.Hour):
		}
	}
}

func (c *CLI) printWatch(rep app.WatchReport) {
	w := c.Stdout
	fmt.Fprintf(w, "Surveillance du %s : %s vérifié(s) au BODACC et dans l'annuaire des entreprises.\n",
		backend.MustDate(rep.Date).French(), countFR(rep.Checked, "client", "clients"))
	if rep.NoSIREN > 0 {
		fmt.Fprintf(w, "%s sans SIREN : non vérifié(s) (renseignez le SIREN sur leur fiche).\n", countFR(rep.NoSIREN, "client professionnel", "clients professionnels"))
	}
	if len(rep.Changes) == 0 {
		fmt.Fprintln(w, "Aucun changement.")
	}
	for _, ch := range rep.Changes {
		fmt.Fprintf(w, "%s (%s) :\n", ch.ClientName, ch.ClientCode)
		for _, s := range ch.Changes {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
	for _, e := range rep.Errors {
		fmt.Fprintf(w, "Non vérifié : %s (%s) : %s\n", e.ClientName, e.ClientCode, e.Error)
	}
	if rep.Deferred > 0 {
		fmt.Fprintf(w, "%s non vérifié(s) : le BODACC limite les demandes, la surveillance s'est arrêtée ; relancez-la plus tard.\n",
			countFR(rep.Deferred, "autre client", "autres clients"))
	}
	if len(rep.Deadlines) > 0 {
		fmt.Fprintln(w, "Déclarations de créance :")
		for _, d := range rep.Deadlines {
			fmt.Fprintf(w, "  - %s %s : %s\n", d.ClientCode, d.ClientName, d.Message)
		}
	}
}

var riskMarks = map[string]string{app.RiskGood: "[ok]", app.RiskInfo: "[i] ", app.RiskWarn: "[!] ", app.RiskBad: "[x] "}

func (c *CLI) risk(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("risk", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	today := fs.String("today", "", "")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError("usage : relance risk CODE|SIREN [--json]")
	}
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	v, err := app.CommandBindings(env).Watch.Risk(pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	w := c.Stdout
	fmt.Fprintln(w, v.Summary)
	who := v.Name
	if v.ClientCode != "" {
		who += " (" + v.ClientCode + ")"
	}
	if v.SIREN != "" {
		who = strings.TrimSpace(who + " SIREN " + v.SIREN)
	}
	if who != "" {
		fmt.Fprintln(w, who)
	}
	for _, r := range v.Reasons {
		fmt.Fprintf(w, "  %s %s\n", riskMarks[r.Level], r.Text)
	}
	fmt.Fprintf(w, "Conseil : %s\n", v.Suggestion)
	for _, e := range v.Errors {
		fmt.Fprintf(w, "Non consulté : %s\n", e)
	}
	return nil
}

func (c *CLI) declaration(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("declaration", flag.ContinueOnError)
	client := fs.String("client", "", "")
	out := fs.String("out", "", "")
	today := fs.String("today", "", "")
	mj := fs.String("mandataire", "", "")
	registered := fs.String("registered", "", "")
	security := fs.String("security", "", "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 || *client == "" || *out == "" {
		return usageError("usage : relance declaration --client CODE [--today AAAA-MM-JJ] [--mandataire « Me …, adresse »] [--registered N°] [--security TEXTE] --out FICHIER.pdf")
	}
	o, err := c.openDocOut(*out) // all or nothing, as a notice (docout.go)
	if err != nil {
		return err
	}
	defer o.close()
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	cl, err := app.ClientByCode(env, *client)
	if err != nil {
		return err
	}
	view, err := app.CommandBindings(env).Watch.GenerateDeclaration(app.DeclarationRequest{ClientID: cl.ID, Mandataire: *mj,
		Registered: *registered != "", RegisteredNumber: *registered, Security: *security})
	if err != nil {
		return err
	}
	if err := o.write(env, view); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s du %s écrite dans %s (%s, SHA-256 %s, archivée dans %s).\n", view.Label, view.Document.Date.French(),
		*out, backend.FormatEUR(view.Document.Amount), view.Document.SHA256, view.Path)
	fmt.Fprintf(c.Stdout, "Brouillon n° %d : envoyez-la en recommandé avec accusé de réception, puis relance document sent %d --on AAAA-MM-JJ --registered N° "+
		"(la créance compte alors comme déclarée).\n", view.Document.ID, view.Document.ID)
	for _, w := range view.Warnings {
		fmt.Fprintf(c.Stderr, "Attention : %s\n", cliWording(w))
	}
	return nil
}

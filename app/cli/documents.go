package cli

import (
	"flag"
	"fmt"
	"strconv"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
)

// relance notice | statement | dossier: the documents of issue 5, headless. Each is archived as proof like in the
// app, and copied to --out.
func (c *CLI) document(dirs desktop.Dirs, kind string, args []string) error {
	fs := flag.NewFlagSet(kind, flag.ContinueOnError)
	invoice := fs.String("invoice", "", "")
	client := fs.String("client", "", "")
	out := fs.String("out", "", "")
	today := fs.String("today", "", "")
	days := fs.Int("deadline-days", 0, "")
	registered := fs.String("registered", "", "")
	force := fs.Bool("force", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("%s ne prend pas d'argument « %s »", kind, pos[0])
	}
	usage := map[string]string{
		"notice":    "usage : relance notice --invoice NUMÉRO [--today AAAA-MM-JJ] [--deadline-days 8] [--registered N°] --out FICHIER.pdf",
		"statement": "usage : relance statement --client CODE [--today AAAA-MM-JJ] --out FICHIER.pdf",
		"dossier":   "usage : relance dossier --client CODE [--today AAAA-MM-JJ] [--force] --out FICHIER.pdf",
	}[kind]
	if *out == "" || (kind == "notice") != (*invoice != "") || (kind != "notice") != (*client != "") || (*force && kind != "dossier") {
		return usageError("%s", usage)
	}
	// All or nothing: a document is archived and journaled only if --out can be written.
	o, err := c.openDocOut(*out)
	if err != nil {
		return err
	}
	defer o.close()
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	api := app.CommandBindings(env).Documents
	var view app.DocumentView
	switch kind {
	case "notice":
		inv, err := app.InvoiceByNumber(env, *invoice)
		if err != nil {
			return err
		}
		view, err = api.GenerateNotice(app.NoticeRequest{InvoiceID: inv.ID, DeadlineDays: *days, Registered: *registered != "", RegisteredNumber: *registered})
		if err != nil {
			return err
		}
	default:
		cl, err := app.ClientByCode(env, *client)
		if err != nil {
			return err
		}
		if kind == "statement" {
			view, err = api.GenerateStatement(cl.ID)
		} else {
			view, err = api.GenerateDossier(cl.ID, *force)
		}
		if err != nil {
			return err
		}
	}
	if err := o.write(env, view); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s du %s écrit dans %s (%s, SHA-256 %s, archivé dans %s).\n", view.Label, view.Document.Date.French(),
		*out, backend.FormatEUR(view.Document.Amount), view.Document.SHA256, view.Path)
	if view.Document.Draft {
		fmt.Fprintf(c.Stdout, "Brouillon n° %d : une fois posté, relance document sent %d --on AAAA-MM-JJ [--registered N°] (il devient alors une preuve) ; sinon relance document discard %d.\n",
			view.Document.ID, view.Document.ID, view.Document.ID)
	}
	for _, l := range view.LeftOut {
		fmt.Fprintf(c.Stdout, "Non réclamée : %s\n", l)
	}
	for _, w := range view.Warnings {
		fmt.Fprintf(c.Stderr, "Attention : %s\n", cliWording(w))
	}
	return nil
}

// documentCmd is `relance document sent ID --on DATE [--registered N°] [--received DATE]` (a letter posted, then its
// acknowledgment of receipt: the draft becomes proof) and `relance document discard ID` (a draft not sent).
func (c *CLI) documentCmd(dirs desktop.Dirs, args []string) error {
	usage := usageError("usage : relance document sent N° --on AAAA-MM-JJ [--registered N°] [--received AAAA-MM-JJ] | relance document discard N°")
	if len(args) < 2 || (args[0] != "sent" && args[0] != "discard") {
		return usage
	}
	id, err := strconv.ParseUint(args[1], 10, 64)
	if err != nil {
		return usageError("n° de document « %s » invalide : le nombre affiché à sa création (« Brouillon n° 12 »)", args[1])
	}
	fs := flag.NewFlagSet("document", flag.ContinueOnError)
	on := fs.String("on", "", "")
	registered := fs.String("registered", "", "")
	received := fs.String("received", "", "")
	if pos, err := parseFlags(fs, args[2:]); err != nil {
		return err
	} else if len(pos) > 0 || (args[0] == "discard" && *on+*registered+*received != "") {
		return usage
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	api := app.CommandBindings(env).Documents
	if args[0] == "discard" {
		if err := api.DiscardDraft(id); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "Brouillon n° %d supprimé.\n", id)
		return nil
	}
	d, err := app.Documents(env).Document(id)
	if err != nil {
		return err
	}
	if d.Draft && *on == "" {
		return usageError("--on AAAA-MM-JJ : la date d'envoi fait du brouillon une preuve")
	}
	v, err := api.RecordSending(id, app.SendingFacts{RegisteredNumber: *registered, SentOn: *on, AcknowledgedOn: *received})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s du %s : envoyée le %s", v.Label, v.Document.Date.French(), v.Document.SentOn.French())
	if v.Document.RegisteredNumber != "" {
		fmt.Fprintf(c.Stdout, ", recommandé n° %s", v.Document.RegisteredNumber)
	}
	if v.Document.AcknowledgedOn != 0 {
		fmt.Fprintf(c.Stdout, ", reçue le %s", v.Document.AcknowledgedOn.French())
	}
	if v.Deadline != "" {
		fmt.Fprintf(c.Stdout, " ; à payer au plus tard le %s", backend.MustDate(v.Deadline).French())
	}
	fmt.Fprintln(c.Stdout, ".")
	return nil
}

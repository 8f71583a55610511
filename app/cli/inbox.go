package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
)

// relance inbox sync | interactions: the watched mailbox, headless.

func (c *CLI) inbox(dirs desktop.Dirs, args []string) error {
	if len(args) == 0 || args[0] != "sync" {
		return usageError("usage : relance inbox sync [--once]")
	}
	fs := flag.NewFlagSet("inbox", flag.ContinueOnError)
	once := fs.Bool("once", false, "")
	if pos, err := parseFlags(fs, args[1:]); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("inbox sync ne prend pas d'argument « %s »", pos[0])
	}
	if err := c.inWindow("la fenêtre Relance ouverte suit déjà la boîte de réception : les réponses des clients y arrivent d'elles-mêmes (page « Réponses »). Fermez-la pour utiliser relance inbox sync"); err != nil {
		return err
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	b := app.NewBindings(env) // the chase queues the thank-yous in this command's outbox
	api := b.Inbox
	before, err := app.InteractionCount(env)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if *once {
		err = app.SyncInbox(ctx, b.Inbox)
	} else {
		fmt.Fprintln(c.Stdout, "Suivi de la boîte de réception : Ctrl+C pour arrêter.")
		w, why, werr := app.InboxWatcher(b.Inbox)
		if werr != nil {
			return werr
		}
		if w == nil {
			return backend.Errorf(backend.EUNAVAILABLE, "%s", why)
		}
		if err = w.Run(ctx); ctx.Err() != nil {
			err = nil
		}
	}
	if err != nil {
		return err
	}
	after, err := app.InteractionCount(env)
	if err != nil {
		return err
	}
	s := api.Status()
	fmt.Fprintf(c.Stdout, "%s ; %s, %s.\n", countFR(after-before, "message nouveau", "messages nouveaux"),
		countFR(s.ToHandle, "réponse à traiter", "réponses à traiter"), countFR(s.Unmatched, "non rattachée", "non rattachées"))
	return nil
}

// interactionLine is one message of `relance interactions --json`.
type interactionLine struct {
	ID         uint64   `json:"id"`
	ReceivedAt string   `json:"received_at"`
	Client     string   `json:"client_code"`
	From       string   `json:"from"`
	Subject    string   `json:"subject"`
	Class      string   `json:"class"`
	Reason     string   `json:"reason"`
	Invoices   []string `json:"invoices"`
	Status     string   `json:"status"`
	Excerpt    string   `json:"excerpt"`
}

func (c *CLI) interactions(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("interactions", flag.ContinueOnError)
	client := fs.String("client", "", "")
	asJSON := fs.Bool("json", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("interactions ne prend pas d'argument « %s »", pos[0])
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	var clientID uint64
	if *client != "" {
		cl, err := app.ClientByCode(env, *client)
		if err != nil {
			return err
		}
		clientID = cl.ID
	}
	api := app.CommandBindings(env).Inbox
	views, err := api.List("all", clientID)
	if err != nil {
		return err
	}
	codes := map[uint64]string{}
	lines := make([]interactionLine, 0, len(views))
	for _, v := range views {
		it := v.Interaction
		if _, ok := codes[it.ClientID]; !ok && it.ClientID != 0 {
			if code, err := app.ClientCode(env, it.ClientID); err == nil {
				codes[it.ClientID] = code
			}
		}
		lines = append(lines, interactionLine{ID: it.ID, ReceivedAt: it.ReceivedAt.UTC().Format("2006-01-02T15:04:05Z"), Client: codes[it.ClientID],
			From: it.FromEmail, Subject: it.Subject, Class: it.Class, Reason: it.Reason, Invoices: v.Invoices, Status: string(it.Status), Excerpt: it.Excerpt})
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(lines)
	}
	fmt.Fprintf(c.Stdout, "%s.\n", countFR(len(lines), "message reçu", "messages reçus"))
	for _, l := range lines {
		fmt.Fprintf(c.Stdout, "  %s  %-8s %-22s %-28s %s\n", l.ReceivedAt[:10], l.Client, app.ClassLabel(l.Class), l.From, l.Subject)
		if l.Reason != "" {
			fmt.Fprintf(c.Stdout, "      %s\n", strings.TrimSpace(l.Reason))
		}
	}
	return nil
}

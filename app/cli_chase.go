package app

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/dunning"
)

// relance run | dispute | promise | pause: the chase headless, for an OS scheduler and scripts.

// runLine is one action of `relance run --json`.
type runLine struct {
	Date       string   `json:"date"`
	ClientCode string   `json:"client_code"`
	Invoices   []string `json:"invoices"`
	Step       string   `json:"step"`
	Channel    string   `json:"channel"`
	Status     string   `json:"status"`
	Reason     string   `json:"reason"`
	Total      string   `json:"total"`
	CaughtUp   bool     `json:"caught_up"`
	Pending    string   `json:"pending,omitempty"`
}

// openAt opens the store with the clock set to the morning of --today (the current time when empty).
func (c *CLI) openAt(dirs Dirs, today string) (*Env, func(), error) {
	cli := *c
	if today != "" {
		d, err := backend.ParseDate(today)
		if err != nil {
			return nil, nil, usageError("--today : %s", backend.ErrorMessage(err))
		}
		cli.Clock = backend.FixedClock(time.Date(d.Year(), d.Month(), d.Day(), 9, 30, 0, 0, backend.Paris))
	}
	return cli.open(dirs)
}

func (c *CLI) chaseRun(dirs Dirs, args []string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	today := fs.String("today", "", "")
	dry := fs.Bool("dry-run", false, "")
	asJSON := fs.Bool("json", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("run ne prend pas d'argument « %s »", pos[0])
	}
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	outbox := &OutboxAPI{env: env}
	api := &ChaseAPI{env: env, outbox: outbox}
	if !*dry {
		if err := outbox.recover(); err != nil {
			return err
		}
		if err := outbox.checkUncertain(context.Background()); err != nil {
			env.Log.Warn("uncertain messages", "err", backend.ErrorMessage(err))
		}
	}
	rep, err := api.run(backend.Today(env.Clock), *dry)
	if err != nil {
		return err
	}
	var sent SendReport
	if !*dry {
		if sent, err = outbox.process(context.Background(), true); err != nil {
			return err
		}
	}
	lines := make([]runLine, 0, len(rep.Actions))
	for _, av := range rep.Actions {
		a := av.Action
		lines = append(lines, runLine{Date: a.Date.String(), ClientCode: a.ClientCode, Invoices: nonNil(a.InvoiceNumbers),
			Step: a.StepName, Channel: string(a.Channel), Status: string(a.Status), Reason: a.Reason, Total: a.Total.String(),
			CaughtUp: a.CaughtUp, Pending: av.Pending})
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(lines)
	}
	verb := "Relances du"
	if *dry {
		verb = "Relances prévues le (rien n'est exécuté)"
	}
	fmt.Fprintf(c.Stdout, "%s %s : %d actions, %d exécutées, %d en rattrapage.\n", verb, backend.Today(env.Clock).French(), len(lines), rep.Executed, rep.CaughtUp)
	for _, l := range lines {
		fmt.Fprintf(c.Stdout, "  %-12s %-8s %-7s %-20s %s — %s\n", statusFR[l.Status], l.ClientCode, l.Channel, l.Step,
			strings.Join(l.Invoices, ", "), l.Reason)
		if l.Pending != "" && l.Status != string(dunning.Done) {
			fmt.Fprintf(c.Stdout, "               en attente : %s\n", l.Pending)
		}
	}
	if !*dry {
		fmt.Fprintf(c.Stdout, "E-mails : %d envoyés, %d à réessayer, %d en échec, %d incertains.\n", sent.Sent, sent.Retry, sent.Failed, sent.Uncertain)
		if sent.Stopped != "" {
			fmt.Fprintf(c.Stdout, "  %s\n", sent.Stopped)
		}
	}
	return nil
}

var statusFR = map[string]string{string(dunning.Due): "à faire", string(dunning.NeedsReview): "à valider",
	string(dunning.Skipped): "passée", string(dunning.Done): "faite"}

func (c *CLI) chaseChange(dirs Dirs, cmd string, args []string) error {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	reason := fs.String("reason", "", "")
	note := fs.String("note", "", "")
	until := fs.String("until", "", "")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	usage := map[string]string{
		"dispute": "usage : relance dispute FACTURE --reason goods_not_received|quality|price|not_ordered|other [--note TEXTE]",
		"promise": "usage : relance promise FACTURE --until AAAA-MM-JJ [--note TEXTE]",
		"pause":   "usage : relance pause CLIENT --until AAAA-MM-JJ --reason TEXTE",
	}[cmd]
	if len(pos) != 1 || (cmd == "dispute" && *reason == "") || (cmd != "dispute" && *until == "") || (cmd == "pause" && *reason == "") {
		return usageError("%s", usage)
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	api := &ChaseAPI{env: env}
	if cmd == "pause" {
		cl, err := env.Store.ClientByCode(pos[0])
		if err != nil {
			return err
		}
		v, err := api.PauseClient(cl.ID, *until, *reason)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "Relances de %s en pause jusqu'au %s.\n", cl.Name, v.Chase.Pause.Until.French())
		return nil
	}
	inv, err := env.Store.InvoiceByNumber(pos[0])
	if err != nil {
		return err
	}
	var v InvoiceChaseView
	if cmd == "dispute" {
		v, err = api.SetDispute(inv.ID, *reason, *note)
	} else {
		v, err = api.SetPromise(inv.ID, *until, *note)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Facture %s : %s\n", inv.Number, v.Status)
	return nil
}

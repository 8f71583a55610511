package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"
	"time"
	"unicode"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/chase"
	"relance/backend/dunning"
	"relance/backend/outbox"
	"relance/backend/store"
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
	TooSlow    bool     `json:"too_slow,omitempty"` // over its time limit: not done, the next run takes it up (Pending says so)
}

// openAt opens the store with the clock set to the morning of --today (the current time when empty).
func (c *CLI) openAt(dirs desktop.Dirs, today string) (*app.Env, func(), error) {
	cli := *c
	if today != "" {
		d, err := backend.ParseDate(today)
		if err != nil {
			return nil, nil, usageError("--today : %s", backend.ErrorMessage(err))
		}
		cli.Clock = backend.FixedClock(time.Date(d.Year(), d.Month(), d.Day(), 9, 30, 0, 0, backend.Paris))
		cli.fixedDay = true
	}
	return cli.open(dirs)
}

func (c *CLI) chaseRun(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	today := fs.String("today", "", "")
	dry := fs.Bool("dry-run", false, "")
	asJSON := fs.Bool("json", false, "")
	confirm := fs.Bool("confirm", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("run ne prend pas d'argument « %s »", pos[0])
	}
	if *confirm && *dry {
		return usageError("--confirm confirme la reprise et l'exécute : sans --dry-run (qui n'écrit rien)")
	}
	env, done, err := c.openAt(dirs, *today)
	if err != nil {
		return err
	}
	defer done()
	b := app.NewBindings(env) // the chase queues its e-mails in this command's outbox
	if w := c.Shared; w != nil {
		// In the open window: its own chase and sender, whose locks keep one run and one sender at a time (its
		// hourly run, a click, this command); the window recovered its outbox when it opened, and a message it is
		// sending right now is not left over from a crash.
		b = w.Bindings
	}
	if !*dry {
		if c.Shared == nil {
			if err := app.Sender(b.Outbox).Recover(); err != nil {
				return err
			}
		}
		if err := app.Sender(b.Outbox).CheckUncertain(context.Background()); err != nil {
			env.Log.Warn("uncertain messages", "err", backend.ErrorMessage(err))
		}
		// The insolvency watch, once a day when the owner opted in (watch.go): scheduled runs do it with the window
		// closed, and a proceeding it finds stops this very run's reminders. Offline, it waits for the next run.
		app.DailyWatch(context.Background(), b.Watch)
	}
	var confirmed *dunning.Reprise
	if *confirm {
		if confirmed, err = app.ChaseService(b.Chase).ConfirmReprise(backend.Today(env.Clock)); err != nil && backend.ErrorCode(err) != backend.ECONFLICT {
			return err
		}
	}
	rep, err := app.ChaseService(b.Chase).Run(backend.Today(env.Clock), *dry)
	if err != nil {
		return err
	}
	if rep.Reprise != nil {
		return c.printReprise(rep, *asJSON, *dry)
	}
	var sent, texts outbox.Report
	if !*dry {
		if sent, err = app.Sender(b.Outbox).Process(context.Background(), true); err != nil {
			return err
		}
		if texts, err = app.Sender(b.Outbox).SendTexts(context.Background()); err != nil {
			return err
		}
	}
	lines := make([]runLine, 0, len(rep.Actions))
	for _, av := range rep.Actions {
		a := av.Action
		lines = append(lines, runLine{Date: a.Date.String(), ClientCode: a.ClientCode, Invoices: app.NonNil(a.InvoiceNumbers),
			Step: a.StepName, Channel: string(a.Channel), Status: string(a.Status), Reason: a.Reason, Total: a.Total.String(),
			CaughtUp: a.CaughtUp, Pending: av.Pending, TooSlow: rep.TooSlow(a.ID)})
	}
	var left runOutcome
	if !*dry {
		queued, err := b.Outbox.List(string(backend.OutboxQueued))
		if err != nil {
			return err
		}
		texts := 0 // the SMS queued wait for their hours: said by their own line
		for _, m := range queued.Messages {
			if m.IsSMS() {
				texts++
			}
		}
		left = runLeft(lines, sent, queued.Counts[string(backend.OutboxQueued)]-texts)
	}
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(lines); err != nil {
			return err
		}
		if left.blocked() {
			fmt.Fprintln(c.Stderr, left.summary())
			return errIncomplete
		}
		if smsLeft(lines, texts) {
			fmt.Fprintln(c.Stderr, smsRunLine(texts))
			return errIncomplete
		}
		return nil
	}
	day := backend.Today(env.Clock).French()
	if confirmed != nil {
		fmt.Fprintf(c.Stdout, "Reprise confirmée : %s, du %s au %s, %d par jour d'envoi au plus.\n", countFR(confirmed.Clients, "client", "clients"),
			confirmed.First.French(), confirmed.Last.French(), confirmed.PerDay)
	}
	if *dry {
		fmt.Fprintf(c.Stdout, "Relances prévues le %s (rien n'est exécuté) : %s, dont %d en rattrapage.\n", day,
			countFR(len(lines), "action", "actions"), rep.CaughtUp)
	} else {
		fmt.Fprintf(c.Stdout, "Relances du %s : %s, dont %d en rattrapage ; %s par ce passage.\n", day,
			countFR(len(lines), "action", "actions"), rep.CaughtUp, countFR(rep.Executed, "enregistrée", "enregistrées"))
	}
	for _, l := range lines {
		fmt.Fprintf(c.Stdout, "  %-12s %-8s %-7s %-20s %s — %s\n", statusFR[l.Status], l.ClientCode, l.Channel, l.Step,
			strings.Join(l.Invoices, ", "), l.Reason)
		if l.TooSlow {
			fmt.Fprintf(c.Stdout, "               %s\n", l.Pending)
		} else if l.Pending != "" && l.Status != string(dunning.Done) {
			fmt.Fprintf(c.Stdout, "               en attente : %s\n", cliWording(l.Pending))
		}
	}
	if *dry {
		return nil
	}
	if line := smsRunLine(texts); line != "" {
		fmt.Fprintln(c.Stdout, line)
	}
	fmt.Fprintln(c.Stdout, left.summary())
	if left.blocked() || smsLeft(lines, texts) {
		return errIncomplete
	}
	return nil
}

// printReprise lists a reprise waiting for confirmation: what will go when, that nothing left, and how to
// confirm. It is work waiting for the owner: exit status 3 (not for a dry run, which only lists).
func (c *CLI) printReprise(rep chase.RunReport, asJSON, dry bool) error {
	rv := app.NewRepriseView(rep.Reprise)
	lines := make([]runLine, 0, len(rep.Actions))
	for _, av := range rep.Actions {
		a := av.Action
		lines = append(lines, runLine{Date: a.Date.String(), ClientCode: a.ClientCode, Invoices: app.NonNil(a.InvoiceNumbers),
			Step: a.StepName, Channel: string(a.Channel), Status: string(a.Status), Reason: a.Reason, Total: a.Total.String(),
			Pending: av.Pending})
	}
	how := "Rien n'est envoyé avant votre confirmation : relance run --confirm (ou « Confirmer la reprise » dans la fenêtre, page « Aujourd'hui »)."
	if asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(lines); err != nil {
			return err
		}
		if dry {
			return nil
		}
		fmt.Fprintln(c.Stderr, "Reprise à confirmer. "+how)
		return errIncomplete
	}
	var why string
	switch rv.Reason {
	case store.RepriseAbsence:
		last, _ := backend.ParseDate(rv.LastRun)
		why = fmt.Sprintf("aucune relance n'a tourné depuis le %s (%d jours)", last.French(), rv.AbsentDays)
	case store.RepriseDemo:
		why = "données de démonstration chargées"
	default:
		why = "factures importées dans un dossier vide"
	}
	steps := make([]string, len(rv.Steps))
	for i, s := range rv.Steps {
		steps[i] = fmt.Sprintf("%d « %s »", s.Count, s.Name)
	}
	first, _ := backend.ParseDate(rv.First)
	last, _ := backend.ParseDate(rv.Last)
	fmt.Fprintf(c.Stdout, "Reprise à confirmer (%s) : %s, %s en retard, chacune à l'étape que son retard appelle (%s) ; %d clients par jour d'envoi au plus, du %s au %s.\n",
		why, countFR(rv.Clients, "client", "clients"), countFR(rv.Invoices, "facture", "factures"), strings.Join(steps, ", "),
		rv.PerDay, first.French(), last.French())
	if rv.Passed > 0 {
		fmt.Fprintf(c.Stdout, "Étapes dépassées, qui ne seront pas envoyées : %d.\n", rv.Passed)
	}
	day := ""
	for _, l := range lines {
		if l.Date != day {
			day = l.Date
			d, _ := backend.ParseDate(day)
			fmt.Fprintf(c.Stdout, "Le %s :\n", d.French())
		}
		fmt.Fprintf(c.Stdout, "  %-12s %-8s %-7s %-20s %s — %s\n", statusFR[l.Status], l.ClientCode, l.Channel, l.Step,
			strings.Join(l.Invoices, ", "), l.Reason)
	}
	fmt.Fprintln(c.Stdout, how)
	if dry {
		return nil
	}
	fmt.Fprintln(c.Stdout, "Des relances attendent votre confirmation (code de sortie 3).")
	return errIncomplete
}

// runOutcome is what a run left undone: the e-mails that could not leave, and why.
type runOutcome struct {
	sent           outbox.Report
	blockedActions int      // e-mail actions due (or approved) that could not be queued: mailbox not ready, no address…
	queuedLeft     int      // messages still in the outbox after the sending pass
	reason         string   // the one reason shared by every blocked action, if there is one
	slow           []string // the actions over their time limit, said in full
}

func runLeft(lines []runLine, sent outbox.Report, queuedLeft int) runOutcome {
	o := runOutcome{sent: sent, queuedLeft: max(0, queuedLeft-sent.Retry)} // a message to retry stays queued
	reasons := map[string]bool{}
	for _, l := range lines {
		if l.TooSlow {
			o.slow = append(o.slow, l.Pending)
			continue
		}
		if l.Channel == string(backend.ChannelEmail) && l.Pending != "" && l.Status != string(dunning.Done) && l.Status != string(dunning.Skipped) {
			o.blockedActions++
			reasons[l.Pending] = true
		}
	}
	switch {
	case sent.Stopped != "" && (o.blockedActions == 0 || reasons[sent.Stopped]):
		o.reason = sent.Stopped
	case len(reasons) == 1:
		for r := range reasons {
			o.reason = r
		}
	}
	return o
}

// blocked tells whether reminders were left undone (ExitIncomplete): a scheduler must notice.
func (o runOutcome) blocked() bool {
	return len(o.slow) > 0 || o.blockedActions > 0 || o.queuedLeft > 0 || o.sent.Retry > 0 || o.sent.Failed > 0 || o.sent.Uncertain > 0
}

func (o runOutcome) summary() string {
	sent := o.sent
	var b strings.Builder
	fmt.Fprintf(&b, "E-mails : %s", countFR(sent.Sent, "envoyé", "envoyés"))
	for _, p := range []struct {
		n         int
		one, many string
	}{{sent.Retry, "à réessayer", "à réessayer"}, {sent.Failed, "en échec", "en échec"}, {sent.Uncertain, "incertain", "incertains"}} {
		if p.n > 0 {
			fmt.Fprintf(&b, ", %s", countFR(p.n, p.one, p.many))
		}
	}
	if w := o.blockedActions + o.queuedLeft; w > 0 {
		fmt.Fprintf(&b, ", %d en attente", w)
	}
	switch {
	case o.reason != "":
		fmt.Fprintf(&b, " : %s", cliWording(o.reason))
	case sent.Stopped != "":
		fmt.Fprintf(&b, " ; %s", cliWording(sent.Stopped))
	case o.blockedActions > 0:
		b.WriteString(" : voir « en attente » ci-dessus")
	}
	b.WriteString(".")
	if len(o.slow) > 0 {
		fmt.Fprintf(&b, "\n%s :", countFR(len(o.slow), "relance trop longue", "relances trop longues"))
		for _, s := range o.slow {
			b.WriteString("\n  " + s)
		}
	}
	if o.blocked() {
		b.WriteString("\nDes relances n'ont pas pu partir (code de sortie 3).")
	}
	return b.String()
}

var statusFR = map[string]string{string(dunning.Due): "à faire", string(dunning.NeedsReview): "à valider",
	string(dunning.Skipped): "passée", string(dunning.Done): "faite"}

func (c *CLI) chaseChange(dirs desktop.Dirs, cmd string, args []string) error {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	reason := fs.String("reason", "", "")
	note := fs.String("note", "", "")
	until := fs.String("until", "", "")
	on := fs.String("on", "", "")
	by := fs.String("by", "", "")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	usage := map[string]string{
		"dispute":   "usage : relance dispute FACTURE --reason « non reçu »|qualité|prix|« non commandé »|autre [--note TEXTE]",
		"promise":   "usage : relance promise FACTURE --until AAAA-MM-JJ [--note TEXTE]",
		"pause":     "usage : relance pause CLIENT --until AAAA-MM-JJ --reason TEXTE",
		"interrupt": "usage : relance interrupt FACTURE --on AAAA-MM-JJ --by reconnaissance|injonction [--note TEXTE]",
	}[cmd]
	switch {
	case len(pos) != 1,
		cmd == "dispute" && *reason == "",
		(cmd == "promise" || cmd == "pause") && *until == "",
		cmd == "pause" && *reason == "",
		cmd == "interrupt" && (*on == "" || *by == ""):
		return usageError("%s", usage)
	}
	var interruption string
	if cmd == "interrupt" {
		var ok bool
		if interruption, ok = interruptionWords[strings.ToLower(strings.TrimSpace(*by))]; !ok {
			return usageError("--by « %s » inconnu : reconnaissance (reconnaissance de dette par le débiteur) ou injonction (demande en justice)", *by)
		}
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	api := app.CommandBindings(env).Chase
	if cmd == "pause" {
		cl, err := app.ClientByCode(env, pos[0])
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
	inv, err := app.InvoiceByNumber(env, pos[0])
	if err != nil {
		return err
	}
	var v app.InvoiceChaseView
	if cmd == "interrupt" {
		v, err = api.InterruptLimitation(inv.ID, *on, interruption, *note)
		if err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, "Facture %s : prescription interrompue le %s ; %s\n", inv.Number, v.Chase.Interruption.On.French(), backend.InterruptionReasons[interruption])
		return nil
	}
	if cmd == "dispute" {
		r, ok := parseDisputeReason(*reason)
		if !ok {
			return usageError("--reason « %s » inconnu : marchandise non reçue, qualité, prix, non commandé ou autre (ou goods_not_received, quality, price, not_ordered, other)", *reason)
		}
		v, err = api.SetDispute(inv.ID, string(r), *note)
	} else {
		v, err = api.SetPromise(inv.ID, *until, *note)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Facture %s : %s\n", inv.Number, v.Status)
	return nil
}

// interruptionWords are the words --by takes.
var interruptionWords = map[string]string{
	"reconnaissance": backend.InterruptAcknowledgment, "reconnaissance de dette": backend.InterruptAcknowledgment,
	"acknowledgment": backend.InterruptAcknowledgment, "aveu": backend.InterruptAcknowledgment,
	"injonction": backend.InterruptCourt, "injonction de payer": backend.InterruptCourt, "justice": backend.InterruptCourt,
	"demande en justice": backend.InterruptCourt, "court": backend.InterruptCourt, "requete": backend.InterruptCourt, "requête": backend.InterruptCourt,
}

// disputeWords are the words a dispute reason is given by on the command line: the keys, and the French words the
// messages list, which are matched without accents, case, hyphens or underscores.
var disputeWords = map[string]backend.DisputeReason{
	"goods not received": backend.DisputeGoodsNotReceived, "marchandise non recue": backend.DisputeGoodsNotReceived,
	"non recu": backend.DisputeGoodsNotReceived, "non recue": backend.DisputeGoodsNotReceived,
	"non livre": backend.DisputeGoodsNotReceived, "non livree": backend.DisputeGoodsNotReceived,
	"prestation non recue": backend.DisputeGoodsNotReceived, "marchandise ou prestation non recue": backend.DisputeGoodsNotReceived,
	"quality": backend.DisputeQuality, "qualite": backend.DisputeQuality, "qualite contestee": backend.DisputeQuality,
	"price": backend.DisputePrice, "prix": backend.DisputePrice, "prix conteste": backend.DisputePrice,
	"not ordered": backend.DisputeNotOrdered, "non commande": backend.DisputeNotOrdered, "non commandee": backend.DisputeNotOrdered,
	"other": backend.DisputeOther, "autre": backend.DisputeOther,
}

func parseDisputeReason(s string) (backend.DisputeReason, bool) {
	r, ok := disputeWords[foldWords(s)]
	return r, ok
}

// foldWords lowers s, takes the accents off French letters and makes hyphens and underscores spaces, once each.
func foldWords(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê':
			return 'e'
		case 'à', 'â', 'À', 'Â':
			return 'a'
		case 'î', 'ï', 'Î':
			return 'i'
		case 'ô', 'Ô':
			return 'o'
		case 'ù', 'û', 'ü', 'Û':
			return 'u'
		case 'ç', 'Ç':
			return 'c'
		case '_', '-':
			return ' '
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

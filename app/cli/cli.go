// Package cli is Relance's command line (relance run, import, export, notice, penalty, mail signin…): it parses the
// arguments, opens the data folder's store through app.OpenEnv (or, when a window holds it, hands the command to that
// window over a user-only local socket, window.go), calls the same bound structs and exported operations of app as
// the window does, and prints their results in French. It never reaches the store itself. main calls it, and hands
// the window its Channel; app does not import it.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"time"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/importer"
	"relance/backend/secret"
	"relance/backend/store"
)

// The command line runs in the same binary, before any GUI code, so it works without a display and from an OS
// scheduler. Errors go to stderr in French with a non-zero exit status (README « Command line »).

// Exit statuses of the command line.
const (
	ExitOK         = 0 // done
	ExitRefused    = 1 // refused operation (invalid data, missing ledger, file not readable…)
	ExitUsage      = 2 // wrong command line
	ExitIncomplete = 3 // done, but some reminders could not leave (mailbox not ready, sending failed…)
)

const usage = `Relance — relances de factures impayées

Usage : relance [--data DOSSIER] [commande]
Sans commande, l'application s'ouvre.

Commandes :
  demo [--clients N] [--invoices M] [--messages K] [--seed S] [--today AAAA-MM-JJ]
                              charge des données de démonstration (dossier vide ; adresses
                              fictives, aucun e-mail envoyé à une adresse réelle tant qu'elles sont là)
  demo --erase                efface les données de démonstration (le dossier redevient vide)
  import clients|invoices|payments FICHIER [--dry-run] [--skip-invalid]
                              importe un fichier CSV
  import bank RELEVÉ.csv|.ofx|.xml [--dry-run]
                              importe un relevé bancaire (CSV des banques françaises, OFX, CAMT.053)
  reconcile [--auto] [--json]
                              rapprochement : encaissements en attente et factures qu'ils règlent
                              (--auto confirme les rapprochements sûrs : n° de facture ou référence RF)
  report [--today AAAA-MM-JJ] [--json]
                              tableau de bord : encours, échu, balance âgée, DSO, encaissé ce mois
  export clients|invoices|payments|all [--format csv|json] [--excel]
                              écrit l'export sur la sortie standard ; --excel : CSV pour Excel
                              (points-virgules, virgules décimales, dates JJ/MM/AAAA)
  run [--today AAAA-MM-JJ] [--dry-run] [--json] [--confirm]
                              exécute (ou liste, avec --dry-run) les relances du jour ;
                              les e-mails partent par votre messagerie, les SMS par votre
                              fournisseur (8 h–20 h) ; une reprise (premier
                              import, démo, plus de 14 jours sans passage) attend --confirm
  config set CLÉ VALEUR | config get CLÉ
                              réglages de messagerie (mail.from, mail.smtp.host, mail.smtp.port,
                              mail.smtp.security tls|starttls|none, mail.smtp.user, mail.imap.host…)
                              connexion par le navigateur : mail.oauth.provider microsoft|google|custom,
                              mail.oauth.client_id (custom : mail.oauth.auth_url, token_url, scopes)
  company get [CLÉ] | company set CLÉ VALEUR
                              profil « Mon entreprise » (legal_name, legal_form, siren, address.city,
                              iban, bic, signatory.last_name, late_payment_rate (taux annuel des
                              pénalités de vos CGV ; vide : BCE + 10 points), payment_terms_days…)
                              SMS : sms.provider brevo|ovh|aucun, sms.sender NOM (11 lettres ou
                              chiffres), sms.ovh_service, sms.price 0,045 (prix d'un SMS), sms.hours 08:00-20:00
  secret set smtp             enregistre le mot de passe de messagerie (lu sur l'entrée standard)
                              dans le trousseau du système ; sans trousseau : $RELANCE_SMTP_PASSWORD
  secret set sms              enregistre la clé d'API SMS (Brevo ; OVHcloud : clé:secret:clé consommateur)
                              dans le trousseau ; sans trousseau : $RELANCE_SMS_KEY
  sms test NUMÉRO             envoie un SMS de test au numéro et dit ce qui a échoué
  mail signin [--no-browser] [--insecure-storage]
                              se connecter à Microsoft, Google… : écrit l'adresse de connexion sur
                              une ligne, attend l'accord dans le navigateur (5 min), garde la
                              connexion dans le trousseau (--insecure-storage : fichier, sans trousseau)
  mail signout                oublie la connexion sur cet ordinateur
  mail test                   vérifie la messagerie (connexion, envoi, dossier « Envoyés ») étape par étape
  inbox sync [--once]         suit la boîte de réception (réponses des clients) ; --once : une fois
  interactions [--client CODE] [--json]
                              liste les messages reçus des clients, classés et rattachés
  outbox [--state ÉTAT] [--json]
                              liste la boîte d'envoi (queued, sent, failed, uncertain…)
  dispute FACTURE --reason « non reçu »|qualité|prix|« non commandé »|autre [--note TEXTE]
                              signale un litige : la relance de la facture s'arrête
  promise FACTURE --until AAAA-MM-JJ [--note TEXTE]
                              promesse de paiement : la relance attend la date (+ 2 jours)
  pause CLIENT --until AAAA-MM-JJ --reason TEXTE
                              met en pause toutes les relances d'un client
  interrupt FACTURE --on AAAA-MM-JJ --by reconnaissance|injonction [--note TEXTE]
                              la prescription a été interrompue (reconnaissance de dette, demande en
                              justice) : un nouveau délai court depuis cette date
  penalty --amount MONTANT --due AAAA-MM-JJ [--until AAAA-MM-JJ] [--consumer --from AAAA-MM-JJ]
          [--private-creditor] [--rate PCT | --client CODE] [--frozen] [--json]
                              calcule les pénalités de retard et l'indemnité de 40 € (au taux de
                              vos CGV s'il est réglé, ou du client avec --client)
  notice --invoice NUMÉRO [--today AAAA-MM-JJ] [--deadline-days 8] [--registered N°] --out FICHIER.pdf
                              mise en demeure (les factures échues du client, hors litige, annulées,
                              passées en perte ou prescrites : elles sont listées « Non réclamée »)
  statement --client CODE [--today AAAA-MM-JJ] --out FICHIER.pdf
                              relevé de compte du client
  document sent N° --on AAAA-MM-JJ [--registered N°] [--received AAAA-MM-JJ]
                              un courrier généré (brouillon n° N) a été posté : il devient une preuve ;
                              --received : la date de l'accusé de réception (le délai court d'elle)
  document discard N°         supprime un brouillon jamais envoyé
  dossier --client CODE [--today AAAA-MM-JJ] [--force] --out FICHIER.pdf
                              dossier d'injonction de payer (mêmes factures ; code 1 si rien à réclamer,
                              ou si le délai de la mise en demeure court encore, sauf --force)
  watch [--once] [--json]     surveillance des clients : procédures collectives au BODACC et entreprises
                              fermées (annuaire des entreprises) ; n'envoie que les SIREN ; --once : une fois
  risk CODE|SIREN [--json]    avant d'accepter une commande : état de l'entreprise, procédures, historique
                              de paiement ; un avis expliqué et un conseil (acompte, échéance, avance)
  declaration --client CODE [--today AAAA-MM-JJ] [--mandataire TEXTE] [--registered N°] --out FICHIER.pdf
                              déclaration de créance au mandataire judiciaire (client en procédure collective)
  backup FICHIER              sauvegarde les données dans FICHIER
  restore FICHIER             remplace les données par la sauvegarde FICHIER
  version                     affiche la version

Le dossier de données est --data, sinon $RELANCE_DATA, sinon ` + "`%s`" + `.
Pendant que la fenêtre est ouverte, c'est elle qui exécute la commande (sauf demo, restore,
inbox sync et watch sans --once).
`

// CLI is one run of the command line.
type CLI struct {
	Stdout, Stderr io.Writer
	Version        string
	Clock          backend.Clock
	Stdin          io.Reader
	// Keychain, when its Backend is set, replaces the OS keychain (tests).
	Keychain *secret.Keychain
	// CrashReports writes a fatal error's report to logs/crash.log for the commands that use the data folder
	// (main sets it; tests leave it off).
	CrashReports bool
	// Shared, when set, is the open window running this command for the command line (window.go): the
	// command uses its open store, its events and its locks instead of opening the store.
	Shared *app.Window
	// Dir is the caller's working directory, against which relative file names are resolved (c.file); empty: this
	// process's own.
	Dir string
	// Context ends the commands that wait (mail signin, watch) when the caller is gone (the window cancels it when
	// the command line disconnects); nil: they end with the process.
	Context context.Context

	fixedDay bool // the clock was set by --today (openAt)
}

func (c *CLI) keychain(dirs desktop.Dirs) secret.Keychain {
	if c.Keychain != nil {
		k := *c.Keychain
		k.Account = dirs.Data
		return k
	}
	return app.KeychainFor(dirs.Data)
}

// SplitGlobal takes the global --data flag out of args and returns it with the remaining arguments.
func SplitGlobal(args []string) (data string, rest []string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--data" || a == "-data":
			if i+1 >= len(args) {
				return "", nil, errors.New("--data attend un dossier")
			}
			data = args[i+1]
			i++
		case strings.HasPrefix(a, "--data="):
			data = strings.TrimPrefix(a, "--data=")
		default:
			rest = append(rest, a)
		}
	}
	return data, rest, nil
}

// IsCommand tells whether args name a command (else the GUI starts; Wails' own dev flags start with a dash).
func IsCommand(args []string) bool {
	return len(args) > 0 && !strings.HasPrefix(args[0], "-") || hasHelp(args)
}

func hasHelp(args []string) bool {
	return len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help")
}

// Run executes a command and returns the process exit status.
func (c *CLI) Run(dataFlag string, args []string) int {
	if c.Clock == nil {
		c.Clock = backend.SystemClock{}
	}
	dirs := desktop.ResolveDirs(dataFlag)
	if len(args) == 0 || hasHelp(args) || args[0] == "help" {
		fmt.Fprintf(c.Stdout, usage, desktop.DefaultDataDir())
		return ExitOK
	}
	cmd, rest := args[0], args[1:]
	if cmd == "version" {
		fmt.Fprintf(c.Stdout, "relance %s\n", c.Version)
		return ExitOK
	}
	if _, known := commands[cmd]; !known {
		return c.exit(usageError("commande « %s » inconnue", cmd))
	}
	if c.Shared == nil { // a window holding the data folder runs the command itself (window.go)
		if code, ok := c.forward(dirs, args); ok {
			return code
		}
	}
	if needsLedger(cmd, rest) && !fileExists(dirs.Store) {
		return c.exit(backend.Errorf(backend.ENOTFOUND, "aucun registre dans %s : vérifiez --data (ou $RELANCE_DATA), ou créez-en un avec relance demo, relance import ou relance restore", dirs.Data))
	}
	if c.CrashReports {
		done := desktop.EnableCrashReports(dirs)
		defer done()
	}
	return c.exit(commands[cmd](c, dirs, cmd, rest))
}

// commands are the commands that use the data folder (help and version use nothing).
var commands = map[string]func(c *CLI, dirs desktop.Dirs, cmd string, args []string) error{
	"demo":         func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.demo(d, a) },
	"import":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.importFile(d, a) },
	"export":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.export(d, a) },
	"run":          func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.chaseRun(d, a) },
	"reconcile":    func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.reconcile(d, a) },
	"report":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.report(d, a) },
	"inbox":        func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.inbox(d, a) },
	"interactions": func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.interactions(d, a) },
	"config":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.configCmd(d, a) },
	"company":      func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.companyCmd(d, a) },
	"secret":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.secretSet(d, a) },
	"outbox":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.outbox(d, a) },
	"mail":         func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.mailCmd(d, a) },
	"sms":          func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.smsCmd(d, a) },
	"dispute":      (*CLI).chaseChange,
	"promise":      (*CLI).chaseChange,
	"pause":        (*CLI).chaseChange,
	"interrupt":    (*CLI).chaseChange,
	"penalty":      func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.penalty(d, a) },
	"notice":       (*CLI).document,
	"statement":    (*CLI).document,
	"dossier":      (*CLI).document,
	"document":     func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.documentCmd(d, a) },
	"backup":       func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.backup(d, a) },
	"restore":      func(c *CLI, d desktop.Dirs, _ string, a []string) error { return c.restore(d, a) },
}

// needsLedger tells whether a command reads data, so that a mistyped --data folder is refused rather than given
// a new empty ledger. demo, import and restore create one; so do the setup commands (config set, secret set);
// penalty reads the user's rates only when a ledger exists.
func needsLedger(cmd string, args []string) bool {
	switch cmd {
	case "demo", "import", "restore", "secret", "penalty":
		return false
	case "config", "company":
		return len(args) == 0 || args[0] != "set"
	}
	return true
}

// exit prints what went wrong, if anything, and returns the exit status.
func (c *CLI) exit(err error) int {
	if err == nil {
		return ExitOK
	}
	var ue *usageErr
	if errors.As(err, &ue) {
		fmt.Fprintf(c.Stderr, "relance : %s\n(relance help pour l'aide)\n", ue.msg)
		return ExitUsage
	}
	if err == errIncomplete {
		return ExitIncomplete
	}
	if err == errReported {
		return ExitRefused
	}
	fmt.Fprintf(c.Stderr, "relance : %s\n", cliWording(backend.ErrorMessage(err)))
	if backend.ErrorCode(err) == backend.EINTERNAL {
		fmt.Fprintf(c.Stderr, "détail : %v\n", err)
	}
	return ExitRefused
}

type usageErr struct{ msg string }

func (u *usageErr) Error() string { return u.msg }

func usageError(format string, args ...any) error { return &usageErr{fmt.Sprintf(format, args...)} }

// errReported means the command already explained the failure on stderr.
var errReported = errors.New("reported")

// errIncomplete means the command did its work and said on its output what could not be done (ExitIncomplete).
var errIncomplete = errors.New("incomplete")

// parseFlags parses flags placed anywhere among the positional arguments and returns the positionals.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError("%v", err)
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func (c *CLI) open(dirs desktop.Dirs) (*app.Env, func(), error) {
	if c.Shared != nil {
		return sharedEnv(c.Shared, c.Clock, c.fixedDay), func() {}, nil
	}
	return app.OpenEnv(dirs, store.Options{Clock: c.Clock}, c.Clock, slog.New(slog.NewTextHandler(c.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), c.Version, c.keychain(dirs))
}

func (c *CLI) demo(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	clients := fs.Int("clients", 120, "")
	invoices := fs.Int("invoices", 1500, "")
	messages := fs.Int("messages", -1, "")
	seed := fs.Int64("seed", 1, "")
	today := fs.String("today", "", "")
	erase := fs.Bool("erase", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("demo ne prend pas d'argument « %s »", pos[0])
	}
	// The window's banner, company name and badges follow only its own demo buttons: under an open window, those.
	if *erase {
		if err := c.inWindow("la fenêtre Relance est ouverte : effacez les données de démonstration depuis son bandeau « Données de démonstration » " +
			"(« Effacer les données de démonstration »), ou fermez-la puis relancez relance demo --erase"); err != nil {
			return err
		}
		return c.eraseDemo(dirs)
	}
	if err := c.inWindow("la fenêtre Relance est ouverte : chargez les données de démonstration depuis son tableau de bord " +
		"(« Charger des données de démonstration »), ou fermez-la puis relancez relance demo"); err != nil {
		return err
	}
	day := backend.Today(c.Clock)
	if *today != "" {
		d, err := backend.ParseDate(*today)
		if err != nil {
			return usageError("--today : %s", backend.ErrorMessage(err))
		}
		day = d
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	start := time.Now()
	opts := app.DemoOptions(*clients, *invoices, *seed, day)
	if *messages >= 0 {
		opts.Messages = *messages
	}
	if err := app.LoadDemo(env, opts); err != nil {
		return err
	}
	o, err := app.Overview(env)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Données de démonstration chargées dans %s : %s, %s (%s dont %d en retard, encours %s) en %s.\n",
		dirs.Data, countFR(o.Clients, "client", "clients"), countFR(o.Invoices, "facture", "factures"), countFR(o.Unpaid, "impayée", "impayées"),
		o.OverdueCount, backend.FormatEUR(o.Outstanding), time.Since(start).Round(time.Millisecond))
	return nil
}

func (c *CLI) importFile(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	dry := fs.Bool("dry-run", false, "")
	skip := fs.Bool("skip-invalid", false, "")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageError("usage : relance import clients|invoices|payments|bank FICHIER [--dry-run] [--skip-invalid]")
	}
	if pos[0] == "bank" {
		return c.importBank(dirs, pos[1], *dry)
	}
	kind, err := importer.ParseKind(pos[0])
	if err != nil {
		return usageError("%s", backend.ErrorMessage(err))
	}
	data, err := app.ReadImportFile(c.file(pos[1]))
	if err != nil {
		return err
	}
	t, err := importer.NewReader(pos[1], data)
	if err != nil {
		return err
	}
	env, done, err := c.open(dirs)
	if err != nil {
		return err
	}
	defer done()
	headers := t.Head().Headers
	m, found, err := app.ImportLayout(env, string(kind), importer.Fingerprint(headers))
	if err != nil {
		return err
	}
	if !found {
		m = importer.Suggest(kind, headers)
	}
	if err := importer.Mapping(m).Validate(kind); err != nil {
		return backend.Errorf(backend.EINVALID, "%s : %s (en-têtes lus : %s)", pos[1], backend.ErrorMessage(err), strings.Join(headers, ", "))
	}
	res, err := app.Import(context.Background(), env, app.ImportJob{Kind: kind, Table: t, Mapping: m, SkipInvalid: *skip, DryRun: *dry}, nil)
	if err != nil {
		return err
	}
	for _, e := range res.Errors {
		fmt.Fprintf(c.Stderr, "%s ligne %d, colonne %s : %s\n", pos[1], e.Line, e.Column, e.Message)
	}
	if res.ErrorCount > len(res.Errors) {
		fmt.Fprintf(c.Stderr, "… et %s\n", countFR(res.ErrorCount-len(res.Errors), "autre erreur", "autres erreurs"))
	}
	switch {
	case *dry:
		fmt.Fprintf(c.Stdout, "Vérification de %s (rien n'a été écrit) : %s, %d à créer, %d à mettre à jour, %s, %s.\n",
			pos[1], countFR(res.Rows, "ligne", "lignes"), res.Created, res.Updated, countFR(res.Unchanged, "inchangée", "inchangées"),
			countFR(res.Invalid, "invalide", "invalides"))
	case res.Written || res.Invalid == 0:
		fmt.Fprintf(c.Stdout, "Import de %s : %s, %s, %s, %s, %s.\n",
			pos[1], countFR(res.Rows, "ligne", "lignes"), countFR(res.Created, "créée", "créées"), countFR(res.Updated, "mise à jour", "mises à jour"),
			countFR(res.Unchanged, "inchangée", "inchangées"), countFR(res.Invalid, "ignorée car invalide", "ignorées car invalides"))
	}
	if res.Invalid > 0 && !*skip {
		if !*dry {
			fmt.Fprintf(c.Stderr, "Aucune donnée n'a été importée : %s. Corrigez-les, ou relancez avec --skip-invalid pour importer les lignes valides.\n",
				countFR(res.Invalid, "ligne invalide", "lignes invalides"))
		}
		return errReported
	}
	return nil
}

func (c *CLI) export(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "csv", "")
	excel := fs.Bool("excel", false, "")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	const use = "usage : relance export clients|invoices|payments|all [--format csv|json] [--excel]"
	if len(pos) != 1 {
		return usageError(use)
	}
	if !slices.Contains([]string{"clients", "invoices", "payments", "all"}, pos[0]) {
		return usageError("export « %s » inconnu : clients, invoices, payments ou all", pos[0])
	}
	switch {
	case *format != "csv" && *format != "json":
		return usageError("--format « %s » inconnu : csv ou json (--excel pour un CSV qu'Excel ouvre en colonnes)", *format)
	case *excel && *format == "json":
		return usageError("--excel s'applique au CSV, pas au JSON")
	case *excel:
		*format = "excel"
	}
	if pos[0] == "all" && *format != "json" {
		return usageError("l'export complet se fait en JSON : relance export all --format json")
	}
	env, done, err := c.openReadOnly(dirs)
	if err != nil {
		return err
	}
	defer done()
	_, err = app.Export(env, pos[0], *format, c.Stdout)
	return err
}

func (c *CLI) backup(dirs desktop.Dirs, args []string) error {
	if len(args) != 1 {
		return usageError("usage : relance backup FICHIER")
	}
	env, done, err := c.openReadOnly(dirs)
	if err != nil {
		return err
	}
	defer done()
	if err := app.Backup(env, c.file(args[0])); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Sauvegarde écrite dans %s.\n", args[0])
	return nil
}

func (c *CLI) restore(dirs desktop.Dirs, args []string) error {
	if len(args) != 1 {
		return usageError("usage : relance restore FICHIER")
	}
	if err := c.inWindow(fmt.Sprintf("la fenêtre Relance est ouverte sur ces données : elles ne peuvent pas être remplacées sous elle. "+
		"Restaurez depuis sa page « Sauvegardes » (elle liste les fichiers relance-….db de %s), ou fermez la fenêtre puis relancez relance restore %s",
		dirs.Backups, args[0])); err != nil {
		return err
	}
	// Restore takes the lock the app holds, so that a restore never happens under a running window.
	o, err := app.Restore(dirs, c.file(args[0]), c.Clock)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "Données restaurées depuis %s : %s, %s. Les données précédentes sont gardées dans %s.\n",
		args[0], countFR(o.Clients, "client", "clients"), countFR(o.Invoices, "facture", "factures"), dirs.Backups)
	return nil
}

// openReadOnly opens the store alone to read it (read-only when the file exists), or takes the open window's.
func (c *CLI) openReadOnly(dirs desktop.Dirs) (*app.Env, func(), error) {
	if c.Shared != nil {
		return app.OnClock(c.Shared.Env, c.Clock), func() {}, nil
	}
	return app.OpenEnv(dirs, store.Options{Clock: c.Clock, ReadOnly: fileExists(dirs.Store)}, c.Clock, nil, c.Version, c.keychain(dirs))
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

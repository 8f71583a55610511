package cli

import (
	"context"
	"flag"
	"fmt"
	"time"

	"relance/app"
	"relance/app/desktop"

	"relance/backend"
	"relance/backend/secret"
)

// openMail opens the data folder with its mailbox settings.
func (c *CLI) openMail(dirs desktop.Dirs) (*app.Env, app.MailConfig, func(), error) {
	env, done, err := c.open(dirs)
	if err != nil {
		return nil, app.MailConfig{}, nil, err
	}
	cfg, err := app.LoadMailConfig(env)
	if err != nil {
		done()
		return nil, cfg, nil, err
	}
	return env, cfg, done, nil
}

// relance mail signin | signout | test: the mailbox's sign-in from the command line, headless.
func (c *CLI) mailCmd(dirs desktop.Dirs, args []string) error {
	const usage = "usage : relance mail signin [--no-browser] [--insecure-storage] | relance mail signout | relance mail test"
	if len(args) == 0 {
		return usageError("%s", usage)
	}
	fs := flag.NewFlagSet("mail "+args[0], flag.ContinueOnError)
	noBrowser := fs.Bool("no-browser", false, "")
	insecure := fs.Bool("insecure-storage", false, "")
	pos, err := parseFlags(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) > 0 || (args[0] != "signin" && (*noBrowser || *insecure)) {
		return usageError("%s", usage)
	}
	env, cfg, done, err := c.openMail(dirs)
	if err != nil {
		return err
	}
	defer done()
	switch args[0] {
	case "signin":
		return c.signIn(env, cfg, !*noBrowser, *insecure)
	case "signout":
		if _, err := app.SignOut(env, cfg); err != nil {
			return err
		}
		fmt.Fprintln(c.Stdout, "Déconnecté : la connexion n'est plus gardée sur cet ordinateur. Les e-mails attendent une nouvelle connexion (relance mail signin).")
		return nil
	case "test":
		return c.mailTest(env, cfg)
	}
	return usageError("%s", usage)
}

func (c *CLI) signIn(env *app.Env, cfg app.MailConfig, browser, insecure bool) error {
	if !cfg.OAuth.Enabled() {
		return backend.Errorf(backend.EINVALID, "aucun fournisseur de connexion choisi : relance config set mail.oauth.provider microsoft|google|custom")
	}
	if insecure {
		fmt.Fprintf(c.Stderr, "Attention : --insecure-storage garde la connexion en clair dans %s (lisible par vous seul), hors du trousseau du système.\n", secret.DefaultInsecureFile())
		if env.Keychain.InsecureFile == "" {
			env.Keychain.InsecureFile = secret.DefaultInsecureFile()
		}
	}
	o := app.SignInOptions{Insecure: insecure, Show: func(u string) {
		fmt.Fprintln(c.Stdout, u) // alone on its line, so that a script can open it
		fmt.Fprintln(c.Stderr, "Ouvrez cette adresse dans un navigateur et acceptez ; Relance attend la réponse (5 minutes au plus)…")
	}}
	if browser {
		o.Open = desktop.OpenWithSystem
	}
	out, err := app.SignIn(c.ctx(), env, cfg, o)
	if err != nil {
		return err
	}
	name := out.OAuth.Provider
	if p, err := app.OAuthProvider(env, out); err == nil {
		name = p.Name
	}
	fmt.Fprintf(c.Stdout, "Connecté : %s (%s), connexion gardée sur cet ordinateur. relance mail test vérifie l'envoi et le dossier des messages envoyés.\n", out.OAuth.Account, name)
	return nil
}

// mailTest runs the « Tester » button's checks and says which stage failed.
func (c *CLI) mailTest(env *app.Env, cfg app.MailConfig) error {
	if !cfg.Settings.Configured() {
		_, why, _ := app.MailReady(env)
		return backend.Errorf(backend.EINVALID, "%s", why)
	}
	app.OAuthUsers(&cfg)
	if err := cfg.Settings.Normalize(); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r, err := app.CheckMailbox(ctx, env, cfg, "")
	if err != nil {
		return err
	}
	for _, s := range r.Steps {
		fmt.Fprintln(c.Stdout, "  "+s)
	}
	if !r.OK {
		fmt.Fprintf(c.Stderr, "relance : échec à l'étape « %s » : %s\n", r.Stage, cliWording(r.Message))
		return errReported
	}
	fmt.Fprintln(c.Stdout, r.Message)
	return nil
}

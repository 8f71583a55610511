package cli

import (
	"encoding/json"
	"flag"
	"fmt"

	"relance/app"
	"relance/app/desktop"
	"relance/backend/service"

	"relance/backend"
	"relance/backend/documents"
	"relance/backend/latefee"
)

// relance penalty: the calculator on its own, for an amount and dates (RULES.md §1–2).
func (c *CLI) penalty(dirs desktop.Dirs, args []string) error {
	fs := flag.NewFlagSet("penalty", flag.ContinueOnError)
	amount := fs.String("amount", "", "")
	due := fs.String("due", "", "")
	until := fs.String("until", "", "")
	consumer := fs.Bool("consumer", false, "")
	from := fs.String("from", "", "")
	private := fs.Bool("private-creditor", false, "")
	rate := fs.String("rate", "", "")
	clientCode := fs.String("client", "", "")
	frozen := fs.Bool("frozen", false, "")
	asJSON := fs.Bool("json", false, "")
	if pos, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("penalty ne prend pas d'argument « %s »", pos[0])
	}
	if *amount == "" || *due == "" {
		return usageError("usage : relance penalty --amount 5000.00 --due AAAA-MM-JJ [--until AAAA-MM-JJ] [--consumer --from AAAA-MM-JJ] [--rate PCT | --client CODE] [--frozen] [--json]")
	}
	principal, err := backend.ParseAmount(*amount)
	if err != nil {
		return usageError("--amount : %s", backend.ErrorMessage(err))
	}
	dueDate, err := backend.ParseDate(*due)
	if err != nil {
		return usageError("--due : %s", backend.ErrorMessage(err))
	}
	end := backend.Today(c.Clock)
	if *until != "" {
		if end, err = backend.ParseDate(*until); err != nil {
			return usageError("--until : %s", backend.ErrorMessage(err))
		}
	}
	in := latefee.Input{Mode: latefee.ModeB2B, Principal: principal, Start: dueDate, End: end, Frozen: *frozen}
	if *consumer {
		if *from == "" {
			return usageError("--consumer demande --from, la date de la mise en demeure : les intérêts d'un particulier courent à partir d'elle")
		}
		notice, err := backend.ParseDate(*from)
		if err != nil {
			return usageError("--from : %s", backend.ErrorMessage(err))
		}
		in.Mode, in.Start = latefee.ModeLegalPro, max(notice, dueDate)
		if *private {
			in.Mode = latefee.ModeLegalPart
		}
	}
	if *rate != "" && *clientCode != "" {
		return usageError("--rate et --client s'excluent : --rate donne le taux, --client le prend de la fiche du client ou de « Mon entreprise »")
	}
	if *rate != "" {
		if *consumer {
			return usageError("--rate ne s'applique pas à un particulier (taux légal)")
		}
		bp, err := latefee.ParsePercent(*rate)
		if err != nil {
			return usageError("--rate : %s", backend.ErrorMessage(err))
		}
		in.Mode, in.ContractRateBP = latefee.ModeFixed, bp
	}
	env := &app.Env{Deps: service.Deps{Clock: c.Clock}}
	ledger := fileExists(dirs.Store)
	if ledger { // rates the user added in the settings, the contractual rate of the terms of sale
		e, done, err := c.openReadOnly(dirs)
		if err != nil {
			return err
		}
		defer done()
		env = e
	} else if *clientCode != "" {
		return backend.Errorf(backend.ENOTFOUND, "aucun registre dans %s : --client demande vos clients (vérifiez --data)", dirs.Data)
	}
	if *rate == "" && ledger && !*consumer {
		company, err := app.Company(env)
		if err != nil {
			return err
		}
		bp := company.LatePaymentRateBP
		if *clientCode != "" {
			cl, err := app.ClientByCode(env, *clientCode)
			if err != nil {
				return err
			}
			if cl.Type == backend.Consumer {
				return usageError("%s est un particulier : ajoutez --consumer --from AAAA-MM-JJ (intérêts au taux légal)", cl.Name)
			}
			bp = documents.ContractRate(company, &cl)
		}
		if bp > 0 {
			in.Mode, in.ContractRateBP = latefee.ModeFixed, bp
			fmt.Fprintf(c.Stdout, "Taux contractuel : %s %% l'an (conditions générales de vente)\n", latefee.FormatPercentFR(bp))
		}
	}
	t, err := app.Documents(env).RateTable()
	if err != nil {
		return err
	}
	r, err := latefee.Compute(t, in)
	if err != nil {
		return err
	}
	// Compute warns about unknown rates when the period reaches past the table, and only then: a past period the
	// table covers needs no warning, however old the table.
	if *asJSON {
		enc := json.NewEncoder(c.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r.ToJSON())
	}
	fmt.Fprintf(c.Stdout, "Retard : %d jours (du %s au %s)\n", r.Days, in.Start.AddDays(1).French(), end.French())
	for _, s := range r.Segments {
		fmt.Fprintf(c.Stdout, "  du %s au %s : %3d j × %s %% sur %s = %s\n", s.From.French(), s.To.French(), s.Days,
			latefee.FormatPercentFR(s.RateBP), backend.FormatEUR(s.Base), backend.FormatEUR(s.Amount))
	}
	label := "Pénalités de retard"
	if in.Mode.Consumer() {
		label = "Intérêts au taux légal"
	}
	fmt.Fprintf(c.Stdout, "%s : %s\n", label, backend.FormatEUR(r.Total))
	if r.Indemnity > 0 {
		fmt.Fprintf(c.Stdout, "Indemnité forfaitaire pour frais de recouvrement : %s\n", backend.FormatEUR(r.Indemnity))
	}
	fmt.Fprintf(c.Stdout, "Total : %s\n", backend.FormatEUR(r.Total+r.Indemnity))
	for _, w := range r.Warnings {
		fmt.Fprintf(c.Stderr, "Attention : %s\n", w)
	}
	return nil
}

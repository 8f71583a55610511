package app

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"relance/backend"
	"relance/backend/report"
)

// The risk check before accepting an order (issue #18): the company's state, age and legal form from the directory,
// its collective proceedings from the BODACC, and the client's own payment history in Relance, each a reason with its
// level, combined by plain rules into a verdict and a suggestion. No score of our own is hidden behind it: the
// verdict is « Défavorable » when one reason is bad, « Prudence » when one is a warning, « Favorable » otherwise.

// Risk levels of a reason.
const (
	RiskGood = "good"
	RiskInfo = "info"
	RiskWarn = "warn"
	RiskBad  = "bad"
)

// Verdicts.
const (
	VerdictFavourable   = "favorable"
	VerdictCaution      = "prudence"
	VerdictUnfavourable = "defavorable"
	VerdictUnknown      = "incomplet"
)

// VerdictLabels are the verdicts in French.
var VerdictLabels = map[string]string{VerdictFavourable: "Favorable", VerdictCaution: "Prudence",
	VerdictUnfavourable: "Défavorable", VerdictUnknown: "Vérification incomplète"}

// RiskReason is one point of the check, explained.
type RiskReason struct {
	Level string `json:"level"`
	Text  string `json:"text"`
	short string // the few words the summary quotes
}

// RiskView is the risk check of a client or a SIREN.
type RiskView struct {
	Query      string       `json:"query"`
	SIREN      string       `json:"siren"`
	Name       string       `json:"name"`
	ClientID   uint64       `json:"clientId"`
	ClientCode string       `json:"clientCode"`
	Verdict    string       `json:"verdict"`
	Label      string       `json:"label"`
	Summary    string       `json:"summary"` // « Prudence : procédure de sauvegarde en 2025, paye à 48 jours en moyenne »
	Reasons    []RiskReason `json:"reasons"`
	Suggestion string       `json:"suggestion"`
	Errors     []string     `json:"errors"` // sources that could not be consulted
}

// Risk checks a client (by its code) or a company (by its SIREN or SIRET) before accepting an order. The SIREN is
// sent to the BODACC and the directory (the owner asked); a client's payment history is read from the ledger.
func (a *WatchAPI) Risk(query string) (RiskView, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		return RiskView{}, &backend.Error{Code: backend.EINVALID, Message: "indiquez un code client ou un SIREN",
			Fields: []backend.FieldError{{Field: "query", Message: "code client ou SIREN (9 chiffres) attendu"}}}
	}
	v := RiskView{Query: q, Reasons: []RiskReason{}, Errors: []string{}}
	var client *backend.Client
	if c, err := a.env.Store.ClientByCode(backend.NormalizeCode(q)); err == nil {
		client = &c
	} else if backend.ErrorCode(err) != backend.ENOTFOUND {
		return v, err
	}
	if client == nil {
		s, err := sirenOf(q)
		if err != nil {
			return v, &backend.Error{Code: backend.EINVALID, Message: "« " + q + " » n'est ni un code client connu ni un SIREN valide (9 chiffres, clé de contrôle)",
				Fields: []backend.FieldError{{Field: "query", Message: backend.ErrorMessage(err)}}}
		}
		v.SIREN = s
		clients, err := a.env.Store.Clients()
		if err != nil {
			return v, err
		}
		for i := range clients {
			if clients[i].SIREN == s {
				client = &clients[i]
				break
			}
		}
	}
	today := backend.Today(a.env.Clock)
	if client != nil {
		v.ClientID, v.ClientCode, v.Name, v.SIREN = client.ID, client.Code, client.Name, client.SIREN
	}
	if v.SIREN != "" {
		old, _, err := a.env.Store.CompanyCheck(v.ClientID)
		if err != nil || v.ClientID == 0 {
			old = backend.CompanyCheck{}
		}
		c := backend.Client{ID: v.ClientID, SIREN: v.SIREN}
		chk, _ := checkOne(context.Background(), a.env, c, old)
		if v.ClientID != 0 { // a client's check is the watch's too
			if err := a.env.Store.PutCompanyCheck(chk); err != nil {
				return v, err
			}
			a.env.emit(EventWatchUpdated, nil)
		}
		v.Errors = NonNil(nonEmpty(chk.DirectoryError, chk.BodaccError))
		v.Reasons = append(v.Reasons, companyReasons(&chk, today)...)
	} else if client != nil && client.Type == backend.Consumer {
		v.Reasons = append(v.Reasons, RiskReason{Level: RiskInfo, Text: "Particulier : ni annuaire des entreprises ni BODACC ; seul son historique de paiement compte."})
	} else if client != nil {
		v.Errors = append(v.Errors, "Le SIREN de "+client.Name+" n'est pas renseigné : ni l'annuaire ni le BODACC n'ont été consultés.")
	}
	if client != nil {
		r, err := historyReasons(a.env, *client, today)
		if err != nil {
			return v, err
		}
		v.Reasons = append(v.Reasons, r...)
	} else {
		v.Reasons = append(v.Reasons, RiskReason{Level: RiskInfo, Text: "Pas encore client : aucun historique de paiement dans Relance."})
	}
	verdict(&v)
	return v, nil
}

// companyReasons are what the public sources say.
func companyReasons(chk *backend.CompanyCheck, today backend.Date) []RiskReason {
	var out []RiskReason
	if chk.DirectoryError == "" {
		switch {
		case chk.Closed:
			out = append(out, RiskReason{Level: RiskBad, Text: "Entreprise fermée" + onDate(chk.ClosedOn) + " d'après l'annuaire des entreprises.", short: "entreprise fermée"})
		case !chk.Created.IsZero():
			months := monthsBetween(chk.Created, today)
			switch {
			case months < 12:
				out = append(out, RiskReason{Level: RiskWarn, Text: "Entreprise créée le " + chk.Created.French() + ", il y a " + strconv.Itoa(months) +
					" mois : pas encore de comptes annuels.", short: "créée il y a " + strconv.Itoa(months) + " mois"})
			case months < 36:
				out = append(out, RiskReason{Level: RiskInfo, Text: "Entreprise active, créée le " + chk.Created.French() + " (moins de trois ans)."})
			default:
				out = append(out, RiskReason{Level: RiskGood, Text: "Entreprise active, créée le " + chk.Created.French() + " (" + strconv.Itoa(months/12) + " ans).", short: "active depuis " + strconv.Itoa(chk.Created.Year())})
			}
		default:
			out = append(out, RiskReason{Level: RiskGood, Text: "Entreprise active d'après l'annuaire des entreprises."})
		}
		if f := chk.LegalForm; f != "" {
			t := "Forme juridique : " + f + "."
			if strings.HasPrefix(f, "Entrepreneur individuel") {
				t += " Seul son patrimoine professionnel répond de ses dettes professionnelles (loi du 14 février 2022)."
			}
			out = append(out, RiskReason{Level: RiskInfo, Text: t})
		}
	}
	if chk.BodaccError == "" {
		if !chk.StruckOffOn.IsZero() {
			out = append(out, RiskReason{Level: RiskBad, Text: "Radiée du registre du commerce et des sociétés (BODACC du " + chk.StruckOffOn.French() + ").",
				short: "radiée du registre du commerce"})
		}
		if len(chk.Proceedings) == 0 {
			out = append(out, RiskReason{Level: RiskGood, Text: "Aucune procédure collective publiée au BODACC.", short: "aucune procédure collective"})
		}
		for i := len(chk.Proceedings) - 1; i >= 0; i-- {
			p := &chk.Proceedings[i]
			year := p.OpenedOn.Year()
			if p.OpenedOn.IsZero() && len(p.Events) > 0 {
				year = p.Events[0].Date.Year()
			}
			name := strings.ToLower(p.Label()[:1]) + p.Label()[1:]
			switch {
			case p.Open() && p.Kind == backend.ProcLiquidation:
				out = append(out, RiskReason{Level: RiskBad, Text: p.StopReason() + " : l'activité s'arrête, les créances antérieures sont rarement payées.", short: name + " en cours"})
			case p.Open() && p.Kind == backend.ProcReorganisation:
				out = append(out, RiskReason{Level: RiskBad, Text: p.StopReason() + planWords(p) + ".", short: name + " en cours"})
			case p.Open():
				out = append(out, RiskReason{Level: RiskWarn, Text: p.StopReason() + planWords(p) + ".", short: name + " en " + strconv.Itoa(year)})
			case today.Year()-p.ClosedOn.Year() < 5:
				out = append(out, RiskReason{Level: RiskWarn, Text: p.Label() + " ouverte en " + strconv.Itoa(year) + ", clôturée le " + p.ClosedOn.French() + ".", short: name + " en " + strconv.Itoa(year)})
			default:
				out = append(out, RiskReason{Level: RiskInfo, Text: p.Label() + " ouverte en " + strconv.Itoa(year) + ", clôturée le " + p.ClosedOn.French() + " (il y a plus de cinq ans)."})
			}
		}
	}
	return out
}

func planWords(p *backend.Proceeding) string {
	for i := len(p.Events) - 1; i >= 0; i-- {
		if p.Events[i].Kind == backend.JudgmentPlan {
			return ", plan arrêté le " + p.Events[i].Date.French()
		}
	}
	return ""
}

func monthsBetween(from, to backend.Date) int {
	m := (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
	if to.Day() < from.Day() {
		m--
	}
	return max(m, 0)
}

// historyReasons are what the ledger says of how the client pays (backend/report's behaviour, its own rules).
func historyReasons(env *Env, c backend.Client, today backend.Date) ([]RiskReason, error) {
	invs, err := env.Store.ClientInvoices(c.ID)
	if err != nil {
		return nil, err
	}
	pays, err := env.Store.ClientPayments(c.ID)
	if err != nil {
		return nil, err
	}
	b := report.ClientBehaviour(c, invs, pays, today)
	var out []RiskReason
	if b.PaidInvoices == 0 {
		out = append(out, RiskReason{Level: RiskInfo, Text: "Aucune facture payée dans Relance : pas encore d'historique de paiement."})
	} else {
		days := int(math.Round(b.AverageDaysLate))
		text := fmt.Sprintf("Paye en moyenne %s après l'échéance (%d %s payées, %d %% en retard) ; note de paiement %d/100.",
			dayWords(days), b.PaidInvoices, pick(b.PaidInvoices, "facture", "factures"), int(math.Round(b.ShareLate*100)), b.Score)
		short := "paye à " + dayWords(days) + " en moyenne"
		switch {
		case days >= 30:
			out = append(out, RiskReason{Level: RiskBad, Text: text, short: short})
		case days >= 10:
			out = append(out, RiskReason{Level: RiskWarn, Text: text, short: short})
		default:
			out = append(out, RiskReason{Level: RiskGood, Text: text, short: "paye à l'heure"})
		}
	}
	var late, old backend.Cents
	for _, inv := range invs {
		if inv.Remaining() <= 0 || inv.Status == backend.StatusCancelled || inv.Status == backend.StatusWrittenOff || !inv.IsOverdue(today) {
			continue
		}
		late += inv.Remaining()
		if inv.DaysOverdue(today) > 60 {
			old += inv.Remaining()
		}
	}
	switch {
	case old > 0:
		out = append(out, RiskReason{Level: RiskBad, Text: backend.FormatEUR(old) + " échus depuis plus de 60 jours (" + backend.FormatEUR(late) + " échus en tout).",
			short: backend.FormatEUR(old) + " impayés depuis plus de 60 jours"})
	case late > 0:
		out = append(out, RiskReason{Level: RiskWarn, Text: backend.FormatEUR(late) + " échus et impayés aujourd'hui.", short: backend.FormatEUR(late) + " échus"})
	}
	return out, nil
}

func dayWords(n int) string {
	if n == 1 {
		return "1 jour"
	}
	return strconv.Itoa(n) + " jours"
}

func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// verdict combines the reasons: the worst level decides, and the summary quotes what decided.
func verdict(v *RiskView) {
	worst := RiskGood
	for _, r := range v.Reasons {
		if rank(r.Level) > rank(worst) {
			worst = r.Level
		}
	}
	switch {
	case worst == RiskBad:
		v.Verdict = VerdictUnfavourable
	case worst == RiskWarn:
		v.Verdict = VerdictCaution
	case len(v.Errors) > 0:
		v.Verdict = VerdictUnknown
	default:
		v.Verdict = VerdictFavourable
	}
	v.Label = VerdictLabels[v.Verdict]
	var quoted []string
	for _, lvl := range []string{RiskBad, RiskWarn} {
		for _, r := range v.Reasons {
			if r.Level == lvl && r.short != "" {
				quoted = append(quoted, r.short)
			}
		}
	}
	if v.Verdict == VerdictFavourable {
		for _, r := range v.Reasons {
			if r.Level == RiskGood && r.short != "" {
				quoted = append(quoted, r.short)
			}
		}
	}
	if len(quoted) > 3 {
		quoted = quoted[:3]
	}
	v.Summary = v.Label
	if len(quoted) > 0 {
		v.Summary += " : " + strings.Join(quoted, ", ")
	} else if v.Verdict == VerdictUnknown {
		v.Summary += " : " + strings.TrimSuffix(v.Errors[0], ".")
	}
	switch v.Verdict {
	case VerdictUnfavourable:
		v.Suggestion = "Ne vendez qu'au comptant ou contre paiement d'avance. Si une procédure est en cours, une commande nouvelle " +
			"se règle à son échéance (art. L622-17 du Code de commerce), mais rien ne garantit qu'elle le sera : exigez le paiement avant la livraison."
	case VerdictCaution:
		v.Suggestion = "Demandez un acompte (30 % à la commande par exemple), raccourcissez l'échéance (30 jours au plus, ou paiement à la livraison) " +
			"et prévoyez une clause de réserve de propriété."
	case VerdictUnknown:
		v.Suggestion = "Vérifiez à nouveau une fois en ligne avant d'accepter une commande importante."
	default:
		v.Suggestion = "Conditions habituelles ; gardez un œil sur l'encours de ce client."
	}
}

func rank(level string) int {
	switch level {
	case RiskBad:
		return 3
	case RiskWarn:
		return 2
	case RiskInfo:
		return 1
	}
	return 0
}

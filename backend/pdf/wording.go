package pdf

import (
	"strings"
)

// Default wording of the formal notice. The user may replace the introduction and the consequences (a template
// edited in the settings); everything else — title, parties, invoice table, amounts, legal bases, deadline,
// payment details, signature — is printed by the code and cannot be removed.

// DefaultIntro is the opening of the formal notice to the debtor when the user has not written one.
func DefaultIntro(consumer bool, debtor Party) []string {
	return []string{
		debtor.Salutation(),
		"Sauf erreur ou omission de notre part, nous restons à ce jour dans l'attente du règlement des factures " +
			"détaillées ci-dessous, arrivées à échéance, et de la somme qui en résulte. Nous vous demandons par la " +
			"présente mise en demeure de procéder à leur paiement.",
	}
}

// DefaultConsequences is what follows the deadline when the user has not written it.
func DefaultConsequences(consumer bool) []string {
	if consumer {
		return []string{
			"À défaut de règlement intégral dans ce délai, nous saisirons sans autre avis la juridiction compétente " +
				"d'une requête en injonction de payer afin d'obtenir le paiement des sommes dues, augmentées des " +
				"intérêts au taux légal ; les dépens de la procédure pourront être mis à votre charge.",
			"La présente vaut mise en demeure et fait courir les intérêts au taux légal (articles 1231-6 et 1344-1 " +
				"du Code civil).",
		}
	}
	return []string{
		"À défaut de règlement intégral dans ce délai, nous saisirons sans autre avis la juridiction compétente " +
			"d'une requête en injonction de payer afin d'obtenir le paiement des sommes dues, augmentées des " +
			"pénalités de retard courant jusqu'au complet paiement, ainsi que des intérêts et frais de procédure.",
		"La présente vaut mise en demeure et fait courir les intérêts.",
	}
}

// CheckWording warns, in French, when the user's wording of a formal notice drops something the law or practice
// expects (RULES.md §3) or says something it must not say to a consumer (RULES.md §2). An empty list means the
// default text, which passes. The structured blocks are always printed and are not checked here.
func CheckWording(intro, consequences []string, consumer bool) []string {
	intro, consequences = CleanParagraphs(intro), CleanParagraphs(consequences)
	if len(intro) == 0 {
		intro = DefaultIntro(consumer, Party{})
	}
	if len(consequences) == 0 {
		consequences = DefaultConsequences(consumer)
	}
	all := fold(strings.Join(intro, "\n") + "\n" + strings.Join(consequences, "\n"))
	intr := fold(strings.Join(intro, "\n"))
	cons := fold(strings.Join(consequences, "\n"))
	var out []string
	if !strings.Contains(all, "mise en demeure") && !strings.Contains(all, "mettons en demeure") &&
		!strings.Contains(all, "met en demeure") {
		out = append(out, "Le texte ne contient plus les mots « mise en demeure » : gardez par exemple « La présente "+
			"vaut mise en demeure », sans quoi le courrier risque de passer pour une simple relance.")
	}
	if !containsAny(intr, "regl", "pay", "paiement", "verse", "solder", "acquitt") {
		out = append(out, "Le texte ne demande plus clairement le paiement : l'introduction d'une mise en demeure doit "+
			"contenir une demande de payer (« nous vous demandons de régler… »).")
	}
	if !containsAny(cons, "delai", "a defaut", "faute de", "sans reglement", "sans paiement", "au plus tard") {
		out = append(out, "Les conséquences ne sont plus rattachées au délai de paiement : écrivez par exemple « À "+
			"défaut de règlement dans ce délai, … ».")
	}
	if !containsAny(cons, "injonction de payer", "tribunal", "juridiction", "justice", "judiciaire", "poursuite",
		"procedure", "contentieux", "commissaire de justice", "huissier") {
		out = append(out, "Le texte n'annonce plus les suites en cas de non-paiement (procédure d'injonction de payer "+
			"devant le tribunal) : c'est un élément attendu d'une mise en demeure.")
	}
	if !strings.Contains(all, "fait courir les interets") && !strings.Contains(all, "faire courir les interets") {
		out = append(out, "La mention « La présente vaut mise en demeure et fait courir les intérêts » a disparu : "+
			"elle fixe le point de départ des intérêts (article 1344-1 du Code civil).")
	}
	if consumer {
		if containsAny(all, "40 €", "40 euros", "40,00", "40 eur", "quarante euros", "indemnite forfaitaire") {
			out = append(out, "Le texte mentionne l'indemnité forfaitaire de 40 € : elle ne s'applique qu'entre "+
				"professionnels (article D441-5 du Code de commerce) et ne peut pas être réclamée à un particulier.")
		}
		if containsAny(all, "frais de recouvrement", "frais de relance", "frais de dossier", "frais de gestion") {
			out = append(out, "Le texte met des frais de recouvrement à la charge d'un particulier : c'est interdit "+
				"(article L111-8 du Code des procédures civiles d'exécution), sauf décision de justice.")
		}
		if containsAny(all, "l441-10", "l. 441-10", "d441-5", "d. 441-5", "taux bce", "banque centrale europeenne",
			"penalites de retard") {
			out = append(out, "Le texte invoque les pénalités de retard entre professionnels (article L441-10 du "+
				"Code de commerce) : envers un particulier, seuls les intérêts au taux légal sont dus (articles "+
				"1231-6 et 1344-1 du Code civil).")
		}
	} else if containsAny(all, "1231-6", "1344-1") && !containsAny(all, "l441-10", "l. 441-10") {
		out = append(out, "Le texte cite les articles du Code civil applicables aux particuliers : entre "+
			"professionnels, les pénalités relèvent de l'article L441-10 du Code de commerce (rappelé par le "+
			"courrier).")
	}
	return out
}

// CleanParagraphs drops empty paragraphs and trims the others: user wording as a document prints it.
func CleanParagraphs(ps []string) []string {
	var out []string
	for _, p := range ps {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, fold(x)) {
			return true
		}
	}
	return false
}

// fold lower-cases, strips French accents and turns every kind of space into a plain one, for matching.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'à', 'â', 'ä':
			r = 'a'
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï':
			r = 'i'
		case 'ô', 'ö':
			r = 'o'
		case 'ù', 'û', 'ü':
			r = 'u'
		case 'ç':
			r = 'c'
		case 'œ':
			b.WriteString("oe")
			space = false
			continue
		case '\u2019', '\u2018':
			r = '\''
		case '\u00a0', '\u202f', '\u2009', '\t', '\n', '\r':
			r = ' '
		}
		if r == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

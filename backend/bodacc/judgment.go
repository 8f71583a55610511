package bodacc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"relance/backend"
	"relance/backend/calendar"
)

// Classify reads what a judgment does from its family, nature and complement as published. The nature is free
// text written by the court registries (« Jugement d'ouverture d'une procédure de redressement judiciaire »,
// « Jugement prononçant la liquidation judiciaire », « Jugement de clôture pour insuffisance d'actif »…); what is
// not recognised is JudgmentOther, kept with its text.
func Classify(famille, nature, complement string) backend.ProceedingEvent {
	ev := backend.ProceedingEvent{Kind: backend.JudgmentOther, Nature: strings.TrimSpace(nature), Complement: strings.TrimSpace(complement)}
	if ev.Nature == "" {
		ev.Nature = strings.TrimSpace(famille)
	}
	n, f, c := fold(nature), fold(famille), fold(complement)
	all := n + " " + f
	ev.Proceeding = proceedingOf(n)
	if ev.Proceeding == "" {
		ev.Proceeding = proceedingOf(c)
	}
	switch {
	case strings.Contains(all, "cloture"):
		ev.Kind = backend.JudgmentClosing
	case strings.Contains(all, "conversion") || strings.Contains(all, "resolution du plan") && strings.Contains(all, "liquidation"):
		ev.Kind = backend.JudgmentConversion
		if ev.Proceeding == "" || strings.Contains(all, "liquidation") {
			ev.Proceeding = backend.ProcLiquidation
		}
		if strings.Contains(all, "conversion") && strings.Contains(all, "en redressement") {
			ev.Proceeding = backend.ProcReorganisation // sauvegarde converted into redressement
		}
	case strings.Contains(n, "plan") && !strings.Contains(n, "modification") && !strings.Contains(n, "modifiant") && !strings.Contains(n, "resolution") &&
		!strings.Contains(n, "ouverture") && !strings.Contains(n, "prolongation"):
		ev.Kind = backend.JudgmentPlan
	case strings.Contains(all, "ouverture") || strings.Contains(n, "prononcant la liquidation") ||
		strings.Contains(n, "prononcant le redressement") || strings.Contains(n, "prononcant l'ouverture"):
		if ev.Proceeding != "" && !strings.Contains(all, "retablissement professionnel") && !strings.Contains(all, "extension") {
			ev.Kind = backend.JudgmentOpening
		}
	}
	ev.Administrator = person(complement, []string{"administrateur judiciaire", "administrateur"})
	ev.Mandataire = person(complement, []string{"mandataire judiciaire", "liquidateur judiciaire", "liquidateur", "mandataire"})
	return ev
}

func proceedingOf(s string) backend.ProceedingKind {
	switch {
	case strings.Contains(s, "liquidation") && !strings.Contains(s, "liquidation amiable"):
		return backend.ProcLiquidation
	case strings.Contains(s, "redressement"):
		return backend.ProcReorganisation
	case strings.Contains(s, "sauvegarde"):
		return backend.ProcSafeguard
	}
	return ""
}

// roles are the words that start another part of the complement: a name read after a role ends before them.
var roles = []string{"administrateur", "mandataire", "liquidateur", "commissaire", "juge-commissaire", "juge commissaire",
	"les creances", "les declarations", "date de cessation", "designant", "avec mission"}

// person reads the name following one of the role words in the complement: « … désignant mandataire judiciaire
// SELARL MJ Synergie, prise en la personne de Me Lucie Martin, 230 rue Garibaldi 69003 Lyon, administrateur … ».
// It gives up (empty) rather than guess when nothing follows.
func person(complement string, keys []string) string {
	low := fold(complement)
	if utf8.RuneCountInString(low) != utf8.RuneCountInString(complement) {
		return "" // folding changed the length: offsets would not match the original text
	}
	runes := []rune(complement)
	lr := []rune(low)
	lowS := string(lr)
	for _, k := range keys {
		at := 0
		for {
			i := strings.Index(lowS[at:], k)
			if i < 0 {
				break
			}
			i += at
			at = i + len(k)
			// whole word only: « administrateur » must not match inside « administrateurs » with no name after it
			start := utf8.RuneCountInString(lowS[:i]) + utf8.RuneCountInString(k)
			if start < len(lr) && (lr[start] >= 'a' && lr[start] <= 'z') {
				continue
			}
			name := strings.TrimLeft(string(runes[start:]), " :,")
			nameLow := fold(name)
			end := len(nameLow)
			for _, stop := range roles {
				if j := wordIndex(nameLow, " "+stop); j > 0 && j < end {
					end = j
				}
			}
			for _, stop := range []string{". ", ";", " ("} {
				if j := strings.Index(nameLow, stop); j > 0 && j < end {
					end = j
				}
			}
			// end is a byte offset in the folded text: the same number of runes in the original (accents folded
			// change byte lengths, not rune counts).
			nr := []rune(name)
			cut := min(utf8.RuneCountInString(nameLow[:end]), len(nr))
			out := strings.Trim(strings.TrimSpace(string(nr[:cut])), " ,.")
			if utf8.RuneCountInString(out) < 3 || !hasUpper(out) {
				continue // « auprès du mandataire judiciaire. »: a role named, no one
			}
			if r := []rune(out); len(r) > 160 {
				out = strings.TrimSpace(string(r[:160])) + "…"
			}
			return out
		}
	}
	return ""
}

// wordIndex finds w in s ending at a word boundary (« mandataire » does not stop inside « Mandataires »).
func wordIndex(s, w string) int {
	at := 0
	for {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return -1
		}
		i += at
		if e := i + len(w); e >= len(s) || strings.HasSuffix(w, " ") || !(s[e] >= 'a' && s[e] <= 'z') {
			return i
		}
		at = i + 1
	}
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// Proceedings folds a company's judgments, oldest first, into its proceedings: an opening starts one (or, during
// an open one, is the conversion the registries sometimes publish as an opening of liquidation); a conversion
// changes its kind; a plan is recorded; a closing ends it. Judgments before any opening (a plan of a proceeding
// opened before the announcements) start a proceeding of the kind they name, with no known opening.
func Proceedings(anns []Announcement) []backend.Proceeding {
	var out []backend.Proceeding
	seen := map[string]bool{}
	for _, a := range anns {
		if !a.HasJudgment || a.Cancelled() {
			continue
		}
		ev := a.Judgment
		key := string(ev.Kind) + "|" + ev.Date.String() + "|" + fold(ev.Nature)
		if seen[key] { // a rectified announcement repeats the same judgment
			continue
		}
		seen[key] = true
		var cur *backend.Proceeding
		if n := len(out); n > 0 && out[n-1].Open() {
			cur = &out[n-1]
		}
		switch {
		case ev.Kind == backend.JudgmentOpening && (cur == nil || ev.Proceeding == backend.ProcLiquidation && cur.Kind != backend.ProcLiquidation):
			if cur != nil { // liquidation pronounced during a sauvegarde or redressement: a conversion
				ev.Kind = backend.JudgmentConversion
				cur.Kind = backend.ProcLiquidation
				cur.Events = append(cur.Events, ev)
				merge(cur, &ev)
				continue
			}
			p := backend.Proceeding{Kind: ev.Proceeding, Court: ev.Court, OpenedOn: ev.Date, PublishedOn: ev.Published,
				Events: []backend.ProceedingEvent{ev}}
			merge(&p, &ev)
			out = append(out, p)
		case cur == nil && ev.Kind != backend.JudgmentOpening && ev.Kind != backend.JudgmentOther && ev.Proceeding != "" &&
			ev.Kind != backend.JudgmentClosing:
			p := backend.Proceeding{Kind: ev.Proceeding, Court: ev.Court, Events: []backend.ProceedingEvent{ev}}
			merge(&p, &ev)
			out = append(out, p)
		case cur == nil && ev.Kind == backend.JudgmentClosing && len(out) == 0 && ev.Proceeding != "":
			p := backend.Proceeding{Kind: ev.Proceeding, Court: ev.Court, ClosedOn: ev.Date, Events: []backend.ProceedingEvent{ev}}
			out = append(out, p)
		case cur == nil:
			if n := len(out); n > 0 { // a late judgment of a closed proceeding (a reopening is an opening)
				out[n-1].Events = append(out[n-1].Events, ev)
			}
		default:
			cur.Events = append(cur.Events, ev)
			switch ev.Kind {
			case backend.JudgmentConversion:
				if ev.Proceeding != "" {
					cur.Kind = ev.Proceeding
				}
			case backend.JudgmentClosing:
				cur.ClosedOn = ev.Date
			}
			merge(cur, &ev)
		}
	}
	return out
}

// merge keeps the people named by the latest judgment that names them (a liquidator replaces the mandataire).
func merge(p *backend.Proceeding, ev *backend.ProceedingEvent) {
	if ev.Administrator != "" {
		p.Administrator = ev.Administrator
	}
	if ev.Mandataire != "" {
		p.Mandataire = ev.Mandataire
	}
	if p.Court == "" {
		p.Court = ev.Court
	}
}

// StruckOff is the publication date of the company's latest strike-off from the trade register, or zero.
func StruckOff(anns []Announcement) backend.Date {
	var d backend.Date
	for _, a := range anns {
		if a.StruckOff() && !a.Cancelled() {
			d = max(d, a.Published)
		}
	}
	return d
}

// Deadline is the last day to declare a claim: two months from the opening judgment's publication in the BODACC
// (art. R622-24 Code de commerce; R641-25 for a liquidation), counted as art. 641 of the Code de procédure civile
// counts months and moved to the next working day when it ends on a weekend or holiday (art. 642). A creditor
// established outside metropolitan France has two more months; Relance does not add them. Zero when the
// publication is not known.
func Deadline(p *backend.Proceeding) backend.Date {
	if p == nil || p.PublishedOn.IsZero() {
		return 0
	}
	return calendar.Calendar{}.NextBusinessDay(p.PublishedOn.AddMonths(2))
}

package inbox

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/calendar"
)

// Date phrases in replies, French and English, resolved against the day the message was received. The patterns
// run on folded text (see fold). Where a phrase is vague the choice leans late, so that the chase does not
// resume before the client's own deadline: « la semaine prochaine » is the Friday of next week, « fin de mois »
// its last day, « début janvier » the 10th, « en janvier » the 31st.

const (
	monthAlt = `(janvier|janv|january|jan|fevrier|fevr|february|feb|fev|mars|march|avril|april|avr|apr|mai|may|` +
		`juin|june|jun|juillet|juil|july|jul|aout|august|aug|septembre|september|sept|sep|octobre|october|oct|` +
		`novembre|november|nov|decembre|december|dec)`
	monthFull = `(janvier|january|fevrier|february|mars|march|avril|april|mai|may|juin|june|juillet|july|aout|` +
		`august|septembre|september|octobre|october|novembre|november|decembre|december)`
	weekdayAlt = `(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	numAlt     = `(\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|a|an|one|two|three|four|five|seven|eight|ten|fifteen|twenty|thirty)`
	ordinal    = `(?:er|eme|e|st|nd|rd|th)?`
)

type dateHit struct {
	start, end int // in the folded text
	date       backend.Date
	prio       int
	received   backend.Date // the day it was resolved against
	relative   bool         // a delay from the message's day (« d'ici 30 jours »): never a reference to a past date
	weekday    bool         // a weekday alone (« vendredi »), which a date right after it makes precise
}

type datePattern struct {
	re       *pattern
	prio     int
	relative bool // see dateHit
	weekday  bool
	resolve  func(m []string, n string, loc []int, received backend.Date) (backend.Date, bool)
}

// firstOfSeries follows « le premier » when it counts instalments rather than naming the 1st: « deux virements :
// le premier le 15 janvier », « le premier versement ».
var firstOfSeries = lazyRE(`^\s*(?:,\s*)?(?:le|au|du|on|:)?\s*\d|^\s+(?:virement|versement|paiement|reglement|acompte|cheque|prelevement|echeance|mensualite|tiers|montant|payment|instalment|installment)s?\b`)

// beforeWord ends a text with a deadline's word: "by", « avant », « d'ici ».
var beforeWord = lazyRE(`\b(?:by|before|avant|d'ici)\s*$`)

// dayFollows starts a text with a day named after a time of day: "on the 30th", « le 30 », "on Friday".
var dayFollows = lazyRE(`^,?\s+(?:on|le|du|this|ce|next|de demain|tomorrow|demain|today|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi)\b`)

// americanWriter tells a message written in English from a time zone of the United States or Canada (UTC−4 to
// UTC−10), where "1/8" is January 8: the date's day-first reading stays for everyone else (a British client, a
// French one, a Québécois writing in French).
func americanWriter(m Message, own string) bool {
	if m.WrittenZone > -4*60 || m.WrittenZone < -10*60 {
		return false
	}
	n, _ := fold(own)
	en, fr := len(englishWords().FindAllString(n, 50)), len(frenchWords().FindAllString(n, 50))
	return en > fr
}

var (
	englishWords = lazyRE(`\b(?:the|and|will|we|you|i|it|is|to|of|for|on|with|this|be|our|your|thanks|please)\b`)
	frenchWords  = lazyRE(`\b(?:le|la|les|et|nous|vous|je|est|de|des|du|pour|sur|avec|ce|cette|merci|bonjour)\b`)
	usNumeric    = lazyRE(`^(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?$`)
)

// usDates reads again, month first, the numeric dates that could be either way, for an American writer.
func usDates(s source, hits []dateHit, received backend.Date) []dateHit {
	if !s.monthFirst {
		return hits
	}
	for i, h := range hits {
		m := usNumeric().FindStringSubmatch(s.n[h.start:h.end])
		if m == nil || atoi(m[1]) > 12 || atoi(m[2]) > 12 {
			continue // 15/12 can only be day first, 12/15 was already read month first
		}
		y := m[3]
		if len(y) == 2 {
			y = "20" + y
		}
		if d, ok := dayMonth(received, atoi(m[2]), time.Month(atoi(m[1])), y); ok {
			hits[i].date = d
		}
	}
	return hits
}

// nextToDay ends a text with « le lendemain de », « la veille du », "the day after" before a date.
var nextToDay = lazyRE(`\b(lendemain|veille|day after|day before)\s+(?:de\s+|du\s+|d'|of\s+)?$`)

var datePatterns = []datePattern{
	{re: compile(`\b(\d{4})-(\d{1,2})-(\d{1,2})\b`), prio: 10, resolve: func(m []string, _ string, _ []int, _ backend.Date) (backend.Date, bool) {
		return civil(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}},
	{re: compile(`\b(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b`), prio: 8, resolve: numericDate},
	// "21-Aug-2026", "21/aug/26": a day, a month's name, a year, with dashes or slashes (Indian and British payers).
	{re: compile(`\b(\d{1,2})[-/ ]` + monthAlt + `\.?[-/ ](\d{4}|\d{2})\b`), prio: 9,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			y := m[3]
			if len(y) == 2 {
				y = "20" + y
			}
			return dayMonth(rec, atoi(m[1]), monthNum(m[2]), y)
		}},
	{re: compile(`\b(?:` + weekdayAlt + `\s+)?(\d{1,2})` + ordinal + `\.?\s+(?:de\s+|of\s+)?` + monthAlt + `\b\.?(?:\s*,?\s+(\d{4}))?`), prio: 7, // "14. of December"
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return dayMonth(rec, atoi(m[2]), monthNum(m[3]), m[4])
		}},
	{re: compile(`\b` + monthAlt + `\.?\s+(?:the\s+)?(\d{1,2})` + ordinal + `\b(?:\s*,?\s+(\d{4}))?`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return dayMonth(rec, atoi(m[2]), monthNum(m[1]), m[3])
		}},
	{re: compile(`\b` + weekdayAlt + `\s+(\d{1,2})` + ordinal + `\b`), prio: 6,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if !plainNumberEnd(n, loc[1]) {
				return 0, false
			}
			return nextDayOfMonth(rec, atoi(m[2]), weekdayNum(m[1]))
		}},
	{re: compile(`\b(?:le|au|the)\s+(\d{1,2}|premier|first)` + ordinal + `\s+(?:du mois |de ce mois |of (?:the |this )?month )?(prochain|suivant|d'apres|(?:du |de |of )(?:mois prochain|mois suivant|the next month|the following month|next month))\b`), prio: 8,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			// « le 5 du mois prochain », « le 15 prochain » (the 15th after the next one is not meant: the next 15th
			// that falls in the next month)
			d := dayNum(m[1])
			// The whole phrase, not the group: « du mois » may be taken by the optional part before « prochain ».
			if (strings.HasSuffix(m[2], "prochain") || m[2] == "suivant") && !strings.Contains(m[0], "mois") && !strings.Contains(m[0], "month") {
				return nextDayOfMonth(rec, d, -1)
			}
			y, mo := rec.Year(), rec.Month()+1
			if mo > 12 {
				y, mo = y+1, 1
			}
			return civil(y, int(mo), d)
		}},
	{re: compile(`\b(?:le|au)\s+(\d{1,2}|premier)` + ordinal + `\s+(?:courant|de ce mois|du mois en cours|de ce mois-ci)\b`), prio: 8,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return civil(rec.Year(), int(rec.Month()), dayNum(m[1]))
		}},
	{re: compile(`\b(?:on|by|before|until)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b`), prio: 5,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if !plainNumberEnd(n, loc[1]) {
				return 0, false
			}
			return nextDayOfMonth(rec, atoi(m[1]), -1)
		}},
	// A payment run named by its day: « au prochain virement groupé du 15 », « notre campagne de paiement du 28 »,
	// « le comité du 18 » — the next such day.
	{re: compile(`\b(?:groupes?|(?:campagne|lot|vague|session|serie) de (?:paiements?|reglements?|virements?)(?: sepa| fournisseurs?)?|comite(?: de paiement| des paiements)?|payment run|batch)\s+du\s+(\d{1,2})(?:er)?\b`), prio: 6,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if !plainNumberEnd(n, loc[1]) {
				return 0, false
			}
			return nextDayOfMonth(rec, atoi(m[1]), -1)
		}},
	{re: compile(`\ble premier\b(?:\s+du mois)?`), prio: 5,
		resolve: func(_ []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if firstOfSeries().MatchString(n[loc[1]:]) { // « deux virements : le premier le 15 janvier »
				return 0, false
			}
			return nextDayOfMonth(rec, 1, -1)
		}},
	{re: compile(`\b(?:le|au|the|on the|by the)\s+(\d{1,2})` + ordinal + `\b`), prio: 5,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if !plainNumberEnd(n, loc[1]) {
				return 0, false
			}
			return nextDayOfMonth(rec, atoi(m[1]), -1)
		}},
	// Month-relative.
	{re: compile(`\bfin (?:de |du )?mois (?:prochain|suivant)\b|\bend of (?:the )?next month\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return lastDay(rec.Year(), rec.Month()+1), true
		}},
	{re: compile(`\b(?:le )?dernier jour (?:ouvre |ouvrable )?du mois prochain\b|\b(?:the )?last (?:working |business )?day of next month\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return lastDay(rec.Year(), rec.Month()+1), true
		}},
	{re: compile(`\bfin (?:de |du )?(?:ce |le )?mois\b|\bend of (?:the |this )?month\b|\bmonth[- ]end\b|\bend of month\b|\beom\b|\bdans le mois\b|\bwithin the month\b|` +
		`\b(?:le )?dernier jour (ouvre |ouvrable )?(?:du|de ce) mois\b|\b(?:the )?last (working |business )?day of (?:the |this )?month\b`), prio: 6,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			d := lastDay(rec.Year(), rec.Month())
			for m[1]+m[2] != "" && !(calendar.Calendar{}).IsBusinessDay(d) {
				d = d.AddDays(-1) // « le dernier jour ouvré du mois »: back to the last day worked
			}
			return d, true
		}},
	// « le dernier vendredi du mois », « le premier lundi de décembre », "the first Monday of next month".
	{re: compile(`\b(?:le |the )?(premier|1er|deuxieme|2e|second|troisieme|3e|third|dernier|first|last)\s+` + weekdayAlt + `\s+(?:du mois|de ce mois|of (?:the |this )?month|(du mois prochain|du mois suivant|of next month|of the (?:next|following) month)|(?:de |d'|du mois de |of |in )` + monthFull + `)\b`), prio: 8,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			y, mo := rec.Year(), rec.Month()
			switch {
			case m[3] != "":
				mo++
			case m[4] != "":
				mo = monthNum(m[4])
				first := inMonth(rec, mo, "", func(y int) backend.Date { return lastDay(y, mo) })
				y = first.Year()
			}
			if mo > 12 {
				y, mo = y+1, mo-12
			}
			wd := weekdayNum(m[2])
			if m[1] == "dernier" || m[1] == "last" {
				d := lastDay(y, mo)
				for d.Weekday() != wd {
					d = d.AddDays(-1)
				}
				return d, true
			}
			nth := map[string]int{"premier": 1, "1er": 1, "first": 1, "deuxieme": 2, "2e": 2, "second": 2, "troisieme": 3, "3e": 3, "third": 3}[m[1]]
			d := backend.NewDate(y, mo, 1)
			for d.Weekday() != wd {
				d = d.AddDays(1)
			}
			return d.AddDays(7 * (nth - 1)), true
		}},
	// « le premier jour ouvré après le jour de l'An », "the first working day after Christmas".
	{re: compile(`\b(?:le )?premier jour (?:ouvre|ouvrable|travaille) (?:apres|suivant) (?:le |la |l')?(jour de l'an|nouvel an|noel|paques|toussaint|fetes)\b|` +
		`\b(?:the )?first (?:working|business|banking) day after (?:the )?(new year(?:'s day)?|christmas|easter|holidays)\b`), prio: 8,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			name := m[1] + m[2]
			if name == "fetes" || name == "holidays" {
				name = "jour de l'an" // the first day worked after the year-end holidays, not « début janvier »
			}
			return holiday([]string{"apres " + name, "apres"}, n, loc, rec) // « après X » is that day already
		}},
	// « le premier jour ouvré de janvier », "the first business day of next month": the 1st, or the next day worked.
	{re: compile(`\b(?:le )?premier jour (?:ouvre|ouvrable|travaille) (?:de |d'|du mois (?:de |d'))?(?:` + monthFull + `|(mois prochain|mois suivant))\b|` +
		`\b(?:the )?first (?:working|business|banking) day (?:of|in) (?:` + monthFull + `|(next month|the (?:next|following) month))\b`), prio: 8,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			var first backend.Date
			switch {
			case m[1] != "" || m[3] != "":
				mo := monthNum(m[1] + m[3])
				first = inMonth(rec, mo, "", func(y int) backend.Date { return backend.NewDate(y, mo, 1) })
			default:
				first = lastDay(rec.Year(), rec.Month()).AddDays(1)
			}
			return calendar.Calendar{}.NextBusinessDay(first), true
		}},
	{re: compile(`\b(?:fin|end of|the end of)\s+(?:du mois |of )?(?:de |d')?` + monthFull + `\b(?:\s+(\d{4}))?`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			mo := monthNum(m[1])
			return inMonth(rec, mo, m[2], func(y int) backend.Date { return lastDay(y, mo) }), true
		}},
	{re: compile(`\b(?:debut|early|beginning of|start of)\s+(?:de |du |d')?(?:mois prochain|next month|the next month)\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return backend.NewDate(rec.Year(), rec.Month()+1, 10), true
		}},
	{re: compile(`\b(?:debut|early|beginning of|start of|(?:les |the )?(?:premiers jours|first days|first week|premiere semaine) (?:de |d'|of )?)\s*(?:du mois |of )?(?:de |d')?` + monthFull + `\b(?:\s+(\d{4}))?`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			mo := monthNum(m[1])
			return inMonth(rec, mo, m[2], func(y int) backend.Date { return backend.NewDate(y, mo, 10) }), true
		}},
	{re: compile(`\b(?:mi|mid)[- ]` + monthFull + `\b(?:\s+(\d{4}))?|\b(?:middle of|milieu du mois de|milieu de|premiere quinzaine de|premiere quinzaine d'|first half of) ` + monthFull + `\b`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			mo := monthNum(m[1] + m[3])
			return inMonth(rec, mo, m[2], func(y int) backend.Date { return backend.NewDate(y, mo, 15) }), true
		}},
	{re: compile(`\b(?:mois prochain|next month|mois suivant)\b`), prio: 4,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return lastDay(rec.Year(), rec.Month()+1), true
		}},
	{re: compile(`\b(?:courant|dans le courant de|dans le courant du mois de|au cours du mois de|en|in|during|(?:seconde|deuxieme) quinzaine de|(?:seconde|deuxieme) quinzaine d'|second half of)\s+` + monthFull + `\b(?:\s+(\d{4}))?|\b` + monthFull + `\s+prochain\b`), prio: 4,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			mo := monthNum(m[1] + m[3])
			return inMonth(rec, mo, m[2], func(y int) backend.Date { return lastDay(y, mo) }), true
		}},
	{re: compile(`\b(?:mi|mid)[- ](?:mois|month)\b|\bmilieu (?:de |du )?mois\b|\bmiddle of (?:the )?month\b`), prio: 6,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return nextDayOfMonth(rec, 15, -1)
		}},
	{re: compile(`\b(?:debut|courant|early|beginning of|start of)\s+(?:de |d')?(?:l')?(?:annee prochaine|next year|the new year|the year)\b|\b(?:en |au )?debut d'annee\b`), prio: 6,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			// « début d'année » written in early January is this one's
			if rec.Month() == 1 && rec.Day() <= 10 && !strings.Contains(m[0], "next") && !strings.Contains(m[0], "prochaine") {
				return backend.NewDate(rec.Year(), 1, 10), true
			}
			return backend.NewDate(rec.Year()+1, 1, 10), true
		}},
	{re: compile(`\b` + numAlt + `\s+(days?|weeks?|months?|jours?|semaines?)\s+(?:from (?:now|today)|a compter d'aujourd'hui|a partir d'aujourd'hui)\b`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return afterDuration(rec, numWord(m[1]), m[2], false)
		}},
	{re: compile(`\bfin (?:de |d')?(?:l')?annee\b|\bend of (?:the |this )?year\b|\byear[- ]end\b`), prio: 5,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return backend.NewDate(rec.Year(), 12, 31), true
		}},
	// Weeks.
	{re: compile(`\b(?:(?:en |au )?debut de (?:la )?semaine prochaine|early next week|(?:the )?beginning of next week|(?:the )?start of next week|first thing next week)\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return nextMonday(rec), true
		}},
	{re: compile(`\b(?:(?:fin|courant) de (?:la )?)?semaine prochaine\b|\bsemaine suivante\b|\b(?:(?:the )?end of )?next week\b|\bthe following week\b`), prio: 6,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return nextMonday(rec).AddDays(4), true
		}},
	// The weekend: its Sunday, leaning late (« je vous vire ça ce week-end », "over the weekend"); next weekend's,
	// a week on.
	{re: compile(`\b(?:ce|cette|this|over the|during the|the)\s+week-?end\b|\b(?:le|du|au) week-?end\b(\s+prochain)?|\bnext week-?end\b|\b(?:le )?week-?end prochain\b`), prio: 6,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			d := rec
			for d.Weekday() != time.Sunday {
				d = d.AddDays(1)
			}
			if strings.Contains(m[0], "next") || strings.Contains(m[0], "prochain") {
				d = d.AddDays(7)
			}
			if beforeWord().MatchString(n[:loc[0]]) {
				d = d.AddDays(-2) // "by the weekend", « avant le week-end »: its Friday
			}
			return d, true
		}},
	// "the week after next", « la semaine d'après la prochaine »: its Friday.
	{re: compile(`\b(?:(?:by )?(?:the )?end of )?the week after next\b|\bla semaine (?:d'apres la prochaine|suivant la prochaine)\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return nextMonday(rec).AddDays(11), true
		}},
	// Mid-week: its Wednesday (« en milieu de semaine prochaine », "midweek").
	{re: compile(`\b(?:en |au |vers le )?milieu de (?:la |cette )?semaine( prochaine| suivante)?\b|\bmid-?week( next week)?\b`), prio: 7,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			if m[1]+m[2] != "" {
				return nextMonday(rec).AddDays(2), true
			}
			d := nextMonday(rec).AddDays(-5)
			if d < rec {
				d = d.AddDays(7)
			}
			return d, true
		}},
	{re: compile(`\bcette semaine\b|\bthis week\b|\bfin de (?:la |cette )?semaine\b|\bend of (?:the |this )?week\b`), prio: 6,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			f := nextMonday(rec).AddDays(-3)
			if f < rec {
				f = f.AddDays(7)
			}
			return f, true
		}},
	// Days.
	{re: compile(`\bapres[- ]demain\b|\b(?:the )?day after tomorrow\b`), prio: 7,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return rec.AddDays(2), true
		}},
	{re: compile(`\bdemain\b|\btomorrow\b|\btmrw\b|\btmw\b|\b2morrow\b|\btomoz\b|\bdem1\b|\bdm1\b`), prio: 6,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			return rec.AddDays(1), true
		}},
	{re: compile(`\baujourd'hui\b|\btoday\b|\bce soir\b|\btonight\b|\bdans la journee\b|\bce jour meme\b`), prio: 6,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if m[0] == "dans la journee" && dayFollows().MatchString(n[loc[1]:]) {
				return 0, false // « dans la journée de demain »: the day named after
			}
			return rec, true
		}},
	{re: compile(`\b(?:sous|dans|d'ici(?: a)?|within|in|au plus tard dans|under|next|les|the next|the)\s+(?:les\s+|the\s+next\s+|the\s+|un delai de\s+|a period of\s+)?` +
		`(?:` + numAlt + `\s*(?:-|a|ou|to|or)\s*)?` + numAlt + `\s*(business\s+|working\s+|calendar\s+)?(jours?|j|days?|semaines?|weeks?|mois|months?|heures?|hours?|h)\b(\s+(?:ouvres|ouvrables|business|working))?`), prio: 7, relative: true,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			// « 2 à 3 semaines », "2-3 days": the later end, so that the chase does not come back too early
			if m[1] != "" && numWord(m[1]) > numWord(m[2]) {
				return 0, false
			}
			business := m[5] != "" || strings.HasPrefix(m[3], "business") || strings.HasPrefix(m[3], "working")
			if strings.Contains(m[5], "ouvrables") && (strings.HasPrefix(m[4], "j")) {
				return workableDays(rec, numWord(m[2])), true
			}
			return afterDuration(rec, numWord(m[2]), m[4], business)
		}},
	{re: compile(`\b(?:(?:sous|dans|d'ici(?: a)?|within|in|over)\s+)?(?:une dizaine de jours|a dizaine|une quinzaine(?: de jours)?|une huitaine(?: de jours)?|la huitaine|la quinzaine|quelques jours|a few days|a couple of days|(?:the next |the )?couple of days|(?:the next |the )?couple of weeks|the next few days|les prochains jours|les jours qui viennent|the coming days|a couple of weeks|a fortnight|deux ou trois jours|une vingtaine de jours|une trentaine de jours|a week(?:'s time)?|one week|une semaine)\b`), prio: 6, relative: true,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			t := m[0]
			switch {
			case strings.Contains(t, "vingtaine"):
				return rec.AddDays(20), true
			case strings.Contains(t, "trentaine"):
				return rec.AddDays(30), true
			case strings.Contains(t, "dizaine"):
				return rec.AddDays(10), true
			case strings.Contains(t, "quinzaine"), strings.Contains(t, "weeks"), strings.Contains(t, "fortnight"):
				return rec.AddDays(14), true
			case strings.Contains(t, "huitaine"):
				return rec.AddDays(8), true
			case strings.Contains(t, "couple"), strings.Contains(t, "trois"):
				return rec.AddDays(3), true
			}
			return rec.AddDays(7), true // « quelques jours »: a week, leaning late
		}},
	// A weekday of next week: « mardi de la semaine prochaine », "Tuesday next week", « lundi en huit ».
	{re: compile(`\b` + weekdayAlt + `\s+(?:de la |de |la )?semaine (?:prochaine|suivante|d'apres)\b|\b` + weekdayAlt + `\s+(?:of\s+)?next week\b|\bnext week(?: on)?\s+` + weekdayAlt + `\b|\b` + weekdayAlt + `\s+en (?:huit|8|quinze|15)\b|\b` + weekdayAlt + ` week\b|\ba week (?:on|from) ` + weekdayAlt + `\b`), prio: 8,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			wd := weekdayNum(m[1] + m[2] + m[3] + m[4] + m[5] + m[6])
			if m[4] != "" || m[5] != "" || m[6] != "" { // « lundi en huit », "Monday week", "a week on Monday": a week after the coming one
				d := rec.AddDays(1)
				if m[4] != "" && rec.Weekday() == wd {
					d = rec // « lundi en huit » said on a Monday counts from today
				}
				for d.Weekday() != wd {
					d = d.AddDays(1)
				}
				if strings.HasSuffix(m[0], "quinze") || strings.HasSuffix(m[0], "15") {
					return d.AddDays(14), true // « vendredi en quinze »
				}
				return d.AddDays(7), true
			}
			off := int(wd) - 1
			if wd == time.Sunday {
				off = 6
			}
			return nextMonday(rec).AddDays(off), true
		}},
	// « la semaine du 14 (décembre) », « semaine 51 », "week 51", "the week of the 14th": the Friday of that week.
	{re: compile(`\b(?:dans |pendant |courant |au cours de )?la semaine du (\d{1,2})` + ordinal + `(?:\s+` + monthAlt + `)?\b|\b(?:the )?week of (?:the )?(\d{1,2})` + ordinal + `(?:\s+(?:of\s+)?` + monthAlt + `)?\b|\b(?:week|semaine|sem\.?)\s?(\d{1,2})\b`), prio: 7,
		resolve: func(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			var d backend.Date
			var ok bool
			switch {
			case m[1] != "" || m[3] != "":
				day, mo := m[1]+m[3], m[2]+m[4]
				if mo != "" {
					d, ok = dayMonth(rec, atoi(day), monthNum(mo), "")
				} else {
					d, ok = nextDayOfMonth(rec.AddDays(-6), atoi(day), -1) // the week may have begun
				}
			default:
				if !plainNumberEnd(n, loc[1]) {
					return 0, false
				}
				d, ok = isoWeekMonday(rec, atoi(m[5]))
			}
			if !ok {
				return 0, false
			}
			return fridayOf(d), true
		}},
	// Named days and holidays: before one, the day before; after one, the day after.
	{re: compile(`\b(?:(avant|d'ici|pour|by|before|for|apres|after|des|a la)\s+)?(?:(?:les |the )?fetes(?: de fin d'annee)?|(?:the )?holidays|noel|christmas|xmas|(?:le )?(?:jour de l'an|nouvel an)|new year's eve|new year(?:'s day)?|(?:le )?reveillon|paques|easter|halloween|(?:us |american )?thanksgiving|(?:la )?toussaint|(?:le )?(?:14 juillet|15 aout)|(?:la )?rentree(?: de (?:septembre|janvier))?|(?:le )?pont de l'ascension|(?:l')?ascension|(?:la )?pentecote)\b`), prio: 6,
		resolve: holiday},
	{re: compile(`\bentre (?:noel|les fetes) et (?:le )?(?:jour de l'an|nouvel an)\b|\bbetween christmas and new year(?:'s)?\b`), prio: 8,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			y := rec.Year()
			if rec.Month() == 1 && rec.Day() <= 5 {
				y--
			}
			return backend.NewDate(y, 12, 31), true
		}},
	// Quarters: the last day of this (or the next) one.
	{re: compile(`\b(?:fin (?:de |du )?(?:ce |le )?trimestre|end of (?:the |this )?quarter|quarter[- ]end|(fin (?:du )?trimestre prochain|end of next quarter))\b`), prio: 6,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			q := (int(rec.Month())-1)/3*3 + 3
			if m[1] != "" {
				q += 3
			}
			return lastDay(rec.Year(), time.Month(q)), true
		}},
	{re: compile(`\bdans la semaine\b|\bdans le courant de la semaine\b|\beow\b|\bby the weekend\b|\bd'ici le (?:week-end|weekend)\b|\bavant le (?:week-end|weekend)\b`), prio: 5,
		resolve: func(_ []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			f := nextMonday(rec).AddDays(-3)
			if f < rec {
				f = f.AddDays(7)
			}
			return f, true
		}},
	{re: compile(`\bce matin\b|\bcet apres-midi\b|\bcet apres midi\b|\bdes aujourd'hui\b|\bthis (?:morning|afternoon|evening)\b|\b(?:by )?(?:end of (?:the )?(?:business )?day|eod|cob|close of business)\b|\bla journee\b`), prio: 5,
		resolve: func(_ []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
			if dayFollows().MatchString(n[loc[1]:]) {
				return 0, false // "by close of business on the 30th": the 30th says the day
			}
			return rec, true
		}},
	{re: compile(`\bsous (huitaine|quinzaine)\b|\b(?:a|dans|sous) (huit|quinze) jours\b`), prio: 7, relative: true,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			if strings.HasPrefix(m[1]+m[2], "huit") {
				return rec.AddDays(8), true
			}
			return rec.AddDays(15), true
		}},
	{re: compile(`\b(?:(ce|cette|this|next|on|d'ici|avant|by|des|from)\s+)?` + weekdayAlt + `(?:\s+(prochain|next|qui vient))?\b`), prio: 3, weekday: true,
		resolve: func(m []string, _ string, _ []int, rec backend.Date) (backend.Date, bool) {
			wd := weekdayNum(m[2])
			d := rec.AddDays(1)
			if m[1] == "ce" || m[1] == "cette" || m[1] == "this" {
				d = rec
			}
			for d.Weekday() != wd {
				d = d.AddDays(1)
			}
			return d, true
		}},
}

// findDates returns the date phrases of n, the most specific first where they overlap ("lundi 14 décembre" is
// one date, not a Monday and a 14th), in text order.
func findDates(n string, received backend.Date) []dateHit {
	if received == 0 {
		return nil
	}
	var all []dateHit
	for _, p := range datePatterns {
		for _, loc := range p.re.FindAllStringSubmatchIndex(n, 200) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = n[loc[2*i]:loc[2*i+1]]
				}
			}
			d, ok := p.resolve(m, n, loc, received)
			if !ok || d == 0 || d.Year() < 1900 || d.Year() > 2200 {
				continue
			}
			prio := p.prio
			if p.re == datePatterns[1].re && m[4] != "" {
				prio = 9
			}
			all = append(all, dateHit{start: loc[0], end: loc[1], date: d, prio: prio, received: received, relative: p.relative, weekday: p.weekday})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].prio != all[j].prio {
			return all[i].prio > all[j].prio
		}
		if li, lj := all[i].end-all[i].start, all[j].end-all[j].start; li != lj {
			return li > lj
		}
		return all[i].start < all[j].start
	})
	var out []dateHit
	for _, h := range all {
		overlaps := false
		for _, o := range out {
			if h.start < o.end && o.start < h.end {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, h)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// « le lendemain de la Toussaint », « la veille du 15 », "the day after Christmas": the day next to the one named
	// (after the choice above, so that a holiday's own « avant »/« après » is not counted twice).
	for i, h := range out {
		if loc := nextToDay().FindStringSubmatchIndex(n[:h.start]); loc != nil {
			if w := n[loc[2]:loc[3]]; w == "lendemain" || w == "day after" {
				out[i].date = h.date.AddDays(1)
			} else {
				out[i].date = h.date.AddDays(-1)
			}
			out[i].start = loc[0]
		}
	}
	// "on Friday, November 20", « vendredi, 20 novembre »: one date, the precise one.
	for i := 0; i+1 < len(out); i++ {
		if out[i].weekday && out[i+1].start >= out[i].end && out[i+1].start-out[i].end <= 3 &&
			strings.Trim(n[out[i].end:out[i+1].start], ", ") == "" {
			out = append(out[:i], out[i+1:]...)
		}
	}
	return out
}

// numericDate reads 15/12, 15/12/2026, 15.12.26, 15-12-2026, and the US 12/15/2026 when the day cannot be the
// month. Without a year, dots and dashes are accepted only after a word that announces a date (« le 15.12 »),
// because "15.12" is as often an amount and "15-20" a range.
func numericDate(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
	start, end := loc[0], loc[1]
	if start > 0 && strings.IndexByte("-/.,:", n[start-1]) >= 0 {
		return 0, false
	}
	if end < len(n) && strings.IndexByte("/.-:,", n[end]) >= 0 && end+1 < len(n) && isDigit(n[end+1]) {
		return 0, false
	}
	rest := strings.TrimLeft(n[end:min(len(n), end+6)], " ")
	for _, unit := range []string{"€", "eur", "%", "h", "ht", "ttc", "x"} {
		if strings.HasPrefix(rest, unit) {
			return 0, false
		}
	}
	sep, year := m[2], m[4]
	if year == "" && sep != "/" {
		before := strings.TrimRight(n[max(0, start-12):start], " ")
		ok := false
		for _, w := range []string{"le", "au", "avant", "pour", "d'ici", "jusqu'au", "on", "by", "du", "prevu"} {
			if strings.HasSuffix(before, " "+w) || before == w {
				ok = true
			}
		}
		if !ok {
			return 0, false
		}
	}
	d, mo := atoi(m[1]), atoi(m[3])
	if mo > 12 && d <= 12 {
		d, mo = mo, d
	}
	if year != "" {
		y := atoi(year)
		if len(year) == 2 {
			y += 2000
		}
		return civil(y, mo, d)
	}
	return dayMonth(rec, d, time.Month(mo), "")
}

// plainNumberEnd tells whether the number ending at i stands alone: « le 15 » but not « le 15 % », « le 15h »,
// « le 15 jours », « le 15/12 » (read by the numeric pattern).
func plainNumberEnd(n string, i int) bool {
	if i < len(n) && strings.IndexByte("/.-:,%€", n[i]) >= 0 && i+1 < len(n) && (isDigit(n[i+1]) || n[i] == '%') {
		return false
	}
	rest := strings.TrimLeft(n[i:min(len(n), i+12)], " ")
	for _, w := range []string{"%", "€", "eur", "h", "heure", "jour", "mois", "an", "semaine", "fois", "x ", "min", "day", "week", "month", "year", "hour", "percent", "pour", "ex", "unit", "piece", "articles", "kg", "m2", "m ", "km", "rue", "avenue", "av.", "bd", "boulevard", "place", "chemin", "allee", "impasse", "route", "quai", "bis", "ter"} {
		if strings.HasPrefix(rest, w) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// civil builds a date and refuses the impossible ones (31/11) instead of rolling them over.
func civil(y, m, d int) (backend.Date, bool) {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return 0, false
	}
	out := backend.NewDate(y, time.Month(m), d)
	if out.Day() != d {
		return 0, false
	}
	return out, true
}

// dayMonth resolves a day and month without a year to the occurrence that is not long past: a date up to 30
// days back stays in the current year (« réglé le 20/11 » read on 2 December), earlier ones mean next year
// (« de retour le 5 janvier »).
func dayMonth(rec backend.Date, d int, m time.Month, year string) (backend.Date, bool) {
	if m < 1 || m > 12 {
		return 0, false
	}
	if year != "" {
		return civil(atoi(year), int(m), d)
	}
	// From the year before: « réglé le 28 décembre » written on 8 January is ten days back, not next December.
	for y := rec.Year() - 1; y <= rec.Year()+4; y++ {
		c, ok := civil(y, int(m), d)
		if !ok {
			if d > 29 || m != 2 {
				return 0, false
			}
			continue // 29 February: the next leap year
		}
		if c >= rec.AddDays(-30) {
			return c, true
		}
	}
	return 0, false
}

// inMonth resolves "fin décembre", "début janvier": this year unless that lands more than 30 days back.
func inMonth(rec backend.Date, m time.Month, year string, at func(y int) backend.Date) backend.Date {
	if m < 1 {
		return 0
	}
	if year != "" {
		return at(atoi(year))
	}
	d := at(rec.Year())
	if d < rec.AddDays(-30) {
		d = at(rec.Year() + 1)
	}
	return d
}

// nextDayOfMonth is the first date on or after rec falling on day d (« le 15 »: the next 15th, today's date if it
// is the 15th: « je vous règle le 15 » written on the 15th means today), on the given weekday too when wd ≥ 0
// (« lundi 14 »), else the next d.
func nextDayOfMonth(rec backend.Date, d int, wd time.Weekday) (backend.Date, bool) {
	if d < 1 || d > 31 {
		return 0, false
	}
	var first backend.Date
	for k := 0; k < 24; k++ {
		y, m := rec.Year(), int(rec.Month())+k
		y += (m - 1) / 12
		m = (m-1)%12 + 1
		c, ok := civil(y, m, d)
		if !ok || c < rec {
			continue
		}
		if first == 0 {
			first = c
		}
		if wd < 0 || c.Weekday() == wd {
			return c, true
		}
	}
	return first, first != 0
}

// dayNum reads a day of the month written as a figure or « premier ».
func dayNum(s string) int {
	if s == "premier" || s == "first" {
		return 1
	}
	return atoi(s)
}

// fridayOf is the Friday of d's week (Monday to Sunday).
func fridayOf(d backend.Date) backend.Date {
	return nextMonday(d).AddDays(-3)
}

// isoWeekMonday is the Monday of ISO week w: of this year, or of next year when that week is long past.
func isoWeekMonday(rec backend.Date, w int) (backend.Date, bool) {
	if w < 1 || w > 53 {
		return 0, false
	}
	for _, y := range []int{rec.Year(), rec.Year() + 1} {
		jan4 := backend.NewDate(y, 1, 4) // always in week 1
		mon := nextMonday(jan4).AddDays(-7 + 7*(w-1))
		if mon.AddDays(6) >= rec.AddDays(-7) {
			return mon, true
		}
	}
	return 0, false
}

// holiday resolves the named days people pay around: before one the day before, after one the day after; the
// year-end holidays end with « début janvier » (the 10th, leaning late), « la rentrée » is mid-September (or
// January's, in winter).
func holiday(m []string, n string, loc []int, rec backend.Date) (backend.Date, bool) {
	word, name := m[1], strings.TrimPrefix(strings.TrimPrefix(m[0], m[1]), " ")
	for _, art := range []string{"les ", "the ", "le ", "la ", "l'"} {
		name = strings.TrimPrefix(name, art)
	}
	next := func(mo time.Month, d int) backend.Date { // the next such day, this year's if not past
		c := backend.NewDate(rec.Year(), mo, d)
		if c < rec.AddDays(-7) {
			c = backend.NewDate(rec.Year()+1, mo, d)
		}
		return c
	}
	var day backend.Date
	after := word == "apres" || word == "after" || word == "des"
	before := word == "avant" || word == "before" || word == "d'ici" || word == "by"
	// « le lendemain de Noël », « la veille de Pâques »: the day itself here, findDates moves it by one.
	beside := word == "" && nextToDay().MatchString(n[:loc[0]])
	switch {
	case beside && (name == "noel" || name == "christmas" || name == "xmas"):
		return next(12, 25), true
	case beside && (name == "paques" || name == "easter"):
		day = calendar.Easter(rec.Year())
		if day < rec.AddDays(-7) {
			day = calendar.Easter(rec.Year() + 1)
		}
		return day, true
	case beside && (strings.Contains(name, "an") && !strings.HasPrefix(name, "fete") || strings.HasPrefix(name, "new year")):
		return next(1, 1), true
	case strings.HasPrefix(name, "fete"), name == "holidays":
		if before {
			return next(12, 24), true
		}
		end := next(1, 1)
		if rec.Month() == 1 && rec.Day() <= 10 {
			end = backend.NewDate(rec.Year(), 1, 1)
		}
		return end.AddDays(9), true
	case name == "noel", name == "christmas", name == "xmas":
		day = next(12, 25)
		if !after {
			return day.AddDays(-1), true // nobody pays on Christmas Day
		}
	case name == "reveillon", name == "new year's eve":
		day = next(12, 31)
	case name == "halloween":
		day = next(10, 31)
	case strings.HasSuffix(name, "thanksgiving"): // the United States': the fourth Thursday of November
		fourth := func(y int) backend.Date {
			d := backend.NewDate(y, 11, 1)
			for d.Weekday() != time.Thursday {
				d = d.AddDays(1)
			}
			return d.AddDays(21)
		}
		day = fourth(rec.Year())
		if day < rec.AddDays(-7) {
			day = fourth(rec.Year() + 1)
		}
	case strings.Contains(name, "an"), strings.HasPrefix(name, "new year"):
		day = next(1, 1)
		if !before && !after {
			return day.AddDays(9), true // « au nouvel an »: once the year has started
		}
	case name == "paques" || name == "easter":
		day = calendar.Easter(rec.Year())
		if day < rec.AddDays(-7) {
			day = calendar.Easter(rec.Year() + 1)
		}
		if !before {
			day = day.AddDays(1) // Easter Monday is off
		}
	case strings.Contains(name, "ascension"):
		e := calendar.Easter(rec.Year())
		if e.AddDays(39) < rec.AddDays(-7) {
			e = calendar.Easter(rec.Year() + 1)
		}
		day = e.AddDays(39)
		if strings.HasPrefix(name, "pont") {
			day = day.AddDays(1)
		}
	case name == "pentecote":
		e := calendar.Easter(rec.Year())
		if e.AddDays(50) < rec.AddDays(-7) {
			e = calendar.Easter(rec.Year() + 1)
		}
		day = e.AddDays(50)
	case name == "toussaint":
		day = next(11, 1)
	case name == "14 juillet":
		day = next(7, 14)
	case name == "15 aout":
		day = next(8, 15)
	case strings.HasPrefix(name, "rentree"):
		if strings.HasSuffix(name, "janvier") || !strings.HasSuffix(name, "septembre") && (rec.Month() >= 10 || rec.Month() <= 1) {
			return next(1, 10), true
		}
		return next(9, 15), true
	default:
		return 0, false
	}
	switch {
	case before:
		return day.AddDays(-1), true
	case after && strings.HasSuffix(strings.TrimSpace(n[:loc[0]]), "day"):
		return day.AddDays(1), true // "the day after Christmas": that day, worked or not
	case after:
		// The first day payments are made after it: « après Noël » in 2026 (a Saturday the 26th) is Monday the 28th.
		return calendar.Calendar{}.NextBusinessDay(day.AddDays(1)), true
	}
	return day, true
}

func lastDay(y int, m time.Month) backend.Date {
	return backend.NewDate(y, m+1, 1).AddDays(-1)
}

// nextMonday is the Monday of the week after rec's (ISO weeks start on Monday).
func nextMonday(rec backend.Date) backend.Date {
	wd := int(rec.Weekday())
	if wd == 0 {
		wd = 7
	}
	return rec.AddDays(8 - wd)
}

// workableDays counts « jours ouvrables » (the French legal sense: Monday to Saturday, public holidays excepted).
func workableDays(rec backend.Date, n int) backend.Date {
	d := rec
	for k := 0; k < n && k < 366; {
		d = d.AddDays(1)
		if _, holiday := (calendar.Calendar{}).IsHoliday(d); d.Weekday() != time.Sunday && !holiday {
			k++
		}
	}
	return d
}

func afterDuration(rec backend.Date, n int, unit string, business bool) (backend.Date, bool) {
	if n <= 0 || n > 366 {
		return 0, false
	}
	switch {
	case strings.HasPrefix(unit, "j") || strings.HasPrefix(unit, "day"):
		if business {
			return calendar.Calendar{}.AddBusinessDays(rec, n), true // public holidays are not worked either
		}
		return rec.AddDays(n), true
	case strings.HasPrefix(unit, "semaine") || strings.HasPrefix(unit, "week"):
		return rec.AddDays(7 * n), true
	case unit == "mois" || strings.HasPrefix(unit, "month"):
		if n > 24 {
			return 0, false
		}
		y, m := rec.Year(), int(rec.Month())+n
		y += (m - 1) / 12
		m = (m-1)%12 + 1
		d := min(rec.Day(), lastDay(y, time.Month(m)).Day())
		return backend.NewDate(y, time.Month(m), d), true
	default: // hours
		return rec.AddDays((n + 23) / 24), true
	}
}

func numWord(s string) int {
	switch s {
	case "un", "une", "a", "an", "one":
		return 1
	case "deux", "two":
		return 2
	case "trois", "three":
		return 3
	case "quatre", "four":
		return 4
	case "cinq", "five":
		return 5
	case "six":
		return 6
	case "sept", "seven":
		return 7
	case "huit", "eight":
		return 8
	case "dix", "ten":
		return 10
	case "quinze", "fifteen":
		return 15
	case "vingt", "twenty":
		return 20
	case "trente", "thirty":
		return 30
	}
	return atoi(s)
}

func monthNum(s string) time.Month {
	s = strings.TrimSuffix(s, ".")
	switch {
	case strings.HasPrefix(s, "jan"):
		return 1
	case strings.HasPrefix(s, "fe"):
		return 2
	case strings.HasPrefix(s, "mar"):
		return 3
	case strings.HasPrefix(s, "av"), strings.HasPrefix(s, "ap"):
		return 4
	case s == "mai" || s == "may":
		return 5
	case strings.HasPrefix(s, "juil"), strings.HasPrefix(s, "jul"):
		return 7
	case strings.HasPrefix(s, "ju"):
		return 6
	case strings.HasPrefix(s, "ao"), strings.HasPrefix(s, "au"):
		return 8
	case strings.HasPrefix(s, "sep"):
		return 9
	case strings.HasPrefix(s, "oct"):
		return 10
	case strings.HasPrefix(s, "nov"):
		return 11
	case strings.HasPrefix(s, "dec"):
		return 12
	}
	return 0
}

func weekdayNum(s string) time.Weekday {
	switch s {
	case "lundi", "monday":
		return time.Monday
	case "mardi", "tuesday":
		return time.Tuesday
	case "mercredi", "wednesday":
		return time.Wednesday
	case "jeudi", "thursday":
		return time.Thursday
	case "vendredi", "friday":
		return time.Friday
	case "samedi", "saturday":
		return time.Saturday
	}
	return time.Sunday
}

package inbox

import (
	"testing"

	"relance/backend"
)

// firstDate is the first date phrase of s, as the rules see it.
func firstDate(s string, received backend.Date) (backend.Date, string) {
	n, off := fold(s)
	hits := findDates(n, received)
	if len(hits) == 0 {
		return 0, ""
	}
	return hits[0].date, original(s, off, hits[0].start, hits[0].end)
}

func TestDatePhrases(t *testing.T) {
	// 2 December 2026 is a Wednesday.
	wed := backend.MustDate("2026-12-02")
	tests := []struct {
		received backend.Date
		phrase   string
		want     string // "" when the text holds no date
	}{
		// Numeric.
		{wed, "le 15/12", "2026-12-15"},
		{wed, "le 15/12/2026", "2026-12-15"},
		{wed, "15/12/26", "2026-12-15"},
		{wed, "le 15-12-2026", "2026-12-15"},
		{wed, "le 15.12.2026", "2026-12-15"},
		{wed, "le 15.12", "2026-12-15"},
		{wed, "2026-12-15", "2026-12-15"},
		{wed, "avant le 05/01", "2027-01-05"},
		{wed, "le 30/11", "2026-11-30"}, // two days back: a past date, not next year
		{wed, "le 31/10", "2027-10-31"}, // more than 30 days back: next year
		{wed, "12/24/2026", "2026-12-24"},
		{wed, "au plus tard le 18/12", "2026-12-18"},
		// Day and month in words.
		{wed, "15 décembre", "2026-12-15"},
		{wed, "15 decembre 2026", "2026-12-15"},
		{wed, "le 15 déc.", "2026-12-15"},
		{wed, "le 1er décembre", "2026-12-01"},
		{wed, "lundi 14 décembre", "2026-12-14"},
		{wed, "le mardi 8 décembre", "2026-12-08"},
		{wed, "5 janvier", "2027-01-05"},
		{wed, "le 5 janv. 2027", "2027-01-05"},
		{wed, "29 février", "2028-02-29"},
		{wed, "on December 15th", "2026-12-15"},
		{wed, "December 15", "2026-12-15"},
		{wed, "Dec 15, 2026", "2026-12-15"},
		{wed, "January 5th, 2027", "2027-01-05"},
		{wed, "15th December", "2026-12-15"},
		{wed, "the 15th of December", "2026-12-15"},
		{wed, "back on Monday 7 December", "2026-12-07"},
		{backend.MustDate("2027-01-08"), "le 28 décembre", "2026-12-28"}, // ten days back, not next December
		{backend.MustDate("2027-01-08"), "le 28/12", "2026-12-28"},
		{wed, "le 10 du mois prochain", "2027-01-10"}, // « du mois » is not « le 10 prochain »
		{wed, "on the 10th of next month", "2027-01-10"},
		{wed, "le 15 prochain", "2026-12-15"},
		{wed, "payment released on 21-Aug-2027", "2027-08-21"},
		{wed, "le 15-janv-27", "2027-01-15"},
		{backend.MustDate("2026-12-17"), "le premier jour ouvré de janvier", "2027-01-04"}, // the 1st is off, then a weekend
		{wed, "the first business day of next month", "2027-01-04"},
		{wed, "le dernier jour du mois", "2026-12-31"},
		{wed, "on the last day of this month", "2026-12-31"},
		{wed, "the last day of next month", "2027-01-31"},
		{wed, "by close of business on the 30th", "2026-12-30"},
		{wed, "by close of business", "2026-12-02"},
		{backend.MustDate("2027-02-01"), "vendredi en quinze", "2027-02-19"},
		{backend.MustDate("2026-11-20"), "a week on Monday", "2026-11-30"},
		{backend.MustDate("2027-03-08"), "le dernier vendredi du mois", "2027-03-26"},
		{backend.MustDate("2026-11-19"), "le premier lundi de décembre", "2026-12-07"},
		{backend.MustDate("2026-10-14"), "the first Monday of next month", "2026-11-02"},
		{backend.MustDate("2026-10-06"), "the last working day of the month", "2026-10-30"},
		{backend.MustDate("2026-08-12"), "EOD tomorrow", "2026-08-13"},
		{backend.MustDate("2027-03-15"), "by COB Friday", "2027-03-19"},
		{backend.MustDate("2027-02-02"), "dans la journée de demain", "2027-02-03"},
		{wed, "ce week-end", "2026-12-06"},
		{wed, "over the weekend", "2026-12-06"},
		{wed, "le week-end prochain", "2026-12-13"},
		{wed, "avant le week-end", "2026-12-04"},
		{wed, "by the end of the week after next", "2026-12-18"},
		{wed, "en milieu de semaine prochaine", "2026-12-09"},
		{wed, "midweek", "2026-12-02"},
		{backend.MustDate("2026-12-22"), "le premier jour ouvré après le jour de l'An", "2027-01-04"},
		{wed, "the first working day after Christmas", "2026-12-28"},
		{backend.MustDate("2026-12-07"), "lundi en quinze", "2026-12-21"}, // said on a Monday: from today
		{backend.MustDate("2026-12-07"), "lundi en huit", "2026-12-14"},
		{backend.MustDate("2026-12-01"), "sous 10 jours ouvrables", "2026-12-12"}, // Monday to Saturday
		{wed, "on New Year's Eve", "2026-12-31"},
		{backend.MustDate("2026-10-19"), "by Halloween", "2026-10-30"},
		{backend.MustDate("2026-11-18"), "after Thanksgiving", "2026-11-27"},
		{backend.MustDate("2027-01-20"), "will pay tmrw", "2027-01-21"},
		// The day next to a named one.
		{wed, "le lendemain de Noël", "2026-12-26"},
		{wed, "la veille du 15 décembre", "2026-12-14"},
		{wed, "le lendemain du 1er janvier", "2027-01-02"},
		{wed, "the day after December 15th", "2026-12-16"},
		{wed, "the day after Christmas", "2026-12-26"},
		{backend.MustDate("2026-10-20"), "le lendemain de la Toussaint", "2026-11-02"},
		{wed, "le lendemain du jour de l'an", "2027-01-02"},
		{backend.MustDate("2027-03-10"), "le lendemain de Pâques", "2027-03-29"},
		// The next day of the month.
		{wed, "le 15", "2026-12-15"},
		{wed, "le 2", "2026-12-02"}, // today is the 2nd: today
		{wed, "le 1er", "2027-01-01"},
		{wed, "le 31", "2026-12-31"},
		{backend.MustDate("2027-02-10"), "le 30", "2027-03-30"},
		{wed, "on the 15th", "2026-12-15"},
		{wed, "lundi 14", "2026-12-14"},
		// Days and weekdays.
		{wed, "demain", "2026-12-03"},
		{wed, "après-demain", "2026-12-04"},
		{wed, "aujourd'hui", "2026-12-02"},
		{wed, "aujourd’hui", "2026-12-02"},
		{wed, "lundi", "2026-12-07"},
		{wed, "mercredi", "2026-12-09"},
		{wed, "ce vendredi", "2026-12-04"},
		{wed, "vendredi prochain", "2026-12-04"},
		{wed, "d'ici vendredi", "2026-12-04"},
		{wed, "tomorrow", "2026-12-03"},
		{wed, "the day after tomorrow", "2026-12-04"},
		{wed, "today", "2026-12-02"},
		{wed, "on Monday", "2026-12-07"},
		{wed, "next Friday", "2026-12-04"},
		// Weeks.
		{wed, "la semaine prochaine", "2026-12-11"},
		{wed, "courant de semaine prochaine", "2026-12-11"},
		{wed, "en début de semaine prochaine", "2026-12-07"},
		{wed, "cette semaine", "2026-12-04"},
		{wed, "en fin de semaine", "2026-12-04"},
		{backend.MustDate("2026-12-05"), "cette semaine", "2026-12-11"}, // a Saturday: the coming Friday
		{backend.MustDate("2026-12-06"), "la semaine prochaine", "2026-12-11"},
		{wed, "next week", "2026-12-11"},
		{wed, "early next week", "2026-12-07"},
		{wed, "this week", "2026-12-04"},
		{wed, "by the end of the week", "2026-12-04"},
		// Months.
		{wed, "fin de mois", "2026-12-31"},
		{wed, "à la fin du mois", "2026-12-31"},
		{wed, "fin de ce mois", "2026-12-31"},
		{wed, "fin du mois prochain", "2027-01-31"},
		{wed, "le mois prochain", "2027-01-31"},
		{wed, "début du mois prochain", "2027-01-10"},
		{wed, "début janvier", "2027-01-10"},
		{wed, "mi-janvier", "2027-01-15"},
		{wed, "mi-décembre", "2026-12-15"},
		{wed, "fin janvier", "2027-01-31"},
		{wed, "fin février", "2027-02-28"},
		{wed, "courant janvier", "2027-01-31"},
		{wed, "en janvier", "2027-01-31"},
		{wed, "fin d'année", "2026-12-31"},
		{backend.MustDate("2027-01-30"), "fin de mois", "2027-01-31"},
		{backend.MustDate("2027-01-31"), "dans un mois", "2027-02-28"},
		{wed, "by the end of the month", "2026-12-31"},
		{wed, "end of month", "2026-12-31"},
		{wed, "end of next month", "2027-01-31"},
		{wed, "mid-January", "2027-01-15"},
		{wed, "early January", "2027-01-10"},
		{wed, "end of January", "2027-01-31"},
		{wed, "in January", "2027-01-31"},
		// Durations.
		{wed, "sous 8 jours", "2026-12-10"},
		{wed, "sous huitaine", "2026-12-10"},
		{wed, "sous quinzaine", "2026-12-17"},
		{wed, "dans 10 jours", "2026-12-12"},
		{wed, "d'ici 15 jours", "2026-12-17"},
		{wed, "sous 48h", "2026-12-04"},
		{wed, "sous 48 heures", "2026-12-04"},
		{wed, "dans une semaine", "2026-12-09"},
		{wed, "dans deux semaines", "2026-12-16"},
		{wed, "dans un mois", "2027-01-02"},
		{wed, "sous 5 jours ouvrés", "2026-12-09"},
		{backend.MustDate("2026-11-09"), "sous 3 jours ouvrés", "2026-11-13"}, // 11 November is not worked
		{backend.MustDate("2026-12-23"), "within 3 business days", "2026-12-29"},
		{wed, "within 7 days", "2026-12-09"},
		{wed, "in 2 weeks", "2026-12-16"},
		{wed, "in a month", "2027-01-02"},
		{wed, "within the next 10 days", "2026-12-12"},
		// Not dates.
		{wed, "un montant de 1 250,00 €", ""},
		{wed, "soit 15.12 € de pénalités", ""},
		{wed, "Tél. 06.12.34.56.78", ""},
		{wed, "facture F-2026-014", ""},
		{wed, "une remise de 15 %", ""},
		{wed, "le 15 %", ""},
		{wed, "à 15h30", ""},
		{wed, "non réglé à ce jour", ""},
		{wed, "version 2.1", ""},
		{wed, "au 15 rue des Lilas", ""},
		{wed, "le 31/11", ""},
		{wed, "les 3 articles", ""},
		{wed, "we may pay", ""},
		{0, "demain", ""},
	}
	for _, tt := range tests {
		got, phrase := firstDate(tt.phrase, tt.received)
		if got.String() != tt.want {
			t.Errorf("%q (received %s) = %q (%q), want %q", tt.phrase, tt.received, got, phrase, tt.want)
		}
	}
}

func TestDateOverlapPrefersTheWholePhrase(t *testing.T) {
	wed := backend.MustDate("2026-12-02")
	n, off := fold("Nous réglerons le lundi 14 décembre, pas avant.")
	hits := findDates(n, wed)
	if len(hits) != 1 || hits[0].date.String() != "2026-12-14" {
		t.Fatalf("hits = %+v", hits)
	}
	if got := original("Nous réglerons le lundi 14 décembre, pas avant.", off, hits[0].start, hits[0].end); got != "lundi 14 décembre" {
		t.Errorf("phrase %q", got)
	}
}

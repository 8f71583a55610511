package inbox

import (
	"testing"

	"relance/backend"
)

// Promise replies as clients write them (written for this test, not taken from any corpus): the date must be the
// calendar day the client commits to, counted from the message's own day. 10 December 2026 is a Thursday.
func TestPromiseDatesAsPeopleWriteThem(t *testing.T) {
	thu := backend.MustDate("2026-12-10")
	mon := backend.MustDate("2026-12-14")
	tests := []struct {
		received backend.Date
		text     string
		want     string // "" : a promise without a date
	}{
		// French, relative weeks and weekdays.
		{thu, "Bonjour,\nje vous règle fin de semaine prochaine.\nCordialement", "2026-12-18"},
		{thu, "Bonjour, le virement part vendredi. Bonne journée", "2026-12-11"},
		{thu, "Nous ferons le virement d'ici vendredi.", "2026-12-11"},
		{thu, "Le paiement sera effectué mardi de la semaine prochaine.", "2026-12-15"},
		{mon, "Le paiement sera effectué mercredi de la semaine prochaine.", "2026-12-23"},
		{thu, "On vous paie lundi en huit, promis.", "2026-12-21"},
		{thu, "je regle lundi ou mardi", "2026-12-15"},
		{thu, "Nous vous réglerons dans la semaine du 14.", "2026-12-18"},
		{thu, "Le règlement est prévu semaine 52.", "2026-12-25"},
		{thu, "nous ferons le nécessaire dans la semaine pour le paiement, le virement sera fait d'ici là", "2026-12-11"},
		// French, days of the month.
		{thu, "Bonjour Madame, je vous règle le 15. Bien à vous", "2026-12-15"},
		{thu, "Je vous paierai le 5 du mois prochain, à réception de mon salaire.", "2027-01-05"},
		{thu, "Le règlement interviendra le 10, au plus tard le 18.", "2026-12-18"},
		{thu, "Nous réglerons entre le 15 et le 20.", "2026-12-20"},
		{backend.MustDate("2026-12-15"), "Je vous règle le 15, comme convenu.", "2026-12-15"},
		{thu, "Virement programmé le 1er du mois prochain.", "2027-01-01"},
		{thu, "Notre comptable passera le virement le 28 courant.", "2026-12-28"},
		// Set for a day, with other dates around it (an absence, the invoice's).
		{thu, "Concernant votre facture du 12 novembre : je pars en congé demain jusqu'au 4 janvier, je l'ai donc programmée au 21 décembre dans notre banque.", "2026-12-21"},
		{thu, "Our payment run was this morning, so it'll go out on Wednesday.", "2026-12-16"},
		{thu, "I'm off tomorrow, but I've scheduled the payment for the 18th.", "2026-12-18"},
		{thu, "paying on the 18th promise\n\nSent from my Android", "2026-12-18"},
		{thu, "We're settling it Friday.", "2026-12-11"},
		{thu, "Nous réglerons la facture mardi prochain par virement, le temps que ma collègue valide.", "2026-12-15"},
		// Corrected at once, the date inside the words, the first of next month.
		{thu, "Je vous règle le 15... non pardon, le 17, le 15 je suis en déplacement.", "2026-12-17"},
		{thu, "I'll pay it on the 15th. Sorry, I mean the 21st; the 15th is when our clients pay.", "2026-12-21"},
		{thu, "Our office is closed till the 4th but I've scheduled the wire for 1/15 - should reach you after that.", "2027-01-15"},
		{thu, "Happy to confirm it'll be paid on the first of next month.", "2027-01-01"},
		{thu, "Le virement sera fait le lendemain de Noël.", "2026-12-26"},
		// French, months and durations.
		{thu, "La facture sera réglée fin de mois.", "2026-12-31"},
		{thu, "Paiement prévu fin du mois de janvier.", "2027-01-31"},
		{thu, "Nous vous réglerons début janvier, après la clôture.", "2027-01-10"},
		{thu, "Je vous paie sous huitaine.", "2026-12-18"},
		{thu, "nous allons régler d'ici une dizaine de jours", "2026-12-20"},
		{thu, "Le virement sera fait dans 2 à 3 semaines.", "2026-12-31"},
		{thu, "je vous reglerai en janvier prochain", "2027-01-31"},
		{thu, "Le solde sera versé fin de trimestre.", "2026-12-31"},
		// French, holidays.
		{thu, "Nous vous réglerons avant Noël.", "2026-12-24"},
		{thu, "Nous paierons après les fêtes.", "2027-01-10"},
		// French, the right sentence among several dates.
		{thu, "Suite à votre relance du 2 décembre concernant la facture du 15/10, nous réglerons le 22/12.", "2026-12-22"},
		{thu, "Votre courrier du 30 novembre est bien arrivé. Le virement partira mardi.", "2026-12-15"},
		{thu, "Nous avons bien reçu la facture du 12 novembre.\nLe paiement sera fait le 20.", "2026-12-20"},
		// English.
		{thu, "Hi, we will pay by the end of next week. Regards", "2026-12-18"},
		{thu, "We'll settle the invoice on the 15th.", "2026-12-15"},
		{thu, "Payment will be made in 10 days.", "2026-12-20"},
		{thu, "I will transfer the funds on Tuesday next week.", "2026-12-15"},
		{thu, "We plan to pay early January.", "2027-01-10"},
		{thu, "Payment is scheduled for Friday or Monday at the latest.", "2026-12-14"},
		{thu, "We will pay before Christmas.", "2026-12-24"},
		{thu, "Following your reminder of December 1st, we will pay on December 18.", "2026-12-18"},
		{thu, "Our payment run is on the 20th, we will pay you then.", "2026-12-20"},
		{thu, "We will pay within the next couple of weeks.", "2026-12-24"},
		{thu, "Payment will go out EOM.", "2026-12-31"},
		// A weekday with its date is that date; a delay or a period is never a reference, whatever precedes it;
		// « le premier » that counts instalments is not the 1st; words that set a time to come.
		{thu, "The transfer will be made on Monday, December 21, once approved.", "2026-12-21"},
		{thu, "Le virement sera fait vendredi, 18 décembre.", "2026-12-18"},
		{thu, "The invoice will be paid within 7 working days.", "2026-12-21"},
		{thu, "Nous réglerons la facture d'ici 20 jours. Période chargée avec la rentrée des classes.", "2026-12-30"},
		{thu, "Nous solderons la facture début janvier.", "2027-01-10"},
		{thu, "Paiement en trois fois à compter du 8 janvier.", "2027-01-08"},
		{thu, "Je vous propose trois versements : le premier le 20 décembre, puis le 20 janvier et le 20 février.", "2026-12-20"},
		{thu, "Nos conditions sont à 45 jours fin de mois, la facture sera donc réglée fin du mois prochain.", "2027-01-31"},
		{thu, "Le budget arrive fin décembre, nous pourrons ainsi vous payer mi-janvier.", "2027-01-15"},
		{thu, "The invoice was approved this morning; please expect the payment by December 22.", "2026-12-22"},
		{thu, "Funds will be sent on December 28.", "2026-12-28"},
		{thu, "Laissez-nous encore une vingtaine de jours pour vous régler.", "2026-12-30"},
		// A payment run named by its day; « le montant dû mardi »; the quoted due date is not the promise.
		{thu, "Nous réglerons la facture avec notre prochain virement groupé du 22.", "2026-12-22"},
		{thu, "Mise en paiement lors de notre campagne de paiement du 5.", "2027-01-05"},
		{thu, "Nous pourrons vous verser le montant dû mardi prochain.", "2026-12-15"},
		{thu, "Yes, we know it is late (the due date was October 22). You'll have the money mid-January.", "2027-01-15"},
		{thu, "Le chèque partira lundi, vous recevrez l'avis de virement par mail.", "2026-12-14"},
	}
	for _, tt := range tests {
		c := Classify(Message{Text: tt.text}, tt.received)
		got := ""
		if !c.PromiseDate.IsZero() {
			got = c.PromiseDate.String()
		}
		if c.Class != Promise || got != tt.want {
			t.Errorf("%q (received %s): %s, date %q (%s), want promise on %q", tt.text, tt.received, c.Class, got, c.Phrase, tt.want)
		}
	}
}

// A promise the rules do not phrase, read by the model, still carries the date the client gives, from the
// sentence that speaks of paying, not from the reference to the reminder.
func TestLearnedPromiseGetsItsDate(t *testing.T) {
	thu := backend.MustDate("2026-12-10")
	m := Message{Text: "Bonjour,\nSuite à votre mail du 3 décembre : on s'en occupe, c'est calé pour le 21 côté compta.\nMerci"}
	d, ph, ok := promisedDate(m, thu)
	if !ok || d.String() != "2026-12-21" {
		t.Fatalf("promisedDate = %s %q %v, want 2026-12-21", d, ph, ok)
	}
	if _, _, ok := promisedDate(Message{Text: "On s'en occupe dès que notre client nous aura payés."}, thu); ok {
		t.Error("a promise tied to an event has no date")
	}
}

// More ways of saying when, phrase by phrase (the first date phrase of each).
func TestDatePhrasesPeopleUse(t *testing.T) {
	thu := backend.MustDate("2026-12-10")
	tests := []struct {
		phrase, want string
	}{
		{"mi-mois", "2026-12-15"},
		{"milieu du mois", "2026-12-15"},
		{"début d'année prochaine", "2027-01-10"},
		{"early next year", "2027-01-10"},
		{"two weeks from now", "2026-12-24"},
		{"10 jours à compter d'aujourd'hui", "2026-12-20"},
		{"first thing next week", "2026-12-14"},
		{"mardi semaine prochaine", "2026-12-15"},
		{"next week on Wednesday", "2026-12-16"},
		{"Thursday next week", "2026-12-17"},
		{"le 5 du mois prochain", "2027-01-05"},
		{"the 5th of next month", "2027-01-05"},
		{"le 15 prochain", "2026-12-15"},
		{"le premier du mois", "2027-01-01"},
		{"le 28 courant", "2026-12-28"},
		{"by 20th", "2026-12-20"},
		{"fin du mois de février", "2027-02-28"},
		{"dans le courant du mois de janvier", "2027-01-31"},
		{"seconde quinzaine de janvier", "2027-01-31"},
		{"première quinzaine de janvier", "2027-01-15"},
		{"janvier prochain", "2027-01-31"},
		{"les premiers jours de janvier", "2027-01-10"},
		{"semaine 2", "2027-01-15"},
		{"la semaine du 21 décembre", "2026-12-25"},
		{"the week of the 14th", "2026-12-18"},
		{"sous quinzaine", "2026-12-25"},
		{"une quinzaine de jours", "2026-12-24"},
		{"dans quelques jours", "2026-12-17"},
		{"in a couple of days", "2026-12-13"},
		{"dans 2 à 3 semaines", "2026-12-31"},
		{"in 2-3 days", "2026-12-13"},
		{"avant Noël", "2026-12-24"},
		{"by Christmas", "2026-12-24"},
		{"après Noël", "2026-12-28"}, // the 26th is a Saturday: the first day payments are made after it
		{"right after New Year", "2027-01-04"},
		{"entre Noël et le jour de l'an", "2026-12-31"},
		{"après les fêtes", "2027-01-10"},
		{"after the holidays", "2027-01-10"},
		{"avant Pâques", "2027-03-27"},
		{"à la rentrée", "2027-01-10"},
		{"fin de trimestre", "2026-12-31"},
		{"end of next quarter", "2027-03-31"},
		{"dans la semaine", "2026-12-11"},
		{"by the weekend", "2026-12-11"},
		{"ce matin", "2026-12-10"},
		{"by end of day", "2026-12-10"},
		{"EOW", "2026-12-11"},
		{"EOM", "2026-12-31"},
		{"lundi en 8", "2026-12-21"},
		// Not dates.
		{"au 15 rue de la Paix", ""},
		{"S2 2027", ""},
		{"semaine 60", ""},
		{"pour les fêtes nous fermons", "2027-01-10"}, // a date all the same; the promise rules decide whether it is one
	}
	for _, tt := range tests {
		got, ph := firstDate(tt.phrase, thu)
		g := ""
		if !got.IsZero() {
			g = got.String()
		}
		if g != tt.want {
			t.Errorf("%q = %q (%q), want %q", tt.phrase, g, ph, tt.want)
		}
	}
}

// "1/8" from an American writing in English is January 8; from a British client, or in French, the 1st of August.
func TestAmericanNumericDates(t *testing.T) {
	msg := func(zone, body string) Message {
		raw := "From: Kyle <kyle@client.example>\r\nTo: relances@atelier.example\r\nSubject: RE: Final reminder\r\n" +
			"Date: Mon, 28 Dec 2026 13:55:40 " + zone + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
		m, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	tests := []struct{ zone, body, want string }{
		{"-0800", "hey - our office is closed till after new years. I'll mail the check on 1/8 when we're back.", "2027-01-08"},
		{"-0500", "We will pay the invoice on 2/5 with our other vendors.", "2027-02-05"},
		{"+0000", "We will pay the invoice on 2/5 with our other vendors.", "2027-05-02"},
		{"-0500", "Bonjour, nous réglerons la facture le 2/5, merci de votre patience.", "2027-05-02"},
		{"-0800", "We will pay the invoice on 12/30 at the latest.", "2026-12-30"},
	}
	for _, tc := range tests {
		m := msg(tc.zone, tc.body)
		if c := Classify(m, receivedOn(m)); c.Class != Promise || c.PromiseDate.String() != tc.want {
			t.Errorf("%s %q: %s %s, want %s — %s", tc.zone, tc.body, c.Class, c.PromiseDate, tc.want, c.Reason)
		}
	}
}

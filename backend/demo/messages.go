package demo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"relance/backend"
)

// Message is a received e-mail as the mailbox watcher keeps it: the classified, linked record and its full text.
// ClientID and InvoiceIDs are positions, like the other references of Data (0: linked to no client).
type Message struct {
	Interaction backend.Interaction
	Text        string
}

// messageKind is one sort of reply clients send to reminders, with how often it comes and its wording.
type messageKind struct {
	class    string
	weight   int
	subjects []string
	bodies   []string // {n} invoice number, {a} amount, {d} a date, {s} signature
	phrase   string   // the expression the classifier decides on
	reason   string
	// The same in English, for the clients who write in English (foreign ones).
	subjectsEN, bodiesEN []string
	phraseEN             string
}

var messageKinds = []messageKind{
	{class: "auto_reply", weight: 26, subjects: []string{"Réponse automatique : {subj}", "Absence du bureau : {subj}", "Accusé de réception : {subj}"},
		bodies: []string{
			"Bonjour,\n\nJe suis absent(e) du bureau jusqu'au {d} inclus, avec un accès limité à ma messagerie.\nPour toute demande urgente, merci de contacter le standard.\n\nCordialement,\n{s}",
			"Bonjour,\n\nNous accusons bonne réception de votre message. Il sera traité dans les meilleurs délais par notre service comptabilité fournisseurs.\n\nCeci est un message automatique, merci de ne pas y répondre.",
		},
		phrase:     "absent(e) du bureau",
		subjectsEN: []string{"Automatic reply: {subj}", "Out of office: {subj}"},
		bodiesEN:   []string{"Hello,\n\nI am out of the office until {d} with limited access to e-mail.\nFor urgent matters, please call our switchboard.\n\nKind regards,\n{s}"},
		phraseEN:   "out of the office", reason: "message d'absence : réponse automatique"},
	{class: "promise", weight: 20, subjects: []string{"Re: {subj}", "RE: {subj}"},
		bodies: []string{
			"Bonjour,\n\nToutes nos excuses pour ce retard. Le règlement de la facture {n} ({a}) sera effectué par virement le {d}.\n\nBien cordialement,\n{s}",
			"Bonjour,\n\nBien reçu. Nous programmons le paiement de la facture {n} pour le {d}, lors de notre prochaine campagne de règlements.\n\nCordialement,\n{s}",
			"Bonjour,\n\nNous traversons une période de trésorerie tendue. Nous pouvons régler {a} le {d}. Merci de votre compréhension.\n\n{s}",
		},
		phrase:     "sera effectué par virement le",
		subjectsEN: []string{"Re: {subj}", "RE: {subj}"},
		bodiesEN:   []string{"Hello,\n\nApologies for the delay. Invoice {n} ({a}) will be paid by bank transfer on {d}.\n\nBest regards,\n{s}"},
		phraseEN:   "will be paid by bank transfer on", reason: "promesse de paiement avec une date"},
	{class: "paid", weight: 15, subjects: []string{"Re: {subj}", "RE: {subj}"},
		bodies: []string{
			"Bonjour,\n\nLa facture {n} a été réglée par virement le {d}. Vous devriez le voir sur votre relevé sous 48 heures.\n\nCordialement,\n{s}",
			"Bonjour,\n\nNous avons payé cette facture ({a}) la semaine dernière. Pouvez-vous vérifier de votre côté ?\n\nMerci,\n{s}",
		},
		phrase:     "a été réglée",
		subjectsEN: []string{"Re: {subj}"},
		bodiesEN:   []string{"Hello,\n\nInvoice {n} was paid by transfer on {d}; it should reach your account within two days.\n\nRegards,\n{s}"},
		phraseEN:   "was paid", reason: "le client dit avoir payé : vérifier le relevé avant de relancer"},
	{class: "other", weight: 18, subjects: []string{"Re: {subj}", "RE: {subj}", "TR: {subj}"},
		bodies: []string{
			"Bonjour,\n\nJe transmets votre message à notre service comptable, qui reviendra vers vous.\n\nBonne journée,\n{s}",
			"Bonjour,\n\nPouvez-vous me rappeler au sujet de la facture {n} ? Je suis joignable l'après-midi.\n\nMerci,\n{s}",
			"Bonjour,\n\nMerci pour votre message. Je regarde cela à mon retour de congés.\n\n{s}",
		},
		reason:     "aucune expression de paiement, de litige ou de demande reconnue : réponse à lire",
		subjectsEN: []string{"Re: {subj}", "FW: {subj}"},
		bodiesEN:   []string{"Hello,\n\nI have forwarded your message to our accounts payable team, who will get back to you.\n\nKind regards,\n{s}"}},
	{class: "dispute", weight: 7, subjects: []string{"Re: {subj}", "Contestation facture {n}"},
		bodies: []string{
			"Bonjour,\n\nNous contestons la facture {n} : la prestation n'a pas été réalisée conformément au devis. Nous ne la réglerons pas en l'état.\n\n{s}",
			"Bonjour,\n\nLe montant de {a} ne correspond pas à la commande. Merci de nous adresser un avoir ou une facture rectificative.\n\n{s}",
		},
		phrase:     "nous contestons",
		subjectsEN: []string{"Re: {subj}", "Invoice {n} disputed"},
		bodiesEN:   []string{"Hello,\n\nWe dispute invoice {n}: the amount of {a} does not match our purchase order. Please send a credit note.\n\n{s}"},
		phraseEN:   "we dispute", reason: "le client conteste la facture"},
	{class: "copy_request", weight: 9, subjects: []string{"Re: {subj}", "Demande de duplicata {n}"},
		bodies: []string{
			"Bonjour,\n\nNous ne retrouvons pas la facture {n}. Pourriez-vous nous en renvoyer une copie en PDF ?\n\nMerci d'avance,\n{s}",
			"Bonjour,\n\nPourriez-vous renvoyer la facture {n} à notre adresse de dépôt des factures fournisseurs ? Nous ne l'avons pas dans notre système.\n\n{s}",
		},
		phrase:     "renvoyer une copie",
		subjectsEN: []string{"Re: {subj}", "Copy of invoice {n}"},
		bodiesEN:   []string{"Hello,\n\nWe cannot find invoice {n}. Could you please send us a copy as a PDF?\n\nThank you,\n{s}"},
		phraseEN:   "send us a copy", reason: "le client demande une copie de la facture"},
	{class: "bounce", weight: 5, subjects: []string{"Undelivered Mail Returned to Sender", "Non remis : {subj}"},
		bodies: []string{
			"Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n<{e}>: host mx.{h} said: 550 5.1.1 User unknown",
		},
		phrase:     "550 5.1.1",
		subjectsEN: []string{"Undelivered Mail Returned to Sender"},
		bodiesEN:   []string{"Your message could not be delivered to one or more recipients.\n\n<{e}>: host mx.{h} said: 550 5.1.1 User unknown"},
		phraseEN:   "550 5.1.1", reason: "rapport de non-remise : adresse inconnue"},
}

var messageWeights = func() []int {
	w := make([]int, len(messageKinds))
	for i, k := range messageKinds {
		w[i] = k.weight
	}
	return w
}()

// The demo records no reminder sent (a fresh ledger: Relance has chased nobody yet), so its clients answer the
// e-mail that carried the invoice, sent from the owner's mailbox when invoicing — never a reminder the timeline
// would say was not sent.
var (
	invoiceSubjects   = []string{"Facture {n}", "Facture {n} — Atelier Démo", "Votre facture {n}"}
	invoiceSubjectsEN = []string{"Invoice {n}", "Invoice {n} from Atelier Démo"}
)

// strangers write from addresses linked to no client; reserved domains only, as every demo address.
var strangers = []string{"contact@example.com", "info@example.org", "secretariat@messagerie.example", "compta@fai.test", "noreply@courriel.example"}

// messages generates n received e-mails, replies to the e-mails of invoices paid late or still overdue; three in a
// hundred come from an address linked to no client. Those of the last month that no client is linked to are still
// to read; the others were dealt with. Every one arrived before today (a message dated later today than the
// moment the demo is looked at would not be believed), after the invoice it answers was sent. Run after the invoices.
func (g *gen) messages(n int) {
	if n <= 0 || len(g.data.Invoices) == 0 {
		return
	}
	g.data.Messages = make([]Message, 0, n)
	for i := 0; i < n; i++ {
		inv := g.lateInvoice()
		c := &g.data.Clients[inv.ClientID-1]
		from := c.ReminderEmail()
		kind := &messageKinds[g.weighted(messageWeights)]
		yesterday := g.today.AddDays(-1)
		day := min(inv.DueDate.AddDays(g.between(3, 45)), yesterday)
		if inv.AmountPaid >= inv.AmountInclTax && !inv.UpdatedAt.IsZero() {
			day = min(day, backend.DateOf(inv.UpdatedAt).AddDays(-1)) // written while it was still unpaid
		}
		day = max(day, inv.IssueDate)
		owed := inv.AmountInclTax - inv.AmountPaid
		if owed <= 0 {
			owed = inv.AmountInclTax
		}
		received := at(day, g.between(7, 18), g.r.IntN(60))
		english := c.Language == "en"
		subjects, bodies, phrase := kind.subjects, kind.bodies, kind.phrase
		originals := invoiceSubjects
		if english {
			subjects, bodies, phrase, originals = kind.subjectsEN, kind.bodiesEN, kind.phraseEN, invoiceSubjectsEN
		}
		subject := strings.ReplaceAll(pick(g, originals), "{n}", inv.Number)
		it := backend.Interaction{
			ClientID:   inv.ClientID,
			InvoiceIDs: []uint64{inv.ID},
			Folder:     "INBOX",
			FromEmail:  from,
			FromName:   c.Name,
			ReceivedAt: received,
			Class:      kind.class,
			Phrase:     phrase,
			Reason:     kind.reason,
			LinkedBy:   "address", // as the mailbox watcher links it: the client's address, the invoice it cites
			LinkReason: "adresse " + from + " ; facture " + inv.Number + " citée",
			Status:     backend.InteractionHandled,
			HandledAt:  received.Add(time.Duration(g.between(10, 180)) * time.Minute), // read the same day, before 22:00
			Decision:   "lue",
		}
		if kind.class == "auto_reply" {
			it.Decision = "Réponse automatique : sans effet sur la relance"
		}
		if from == "" || g.chance(0.03) {
			// From an address no client uses (a manager's personal mailbox, a shared one): half of them recent.
			it.ClientID, it.InvoiceIDs, it.LinkedBy, it.LinkReason = 0, []uint64{}, "", ""
			it.FromEmail, it.FromName = pick(g, strangers), ""
			if g.chance(0.5) {
				day = g.today.AddDays(-1 - g.r.IntN(20))
				it.ReceivedAt = at(day, g.between(7, 19), g.r.IntN(60))
			}
			if day.AddDays(30) > g.today {
				it.Status, it.HandledAt, it.Decision = backend.InteractionNew, time.Time{}, ""
			}
		}
		host := "example.com"
		if k := strings.IndexByte(from, '@'); k >= 0 {
			host = from[k+1:]
		}
		promised := day.AddDays(g.between(2, 20))
		promisedText := promised.French()
		if english {
			promisedText = promised.Time().Format("2 January 2006")
		}
		text := strings.NewReplacer("{n}", inv.Number, "{a}", amountText(owed, english),
			"{d}", promisedText, "{s}", c.Name, "{e}", from, "{h}", host).Replace(pick(g, bodies))
		it.Subject = strings.NewReplacer("{subj}", subject, "{n}", inv.Number).Replace(pick(g, subjects))
		if kind.class == "promise" {
			it.PromiseDate = promised
		}
		if kind.class == "bounce" {
			it.BounceAddress = from
			it.FromEmail, it.FromName = "MAILER-DAEMON@mx."+host, "Mail Delivery System"
		}
		it.Excerpt = excerpt(text)
		// The invoice's e-mail it answers, quoted below as mail programs do.
		if english {
			text += "\n\nOn " + inv.IssueDate.Time().Format("2 January 2006") + ", Atelier Démo wrote:\n> Hello,\n> Please find attached our invoice " + inv.Number +
				" for " + amountText(inv.AmountInclTax, true) + ", due on " + inv.DueDate.Time().Format("2 January 2006") + ".\n> Kind regards"
		} else {
			text += "\n\nLe " + inv.IssueDate.French() + ", Atelier Démo a écrit :\n> Bonjour,\n> Veuillez trouver ci-joint notre facture " + inv.Number +
				" d'un montant de " + amountText(inv.AmountInclTax, false) + ", à régler au plus tard le " + inv.DueDate.French() + ".\n> Cordialement"
		}
		g.data.Messages = append(g.data.Messages, Message{Interaction: it, Text: text})
	}
	// A mailbox numbers its messages in the order they arrived.
	slices.SortStableFunc(g.data.Messages, func(a, b Message) int { return a.Interaction.ReceivedAt.Compare(b.Interaction.ReceivedAt) })
	for i := range g.data.Messages {
		it := &g.data.Messages[i].Interaction
		it.UID = uint32(i + 1)
		// Sortable, so that loading hundreds of thousands of them writes the index in order.
		it.MessageID = "<demo-" + pad(i+1, 9) + "@messages.example>"
	}
}

// lateInvoice picks an invoice that was due before today and paid late or not at all: those are the ones chased.
func (g *gen) lateInvoice() *backend.Invoice {
	var inv *backend.Invoice
	for try := 0; try < 30; try++ {
		inv = &g.data.Invoices[g.r.IntN(len(g.data.Invoices))]
		if inv.Status == backend.StatusCancelled || inv.DueDate >= g.today {
			continue
		}
		if inv.AmountPaid < inv.AmountInclTax || inv.UpdatedAt.After(inv.DueDate.AddDays(3).Time()) {
			break
		}
	}
	return inv
}

// excerpt is the first lines of a message, as lists show it.
func excerpt(text string) string {
	s := strings.Join(strings.Fields(text), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:160]) + "…"
	}
	return s
}

// amountText writes an amount as the client would in their language: « 1 224,00 € » (no-break spaces, as
// everywhere in Relance), or "€1,224.00".
func amountText(c backend.Cents, english bool) string {
	if !english {
		return backend.FormatEUR(c)
	}
	euros := strconv.FormatInt(int64(c/100), 10)
	for i := len(euros) - 3; i > 0; i -= 3 {
		euros = euros[:i] + "," + euros[i:]
	}
	return fmt.Sprintf("€%s.%02d", euros, int64(c%100))
}

package inbox

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"relance/backend"
)

// Class is what a reply means for the chase.
type Class string

const (
	AutoReply   Class = "auto_reply"   // out-of-office, automatic acknowledgement, read receipt
	Bounced     Class = "bounce"       // delivery failure
	Promise     Class = "promise"      // promise to pay by a date
	Dispute     Class = "dispute"      // the client contests the invoice
	Paid        Class = "paid"         // the client says it is already paid
	CopyRequest Class = "copy_request" // asks for a (new) copy of the invoice
	Other       Class = "other"        // any other human reply: to be read
)

// Classes lists the classes in order of precedence, with their French labels.
var Classes = []struct {
	Class Class
	Label string
}{
	{Bounced, "Non distribué"}, {AutoReply, "Réponse automatique"}, {Dispute, "Litige"}, {Paid, "Déjà payé"},
	{Promise, "Promesse de paiement"}, {CopyRequest, "Demande de copie"}, {Other, "Autre réponse"},
}

// Classification is the decision and its explanation.
type Classification struct {
	Class         Class                 `json:"class"`
	Phrase        string                `json:"phrase"` // the words that decided, as found in the message
	Reason        string                `json:"reason"` // in French, for the user
	PromiseDate   backend.Date          `json:"promiseDate,omitempty"`
	ReturnDate    backend.Date          `json:"returnDate,omitempty"` // out-of-office: back on
	DisputeReason backend.DisputeReason `json:"disputeReason,omitempty"`
	BounceAddress string                `json:"bounceAddress,omitempty"`
	// Learned: read by the learned model or from the owner's corrections, no rule decided.
	Learned bool `json:"learned,omitempty"`
	// Alternative: the second likeliest reading when Relance is unsure, why, and its date when it is a promise.
	Alternative       Class        `json:"alternative,omitempty"`
	AlternativeReason string       `json:"alternativeReason,omitempty"`
	AlternativeDate   backend.Date `json:"alternativeDate,omitempty"`
}

// source is a text the rules read: the sender's own words or the subject, folded.
type source struct {
	name string // "" for the body, "l'objet" for the subject
	orig string
	n    string
	off  []int
	// monthFirst reads an ambiguous "1/8" as January 8 (an American writing in English), not 1 August.
	monthFirst bool
}

func newSource(name, s string) source {
	s = strings.ToValidUTF8(s, "") // Parse gives valid UTF-8, but a Message can come from anywhere
	n, off := fold(s)
	return source{name: name, orig: s, n: n, off: off}
}

// phrase quotes the original words of n[start:end], without the punctuation a pattern may have taken along.
func (s source) phrase(start, end int) string {
	return strings.TrimRight(original(s.orig, s.off, start, end), " .,;:")
}

// Classify decides what a message means, from the sender's own words and the subject, relative to the day it
// was received (for « demain », « fin de mois »…). Precedence: bounce, auto-reply, dispute, paid, promise,
// copy request, other — a reply that both contests and promises is a dispute until the dispute is settled.
// When no rule recognises the message, the learned model (model.go) may read it as one of modelClasses, if it is
// sure enough; otherwise it is « autre », to be read.
func Classify(m Message, received backend.Date) Classification {
	return ClassifyFor(m, received, nil)
}

// ClassifyFor is Classify adjusted by the owner's corrections (owner.go; nil: none). When Relance is unsure — two
// rules of different classes match, the model leans to a class without being sure, or a correction of the owner
// overrules the rules — the second likeliest reading is given as Alternative, for the owner to choose in one click.
func ClassifyFor(m Message, received backend.Date, o *Owner) Classification {
	readings := rulesReadings(m, received)
	c := Classification{Class: Other, Reason: "aucune expression de paiement, de litige ou de demande reconnue : réponse à lire"}
	if len(readings) > 0 {
		c = readings[0]
	}
	if c.Class == Other {
		if mc, taken, offered := modelOpinion(m, received, o); taken {
			c = mc
		} else if offered {
			c.setAlternative(mc)
		}
	} else if c.Class != Bounced && c.Class != AutoReply {
		if len(readings) > 1 {
			c.setAlternative(readings[1])
		} else if mc, p, ok := modelReading(m, received, o); ok && p >= modelThreshold && mc.Class != c.Class {
			c.setAlternative(mc) // the rules found a phrase, the model reads the whole message otherwise
		}
	}
	if oc, ok := o.ownerReading(m, received, c); ok {
		first := c
		first.Alternative, first.AlternativeReason, first.AlternativeDate = "", "", 0
		oc.setAlternative(first)
		return oc
	}
	return c
}

// setAlternative offers a as the second reading of c.
func (c *Classification) setAlternative(a Classification) {
	if a.Class == c.Class || a.Class == "" {
		return
	}
	c.Alternative, c.AlternativeReason, c.AlternativeDate = a.Class, a.Reason, a.PromiseDate
}

// ownAndSubject is what the rules and the model read of a message: the sender's own words, and the subject unless it
// is ours coming back.
func ownAndSubject(m Message) (own, subject string) {
	own = m.Excerpt
	if strings.TrimSpace(m.Text) != "" {
		// The whole of what the sender wrote, not the 500 characters of Excerpt: the decisive sentence of a long
		// reply can come late. Parse bounds Text; a Message built elsewhere is bounded here, so that the rules
		// cost at most a moment.
		ours := make([]string, 0, len(m.To))
		for _, a := range m.To {
			ours = append(ours, a.Email)
		}
		own = ownWordsFrom(truncateUTF8(m.Text, maxTextBytes), ours)
	}
	// "RE: Relance : règlement en retard" is our own subject coming back: it says nothing about the reply — unless
	// the sender wrote the answer into it and says so (« cf objet », "see subject line").
	if subj := truncateUTF8(m.Subject, 4000); !replyPrefix().MatchString(subj) || seeSubject().MatchString(foldLine(own)) {
		subject = stripPrefixes(subj)
	}
	return truncateUTF8(own, maxTextBytes), subject
}

// seeSubject is a reply pointing to its subject for the answer.
var seeSubject = lazyRE(`\b(?:cf\.?|voir|voyez|lire) (?:l'|en |dans l')?objet\b|\b(?:see|as per|per|read) (?:the |my )?subject(?: line)?\b|\b(?:reponse|answer) (?:dans|en|in) (?:l'|the )?(?:objet|subject)\b`)

// classifyRules is the phrase rules alone.
func classifyRules(m Message, received backend.Date) Classification {
	if r := rulesReadings(m, received); len(r) > 0 {
		return r[0]
	}
	return Classification{Class: Other, Reason: "aucune expression de paiement, de litige ou de demande reconnue : réponse à lire"}
}

// rulesReadings is what the phrase rules recognise, one reading per class, in order of precedence (a bounce or an
// automatic reply alone: what their headers say is not weighed against the words).
func rulesReadings(m Message, received backend.Date) []Classification {
	if m.Bounce != nil {
		return []Classification{bounceClass(m)}
	}
	own, subject := ownAndSubject(m)
	body := newSource("", own)
	body.monthFirst = americanWriter(m, own)
	var srcs = []source{body}
	if subject != "" {
		sub := newSource("l'objet", subject)
		sub.monthFirst = body.monthFirst
		srcs = append(srcs, sub)
	}

	auto, isAuto, byWords := autoClass(m, body, received)
	if isAuto && (!byWords || isDaemon(m.From) || m.DeliveryDelayed) { // a mail server's notice is never a person
		// A payer's automatic notice (remittance advice, « avis de virement ») is sent by a machine, but it brings
		// the news the chase waits for: the invoice is paid.
		if !m.DeliveryDelayed {
			for _, s := range srcs {
				if loc := paymentNotice().FindStringIndex(s.n); loc != nil {
					ph := s.phrase(loc[0], loc[1])
					return []Classification{{Class: Paid, Phrase: ph,
						Reason: contains(s, ph) + "avis de paiement envoyé automatiquement par le client"}}
				}
			}
		}
		return []Classification{auto}
	}
	out := humanReadings(m, srcs, received)
	if isAuto {
		// Known as automatic by its words alone (« je suis absente jusqu'au… »), no header saying so: a person who
		// writes that and also promises, pays or disputes (« je suis en déplacement, je vous règle demain ») is read
		// for what they commit to; the automatic reading stays the second one.
		return append(out, auto)
	}
	return out
}

// humanReadings are the rules' readings of what a person wrote: dispute, already paid, promise, copy request.
func humanReadings(m Message, srcs []source, received backend.Date) []Classification {
	var out []Classification
	for _, s := range srcs {
		if c, ok := disputeClass(s); ok {
			out = append(out, c)
			break
		}
	}
	paid := false
	for _, s := range srcs {
		if c, ok := matchRules(s, paidRules, Paid, "le client indique avoir déjà payé"); ok {
			out, paid = append(out, c), true
			break
		}
	}
	for _, a := range m.Attachments {
		n, _ := fold(a.Name)
		if !paid && remittanceName().MatchString(n) {
			out, paid = append(out, Classification{Class: Paid, Phrase: a.Name,
				Reason: fmt.Sprintf("pièce jointe « %s » : avis de virement ou preuve de paiement", a.Name)}), true
		}
	}
	for _, s := range srcs {
		if c, ok := promiseClass(s, received); ok {
			out = append(out, c)
			break
		}
	}
	for _, s := range srcs {
		if c, ok := matchRules(s, copyRules, CopyRequest, "demande de copie de la facture"); ok {
			out = append(out, c)
			break
		}
	}
	return laterPromiseFirst(out, srcs[0], received)
}

// receiptWords say when the money will arrive, not when it will be sent: after « le virement est parti hier »,
// « vous l'aurez vendredi » is still a payment made.
var receiptWords = lazyRE(`\b(?:recevrez|recevoir|aurez|arrivera|arriver|parviendra|have it|get it|receive|be with you|see it|reach)\b`)

// barePassive is a payment said without who paid: « est versée », « sont payées ».
var barePassive = lazyRE(`^(?:est|sont|a ete|ont ete)\s+\S+$`)

// selfBefore ends with the sender as subject: « je vous », « nous ».
var selfBefore = lazyRE(`\b(?:je|j'|nous|on)\s*(?:vous\s*)?$`)

// otherInvoice names an invoice other than the one chased.
var otherInvoice = lazyRE(`\b(?:facture suivante|factures suivantes|prochaine facture|prochaines factures|autres? factures?|other invoices?|next invoices?|following invoices?)\b`)

// sentenceStart is where the sentence holding position i begins.
func sentenceStart(s string, i int) int {
	return strings.LastIndexAny(s[:i], ".!?;\n") + 1
}

// laterPromiseFirst puts a promise for a day to come before a payment said earlier in the message: « nos virements
// de ce matin sont partis, votre facture sera réglée le 10 » — what is done is the client's run, what is promised
// is ours.
func laterPromiseFirst(out []Classification, body source, received backend.Date) []Classification {
	paid, promise := -1, -1
	for i, c := range out {
		switch {
		case c.Class == Paid && paid < 0:
			paid = i
		case c.Class == Promise && promise < 0:
			promise = i
		}
	}
	if paid < 0 || promise < paid || out[promise].PromiseDate <= received {
		return out
	}
	pp, pr := strings.Index(body.orig, out[paid].Phrase), strings.Index(body.orig, out[promise].Phrase)
	if pp < 0 || pr < pp+len(out[paid].Phrase) || receiptWords().MatchString(newSource("", out[promise].Phrase).n) {
		return out
	}
	// The same sentence: « nous avons envoyé le chèque lundi » is one payment made — unless what is said paid is
	// something else, in the passive, and the promise is the sender's own: « ma pension est versée en début de
	// mois, je vous fais le virement le 1er ».
	ownPromise := selfBefore().MatchString(newSource("", body.orig[max(0, pr-12):pr]).n)
	if !strings.ContainsAny(body.orig[pp+len(out[paid].Phrase):pr], ".!?;:\n") && !(barePassive().MatchString(newSource("", out[paid].Phrase).n) && ownPromise) {
		return out
	}
	if sentence := newSource("", body.orig[sentenceStart(body.orig, pr):pr+len(out[promise].Phrase)]).n; otherInvoice().MatchString(sentence) {
		return out // « la facture suivante sera réglée le 15 »: another invoice's promise
	}
	c := out[promise]
	out = append(out[:promise], out[promise+1:]...)
	return slices.Insert(out, paid, c)
}

var (
	replyPrefix  = lazyRE(`(?i)^\s*(re|tr|fw|fwd|aw|wg|sv|vs|rif|antw|r)\s*(\[\d+\])?\s*:`)
	prefixes     = lazyRE(`(?i)^\s*((re|tr|fw|fwd|aw|wg|sv|vs|rif|antw|r)\s*(\[\d+\])?\s*:\s*)+`)
	negationRe   = lazyRE(`\b(ne|pas|jamais|aucun|aucune|aucunement|sans|nullement|non|not|never|no|ni|nor)\b|\bn'|n't\b`)
	afterNegRe   = lazyRE(`^\s*(pas|point|jamais|not|nullement)\b`)
	notBeforeRe  = lazyRE(`^\s*(?:(?:pas|not)\s+)?(?:avant|d'ici|before|until)\b`)
	clauseBreaks = []string{",", ";", ".", "!", "?", ":", "\n", "(", ")", " mais ", " but ", " cependant ", " however ", " et ", " and ", " car ", " because ", " puisque ", " since "}
)

// truncateUTF8 cuts s to at most n bytes, at a character boundary.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func stripPrefixes(s string) string { return prefixes().ReplaceAllString(s, "") }

// clauseStart is where the clause containing position i begins, at most 80 bytes back.
func clauseStart(n string, i int) int {
	lo := max(0, i-80)
	best := lo
	for _, b := range clauseBreaks {
		if k := strings.LastIndex(n[lo:i], b); k >= 0 && lo+k+len(b) > best {
			best = lo + k + len(b)
		}
	}
	return best
}

func clauseEnd(n string, i int) int {
	hi := min(len(n), i+80)
	best := hi
	for _, b := range clauseBreaks {
		if k := strings.Index(n[i:hi], b); k >= 0 && i+k < best {
			best = i + k
		}
	}
	return best
}

// negated tells whether a match is denied: a negation earlier in its clause (« nous ne contestons pas »,
// « there is no dispute »), inside it, or « pas » right after (« on conteste pas »). « pas avant le 15 » is not
// a refusal but a date and is left to the date rules.
func negated(n string, start, end int) bool {
	if notBeforeRe().MatchString(n[end:]) {
		return false
	}
	if negationRe().MatchString(n[clauseStart(n, start):end]) {
		return true
	}
	tail := n[end:min(len(n), end+20)]
	return afterNegRe().MatchString(tail)
}

// rule is one expression. Rules whose words are themselves negative (« pas reçu », « ne correspond pas ») set
// absolute so that the negation test does not undo them.
type rule struct {
	re       *pattern
	absolute bool
	reason   backend.DisputeReason // disputes only
	// exclude rejects a match by its surroundings, e.g. « pas reçu la facture » is a copy request, not goods
	// that never came.
	exclude func(n string, start, end int) bool
	object  bool // the phrase shown includes the next words, which the rule looked at
	past    bool // a statement of fact: not when the clause is in the future or conditional
}

// futureRe marks a clause that speaks of what will or would happen.
var futureRe = lazyRE(`\b(?:sera|seront|serait|seraient|va|vont|allons|vais|doit|doivent|devrait|devraient|pourra|pourront|pourrait|will|would|shall|should|going to|to be|` +
	// the future tense of the verbs a reply promises with: « vous recevrez l'avis de virement »
	`recevrez|recevra|recevrons|enverrons|enverrai|enverra|transmettrons|transmettrai|ferons|ferai|aurez|parviendra|partira|partiront)\b|'ll\b`)

func init() {
	for i := range paidRules {
		paidRules[i].past = true
	}
}

func r(expr string) rule   { return rule{re: compile(expr)} }
func abs(expr string) rule { return rule{re: compile(expr), absolute: true} }

// matchRules returns the first rule of the list that matches s and is not negated or excluded.
func matchRules(s source, rules []rule, class Class, meaning string) (Classification, bool) {
	for _, ru := range rules {
		if start, end, ok := findRule(s.n, ru); ok {
			ph := s.phrase(start, end)
			return Classification{Class: class, Phrase: ph, Reason: contains(s, ph) + meaning, DisputeReason: ru.reason}, true
		}
	}
	return Classification{}, false
}

func findRule(n string, ru rule) (int, int, bool) {
	for _, loc := range ru.re.FindAllStringIndex(n, 20) {
		if !ru.absolute && negated(n, loc[0], loc[1]) {
			continue
		}
		if ru.past && futureRe().MatchString(n[clauseStart(n, loc[0]):loc[1]]) {
			continue // « la facture sera réglée le 10 » is a promise, not a payment
		}
		if ru.exclude != nil && ru.exclude(n, loc[0], loc[1]) {
			continue
		}
		if ru.object {
			// The rule depended on what follows (« pas reçu les pièces » vs « pas reçu la facture »): show it.
			return loc[0], extendWords(n, loc[1], 3), true
		}
		return loc[0], loc[1], true
	}
	return 0, 0, false
}

// extendWords moves end over the next n words of the same clause.
func extendWords(n string, end, words int) int {
	stop := clauseEnd(n, end)
	i := end
	for w := 0; w < words && i < stop; w++ {
		for i < stop && n[i] == ' ' {
			i++
		}
		for i < stop && n[i] != ' ' {
			i++
		}
	}
	return i
}

func contains(s source, phrase string) string {
	if s.name == "" {
		return "contient « " + phrase + " » : "
	}
	return s.name + " contient « " + phrase + " » : "
}

// --- Disputes ---------------------------------------------------------------------------------------------

// aboutDocument rejects "not received" when what was not received is a document (the invoice, our mail), a
// payment, or anything but goods and services.
var documentWords = lazyRE(`\b(facture|factures|invoice|invoices|duplicata|original|originale|originaux|copie|copy|relance|reminder|mail|e-mail|email|courriel|message|courrier|lettre|letter|document|pdf|piece jointe|attachment|devis|avoir|credit note|rib|releve|statement|virement|paiement|reglement|payment|transfer|cheque|check|lien)\b`)

func aboutDocument(n string, start, end int) bool {
	cs := clauseStart(n, start)
	return documentWords().MatchString(firstWords(n[end:clauseEnd(n, end)], 3)) ||
		documentWords().MatchString(lastWords(n[cs:start], 3)) ||
		// « Vous pouvez me renvoyer la facture ? Je l'ai pas reçue »: the pronoun stands for the document just named.
		pronounObject().MatchString(lastWords(n[cs:start], 3)) && documentWords().MatchString(n[max(0, cs-80):cs])
}

// pronounObject is an object pronoun: « je l'ai pas reçue », "we never got it".
var pronounObject = lazyRE(`(?:^|\s|j|n|qu)l'|\b(?:la|le|les|it|them)\b`)

// brokenCarrier rejects a fault when what does not work is how the invoice came — the link, the PDF, the
// attachment (« le lien ne marche pas », "the attachment is broken"): that asks for a copy (copyRules), it
// disputes nothing.
func brokenCarrier(n string, start, end int) bool {
	return carrierWords().MatchString(n[clauseStart(n, start):start]) || carrierWords().MatchString(firstWords(n[end:clauseEnd(n, end)], 3))
}

var carrierWords = lazyRE(`\b(?:liens?|pdf|pieces? jointes?|pj|fichiers?|documents? joints?|telechargement|links?|attachments?|attached files?|download|url)\b`)

// firstWords and lastWords keep the words next to a match: its object (« pas reçu la facture ») or its subject
// (« la facture n'a jamais été reçue »), not a word further in the sentence.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

const (
	recv = `(?:recu|recue|recus|recues|livre|livree|livres|livrees|receptionne|receptionnee|receptionnes|receptionnees|arrive|arrivee|arrives|arrivees|parvenu|parvenue|parvenus|parvenues)`
)

var disputeRules = []rule{
	// Goods or services not received.
	{re: compile(`\b(?:pas|jamais|rien)\s+(?:encore\s+|toujours\s+|du tout\s+)?(?:ete\s+)?` + recv + `\b`), absolute: true, reason: backend.DisputeGoodsNotReceived, exclude: aboutDocument, object: true},
	{re: compile(`\b(?:non|jamais)[- ]` + recv + `\b`), absolute: true, reason: backend.DisputeGoodsNotReceived, exclude: aboutDocument, object: true},
	{re: compile(`\b(?:toujours en attente de|attendons toujours|attends toujours|j'attends encore|nous attendons encore)\s+(?:la |le |les |notre |nos |votre |vos )?(?:livraison|marchandise|commande|colis|pieces|materiel|produits?|intervention|prestation)\b`), absolute: true, reason: backend.DisputeGoodsNotReceived},
	{re: compile(`\b(?:prestation|intervention|travaux|chantier|mission|formation|installation)\b[^.\n]{0,40}\b(?:pas|jamais|non)\s+(?:encore\s+)?(?:ete\s+)?(?:realise|effectue|termine|fait|acheve|execute|assure)e?s?\b`), absolute: true, reason: backend.DisputeGoodsNotReceived},
	{re: compile(`\b(?:work|service|job|installation|repair|maintenance|intervention)s?\b[^.\n]{0,30}\b(?:never|not|wasn't|was not|hasn't been|has not been|weren't|were not)\s+(?:been\s+|yet\s+|even\s+)*(?:completed|done|carried out|performed|finished|delivered|provided)\b`), absolute: true, reason: backend.DisputeGoodsNotReceived},
	{re: compile(`\b(?:not|never|haven't|have not|hasn't|has not|didn't|did not|still not|not yet|still haven't|still have not)\s+(?:yet\s+|been\s+|even\s+|actually\s+)*(?:received|delivered|arrived|shipped|got|get)\b`), absolute: true, reason: backend.DisputeGoodsNotReceived, exclude: aboutDocument, object: true},
	{re: compile(`\b(?:goods|order|parcel|delivery|items?|package|shipment)\s+(?:\S+\s+){0,3}?(?:never|has not|have not|hasn't|haven't|did not|didn't)\s+(?:yet\s+)?(?:arrived|arrive|come|been delivered)\b|\bstill waiting for (?:the |our )?(?:goods|delivery|order|parcel|items|shipment)\b`), absolute: true, reason: backend.DisputeGoodsNotReceived},
	{re: compile(`\b(?:livraison|commande|colis|envoi)\s+(?:\S+\s+){0,2}?incomplete?s?\b|\b(?:articles?|pieces?|cartons?|colis|produits?|elements?)\s+manquant(?:e|s|es)?\b|\bil manque (?:\d+|un|une|deux|trois|quatre|cinq|des|les|plusieurs) (?:cartons?|pieces?|articles?|produits?|colis|elements?|palettes?)\b|\b(?:items?|parts?|goods|boxes) (?:are |were )?missing\b|\bincomplete (?:delivery|order|shipment)\b`), absolute: true, reason: backend.DisputeGoodsNotReceived},
	// Not ordered.
	{re: compile(`\b(?:pas|jamais)\s+(?:valide|signe|accepte)\s+(?:ce|le|votre|de|aucun|ces|vos)\s+devis\b|\bnever (?:signed|accepted|approved) (?:the|your|this|any) (?:quote|quotation|estimate)\b`), absolute: true, reason: backend.DisputeNotOrdered},
	{re: compile(`\b(?:pas|jamais|rien)\s+(?:ete\s+)?(?:commande|commandee|commandes|commandees|demande ces|demande cette|demande cet)\b|\baucune commande\b|\b(?:pas|jamais) passe (?:de |cette |aucune |la |une )?commande\b|\bnon commande(?:e|s|es)?\b|\bsans (?:bon de )?commande\b|\bpas de bon de commande\b`), absolute: true, reason: backend.DisputeNotOrdered},
	{re: compile(`\b(?:did not|didn't|never|have not|haven't|has not|hasn't)\s+(?:ever\s+)?(?:order|ordered|request|requested|place an order|placed an order|agree to)\b|\bnot ordered\b|\bno purchase order\b|\bno record of (?:this|an|the|any) order\b`), absolute: true, reason: backend.DisputeNotOrdered},
	// Quality.
	{exclude: brokenCarrier, re: compile(`\b(?:defectueu(?:x|se|ses)|abime(?:e|s|es)?|endommage(?:e|s|es)?|malfacons?|mauvaise qualite|qualite (?:insuffisante|mediocre|decevante|inacceptable)|en panne|vices? caches?|travail (?:mal fait|bacle)|(?:mal|pas) (?:fait|faite|faits|realise|realisee|executee?)s?|defauts?|defaut de (?:fabrication|qualite))\b`), reason: backend.DisputeQuality},
	{re: compile(`\b(?:non|pas) conformes?\b|\bne (?:fonctionne|marche)(?:nt)? (?:pas|plus)\b|\bhors service\b|\bcasse(?:e|s|es)? (?:a|des|lors de) (?:la )?(?:livraison|reception|arrivee|l'arrivee)\b`), absolute: true, reason: backend.DisputeQuality, exclude: brokenCarrier},
	{re: compile(`\bne correspond(?:ent)? pas (?:a|au|aux) (?:ce qui|ce que|la commande|notre commande|nos attentes|la description|l'echantillon)\b`), absolute: true, reason: backend.DisputeQuality},
	{re: compile(`\b(?:defective|damaged|broken|faulty|poor quality|substandard|stopped working|not as described|not fit for purpose|poorly done|badly done)\b`), reason: backend.DisputeQuality, exclude: brokenCarrier},
	{re: compile(`\b(?:not working|doesn't work|does not work|don't work|do not work|isn't working|is not working)\b`), absolute: true, reason: backend.DisputeQuality, exclude: brokenCarrier},
	// Price.
	{re: compile(`\berreurs? (?:sur|dans) (?:la|votre|cette|vos|les|le|ces) (?:factures?|facturation|montants?|prix|tarifs?|quantites?|calcul)\b|\bfactures? (?:erronee|errone|fausse|incorrecte|inexacte)s?\b|\bmontants? (?:errone|incorrect|faux|inexact)e?s?\b|\berreurs? de (?:prix|tarif|montant|calcul|tva|quantite|facturation)\b|\bquantites? (?:erronee|fausse|incorrecte)s?\b`), reason: backend.DisputePrice},
	{re: compile(`\bfait double emploi\b|\bfait doublon\b|\b(?:trop|sur)[- ]?factur\w*|\bsurfacturation\b|\bdouble(?:ment)?[- ]factur\w*|\bfactur\w* (?:deux|2) fois\b|\bremise (?:non appliquee|oubliee|pas appliquee|n'a pas ete appliquee)\b|\boubli de la remise\b|\bprix (?:convenu|annonce|negocie)\b|\btarif (?:convenu|annonce|negocie)\b`), reason: backend.DisputePrice},
	{re: compile(`\b(?:pas|plus) le bon (?:montant|prix|tarif)\b|\bne correspond(?:ent)? pas (?:au|a notre|a la|a votre|aux|avec (?:le|notre|votre))\s*(?:devis|bon de commande|bon de livraison|bons de livraison|commande|livraison|prix|tarif|accord|contrat)\b|\bpas (?:au|le) prix convenu\b`), absolute: true, reason: backend.DisputePrice},
	{re: compile(`\b(?:incorrect|wrong|erroneous|inaccurate) (?:invoice|amount|price|pricing|total|rate|quantity|vat|figure)s?\b|\b(?:invoice|amount|price|total|rate|quantity|figure|sum)s? (?:is|are|seems|seem|looks|look) (?:\w+ )?(?:wrong|incorrect|not right|off)\b|\bovercharged\b|\bover-charged\b|\b(?:billed|invoiced|charged) twice\b|\bdouble[- ](?:billed|charged|invoiced)\b|\bagreed (?:price|rate|amount)\b`), reason: backend.DisputePrice},
	{re: compile(`\b(?:tarif|prix|montant)s?\b[^.\n]{0,30}\b(?:n'est pas|ne sont pas|pas)\s+(?:celui|ceux|celle|le meme|la meme|conforme)|\b(?:superieure?s?|plus eleve(?:e|s|es)?) (?:au|a notre|a votre|aux) (?:devis|prix convenu|tarif convenu|bon de commande)\b`), absolute: true, reason: backend.DisputePrice},
	{re: compile(`\b(?:amount|price|total|invoice|figure)s?\b[^.\n]{0,30}\b(?:higher|more|greater) than (?:the |our |your )?(?:quote|quotation|agreed|estimate|order|purchase order)`), reason: backend.DisputePrice},
	{re: compile(`\bdoes(?:n't| not) match (?:the|our|your) (?:quote|quotation|purchase order|po|agreed price|order)\b`), absolute: true, reason: backend.DisputePrice},
	// A deposit or credit note not deducted, the same work billed again: « l'acompte n'a pas été déduit », "This is a
	// duplicate. You already billed us for…".
	{re: compile(`\b(?:acomptes?|arrhes|avoirs?|deposits?|down payments?|credit notes?|prepayments?)\b[^.\n]{0,60}?(?:\bnot|n't|\bpas|\bjamais|\bnever)\s+(?:been\s+|ete\s+|yet\s+|encore\s+)*(?:deducted|deduite?s?|applied|taken into account|pris en compte|prise en compte|imputee?s?|retranchee?s?|soustraite?s?|deduit)\b|` +
		`\b(?:forgot|forgotten|oublie) (?:to deduct |de deduire )?(?:the |our |l'|notre )?(?:acompte|deposit|avoir|credit note)\b`), absolute: true, reason: backend.DisputePrice},
	{re: compile(`\b(?:this|it|the invoice|that invoice|this invoice) (?:is|was|looks like) a duplicate\b|\balready (?:billed|invoiced|charged) (?:us|me)\b|\b(?:billed|invoiced|charged) (?:us |me )?twice\b|\bdouble[- ](?:billed|invoiced|charged)\b|` +
		`\bdeja (?:ete )?factur\w*\b|\bdeja (?:ete )?emise? sous un autre numero\b|\b(?:issued|sent|billed|invoiced) twice\b|\bpay (?:it |this |for it )?(?:a second time|twice)\b|` +
		`\bsans (?:aucune )?deduction\b|\bwithout (?:any |the )?deduction\b|\bsans (?:le |la |l')deduire\b|\bwithout deducting\b|` +
		`\bne tient pas compte (?:de l'|du |des )(?:acompte|avoir|versement|arrhes)`), absolute: true, reason: backend.DisputePrice},
	// An invoice refused for want of an order number (« toute facture sans numéro de commande est rejetée »).
	{re: compile(`\b(?:sans|without|no|pas de|aucun)\s+(?:numero de |n° de |reference de )?(?:bon de commande|numero de commande|commande|purchase order|po|po number|order number)\b[^.\n]{0,80}?\b(?:rejet\w*|refus\w*|rejected|refused|cannot be (?:paid|processed)|can't be (?:paid|processed)|ne (?:peut|pourra|pouvons|pourrons) (?:pas )?(?:etre )?(?:payee?|traitee?|reglee?|traiter|payer|regler))\b|` +
		`\b(?:rejet\w*|refus\w*|rejected|refused|ne pouvons pas (?:traiter|payer|regler)|cannot (?:process|pay))\b[^.\n]{0,60}?\b(?:sans|without|faute de)\s+(?:numero de |n° de )?(?:bon de commande|numero de commande|purchase order|po number|order number)\b`), absolute: true, reason: backend.DisputeOther},
	// « TVA à 20 % au lieu de 10 % », "charged 150 € instead of 120 €": another figure than the agreed one.
	{re: compile(`\b(?:tva|taux|prix|tarifs?|remise|montant|quantite|vat|rate|price|discount|amount|quantity)\b[^.\n]{0,40}?\b(?:au lieu de|au lieu des|instead of|rather than)\b`), absolute: true, reason: backend.DisputePrice},
	// Generic: the reason is looked for in the rest of the text (cueReason).
	r(`\b(?:je|nous|on)\s+(?:vous\s+)?contest\w*|\bcontest(?:ons|e|ez|ation|ations|ee|ees)\b|\blitiges?\b|\blitigieu\w*|\bdesaccord\b|\breclamation\b|\bdispute[sd]?\b|\bdisputing\b|\bdisagree\b|\bwe (?:contest|challenge|reject|refuse)\b|\brefus\w* (?:de (?:regler|payer)|cette facture|la facture|votre facture)\b|\brefuse to pay\b`),
	abs(`\b(?:pas|plus) d'accord (?:avec|sur)\b|\bnot agree (?:with|to)\b`),
	// A corrected invoice asked for: the invoice as sent is wrong (a discount left out, the wrong quantity…), unless
	// what is to correct is only how it is made out (name, address, VAT or order number): then the same invoice
	// again is what is asked, a copy request.
	{re: compile(`\b(?:factures?|avoirs?)\s+(?:rectifiee|rectificative|corrigee|modifiee|revue|mise a jour)s?\b|\bfactures? conformes? (?:au devis|a la commande|au bon de commande|a notre accord|au contrat)\b|\b(?:corriger|rectifier|revoir|refaire)\s+(?:la|votre|cette|vos|les)\s+factures?\b|` +
		`\b(?:corrected|revised|amended|adjusted)\s+invoices?\b|\binvoices?\s+(?:corrected|revised|amended|adjusted)\b`), absolute: true,
		exclude: func(n string, start, end int) bool {
			return howMadeOut().MatchString(n) || !saysWhatIsWrong(n, start, end)
		}},
	{re: compile(`\b(?:ne|n')\s?(?:reglerons|reglerai|paierons|payerons|paierai|payerai|regleront|reglera|paiera)\s+(?:pas|jamais|rien)\b|\b(?:will not|won't|shall not|not going to|refuse to|are not paying|am not paying|aren't paying) (?:pay|settle)\b`), absolute: true,
		exclude: func(n string, _, end int) bool {
			// « nous ne réglerons pas avant le 15 » is a date, not a refusal.
			return conditionAfter().MatchString(n[end:])
		}},
}

// saysWhatIsWrong tells whether, outside the sentence asking for a corrected invoice, the text says what is wrong
// with it (« la remise n'apparaît pas », « 24 palettes au lieu de 18 »): without that, « I'll pay as soon as I get
// the corrected invoice » asks for a document, it does not contest one.
func saysWhatIsWrong(n string, start, end int) bool {
	from := sentenceStart(n, start)
	to := len(n)
	if i := strings.IndexAny(n[end:], ".!?;\n"); i >= 0 {
		to = end + i
	}
	rest := n[:from] + " " + n[to:]
	return negationRe().MatchString(rest) || strings.ContainsAny(rest, "0123456789") || priceCues().MatchString(rest) || qualityCues().MatchString(rest) ||
		otherThanBilled().MatchString(rest)
}

// otherThanBilled: « déjà émise sous un autre numéro », "the same order", "instead of".
var otherThanBilled = lazyRE(`\b(?:deja|already|meme|same|autre|other|au lieu|instead)\b`)

// othersPaid ends with someone else as the payer: "once our own customers have paid us".
var othersPaid = lazyRE(`\b(?:customers?|clients?|they|debtors?|funders?)\s*$`)

// conditionalBefore ends a clause's beginning with a condition.
var conditionalBefore = lazyRE(`\b(?:if|whether|in case|unless|si|s'il|s'ils|au cas ou|dans le cas ou)\b[^.!?]*$`)

// howMadeOut names what an invoice is made out to, not what it charges.
var howMadeOut = lazyRE(`\b(?:raison sociale|denomination|nom de (?:la |notre )?(?:societe|entreprise|structure)|(?:ancien|nouveau|bon) nom|adresse|code postal|` +
	`(?:numero|n°|no) (?:de )?(?:tva|siret|siren|commande|bon de commande|engagement)|tva intra\w*|siret|siren|bons? de commande|numero de commande|engagement juridique|chorus|` +
	`au nom d[eu']|reference (?:du marche|de (?:la )?commande|client|fournisseur)|portail|` +
	`company name|legal name|(?:old|new|correct|right) name|made out to|in the name of|address|vat (?:number|id|no)|tax (?:id|number)|po (?:number|no)|purchase order|order number|entity|portal)\b`)

var (
	priceCues   = lazyRE(`\b(montants?|prix|tarifs?|remises?|devis|quantites?|tva|amount|price|quote|quotation|rate|discount|factur\w* en trop)\b`)
	qualityCues = lazyRE(`\b(qualite|defauts?|quality|defects?|reprendre les travaux|reprise des travaux|malfacon)\b`)
	goodsCues   = lazyRE(`\b(livraison|livre|delivery|delivered|colis|parcel)\b`)
)

func disputeClass(s source) (Classification, bool) {
	for _, ru := range disputeRules {
		start, end, ok := findRule(s.n, ru)
		if !ok {
			continue
		}
		if ru.reason == backend.DisputeGoodsNotReceived && conditionalBefore().MatchString(s.n[clauseStart(s.n, start):start]) {
			continue // "let me know if it hasn't arrived", « si vous ne l'avez pas reçu »: a question, not a complaint
		}
		reason := ru.reason
		cue := ""
		if reason == "" {
			switch {
			case priceCues().MatchString(s.n):
				reason, cue = backend.DisputePrice, " (il y est question de prix ou de montant)"
			case qualityCues().MatchString(s.n):
				reason, cue = backend.DisputeQuality, " (il y est question de qualité)"
			case goodsCues().MatchString(s.n):
				reason, cue = backend.DisputeGoodsNotReceived, " (il y est question de livraison)"
			default:
				reason = backend.DisputeOther
			}
		}
		ph := s.phrase(start, end)
		label := strings.ToLower(backend.DisputeReasons[reason])
		return Classification{Class: Dispute, Phrase: ph, DisputeReason: reason,
			Reason: contains(s, ph) + "litige, motif : " + label + cue}, true
	}
	return Classification{}, false
}

// --- Paid -------------------------------------------------------------------------------------------------

const (
	payNoun   = `(?:virements?|paiements?|reglements?|versements?|transferts?|cheques?)`
	donePart  = `(?:effectue|emis|envoye|fait|passe|parti|realise|execute|expedie|poste|depose|lance|valide|vire|verse|transmis|ordonne)e?s?`
	paidPart  = `(?:regle|reglee|regles|reglees|paye|payee|payes|payees|solde|soldee|soldes|soldees|acquitte|acquittee|acquittes|acquittees|vire|viree|verse|versee|rembourse|remboursee)`
	enPayNoun = `(?:payment|transfer|wire|bank transfer|remittance|cheque|check|funds)`
)

// notAPayment rejects « nous avons réglé le problème » and payment terms (« nos factures sont réglées à 45
// jours »).
func notAPayment(n string, start, end int) bool {
	return notPaymentAfter().MatchString(n[end:min(len(n), end+30)]) ||
		askedFor().MatchString(n[max(0, start-40):start]) // « il me faut la facture acquittée » asks for a document
}

// askedFor ends with a request for a document: « il me faut », « merci de m'envoyer », "could you send me".
var askedFor = lazyRE(`\b(?:il me faut|il nous faut|besoin d'|besoin de|envoyer|envoyez|adresser|adressez|transmettre|transmettez|fournir|fournissez|obtenir|recevoir|send|provide|need)(?:-moi|-nous)?\s+(?:moi |nous |me |us )?(?:une|la|un|le|a|the|an)?\s*$`)

// dueLater rejects a payment said done that is in fact set for later: « virement fait d'ici vendredi »,
// « paiement validé pour le 17/12 » are promises.
func dueLater(n string, _, end int) bool {
	return laterAfter().MatchString(n[end:min(len(n), end+40)])
}

var (
	laterAfter      = lazyRE(`^\s*,?\s*(?:d'ici|au plus tard|avant (?:le|la|lundi|mardi|mercredi|jeudi|vendredi|fin)|pour (?:le|lundi|mardi|mercredi|jeudi|vendredi|la fin|fin|demain|la semaine)|des (?:demain|lundi|mardi|mercredi|jeudi|vendredi|reception)|demain|la semaine prochaine|en fin de|by (?:the|monday|tuesday|wednesday|thursday|friday|end|next|tomorrow)|for (?:monday|tuesday|wednesday|thursday|friday|the \d|next)|tomorrow|next (?:week|monday|tuesday|wednesday|thursday|friday))\b`)
	notPaymentAfter = lazyRE(`^\s*(?:(?:le |ce |la |cette |ces |les )?(?:probleme|souci|question|litige|situation|dossier|detail|point|difficulte|malentendu)|(?:a|sous|en) \d+ jours|(?:a|en) (?:reception|echeance))`)
	conditionAfter  = lazyRE(`^\s*(?:avant|d'ici|tant|before|until|till)\b`)
)

var paidRules = []rule{
	r(`\bdeja\s+(?:ete\s+|bien\s+)?` + paidPart + `\b|\bdeja\s+(?:effectue|fait|envoye|emis|vire)\s+(?:le|un|notre)\s+` + payNoun),
	{re: compile(`\b(?:a|ont|est|sont|avons|ai|avions|avait|avaient|etait|etaient)\s+(?:bien\s+|deja\s+|bel et bien\s+|integralement\s+|entierement\s+)*(?:ete\s+)?` + paidPart + `\b`), exclude: notAPayment},
	{re: compile(`\b` + payNoun + `\b(?:\s+[^\s;!?]+){0,6}?\s+(?:a|ont|est|sont)\s+(?:bien\s+|deja\s+|ce matin\s+|hier\s+)*(?:ete\s+)?` + donePart + `\b`), exclude: dueLater},
	{re: compile(`\b` + payNoun + `\s+(?:deja\s+|bien\s+)?` + donePart + `\b`), exclude: dueLater},
	r(`\b(?:avons|ai|a|ont|avions)\s+(?:bien\s+|deja\s+|hier\s+|ce matin\s+)*(?:effectue|fait|emis|passe|envoye|poste|expedie|lance|realise|ordonne|procede (?:a|au))\s+(?:le|un|notre|mon|au|a|ce|votre|les|nos|l')?\s*` + payNoun + `\b`),
	r(`\bavis de (?:virement|paiement|reglement)\b|\b(?:preuve|justificatif|confirmation|attestation|copie) (?:de |du |d')?(?:notre |mon )?(?:virement|paiement|reglement)\b|\bordre de virement\b`),
	{re: compile(`\b(?:recu|reception\w*)\s+(?:notre|mon|nos|mes|le|les)\s+` + payNoun + `\b|\b(?:avez|auriez) (?:du|deja|bien) recevoir\s+(?:notre|mon|nos|mes|le|les)\s+` + payNoun + `\b`), absolute: true},
	r(`\bc'est (?:deja )?(?:regle|paye|solde)\b`),
	r(`\b` + payNoun + `\b[^.\n]{0,40}\b(?:aurait|auraient) du (?:vous )?(?:parvenir|arriver|etre (?:recu|credite|encaisse))`),
	{re: compile(`\b(?:factures?|sommes?|montants?|soldes?)\s+(?:[^\s.,;!?]+\s+){0,3}?(?:reglee|payee|soldee|acquittee|reglees|payees|soldees|acquittees)\b`), exclude: notAPayment},
	r(`\balready\s+(?:been\s+)?(?:paid|settled|transferred|sent|made|processed)\b`),
	{re: compile(`\b(?:has|have|had|was|were)\s+(?:already\s+|now\s+)?(?:been\s+)?(?:paid|settled)\b|\b(?:we|i)\s+(?:have\s+)?(?:paid|settled)\b`),
		exclude: func(n string, start, _ int) bool { return othersPaid().MatchString(n[max(0, start-30):start]) }},
	r(`\b` + enPayNoun + `\s+(?:\S+\s+){0,4}?(?:was|has been|have been|were)\s+(?:already\s+)?(?:made|sent|processed|done|completed|issued|executed|released|initiated|mailed|posted|wired)\b`),
	r(`\b(?:sent|made|initiated|processed|issued|mailed|released|wired|posted)\s+(?:the|a|our|your)\s+(?:payment|transfer|wire|cheque|check|funds)\b`),
	r(`\b(?:transfer|payment|wire|bank transfer|cheque|check|remittance)\s+(?:was\s+|has been\s+|already\s+)?(?:sent|made|done|completed|initiated|issued|wired|posted|executed)\b`),
	r(`\bremittance advice\b|\bproof of payment\b|\bpayment confirmation\b|\bpayment advice\b`),
	// A sentence that opens with the word: "Paid on Friday via bank transfer", « Payé hier par virement ».
	r(`(?:^|[.!?\n]\s*)(?:paid|settled|payee?|reglee?)\s+(?:on|last|yesterday|today|this|via|by|in full|hier|ce matin|aujourd'hui|lundi|mardi|mercredi|jeudi|vendredi|le|par)\b`),
	// Said in passing, as people do: "I've paid it this morning", "just paid", "paid in full", "the wire went out
	// yesterday", "our payment crossed with your reminder"; « je viens de vous virer la somme », « c payé »,
	// « payé par CB », « le virement a été programmé vendredi dernier ».
	r(`\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+)?(?:paid|settled|wired|transferred)\s+(?:it|this|that|the (?:invoice|balance|amount|full amount|bill)|in full|you)\b|\bjust paid\b|\bpaid in full\b`),
	r(`\b(?:wire|transfer|payment|cheque|check|funds)\s+(?:went out|has gone out|have gone out|left (?:our|my) (?:account|bank))\b|\bcompleted the (?:remittance|payment|transfer|wire)\b`),
	r(`(?:^|[.!?\n]\s*)(?:paid|settled|wired|transferred)\s+(?:it\s+|in full\s+)?(?:this morning|today|yesterday|earlier today|last (?:night|week|monday|tuesday|wednesday|thursday|friday))\b`),
	r(`\b(?:payment|remittance|cheque|check|transfer|wire)s?\s+(?:must have\s+|may have\s+|probably\s+|has\s+|have\s+)?crossed\b`),
	r(`\b(?:je viens|nous venons|on vient) de (?:vous\s+)?(?:virer|regler|payer|solder|faire (?:le|un) (?:virement|paiement|reglement)|envoyer (?:le|un|notre|mon) (?:cheque|virement|paiement|reglement))\b`),
	r(`\bc paye\b|\bpayee?s? (?:par|en) (?:cb|carte(?: bancaire| bleue)?|cheque|virement|especes|liquide|prelevement)\b`),
	r(`\b(?:virement|paiement|reglement|cheque)\s+(?:a ete |a |est )?(?:programme|planifie|fait|lance|passe|envoye|poste)e?\s+(?:\S+\s+){0,2}?(?:dernier|derniere|hier|ce matin|avant-hier)\b`),
}

var remittanceName = lazyRE(`(?:avis|preuve|justificatif|confirmation|ordre|attestation)[\W_]{0,3}(?:de|du|d)?[\W_]{0,3}(?:virement|paiement|reglement)|remittance|payment[\W_]{0,2}(?:advice|confirmation|proof)|proof[\W_]{0,2}of[\W_]{0,2}payment|virement[\W_]{0,2}(?:effectue|emis|sepa)`)

// --- Promise ----------------------------------------------------------------------------------------------

var promiseVerbs = []*pattern{
	compile(`\b(?:reglerons|reglerai|reglera|regleront|reglerez|payerons|paierons|payerai|paierai|paiera|payera|paieront|payeront|solderons|solderai|soldera|verserons|verserai|versera|virerons|virerai|virera|rembourserons|rembourserai)\b`),
	compile(`\b(?:allons|vais|va|vont|pourrons|pourrai|pourra|pouvons|peux|devrions|devrais|devrait|comptons|compte|prevoyons|prevois|prevoit|souhaitons|pensons|pense|esperons|espere|envisageons|engageons|engage|proposons|propose)\s+(?:de\s+|a\s+|vous\s+|bien\s+|nous\s+|en\s+)*(?:regler|payer|solder|virer|verser|proceder (?:au|a) (?:reglement|paiement|virement)|faire (?:le|un) (?:virement|paiement|reglement)|effectuer (?:le|un) (?:virement|paiement|reglement)|lancer (?:le|un) (?:virement|paiement)|envoyer (?:le|un|notre) (?:cheque|virement|paiement|reglement)|emettre (?:le|un) virement|passer (?:le|un) virement|mettre en paiement|programmer (?:le|un) (?:virement|paiement))\b`),
	compile(`\b(?:fais|faisons|ferons|ferai|fera|feront|effectuerons|effectuerai|effectuera|effectueront|lancerons|lancerai|lancera|emettrons|emettrai|emettra|passerons|passerai|passera|enverrons|enverrai|enverra|procederons|procederai|procedera|programmerons|programmerai|programmera|programmons|planifions|mettrons|mettrai|mettra|adresserons|adresserai|adressera|transmettrons|transmettrai|passe|lance|envoie|effectue|programme)\s+(?:donc |alors |ensuite |aussi |bien |tout de suite |des maintenant )?(?:le |un |au |a |notre |en |votre |la |l')?` + payNoun + `\b`),
	compile(`\b(?:virements?|paiements?|reglements?|versements?|cheques?|soldes?)\b(?:\s+[^\s;!?]+){0,7}?\s+(?:sera|seront|va etre|vont etre|partira|partiront|interviendra|interviendront|est prevu|sont prevus|est programme|est planifie|a ete programme|a ete planifie|prevue?s?|programmee?s?|planifiee?s?|arrivera|part|partent|se fera|se feront|devrait (?:partir|arriver|etre|intervenir))\b`),
	compile(`\bmis(?:e|es)? en paiement\b|\bmettre en paiement\b`),
	// Said as done but set for a day (the paid rules leave these, dueLater): « paiement validé pour le 17/12 ».
	compile(`\b` + payNoun + `\s+(?:deja\s+|bien\s+)?(?:fait|effectue|valide|programme|passe|envoye|lance)e?s?\s*,?\s+(?:pour le|pour (?:lundi|mardi|mercredi|jeudi|vendredi|demain)|avant le)\b`),
	compile(`\b(?:je|on|nous)\s+(?:vous\s+)?(?:regle|paie|paye|reglons|payons|vire|virons|solde|soldons|verse|versons)\b`),
	compile(`\bvous serez (?:regle|paye|rembourse)e?s?\b|\bvous (?:recevrez|aurez)\s+(?:le|votre|un|notre|les|vos)\s+(?:paiement|reglement|virement|cheque|fonds)\b`),
	compile(`\b(?:un |d'un )?delai (?:de paiement |supplementaire )?(?:jusqu'au|jusqu'a|au)\b`),
	compile(`\b(?:will|shall|'ll|going to|plan to|planning to|intend to|expect to|aim to|promise to|able to|can)\s+(?:be\s+able\s+to\s+)?(?:pay|settle|transfer|remit|wire|send (?:the |a |you |our )?(?:payment|transfer|cheque|check|funds)|make (?:the |a )?payment|process (?:the |your |this )?(?:payment|invoice)|release (?:the )?(?:payment|funds))\b`),
	compile(`\bwill be (?:paid|settled|transferred|processed|sent|released|made|wired)\b`),
	// "it will be with you by the 28th", "you'll have it by November 16", "I will do the payment Monday".
	compile(`\b(?:it|the (?:money|payment|funds|transfer|cheque|check))(?:'ll| will) be with you\b|\byou(?:'ll| will) (?:have|get|receive) (?:it|the (?:money|payment|funds|transfer|cheque|check))\b|\b(?:will|'ll|going to)\s+do (?:the|a) (?:payment|transfer|wire)\b|\b(?:will|'ll|going to)\s+get (?:it|this|that|the invoice|your invoice) (?:paid|settled)\b`),
	compile(`\b(?:il|elle|ils|elles|on|je|nous)\s+(?:le|la|les)\s+(?:sera|seront|fais|ferai|ferons|fait|fera|regle|reglerai|reglerons|paie|paierai|paierons)\b|\bce sera (?:fait|regle|paye)\b`),
	compile(`\b(?:sera|seront|va etre|vont etre)\s+(?:donc\s+|alors\s+|ainsi\s+)?(?:integralement\s+|bien\s+|entierement\s+)?(?:regle|paye|solde|vire|verse|acquitte|honore)e?s?\b`),
	compile(`\b(?:pourrons|pourrai|pourra|pourront)\s+(?:donc\s+|alors\s+|ainsi\s+)?(?:vous\s+)?(?:regler|payer|solder|virer)\b`),
	compile(`\b(?:please\s+)?expect\s+(?:the\s+|our\s+|your\s+)?(?:funds|payment|transfer|wire|money|remittance)\b`),
	compile(`\byou(?:'ll| will| should)\s+(?:have|get|receive|see)\s+(?:the\s+|your\s+|our\s+)?(?:money|payment|funds|transfer|wire|cheque|check)\b`),
	compile(`\bpayment\s+(?:\S+\s+){0,3}?(?:is scheduled|is planned|scheduled|planned|will go out|will be|is due to go out|is expected|should (?:go out|arrive|be))\b`),
	compile(`\b(?:transfer|wire|cheque|check)\s+(?:\S+\s+){0,3}?(?:will|is scheduled|scheduled|should)\b`),
	compile(`\b(?:we|i)\s+(?:pay|settle)\b`),
	// Set for a day: « je l'ai programmée au 2 décembre », « calé pour le 10 », "I've scheduled it for Friday",
	// "it'll go out on Wednesday".
	compile(`\b(?:l'|les\s+)(?:ai|avons|a)\s+(?:bien\s+)?(?:programme|planifie|prevu|cale|positionne|mis en paiement)e?s?\b|\b(?:programme|planifie|cale|positionne)e?s?\s+(?:au|pour le)\b`),
	// "Payment goes out 3/1" (when money sent will land or post is a payment made, not a promise).
	compile(`\b(?:payment|transfer|wire|check|cheque|it)\s+(?:goes|go|is going|will go)\s+out\b`),
	compile(`\b(?:has|have|got)\s+(?:it|this|that|the (?:payment|invoice|transfer|wire))\s+(?:scheduled|queued|booked|planned|lined up)\b|\b(?:is|are|has been|have been)\s+(?:queued|scheduled|booked|lined up|set)\s+(?:for|on)\b`),
	// In a payment run: « intégrée à notre campagne de paiement du 10 », "included in our payment run on the 18th".
	compile(`\b(?:integree?s?|inscrite?s?|incluse?s?|ajoutee?s?|mise?s?|passera|partira|figurera|included|added|put|will go|goes)\s+(?:a|dans|au|in|into|on|to|avec|with)\s+(?:notre|la|le|nos|our|the)\s+(?:prochaine?s?\s+|next\s+)?(?:campagne|session|vague|lot|run|batch|cycle|comite|payment run|check run)s?(?:\s+(?:de|of)\s+(?:paiements?|virements?|reglements?|payments?))?\b`),
	// « je m'acquitte du montant au plus tard le 9 », « je vous fais ça le 18 ».
	compile(`\b(?:m'acquitte|m'acquitterai|nous acquitterons|nous nous acquitterons|je m'en acquitte)\b|\b(?:je|nous|on)\s+(?:vous\s+)?(?:fais|ferai|ferons|fait)\s+(?:ca|cela|le necessaire)\b`),
	// "I'll mail the check on 1/8", "I'll do it later today", "we'll get it sorted a week on Monday".
	compile(`\b(?:will|'ll|going to)\s+(?:mail|post|send|drop off|put in the post)\s+(?:the |a |our |you (?:a |the )?)?(?:check|cheque)\b|\b(?:i'll|i will|we'll|we will)\s+send (?:it|this|the (?:money|funds|balance|amount)|you the (?:money|funds|balance))\b|\bdate d'execution (?:prevue|programmee)\b|\bscheduled (?:execution |payment |value )?date\b|\b(?:i'll|i will|we'll|we will)\s+(?:do|sort|get)\s+(?:it|this|that)(?:\s+(?:done|sorted|paid|out))?\b`),
	compile(`\b(?:i|we)(?:'ve| have)?\s+(?:scheduled|queued|set up|booked)\s+(?:it|this|the (?:payment|transfer|wire))\b|\b(?:it|this|that)(?:'ll| will)\s+(?:go out|be paid|be sent|leave|go through)\b`),
}

// pastRef tells whether the words before a date make it a reference to something else (« votre relance du
// 30/11 », "your letter of 30 November") rather than when the payment will be made.
var subjectBefore = lazyRE(`\b(?:nous|je|j'|on|we|i|il|elle|ils)\s*$`)

var pastRef = lazyRE(`(?:\bdu|\bdate[de]?|\bof|\bdepuis|\bsince|\bfacture|\brelance|\bmail|\bcourrier|\bdated|\bemis le|\bsent on)\s*$`)

// futureRef is what makes those words start a time to come: « à compter du 4 décembre », "will be sent on".
var futureRef = lazyRE(`(?:\bcompter|\bpartir|\bwill be|'ll be|\bto be|\bsera|\bseront)\s+(?:\S+\s+){0,2}$|` +
	// a payment run named by its day: « au prochain virement groupé du 15 », « notre campagne de paiement du 28 »
	`(?:\bgroupes?|\bcampagne de (?:paiement|reglement|virement)s?|\bcomite(?: de paiement| des paiements)?|\bpayment run|\bbatch)\s+du\s*$|` +
	// « le montant dû mardi » (folded: « du »)
	`(?:\bmontant|\breste|\bsolde|\bsomme|\btotal)\s+du\s*$`)

// periodStart opens a date phrase naming a period (« début décembre », « fin du mois », "end of next week"): no
// invoice or letter is dated so, so it is never a reference.
var periodStart = lazyRE(`^(?:fin|debut|mi[- ]|mid|milieu|early|end|beginning|start|courant|semaine|cette|this|next|apres|after)\b`)

// reference tells whether the date hit h refers to something else than when the payment will be made: a delay
// counted from the message (« d'ici 30 jours ») never does; a date after « du », « facture », "sent on" does,
// unless those words start a time to come (« à compter du 4 décembre », "will be sent on November 12").
func reference(n string, h dateHit) bool {
	if h.relative || periodStart().MatchString(n[h.start:h.end]) {
		return false
	}
	before := n[max(0, h.start-12):h.start]
	if !pastRef().MatchString(before) {
		return false
	}
	if h.weekday && h.date >= h.received && weekdayNext().MatchString(n[h.start:h.end]) {
		return false // « la facture mardi prochain »: a day to come is no invoice's date
	}
	return !futureRef().MatchString(n[max(0, h.start-28):h.start])
}

// weekdayNext is a weekday said to come: « mardi prochain », "next Tuesday", « ce vendredi ».
var weekdayNext = lazyRE(`\b(?:prochain|next|qui vient|this|ce|cette|coming)\b`)

// payingNow is the English present for the future, a date right after: "paying on the 6th", "settling it Friday".
var payingNow = compile(`\b(?:paying|settling|wiring)(?:\s+(?:it|you|this|that))?\b`)

// paymentNoun alone promises only when a date follows at once: « Règlement le 15/12 comme convenu », « virement
// lundi ». Further away the date may be anything (« le paiement de la facture du 15/10 »).
var paymentNoun = compile(`(?:\b(?:reglements?|paiements?|virements?|versements?|cheques?|payments?|transfers?)\b|\b(?:vir|virt|rglt|reglt|pmt|pymt)\b\.?)` +
	`(?:\s+(?:prevu|prevue|programme|programmee|pour|de la facture))?`)

func promiseClass(s source, received backend.Date) (Classification, bool) {
	dates := usDates(s, findDates(s.n, received), received)
	if len(dates) == 0 {
		return Classification{}, false
	}
	verbs := append(slices.Clone(promiseVerbs), paymentNoun, payingNow)
	for _, re := range verbs {
		for _, loc := range re.FindAllStringIndex(s.n, 20) {
			if negated(s.n, loc[0], loc[1]) {
				continue
			}
			h, ok := dateNear(s.n, dates, loc[0], loc[1])
			if !ok || (re == paymentNoun || re == payingNow) && (h.start < loc[1] || h.start > loc[1]+4) {
				continue
			}
			h = corrected(s.n, dates, h)
			start, end := min(loc[0], h.start), max(loc[1], h.end)
			if m := subjectBefore().FindStringIndex(s.n[max(0, start-8):start]); m != nil && start == loc[0] {
				start = max(0, start-8) + m[0] // « nous réglerons le 15/12 » reads better than « réglerons le 15/12 »
			}
			ph := s.phrase(start, end)
			return Classification{Class: Promise, Phrase: ph, PromiseDate: h.date,
				Reason: contains(s, ph) + "promesse de paiement au " + h.date.French()}, true
		}
	}
	return Classification{}, false
}

// correctionRe opens a correction of what was just written: « le 12... non pardon, le 14 », "the 12th. Sorry, I
// mean the 19th".
var correctionRe = lazyRE(`^[\s.,;:!…-]*(?:non,?\s+|oups,?\s+|oops,?\s+|euh,?\s+)?(?:pardon|sorry|i mean|i meant|je veux dire|je voulais dire|plutot|ou plutot|enfin|correction|rectification|erratum)\b`)

// corrected is the date that replaces h when the sender corrects it at once.
func corrected(n string, dates []dateHit, h dateHit) dateHit {
	loc := correctionRe().FindStringIndex(n[h.end:])
	if loc == nil {
		return h
	}
	at := h.end + loc[1]
	for _, d := range dates {
		if d.start >= at && d.start <= at+30 && d.date >= d.received {
			return d
		}
	}
	return h
}

// dateNear finds the date a payment verb refers to: the first after it in the same sentence (within 100
// bytes), else one just before it in the same sentence (« Fin de mois, nous réglerons »). A date already past
// is a reference (« la facture du 30/11 »), taken only when there is no other; of two dates offered
// (« jeudi ou vendredi », « entre le 10 et le 15 ») the later.
func dateNear(n string, dates []dateHit, vs, ve int) (dateHit, bool) {
	for _, future := range []bool{true, false} {
		if h, ok := dateNearOnce(n, dates, vs, ve, future); ok {
			return h, true
		}
	}
	return dateHit{}, false
}

func dateNearOnce(n string, dates []dateHit, vs, ve int, future bool) (dateHit, bool) {
	sentEnd := len(n)
	if k := strings.IndexAny(n[ve:], "\n!?"); k >= 0 {
		sentEnd = ve + k
	}
	if k := strings.Index(n[ve:min(len(n), sentEnd)], ". "); k >= 0 {
		sentEnd = ve + k
	}
	usable := func(h dateHit) bool {
		return !reference(n, h) && (!future || h.date >= h.received)
	}
	for i, h := range dates {
		if h.start >= ve && h.start <= ve+100 && h.start < sentEnd && usable(h) {
			return laterOffered(n, dates, i), true
		}
	}
	// Inside the words that matched, or across their end: "the wire for 1/15 - should", « virement du 15 sera »,
	// « intégrée à notre campagne de paiement du 10 » (the run and its day are one date phrase).
	for i, h := range dates {
		if h.start < ve && h.end > vs && usable(h) {
			return laterOffered(n, dates, i), true
		}
	}
	for i := len(dates) - 1; i >= 0; i-- {
		h := dates[i]
		if h.end <= vs && vs-h.end <= 40 && !strings.ContainsAny(n[h.end:vs], "\n!?") && !strings.Contains(n[h.end:vs], ". ") && usable(h) {
			return laterOffered(n, dates, i), true
		}
	}
	return dateHit{}, false
}

// offeredRe joins two dates of which the client offers the later as the limit: « jeudi ou vendredi », « le 10,
// au plus tard le 15 », « entre le 10 et le 15 », "Thursday or Friday at the latest".
var (
	offeredRe = lazyRE(`^\s*,?\s*(?:ou|or|voire|sinon|otherwise|ou bien|or else|au plus tard|at the latest|ou au plus tard|or at the latest|et au plus tard|and at the latest|-|a|to|au)\s*,?\s*(?:(?:le|the|on|by|au plus tard|at the latest)\s+)?$`)
	betweenRe = lazyRE(`(?:\bentre|\bbetween)\s+(?:le\s+|the\s+)?$`)
	andRe     = lazyRE(`^\s*(?:et|and)\s+(?:le\s+|the\s+)?$`)
)

func laterOffered(n string, dates []dateHit, i int) dateHit {
	h := dates[i]
	for j := i + 1; j < len(dates); j++ {
		gap := n[h.end:dates[j].start]
		between := betweenRe().MatchString(n[max(0, dates[i].start-12):dates[i].start])
		if !offeredRe().MatchString(gap) && !(between && andRe().MatchString(gap)) {
			break
		}
		if dates[j].date > h.date {
			h = dateHit{start: h.start, end: dates[j].end, date: dates[j].date, prio: h.prio, received: h.received}
		} else {
			h.end = dates[j].end
		}
	}
	return h
}

// payWords are the words around which a promised date stands when no rule phrase was recognised.
// ("due" is not one: in a reply it is the invoice's due date, quoted — « the due date was October 22 ».)
var payWords = compile(`\b(?:regl\w*|pai\w*|pay\w*|vir\w*|vers\w*|sold\w*|settl\w*|transf\w*|remit\w*|wire\w*|cheque\w*|check|funds|fonds|money|echeance|comptabilite|accounts|tresorerie)\b`)

// promisedDate is the date of a promise the rules did not phrase (the model read it): a date near a payment
// word, else the first date to come that is not a reference to something past. ok is false when the client gives
// none (« sans date »).
func promisedDate(m Message, received backend.Date) (backend.Date, string, bool) {
	own, subject := ownAndSubject(m)
	for _, text := range []string{own, subject} {
		s := newSource("", text)
		s.monthFirst = americanWriter(m, own)
		dates := usDates(s, findDates(s.n, received), received)
		if len(dates) == 0 {
			continue
		}
		// A date a promise verb governs (« sera donc payée fin du mois prochain ») before one merely near a payment
		// word (« nos conditions de paiement sont à 30 jours fin de mois »).
		for _, re := range promiseVerbs {
			for _, loc := range re.FindAllStringIndex(s.n, 20) {
				if negated(s.n, loc[0], loc[1]) {
					continue
				}
				if h, ok := dateNearOnce(s.n, dates, loc[0], loc[1], true); ok {
					h = corrected(s.n, dates, h)
					return h.date, s.phrase(h.start, h.end), true
				}
			}
		}
		for _, loc := range payWords.FindAllStringIndex(s.n, 20) {
			if h, ok := dateNearOnce(s.n, dates, loc[0], loc[1], true); ok {
				h = corrected(s.n, dates, h)
				return h.date, s.phrase(h.start, h.end), true
			}
		}
		for i, h := range dates {
			if h.date >= received && !reference(s.n, h) {
				h = laterOffered(s.n, dates, i)
				return h.date, s.phrase(h.start, h.end), true
			}
		}
	}
	return 0, "", false
}

// --- Copy request -----------------------------------------------------------------------------------------

var copyRules = []rule{
	abs(`\b(?:renvoyer|renvoyez|re-envoyer|reenvoyer|retransmettre|transmettre a nouveau|envoyer a nouveau|refaire parvenir|faire parvenir|transmettre|transmettez|envoyer|envoyez|adresser|adressez|communiquer)(?:-moi|-nous)?\s+(?:a nouveau\s+|de nouveau\s+)?(?:la|une|cette|votre|les|ces|vos|le)\s+(?:copie\s+(?:de\s+)?(?:la\s+|cette\s+|votre\s+)?)?(?:factures?|duplicata|pdf)\b`),
	abs(`\b(?:copie|duplicata|double|exemplaire|version pdf)\s+(?:de\s+|d'|du\s+)?(?:la\s+|cette\s+|votre\s+|vos\s+|les\s+|ces\s+)?factures?\b|\bduplicata\b`),
	abs(`\b(?:n'ai|n'avons|ai|avons|n'a|a)\s+(?:jamais\s+|pas\s+|toujours pas\s+|pas encore\s+|rien\s+)+(?:recu\s+|eu\s+|trouve\s+|retrouve\s+|vu\s+)?(?:la|cette|votre|vos|les|de|d'|aucune|ces)\s*factures?\b`),
	abs(`\bn'(?:ai|avons|a) (?:recu )?aucune factures?\b`),
	abs(`\b(?:ne|n')\s?(?:trouve|retrouve|trouvons|retrouvons)\s+(?:pas|plus)\s+(?:la|cette|votre|vos|les|trace de (?:la|cette|votre))\s+factures?\b|\bfactures?\s+(?:\S+\s+){0,2}?(?:introuvables?|pas recue|non recue|jamais recue|egaree|perdue)\b|\baucune trace de (?:la|cette|votre) facture\b`),
	abs(`\bfactures?\b[^.\n]{0,40}\b(?:ne (?:nous|m') est (?:pas|jamais) parvenue|pas parvenue|jamais parvenue|pas arrivee|jamais arrivee)\b`),
	abs(`\b(?:resend|re-send)\b|\bsend\s+(?:me\s+|us\s+)?(?:again|a copy|another copy)\b|\bsend\s+(?:me|us)\s+(?:the|a|your|this)\s+(?:invoice|copy)\b|\bsend\s+(?:the|your|this)\s+invoice\s+again\b`),
	abs(`\b(?:copy|duplicate)\s+of\s+(?:the|your|this|that)\s+invoice\b|\binvoice copy\b|\bduplicate invoice\b`),
	abs(`\b(?:(?:have|has|did|do)(?:n't| not)|never)\s+(?:received|got|get|have|had|seen)\s+(?:the|your|this|that|an|any)\s+invoice\b`),
	abs(`\b(?:can't|cannot|can not|couldn't|could not|unable to)\s+(?:find|locate)\s+(?:the|your|this|that)\s+invoice\b`),
	// A new invoice asked before paying (made out to the right entity, with its order number): the document is what
	// is asked; the payment waits for it.
	abs(`\b(?:reemettre|re-emettre|reediter|reemettez|reeditez)\s+(?:la|une|cette|votre|les|ces)\s+factures?\b`),
	abs(`\b(?:il me faut|il nous faut|besoin d'une?|besoin de la|merci de (?:m'|nous )?(?:envoyer|adresser|transmettre|fournir)|pourriez-vous (?:m'|nous )?(?:envoyer|adresser|transmettre|fournir))\s+(?:une |la )?factures? acquittees?\b|\breceipted invoice\b`),
	abs(`\b(?:as soon as|once|when)\s+(?:i|we)\s+(?:get|receive|have)\s+(?:the|a|your)\s+(?:corrected|new|revised|amended|updated|correct|reissued|re-issued)\s+invoice\b|` +
		`\bdes (?:reception|que nous aurons recu|que j'aurai recu) (?:de )?(?:la|une|votre) (?:nouvelle )?facture (?:corrigee|rectifiee|modifiee|reemise|conforme)\b`),
	// The way the invoice came does not work or is missing: the link, the PDF, the attachment.
	abs(`\b(?:liens?|pdf|pieces? jointes?|pj|fichiers?|documents? joints?|links?|attachments?|attached files?|download links?)\b[^.\n]{0,50}?` +
		`(?:\bne (?:marche|fonctionne|s'ouvre|s'affiche|se telecharge)(?:nt)? (?:pas|plus)|\b(?:est|sont|semblent?|parait|etait) (?:vides?|corrompue?s?|endommagee?s?|illisibles?|casses?|morts?|expiree?s?|invalides?|inaccessibles?)\b|` +
		`\ba expire\b|\bn'est plus (?:valide|actif|accessible)\b|\b(?:doesn't|does not|don't|do not|won't|will not|can't|cannot) (?:work|open|load|download)\b|\b(?:isn't|is not|aren't|are not) working\b|` +
		`\b(?:can't|cannot) be (?:opened|downloaded|read)\b|\b(?:is|are|seems|seem|appears|was) (?:to be )?(?:broken|corrupt(?:ed)?|empty|dead|expired|invalid|damaged|blank|unreadable)\b|\bhas expired\b)`),
	abs(`\b(?:pas de|aucune|sans) (?:piece jointe|pj|facture jointe|fichier joint)\b|\bpiece jointe (?:manquante|absente|oubliee)\b|\boubli\w* (?:de joindre|la piece jointe|la pj)\b|` +
		`\bno (?:attachment|invoice attached|file attached|pdf attached)\b|\b(?:forgot|forgotten) (?:to attach|the attachment)\b|\battachment (?:is |was )?missing\b|\bmissing attachment\b|\bnothing (?:was )?attached\b`),
}

// --- Auto-replies and bounces -----------------------------------------------------------------------------

var (
	autoSubject = lazyRE(`(?i)^\s*(?:réponse automatique|reponse automatique|absence du bureau|message d'absence|message d’absence|absent|absence|out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto|accusé de réception|accuse de reception|abwesenheitsnotiz|automatische antwort|respuesta automática|risposta automatica|autosvar|automatisch antwoord|afwezig|resposta automática|automaattinen vastaus|lu|read|non lu|not read|remis|delivered)\s*:|réponse automatique|message d'absence|absence du bureau|out of (the )?office|automatic reply|auto-reply|\bOOO\b`)
	autoBody    = compile(`\b(?:ceci est une? (?:message|reponse|e-mail|courriel) automatique|reponse automatique|message automatique|message d'absence|(?:absent|absente) du bureau|hors du bureau|je suis (?:actuellement |en ce moment )?(?:absent|absente|en conges|en deplacement|en vacances|en conge)|je serai absente?|nous sommes (?:actuellement )?fermes|out of (?:the )?office|automatic reply|auto-?reply|(?:i am|i'm) (?:currently )?(?:out|away|on (?:annual )?leave|on holiday|on vacation|off)|this is an automat\w*|(?:do not|don't) reply to this (?:e-?mail|message)|merci de ne pas repondre a ce (?:message|mail|courriel)|(?:message|courriel|e-mail|mail) (?:a ete |est )?(?:envoye|genere|emis) automatiquement|(?:message|e-?mail|reply|response) (?:was |is |has been )?(?:automatically|auto-) ?(?:generated|sent)` +
		`|nous sommes (?:actuellement )?(?:en conges|fermes|absents)|(?:cette|mon|notre) adresse (?:e-?mail |mail |electronique )?(?:n'est plus|ne sera plus) (?:consultee|lue|active|valide|utilisee|surveillee)` +
		`|this (?:e-?mail )?(?:address|mailbox) is no longer (?:monitored|in use|active|valid|checked)|nous vous repondrons dans les (?:plus brefs|meilleurs) delais` +
		`|we will (?:get back to you|respond|reply) (?:as soon as possible|shortly|within)|your (?:request|message|e-?mail|ticket|enquiry|inquiry) has been (?:received|logged|registered)` +
		`|votre (?:demande|message|e-?mail|courriel|ticket) a (?:bien )?ete (?:recue?|enregistree?|pris en compte|prise en compte)` +
		`|ne (?:surveille|consulte) pas cette (?:boite|adresse)|(?:this|the) (?:mailbox|address) is (?:not |un)monitored|unmonitored (?:mailbox|address)` +
		`|accuse de reception automatique|automatic acknowledge?ment|votre demande (?:n°|#|numero)?\s*\S+ a (?:bien )?ete creee|ticket (?:#|n°|number)?\s*\S+ (?:has been|a ete) (?:opened|created|ouvert|cree)` +
		`|votre (?:e-?mail|message|courriel) a (?:bien )?ete (?:recu|transmis) (?:par|a) notre (?:service|systeme)|your (?:invoice|message|e-?mail) has been (?:received|forwarded)` +
		// Closed for a season, a mailbox nobody reads, an answer promised for later: « Nos bureaux sont fermés du 3
		// au 21 août », « Le camping est fermé pour la saison d'hiver », "will respond within 5 working days".
		`|(?:nos |les )?(?:bureaux|locaux|services?|magasins?|boutiques?|ateliers?|etablissements?) (?:sont|est|seront|sera) fermee?s?|(?:est|sont) fermee?s? pour (?:la saison|l'hiver|l'ete|les vacances|conges|congés)` +
		`|fermeture (?:annuelle|estivale|hivernale|exceptionnelle|pour conges)|nous (?:rouvrons|reouvrons|rouvrirons)|reouverture (?:le|au|a partir)` +
		`|(?:votre|vos) (?:message|messages|e-?mails?|courriels?|demandes?) (?:sera|seront) (?:traitee?s?|lue?s?|pris en compte) (?:a|des) (?:notre|mon) retour` +
		`|(?:cette|cet) (?:boite (?:aux lettres|mail|e-?mail)|adresse(?: e-?mail| mail| electronique)?) n'est (?:pas|plus) (?:consultee|lue|surveillee|relevee)` +
		`|will (?:respond|reply|get back to you|answer) (?:to (?:your|you|all) (?:messages?|e-?mails?|enquiries) )?(?:as soon as possible|shortly|within|on (?:my|our) return|when (?:i|we) return)` +
		`|(?:office|offices|premises|shop|store) (?:is|are|will be) closed (?:for|until|from|between)|closed for the (?:season|holidays?|winter|summer)` +
		`|(?:est|sont|sera|seront) fermee?s? (?:du \d|jusqu'au|jusqu'a|entre le|pour (?:les|la|l') ?(?:vacances|conges|saison|hiver|ete|fetes))` +
		`|(?:nous|je) (?:traiterons|traiterai|repondrons|repondrai|lirons|lirai) (?:votre|vos) (?:demande|message|e-?mail|courriel)s? (?:des|a) (?:notre|mon) retour` +
		`|(?:aim|try|endeavour|endeavor|strive) to (?:respond|reply|answer) (?:to (?:all|your) (?:queries|enquiries|inquiries|e-?mails|messages) )?within` +
		// Someone else to write to, a receipt acknowledged, no access to mail: « en mon absence », « ceci est un accusé
		// de réception », "I no longer work at", "with limited access to email" (being on leave, or « nous accusons
		// réception de votre relance », people write too).
		`|(?:en|pendant|durant) mon absence|je ne suis pas disponible (?:actuellement|en ce moment|jusqu)|(?:je )?n'aurai pas acces a (?:mes|ma) (?:mails|e-?mails|messagerie|courriels)` +
		`|ceci est un accuse de reception|nous accusons (?:bonne )?reception de votre (?:message|e-?mail|courriel)|votre message n'a pas ete (?:transfere|transmis|redirige)|nous avons bien recu votre (?:message|e-?mail|courriel|demande) et (?:vous )?(?:repondrons|le traiterons|la traiterons|reviendrons)` +
		`|je ne fais plus partie (?:de la societe|de l'entreprise|des effectifs|de l'equipe)|ne fait plus partie (?:de la societe|de l'entreprise|des effectifs)` +
		`|(?:votre|vos) (?:message|messages|e-?mails?|courriels?|demandes?) (?:a|ont) (?:bien )?ete transmise?s? (?:au|aux) services? concernes?` +
		`|(?:transfere|transmis|redirige)e? automatiquement|auto-?acknowledge?ment|(?:i|she|he) no longer works? (?:at|for|with)` +
		`|please (?:direct|send|address|forward) (?:any |all |your )?(?:urgent )?(?:queries|enquiries|inquiries|questions|e-?mails|correspondence|requests) to` +
		`|(?:travel+ing|away) with (?:limited|intermittent|no|little) access|(?:limited|intermittent|no) access to (?:my )?e-?mail` +
		`|(?:we've|we have) received your (?:e-?mail|message|request) and (?:created|opened|logged|raised)|(?:our )?average response time` +
		`|(?:has|have) been received and (?:is|are) being (?:reviewed|processed|handled)|(?:type|write) your reply above this line|do not reply above this line|(?:has|have) been assigned to (?:the|our) \S+(?: \S+)? queue` +
		`|will not (?:read|check|see) (?:my )?e-?mails?|will (?:reply|respond|get back to you) when i(?:'m| am) back)\b`)
	returnCues  = compile(`\b(?:de retour|retour prevu|retour au bureau|reprendrai|reprise|joignable|disponible|a compter du|a partir du|des le|back|return|returning|returns|from)\b`)
	untilCues   = compile(`\b(?:jusqu'au|jusqu'a|until|till|through|au)\b`)
	inclusiveRe = lazyRE(`^\s*\)?\s*(?:inclus|inclusivement|compris|inclusive|included)\b`)
	// paymentNotice is what a payer's automatic notice of payment says (in the folded text: no accents, lower case).
	paymentNotice = lazyRE(`\bremittance\b|\bpayment (?:notification|advice|confirmation)\b|\bavis de (?:virement|paiement|reglement)\b|` +
		`\bconfirmation de (?:votre |notre )?(?:virement|paiement|reglement)\b|` +
		`\bpayment (?:has been|was) (?:initiated|made|sent|issued|released|executed|processed)\b|` +
		`\bwe have (?:made|sent|initiated|processed|released) (?:a|the|your) payment\b|` +
		`\b(?:virement|paiement|reglement) (?:a ete |vient d'etre )?(?:emis|execute|effectue)\b`)
	delayNotice = lazyRE(`(?i)\(delay\)|delayed|\bretard|warning: message|still being retried|not yet been delivered|toujours en cours`)
)

// autoClass recognises an automatic reply; byWords says it was known only by its words (no header, no subject, no
// read receipt or delay notice).
func autoClass(m Message, body source, received backend.Date) (c Classification, ok, byWords bool) {
	a := m.Auto
	switch {
	case a.AutoSubmitted != "" && !strings.HasPrefix(strings.ToLower(a.AutoSubmitted), "no"):
		c.Phrase = "Auto-Submitted: " + a.AutoSubmitted
	case a.XAutoreply != "" && !strings.EqualFold(a.XAutoreply, "no"):
		c.Phrase = "X-Autoreply: " + a.XAutoreply
	case isAutoPrecedence(a.Precedence):
		c.Phrase = "Precedence: " + a.Precedence
	case a.XAutoResponseSuppress != "":
		c.Phrase = "X-Auto-Response-Suppress: " + a.XAutoResponseSuppress
	}
	if c.Phrase != "" {
		// Said in plain words; the header itself stays in Phrase, the evidence.
		c.Reason = "marqué comme réponse automatique par la messagerie de l'expéditeur"
	} else if loc := autoSubject().FindStringIndex(m.Subject); loc != nil {
		c.Phrase = strings.TrimSpace(m.Subject[loc[0]:loc[1]])
		c.Reason = "objet « " + m.Subject + " » : réponse automatique"
		if low := strings.ToLower(c.Phrase); strings.HasPrefix(low, "lu") || strings.HasPrefix(low, "read") || strings.HasPrefix(low, "non lu") || strings.HasPrefix(low, "not read") {
			c.Reason = "objet « " + m.Subject + " » : accusé de lecture"
		}
	} else if start, end, found := findRule(body.n, rule{re: autoBody, absolute: true}); found {
		c.Phrase = body.phrase(start, end)
		c.Reason = contains(body, c.Phrase) + "réponse automatique"
		byWords = true
	} else if m.ReadReceipt {
		c.Phrase = "message/disposition-notification"
		c.Reason = "accusé de lecture envoyé par la messagerie du destinataire"
	} else if m.Bounce == nil && (m.DeliveryDelayed || isDaemon(m.From) && delayNotice().MatchString(m.Subject)) {
		c.Phrase = m.Subject
		c.Reason = "avis de retard de distribution du serveur de messagerie : la relance n'est pas encore arrivée, sans échec définitif"
	} else {
		return c, false, false
	}
	c.Class = AutoReply
	if d, ph, found := returnDate(body, received); found {
		c.ReturnDate = d
		c.Reason += " ; de retour le " + d.French() + " (« " + ph + " »)"
	}
	return c, true, byWords
}

func isAutoPrecedence(p string) bool {
	switch strings.ToLower(strings.TrimSpace(p)) {
	case "auto_reply", "bulk", "junk":
		return true
	}
	return false
}

func isDaemon(a Address) bool {
	local := a.Email
	if i := strings.IndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	return daemonLocal().MatchString(local)
}

// returnDate reads when an absent person is back: « de retour le 5 janvier », "back on Monday 4 January";
// « absent jusqu'au 4 janvier inclus » is back on the 5th, « jusqu'au 4 janvier » on the 4th (read as the
// day the absence ends).
func returnDate(s source, received backend.Date) (backend.Date, string, bool) {
	dates := findDates(s.n, received)
	if len(dates) == 0 {
		return 0, "", false
	}
	for _, cue := range []*pattern{returnCues, untilCues} {
		for _, loc := range cue.FindAllStringIndex(s.n, 20) {
			for _, h := range dates {
				if h.start < loc[1] || h.start > loc[1]+40 {
					continue
				}
				d, end := h.date, h.end
				if cue == untilCues {
					if m := inclusiveRe().FindStringIndex(s.n[h.end:]); m != nil {
						d, end = d.AddDays(1), h.end+m[1]
					}
				}
				return d, s.phrase(loc[0], end), true
			}
		}
	}
	return 0, "", false
}

// bounceStatus explains the common enhanced status codes (RFC 3463) in French.
var bounceStatus = map[string]string{
	"5.1.1": "adresse inconnue", "5.1.10": "destinataire introuvable", "5.1.0": "adresse refusée",
	"5.1.2": "domaine inconnu", "5.2.1": "boîte désactivée", "5.2.2": "boîte pleine", "4.2.2": "boîte pleine",
	"5.4.1": "refusé par le serveur du destinataire", "5.4.4": "domaine injoignable", "5.7.1": "refusé par le serveur du destinataire",
	"5.7.0": "refusé par le serveur du destinataire", "5.5.0": "adresse refusée", "5.0.0": "échec de distribution",
	"4.4.1": "serveur injoignable pour l'instant", "4.4.7": "délai de distribution dépassé",
}

func bounceClass(m Message) Classification {
	b := m.Bounce
	c := Classification{Class: Bounced, BounceAddress: b.Recipient, Phrase: b.Diagnostic}
	if c.Phrase == "" {
		c.Phrase = m.Subject
	}
	what := "la relance"
	if b.Recipient != "" {
		what = "l'adresse " + b.Recipient
	}
	detail := ""
	if b.Status != "" {
		detail = " (" + b.Status
		if s, ok := bounceStatus[b.Status]; ok {
			detail += " : " + s
		}
		detail += ")"
	}
	if b.Permanent {
		c.Reason = "avis de non-distribution : " + what + " a été refusée" + detail + " ; corriger l'adresse ou relancer par un autre moyen"
		if b.Recipient == "" {
			c.Reason = "avis de non-distribution : la relance n'a pas été remise" + detail
		}
	} else {
		c.Reason = "avis de non-distribution temporaire pour " + what + detail + " : un nouvel envoi pourra réussir"
	}
	return c
}

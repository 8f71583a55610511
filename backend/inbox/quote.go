package inbox

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxExcerpt is the length of Message.Excerpt in characters: enough for the gist of a reply in a list.
const maxExcerpt = 500

// Markers of the quoted history, matched on a folded line (lower case, no accents, plain spaces and quotes).
var (
	// "-----Original Message-----", "----- Message d'origine -----", "-------- Message transféré --------"…
	separatorRe = lazyRE(`^-{2,}\s*(original message|message d'origine|message original|mail original|` +
		`courriel original|forwarded message|message transfere|message reexpedie|original-nachricht|ursprungliche nachricht)\s*-{2,}`)
	forwardRe = lazyRE(`^(begin forwarded message|debut du message reexpedie|message transfere)\s*:`)
	// "Le 1 déc. 2026 à 10:02, Atelier Dupont <compta@…> a écrit :", "On Tue, Dec 1, 2026 at 10:02 AM … wrote:".
	// Clients wrap it over two or three lines, so it is matched on lines joined.
	attributionRe      = lazyRE(`^(le|on|am|el|il)\s.{0,300}(a ecrit|wrote|schrieb|escribio|ha scritto)\s*:\s*$`)
	attributionOneLine = lazyRE(`^.{0,200}\s(a ecrit|wrote)\s*:\s*$`)
	// An Outlook header block: "De : …" then "Envoyé : …" / "Date : …" / "Objet : …" within a few lines.
	fromLineRe = lazyRE(`^\*?(de|from|von|expediteur)\s*:\s*\*?\s*\S`)
	metaLineRe = lazyRE(`^\*?(envoye|sent|date|objet|subject|a|to|cc|gesendet|betreff)\s*:`)
	underlines = lazyRE(`^_{8,}$`)
	// The confidentiality notice companies append to every mail (« Ce message et toutes les pièces jointes sont
	// confidentiels… Toute utilisation non conforme… », "This e-mail and any attachments are confidential…"): not the
	// sender's words, and its « non conforme » or "received in error" read as a dispute or a bounce.
	disclaimerRe = lazyRE(`^\W*(avertissement|disclaimer|confidentialite|confidentiality notice|mentions? legales?)?\W*` +
		`(ce|cet|le present|this|the information (contained )?in this|les informations contenues dans ce|le contenu de ce)\s+` +
		`(message|courriel|e-?mail|mail|envoi)\b.{0,120}\b(confidenti|strictly private|intended (solely|only|exclusively) for|` +
		`a l'(intention|usage) exclusi|destine exclusivement|privileged)` +
		`|^\W*(pensez a l'environnement avant d'imprimer|please consider the environment before printing|` +
		`avant d'imprimer,? pensez a l'environnement)`)
	// "Envoyé de mon iPhone", "Sent from my Galaxy", "Get Outlook for Android".
	mobileSigRe = lazyRE(`^(envoye (de|depuis) (mon|ma|un|une|l')|sent from (my|outlook|mail)|get outlook for|obtenir outlook pour|telecharger outlook pour)\b.{0,50}$`)
)

// ownWords is what the sender wrote in a reply: the text above the quoted history, without ">" lines and
// without the signature. With bottom-posting (history first, answer below) it is the unquoted text after the
// attribution line instead.
func ownWords(text string) string { return ownWordsFrom(text, nil) }

// ownWordsFrom is ownWords knowing our own addresses (the message's To): a message forwarded below the sender's
// words is read as theirs only when it is not ours (« je vous transmets ci-dessous la réponse de notre client »,
// not our reminder they forward).
func ownWordsFrom(text string, ours []string) string {
	if text == "" {
		return ""
	}
	lines := strings.Split(text, "\n")
	if len(lines) > 5000 {
		lines = lines[:5000]
	}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = foldLine(l)
	}
	cut, cutEnd := historyStart(folded)
	own := keepOwn(lines[:cut], folded[:cut])
	if cut < len(lines) {
		rest, restFolded := lines[cutEnd:], folded[cutEnd:]
		c, _ := historyStart(restFolded)
		if strings.TrimSpace(own) == "" {
			own = keepOwn(rest[:c], restFolded[:c])
		} else if f := foldLine(own); pointsBelow().MatchString(f) && !oursBelow().MatchString(f) {
			// « Je vous transfère la réponse de notre gérant ci-dessous », "see below from our finance guy": the
			// answer is the first message forwarded, past its header lines.
			k := skipHeaderLines(restFolded)
			c2, _ := historyStart(restFolded[k:])
			if !namesAny(strings.Join(restFolded[:k], " "), ours) {
				own += "\n" + keepOwn(rest[k:k+c2], restFolded[k:k+c2])
			}
			if answers := markedAnswers(rest); answers != "" { // « réponses dans votre message ci-dessous »
				own += "\n" + answers
			}
		} else if answers := inlineAnswers(rest[:c], restFolded[:c]); answers != "" {
			// « Mes réponses dans le texte » above, the answers between the quoted lines below.
			own += "\n" + answers
		} else if answers := markedAnswers(rest); answers != "" {
			// The whole history: its headers block (« From: … Sent: … ») is itself a history mark.
			own += "\n" + answers
		}
	}
	return strings.TrimSpace(own)
}

// pointsBelow is a sender pointing to what follows their words for the answer.
var pointsBelow = lazyRE(`\b(?:ci-dessous|ci dessous|plus bas|see below|below from|as below|per below|voir en dessous)\b`)

// oursBelow is our own message pointed to below (« m'a transféré votre relance ci-dessous »): not an answer.
var oursBelow = lazyRE(`\b(?:votre|vos|your) (?:relance|rappel|message|mail|e-?mail|courriel|reminder|facture|invoice)s?\b[^.\n]{0,40}(?:ci-dessous|ci dessous|plus bas|below)`)

// namesAny tells whether a (folded) text names one of the addresses.
func namesAny(folded string, addrs []string) bool {
	for _, a := range addrs {
		if a != "" && strings.Contains(folded, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// skipHeaderLines is the index of the first line after the blank lines and header fields (« De : », « Envoyé : »,
// "From:", "Sent:"…) that open a block.
func skipHeaderLines(folded []string) int {
	k := 0
	for k < len(folded) && (folded[k] == "" || fromLineRe().MatchString(folded[k]) || metaLineRe().MatchString(folded[k])) {
		k++
	}
	return k
}

// markedLine is an answer written into an unquoted history (Outlook's « Original Message »), marked with the
// writer's name or initials: "Nigel> Will be paid on the 10th", "JD>> ok".
// "[S.B.] Virement le 22/10" too.
var markedLine = lazyRE(`^\s*(?:\p{L}[\p{L}.\-]{0,19}>{1,2}|\[\p{L}[\p{L}.\- ]{0,14}\])\s+(\S.*)$`)

// markedAnswers are the history's lines marked as the writer's answers, without their mark.
func markedAnswers(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		if m := markedLine().FindStringSubmatch(l); m != nil {
			b.WriteString(strings.TrimSpace(m[1]))
			b.WriteByte('\n')
		}
	}
	return strings.TrimSpace(b.String())
}

// inlineAnswers are the lines written between quoted lines of the history: answers given inside the quote. Lines
// after the last quoted one (a signature or a notice a server appended) are not answers.
func inlineAnswers(lines, folded []string) string {
	last := -1
	for i := range folded {
		if quotedLine(folded[i]) {
			last = i
		}
	}
	var b strings.Builder
	seenQuote := false
	for i := 0; i < last; i++ {
		switch {
		case quotedLine(folded[i]):
			seenQuote = true
		case seenQuote && folded[i] != "":
			b.WriteString(lines[i])
			b.WriteByte('\n')
		}
	}
	return strings.TrimSpace(b.String())
}

// historyStart finds the first line of the quoted history, and the line after its marker.
func historyStart(folded []string) (cut, after int) {
	for i, f := range folded {
		switch {
		case f == "":
			continue
		case separatorRe().MatchString(f), forwardRe().MatchString(f):
			return i, i + 1
		case f == "--" || f == "-- ":
			return i, i + 1
		case mobileSigRe().MatchString(f) && len(f) < 70:
			return i, i + 1
		case disclaimerRe().MatchString(f) && i > 0: // at the very top it is a gateway's banner: read on
			return i, i + 1
		}
		if underlines().MatchString(f) && i+1 < len(folded) && outlookBlock(folded, nextNonEmpty(folded, i+1)) {
			return i, i + 1
		}
		if outlookBlock(folded, i) {
			return i, i + 1
		}
		// Attribution, which clients wrap over up to three lines: "Le …, Atelier Dupont <" / "compta@…> a écrit :".
		// A wrapped attribution has no blank line and its lines do not end sentences, which keeps the sender's
		// last sentence out of it.
		if attributionOneLine().MatchString(f) {
			return i, i + 1
		}
		joined := f
		for k := 0; k < 3 && i+k < len(folded); k++ {
			if k > 0 {
				prev := folded[i+k-1]
				if folded[i+k] == "" || strings.HasPrefix(folded[i+k], ">") || strings.ContainsAny(prev[len(prev)-1:], ".!?;") {
					break
				}
				joined += " " + folded[i+k]
			}
			if len(joined) > 400 {
				break
			}
			if attributionRe().MatchString(joined) {
				return i, i + k + 1
			}
		}
	}
	return len(folded), len(folded)
}

func nextNonEmpty(folded []string, i int) int {
	for i < len(folded) && folded[i] == "" {
		i++
	}
	return i
}

// outlookBlock tells whether line i starts "De : …" followed within four lines by another header-like line.
func outlookBlock(folded []string, i int) bool {
	if i >= len(folded) || !fromLineRe().MatchString(strings.TrimLeft(folded[i], "> ")) {
		return false
	}
	for k := i + 1; k < len(folded) && k <= i+4; k++ {
		if metaLineRe().MatchString(strings.TrimLeft(folded[k], "> ")) {
			return true
		}
	}
	return false
}

// keepOwn drops quoted lines; a quoted block interleaved with answers keeps the answers.
func keepOwn(lines, folded []string) string {
	var b strings.Builder
	for i, l := range lines {
		if quotedLine(folded[i]) {
			continue
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// quotedLine is a line of quoted history: "> …".
func quotedLine(folded string) bool { return strings.HasPrefix(strings.TrimLeft(folded, " "), ">") }

// foldLine prepares a line for the history markers: trimmed, lower-cased, accents removed, non-breaking spaces
// and typographic apostrophes made plain.
func foldLine(l string) string {
	if len(l) > 1000 {
		l = l[:1000]
	}
	n, _ := fold(strings.TrimSpace(l))
	return strings.TrimSpace(strings.ReplaceAll(n, "\n", " "))
}

// excerpt collapses white space and keeps at most maxExcerpt characters, cut at a word when possible.
func excerpt(s string) string {
	s = strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
	if utf8.RuneCountInString(s) <= maxExcerpt {
		return s
	}
	r := []rune(s)[:maxExcerpt-1]
	cut := len(r)
	for i := len(r) - 1; i > maxExcerpt-60; i-- {
		if r[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

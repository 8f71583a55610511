package inbox

import (
	"regexp"
	"strings"
)

// deliveryStatus reads a message/delivery-status body (RFC 3464): a block of per-message fields, then one block
// per recipient, separated by blank lines.
func (p *parser) deliveryStatus(data []byte) {
	for len(data) > 0 && len(p.dsn) < 50 {
		// Skip blank lines between blocks.
		for len(data) > 0 && (data[0] == '\n' || data[0] == '\r' || data[0] == ' ' || data[0] == '\t') {
			data = data[1:]
		}
		if len(data) == 0 {
			return
		}
		h, rest, ok := readHeader(data, &problems{})
		if !ok || len(rest) >= len(data) {
			return
		}
		p.dsn = append(p.dsn, h)
		data = rest
	}
}

var (
	notFailureSubjects = lazyRE(`(?i)recall report|rapport de rappel|rappel du message|messages? (?:on hold|held|en attente|retenus?|bloqués?)|held for|quarantin|digest|résumé (?:des )?(?:messages|courriers)`)
	statusRe           = lazyRE(`\b([245])\.(\d{1,3})\.(\d{1,3})\b`)
	smtpCodeRe         = lazyRE(`\b(5[0-5]\d|4[2-5]\d)[ -]`)
	bounceSubjects     = lazyRE(`(?i)undeliver|undelivered mail|returned mail|return(ed)? to sender|delivery status notification \((failure|échec)\)|` +
		`mail delivery failed|delivery failure|delivery has failed|failure notice|non remis|non distribu|non délivr|` +
		`échec de (la )?(remise|distribution)|notification d'état de (la )?remise \(échec\)|impossible de remettre|` +
		`message not delivered|could not be delivered|mail system error|delivery failed|hard bounce|^\s*bounce(?:d)?\s*:|adresse en erreur|erreur permanente|permanent (?:failure|error)`)
	failureWords = lazyRE(`(?i)failure|failed|rejected by the (?:list )?moderator|refusée? par (?:le )?modérateur|échec|undeliver|non remis|returned to sender|could not be delivered|couldn't be delivered|wasn't delivered|n'a pas pu être|permanent error|erreur permanente|user unknown|no such user|does not exist|` +
		`unable to deliver|could not deliver|delivery errors?|error (?:has )?occurred while (?:attempting to )?deliver|error delivering|` +
		`malformed (?:recipient )?address|envelope expired|(?:was|were|has been) aborted|not going to try again|gave up|giving up|impossible de (?:remettre|distribuer)|` +
		`did not reach (?:some or all of )?the (?:following|intended) recipient|n'a pas atteint (?:certains|l'ensemble|le destinataire|les destinataires)`)
	delaySubjects = lazyRE(`(?i)\(delay\)|delayed|\bdelay\b|retard|warning: message|toujours en cours|still being retried|not yet been delivered`)
	daemonLocal   = lazyRE(`^(mailer-daemon|mailer_daemon|mailerdaemon|postmaster|post_master|mail-daemon|maildaemon|microsoftexchange[0-9a-f]*|bounce[s]?|mdaemon)$`)
	temporaryRe   = lazyRE(`(?i)temporar|temporaire|will retry|will be retried|réessa|nouvel essai`)
	mailboxFullRe = lazyRE(`(?i)mailbox (is )?full|boîte (aux lettres )?pleine|over quota|quota (exceeded|dépassé)`)
	// The notice says this message was returned, not that it waits: "was undeliverable", « n'a pas pu être remis ».
	returnedRe       = lazyRE(`(?i)(was|were|is) undeliverable|undeliverable mail|failed to deliver|could not be delivered|couldn't be delivered|unable to deliver|has been returned|n'a pas pu être (remis|distribué|délivré)|non (remis|distribué)|n'avons pas pu (le )?(remettre|distribuer)`)
	permanentRe      = lazyRE(`(?i)permanent|définiti|user unknown|unknown user|does not exist|n'existe pas|introuvable|not found|no such user|address rejected|adresse rejetée`)
	gaveUp           = lazyRE(`(?i)permanent error|erreur permanente|échec définitif|gave up|giving up|not going to try again|will not be retried|no further attempts|retry (?:time|timeout|period) (?:exceeded|expired)|délai (?:de (?:remise|distribution) )?(?:dépassé|expiré)|ne sera plus (?:retenté|réessayé)|abandonn`)
	publicMailDomain = lazyRE(`^(?:gmail\.com|googlemail\.com|(?:outlook|hotmail|live|msn)\.[a-z.]+|yahoo\.[a-z.]+|ymail\.com|icloud\.com|me\.com|mac\.com|aol\.[a-z.]+|gmx\.[a-z.]+|web\.de|proton(?:mail)?\.[a-z.]+|pm\.me|orange\.fr|wanadoo\.fr|free\.fr|sfr\.fr|neuf\.fr|laposte\.net|bbox\.fr|numericable\.fr|club-internet\.fr|aliceadsl\.fr|yandex\.[a-z.]+|mail\.ru|zoho\.com|fastmail\.[a-z.]+|tutanota\.[a-z.]+|skynet\.be|bluewin\.ch|sunrise\.ch|videotron\.ca)$`)
	origIDInText     = lazyRE(`(?im)^[ \t>]*Message-ID:[ \t]*(<[^<>\s]{1,250}>)`)
	failedAddrRes    = []func() *regexp.Regexp{
		lazyRE(`(?i)<([^<>\s@]{1,64}@[^<>\s]{1,255})>:\s`),
		lazyRE(`(?i)address(?:\(es\))? failed:\s*<?([^<>\s@]{1,64}@[^<>\s]{1,255})`),
		lazyRE(`(?i)(?:wasn't delivered to|was not delivered to|couldn't be delivered to|could not be delivered to|message to|` +
			`message à|n'a pas (?:pu )?été (?:remis|distribué) à|delivery to the following recipients? failed(?: permanently)?:|` +
			`did not reach the following recipient\(?s?\)?:)\s*<?([^<>\s@]{1,64}@[^<>\s]{1,255})`),
	}
)

// bounce recognises a delivery failure: a standard report (multipart/report with message/delivery-status), or
// the plain-text notices older servers (Exim, qmail) and some providers still send, recognised by their sender
// (MAILER-DAEMON, postmaster) or subject. A delay notice is not a failure: the message may still arrive.
func (p *parser) bounce(m *Message) *Bounce {
	var b Bounce
	found, reported, expired := false, false, false
	for _, blk := range p.dsn {
		rcpt := blk.get("final-recipient")
		if rcpt == "" {
			rcpt = blk.get("original-recipient")
		}
		if rcpt == "" {
			continue
		}
		reported = true
		action := strings.ToLower(strings.TrimSpace(blk.get("action")))
		if action == "delayed" {
			m.DeliveryDelayed = true
		}
		status := statusRe().FindString(blk.get("status"))
		// « expired »: the server kept trying and gave up — the message will not arrive (RFC 3464 lists failed,
		// delayed, delivered, relayed, expanded; servers also write expired).
		if action == "failed" || action == "expired" || (action == "" && strings.HasPrefix(status, "5")) {
			b.Recipient = dsnAddress(rcpt)
			b.Status = status
			b.Diagnostic = clip(diagnostic(blk.get("diagnostic-code")), 300)
			// « failed » means no further attempt (RFC 3464 2.3.3), even with a 4.x.x status: the server gave up.
			expired = action == "expired" || action == "failed"
			found = true
			break
		}
	}
	text := strings.Join(p.reportTexts, "\n")
	if text == "" {
		text = m.Text
	}
	if !found {
		if reported || !looksLikeBounce(m, text) {
			return nil
		}
		found = true
	}
	if b.Recipient == "" {
		// "Failed to deliver to 'anne@client.example'": quotes around an address are not part of it.
		b.Recipient = strings.Trim(failedRecipient(m, p.top, p.origHeader, text), "'`")
	}
	// No report, no address that failed, nothing of ours sent back, and only our own address named: the notice is about
	// mail to us — held for us, or phishing dressed as a bounce ("4 messages failed to deliver to relances@…, click
	// here") — not our reminder failing.
	if b.Recipient == "" && !reported && p.origHeader == nil && namesOnlyOurAddress(m, text) {
		return nil
	}
	if ourOwnFailure(m, b.Recipient) {
		return nil
	}
	if b.Status == "" {
		b.Status = statusRe().FindString(text)
	}
	if b.Diagnostic == "" {
		b.Diagnostic = diagnosticLine(text, b.Status)
	}
	// Without an enhanced status (x.y.z), the server's reply code says it: "552 … mailbox over quota" is final.
	reply := ""
	if b.Status == "" {
		if mm := smtpCodeRe().FindStringSubmatch(text); mm != nil {
			reply = mm[1]
		}
	}
	switch {
	case strings.HasPrefix(b.Status, "5"), expired, strings.HasPrefix(reply, "5"):
		b.Permanent = true
	case strings.HasPrefix(b.Status, "4"), strings.HasPrefix(reply, "4"):
		// A temporary code, but the server says it stopped trying (it gave up after its retries): the reminder
		// will not arrive.
		b.Permanent = gaveUp().MatchString(text)
	default:
		// A full mailbox is temporary while the server keeps the message; once it says the message came back, this
		// reminder will not arrive.
		temporary := temporaryRe().MatchString(text) || mailboxFullRe().MatchString(text) && !returnedRe().MatchString(text)
		b.Permanent = !temporary || permanentRe().MatchString(text)
	}
	if p.origHeader != nil {
		b.OriginalMessageID = firstMessageID(p.origHeader.get("message-id"))
	}
	if b.OriginalMessageID == "" {
		for _, t := range p.texts {
			if mm := origIDInText().FindStringSubmatch(t.text); mm != nil && mm[1] != m.MessageID {
				b.OriginalMessageID = mm[1]
				break
			}
		}
	}
	return &b
}

// looksLikeBounce is the test for notices without a machine-readable report: sent by a mail daemon or titled
// like one, and saying in the text that delivery failed. Both are needed: a daemon also sends delay warnings,
// and a client may well title a reply "Delivery failure" about a parcel.
func looksLikeBounce(m *Message, text string) bool {
	local := m.From.Email
	if i := strings.IndexByte(local, '@'); i >= 0 {
		local = local[:i]
	}
	// "MAILER-DAEMON <>" or a bare "MAILER-DAEMON" leave no address: the name says who wrote.
	name := strings.ToLower(strings.TrimSpace(m.From.Name))
	// A mailing list's software writes as the list's owner: "achats-owner@lists…", "owner-achats@…".
	listOwner := strings.HasSuffix(strings.ToLower(local), "-owner") || strings.HasPrefix(strings.ToLower(local), "owner-")
	daemon := daemonLocal().MatchString(local) || daemonLocal().MatchString(strings.ReplaceAll(name, " ", "-")) || listOwner ||
		strings.Contains(name, "mail delivery") || strings.Contains(name, "mail deliver system")
	if !daemon && !bounceSubjects().MatchString(m.Subject) {
		return false
	}
	// A recall report, a quarantine digest, mail held for us: a server writing, but not that our reminder failed.
	if notFailureSubjects().MatchString(m.Subject) {
		return false
	}
	if delaySubjects().MatchString(m.Subject) && !failureWords().MatchString(m.Subject) {
		return false
	}
	if daemon {
		return failureWords().MatchString(text) || bounceSubjects().MatchString(m.Subject) ||
			strings.HasPrefix(statusRe().FindString(text), "5")
	}
	// A person's address with a bounce's subject: only a server's reply code in the text makes it one (a
	// provider's relay) — in the sender's own words: a person answering or forwarding a notice they got (« Re: TR:
	// Undelivered Mail… », the notice quoted below) is writing to us, not telling that our reminder failed.
	if replyPrefix().MatchString(m.Subject) {
		return false
	}
	own := ownWords(text)
	// A sending service's notice (Mailjet, Brevo, Postmark…) may give no code but say the failure is final.
	return statusRe().MatchString(own) || smtpCodeRe().MatchString(own) || gaveUp().MatchString(own)
}

// ownDomains are the domains of the addresses the notice was sent to (ours), unless they are a public mail
// provider's, which our clients may share.
func ownDomains(m *Message) map[string]bool {
	out := map[string]bool{}
	for _, a := range m.To {
		if i := strings.LastIndexByte(a.Email, '@'); i >= 0 {
			if d := strings.ToLower(a.Email[i+1:]); !publicMailDomain().MatchString(d) {
				out[d] = true
			}
		}
	}
	return out
}

// ourOwnFailure tells a notice about an address of our own domain: a client forwarding what their server sent
// them about our old address, not our reminder failing. A mail system writing to us directly is never that: its
// notice is about what we sent, even to a colleague's address.
func ourOwnFailure(m *Message, recipient string) bool {
	if isDaemon(m.From) && !replyPrefix().MatchString(m.Subject) {
		return false
	}
	i := strings.LastIndexByte(recipient, '@')
	return i >= 0 && ownDomains(m)[recipient[i+1:]]
}

// dsnAddress reads "rfc822; marc@lefevre.fr".
func dsnAddress(v string) string {
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = v[i+1:]
	}
	v = strings.Trim(strings.TrimSpace(v), "<>")
	if e := emailRe().FindString(v); e != "" {
		return strings.ToLower(e)
	}
	return strings.ToLower(clip(v, 200))
}

func diagnostic(v string) string {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, ';'); i >= 0 && i < 12 {
		v = strings.TrimSpace(v[i+1:])
	}
	return oneLine(v)
}

// failedRecipient finds the address that failed in a notice without a report: the X-Failed-Recipients header
// (Exim, Gmail), the returned message's To when it had one recipient, the phrasing of the common servers, and
// last the first address in the text that is neither the daemon nor us.
func failedRecipient(m *Message, top, orig header, text string) string {
	if v := top.get("x-failed-recipients"); v != "" {
		if e := emailRe().FindString(v); e != "" {
			return strings.ToLower(e)
		}
	}
	if orig != nil {
		if to := addresses(orig.get("to"), &problems{}); len(to) == 1 {
			return to[0].Email
		}
	}
	for _, re := range failedAddrRes {
		if mm := re().FindStringSubmatch(text); mm != nil {
			if e := emailRe().FindString(mm[1]); e != "" {
				return strings.ToLower(e)
			}
		}
	}
	skip := map[string]bool{m.From.Email: true}
	ours := ownDomains(m) // the notice comes to us: an address of our own domain (a Message-ID, our Return-Path) is not the one that failed
	for _, a := range m.To {
		skip[a.Email] = true
	}
	for _, e := range emailRe().FindAllString(text, 50) {
		e = strings.ToLower(e)
		at := strings.IndexByte(e, '@')
		if skip[e] || ours[e[at+1:]] || daemonLocal().MatchString(e[:at]) || strings.Contains(e, "..") {
			continue
		}
		return e
	}
	return ""
}

// diagnosticLine is the remote server's answer as quoted in the notice: the line with the status code, or else
// the first line with an SMTP reply code.
func diagnosticLine(text, status string) string {
	idx := -1
	if status != "" {
		idx = strings.Index(text, status)
	}
	if idx < 0 {
		if loc := smtpCodeRe().FindStringIndex(text); loc != nil {
			idx = loc[0]
		}
	}
	if idx < 0 {
		return ""
	}
	start := strings.LastIndexByte(text[:idx], '\n') + 1
	end := strings.IndexByte(text[idx:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += idx
	}
	return clip(strings.TrimSpace(text[start:end]), 300)
}

// namesOnlyOurAddress tells whether the only addresses text names are those the notice was sent to: a real notice
// names the address that failed (or sends our message back), a notice about mail to us names only us.
func namesOnlyOurAddress(m *Message, text string) bool {
	ours := map[string]bool{}
	for _, a := range m.To {
		ours[strings.ToLower(a.Email)] = true
	}
	found := false
	for _, a := range anyAddressRe().FindAllString(text, 50) {
		if !ours[strings.ToLower(a)] {
			return false
		}
		found = true
	}
	return found
}

var anyAddressRe = lazyRE(`[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)

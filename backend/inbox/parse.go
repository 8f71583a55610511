package inbox

import (
	"bytes"
	"mime"
	"strings"

	"relance/backend"
)

// Limits of Parse. They are far above real mail (a reply with a scanned PDF is a few MB) and low enough that
// a hostile message costs at most a moment and a few tens of MB.
const (
	MaxMessageBytes = 25 << 20 // larger input is parsed from its first MaxMessageBytes
	maxDepth        = 20       // MIME nesting; deeper parts are ignored
	maxPartBytes    = 10 << 20 // decoded size kept of one part
	maxParts        = 1000
	maxTextBytes    = 64 << 10 // Message.Text
	maxBoundaryLen  = 200      // RFC 2046 says 70; be generous, but bounded
)

// Parse reads a raw RFC 5322 message. It never panics and always ends quickly; broken input is read as well as
// possible and the workarounds are listed in Message.Problems. It returns an error (EINVALID) only when there is
// no header block at all, i.e. the input is not an e-mail.
func Parse(raw []byte) (Message, error) {
	p := &parser{}
	m := Message{Attachments: []Attachment{}}
	if len(raw) > MaxMessageBytes {
		p.add("message de %s : seuls les %s premiers ont été lus", megabytes(len(raw)), megabytes(MaxMessageBytes))
		raw = raw[:MaxMessageBytes]
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	raw = crLines(raw)
	// Blank lines before the header and an mbox "From " separator are left by some export tools.
	raw = bytes.TrimLeft(raw, "\r\n\t ")
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		} else {
			raw = nil
		}
	}
	if len(raw) == 0 {
		return m, backend.Errorf(backend.EINVALID, "message vide : rien à lire")
	}
	h, body, ok := readHeader(raw, &p.problems)
	if !ok {
		return m, backend.Errorf(backend.EINVALID, "ce fichier n'est pas un e-mail : aucun en-tête de message")
	}
	p.top = h

	m.MessageID = firstMessageID(h.get("message-id"))
	m.InReplyTo = firstMessageID(h.get("in-reply-to"))
	m.References = messageIDs(h.get("references"))
	if from := addresses(h.get("from"), &p.problems); len(from) > 0 {
		m.From = from[0]
	} else if s := addresses(h.get("sender"), &p.problems); len(s) > 0 {
		m.From = s[0]
	} else if name := bareSender(h.get("from")); name != "" {
		m.From = Address{Name: name} // « MAILER-DAEMON <> »: no address, but who wrote
	}
	m.To = addresses(h.get("to"), &p.problems)
	m.Cc = addresses(h.get("cc"), &p.problems)
	m.ReplyTo = addresses(h.get("reply-to"), &p.problems)
	m.Subject = decodeText(h.get("subject"), &p.problems)
	if r := []rune(m.Subject); len(r) > 1000 {
		m.Subject = string(r[:1000]) + "…"
		p.add("objet de plus de 1000 caractères : tronqué")
	}
	if d := h.get("date"); d != "" {
		if t, ok := parseDate(d); ok {
			m.Date, m.Written = t.UTC(), backend.NewDate(t.Year(), t.Month(), t.Day())
			_, off := t.Zone()
			m.WrittenZone = off / 60
		} else {
			p.add("date « %s » illisible : ignorée", clip(d, 60))
		}
	}
	m.Auto = autoInfo(h)

	p.entity(h, body, 0, "")

	m.Attachments = append(m.Attachments, p.attachments...)
	m.Text = p.text()
	m.Excerpt = excerpt(ownWords(m.Text))
	m.Bounce = p.bounce(&m)
	m.ReadReceipt = p.readReceipt && m.Bounce == nil
	m.Problems = p.list
	return m, nil
}

// autoInfo keeps the auto-reply headers (RFC 3834 Auto-Submitted, and the older ones still sent by webmails and
// Exchange) and decides whether one of them marks the message as automatic.
func autoInfo(h header) AutoInfo {
	a := AutoInfo{
		AutoSubmitted:         clip(h.get("auto-submitted"), 100),
		XAutoreply:            clip(h.get("x-autoreply"), 100),
		Precedence:            clip(h.get("precedence"), 100),
		XAutoResponseSuppress: clip(h.get("x-auto-response-suppress"), 100),
	}
	if a.XAutoreply == "" && h.has("x-autorespond") {
		a.XAutoreply = clip(h.get("x-autorespond"), 100)
		if a.XAutoreply == "" {
			a.XAutoreply = "(présent)"
		}
	} else if a.XAutoreply == "" && h.has("x-autoreply") {
		a.XAutoreply = "(présent)"
	}
	as := strings.ToLower(a.AutoSubmitted)
	switch {
	case as != "" && !strings.HasPrefix(as, "no"):
		a.Auto = true
	case a.XAutoreply != "" && !strings.EqualFold(a.XAutoreply, "no"):
		a.Auto = true
	case a.XAutoResponseSuppress != "":
		// Exchange stamps its own automatic messages (out-of-office, receipts) so that they are not answered.
		a.Auto = true
	}
	switch strings.ToLower(strings.TrimSpace(a.Precedence)) {
	case "auto_reply", "bulk", "junk":
		a.Auto = true
	}
	return a
}

// textPart is a readable part kept for Message.Text.
type textPart struct {
	html bool
	text string
}

type parser struct {
	problems
	top         header
	parts       int
	texts       []textPart
	attachments []Attachment
	// What a delivery report carries, gathered on the way.
	dsn         []header // per-recipient blocks of message/delivery-status
	origHeader  header   // the returned message's header (message/rfc822 or text/rfc822-headers)
	reportTexts []string // the human-readable parts of the report, in order
	readReceipt bool     // a message/disposition-notification part: a read receipt (RFC 8098)
}

// entity handles one MIME entity; parent is the media type of the enclosing multipart ("" at the top).
func (p *parser) entity(h header, body []byte, depth int, parent string) {
	p.parts++
	if p.parts > maxParts {
		p.add("plus de %d parties : les suivantes sont ignorées", maxParts)
		return
	}
	if depth > maxDepth {
		p.add("parties imbriquées sur plus de %d niveaux : les plus profondes sont ignorées", maxDepth)
		return
	}
	mt, params := contentType(h, parent, &p.problems)
	switch {
	case strings.HasPrefix(mt, "multipart/"):
		p.multipart(mt, params, body, depth)
		return
	case mt == "message/delivery-status" || mt == "message/global-delivery-status":
		data, _ := decodeTransfer(h.get("content-transfer-encoding"), body, maxPartBytes, true, &p.problems)
		p.deliveryStatus(data)
		return
	case mt == "message/disposition-notification" || mt == "message/global-disposition-notification":
		p.readReceipt = true
		return
	case mt == "text/rfc822-headers" || mt == "message/rfc822-headers" || mt == "message/global-headers":
		data, _ := decodeTransfer(h.get("content-transfer-encoding"), body, maxPartBytes, true, &p.problems)
		if oh, _, ok := readHeader(data, &problems{}); ok && p.origHeader == nil {
			p.origHeader = oh
		}
		return
	case mt == "message/rfc822" || mt == "message/global":
		data, size := decodeTransfer(h.get("content-transfer-encoding"), body, maxPartBytes, true, &p.problems)
		oh, _, ok := readHeader(data, &problems{})
		if parent == "multipart/report" {
			if ok && p.origHeader == nil {
				p.origHeader = oh
			}
			return
		}
		// A forwarded message: listed as an attachment, its text is not the sender's.
		name := attachmentName(h, &p.problems)
		if name == "" && ok {
			name = decodeText(oh.get("subject"), &problems{}) + ".eml"
		}
		p.attachments = append(p.attachments, Attachment{Name: name, ContentType: mt, Size: size})
		return
	}
	disp := dispositionOf(h)
	name := attachmentName(h, &p.problems)
	if (mt == "text/plain" || mt == "text/html" || mt == "text/enriched") && disp != "attachment" {
		data, size := decodeTransfer(h.get("content-transfer-encoding"), body, maxPartBytes, true, &p.problems)
		if size > maxPartBytes {
			p.add("partie de %s tronquée à %s", megabytes(size), megabytes(maxPartBytes))
		}
		cs := params["charset"]
		if mt == "text/html" && cs == "" {
			cs = metaCharset(data)
		}
		s, prob := toUTF8(data, cs)
		if prob != "" {
			p.add("%s", prob)
		}
		isHTML := mt == "text/html"
		if parent == "multipart/report" {
			p.reportTexts = append(p.reportTexts, readable(s, isHTML))
		}
		p.texts = append(p.texts, textPart{html: isHTML, text: s})
		return
	}
	_, size := decodeTransfer(h.get("content-transfer-encoding"), body, 0, false, &p.problems)
	p.attachments = append(p.attachments, Attachment{Name: name, ContentType: mt, Size: size})
}

var (
	boundaryParam = lazyRE(`(?i)boundary\s*=\s*(?:"([^"]*)"|([^\s;]+))`)
	charsetParam  = lazyRE(`(?i)charset\s*=\s*"?([A-Za-z0-9_.:+-]+)`)
)

// contentType reads Content-Type. A value mime.ParseMediaType refuses (duplicate parameters, stray characters)
// is read piecewise: the type, then boundary and charset, which are what matter.
func contentType(h header, parent string, p *problems) (string, map[string]string) {
	v := h.get("content-type")
	if strings.TrimSpace(v) == "" {
		if parent == "multipart/digest" {
			return "message/rfc822", map[string]string{}
		}
		return "text/plain", map[string]string{}
	}
	if len(v) > maxHeaderValue {
		v = v[:maxHeaderValue]
	}
	mt, params, err := mime.ParseMediaType(v)
	if err == nil && mt != "" {
		return mt, params
	}
	params = map[string]string{}
	mt = strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
	if !strings.Contains(mt, "/") || strings.ContainsAny(mt, " \t\"") {
		p.add("type de contenu « %s » illisible : lu comme du texte", clip(v, 60))
		mt = "text/plain"
	}
	if m := boundaryParam().FindStringSubmatch(v); m != nil {
		params["boundary"] = m[1] + m[2]
	}
	if m := charsetParam().FindStringSubmatch(v); m != nil {
		params["charset"] = m[1]
	}
	return mt, params
}

func dispositionOf(h header) string {
	v := strings.ToLower(strings.TrimSpace(h.get("content-disposition")))
	if i := strings.IndexByte(v, ';'); i >= 0 {
		v = strings.TrimSpace(v[:i])
	}
	return v
}

var nameParam = lazyRE(`(?i)(?:^|;)\s*(?:file)?name\s*=\s*(?:"([^"]*)"|([^;]+))`)

// attachmentName is the filename (Content-Disposition, else the older Content-Type name), RFC 2231 and the
// RFC 2047 words Outlook puts there decoded.
func attachmentName(h header, p *problems) string {
	for _, key := range []string{"content-disposition", "content-type"} {
		v := h.get(key)
		if v == "" {
			continue
		}
		if len(v) > maxHeaderValue {
			v = v[:maxHeaderValue]
		}
		_, params, err := mime.ParseMediaType(v)
		name := ""
		if err == nil {
			name = params["filename"]
			if name == "" {
				name = params["name"]
			}
		} else if m := nameParam().FindStringSubmatch(v); m != nil {
			name = m[1] + m[2]
		}
		if name != "" {
			name = decodeText(name, p)
			if r := []rune(name); len(r) > 200 {
				name = string(r[:200])
			}
			return name
		}
	}
	return ""
}

// multipart splits a multipart body on its boundary lines. Without a usable boundary the body is read as plain
// text, so that a broken message still shows what it says.
func (p *parser) multipart(mt string, params map[string]string, body []byte, depth int) {
	boundary := params["boundary"]
	if boundary == "" || len(boundary) > maxBoundaryLen {
		boundary = guessBoundary(body)
	}
	parts, closed, found := splitParts(body, boundary)
	if !found {
		p.add("délimiteur de parties introuvable : corps lu comme texte brut")
		s, prob := toUTF8(body[:min(len(body), maxPartBytes)], "")
		if prob != "" {
			p.add("%s", prob)
		}
		p.texts = append(p.texts, textPart{text: s})
		return
	}
	if !closed {
		p.add("fin de message multipart absente : parties lues jusqu'au bout")
	}
	if mt == "multipart/alternative" {
		// The parts say the same thing; keep the richest readable one the rules can use: plain text, else HTML.
		// Non-text alternatives (calendars, nested related) still go through entity for their own content.
		p.alternative(parts, depth)
		return
	}
	for _, part := range parts {
		h, b, _ := readHeader(part, &p.problems)
		p.entity(h, b, depth+1, mt)
		if p.parts > maxParts {
			return
		}
	}
}

func (p *parser) alternative(parts [][]byte, depth int) {
	type parsed struct {
		h header
		b []byte
	}
	var list []parsed
	plain := -1
	for _, part := range parts {
		h, b, _ := readHeader(part, &p.problems)
		mt, _ := contentType(h, "multipart/alternative", &p.problems)
		if mt == "text/plain" && plain < 0 && dispositionOf(h) != "attachment" {
			plain = len(list)
		}
		list = append(list, parsed{h, b})
	}
	for i, x := range list {
		mt, _ := contentType(x.h, "multipart/alternative", &p.problems)
		if plain >= 0 && i != plain && (mt == "text/html" || mt == "text/plain" || mt == "text/enriched") {
			continue
		}
		if plain >= 0 && i != plain && strings.HasPrefix(mt, "multipart/") {
			// multipart/related around the HTML: the plain part already says it.
			continue
		}
		p.entity(x.h, x.b, depth+1, "multipart/alternative")
		if p.parts > maxParts {
			return
		}
	}
}

// guessBoundary takes the first "--xxx" line as the boundary when the header lost it.
func guessBoundary(body []byte) string {
	for len(body) > 0 {
		i := bytes.IndexByte(body, '\n')
		line := body
		if i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) > 3 && len(line) <= maxBoundaryLen+2 && bytes.HasPrefix(line, []byte("--")) && !bytes.ContainsAny(line, " \t") {
			return string(line[2:])
		}
		if i > 10000 {
			break
		}
	}
	return ""
}

// splitParts returns the parts between boundary lines (RFC 2046 §5.1.1: "--boundary" at the start of a line,
// optional trailing blanks; "--boundary--" closes). It scans with bytes.Index, so the cost is linear in the
// body whatever the boundary.
func splitParts(body []byte, boundary string) (parts [][]byte, closed, found bool) {
	if boundary == "" {
		return nil, false, false
	}
	delim := []byte("--" + boundary)
	start := -1 // start of the current part's content
	pos := 0
	for pos <= len(body) {
		i := bytes.Index(body[pos:], delim)
		if i < 0 {
			break
		}
		at := pos + i
		pos = at + len(delim)
		if at > 0 && body[at-1] != '\n' {
			continue
		}
		rest := body[pos:]
		isClose := bytes.HasPrefix(rest, []byte("--"))
		j := 0
		if isClose {
			j = 2
		}
		for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t' || rest[j] == '\r') {
			j++
		}
		if j < len(rest) && rest[j] != '\n' {
			continue // "--boundaryX": a longer boundary, or text that starts like one
		}
		found = true
		if start >= 0 {
			end := at
			if end > 0 && body[end-1] == '\n' {
				end--
			}
			if end > 0 && body[end-1] == '\r' {
				end--
			}
			if end < start {
				end = start
			}
			parts = append(parts, body[start:end])
			if len(parts) > maxParts {
				return parts, true, true // the caller reports the excess; the end is not missing
			}
		}
		if isClose {
			return parts, true, true
		}
		start = pos + j + 1
		if start > len(body) {
			start = len(body)
		}
		pos = start
	}
	if start >= 0 && start < len(body) {
		parts = append(parts, body[start:])
	}
	return parts, false, found
}

var metaCharsetRe = lazyRE(`(?i)<meta[^>]{0,200}charset\s*=\s*["']?([A-Za-z0-9_.:-]+)`)

func metaCharset(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	if m := metaCharsetRe().FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

// readable turns a decoded text part into plain text.
func readable(s string, isHTML bool) string {
	if isHTML {
		return htmlToText(s)
	}
	return cleanText(s)
}

// cleanText removes carriage returns and control characters, which would only confuse display and rules.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\r' || r == 0xfeff:
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < ' ' || r == 0x7f:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// text assembles Message.Text: the plain parts when there are any (they are what the sender's client wrote;
// HTML is its rendering), else the HTML parts converted.
func (p *parser) text() string {
	var plain, html []string
	for _, t := range p.texts {
		if t.html {
			html = append(html, t.text)
		} else {
			plain = append(plain, t.text)
		}
	}
	var out []string
	// Some clients send an empty text/plain next to the HTML that carries the message.
	if strings.TrimSpace(strings.Join(plain, "")) == "" {
		plain = nil
	}
	if len(plain) > 0 {
		for _, s := range plain {
			out = append(out, cleanText(s))
		}
	} else {
		for _, s := range html {
			out = append(out, htmlToText(s))
		}
	}
	s := strings.TrimSpace(strings.Join(out, "\n\n"))
	if len(s) > maxTextBytes {
		s = truncateUTF8(s, maxTextBytes)
		p.add("texte de plus de 64 Ko : seul le début est gardé")
	}
	return s
}

// crLines gives a file saved with classic Mac OS line endings (CR alone, still written by some old mail servers
// and archives) the LF line endings the reader expects. A file with any LF is left as it is.
func crLines(raw []byte) []byte {
	if bytes.IndexByte(raw, '\n') >= 0 || bytes.IndexByte(raw, '\r') < 0 {
		return raw
	}
	return bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
}

// bareSender is the name a From without any address gives (« MAILER-DAEMON <> », « "Mail Delivery System"
// <MAILER-DAEMON> », « postmaster »): the words, quotes and brackets taken off.
func bareSender(v string) string {
	v = strings.NewReplacer("<", " ", ">", " ", `"`, " ").Replace(v)
	return clip(strings.Join(strings.Fields(v), " "), 200)
}

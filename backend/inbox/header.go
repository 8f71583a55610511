package inbox

import (
	"bytes"
	"io"
	"mime"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"
)

// field is one header field: the name lower-cased, the value unfolded but otherwise raw.
type field struct {
	name, value string
}

type header []field

func (h header) get(name string) string {
	for _, f := range h {
		if f.name == name {
			return f.value
		}
	}
	return ""
}

func (h header) has(name string) bool {
	for _, f := range h {
		if f.name == name {
			return true
		}
	}
	return false
}

// maxHeaderValue bounds what is decoded from one header value: a 100 KB Subject is an attack or a bug, never
// something the user needs in full, and decoding it costs time for every message listed.
const maxHeaderValue = 16 << 10

// readHeader splits a header block from its body. It is lenient the way mail clients are: bare LF line ends,
// "Name :" with a space, a stray line (taken as the start of the body). ok is false when the first line is not
// a header field at all, which for a whole message means it is not an e-mail.
func readHeader(b []byte, p *problems) (h header, body []byte, ok bool) {
	pos := 0
	for pos < len(b) {
		end := bytes.IndexByte(b[pos:], '\n')
		var line []byte
		next := len(b)
		if end >= 0 {
			line = b[pos : pos+end]
			next = pos + end + 1
		} else {
			line = b[pos:]
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(bytes.TrimSpace(line)) == 0 {
			return h, b[next:], true
		}
		if line[0] == ' ' || line[0] == '\t' {
			if len(h) == 0 {
				// A folded line with nothing to fold into: skip it rather than refuse the message.
				pos = next
				continue
			}
			last := &h[len(h)-1]
			if len(last.value) < 4*maxHeaderValue {
				last.value += " " + string(bytes.TrimSpace(line))
			}
			pos = next
			continue
		}
		name, value, good := splitField(line)
		if !good {
			if len(h) == 0 {
				return nil, b, false
			}
			p.add("ligne d'en-tête illisible : la suite est lue comme le corps du message")
			return h, b[pos:], true
		}
		h = append(h, field{name: name, value: value})
		pos = next
	}
	return h, nil, len(h) > 0
}

// splitField reads "Name: value". Field names are printable ASCII without colon or space (RFC 5322 §2.2); a
// space before the colon is tolerated because some webmails write "Subject :".
func splitField(line []byte) (name, value string, ok bool) {
	i := bytes.IndexByte(line, ':')
	if i <= 0 || i > 76 {
		return "", "", false
	}
	n := bytes.TrimRight(line[:i], " \t")
	if len(n) == 0 {
		return "", "", false
	}
	for _, c := range n {
		if c <= 32 || c >= 127 {
			return "", "", false
		}
	}
	v := line[i+1:]
	if len(v) > 4*maxHeaderValue {
		v = v[:4*maxHeaderValue]
	}
	return strings.ToLower(string(n)), string(bytes.TrimSpace(v)), true
}

// decodeText decodes RFC 2047 encoded words and raw 8-bit bytes (which some mailers put in headers as they are,
// usually Latin-1), and makes the value one line.
func decodeText(v string, p *problems) string {
	if len(v) > maxHeaderValue {
		v = v[:maxHeaderValue]
		p.add("en-tête de plus de 16 Ko : seul le début est lu")
	}
	if !utf8.ValidString(v) {
		v, _ = toUTF8([]byte(v), "windows-1252")
	}
	if strings.Contains(v, "=?") {
		d := mime.WordDecoder{CharsetReader: func(cs string, in io.Reader) (io.Reader, error) {
			b, err := io.ReadAll(io.LimitReader(in, maxHeaderValue))
			if err != nil {
				return nil, err
			}
			s, prob := toUTF8(b, cs)
			if prob != "" {
				p.add("%s", prob)
			}
			return strings.NewReader(s), nil
		}}
		if s, err := d.DecodeHeader(v); err == nil {
			v = s
		}
	}
	return oneLine(v)
}

// oneLine collapses every run of white space or control characters into one space.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == 0x85 || r == 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

var msgIDRe = lazyRE(`<[^<>\s]{1,250}>`)

// messageIDs returns the <…> identifiers of an In-Reply-To or References value, in order. A bare id without
// brackets (some old mailers) is given its brackets so that it compares with the outbox's.
func messageIDs(v string) []string {
	if len(v) > maxHeaderValue {
		v = v[:maxHeaderValue]
	}
	ids := msgIDRe().FindAllString(v, 100)
	if len(ids) == 0 {
		if f := strings.Fields(v); len(f) == 1 && strings.Contains(f[0], "@") && len(f[0]) <= 250 {
			return []string{"<" + f[0] + ">"}
		}
	}
	return ids
}

func firstMessageID(v string) string {
	if ids := messageIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

var emailRe = lazyRE(`[\p{L}\p{N}._%+'=#&!~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}`)

// addresses reads an address list. net/mail does the work when the header is well-formed; otherwise each
// comma-separated piece is searched for something that looks like an address, which is what the user would do.
func addresses(v string, p *problems) []Address {
	if strings.TrimSpace(v) == "" {
		return nil
	}
	if len(v) > 4*maxHeaderValue {
		v = v[:4*maxHeaderValue]
	}
	if !utf8.ValidString(v) {
		v, _ = toUTF8([]byte(v), "windows-1252")
	}
	ap := mail.AddressParser{WordDecoder: &mime.WordDecoder{CharsetReader: func(cs string, in io.Reader) (io.Reader, error) {
		b, err := io.ReadAll(io.LimitReader(in, maxHeaderValue))
		if err != nil {
			return nil, err
		}
		s, _ := toUTF8(b, cs)
		return strings.NewReader(s), nil
	}}}
	if list, err := ap.ParseList(v); err == nil {
		out := make([]Address, 0, len(list))
		for _, a := range list {
			if len(out) == 200 {
				break
			}
			out = append(out, Address{Name: oneLine(a.Name), Email: strings.ToLower(a.Address)})
		}
		return out
	}
	var out []Address
	for _, piece := range splitAddressList(v) {
		if len(out) == 200 {
			break
		}
		e := emailRe().FindString(piece)
		if e == "" {
			continue
		}
		name := strings.Replace(piece, e, "", 1)
		name = strings.Trim(strings.TrimSpace(strings.NewReplacer("<>", "", "<", "", ">", "").Replace(name)), `"' `)
		out = append(out, Address{Name: decodeText(name, p), Email: strings.ToLower(e)})
	}
	if len(out) > 0 {
		p.add("adresse mal formée : lue au mieux")
	}
	return out
}

// splitAddressList cuts at commas outside quotes and angle brackets.
func splitAddressList(v string) []string {
	var out []string
	quoted, angle, start := false, 0, 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '"':
			quoted = !quoted
		case '<':
			angle++
		case '>':
			if angle > 0 {
				angle--
			}
		case ',', ';':
			if !quoted && angle == 0 {
				out = append(out, v[start:i])
				start = i + 1
			}
		}
	}
	return append(out, v[start:])
}

var (
	dateComment = lazyRE(`\([^()]*\)`)
	dateLayouts = []string{
		"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04 -0700",
		"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 06 15:04:05 -0700",
		"Mon, 2 January 2006 15:04:05 -0700", "Mon Jan 2 15:04:05 2006", "Mon Jan 2 15:04:05 MST 2006",
		"Mon, 2 Jan 2006 15:04:05", "2006-01-02T15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	}
)

// parseDate reads a Date header; what net/mail refuses is tried against the shapes seen from old or sloppy
// mailers. The result keeps the header's own zone (the sender's day); the message stores it in UTC.
func parseDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 200 {
		return time.Time{}, false
	}
	if t, err := mail.ParseDate(v); err == nil {
		return t, true
	}
	c := strings.Join(strings.Fields(dateComment().ReplaceAllString(v, " ")), " ")
	c = strings.TrimSuffix(c, " UT")
	if strings.HasSuffix(c, " Z") { // RFC 5322's obsolete military zone: Z is UT (net/mail refuses it)
		c = strings.TrimSuffix(c, " Z") + " +0000"
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, c); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

package template

import (
	"html"
	"strings"

	"relance/backend"
)

// Rendered is a message ready to send.
type Rendered struct {
	Subject string `json:"subject"`
	Text    string `json:"text"`
	HTML    string `json:"html"`
	// Missing lists the variables used that have no value for this client: a warning in the preview; the app
	// sends such a message to review instead of automatically.
	Missing []string `json:"missing"`
}

// Render fills a template with a client's data. The error is only about the template itself (a syntax problem,
// as Validate reports it); missing values are reported in Rendered.Missing, never as an error.
func Render(t Template, d Data) (Rendered, error) {
	subject, sIssues := parse(t.Subject)
	body, bIssues := parse(t.Body)
	if len(sIssues)+len(bIssues) > 0 {
		var p backend.Problems
		addIssues(&p, "subject", sIssues)
		addIssues(&p, "body", bIssues)
		return Rendered{}, p.Err()
	}
	lang := d.Lang
	if lang == "" {
		lang = t.Lang
	}
	m := newMessage(d, lang)
	out := Rendered{Missing: []string{}}
	seen := map[string]bool{}
	note := func(n node) {
		// The logo is decoration: a company without one still sends its reminders.
		if n.kind == varNode && m.vals[n.text] == "" && n.text != "CompanyLogo" && !seen[n.text] {
			seen[n.text] = true
			out.Missing = append(out.Missing, n.text)
		}
	}
	walk(subject, m.business, note)
	walk(body, m.business, note)
	out.Subject = headerSafe(m.text(subject))
	out.Text = tidyText(m.text(body))
	out.HTML = m.document(out.Subject, body)
	return out, nil
}

// text renders nodes as plain text.
func (m *message) text(nodes []node) string {
	var b strings.Builder
	walk(nodes, m.business, func(n node) {
		if n.kind == textNode {
			b.WriteString(n.text)
		} else {
			b.WriteString(m.vals[n.text])
		}
	})
	return b.String()
}

// headerSafe makes a subject one line: every control or line-separator character becomes a space, so no value
// (an address, a pasted name) can break the Subject header or inject another one.
func headerSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' }), " ")
}

// tidyText gives the text part "\n" line endings, no trailing blanks, at most one blank line in a row (a skipped
// line or an empty value must not leave a hole) and a single final newline. The mailer converts to CRLF.
func tidyText(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true // drops leading blank lines
	for _, ln := range lines {
		ln = strings.TrimRight(ln, " \t")
		if ln == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		blank = false
		out = append(out, ln)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	if len(out) == 0 {
		return ""
	}
	return strings.Join(out, "\n") + "\n"
}

// document renders the body as an HTML e-mail: inline styles, a 640-pixel column, nothing a mail client strips.
func (m *message) document(subject string, body []node) string {
	var w htmlWriter
	walk(body, m.business, func(n node) {
		if n.kind == textNode {
			w.text(n.text)
			return
		}
		switch n.text {
		case "InvoiceTable":
			if t := m.htmlTable(); t != "" {
				w.block(t)
			}
		case "CompanyLogo":
			if m.d.LogoCID != "" && len(m.d.Company.Logo) > 0 {
				w.inline(`<img src="cid:` + html.EscapeString(m.d.LogoCID) + `" alt="` +
					html.EscapeString(m.d.Company.LegalName) + `" style="display:block;max-width:200px;max-height:80px;border:0">`)
			}
		case "PaymentLink":
			if u := m.vals["PaymentLink"]; isWebURL(u) {
				e := html.EscapeString(u)
				w.inline(`<a href="` + e + `" style="color:#1a56db">` + e + `</a>`)
			} else {
				w.text(u)
			}
		default:
			w.text(m.vals[n.text])
		}
	})
	w.end()
	var b strings.Builder
	b.Grow(w.b.Len() + 700)
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + m.loc.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	b.WriteString(html.EscapeString(subject))
	b.WriteString("</title>\n</head>\n<body style=\"margin:0;padding:0;background-color:#ffffff\">\n" +
		"<div style=\"max-width:640px;margin:0 auto;padding:16px;font-family:Arial,Helvetica,sans-serif;" +
		"font-size:15px;line-height:1.5;color:#222222\">\n")
	b.WriteString(w.b.String())
	b.WriteString("</div>\n</body>\n</html>\n")
	return b.String()
}

// isWebURL accepts only http(s) links: a pattern like "javascript:…" stays inert text.
func isWebURL(u string) bool {
	l := strings.ToLower(u)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(u) > len("https://")
}

// htmlWriter turns plain text into paragraphs: a blank line ends a <p>, a single newline is a <br>, blanks at
// the end of a line are dropped. Text is escaped here; inline and block pieces arrive as HTML already built.
type htmlWriter struct {
	b     strings.Builder
	inP   bool
	nl    int    // newlines since the last content
	space string // blanks waiting for the next content on the same line
}

const paragraph = `<p style="margin:0 0 1em 0">`

func (w *htmlWriter) text(s string) {
	if strings.IndexByte(s, '\r') >= 0 { // the same line breaks as the text part
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	for {
		i := strings.IndexByte(s, '\n')
		seg := s
		if i >= 0 {
			seg = s[:i]
		}
		core := strings.TrimLeft(seg, " \t")
		w.space += seg[:len(seg)-len(core)]
		trimmed := strings.TrimRight(core, " \t")
		if trimmed != "" {
			w.inline(html.EscapeString(trimmed))
		}
		w.space += core[len(trimmed):]
		if i < 0 {
			return
		}
		w.nl++
		w.space = ""
		s = s[i+1:]
	}
}

func (w *htmlWriter) inline(h string) {
	switch {
	case w.inP && w.nl >= 2:
		w.b.WriteString("</p>\n" + paragraph)
	case !w.inP:
		w.b.WriteString(paragraph)
		w.inP = true
	case w.nl == 1:
		w.b.WriteString("<br>\n")
	default:
		w.b.WriteString(w.space)
	}
	w.nl, w.space = 0, ""
	w.b.WriteString(h)
}

func (w *htmlWriter) block(h string) {
	w.end()
	w.b.WriteString(h)
	w.b.WriteByte('\n')
}

func (w *htmlWriter) end() {
	if w.inP {
		w.b.WriteString("</p>\n")
		w.inP = false
	}
	w.nl, w.space = 0, ""
}

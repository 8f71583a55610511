package inbox

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlToText renders HTML mail as the plain text a reader sees: scripts, styles and the head dropped, block
// elements on their own lines, entities decoded. Blockquotes (how Gmail, Apple Mail and Thunderbird quote the
// message answered) come out with "> " before each line, and signature blocks after a "-- " line, so that the
// sender's own words are found the same way as in a plain-text reply. The tokenizer is streaming and linear;
// the output stops at maxTextBytes.
func htmlToText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	w := &textWriter{}
	skip := 0  // inside script, style, head, title…
	quote := 0 // blockquote depth
	pre := 0
	var sigDepth []int // element depth at which a signature block started
	depth := 0
	for w.b.Len() < maxTextBytes {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return w.String()
		case html.TextToken:
			if skip > 0 {
				continue
			}
			w.text(string(z.Text()), pre > 0, quote)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			var class, id string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "class":
					class = strings.ToLower(string(v))
				case "id":
					id = strings.ToLower(string(v))
				}
			}
			if tt == html.StartTagToken && !voidElement(a) {
				depth++
			}
			switch a {
			case atom.Script, atom.Style, atom.Head, atom.Title, atom.Template, atom.Noscript, atom.Object, atom.Svg:
				if tt == html.StartTagToken {
					skip++
				}
				continue
			case atom.Br:
				w.newline(quote)
			case atom.Hr:
				w.block(quote)
				w.line("____________________", quote)
			case atom.Blockquote:
				w.block(quote)
				if tt == html.StartTagToken {
					quote++
				}
			case atom.Li:
				w.block(quote)
				w.text("- ", false, quote)
			case atom.Pre:
				w.block(quote)
				if tt == html.StartTagToken {
					pre++
				}
			case atom.Td, atom.Th:
				w.text(" ", false, quote)
			case atom.Img:
			default:
				if blockElement(a) {
					w.block(quote)
				}
			}
			if tt == html.StartTagToken && (strings.Contains(class, "signature") || id == "signature" ||
				strings.HasPrefix(id, "signature")) {
				w.block(quote)
				w.line("-- ", quote)
				sigDepth = append(sigDepth, depth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if !voidElement(a) && depth > 0 {
				depth--
			}
			switch a {
			case atom.Script, atom.Style, atom.Head, atom.Title, atom.Template, atom.Noscript, atom.Object, atom.Svg:
				if skip > 0 {
					skip--
				}
				continue
			case atom.Blockquote:
				w.block(quote)
				if quote > 0 {
					quote--
				}
			case atom.Pre:
				w.block(quote)
				if pre > 0 {
					pre--
				}
			default:
				if blockElement(a) {
					w.block(quote)
				}
			}
			for len(sigDepth) > 0 && depth < sigDepth[len(sigDepth)-1] {
				sigDepth = sigDepth[:len(sigDepth)-1]
			}
		}
	}
	return w.String()
}

func voidElement(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Hr, atom.Img, atom.Meta, atom.Link, atom.Input, atom.Area, atom.Base, atom.Col,
		atom.Embed, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

func blockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Tr, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Dt, atom.Dd, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Address,
		atom.Center, atom.Form, atom.Body, atom.Html, atom.Tbody, atom.Thead, atom.Tfoot, atom.Caption,
		atom.Figure, atom.Aside, atom.Nav, atom.Main, atom.Fieldset:
		return true
	}
	return false
}

// textWriter accumulates lines, collapsing white space as a browser does and prefixing quoted lines.
type textWriter struct {
	b         strings.Builder
	lineEmpty bool // the current line has no text yet
	started   bool
	space     bool // a space is pending
	blanks    int  // consecutive newlines written
}

func (w *textWriter) prefix(quote int) {
	if w.lineEmpty || !w.started {
		for range min(quote, 10) {
			w.b.WriteString("> ")
		}
		w.lineEmpty = false
		w.started = true
	}
}

func (w *textWriter) text(s string, pre bool, quote int) {
	for _, r := range s {
		if r == '\r' || r == 0xfeff || r == 0x200b {
			continue
		}
		if pre && r == '\n' {
			w.newline(quote)
			continue
		}
		if pre && (r == ' ' || r == '\t') {
			w.prefix(quote)
			w.b.WriteRune(r)
			continue
		}
		if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == 0xa0 || r == 0x202f {
			if !w.lineEmpty && w.started {
				w.space = true
			}
			continue
		}
		if r < ' ' || r == 0x7f {
			continue
		}
		w.prefix(quote)
		if w.space {
			w.b.WriteByte(' ')
			w.space = false
		}
		w.b.WriteRune(r)
		w.blanks = 0
	}
}

func (w *textWriter) newline(quote int) {
	if !w.started {
		return
	}
	if w.blanks >= 2 {
		return
	}
	w.b.WriteByte('\n')
	w.blanks++
	w.lineEmpty = true
	w.space = false
}

// block ends the current line, if it has text, so that a block element starts on its own line.
func (w *textWriter) block(quote int) {
	if w.started && !w.lineEmpty {
		w.newline(quote)
	}
}

func (w *textWriter) line(s string, quote int) {
	w.block(quote)
	w.prefix(quote)
	w.b.WriteString(s)
	w.lineEmpty = false
	w.blanks = 0
	w.newline(quote)
}

func (w *textWriter) String() string {
	lines := strings.Split(w.b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

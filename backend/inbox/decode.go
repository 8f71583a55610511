package inbox

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
)

// problems collects what Parse worked around, once each and at most maxProblems of them: a hostile message
// could otherwise produce one per part.
type problems struct {
	list []string
}

const maxProblems = 20

func (p *problems) add(format string, args ...any) {
	s := format
	if len(args) > 0 {
		s = fmt.Sprintf(format, args...)
	}
	for _, x := range p.list {
		if x == s {
			return
		}
	}
	if len(p.list) < maxProblems {
		p.list = append(p.list, s)
	}
}

// megabytes renders a size for a Problem: « 12 Mo ».
func megabytes(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d Ko", (n+1023)>>10)
	}
	return fmt.Sprintf("%d Mo", (n+(1<<19))>>20)
}

var b64 = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	for i := 0; i < len(alphabet); i++ {
		t[alphabet[i]] = byte(i)
	}
	// The URL-safe alphabet turns up in mail produced by web applications.
	t['-'], t['_'] = 62, 63
	return t
}()

// decodeBase64 decodes what it can: characters outside the alphabet are skipped (counted in bad unless they are
// white space or padding), so a damaged part still yields its readable beginning. With out == nil it only
// counts the decoded size, which is all an attachment needs.
func decodeBase64(src []byte, limit int, keep bool) (out []byte, size, bad int) {
	if keep {
		out = make([]byte, 0, min(len(src)*3/4+3, limit))
	}
	var acc uint32
	n := 0
	for _, c := range src {
		v := b64[c]
		if v == 0xff {
			switch c {
			case ' ', '\t', '\r', '\n', '=':
			default:
				bad++
			}
			continue
		}
		acc = acc<<6 | uint32(v)
		n++
		if n == 4 {
			size += 3
			if keep && len(out)+3 <= limit {
				out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			}
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		size++
		if keep && len(out) < limit {
			out = append(out, byte(acc>>4))
		}
	case 3:
		size += 2
		if keep && len(out)+2 <= limit {
			out = append(out, byte(acc>>10), byte(acc>>2))
		}
	}
	return out, size, bad
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	}
	return 0, false
}

// decodeQP decodes quoted-printable leniently: an "=" that starts no valid escape is kept as it is (the standard
// library stops with an error there, and mail from some invoicing tools has such stray "=").
func decodeQP(src []byte, limit int) (out []byte, size int) {
	out = make([]byte, 0, min(len(src), limit))
	put := func(c byte) {
		size++
		if len(out) < limit {
			out = append(out, c)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '=' {
			put(c)
			continue
		}
		// Soft line break: "=" then optional trailing blanks then a line end.
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < len(src) && (src[j] == '\n' || src[j] == '\r') {
			if src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
				j++
			}
			i = j
			continue
		}
		if j == len(src) {
			break
		}
		if i+2 < len(src) {
			if h, ok := unhex(src[i+1]); ok {
				if l, ok := unhex(src[i+2]); ok {
					put(h<<4 | l)
					i += 2
					continue
				}
			}
		}
		put(c)
	}
	return out, size
}

// decodeTransfer undoes the Content-Transfer-Encoding; size is the full decoded size even when out stops at
// limit. keep=false only measures.
func decodeTransfer(enc string, src []byte, limit int, keep bool, p *problems) (out []byte, size int) {
	switch strings.ToLower(strings.Trim(strings.TrimSpace(enc), `"`)) {
	case "base64":
		out, size, bad := decodeBase64(src, limit, keep)
		if bad > 0 {
			p.add("contenu base64 abîmé : %d caractères invalides ignorés", bad)
		}
		return out, size
	case "quoted-printable":
		if !keep {
			_, size = decodeQP(src, 0)
			return nil, size
		}
		return decodeQP(src, limit)
	case "", "7bit", "8bit", "binary":
	default:
		p.add("encodage de transfert « %s » inconnu : contenu lu tel quel", clip(enc, 40))
	}
	if !keep {
		return nil, len(src)
	}
	if len(src) > limit {
		return src[:limit], len(src)
	}
	return src, len(src)
}

// toUTF8 converts text from its declared charset. Latin-1 labels are read as Windows-1252, its superset that
// mailers actually produce (€, curly quotes); an unknown label, or UTF-8 that is not, falls back to
// Windows-1252 too, because French mail without a valid label is nearly always that. prob says so in French.
func toUTF8(b []byte, label string) (s string, prob string) {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch l {
	case "", "us-ascii", "ascii", "utf-8", "utf8", "unicode-1-1-utf-8", "x-utf_8j", "ansi_x3.4-1968":
		if utf8.Valid(b) {
			return string(b), ""
		}
		if l == "" || strings.Contains(l, "ascii") {
			prob = "texte en 8 bits sans jeu de caractères déclaré : lu comme Windows-1252"
		} else {
			prob = fmt.Sprintf("texte déclaré « %s » mais illisible comme tel : lu comme Windows-1252", clip(label, 40))
		}
		return win1252(b), prob
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252",
		"x-cp1252", "cp819", "iso-ir-100", "ibm819", "iso_8859-1:1987", "csisolatin1":
		return win1252(b), ""
	}
	r, err := charset.Reader(l, bytes.NewReader(b))
	if err == nil {
		out, err := io.ReadAll(r)
		if err == nil {
			return strings.ToValidUTF8(string(out), "\uFFFD"), ""
		}
	}
	return win1252(b), fmt.Sprintf("jeu de caractères « %s » inconnu : lu comme Windows-1252", clip(label, 40))
}

func win1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// clip shortens a value quoted in a Problem; hostile labels can be long.
func clip(s string, n int) string {
	s = oneLine(strings.ToValidUTF8(s, "?"))
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

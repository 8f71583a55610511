package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"regexp"
	"strings"
	"testing"
	"time"
)

var pngLogo = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR logo de test")

func testMessage() Message {
	return Message{
		MessageID: NewMessageID(testUser),
		Date:      time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC),
		To:        []Address{{Name: "Société Générale d'Études", Email: "client@exemple.fr"}},
		Cc:        []Address{{Name: "Associé", Email: "associe@exemple.fr"}},
		Subject:   "Relance : facture n° 2026-012 — échéance dépassée",
		Text: "Bonjour,\n\nSauf erreur de notre part, la facture n° 2026-012 d'un montant de 1\u00a0234,56\u00a0€ reste impayée.\n" +
			".\nUne ligne qui commence par un point.\n\nCordialement,\nJeanne",
		HTML: `<p>Bonjour,</p><p>La facture n° 2026-012 (<b>1&nbsp;234,56&nbsp;€</b>) reste impayée.</p><img src="cid:logo@relance" alt="Atelier Été">`,
		Attachments: []Attachment{
			{Name: "Facture 2026-012 été.pdf", ContentType: "application/pdf", Data: []byte("%PDF-1.7\nfacture\x00\xff")},
			{Name: "logo", ContentType: "image/png", Data: pngLogo, Inline: true, ContentID: "logo@relance"},
		},
		Headers: map[string]string{"X-Relance-Action": "chase-42-step-2"},
	}
}

// mimePart is one node of a parsed message.
type mimePart struct {
	mediaType   string
	disposition string
	filename    string
	contentID   string
	body        []byte
	parts       []*mimePart
}

func (p *mimePart) shape() string {
	if len(p.parts) == 0 {
		return p.mediaType
	}
	var kids []string
	for _, c := range p.parts {
		kids = append(kids, c.shape())
	}
	return p.mediaType + "[" + strings.Join(kids, ",") + "]"
}

func (p *mimePart) find(mediaType string) *mimePart {
	if p.mediaType == mediaType {
		return p
	}
	for _, c := range p.parts {
		if f := c.find(mediaType); f != nil {
			return f
		}
	}
	return nil
}

type headerGetter interface{ Get(string) string }

func parsePart(t *testing.T, h headerGetter, body io.Reader) *mimePart {
	t.Helper()
	dec := new(mime.WordDecoder)
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil {
		t.Fatalf("Content-Type %q: %v", h.Get("Content-Type"), err)
	}
	p := &mimePart{mediaType: mt, contentID: h.Get("Content-Id")}
	if d := h.Get("Content-Disposition"); d != "" {
		disp, dparams, err := mime.ParseMediaType(d)
		if err != nil {
			t.Fatalf("Content-Disposition %q: %v", d, err)
		}
		p.disposition = disp
		if p.filename, err = dec.DecodeHeader(dparams["filename"]); err != nil {
			t.Fatal(err)
		}
	}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			part, err := mr.NextPart() // decodes quoted-printable itself
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			p.parts = append(p.parts, parsePart(t, part.Header, part))
		}
		return p
	}
	if strings.EqualFold(h.Get("Content-Transfer-Encoding"), "base64") {
		body = base64.NewDecoder(base64.StdEncoding, body)
	}
	if p.body, err = io.ReadAll(body); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkMessage parses raw and checks everything Build must have put in it.
func checkMessage(t *testing.T, raw []byte, m Message) {
	t.Helper()
	if bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Error("bare LF in the message: lines must end with CRLF")
	}
	for i, line := range strings.Split(string(raw), "\r\n") {
		if len(line) > 998 {
			t.Errorf("line %d has %d characters", i, len(line))
		}
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	dec := new(mime.WordDecoder)
	h := msg.Header
	if got := h.Get("Message-Id"); got != m.MessageID {
		t.Errorf("Message-ID %q, want %q", got, m.MessageID)
	}
	if d, err := h.Date(); err != nil || !d.Equal(m.Date) {
		t.Errorf("Date %q (%v)", h.Get("Date"), err)
	}
	subj := h.Get("Subject")
	if strings.ContainsFunc(subj, func(r rune) bool { return r > 0x7e }) || !strings.Contains(subj, "=?UTF-8?") {
		t.Errorf("Subject not encoded: %q", subj)
	}
	if got, err := dec.DecodeHeader(subj); err != nil || got != m.Subject {
		t.Errorf("Subject %q, want %q (%v)", got, m.Subject, err)
	}
	if from, err := h.AddressList("From"); err != nil || len(from) != 1 || from[0].Address != testUser || from[0].Name != "Jeanne Dupont — Atelier Été" {
		t.Errorf("From %q: %v %v", h.Get("From"), from, err)
	}
	if to, err := h.AddressList("To"); err != nil || len(to) != 1 || to[0].Address != "client@exemple.fr" || to[0].Name != "Société Générale d'Études" {
		t.Errorf("To %q: %v %v", h.Get("To"), to, err)
	}
	if len(m.Cc) > 0 {
		if cc, err := h.AddressList("Cc"); err != nil || len(cc) != 1 || cc[0].Address != "associe@exemple.fr" {
			t.Errorf("Cc %q", h.Get("Cc"))
		}
	}
	if rt, err := h.AddressList("Reply-To"); err != nil || len(rt) != 1 || rt[0].Address != "compta@exemple.fr" {
		t.Errorf("Reply-To %q", h.Get("Reply-To"))
	}
	if h.Get("Bcc") != "" {
		t.Error("Bcc header present")
	}
	if got := h.Get("X-Relance-Action"); got != "chase-42-step-2" {
		t.Errorf("X-Relance-Action %q", got)
	}
	if ua := h.Get("User-Agent") + h.Get("X-Mailer"); strings.Contains(ua, "go-mail") {
		t.Errorf("library advertised: %q", ua)
	}

	root := parsePart(t, h, msg.Body)
	const shape = "multipart/mixed[multipart/related[multipart/alternative[text/plain,text/html],image/png],application/pdf]"
	if got := root.shape(); got != shape {
		t.Fatalf("structure %s, want %s", got, shape)
	}
	text := root.find("text/plain")
	if got := strings.ReplaceAll(string(text.body), "\r\n", "\n"); got != m.Text {
		t.Errorf("text part:\n%q\nwant\n%q", got, m.Text)
	}
	if html := root.find("text/html"); string(html.body) != m.HTML {
		t.Errorf("HTML part %q", html.body)
	}
	pdf := root.find("application/pdf")
	if pdf.disposition != "attachment" || pdf.filename != "Facture 2026-012 été.pdf" || !bytes.Equal(pdf.body, m.Attachments[0].Data) {
		t.Errorf("attachment: %q %q %q", pdf.disposition, pdf.filename, pdf.body)
	}
	logo := root.find("image/png")
	if logo.disposition != "inline" || logo.contentID != "<logo@relance>" || !bytes.Equal(logo.body, pngLogo) {
		t.Errorf("inline logo: %q %q %q", logo.disposition, logo.contentID, logo.body)
	}
}

func TestBuild(t *testing.T) {
	k := &sink{cfg: sinkConfig{security: SecurityNone}}
	s, m := k.settings(t), testMessage()
	raw, err := Build(s, m)
	if err != nil {
		t.Fatal(err)
	}
	checkMessage(t, raw, m)
}

func TestBuildTextOnly(t *testing.T) {
	s := Settings{FromAddress: testUser}
	m := Message{MessageID: NewMessageID(testUser), Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		To: []Address{{Email: "client@exemple.fr"}}, Subject: "Facture", Text: "Bonjour,\nmerci."}
	raw, err := Build(s, m)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	if ct := msg.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; charset=UTF-8") {
		t.Errorf("Content-Type %q", ct)
	}
	if msg.Header.Get("Reply-To") != "" || msg.Header.Get("Cc") != "" {
		t.Error("empty headers written")
	}
}

func TestBuildRefuses(t *testing.T) {
	s := Settings{FromAddress: testUser, FromName: "Jeanne"}
	cases := map[string]func(m *Message){
		"subject CRLF":    func(m *Message) { m.Subject = "Relance\r\nBcc: x@y.fr" },
		"subject LF":      func(m *Message) { m.Subject = "Relance\nBcc: x@y.fr" },
		"header value":    func(m *Message) { m.Headers = map[string]string{"X-Relance-Action": "a\r\nBcc: x@y.fr"} },
		"header name":     func(m *Message) { m.Headers = map[string]string{"X-Relance Action": "a"} },
		"reserved header": func(m *Message) { m.Headers = map[string]string{"bcc": "x@y.fr"} },
		"recipient name":  func(m *Message) { m.To[0].Name = "Client\r\nBcc: x@y.fr" },
		"recipient":       func(m *Message) { m.To[0].Email = "pas-une-adresse" },
		"cc":              func(m *Message) { m.Cc = []Address{{Email: "a@b"}} },
		"no recipient":    func(m *Message) { m.To = nil },
		"message id":      func(m *Message) { m.MessageID = "abc@exemple.fr" },
		"message id CRLF": func(m *Message) { m.MessageID = "<abc@exemple.fr>\r\nBcc: x@y.fr" },
		"no date":         func(m *Message) { m.Date = time.Time{} },
		"empty":           func(m *Message) { m.Text, m.HTML = "", " " },
		"attachment name": func(m *Message) { m.Attachments[0].Name = "a\r\nb.pdf" },
		"content type":    func(m *Message) { m.Attachments[0].ContentType = "application/pdf\r\nX-Y: z" },
		"content id":      func(m *Message) { m.Attachments[1].ContentID = "logo>\r\n" },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			m := testMessage()
			mutate(&m)
			raw, err := Build(s, m)
			if err == nil {
				t.Fatalf("accepted:\n%s", raw)
			}
			if !strings.Contains(err.Error(), "invalide") && !strings.Contains(err.Error(), "aucun") &&
				!strings.Contains(err.Error(), "manquante") && !strings.Contains(err.Error(), "vide") &&
				!strings.Contains(err.Error(), "fixé par l'application") {
				t.Errorf("message %q", err)
			}
		})
	}
	if _, err := Build(Settings{FromAddress: testUser, FromName: "Jeanne\r\nBcc: x@y.fr"}, testMessage()); err == nil {
		t.Error("sender name with CRLF accepted")
	}
	if _, err := Build(Settings{FromAddress: "jeanne"}, testMessage()); err == nil {
		t.Error("invalid sender accepted")
	}
}

func TestNewMessageID(t *testing.T) {
	re := regexp.MustCompile(`^<[0-9a-f]{32}@exemple\.fr>$`)
	seen := map[string]bool{}
	for range 100 {
		id := NewMessageID("Jeanne@Exemple.FR")
		if !re.MatchString(id) {
			t.Fatalf("%q", id)
		}
		if seen[id] {
			t.Fatalf("duplicate %q", id)
		}
		seen[id] = true
		if !validMessageID(id) {
			t.Fatalf("%q refused by Build", id)
		}
	}
	if id := NewMessageID(""); !strings.HasSuffix(id, "@localhost>") {
		t.Errorf("%q", id)
	}
}

// Names with quotes, commas or accents are encoded, not pasted into the header: « SARL "Le Fournil, Lyon" » must
// neither fail the message nor split into two addresses.
func TestBuildEncodesDisplayNames(t *testing.T) {
	s := Settings{FromName: `Atelier "Dupont", Lyon`, FromAddress: testUser, SMTPHost: "127.0.0.1", SMTPPort: 25}
	m := testMessage()
	m.To = []Address{{Name: `SARL "Le Fournil, Lyon"`, Email: "compta@fournil.example"}}
	m.Cc = []Address{{Name: "Régis, \\ l'associé <chef>", Email: "associe@fournil.example"}}
	raw, err := Build(s, m)
	if err != nil {
		t.Fatal(err)
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for header, want := range map[string]netmail.Address{
		"From": {Name: `Atelier "Dupont", Lyon`, Address: testUser},
		"To":   {Name: `SARL "Le Fournil, Lyon"`, Address: "compta@fournil.example"},
		"Cc":   {Name: "Régis, \\ l'associé <chef>", Address: "associe@fournil.example"},
	} {
		list, err := msg.Header.AddressList(header)
		if err != nil || len(list) != 1 || *list[0] != want {
			t.Errorf("%s: %q → %+v (%v), want %+v", header, msg.Header.Get(header), list, err, want)
		}
	}
}

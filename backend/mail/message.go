package mail

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"mime"
	netmail "net/mail"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"

	"relance/backend"
)

// Address is a recipient.
type Address struct {
	Name  string
	Email string
}

// Attachment is a file joined to the message. Inline with a ContentID makes it a part the HTML refers to as
// "cid:<ContentID>" (the logo).
type Attachment struct {
	Name        string
	ContentType string // empty: guessed from the name's extension
	Data        []byte
	Inline      bool
	ContentID   string // without angle brackets, e.g. "logo@relance"
}

// Message is a fully rendered message with a stable Message-ID.
type Message struct {
	MessageID   string // "<random@sender-domain>", from NewMessageID, stored by the caller before sending
	Date        time.Time
	To          []Address
	Cc          []Address
	Subject     string
	Text        string // plain text body ("\n" line endings)
	HTML        string // optional HTML alternative
	Attachments []Attachment
	Headers     map[string]string // extra headers, e.g. "X-Relance-Action": action id
}

// NewMessageID returns a fresh "<32 hex digits@domain of fromAddress>".
func NewMessageID(fromAddress string) string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go ≥ 1.24)
	domain := "localhost"
	if i := strings.LastIndex(fromAddress, "@"); i >= 0 {
		if d := strings.ToLower(strings.Trim(strings.TrimSpace(fromAddress[i+1:]), "<>")); d != "" {
			domain = d
		}
	}
	return "<" + hex.EncodeToString(b[:]) + "@" + domain + ">"
}

// reservedHeaders are set by Build from the message's fields and cannot be given in Message.Headers.
var reservedHeaders = map[string]bool{
	"from": true, "sender": true, "to": true, "cc": true, "bcc": true, "reply-to": true, "subject": true,
	"date": true, "message-id": true, "mime-version": true, "content-type": true, "content-transfer-encoding": true,
	"content-disposition": true, "content-id": true, "return-path": true, "received": true,
}

// Build turns a message into RFC 5322 bytes, exactly as Send writes them apart from the MIME boundaries:
// multipart/alternative for text and HTML, multipart/related for inline parts, multipart/mixed for attachments.
func Build(s Settings, m Message) ([]byte, error) {
	msg, err := buildMsg(s, m)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if _, err := msg.WriteTo(&buf); err != nil {
		return nil, backend.Errorf(backend.EINTERNAL, "mise en forme du message impossible : %v", err)
	}
	return buf.Bytes(), nil
}

// buildMsg validates the message and makes the go-mail message Send and Build write.
func buildMsg(s Settings, m Message) (*gomail.Msg, error) {
	var p backend.Problems
	from, err := backend.NormalizeEmail(s.FromAddress)
	if err != nil {
		p.Add("fromAddress", "adresse d'expédition « %s » invalide : réglez la messagerie", s.FromAddress)
	}
	if hasLineBreak(s.FromName) {
		p.Add("fromName", "nom d'expéditeur invalide : il ne peut pas contenir de retour à la ligne")
	}
	var replyTo string
	if strings.TrimSpace(s.ReplyTo) != "" {
		if replyTo, err = backend.NormalizeEmail(s.ReplyTo); err != nil {
			p.Add("replyTo", "adresse de réponse « %s » invalide", s.ReplyTo)
		}
	}
	id := strings.TrimSpace(m.MessageID)
	if !validMessageID(id) {
		p.Add("messageId", "identifiant de message « %s » invalide : attendu <aléatoire@domaine> (NewMessageID)", m.MessageID)
	}
	if m.Date.IsZero() {
		p.Add("date", "date du message manquante")
	}
	if len(m.To) == 0 {
		p.Add("to", "aucun destinataire")
	}
	to := checkAddresses(&p, "to", "destinataire", m.To)
	cc := checkAddresses(&p, "cc", "destinataire en copie", m.Cc)
	if hasLineBreak(m.Subject) {
		p.Add("subject", "objet invalide : il ne peut pas contenir de retour à la ligne")
	} else if hasControl(m.Subject) {
		p.Add("subject", "objet invalide : il contient un caractère de contrôle")
	}
	if strings.TrimSpace(m.Text) == "" && strings.TrimSpace(m.HTML) == "" {
		p.Add("text", "le message est vide")
	}
	for name, value := range m.Headers {
		switch {
		case !validHeaderName(name):
			p.Add("headers", "nom d'en-tête « %s » invalide : lettres, chiffres et tirets seulement", name)
		case reservedHeaders[strings.ToLower(name)]:
			p.Add("headers", "l'en-tête « %s » est fixé par l'application et ne peut pas être remplacé", name)
		case hasLineBreak(value) || hasControl(value):
			p.Add("headers", "valeur de l'en-tête « %s » invalide : elle ne peut pas contenir de retour à la ligne", name)
		}
	}
	for i, a := range m.Attachments {
		switch {
		case strings.TrimSpace(a.Name) == "":
			p.Add("attachments", "pièce jointe n° %d sans nom", i+1)
		case hasLineBreak(a.Name) || hasControl(a.Name):
			p.Add("attachments", "nom de pièce jointe « %s » invalide", a.Name)
		}
		if a.ContentType != "" {
			if _, _, err := mime.ParseMediaType(a.ContentType); err != nil || hasLineBreak(a.ContentType) {
				p.Add("attachments", "type de la pièce jointe « %s » invalide : « %s »", a.Name, a.ContentType)
			}
		}
		if a.Inline && (a.ContentID == "" || strings.ContainsAny(a.ContentID, "<>\"\\ \t\r\n")) {
			p.Add("attachments", "identifiant de contenu « %s » de la pièce « %s » invalide", a.ContentID, a.Name)
		}
	}
	if err := p.Err(); err != nil {
		return nil, err
	}

	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	// Names go through net/mail, which quotes and RFC 2047-encodes them: a name with quotes, commas or accents
	// (« SARL "Le Fournil, Lyon" ») is one address, never a parse error.
	if err := msg.From(formatAddress(s.FromName, from)); err != nil {
		return nil, backend.Errorf(backend.EINVALID, "adresse d'expédition « %s » refusée : %v", from, err)
	}
	if replyTo != "" {
		if err := msg.ReplyTo(replyTo); err != nil {
			return nil, backend.Errorf(backend.EINVALID, "adresse de réponse « %s » refusée : %v", replyTo, err)
		}
	}
	for _, a := range to {
		if err := msg.AddTo(formatAddress(a.Name, a.Email)); err != nil {
			return nil, backend.Errorf(backend.EINVALID, "destinataire « %s » refusé : %v", a.Email, err)
		}
	}
	for _, a := range cc {
		if err := msg.AddCc(formatAddress(a.Name, a.Email)); err != nil {
			return nil, backend.Errorf(backend.EINVALID, "destinataire en copie « %s » refusé : %v", a.Email, err)
		}
	}
	msg.SetMessageIDWithValue(strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">"))
	msg.SetDateWithValue(m.Date)
	msg.Subject(m.Subject)
	for name, value := range m.Headers {
		msg.SetGenHeader(gomail.Header(name), value)
	}
	switch {
	case strings.TrimSpace(m.Text) == "":
		msg.SetBodyString(gomail.TypeTextHTML, m.HTML)
	default:
		msg.SetBodyString(gomail.TypeTextPlain, m.Text)
		if strings.TrimSpace(m.HTML) != "" {
			msg.AddAlternativeString(gomail.TypeTextHTML, m.HTML)
		}
	}
	for _, a := range m.Attachments {
		var opts []gomail.FileOption
		if a.ContentType != "" {
			opts = append(opts, gomail.WithFileContentType(gomail.ContentType(a.ContentType)))
		}
		if a.Inline {
			opts = append(opts, gomail.WithFileContentID("<"+a.ContentID+">"))
			msg.EmbedReadSeeker(a.Name, bytes.NewReader(a.Data), opts...)
		} else {
			msg.AttachReadSeeker(a.Name, bytes.NewReader(a.Data), opts...)
		}
	}
	return msg, nil
}

func checkAddresses(p *backend.Problems, field, label string, list []Address) []Address {
	out := make([]Address, 0, len(list))
	for _, a := range list {
		e, err := backend.NormalizeEmail(a.Email)
		if err != nil {
			p.Add(field, "adresse du %s « %s » invalide", label, a.Email)
			continue
		}
		if hasLineBreak(a.Name) || hasControl(a.Name) {
			p.Add(field, "nom du %s « %s » invalide : il ne peut pas contenir de retour à la ligne", label, a.Email)
			continue
		}
		out = append(out, Address{Name: strings.TrimSpace(a.Name), Email: e})
	}
	return out
}

// validMessageID accepts "<left@right>" with printable ASCII and no spaces.
func validMessageID(id string) bool {
	if len(id) < 5 || len(id) > 250 || id[0] != '<' || id[len(id)-1] != '>' {
		return false
	}
	inner := id[1 : len(id)-1]
	at := strings.LastIndex(inner, "@")
	if at <= 0 || at == len(inner)-1 {
		return false
	}
	for i := 0; i < len(inner); i++ {
		if c := inner[i]; c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

func formatAddress(name, email string) string {
	return (&netmail.Address{Name: strings.TrimSpace(name), Address: email}).String()
}

// validHeaderName accepts the token names of extra headers: letters, digits and hyphens.
func validHeaderName(name string) bool {
	if name == "" || len(name) > 76 {
		return false
	}
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

package documents

import (
	"regexp"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/store"
	"relance/backend/template"
)

// Composing a reminder e-mail: the step's template in the client's language (the user's version, else the
// default), filled with the client's values, addressed to the billing contact, with the step's attachments.

const settingTemplatePrefix = "template:"

// TemplateSettingKey is the setting holding the user's version of a template in a language.
func TemplateSettingKey(key, lang string) string { return settingTemplatePrefix + key + ":" + lang }

// MessageTemplate returns the user's version of a template, else the default one; custom tells which.
func MessageTemplate(st *store.Store, key, lang string) (t template.Template, custom bool, err error) {
	if lang != "en" {
		lang = "fr"
	}
	found, err := st.Setting(TemplateSettingKey(key, lang), &t)
	if err != nil || found {
		return t, found, err
	}
	t, ok := template.Default(key, lang)
	if !ok {
		return t, false, backend.Errorf(backend.ENOTFOUND, "modèle de message « %s » introuvable : choisissez un modèle existant dans le scénario", key)
	}
	return t, false, nil
}

// recipient picks the address reminders go to: the billing contact, else any contact with a valid address, else
// the client's general address.
func recipient(c *backend.Client) (backend.Contact, string) {
	usable := func(k backend.Contact) bool { return k.Email != "" && !k.EmailInvalid }
	for _, k := range c.Contacts {
		if k.Billing && usable(k) {
			return k, k.Email
		}
	}
	for _, k := range c.Contacts {
		if usable(k) {
			return k, k.Email
		}
	}
	return backend.Contact{}, c.Email
}

// MessageData gathers what a message about these invoices of a client can say.
func (s *Service) MessageData(clientID uint64, invoiceIDs []uint64, today backend.Date, paymentLink string) (template.Data, error) {
	cl, err := s.Claim(clientID, today, 0)
	if err != nil {
		return template.Data{}, err
	}
	d := template.Data{Lang: cl.Client.Language, Today: today, Company: cl.Company, Client: cl.Client,
		ExpiredOutstanding: cl.Principal, PaymentLinkPattern: paymentLink}
	d.Contact, _ = recipient(&cl.Client)
	if d.Lang != "en" {
		d.Lang = "fr"
	}
	for _, id := range invoiceIDs {
		inv, err := s.Store.Invoice(id)
		if err != nil {
			return d, err
		}
		d.Invoices = append(d.Invoices, inv)
		if k := slices.IndexFunc(cl.Lines, func(l Line) bool { return l.InvoiceID == id }); k >= 0 {
			d.LatePenalties += cl.Lines[k].Penalty
			d.RecoveryIndemnity += cl.Lines[k].Indemnity
		}
	}
	if len(cl.Company.Logo) > 0 {
		d.LogoCID = LogoCID
	}
	if c, err := s.Store.InvoiceChase(firstOr0(invoiceIDs)); err == nil && c.Promise.Open() {
		d.PromiseDate = c.Promise.Until
	}
	return d, nil
}

// LogoCID is the Content-ID of the company's logo an HTML message shows inline.
const LogoCID = "logo@relance"

func firstOr0(ids []uint64) uint64 {
	if len(ids) == 0 {
		return 0
	}
	return ids[0]
}

// Composed is a message ready to queue, with what stops it from going out by itself.
type Composed struct {
	Template    template.Template          `json:"template"`
	Rendered    template.Rendered          `json:"rendered"`
	ToName      string                     `json:"toName"`
	To          string                     `json:"to"`
	Attachments []backend.OutboxAttachment `json:"attachments"`
	Problems    []string                   `json:"problems"` // blocking: no address, missing values
}

// Message asks for a reminder e-mail: the template key for these invoices of a client, on a day.
type Message struct {
	ClientID   uint64
	InvoiceIDs []uint64
	Template   string
	// Override, when set, replaces the template for this one message (edited in the review queue).
	Override *template.Template
	Attach   []string // backend.Attach*
	Day      backend.Date
	// Produce generates the attachments that must be produced (statement, formal notice): when queueing, not for
	// a preview.
	Produce bool
	// PaymentLink is the mail settings' payment link pattern.
	PaymentLink string
}

// Compose renders a reminder e-mail, with what stops it from going out by itself.
func (s *Service) Compose(m Message) (Composed, error) {
	d, err := s.MessageData(m.ClientID, m.InvoiceIDs, m.Day, m.PaymentLink)
	if err != nil {
		return Composed{}, err
	}
	t, _, err := MessageTemplate(s.Store, m.Template, d.Lang)
	if err != nil {
		return Composed{}, err
	}
	if m.Override != nil {
		t.Subject, t.Body = m.Override.Subject, m.Override.Body
		if err := template.Validate(t); err != nil {
			return Composed{}, err
		}
	}
	r, err := template.Render(t, d)
	if err != nil {
		return Composed{}, err
	}
	c := Composed{Template: t, Rendered: r, Attachments: []backend.OutboxAttachment{}, Problems: []string{}}
	contact, to := recipient(&d.Client)
	c.To = to
	c.ToName = strings.TrimSpace(contact.FirstName + " " + contact.LastName)
	if c.ToName == "" {
		c.ToName = d.Client.Name
	}
	if to == "" {
		c.Problems = append(c.Problems, "aucune adresse e-mail valide pour "+d.Client.Name+" : ajoutez-en une sur sa fiche")
	}
	if len(r.Missing) > 0 {
		c.Problems = append(c.Problems, "valeurs manquantes : "+strings.Join(r.Missing, ", "))
	}
	for _, a := range m.Attach {
		switch a {
		case backend.AttachInvoice:
			for _, inv := range d.Invoices {
				if inv.AttachmentPath != "" {
					c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: "Facture " + SafeFileName(inv.Number) + ".pdf",
						ContentType: "application/pdf", File: inv.AttachmentPath})
				}
			}
		case backend.AttachStatement, backend.AttachFormalNotice:
			if !m.Produce {
				label := map[string]string{backend.AttachStatement: "releve-de-compte.pdf", backend.AttachFormalNotice: "mise-en-demeure.pdf"}[a]
				c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: label, ContentType: "application/pdf"})
				continue
			}
			var v Archived
			if a == backend.AttachStatement {
				v, err = s.GenerateStatement(m.ClientID)
			} else {
				v, err = s.GenerateNotice(NoticeRequest{InvoiceID: firstOr0(m.InvoiceIDs), Emailed: true})
			}
			if err != nil {
				return c, err
			}
			name := map[string]string{backend.AttachStatement: "Releve de compte", backend.AttachFormalNotice: "Mise en demeure"}[a]
			c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: name + " " + SafeFileName(d.Client.Name) + ".pdf",
				ContentType: "application/pdf", File: v.Document.File, DocumentID: v.Document.ID})
		}
	}
	return c, nil
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// SafeFileName keeps of a name what a file name may hold, the rest as dashes.
func SafeFileName(s string) string { return strings.Trim(unsafeName.ReplaceAllString(s, "-"), "-") }

// OutboxMessage turns a composed message into an outbox entry with a fresh Message-ID from the sender's address.
func (s *Service) OutboxMessage(from string, c Composed, actionID string, clientID uint64, clientName string, invoiceIDs []uint64, numbers []string, stepName string) *backend.OutboxMessage {
	return &backend.OutboxMessage{ActionID: actionID, ClientID: clientID, ClientName: clientName, InvoiceIDs: invoiceIDs,
		InvoiceNumbers: numbers, StepName: stepName, Template: c.Template.Key, MessageID: mail.NewMessageID(from),
		Date: s.Clock.Now().UTC(), ToName: c.ToName, To: []string{c.To}, Subject: c.Rendered.Subject, Text: c.Rendered.Text,
		HTML: c.Rendered.HTML, Attachments: c.Attachments}
}

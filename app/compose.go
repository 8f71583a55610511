package app

import (
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/mail"
	"relance/backend/template"
)

// Composing a reminder e-mail: the step's template in the client's language (the user's version, else the
// default), filled with the client's values, addressed to the billing contact, with the step's attachments.

const settingTemplatePrefix = "template:"

func templateSettingKey(key, lang string) string { return settingTemplatePrefix + key + ":" + lang }

// messageTemplate returns the user's version of a template, else the default one; custom tells which.
func messageTemplate(env *Env, key, lang string) (t template.Template, custom bool, err error) {
	if lang != "en" {
		lang = "fr"
	}
	found, err := env.Store.Setting(templateSettingKey(key, lang), &t)
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

// messageData gathers what a message about these invoices of a client can say.
func messageData(env *Env, clientID uint64, invoiceIDs []uint64, today backend.Date, paymentLink string) (template.Data, error) {
	cl, err := buildClaim(env, clientID, today, 0)
	if err != nil {
		return template.Data{}, err
	}
	d := template.Data{Lang: cl.client.Language, Today: today, Company: cl.company, Client: cl.client,
		ExpiredOutstanding: cl.principal, PaymentLinkPattern: paymentLink}
	d.Contact, _ = recipient(&cl.client)
	if d.Lang != "en" {
		d.Lang = "fr"
	}
	for _, id := range invoiceIDs {
		inv, err := env.Store.Invoice(id)
		if err != nil {
			return d, err
		}
		d.Invoices = append(d.Invoices, inv)
		if k := slices.IndexFunc(cl.lines, func(l NoticeLine) bool { return l.InvoiceID == id }); k >= 0 {
			d.LatePenalties += cl.lines[k].Penalty
			d.RecoveryIndemnity += cl.lines[k].Indemnity
		}
	}
	if len(cl.company.Logo) > 0 {
		d.LogoCID = logoCID
	}
	if c, err := env.Store.InvoiceChase(firstOr0(invoiceIDs)); err == nil && c.Promise.Open() {
		d.PromiseDate = c.Promise.Until
	}
	return d, nil
}

const logoCID = "logo@relance"

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

// compose renders the template key for the invoices of a client. Attachments that must be produced (statement,
// formal notice) are generated only when produce is true (queueing), not for a preview.
// override, when set, replaces the template for this one message (edited in the review queue).
func compose(env *Env, clientID uint64, invoiceIDs []uint64, key string, override *template.Template, attach []string, today backend.Date, produce bool) (Composed, error) {
	cfg, err := loadMailConfig(env)
	if err != nil {
		return Composed{}, err
	}
	d, err := messageData(env, clientID, invoiceIDs, today, cfg.PaymentLink)
	if err != nil {
		return Composed{}, err
	}
	t, _, err := messageTemplate(env, key, d.Lang)
	if err != nil {
		return Composed{}, err
	}
	if override != nil {
		t.Subject, t.Body = override.Subject, override.Body
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
	for _, a := range attach {
		switch a {
		case backend.AttachInvoice:
			for _, inv := range d.Invoices {
				if inv.AttachmentPath != "" {
					c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: "Facture " + safeFileName(inv.Number) + ".pdf",
						ContentType: "application/pdf", File: inv.AttachmentPath})
				}
			}
		case backend.AttachStatement, backend.AttachFormalNotice:
			if !produce {
				label := map[string]string{backend.AttachStatement: "releve-de-compte.pdf", backend.AttachFormalNotice: "mise-en-demeure.pdf"}[a]
				c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: label, ContentType: "application/pdf"})
				continue
			}
			docs := &DocumentsAPI{env: env}
			var v DocumentView
			if a == backend.AttachStatement {
				v, err = docs.GenerateStatement(clientID)
			} else {
				v, err = docs.GenerateNotice(NoticeRequest{InvoiceID: firstOr0(invoiceIDs), emailed: true})
			}
			if err != nil {
				return c, err
			}
			name := map[string]string{backend.AttachStatement: "Releve de compte", backend.AttachFormalNotice: "Mise en demeure"}[a]
			c.Attachments = append(c.Attachments, backend.OutboxAttachment{Name: name + " " + safeFileName(d.Client.Name) + ".pdf",
				ContentType: "application/pdf", File: v.Document.File, DocumentID: v.Document.ID})
		}
	}
	return c, nil
}

func safeFileName(s string) string { return strings.Trim(unsafeName.ReplaceAllString(s, "-"), "-") }

// outboxMessage turns a composed message into an outbox entry with a fresh Message-ID.
func outboxMessage(env *Env, cfg MailConfig, c Composed, actionID string, clientID uint64, clientName string, invoiceIDs []uint64, numbers []string, stepName string) *backend.OutboxMessage {
	return &backend.OutboxMessage{ActionID: actionID, ClientID: clientID, ClientName: clientName, InvoiceIDs: invoiceIDs,
		InvoiceNumbers: numbers, StepName: stepName, Template: c.Template.Key, MessageID: mail.NewMessageID(cfg.Settings.FromAddress),
		Date: env.Clock.Now().UTC(), ToName: c.ToName, To: []string{c.To}, Subject: c.Rendered.Subject, Text: c.Rendered.Text,
		HTML: c.Rendered.HTML, Attachments: c.Attachments}
}

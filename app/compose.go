package app

import (
	"relance/backend"
	"relance/backend/documents"
	"relance/backend/template"
)

// Composing a reminder e-mail (backend/documents): the step's template in the client's language, filled with the
// client's values, addressed to the billing contact, with the step's attachments.

const logoCID = documents.LogoCID

// Composed is a message ready to queue, with what stops it from going out by itself.
type Composed documents.Composed

// compose renders the template key for the invoices of a client with the mail settings' payment link.
// Attachments that must be produced (statement, formal notice) are generated only when produce is true (queueing),
// not for a preview. override, when set, replaces the template for this one message (edited in the review queue).
func compose(env *Env, clientID uint64, invoiceIDs []uint64, key string, override *template.Template, attach []string, today backend.Date, produce bool) (Composed, error) {
	cfg, err := LoadMailConfig(env)
	if err != nil {
		return Composed{}, err
	}
	c, err := env.docService().Compose(documents.Message{ClientID: clientID, InvoiceIDs: invoiceIDs, Template: key, Override: override,
		Attach: attach, Day: today, Produce: produce, PaymentLink: cfg.PaymentLink})
	return Composed(c), err
}

func safeFileName(s string) string { return documents.SafeFileName(s) }

// outboxMessage turns a composed message into an outbox entry with a fresh Message-ID.
func outboxMessage(env *Env, cfg MailConfig, c Composed, actionID string, clientID uint64, clientName string, invoiceIDs []uint64, numbers []string, stepName string) *backend.OutboxMessage {
	return env.docService().OutboxMessage(cfg.Settings.FromAddress, documents.Composed(c), actionID, clientID, clientName, invoiceIDs, numbers, stepName)
}

func numbersOf(env *Env, ids []uint64) []string { return documents.Numbers(env.Store, ids) }

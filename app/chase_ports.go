package app

import (
	"errors"
	"slices"
	"strings"

	"relance/backend"
	"relance/backend/cash"
	"relance/backend/chase"
	"relance/backend/documents"
	"relance/backend/dunning"
	"relance/backend/sms"
	"relance/backend/template"
)

// What the chase (backend/chase) uses of the rest of the product, wired over the window's (or command's)
// environment: the insolvency watch, limitation, the bank warning, composing messages, producing letters, sending.

func (a *ChaseAPI) ports() chase.Ports {
	env := a.env
	return chase.Ports{
		Halts:       func() ([]dunning.Halt, error) { return watchHalts(env) },
		Limitation:  func(today backend.Date) ([]dunning.Notice, error) { return limitationNotices(env, today) },
		Deadlines:   func(today backend.Date) ([]dunning.Notice, error) { return deadlineNotices(env, today) },
		BankWarning: func(today backend.Date) (string, error) { return cash.New(&env.Deps, nil).Warning(today) },
		Transaction: cash.Transaction,
		Messages:    chaseMessages{env: env},
		Letter:      func(act dunning.Action) (string, error) { return chaseLetter(env, act) },
		SendSoon:    a.sendSoon,
	}
}

// chaseMessages writes the chase's e-mails and SMS with the mailbox and SMS settings saved.
type chaseMessages struct{ env *Env }

func (m chaseMessages) MailReady() (chase.Mailbox, string, error) {
	cfg, why, err := MailReady(m.env)
	return chaseMailbox{env: m.env, cfg: cfg}, why, err
}

func (m chaseMessages) DailyCap() (int, error) {
	cfg, err := LoadMailConfig(m.env)
	return cfg.Settings.DailyCap, err
}

func (m chaseMessages) SMSReady() (string, error) {
	_, _, why, err := smsReady(m.env)
	return why, err
}

func (m chaseMessages) SMSSettings() (sms.Settings, error) { return LoadSMSSettings(m.env) }

func (m chaseMessages) SMSText(clientID uint64, invoiceIDs []uint64, key string, day backend.Date) (string, []string, error) {
	return smsText(m.env, clientID, invoiceIDs, key, day)
}

// chaseMailbox composes with the mailbox's settings as MailReady checked them.
type chaseMailbox struct {
	env *Env
	cfg MailConfig
}

func (m chaseMailbox) Compose(clientID uint64, invoiceIDs []uint64, key string, override *template.Template, attach []string, day backend.Date, produce bool) (chase.Email, error) {
	c, err := compose(m.env, clientID, invoiceIDs, key, override, attach, day, produce)
	return chase.Email{To: c.To, Problems: c.Problems,
		Message: func(actionID string, clientID uint64, clientName string, invoiceIDs []uint64, numbers []string, stepName string) *backend.OutboxMessage {
			return outboxMessage(m.env, m.cfg, c, actionID, clientID, clientName, invoiceIDs, numbers, stepName)
		}}, err
}

// chaseLetter produces the document of a letter step: a formal notice, or a reminder letter.
func chaseLetter(env *Env, act dunning.Action) (string, error) {
	docs := &DocumentsAPI{env: env}
	var view DocumentView
	var err error
	if act.Template == "notice" || slices.Contains(act.Attach, backend.AttachFormalNotice) {
		view, err = docs.GenerateNotice(NoticeRequest{InvoiceID: act.InvoiceIDs[0], Registered: true})
	} else {
		view, err = docs.GenerateReminderLetter(act.InvoiceIDs[0])
	}
	var none *documents.NothingToClaimError
	if errors.As(err, &none) { // disputed, time-barred or covered by a credit: the run passes over the step
		return "", &chase.NothingToClaim{Err: err}
	}
	return view.Label, err
}

// smsText fills an SMS template for the client's invoices, ready to send (Clean applied).
func smsText(env *Env, clientID uint64, invoiceIDs []uint64, key string, day backend.Date) (string, []string, error) {
	cfg, err := LoadMailConfig(env)
	if err != nil {
		return "", nil, err
	}
	d, err := env.docService().MessageData(clientID, invoiceIDs, day, cfg.PaymentLink)
	if err != nil {
		return "", nil, err
	}
	t, _, err := documents.MessageTemplate(env.Store, key, d.Lang)
	if err != nil {
		return "", nil, err
	}
	r, err := template.Render(t, d)
	if err != nil {
		return "", nil, err
	}
	return sms.Clean(strings.TrimSpace(r.Text)), r.Missing, nil
}

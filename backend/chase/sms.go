package chase

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"relance/backend"
	"relance/backend/dunning"
	"relance/backend/sms"
	"relance/backend/store"
	"relance/backend/template"
)

// SMS actions of the chase: the step's SMS template filled for the client's invoices, to the billing contact's
// mobile number, queued in the outbox together with the step record (one transaction, as an e-mail), then sent by
// the outbox within the SMS hours (outbox_sms.go).

// maxSMSParts bounds what goes out without the owner's approval: a reminder longer than this is a template error.
const maxSMSParts = 4

// checkSMS composes an SMS action's text and says why it cannot go out by itself: SMS not set up, no usable mobile
// number (or no consent from a consumer), a value missing or a text too long (then it waits for the approval).
func (s *Service) checkSMS(act dunning.Action, approved bool) (text, to string, pending string, err error) {
	if why, err := s.ports.Messages.SMSReady(); err != nil || why != "" {
		return "", "", why, err
	}
	if !template.IsSMS(act.Template) {
		return "", "", fmt.Sprintf("l'étape « %s » envoie un SMS avec le modèle « %s », qui n'en est pas un : choisissez « SMS de relance » ou « SMS de relance ferme » dans le scénario", act.StepName, act.Template), nil
	}
	c, err := s.deps.Store.Client(act.ClientID)
	if err != nil {
		return "", "", "", err
	}
	phone, why := c.SMSNumber()
	if why != "" {
		return "", "", why, nil
	}
	if to, err = sms.MobileNumber(phone); err != nil {
		return "", "", "SMS impossible pour " + c.Name + " : " + backend.ErrorMessage(err), nil
	}
	text, missing, err := s.ports.Messages.SMSText(act.ClientID, act.InvoiceIDs, act.Template, act.Date)
	if err != nil {
		return "", "", "", err
	}
	if approved {
		return text, to, "", nil
	}
	if len(missing) > 0 {
		return text, to, "valeurs manquantes : " + strings.Join(missing, ", "), nil
	}
	if n := sms.CountText(text).Segments; n > maxSMSParts {
		return text, to, fmt.Sprintf("SMS trop long (%d SMS facturés pour un envoi) : raccourcissez le modèle, ou validez-le tel quel", n), nil
	}
	return text, to, "", nil
}

// smsPending is checkSMS's reason only, for the « Aujourd'hui » page.
func (s *Service) smsPending(act dunning.Action, approved bool) (string, error) {
	_, _, pending, err := s.checkSMS(act, approved)
	if err != nil && backend.ErrorCode(err) != backend.EINTERNAL {
		return backend.ErrorMessage(err), nil
	}
	return pending, err
}

// smsPreview is the text of an SMS action as it will leave, with checkSMS's reason, for the « Aujourd'hui » page.
func (s *Service) smsPreview(act dunning.Action, approved bool) (text, pending string, err error) {
	text, _, pending, err = s.checkSMS(act, approved)
	if err != nil && backend.ErrorCode(err) != backend.EINTERNAL {
		return "", backend.ErrorMessage(err), nil
	}
	return text, pending, err
}

// smsMessageID is the outbox's stable reference of an SMS action: unique like an e-mail's Message-ID; its tag at the
// provider is derived from it.
func smsMessageID(actionID string) string {
	h := sha256.Sum256([]byte(actionID))
	return "<sms." + hex.EncodeToString(h[:12]) + "@relance.invalid>"
}

// prepareSMS composes an SMS action's message and step records, ready to queue; nil (with the reason) when it must
// wait.
func (s *Service) prepareSMS(act dunning.Action, approved bool) (*store.QueuedEmail, string, error) {
	if done, err := s.deps.Store.Executed(act.ID); err != nil || done {
		return nil, "", err
	}
	text, to, pending, err := s.checkSMS(act, approved)
	if err != nil || pending != "" {
		return nil, pending, err
	}
	set, err := s.ports.Messages.SMSSettings()
	if err != nil {
		return nil, "", err
	}
	n := sms.CountText(text)
	m := &backend.OutboxMessage{Channel: backend.ChannelSMS, ActionID: act.ID, ClientID: act.ClientID, ClientName: act.ClientName,
		InvoiceIDs: act.InvoiceIDs, InvoiceNumbers: act.InvoiceNumbers, StepName: act.StepName, Template: act.Template,
		MessageID: smsMessageID(act.ID), Date: s.deps.Clock.Now().UTC(), ToName: act.ClientName, To: []string{to},
		Subject: act.StepName, Text: text, Attachments: []backend.OutboxAttachment{}, Segments: n.Segments,
		Cost: backend.Cents(sms.Cost(n, set.PricePerSegment))}
	ap := s.applied(act, backend.StepDone, "", fmt.Sprintf("%s : SMS au %s (%s, %s)", act.StepName, to,
		strings.Join(act.InvoiceNumbers, ", "), backend.FormatEUR(act.Total)))
	return &store.QueuedEmail{Action: ap.Action, Records: ap.Records, StartsGap: ap.StartsGap, Message: m}, "", nil
}

// queueSMS queues the text of an SMS action (an approval); false when it must wait.
func (s *Service) queueSMS(act dunning.Action, approved bool) (bool, error) {
	return s.queue(s.prepareSMS(act, approved))
}

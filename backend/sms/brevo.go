package sms

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

// BrevoProvider sends through Brevo's transactional SMS API (developers.brevo.com): POST /v3/transactionalSMS/send
// with the account's key in the api-key header and a JSON body {sender, recipient, content, type, tag,
// unicodeEnabled}; the answer carries the messageId. (The older POST /v3/transactionalSMS/sms, deprecated by Brevo
// in May 2025, takes the same body.) Delivery reports are the SMS events, GET
// /v3/transactionalSMS/statistics/events?phoneNumber=…, matched by messageId.
type BrevoProvider struct {
	URL    string // https://api.brevo.com
	Key    string
	Client *http.Client
}

const brevoName = "Brevo"

func (p *BrevoProvider) Name() string { return brevoName }

// BrevoRequest is the JSON body of a send, as Brevo documents it.
type BrevoRequest struct {
	Sender         string `json:"sender"`
	Recipient      string `json:"recipient"` // country code and number, digits only: 33612345678
	Content        string `json:"content"`
	Type           string `json:"type"` // transactional: a reminder is not marketing (no STOP code, no time limits)
	Tag            string `json:"tag,omitempty"`
	UnicodeEnabled bool   `json:"unicodeEnabled"`
}

func (p *BrevoProvider) Send(ctx context.Context, m Message) (Receipt, error) {
	body, _ := json.Marshal(BrevoRequest{Sender: m.Sender, Recipient: strings.TrimPrefix(m.To, "+"), Content: m.Text,
		Type: "transactional", Tag: m.Ref, UnicodeEnabled: CountText(m.Text).Encoding == UCS2})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.URL+"/v3/transactionalSMS/send", bytes.NewReader(body))
	if err != nil {
		return Receipt{}, &Error{Kind: Account, Message: "adresse du service Brevo invalide", Err: err}
	}
	p.headers(req)
	req.Header.Set("Content-Type", "application/json")
	status, out, err := do(p.Client, req, brevoName)
	if err != nil {
		return Receipt{}, err
	}
	if status/100 != 2 {
		return Receipt{}, brevoError(status, out)
	}
	var r struct {
		MessageID json.Number `json:"messageId"`
	}
	if json.Unmarshal(out, &r) != nil || r.MessageID == "" {
		// Accepted (2xx): the SMS is on its way, only its delivery report cannot be followed.
		return Receipt{}, nil
	}
	return Receipt{ID: r.MessageID.String()}, nil
}

func (p *BrevoProvider) headers(req *http.Request) {
	req.Header.Set("api-key", p.Key)
	req.Header.Set("Accept", "application/json")
}

// brevoError reads Brevo's error body {code, message}; an invalid number is permanent whatever the status.
func brevoError(status int, body []byte) error {
	var e struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	}
	_ = json.Unmarshal(body, &e)
	detail := strings.TrimSpace(e.Message)
	if len(detail) > 200 {
		detail = detail[:200]
	}
	return statusError(brevoName, status, detail)
}

// Delivery reads the events of the recipient's number over the last days and keeps those of the message.
func (p *BrevoProvider) Delivery(ctx context.Context, id, to string) (Delivery, error) {
	q := url.Values{"phoneNumber": {strings.TrimPrefix(to, "+")}, "days": {"30"}, "limit": {"100"}, "sort": {"desc"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.URL+"/v3/transactionalSMS/statistics/events?"+q.Encode(), nil)
	if err != nil {
		return Delivery{}, err
	}
	p.headers(req)
	status, out, err := do(p.Client, req, brevoName)
	if err != nil {
		return Delivery{}, err
	}
	if status/100 != 2 {
		return Delivery{}, brevoError(status, out)
	}
	var r struct {
		Events []struct {
			MessageID json.Number `json:"messageId"`
			Event     string      `json:"event"`
			Reason    string      `json:"reason"`
			Date      string      `json:"date"`
		} `json:"events"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return Delivery{}, &Error{Kind: Temporary, Message: "réponse de Brevo illisible", Err: err}
	}
	d := Delivery{State: Pending}
	for _, ev := range r.Events { // newest first: the first final event wins
		if ev.MessageID.String() != id {
			continue
		}
		switch strings.ToLower(ev.Event) {
		case "delivered":
			return Delivery{State: Delivered}, nil
		case "hardbounce", "hardbounces", "bounces", "rejected", "blocked", "skip", "skipped":
			return Delivery{State: Failed, Reason: brevoReason(ev.Event, ev.Reason)}, nil
		case "softbounce", "softbounces":
			d = Delivery{State: Pending, Reason: brevoReason(ev.Event, ev.Reason)}
		}
	}
	return d, nil
}

// Find reads the events of the recipient's number and looks for one carrying the tag.
func (p *BrevoProvider) Find(ctx context.Context, ref, to string) (string, bool, error) {
	q := url.Values{"phoneNumber": {strings.TrimPrefix(to, "+")}, "tags": {ref}, "days": {"30"}, "limit": {"100"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.URL+"/v3/transactionalSMS/statistics/events?"+q.Encode(), nil)
	if err != nil {
		return "", false, err
	}
	p.headers(req)
	status, out, err := do(p.Client, req, brevoName)
	if err != nil {
		return "", false, err
	}
	if status/100 != 2 {
		return "", false, brevoError(status, out)
	}
	var r struct {
		Events []struct {
			MessageID json.Number `json:"messageId"`
			Tag       string      `json:"tag"`
		} `json:"events"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return "", false, &Error{Kind: Temporary, Message: "réponse de Brevo illisible", Err: err}
	}
	for _, ev := range r.Events {
		if ev.Tag == ref { // the filter is checked again: an event of another message never settles this one
			return ev.MessageID.String(), true, nil
		}
	}
	return "", false, nil
}

// brevoReason says in French why an SMS was not delivered.
func brevoReason(event, reason string) string {
	switch e := strings.ToLower(event); {
	case strings.HasPrefix(e, "hard"), e == "bounces":
		return "numéro invalide" + paren(reason)
	case e == "blocked":
		return "numéro bloqué (le client a répondu STOP ou est sur liste noire)"
	case e == "rejected":
		return "refusé par l'opérateur" + paren(reason)
	case strings.HasPrefix(e, "soft"):
		return "non remis pour l'instant (téléphone éteint ou hors réseau)" + paren(reason)
	}
	return "non remis" + paren(reason)
}

func paren(s string) string {
	if s = strings.TrimSpace(s); s != "" {
		return " (" + s + ")"
	}
	return ""
}

var _ Provider = (*BrevoProvider)(nil)

package sms

import (
	"bytes"
	"context"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// OVHProvider sends through the OVHcloud API (eu.api.ovh.com/1.0): POST /sms/{serviceName}/jobs with a JSON body
// {message, receivers, sender, noStopClause, priority, coding, charset, tag}, signed with the application's
// headers X-Ovh-Application, X-Ovh-Consumer, X-Ovh-Timestamp and X-Ovh-Signature = "$1$" +
// sha1(applicationSecret+"+"+consumerKey+"+"+method+"+"+url+"+"+body+"+"+timestamp) in hexadecimal. The answer
// lists the job's ids and the refused receivers. Delivery reports: GET /sms/{serviceName}/outgoing/{id}.
//
// The key kept in the keychain is the three credentials joined by colons: applicationKey:applicationSecret:consumerKey
// (created at eu.api.ovh.com/createToken with the rights GET /sms/*, POST /sms/*/jobs).
type OVHProvider struct {
	URL, Service                   string
	AppKey, AppSecret, ConsumerKey string
	Client                         *http.Client
	Now                            func() time.Time // the clock the timestamp is read from; time.Now by default

	once  sync.Once
	delta int64 // OVH's clock minus ours, in seconds (GET /auth/time), so a drifting computer still signs right
}

const ovhName = "OVHcloud"

// NewOVH splits the key into its three credentials.
func NewOVH(base, service, key string, client *http.Client) (*OVHProvider, error) {
	parts := strings.Split(strings.TrimSpace(key), ":")
	if len(parts) != 3 || parts[0] == "" || parts[1] == "" || parts[2] == "" {
		return nil, &Error{Kind: Account, Message: "clé OVHcloud incomplète : saisissez « clé d'application:secret d'application:clé consommateur » (trois valeurs séparées par deux-points)"}
	}
	if strings.TrimSpace(service) == "" {
		return nil, &Error{Kind: Account, Message: "compte SMS OVHcloud (sms-xx12345-1) non renseigné dans Paramètres › SMS"}
	}
	return &OVHProvider{URL: strings.TrimRight(base, "/"), Service: strings.TrimSpace(service), AppKey: parts[0], AppSecret: parts[1],
		ConsumerKey: parts[2], Client: client}, nil
}

func (p *OVHProvider) Name() string { return ovhName }

// OVHJob is the JSON body of POST /sms/{serviceName}/jobs, as OVHcloud documents it.
type OVHJob struct {
	Message      string   `json:"message"`
	Receivers    []string `json:"receivers"` // E.164
	Sender       string   `json:"sender"`
	NoStopClause bool     `json:"noStopClause"` // a reminder is not commercial: no « STOP au … » added
	Priority     string   `json:"priority"`
	Coding       string   `json:"coding"` // 7bit or 8bit (UCS-2)
	Charset      string   `json:"charset"`
	Tag          string   `json:"tag,omitempty"`
}

// Signature is OVHcloud's request signature.
func OVHSignature(secret, consumer, method, fullURL, body string, ts int64) string {
	h := sha1.Sum([]byte(secret + "+" + consumer + "+" + method + "+" + fullURL + "+" + body + "+" + strconv.FormatInt(ts, 10)))
	return "$1$" + hex.EncodeToString(h[:])
}

func (p *OVHProvider) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// timestamp is OVH's current time: its clock is read once (GET /auth/time, no signature) to correct a drift.
func (p *OVHProvider) timestamp(ctx context.Context) int64 {
	p.once.Do(func() {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.URL+"/auth/time", nil)
		if err != nil {
			return
		}
		status, out, err := do(p.Client, req, ovhName)
		if err != nil || status != http.StatusOK {
			return
		}
		if t, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64); err == nil {
			p.delta = t - p.now().Unix()
		}
	})
	return p.now().Unix() + p.delta
}

func (p *OVHProvider) request(ctx context.Context, method, path string, body []byte) (*http.Request, error) {
	full := p.URL + path
	req, err := http.NewRequestWithContext(ctx, method, full, bytes.NewReader(body))
	if err != nil {
		return nil, &Error{Kind: Account, Message: "adresse du service OVHcloud invalide", Err: err}
	}
	ts := p.timestamp(ctx)
	req.Header.Set("X-Ovh-Application", p.AppKey)
	req.Header.Set("X-Ovh-Consumer", p.ConsumerKey)
	req.Header.Set("X-Ovh-Timestamp", strconv.FormatInt(ts, 10))
	req.Header.Set("X-Ovh-Signature", OVHSignature(p.AppSecret, p.ConsumerKey, method, full, string(body), ts))
	req.Header.Set("Accept", "application/json")
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	return req, nil
}

func (p *OVHProvider) Send(ctx context.Context, m Message) (Receipt, error) {
	coding := "7bit"
	if CountText(m.Text).Encoding == UCS2 {
		coding = "8bit"
	}
	body, _ := json.Marshal(OVHJob{Message: m.Text, Receivers: []string{m.To}, Sender: m.Sender, NoStopClause: true,
		Priority: "high", Coding: coding, Charset: "UTF-8", Tag: m.Ref})
	req, err := p.request(ctx, http.MethodPost, "/sms/"+url.PathEscape(p.Service)+"/jobs", body)
	if err != nil {
		return Receipt{}, err
	}
	status, out, err := do(p.Client, req, ovhName)
	if err != nil {
		return Receipt{}, err
	}
	if status/100 != 2 {
		return Receipt{}, ovhError(status, out)
	}
	var r struct {
		IDs              []int64  `json:"ids"`
		InvalidReceivers []string `json:"invalidReceivers"`
		ValidReceivers   []string `json:"validReceivers"`
	}
	if json.Unmarshal(out, &r) != nil {
		return Receipt{}, nil // accepted (2xx): on its way, its report cannot be followed
	}
	if len(r.IDs) == 0 && len(r.InvalidReceivers) > 0 {
		return Receipt{}, &Error{Kind: Permanent, Status: status, Message: "OVHcloud a refusé le numéro " + m.To + " (numéro invalide)"}
	}
	if len(r.IDs) == 0 {
		return Receipt{}, nil
	}
	return Receipt{ID: strconv.FormatInt(r.IDs[0], 10)}, nil
}

func ovhError(status int, body []byte) error {
	var e struct {
		Message string `json:"message"`
	}
	_ = json.Unmarshal(body, &e)
	detail := strings.TrimSpace(e.Message)
	if len(detail) > 200 {
		detail = detail[:200]
	}
	low := strings.ToLower(detail)
	if status == http.StatusBadRequest && (strings.Contains(low, "signature") || strings.Contains(low, "application key") ||
		strings.Contains(low, "credential") || strings.Contains(low, "timestamp")) {
		return &Error{Kind: Account, Status: status, Message: "OVHcloud refuse les identifiants d'API (" + detail + ") : vérifiez la clé dans Paramètres › SMS"}
	}
	if status == http.StatusNotFound {
		return &Error{Kind: Account, Status: status, Message: "compte SMS OVHcloud introuvable (" + detail + ") : vérifiez son nom (sms-xx12345-1) dans Paramètres › SMS"}
	}
	if status == http.StatusForbidden && strings.Contains(low, "credit") {
		return &Error{Kind: Account, Status: status, Message: "OVHcloud : crédit SMS épuisé (" + detail + ") : rechargez le compte"}
	}
	return statusError(ovhName, status, detail)
}

// Delivery reads the outgoing SMS. Its deliveryReceipt follows OVHcloud's delivery report codes: 1 delivered, 2 not
// delivered, 4 waiting, 8 handed to the operator, 16 refused by the operator; ptt is the operator's detail code.
func (p *OVHProvider) Delivery(ctx context.Context, id, _ string) (Delivery, error) {
	req, err := p.request(ctx, http.MethodGet, "/sms/"+url.PathEscape(p.Service)+"/outgoing/"+url.PathEscape(id), nil)
	if err != nil {
		return Delivery{}, err
	}
	status, out, err := do(p.Client, req, ovhName)
	if err != nil {
		return Delivery{}, err
	}
	if status == http.StatusNotFound { // still in the jobs queue, not yet an outgoing SMS
		return Delivery{State: Pending}, nil
	}
	if status/100 != 2 {
		return Delivery{}, ovhError(status, out)
	}
	var r struct {
		DeliveryReceipt int `json:"deliveryReceipt"`
		Ptt             int `json:"ptt"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return Delivery{}, &Error{Kind: Temporary, Message: "réponse d'OVHcloud illisible", Err: err}
	}
	switch r.DeliveryReceipt {
	case 1:
		return Delivery{State: Delivered}, nil
	case 2:
		return Delivery{State: Failed, Reason: ovhReason(r.Ptt)}, nil
	case 16:
		return Delivery{State: Failed, Reason: "refusé par l'opérateur" + fmt.Sprintf(" (code %d)", r.Ptt)}, nil
	}
	return Delivery{State: Pending}, nil
}

// Find lists the outgoing SMS carrying the tag (GET /sms/{serviceName}/outgoing?tag=…).
func (p *OVHProvider) Find(ctx context.Context, ref, _ string) (string, bool, error) {
	req, err := p.request(ctx, http.MethodGet, "/sms/"+url.PathEscape(p.Service)+"/outgoing?"+url.Values{"tag": {ref}}.Encode(), nil)
	if err != nil {
		return "", false, err
	}
	status, out, err := do(p.Client, req, ovhName)
	if err != nil {
		return "", false, err
	}
	if status/100 != 2 {
		return "", false, ovhError(status, out)
	}
	var ids []int64
	if err := json.Unmarshal(out, &ids); err != nil {
		return "", false, &Error{Kind: Temporary, Message: "réponse d'OVHcloud illisible", Err: err}
	}
	if len(ids) == 0 {
		return "", false, nil
	}
	return strconv.FormatInt(ids[0], 10), true, nil
}

// ovhReason gives the operator's code (PTT) as OVHcloud reports it: its meaning is listed by GET /sms/ptts.
func ovhReason(ptt int) string {
	return fmt.Sprintf("non remis (code opérateur %d)", ptt)
}

var _ Provider = (*OVHProvider)(nil)

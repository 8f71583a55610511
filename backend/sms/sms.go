// Package sms sends reminders by text message through a French provider's HTTP API (Brevo or OVHcloud), counts
// what a text costs (GSM 7-bit or UCS-2 parts), checks mobile numbers and sender names, and fetches delivery
// reports. It holds no state: the outbox (backend/store, app/outbox_sms.go) decides when a message goes and makes
// sure it goes once.
package sms

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"relance/backend"
)

// Providers.
const (
	Brevo = "brevo"
	OVH   = "ovh"
)

// ProviderNames maps each provider to its name as the window shows it.
var ProviderNames = map[string]string{Brevo: "Brevo", OVH: "OVHcloud SMS"}

// Environment variables: the providers' base URLs (tests point them at a stand-in) and the key for headless runs
// on a machine without a keychain.
const (
	EnvBrevoURL = "RELANCE_SMS_BREVO_URL"
	EnvOVHURL   = "RELANCE_SMS_OVH_URL"
)

// Default base URLs.
const (
	BrevoURL = "https://api.brevo.com"
	OVHURL   = "https://eu.api.ovh.com/1.0"
)

// Settings are the SMS account as the store keeps it; the key is in the keychain.
type Settings struct {
	Provider string `json:"provider"` // "" (SMS off), brevo or ovh
	Sender   string `json:"sender"`   // name or number shown on the client's phone
	// OVHService is the OVHcloud SMS account (sms-ab12345-1).
	OVHService string `json:"ovhService,omitempty"`
	// PricePerSegment is what one SMS part costs with the owner's offer, in ten-thousandths of a euro (0,045 € =
	// 450); 0: not given, no estimate.
	PricePerSegment int64 `json:"pricePerSegment"`
	// WindowStart and WindowEnd bound the hours an SMS may leave, in minutes after midnight (Paris), on the chase's
	// sending days; 8:00–20:00 unless changed.
	WindowStart int `json:"windowStart"`
	WindowEnd   int `json:"windowEnd"`
}

// Defaults fills what was never set.
func (s *Settings) Defaults() {
	if s.WindowStart == 0 && s.WindowEnd == 0 {
		s.WindowStart, s.WindowEnd = 8*60, 20*60
	}
}

// Normalize checks the settings as saved. With no provider, SMS are off and nothing else is checked.
func (s *Settings) Normalize() error {
	s.Defaults()
	s.Provider = strings.ToLower(strings.TrimSpace(s.Provider))
	s.OVHService = strings.TrimSpace(s.OVHService)
	var p backend.Problems
	if _, ok := ProviderNames[s.Provider]; !ok && s.Provider != "" {
		p.Add("provider", "fournisseur « %s » inconnu : brevo ou ovh", s.Provider)
	}
	if s.PricePerSegment < 0 || s.PricePerSegment > 100000 {
		p.Add("pricePerSegment", "le prix d'un SMS doit être compris entre 0 et 10 €")
	}
	if s.WindowStart < 0 || s.WindowEnd > 24*60 || s.WindowStart >= s.WindowEnd {
		p.Add("windowStart", "plage d'envoi des SMS invalide : l'heure de début doit précéder l'heure de fin, dans la même journée")
	}
	if s.Provider != "" {
		if v, err := Sender(s.Sender); err != nil {
			p.Add("sender", "%s", backend.ErrorMessage(err))
		} else {
			s.Sender = v
		}
	} else if strings.TrimSpace(s.Sender) != "" {
		if v, err := Sender(s.Sender); err != nil {
			p.Add("sender", "%s", backend.ErrorMessage(err))
		} else {
			s.Sender = v
		}
	}
	if s.Provider == OVH && s.OVHService == "" {
		p.Add("ovhService", "indiquez le compte SMS OVHcloud (sms-xx12345-1), visible dans l'espace client, rubrique Télécom › SMS")
	}
	return p.Err()
}

// Message is one SMS to send.
type Message struct {
	Sender string // checked by Sender
	To     string // E.164, checked by MobileNumber
	Text   string // as it will be read: Clean has been applied
	// Ref is the outbox's stable reference of the message: sent as the provider's tag, so that the message can be
	// found in the provider's records.
	Ref string
}

// Receipt is the provider's answer to an accepted message.
type Receipt struct {
	ID string `json:"id"` // the provider's message ID, for the delivery report
}

// Delivery states.
const (
	Pending   = "pending"
	Delivered = "delivered"
	Failed    = "failed"
)

// Delivery is where a sent message stands at the operator.
type Delivery struct {
	State  string // pending, delivered or failed
	Reason string // in French, when failed (« numéro invalide »…)
}

// Provider is an SMS provider's HTTP API.
type Provider interface {
	Name() string
	Send(ctx context.Context, m Message) (Receipt, error)
	// Delivery fetches the delivery report of a message sent to the number to.
	Delivery(ctx context.Context, id, to string) (Delivery, error)
	// Find looks for a message by the tag it was sent with (Message.Ref), to settle a send left without answer:
	// found, it did leave (id is the provider's ID when known).
	Find(ctx context.Context, ref, to string) (id string, found bool, err error)
}

// Kind says what the outbox may do after a failed send.
type Kind string

const (
	// Temporary: the provider did not take the message (unreachable, 429, 5xx): try again later.
	Temporary Kind = "temporary"
	// Permanent: the provider refused this message (number, content): never again as it is; the owner calls.
	Permanent Kind = "permanent"
	// Account: the provider refused the account (key, credits, sender not allowed): every message waits for the
	// owner to fix the settings; none is used up.
	Account Kind = "account"
	// Uncertain: the request left but no answer came (timeout, connection dropped): it may have been sent, so it
	// is never sent again without the owner.
	Uncertain Kind = "uncertain"
)

// Error is a failed send, classified, with a message for the owner.
type Error struct {
	Kind    Kind
	Status  int    // HTTP status, 0 when none came
	Message string // in French
	Err     error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return e.Message
	}
	return e.Message + " (" + e.Err.Error() + ")"
}

func (e *Error) Unwrap() error { return e.Err }

// New returns the provider of the settings with its key. Base URLs come from the environment when set (tests).
func New(s Settings, key string, client *http.Client) (Provider, error) {
	key = strings.TrimSpace(key)
	if key == "" {
		return nil, &Error{Kind: Account, Message: "clé d'API SMS absente : saisissez-la dans Paramètres › SMS (ou relance secret set sms)"}
	}
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	switch s.Provider {
	case Brevo:
		return &BrevoProvider{URL: envOr(EnvBrevoURL, BrevoURL), Key: key, Client: client}, nil
	case OVH:
		return NewOVH(envOr(EnvOVHURL, OVHURL), s.OVHService, key, client)
	case "":
		return nil, &Error{Kind: Account, Message: "aucun fournisseur de SMS choisi : choisissez-en un dans Paramètres › SMS"}
	}
	return nil, &Error{Kind: Account, Message: fmt.Sprintf("fournisseur de SMS « %s » inconnu", s.Provider)}
}

func envOr(name, def string) string {
	if v := strings.TrimSpace(os.Getenv(name)); v != "" {
		return strings.TrimRight(v, "/")
	}
	return def
}

// do sends a request and classifies transport failures: nothing written is temporary, the request written and
// then silence or a dropped connection is uncertain. It returns the status and up to 1 MiB of body.
func do(client *http.Client, req *http.Request, name string) (int, []byte, error) {
	var wrote atomic.Bool
	trace := &httptrace.ClientTrace{WroteRequest: func(i httptrace.WroteRequestInfo) {
		if i.Err == nil {
			wrote.Store(true)
		}
	}}
	req = req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
	resp, err := client.Do(req)
	if err != nil {
		if wrote.Load() && req.Method != http.MethodGet {
			return 0, nil, &Error{Kind: Uncertain, Message: name + " n'a pas répondu après avoir reçu le SMS : il est peut-être parti, vérifiez avant de le renvoyer", Err: err}
		}
		return 0, nil, &Error{Kind: Temporary, Message: transportMessage(name, err), Err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil && resp.StatusCode/100 == 2 && req.Method != http.MethodGet {
		return 0, nil, &Error{Kind: Uncertain, Message: name + " a accepté le SMS mais la réponse a été coupée : il est peut-être parti, vérifiez avant de le renvoyer", Err: err}
	}
	return resp.StatusCode, body, nil
}

func transportMessage(name string, err error) string {
	var dns *net.DNSError
	var cert *tls.CertificateVerificationError
	switch {
	case errors.As(err, &dns):
		return name + " injoignable : nom de serveur introuvable (connexion internet ?)"
	case errors.As(err, &cert):
		return name + " : certificat du serveur refusé"
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return name + " n'a pas répondu à temps"
	}
	return name + " injoignable : connexion impossible"
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// statusError classifies a refusal by its HTTP status; detail is the provider's own words.
func statusError(name string, status int, detail string) *Error {
	if detail != "" {
		detail = " : " + detail
	}
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return &Error{Kind: Account, Status: status, Message: name + " refuse la clé d'API (" + fmt.Sprint(status) + ")" + detail + " : vérifiez-la dans Paramètres › SMS"}
	case status == http.StatusPaymentRequired:
		return &Error{Kind: Account, Status: status, Message: name + " : crédit SMS épuisé" + detail + " : rechargez le compte"}
	case status == http.StatusTooManyRequests || status >= 500:
		return &Error{Kind: Temporary, Status: status, Message: fmt.Sprintf("%s indisponible pour l'instant (%d)%s : nouvel essai plus tard", name, status, detail)}
	}
	return &Error{Kind: Permanent, Status: status, Message: fmt.Sprintf("%s a refusé le SMS (%d)%s", name, status, detail)}
}

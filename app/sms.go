package app

import (
	"context"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"

	"relance/backend"
	"relance/backend/documents"
	"relance/backend/secret"
	"relance/backend/sms"
	"relance/backend/template"
)

// SMSAPI is Paramètres › SMS: the provider, its key (in the OS keychain), the sender name, the price of a part, the
// hours texts may leave, a test send; and the counter of the template editor (characters, parts, cost).
type SMSAPI struct{ env *Env }

const settingSMS = "sms"

// smsHTTP is the client that reaches the provider; tests shorten its timeout.
var smsHTTP = &http.Client{Timeout: 30 * time.Second}

func LoadSMSSettings(env *Env) (sms.Settings, error) {
	var s sms.Settings
	_, err := env.Store.Setting(settingSMS, &s)
	s.Defaults()
	return s, err
}

// SMSProviderInfo is a provider the window offers.
type SMSProviderInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// SMSSettingsView is the SMS settings screen.
type SMSSettingsView struct {
	Settings  sms.Settings      `json:"settings"`
	HasKey    bool              `json:"hasKey"` // a key is in the keychain (or RELANCE_SMS_KEY)
	Providers []SMSProviderInfo `json:"providers"`
	Ready     bool              `json:"ready"`
	NotReady  string            `json:"notReady"` // why SMS cannot go out, in French
}

// Settings returns the SMS settings and whether a key is kept.
func (a *SMSAPI) Settings() (SMSSettingsView, error) {
	s, err := LoadSMSSettings(a.env)
	if err != nil {
		return SMSSettingsView{}, err
	}
	_, has, _ := a.env.Keychain.Get(secret.SMS)
	v := SMSSettingsView{Settings: s, HasKey: has, Providers: []SMSProviderInfo{{sms.Brevo, sms.ProviderNames[sms.Brevo]}, {sms.OVH, sms.ProviderNames[sms.OVH]}}}
	v.NotReady = smsNotReady(s, has)
	v.Ready = v.NotReady == ""
	return v, nil
}

func smsNotReady(s sms.Settings, hasKey bool) string {
	switch {
	case s.Provider == "":
		return "SMS non configurés : choisissez un fournisseur dans Paramètres › SMS"
	case !hasKey:
		return "SMS non configurés : la clé d'API du fournisseur manque (Paramètres › SMS, ou relance secret set sms)"
	case s.Sender == "":
		return "SMS non configurés : indiquez le nom d'expéditeur (Paramètres › SMS)"
	}
	return ""
}

// SaveSettings checks and stores the settings; a non-empty key goes to the keychain (empty keeps the one there).
func (a *SMSAPI) SaveSettings(s sms.Settings, key string) (SMSSettingsView, error) {
	if err := s.Normalize(); err != nil {
		return SMSSettingsView{}, err
	}
	if key = strings.TrimSpace(key); key != "" {
		if s.Provider == sms.OVH {
			if _, err := sms.NewOVH("", "x", key, nil); err != nil {
				return SMSSettingsView{}, backend.Errorf(backend.EINVALID, "%s", backend.ErrorMessage(err))
			}
		}
		if err := a.env.Keychain.Set(secret.SMS, key); err != nil {
			return SMSSettingsView{}, err
		}
	}
	if err := a.env.Store.SetSetting(settingSMS, s); err != nil {
		return SMSSettingsView{}, err
	}
	a.env.emit(EventChaseUpdated, nil) // SMS actions may go out now
	return a.Settings()
}

// smsReady returns the provider of the saved settings, or why SMS cannot go out.
func smsReady(env *Env) (sms.Provider, sms.Settings, string, error) {
	s, err := LoadSMSSettings(env)
	if err != nil {
		return nil, s, "", err
	}
	key, has, err := env.Keychain.Get(secret.SMS)
	if err != nil {
		return nil, s, "", err
	}
	if why := smsNotReady(s, has); why != "" {
		return nil, s, why, nil
	}
	p, err := sms.New(s, key, smsHTTP)
	if err != nil {
		return nil, s, backend.ErrorMessage(err), nil
	}
	return p, s, "", nil
}

// SMSTestResult says what a test send did.
type SMSTestResult struct {
	OK      bool   `json:"ok"`
	To      string `json:"to"`      // the number as sent (E.164)
	Message string `json:"message"` // in French: sent, or what failed
}

// Test sends a short text to number with the saved settings and says what failed.
func (a *SMSAPI) Test(number string) (SMSTestResult, error) {
	to, err := sms.MobileNumber(number)
	if err != nil {
		return SMSTestResult{}, err
	}
	p, s, why, err := smsReady(a.env)
	if err != nil {
		return SMSTestResult{}, err
	}
	if why != "" {
		return SMSTestResult{To: to, Message: why}, nil
	}
	text := sms.Clean("Relance : SMS de test envoyé par " + s.Sender + ". Vous pouvez l'ignorer.")
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	rec, err := p.Send(ctx, sms.Message{Sender: s.Sender, To: to, Text: text, Ref: "relance-test"})
	if err != nil {
		return SMSTestResult{To: to, Message: "Échec : " + smsErrorText(err)}, nil
	}
	msg := "SMS de test accepté par " + p.Name() + " pour le " + to
	if rec.ID != "" {
		msg += " (identifiant " + rec.ID + ")"
	}
	return SMSTestResult{OK: true, To: to, Message: msg + " : vérifiez qu'il arrive sur le téléphone."}, nil
}

func smsErrorText(err error) string {
	var se *sms.Error
	if errors.As(err, &se) {
		return se.Message
	}
	return backend.ErrorMessage(err)
}

// SMSCountView is the counter under an SMS text: characters, parts, the characters that force Unicode, the cost.
type SMSCountView struct {
	Count    sms.Count     `json:"count"`
	Cost     backend.Cents `json:"cost"`     // per send, rounded up to the cent; 0 when no price is set
	PriceSet bool          `json:"priceSet"` // a price per part is set in Paramètres › SMS
	Warning  string        `json:"warning"`  // « un accent ou un emoji double le coût » with the characters
	Sample   string        `json:"sample"`   // the text counted (variables replaced by example values)
}

var varPattern = regexp.MustCompile(`\[\[([#/]?)([A-Za-z]+)\]\]`)

// sampleText fills a template's variables with the catalogue's example values and keeps both conditional blocks:
// the longest the message can be for a typical client.
func sampleText(body string) string {
	ex := map[string]string{}
	for _, v := range template.Catalogue() {
		ex[v.Name] = v.Example
	}
	return varPattern.ReplaceAllStringFunc(body, func(m string) string {
		p := varPattern.FindStringSubmatch(m)
		if p[1] != "" {
			return ""
		}
		return ex[p[2]]
	})
}

// Count counts a text as it will leave (variables filled with example values).
func (a *SMSAPI) Count(text string) (SMSCountView, error) {
	s, err := LoadSMSSettings(a.env)
	if err != nil {
		return SMSCountView{}, err
	}
	return smsCount(s, sms.Clean(strings.TrimSpace(sampleText(text)))), nil
}

// TemplateCount counts the SMS template a scenario step uses, in the given language.
func (a *SMSAPI) TemplateCount(key, lang string) (SMSCountView, error) {
	if !template.IsSMS(key) {
		return SMSCountView{}, backend.Errorf(backend.EINVALID, "« %s » n'est pas un modèle de SMS : choisissez « SMS de relance » ou « SMS de relance ferme »", key)
	}
	t, _, err := documents.MessageTemplate(a.env.Store, key, lang)
	if err != nil {
		return SMSCountView{}, err
	}
	return a.Count(t.Body)
}

func smsCount(s sms.Settings, text string) SMSCountView {
	c := sms.CountText(text)
	v := SMSCountView{Count: c, PriceSet: s.PricePerSegment > 0, Sample: text}
	if v.PriceSet {
		v.Cost = backend.Cents(sms.Cost(c, s.PricePerSegment))
	}
	if c.Encoding == sms.UCS2 {
		v.Warning = "un accent ou un emoji double le coût : « " + strings.Join(c.Unicode, " ") + " » fait passer le SMS en Unicode (70 caractères par SMS au lieu de 160)"
	}
	return v
}

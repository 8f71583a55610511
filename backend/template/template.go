package template

// Template is one message model: a key (courtesy, due_day, reminder1, firm, final, notice, thanks, call_script), a
// language (fr, en), a subject and a body in plain text with [[Variables]].
type Template struct {
	Key     string `json:"key"`
	Lang    string `json:"lang"`
	Name    string `json:"name"` // French display name, e.g. « Relance 1 »
	Subject string `json:"subject"`
	Body    string `json:"body"`
}

// Template keys; scenario steps name them in Step.Template.
const (
	KeyCourtesy    = "courtesy"
	KeyDueDay      = "due_day"
	KeyReminder1   = "reminder1"
	KeyFirm        = "firm"
	KeyFinal       = "final"
	KeyNotice      = "notice"
	KeyThanks      = "thanks"
	KeyCallScript  = "call_script"
	KeyCopy        = "invoice_copy" // sent when a client asks for a copy of an invoice
	KeySMSReminder = "sms_reminder" // a text message: no subject, a few lines
	KeySMSFirm     = "sms_firm"
)

// IsSMS reports whether a template key is a text message's (no subject; counted in SMS parts).
func IsSMS(key string) bool { return key == KeySMSReminder || key == KeySMSFirm }

// Keys lists the template keys in display order with French names.
var Keys = []struct{ Key, NameFR, NameEN string }{
	{KeyCourtesy, "Rappel courtois", "Courtesy reminder"},
	{KeyDueDay, "Rappel le jour de l'échéance", "Due-date reminder"},
	{KeyReminder1, "Relance 1", "First reminder"},
	{KeyFirm, "Relance ferme", "Firm reminder"},
	{KeyFinal, "Dernière relance", "Final reminder"},
	{KeyNotice, "Mise en demeure", "Formal notice"},
	{KeyThanks, "Remerciement", "Thank-you note"},
	{KeyCallScript, "Script d'appel", "Call script"},
	{KeyCopy, "Copie de facture", "Copy of the invoice"},
	{KeySMSReminder, "SMS de relance", "Reminder text message"},
	{KeySMSFirm, "SMS de relance ferme", "Firm reminder text message"},
}

// Defaults returns the shipped models: every key in Keys order, French then English.
func Defaults() []Template {
	out := make([]Template, 0, 2*len(Keys))
	for _, k := range Keys {
		for _, lang := range []string{"fr", "en"} {
			t, _ := Default(k.Key, lang)
			out = append(out, t)
		}
	}
	return out
}

// Default returns the shipped model of a key, in English when lang is "en" and in French otherwise.
func Default(key, lang string) (Template, bool) {
	texts := defaultsFR
	if lang == "en" {
		texts = defaultsEN
	} else {
		lang = "fr"
	}
	for _, k := range Keys {
		if k.Key == key {
			st := texts[key]
			return Template{Key: key, Lang: lang, Name: k.NameFR, Subject: st.subject, Body: st.body}, true
		}
	}
	return Template{}, false
}

type text struct{ subject, body string }

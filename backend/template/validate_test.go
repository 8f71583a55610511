package template

import (
	"errors"
	"slices"
	"testing"

	"relance/backend"
)

func fieldErrors(t *testing.T, err error) []backend.FieldError {
	t.Helper()
	if err == nil {
		return nil
	}
	var e *backend.Error
	if !errors.As(err, &e) || e.Code != backend.EINVALID {
		t.Fatalf("error %v is not an EINVALID *backend.Error", err)
	}
	return e.Fields
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		tpl  Template
		want []backend.FieldError
	}{
		{"valid", Template{Key: "reminder1", Subject: "Rappel : [[InvoiceLabel]]", Body: "Bonjour,\n[[TotalOverdue]]"}, nil},
		{"position and suggestion",
			Template{Key: "reminder1", Subject: "Rappel", Body: "Bonjour,\n\nNous attendons, [[NomClient]], votre règlement."},
			[]backend.FieldError{{Field: "body",
				Message: "ligne 3, colonne 17 : variable inconnue [[NomClient]] (vouliez-vous dire [[CustomerName]] ?)"}}},
		{"empty subject", Template{Key: "firm", Subject: "  ", Body: "x"},
			[]backend.FieldError{{Field: "subject", Message: "l'objet est obligatoire"}}},
		{"a text message has no subject", Template{Key: KeySMSReminder, Subject: "", Body: "Relance [[CustomerName]]"}, nil},
		{"no table in a text message", Template{Key: KeySMSFirm, Body: "[[InvoiceTable]]"},
			[]backend.FieldError{{Field: "body", Message: "[[InvoiceTable]] ne convient pas à un SMS (plusieurs lignes ou une image) : retirez-le"}}},
		{"a call script needs no subject", Template{Key: "call_script", Subject: "", Body: "Appeler [[CustomerName]]"}, nil},
		{"subject on two lines", Template{Key: "firm", Subject: "Rappel\r\n[[CustomerName]]", Body: "x"},
			[]backend.FieldError{{Field: "subject", Message: "l'objet doit tenir sur une seule ligne"}}},
		{"empty body", Template{Key: "firm", Subject: "Rappel", Body: "\n \n"},
			[]backend.FieldError{{Field: "body", Message: "le texte du message est vide"}}},
		{"subject and body problems",
			Template{Key: "final", Subject: "Rappel [[InvoiceNumbre]]", Body: "[[#Business]]\nPénalités [[LatePenalties"},
			[]backend.FieldError{
				{Field: "subject", Message: "ligne 1, colonne 8 : variable inconnue [[InvoiceNumbre]] (vouliez-vous dire [[InvoiceNumber]] ?)"},
				{Field: "body", Message: "ligne 1, colonne 1 : bloc [[#Business]] jamais fermé : ajoutez [[/Business]] à la fin du passage"},
				{Field: "body", Message: "ligne 2, colonne 11 : « [[ » sans « ]] » sur la même ligne : fermez la variable par ]] ou retirez les crochets"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fieldErrors(t, Validate(tt.tpl))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Validate =\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestValidateCapsTheList(t *testing.T) {
	body := ""
	for range 30 {
		body += "[[Nope]] "
	}
	got := fieldErrors(t, Validate(Template{Key: "firm", Subject: "s", Body: body}))
	if len(got) != maxReported+1 || got[maxReported].Message != "et 10 autres erreurs" {
		t.Errorf("got %d fields, last %q", len(got), got[len(got)-1].Message)
	}
}

func TestDefaultsAreValid(t *testing.T) {
	all := Defaults()
	if len(all) != 2*len(Keys) {
		t.Fatalf("%d defaults, want %d", len(all), 2*len(Keys))
	}
	for _, tpl := range all {
		if err := Validate(tpl); err != nil {
			t.Errorf("%s %s: %v", tpl.Key, tpl.Lang, err)
		}
		if tpl.Name == "" || tpl.Subject == "" && !IsSMS(tpl.Key) {
			t.Errorf("%s %s: no name or subject", tpl.Key, tpl.Lang)
		}
	}
	// Same variables in both languages, so that a translation cannot silently drop a figure.
	for _, k := range Keys {
		fr, _ := Default(k.Key, "fr")
		en, _ := Default(k.Key, "en")
		if a, b := Variables(fr.Subject+fr.Body), Variables(en.Subject+en.Body); !slices.Equal(a, b) {
			t.Errorf("%s: fr uses %q, en uses %q", k.Key, a, b)
		}
	}
	if got, ok := Default("firm", "de"); !ok || got.Lang != "fr" {
		t.Errorf("Default(firm, de) = %v, %v: want the French model", got.Lang, ok)
	}
	if _, ok := Default("nope", "fr"); ok {
		t.Error("Default(nope) found a model")
	}
	for _, s := range backend.DefaultScenarios() {
		for _, st := range s.Steps {
			if _, ok := Default(st.Template, "fr"); !ok {
				t.Errorf("scenario %s step %s uses template %q, which has no default", s.ID, st.ID, st.Template)
			}
		}
	}
}

func TestValidatePaymentLink(t *testing.T) {
	tests := []struct {
		pattern string
		ok      bool
	}{
		{"", true},
		{"https://pay.example.fr/?ref=[[InvoiceNumber]]&amount=[[ TotalOverdue ]]", true},
		{"javascript:alert(1)", false},
		{"https://pay.example.fr/?ref=[[NumeroFacture]]", false},
		{"https://pay.example.fr/ [[InvoiceNumber]]", false},
		{"https://pay.example.fr/?x=[[PaymentLink]]", false},
		{"https://pay.example.fr/[[#Business]]b2b[[/Business]]", false},
	}
	for _, tt := range tests {
		if err := ValidatePaymentLink(tt.pattern); (err == nil) != tt.ok {
			t.Errorf("ValidatePaymentLink(%q) = %v, want ok=%v", tt.pattern, err, tt.ok)
		} else if err != nil {
			fieldErrors(t, err)
		}
	}
}

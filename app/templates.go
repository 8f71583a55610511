package app

import (
	"relance/backend"
	"relance/backend/documents"
	"relance/backend/template"
)

// TemplatesAPI is the message editor: the default French and English templates of every step, the user's
// versions of them, the variable catalogue, and a preview with a real client's values.
type TemplatesAPI struct{ env *Env }

// TemplateView is one template as the editor lists it.
type TemplateView struct {
	Template template.Template `json:"template"`
	Custom   bool              `json:"custom"` // the user's version (else the default)
}

// List returns every template key in both languages, the user's version where there is one.
func (a *TemplatesAPI) List() ([]TemplateView, error) {
	out := []TemplateView{}
	for _, k := range template.Keys {
		for _, lang := range []string{"fr", "en"} {
			t, custom, err := documents.MessageTemplate(a.env.Store, k.Key, lang)
			if err != nil {
				return nil, err
			}
			out = append(out, TemplateView{Template: t, Custom: custom})
		}
	}
	return out, nil
}

// Catalogue lists the variables a template may use.
// The conditional blocks ([[#Business]]…[[/Business]]) come last, in the group "condition".
func (a *TemplatesAPI) Catalogue() []template.VarInfo {
	return append(template.Catalogue(), template.Conditions()...)
}

// Check returns the problems of a text as the user types (unknown variable, unclosed [[), with their positions.
func (a *TemplatesAPI) Check(text string) []template.Issue {
	issues := template.Check(text)
	if issues == nil {
		issues = []template.Issue{}
	}
	return issues
}

// Save validates and stores the user's version of a template.
func (a *TemplatesAPI) Save(t template.Template) (TemplateView, error) {
	def, ok := template.Default(t.Key, t.Lang)
	if !ok || (t.Lang != "fr" && t.Lang != "en") {
		return TemplateView{}, backend.Errorf(backend.EINVALID, "modèle « %s » (%s) inconnu", t.Key, t.Lang)
	}
	t.Name = def.Name
	if err := template.Validate(t); err != nil {
		return TemplateView{}, err
	}
	if err := a.env.Store.SetSetting(documents.TemplateSettingKey(t.Key, t.Lang), t); err != nil {
		return TemplateView{}, err
	}
	return TemplateView{Template: t, Custom: true}, nil
}

// Reset goes back to the default template.
func (a *TemplatesAPI) Reset(key, lang string) (TemplateView, error) {
	def, ok := template.Default(key, lang)
	if !ok {
		return TemplateView{}, backend.Errorf(backend.EINVALID, "modèle « %s » (%s) inconnu", key, lang)
	}
	if err := a.env.Store.DeleteSetting(documents.TemplateSettingKey(key, lang)); err != nil {
		return TemplateView{}, err
	}
	return TemplateView{Template: def}, nil
}

// PreviewRequest is a template as edited (saved or not) and the client whose values fill it.
type PreviewRequest struct {
	Template   template.Template `json:"template"`
	ClientID   uint64            `json:"clientId"`
	InvoiceIDs []uint64          `json:"invoiceIds"` // empty: the client's overdue invoices, else its open ones
}

// Preview renders a template for a real client, with the variables that have no value for it. A template with
// errors returns them (with positions) instead.
func (a *TemplatesAPI) Preview(r PreviewRequest) (Composed, error) {
	if err := template.Validate(r.Template); err != nil {
		return Composed{}, err
	}
	today := backend.Today(a.env.Clock)
	ids := r.InvoiceIDs
	if len(ids) == 0 {
		invs, err := a.env.Store.ClientInvoices(r.ClientID)
		if err != nil {
			return Composed{}, err
		}
		var open []uint64
		for i := range invs {
			if invs[i].IsOverdue(today) {
				ids = append(ids, invs[i].ID)
			} else if invs[i].Remaining() > 0 {
				open = append(open, invs[i].ID)
			}
		}
		if len(ids) == 0 {
			ids = open
		}
	}
	t := r.Template
	return compose(a.env, r.ClientID, ids, t.Key, &t, nil, today, false)
}

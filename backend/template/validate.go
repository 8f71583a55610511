package template

import (
	"fmt"
	"strings"

	"relance/backend"
)

// maxReported bounds the problems listed per field: past that, the user fixes the first ones and saves again.
const maxReported = 20

// Validate checks a template as the editor saves it: the syntax of subject and body (positions included), a
// subject for every key but call_script (a script is read, not sent) and the SMS (a text has none), a one-line
// subject and a body. The error is
// EINVALID with one FieldError per problem, Field "subject" or "body", Message "ligne 3, colonne 12 : …".
func Validate(t Template) error {
	var p backend.Problems
	if strings.TrimSpace(t.Subject) == "" && t.Key != KeyCallScript && !IsSMS(t.Key) {
		p.Add("subject", "l'objet est obligatoire")
	}
	if strings.ContainsAny(t.Subject, "\r\n") {
		p.Add("subject", "l'objet doit tenir sur une seule ligne")
	}
	_, issues := parse(t.Subject)
	addIssues(&p, "subject", issues)
	if strings.TrimSpace(t.Body) == "" {
		p.Add("body", "le texte du message est vide")
	}
	_, issues = parse(t.Body)
	addIssues(&p, "body", issues)
	if IsSMS(t.Key) {
		for _, v := range []string{"[[InvoiceTable]]", "[[CompanyLogo]]", "[[CustomerAddress]]", "[[CompanyAddress]]"} {
			if strings.Contains(t.Body, v) {
				p.Add("body", "%s ne convient pas à un SMS (plusieurs lignes ou une image) : retirez-le", v)
			}
		}
	}
	return p.Err()
}

func addIssues(p *backend.Problems, field string, issues []Issue) {
	for i, is := range issues {
		if i == maxReported {
			p.Add(field, "et %d autres erreurs", len(issues)-maxReported)
			return
		}
		p.Add(field, "%s", position(is))
	}
}

func position(is Issue) string {
	return fmt.Sprintf("ligne %d, colonne %d : %s", is.Line, is.Column, is.Message)
}

// ValidatePaymentLink checks the company's payment-link pattern as the settings screen saves it: empty, or an
// http(s) address whose variables are known and without blocks. Field is "paymentLinkPattern".
func ValidatePaymentLink(pattern string) error {
	const field = "paymentLinkPattern"
	pattern = strings.TrimSpace(pattern)
	if pattern == "" {
		return nil
	}
	var p backend.Problems
	if !isWebURL(pattern) {
		p.Add(field, "le lien de paiement doit commencer par https:// (ou http://)")
	}
	nodes, issues := parse(pattern)
	addIssues(&p, field, issues)
	blank, block := false, false
	for _, n := range nodes {
		switch n.kind {
		case textNode:
			blank = blank || strings.ContainsAny(n.text, " \t\r\n")
		case openNode, closeNode:
			block = true
		case varNode:
			if n.text == "PaymentLink" || n.text == "InvoiceTable" || n.text == "CompanyLogo" {
				p.Add(field, "[[%s]] ne peut pas figurer dans un lien", n.text)
			}
		}
	}
	if blank {
		p.Add(field, "le lien de paiement ne doit contenir ni espace ni retour à la ligne")
	}
	if block {
		p.Add(field, "les blocs [[#Business]] et [[#Consumer]] n'ont pas leur place dans un lien")
	}
	return p.Err()
}

package pdf

import (
	"strings"
	"unicode/utf8"

	"rsc.io/qr"

	"relance/backend"
)

// EPCData is what an EPC QR code (EPC069-12, "SEPA credit transfer" QR, version 002) carries. Banking apps that
// scan it pre-fill a transfer; many French apps do not, so the same data is always printed in clear text too.
type EPCData struct {
	BIC       string        // optional in version 002
	Name      string        // beneficiary, at most 70 characters
	IBAN      string        // beneficiary account
	Amount    backend.Cents // 0 = let the payer type it
	Purpose   string        // optional ISO 20022 purpose code, 4 letters (e.g. "SUPP")
	Reference string        // structured remittance: an RF creditor reference (ISO 11649)…
	Text      string        // …or unstructured remittance text, at most 140 characters (not both)
	Note      string        // beneficiary-to-originator note, at most 70 characters
}

const (
	epcMaxBytes  = 331
	epcMaxName   = 70
	epcMaxText   = 140
	epcMaxNote   = 70
	epcMaxAmount = backend.Cents(99999999999) // 999 999 999,99 €
	epcHeader    = "BCD\n002\n1\nSCT"
)

// EPCPayload builds the text of an EPC QR code: the lines BCD, 002, 1 (UTF-8), SCT, BIC, name, IBAN, amount
// ("EUR1234.56", empty when 0), purpose, structured reference (RF…), unstructured text, note — separated by
// line feeds, with nothing after the last filled line, at most 331 bytes. Errors are in French.
func EPCPayload(p EPCData) (string, error) {
	var prob backend.Problems
	name := strings.TrimSpace(p.Name)
	switch {
	case name == "":
		prob.Add("name", "le nom du bénéficiaire est obligatoire dans le QR code de paiement")
	case utf8.RuneCountInString(name) > epcMaxName:
		prob.Add("name", "le nom du bénéficiaire dépasse %d caractères (QR code de paiement EPC)", epcMaxName)
	}
	iban, err := backend.NormalizeIBAN(p.IBAN)
	if err != nil {
		prob.Add("iban", "%s", backend.ErrorMessage(err))
	}
	bic := ""
	if strings.TrimSpace(p.BIC) != "" {
		if bic, err = backend.NormalizeBIC(p.BIC); err != nil {
			prob.Add("bic", "%s", backend.ErrorMessage(err))
		}
	}
	amount := ""
	switch {
	case p.Amount < 0:
		prob.Add("amount", "le montant du QR code de paiement ne peut pas être négatif")
	case p.Amount > epcMaxAmount:
		prob.Add("amount", "le montant du QR code de paiement dépasse 999 999 999,99 €")
	case p.Amount > 0:
		amount = "EUR" + p.Amount.String()
	}
	purpose := strings.ToUpper(strings.TrimSpace(p.Purpose))
	if purpose != "" && !isUpperAlpha(purpose, 4) {
		prob.Add("purpose", "code motif « %s » invalide : 4 lettres (par exemple SUPP)", p.Purpose)
	}
	ref, text := "", strings.TrimSpace(p.Text)
	if strings.TrimSpace(p.Reference) != "" {
		if text != "" {
			prob.Add("reference", "le QR code de paiement porte soit une référence structurée RF, soit un libellé libre, pas les deux")
		}
		if ref, err = backend.NormalizeRFReference(p.Reference); err != nil {
			prob.Add("reference", "%s", backend.ErrorMessage(err))
		}
	}
	if utf8.RuneCountInString(text) > epcMaxText {
		prob.Add("text", "le libellé du virement dépasse %d caractères (QR code de paiement EPC)", epcMaxText)
	}
	note := strings.TrimSpace(p.Note)
	if utf8.RuneCountInString(note) > epcMaxNote {
		prob.Add("note", "la note du QR code de paiement dépasse %d caractères", epcMaxNote)
	}
	for _, f := range []struct{ field, v string }{{"name", name}, {"text", text}, {"note", note}} {
		if strings.ContainsAny(f.v, "\r\n") || !utf8.ValidString(f.v) {
			prob.Add(f.field, "le QR code de paiement n'accepte pas de retour à la ligne dans un champ")
		}
	}
	if err := prob.Err(); err != nil {
		return "", err
	}
	lines := []string{"BCD", "002", "1", "SCT", bic, name, iban, amount, purpose, ref, text, note}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	s := strings.Join(lines, "\n")
	if len(s) > epcMaxBytes {
		return "", backend.Errorf(backend.EINVALID, "QR code de paiement trop long (%d octets, %d au plus) : raccourcissez le libellé ou la note", len(s), epcMaxBytes)
	}
	return s, nil
}

// EPCQRCode encodes an EPC payload as a PNG QR code with error correction level M, as EPC069-12 requires.
func EPCQRCode(payload string) ([]byte, error) {
	c, err := epcCode(payload)
	if err != nil {
		return nil, err
	}
	return c.PNG(), nil
}

// epcCode checks the payload's frame and encodes it; documents draw the modules as vectors.
func epcCode(payload string) (*qr.Code, error) {
	if !strings.HasPrefix(payload, epcHeader+"\n") {
		return nil, backend.Errorf(backend.EINVALID, "contenu de QR code de paiement invalide : il doit commencer par BCD, 002, 1, SCT")
	}
	if len(payload) > epcMaxBytes {
		return nil, backend.Errorf(backend.EINVALID, "QR code de paiement trop long (%d octets, %d au plus)", len(payload), epcMaxBytes)
	}
	c, err := qr.Encode(payload, qr.M)
	if err != nil {
		return nil, backend.Errorf(backend.EINTERNAL, "QR code de paiement : %v", err)
	}
	return c, nil
}

func isUpperAlpha(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

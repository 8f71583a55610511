package pdf

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"relance/backend"
)

func TestEPCPayload(t *testing.T) {
	tests := []struct {
		name string
		in   EPCData
		want string
	}{
		{
			// RULES.md §6: valid IBAN and RF reference; the empty purpose line stays, nothing follows the reference.
			name: "référence RF",
			in: EPCData{BIC: "AGRIFRPPXXX", Name: "Ébénisterie Côté Jardin", IBAN: "FR76 3000 6000 0112 3456 7890 189",
				Amount: 123456, Reference: "RF18 5390 0754 7034"},
			want: "BCD\n002\n1\nSCT\nAGRIFRPPXXX\nÉbénisterie Côté Jardin\nFR7630006000011234567890189\nEUR1234.56\n\nRF18539007547034",
		},
		{
			name: "libellé libre, sans BIC (version 002)",
			in:   EPCData{Name: "SARL Dupont", IBAN: "FR1420041010050500013M02606", Amount: 5000, Text: "Factures F-1 et F-2"},
			want: "BCD\n002\n1\nSCT\n\nSARL Dupont\nFR1420041010050500013M02606\nEUR50.00\n\n\nFactures F-1 et F-2",
		},
		{
			name: "sans montant ni référence : rien après l'IBAN",
			in:   EPCData{Name: "SARL Dupont", IBAN: "fr14 2004 1010 0505 0001 3m02 606"},
			want: "BCD\n002\n1\nSCT\n\nSARL Dupont\nFR1420041010050500013M02606",
		},
		{
			name: "motif et note",
			in:   EPCData{BIC: "agrifrpp", Name: "SARL Dupont", IBAN: "FR7630006000011234567890189", Purpose: "supp", Note: "Merci"},
			want: "BCD\n002\n1\nSCT\nAGRIFRPP\nSARL Dupont\nFR7630006000011234567890189\n\nSUPP\n\n\nMerci",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EPCPayload(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("payload\n%q\nwant\n%q", got, tt.want)
			}
			if len(got) > 331 || strings.HasSuffix(got, "\n") {
				t.Errorf("payload de %d octets ou finissant par un saut de ligne", len(got))
			}
		})
	}
}

func TestEPCPayloadErrors(t *testing.T) {
	ok := EPCData{Name: "SARL Dupont", IBAN: "FR7630006000011234567890189"}
	long := strings.Repeat("é", 70)
	tests := []struct {
		name   string
		change func(*EPCData)
		want   string
	}{
		{"IBAN invalide (RULES.md §6)", func(d *EPCData) { d.IBAN = "FR7630006000011234567890188" }, "IBAN"},
		{"référence RF invalide", func(d *EPCData) { d.Reference = "RF19539007547034" }, "clé de contrôle"},
		{"référence et libellé", func(d *EPCData) { d.Reference, d.Text = "RF18539007547034", "Facture 1" }, "pas les deux"},
		{"nom trop long", func(d *EPCData) { d.Name = strings.Repeat("a", 71) }, "70 caractères"},
		{"nom vide", func(d *EPCData) { d.Name = " " }, "obligatoire"},
		{"libellé trop long", func(d *EPCData) { d.Text = strings.Repeat("a", 141) }, "140 caractères"},
		{"note trop longue", func(d *EPCData) { d.Note = strings.Repeat("a", 71) }, "70 caractères"},
		{"motif invalide", func(d *EPCData) { d.Purpose = "SUP1" }, "4 lettres"},
		{"montant négatif", func(d *EPCData) { d.Amount = -1 }, "négatif"},
		{"montant trop grand", func(d *EPCData) { d.Amount = 100000000000 }, "999 999 999,99"},
		{"BIC invalide", func(d *EPCData) { d.BIC = "AGRI" }, "BIC"},
		{"retour à la ligne", func(d *EPCData) { d.Text = "ligne 1\nligne 2" }, "retour à la ligne"},
		{"plus de 331 octets", func(d *EPCData) { d.Name, d.Text, d.Note = long, strings.Repeat("é", 140), long[:60] }, "331"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := ok
			tt.change(&d)
			_, err := EPCPayload(d)
			if err == nil {
				t.Fatal("erreur attendue")
			}
			if backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), tt.want) {
				t.Errorf("erreur %q (%s), attendu un message avec %q", backend.ErrorMessage(err), backend.ErrorCode(err), tt.want)
			}
		})
	}
}

// The PNG decodes back to the very same payload, accents included, at error correction level M.
func TestEPCQRCodeDecodesBack(t *testing.T) {
	for _, d := range []EPCData{
		{BIC: "AGRIFRPPXXX", Name: "Ébénisterie Côté Jardin", IBAN: "FR7630006000011234567890189", Amount: 565185,
			Reference: "RF18539007547034"},
		{Name: "Boulangerie Pâtissière Dupont & Fils", IBAN: "FR1420041010050500013M02606", Amount: 1,
			Text: "Factures n° F-2025-0412, F-2025-0498 et F-2025-0533 — « solde »", Note: "Merci !"},
		{Name: strings.Repeat("Œ", 70), IBAN: "FR7630006000011234567890189", Amount: 99999999999, Text: strings.Repeat("x", 100),
			Purpose: "SUPP"},
	} {
		payload, err := EPCPayload(d)
		if err != nil {
			t.Fatal(err)
		}
		b, err := EPCQRCode(payload)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		got, level := decodeQR(t, img)
		if got != payload {
			t.Errorf("décodé\n%q\nattendu\n%q", got, payload)
		}
		if level != "M" {
			t.Errorf("niveau de correction %q, attendu M", level)
		}
	}
	if _, err := EPCQRCode("pas un virement"); err == nil {
		t.Error("un contenu qui n'est pas un QR code EPC doit être refusé")
	}
}

package pdf

import (
	"strings"
	"testing"
)

func TestCheckWording(t *testing.T) {
	tests := []struct {
		name         string
		intro, cons  []string
		consumer     bool
		wantWarnings []string // substrings, one per expected warning; nil = no warning
	}{
		{name: "texte par défaut, professionnel"},
		{name: "texte par défaut, particulier", consumer: true},
		{name: "paragraphes vides = texte par défaut", intro: []string{" ", ""}, cons: []string{"\n"}},
		{
			name:  "texte personnel complet",
			intro: []string{"Bonjour,", "Nous vous mettons en demeure de régler les factures ci-dessous."},
			cons:  []string{"À défaut de paiement dans ce délai, nous saisirons le tribunal de commerce d'une requête en injonction de payer. La présente vaut mise en demeure et fait courir les intérêts."},
		},
		{
			name:         "plus de « mise en demeure »",
			intro:        []string{"Madame, Monsieur,", "Merci de régler les factures ci-dessous."},
			cons:         []string{"À défaut de paiement dans ce délai, nous saisirons le tribunal. Ce courrier fait courir les intérêts."},
			wantWarnings: []string{"« mise en demeure »"},
		},
		{
			name:         "plus de demande de paiement",
			intro:        []string{"Madame, Monsieur,", "Nous constatons que vos factures sont échues."},
			cons:         DefaultConsequences(false),
			wantWarnings: []string{"demande de payer"},
		},
		{
			name:         "conséquences supprimées",
			intro:        DefaultIntro(false, Party{}),
			cons:         []string{"Nous espérons une issue amiable."},
			wantWarnings: []string{"délai de paiement", "injonction de payer", "fait courir les intérêts"},
		},
		{
			name:         "40 € réclamés à un particulier",
			consumer:     true,
			intro:        []string{"Madame,", "Nous vous mettons en demeure de régler la facture, majorée de l'indemnité forfaitaire de 40 €."},
			wantWarnings: []string{"40 €"},
		},
		{
			name:         "frais de recouvrement pour un particulier",
			consumer:     true,
			cons:         []string{"À défaut de règlement dans ce délai, des frais de recouvrement seront facturés et nous saisirons le tribunal. La présente vaut mise en demeure et fait courir les intérêts."},
			wantWarnings: []string{"L111-8"},
		},
		{
			name:         "pénalités B2B invoquées contre un particulier",
			consumer:     true,
			intro:        []string{"Madame,", "Nous vous demandons de régler la facture et les pénalités de retard prévues à l'article L441-10."},
			wantWarnings: []string{"taux légal"},
		},
		{
			name:         "articles du Code civil entre professionnels",
			intro:        []string{"Madame,", "Nous vous demandons de régler la facture ; les intérêts courent (art. 1231-6 du Code civil)."},
			wantWarnings: []string{"L441-10"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckWording(tt.intro, tt.cons, tt.consumer)
			if len(got) != len(tt.wantWarnings) {
				t.Fatalf("%d avertissement(s) %q, attendu %d", len(got), got, len(tt.wantWarnings))
			}
			for i, w := range tt.wantWarnings {
				if !strings.Contains(got[i], w) {
					t.Errorf("avertissement %q, attendu un texte avec %q", got[i], w)
				}
			}
		})
	}
}

func TestFold(t *testing.T) {
	if got := fold("À DÉFAUT\u00a0de  Règlement, l’Œuvre"); got != "a defaut de reglement, l'oeuvre" {
		t.Errorf("fold = %q", got)
	}
}

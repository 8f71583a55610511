package pdf

import (
	"bytes"
	"strings"
	"testing"

	"relance/backend"
)

func declaration() Declaration {
	return Declaration{
		Creditor: creditor(), Signatory: backend.Signatory{FirstName: "Claire", LastName: "Moreau", Title: "Gérante"},
		Debtor:     businessDebtor(),
		Recipient:  Party{Name: "SELARL MJ Synergie, prise en la personne de Me Lucie Martin", Address: backend.Address{Line1: "230 rue Garibaldi", PostalCode: "69003", City: "Lyon"}},
		Proceeding: backend.ProcReorganisation, JudgmentDate: backend.MustDate("2026-10-14"), Court: "TRIBUNAL DE COMMERCE DE LYON",
		PublishedOn: backend.MustDate("2026-10-22"), BodaccRef: "BODACC A n° 20260206, annonce n° 1234", Deadline: backend.MustDate("2026-12-22"),
		Place: "Lyon", Date: backend.MustDate("2026-11-05"), Registered: true, RegisteredNum: "1A 234 567 8901 2",
		Due: []ClaimLine{
			{Number: "F-2026-101", IssueDate: backend.MustDate("2026-07-01"), DueDate: backend.MustDate("2026-07-31"), Amount: 120000, Interest: 2487, Indemnity: 4000},
			{Number: "F-2026-117", IssueDate: backend.MustDate("2026-08-20"), DueDate: backend.MustDate("2026-09-19"), Amount: 54000, Interest: 372, Indemnity: 4000},
		},
		NotYetDue: []ClaimLine{{Number: "F-2026-130", IssueDate: backend.MustDate("2026-10-02"), DueDate: backend.MustDate("2026-11-01"), Amount: 30000}},
		Total:     120000 + 2487 + 4000 + 54000 + 372 + 4000 + 30000,
		Evidence: []string{"Facture F-2026-101 du 01/07/2026", "Facture F-2026-117 du 20/08/2026", "Facture F-2026-130 du 02/10/2026",
			"Mise en demeure du 01/10/2026 (lettre recommandée n° 1A 111)", "Relevé de compte du 05/11/2026"},
	}
}

func TestClaimDeclarationText(t *testing.T) {
	d := declaration()
	b, err := ClaimDeclaration(d)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := ClaimDeclaration(d)
	if !bytes.Equal(b, again) {
		t.Error("same input, different bytes")
	}
	text := pdfText(t, b)
	flat := strings.Join(strings.Fields(text), " ")
	mustContain(t, flat,
		"DÉCLARATION DE CRÉANCE",
		"SELARL MJ Synergie, prise en la personne de Me Lucie Martin", "230 rue Garibaldi", "69003 LYON",
		"À l'attention du mandataire judiciaire",
		"Lettre recommandée avec accusé de réception", "n° 1A 234 567 8901 2",
		"Par jugement du 14 octobre 2026, le tribunal de commerce de Lyon a ouvert une procédure de redressement judiciaire à l'égard de Boulangerie Pâtissière Dupont & Fils (SIREN 552 081 317)",
		"publié au BODACC le 22/10/2026 (BODACC A n° 20260206, annonce n° 1234)",
		"pour un montant total de 2 148,59 €, à titre chirographaire",
		"Représentée par Claire Moreau, Gérante",
		"Sommes échues à la date du jugement (14/10/2026)", "F-2026-101", "1 200,00 €", "24,87 €", "40,00 €",
		"Sommes à échoir après le jugement, avec leurs dates", "F-2026-130", "01/11/2026", "300,00 €",
		"Pénalités de retard arrêtées au 14/10/2026", "28,59 €",
		"Créance chirographaire : elle n'est assortie d'aucune sûreté ni d'aucun privilège.",
		"art. L622-28", "Pièces justificatives jointes (art. L622-25 et R622-23 du Code de commerce)",
		"1. Facture F-2026-101 du 01/07/2026", "4. Mise en demeure du 01/10/2026",
		"Nous certifions sincère et véritable la présente déclaration",
		"au plus tard le 22 décembre 2026", "à notre connaissance, elle ne fait l'objet d'aucune instance en cours",
		"Pour Ébénisterie Côté Jardin", "Claire Moreau")

	// A liquidation goes to the liquidator, under R641-25; a recorded security makes the claim privileged.
	d.Proceeding, d.Security = backend.ProcLiquidation, "clause de réserve de propriété (conditions générales de vente, art. 9)"
	b, err = ClaimDeclaration(d)
	if err != nil {
		t.Fatal(err)
	}
	flat = strings.Join(strings.Fields(pdfText(t, b)), " ")
	mustContain(t, flat, "À l'attention du liquidateur judiciaire", "procédure de liquidation judiciaire", "R641-25",
		"à titre privilégié", "Créance privilégiée : clause de réserve de propriété")
	mustNotContain(t, flat, "chirographaire")

	// An order for payment already filed is named; a declaration after the deadline does not say it is in time.
	d.Pending, d.Date = "requête en injonction de payer déposée le 02/10/2026", backend.MustDate("2026-12-28")
	b, err = ClaimDeclaration(d)
	if err != nil {
		t.Fatal(err)
	}
	flat = strings.Join(strings.Fields(pdfText(t, b)), " ")
	mustContain(t, flat, "Une instance est en cours : requête en injonction de payer déposée le 02/10/2026",
		"a expiré le 22 décembre 2026", "le relevé de forclusion se demande au juge-commissaire (art. L622-26)")
	mustNotContain(t, flat, "Déclaration faite dans le délai", "aucune instance en cours")
}

func TestClaimDeclarationRefusals(t *testing.T) {
	for _, tc := range []struct {
		change func(d *Declaration)
		want   string
	}{
		{func(d *Declaration) { d.Recipient.Name = "" }, "le mandataire judiciaire (ou le liquidateur) n'est pas connu"},
		{func(d *Declaration) { d.Total++ }, "ne correspond pas aux montants"},
		{func(d *Declaration) { d.Due, d.NotYetDue, d.Total = nil, nil, 0 }, "aucune créance antérieure au jugement"},
		{func(d *Declaration) { d.NotYetDue[0].DueDate = backend.MustDate("2026-10-01") }, "n'est pas « à échoir »"},
		{func(d *Declaration) { d.Signatory = backend.Signatory{} }, "le nom du signataire est obligatoire"},
	} {
		d := declaration()
		tc.change(&d)
		if _, err := ClaimDeclaration(d); err == nil || !strings.Contains(backend.ErrorMessage(err), tc.want) {
			t.Errorf("want %q, got %v", tc.want, err)
		}
	}
}

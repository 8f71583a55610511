package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"relance/backend"
)

// Golden files: the formal notices of the fixtures, byte for byte. Regenerate with go test ./backend/pdf -update
// after an intended change, and look at the result (pdftoppm) before committing it.
func TestFormalNoticeGolden(t *testing.T) {
	for _, c := range []struct {
		file string
		n    Notice
	}{
		{"notice-business.pdf", businessNotice(t)},
		{"notice-consumer.pdf", consumerNotice(t)},
	} {
		t.Run(c.file, func(t *testing.T) {
			got, err := FormalNotice(c.n)
			if err != nil {
				t.Fatal(err)
			}
			again, err := FormalNotice(c.n)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Fatal("deux rendus de la même mise en demeure diffèrent")
			}
			path := filepath.Join("testdata", c.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (go test ./backend/pdf -update pour créer le fichier de référence)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s diffère du fichier de référence (%d octets, référence %d) : vérifiez le rendu puis -update", c.file, len(got), len(want))
			}
		})
	}
}

func TestFormalNoticeBusinessText(t *testing.T) {
	n := businessNotice(t)
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	ps := pages(text)
	if len(ps) != 3 {
		t.Fatalf("%d pages, attendu 3 (lettre sur deux pages et annexe)", len(ps))
	}
	for i, p := range ps {
		mustContain(t, p, "Page "+strconv.Itoa(i+1)+"/3")
	}
	mustContain(t, ps[0],
		"Ébénisterie Côté Jardin", "12, rue de la Charité", "69002 Lyon", "RCS Lyon 732 829 320", "SIRET 732 829 320 00074",
		"TVA intracommunautaire FR44732829320", "SARL au capital de 10 000 €", "compta@cote-jardin.fr",
		"Boulangerie Pâtissière Dupont & Fils", "À l'attention de Mme Élodie Dupont", "38000 GRENOBLE",
		"À Lyon, le 24 novembre 2025",
		"Lettre recommandée avec accusé de réception", "n° 1A 189 456 7890 3",
		"Objet : MISE EN DEMEURE DE PAYER",
		"Nos précédentes relances sont restées sans effet : relance par e-mail du 20/06/2025",
		"F-2025-0412", "BC 2025-117", "15/04/2025", "15/05/2025", "193", "1 234,56 €", "4 800,00 €", "1 800,00 €",
		"3 000,00 €", "Total (3 factures)", "6 994,56 €", "5 194,56 €",
		"article L441-10 du Code de commerce", "D441-5", "40,00 €",
		"Pénalités de retard du 16/05/2025 au 24/11/2025", "13,15 % puis 12,15 %", "337,29 €",
		"3 × 40,00 €", "120,00 €", "TOTAL RÉCLAMÉ", "5 651,85 €")
	// The demand does not fit above the payment box on the first page: it goes over with it (keepWith).
	mustContain(t, flat(ps[1]), "dans un délai de 8 jours à compter de la réception de la présente, soit au plus tard le 2 décembre 2025.")
	mustContain(t, ps[1],
		"Modalités de paiement", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPPXXX", "RF18539007547034",
		"https://paiement.cote-jardin.fr/r/RF18539007547034", "QR code virement SEPA",
		"injonction de payer", "La présente vaut mise en demeure et fait courir les intérêts.",
		"Pour Ébénisterie Côté Jardin", "Camille Girard", "Gérante")
	mustContain(t, ps[2],
		"Détail du calcul des pénalités", "÷ 365", "Taux annuel", "16/05/2025", "30/06/2025", "01/07/2025", "24/11/2025",
		"13,15 %", "12,15 %", "4 800,00 €", "Total des pénalités", "337,29 €", "40,00 € × 3 factures = 120,00 €")
	// The running header names the letter on the pages after the first.
	mustContain(t, ps[1], "Mise en demeure de payer du 24/11/2025")
	// Every amount is in the French format: no "1234.56" or "1,234.56".
	if m := regexp.MustCompile(`\d\.\d\d\b`).FindString(text); m != "" {
		t.Errorf("montant au format anglais dans le texte : %q", m)
	}
}

func TestFormalNoticeConsumerText(t *testing.T) {
	pdf, err := FormalNotice(consumerNotice(t))
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	mustContain(t, text,
		"MISE EN DEMEURE DE PAYER", "M. François Lœuillet", "01000 BOURG-EN-BRESSE", "À Lyon, le 23 novembre 2026",
		"Lettre recommandée avec accusé de réception",
		"articles 1231-6 et 1344-1 du Code civil", "intérêts au taux légal", "1 350,00 €", "TOTAL RÉCLAMÉ",
		"FR14 2004 1010 0505 0001 3M02 606",
		"Facture F-2026-1107", "La présente vaut mise en demeure et fait courir les intérêts", "Page 1/", "Camille Girard")
	mustContain(t, flat(text), "à compter de la réception de la présente, soit au plus tard le 1er décembre 2026.")
	// Never the B2B penalties, the 40 € indemnity or recovery costs for a consumer (RULES.md §2).
	mustNotContain(t, text, "40,00 €", "L441-10", "D441-5", "indemnité forfaitaire", "Indemnité forfaitaire",
		"frais de recouvrement", "Pénalités de retard", "Détail du calcul")
}

// The recipient block sits in the window of a DL envelope: from 110 mm on the left, 45 to 80 mm from the top.
func TestRecipientInEnvelopeWindow(t *testing.T) {
	for _, n := range []Notice{businessNotice(t), consumerNotice(t)} {
		pdf, err := FormalNotice(n)
		if err != nil {
			t.Fatal(err)
		}
		in := writeTemp(t, "n.pdf", pdf)
		html := string(run(t, "pdftotext", "-bbox", "-f", "1", "-l", "1", in, "-"))
		words := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`).FindAllStringSubmatch(html, -1)
		mm := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v * 25.4 / 72 }
		want := append(strings.Fields(n.Debtor.Name), strings.ToUpper(n.Debtor.Address.City))
		found := 0
		for _, w := range words {
			text := strings.ReplaceAll(w[5], "&amp;", "&")
			x0, y0, x1, y1 := mm(w[1]), mm(w[2]), mm(w[3]), mm(w[4])
			for _, token := range want {
				if text != token || y0 > 85 { // the same words may recur in the body
					continue
				}
				found++
				if x0 < 110 || x1 > 200 || y0 < 45 || y1 > 80 {
					t.Errorf("%q hors de la fenêtre : x %.1f–%.1f mm, y %.1f–%.1f mm", text, x0, x1, y0, y1)
				}
			}
		}
		if found < len(want) {
			t.Errorf("seulement %d des mots %v trouvés dans le haut de la page", found, want)
		}
	}
}

// The QR code printed in the letter scans to the EPC payload of the claim.
func TestFormalNoticeQRCodeScans(t *testing.T) {
	n := businessNotice(t)
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	want, err := EPCPayload(EPCData{BIC: "AGRIFRPPXXX", Name: n.Creditor.Name, IBAN: n.Payment.IBAN, Amount: n.TotalClaimed,
		Reference: n.Payment.Reference})
	if err != nil {
		t.Fatal(err)
	}
	page := -1
	for i, p := range pages(pdfText(t, pdf)) {
		if strings.Contains(p, "Modalités de paiement") {
			page = i + 1
		}
	}
	got, _ := decodeQR(t, renderPage(t, pdf, page, 150))
	if got != want {
		t.Errorf("QR code imprimé\n%q\nattendu\n%q", got, want)
	}
}

// A long list of invoices breaks across pages with the table header repeated on each.
func TestFormalNoticeLongTable(t *testing.T) {
	n := businessNotice(t)
	n.Invoices, n.Penalties = nil, nil
	n.PenaltyTotal, n.Indemnity = 0, 0
	for i := range 70 {
		issue := backend.MustDate("2025-01-10").AddDays(i * 3)
		n.Invoices = append(n.Invoices, InvoiceLine{Number: "F-2025-" + strconv.Itoa(1000+i), IssueDate: issue,
			DueDate: issue.AddDays(30), DaysLate: issue.AddDays(30).DaysUntil(n.Date), AmountInclTax: 12000 + backend.Cents(i),
			Remaining: 12000 + backend.Cents(i)})
	}
	n.TotalClaimed = n.Principal()
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	ps := pages(pdfText(t, pdf))
	if len(ps) < 3 {
		t.Fatalf("%d pages pour 70 factures", len(ps))
	}
	withRows := 0
	for i, p := range ps {
		if strings.Contains(p, "F-2025-1") {
			withRows++
			mustContain(t, p, "N° facture", "Reste dû")
		}
		mustContain(t, p, "Page "+strconv.Itoa(i+1)+"/"+strconv.Itoa(len(ps)))
	}
	if withRows < 2 {
		t.Errorf("le tableau tient sur %d page(s)", withRows)
	}
	text := strings.Join(ps, "")
	for i := range 70 {
		if strings.Count(text, "F-2025-"+strconv.Itoa(1000+i)+" ") == 0 {
			t.Errorf("facture %d absente", 1000+i)
		}
	}
	mustContain(t, text, "Total (70 factures)", plain(backend.FormatEUR(n.TotalClaimed)))
}

// The user's own wording replaces the default; structured blocks stay.
func TestFormalNoticeUserWording(t *testing.T) {
	n := businessNotice(t)
	n.Intro = []string{"Chère Madame Dupont,", "Malgré nos échanges, vos factures restent impayées. Nous vous demandons de les régler."}
	n.Consequences = []string{"Sans règlement dans ce délai, nous saisirons le tribunal de commerce. La présente vaut mise en demeure et fait courir les intérêts."}
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	mustContain(t, text, "Chère Madame Dupont,", "Malgré nos échanges", "nous saisirons le tribunal de commerce",
		"MISE EN DEMEURE DE PAYER", "TOTAL RÉCLAMÉ", "Modalités de paiement", "Camille Girard")
	mustContain(t, flat(text), "au plus tard le 2 décembre 2025")
	mustNotContain(t, text, "Sauf erreur ou omission")
}

// A name outside the single-byte font (Polish here) switches the document to the full UTF-8 font.
func TestFormalNoticeUTF8Fallback(t *testing.T) {
	n := businessNotice(t)
	n.Debtor.Name = "Łódź Meble Sp. z o.o."
	n.Debtor.Contact = "Paweł Świątek"
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	mustContain(t, text, "Łódź Meble Sp. z o.o.", "À l'attention de Paweł Świątek", "TOTAL RÉCLAMÉ", "5 651,85 €")
	again, _ := FormalNotice(n)
	if !bytes.Equal(pdf, again) {
		t.Error("le rendu UTF-8 n'est pas reproductible")
	}
}

// Every character French typography uses comes back out of the PDF unchanged, non-breaking spaces included.
func TestFrenchCharactersRoundTrip(t *testing.T) {
	n := consumerNotice(t)
	const sample = "àâäéèêëîïôöùûüÿçœæ ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸÇŒÆ « guillemets » 1\u202f000 € ‰ – — ‘’ “” … n° №"
	n.Intro = []string{"Madame, Monsieur,", sample}
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	// pdftotext turns non-breaking spaces into plain ones; that they are drawn is checked by eye (pdftoppm).
	norm := strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(sample)
	mustContain(t, pdfText(t, pdf), norm, "1 350,00 €")
	for _, r := range sample {
		if _, ok := encodeRune(r); !ok {
			t.Errorf("%q (U+%04X) absent de l'encodage de la police", r, r)
		}
	}
	if c, _ := encodeRune('\u202f'); encoding[c] != '\u202f' {
		t.Error("U+202F mal encodé")
	}
	out := string(run(t, "pdffonts", writeTemp(t, "n.pdf", pdf)))
	if !strings.Contains(out, "DejaVuSans") || strings.Contains(out, "Identity-H") {
		t.Errorf("polices inattendues (attendu DejaVu en encodage simple) :\n%s", out)
	}
}

func TestFormalNoticeValidation(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Notice)
		want   string
	}{
		{"indemnité pour un particulier", func(n *Notice) {
			n.Indemnity = 4000
			n.TotalClaimed += 4000
		}, "particulier"},
		{"total incohérent", func(n *Notice) { n.TotalClaimed++ }, "ne correspond pas"},
		{"délai manquant", func(n *Notice) { n.Deadline, n.DeadlineDays = 0, 0 }, "délai de paiement"},
		{"échéance avant la lettre", func(n *Notice) { n.Deadline = n.Date.AddDays(-1) }, "précède"},
		{"adresse incomplète", func(n *Notice) { n.Debtor.Address.Line1 = "" }, "adresse postale"},
		{"signataire", func(n *Notice) { n.Signatory = backend.Signatory{} }, "signataire"},
		{"sans facture", func(n *Notice) { n.Invoices = nil; n.TotalClaimed = 0 }, "aucune facture"},
		{"IBAN invalide", func(n *Notice) { n.Payment.IBAN = "FR7630006000011234567890188" }, "IBAN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := consumerNotice(t)
			tt.change(&n)
			_, err := FormalNotice(n)
			if err == nil || backend.ErrorCode(err) != backend.EINVALID || !strings.Contains(backend.ErrorMessage(err), tt.want) {
				t.Errorf("erreur %v, attendu EINVALID avec %q", err, tt.want)
			}
		})
	}
}

func TestRateList(t *testing.T) {
	ps := func(rates ...string) []PenaltyLine {
		var out []PenaltyLine
		for _, r := range rates {
			out = append(out, PenaltyLine{RatePct: r})
		}
		return out
	}
	for _, c := range []struct {
		in   []PenaltyLine
		want string
	}{
		{ps("12.15"), "12,15\u00a0%"},
		{ps("13.15", "12.15", "13.15"), "13,15\u00a0% puis 12,15\u00a0%"},
		{ps("10.00", "14.50", "14.25", "13.15", "12.15"), "10,00\u00a0% à 14,50\u00a0% selon le semestre"}, // after « de »
	} {
		if got := rateList(c.in); got != c.want {
			t.Errorf("rateList = %q, attendu %q", got, c.want)
		}
	}
}

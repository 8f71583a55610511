package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"strconv"
	"strings"
	"testing"

	"relance/backend"
)

func TestReminderLetter(t *testing.T) {
	r := businessReminder(t)
	pdf, err := ReminderLetter(r)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := ReminderLetter(r)
	if !bytes.Equal(pdf, again) {
		t.Error("rendu non reproductible")
	}
	text := pdfText(t, pdf)
	if n := len(pages(text)); n != 1 {
		t.Errorf("relance sur %d pages, attendu 1", n)
	}
	mustContain(t, text, "Objet : Relance : factures n° F-2025-0412, F-2025-0498 et F-2025-0533", "À Lyon, le 20 octobre 2025",
		"38000 GRENOBLE", "Total dû (3 factures)", "5 194,56 €", "Modalités de paiement", "FR76 3000 6000 0112 3456 7890 189",
		"QR code virement SEPA", "L441-10", "40,00 €", "Camille Girard", "Page 1/1")
	mustNotContain(t, text, "MISE EN DEMEURE", "mise en demeure")

	r.Consumer = true
	r.Invoices = r.Invoices[:1]
	r.TotalDue = r.Invoices[0].Remaining
	r.Subject = ""
	pdf, err = ReminderLetter(r)
	if err != nil {
		t.Fatal(err)
	}
	text = pdfText(t, pdf)
	mustContain(t, text, "Objet : Relance : facture n° F-2025-0412", "la facture ci-dessous n'a pas encore été réglée", "1 234,56 €")
	mustNotContain(t, text, "40,00 €", "L441-10", "indemnité")

	r.TotalDue++
	if _, err := ReminderLetter(r); err == nil || !strings.Contains(err.Error(), "total dû") {
		t.Errorf("total incohérent accepté : %v", err)
	}
}

func TestStatementTotals(t *testing.T) {
	s := statement(t)
	tot, aging := s.Totals()
	want := StatementTotal{Open: 843456, Overdue: 783456, NotDue: 60000, Balance: 843456 - 15000, Paid: 207000}
	if tot != want {
		t.Errorf("totaux %+v, attendu %+v", tot, want)
	}
	amounts := []backend.Cents{60000, 264000, 0, 0, 519456}
	for i, b := range aging {
		if b.Amount != amounts[i] {
			t.Errorf("tranche %q : %s, attendu %s", b.Label, backend.FormatEUR(b.Amount), backend.FormatEUR(amounts[i]))
		}
	}
}

func TestStatement(t *testing.T) {
	s := statement(t)
	pdf, err := Statement(s)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Statement(s)
	if !bytes.Equal(pdf, again) {
		t.Error("rendu non reproductible")
	}
	text := pdfText(t, pdf)
	mustContain(t, text, "Relevé de compte au 24 novembre 2025", "Client : DUPONT38 – Boulangerie Pâtissière Dupont & Fils",
		"Factures ouvertes", "Solde", "cumulé", "à échoir", "193 j", "Total (5 factures)", "8 434,56 €",
		"Règlements reçus du 01/08/2025 au 24/11/2025", "VIR SEPA DUPONT 0814", "Chèque n° 4471203", "Total des règlements", "2 070,00 €",
		"Balance âgée", "Non échu", "1 à 30 jours", "Plus de 90 jours", "2 640,00 €", "5 194,56 €",
		"dont échu", "7 834,56 €", "dont non échu", "600,00 €", "Crédit disponible", "-150,00 €", "SOLDE DÛ", "8 284,56 €",
		"Modalités de paiement", "Page 1/")
	mustContain(t, flat(text), "déduction faite du crédit disponible, soit 7 684,56 €")
	// The running balance ends on the total open amount.
	lines := strings.Split(text, "\n")
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "F-2025-0950") && !strings.HasSuffix(strings.TrimSpace(l), "8 434,56 €") {
			t.Errorf("solde cumulé de la dernière facture : %q", l)
		}
	}

	s.Invoices, s.Payments, s.Credit = nil, nil, 0
	pdf, err = Statement(s)
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, pdfText(t, pdf), "Aucune facture ouverte", "Aucun règlement reçu", "aucun montant dû")
}

func TestDossier(t *testing.T) {
	d := dossier(t, true)
	pdf, err := Dossier(d)
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, pdf)
	ps := pages(text)
	mustContain(t, ps[0], "DOSSIER D'INJONCTION DE PAYER", "1. Juridiction compétente", "Tribunal de commerce dont relève 38000 Grenoble",
		"Cerfa n° 12946", "domicile ou siège du débiteur : 38000 Grenoble", "2. Créancier (demandeur)", "732 829 320 00074",
		"3. Débiteur (défendeur)", "Boulangerie Pâtissière Dupont & Fils", "552 081 317", "4. Montant de la créance")
	mustContain(t, text, "TOTAL RÉCLAMÉ", "5 651,85 €", "337,29 €", "120,00 €", "L441-10", "D441-5",
		"5. Origine de la créance", "Fourniture et pose de mobilier sur mesure",
		"6. Bordereau des pièces communiquées", "à joindre : F-2025-0498.pdf", "fichier joint au PDF :", "F-2025-0533.pdf",
		"à joindre : avis-de-reception.pdf", "Détail du calcul des pénalités",
		"Journal des preuves d'envoi", "24/11/2025", "10:12", "Empreintes des pièces jointes", "Historique des relances",
		"Relance 2", "« paiement en", "cours »", "AR signé le 26/11/2025") // « cours » stays with its »
	mustContain(t, flat(text), "facture n° F-2025-0498 du 10/05/2025, échue le 09/06/2025 (Contrat n° 88)",
		"mise en demeure du 24/11/2025 envoyée le 24/11/2025 (lettre recommandée avec AR n° 1A 189 456 7890 3), reçue le 26/11/2025")
	// The requête's own items: the debtor's representative, the court in case of opposition, place, date, signature.
	mustContain(t, flat(text), "Représenté par", "En application de l'article 1408 du Code de procédure civile, le créancier demande qu'en cas d'opposition",
		"À vérifier avant le dépôt")
	// The pieces are appended: the invoice stand-in (1 page) and the formal notice (3 pages), each stamped.
	for _, stamp := range []string{"Pièce n° 1 – Facture n° F-2025-0412 du 15/04/2025", "Pièce n° 4 – Mise en demeure de payer du 24/11/2025 (page 1/3)",
		"Pièce n° 4 – Mise en demeure de payer du 24/11/2025 (page 3/3)", "Pièce n° 6 – Journal des preuves d'envoi"} {
		mustContain(t, text, stamp)
	}
	// The list gives the page of each appended piece, and that page carries the piece's stamp.
	for _, n := range []int{1, 4, 6, 7} {
		var page int
		for _, l := range strings.Split(text, "\n") { // the list may run over the first pages
			f := strings.Fields(l)
			if len(f) > 2 && f[0] == strconv.Itoa(n) && strings.Contains(l, "ci-après, page ") {
				page, _ = strconv.Atoi(f[len(f)-1])
			}
		}
		if page < 1 || page > len(ps) || !strings.Contains(ps[page-1], "Pièce n° "+strconv.Itoa(n)+" – ") {
			t.Errorf("pièce %d : page %d annoncée, tampon absent", n, page)
		}
	}
	// The imported formal notice keeps its own text.
	mustContain(t, text, "Lettre recommandée avec accusé de réception")
	mustContain(t, flat(text), "à compter de la réception de la présente, soit au plus tard le 2 décembre 2025")
	// SHA-256 of the notice as sent, grouped by 8.
	mustContain(t, text, spacedHex(Digest(d.Notice.PDF))[:17])
	for i, p := range ps {
		mustContain(t, p, "Page "+strconv.Itoa(i+1)+"/"+strconv.Itoa(len(ps)))
	}
	// The PDF that gofpdi cannot read is embedded as an attachment.
	out := string(run(t, "pdfdetach", "-list", writeTemp(t, "d.pdf", pdf)))
	if !strings.Contains(out, "F-2025-0533.pdf") {
		t.Errorf("pièce jointe absente :\n%s", out)
	}
}

func TestDossierConsumerWithoutFiles(t *testing.T) {
	d := dossier(t, false)
	n := consumerNotice(t)
	d.Debtor, d.Consumer = n.Debtor, true
	d.Invoices, d.Penalties, d.PenaltyTotal, d.Indemnity = n.Invoices, nil, 0, 0
	d.TotalClaimed = n.TotalClaimed
	pdf, err := Dossier(d)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Dossier(d)
	if !bytes.Equal(pdf, again) {
		t.Error("sans pièce importée, le dossier doit être reproductible")
	}
	text := pdfText(t, pdf)
	mustContain(t, text, "Tribunal judiciaire dont relève 01000 Bourg-en-Bresse", "Cerfa n° 12948*06", "Particulier (consommateur)",
		"1231-6", "Aucune indemnité forfaitaire", "1 350,00 €", "mise-en-demeure-2025-11-24.pdf")
	mustNotContain(t, text, "40,00 €", "D441-5", "Tribunal de commerce")

	d.Indemnity, d.TotalClaimed = 4000, d.TotalClaimed+4000
	if _, err := Dossier(d); err == nil {
		t.Error("indemnité réclamée à un particulier acceptée")
	}
}

// Documents may be rendered from several goroutines (batch letters): the shared font data is read-only.
func TestConcurrentRendering(t *testing.T) {
	n := businessNotice(t)
	want, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			for range 5 {
				got, err := FormalNotice(n)
				if err == nil && !bytes.Equal(got, want) {
					err = backend.Errorf(backend.EINTERNAL, "rendu concurrent différent")
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
}

// Any logo the profile accepts ends up on the letter: transparent, 16-bit, GIF, JPEG, oversized. Unreadable bytes
// leave the letter without a logo rather than failing it.
func TestLogoFormats(t *testing.T) {
	enc := func(img image.Image, f func(io.Writer, image.Image) error) []byte {
		var b bytes.Buffer
		if err := f(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	pngEnc := func(w io.Writer, m image.Image) error { return png.Encode(w, m) }
	jpgEnc := func(w io.Writer, m image.Image) error { return jpeg.Encode(w, m, nil) }
	gifEnc := func(w io.Writer, m image.Image) error { return gif.Encode(w, m, nil) }
	transparent := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	deep := image.NewNRGBA64(image.Rect(0, 0, 200, 80))
	huge := image.NewRGBA(image.Rect(0, 0, 3000, 1000))
	for y := range 100 {
		for x := range 300 {
			if (x/20+y/20)%2 == 0 {
				transparent.Set(x, y, color.NRGBA{200, 30, 30, 255})
				deep.Set(x%200, y%80, color.NRGBA64{0, 0, 60000, 65535})
			}
		}
	}
	for _, c := range []struct {
		name  string
		data  []byte
		image bool
	}{
		{"PNG transparent", enc(transparent, pngEnc), true},
		{"PNG 16 bits", enc(deep, pngEnc), true},
		{"PNG 3000 px", enc(huge, pngEnc), true},
		{"JPEG", enc(transparent, jpgEnc), true},
		{"GIF", enc(transparent, gifEnc), true},
		{"octets illisibles", []byte("pas une image"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := consumerNotice(t)
			n.Logo = c.data
			pdf, err := FormalNotice(n)
			if err != nil {
				t.Fatal(err)
			}
			out := string(run(t, "pdfimages", "-list", writeTemp(t, "l.pdf", pdf)))
			if got := strings.Count(out, "\n") > 2; got != c.image {
				t.Errorf("logo présent = %v, attendu %v :\n%s", got, c.image, out)
			}
		})
	}
}

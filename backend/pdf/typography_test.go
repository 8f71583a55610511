package pdf

import (
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/calendar"
)

// Typography of the letters (issue #14): what must stay on one line, the no-break spaces of French, no « de de »,
// and no payment box or signature alone at the head of a page. Checked on the text pdftotext finds, line by line.

// setOf is the four documents for n invoices numbered FA-2026-0001…, some with an order reference holding a
// space, amounts up to the millions, due dates spread over several half-years (so that the penalty rates differ).
type setOf struct {
	notice    Notice
	reminder  Reminder
	statement AccountStatement
	dossier   CourtDossier
	phrases   []string // what must never be split across lines
}

func documentsFor(t testing.TB, n int) setOf {
	t.Helper()
	date := backend.MustDate("2026-12-07")
	var ti []testInvoice
	for i := range n {
		issue := backend.MustDate("2024-01-15").AddDays(i * 29)
		in := testInvoice{number: fmt.Sprintf("FA-2026-%04d", 42+i), issue: issue.String(), due: issue.AddDays(30).String(),
			ttc: backend.Cents(123456 + i*1000037)}
		if i%3 == 1 {
			in.order = fmt.Sprintf("BC 2026-%03d", 100+i)
		}
		if i%5 == 2 { // wider than the column at the table's size: set smaller, never cut
			in.number = fmt.Sprintf("FAC-2026-AVR-%06d", 42+i)
		}
		ti = append(ti, in)
	}
	inv, pens, total, indemnity := lateInvoices(t, date, false, 0, ti)
	nt := Notice{
		Creditor: creditor(), Logo: testLogo(), LogoType: "image/png", Signatory: signatory(), Debtor: businessDebtor(),
		Place: "Lyon", Date: date, Registered: true, RegisteredNumber: "1A 189 456 7890 3",
		Invoices: inv, Penalties: pens, PenaltyTotal: total, Indemnity: indemnity,
		DeadlineDays: 8, Deadline: calendar.Calendar{}.NextBusinessDay(date.AddDays(8)),
		Payment:        Payment{IBAN: "FR7630006000011234567890189", BIC: "AGRIFRPPXXX", Reference: "Dossier 2026 Dupont"},
		PriorReminders: []string{"relance par e-mail du 20/06/2026", "relance par courrier du 20/10/2026"},
	}
	nt.TotalClaimed = nt.Principal() + nt.PenaltyTotal + nt.Indemnity
	r := Reminder{Creditor: nt.Creditor, Logo: nt.Logo, Signatory: nt.Signatory, Debtor: nt.Debtor, Place: "Lyon",
		Date: date, Invoices: inv, Payment: nt.Payment}
	for _, i := range inv {
		r.TotalDue += i.Remaining
	}
	st := AccountStatement{Creditor: nt.Creditor, Logo: nt.Logo, Debtor: nt.Debtor, ClientCode: "DUPONT38", Place: "Lyon",
		Date: date, From: backend.MustDate("2026-06-01"), Invoices: inv, Payment: nt.Payment,
		Payments: []PaymentLine{{Date: backend.MustDate("2026-07-03"), Amount: 1234500, Method: "Virement", Reference: "VIR SEPA DUPONT", Invoices: []string{inv[0].Number}}}}
	d := CourtDossier{Creditor: nt.Creditor, Signatory: nt.Signatory, Debtor: nt.Debtor, Place: "Lyon", Date: date,
		Invoices: inv, Penalties: pens, PenaltyTotal: total, Indemnity: indemnity, TotalClaimed: nt.TotalClaimed,
		Origin: "Fourniture de mobilier sur mesure",
		Proofs: []Proof{{Document: "Mise en demeure du 24/11/2026", SentAt: backend.MustDate("2026-11-24").Time(),
			Channel: "Lettre recommandée avec AR", RegisteredNumber: "1A 189 456 7890 3", AcknowledgedOn: backend.MustDate("2026-11-26")}},
	}
	s := setOf{notice: nt, reminder: r, statement: st, dossier: d}
	s.phrases = []string{date.FrenchLong(), nt.Deadline.FrenchLong(), "1A 189 456 7890 3", "Dossier 2026 Dupont",
		backend.FormatEUR(nt.TotalClaimed), backend.FormatEUR(r.TotalDue), backend.FormatEUR(total), backend.FormatEUR(indemnity)}
	for _, i := range inv {
		s.phrases = append(s.phrases, i.Number, backend.FormatEUR(i.AmountInclTax), backend.FormatEUR(i.Remaining))
		if i.OrderReference != "" {
			s.phrases = append(s.phrases, i.OrderReference)
		}
	}
	for _, p := range pens {
		s.phrases = append(s.phrases, backend.FormatEUR(p.Base), backend.FormatEUR(p.Amount))
	}
	return s
}

func (s setOf) render(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	var err error
	if out["mise-en-demeure"], err = FormalNotice(s.notice); err != nil {
		t.Fatal(err)
	}
	if out["relance"], err = ReminderLetter(s.reminder); err != nil {
		t.Fatal(err)
	}
	if out["releve"], err = Statement(s.statement); err != nil {
		t.Fatal(err)
	}
	if out["dossier"], err = Dossier(s.dossier); err != nil {
		t.Fatal(err)
	}
	return out
}

// textLine is one line of text as pdftotext -bbox-layout sees it: its words, in a block (a paragraph, a table
// cell), on a page.
type textLine struct {
	page, block int
	words       []string
}

func (l textLine) String() string { return strings.Join(l.words, " ") }

// textLines reads the lines of a PDF in pdftotext's reading order. Poppler splits words at no-break spaces too,
// so a line's words are joined with plain spaces.
func textLines(t *testing.T, pdf []byte) []textLine {
	t.Helper()
	in := writeTemp(t, "doc.pdf", pdf)
	raw := run(t, "pdftotext", "-bbox-layout", "-enc", "UTF-8", in, "-")
	// The output is XHTML; only page, line and word elements matter.
	var doc struct {
		Pages []struct {
			Blocks []struct {
				Lines []struct {
					Words []string `xml:"word"`
				} `xml:"line"`
			} `xml:"flow>block"`
		} `xml:"body>doc>page"`
	}
	if err := xml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("sortie de pdftotext -bbox-layout illisible : %v", err)
	}
	var out []textLine
	block := 0
	for i, p := range doc.Pages {
		for _, b := range p.Blocks {
			block++
			for _, l := range b.Lines {
				out = append(out, textLine{page: i + 1, block: block, words: l.Words})
			}
		}
	}
	return out
}

var (
	dayWord   = regexp.MustCompile(`^([1-9]|[12][0-9]|3[01]|1er)$`)
	monthWord = regexp.MustCompile(`^(` + strings.Join(frenchMonthNames, "|") + `)[,.]?$`)
	yearWord  = regexp.MustCompile(`^\d{4}\b`)
	groupHead = regexp.MustCompile(`^\d{1,3}$`)
	groupNext = regexp.MustCompile(`^\d{3}([,.]\d+)?$`)
)

// checkTypography fails when something French typography glues was split between two lines: a phrase of the
// document (number, amount, reference, date), or a space that must be no-break: before ; : ! ? » € %, after « and
// n°, inside amounts and dates in words.
func checkTypography(t *testing.T, name string, lines []textLine, phrases []string) {
	t.Helper()
	for i := range lines {
		l := lines[i]
		if len(l.words) == 0 {
			continue
		}
		first := l.words[0]
		if strings.ContainsAny(first[:1], ";:!?»€%") {
			t.Errorf("%s, page %d : ligne commençant par %q (espace insécable manquante) : %q", name, l.page, first, l)
		}
		if i == 0 || lines[i-1].block != l.block || len(lines[i-1].words) == 0 {
			continue
		}
		prev := lines[i-1]
		last := prev.words[len(prev.words)-1]
		switch {
		case last == "«" || last == "n°" || last == "N°":
			t.Errorf("%s, page %d : %q en fin de ligne, séparé de %q", name, l.page, last, first)
		case dayWord.MatchString(last) && monthWord.MatchString(first):
			t.Errorf("%s, page %d : date coupée entre %q et %q", name, l.page, last, first)
		case monthWord.MatchString(last) && yearWord.MatchString(first):
			t.Errorf("%s, page %d : date coupée entre %q et %q", name, l.page, last, first)
		case groupHead.MatchString(last) && groupNext.MatchString(first):
			t.Errorf("%s, page %d : montant coupé entre %q et %q", name, l.page, last, first)
		}
		a, b := prev.String(), l.String()
		for _, p := range phrases {
			p = plain(p)
			if !strings.Contains(a, p) && !strings.Contains(b, p) && strings.Contains(a+" "+b, p) {
				t.Errorf("%s, page %d : %q coupé entre deux lignes :\n  %s\n  %s", name, l.page, p, a, b)
			}
		}
	}
	// A number cut inside a word (a column too narrow) leaves a piece of it as a word of its own.
	for _, l := range lines {
		for _, w := range l.words {
			w = strings.Trim(w, ",;.()")
			for _, p := range phrases {
				if p = plain(p); len(w) >= 3 && w != p && !strings.Contains(p, " ") && strings.HasPrefix(p, w) &&
					strings.Contains(w, "-") {
					t.Errorf("%s, page %d : %q coupé : %q", name, l.page, p, l)
				}
			}
		}
	}
}

// TestLettersTypography renders the four documents for 1, 3 and 25 invoices and checks every line. With
// RELANCE_PDF_OUT=dir the PDFs are also written there, to be looked at (pdftoppm -r 60 -png).
func TestLettersTypography(t *testing.T) {
	tool(t, "pdftotext")
	for _, n := range []int{1, 3, 25} {
		s := documentsFor(t, n)
		for name, pdf := range s.render(t) {
			t.Run(fmt.Sprintf("%s-%d", name, n), func(t *testing.T) {
				if dir := os.Getenv("RELANCE_PDF_OUT"); dir != "" {
					if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.pdf", name, n)), pdf, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				lines := textLines(t, pdf)
				checkTypography(t, name, lines, s.phrases)
				text := flat(pdfText(t, pdf))
				// Every invoice number is printed whole somewhere (the table of the letter, the dossier).
				for _, i := range s.notice.Invoices {
					if name != "dossier" && name != "releve" && n > 6 {
						break // a letter's subject names the first six, its table all: checked by the table below
					}
					mustContain(t, text, i.Number)
				}
				if m := regexp.MustCompile(`(?i)\bde\s+de\b`).FindString(text); m != "" {
					t.Errorf("« %s » dans le texte", m)
				}
			})
		}
	}
}

// The default payment reference quotes whole invoice numbers within the 140 characters of a transfer.
func TestDefaultReferenceWholeNumbers(t *testing.T) {
	s := documentsFor(t, 25)
	ref := defaultReference(s.notice.Invoices)
	if n := len([]rune(ref)); n > epcMaxText {
		t.Fatalf("référence de %d caractères", n)
	}
	for _, part := range strings.FieldsFunc(strings.TrimPrefix(ref, "Factures "), func(r rune) bool { return r == ',' || r == ' ' }) {
		if strings.HasPrefix(part, "FA-") && !regexp.MustCompile(`^FA-2026-\d{4}$`).MatchString(part) {
			t.Errorf("numéro coupé dans la référence %q : %q", ref, part)
		}
	}
	if !strings.HasSuffix(ref, "autres") {
		t.Errorf("référence %q : les factures non citées doivent être comptées", ref)
	}
}

// A paragraph holding every glued construction, shifted one character at a time, so that each of them falls at
// the end of a line somewhere: none is ever split. Without the no-break spaces typeset adds, this fails.
func TestNoBreakSpacesInParagraphs(t *testing.T) {
	tool(t, "pdftotext")
	piece := "Montant : 1 234,56 € ; échéance le 7 décembre 2026 ! Taux 12,5 % ? « Contrat » n° 88 et commande BC 2026-117."
	var intro []string
	for k := range 60 {
		intro = append(intro, strings.Repeat("x", k%23)+" "+piece+" "+piece)
	}
	n := consumerNotice(t)
	n.Invoices[0].OrderReference = "BC 2026-117"
	n.Intro = intro
	pdf, err := FormalNotice(n)
	if err != nil {
		t.Fatal(err)
	}
	lines := textLines(t, pdf)
	checkTypography(t, "paragraphes", lines, []string{"1 234,56 €", "7 décembre 2026", "12,5 %", "« Contrat »", "n° 88", "BC 2026-117"})
	if len(lines) < 150 {
		t.Fatalf("%d lignes seulement : le texte n'a pas été écrit", len(lines))
	}
}

func TestTypeset(t *testing.T) {
	keep := []string{"BC 2026-117"}
	for _, c := range []struct{ in, want string }{
		{"Objet : relance ; merci ! Payé ?", "Objet\u00a0: relance\u202f; merci\u202f! Payé\u202f?"},
		{"« en cours »", "«\u00a0en cours\u00a0»"},
		{"somme de 1 234 567,89 € soit 12,5 %", "somme de 1\u00a0234\u00a0567,89\u00a0€ soit 12,5\u00a0%"},
		{"le 7 décembre 2026, le 1er janvier et le 31 mars", "le 7\u00a0décembre\u00a02026, le 1er\u00a0janvier et le 31\u00a0mars"},
		{"commande BC 2026-117 n° 12", "commande BC\u00a02026-117 n°\u00a012"},
		{"3 factures en 2026 pour 100 clients", "3 factures en 2026 pour 100 clients"}, // no amount, no date
		{"le 7 marsupiaux, 45 mai", "le 7 marsupiaux, 45 mai"},                         // not months, not days
		{"https://paiement.example/?ref=1:2", "https://paiement.example/?ref=1:2"},     // no space, nothing to do
	} {
		got := typeset(c.in, keep)
		if got != c.want {
			t.Errorf("typeset(%q) = %q, attendu %q", c.in, got, c.want)
		}
		if again := typeset(got, keep); again != got {
			t.Errorf("typeset n'est pas idempotent sur %q : %q", got, again)
		}
	}
}

// The wrapped lines put back together give the text (spaces at the breaks aside), every line fits, and a word
// wider than the column is cut into pieces that fit.
func TestWrapKeepsTextAndWidth(t *testing.T) {
	w := newWriter(meta{}, faces, false)
	w.f.AddPage()
	text := strings.Repeat("Sauf erreur de notre part, la facture FA-2026-0042 de 1 234,56 € reste due. ", 40) +
		strings.Repeat("W", 500) + "\n\nFin."
	for _, wd := range []float64{20, 60, 175} {
		ls := w.wrap(text, wd)
		for _, l := range ls {
			if got := w.width(l); got > wd+1e-9 {
				t.Errorf("ligne de %.2f mm pour %.0f mm : %q", got, wd, l)
			}
		}
		if got, want := strings.ReplaceAll(strings.Join(ls, ""), " ", ""), strings.ReplaceAll(strings.ReplaceAll(typeset(text, nil), " ", ""), "\n", ""); got != want {
			t.Errorf("largeur %.0f : le texte change une fois coupé", wd)
		}
	}
	if got := w.fit(strings.Repeat("Z", 8000), 50); w.width(got) > 50 || !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "ZZZ") {
		t.Errorf("fit : %q", got)
	}
}

// A client whose name is one word of 8 000 characters: every document renders, the name's start is found.
func TestLongNameRenders(t *testing.T) {
	tool(t, "pdftotext")
	name := "Zorglub" + strings.Repeat("x", 8000-7)
	s := documentsFor(t, 3)
	s.notice.Debtor.Name, s.reminder.Debtor.Name, s.statement.Debtor.Name, s.dossier.Debtor.Name = name, name, name, name
	s.notice.Creditor.Name = "Créancier" + strings.Repeat("y", 8000)
	for doc, pdf := range s.render(t) {
		if !strings.Contains(pdfText(t, pdf), "Zorglubxxx") {
			t.Errorf("%s : le début du nom n'est pas dans le texte", doc)
		}
	}
}

// The payment box and the signature never open a page alone: whatever the length of the text before them, the
// page where they start also holds the end of their lead-in (the demand, the last row of the invoices, the
// closing formula).
func TestBlocksKeptWithTheirLeadIn(t *testing.T) {
	tool(t, "pdftotext")
	sentence := "Nous vous rappelons les termes de nos échanges précédents au sujet de ces factures. "
	for k := range 30 {
		s := documentsFor(t, 3)
		intro := []string{"Madame, Monsieur,", strings.Repeat(sentence, k)}
		if k > 20 { // lengths in lines, then in paragraphs
			intro = append(intro, strings.Repeat("Paragraphe court. ", (k-20)%5+1))
		}
		s.notice.Intro = intro
		s.reminder.Body = intro
		s.statement.Message = intro
		docs := map[string][]byte{}
		var err error
		if docs["mise-en-demeure"], err = FormalNotice(s.notice); err != nil {
			t.Fatal(err)
		}
		if docs["relance"], err = ReminderLetter(s.reminder); err != nil {
			t.Fatal(err)
		}
		if docs["releve"], err = Statement(s.statement); err != nil {
			t.Fatal(err)
		}
		text := map[string][]string{}
		for name, pdf := range docs {
			text[name] = pages(pdfText(t, pdf))
		}
		for _, c := range []struct {
			doc, block, leadIn string
		}{
			{"mise-en-demeure", "Modalités de paiement", "au plus tard le " + s.notice.Deadline.FrenchLong() + "."},
			{"mise-en-demeure", "Pour Ébénisterie Côté Jardin,", "salutations distinguées."},
			{"relance", "Modalités de paiement", "Total dû (3 factures)"},
			{"relance", "Pour Ébénisterie Côté Jardin,", "salutations distinguées."},
			{"releve", "Modalités de paiement", "régler sans délai"},
		} {
			ps := text[c.doc]
			found := false
			for i, p := range ps {
				if !strings.Contains(p, c.block) {
					continue
				}
				found = true
				if !strings.Contains(flat(p), flat(plain(c.leadIn))) {
					t.Errorf("%s, %d phrases d'introduction : « %s » seul en page %d, sans « %s »", c.doc, k, c.block, i+1, c.leadIn)
				}
			}
			if !found {
				t.Errorf("%s : « %s » absent", c.doc, c.block)
			}
		}
	}
}

// « de de » (#14): a contact known by a last name with a particle, a debtor and a creditor whose names start with
// « de », and the penalty rates of many half-years (« au taux annuel de … à … ») never write « de de ».
func TestNoDoubledDe(t *testing.T) {
	tool(t, "pdftotext")
	s := documentsFor(t, 25)
	for _, p := range []*Party{&s.notice.Debtor, &s.reminder.Debtor, &s.statement.Debtor, &s.dossier.Debtor} {
		p.Name, p.Contact = "de Villiers SAS", "de Villiers"
	}
	for _, p := range []*Party{&s.notice.Creditor, &s.reminder.Creditor, &s.statement.Creditor, &s.dossier.Creditor} {
		p.Name = "De Clercq SARL"
	}
	for doc, pdf := range s.render(t) {
		text := flat(pdfText(t, pdf))
		if m := regexp.MustCompile(`(?i).{0,30}\bde\s+de\b.{0,20}`).FindString(text); m != "" {
			t.Errorf("%s : « de de » dans « %s »", doc, m)
		}
		if doc != "dossier" { // the envelope window is a block of its own: read it in block order
			var words []string
			for _, l := range textLines(t, pdf) {
				words = append(words, l.words...)
			}
			mustContain(t, strings.Join(words, " "), "À l'attention de Madame ou Monsieur de Villiers")
		}
	}
}

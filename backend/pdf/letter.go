package pdf

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"rsc.io/qr"

	"relance/backend"
)

// InvoiceLine is one invoice as a letter lists it.
type InvoiceLine struct {
	Number         string
	IssueDate      backend.Date
	DueDate        backend.Date
	DaysLate       int // at the document date; 0 when not yet due
	AmountInclTax  backend.Cents
	Paid           backend.Cents
	Remaining      backend.Cents
	OrderReference string // order or contract reference, optional
}

// Payment tells how to pay: printed in clear text and, with an IBAN, as an EPC QR code.
type Payment struct {
	IBAN      string
	BIC       string
	Reference string // to quote on the transfer; an RF creditor reference goes in the QR code as such
	Link      string // online payment page, optional
}

// letterhead is the top of a letter's first page.
type letterhead struct {
	creditor Party
	logo     []byte
	debtor   Party
	place    string
	date     backend.Date
	mentions []string // left column under the sender block; the first one in bold when strongFirst
	strong   bool
	subject  string
	detail   string // a second, smaller subject line
}

// letter starts the first page: logo, sender block, recipient in the envelope window, place and date, mentions,
// subject. The body starts below.
func (w *writer) letter(l letterhead) {
	f := w.f
	f.AddPage()
	w.foldMarks()
	y := 12.0
	if h := w.logo(l.logo, marginL, y, 55, 18); h > 0 {
		y += h + 3
	} else {
		y = 15
	}
	// Sender block, top left, out of the window.
	w.black()
	w.font("B", 11)
	for _, s := range w.wrapMax(l.creditor.Name, 85, 3) {
		w.cellAt(marginL, y, 85, 5, s, "L")
		y += 5
	}
	w.font("", 8.5)
	w.gray(40)
	var lines []string
	lines = append(lines, addressLines(l.creditor.Address, false)...)
	lines = append(lines, l.creditor.contactLines()...)
	lines = append(lines, l.creditor.legalLines()...)
	for _, s := range lines {
		for _, part := range w.wrap(s, 85) {
			w.cellAt(marginL, y, 85, 3.7, part, "L")
			y += 3.7
		}
	}
	senderEnd := y

	// Recipient in the window.
	w.black()
	rl := []struct {
		s     string
		style string
	}{{l.debtor.Name, "B"}}
	if c := strings.TrimSpace(l.debtor.Contact); c != "" {
		if !strings.HasPrefix(strings.ToLower(c), "à l") && !strings.HasPrefix(strings.ToLower(c), "a l") {
			c = attentionOf(c)
		}
		rl = append(rl, struct{ s, style string }{c, ""})
	}
	for _, a := range addressLines(l.debtor.Address, true) {
		rl = append(rl, struct{ s, style string }{a, ""})
	}
	size, lh := 10.5, 5.0
	for size > 7 {
		n := 0
		for _, r := range rl {
			w.font(r.style, size)
			n += len(w.wrapMax(r.s, windowW-4, 3))
		}
		if float64(n)*lh <= windowH-3 {
			break
		}
		size -= 0.5
		lh = size * 0.47
	}
	ry := windowY + 2
	for _, r := range rl {
		w.font(r.style, size)
		for _, s := range w.wrapMax(r.s, windowW-4, 3) {
			w.cellAt(windowX+2, ry, windowW-4, lh, s, "L")
			ry += lh
		}
	}

	// Place and date on the right, mentions on the left, below the window.
	y = max(senderEnd+3, windowY+windowH+6)
	w.font("", 10)
	place := strings.TrimSpace(l.place)
	if place == "" {
		place = strings.TrimSpace(l.creditor.Address.City)
	}
	dateLine := "Le " + l.date.FrenchLong()
	if place != "" {
		dateLine = "À " + place + ", le " + l.date.FrenchLong()
	}
	w.cellAt(windowX+2, y, windowW-2, 5, dateLine, "L")
	my := y
	for i, m := range l.mentions {
		if l.strong && i == 0 {
			w.font("B", 9)
		} else {
			w.font("", 9)
		}
		for _, s := range w.wrap(m, windowX-marginL-6) {
			w.cellAt(marginL, my, windowX-marginL-6, 4.4, s, "L")
			my += 4.4
		}
	}
	y = max(my, y+5) + 6

	w.font("B", 11)
	w.f.SetXY(marginL, y)
	w.para(contentW, 5.5, "Objet"+nbsp+": "+l.subject, "L")
	if l.detail != "" {
		w.font("", 9.5)
		w.f.SetX(marginL)
		w.para(contentW, 4.6, l.detail, "L")
	}
	w.font("", bodySize)
	w.space(5)
}

// attentionOf is the recipient's attention line. A name starting with a particle (a contact known by the last
// name « de Villiers » only) gets a courtesy title, never « À l'attention de de Villiers ».
func attentionOf(c string) string {
	low := strings.ToLower(c)
	for _, p := range []string{"de ", "d'", "d’", "du ", "des "} {
		if strings.HasPrefix(low, p) {
			return "À l'attention de Madame ou Monsieur " + c
		}
	}
	return "À l'attention de " + c
}

// invoiceTable lists the invoices with their totals.
func (w *writer) invoiceTable(inv []InvoiceLine, daysLate bool, totalLabel string) {
	withRef := false
	for _, i := range inv {
		if strings.TrimSpace(i.OrderReference) != "" {
			withRef = true
		}
	}
	var cols []column
	add := func(t string, wd float64, a string) { cols = append(cols, column{t, wd, a}) }
	// Long invoice numbers widen their column (up to 40 mm, taken from the amounts) before the table sets them
	// smaller: a number is never cut.
	numW := w.widestNumber(inv, 8.5) + 2.5
	if withRef {
		add("N° facture", min(max(24, numW), 40), "L")
		add("Commande / contrat", 23, "L")
	} else {
		add("N° facture", min(max(32, numW), 40), "L")
	}
	add("Date", 20.5, "C")
	add("Échéance", 20.5, "C")
	if daysLate {
		add("Jours de retard", 16, "R")
	}
	rest := contentW - sum(cols)
	add("Montant TTC", rest*0.35, "R")
	add("Réglé", rest*0.3, "R")
	add("Reste dû", rest*0.35, "R")
	var rows [][]string
	var ttc, paid, due backend.Cents
	for _, i := range inv {
		r := []string{i.Number}
		if withRef {
			r = append(r, i.OrderReference)
		}
		r = append(r, i.IssueDate.French(), i.DueDate.French())
		if daysLate {
			d := ""
			if i.DaysLate > 0 {
				d = strconv.Itoa(i.DaysLate)
			}
			r = append(r, d)
		}
		r = append(r, backend.FormatEUR(i.AmountInclTax), backend.FormatEUR(i.Paid), backend.FormatEUR(i.Remaining))
		rows = append(rows, r)
		ttc += i.AmountInclTax
		paid += i.Paid
		due += i.Remaining
	}
	total := make([]string, len(cols))
	total[0] = totalLabel
	if len(inv) > 1 {
		total[0] += " (" + strconv.Itoa(len(inv)) + " factures)"
	}
	total[len(cols)-3] = backend.FormatEUR(ttc)
	total[len(cols)-2] = backend.FormatEUR(paid)
	total[len(cols)-1] = backend.FormatEUR(due)
	if withRef { // the label spans the reference column too
		total[1] = ""
	}
	w.table(cols, rows, tableStyle{total: total})
}

// paymentBlock prints the payment details in clear text with the EPC QR code beside them.
func (w *writer) paymentBlock(creditor Party, p Payment, amount backend.Cents, defaultRef string) error {
	f := w.f
	ref := strings.TrimSpace(p.Reference)
	if ref == "" {
		ref = defaultRef
	}
	var code *qr.Code
	var payload string
	if strings.TrimSpace(p.IBAN) != "" {
		data := EPCData{BIC: p.BIC, Name: truncRunes(creditor.Name, epcMaxName), IBAN: p.IBAN, Amount: amount}
		if _, err := backend.NormalizeRFReference(ref); err == nil && ref != "" {
			data.Reference = ref
		} else {
			data.Text = truncRunes(ref, epcMaxText)
		}
		var err error
		if payload, err = EPCPayload(data); err != nil {
			return err
		}
		if code, err = epcCode(payload); err != nil {
			return err
		}
	}
	type line struct{ label, value string }
	var lines []line
	if code != nil {
		iban, _ := backend.NormalizeIBAN(p.IBAN)
		lines = append(lines, line{"Virement à l'ordre de", creditor.Name}, line{"IBAN", FormatIBAN(iban)})
		if strings.TrimSpace(p.BIC) != "" {
			bic, _ := backend.NormalizeBIC(p.BIC)
			lines = append(lines, line{"BIC", bic})
		}
	} else {
		lines = append(lines, line{"Chèque à l'ordre de", creditor.Name})
	}
	if amount > 0 {
		lines = append(lines, line{"Montant", backend.FormatEUR(amount)})
	}
	if ref != "" {
		lines = append(lines, line{"Référence à rappeler", ref})
	}
	if l := strings.TrimSpace(p.Link); l != "" {
		lines = append(lines, line{"Paiement en ligne", l})
	}
	qrSize := 0.0
	if code != nil {
		qrSize = 32
	}
	textW := contentW - 6 - qrSize - 4
	labelW := 38.0
	h := 7.0
	w.font("B", 7)
	for _, l := range lines {
		h += float64(len(w.wrapMax(l.value, textW-labelW, 4))) * 4.5
	}
	h = max(h+2, qrSize+6)
	w.ensure(h + 2)
	y := f.GetY()
	f.SetDrawColor(150, 160, 175)
	f.SetLineWidth(0.3)
	f.Rect(marginL, y, contentW, h, "D")
	w.font("B", 10)
	w.black()
	w.cellAt(marginL+3, y+2, textW, 5, "Modalités de paiement", "L")
	ty := y + 8
	for _, l := range lines {
		w.font("", 9)
		w.gray(70)
		w.cellAt(marginL+3, ty, labelW, 4.5, l.label+nbsp+":", "L")
		w.black()
		// Long values (a payment link) shrink a little before they wrap.
		size := 9.0
		w.font("B", size)
		for size > 7 && w.width(l.value) > textW-labelW {
			size -= 0.5
			w.font("B", size)
		}
		for _, s := range w.wrapMax(l.value, textW-labelW, 4) {
			w.cellAt(marginL+3+labelW, ty, textW-labelW, 4.5, s, "L")
			if l.label == "Paiement en ligne" {
				f.LinkString(marginL+3+labelW, ty, w.width(s), 4.5, strings.TrimSpace(p.Link))
			}
			ty += 4.5
		}
	}
	if code != nil {
		qx := pageW - marginR - 3 - qrSize
		w.qrCode(code, qx, y+1.5, qrSize)
		w.font("", 6.5)
		w.gray(80)
		w.cellAt(qx-4, y+qrSize+1.0, qrSize+8, 3, "QR code virement SEPA (EPC)", "C")
		w.black()
	}
	f.SetDrawColor(0, 0, 0)
	f.SetLineWidth(0.2)
	f.SetXY(marginL, y+h)
	w.font("", bodySize)
	w.space(4)
	return nil
}

// signature is the signature block on the right: "Pour <company>", room to sign, name and capacity.
func (w *writer) signature(creditor Party, s backend.Signatory) {
	name := personName(s)
	w.ensure(26)
	y := w.f.GetY() + 2
	x := windowX
	wd := pageW - marginR - x
	w.font("", 10)
	w.black()
	for _, l := range w.wrapMax("Pour "+creditor.Name+",", wd, 3) {
		w.cellAt(x, y, wd, 5, l, "L")
		y += 5
	}
	y += 11 // room for the handwritten signature
	w.font("B", 10)
	w.cellAt(x, y, wd, 5, name, "L")
	y += 5
	w.font("", 9.5)
	if t := strings.TrimSpace(s.Title); t != "" {
		for _, l := range w.wrap(t, wd) {
			w.cellAt(x, y, wd, 4.6, l, "L")
			y += 4.6
		}
	}
	var contact []string
	if s.Phone != "" {
		contact = append(contact, "Tél."+nbsp+s.Phone)
	}
	if s.Email != "" {
		contact = append(contact, s.Email)
	}
	if len(contact) > 0 {
		w.font("", 8.5)
		w.gray(70)
		for _, l := range w.wrap(strings.Join(contact, " – "), wd) {
			w.cellAt(x, y, wd, 4.2, l, "L")
			y += 4.2
		}
		w.black()
	}
	w.f.SetXY(marginL, y+2)
	w.font("", bodySize)
}

// paragraphs writes body paragraphs separated by a small gap.
func (w *writer) paragraphs(ps []string) {
	for _, p := range ps {
		w.body(p, "")
	}
}

// body writes one justified paragraph of body text, keeping short paragraphs on one page.
func (w *writer) body(p, style string) { w.bodyAligned(p, style, "J") }

func (w *writer) bodyAligned(p, style, align string) {
	w.font(style, bodySize)
	w.black()
	h := w.paraHeight(contentW, bodyLine, p)
	if h <= 4*bodyLine {
		w.ensure(h)
	}
	w.f.SetX(marginL)
	w.para(contentW, bodyLine, p, align)
	w.space(2.2)
	w.font("", bodySize)
}

// numberList is "n° A, B et C" for the subject and references, shortened past a few numbers.
func numberList(inv []InvoiceLine, maxShown int) string {
	var ns []string
	for _, i := range inv {
		ns = append(ns, i.Number)
	}
	if len(ns) > maxShown {
		return strings.Join(ns[:maxShown], ", ") + " et " + strconv.Itoa(len(ns)-maxShown) + " autres"
	}
	if len(ns) <= 1 {
		return strings.Join(ns, "")
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " et " + ns[len(ns)-1]
}

// plural returns one or many.
func plural(n int, one, many string) string {
	if n > 1 {
		return many
	}
	return one
}

func truncRunes(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n]))
}

// pct formats a decimal rate string ("12.15") the French way: "12,15 %".
func pct(rate string) string {
	return strings.Replace(strings.TrimSpace(rate), ".", ",", 1) + nbsp + "%"
}

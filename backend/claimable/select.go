package claimable

import (
	"slices"
	"strings"

	"relance/backend"
)

// Reason is why an invoice that still shows an unpaid amount is not claimed.
type Reason string

const (
	Cancelled  Reason = "cancelled"
	WrittenOff Reason = "written_off"
	Disputed   Reason = "disputed"
	TimeBarred Reason = "time_barred"
)

// LeftOut is an unpaid invoice a document does not claim, and why.
type LeftOut struct {
	Invoice     backend.Invoice
	Reason      Reason
	Outstanding backend.Cents // what the invoice would have claimed: amount less what was paid
	BarredOn    backend.Date  // TimeBarred: first day it was time-barred
	Text        string        // « facture F-12 (1 234,56 €) : en litige depuis le 02/03/2026 (prix contesté) »
}

// ToDebtor reports whether a letter to the debtor names the invoice as left out: a dispute or a limitation are
// the debtor's business; a cancellation or a write-off is the owner's own decision and stays in the owner's view.
func (l LeftOut) ToDebtor() bool { return l.Reason == Disputed || l.Reason == TimeBarred }

// Selection is what a document about one client may claim.
type Selection struct {
	Claimed []backend.Invoice // certain, due (when DueOnly) and unpaid: sorted by due date
	LeftOut []LeftOut         // sorted by due date
}

// Input is one client's ledger as the rule reads it.
type Input struct {
	Invoices []backend.Invoice
	Disputes map[uint64]*backend.Dispute // open disputes by invoice id (resolved ones may be given: they are ignored)
	// Interrupted is the day each invoice's limitation was last interrupted (acknowledgment, court request).
	Interrupted map[uint64]backend.Date
	Consumer    bool
	Today       backend.Date
	// DueOnly keeps only invoices past their due date (notice, court file); false keeps not-yet-due ones too
	// (account statement).
	DueOnly bool
}

// Select applies the rule: an invoice with an unpaid amount is claimed unless it is cancelled, written off, under
// an open dispute or time-barred. An invoice fully paid is neither claimed nor left out.
func Select(in Input) Selection {
	invs := slices.Clone(in.Invoices)
	slices.SortStableFunc(invs, func(a, b backend.Invoice) int {
		if a.DueDate != b.DueDate {
			return int(a.DueDate) - int(b.DueDate)
		}
		return int(a.ID) - int(b.ID)
	})
	var s Selection
	for _, inv := range invs {
		outstanding := inv.AmountInclTax - inv.AmountPaid
		if outstanding <= 0 || (in.DueOnly && !(inv.DueDate < in.Today)) {
			continue
		}
		l := LeftOut{Invoice: inv, Outstanding: outstanding}
		d := in.Disputes[inv.ID]
		switch {
		case inv.Status == backend.StatusCancelled:
			l.Reason = Cancelled
		case inv.Status == backend.StatusWrittenOff:
			l.Reason = WrittenOff
		case d != nil && !d.Resolved:
			l.Reason = Disputed
		case Barred(Start(inv.DueDate, in.Interrupted[inv.ID]), in.Consumer, in.Today):
			l.Reason, l.BarredOn = TimeBarred, BarredOn(Start(inv.DueDate, in.Interrupted[inv.ID]), in.Consumer)
		default:
			s.Claimed = append(s.Claimed, inv)
			continue
		}
		l.Text = describe(l, d, in.Consumer)
		s.LeftOut = append(s.LeftOut, l)
	}
	return s
}

func describe(l LeftOut, d *backend.Dispute, consumer bool) string {
	s := "facture " + l.Invoice.Number + " (" + backend.FormatEUR(l.Outstanding) + ") : "
	switch l.Reason {
	case Cancelled:
		return s + "annulée"
	case WrittenOff:
		return s + "passée en perte"
	case Disputed:
		s += "en litige"
		if !d.Since.IsZero() {
			s += " depuis le " + d.Since.French()
		}
		if label := backend.DisputeReasons[d.Reason]; label != "" && d.Reason != backend.DisputeOther {
			s += " (" + lower(label) + ")"
		}
		return s + ", la somme n'est pas certaine"
	case TimeBarred:
		return s + "prescrite le " + l.BarredOn.French() + " (" + Basis(consumer) + ")"
	}
	return s
}

func lower(s string) string {
	r := []rune(s)
	if len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
		r[0] += 'a' - 'A'
	}
	return string(r)
}

// Texts lists the left-out lines, all of them or only those a letter to the debtor names.
func Texts(ls []LeftOut, toDebtor bool) []string {
	var out []string
	for _, l := range ls {
		if !toDebtor || l.ToDebtor() {
			out = append(out, l.Text)
		}
	}
	return out
}

// Nothing is the message refusing a document (« mise en demeure », « dossier d'injonction de payer ») with nothing
// left to claim, naming what was left out and why.
func Nothing(client, document string, ls []LeftOut) string {
	s := "Pas de " + document + " pour " + client + " : rien à réclamer, aucune facture échue et impayée n'est certaine et non prescrite"
	if t := Texts(ls, false); len(t) > 0 {
		s += " (non réclamées : " + strings.Join(t, " ; ") + ")"
	}
	return s + "."
}

package claimable

import (
	"time"

	"relance/backend"
)

// Limitation periods (prescription) of an unpaid invoice, counted from its due date:
//   - between traders and against any professional debtor, 5 years (art. L110-4 du Code de commerce);
//   - a professional against a consumer, for goods or services, 2 years (art. L218-2 du Code de la consommation).
//
// The period is counted in years from the due date: it ends on the same day of the month N years later (the last
// day to act), and a 29 February with no match ends on 28 February (art. 641 and 642 CPC convention). From the next
// day the debt is time-barred (art. 2228 and 2229 Code civil). A formal notice does not interrupt it; a court
// request (injonction de payer) or the debtor's acknowledgment of the debt does (art. 2240 and 2241 Code civil).
const (
	BusinessYears = 5
	ConsumerYears = 2
	// WarnDays is how long before an invoice becomes time-barred « Aujourd'hui » and the dashboard warn.
	WarnDays = 60
)

// Start is when the limitation period of an invoice runs from: its due date, or the day it was last interrupted
// (the debtor's acknowledgment or a court request: a new period of the same length, art. 2231 Code civil).
func Start(due, interrupted backend.Date) backend.Date {
	if interrupted > due {
		return interrupted
	}
	return due
}

// Years is the limitation period in years for a debtor.
func Years(consumer bool) int {
	if consumer {
		return ConsumerYears
	}
	return BusinessYears
}

// LastDay is the last day a court request can still be filed for an invoice due on due.
func LastDay(due backend.Date, consumer bool) backend.Date {
	if due.IsZero() {
		return 0
	}
	y, m, d := due.Year()+Years(consumer), due.Month(), due.Day()
	if last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day(); d > last {
		d = last // 29 February in a year without one: 28 February
	}
	return backend.NewDate(y, m, d)
}

// BarredOn is the first day the invoice is time-barred (0 when it has no due date).
func BarredOn(due backend.Date, consumer bool) backend.Date {
	if due.IsZero() {
		return 0
	}
	return LastDay(due, consumer).AddDays(1)
}

// Barred reports whether an invoice due on due is time-barred at today.
func Barred(due backend.Date, consumer bool, today backend.Date) bool {
	b := BarredOn(due, consumer)
	return !b.IsZero() && today >= b
}

// NearingBar reports whether an invoice due on due becomes time-barred within WarnDays of today (and is not yet),
// with the last day to act.
func NearingBar(due backend.Date, consumer bool, today backend.Date) (lastDay backend.Date, ok bool) {
	b := BarredOn(due, consumer)
	if b.IsZero() || today >= b || today.DaysUntil(b) > WarnDays {
		return 0, false
	}
	return LastDay(due, consumer), true
}

// Basis names the article that sets the period.
func Basis(consumer bool) string {
	if consumer {
		return "2 ans, art. L218-2 du Code de la consommation"
	}
	return "5 ans, art. L110-4 du Code de commerce"
}

// Advice is what the owner can still do before an invoice becomes time-barred: the same words everywhere.
const Advice = "Une mise en demeure seule n'interrompt pas la prescription : seule une demande en justice " +
	"(requête en injonction de payer) ou la reconnaissance de la dette par le débiteur l'interrompt " +
	"(art. 2240 et 2241 du Code civil)."

// Warning is the sentence « Aujourd'hui » and the dashboard show for an invoice nearing its limitation.
func Warning(number string, remaining backend.Cents, lastDay backend.Date, consumer bool) string {
	return "La facture " + number + " (" + backend.FormatEUR(remaining) + ") sera prescrite après le " + lastDay.French() +
		" (" + Basis(consumer) + ") : déposez une requête en injonction de payer ou obtenez une reconnaissance de dette écrite avant cette date. " +
		Advice
}

package report

import (
	"cmp"
	"math"
	"slices"
	"strconv"

	"relance/backend"
)

// Behaviour is how a client pays, summed up for the client page and for suggesting a segment.
type Behaviour struct {
	ClientID     uint64 `json:"clientId"`
	PaidInvoices int    `json:"paidInvoices"` // invoices paid in full
	// AverageDaysLate is the unweighted mean, over the invoices paid in full, of the days from the due date to
	// the date the invoice was settled; an invoice paid early or on the due date counts as 0.
	AverageDaysLate float64 `json:"averageDaysLate"`
	ShareLate       float64 `json:"shareLate"` // 0..1: share of the paid invoices settled after their due date
	// Trend is the average days late (rounded) of the invoices settled in each of the last 12 months, oldest
	// first; Count is how many were settled that month (0: no data).
	Trend            []MonthFigure `json:"trend"`
	Score            int           `json:"score"`       // 0..100, see ClientBehaviour
	Explanation      []string      `json:"explanation"` // one French line per rule, with its points
	SuggestedSegment string        `json:"suggestedSegment"`
}

// Score deductions and thresholds.
const (
	maxDaysLatePoints  = 40 // 1 point per day late on average
	maxShareLatePoints = 20 // times the share of invoices paid late
	longOverdueDays    = 60 // an open invoice more than this many days past due…
	longOverduePoints  = 10 // …costs this much…
	maxLongOverdue     = 30 // …up to this
	newClientMonths    = 6
	newClientMinPaid   = 3
	atRiskBelow        = 50
)

// ClientBehaviour sums up how client pays, from its invoices (others in the slice are ignored; cancelled and
// written-off ones are left out) and the payments allocated to them, at today.
//
// An invoice is paid when AmountPaid covers AmountInclTax (> 0). It was settled on the date of the allocation
// that brought what was paid on it to its amount, taking allocations in date order; the part of AmountPaid that no
// allocation itemises counts as paid on the due date. Days late = max(0, days from the due date to that date).
//
// Score: start at 100 and deduct
//   - 1 point per day of AverageDaysLate (rounded), up to 40;
//   - 20 × ShareLate (rounded), up to 20;
//   - 10 points per invoice still owing more than 60 days past due, up to 30;
//
// then keep within 0..100. Broken promises and disputes are not known here and cost nothing. Each rule gives a
// line of Explanation.
//
// SuggestedSegment, first rule that applies:
//   - "new": fewer than 3 paid invoices and client created less than 6 months before today (CreatedAt in Paris;
//     when CreatedAt is zero, the first invoice's issue date; with neither, the client is new);
//   - "at-risk": score below 50;
//   - "regular" otherwise. "strategic" depends on the client's share of the yearly revenue, which this function
//     does not see, so it is never suggested.
func ClientBehaviour(client backend.Client, invoices []backend.Invoice, payments []backend.Payment, today backend.Date) Behaviour {
	b := Behaviour{ClientID: client.ID}
	local := map[uint64]int{} // invoice ID → position in mine
	var mine []*backend.Invoice
	first := backend.Date(0)
	for i := range invoices {
		inv := &invoices[i]
		if inv.ClientID != client.ID || excluded(inv) {
			continue
		}
		local[inv.ID] = len(mine)
		mine = append(mine, inv)
		if first == 0 || (inv.IssueDate != 0 && inv.IssueDate < first) {
			first = inv.IssueDate
		}
	}

	type event struct {
		k      int
		date   backend.Date
		amount backend.Cents
	}
	var events []event
	for i := range payments {
		for _, a := range payments[i].Allocations {
			if k, ok := local[a.InvoiceID]; ok {
				events = append(events, event{k, payments[i].Date, a.Amount})
			}
		}
	}
	allocated := make([]backend.Cents, len(mine))
	for _, e := range events {
		allocated[e.k] += e.amount
	}
	// Unitemised payments, dated on the due date, join the allocations; then settle each invoice in date order.
	for k, inv := range mine {
		if u := min(inv.AmountPaid, inv.AmountInclTax) - allocated[k]; u > 0 {
			events = append(events, event{k, inv.DueDate, u})
		}
	}
	slices.SortFunc(events, func(x, y event) int {
		if c := cmp.Compare(x.k, y.k); c != 0 {
			return c
		}
		return cmp.Compare(x.date, y.date)
	})

	trend := newMonthly(today, TrendMonths)
	var late, lateCount int
	for j := 0; j < len(events); {
		k := events[j].k
		inv := mine[k]
		var paid backend.Cents
		var settled backend.Date
		for ; j < len(events) && events[j].k == k; j++ {
			paid += events[j].amount
			if settled == 0 && paid >= inv.AmountInclTax {
				settled = events[j].date
			}
		}
		if inv.AmountInclTax <= 0 || inv.AmountPaid < inv.AmountInclTax || settled == 0 {
			continue
		}
		days := max(0, inv.DueDate.DaysUntil(settled))
		b.PaidInvoices++
		late += days
		if days > 0 {
			lateCount++
		}
		trend.add(settled, int64(days))
	}
	for k := range trend.fig {
		if f := &trend.fig[k]; f.Count > 0 {
			f.Value = divRound(f.Value, int64(f.Count))
		}
	}
	b.Trend = trend.fig

	var longOverdue int
	for _, inv := range mine {
		if inv.Remaining() > 0 && inv.DueDate.DaysUntil(today) > longOverdueDays {
			longOverdue++
		}
	}

	score := 100
	if b.PaidInvoices == 0 {
		b.Explanation = append(b.Explanation, "aucune facture réglée pour l'instant : pas encore d'historique de paiement")
	} else {
		b.AverageDaysLate = float64(late) / float64(b.PaidInvoices)
		b.ShareLate = float64(lateCount) / float64(b.PaidInvoices)
		avg := int(math.Round(b.AverageDaysLate))
		if avg == 0 {
			b.Explanation = append(b.Explanation, "paie en moyenne à l'échéance ou avant")
		} else {
			pts := min(avg, maxDaysLatePoints)
			score -= pts
			b.Explanation = append(b.Explanation, "paie en moyenne "+plural(avg, "jour", "jours")+" après l'échéance "+
				points(pts, avg > maxDaysLatePoints))
		}
		if lateCount > 0 {
			pts := int(math.Round(maxShareLatePoints * b.ShareLate))
			score -= pts
			b.Explanation = append(b.Explanation, strconv.Itoa(lateCount)+" "+pick(lateCount, "facture", "factures")+
				" sur "+strconv.Itoa(b.PaidInvoices)+" "+pick(lateCount, "réglée", "réglées")+" après l'échéance "+
				points(pts, false))
		}
	}
	if longOverdue > 0 {
		pts := min(longOverduePoints*longOverdue, maxLongOverdue)
		score -= pts
		b.Explanation = append(b.Explanation, plural(longOverdue, "facture impayée", "factures impayées")+
			" depuis plus de "+strconv.Itoa(longOverdueDays)+" jours "+points(pts, longOverduePoints*longOverdue > maxLongOverdue))
	}
	b.Score = max(0, min(100, score))

	created := first
	if !client.CreatedAt.IsZero() {
		created = backend.DateOf(client.CreatedAt)
	}
	switch {
	case b.PaidInvoices < newClientMinPaid && (created == 0 || created > addMonths(today, -newClientMonths)):
		b.SuggestedSegment = "new"
	case b.Score < atRiskBelow:
		b.SuggestedSegment = "at-risk"
	default:
		b.SuggestedSegment = "regular"
	}
	return b
}

// points renders a deduction: "(−12 points)", "(−1 point)", "(−40 points, plafond)".
func points(n int, capped bool) string {
	s := "(\u2212" + pick(n, strconv.Itoa(n)+" point", strconv.Itoa(n)+" points")
	if n == 0 {
		s = "(0 point"
	}
	if capped {
		s += ", plafond"
	}
	return s + ")"
}

func plural(n int, one, many string) string { return strconv.Itoa(n) + " " + pick(n, one, many) }

func pick(n int, one, many string) string {
	if n == 1 || n == -1 {
		return one
	}
	return many
}

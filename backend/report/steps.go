package report

import (
	"cmp"
	"slices"

	"relance/backend"
)

// StepSent is one reminder step carried out for an invoice (a step record of the chase).
type StepSent struct {
	InvoiceID uint64
	Channel   backend.Channel
	Step      string // the step's name
	Date      backend.Date
}

// ChannelStat is how many reminders went out on a channel (or for a step) and how many of their invoices were
// paid in full within PaidWithinDays after.
type ChannelStat struct {
	Key         string  `json:"key"` // the channel, or the step's name
	Sent        int     `json:"sent"`
	PaidWithin7 int     `json:"paidWithin7"`
	Share       float64 `json:"share"` // PaidWithin7 / Sent, 0 when none sent
}

// PaidWithinDays is the window after a reminder in which a payment counts as its effect.
const PaidWithinDays = 7

// SettledOn gives the day each invoice paid in full was settled: the date of the allocation that completed it,
// allocations taken in date order; what no allocation itemises counts as paid on the due date (as everywhere in
// this package).
func SettledOn(invoices []backend.Invoice, payments []backend.Payment) map[uint64]backend.Date {
	type alloc struct {
		date   backend.Date
		amount backend.Cents
	}
	byInv := map[uint64][]alloc{}
	for i := range payments {
		for _, a := range payments[i].Allocations {
			byInv[a.InvoiceID] = append(byInv[a.InvoiceID], alloc{payments[i].Date, a.Amount})
		}
	}
	out := make(map[uint64]backend.Date)
	for i := range invoices {
		inv := &invoices[i]
		if excluded(inv) || inv.AmountInclTax <= 0 || inv.AmountPaid < inv.AmountInclTax {
			continue
		}
		as := byInv[inv.ID]
		var itemised backend.Cents
		for _, a := range as {
			itemised += a.amount
		}
		paid := max(inv.AmountPaid-itemised, 0) // unitemised: on the due date
		slices.SortFunc(as, func(a, b alloc) int { return cmp.Compare(a.date, b.date) })
		day := inv.DueDate
		for _, a := range as {
			if paid >= inv.AmountInclTax {
				break
			}
			paid += a.amount
			day = a.date
		}
		out[inv.ID] = day
	}
	return out
}

// StepEffect counts, per channel and per step, the reminders sent and the share of their invoices paid in full
// within PaidWithinDays (the reminder's day included, as a payment that crossed it counts too).
func StepEffect(steps []StepSent, settled map[uint64]backend.Date) (byChannel, byStep []ChannelStat) {
	ch, st := map[string]*ChannelStat{}, map[string]*ChannelStat{}
	add := func(m map[string]*ChannelStat, key string, paid bool) {
		s := m[key]
		if s == nil {
			s = &ChannelStat{Key: key}
			m[key] = s
		}
		s.Sent++
		if paid {
			s.PaidWithin7++
		}
	}
	for _, s := range steps {
		d, ok := settled[s.InvoiceID]
		paid := ok && d >= s.Date && s.Date.DaysUntil(d) <= PaidWithinDays
		add(ch, string(s.Channel), paid)
		add(st, s.Step, paid)
	}
	flat := func(m map[string]*ChannelStat) []ChannelStat {
		out := make([]ChannelStat, 0, len(m))
		for _, s := range m {
			if s.Sent > 0 {
				s.Share = float64(s.PaidWithin7) / float64(s.Sent)
			}
			out = append(out, *s)
		}
		slices.SortFunc(out, func(a, b ChannelStat) int { return cmp.Or(cmp.Compare(b.Sent, a.Sent), cmp.Compare(a.Key, b.Key)) })
		return out
	}
	return flat(ch), flat(st)
}

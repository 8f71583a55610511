// Package demo generates a realistic French ledger (clients, invoices, payments) for demonstrations, manual
// testing and benchmarks. The output depends only on Options: the same seed always gives the same data, so
// benchmarks and screenshots are reproducible.
//
// References between records are positions: Client.ID, Invoice.ID and Payment.ID are index+1, and
// Invoice.ClientID, Payment.ClientID and Allocation.InvoiceID point at those. The store remaps them on insert.
package demo

import (
	"math/rand/v2"
	"time"

	"relance/backend"
)

// Options sizes the generated ledger.
type Options struct {
	Clients  int          // number of clients; 0 means 50
	Invoices int          // number of invoices (0: none); negative means 10 per client
	Seed     int64        // the same seed gives the same data
	Today    backend.Date // the date the ledger is seen from; zero means DefaultToday
	Messages int          // e-mails received from clients (replies to reminders); 0 means none
}

// DefaultToday is used when Options.Today is zero, so that Generate never depends on the wall clock.
var DefaultToday = backend.NewDate(2026, time.June, 15)

// Data is the generated ledger.
type Data struct {
	Clients  []backend.Client
	Invoices []backend.Invoice
	Payments []backend.Payment
	Messages []Message
}

// historyDays is how far back invoices go: 18 months.
const historyDays = 548

// Generate builds the demo ledger. Every record passes its Normalize without error and is already in normalised
// form; for each invoice the allocations of all payments add up to its AmountPaid.
func Generate(o Options) Data {
	if o.Clients <= 0 {
		o.Clients = 50
	}
	if o.Invoices < 0 {
		o.Invoices = 10 * o.Clients
	}
	if o.Today.IsZero() {
		o.Today = DefaultToday
	}
	g := &gen{
		r:     rand.New(rand.NewPCG(uint64(o.Seed), 0x5eed_de30_4e1a_c0de)),
		today: o.Today,
		taken: make(map[string]bool, 4*o.Clients),
	}
	g.clients(o.Clients)
	g.invoices(o.Invoices)
	g.messages(o.Messages) // last: the ledger above is the same with or without them
	return g.data
}

// gen holds the generator state: the random source, what was already used (names, domains and identifiers must
// be unique) and how each client behaves, which the invoices need.
type gen struct {
	r        *rand.Rand
	today    backend.Date
	data     Data
	taken    map[string]bool // names, e-mail domains, addresses and SIRENs already handed out
	profiles []profile
	cumw     []float64 // cumulative client weights, to pick who an invoice is for
}

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between returns an integer in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func pick[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }

// weighted returns an index of w with probability proportional to its weight.
func (g *gen) weighted(w []int) int {
	total := 0
	for _, v := range w {
		total += v
	}
	n := g.r.IntN(total)
	for i, v := range w {
		if n < v {
			return i
		}
		n -= v
	}
	return len(w) - 1
}

// unique returns the first of try(0), try(1), … not yet taken and marks it taken; try must end up with fresh values
// (typically by adding attempt to the candidate after a few tries).
func (g *gen) unique(try func(attempt int) string) string {
	for attempt := 0; ; attempt++ {
		if s := try(attempt); !g.taken[s] {
			g.taken[s] = true
			return s
		}
	}
}

// at is an instant on a civil date, for the CreatedAt fields; hour in Paris-ish working hours, as UTC.
func at(d backend.Date, hour, minute int) time.Time {
	return d.Time().Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// pad renders n with at least width digits.
func pad(n, width int) string {
	s := itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// digits returns n random decimal digits.
func (g *gen) digits(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return b
}

// luhnDigit is the digit that makes payload+digit pass the Luhn check used by SIREN and SIRET.
func luhnDigit(payload []byte) byte {
	sum := 0
	for i := 0; i < len(payload); i++ {
		d := int(payload[len(payload)-1-i] - '0')
		if i%2 == 0 { // doubled: it sits at an odd position once the check digit is appended
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

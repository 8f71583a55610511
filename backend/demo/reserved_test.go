package demo

import (
	"regexp"
	"testing"

	"relance/backend"
)

var anyAddress = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+`)

// No demo address may reach a real person: every address of clients, contacts and received messages, and any
// address quoted in a message's text, is at a reserved domain (RFC 2606, 6761), whatever the size and the seed.
func TestDemoAddressesAreReserved(t *testing.T) {
	sizes := []struct{ clients, invoices int }{{1, 30}, {5, 0}, {60, 600}, {120, 1500}, {1000, 3000}}
	for _, sz := range sizes {
		for _, seed := range []int64{1, 2, 3, 7, 42} {
			d := Generate(Options{Clients: sz.clients, Invoices: sz.invoices, Messages: 2 * sz.clients, Seed: seed, Today: today})
			n := 0
			check := func(where, addr string) {
				if addr == "" {
					return
				}
				n++
				if !backend.ReservedAddress(addr) {
					t.Errorf("%d clients, seed %d: %s has a real-looking address %q", sz.clients, seed, where, addr)
				}
			}
			for _, c := range d.Clients {
				check("client "+c.Code, c.Email)
				for _, ct := range c.Contacts {
					check("contact of "+c.Code, ct.Email)
				}
			}
			for _, m := range d.Messages {
				check("message from", m.Interaction.FromEmail)
				check("bounce", m.Interaction.BounceAddress)
				for _, a := range anyAddress.FindAllString(m.Text+" "+m.Interaction.Excerpt+" "+m.Interaction.Subject, -1) {
					check("message text", a)
				}
			}
			if n < sz.clients {
				t.Fatalf("%d clients, seed %d: only %d addresses checked", sz.clients, seed, n)
			}
		}
	}
}

package dunning

import (
	"strings"
	"testing"
)

// A collective proceeding stops the chase at once for the invoices issued up to the opening judgment: every step
// that comes due is skipped with the proceeding as its reason, nothing is sent; an invoice issued after the
// judgment is chased as usual; another client is untouched.
func TestHaltStopsTheChaseOfClaimsBornBeforeTheJudgment(t *testing.T) {
	in := ledger("2026-11-20",
		newInvoice(1, 1, "F-1", "2026-10-01", eur(1200)), // issued 01/09, before the judgment: halted
		newInvoice(2, 1, "F-2", "2026-11-10", eur(300)),  // issued 11/10, before the judgment of 14/10: halted
		newInvoice(3, 1, "F-3", "2026-11-16", eur(450)),  // issued 17/10, after: chased
		newInvoice(4, 2, "F-4", "2026-10-01", eur(800)),  // another client: chased
	)
	in.Clients = append(in.Clients, newClient(2, "C2", "regular"))
	reason := "Redressement judiciaire ouvert le 14/10/2026 par le tribunal de commerce de Lyon"
	in.Halts = []Halt{{ClientID: 1, Through: d("2026-10-14"), Reason: reason}}

	r := Plan(in)
	var halted, chased []string
	for _, a := range r.Actions {
		for _, l := range a.Lines {
			switch {
			case a.ClientID == 1 && a.Status == Skipped && strings.Contains(l.Reason, reason):
				halted = append(halted, l.Number)
			case a.Status == Due || a.Status == NeedsReview:
				chased = append(chased, l.Number)
			case a.Status == Skipped && !strings.Contains(l.Reason, reason) && l.Number != "F-1" && l.Number != "F-2":
				// a step of F-3 or F-4 passed over for its own reason (a courtesy message too late)
			default:
				t.Errorf("unexpected %s action for %s: %s", a.Status, l.Number, l.Reason)
			}
		}
	}
	if !strings.Contains(strings.Join(halted, ","), "F-1") || !strings.Contains(strings.Join(halted, ","), "F-2") {
		t.Errorf("halted %v", halted)
	}
	for _, n := range chased {
		if n == "F-1" || n == "F-2" {
			t.Errorf("%s is chased despite the proceeding", n)
		}
	}
	if !strings.Contains(strings.Join(chased, ","), "F-3") || !strings.Contains(strings.Join(chased, ","), "F-4") {
		t.Errorf("chased %v, want F-3 and F-4", chased)
	}
	for _, a := range r.Actions {
		if a.ClientID == 1 && a.Status == Skipped {
			if !strings.Contains(a.Reason, reason+" : relances arrêtées, la créance se déclare au mandataire judiciaire") {
				t.Errorf("reason %q", a.Reason)
			}
		}
	}

	// Carried out day after day, the halted invoices never get a contact: every step is recorded as skipped, the
	// scenario ends, and no repetition follows.
	in.Today = d("2026-11-20")
	acts := simulate(&in, "2026-11-20", "2027-03-31", nil)
	for _, a := range acts {
		if a.Status == Skipped {
			continue
		}
		for _, l := range a.Lines {
			if l.Number == "F-1" || l.Number == "F-2" {
				t.Fatalf("%s chased on %s: %s", l.Number, a.Date, a.Reason)
			}
		}
	}
	in.Today = d("2027-04-01")
	for _, a := range Plan(in).Actions {
		for _, l := range a.Lines {
			if l.Number == "F-1" || l.Number == "F-2" {
				t.Errorf("still planned after the scenario: %+v", a)
			}
		}
	}

	// Without the halt, F-1 would have been chased that first day: the halt is what stopped it.
	in2 := ledger("2026-11-20", newInvoice(1, 1, "F-1", "2026-10-01", eur(1200)))
	if len(only(t, Plan(in2).Actions, Due, NeedsReview)) == 0 {
		t.Error("the control ledger plans nothing: the test proves nothing")
	}
}

// A takeover (reprise) does not start the chase of a client in a collective proceeding: its invoices get no start.
func TestRepriseLeavesAHaltedClientAlone(t *testing.T) {
	in := ledger("2026-11-20", newInvoice(1, 1, "F-1", "2026-09-01", eur(1200)), newInvoice(2, 2, "F-2", "2026-09-01", eur(800)))
	in.Clients = append(in.Clients, newClient(2, "C2", "regular"))
	before := PlanReprise(in, 0)
	in.Halts = []Halt{{ClientID: 1, Through: d("2026-10-14"), Reason: "Liquidation judiciaire ouverte le 14/10/2026"}}
	after := PlanReprise(in, 0)
	starts := func(r Reprise) (c1, c2 int) {
		for _, s := range r.Starts {
			if s.ClientID == 1 {
				c1++
			} else {
				c2++
			}
		}
		return
	}
	if b1, _ := starts(before); b1 == 0 {
		t.Fatal("without the halt the reprise starts nothing for C1: the test proves nothing")
	}
	if a1, a2 := starts(after); a1 != 0 || a2 == 0 {
		t.Errorf("with the halt: %d starts for C1, %d for C2", a1, a2)
	}
}

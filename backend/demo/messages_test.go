package demo

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"relance/backend"
)

func TestMessages(t *testing.T) {
	o := Options{Clients: 150, Invoices: 2000, Messages: 3000, Seed: 4, Today: today}
	d := Generate(o)
	if len(d.Messages) != 3000 {
		t.Fatalf("%d messages", len(d.Messages))
	}
	// The ledger does not change with the messages (benchmarks and screenshots stay comparable).
	without := Generate(Options{Clients: 150, Invoices: 2000, Seed: 4, Today: today})
	if !reflect.DeepEqual(without.Invoices, d.Invoices) || !reflect.DeepEqual(without.Payments, d.Payments) {
		t.Fatal("generating messages changed the ledger")
	}
	if again := Generate(o); !reflect.DeepEqual(again.Messages, d.Messages) {
		t.Fatal("same options, different messages")
	}
	classes := map[string]int{}
	seen := map[string]bool{}
	toRead := 0
	for i, m := range d.Messages {
		it := m.Interaction
		classes[it.Class]++
		if it.UID != uint32(i+1) || seen[it.MessageID] {
			t.Fatalf("message %d: UID %d, Message-ID %s (repeated: %v)", i, it.UID, it.MessageID, seen[it.MessageID])
		}
		seen[it.MessageID] = true
		if i > 0 && it.ReceivedAt.Before(d.Messages[i-1].Interaction.ReceivedAt) {
			t.Fatalf("message %d arrived before the previous one", i)
		}
		if it.ReceivedAt.After(today.AddDays(1).Time()) {
			t.Fatalf("message %d from the future: %s", i, it.ReceivedAt)
		}
		if it.Subject == "" || it.Excerpt == "" || m.Text == "" || it.FromEmail == "" || strings.Contains(m.Text+it.Subject, "{") {
			t.Fatalf("message %d incomplete: %+v %q", i, it, m.Text)
		}
		if it.Status == backend.InteractionNew {
			toRead++
			// Only unmatched ones wait: a linked unread reply would have paused its client's chase.
			if it.ClientID != 0 || it.ReceivedAt.Before(today.AddDays(-31).Time()) {
				t.Fatalf("message %d to read: %+v", i, it)
			}
			continue
		}
		if it.ClientID == 0 {
			continue
		}
		if int(it.ClientID) > len(d.Clients) || len(it.InvoiceIDs) != 1 {
			t.Fatalf("message %d links to %d / %v", i, it.ClientID, it.InvoiceIDs)
		}
		inv := d.Invoices[it.InvoiceIDs[0]-1]
		if inv.ClientID != it.ClientID || !strings.Contains(it.LinkReason, inv.Number) {
			t.Fatalf("message %d: invoice %s is not its client's", i, inv.Number)
		}
		if it.Class == "promise" && it.PromiseDate.IsZero() || it.Class == "bounce" && it.BounceAddress == "" {
			t.Fatalf("message %d: %+v", i, it)
		}
	}
	for _, c := range []string{"auto_reply", "promise", "paid", "other", "dispute", "copy_request", "bounce"} {
		if classes[c] < 50 {
			t.Errorf("only %d %s in 3 000 messages: %v", classes[c], c, classes)
		}
	}
	if toRead == 0 {
		t.Error("no message left to read: the « Non rattachés » list would be empty")
	}
}

// Replies a user can believe (#16 point 9): the demo sends no reminder, so no message answers one; each arrived
// after the invoice it answers and before the day the demo is seen (never later today than now), was read before
// that day too, and writes its amounts as a French client does.
func TestMessagesBelievable(t *testing.T) {
	d := Generate(Options{Clients: 150, Invoices: 2000, Messages: 3000, Seed: 7, Today: today})
	// Midnight in Paris is 22:00 or 23:00 UTC the day before: whatever the hour now, these are in the past.
	dayStart := today.Time().Add(-2 * time.Hour)
	frenchAmount := regexp.MustCompile(`\d,\d\d\x{a0}€`)
	nothingOwed := regexp.MustCompile(`(^|[^\d\x{a0}])0,00\x{a0}€`)
	dotAmount := regexp.MustCompile(`\d\.\d\d ?€|€ ?\d+,\d\d\b`)
	french := 0
	for i, m := range d.Messages {
		it := m.Interaction
		if !it.ReceivedAt.Before(dayStart) || (!it.HandledAt.IsZero() && !it.HandledAt.Before(dayStart)) {
			t.Fatalf("message %d received %s, read %s: not before %s", i, it.ReceivedAt, it.HandledAt, today)
		}
		low := strings.ToLower(it.Subject + "\n" + m.Text + "\n" + it.LinkReason)
		for _, w := range []string{"relance", "rappel :", "reminder", "dernier rappel"} {
			if strings.Contains(low, w) {
				t.Fatalf("message %d answers a reminder the demo never sent (%q): %q / %q", i, w, it.Subject, m.Text)
			}
		}
		if dotAmount.MatchString(m.Text) {
			t.Fatalf("message %d writes an amount as a program does: %q", i, m.Text)
		}
		if len(it.InvoiceIDs) == 1 {
			inv := d.Invoices[it.InvoiceIDs[0]-1]
			if backend.DateOf(it.ReceivedAt) < inv.IssueDate {
				t.Fatalf("message %d received %s, before invoice %s was issued (%s)", i, it.ReceivedAt, inv.Number, inv.IssueDate)
			}
			if nothingOwed.MatchString(m.Text) {
				t.Fatalf("message %d speaks of nothing owed: %q", i, m.Text)
			}
			if inv.AmountPaid >= inv.AmountInclTax && backend.DateOf(it.ReceivedAt) >= backend.DateOf(inv.UpdatedAt) && backend.DateOf(inv.UpdatedAt) > inv.IssueDate {
				t.Fatalf("message %d received %s, after invoice %s was paid (%s)", i, it.ReceivedAt, inv.Number, inv.UpdatedAt)
			}
			c := d.Clients[inv.ClientID-1]
			if c.Language != "en" {
				french++
				if !frenchAmount.MatchString(m.Text) || !strings.Contains(m.Text, "Atelier Démo a écrit :") {
					t.Fatalf("message %d: no French amount or quoted invoice e-mail: %q", i, m.Text)
				}
			}
		}
	}
	if french < 1000 {
		t.Errorf("only %d replies from French clients checked", french)
	}
}

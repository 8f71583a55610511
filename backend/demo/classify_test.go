package demo

import (
	"fmt"
	"mime"
	"strings"
	"testing"

	"relance/backend"
	"relance/backend/inbox"
)

// The demo's replies read as what they claim to be: the app's own parser and classifier, given each one as a raw
// e-mail, find the same class (bounces aside: a real one is a multipart delivery report, which the corpus tests).
func TestMessagesReadAsTheirClass(t *testing.T) {
	d := Generate(Options{Clients: 150, Invoices: 2000, Messages: 1500, Seed: 2, Today: today})
	wrong := map[string]int{}
	total := map[string]int{}
	for _, m := range d.Messages {
		it := m.Interaction
		if it.Class == "bounce" {
			continue
		}
		var raw strings.Builder
		fmt.Fprintf(&raw, "From: %s\r\nTo: compta@atelier-demo.example\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n",
			it.FromEmail, mime.QEncoding.Encode("utf-8", it.Subject), it.ReceivedAt.Format("Mon, 02 Jan 2006 15:04:05 -0700"), it.MessageID)
		if it.Class == "auto_reply" {
			raw.WriteString("Auto-Submitted: auto-replied\r\n")
		}
		raw.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
		raw.WriteString(strings.ReplaceAll(m.Text, "\n", "\r\n"))
		msg, err := inbox.Parse([]byte(raw.String()))
		if err != nil {
			t.Fatalf("%s: %v", it.MessageID, err)
		}
		got := inbox.Classify(msg, backend.DateOf(it.ReceivedAt))
		if got.Learned {
			// No rule recognised it (the rules alone say « autre »); the demo's texts are written for the rules,
			// the learned model is measured on the evaluation corpora (backend/inbox/testdata/eval).
			got.Class = inbox.Other
		}
		total[it.Class]++
		if string(got.Class) != it.Class {
			wrong[it.Class]++
			if wrong[it.Class] <= 2 {
				t.Errorf("%s read as %s (%s):\n%s", it.Class, got.Class, got.Reason, m.Text)
			}
		}
	}
	if len(wrong) > 0 {
		t.Errorf("misread: %v of %v", wrong, total)
	}
}

package app

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"relance/backend"
)

func reply(sent backend.OutboxMessage, id, body string) string {
	return `From: Marc Lefèvre <compta@lefevre.fr>
To: claire@atelier-dupont.fr
Subject: RE: ` + sent.Subject + `
Message-ID: <` + id + `@lefevre.fr>
In-Reply-To: ` + sent.MessageID + `
Date: Mon, 23 Nov 2026 15:00:00 +0100
Content-Type: text/plain; charset=utf-8

` + body + `
`
}

// The owner corrects a misread reply; the correction is kept in the store and in the export, and the next reply
// of the same kind is read the owner's way, with Relance's own reading offered back.
func TestOwnerCorrectionIsLearned(t *testing.T) {
	env, api, mb, _, sent := inboxLedger(t)
	mb.Deliver(t, reply(sent, "r1", "Bonjour, je transmets à notre comptable qui vous réglera le 15/12 dès que le numéro de bon de commande figurera sur la facture. Merci de nous la refaire avec notre référence BC-2291."))
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	todo, _ := api.List("todo", 0)
	if len(todo) != 1 || todo[0].Interaction.Class != "promise" {
		t.Fatalf("first reply: %+v", todo)
	}
	if _, err := api.Correct(todo[0].Interaction.ID, "copy_request"); err != nil {
		t.Fatal(err)
	}
	cs, err := env.Store.ClassCorrections()
	if err != nil || len(cs) != 1 || cs[0].Was != "promise" || cs[0].Class != "copy_request" || !strings.Contains(cs[0].Text, "bon de commande") || strings.Contains(cs[0].Text, "Sauf erreur") {
		t.Fatalf("correction kept: %+v %v", cs, err)
	}
	var buf bytes.Buffer
	if _, err := ExportLedger(env.Store, "all", "json", &buf); err != nil {
		t.Fatal(err)
	}
	var all LedgerExport
	if err := json.Unmarshal(buf.Bytes(), &all); err != nil || len(all.InboxCorrections) != 1 {
		t.Fatalf("export: %d corrections, %v", len(all.InboxCorrections), err)
	}

	mb.Deliver(t, reply(sent, "r2", "Bonjour, notre comptable vous réglera le 22/12 dès que le numéro de bon de commande figurera sur la facture. Merci de nous la refaire avec la référence BC-3310.\nCordialement"))
	if err := api.syncOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	all2, _ := api.List("all", 0)
	var next *backend.Interaction
	for i := range all2 {
		if all2[i].Interaction.MessageID == "<r2@lefevre.fr>" {
			next = &all2[i].Interaction
		}
	}
	if next == nil || next.Class != "copy_request" || next.Alternative != "promise" || next.AlternativeDate != backend.MustDate("2026-12-22") ||
		!strings.Contains(next.Reason, "lu comme vous l'avez corrigé") {
		t.Fatalf("second reply: %+v", next)
	}
	// Taking the second reading in one click: a promise with its date, ready to accept; nothing left to offer.
	v, err := api.Correct(next.ID, "promise")
	if err != nil {
		t.Fatal(err)
	}
	if v.Interaction.Class != "promise" || v.Interaction.PromiseDate != backend.MustDate("2026-12-22") || v.Interaction.Alternative != "" ||
		!strings.Contains(v.Proposal, "22/12/2026") {
		t.Fatalf("after choosing the second reading: %+v (%s)", v.Interaction, v.Proposal)
	}
	// That choice is a correction too (Relance had read a copy request there).
	if cs, _ := env.Store.ClassCorrections(); len(cs) != 2 {
		t.Fatalf("%d corrections", len(cs))
	}
}

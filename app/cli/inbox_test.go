package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"relance/app"
	"relance/backend"
	"relance/backend/replies"
)

func TestBounceMarksTheAddressAndUnmatchedIsAssigned(t *testing.T) {
	env, api, mb, biz, sent := inboxLedger(t)
	mb.Deliver(t, `From: Mail Delivery System <MAILER-DAEMON@mx.lefevre.fr>
To: claire@atelier-dupont.fr
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.lefevre.fr>
Date: Mon, 23 Nov 2026 15:05:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=us-ascii

I'm sorry to have to inform you that your message could not be delivered.

<compta@lefevre.fr>: host mx.lefevre.fr said: 550 5.1.1 User unknown

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.lefevre.fr

Final-Recipient: rfc822; compta@lefevre.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

Message-ID: `+sent.MessageID+`
Subject: `+sent.Subject+`

--B--
`)
	mb.Deliver(t, `From: Sophie Martin <s.martin@gmail.com>
To: claire@atelier-dupont.fr
Subject: Question
Message-ID: <q-1@gmail.com>
Date: Mon, 23 Nov 2026 16:00:00 +0100
Content-Type: text/plain; charset=utf-8

Bonjour, pouvez-vous me rappeler ?
`)
	if err := app.SyncInbox(context.Background(), api); err != nil {
		t.Fatal(err)
	}
	c, _ := env.Store.Client(biz.ID)
	if !c.Contacts[0].EmailInvalid {
		t.Fatalf("contact not marked invalid: %+v", c.Contacts)
	}
	fus, _ := env.Store.FollowUps(false)
	if len(fus) != 1 || fus[0].Channel != backend.ChannelLetter || fus[0].ClientID != biz.ID {
		t.Fatalf("follow-ups %+v", fus)
	}
	un, _ := api.List("unmatched", 0)
	if len(un) != 1 || un[0].Interaction.FromEmail != "s.martin@gmail.com" {
		t.Fatalf("unmatched %+v", un)
	}
	// Assigned to the client and learnt: the address becomes a contact, the reply pauses the chase.
	if _, err := api.Assign(un[0].Interaction.ID, biz.ID, true); err != nil {
		t.Fatal(err)
	}
	c, _ = env.Store.Client(biz.ID)
	if len(c.Contacts) != 2 || c.Contacts[1].Email != "s.martin@gmail.com" || c.Contacts[1].FirstName != "Sophie" {
		t.Fatalf("contacts %+v", c.Contacts)
	}
	if cc, _ := env.Store.ClientChase(biz.ID); cc.Pause == nil || !strings.HasPrefix(cc.Pause.Reason, replies.PausePrefix) {
		t.Fatalf("pause %+v", cc.Pause)
	}
	// Read: the chase resumes.
	if _, err := api.MarkHandled(un[0].Interaction.ID, "rappelée"); err != nil {
		t.Fatal(err)
	}
	if cc, _ := env.Store.ClientChase(biz.ID); cc.Pause != nil {
		t.Fatalf("pause after reading %+v", cc.Pause)
	}
	// The command line lists the client's messages.
	env.Store.Close()
	var out bytes.Buffer
	if code := (&CLI{Stdout: &out, Stderr: &out, Keychain: &env.Keychain}).Run(env.Dirs.Data, []string{"interactions", "--client", "MEN", "--json"}); code != 0 {
		t.Fatalf("interactions: %s", out.String())
	}
	var lines []interactionLine
	if err := json.Unmarshal(out.Bytes(), &lines); err != nil || len(lines) != 2 || lines[0].Class != "other" || lines[1].Class != "bounce" {
		t.Fatalf("interactions --json %v: %s", err, out.String())
	}
}

package inbox

import (
	"strings"
	"testing"

	"relance/backend"
)

// Delivery failures in the shapes servers send that are not the common RFC 3464 "failed" report (written for this
// test from the published formats: RFC 3464's Action field, Mac line endings, daemons without an address).
func TestBounceFormatsBeyondTheCommonReport(t *testing.T) {
	day := backend.MustDate("2026-12-07")
	crlf := func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }
	tests := []struct {
		name, raw string
		recipient string
		permanent bool
	}{
		{"a report whose server gave up (Action: expired)", crlf(`From: MAILER-DAEMON@mx.relay.example
To: compta@atelier.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 07 Dec 2026 09:00:00 +0100
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

This is an automatically generated message: your message could not be delivered in time.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.relay.example

Final-Recipient: rfc822; paul@client.example
Action: expired
Status:

--b1--
`), "paul@client.example", true},
		{"a bare MAILER-DAEMON with no address, text only", crlf(`From: MAILER-DAEMON <>
To: compta@atelier.example
Subject: Mail delivery failed
Date: Mon, 07 Dec 2026 09:00:00 +0100

There was an error delivering your mail to <anne@client.example>.

DNS lookup failure: host client.example not found
`), "anne@client.example", true},
		{"a daemon by its name, « unable to deliver » in the text", crlf(`From: "Mail Deliver System" <MAILER-DAEMON>
To: compta@atelier.example
Subject: failed delivery
Date: Mon, 07 Dec 2026 09:00:00 +0100

Unable to deliver message to the following address(es).

<marc@client.example>:
unable to connect to remote server: Operation timed out
I'm not going to try again; this message has been in the queue too long.
`), "marc@client.example", true},
		{"a gateway that aborted delivery, with a subject that says nothing", crlf(`From: Mail Delivery System <Mail.Delivery.System@mx.relay.example>
To: compta@atelier.example
Subject: Delivery status notification
Date: Mon, 07 Dec 2026 09:00:00 +0100

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients was aborted after 5.0 hour(s):

  * remi@client.example

Technical details:
Routing: Could not find a gateway for remi@client.example
`), "remi@client.example", true},
		{"CommuniGate's quoted address", crlf(`From: MAILER-DAEMON@cgp.client.example
To: compta@atelier.example
Subject: Undeliverable mail: Relance facture F-26-0084
Date: Mon, 07 Dec 2026 09:00:00 +0100

Failed to deliver to 'loic@client.example'
LOCAL module(account loic) reports:
 account is full (quota exceeded)
`), "loic@client.example", true},
		{"classic Mac line endings (CR alone)", strings.ReplaceAll(`From: Mail Delivery System <mailer-daemon@mx.relay.example>
To: compta@atelier.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 07 Dec 2026 09:00:00 +0100

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lea@client.example>: host mx.client.example said: 550 5.1.1 User unknown
`, "\n", "\r"), "lea@client.example", true},
		{"an older Exchange report with no status code (« did not reach the following recipient(s) »)", crlf(`From: System Administrator <postmaster@client.example>
To: compta@atelier.example
Subject: Non remis : Relance facture F-2026-0042
Date: Mon, 07 Dec 2026 09:00:00 +0100

Your message

  To:      paul@client.example
  Subject: Relance facture F-2026-0042

did not reach the following recipient(s):

paul@client.example on Mon, 7 Dec 2026 08:59:12 +0100
    The recipient name is not recognized
`), "paul@client.example", true},
		{"a report whose server stopped retrying (Action: failed, status 4.4.7)", crlf(`From: Mail Delivery System <mailer-daemon@relay.example>
To: compta@atelier.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 07 Dec 2026 09:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b9"

--b9
Content-Type: text/plain

Your message could not be delivered: the remote server did not answer for five days.

--b9
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example

Final-Recipient: rfc822; anne@client.example
Action: failed
Status: 4.4.7

--b9--
`), "anne@client.example", true},
		{"a server whose postmaster writes post_master", crlf(`From: post_master@sms.client.example
To: compta@atelier.example
Subject: Re: Relance facture F-2026-0042
Date: Mon, 07 Dec 2026 09:00:00 +0100

Error: Invalid user address
550 - Requested action not taken: no such user here
RCPT TO: <standard@sms.client.example>
`), "standard@sms.client.example", true},
	}
	for _, tt := range tests {
		m, err := Parse([]byte(tt.raw))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		c := Classify(m, day)
		if c.Class != Bounced || m.Bounce == nil {
			t.Errorf("%s: %s (%s), want a bounce", tt.name, c.Class, c.Reason)
			continue
		}
		if m.Bounce.Recipient != tt.recipient || m.Bounce.Permanent != tt.permanent {
			t.Errorf("%s: recipient %q permanent %v, want %q %v", tt.name, m.Bounce.Recipient, m.Bounce.Permanent, tt.recipient, tt.permanent)
		}
	}
}

// What a daemon sends that is not a failure stays apart: a delay is not a bounce, and a report that all went
// well is not one either.
func TestDaemonNoticesThatAreNotFailures(t *testing.T) {
	day := backend.MustDate("2026-12-07")
	for _, raw := range []string{
		"From: MAILER-DAEMON <>\r\nSubject: Warning: message delayed 4 hours\r\nDate: Mon, 07 Dec 2026 09:00:00 +0100\r\n\r\nYour message has not yet been delivered. The server will retry for 5 days.\r\n",
		"From: \"Mail Delivery System\" <mailer-daemon@mx.example>\r\nSubject: Delivery Status Notification (Relayed)\r\nDate: Mon, 07 Dec 2026 09:00:00 +0100\r\n\r\nYour message was relayed to the recipient's server.\r\n",
	} {
		m, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if c := Classify(m, day); c.Class == Bounced {
			t.Errorf("taken for a bounce: %q — %s", m.Subject, c.Reason)
		}
	}
}

// A delay report sent in the name of a person or a list (not a daemon address) whose text asks to « resend »
// later: its delivery-status part says Action: delayed, so it is a delay notice, not a request for a copy.
func TestADelayReportIsADelayWhoeverSendsIt(t *testing.T) {
	raw := strings.ReplaceAll(`From: Service de messagerie <admin@liste.example>
To: compta@atelier.example
Subject: Delivery Status Notification (Mail Delivery Delayed)
Date: Mon, 07 Dec 2026 09:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="d1"

--d1
Content-Type: text/plain

The following recipients have not yet received your message. There is no need to resend it at this time.

--d1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.liste.example

Final-Recipient: rfc822; paul@client.example
Action: Delayed
Status: 4.4.0

--d1--
`, "\n", "\r\n")
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !m.DeliveryDelayed || m.Bounce != nil {
		t.Fatalf("delayed %v, bounce %+v", m.DeliveryDelayed, m.Bounce)
	}
	if c := Classify(m, backend.MustDate("2026-12-07")); c.Class != AutoReply || !strings.Contains(c.Reason, "retard de distribution") {
		t.Fatalf("%s — %s", c.Class, c.Reason)
	}
}

// A client forwarding what their own server told them about an address of ours (our old address) is not our
// reminder failing: the address that failed is in our domain.
func TestAFailureOfOurOwnAddressIsNotABounceOfOurs(t *testing.T) {
	raw := strings.ReplaceAll(`From: Compta Client <compta@client.example>
To: relances@atelier.example
Subject: TR: Undelivered Mail Returned to Sender
Date: Mon, 07 Dec 2026 09:00:00 +0100

Bonjour, votre ancienne adresse ne marche plus, voyez ci-dessous.

-----Message d'origine-----
De : MAILER-DAEMON@mail.client.example
Objet : Undelivered Mail Returned to Sender

<compta@atelier.example>: host smtp.atelier.example said: 550 5.1.1 User unknown
`, "\n", "\r\n")
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if c := Classify(m, backend.MustDate("2026-12-07")); c.Class == Bounced {
		t.Fatalf("taken for a failure of our reminder: %s", c.Reason)
	}
	// The same notice about a client of a public mail provider the owner also uses is a failure.
	raw = strings.ReplaceAll(`From: MAILER-DAEMON@mx.gmail.example
To: atelier.dupont@gmail.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 07 Dec 2026 09:00:00 +0100

<paul.client@gmail.com>: host gmail-smtp-in.l.google.com said: 550 5.1.1 The email account that you tried to reach does not exist
`, "\n", "\r\n")
	if m, err = Parse([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if c := Classify(m, backend.MustDate("2026-12-07")); c.Class != Bounced || m.Bounce.Recipient != "paul.client@gmail.com" {
		t.Fatalf("%s — %s (%+v)", c.Class, c.Reason, m.Bounce)
	}
	// Our own server writing to us about an address of our domain (a reminder copied to a colleague who left) is
	// about what we sent: a failure, as Exim sends it (Auto-Submitted, no report, the address in the text).
	raw = strings.ReplaceAll(`Return-Path: <>
From: Mail Delivery System <Mailer-Daemon@mail.atelier.example>
To: relances@atelier.example
Subject: Mail delivery failed: returning message to sender
Date: Mon, 07 Dec 2026 09:00:00 +0100
Auto-Submitted: auto-replied
X-Failed-Recipients: ancien.comptable@atelier.example

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ancien.comptable@atelier.example
    SMTP error from remote mail server after RCPT TO:<ancien.comptable@atelier.example>:
    550 5.1.1 User unknown
`, "\n", "\r\n")
	if m, err = Parse([]byte(raw)); err != nil {
		t.Fatal(err)
	}
	if c := Classify(m, backend.MustDate("2026-12-07")); c.Class != Bounced || m.Bounce.Recipient != "ancien.comptable@atelier.example" {
		t.Fatalf("our server's own notice: %s — %s (%+v)", c.Class, c.Reason, m.Bounce)
	}
}

// A person answering or forwarding a delivery notice they got is writing to us: the notice is theirs, quoted below
// their words, and the reply (here a promise) is what counts.
func TestAPersonQuotingANoticeIsNotABounce(t *testing.T) {
	for _, subject := range []string{"Re: TR: Undelivered Mail Returned to Sender", "Fwd: Returned mail: see transcript for details"} {
		raw := strings.ReplaceAll(`From: Thierry Martin <thierry.martin@client.example>
To: relances@atelier.example
Subject: `+subject+`
Date: Mon, 07 Dec 2026 09:00:00 +0100

Oui, l'adresse compta@ a été supprimée. Je fais le virement lundi.

> <compta@client.example>: host mx.client.example said:
>     550 5.1.1 <compta@client.example>: Recipient address rejected: User unknown
`, "\n", "\r\n")
		m, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if c := Classify(m, backend.MustDate("2026-12-07")); m.Bounce != nil || c.Class != Promise {
			t.Fatalf("%s: %s — %s", subject, c.Class, c.Reason)
		}
	}
}

// A full mailbox: temporary while the server keeps the message, final once it says the message came back.
func TestAFullMailboxIsFinalOnceTheMessageCameBack(t *testing.T) {
	for _, tc := range []struct {
		text      string
		permanent bool
	}{
		{"The message that you sent was undeliverable to the following:\n\tcompta (mailbox full)\n", true},
		{"Your message to compta@client.example could not be delivered yet: mailbox full. We will retry for 5 days.\n", false},
	} {
		raw := strings.ReplaceAll("From: postmaster@client.example\nTo: relances@atelier.example\nSubject: Message status - undeliverable\n"+
			"Date: Mon, 07 Dec 2026 09:00:00 +0100\n\n"+tc.text+"\nTo: compta@client.example\nSubject: Relance : facture F-1\n", "\n", "\r\n")
		m, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		if m.Bounce == nil || m.Bounce.Permanent != tc.permanent {
			t.Fatalf("%q: %+v", tc.text, m.Bounce)
		}
	}
}

// Server notices that are not our reminder failing: a recall report, a quarantine digest listing a failure notice
// among held mail, a notice about mail held for us (or phishing dressed so) that names only our own address.
func TestServerNoticesThatAreNotOurFailure(t *testing.T) {
	for name, raw := range map[string]string{
		"recall": "From: Microsoft Outlook <postmaster@client.example>\nTo: relances@atelier.example\nSubject: Message Recall Report for message: Relance facture F-12\nDate: Mon, 07 Dec 2026 09:00:00 +0100\n\n" +
			"Your message could not be recalled from: paul@client.example\nRecall failed: the message has already been read.\n",
		"digest": "From: Portal <postmaster@filter.example>\nTo: relances@atelier.example\nSubject: Messages on hold\nDate: Mon, 07 Dec 2026 09:00:00 +0100\n\n" +
			"You have 1 message on hold: From: postmaster@bulk.example Subject: Delivery Status Notification (Failure) Reason: Spam\n",
		"held for us": "From: Mail Delivery System <mailer-daemon@notice.example>\nTo: relances@atelier.example\nSubject: Undelivered Mail: (4) messages failed to deliver\nDate: Mon, 07 Dec 2026 09:00:00 +0100\n\n" +
			"4 incoming messages for relances@atelier.example failed to deliver. Release them within 48 hours: https://release.notice.example/\n",
	} {
		m, err := Parse([]byte(strings.ReplaceAll(raw, "\n", "\r\n")))
		if err != nil {
			t.Fatal(err)
		}
		if m.Bounce != nil {
			t.Errorf("%s: taken for a failure of ours: %+v", name, m.Bounce)
		}
	}
	// A failure with a plain reply code and no x.y.z status: "552 … over quota" is final.
	raw := "From: MAILER-DAEMON@yahoo.example\nTo: relances@atelier.example\nSubject: Failure Notice\nDate: Mon, 07 Dec 2026 09:00:00 +0100\n\n" +
		"Sorry, we were unable to deliver your message to the following address.\n\n<paul@yahoo.example>:\nRemote host said: 552 1 Requested mail action aborted, mailbox over quota [RCPT_TO]\n"
	m, err := Parse([]byte(strings.ReplaceAll(raw, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if m.Bounce == nil || !m.Bounce.Permanent || m.Bounce.Recipient != "paul@yahoo.example" {
		t.Fatalf("552 over quota: %+v", m.Bounce)
	}
}

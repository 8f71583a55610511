"""Bounces, part 4: more Microsoft, Gmail/Yahoo diagnostics, hMailServer, MDaemon, IronPort, SES,
Exchange 2003 delay, sender verification, global DSN."""
from mta2 import *  # noqa
from reg import add

SRV = "DB8P191MB1544.EURP191.PROD.OUTLOOK.EXAMPLE"


def omid(inv, d):
    return "<DB8P191MB1544%s%s@DB8P191MB1544.EURP191.PROD.OUTLOOK.EXAMPLE>" % (inv.replace("-", ""), d.strftime("%H%M%S"))


# 70 -- M365 French, SPF fail 5.7.23
a = "compta@cave-saint-vaast.example"
d = dt(7, 9, 15, 11)
inv = "FA-26-0431"
m = omid(inv, d)
add(o365("fr", a, "cave-saint-vaast.example", d, SRV,
         "Le message a été rejeté par le système de messagerie du destinataire, car l'expéditeur n'a pas été authentifié (échec SPF).",
         "Expéditeur non autorisé",
         "Demandez à l'administrateur de votre domaine d'ajouter le serveur d'envoi à l'enregistrement SPF de imprimerie-vasseur.example.",
         "550 5.7.23 The message was rejected because of Sender Policy Framework violation -> A conclusive SPF fail result was returned for this message. [AM4PEPF00027A6C.eurprd04.prod.outlook.example 2026-12-07T08:15:10.802Z 08DE16A2B3C4D5E6]",
         "5.7.23", "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
         m, subject(inv, 1), original(a, inv, "612,00", 1, dt(7, 9, 15, 4), mid=m)),
    True, "rejected_spam", True, a, "SPF 5.7.23")

# 71 -- M365 English, recipient not in tenant (Directory Based Edge Blocking) 5.4.1
a = "j.whitfield@whitfield-architects.example"
d = dt(7, 9, 20, 40)
inv = "FA-26-0315"
m = omid(inv, d)
add(o365("en", a, "whitfield-architects.example", d, SRV,
         "j.whitfield wasn't found at whitfield-architects.example.",
         "Recipient not found",
         "The email address you entered couldn't be found. Check the recipient's email address and try to resend the message. If the problem continues, please contact your email admin.",
         "550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms.example/EXOSmtpErrors [AM3PEPF0000A78F.eurprd04.prod.outlook.example 2026-12-07T08:20:39.517Z 08DE16A1F2E3D4C5]",
         "5.4.1", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
         m, subject(inv, 2), original(a, inv, "3 140,00", 2, dt(7, 9, 20, 33), mid=m, to_name="James Whitfield")),
    True, "unknown_user", True, a, "5.4.1 Access denied AS(201806281) = directory-based edge blocking (recipient does not exist)")

# 72 -- M365 English, restricted group: only internal senders allowed -> other
a = "tous-fournisseurs@groupe-lesage.example"
d = dt(7, 9, 33, 2)
inv = "FA-26-0372"
m = omid(inv, d)
add(o365("en", a, "groupe-lesage.example", d, SRV,
         "Your message couldn't be delivered. Delivery to the tous-fournisseurs group failed because your email address isn't on the list of senders that are allowed to send messages to this group.",
         "Not authorized",
         "Contact the group owner and ask to be added to the list of allowed senders, or send your message to an individual recipient.",
         "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
         "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]",
         m, subject(inv, 1), original(a, inv, "1 530,00", 1, dt(7, 9, 32, 55), mid=m)),
    True, "other", True, a, "5.7.1 but a distribution-group restriction, not spam")

# 73 -- M365 French, our IP on a block list 5.7.606
a = "secretariat@syndic-beaulieu.example"
d = dt(7, 10, 2, 19)
inv = "FA-26-0433"
m = omid(inv, d)
add(o365("fr", a, "syndic-beaulieu.example", d, SRV,
         "Votre message n'a pas été remis, car l'adresse IP de votre serveur d'envoi figure sur une liste de blocage.",
         "Accès refusé",
         "Transmettez ce message à votre administrateur de messagerie : l'adresse IP 198.51.100.9 doit être retirée de la liste de blocage de Microsoft (procédure de délistage).",
         "550 5.7.606 Access denied, banned sending IP [198.51.100.9]. To request removal from this list please visit https://sender.office.example/ and follow the directions.",
         "5.7.606", "550 5.7.606 Access denied, banned sending IP [198.51.100.9]",
         m, subject(inv, 1), original(a, inv, "870,00", 1, dt(7, 10, 2, 12), mid=m), headers_only=True),
    True, "rejected_spam", True, a, "banned sending IP")

# 74 -- Exchange 2010 English on premises, ExRecipNotFound, HTML + DSN
a = "purchasing@castleton-hotels.example"
d = dt(3, 16, 40, 12)
b = "_000_A1B2C3D4E5F6A7B8EXCH2010castletonhotelsexample_"
html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:{a}">{a}</a><br>
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.<br>
</font></p><br><br><br><br><br><br><br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EXCH2010.castleton-hotels.example</p>
<p>{a}<br>#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##</p>
<p>Original message headers:</p>
<pre>Received: from smtp.imprimerie-vasseur.example (198.51.100.9) by EXCH2010.castleton-hotels.example
 (10.1.1.20) with Microsoft SMTP Server id 14.3.513.0; Thu, 3 Dec 2026 16:40:10 +0100
Subject: Relance : facture FA-26-0327
</pre></font></body></html>"""
add(f"""From: Microsoft Exchange <postmaster@castleton-hotels.example>
To: <{SENDER}>
Date: Thu, 3 Dec 2026 16:40:12 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
X-Priority: 1 (High)
Message-ID: <e1d7c6b5-a4f3-4e2d-b1c0-9f8e7d6c5b4a@EXCH2010.castleton-hotels.example>
Subject: Undeliverable: Relance : facture FA-26-0327
Auto-Submitted: auto-replied

--{b}
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

{html}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH2010.castleton-hotels.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 15:40:10 +0000

Final-Recipient: rfc822;{a}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found

--{b}
Content-Type: message/rfc822

{original(a, "FA-26-0327", "2 980,00", 1, dt(3, 16, 40, 5))}
--{b}--
""", True, "unknown_user", True, a, "Exchange 2010 HTML-only human part")

# 75 -- Exchange 2003-style delay warning
a = "compta@vitrerie-ducrocq.example"
d = dt(3, 21, 10, 0)
b = "9B095B5ADSN=_01DB4632D1A2B3C400001F9Aexch01.vitrerie"
add(f"""From: postmaster@vitrerie-ducrocq.example
To: {SENDER}
Date: Thu, 3 Dec 2026 21:10:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
X-DSNContext: 335a7efd - 4480 - 00000001 - 00000000
Message-ID: <W7Aq1bX0001c2d3@exch01.vitrerie-ducrocq.example>
Subject: Delivery Status Notification (Delay)

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--{b}
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.

       {a}




--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;exch01.vitrerie-ducrocq.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 09:08:51 +0100

Final-Recipient: rfc822;{a}
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 5 Dec 2026 09:08:51 +0100
X-Display-Name: Service compta

--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0383", "1 212,00", 1, dt(3, 9, 8, 45), headers_only=True)}
--{b}--
""", True, "delayed", False, a, "Exchange 2003 delay; 4.4.7 with Action delayed (not expired yet); charset unicode-1-1-utf-7 as Exchange wrote it")

# 76 -- hMailServer
a = "club.tennis.marcq@asso-mail.example"
d = dt(4, 10, 58, 2)
add(f"""Return-Path: <>
From: mailer-daemon@mail.asso-mail-relais.example
To: {SENDER}
Subject: Message undeliverable: Relance : facture FA-26-0407
Date: Fri, 04 Dec 2026 10:58:02 +0100
Message-ID: <C7E91B0D-5A4F-4E3B-8A2D-1F6C9E8B7A60@mail.asso-mail-relais.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message did not reach some or all of the intended recipients.

   Sent: Fri, 04 Dec 2026 10:57:49 +0100
   Subject: Relance : facture FA-26-0407

The following recipient(s) could not be reached:

{a}
   Error Type: SMTP
   Remote server (203.0.113.140) issued an error.
   hMailServer sent: RCPT TO:<{a}>
   Remote server replied: 550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual alias table

hMailServer

""", True, "unknown_user", True, a, "hMailServer, no original attached", eol="lf")

# 77 -- MDaemon permanent failure with transcript
a = "m.ghesquiere@ghesquiere-couverture.example"
d = dt(7, 8, 3, 30)
add(f"""Return-Path: <>
From: "Mail Delivery System" <MDaemon@mail.ghesquiere-relais.example>
To: {SENDER}
Subject: Permanent Delivery Failure
Date: Mon, 07 Dec 2026 08:03:30 +0100
Message-ID: <MDAEMON10001202612070803.AA0330421@mail.ghesquiere-relais.example>
X-MDaemon-Deliver-To: {SENDER}
X-MDDSN-Message: Yes
X-Return-Path: <>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="0803-3001-MDaemon"

--0803-3001-MDaemon
Content-Type: text/plain; charset=us-ascii

The attached message had PERMANENT fatal delivery errors!

After one or more unsuccessful delivery attempts the attached message has
been removed from the mail queue on this server.  The number and frequency
of delivery attempts are determined by local configuration parameters.

YOU SHOULD NOT RESEND THIS MESSAGE WITHOUT CORRECTING THE ADDRESS.

--- Session Transcript ---
 Mon 2026-12-07 08:03:28.411: Parsing message <mail.ghesquiere-relais.example\\pd50001000412.msg>
 Mon 2026-12-07 08:03:28.411: *  From: {SENDER}
 Mon 2026-12-07 08:03:28.411: *  To: {a}
 Mon 2026-12-07 08:03:28.411: *  Subject: Relance : facture FA-26-0421
 Mon 2026-12-07 08:03:28.520: Attempting SMTP connection to [ghesquiere-couverture.example]
 Mon 2026-12-07 08:03:28.530: Resolving MX records for [ghesquiere-couverture.example] (DNS Server: 192.0.2.53)...
 Mon 2026-12-07 08:03:28.612: *  D=ghesquiere-couverture.example TTL=(60) MX=[mx.ghesquiere-couverture.example]
 Mon 2026-12-07 08:03:29.001: Attempting SMTP connection to [203.0.113.171:25]
 Mon 2026-12-07 08:03:29.130: <-- 220 mx.ghesquiere-couverture.example ESMTP
 Mon 2026-12-07 08:03:29.131: --> EHLO mail.ghesquiere-relais.example
 Mon 2026-12-07 08:03:29.250: --> MAIL From:<{SENDER}> SIZE=4128
 Mon 2026-12-07 08:03:29.371: <-- 250 2.1.0 Ok
 Mon 2026-12-07 08:03:29.372: --> RCPT To:<{a}>
 Mon 2026-12-07 08:03:29.495: <-- 550 5.1.1 <{a}>: Recipient address rejected: User unknown
--- End Transcript ---

--0803-3001-MDaemon
Content-Type: message/rfc822
Content-Disposition: attachment

{original(a, "FA-26-0421", "140,00", 1, dt(7, 8, 3, 20))}
--0803-3001-MDaemon--
""", True, "unknown_user", True, a, "MDaemon, transcript only")

# 78 -- Cisco IronPort-style bounce, English, mailbox full at remote
a = "billing@stonebridge-fitness.example"
d = dt(5, 9, 12, 51)
b = "===============0417332219=="
add(f"""From: Mail Delivery Subsystem <MAILER-DAEMON@esa1.stonebridge-fitness.iphmx.example>
To: {SENDER}
Subject: Delivery Status Notification (Failure)
Date: Sat, 05 Dec 2026 09:12:51 +0100
Message-Id: <6a1f2e$4c0b7@esa1.stonebridge-fitness.iphmx.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain
Content-Disposition: inline

The following message to <{a}> was undeliverable.
The reason for the problem:
5.2.2 - Mailbox full. 'mailbox quota exceeded'

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; esa1.stonebridge-fitness.iphmx.example

Final-Recipient: rfc822; {a}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox quota exceeded

--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0310", "1 980,00", 2, dt(5, 9, 12, 40), headers_only=True)}
--{b}--
""", True, "mailbox_full", True, a, "IronPort")

# 79 -- Amazon SES-style bounce (the printer's mass-mailing relay)
a = "contact@les-jardins-de-flore.example"
d = dt(5, 10, 30, 0)
b = "----=_Part_4417720_1938221711.1796549400000"
add(f"""Return-Path: <>
From: MAILER-DAEMON@email-smtp.eu-west-3.amazonses.example
To: {SENDER}
Subject: Delivery Status Notification (Failure)
Date: Sat, 5 Dec 2026 09:30:00 +0000
Message-ID: <0102018f3a2b1c0d-8e7f6a5b-4c3d-2e1f-0a9b-8c7d6e5f4a3b-000000@eu-west-3.amazonses.example>
MIME-Version: 1.0
Content-Type: multipart/report; 
	boundary="{b}"; report-type=delivery-status
X-SES-Outgoing: 2026.12.05-198.51.100.77

--{b}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
{a}
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; a7-15.smtp-out.eu-west-3.amazonses.example

Action: failed
Final-Recipient: rfc822; {a}
Diagnostic-Code: smtp; 550 5.1.1 user unknown
Status: 5.1.1


--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0393", "275,00", 1, dt(5, 10, 29, 55), headers_only=True)}
--{b}--
""", True, "unknown_user", True, a, "SES: very terse human part")

# 80 -- Gmail receiving side: account disabled 5.2.1
a = "claire.dumortier.deco@gmail.example"
d = dt(4, 8, 51, 33)
add(postfix(OUR_MTA, "4NrH2F6rYkz1Xp", d, dt(4, 8, 51, 30), f"""<{a}>: host gmail-smtp-in.l.google.example[198.51.100.27] said:
    550-5.2.1 The email account that you tried to reach is disabled. Learn more
    at 550 5.2.1 https://support.google.example/mail/?p=DisabledUser
    a640c23a62f3a-ab7c1d2e3f.44 - gsmtp (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.2.1", "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 https://support.google.example/mail/?p=DisabledUser a640c23a62f3a-ab7c1d2e3f.44 - gsmtp", "gmail-smtp-in.l.google.example", orig_rcpt=a)],
    original(a, "FA-26-0413", "390,00", 1, dt(4, 8, 51, 30), to_name="Claire Dumortier")),
    True, "unknown_user", True, a, "account disabled (5.2.1): treated as an address that no longer works")

# 81 -- Gmail receiving side: likely unsolicited mail
a = "asso.chorale.lesquin@gmail.example"
d = dt(4, 9, 5, 10)
add(postfix(OUR_MTA, "4NrHLd0SxMz1Xr", d, dt(4, 9, 5, 6), f"""<{a}>: host gmail-smtp-in.l.google.example[198.51.100.26] said:
    550-5.7.1 [198.51.100.9      12] Gmail has detected that this message is
    likely unsolicited mail. To reduce the amount of spam sent to Gmail, this
    message has been blocked. For more information, go to 550 5.7.1
    https://support.google.example/mail/?p=UnsolicitedMessageError
    d75a77b69052e-4a1b2c3d.99 - gsmtp (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.7.1", "550-5.7.1 [198.51.100.9      12] Gmail has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to 550 5.7.1 https://support.google.example/mail/?p=UnsolicitedMessageError d75a77b69052e-4a1b2c3d.99 - gsmtp", "gmail-smtp-in.l.google.example", orig_rcpt=a)],
    original(a, "FA-26-0426", "150,00", 1, dt(4, 9, 5, 6))),
    True, "rejected_spam", True, a)

# 82 -- Gmail receiving side: over quota (Postfix, permanent 552)
a = "patrick.vandewalle@gmail.example"
d = dt(6, 17, 20, 5)
add(postfix(OUR_MTA, "4NtXc43qRhz1Zw", d, dt(6, 17, 20, 1), f"""<{a}>: host gmail-smtp-in.l.google.example[198.51.100.27] said:
    552-5.2.2 The recipient's inbox is out of storage space. Please direct the
    552-5.2.2 recipient to 552 5.2.2
    https://support.google.example/mail/?p=OverQuotaPerm
    a1b2c3d4e5f6-7a8b9c.55 - gsmtp (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.2.2", "552-5.2.2 The recipient's inbox is out of storage space. Please direct the 552-5.2.2 recipient to 552 5.2.2 https://support.google.example/mail/?p=OverQuotaPerm a1b2c3d4e5f6-7a8b9c.55 - gsmtp", "gmail-smtp-in.l.google.example", orig_rcpt=a)],
    original(a, "FA-26-0428", "66,00", 2, dt(6, 17, 20, 1))),
    True, "mailbox_full", True, a)

# 83 -- Yahoo receiving side: TSS04 deferral -> Postfix warning
a = "didier.cappelle@yahoo.example"
d = dt(5, 13, 35, 0)
add(postfix(OUR_MTA, "4NsG8x2ZcLz1Zu", d, dt(5, 9, 34, 58), f"""<{a}>: host mta6.am0.yahoodns.example[198.51.100.81] said: 421 4.7.0
    [TSS04] Messages from 198.51.100.9 temporarily deferred due to unexpected
    volume or user complaints - 4.16.55.1; see
    https://postmaster.yahooinc.example/error-codes (in reply to MAIL FROM
    command)""",
    [rcpt(a, "delayed", "4.7.0", "421 4.7.0 [TSS04] Messages from 198.51.100.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.example/error-codes", "mta6.am0.yahoodns.example", orig_rcpt=a, retry=dt(10, 9, 34, 58))],
    original(a, "FA-26-0394", "72,00", 1, dt(5, 9, 34, 58), headers_only=True), delay=True),
    True, "delayed", False, a, "Yahoo TSS04 deferral: warning")

# 84 -- Yahoo receiving side: 554 5.7.9 policy
a = "sylvie.dhainaut@yahoo.example"
d = dt(7, 11, 1, 4)
add(postfix(OUR_MTA, "4NvCmR0PtHz1a2", d, dt(7, 11, 1, 1), f"""<{a}>: host mta5.am0.yahoodns.example[198.51.100.80] said: 554 5.7.9
    Message not accepted for policy reasons.  See
    https://postmaster.yahooinc.example/error-codes (in reply to end of DATA
    command)""",
    [rcpt(a, "failed", "5.7.9", "554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.example/error-codes", "mta5.am0.yahoodns.example", orig_rcpt=a)],
    original(a, "FA-26-0432", "24,00", 1, dt(7, 11, 1, 1))),
    True, "rejected_spam", True, a, "Yahoo policy rejection", eol="lf")

# 85 -- Exim: callout / sender verification failed (the 'no such user' is about OUR address)
a = "direction@hotel-restaurant-le-relais.example"
d = dt(4, 12, 10, 44)
add(exim_fail_plain("relay.mutu-web.example", d, f"""  {a}
    host mail.hotel-restaurant-le-relais.example [203.0.113.188]
    SMTP error from remote mail server after RCPT TO:<{a}>:
    550-Verification failed for <{SENDER}>
    550-Called:   198.51.100.12
    550-Sent:     RCPT TO:<{SENDER}>
    550-Response: 550 5.1.1 <{SENDER}>: Recipient address rejected: User unknown
    550 Sender verify failed""",
    original(a, "FA-26-0345", "1 120,00", 2, dt(4, 12, 10, 40)), mid="<E1tJEa2-0002qS-Kp@relay.mutu-web.example>"),
    True, "other", True, a, "sender verification failed: 'User unknown' refers to OUR address at a stale backup MX, not to the client's")

# 86 -- Sendmail: host unknown (domain)
a = "comptabilite@transports-flandre-opale.example"
d = dt(3, 10, 50, 33)
add(sendmail("relay2.telecom-pme.example", "5B39oXq1020093", d, f"""The original message was received at Thu, 3 Dec 2026 10:50:31 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- The following addresses had permanent fatal errors -----
<{a}>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <{a}>... Host unknown (Name server: transports-flandre-opale.example: host not found)
""", f"""Reporting-MTA: dns; relay2.telecom-pme.example
Received-From-MTA: DNS; smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 10:50:31 +0100""",
    [rcpt(a, "failed", "5.1.2", "550 Host unknown", last=d)],
    original(a, "FA-26-0352", "4 460,00", 1, dt(3, 10, 50, 25)),
    "Returned mail: see transcript for details"),
    True, "domain_not_found", True, a, "Sendmail 'Host unknown'")

# 87 -- qmail gives up: queue lifetime exceeded
a = "info@poissonnerie-boulonnaise.example"
d = dt(10, 9, 3, 41)
add(f"""Return-Path: <>
Received: (qmail 9112 invoked for bounce); 10 Dec 2026 08:03:41 -0000
Date: 10 Dec 2026 08:03:41 -0000
From: MAILER-DAEMON@smtp.relais-net.example
To: {SENDER}
Subject: failure notice

Hi. This is the qmail-send program at smtp.relais-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{a}>:
Connected to 203.0.113.199 but greeting failed.
Remote host said: 421 mail.poissonnerie-boulonnaise.example service not available, closing transmission channel
I'm not going to try again; this message has been in the queue too long.

--- Below this line is a copy of the message.

{original(a, "FA-26-0368", "310,00", 1, dt(3, 9, 3, 30))}""",
    True, "expired", True, a, "qmail queue lifetime")

# 88 -- global DSN (RFC 6533) with a UTF-8 local part
a = "rené.dubois@ateliers-dubois.example"
d = dt(7, 15, 2, 40)
b = "4NvJw7C1Zqz1a9.1796652160/smtp.imprimerie-vasseur.example"
add(f"""Return-Path: <>
Date: Mon,  7 Dec 2026 15:02:40 +0100 (CET)
From: MAILER-DAEMON@smtp.imprimerie-vasseur.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: {SENDER}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Content-Transfer-Encoding: 8bit
Message-Id: <20261207140240.4NvJw7C1Zqz1a9@smtp.imprimerie-vasseur.example>

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host smtp.imprimerie-vasseur.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{a}>: host mx.ateliers-dubois.example[203.0.113.61] said: 553 5.6.7
    SMTPUTF8 is required, but was not offered by host (in reply to MAIL FROM
    command)

--{b}
Content-Description: Delivery report
Content-Type: message/global-delivery-status
Content-Transfer-Encoding: 8bit

Reporting-MTA: dns; smtp.imprimerie-vasseur.example
X-Postfix-Queue-ID: 4NvJw7C1Zqz1a9
X-Postfix-Sender: rfc822; {SENDER}
Arrival-Date: Mon,  7 Dec 2026 15:02:38 +0100 (CET)

Final-Recipient: utf-8; {a}
Original-Recipient: utf-8;{a}
Action: failed
Status: 5.6.7
Remote-MTA: dns; mx.ateliers-dubois.example
Diagnostic-Code: smtp; 553 5.6.7 SMTPUTF8 is required, but was not offered by
    host

--{b}
Content-Description: Undelivered Message Headers
Content-Type: message/global-headers
Content-Transfer-Encoding: 8bit

Return-Path: <{SENDER}>
Message-ID: <relance.fa-26-0434.1796652158@imprimerie-vasseur.example>
Date: Mon, 07 Dec 2026 15:02:38 +0100
From: Imprimerie Vasseur <{SENDER}>
To: René Dubois <{a}>
Subject: Relance : facture FA-26-0434
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--{b}--
""", True, "other", True, a, "message/global-delivery-status; internationalised address, 5.6.7 SMTPUTF8 not offered", eol="lf")

# 89 -- Reminder was actually the invoice mail (not a relance); Postfix unknown user at Free
a = "atelier.bois.flottant@free.example"
d = dt(7, 16, 44, 8)
orig89 = f"""Return-Path: <{SENDER}>
Message-ID: <facture.fa-26-0441.1796658240@imprimerie-vasseur.example>
Date: Mon, 07 Dec 2026 16:44:00 +0100
From: {FROM}
To: {a}
Subject: Votre facture FA-26-0441
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Veuillez trouver ci-joint notre facture FA-26-0441 relative à l'impression de vos cartes de vœux (500 ex.).

Montant : 238,00 € TTC, payable à 30 jours.

Merci de votre confiance,

''' + SIGNATURE)}"""
add(postfix(OUR_MTA, "4NvMbT5hWvz1aB", d, dt(7, 16, 44, 4), f"""<{a}>: host mx1.free.example[198.51.100.212] said: 550 5.1.1
    <{a}>: Recipient address rejected: Mailbox does not exist
    (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: Mailbox does not exist", "mx1.free.example", orig_rcpt=a)],
    orig89),
    True, "unknown_user", True, a, "the returned message is an invoice mail, not a reminder")

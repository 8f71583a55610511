"""Bounces, part 3: Domino, GroupWise, IONOS, Infomaniak, Zimbra, OVH, Gandi, Mimecast, Proofpoint,
French-localised Exim, odd charsets and line endings."""
from mta import *  # noqa
from reg import add

# 46 -- Lotus Domino, English, user not listed
a = "jdescamps@filature-roubaix.example"
d = dt(3, 10, 41, 20)
b = "0__=4EBB0A4DDFC3A1B78f9e8a93df938690918c4EBB0A4DDFC3A1B7"
add(f"""Return-Path: <>
From: Postmaster@filature-roubaix.example
To: {SENDER}
Date: Thu, 3 Dec 2026 10:41:20 +0100
Subject: DELIVERY FAILURE: User Jacques Descamps (jdescamps@filature-roubaix.example) not listed in Domino Directory
Message-ID: <OFA1B2C3D4.E5F60718-ONC1258B7C.003A8F21@filature-roubaix.example>
X-Mailer: Lotus Domino Release 9.0.1FP10
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-type: text/plain; charset=US-ASCII

Your message

  Subject: Relance : facture FA-26-0343

was not delivered to:

  jdescamps@filature-roubaix.example

because:

  User Jacques Descamps (jdescamps@filature-roubaix.example) not listed in Domino Directory

--{b}
Content-type: message/delivery-status

Reporting-MTA: dns;notes02.filature-roubaix.example
Arrival-Date: Thu, 3 Dec 2026 10:41:18 +0100
Received-From-MTA: dns;smtp.imprimerie-vasseur.example

Final-Recipient: rfc822;jdescamps@filature-roubaix.example
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; User Jacques Descamps (jdescamps@filature-roubaix.example) not listed in Domino Directory

--{b}
Content-type: message/rfc822

{original(a, "FA-26-0343", "3 980,00", 1, dt(3, 10, 41, 11), pdf=True, to_name="Jacques Descamps")}
--{b}--
""", True, "unknown_user", True, a, "Lotus Domino")

# 47 -- Lotus Domino, French, mail file full
a = "b.vanacker@cooperative-agricole-artois.example"
d = dt(4, 9, 2, 45)
b = "0__=8FBB0A4DDFC7D2E68f9e8a93df938690918c8FBB0A4DDFC7D2E6"
txt = """Votre message

  Objet : 2e relance : facture FA-26-0318

n'a pas été remis à :

  b.vanacker@cooperative-agricole-artois.example

parce que :

  Impossible de remettre le message : la base de courrier du destinataire (mail\\bvanacke.nsf) a atteint son quota. Base de courrier pleine.
"""
add(f"""From: Postmaster@cooperative-agricole-artois.example
To: {SENDER}
Date: Fri, 4 Dec 2026 09:02:45 +0100
Subject: =?ISO-8859-1?Q?ECHEC_DE_LA_DISTRIBUTION=A0:_Base_de_courrier_pleine?=
Message-ID: <OF11223344.55667788-ONC1258B7D.0031A2B3@cooperative-agricole-artois.example>
X-Mailer: Lotus Domino Release 9.0.1FP8
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

{qp(txt, "iso-8859-1")}
--{b}
Content-type: message/delivery-status

Reporting-MTA: dns;lnsrv01.cooperative-agricole-artois.example
Arrival-Date: Fri, 4 Dec 2026 09:02:41 +0100

Final-Recipient: rfc822;{a}
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Notes; Unable to deliver message: recipient's mail file has exceeded its quota

--{b}
Content-type: text/rfc822-headers

{original(a, "FA-26-0318", "1 404,00", 2, dt(4, 9, 2, 30), headers_only=True)}
--{b}--
""", True, "mailbox_full", True, a, "Domino French, iso-8859-1")

# 48 -- GroupWise, user not found, original quoted below
a = "dhenry@cc-pays-de-lumbres.example"
d = dt(3, 11, 3, 0)
add(f"""Return-Path: <>
From: postmaster@cc-pays-de-lumbres.example
To: {SENDER}
Date: Thu, 03 Dec 2026 11:03:00 +0100
Subject: Message status - undeliverable
Message-ID: <5F4E3D2C.GW01.CCPL.200.2000C8.1.A1B2.1@gw.cc-pays-de-lumbres.example>
X-Mailer: GroupWise Internet Agent 18.4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

The message that you sent was undeliverable to the following:
	dhenry (user not found)

Possibly truncated original message follows:

Return-Path: <{SENDER}>
Received: from smtp.imprimerie-vasseur.example [198.51.100.9]
	by gw.cc-pays-de-lumbres.example; Thu, 03 Dec 2026 11:02:58 +0100
Message-ID: <relance.fa-26-0361.1733220170@imprimerie-vasseur.example>
Date: Thu, 03 Dec 2026 11:02:50 +0100
From: Imprimerie Vasseur <{SENDER}>
To: {a}
Subject: Relance : facture FA-26-0361
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

{reminder_body("FA-26-0361", "2 250,00", 1)}
""", True, "unknown_user", True, a, "GroupWise; the failed user is given by local part only, address in quoted headers")

# 49 -- IONOS, unknown user at the remote end
a = "rechnung@weingut-kessler.example"
d = dt(4, 13, 25, 7)
add(f"""Return-Path: <>
Received: from mout.ionos-relay.example ([192.0.2.200]) by mx.imprimerie-vasseur.example; Fri, 04 Dec 2026 13:25:08 +0100
From: Mail Delivery System <mailer-daemon@ionos-relay.example>
To: {SENDER}
Subject: Mail delivery failed: returning message to sender
Date: Fri, 04 Dec 2026 13:25:07 +0100
Message-Id: <0MhG9Y-1tK7rF3iIv-00Ma2p@mout.ionos-relay.example>
Auto-Submitted: auto-replied
X-UI-Out-Filterresults: notjunk:1;
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

{a}:
SMTP error from remote server for RCPT TO command, host: mx01.weingut-kessler.example (203.0.113.47) reason: 550 5.1.1 <{a}>: Recipient address rejected: User unknown in local recipient table


--- The header of the original message is following. ---

{original(a, "FA-26-0328", "760,00", 2, dt(4, 13, 25, 1), headers_only=True)}""",
    True, "unknown_user", True, a, "IONOS format, headers of the original only")

# 50 -- IONOS, Orange refuses as spam
a = "francoise.lemoine@wanadoo.example"
d = dt(5, 10, 50, 33)
add(f"""Return-Path: <>
From: Mail Delivery System <mailer-daemon@ionos-relay.example>
To: {SENDER}
Subject: Mail delivery failed: returning message to sender
Date: Sat, 05 Dec 2026 10:50:33 +0100
Message-Id: <0LkF1q-1tKw2L0bQn-00bKqE@mout.ionos-relay.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

{a}:
SMTP error from remote server for MAIL FROM command, host: smtp-in.orange.example (192.0.2.43) reason: 550 5.7.1 Mail rejete. Mail rejected. OFR_999 [506]


--- The header of the original message is following. ---

{original(a, "FA-26-0392", "142,00", 1, dt(5, 10, 50, 30), headers_only=True, to_name="Françoise Lemoine")}""",
    True, "rejected_spam", True, a, "Orange 'Mail rejete' OFR_999 [506]; policy/reputation rejection")

# 51 -- Infomaniak-style bilingual notice, base64
a = "atelier@ebenisterie-fontaine.example"
d = dt(4, 16, 4, 11)
body51 = f"""Ceci est un message automatique du serveur mta-out4.infomaniak-like.example.

Votre message n'a pas pu être distribué à un ou plusieurs destinataires.
This is an automatic message: your message could not be delivered to one or
more recipients.

Destinataire / Recipient : {a}
Raison / Reason          : 550 5.1.1 <{a}>: l'adresse n'existe pas / address does not exist
Serveur distant / Remote : mx.ebenisterie-fontaine.example [203.0.113.111]

Le message original est joint à cette notification.
The original message is attached to this notification.

-- 
Support : https://www.infomaniak-like.example/support
"""
b = "=_bounce_4NrV8p2Xm1zGkQ"
add(f"""Return-Path: <>
From: "Mail Delivery System" <MAILER-DAEMON@mta-out4.infomaniak-like.example>
To: {SENDER}
Subject: =?UTF-8?B?{base64.b64encode("Non distribué / Undelivered: Relance : facture FA-26-0386".encode()).decode()}?=
Date: Fri, 04 Dec 2026 16:04:11 +0100
Message-ID: <bounce.4NrV8p2Xm1zGkQ@mta-out4.infomaniak-like.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(body51)}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mta-out4.infomaniak-like.example
Arrival-Date: Fri, 04 Dec 2026 16:04:09 +0100

Final-Recipient: rfc822; {a}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ebenisterie-fontaine.example
Diagnostic-Code: smtp; 550 5.1.1 <{a}>: address does not exist

--{b}
Content-Type: message/rfc822

{original(a, "FA-26-0386", "1 876,00", 1, dt(4, 16, 4, 2))}
--{b}--
""", True, "unknown_user", True, a, "bilingual FR/EN, base64 text")

# 52 -- Zimbra (recipient side), over quota, Postfix wrapper at the client
a = "m.caudron@lycee-pro-arras.example"
d = dt(5, 8, 46, 52)
add(postfix("zmta.lycee-pro-arras.example", "4NsCJw0LkPz9Ab", d, dt(5, 8, 46, 50), f"""<{a}>: host zimbra.lycee-pro-arras.example[10.10.0.21] said: 552 5.2.2
    Over quota (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.2.2", "552 5.2.2 Over quota", "zimbra.lycee-pro-arras.example", orig_rcpt=a)],
    original(a, "FA-26-0369", "315,00", 1, dt(5, 8, 46, 40), to_name="Mathieu Caudron",
             received=["Received: from smtp.imprimerie-vasseur.example (smtp.imprimerie-vasseur.example [198.51.100.9])\n\tby zmta.lycee-pro-arras.example (Postfix) with ESMTPS id 4NsCJw0LkPz9Ab\n\tfor <%s>; Sat,  5 Dec 2026 08:46:50 +0100 (CET)" % a])),
    True, "mailbox_full", True, a, "Zimbra over quota")

# 53 -- OVH outbound relay (the printer used OVH before), domain typo
a = "contact@traiteur-delcourt.exmaple.example"
d = dt(4, 11, 18, 40)
add(postfix("mo542.mail-out.ovh.example", "4NrMjy4cQ2z1Ppw", d, dt(4, 11, 18, 39), f"""<{a}>: Host or domain name not found. Name service error
    for name=traiteur-delcourt.exmaple.example type=A: Host not found""",
    [rcpt(a, "failed", "5.4.4", "Host or domain name not found. Name service error for name=traiteur-delcourt.exmaple.example type=A: Host not found", diag_type="X-Postfix", orig_rcpt=a)],
    original(a, "FA-26-0376", "690,00", 1, dt(4, 11, 18, 39))),
    True, "domain_not_found", True, a, "OVH relay, typo in domain", eol="lf")

# 54 -- Gandi relay, mailbox full at the client (Gandi mail)
a = "studio@photo-vandenbussche.example"
d = dt(6, 9, 12, 5)
add(postfix("relay4-d.mail.gandi.example", "4NtQ1m0kGfz2Lmn", d, dt(6, 9, 12, 3), f"""<{a}>: host spool.mail.gandi.example[192.0.2.180] said: 452 4.2.2
    <{a}>: Recipient address rejected: Mailbox is full (in reply to RCPT
    TO command)""",
    [rcpt(a, "delayed", "4.2.2", f"452 4.2.2 <{a}>: Recipient address rejected: Mailbox is full", "spool.mail.gandi.example", orig_rcpt=a, retry=dt(11, 9, 12, 3))],
    original(a, "FA-26-0414", "560,00", 2, dt(6, 9, 12, 3), headers_only=True), delay=True, hours="0.5"),
    True, "delayed", False, a, "temporary full mailbox: a warning, not final")

# 55 -- Gandi relay, the same address gives up five days later
d = dt(11, 9, 13, 0)
add(postfix("relay4-d.mail.gandi.example", "4NtQ1m0kGfz2Lmn", d, dt(6, 9, 12, 3), f"""<{a}>: host spool.mail.gandi.example[192.0.2.180] said: 452 4.2.2
    <{a}>: Recipient address rejected: Mailbox is full (in reply to RCPT
    TO command)""",
    [rcpt(a, "failed", "4.2.2", f"452 4.2.2 <{a}>: Recipient address rejected: Mailbox is full", "spool.mail.gandi.example", orig_rcpt=a)],
    original(a, "FA-26-0414", "560,00", 2, dt(6, 9, 12, 3)), mid="<20261211091300.4NtQ1m0kGfz2Lmn.x@relay4-d.mail.gandi.example>"),
    True, "expired", True, a, "expired after 5 days; the cause was a full mailbox (4.2.2 with Action failed)")

# 56 -- Mimecast rejection, wrapped by our Postfix
a = "payables@harbourline-shipping.example"
d = dt(7, 10, 31, 2)
add(postfix(OUR_MTA, "4NvB9s1DzXz1Zx", d, dt(7, 10, 30, 59), f"""<{a}>: host eu-smtp-inbound-1.mimecast.example[192.0.2.230] said:
    550 Rejected by header based Anti-Spoofing policy: {SENDER} -
    https://community.mimecast.example/docs/DOC-1369#550 [Kq3vR1pXN0aJ2mZ5.uk220]
    (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.0.0", f"550 Rejected by header based Anti-Spoofing policy: {SENDER} - https://community.mimecast.example/docs/DOC-1369#550 [Kq3vR1pXN0aJ2mZ5.uk220]", "eu-smtp-inbound-1.mimecast.example", orig_rcpt=a)],
    original(a, "FA-26-0305", "5 120,00", 3, dt(7, 10, 30, 59), pdf=True)),
    True, "rejected_spam", True, a, "Mimecast anti-spoofing")

# 57 -- Mimecast's own notification: held and rejected by content policy
a = "accounts@ridgeway-events.example"
d = dt(7, 11, 45, 0)
add(f"""From: Postmaster <postmaster@ridgeway-events.example>
To: {SENDER}
Subject: Message rejected: 2e relance : facture FA-26-0330
Date: Mon, 7 Dec 2026 10:45:00 +0000
Message-ID: <mimecast.notify.Z9pQ2rT5@eu-api.mimecast.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="MCBoundary=_12612071045000001"

--MCBoundary=_12612071045000001
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Your message couldn't be delivered

Your message to {a} was rejected by the recipient organisation's email security policy.

  From:     {SENDER}
  To:       {a}
  Subject:  2e relance : facture FA-26-0330
  Date:     07/12/2026 10:44 GMT
  Reason:   Message Rejected by Content Policy - Suspected invoice fraud (external sender, payment request, attachment)

If you believe this message was rejected in error, please contact the recipient by another method.

Mimecast Protection | ridgeway-events.example

--MCBoundary=_12612071045000001
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#1d1d4d;color:#fff;padding:12px"><b>Your message couldn't be delivered</b></td></tr>
<tr><td style="padding:16px">
<p>Your message to <b>{a}</b> was rejected by the recipient organisation's email security policy.</p>
<table style="font-size:13px">
<tr><td>From:</td><td>{SENDER}</td></tr>
<tr><td>To:</td><td>{a}</td></tr>
<tr><td>Subject:</td><td>2e relance : facture FA-26-0330</td></tr>
<tr><td>Date:</td><td>07/12/2026 10:44 GMT</td></tr>
<tr><td>Reason:</td><td>Message Rejected by Content Policy - Suspected invoice fraud (external sender, payment request, attachment)</td></tr>
</table>
<p>If you believe this message was rejected in error, please contact the recipient by another method.</p>
</td></tr></table></body></html>

--MCBoundary=_12612071045000001--
""", True, "rejected_spam", True, a, "gateway's own rejection notice, no DSN part, no original attached")

# 58 -- Proofpoint rejection, Sendmail-like relay at our provider... via our Postfix
a = "ap-invoices@lindqvist-industrial.example"
d = dt(7, 14, 2, 26)
add(postfix(OUR_MTA, "4NvGqK6QbWz1Zz", d, dt(7, 14, 2, 21), f"""<{a}>: host mx0b-00451201.pphosted.example[192.0.2.240] said: 550
    5.7.1 Message blocked due to spam content in the message. (in reply to end
    of DATA command)""",
    [rcpt(a, "failed", "5.7.1", "550 5.7.1 Message blocked due to spam content in the message.", "mx0b-00451201.pphosted.example", orig_rcpt=a)],
    original(a, "FA-26-0302", "7 380,00", 3, dt(7, 14, 2, 21))),
    True, "rejected_spam", True, a, "Proofpoint")

# 59 -- French-localised Exim (windows-1252, 8bit), user unknown
a = "compta@cabinet-dentaire-wattrelos.example"
d = dt(3, 15, 12, 9)
add(f"""Return-path: <>
Envelope-to: {SENDER}
Delivery-date: Thu, 03 Dec 2026 15:12:09 +0100
From: =?windows-1252?Q?Syst=E8me_de_distribution_du_courrier?= <Mailer-Daemon@mail.hebergement-nord.example>
To: {SENDER}
Subject: =?windows-1252?Q?=C9chec_de_distribution_:_retour_du_message_=E0_l'exp=E9diteur?=
X-Failed-Recipients: {a}
Auto-Submitted: auto-replied
Message-Id: <E1tIvPq-0009mR-7L@mail.hebergement-nord.example>
Date: Thu, 03 Dec 2026 15:12:09 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit

Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs de ses
destinataires. Il s'agit d'une erreur permanente. La ou les adresses suivantes
ont échoué :

  {a}
    hôte mx.cabinet-dentaire-wattrelos.example [203.0.113.129]
    Erreur SMTP du serveur distant après RCPT TO:<{a}>:
    550 5.1.1 Utilisateur inconnu / User unknown

------ Voici une copie du message, en-têtes compris. ------

{original(a, "FA-26-0389", "1 020,00", 1, dt(3, 15, 12, 4))}""",
    True, "unknown_user", True, a, "French Exim, windows-1252 8bit", enc="cp1252")

# 60 -- French Postfix at an ISP, iso-8859-15, expired (connexion refusée pendant 5 jours)
a = "info@gite-du-mont-noir.example"
d = dt(8, 16, 30, 2)
intro = """Ceci est le système de messagerie de l'hôte smtp-out.fai-regional.example.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires après plusieurs tentatives
pendant 5 jours. Le message est joint ci-dessous.

Pour toute assistance, écrivez à postmaster.

                   Le système de messagerie
"""
add(postfix("smtp-out.fai-regional.example", "4NrX5t3LwNz4Qrs", d, dt(3, 16, 29, 50), f"""<{a}>: connect to mail.gite-du-mont-noir.example[198.51.100.177]:25:
    Connection refused""",
    [rcpt(a, "failed", "4.4.1", None, orig_rcpt=a,
          extra=("Diagnostic-Code: X-Postfix; connect to mail.gite-du-mont-noir.example[198.51.100.177]:25: Connection refused",))],
    original(a, "FA-26-0363", "420,00", 1, dt(3, 16, 29, 50)),
    intro=intro, subject="=?iso-8859-15?Q?Message_non_d=E9livr=E9_(d=E9lai_d=E9pass=E9)?=",
    from_="MAILER-DAEMON@smtp-out.fai-regional.example (=?iso-8859-15?Q?Syst=E8me_de_messagerie?=)",
    lang_charset="iso-8859-15", cte="quoted-printable"),
    True, "expired", True, a, "French Postfix template, iso-8859-15, expired")

# 61 -- Exim retry timeout exceeded (host unreachable for days)
a = "bonjour@epicerie-fine-leroux.example"
d = dt(7, 9, 51, 30)
add(exim_fail_plain("relay.mutu-web.example", d, f"""  {a}
    host mx.epicerie-fine-leroux.example [203.0.113.160]
    all relevant MX records point to non-existent hosts: retry timeout exceeded""",
    original(a, "FA-26-0379", "230,00", 1, dt(3, 9, 50, 50)), mid="<E1tK2aQ-0001Bv-Fc@relay.mutu-web.example>"),
    True, "expired", True, a, "Exim 'retry timeout exceeded'", eol="cr")

# 62 -- Postfix with two recipients failing differently? no: one delivered, one failed (NOTIFY=SUCCESS,FAILURE)
a = "ancienne.compta@imprimerie-client-dupre.example"
ok = "direction@imprimerie-client-dupre.example"
d = dt(4, 8, 12, 44)
add(postfix(OUR_MTA, "4NrJ0B7kPmz1Xq", d, dt(4, 8, 12, 40), f"""<{ok}>: delivery via mx.imprimerie-client-dupre.example[203.0.113.99]:25: 250 2.0.0
    Ok: queued as 5D2E81A04B

<{a}>: host mx.imprimerie-client-dupre.example[203.0.113.99] said:
    550 5.1.1 <{a}>: Recipient address rejected: User unknown in local
    recipient table (in reply to RCPT TO command)""",
    [rcpt(ok, "relayed", "2.0.0", "250 2.0.0 Ok: queued as 5D2E81A04B", "mx.imprimerie-client-dupre.example", orig_rcpt=ok),
     rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in local recipient table", "mx.imprimerie-client-dupre.example", orig_rcpt=a)],
    original(ok, "FA-26-0311", "2 590,00", 2, dt(4, 8, 12, 40), cc=a),
    subject="Undelivered Mail Returned to Sender",
    intro=f"""This is the mail system at host {OUR_MTA}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""),
    True, "unknown_user", True, a, "DSN lists two recipients: one relayed (2.0.0), one failed")

# 63 -- Free, spam refusal
a = "ptit.louis.62@free.example"
d = dt(5, 11, 22, 37)
add(postfix(OUR_MTA, "4NsDHf2RwLz1Zs", d, dt(5, 11, 22, 35), f"""<{a}>: host mx2.free.example[198.51.100.213] said: 554 5.7.1
    Free : message refusé - contenu indésirable / spam detected (in reply to end of DATA command)""".replace("refusé", "refuse"),
    [rcpt(a, "failed", "5.7.1", "554 5.7.1 Free : message refuse - contenu indesirable / spam detected", "mx2.free.example", orig_rcpt=a)],
    original(a, "FA-26-0423", "45,00", 1, dt(5, 11, 22, 35), to_name="Louis Carpentier")),
    True, "rejected_spam", True, a)

# 64 -- SFR mailbox full, Sendmail at a small host
a = "nadine.bruneel@sfr.example"
d = dt(5, 14, 0, 14)
add(sendmail("mail.petit-hebergeur.example", "5B5D0Ek1030117", d, f"""The original message was received at Sat, 5 Dec 2026 14:00:10 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- The following addresses had permanent fatal errors -----
<{a}>
    (reason: 552 5.2.2 <{a}>: boite aux lettres pleine / mailbox full)

   ----- Transcript of session follows -----
... while talking to msfrf2101.sfr.example.:
>>> RCPT To:<{a}>
<<< 552 5.2.2 <{a}>: boite aux lettres pleine / mailbox full
554 5.0.0 Service unavailable
""", f"""Reporting-MTA: dns; mail.petit-hebergeur.example
Received-From-MTA: DNS; smtp.imprimerie-vasseur.example
Arrival-Date: Sat, 5 Dec 2026 14:00:10 +0100""",
    [rcpt(a, "failed", "5.2.2", f"552 5.2.2 <{a}>: boite aux lettres pleine / mailbox full", "msfrf2101.sfr.example", last=d)],
    original(a, "FA-26-0410", "81,60", 1, dt(5, 14, 0, 2), to_name="Nadine Bruneel"),
    "Returned mail: see transcript for details", headers_only=False),
    True, "mailbox_full", True, a)

# 65 -- La Poste webmail side, our Postfix, spam score
a = "gerard.lefebvre@laposte.example"
d = dt(5, 15, 40, 19)
add(postfix(OUR_MTA, "4NsKqN6fPjz1Zv", d, dt(5, 15, 40, 16), f"""<{a}>: host smtpz4.laposte.example[192.0.2.89] said: 554 5.7.1
    Spam detecte. Spam detected. LPN007_302 (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.7.1", "554 5.7.1 Spam detecte. Spam detected. LPN007_302", "smtpz4.laposte.example", orig_rcpt=a)],
    original(a, "FA-26-0424", "112,00", 1, dt(5, 15, 40, 16))),
    True, "rejected_spam", True, a)

# 66 -- Domain exists but has no mail server (null MX, RFC 7505)
a = "contact@ancien-site-briquet.example"
d = dt(4, 9, 48, 2)
add(postfix(OUR_MTA, "4NrKT24nFfz1Xb", d, dt(4, 9, 48, 1), f"""<{a}>: Domain ancien-site-briquet.example does not accept mail (nullMX)""",
    [rcpt(a, "failed", "5.1.10", "Domain ancien-site-briquet.example does not accept mail (nullMX)", diag_type="X-Postfix", orig_rcpt=a)],
    original(a, "FA-26-0349", "355,00", 1, dt(4, 9, 48, 1))),
    True, "domain_not_found", True, a, "null MX: the domain exists but accepts no mail; grouped with domain_not_found")

# 67 -- Mail loop detected -> other
a = "factures@sci-les-peupliers.example"
d = dt(5, 10, 5, 55)
add(postfix("mx.sci-les-peupliers.example", "4NsCxq5JwHz7Rt", d, dt(5, 10, 5, 50), f"""<{a}>: mail forwarding loop for {a}""",
    [rcpt(a, "failed", "5.4.6", f"mail forwarding loop for {a}", diag_type="X-Postfix", orig_rcpt=a)],
    original(a, "FA-26-0357", "1 680,00", 2, dt(5, 10, 5, 50), headers_only=True), headers_only=True),
    True, "other", True, a, "forwarding loop (5.4.6)")

# 68 -- Exchange 2007-style NDR, English, mailbox full: plain text + original attached (no DSN part)
a = "k.oconnell@emerald-catering.example"
d = dt(6, 12, 0, 0)
add(f"""From: System Administrator <postmaster@emerald-catering.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Undeliverable: Relance : facture FA-26-0341
Date: Sun, 6 Dec 2026 11:00:00 -0000
Message-ID: <E8A1B2C3D4E5F607@EXCH01.emerald-catering.example>
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----_=_NextPart_001_01DB47C2.8E1F3A00"

This is a multi-part message in MIME format.

------_=_NextPart_001_01DB47C2.8E1F3A00
Content-Type: text/plain; charset="us-ascii"

Your message did not reach some or all of the intended recipients.

      Subject:  Relance : facture FA-26-0341
      Sent:     06/12/2026 10:59

The following recipient(s) cannot be reached:

      Kieran O'Connell on 06/12/2026 11:00
            The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.
            <EXCH01.emerald-catering.example #5.2.2 smtp;554 5.2.2 mailbox full>

------_=_NextPart_001_01DB47C2.8E1F3A00
Content-Type: message/rfc822

{original(a, "FA-26-0341", "1 260,00", 1, dt(6, 11, 59, 0), to_name="Kieran O'Connell")}
------_=_NextPart_001_01DB47C2.8E1F3A00--
""", True, "mailbox_full", True, a, "Exchange 2007-style NDR without DSN part; address only in the attached original's To")

# 69 -- Orange outgoing (the client's auto-forward from an Orange box to a dead Gmail)
a = "yvette.masson@orange.example"
d = dt(4, 20, 4, 14)
add(f"""Return-Path: <>
From: MAILER-DAEMON@orange.example (Mail Delivery System)
To: {SENDER}
Subject: =?UTF-8?Q?Message_non_distribu=C3=A9?=
Date: Fri, 4 Dec 2026 20:04:14 +0100 (CET)
Message-Id: <20261204190414.9A3C01800104@smtp-out.orange.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="9A3C01800104.1796468654/smtp-out.orange.example"

--9A3C01800104.1796468654/smtp-out.orange.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre message n'a pas pu être distribué au(x) destinataire(s) suivant(s) :

  {a}
  (transfert automatique vers yvette.masson.perso@gmail.example)

Raison : 550 5.1.1 The email account that you tried to reach does not exist.

Ceci est un message automatique, merci de ne pas y répondre.
Orange Messagerie

--9A3C01800104.1796468654/smtp-out.orange.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.orange.example
Arrival-Date: Fri,  4 Dec 2026 20:04:11 +0100 (CET)

Final-Recipient: rfc822; yvette.masson.perso@gmail.example
Original-Recipient: rfc822;{a}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.

--9A3C01800104.1796468654/smtp-out.orange.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

{original(a, "FA-26-0396", "97,00", 1, dt(4, 20, 4, 5), headers_only=True)}
--9A3C01800104.1796468654/smtp-out.orange.example--
""", True, "unknown_user", True, a, "forwarding bounce: Final-Recipient is the forward target, the address we wrote to is the Original-Recipient (label uses the address we wrote to)")

"""Bounces, part 2: Microsoft 365 / Exchange, Gmail / Google Workspace, Yahoo."""
from mta2 import *  # noqa
from reg import add

SRV = "PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE"


def omid(inv, d):
    return "<PR3P191MB0912%s%s@PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE>" % (inv.replace("-", ""), d.strftime("%H%M%S"))


# 29 -- Microsoft 365, French, recipient not found
a = "l.benoit@cabinet-benoit-expertise.example"
d = dt(3, 9, 45, 30)
inv = "FA-26-0339"
m = omid(inv, d)
add(o365("fr", a, "cabinet-benoit-expertise.example", d, SRV,
         "L'adresse l.benoit est introuvable dans cabinet-benoit-expertise.example.",
         "Adresse À inconnue",
         "L'adresse électronique n'existe peut-être pas ou a été mal orthographiée. Vérifiez l'adresse et renvoyez le message, ou contactez directement le destinataire pour obtenir son adresse correcte.",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         m, subject(inv, 1), original(a, inv, "2 004,00", 1, dt(3, 9, 45, 22), mid=m, pdf=True, to_name="Laurent Benoit")),
    True, "unknown_user", True, a, "M365 French NDR, text part base64, HTML part QP")

# 30 -- Microsoft 365, English, recipient not found
a = "accounts.payable@brightwater-foods.example"
d = dt(3, 9, 47, 2)
inv = "FA-26-0321"
m = omid(inv, d)
add(o365("en", a, "brightwater-foods.example", d, SRV,
         "accounts.payable wasn't found at brightwater-foods.example.",
         "Unknown To address",
         "The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message. If you continue to get this message, contact the recipient by some other means.",
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         m, subject(inv, 2), original(a, inv, "3 870,00", 2, dt(3, 9, 46, 55), mid=m)),
    True, "unknown_user", True, a, "M365 English NDR")

# 31 -- Microsoft 365, mailbox full (French)
a = "agence@immo-flandres.example"
d = dt(4, 10, 12, 40)
inv = "FA-26-0384"
m = omid(inv, d)
add(o365("fr", a, "immo-flandres.example", d, SRV,
         "La boîte aux lettres du destinataire est pleine et ne peut plus accepter de messages pour le moment.",
         "Boîte aux lettres pleine",
         "Essayez de renvoyer le message plus tard, ou contactez directement le destinataire.",
         "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=7c1e0b2a.[EndDiagnosticData]",
         "5.2.2", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
         m, subject(inv, 1), original(a, inv, "455,00", 1, dt(4, 10, 12, 31), mid=m), headers_only=True),
    True, "mailbox_full", True, a, "M365, only headers attached")

# 32 -- Microsoft 365, DMARC reject (English)
a = "finance@northgate-logistics.example"
d = dt(4, 10, 30, 5)
inv = "FA-26-0299"
m = omid(inv, d)
add(o365("en", a, "northgate-logistics.example", d, SRV,
         "Your message wasn't delivered because the recipient's email provider rejected it.",
         "Access denied",
         "The sending domain failed DMARC verification at the recipient's server. Ask your email administrator to check the SPF, DKIM and DMARC records of imprimerie-vasseur.example.",
         "550 5.7.509 Access denied, sending domain [IMPRIMERIE-VASSEUR.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.",
         "5.7.509", "550 5.7.509 Access denied, sending domain [IMPRIMERIE-VASSEUR.EXAMPLE] does not pass DMARC verification and has a DMARC policy of reject.",
         m, subject(inv, 2), original(a, inv, "8 210,00", 2, dt(4, 10, 29, 58), mid=m, pdf=True)),
    True, "rejected_spam", True, a, "DMARC, 5.7.509")

# 33 -- Microsoft 365, domain does not exist (French)
a = "compta@laiterie-vanhove.example"
d = dt(4, 14, 1, 17)
inv = "FA-26-0408"
m = omid(inv, d)
add(o365("fr", a, "laiterie-vanhove.example", d, SRV,
         "Le domaine laiterie-vanhove.example n'existe pas ou n'a pas pu être trouvé dans le DNS.",
         "Domaine introuvable",
         "Vérifiez que l'adresse du destinataire est correctement orthographiée, en particulier la partie située après le signe @.",
         "550 5.4.310 DNS domain laiterie-vanhove.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=laiterie-vanhove.example] [PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE 2026-12-04T13:01:16.204Z 08DE13F2A4B8C9D0]",
         "5.4.310", "550 5.4.310 DNS domain laiterie-vanhove.example does not exist [Message=InfoDomainNonexistent]",
         m, subject(inv, 1), original(a, inv, "266,40", 1, dt(4, 14, 1, 12), mid=m)),
    True, "domain_not_found", True, a)

# 34 -- Microsoft 365, message expired after retries (English), 4.4.7 with Action failed
a = "office@bouwbedrijf-dewitte.example"
d = dt(5, 11, 6, 0)
inv = "FA-26-0313"
m = omid(inv, d)
add(o365("en", a, "bouwbedrijf-dewitte.example", d, SRV,
         "Delivery of your message to the recipient's email system has failed. The message expired in the queue after repeated attempts.",
         "Message expired",
         "The destination email server may be offline or not accepting connections. Try sending the message again later, or contact the recipient by other means.",
         "550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to alternate host, but that did not succeed.] [LastAttemptedServerName=mx.bouwbedrijf-dewitte.example] [LastAttemptedIP=203.0.113.91:25]",
         "4.4.7", "550 4.4.7 QUEUE.Expired; message expired",
         m, subject(inv, 3), original(a, inv, "11 460,00", 3, dt(4, 11, 5, 50), mid=m)),
    True, "expired", True, a, "QUEUE.Expired")

# 35 -- Microsoft 365, delivery delayed (English warning)
a = "admin@kestrel-studios.example"
d = dt(3, 13, 50, 22)
inv = "FA-26-0329"
m = omid(inv, d)
add(o365("en", a, "kestrel-studios.example", d, SRV,
         "Delivery of your message to admin@kestrel-studios.example has been delayed. Office 365 will keep trying to deliver it. You'll be notified if it can't be delivered within 24 hours.",
         "Delivery delayed",
         "No action is required. If the problem continues, contact the recipient by some other means.",
         "451 4.4.0 Primary target IP address responded with: \"451 4.7.1 Greylisting in action, please come back later.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.",
         "4.4.0", "451 4.4.0 Primary target IP address responded with: \"451 4.7.1 Greylisting in action, please come back later.\"",
         m, subject(inv, 1), original(a, inv, "1 720,00", 1, dt(3, 9, 50, 2), mid=m), action="delayed",
         subject_prefix="Delivery delayed: ", headers_only=True),
    True, "delayed", False, a, "M365 'Delivery delayed:'")

# 36 -- Exchange on premises, old French style « Remise impossible », plain text only
a = "p.lemaitre@clinique-veterinaire-opale.example"
d = dt(4, 9, 10, 54)
inv = "FA-26-0397"
m = "<relance.%s@imprimerie-vasseur.example>" % inv.lower()
b = "9B095B5ADSN=_01DB4631E6F0A2B800001A3Cmail.clinique-ve"
body36 = f"""Remise impossible à ces destinataires ou groupes :

Pierre Lemaître ({a})
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique.






Informations de diagnostic pour les administrateurs :

Serveur de génération : mail.clinique-veterinaire-opale.example

{a}
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Entêtes du message d'origine :

Received: from smtp.imprimerie-vasseur.example (198.51.100.9) by
 mail.clinique-veterinaire-opale.example (10.0.0.12) with Microsoft SMTP Server
 (TLS) id 15.1.2507.39; Fri, 4 Dec 2026 09:10:52 +0100
Message-ID: {m}
Date: Fri, 4 Dec 2026 09:10:47 +0100
From: Imprimerie Vasseur <{SENDER}>
To: {a}
Subject: Relance : facture {inv}
"""
add(f"""From: postmaster@clinique-veterinaire-opale.example
To: {SENDER}
Date: Fri, 4 Dec 2026 09:10:54 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
X-DSNContext: 335a7efd - 4523 - 00000001 - 80040546
Message-ID: <a81c2c61-77de-49c0-8e1d-3fd4aa12bd55@mail.clinique-veterinaire-opale.example>
Subject: {hdrb("Non remis : Relance : facture " + inv, "iso-8859-1")}
Auto-Submitted: auto-replied
Content-Language: fr-FR

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--{b}
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

{qp(body36, "iso-8859-1")}
--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.clinique-veterinaire-opale.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Fri, 4 Dec 2026 09:10:52 +0100

Final-Recipient: rfc822;{a}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--{b}
Content-Type: text/rfc822-headers

{original(a, inv, "318,00", 1, dt(4, 9, 10, 47), mid=m, headers_only=True, to_name="Pierre Lemaître")}
--{b}--
""", True, "unknown_user", True, a, "Exchange on-prem, iso-8859-1 QP, « Remise impossible »")

# 37 -- Gmail / Google Workspace sender side, English, address not found
a = "hello@maison-ogier.example"
d = dt(3, 10, 20, 11)
inv = "FA-26-0342"
m = "<CAG7x+Qk1_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Address not found **

Your message wasn't delivered to {a} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table
""", f"""<p style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#212121">Address not found</p>
<p style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#212121">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{a}</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p><a href="https://support.google.example/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="font-size:12px;color:#757575">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px;color:#212121">550 5.1.1 &lt;{a}&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>""",
    rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table", "mx.maison-ogier.example. (203.0.113.33, the server for the domain maison-ogier.example.)", last=d),
    original(a, inv, "742,00", 1, dt(3, 10, 20, 5), mid=m, to_name="Maison Ogier"), orig_mid=m, mid_suffix="9f2"),
    True, "unknown_user", True, a, "Gmail sender-side DSN")

# 38 -- Gmail, French, « Adresse introuvable »
a = "jacqueline.morel@orange.example"
d = dt(4, 11, 40, 56)
inv = "FA-26-0419"
m = "<CAG7x+Qk2_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Adresse introuvable **

Votre message n'a pas été distribué à {a}, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.

Pour en savoir plus, cliquez ici : https://support.google.example/mail/?p=NoSuchUser

Voici la réponse du serveur distant :
550 mwinf5d61 ME Adresse email inconnue. Unknown email address. OFR_416 [416]
""", f"""<p style="font-size:24px;color:#212121">Adresse introuvable</p>
<p style="font-size:16px;color:#212121">Votre message n'a pas été distribué à <b>{a}</b>, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.</p>
<p><a href="https://support.google.example/mail/?p=NoSuchUser">EN SAVOIR PLUS</a></p>
<p style="font-size:12px;color:#757575">Voici la réponse du serveur distant :</p>
<p style="font-family:monospace;font-size:12px">550 mwinf5d61 ME Adresse email inconnue. Unknown email address. OFR_416 [416]</p>""",
    rcpt(a, "failed", "5.0.0", "550 mwinf5d61 ME Adresse email inconnue. Unknown email address. OFR_416 [416]", "smtp-in.orange.example. (192.0.2.41, the server for the domain orange.example.)", last=d),
    original(a, inv, "58,00", 1, dt(4, 11, 40, 50), mid=m, to_name="Jacqueline Morel"), orig_mid=m, mid_suffix="4c1"),
    True, "unknown_user", True, a, "Gmail French")

# 39 -- Gmail, domain not found (NXDOMAIN)
a = "direction@ecole-montessori-lambersart.example"
d = dt(4, 15, 22, 9)
inv = "FA-26-0353"
m = "<CAG7x+Qk3_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Address not found **

Your message wasn't delivered to {a} because the domain ecole-montessori-lambersart.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:
DNS Error: DNS type 'mx' lookup of ecole-montessori-lambersart.example responded with code NXDOMAIN Domain name not found: ecole-montessori-lambersart.example Learn more at https://support.google.example/mail/answer/3221050
""", f"""<p style="font-size:24px;color:#212121">Address not found</p>
<p style="font-size:16px;color:#212121">Your message wasn't delivered to <b>{a}</b> because the domain ecole-montessori-lambersart.example couldn't be found. Check for typos or unnecessary spaces and try again.</p>
<p style="font-size:12px;color:#757575">The response was:</p>
<p style="font-family:monospace;font-size:12px">DNS Error: DNS type &#39;mx&#39; lookup of ecole-montessori-lambersart.example responded with code NXDOMAIN Domain name not found: ecole-montessori-lambersart.example</p>""",
    rcpt(a, "failed", "5.1.2", "DNS; DNS type 'mx' lookup of ecole-montessori-lambersart.example responded with code NXDOMAIN Domain name not found: ecole-montessori-lambersart.example", last=d),
    original(a, inv, "1 150,00", 2, dt(4, 15, 22, 4), mid=m), orig_mid=m, mid_suffix="77d"),
    True, "domain_not_found", True, a, "Gmail NXDOMAIN")

# 40 -- Google Workspace delay, English
a = "orders@hollandia-tulips.example"
d = dt(3, 14, 2, 40)
inv = "FA-26-0326"
m = "<CAG7x+Qk4_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Delivery incomplete **

There was a temporary problem delivering your message to {a}. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.example/mail/answer/7720 [mx.hollandia-tulips.example. 203.0.113.145: timed out]
""", f"""<p style="font-size:24px;color:#212121">Delivery incomplete</p>
<p style="font-size:16px;color:#212121">There was a temporary problem delivering your message to <b>{a}</b>. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.</p>
<p style="font-size:12px;color:#757575">The response was:</p>
<p style="font-family:monospace;font-size:12px">The recipient server did not accept our requests to connect. [mx.hollandia-tulips.example. 203.0.113.145: timed out]</p>""",
    rcpt(a, "delayed", "4.4.1", "smtp; The recipient server did not accept our requests to connect. [mx.hollandia-tulips.example. 203.0.113.145: timed out]".split("; ", 1)[1], last=d, retry=dt(5, 10, 2, 40)),
    original(a, inv, "2 460,00", 1, dt(3, 10, 2, 31), mid=m, headers_only=True), subject="Delivery Status Notification (Delay)",
    orig_mid=m, mid_suffix="e01", headers_only=True),
    True, "delayed", False, a, "Delivery Status Notification (Delay)")

# 41 -- Google Workspace delay, French
a = "secretariat@notaires-dunkerque.example"
d = dt(5, 13, 12, 3)
inv = "FA-26-0380"
m = "<CAG7x+Qk5_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Distribution incomplète **

Un problème temporaire a empêché la distribution de votre message à {a}. Gmail effectuera de nouvelles tentatives pendant 45 heures. Vous serez averti si la distribution échoue de façon définitive.

Voici la réponse :
452 4.2.2 <{a}>: Mailbox full, try again later
""", f"""<p style="font-size:24px;color:#212121">Distribution incomplète</p>
<p style="font-size:16px;color:#212121">Un problème temporaire a empêché la distribution de votre message à <b>{a}</b>. Gmail effectuera de nouvelles tentatives pendant 45 heures. Vous serez averti si la distribution échoue de façon définitive.</p>
<p style="font-size:12px;color:#757575">Voici la réponse :</p>
<p style="font-family:monospace;font-size:12px">452 4.2.2 &lt;{a}&gt;: Mailbox full, try again later</p>""",
    rcpt(a, "delayed", "4.2.2", f"452 4.2.2 <{a}>: Mailbox full, try again later", "mx.notaires-dunkerque.example. (203.0.113.70, the server for the domain notaires-dunkerque.example.)", last=d, retry=dt(7, 10, 12, 3)),
    original(a, inv, "384,00", 1, dt(5, 9, 11, 55), mid=m), subject="Delivery Status Notification (Delay)",
    orig_mid=m, mid_suffix="e02"),
    True, "delayed", False, a, "delay caused by a full mailbox: still only a warning")

# 42 -- Gmail, gave up after retrying (Action failed, 4.4.1)
a = "contact@ferme-des-quatre-vents.example"
d = dt(6, 9, 30, 14)
inv = "FA-26-0367"
m = "<CAG7x+Qk6_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Message not delivered **

There was a problem delivering your message to {a}. See the technical details below.

The response was:
The recipient server did not accept our requests to connect. Learn more at https://support.google.example/mail/answer/7720 [mail.ferme-des-quatre-vents.example. 192.0.2.77: timed out]
""", f"""<p style="font-size:24px;color:#212121">Message not delivered</p>
<p style="font-size:16px;color:#212121">There was a problem delivering your message to <b>{a}</b>. See the technical details below.</p>
<p style="font-size:12px;color:#757575">The response was:</p>
<p style="font-family:monospace;font-size:12px">The recipient server did not accept our requests to connect. [mail.ferme-des-quatre-vents.example. 192.0.2.77: timed out]</p>""",
    rcpt(a, "failed", "4.4.1", "The recipient server did not accept our requests to connect. [mail.ferme-des-quatre-vents.example. 192.0.2.77: timed out]", last=d),
    original(a, inv, "205,00", 2, dt(4, 9, 30, 0), mid=m), orig_mid=m, mid_suffix="f44", arrival=dt(4, 9, 30, 0)),
    True, "expired", True, a, "Gmail gave up after 2 days; 4.4.1 + failed")

# 43 -- Gmail, recipient mailbox full (permanent)
a = "bernard.hoche@hotmail-like.example"
d = dt(5, 16, 3, 50)
inv = "FA-26-0422"
m = "<CAG7x+Qk7_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Message not delivered **

Your message couldn't be delivered to {a}. Their inbox is full, or it's getting too much mail right now.

The response from the remote server was:
552 5.2.2 Requested mail action aborted: exceeded storage allocation; quota exceeded for {a}
""", f"""<p style="font-size:24px;color:#212121">Message not delivered</p>
<p style="font-size:16px;color:#212121">Your message couldn't be delivered to <b>{a}</b>. Their inbox is full, or it's getting too much mail right now.</p>
<p style="font-size:12px;color:#757575">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px">552 5.2.2 Requested mail action aborted: exceeded storage allocation; quota exceeded</p>""",
    rcpt(a, "failed", "5.2.2", f"552 5.2.2 Requested mail action aborted: exceeded storage allocation; quota exceeded for {a}", "mx1.hotmail-like.example. (198.51.100.60, the server for the domain hotmail-like.example.)", last=d),
    original(a, inv, "64,00", 1, dt(5, 16, 3, 44), mid=m, to_name="Bernard Hoche"), orig_mid=m, mid_suffix="2a9"),
    True, "mailbox_full", True, a)

# 44 -- Yahoo: the client's Yahoo box forwards to a dead address; Yahoo returns a "Failure Notice"
a = "gilles.vermeersch@yahoo.example"
d = dt(4, 18, 22, 5)
add(f"""Return-Path: <>
Received: from 10.217.150.176
 by atlas211.free.mail.ir2.yahoo.example with HTTP; Fri, 4 Dec 2026 17:22:05 +0000
Date: Fri, 4 Dec 2026 17:22:05 +0000
From: MAILER-DAEMON@yahoo.example
To: {SENDER}
Subject: Failure Notice
X-Yahoo-Newman-Property: bounce
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<{a}>:
554: delivery error: dd Sorry your message to {a} cannot be delivered. This mailbox is disabled (554.30). - mta4471.mail.ir2.yahoo.example

--- Below this line is a copy of the message.

{original(a, "FA-26-0378", "115,00", 1, dt(4, 18, 21, 50), to_name="Gilles Vermeersch")}""",
    True, "unknown_user", True, a, "Yahoo 'mailbox is disabled' (554.30): dead account", eol="lf")

# 45 -- Yahoo as recipient, user does not exist, wrapped by our Postfix
a = "mamie.claudine59@yahoo.example"
d = dt(5, 9, 55, 20)
add(postfix(OUR_MTA, "4NsC7Z3fWbz1Zm", d, dt(5, 9, 55, 18), f"""<{a}>: host mta7.am0.yahoodns.example[198.51.100.8] said: 554
    delivery error: dd This user doesn't have a yahoo.example account
    ({a}) [0] - mta4007.mail.ir2.yahoo.example (in reply to end of
    DATA command)""",
    [rcpt(a, "failed", "5.0.0", f"554 delivery error: dd This user doesn't have a yahoo.example account ({a}) [0] - mta4007.mail.ir2.yahoo.example", "mta7.am0.yahoodns.example", orig_rcpt=a)],
    original(a, "FA-26-0425", "37,50", 1, dt(5, 9, 55, 18), to_name="Claudine Wattez")),
    True, "unknown_user", True, a)

"""Bounces, part 5: more delays and expiries, domains that do not exist, French ISPs, Kerio, Outlook.com."""
from mta2 import *  # noqa
from reg import add

H = OUR_MTA

# 90 -- Postfix delay: DNS SERVFAIL at the client's domain
a = "contact@agence-voyages-escales.example"
d = dt(3, 13, 30, 2)
add(postfix(H, "4NqR0k1MtWz1Wq", d, dt(3, 9, 30, 0), f"""<{a}>: Host or domain name not found. Name service error for
    name=agence-voyages-escales.example type=MX: Host not found, try again""",
    [rcpt(a, "delayed", "4.4.3", None, orig_rcpt=a, retry=dt(8, 9, 30, 0),
          extra=("Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=agence-voyages-escales.example type=MX: Host not found, try again",))],
    original(a, "FA-26-0348", "1 460,00", 1, dt(3, 9, 30, 0), headers_only=True), delay=True),
    True, "delayed", False, a, "temporary DNS failure: warning, not a domain_not_found verdict")

# 91 -- the same domain, five days later: expired
d = dt(8, 9, 31, 10)
add(postfix(H, "4NqR0k1MtWz1Wq", d, dt(3, 9, 30, 0), f"""<{a}>: Host or domain name not found. Name service error for
    name=agence-voyages-escales.example type=MX: Host not found, try again""",
    [rcpt(a, "failed", "4.4.3", None, orig_rcpt=a,
          extra=("Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=agence-voyages-escales.example type=MX: Host not found, try again",))],
    original(a, "FA-26-0348", "1 460,00", 1, dt(3, 9, 30, 0)), mid="<20261208093110.4NqR0k1MtWz1Wq.9@%s>" % H),
    True, "expired", True, a, "gave up after 5 days of temporary DNS errors (4.4.3, failed)")

# 92 -- Postfix: client's MX verifies addresses downstream
a = "s.boulanger@cabinet-infirmier-halluin.example"
d = dt(4, 9, 58, 40)
add(postfix(H, "4NrKh54TyQz1Xd", d, dt(4, 9, 58, 38), f"""<{a}>: host mx.cabinet-infirmier-halluin.example[203.0.113.150]
    said: 550 5.1.1 <{a}>: Recipient address rejected:
    undeliverable address: host imap.cabinet-infirmier-halluin.example[10.0.0.4]
    said: 550 5.1.1 <{a}>: User doesn't exist: {a} (in reply to RCPT TO
    command) (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: undeliverable address: host imap.cabinet-infirmier-halluin.example[10.0.0.4] said: 550 5.1.1 <{a}>: User doesn't exist: {a} (in reply to RCPT TO command)", "mx.cabinet-infirmier-halluin.example", orig_rcpt=a)],
    original(a, "FA-26-0404", "96,00", 1, dt(4, 9, 58, 38), to_name="Sophie Boulanger")),
    True, "unknown_user", True, a)

# 93 -- Postfix: our IP on a block list at a small provider
a = "mairie@commune-de-bousbecque.example"
d = dt(4, 10, 25, 9)
add(postfix(H, "4NrLF81hHcz1Xg", d, dt(4, 10, 25, 7), f"""<{a}>: host mx.commune-de-bousbecque.example[192.0.2.150] said: 554
    5.7.1 Service unavailable; Client host [198.51.100.9] blocked using
    zen.spamhaus.example; https://www.spamhaus.example/query/ip/198.51.100.9
    (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.7.1", "554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.example; https://www.spamhaus.example/query/ip/198.51.100.9", "mx.commune-de-bousbecque.example", orig_rcpt=a)],
    original(a, "FA-26-0399", "1 740,00", 2, dt(4, 10, 25, 7))),
    True, "rejected_spam", True, a, "DNSBL")

# 94 -- Postfix: Orange mailbox full
a = "andre.ledoux@orange.example"
d = dt(5, 9, 22, 50)
add(postfix(H, "4NsCpw3WkVz1Zg", d, dt(5, 9, 22, 47), f"""<{a}>: host smtp-in.orange.example[192.0.2.40] said: 552 5.2.2
    mwinf5c12 ME Boite du destinataire pleine. Recipient mailbox full. OFR_417
    [417] (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.2.2", "552 5.2.2 mwinf5c12 ME Boite du destinataire pleine. Recipient mailbox full. OFR_417 [417]", "smtp-in.orange.example", orig_rcpt=a)],
    original(a, "FA-26-0418", "54,00", 1, dt(5, 9, 22, 47), to_name="André Ledoux")),
    True, "mailbox_full", True, a, "« boîte pleine » Orange")

# 95 -- Postfix French template delay (Orange too many connections), iso-8859-1 QP
a = "contact.ets.wallart@wanadoo.example"
intro = """Ceci est le système de messagerie de l'hôte mail-out3.hebergeur-pro.example.

####################################################################
# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER     #
# VOTRE MESSAGE.                                                   #
####################################################################

Votre message n'a pas pu être distribué depuis 4,0 heures.
De nouvelles tentatives auront lieu jusqu'à ce qu'il ait 5,0 jours.

Pour toute assistance, écrivez à postmaster.

                   Le système de messagerie
"""
d = dt(5, 14, 1, 0)
add(postfix("mail-out3.hebergeur-pro.example", "4NsK2q7LcRz2Yd", d, dt(5, 10, 0, 55), f"""<{a}>: host smtp-in.orange.example[192.0.2.41] said: 421 mwinf5c41 ME
    Trop de connexions, veuillez verifier votre configuration. Too many
    connections, slow down. OFR005_104 [104] (in reply to end of DATA command)""",
    [rcpt(a, "delayed", "4.0.0", "421 mwinf5c41 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]", "smtp-in.orange.example", orig_rcpt=a, retry=dt(10, 10, 0, 55))],
    original(a, "FA-26-0375", "402,00", 2, dt(5, 10, 0, 55), headers_only=True), delay=True,
    intro=intro, subject=hdr("Message retardé (nouvelles tentatives en cours)", "iso-8859-1"),
    from_="MAILER-DAEMON@mail-out3.hebergeur-pro.example (=?iso-8859-1?Q?Syst=E8me_de_messagerie?=)",
    lang_charset="iso-8859-1", cte="quoted-printable"),
    True, "delayed", False, a, "French Postfix warning, iso-8859-1")

# 96 -- M365 French delay
a = "direction@ecole-privee-sainte-odile.example"
d = dt(7, 13, 10, 0)
inv = "FA-26-0435"
m = "<PR3P191MB0912%s131000@PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE>" % inv.replace("-", "")
add(o365("fr", a, "ecole-privee-sainte-odile.example", d, "PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE",
         "La remise de votre message à direction@ecole-privee-sainte-odile.example a été retardée. Office 365 continuera d'essayer de le remettre. Vous serez averti si le message ne peut pas être remis d'ici 1 jour.",
         "Remise retardée",
         "Aucune action n'est requise de votre part. Si le problème persiste, contactez le destinataire par un autre moyen.",
         "451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available, closing transmission channel.\" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts. The last endpoint attempted was 203.0.113.205:25",
         "4.4.0", "451 4.4.0 Primary target IP address responded with: \"421 4.3.2 Service not available, closing transmission channel.\"",
         m, subject(inv, 1), original(a, inv, "2 760,00", 1, dt(7, 9, 9, 52), mid=m), action="delayed",
         subject_prefix="Remise différée : ", headers_only=True),
    True, "delayed", False, a, "M365 French delay")

# 97 -- M365 English expired: 4.4.316 connection refused
a = "info@riverside-joinery.example"
d = dt(8, 9, 20, 31)
inv = "FA-26-0320"
m = "<PR3P191MB0912%s092031@PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE>" % inv.replace("-", "")
add(o365("en", a, "riverside-joinery.example", d, "PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE",
         "Office 365 tried to deliver your message for 24 hours but the recipient's email server refused the connection.",
         "Connection refused",
         "The problem is on the recipient's side. Contact the recipient by phone and ask them to tell their email admin. Then try resending the message.",
         "550 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.riverside-joinery.example] [LastAttemptedIP=203.0.113.90:25] [DB8P191MB1544.EURP191.PROD.OUTLOOK.EXAMPLE 2026-12-08T08:20:30.101Z 08DE17C4D5E6F7A8]",
         "4.4.316", "550 4.4.316 Connection refused [Message=Socket error code 10061]",
         m, subject(inv, 2), original(a, inv, "5 640,00", 2, dt(7, 9, 20, 20), mid=m)),
    True, "expired", True, a, "4.4.316 with Action failed")

# 98 -- Exchange 2010 on premises, expired, English HTML
a = "accounts@morvan-precision.example"
d = dt(5, 10, 15, 0)
b = "_000_F0E1D2C3B4A5968778695A4B3C2D1E0FEXCHmorvan_"
add(f"""From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mail.paysdelys-hosting.example>
To: <{SENDER}>
Date: Sat, 5 Dec 2026 10:15:00 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Message-ID: <5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d@EXCH.paysdelys-hosting.example>
Subject: Undeliverable: Relance : facture FA-26-0338
Auto-Submitted: auto-replied

--{b}
Content-Type: text/html; charset="us-ascii"

<html><head></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:{a}">{a}</a><br>
The recipient's e-mail system isn't accepting messages now. Please try resending this message later, or contact the recipient directly.</font></p>
<br><br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
<p>Generating server: EXCH.paysdelys-hosting.example</p>
<p>{a}<br>
#550 4.4.7 QUEUE.Expired; message expired ##</p>
<p>Original message headers:</p>
<pre>Subject: Relance : facture FA-26-0338
Date: Thu, 3 Dec 2026 10:14:40 +0100</pre></font>
</body></html>

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH.paysdelys-hosting.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 09:14:41 +0000

Final-Recipient: rfc822;{a}
Action: failed
Status: 4.4.7
Diagnostic-Code: smtp;550 4.4.7 QUEUE.Expired; message expired

--{b}
Content-Type: message/rfc822

{original(a, "FA-26-0338", "920,00", 1, dt(3, 10, 14, 40))}
--{b}--
""", True, "expired", True, a, "Exchange 2010 QUEUE.Expired")

# 99 -- Exchange 2010: nonexistent domain
a = "facturation@centre-equestre-la-lys.example"
d = dt(4, 11, 46, 30)
b = "_000_0A1B2C3D4E5F6A7BEXCHpaysdelys_"
add(f"""From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mail.paysdelys-hosting.example>
To: <{SENDER}>
Date: Fri, 4 Dec 2026 11:46:30 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"
Message-ID: <0a1b2c3d-4e5f-4a7b-9c8d-7e6f5a4b3c2d@EXCH.paysdelys-hosting.example>
Subject: Undeliverable: 2e relance : facture FA-26-0324
Auto-Submitted: auto-replied

--{b}
Content-Type: text/plain; charset="us-ascii"

Delivery has failed to these recipients or groups:

{a}
The domain name in the e-mail address is incorrect. Check the address and try again.






Diagnostic information for administrators:

Generating server: EXCH.paysdelys-hosting.example

{a}
#554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain ##

Original message headers:

Subject: 2e relance : facture FA-26-0324

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH.paysdelys-hosting.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Fri, 4 Dec 2026 10:46:28 +0000

Final-Recipient: rfc822;{a}
Action: failed
Status: 5.4.4
Diagnostic-Code: smtp;554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain

--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0324", "1 325,00", 2, dt(4, 11, 46, 20), headers_only=True)}
--{b}--
""", True, "domain_not_found", True, a, "SMTPSEND.DNS.NonExistentDomain")

# 100 -- Gmail French, domain not found
a = "contact@atelier-reliure-dorée.example".replace("é", "e")
d = dt(7, 10, 40, 18)
inv = "FA-26-0436"
m = "<CAG7x+Qk8_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Adresse introuvable **

Votre message n'a pas été distribué à {a}, car le domaine atelier-reliure-doree.example est introuvable. Vérifiez qu'il ne contient pas de faute de frappe ni d'espace superflu, puis réessayez.

Voici la réponse :
DNS Error: DNS type 'mx' lookup of atelier-reliure-doree.example responded with code NXDOMAIN Domain name not found: atelier-reliure-doree.example
""", f"""<p style="font-size:24px;color:#212121">Adresse introuvable</p>
<p style="font-size:16px;color:#212121">Votre message n'a pas été distribué à <b>{a}</b>, car le domaine atelier-reliure-doree.example est introuvable. Vérifiez qu'il ne contient pas de faute de frappe ni d'espace superflu, puis réessayez.</p>
<p style="font-size:12px;color:#757575">Voici la réponse :</p>
<p style="font-family:monospace;font-size:12px">DNS Error: DNS type &#39;mx&#39; lookup of atelier-reliure-doree.example responded with code NXDOMAIN Domain name not found: atelier-reliure-doree.example</p>""",
    rcpt(a, "failed", "5.1.2", "DNS; DNS type 'mx' lookup of atelier-reliure-doree.example responded with code NXDOMAIN Domain name not found: atelier-reliure-doree.example", last=d).replace("Diagnostic-Code: smtp; DNS; ", "Diagnostic-Code: DNS; "),
    original(a, inv, "480,00", 1, dt(7, 10, 40, 12), mid=m), orig_mid=m, mid_suffix="b81"),
    True, "domain_not_found", True, a, "Gmail French NXDOMAIN")

# 101 -- Gmail sender side, English, message blocked by recipient policy
a = "admin@heathfield-academy.example"
d = dt(7, 11, 12, 20)
inv = "FA-26-0322"
m = "<CAG7x+Qk9_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Message blocked **

Your message to {a} has been blocked. See technical details below for more information.

The response from the remote server was:
550 5.7.1 Message rejected: sender domain imprimerie-vasseur.example is on the organisation's blocked senders list
""", f"""<p style="font-size:24px;color:#212121">Message blocked</p>
<p style="font-size:16px;color:#212121">Your message to <b>{a}</b> has been blocked. See technical details below for more information.</p>
<p style="font-size:12px;color:#757575">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px">550 5.7.1 Message rejected: sender domain imprimerie-vasseur.example is on the organisation&#39;s blocked senders list</p>""",
    rcpt(a, "failed", "5.7.1", "550 5.7.1 Message rejected: sender domain imprimerie-vasseur.example is on the organisation's blocked senders list", "mx.heathfield-academy.example. (203.0.113.212, the server for the domain heathfield-academy.example.)", last=d),
    original(a, inv, "3 450,00", 2, dt(7, 11, 12, 11), mid=m), orig_mid=m, mid_suffix="c19"),
    True, "rejected_spam", True, a, "blocked-senders list: a deliberate refusal, grouped with rejected_spam")

# 102 -- Gmail French, gave up ("Message non distribué")
a = "ets.pollet@pollet-carrelage.example"
d = dt(6, 15, 3, 9)
inv = "FA-26-0365"
m = "<CAG7x+QkA_relance%s@mail.gmail.example>" % inv.replace("-", "")
add(gmail(d, a, f"""
** Message non distribué **

Un problème est survenu lors de la distribution de votre message à {a}. Consultez les détails techniques ci-dessous.

Voici la réponse :
Le serveur de destination n'a pas accepté nos demandes de connexion. [mx.pollet-carrelage.example. 198.51.100.240: timed out]
""", f"""<p style="font-size:24px;color:#212121">Message non distribué</p>
<p style="font-size:16px;color:#212121">Un problème est survenu lors de la distribution de votre message à <b>{a}</b>. Consultez les détails techniques ci-dessous.</p>
<p style="font-size:12px;color:#757575">Voici la réponse :</p>
<p style="font-family:monospace;font-size:12px">Le serveur de destination n'a pas accepté nos demandes de connexion. [mx.pollet-carrelage.example. 198.51.100.240: timed out]</p>""",
    rcpt(a, "failed", "4.4.1", "The recipient server did not accept our requests to connect. [mx.pollet-carrelage.example. 198.51.100.240: timed out]", last=d),
    original(a, inv, "1 090,00", 1, dt(4, 15, 2, 55), mid=m), orig_mid=m, mid_suffix="d07", arrival=dt(4, 15, 2, 55)),
    True, "expired", True, a, "Gmail French, gave up after 2 days")

# 103 -- Sendmail warning: greylisting
a = "cabinet@geometre-expert-hazebrouck.example"
d = dt(4, 13, 44, 2)
add(sendmail("relay2.telecom-pme.example", "5B4Cm3aT009981", d, f"""**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Fri, 4 Dec 2026 09:43:50 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- Transcript of session follows -----
<{a}>... Deferred: 451 4.7.1 <{a}>: Recipient address rejected: Greylisted, see http://postgrey.example/help/geometre-expert-hazebrouck.example
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", f"""Reporting-MTA: dns; relay2.telecom-pme.example
Arrival-Date: Fri, 4 Dec 2026 09:43:50 +0100""",
    [rcpt(a, "delayed", "4.7.1", f"451 4.7.1 <{a}>: Recipient address rejected: Greylisted", "mx.geometre-expert-hazebrouck.example", last=dt(4, 13, 43, 58), retry=dt(9, 9, 43, 50))],
    original(a, "FA-26-0354", "840,00", 1, dt(4, 9, 43, 40), headers_only=True),
    "Warning: could not send message for past 4 hours", headers_only=True),
    True, "delayed", False, a, "Sendmail warning; 4.7.1 greylisting is not a spam verdict")

# 104 -- Exim French delay, windows-1252
a = "regie@salle-des-fetes-merville.example"
d = dt(4, 10, 2, 0)
add(f"""Return-path: <>
Envelope-to: {SENDER}
Delivery-date: Fri, 04 Dec 2026 10:02:00 +0100
From: =?windows-1252?Q?Syst=E8me_de_distribution_du_courrier?= <Mailer-Daemon@mail.hebergement-nord.example>
To: {SENDER}
Subject: =?windows-1252?Q?Avertissement_:_message_1tIu2Z-0004Xq-9b_retard=E9_de_24_heures?=
X-Failed-Recipients: {a}
Auto-Submitted: auto-replied
Message-Id: <E1tJDd8-0007Lm-2Q@mail.hebergement-nord.example>
Date: Fri, 04 Dec 2026 10:02:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit

Ce message a été créé automatiquement par le logiciel de distribution du courrier.
Un message que vous avez envoyé n'a toujours pas été remis à un ou plusieurs de
ses destinataires après plus de 24 heures d'attente sur mail.hebergement-nord.example.

Identifiant du message : 1tIu2Z-0004Xq-9b
Objet du message       : Relance : facture FA-26-0401
Date du message        : Thu, 03 Dec 2026 10:01:44 +0100

L'adresse à laquelle le message n'a pas encore été remis est :

  {a}
    Motif du retard : SMTP error from remote mail server after RCPT TO:<{a}>:
    452 4.2.2 Mailbox full - over quota

Aucune action n'est nécessaire de votre part. Les tentatives de distribution
se poursuivront pendant un certain temps, et cet avertissement pourra être
répété. Si le message ne peut finalement pas être distribué, il vous sera
retourné.
""", True, "delayed", False, a, "French Exim delay (windows-1252), cause a full mailbox: still a warning", enc="cp1252", eol="cr")

# 105 -- Infomaniak-like bilingual delay, base64
a = "comite@cse-filature-tourcoing.example"
d = dt(5, 16, 30, 0)
body = f"""Ceci est un message automatique du serveur mta-out4.infomaniak-like.example.
This is an automatic message from mta-out4.infomaniak-like.example.

ATTENTION : ceci n'est qu'un avertissement, vous n'avez pas besoin de renvoyer votre message.
WARNING: this is only a warning, you do not need to resend your message.

Votre message n'a pas encore pu être remis à :
Your message has not yet been delivered to:

  {a}

Raison / Reason : 450 4.2.1 Mailbox temporarily unavailable
Nouvelles tentatives jusqu'au / Retrying until : 10/12/2026 12:29
"""
b = "=_delay_4NsL1yQ0bz9Tm"
add(f"""Return-Path: <>
From: "Mail Delivery System" <MAILER-DAEMON@mta-out4.infomaniak-like.example>
To: {SENDER}
Subject: =?UTF-8?B?{base64.b64encode("Distribution retardée / Delayed: 2e relance : facture FA-26-0409".encode()).decode()}?=
Date: Sat, 05 Dec 2026 16:30:00 +0100
Message-ID: <delay.4NsL1yQ0bz9Tm@mta-out4.infomaniak-like.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{b64(body)}

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mta-out4.infomaniak-like.example
Arrival-Date: Sat, 05 Dec 2026 12:29:51 +0100

Final-Recipient: rfc822; {a}
Action: delayed
Status: 4.2.1
Remote-MTA: dns; mx.cse-filature-tourcoing.example
Diagnostic-Code: smtp; 450 4.2.1 Mailbox temporarily unavailable
Will-Retry-Until: Thu, 10 Dec 2026 12:29:51 +0100

--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0409", "610,00", 2, dt(5, 12, 29, 45), headers_only=True)}
--{b}--
""", True, "delayed", False, a, "bilingual delay, base64")

# 106 -- Kerio Connect, French, unknown user
a = "v.delannoy@bureau-etudes-delannoy.example"
d = dt(3, 11, 36, 50)
b = "------------Kerio-DSN-3C5A1E9F"
add(f"""From: "Mail Delivery Subsystem" <MAILER-DAEMON@mail.bureau-etudes-delannoy.example>
To: {SENDER}
Subject: =?UTF-8?Q?Notification_d'=C3=A9tat_de_remise_(=C3=A9chec)?=
Date: Thu, 03 Dec 2026 11:36:50 +0100
Message-ID: <kerio-dsn-88123@mail.bureau-etudes-delannoy.example>
X-Mailer: Kerio Connect 10.0.6
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est une notification d'état de remise générée automatiquement par le
serveur mail.bureau-etudes-delannoy.example le jeu. 3 déc. 2026 11:36:50.

Votre message adressé à {a} n'a pas pu être remis.
Raison : utilisateur inconnu.

Le message original est joint.

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bureau-etudes-delannoy.example

Final-Recipient: rfc822; {a}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--{b}
Content-Type: message/rfc822

{original(a, "FA-26-0351", "2 030,00", 1, dt(3, 11, 36, 44), to_name="Vincent Delannoy")}
--{b}--
""", True, "unknown_user", True, a, "Kerio, French")

# 107 -- Outlook.com consumer mailbox unavailable
a = "lea.vanhaecke@outlook-like.example"
d = dt(5, 12, 12, 12)
add(postfix(H, "4NsHbF0lVqz1Zj", d, dt(5, 12, 12, 9), f"""<{a}>: host outlook-like-example.olc.protection.outlook.example[52.0.2.33]
    said: 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302). [AM2PEPF0001C70F.eurprd05.prod.outlook.example
    2026-12-05T11:12:10.884Z 08DE14B7C8D9E0F1] (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [AM2PEPF0001C70F.eurprd05.prod.outlook.example 2026-12-05T11:12:10.884Z 08DE14B7C8D9E0F1]", "outlook-like-example.olc.protection.outlook.example", orig_rcpt=a)],
    original(a, "FA-26-0429", "33,00", 1, dt(5, 12, 12, 9), to_name="Léa Vanhaecke")),
    True, "unknown_user", True, a, "Outlook.com 'mailbox unavailable' (5.5.0): no such account")

# 108 -- French hosting Postfix template, « domaine introuvable », CR-only
a = "gerance@sarl-bracq-freres.example"
intro = """Ceci est le système de messagerie de l'hôte mail-out3.hebergeur-pro.example.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, écrivez à postmaster.

                   Le système de messagerie
"""
d = dt(7, 8, 55, 3)
add(postfix("mail-out3.hebergeur-pro.example", "4NvA1s7GmPz2Yh", d, dt(7, 8, 55, 1), f"""<{a}>: domaine introuvable. Erreur du service de noms pour
    name=sarl-bracq-freres.example type=MX : hôte introuvable (NXDOMAIN)""",
    [rcpt(a, "failed", "5.4.4", "Host or domain name not found. Name service error for name=sarl-bracq-freres.example type=MX: Host not found", diag_type="X-Postfix", orig_rcpt=a)],
    original(a, "FA-26-0437", "1 575,00", 3, dt(7, 8, 55, 1), pdf=True),
    intro=intro, subject=hdr("Message non remis : retour à l'expéditeur"),
    from_="MAILER-DAEMON@mail-out3.hebergeur-pro.example (=?utf-8?q?Syst=C3=A8me_de_messagerie?=)",
    lang_charset="utf-8", cte="quoted-printable"),
    True, "domain_not_found", True, a, "« domaine introuvable », French template", eol="cr")

# 109 -- IONOS: domain not found
a = "info@gasthof-zur-linde.example"
d = dt(7, 14, 40, 2)
add(f"""Return-Path: <>
From: Mail Delivery System <mailer-daemon@ionos-relay.example>
To: {SENDER}
Subject: Mail delivery failed: returning message to sender
Date: Mon, 07 Dec 2026 14:40:02 +0100
Message-Id: <0MZfVq-1tMa3K2xQb-00LpQa@mout.ionos-relay.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

{a}:
host lookup failed: domain gasthof-zur-linde.example does not exist (NXDOMAIN)


--- The header of the original message is following. ---

{original(a, "FA-26-0438", "720,00", 1, dt(7, 14, 39, 58), headers_only=True)}""",
    True, "domain_not_found", True, a, "IONOS NXDOMAIN")

# 110 -- IONOS: expired
a = "buero@tischlerei-brandt.example"
d = dt(9, 10, 5, 44)
add(f"""Return-Path: <>
From: Mail Delivery System <mailer-daemon@ionos-relay.example>
To: {SENDER}
Subject: Mail delivery failed: returning message to sender
Date: Wed, 09 Dec 2026 10:05:44 +0100
Message-Id: <0Lq8Zr-1tNx0F2dWm-00AbCd@mout.ionos-relay.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

{a}:
SMTP error from remote server for TEXT command, host: mx.tischlerei-brandt.example (203.0.113.77) reason: 451 4.3.0 Temporary system failure, please try again later: retry timeout exceeded


--- The header of the original message is following. ---

{original(a, "FA-26-0316", "2 870,00", 2, dt(4, 10, 5, 30), headers_only=True)}""",
    True, "expired", True, a, "retry timeout exceeded after a 4.3.0 'temporary' error")

# 111 -- cPanel Exim with DSN: mailbox quota exceeded
a = "contact@salon-coiffure-elegance.example"
d = dt(6, 11, 8, 19)
b = "1796638099-eximdsn-846930886"
add(f"""Return-path: <>
Envelope-to: {SENDER}
Delivery-date: {rfcdate(d)}
Received: from mailnull by server12.hebergement-cpanel.example with local (Exim 4.97.1)
	id 1tJoKr-0008Af-1A
	for {SENDER}; {rfcdate(d)}
X-Failed-Recipients: {a}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server12.hebergement-cpanel.example>
To: {SENDER}
Content-Type: multipart/report; report-type=delivery-status; boundary={b}
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tJoKr-0008Af-1A@server12.hebergement-cpanel.example>
Date: {rfcdate(d)}

--{b}
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {a}
    Mailbox quota exceeded

--{b}
Content-type: message/delivery-status

Reporting-MTA: dns; server12.hebergement-cpanel.example

Action: failed
Final-Recipient: rfc822;{a}
Status: 5.0.0

--{b}
Content-type: message/rfc822

{original(a, "FA-26-0416", "128,00", 1, dt(6, 11, 8, 15))}
--{b}--
""", True, "mailbox_full", True, a, "cPanel: Status only 5.0.0, reason in the text")

# 112 -- GroupWise: mailbox full (disk limit)
a = "compta@chambre-metiers-lens.example"
d = dt(7, 9, 2, 27)
add(f"""Return-Path: <>
From: postmaster@chambre-metiers-lens.example
To: {SENDER}
Date: Mon, 07 Dec 2026 09:02:27 +0100
Subject: Message status - undeliverable
Message-ID: <6A5B4C3D.GW02.CML.200.2000D1.1.B7E2.1@gw.chambre-metiers-lens.example>
X-Mailer: GroupWise Internet Agent 18.4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

The message that you sent was undeliverable to the following:
	compta (mailbox full)

Possibly truncated original message follows:

Return-Path: <{SENDER}>
Message-ID: <relance.fa-26-0439.1796630540@imprimerie-vasseur.example>
Date: Mon, 07 Dec 2026 09:02:20 +0100
From: Imprimerie Vasseur <{SENDER}>
To: {a}
Subject: Relance : facture FA-26-0439

Bonjour,

Sauf erreur de notre part, la facture FA-26-0439 du 15/10/2026, d'un montant de 960,00 EUR TTC, n'a pas encore ete reglee (echeance au 14/11/2026).
""", True, "mailbox_full", True, a, "GroupWise; truncated original")

# 113 -- Barracuda reputation block reported by Exim
a = "secretariat@lycee-agricole-radinghem.example"
d = dt(7, 10, 18, 49)
add(exim_fail_plain("relay.mutu-web.example", d, f"""  {a}
    host d987654a.ess.barracuda.example [192.0.2.202]
    SMTP error from remote mail server after MAIL FROM:<{SENDER}> SIZE=5120:
    554 Service unavailable; Client host [198.51.100.12] blocked using Barracuda Reputation; http://www.barracudanetworks.example/reputation/?r=1&ip=198.51.100.12""",
    original(a, "FA-26-0442", "3 260,00", 1, dt(7, 10, 18, 45)), mid="<E1tMWx1-0003Jk-Lm@relay.mutu-web.example>"),
    True, "rejected_spam", True, a, "Barracuda reputation")

# 114 -- Postfix: recipient only accepts internal senders -> other
a = "conseil-administration@mutuelle-du-littoral.example"
d = dt(7, 11, 42, 2)
add(postfix(H, "4NvDL26PyVz1aC", d, dt(7, 11, 41, 59), f"""<{a}>: host mx.mutuelle-du-littoral.example[203.0.113.230] said: 550
    5.7.1 <{a}>: Recipient address rejected: only internal senders
    are allowed to write to this list (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.7.1", f"550 5.7.1 <{a}>: Recipient address rejected: only internal senders are allowed to write to this list", "mx.mutuelle-du-littoral.example", orig_rcpt=a)],
    original(a, "FA-26-0443", "4 120,00", 2, dt(7, 11, 41, 59))),
    True, "other", True, a, "restricted list, 5.7.1 but not spam")

# 115 -- M365: hop count exceeded (mail loop) -> other
a = "factures@agence-immo-bailleul.example"
d = dt(7, 12, 5, 51)
inv = "FA-26-0444"
m = "<PR3P191MB0912%s120551@PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE>" % inv.replace("-", "")
add(o365("fr", a, "agence-immo-bailleul.example", d, "PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE",
         "Le message a été transféré trop de fois entre des serveurs de messagerie (boucle de transfert probable).",
         "Boucle de messagerie",
         "Le problème vient de la configuration du destinataire (règle de transfert). Contactez le destinataire par un autre moyen.",
         "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB8P191MB1544.EURP191.PROD.OUTLOOK.EXAMPLE 2026-12-07T11:05:50.311Z 08DE16D7E8F9A0B1]",
         "5.4.14", "554 5.4.14 Hop count exceeded - possible mail loop ATTR34",
         m, subject(inv, 1), original(a, inv, "690,00", 1, dt(7, 12, 5, 44), mid=m), headers_only=True),
    True, "other", True, a, "hop count exceeded / loop")

# 116 -- Postfix unknown user, French host diag text
a = "m.lemaire@pharmacie-lemaire-bethune.example"
d = dt(7, 15, 30, 30)
add(postfix(H, "4NvKS03BbPz1aF", d, dt(7, 15, 30, 27), f"""<{a}>: host mx.pharmacie-lemaire-bethune.example[203.0.113.117] said:
    550 5.1.1 <{a}>: Adresse de destinataire refusée : cette
    adresse n'existe pas / this address does not exist (in reply to RCPT TO
    command)""".replace("refusée", "refusee"),
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Adresse de destinataire refusee : cette adresse n'existe pas / this address does not exist", "mx.pharmacie-lemaire-bethune.example", orig_rcpt=a)],
    original(a, "FA-26-0445", "176,00", 2, dt(7, 15, 30, 27), to_name="Marc Lemaire")),
    True, "unknown_user", True, a)

# 117 -- Domino English, router cannot find the domain
a = "achats@verrerie-arques-like.example"
d = dt(4, 15, 0, 20)
b = "0__=0ABB0A4DDFC1C2D38f9e8a93df938690918c0ABB0A4DDFC1C2D3"
add(f"""From: Postmaster@notes-relay.partenaire-it.example
To: {SENDER}
Date: Fri, 4 Dec 2026 15:00:20 +0100
Subject: DELIVERY FAILURE: Error transferring to notes-relay.partenaire-it.example; Router: Unable to locate the host or domain verrerie-arques-like.example
Message-ID: <OF2233AABB.44CCDD55-ONC1258B7D.004F2211@notes-relay.partenaire-it.example>
X-Mailer: Lotus Domino Release 12.0.2
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-type: text/plain; charset=US-ASCII

Your message

  Subject: 2e relance : facture FA-26-0323

was not delivered to:

  {a}

because:

  Router: Unable to locate the host or domain verrerie-arques-like.example

--{b}
Content-type: message/delivery-status

Reporting-MTA: dns;notes-relay.partenaire-it.example

Final-Recipient: rfc822;{a}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Notes; Router: Unable to locate the host or domain verrerie-arques-like.example

--{b}
Content-type: text/rfc822-headers

{original(a, "FA-26-0323", "6 300,00", 2, dt(4, 15, 0, 11), headers_only=True)}
--{b}--
""", True, "domain_not_found", True, a, "Domino router")

# 118 -- Postfix delay: remote 'mailbox temporarily disabled', SFR
a = "christian.leleu@sfr.example"
d = dt(6, 13, 48, 0)
add(postfix(H, "4NtK9g3JpXz1Zq", d, dt(6, 9, 47, 58), f"""<{a}>: host msfrf2203.sfr.example[198.51.100.151] said: 450 4.2.1
    <{a}>: Recipient address rejected: mailbox temporarily disabled
    (in reply to RCPT TO command)""",
    [rcpt(a, "delayed", "4.2.1", f"450 4.2.1 <{a}>: Recipient address rejected: mailbox temporarily disabled", "msfrf2203.sfr.example", orig_rcpt=a, retry=dt(11, 9, 47, 58))],
    original(a, "FA-26-0430", "52,00", 1, dt(6, 9, 47, 58), headers_only=True), delay=True),
    True, "delayed", False, a)

# 119 -- Kerio English delay
a = "office@kowalczyk-transport.example"
d = dt(3, 17, 0, 4)
b = "------------Kerio-DSN-7D2B9E01"
add(f"""From: "Mail Delivery Subsystem" <MAILER-DAEMON@mail.kowalczyk-transport.example>
To: {SENDER}
Subject: Delivery Status Notification (Delay)
Date: Thu, 03 Dec 2026 17:00:04 +0100
Message-ID: <kerio-dsn-90771@mail.kowalczyk-transport.example>
X-Mailer: Kerio Connect 10.0.6
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"

--{b}
Content-Type: text/plain; charset=us-ascii

This is a delivery status notification, automatically generated by MTA
mail.kowalczyk-transport.example on Thu, 03 Dec 2026 17:00:04 +0100

Regarding recipient(s) : {a}
Delivery status : Not delivered yet. Delivery will be retried.
Reason : Mailbox store is temporarily unavailable (maintenance)
Original message : attached (headers only)

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kowalczyk-transport.example

Final-Recipient: rfc822; {a}
Action: delayed
Status: 4.3.1

--{b}
Content-Type: text/rfc822-headers

{original(a, "FA-26-0312", "1 880,00", 2, dt(3, 13, 0, 0), headers_only=True)}
--{b}--
""", True, "delayed", False, a, "Kerio delay")

# 120 -- Postfix: two recipients both To, only one fails (mailbox full), the other was accepted earlier
a = "secretariat@cabinet-kine-roncq.example"
d = dt(7, 16, 12, 40)
add(postfix(H, "4NvLM64xTqz1aH", d, dt(7, 16, 12, 37), f"""<{a}>: host mx.cabinet-kine-roncq.example[203.0.113.44] said: 552 5.2.2
    <{a}>: Recipient address rejected: Mailbox quota exceeded (in reply
    to RCPT TO command)""",
    [rcpt(a, "failed", "5.2.2", f"552 5.2.2 <{a}>: Recipient address rejected: Mailbox quota exceeded", "mx.cabinet-kine-roncq.example", orig_rcpt=a)],
    original(f"j.roussel@cabinet-kine-roncq.example, {a}", "FA-26-0446", "250,00", 1, dt(7, 16, 12, 37))),
    True, "mailbox_full", True, a, "two addresses in To, only the secretariat failed")

"""Bounces, part 1: Postfix (our own relay and others), Exim, Sendmail, qmail."""
from mta import *  # noqa
from reg import add

H = OUR_MTA

# 1 -- Postfix, Orange refuses an unknown address
a = "jp.roussel62@orange.example"
d = dt(3, 9, 14, 7)
add(postfix(H, "4NqK3b0Xyhz1Wd", d, dt(3, 9, 14, 2), f"""<{a}>: host smtp-in.orange.example[192.0.2.41] said: 550 mwinf5d34 ME
    Adresse email inconnue. Unknown email address. OFR_416 [416] (in reply
    to RCPT TO command)""",
    [rcpt(a, "failed", "5.0.0", f"550 mwinf5d34 ME Adresse email inconnue. Unknown email address. OFR_416 [416]", "smtp-in.orange.example", orig_rcpt=a)],
    original(a, "FA-26-0412", "186,00", 1, dt(3, 9, 14, 2), to_name="Jean-Pierre Roussel")),
    True, "unknown_user", True, a, "Orange text code, Status only 5.0.0")

# 2 -- Postfix, Gmail user unknown, reminder with PDF
a = "atelier.marceau@gmail.example"
d = dt(3, 9, 16, 55)
add(postfix(H, "4NqK6p1Bm9z1Wf", d, dt(3, 9, 16, 51), f"""<{a}>: host gmail-smtp-in.l.google.example[198.51.100.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.example/mail/?p=NoSuchUser
    5a1b2c3d4e5f6-7g8h9i.123 - gsmtp (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.example/mail/?p=NoSuchUser 5a1b2c3d4e5f6-7g8h9i.123 - gsmtp", "gmail-smtp-in.l.google.example", orig_rcpt=a)],
    original(a, "FA-26-0398", "1 240,00", 2, dt(3, 9, 16, 51), pdf=True, to_name="Atelier Marceau")),
    True, "unknown_user", True, a)

# 3 -- Postfix, domain does not exist (typo in the client's domain)
a = "contact@garage-bertin-auto.example"
d = dt(3, 9, 20, 3)
add(postfix(H, "4NqKBC2qLnz1Wh", d, dt(3, 9, 20, 2), f"""<{a}>: Host or domain name not found. Name service error
    for name=garage-bertin-auto.example type=MX: Host not found, try again""".replace("Host not found, try again", "Host not found"),
    [rcpt(a, "failed", "5.4.4", "Host or domain name not found. Name service error for name=garage-bertin-auto.example type=MX: Host not found", diag_type="X-Postfix", orig_rcpt=a)],
    original(a, "FA-26-0377", "312,50", 1, dt(3, 9, 20, 2))),
    True, "domain_not_found", True, a)

# 4 -- Postfix delay warning, remote greylisting / timeouts
a = "secretariat@mairie-saint-aubert.example"
d = dt(3, 13, 21, 40)
add(postfix(H, "4NqKGx3ZTRz1Wk", d, dt(3, 9, 21, 38), f"""<{a}>: connect to mx1.mairie-saint-aubert.example[203.0.113.80]:25:
    Connection timed out""",
    [rcpt(a, "delayed", "4.4.1", None, orig_rcpt=a, retry=dt(8, 9, 21, 38),
          extra=("Diagnostic-Code: X-Postfix; connect to mx1.mairie-saint-aubert.example[203.0.113.80]:25: Connection timed out",))],
    original(a, "FA-26-0350", "2 880,00", 1, dt(3, 9, 21, 38), headers_only=True), delay=True),
    True, "delayed", False, a)

# 5 -- Postfix, the same mairie, finally expired after five days (Action failed, 4.4.1)
d = dt(8, 9, 22, 11)
add(postfix(H, "4NqKGx3ZTRz1Wk", d, dt(3, 9, 21, 38), f"""<{a}>: connect to mx1.mairie-saint-aubert.example[203.0.113.80]:25:
    Connection timed out""",
    [rcpt(a, "failed", "4.4.1", None, orig_rcpt=a,
          extra=("Diagnostic-Code: X-Postfix; connect to mx1.mairie-saint-aubert.example[203.0.113.80]:25: Connection timed out",))],
    original(a, "FA-26-0350", "2 880,00", 1, dt(3, 9, 21, 38)), mid="<20261208092211.4NqKGx3ZTRz1Wk.2@%s>" % H),
    True, "expired", True, a, "message expired in queue: Action failed with a 4.x.x status")

# 6 -- Postfix, mailbox full at Free
a = "lucie.fabre@free.example"
d = dt(4, 10, 2, 31)
add(postfix(H, "4NrL0d5vF1z1Xa", d, dt(4, 10, 2, 29), f"""<{a}>: host mx1.free.example[198.51.100.212] said: 552 5.2.2 Quota
    exceeded (mailbox for user is full) (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.2.2", "552 5.2.2 Quota exceeded (mailbox for user is full)", "mx1.free.example", orig_rcpt=a)],
    original(a, "FA-26-0420", "95,00", 1, dt(4, 10, 2, 29), to_name="Lucie Fabre")),
    True, "mailbox_full", True, a)

# 7 -- Postfix, three recipients, only the accountant's address fails
a = "compta@sarl-delorme-batiment.example"
ok1 = "t.delorme@sarl-delorme-batiment.example"
d = dt(4, 10, 40, 12)
add(postfix(H, "4NrLr20QbXz1Xc", d, dt(4, 10, 40, 9), f"""<{a}>: host mail.sarl-delorme-batiment.example[203.0.113.14] said:
    550 5.1.1 <{a}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in virtual mailbox table", "mail.sarl-delorme-batiment.example", orig_rcpt=a)],
    original(ok1, "FA-26-0288", "6 420,00", 3, dt(4, 10, 40, 9), cc=f"{a}, secretariat@sarl-delorme-batiment.example", pdf=True, to_name="Thierry Delorme")),
    True, "unknown_user", True, a, "To and second Cc were delivered; only the Cc compta@ failed")

# 8 -- Postfix, SPF failure at a policy daemon
a = "direction@cabinet-aubry-avocats.example"
d = dt(4, 11, 5, 47)
add(postfix(H, "4NrMQ54kW7z1Xf", d, dt(4, 11, 5, 45), f"""<{a}>: host mx.cabinet-aubry-avocats.example[192.0.2.133] said:
    550 5.7.1 <{a}>: Recipient address rejected: Message
    rejected due to: SPF fail - not authorized. Please see
    http://www.open-spf.example/Why?s=mfrom;id={SENDER};ip=198.51.100.9;r=<UNKNOWN>
    (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.7.1", f"550 5.7.1 <{a}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.open-spf.example/Why?s=mfrom;id={SENDER};ip=198.51.100.9;r=<UNKNOWN>", "mx.cabinet-aubry-avocats.example", orig_rcpt=a)],
    original(a, "FA-26-0301", "540,00", 2, dt(4, 11, 5, 45))),
    True, "rejected_spam", True, a, "SPF fail")

# 9 -- Postfix, message too big (PDF + scans) -> other
a = "achats@groupe-hemery.example"
d = dt(4, 11, 30, 2)
add(postfix(H, "4NrN0y6pHsz1Xk", d, dt(4, 11, 29, 58), f"""<{a}>: host mx02.groupe-hemery.example[203.0.113.201] said: 552
    5.3.4 Message size exceeds fixed limit (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.3.4", "552 5.3.4 Message size exceeds fixed limit", "mx02.groupe-hemery.example", orig_rcpt=a)],
    original(a, "FA-26-0333", "14 760,00", 2, dt(4, 11, 29, 58), headers_only=True), headers_only=True),
    True, "other", True, a, "message too large; only headers returned")

# 10 -- Postfix, French-localised template (hosting provider), unknown user at La Poste
a = "mireille.gauthier@laposte.example"
d = dt(4, 14, 12, 0)
intro_fr = """Ceci est le système de messagerie de l'hôte mail-out3.hebergeur-pro.example.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, écrivez à postmaster.

Si vous le faites, merci de joindre ce rapport. Vous pouvez
supprimer votre propre texte du message retourné joint.

                   Le système de messagerie
"""
add(postfix("mail-out3.hebergeur-pro.example", "4NrS2m1hQdz2Yb", d, dt(4, 14, 11, 56), f"""<{a}>: host smtpz4.laposte.example[192.0.2.88] said: 550 5.1.1
    Adresse d au moins un destinataire invalide. Invalid recipient.
    LPN007_510 (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN007_510", "smtpz4.laposte.example", orig_rcpt=a)],
    original(a, "FA-26-0402", "72,00", 1, dt(4, 14, 11, 56), to_name="Mireille Gauthier"),
    intro=intro_fr, subject=hdr("Message non remis : retour à l'expéditeur"),
    from_="MAILER-DAEMON@mail-out3.hebergeur-pro.example (Système de messagerie)",
    lang_charset="utf-8", cte="quoted-printable"),
    True, "unknown_user", True, a, "French Postfix template, QP")

# 11 -- Postfix, SFR user unknown, base64 human part
a = "famille.perrin@sfr.example"
d = dt(5, 8, 3, 19)
add(postfix(H, "4NsB1q2ZkLz1Zc", d, dt(5, 8, 3, 17), f"""<{a}>: host msfrf2203.sfr.example[198.51.100.151] said: 550 5.1.1
    <{a}>: Recipient address rejected: User unknown in relay
    recipient table (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>: Recipient address rejected: User unknown in relay recipient table", "msfrf2203.sfr.example", orig_rcpt=a)],
    original(a, "FA-26-0366", "48,90", 2, dt(5, 8, 3, 17)), cte="base64"),
    True, "unknown_user", True, a, "human part base64")

# 12 -- Postfix, Gmail blocks for DMARC
a = "r.kowalski@gmail.example"
d = dt(5, 8, 30, 44)
add(postfix(H, "4NsBd84dwvz1Zf", d, dt(5, 8, 30, 41), f"""<{a}>: host gmail-smtp-in.l.google.example[198.51.100.26] said:
    550-5.7.26 Unauthenticated email from imprimerie-vasseur.example is not
    accepted 550-5.7.26 due to domain's DMARC policy. Please contact the
    administrator of 550-5.7.26 imprimerie-vasseur.example domain if this was
    a legitimate mail. To learn 550-5.7.26 about the DMARC initiative, go to
    550 5.7.26  https://support.google.example/mail/?p=DmarcRejection
    ffacd0b85a97d-3a1e2b.8 - gsmtp (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.7.26", "550-5.7.26 Unauthenticated email from imprimerie-vasseur.example is not accepted 550-5.7.26 due to domain's DMARC policy. Please contact the administrator of 550-5.7.26 imprimerie-vasseur.example domain if this was a legitimate mail. To learn 550-5.7.26 about the DMARC initiative, go to 550 5.7.26  https://support.google.example/mail/?p=DmarcRejection ffacd0b85a97d-3a1e2b.8 - gsmtp", "gmail-smtp-in.l.google.example", orig_rcpt=a)],
    original(a, "FA-26-0415", "260,00", 1, dt(5, 8, 30, 41), to_name="Roman Kowalski")),
    True, "rejected_spam", True, a, "DMARC")

# 13 -- Postfix, Orange reputation block (temporary 4xx turned into warning)
a = "boucherie.lenoir@wanadoo.example"
d = dt(5, 12, 31, 0)
add(postfix(H, "4NsJ3g0BXVz1Zk", d, dt(5, 8, 31, 0), f"""<{a}>: host smtp-in.orange.example[192.0.2.42] said: 421 mwinf5c79 ME
    Service refuse. Veuillez essayer plus tard. Service refused, please try
    later. OFR004_104 [104] (in reply to end of DATA command)""",
    [rcpt(a, "delayed", "4.0.0", "421 mwinf5c79 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_104 [104]", "smtp-in.orange.example", orig_rcpt=a, retry=dt(10, 8, 31, 0))],
    original(a, "FA-26-0390", "133,20", 1, dt(5, 8, 31, 0), headers_only=True), delay=True),
    True, "delayed", False, a, "warning only; Orange temporary refusal")

# 14 -- Postfix, relay access denied at the client's old server -> other
a = "gestion@camping-les-dunes.example"
d = dt(5, 15, 2, 7)
add(postfix(H, "4NsMfT5r4Cz1Zp", d, dt(5, 15, 2, 5), f"""<{a}>: host mail.camping-les-dunes.example[203.0.113.9] said: 554
    5.7.1 <{a}>: Relay access denied (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.7.1", f"554 5.7.1 <{a}>: Relay access denied", "mail.camping-les-dunes.example", orig_rcpt=a)],
    original(a, "FA-26-0344", "1 098,00", 2, dt(5, 15, 2, 5))),
    True, "other", True, a, "relay access denied: the domain's MX no longer hosts it; 5.7.1 but not a spam verdict")

# 15 -- Postfix, Barracuda blocks
a = "factures@transports-mercier.example"
d = dt(7, 9, 44, 20)
add(postfix(H, "4NvA9k6Xh2z1Zr", d, dt(7, 9, 44, 17), f"""<{a}>: host d123456a.ess.barracuda.example[192.0.2.201] said: 550
    permanent failure for one or more recipients ({a}:blocked)
    (in reply to end of DATA command)""",
    [rcpt(a, "failed", "5.0.0", f"550 permanent failure for one or more recipients ({a}:blocked)", "d123456a.ess.barracuda.example", orig_rcpt=a)],
    original(a, "FA-26-0309", "3 312,00", 3, dt(7, 9, 44, 17), pdf=True)),
    True, "rejected_spam", True, a, "Barracuda 'blocked'")

# 16 -- Postfix, mailbox disabled at a hosted Exchange (5.2.1)
a = "c.vidal@pharmacie-du-cours.example"
d = dt(7, 10, 0, 49)
add(postfix(H, "4NvAWw0yN5z1Zt", d, dt(7, 10, 0, 46), f"""<{a}>: host pharmacieducours-example.mail.protection.outlook.example[52.0.2.10]
    said: 550 5.2.1 Mailbox cannot be accessed [PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE
    2026-12-07T09:00:47.312Z 08DE1A3C4B5D6E7F] (in reply to RCPT TO command)""",
    [rcpt(a, "failed", "5.2.1", "550 5.2.1 Mailbox cannot be accessed [PR3P191MB0912.EURP191.PROD.OUTLOOK.EXAMPLE 2026-12-07T09:00:47.312Z 08DE1A3C4B5D6E7F]", "pharmacieducours-example.mail.protection.outlook.example", orig_rcpt=a)],
    original(a, "FA-26-0427", "412,80", 1, dt(7, 10, 0, 46), to_name="Claire Vidal")),
    True, "other", True, a, "5.2.1 mailbox cannot be accessed (disabled); not 'unknown' as such")

# ------------------------------------------------------------- Exim -----

# 17 -- Exim (cPanel hosting of the client), plain text, unknown user
a = "info@pizzeria-napoli-lens.example"
d = dt(3, 9, 31, 12)
add(exim_fail_plain("server12.hebergement-cpanel.example", d, f"""  {a}
    host mail.pizzeria-napoli-lens.example [203.0.113.54]
    SMTP error from remote mail server after RCPT TO:<{a}>:
    550 No Such User Here""",
    original(a, "FA-26-0381", "245,00", 1, dt(3, 9, 31, 9)), mid="<E1tIq3b-0007Xy-9K@server12.hebergement-cpanel.example>"),
    True, "unknown_user", True, a, "Exim, no DSN part")

# 18 -- Exim, mailbox full, retry timeout exceeded
a = "sophie.leclerc@mail-perso.example"
d = dt(6, 2, 14, 53)
add(exim_fail_plain("mx3.mail-perso.example", d, f"""  {a}
    mailbox is full: retry timeout exceeded""",
    original(a, "FA-26-0356", "88,00", 1, dt(3, 11, 2, 0)), mid="<E1tJzXa-00014R-Q1@mx3.mail-perso.example>"),
    True, "mailbox_full", True, a, "quota, given up after retries")

# 19 -- Exim, domain has no MX / does not resolve
a = "bureau@asso-les-amis-du-velo.example"
d = dt(3, 9, 33, 40)
add(exim_fail_plain("relay.mutu-web.example", d, f"""  {a}
    Unrouteable address""",
    original(a, "FA-26-0373", "60,00", 1, dt(3, 9, 33, 38)), mid="<E1tIq5y-0002Lp-Aa@relay.mutu-web.example>"),
    True, "domain_not_found", True, a, "Exim 'Unrouteable address' = domain not found")

# 20 -- Exim delay warning
a = "commandes@fromagerie-dubois.example"
d = dt(4, 9, 40, 3)
txt, bnd = exim_delay("relay.mutu-web.example", d, "1tIqBc-0003Fh-Ue", "Relance : facture FA-26-0385", dt(3, 9, 39, 55), a,
                      f"SMTP error from remote mail server after RCPT TO:<{a}>:\n    451 4.3.0 <{a}>: Temporary lookup failure: retry timeout not reached", 24,
                      mid="<E1tJCv3-0004aa-Rr@relay.mutu-web.example>")
txt += f"""--{bnd}
Content-type: message/delivery-status

Reporting-MTA: dns; relay.mutu-web.example

Action: delayed
Final-Recipient: rfc822;{a}
Status: 4.0.0
Remote-MTA: dns; mx.fromagerie-dubois.example
Diagnostic-Code: smtp; 451 4.3.0 <{a}>: Temporary lookup failure
Will-Retry-Until: {rfcdate(dt(7, 9, 39, 55))}

--{bnd}
Content-type: text/rfc822-headers

{original(a, "FA-26-0385", "176,40", 1, dt(3, 9, 39, 55), headers_only=True)}
--{bnd}--
"""
add(txt, True, "delayed", False, a, "Exim 'Warning: message delayed 24 hours'")

# 21 -- Exim (newer, with DSN), spam rejection by the recipient's filter
a = "administration@ehpad-les-tilleuls.example"
d = dt(4, 15, 8, 27)
b = "1733321307-eximdsn-1804289383"
add(f"""Return-path: <>
Envelope-to: {SENDER}
Delivery-date: {rfcdate(d)}
Received: from mailnull by relay.mutu-web.example with local (Exim 4.97.1)
	id 1tJHtv-0006Nq-1p
	for {SENDER}; {rfcdate(d)}
X-Failed-Recipients: {a}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.mutu-web.example>
To: {SENDER}
References: <relance.fa-26-0362.1733321300@imprimerie-vasseur.example>
Content-Type: multipart/report; report-type=delivery-status; boundary={b}
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tJHtv-0006Nq-1p@relay.mutu-web.example>
Date: {rfcdate(d)}

--{b}
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {a}
    host mx.ehpad-les-tilleuls.example [203.0.113.66]
    SMTP error from remote mail server after end of data:
    554 5.7.1 Message refuse - contenu identifie comme spam (score 9.4/5.0)

--{b}
Content-type: message/delivery-status

Reporting-MTA: dns; relay.mutu-web.example

Action: failed
Final-Recipient: rfc822;{a}
Status: 5.0.0
Remote-MTA: dns; mx.ehpad-les-tilleuls.example
Diagnostic-Code: smtp; 554 5.7.1 Message refuse - contenu identifie comme spam (score 9.4/5.0)

--{b}
Content-type: message/rfc822

{original(a, "FA-26-0362", "1 530,00", 2, dt(4, 15, 8, 20), pdf=True)}
--{b}--
""", True, "rejected_spam", True, a)

# ---------------------------------------------------------- Sendmail -----

# 22 -- Sendmail, user unknown
a = "dupuis.marc@univ-littoral.example"
d = dt(3, 10, 2, 18)
add(sendmail("mx.univ-littoral.example", "5B3A2Iq8012345", d, f"""The original message was received at Thu, 3 Dec 2026 10:02:15 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- The following addresses had permanent fatal errors -----
<{a}>
    (reason: 550 5.1.1 <{a}>... User unknown)

   ----- Transcript of session follows -----
... while talking to imap-back.univ-littoral.example.:
>>> DATA
<<< 550 5.1.1 <{a}>... User unknown
550 5.1.1 <{a}>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
""", f"""Reporting-MTA: dns; mx.univ-littoral.example
Received-From-MTA: DNS; smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 10:02:15 +0100""",
    [rcpt(a, "failed", "5.1.1", f"550 5.1.1 <{a}>... User unknown", "imap-back.univ-littoral.example", last=dt(3, 10, 2, 18))],
    original(a, "FA-26-0411", "380,00", 1, dt(3, 10, 2, 10), to_name="Marc Dupuis"),
    "Returned mail: see transcript for details"),
    True, "unknown_user", True, a, "Sendmail")

# 23 -- Sendmail, warning after 4 hours
a = "accueil@hotel-du-beffroi.example"
d = dt(3, 14, 5, 0)
add(sendmail("mail.hotel-du-beffroi-relais.example", "5B3D53Kx004471", d, f"""**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Thu, 3 Dec 2026 10:04:51 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- Transcript of session follows -----
<{a}>... Deferred: Connection refused by mx.hotel-du-beffroi.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", f"""Reporting-MTA: dns; mail.hotel-du-beffroi-relais.example
Arrival-Date: Thu, 3 Dec 2026 10:04:51 +0100""",
    [rcpt(a, "delayed", "4.4.1", None, "mx.hotel-du-beffroi.example", last=dt(3, 14, 4, 58), retry=dt(8, 10, 4, 51),
          extra=("Diagnostic-Code: SMTP; 421 4.4.1 Connection refused",))],
    original(a, "FA-26-0347", "724,00", 2, dt(3, 10, 4, 40), headers_only=True),
    "Warning: could not send message for past 4 hours", headers_only=True),
    True, "delayed", False, a, "Sendmail warning")

# 24 -- Sendmail, gave up after 5 days
a = "contact@menuiserie-caron.example"
d = dt(8, 11, 20, 9)
add(sendmail("relay2.telecom-pme.example", "5B3ALs7H018820", d, f"""The original message was received at Thu, 3 Dec 2026 11:19:58 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- Transcript of session follows -----
<{a}>... Deferred: Connection timed out with mail.menuiserie-caron.example.
Message could not be delivered for 5 days
Message will be deleted from queue
""", f"""Reporting-MTA: dns; relay2.telecom-pme.example
Arrival-Date: Thu, 3 Dec 2026 11:19:58 +0100""",
    [rcpt(a, "failed", "4.4.7", None, "mail.menuiserie-caron.example", last=dt(8, 11, 20, 9))],
    original(a, "FA-26-0359", "2 115,00", 1, dt(3, 11, 19, 50)),
    "Returned mail: Cannot send message for 5 days"),
    True, "expired", True, a, "Sendmail expired, 4.4.7 with Action failed")

# ------------------------------------------------------------- qmail -----

# 25 -- qmail, user unknown
orig25 = original("nathalie@studio-graphique-ligne-claire.example", "FA-26-0395", "650,00", 1, dt(3, 10, 12, 40), received=["Received: (qmail 28809 invoked from network); 3 Dec 2026 09:12:41 -0000", "Received: from smtp.imprimerie-vasseur.example (198.51.100.9)\n  by mx.ligne-claire-hebergement.example with SMTP; 3 Dec 2026 09:12:41 -0000"])
a = "nathalie@studio-graphique-ligne-claire.example"
d = dt(3, 10, 12, 44)
add(f"""Return-Path: <>
Delivered-To: {SENDER}
Received: (qmail 28814 invoked for bounce); 3 Dec 2026 09:12:44 -0000
Date: 3 Dec 2026 09:12:44 -0000
From: MAILER-DAEMON@mx.ligne-claire-hebergement.example
To: {SENDER}
Subject: failure notice

Hi. This is the qmail-send program at mx.ligne-claire-hebergement.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{a}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{orig25}""",
    True, "unknown_user", True, a, "qmail", eol="lf")

# 26 -- qmail/vpopmail over quota
a = "elodie.marchand@net-courrier.example"
d = dt(4, 16, 40, 1)
add(f"""Return-Path: <>
Received: (qmail 3301 invoked for bounce); 4 Dec 2026 15:40:01 -0000
Date: 4 Dec 2026 15:40:01 -0000
From: MAILER-DAEMON@mail.net-courrier.example
To: {SENDER}
Subject: failure notice

Hi. This is the qmail-send program at mail.net-courrier.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{a}>:
user is over quota

--- Below this line is a copy of the message.

{original(a, "FA-26-0406", "134,00", 2, dt(4, 16, 39, 57))}""",
    True, "mailbox_full", True, a, "qmail/vpopmail")

# 27 -- qmail, domain not found
a = "gerant@boutique-lacroix.example"
d = dt(5, 9, 1, 12)
add(f"""Return-Path: <>
Received: (qmail 17720 invoked for bounce); 5 Dec 2026 08:01:12 -0000
Date: 5 Dec 2026 08:01:12 -0000
From: MAILER-DAEMON@smtp.relais-net.example
To: {SENDER}
Subject: failure notice

Hi. This is the qmail-send program at smtp.relais-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{a}>:
Sorry, I couldn't find any host named boutique-lacroix.example. (#5.1.2)

--- Below this line is a copy of the message.

{original(a, "FA-26-0371", "99,90", 1, dt(5, 9, 1, 10))}""",
    True, "domain_not_found", True, a, "qmail", eol="cr")

# 28 -- qmail remote rejection, two recipients one failed
a = "ancien.tresorier@club-nautique-wimereux.example"
d = dt(5, 10, 15, 3)
add(f"""Return-Path: <>
Received: (qmail 9942 invoked for bounce); 5 Dec 2026 09:15:03 -0000
Date: 5 Dec 2026 09:15:03 -0000
From: MAILER-DAEMON@smtp.relais-net.example
To: {SENDER}
Subject: failure notice

Hi. This is the qmail-send program at smtp.relais-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{a}>:
203.0.113.120 does not like recipient.
Remote host said: 550 5.1.1 <{a}>: Recipient address rejected: User unknown in local recipient table
Giving up on 203.0.113.120.

--- Below this line is a copy of the message.

{original("president@club-nautique-wimereux.example", "FA-26-0317", "420,00", 2, dt(5, 10, 14, 58), cc=a)}""",
    True, "unknown_user", True, a, "the To (president@) was delivered, the Cc failed")

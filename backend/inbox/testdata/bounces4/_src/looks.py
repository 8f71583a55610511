"""Look-alikes: messages that resemble delivery-failure notices but are not."""
import gzip
import io
import json
import zipfile

from bounces_a import said, exim_block  # noqa
from builders import *  # noqa
from common import _used  # noqa

LOOKS = []


def look(system, eol=None):
    def deco(f):
        LOOKS.append(dict(kind="not_bounce", system=system, permanent=False, fn=f, eol=eol))
        return f
    return deco


def client(isp=None, domain=None, style=None):
    return new_addr(isp=isp, domain=domain, style=style)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.split("\n"))


# ================================================================ success DSNs
PF_SUCCESS = """This is the mail system at host {host}.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system
"""


def pf_success(o, host, human, recips, subject="Successful Mail Delivery Report", lang_txt=None,
               charset="us-ascii", cte=None):
    d = later(o.date, seconds=R.randrange(2, 90))
    qid = postfix_qid()
    txt = (lang_txt or PF_SUCCESS).format(host=host) + "\n" + human + "\n"
    per = ["X-Postfix-Queue-ID: %s" % o.qid, "X-Postfix-Sender: rfc822; %s" % SENDER,
           "Arrival-Date: %s" % rfc2822(o.date)]
    nh = ["Content-Description: Notification", "Content-Type: text/plain; charset=%s" % charset]
    if cte:
        nh.append("Content-Transfer-Encoding: %s" % cte)
    parts = [(nh, encode_body(txt, charset, cte or "7bit")),
             raw_part("Content-Type: message/delivery-status", dsn_block(host, per, recips),
                      ["Content-Description: Delivery report"]),
             raw_part("Content-Type: text/rfc822-headers", o.header_block(),
                      ["Content-Description: Message Headers"])]
    mp = multipart("report", parts, boundary="%s.%d/%s" % (qid, int(d.timestamp()), host),
                   params=" report-type=delivery-status;",
                   preamble="This is a MIME-encapsulated message.\n")
    h = ["Return-Path: <>", "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, rfc2822(d)),
         "Date: %s" % rfc2822(d), "From: MAILER-DAEMON@%s (Mail Delivery System)" % host,
         "Subject: %s" % subject, "To: %s" % SENDER, "Auto-Submitted: auto-replied"]
    return render(h, mp)


@look("Postfix 3.8 success DSN (NOTIFY=SUCCESS), Action: relayed")
def _():
    n, a = client()
    o = Orig(a, n)
    mx, i = "mx.%s" % a.split("@")[1], ip()
    human = "<%s>: delivery via %s[%s]:25: 250 2.0.0 Ok: queued as %s" % (a, mx, i, postfix_qid())
    rec = [["Final-Recipient: rfc822; %s" % a, "Original-Recipient: rfc822;%s" % a, "Action: relayed",
            "Status: 2.0.0", "Remote-MTA: dns; %s" % mx,
            "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as %s" % postfix_qid()]]
    return dict(raw=pf_success(o, OUR_MTA, wrap(human), rec),
                note="success DSN requested by the invoicing software; relayed to the client's MX")


@look("Postfix 3.7 success DSN, Action: delivered (local mailbox)")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    host = "mail.%s" % dom
    human = "<%s>: delivered to mailbox" % a
    rec = [["Final-Recipient: rfc822; %s" % a, "Original-Recipient: rfc822;%s" % a, "Action: delivered",
            "Status: 2.0.0", "Diagnostic-Code: X-Postfix; delivered to mailbox"]]
    return dict(raw=pf_success(o, host, human, rec), note="delivered to mailbox")


@look("Postfix 3.6 success DSN, Action: expanded (alias)")
def _():
    dom = firm_domain()
    a = "compta@%s" % dom
    _used.add(a)
    o = Orig(a, "Service comptable")
    host = "mail.%s" % dom
    human = "<%s>: alias expanded" % a
    rec = [["Final-Recipient: rfc822; %s" % a, "Original-Recipient: rfc822;%s" % a, "Action: expanded",
            "Status: 2.0.0", "Diagnostic-Code: X-Postfix; alias expanded"]]
    return dict(raw=pf_success(o, host, human, rec), note="alias expanded to several mailboxes")


@look("Postfix 3.8 success DSN with French template", eol="lf")
def _():
    n, a = client(isp="laposte")
    o = Orig(a, n)
    mx, i = "smtp-in.laposte-net.example", ip()
    human = "<%s>: remis via %s[%s]:25: 250 2.0.0 Ok: queued as %s" % (a, mx, i, postfix_qid())
    txt = ("Ceci est le programme de messagerie du serveur {host}.\n\n"
           "Votre message a bien été remis aux destinataires indiqués\nci-dessous. "
           "Aucune autre notification ne vous sera envoyée.\n\n                   Le programme de messagerie\n")
    rec = [["Final-Recipient: rfc822; %s" % a, "Action: relayed", "Status: 2.0.0", "Remote-MTA: dns; %s" % mx]]
    return dict(raw=pf_success(o, OUR_MTA, wrap(human), rec, subject=ew("Rapport de remise réussie"),
                               lang_txt=txt, charset="utf-8", cte="8bit"),
                note="French success notice")


@look("Exim 4.97 success DSN")
def _():
    n, a = client()
    o = Orig(a, n)
    host = SHARED_HOST
    d = later(o.date, seconds=40)
    eid = exim_id(True)
    txt = ("This message was created automatically by mail delivery software.\n\n"
           "Your message has been successfully delivered to the following address(es):\n\n  %s\n" % a)
    rep = dsn_block(host, [], [["Action: delivered", "Final-Recipient: rfc822;%s" % a, "Status: 2.0.0",
                                "Remote-MTA: dns; mx.%s" % a.split("@")[1]]])
    mp = multipart("report", [text_part(txt, "us-ascii", "7bit"),
                              raw_part("Content-Type: message/delivery-status", rep),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block())],
                   boundary="%s-%d-1" % (eid, int(d.timestamp())), params=" report-type=delivery-status;")
    h = ["Return-path: <>", "Auto-Submitted: auto-replied",
         "From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % SENDER,
         "Subject: Delivery Status Notification", "Message-Id: <E%s@%s>" % (eid, host),
         "Date: %s" % rfc2822_nz(d)]
    return dict(raw=render(h, mp), note="success, not failure")


SHARED_HOST = "srv31.hebergement-mutualise.example"


@look("Sendmail 8.17 return receipt (successful delivery)")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    host = "mail.%s" % dom
    d = later(o.date, minutes=1)
    qid = rnd(ALNUM, 6) + rnd(string.digits, 6)
    txt = ("The original message was received at %s\nfrom %s [%s]\n\n"
           "   ----- The following addresses had successful delivery notifications -----\n"
           "<%s>  (successfully delivered to mailbox)\n\n   ----- Transcript of session follows -----\n"
           "<%s>... Successfully delivered\n" % (rfc2822_nz(o.date), OUR_MTA, OUR_IP, a, a))
    rep = dsn_block(host, ["Received-From-MTA: DNS; %s" % OUR_MTA, "Arrival-Date: %s" % rfc2822_nz(o.date)],
                    [["Final-Recipient: RFC822; %s" % a, "Action: delivered (to mailbox)", "Status: 2.1.5",
                      "Last-Attempt-Date: %s" % rfc2822_nz(d)]])
    mp = multipart("report", [([], txt.encode()), raw_part("Content-Type: message/delivery-status", rep),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block())],
                   boundary="%s.%d/%s" % (qid, int(d.timestamp()), host), params=" report-type=delivery-status;",
                   preamble="This is a MIME-encapsulated message\n")
    h = ["Return-Path: <>", "Date: %s" % rfc2822_nz(d), "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
         "Message-Id: <%s.%s@%s>" % (loc(d).strftime("%Y%m%d%H%M"), qid, host), "To: <%s>" % SENDER,
         "Subject: Return receipt", "Auto-Submitted: auto-generated (return-receipt)"]
    return dict(raw=render(h, mp), note="Sendmail 'Return receipt'")


def exch_delivered(lang, relayed=False):
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    srv = "EXCH01.ad.%s" % dom
    d = later(o.date, seconds=R.randrange(5, 60))
    if lang == "fr":
        txt = ("Votre message a été remis aux destinataires suivants :\n\n%s (%s)<mailto:%s>\n\n"
               "Objet : %s\n" % (n, a, a, o.subject))
        sub = "Remis : " + o.subject
    elif relayed:
        txt = ("Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
               "destination server:\n\n%s (%s)<mailto:%s>\n\nSubject: %s\n" % (n, a, a, o.subject))
        sub = "Relayed: " + o.subject
    else:
        txt = ("Your message has been delivered to the following recipients:\n\n%s (%s)<mailto:%s>\n\n"
               "Subject: %s\n" % (n, a, a, o.subject))
        sub = "Delivered: " + o.subject
    rep = dsn_block(srv, ["Received-From-MTA: dns;%s" % OUR_MTA, "Arrival-Date: %s" % rfc2822(o.date, tzname=False)],
                    [["Final-recipient: RFC822; %s" % a, "Action: %s" % ("relayed" if relayed else "delivered"),
                      "Status: 2.0.0" if not relayed else "Status: 2.6.0", "X-Display-Name: %s" % ew(n)]])
    mp = multipart("report", [text_part(txt, "utf-8", "quoted-printable"),
                              raw_part("Content-Type: message/delivery-status", rep),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block())],
                   boundary="_%s_" % rnd(HEXL, 30), params=" report-type=delivery-status;")
    h = ["From: %s <postmaster@%s>" % ("Microsoft Outlook" if relayed else "postmaster", dom),
         "To: <%s>" % SENDER, "Date: %s" % rfc2822(d, tzname=False), "Subject: %s" % ew(sub),
         "Message-ID: <%s@%s>" % (rnd(HEXL, 32), srv.lower()), "Thread-Topic: %s" % ew(o.subject),
         "Content-Language: %s" % ("fr-FR" if lang == "fr" else "en-US"), "X-MS-Exchange-Message-Is-Ndr:"]
    return render(h, mp)


@look("Exchange Server 2016 delivery receipt « Remis : » (French)")
def _():
    return dict(raw=exch_delivered("fr"), note="Action: delivered")


@look("Exchange Online delivery receipt 'Delivered:'")
def _():
    return dict(raw=exch_delivered("en"), note="Action: delivered")


@look("Exchange Online 'Relayed:' notice (no delivery notification from destination)")
def _():
    return dict(raw=exch_delivered("en", relayed=True), note="Action: relayed, Status 2.6.0")


# ================================================================ MDNs (RFC 3798)
def mdn(o, a, ua, disposition, text, subject, charset="utf-8", cte="8bit", frm=None, d=None):
    d = d or later(o.date, hours=R.randrange(1, 72), minutes=R.randrange(60))
    rep = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n" % (
        ua, a, o.msgid, disposition))
    mp = multipart("report", [text_part(text, charset, cte),
                              raw_part("Content-Type: message/disposition-notification", rep,
                                       ["Content-Disposition: inline"]),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block(received=False))],
                   params=" report-type=disposition-notification;")
    h = ["Date: %s" % rfc2822(d, tzname=False), "From: %s" % (frm or addr(o.to_name, a)),
         "To: %s" % SENDER, "Subject: %s" % ew(subject), "Message-ID: %s" % msgid(a.split("@")[1]),
         "In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid]
    return render(h, mp)


@look("Thunderbird read receipt (MDN, French)")
def _():
    n, a = client()
    o = Orig(a, n)
    txt = ("Ceci est un accusé de réception pour le courriel que vous avez envoyé à %s.\n\n"
           "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur "
           "du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n" % a)
    return dict(raw=mdn(o, a, "pc-compta.%s; Thunderbird 128.4.1" % a.split("@")[1],
                        "manual-action/MDN-sent-manually; displayed", txt,
                        "Accusé de réception (affiché) - " + o.subject), note="MDN displayed")


@look("Outlook read receipt « Lu : » (MDN)")
def _():
    n, a = client()
    o = Orig(a, n)
    dd = later(o.date, hours=3)
    txt = ("Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été lu le %s.\n" % (
        n, o.subject, fr_long(o.date), fr_long(dd)))
    return dict(raw=mdn(o, a, "%s; Microsoft Outlook 16.0" % a.split("@")[1],
                        "manual-action/MDN-sent-manually; displayed", txt, "Lu : " + o.subject,
                        charset="iso-8859-1", cte="quoted-printable", d=dd), note="read receipt")


@look("Outlook read receipt 'Read:' (English)")
def _():
    n, a = client()
    o = Orig(a, n, lang="en")
    dd = later(o.date, hours=20)
    txt = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (
        n, o.subject, us_date(o.date), us_date(dd)))
    return dict(raw=mdn(o, a, "%s; Microsoft Outlook 16.0" % a.split("@")[1],
                        "manual-action/MDN-sent-manually; displayed", txt, "Read: " + o.subject,
                        charset="us-ascii", cte="7bit", d=dd), note="read receipt")


@look("Apple Mail / iCloud read receipt (MDN)", eol="lf")
def _():
    n, a = client(isp="icloud")
    o = Orig(a, n)
    txt = "Le message envoyé à %s le %s a été affiché.\n" % (a, fr_long(o.date))
    return dict(raw=mdn(o, a, "Apple Mail (2.3826.500)", "manual-action/MDN-sent-manually; displayed", txt,
                        "Message affiché : " + o.subject), note="MDN")


@look("Roundcube read receipt (MDN, sent automatically)")
def _():
    n, a = client(isp="free")
    o = Orig(a, n)
    txt = ("Ceci est un accusé de réception pour votre message\n« %s »\nenvoyé à %s.\n\n"
           "Il a été affiché le %s.\n" % (o.subject, a, fr_long(later(o.date, hours=5))))
    return dict(raw=mdn(o, a, "Roundcube Webmail", "automatic-action/MDN-sent-automatically; displayed", txt,
                        "Accusé de réception (affiché) - " + o.subject, cte="quoted-printable"), note="MDN")


@look("Outlook « Non lu : » notice (deleted without being read)")
def _():
    n, a = client()
    o = Orig(a, n)
    dd = later(o.date, days=R.randrange(2, 20))
    txt = ("Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été supprimé sans avoir été lu le %s.\n" % (
        n, o.subject, fr_long(o.date), fr_long(dd)))
    return dict(raw=mdn(o, a, "%s; Microsoft Outlook 16.0" % a.split("@")[1],
                        "manual-action/MDN-sent-automatically; deleted", txt, "Non lu : " + o.subject,
                        cte="base64", d=dd),
                note="the message was delivered, then deleted unread: not a delivery failure")


@look("Exchange 'Not read:' notice (deleted without being read)")
def _():
    n, a = client()
    o = Orig(a, n, lang="en")
    dd = later(o.date, days=R.randrange(2, 20))
    txt = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas deleted without being read on %s.\n" % (
        n, o.subject, us_date(o.date), us_date(dd)))
    return dict(raw=mdn(o, a, "%s; Microsoft Exchange Server" % a.split("@")[1],
                        "automatic-action/MDN-sent-automatically; deleted", txt, "Not read: " + o.subject,
                        charset="us-ascii", cte="7bit", d=dd), note="deleted unread")


# ================================================================ out-of-office
def ooo(o, a, name, subject, text, charset="utf-8", cte="quoted-printable", auto="auto-replied",
        extra=(), d=None, frm=None):
    d = d or later(o.date, seconds=R.randrange(3, 200))
    h = ["Return-Path: <%s>" % a if R.random() < 0.5 else "Return-Path: <>",
         "Date: %s" % rfc2822(d, tzname=False), "From: %s" % (frm or addr(name, a)), "To: %s" % SENDER,
         "Subject: %s" % ew(subject, "utf-8" if charset not in ("iso-8859-1", "windows-1252") else charset),
         "Message-ID: %s" % msgid(a.split("@")[1]), "In-Reply-To: %s" % o.msgid]
    if auto:
        h.append("Auto-Submitted: %s" % auto)
    h += list(extra)
    return render(h, text_part(text, charset, cte))


@look("Exchange Online automatic reply (French)")
def _():
    n, a = client()
    o = Orig(a, n)
    t = ("Bonjour,\n\nJe suis absente du bureau jusqu'au 24 août inclus, avec un accès limité à ma messagerie.\n"
         "Votre message sera traité à mon retour. Pour toute urgence concernant la comptabilité, vous pouvez "
         "joindre le standard au 04 65 71 09 90.\n\nCordialement,\n%s\n" % n)
    return dict(raw=ooo(o, a, n, "Réponse automatique : " + o.subject, t,
                        extra=["X-MS-Exchange-Inbox-Rules-Loop: %s" % a, "X-Auto-Response-Suppress: All",
                               "Content-Language: fr-FR"]), note="absence")


@look("Gmail vacation responder: address no longer read")
def _():
    n, a = client(isp="gmail")
    o = Orig(a, n)
    new = "%s@%s" % (a.split("@")[0].split(".")[0], firm_domain())
    t = ("Bonjour,\n\nCette adresse n'est plus consultée. Merci d'écrire désormais à %s.\n\n"
         "Votre message n'a pas été transféré automatiquement.\n\n%s\n" % (new, n))
    return dict(raw=ooo(o, a, n, "Re: " + o.subject, t, cte="8bit", auto="auto-replied",
                        extra=["Precedence: bulk"]),
                note="delivered; the mailbox owner says the address is abandoned (a change of address, not a bounce)")


@look("Sieve vacation (Roundcube/OVH): employee has left, message not forwarded")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    t = ("Bonjour,\n\n%s ne fait plus partie de nos effectifs depuis le 30 juin 2026.\n"
         "Ce message ne lui sera pas transmis. Pour toute question relative aux factures, merci de vous\n"
         "adresser à comptabilite@%s.\n\nBien cordialement,\nLa direction\n" % (n, dom))
    return dict(raw=ooo(o, a, n, "Absent : " + o.subject, t, charset="iso-8859-1", cte="8bit",
                        auto="auto-replied (vacation)"),
                note="auto-reply; message was delivered to the mailbox even though the person left")


@look("Outlook automatic reply (English)")
def _():
    n, a = client()
    o = Orig(a, n, lang="en")
    t = ("Thank you for your email. I am out of the office until Monday 14 September with no access to email.\n"
         "For urgent matters please contact accounts@%s.\n\nBest regards,\n%s\n" % (a.split("@")[1], n))
    return dict(raw=ooo(o, a, n, "Automatic reply: " + o.subject, t, charset="us-ascii", cte="7bit",
                        extra=["X-Auto-Response-Suppress: All", "Content-Language: en-GB"]), note="absence")


@look("German out-of-office (Abwesenheitsnotiz)")
def _():
    n, a = client(domain="maschinenbau-keller.example")
    o = Orig(a, "Markus Keller", lang="en")
    t = ("Sehr geehrte Damen und Herren,\n\nich bin bis einschließlich 28.08.2026 nicht im Büro. Ihre Nachricht wird\n"
         "nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@maschinenbau-keller.example.\n\n"
         "Mit freundlichen Grüßen\nMarkus Keller\n")
    return dict(raw=ooo(o, a, "Markus Keller", "Abwesenheitsnotiz: " + o.subject, t, charset="iso-8859-1",
                        cte="quoted-printable"), note="German OOO; 'nicht weitergeleitet' does not mean undelivered")


@look("Zimbra out-of-office: change of address")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    t = ("Bonjour,\n\nÀ compter du 1er octobre, notre adresse de facturation change : merci d'envoyer vos factures "
         "et relances à factures@%s.\nVotre message a bien été reçu.\n\nMerci de votre compréhension.\n" % dom)
    return dict(raw=ooo(o, a, n, "Changement d'adresse / " + o.subject, t, auto="auto-replied",
                        extra=["X-Mailer: Zimbra 10.0.8_GA_4667"]), note="address change, message received")


@look("Gmail vacation responder: maternity leave", eol="lf")
def _():
    n, a = client(isp="outlook")
    o = Orig(a, n)
    t = ("Bonjour,\n\nJe suis actuellement en congé maternité jusqu'au 5 janvier 2027.\nVos messages ne seront "
         "pas lus avant mon retour. Pour le suivi des paiements, contactez Mme Texier au 04 65 71 11 20.\n\n"
         "Merci,\n%s\n" % n)
    return dict(raw=ooo(o, a, n, "Absence prolongée", t, cte="base64"), note="OOO, base64")


@look("No-reply mailbox auto-answer (not monitored)")
def _():
    dom = firm_domain()
    a = "noreply@%s" % dom
    o = Orig(a, None)
    t = ("Ceci est une réponse automatique.\n\nCette adresse n'est pas surveillée et les messages qui y sont "
         "envoyés ne sont pas lus.\nPour toute question concernant une facture, utilisez le formulaire de contact "
         "de notre site.\n")
    return dict(raw=ooo(o, a, "Ne pas répondre", "Réponse automatique", t, charset="windows-1252",
                        cte="quoted-printable", auto="auto-generated"),
                note="the message reached a no-reply box: delivered, unread by policy")


@look("Exchange automatic reply with 'Undeliverable' in the body text")
def _():
    n, a = client()
    o = Orig(a, n)
    t = ("Bonjour,\n\nJe suis en déplacement jusqu'au 12. Si vous recevez un message « Undeliverable » en "
         "écrivant à mon assistante, c'est que son adresse a changé : elle est désormais joignable à "
         "assistance@%s.\n\n%s\n" % (a.split("@")[1], n))
    return dict(raw=ooo(o, a, n, "Réponse automatique : " + o.subject, t,
                        extra=["X-Auto-Response-Suppress: All"]), note="mentions 'Undeliverable' but is an OOO")


@look("Auto-reply without Auto-Submitted header (old autoresponder)")
def _():
    n, a = client(isp="orange")
    o = Orig(a, n)
    t = ("Merci pour votre message. Je suis en vacances et je n'ai pas accès à mes e-mails.\n"
         "Je vous répondrai dès mon retour le 2 septembre.\n")
    return dict(raw=ooo(o, a, n, "Absent jusqu'au 2 septembre", t, cte="8bit", auto=None,
                        extra=["X-Autoreply: yes", "Precedence: auto_reply"]),
                note="no Auto-Submitted, uses X-Autoreply")


# ================================================================ humans
def human_msg(frm, subject, text, d, charset="utf-8", cte="quoted-printable", extra=(), to=SENDER,
              in_reply=None, ua="Mozilla Thunderbird"):
    dom = frm.split("@")[1].rstrip(">")
    h = ["Date: %s" % rfc2822(d, tzname=False), "From: %s" % frm, "To: %s" % to,
         "Subject: %s" % ew(subject), "Message-ID: %s" % msgid(dom), "User-Agent: %s" % ua]
    if in_reply:
        h += ["In-Reply-To: %s" % in_reply, "References: %s" % in_reply]
    h += list(extra)
    return h


@look("Human reply quoting a Postfix bounce the client received")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(2, 48))
    bank = "virements@banque-regionale.example"
    b = ("This is the mail system at host mail.%s.\n\nI'm sorry to have to inform you that your message could not\n"
         "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
         "<%s>: host mx.banque-regionale.example[%s] said: 550 5.1.1\n    <%s>: Recipient address rejected: User unknown "
         "(in reply to RCPT TO\n    command)\n" % (dom, bank, ip(), bank))
    t = ("Bonjour,\n\nNous avons bien reçu votre relance pour la facture %s. Nous avons demandé à notre banque\n"
         "d'effectuer le virement, mais notre message leur est revenu avec l'erreur ci-dessous.\n"
         "Nous les appelons demain et revenons vers vous.\n\nCordialement,\n%s\n\n"
         "-----Message d'origine-----\nDe : Mail Delivery System <MAILER-DAEMON@mail.%s>\n"
         "Objet : Undelivered Mail Returned to Sender\n\n%s" % (o.inv, n, dom, b))
    h = human_msg(addr(n, a), "RE: " + o.subject, t, d, in_reply=o.msgid)
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")),
                note="client quotes a bounce about its own message to its bank")


@look("Human forward of a complete DSN as message/rfc822 attachment")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(1, 30))
    # the bounce the client got for its own message to a third party
    inner_o_to = "ancien.comptable@cabinet-disparu.example"
    inner = ("Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@mail.%s (Mail Delivery System)\n"
             "Subject: Undelivered Mail Returned to Sender\nTo: %s\nAuto-Submitted: auto-replied\n"
             "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
             "\tboundary=\"INNER.%d/mail.%s\"\n\nThis is a MIME-encapsulated message.\n\n"
             "--INNER.%d/mail.%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
             "This is the mail system at host mail.%s.\n\n<%s>: Host or domain name not found. Name service error\n"
             "    for name=cabinet-disparu.example type=MX: Host not found\n\n"
             "--INNER.%d/mail.%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
             "Reporting-MTA: dns; mail.%s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.4.4\n\n"
             "--INNER.%d/mail.%s--\n") % (rfc2822(later(d, hours=-2)), dom, a, 1, dom, 1, dom, dom, inner_o_to,
                                          1, dom, dom, inner_o_to, 1, dom)
    t = ("Bonjour,\n\nJe vous transfère ce message reçu ce matin : nous avions envoyé votre facture à notre\n"
         "ancien cabinet comptable, qui a fermé. La facture %s sera réglée par notre nouveau cabinet.\n\n"
         "Bonne journée,\n%s\n" % (o.inv, n))
    mp = multipart("mixed", [text_part(t, "utf-8", "8bit"),
                             raw_part("Content-Type: message/rfc822", inner,
                                      ["Content-Disposition: attachment; filename=\"Undelivered Mail Returned to Sender.eml\""])])
    h = human_msg(addr(n, a), "TR: Undelivered Mail Returned to Sender", t, d)
    return dict(raw=render(h, mp), note="nested multipart/report inside a human forward; the failed address is a third party")


@look("Outlook forward of an Exchange NDR (inline text)")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    d = later(o.date, days=1)
    t = ("Bonjour,\n\nPour information, je n'arrive pas à joindre votre collègue du service commercial, voir ci-dessous.\n"
         "Pouvez-vous me donner la bonne adresse ?\n\n%s\n\n"
         "De : Microsoft Outlook <postmaster@%s>\nEnvoyé : %s\nÀ : %s\nObjet : Non remis : Commande portail coulissant\n\n"
         "Votre message à commercial@ferronerie-lambert.example n'a pas pu être remis.\n\n"
         "Le domaine ferronerie-lambert.example est introuvable.\n\nCode d'état : 550 5.4.310\n" % (
             n, dom, fr_long(later(d, hours=-3)), addr(n, a)))
    h = human_msg(addr(n, a), "TR: Non remis : Commande portail coulissant", t, d,
                  ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, text_part(t, "windows-1252", "quoted-printable")),
                note="client typed our domain wrongly; forwarded NDR about the client's own mail")


@look("Supplier forwards an Exim bounce (English)")
def _():
    n, a = client(domain="steelsupply-uk.example")
    d = rand_date()
    t = ("Hello,\n\nWe tried to send you the remittance advice for invoice %s but it bounced (see below).\n"
         "Is relance@%s still valid? We will use this address from now on.\n\nRegards,\n%s\n\n"
         "---------- Forwarded message ---------\nFrom: Mail Delivery System <Mailer-Daemon@mail.steelsupply-uk.example>\n"
         "Subject: Mail delivery failed: returning message to sender\n\n"
         "This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
         "The following address(es) failed:\n\n  relance@%s\n    host %s [%s]\n"
         "    SMTP error from remote mail server after RCPT TO:<relance@%s>:\n    550 5.1.1 <relance@%s>: Recipient address rejected: "
         "User unknown in virtual mailbox table\n" % (invoice_no(d), DOMAIN, n, DOMAIN, OUR_MTA, OUR_IP, DOMAIN, DOMAIN))
    h = human_msg(addr(n, a), "Fwd: Mail delivery failed: returning message to sender", t, d, ua="Gmail")
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="forwarded bounce in the body; sent by a person")


@look("Client reply quoting a Gmail 'Address not found' they received", eol="lf")
def _():
    n, a = client(isp="gmail")
    o = Orig(a, n)
    d = later(o.date, hours=5)
    t = ("Bonjour,\n\nJ'ai voulu répondre à votre relance depuis mon autre adresse et j'ai eu ce message :\n\n"
         "> ** Address not found **\n>\n> Your message wasn't delivered to compta@ferronnerie-lambert.example because the "
         "address couldn't be found, or is unable to receive mail.\n>\n> The response from the remote server was:\n"
         "> 550 5.1.1 <compta@ferronnerie-lambert.example>: Recipient address rejected: User unknown\n\n"
         "Je vous réponds donc ici : le chèque est parti hier.\n\n%s\n" % n)
    h = human_msg(addr(n, a), "Re: " + o.subject, t, d, in_reply=o.msgid, ua="Gmail")
    return dict(raw=render(h, text_part(t, "utf-8", "8bit")), note="quoted bounce text inside a human reply")


@look("Client: 'your e-mail bounced last time' (French)")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(1, 60))
    t = ("Bonjour,\n\nVotre précédente relance nous est revenue en erreur (« adresse inconnue ») car elle était\n"
         "envoyée à notre ancienne adresse. Celle-ci nous est bien parvenue. Merci de mettre à jour vos fichiers :\n"
         "%s.\n\nLe règlement de la facture %s est programmé pour le 15.\n\nCordialement,\n%s\n" % (a, o.inv, n))
    h = human_msg(addr(n, a), "RE: " + o.subject, t, d, in_reply=o.msgid, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, text_part(t, "iso-8859-1", "quoted-printable")), note="talks about an earlier bounce")


@look("Customer: 'your last email bounced from our old server' (English)")
def _():
    n, a = client(domain="nordic-ironworks.example")
    o = Orig(a, n, lang="en")
    d = later(o.date, hours=9)
    t = ("Hi,\n\nFYI your last reminder bounced from our old mail server (we migrated in June) - this one came "
         "through fine.\nPlease note our new accounts payable address is ap@nordic-ironworks.example.\n\n"
         "Payment for %s is scheduled for next week.\n\nBest,\n%s\n" % (o.inv, n))
    h = human_msg(addr(n, a), "RE: " + o.subject, t, d, in_reply=o.msgid, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="human message mentioning a bounce")


@look("Client: « votre message précédent ne m'est pas parvenu »")
def _():
    n, a = client(isp="sfr")
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(1, 40))
    t = ("Bonjour,\n\nVotre message précédent ne m'est pas parvenu, je n'ai que celui-ci. Pouvez-vous me renvoyer\n"
         "la facture %s en PDF ? Je la transmettrai à mon comptable.\n\nMerci,\n%s\n" % (o.inv, n))
    h = human_msg(addr(n, a), "Re: " + o.subject, t, d, in_reply=o.msgid, ua="Mail/SFR")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="human, not a notice")


@look("Client contests invoice: goods not delivered (« livraison échouée »)")
def _():
    dom = firm_domain()
    n, a = client(domain=dom)
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(2, 50))
    t = ("Bonjour,\n\nNous ne réglerons pas la facture %s tant que le portail n'aura pas été livré : le transporteur\n"
         "indique « livraison échouée – destinataire absent » alors que nous étions présents.\n"
         "Merci de reprogrammer la livraison.\n\n%s\n" % (o.inv, n))
    h = human_msg(addr(n, a), "RE: " + o.subject + " – livraison non effectuée", t, d, in_reply=o.msgid)
    return dict(raw=render(h, text_part(t, "utf-8", "8bit")), note="'delivery' of goods, not of mail")


@look("Client reply: payment made (control)")
def _():
    n, a = client()
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(1, 30))
    t = "Bonjour,\n\nLe virement de %s € a été effectué ce jour.\n\nBonne journée,\n%s\n" % (o.amt, n)
    h = human_msg(addr(n, a), "RE: " + o.subject, t, d, in_reply=o.msgid, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="ordinary reply")


# ================================================================ parcels
@look("Carrier notice: parcel not delivered (French)")
def _():
    d = rand_date()
    track = "6A%s" % rnd(string.digits, 11)
    n, a = client()
    t = ("Bonjour,\n\nVotre colis n° %s n'a pas pu être livré aujourd'hui : destinataire absent.\n"
         "Il est disponible pendant 10 jours dans votre point de retrait.\n\n"
         "Expéditeur : %s\nDestinataire : %s\n\nSuivre mon colis : https://suivi.colirapide.example/%s\n\n"
         "Ceci est un message automatique, merci de ne pas y répondre.\n" % (track, COMPANY, n, track))
    h = hdrs(d, "ColiRapide <ne-pas-repondre@colirapide.example>", ew("Votre colis n'a pas pu être livré"),
             return_path="<bounce-%s@notif.colirapide.example>" % rnd(HEXL, 8), auto="auto-generated")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="parcel, not mail")


@look("Courier notice: delivery attempt failed (English)")
def _():
    d = rand_date()
    track = "SP%s" % rnd(string.digits, 10)
    t = ("Delivery attempt failed\n\nShipment %s could not be delivered on %s.\nReason: Business closed.\n"
         "Next attempt: next business day.\n\nShipper: %s, Lyon, FR\n\nTrack your shipment: "
         "https://track.swiftparcel.example/%s\n" % (track, loc(d).strftime("%d %b %Y"), COMPANY, track))
    html = "<html><body><h2>Delivery attempt failed</h2><p>%s</p></body></html>\n" % t.replace("\n", "<br>")
    mp = multipart("alternative", [text_part(t, "us-ascii", "7bit"), text_part(html, "us-ascii", "7bit", subtype="html")])
    h = hdrs(d, "SwiftParcel Express <notifications@swiftparcel.example>",
             "Delivery attempt failed - shipment %s" % track, return_path="<>")
    return dict(raw=render(h, mp), note="shipment notice")


@look("Freight carrier: undeliverable pallet notice (French)", eol="lf")
def _():
    d = rand_date()
    n, a = client()
    t = ("Madame, Monsieur,\n\nLa livraison de votre envoi (2 palettes, récépissé %s) destiné à %s\n"
         "n'a pas pu être effectuée : adresse incomplète / accès impossible pour le porteur.\n"
         "Merci de nous confirmer l'adresse de livraison ou un nouveau créneau.\n\n"
         "Service clients – Transports Valrhône\n" % (rnd(string.digits, 9), n))
    h = hdrs(d, "Transports Valrhône <service.clients@transports-valrhone.example>",
             ew("NON LIVRÉ – envoi en instance – récépissé en attente d'instructions"), return_path=None)
    return dict(raw=render(h, text_part(t, "windows-1252", "8bit")), note="goods not delivered")


# ================================================================ quarantine digests
@look("Proofpoint Essentials-style quarantine digest")
def _():
    d = rand_date()
    rows = "\n".join("  %-30s %-45s %s" % (s, subj, loc(later(d, hours=-k)).strftime("%d/%m %H:%M")) for k, (s, subj) in
                     enumerate([("promo@fournitures-pro.example", "Dernière chance : -40% sur l'outillage"),
                                ("info@webinar-tresorerie.example", "Invitation : optimisez vos encaissements"),
                                ("no-reply@faux-colis.example", "Votre colis est en attente de livraison")]))
    t = ("End User Digest: 3 New Messages\n\nThe emails listed below have been placed in your personal Quarantine.\n"
         "They will be deleted after 14 days.\n\n  From                           Subject                                       Date\n"
         "%s\n\nRelease | Safelist | Blocklist : https://digest.spamfilter.example/u/%s\n" % (rows, rnd(HEXL, 16)))
    h = hdrs(d, "Quarantine Digest <digest@spamfilter.example>", "End User Digest: 3 New Messages",
             to=SENDER, return_path="<>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="inbound quarantine summary")


@look("Microsoft 365-style quarantine notification (French)")
def _():
    d = rand_date()
    t = ("Vous avez 2 nouveaux messages en quarantaine\n\nCes messages ont été bloqués et placés en quarantaine. "
         "Vérifiez-les dans les 30 jours.\n\nExpéditeur : facturation@grossiste-acier.example\n"
         "Objet : Facture F-88213 – échéance\nDate : %s\n\nExpéditeur : newsletter@salon-metal.example\n"
         "Objet : Votre badge visiteur\nDate : %s\n\nAfficher les messages : https://security.microsoft.example/quarantine\n" % (
             fr_long(later(d, hours=-2)), fr_long(later(d, hours=-7))))
    h = hdrs(d, "Microsoft 365 <quarantine@messaging.microsoft.example>",
             ew("Microsoft 365 security : vous avez des messages en quarantaine"), return_path="<>")
    return dict(raw=render(h, text_part(t, "utf-8", "base64")), note="quarantine digest")


@look("French spam-filter daily report (quarantine)")
def _():
    d = rand_date()
    t = ("Rapport de quarantaine du %s\n\n4 messages ont été retenus pour %s :\n\n"
         " - «Undelivered Mail Returned to Sender» de MAILER-DAEMON@spam-relais.example (score 14.2)\n"
         " - «Votre facture est disponible» de noreply@factures-en-ligne.example (score 9.8)\n"
         " - «Gagnez un iPhone» de promo@jeu-concours.example (score 22.0)\n"
         " - «Mise à jour de votre compte» de securite@banque-en-ligne.example (score 17.5)\n\n"
         "Pour libérer un message, cliquez sur le lien correspondant dans l'interface.\n" % (
             loc(d).strftime("%d/%m/%Y"), SENDER))
    h = hdrs(d, "Filtre antispam <quarantaine@antispam-pme.example>", ew("[Antispam] Rapport de quarantaine : 4 messages"),
             return_path="<>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "iso-8859-1", "quoted-printable")),
                note="digest lists a quarantined fake bounce among other spam")


# ================================================================ spam reports
@look("ARF feedback report (RFC 5965) from a mailbox provider feedback loop")
def _():
    n, a = client(isp="yahoo")
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(2, 60))
    t = ("This is an email abuse report for an email message received from IP %s on %s.\n"
         "For more information about this format please see http://tools.ietf.example/html/rfc5965.\n" % (
             OUR_IP, rfc2822(o.date, tzname=False)))
    fb = ("Feedback-Type: abuse\nUser-Agent: YahooMailFBL/1.0\nVersion: 1\nOriginal-Mail-From: <%s>\n"
          "Original-Rcpt-To: <%s>\nArrival-Date: %s\nReported-Domain: %s\nSource-IP: %s\n"
          "Authentication-Results: mta1001.mail.yahoo.example; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s\n" % (
              SENDER, a, rfc2822(o.date, tzname=False), DOMAIN, OUR_IP, DOMAIN, DOMAIN))
    mp = multipart("report", [text_part(t, "us-ascii", "7bit"),
                              raw_part("Content-Type: message/feedback-report", fb),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block())],
                   params=" report-type=feedback-report;")
    h = hdrs(d, "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.example>",
             "Email Feedback Report for IP %s" % OUR_IP, return_path="<>")
    return dict(raw=render(h, mp), note="complaint (marked as spam by the recipient): the mail WAS delivered")


@look("SpamAssassin report_safe wrapper around an inbound spam")
def _():
    d = rand_date()
    spam = ("Return-Path: <offres@tresorerie-express.example>\nFrom: Trésorerie Express <offres@tresorerie-express.example>\n"
            "To: %s\nSubject: Mail delivery failed: votre financement est pret\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nAffacturage sans frais, reponse en 24h !\n" % (
                SENDER, rfc2822(later(d, minutes=-1), tzname=False), msgid("tresorerie-express.example")))
    spam = spam.replace("Trésorerie", "Tresorerie")
    t = ("Spam detection software, running on the system \"%s\",\nhas identified this incoming email as possible spam.  "
         "The original\nmessage has been attached to this so you can view it or label\nsimilar future email.  If you have "
         "any questions, see\npostmaster@%s for details.\n\nContent preview:  Affacturage sans frais, reponse en 24h !\n\n"
         "Content analysis details:   (9.1 points, 5.0 required)\n\n pts rule name              description\n"
         "---- ---------------------- --------------------------------------------------\n"
         " 3.5 BAYES_99               BODY: Bayes spam probability is 99 to 100%%\n"
         " 2.7 RCVD_IN_DNSBL_EXAMPLE  RBL: Received via a relay in a test DNSBL\n"
         " 2.9 FAKE_BOUNCE_SUBJ       Subject pretends to be a delivery failure\n" % (OUR_MTA, DOMAIN))
    mp = multipart("mixed", [text_part(t, "us-ascii", "7bit", extra=["Content-Disposition: inline"]),
                             raw_part("Content-Type: message/rfc822; x-spam-type=original", spam,
                                      ["Content-Description: original message before SpamAssassin",
                                       "Content-Disposition: inline", "Content-Transfer-Encoding: 8bit"])],
                   boundary="----------=_%s" % rnd(HEXU, 8))
    h = ["Return-Path: <offres@tresorerie-express.example>",
         "X-Spam-Flag: YES", "X-Spam-Status: Yes, score=9.1 required=5.0 tests=BAYES_99,FAKE_BOUNCE_SUBJ", "X-Spam-Level: *********",
         "Date: %s" % rfc2822(d, tzname=False), "From: Tresorerie Express <offres@tresorerie-express.example>",
         "To: %s" % SENDER, "Subject: ***SPAM*** Mail delivery failed: votre financement est pret",
         "Message-ID: %s" % msgid("tresorerie-express.example")]
    return dict(raw=render(h, mp), note="spam whose subject imitates a bounce, wrapped by the spam filter")


# ================================================================ DMARC / TLS reports
def dmarc_xml(org, rid, d):
    begin = int(later(d, days=-1).timestamp()) // 86400 * 86400
    recs = ""
    for src, cnt, dk, sp in [(OUR_IP, R.randrange(3, 40), "pass", "pass"), (ip("198.51.100"), R.randrange(1, 4), "fail", "fail")]:
        recs += ("  <record>\n    <row>\n      <source_ip>%s</source_ip>\n      <count>%d</count>\n"
                 "      <policy_evaluated>\n        <disposition>%s</disposition>\n        <dkim>%s</dkim>\n"
                 "        <spf>%s</spf>\n      </policy_evaluated>\n    </row>\n    <identifiers>\n"
                 "      <header_from>%s</header_from>\n    </identifiers>\n    <auth_results>\n"
                 "      <dkim>\n        <domain>%s</domain>\n        <result>%s</result>\n      </dkim>\n"
                 "      <spf>\n        <domain>%s</domain>\n        <result>%s</result>\n      </spf>\n"
                 "    </auth_results>\n  </record>\n") % (src, cnt, "none" if dk == "pass" else "quarantine", dk, sp,
                                                          DOMAIN, DOMAIN, dk, DOMAIN, sp)
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>%s</org_name>\n"
            "    <email>noreply-dmarc@%s</email>\n    <report_id>%s</report_id>\n    <date_range>\n"
            "      <begin>%d</begin>\n      <end>%d</end>\n    </date_range>\n  </report_metadata>\n"
            "  <policy_published>\n    <domain>%s</domain>\n    <adkim>r</adkim>\n    <aspf>r</aspf>\n"
            "    <p>quarantine</p>\n    <sp>quarantine</sp>\n    <pct>100</pct>\n  </policy_published>\n%s</feedback>\n") % (
        org, org, rid, begin, begin + 86399, DOMAIN, recs)


def dmarc_mail(org, frm, fmt, d):
    rid = str(R.randrange(10 ** 18, 10 ** 19))
    xml = dmarc_xml(org, rid, d).encode()
    begin = int(later(d, days=-1).timestamp()) // 86400 * 86400
    fname = "%s!%s!%d!%d" % (org, DOMAIN, begin, begin + 86399)
    if fmt == "zip":
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo(fname + ".xml", date_time=tuple(loc(d).timetuple())[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, xml)
        data, ct, fn = bio.getvalue(), "application/zip", fname + ".zip"
    else:
        data, ct, fn = gzip.compress(xml, mtime=0), "application/gzip", fname + ".xml.gz"
    att = (["Content-Type: %s; name=\"%s\"" % (ct, fn), "Content-Disposition: attachment; filename=\"%s\"" % fn,
            "Content-Transfer-Encoding: base64"], base64.encodebytes(data))
    t = "This is an aggregate report from %s.\n\nReport domain: %s\nSubmitter: %s\nReport-ID: %s\n" % (org, DOMAIN, org, rid)
    mp = multipart("mixed", [text_part(t, "us-ascii", "7bit"), att])
    h = hdrs(d, frm, "Report domain: %s Submitter: %s Report-ID: %s" % (DOMAIN, org, rid), to="dmarc@%s" % DOMAIN,
             return_path="<>")
    return render(h, mp)


@look("DMARC aggregate report (zip), Google-style")
def _():
    return dict(raw=dmarc_mail("google.example", "noreply-dmarc-support@google.example", "zip", rand_date()),
                note="RFC 7489 aggregate report")


@look("DMARC aggregate report (gzip), Microsoft-style")
def _():
    return dict(raw=dmarc_mail("enterprise.protection.outlook.example", "DMARC Aggregate Report <dmarcreport@microsoft.example>",
                               "gz", rand_date()), note="aggregate report")


@look("DMARC aggregate report (gzip), French ISP-style", eol="lf")
def _():
    return dict(raw=dmarc_mail("orange.example", "dmarc-noreply@orange.example", "gz", rand_date()),
                note="aggregate report")


@look("SMTP TLS report (RFC 8460)")
def _():
    d = rand_date()
    rep = {"organization-name": "Google Example", "date-range": {"start-datetime": loc(later(d, days=-1), UTC).strftime("%Y-%m-%dT00:00:00Z"),
                                                                 "end-datetime": loc(later(d, days=-1), UTC).strftime("%Y-%m-%dT23:59:59Z")},
           "contact-info": "smtp-tls-reporting@google.example", "report-id": "%s_%s" % (loc(d).strftime("%Y-%m-%d"), DOMAIN),
           "policies": [{"policy": {"policy-type": "sts", "policy-domain": DOMAIN, "mx-host": [OUR_MTA]},
                         "summary": {"total-successful-session-count": R.randrange(5, 80), "total-failure-session-count": 0}}]}
    data = gzip.compress(json.dumps(rep, indent=1).encode(), mtime=0)
    fn = "google.example!%s!%s.json.gz" % (DOMAIN, loc(d).strftime("%Y%m%d"))
    mp = multipart("report", [text_part("This is an aggregate TLS report from google.example\n", "us-ascii", "7bit"),
                              (["Content-Type: application/tlsrpt+gzip; name=\"%s\"" % fn,
                                "Content-Disposition: attachment; filename=\"%s\"" % fn,
                                "Content-Transfer-Encoding: base64"], base64.encodebytes(data))],
                   params=" report-type=tlsrpt;")
    h = hdrs(d, "noreply-smtp-tls-reporting@google.example", "Report Domain: %s Submitter: google.example Report-ID: <%s>" % (
        DOMAIN, rep["report-id"]), to="tlsrpt@%s" % DOMAIN, return_path="<>", extra=["TLS-Report-Domain: %s" % DOMAIN,
                                                                                      "TLS-Report-Submitter: google.example"])
    return dict(raw=render(h, mp), note="multipart/report but report-type=tlsrpt")


# ================================================================ lists, helpdesks
@look("Mailman 2.1 held-for-moderation notice")
def _():
    dom = "listes." + firm_domain()
    o = Orig("groupement-achats@%s" % dom, None)
    d = later(o.date, minutes=1)
    t = ("Your mail to 'Groupement-achats' with the subject\n\n    %s\n\nIs being held until the list moderator can review "
         "it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
         "Either the message will get posted to the list, or you will receive\nnotification of the moderator's decision.  "
         "If you would like to cancel\nthis posting, please visit the following URL:\n\n    "
         "https://%s/mailman/confirm/groupement-achats/%s\n" % (o.subject, dom, rnd(HEXL, 40)))
    h = hdrs(d, "groupement-achats-owner@%s" % dom, "Your message to Groupement-achats awaits moderator approval",
             return_path="<groupement-achats-bounces@%s>" % dom,
             extra=["Precedence: bulk", "List-Id: <groupement-achats.%s>" % dom, "X-BeenThere: groupement-achats@%s" % dom])
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="held, not rejected")


@look("Sympa moderation notice (French)")
def _():
    dom = "listes." + firm_domain()
    d = rand_date()
    t = ("Votre message pour la liste fournisseurs-region a été transmis au(x) modérateur(s).\n"
         "Il sera diffusé après validation. Vous serez informé si le message est refusé.\n")
    h = hdrs(d, "SYMPA <sympa@%s>" % dom, ew("Message pour fournisseurs-region soumis à modération"),
             return_path="<sympa-request@%s>" % dom, auto="auto-replied", extra=["Precedence: list"])
    return dict(raw=render(h, text_part(t, "utf-8", "8bit")), note="moderation pending")


@look("Zendesk-style helpdesk acknowledgement")
def _():
    n, a = client(domain="distrib-equipements.example")
    o = Orig("support@distrib-equipements.example", None, lang="en")
    d = later(o.date, minutes=1)
    tk = R.randrange(10000, 99999)
    t = ("##- Please type your reply above this line -##\n\nYour request (#%d) has been received and is being reviewed "
         "by our support staff.\n\nTo add additional comments, reply to this email.\n\n%s\n\n"
         "This email is a service from Distrib Equipements Support.\n" % (tk, o.subject))
    h = hdrs(d, "Distrib Equipements Support <support@distrib-equipements.example>",
             "[Request received] %s" % ew(o.subject), return_path="<support@distrib-equipements.example>",
             auto="auto-generated", extra=["X-Mailer: Zendesk Mailer", "In-Reply-To: %s" % o.msgid])
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="ticket acknowledgement")


@look("Freshdesk-style helpdesk acknowledgement (French)")
def _():
    o = Orig("factures@centrale-achats-btp.example", None)
    d = later(o.date, minutes=2)
    t = ("Bonjour,\n\nNous avons bien reçu votre demande. Un ticket a été créé sous la référence #%d.\n"
         "Notre service comptabilité fournisseurs vous répondra sous 5 jours ouvrés.\n\nObjet : %s\n\n"
         "Merci de ne pas modifier l'objet de ce message si vous répondez.\n" % (R.randrange(1000, 9999), o.subject))
    h = hdrs(d, "Centrale Achats BTP <factures@centrale-achats-btp.example>",
             ew("Accusé de réception – ticket créé : " + o.subject), return_path="<>", auto="auto-replied")
    return dict(raw=render(h, text_part(t, "utf-8", "8bit")), note="ticket acknowledgement")


@look("GLPI new-ticket notification (French)", eol="lf")
def _():
    o = Orig("helpdesk@mairie-saint-olme.example", None)
    d = later(o.date, minutes=3)
    tk = R.randrange(100000, 999999)
    t = ("GLPI – Nouveau ticket\n\nURL : https://glpi.mairie-saint-olme.example/front/ticket.form.php?id=%d\n"
         "Titre : %s\nDemandeur : %s\nStatut : Nouveau\nCatégorie : Comptabilité > Factures fournisseurs\n" % (
             tk, o.subject, SENDER))
    h = hdrs(d, "GLPI Mairie <helpdesk@mairie-saint-olme.example>", ew("[GLPI #%07d] Nouveau ticket %s" % (tk, o.subject)),
             return_path="<helpdesk@mairie-saint-olme.example>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")), note="ticket created")


# ================================================================ newsletters
@look("Email-deliverability newsletter quoting bounce examples")
def _():
    d = rand_date()
    t = ("Deliverability Digest – n°42\n\nHard or soft? Reading your bounces\n\n"
         "A message titled \"Undelivered Mail Returned to Sender\" or \"Mail delivery failed\" usually carries\n"
         "an SMTP code. Typical examples:\n\n  550 5.1.1 User unknown          -> hard bounce, remove the address\n"
         "  552 5.2.2 Mailbox full          -> soft bounce, retry later\n"
         "  421 4.7.0 Temporarily deferred  -> your IP is being throttled\n\n"
         "Read the full article: https://blog.routeur-emails.example/bounces\n\n"
         "You receive this newsletter because you subscribed on routeur-emails.example.\n"
         "Unsubscribe: https://routeur-emails.example/u/%s\n" % rnd(HEXL, 12))
    html = "<html><body><h1>Deliverability Digest</h1><pre>%s</pre></body></html>\n" % t
    mp = multipart("alternative", [text_part(t, "utf-8", "quoted-printable"), text_part(html, "utf-8", "quoted-printable", subtype="html")])
    h = hdrs(d, "Routeur Emails <newsletter@routeur-emails.example>", "Deliverability Digest: why your emails bounce",
             return_path="<nl-bounce-%s@routeur-emails.example>" % rnd(HEXL, 8),
             extra=["List-Unsubscribe: <https://routeur-emails.example/u/x>", "Precedence: bulk"])
    return dict(raw=render(h, mp), note="newsletter full of bounce vocabulary")


@look("Logistics newsletter about delivery times (French)")
def _():
    d = rand_date()
    t = ("Livraison express : nos nouveaux délais\n\nÀ partir du 1er novembre, les livraisons de profilés acier "
         "seront assurées en 48 h sur toute la région Auvergne-Rhône-Alpes.\nEn cas d'échec de livraison, un nouveau "
         "passage est programmé gratuitement.\n\nSe désinscrire : https://acier-distribution.example/desabo\n")
    h = hdrs(d, "Acier Distribution <news@acier-distribution.example>", ew("Livraison : ce qui change au 1er novembre"),
             return_path="<>", extra=["Precedence: bulk", "List-Unsubscribe: <mailto:desabo@acier-distribution.example>"])
    return dict(raw=render(h, text_part(t, "iso-8859-1", "quoted-printable")), note="newsletter")


@look("Software vendor newsletter: 'Delivery status' product update (English)")
def _():
    d = rand_date()
    t = ("Facturo product update\n\nNew: delivery status for every reminder!\nYou can now see whether each reminder "
         "was delivered, bounced or opened, directly in the invoice screen.\n\nHappy invoicing,\nThe Facturo team\n")
    h = hdrs(d, "Facturo <news@facturo.example>", "New in Facturo: Delivery Status Notifications for reminders",
             return_path="<bounces@news.facturo.example>", extra=["Precedence: bulk"])
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="subject contains 'Delivery Status Notification'")


# ================================================================ invoice portals
@look("Public e-invoicing portal: invoice rejected (Chorus Pro-like)")
def _():
    d = rand_date()
    inv = invoice_no(d)
    t = ("Bonjour,\n\nLa facture n° %s déposée le %s à destination de la structure publique\n"
         "« Lycée professionnel du Valdrôme » a changé de statut.\n\nNouveau statut : REJETÉE\n"
         "Motif du rejet : Données d'acheminement invalides – code service absent ou erroné.\n\n"
         "Vous pouvez déposer une nouvelle facture corrigée depuis votre espace fournisseur.\n\n"
         "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.\n" % (inv, loc(later(d, days=-6)).strftime("%d/%m/%Y")))
    h = hdrs(d, "Portail Factur'Public <ne-pas-repondre@portail-facturation-publique.example>",
             ew("[Factur'Public] Facture %s : statut Rejetée" % inv), return_path="<>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")),
                note="the invoice was refused by the buyer, the e-mail itself was delivered")


@look("Supplier portal: invoice rejected (English)")
def _():
    d = rand_date()
    inv = invoice_no(d)
    t = ("Invoice %s has been rejected.\n\nCustomer: Groupe Vernay SAS\nReason: Purchase order number missing or "
         "invalid. Please resubmit with a valid PO.\n\nThis is an automated message from the supplier portal.\n" % inv)
    h = hdrs(d, "Supplier Portal <no-reply@supplier-portal.example>", "Invoice %s rejected - action required" % inv,
             return_path="<>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="business rejection, not a bounce")


# ================================================================ recall, calendar, quota, phishing
@look("Outlook message recall (French: « Rappel : »)")
def _():
    n, a = client()
    d = rand_date()
    inv = invoice_no(d)
    t = "%s souhaite rappeler le message « Règlement facture %s »." % (n, inv)
    h = human_msg(addr(n, a), "Rappel : Règlement facture %s" % inv, t, d, ua="Microsoft Outlook 16.0",
                  extra=["X-MS-Exchange-Organization-Recall: 1"])
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")),
                note="a client recalling its own message; 'Rappel' here means recall")


@look("Outlook message recall (English)")
def _():
    n, a = client()
    d = rand_date()
    t = "%s would like to recall the message, \"Remittance advice - June\"." % ascii_fold(n)
    h = human_msg(addr(ascii_fold(n), a), "Recall: Remittance advice - June", t, d, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, text_part(t, "us-ascii", "7bit")), note="recall request")


def ical_reply(partstat, summary, a, n, d):
    return ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
            "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s\nSUMMARY;LANGUAGE=fr-FR:%s\nDTSTART:%s\nDTEND:%s\n"
            "UID:%s\nDTSTAMP:%s\nORGANIZER:mailto:%s\nEND:VEVENT\nEND:VCALENDAR\n") % (
        partstat, ascii_fold(n), a, summary, loc(later(d, days=3), UTC).strftime("%Y%m%dT090000Z"),
        loc(later(d, days=3), UTC).strftime("%Y%m%dT093000Z"), rnd(HEXU, 40), loc(d, UTC).strftime("%Y%m%dT%H%M%SZ"), SENDER)


@look("Calendar reply « Accepté : » (iCalendar METHOD:REPLY)")
def _():
    n, a = client()
    d = rand_date()
    s = "Point sur les factures en retard"
    mp = multipart("alternative", [text_part("", "utf-8", "7bit"),
                                   text_part(ical_reply("ACCEPTED", s, a, n, d), "utf-8", "8bit", subtype="calendar",
                                             params="; method=REPLY")])
    h = human_msg(addr(n, a), "Accepté : " + s, "", d, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, mp), note="meeting accepted")


@look("Calendar reply 'Declined:' (English)")
def _():
    n, a = client()
    d = rand_date()
    s = "Call about overdue invoices"
    mp = multipart("mixed", [text_part("Sorry, I am travelling that day.\n", "us-ascii", "7bit"),
                             text_part(ical_reply("DECLINED", s, a, ascii_fold(n), d), "utf-8", "7bit", subtype="calendar",
                                       params="; method=REPLY", extra=["Content-Disposition: attachment; filename=invite.ics"])])
    h = human_msg(addr(ascii_fold(n), a), "Declined: " + s, "", d, ua="Microsoft Outlook 16.0")
    return dict(raw=render(h, mp), note="meeting declined")


@look("Own mailbox quota warning (Dovecot quota-warning script)")
def _():
    d = rand_date()
    t = ("Votre boîte aux lettres %s est pleine à 92 %%.\n\nAu-delà de 100 %%, les nouveaux messages vous seront "
         "refusés et leurs expéditeurs recevront un message d'erreur.\nPensez à supprimer ou archiver d'anciens messages.\n\n"
         "-- \nLe serveur de messagerie\n" % SENDER)
    h = hdrs(d, "postmaster@%s" % DOMAIN, ew("Avertissement : votre boîte aux lettres est presque pleine"),
             return_path="<>", auto="auto-generated")
    return dict(raw=render(h, text_part(t, "utf-8", "8bit")), note="about our own mailbox; nothing bounced")


@look("Phishing imitating a mail-system notice")
def _():
    d = rand_date()
    t = ("Mail Delivery System\n\n4 messages entrants pour %s n'ont pas été distribués et sont en attente\n"
         "sur le serveur en raison d'une erreur de synchronisation.\n\nLibérer les messages en attente :\n"
         "https://webmail-%s.login-verify.example/release\n\nSi aucune action n'est faite sous 24 h, les messages seront supprimés.\n" % (
             SENDER, DOMAIN.split(".")[0]))
    h = hdrs(d, "Mail Delivery System <postmaster@%s-mail.example>" % DOMAIN.split(".")[0],
             ew("Échec de distribution : 4 messages en attente"), return_path="<ops@bulk-sender.example>")
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")),
                note="phishing that pretends to be about undelivered incoming mail; no sent message failed")


@look("Human reply titled 'Returned mail': invoice sent to the wrong company")
def _():
    n, a = client(domain="metallerie-du-rhone.example")
    o = Orig(a, n)
    d = later(o.date, hours=R.randrange(1, 20))
    t = ("Hello,\n\nWe are returning your reminder: we are not your customer and have never ordered from you.\n"
         "Invoice %s must concern another company with a similar name. Please correct your records.\n\n"
         "Regards,\n%s\nMétallerie du Rhône\n" % (o.inv, ascii_fold(n)))
    h = human_msg(addr(n, a), "Returned mail: wrong addressee - invoice %s" % o.inv, t, d, in_reply=o.msgid)
    return dict(raw=render(h, text_part(t, "utf-8", "quoted-printable")),
                note="a person 'returns' the reminder; it was delivered")

"""Notice builders, one family per mail system.  Each returns bytes with "\n" line ends."""
import datetime as _dt
import string
import textwrap

from common import *  # noqa


def hdrs(d, frm, subject, to=SENDER, mid=None, return_path="<>", received=None, auto=None,
         extra=(), order="std"):
    """Top-level header block of a notice as it sits in the relances@ mailbox."""
    if not all(ord(c) < 128 for c in frm) and " <" in frm:
        nm, ad = frm.split(" <", 1)
        frm = "%s <%s" % (ew(nm), ad)
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    h.append("Delivered-To: %s" % SENDER) if R.random() < 0.3 else None
    for r in (received or []):
        h.append(r)
    if not mid:
        import re as _re
        m = _re.search(r"@([A-Za-z0-9.-]+)", frm)
        mid = "<%s@%s>" % (rnd(HEXL, 20), m.group(1).lower() if m else DOMAIN)
    if order == "std":
        h.append("Date: %s" % (d if isinstance(d, str) else rfc2822(d, tzname=False)))
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        h.append("Subject: %s" % subject)
        h.append("Message-ID: %s" % mid)
    else:
        h.append("From: %s" % frm)
        h.append("To: %s" % to)
        h.append("Subject: %s" % subject)
        h.append("Date: %s" % (d if isinstance(d, str) else rfc2822(d, tzname=False)))
        h.append("Message-ID: %s" % mid)
    if auto:
        h.append("Auto-Submitted: %s" % auto)
    h += list(extra)
    return h


def recv_local(d, frm_host, frm_ip, by=OUR_MTA, proto="ESMTPS", qid=None):
    return ("Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        frm_host, frm_host, frm_ip, by, proto, qid or postfix_qid(), SENDER, rfc2822(d)))


def wrap(s, width=78, indent="    "):
    return textwrap.fill(s, width=width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def dsn_block(reporting, permsg, recips, rep_type="dns"):
    lines = ["Reporting-MTA: %s; %s" % (rep_type, reporting)] + list(permsg)
    for r in recips:
        lines.append("")
        lines += r
    return "\n".join(lines) + "\n"


def attach_part(o, mode, desc=True, label_full="Undelivered Message",
                label_hdr="Undelivered Message Headers", received=True):
    if mode == "rfc822":
        ex = ["Content-Description: %s" % label_full] if desc else []
        return raw_part("Content-Type: message/rfc822", o.full(received=received), ex)
    if mode == "headers":
        ex = ["Content-Description: %s" % label_hdr] if desc else []
        return raw_part("Content-Type: text/rfc822-headers", o.header_block(received=received), ex)
    return None


# ==========================================================================
# Postfix
PF_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""
PF_EN_OLD = """This is the Postfix program at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

			The Postfix program
"""
PF_DELAY_EN = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than {delay} hour(s).
It will be retried until it is {maxq} day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""
PF_FR = """Ceci est le programme de messagerie du serveur {host}.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Vous le trouverez ci-joint.

Pour toute assistance, veuillez écrire à postmaster.

Dans ce cas, merci de joindre ce rapport. Vous pouvez supprimer votre
propre texte du message renvoyé en pièce jointe.

                   Le programme de messagerie
"""
PF_DELAY_FR = """Ceci est le programme de messagerie du serveur {host}.

####################################################################
# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER LE  #
# MESSAGE.                                                         #
####################################################################

Votre message n'a pas pu être remis depuis plus de {delay} heure(s).
De nouvelles tentatives auront lieu jusqu'à ce qu'il ait {maxq} jour(s).

Pour toute assistance, veuillez écrire à postmaster.

                   Le programme de messagerie
"""
PF_ES = """Este es el sistema de correo del servidor {host}.

Lamentamos informarle de que su mensaje no ha podido ser entregado
a uno o más destinatarios. Se adjunta a continuación.

Para obtener más ayuda, escriba a postmaster.

Si lo hace, incluya este informe del problema. Puede eliminar su
propio texto del mensaje devuelto adjunto.

                   El sistema de correo
"""


def pf_rcpt(a, status, human, diag=None, remote=None, orig=None, action=None, diag_type="smtp",
            will_retry=None, final=None):
    return dict(a=a, status=status, human=human, diag=diag, remote=remote, orig=orig,
                action=action, diag_type=diag_type, will_retry=will_retry, final=final)


def postfix(o, rcpts, host=OUR_MTA, lang="en", attach="rfc822", delayed=False, d=None,
            return_path="<>", charset=None, cte=None, old=False, received=True, auto=True,
            version_note=None, to=SENDER, sender=SENDER, from_=None, subj=None, delay_h=4,
            maxq=5, report_cte="8bit", noreceived_orig=False):
    d = d or later(o.date, minutes=R.randrange(0, 50), seconds=R.randrange(60))
    qid = o.qid if host == OUR_MTA else postfix_qid()
    bqid = postfix_qid()
    if lang == "fr":
        txt = (PF_DELAY_FR if delayed else PF_FR).format(host=host, delay=delay_h, maxq=maxq)
        charset = charset or "utf-8"
        cte = cte or "8bit"
        subject = subj or (ew("Message retardé (nouvelles tentatives en cours)") if delayed
                           else ew("Message non délivré : retour à l'expéditeur"))
    elif lang == "es":
        txt = PF_ES.format(host=host)
        charset = charset or "utf-8"
        cte = cte or "quoted-printable"
        subject = subj or ew("Correo no entregado devuelto al remitente")
    else:
        if delayed:
            txt = PF_DELAY_EN.format(host=host, delay=delay_h, maxq=maxq)
        else:
            txt = (PF_EN_OLD if old else PF_EN).format(host=host)
        charset = charset or "us-ascii"
        cte = cte or None
        subject = subj or ("Delayed Mail (still being retried)" if delayed
                           else "Undelivered Mail Returned to Sender")
    txt += "\n"
    for r in rcpts:
        txt += wrap(r["human"]) + "\n\n"
    per = ["X-Postfix-Queue-ID: %s" % qid, "X-Postfix-Sender: rfc822; %s" % sender,
           "Arrival-Date: %s" % rfc2822(o.date)]
    rs = []
    for r in rcpts:
        x = ["Final-Recipient: rfc822; %s" % (r["final"] or r["a"])]
        if r["orig"] is not False:
            x.append("Original-Recipient: rfc822;%s" % (r["orig"] or r["a"]))
        x.append("Action: %s" % (r["action"] or ("delayed" if delayed else "failed")))
        x.append("Status: %s" % r["status"])
        if r["remote"]:
            x.append("Remote-MTA: dns; %s" % r["remote"])
        if r["diag"]:
            dg = r["diag"]
            if dg.lower().startswith(r["diag_type"].lower() + "; "):
                dg = dg[len(r["diag_type"]) + 2:]
            x.append(wrap("Diagnostic-Code: %s; %s" % (r["diag_type"], dg), 78, "    "))
        if r["will_retry"]:
            x.append("Will-Retry-Until: %s" % rfc2822(r["will_retry"]))
        rs.append(x)
    # Postfix writes Content-Description before Content-Type
    nh = ["Content-Description: Notification", "Content-Type: text/plain; charset=%s" % charset]
    if cte:
        nh.append("Content-Transfer-Encoding: %s" % cte)
    notif = (nh, encode_body(txt, charset, cte or "7bit"))
    rep = raw_part("Content-Type: message/delivery-status", dsn_block(host, per, rs),
                   ["Content-Description: %s" % ("Delivery report" if lang == "en" else
                                                 "Rapport de remise" if lang == "fr" else
                                                 "Informe de entrega")])
    rep = ([rep[0][1], rep[0][0]], rep[1])
    parts = [notif, rep]
    if delayed and attach == "rfc822":
        attach = "headers"
    ap = attach_part(o, attach, received=not noreceived_orig)
    if ap:
        ap = ([ap[0][1], ap[0][0]] if len(ap[0]) > 1 else ap[0], ap[1])
        parts.append(ap)
    ts = int(d.timestamp())
    mp = multipart("report", parts, boundary="%s.%d/%s" % (bqid, ts, host),
                   params=" report-type=delivery-status;",
                   preamble="This is a MIME-encapsulated message.\n")
    received_l = []
    if received:
        if host == OUR_MTA:
            received_l = ["Received: by %s (Postfix)\n\tid %s; %s" % (host, bqid, rfc2822(d))]
        else:
            received_l = [recv_local(later(d, seconds=2), host, ip(), OUR_MTA),
                          "Received: by %s (Postfix)\n\tid %s; %s" % (host, bqid, rfc2822(d))]
    frm = from_ or ("MAILER-DAEMON@%s (Mail Delivery System)" % host if lang == "en" else
                    "MAILER-DAEMON@%s (%s)" % (host, ew("Système de messagerie") if lang == "fr"
                                               else ew("Sistema de correo")))
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    h.append("X-Original-To: %s" % to)
    h.append("Delivered-To: %s" % to)
    h += received_l
    h += ["Date: %s" % rfc2822(d), "From: %s" % frm, "Subject: %s" % subject, "To: %s" % to]
    if auto:
        h.append("Auto-Submitted: auto-replied")
    h.append("MIME-Version: 1.0")
    h += mp[0]
    if report_cte:
        h.append("Content-Transfer-Encoding: %s" % report_cte)
    h.append("Message-Id: <%s.%s@%s>" % (loc(d).strftime("%Y%m%d%H%M%S"), bqid, host))
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Exim
EXIM_FAIL = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:
"""
EXIM_FAIL_DE = """Diese Nachricht wurde automatisch vom Mail-System erzeugt.

Eine von Ihnen gesendete Nachricht konnte einem oder mehreren
Empfängern nicht zugestellt werden. Dies ist ein permanenter Fehler.
Die folgenden Adressen sind fehlgeschlagen:
"""


def exim_classic(o, blocks, host, d=None, return_path="<>", de=False, auto="auto-replied",
                 copy="full", failed_hdr=None, charset=None, cte=None, mime=True):
    """blocks: list of text blocks, each already indented (two spaces for the address)."""
    d = d or later(o.date, minutes=R.randrange(1, 30))
    eid = exim_id(R.random() < 0.4)
    txt = (EXIM_FAIL_DE if de else EXIM_FAIL) + "\n" + "\n\n".join(blocks) + "\n\n"
    if copy == "full":
        txt += "------ This is a copy of the message, including all the headers. ------\n\n" if not de \
            else "------ Dies ist eine Kopie der Nachricht, einschließlich aller Kopfzeilen. ------\n\n"
        body = txt.encode(charset or "utf-8") + o.full()
    elif copy == "headers":
        txt += ("------ This is a copy of the message's headers. ------\n\n")
        body = txt.encode(charset or "utf-8") + o.header_block()
    else:
        body = txt.encode(charset or "utf-8")
    frm = "Mail Delivery System <Mailer-Daemon@%s>" % host
    subject = "Mail delivery failed: returning message to sender"
    if de:
        subject = ew("Zustellung fehlgeschlagen: Nachricht wird an den Absender zurückgesendet",
                     "iso-8859-1" if charset == "iso-8859-1" else "utf-8")
    h = []
    if return_path is not None:
        h.append("Return-path: %s" % return_path)
    h.append("Envelope-to: %s" % SENDER)
    h.append("Delivery-date: %s" % rfc2822_nz(later(d, seconds=3)))
    h.append("Received: from mail by %s with local (Exim 4.%d)\n\tid %s\n\tfor %s; %s" % (
        host, R.choice([92, 94, 96, 97, 98]), eid, SENDER, rfc2822_nz(d)))
    if failed_hdr:
        h.append("X-Failed-Recipients: %s" % failed_hdr)
    h.append("Auto-Submitted: %s" % auto) if auto else None
    h.append("From: %s" % frm)
    h.append("To: %s" % SENDER)
    if mime and de:
        h.append("Content-Type: text/plain; charset=%s" % (charset or "utf-8"))
        h.append("Content-Transfer-Encoding: 8bit")
    h.append("Subject: %s" % subject)
    h.append("Message-Id: <E%s@%s>" % (eid, host))
    h.append("Date: %s" % rfc2822_nz(d))
    return "\n".join(h).encode("ascii") + b"\n\n" + body


EXIM_WARN = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than {hours} hours on the queue on {host}.

The message identifier is:     {mid}
The subject of the message is: {subj}
The date of the message is:    {date}

The address to which the message has not yet been delivered is:

{blocks}

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""


def exim_warning(o, blocks, host, hours=24, dsn=False, rcpt=None, status="4.0.0", remote=None,
                 diag=None, return_path="<>"):
    d = later(o.date, hours=hours, minutes=R.randrange(0, 40))
    eid = exim_id()
    txt = EXIM_WARN.format(hours=hours, host=host, mid=eid, subj=o.subject, date=rfc2822_nz(o.date),
                           blocks="\n".join(blocks))
    h = []
    if return_path is not None:
        h.append("Return-path: %s" % return_path)
    h.append("Received: from mail by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s" % (
        host, exim_id(), SENDER, rfc2822_nz(d)))
    h += ["From: Mail Delivery System <Mailer-Daemon@%s>" % host, "To: %s" % SENDER,
          "Auto-Submitted: auto-replied",
          "Subject: Warning: message %s delayed %d hours" % (eid, hours),
          "References: %s" % o.msgid, "X-Failed-Recipients: %s" % rcpt if False else None,
          "Message-Id: <E%s@%s>" % (exim_id(), host), "Date: %s" % rfc2822_nz(d)]
    h = [x for x in h if x]
    if not dsn:
        h.insert(-2, "Content-Type: text/plain; charset=utf-8")
        h.insert(-2, "Content-Transfer-Encoding: 8bit")
        h.insert(-2, "MIME-Version: 1.0")
        return "\n".join(h).encode("ascii") + b"\n\n" + txt.encode("utf-8")
    rep = dsn_block(host, [], [["Action: delayed", "Final-Recipient: rfc822;%s" % rcpt,
                                "Status: %s" % status] + (["Remote-MTA: dns; %s" % remote]
                                                          if remote else [])
                               + (["X-Remote-MTA-smtp-greeting: X-str; 220 %s ESMTP" % remote]
                                  if remote else [])
                               + (["Diagnostic-Code: smtp; %s" % diag] if diag else [])
                               + ["Will-Retry-Until: %s" % rfc2822_nz(later(d, days=3))]])
    b = "%s-%d-%d" % (eid, int(d.timestamp()), R.randrange(1, 9))
    mp = multipart("report", [text_part(txt, "utf-8", "8bit", extra=["Content-Disposition: inline"]),
                              raw_part("Content-Type: message/delivery-status", rep),
                              raw_part("Content-Type: text/rfc822-headers", o.header_block())],
                   boundary=b, params=" report-type=delivery-status;")
    h.insert(-2, "MIME-Version: 1.0")
    h[-2:-2] = mp[0]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


def exim_dsn(o, blocks, host, recips, d=None, attach="rfc822", return_path="<>",
             expired=False):
    d = d or later(o.date, minutes=R.randrange(1, 40))
    eid = exim_id(True)
    txt = EXIM_FAIL + "\n" + "\n\n".join(blocks) + "\n"
    rs = []
    for r in recips:
        x = ["Action: failed", "Final-Recipient: rfc822;%s" % r["a"], "Status: %s" % r["status"]]
        if r.get("remote"):
            x.append("Remote-MTA: dns; %s" % r["remote"])
            x.append("X-Remote-MTA-smtp-greeting: X-str; 220 %s ESMTP" % r["remote"])
        if r.get("diag"):
            x.append("Diagnostic-Code: smtp; %s" % r["diag"])
        rs.append(x)
    rep = dsn_block(host, [], rs)
    parts = [text_part(txt, "us-ascii", "7bit", extra=["Content-Disposition: inline"]),
             raw_part("Content-Type: message/delivery-status", rep)]
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full()))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers", o.header_block()))
    b = "%s-%d-%d" % (eid, int(d.timestamp()), R.randrange(1, 9))
    mp = multipart("report", parts, boundary=b, params=" report-type=delivery-status;")
    h = []
    if return_path is not None:
        h.append("Return-path: %s" % return_path)
    h += ["Received: from mail by %s with local (Exim 4.97.1)\n\tid %s\n\tfor %s;\n\t%s" % (
        host, eid, SENDER, rfc2822_nz(d)),
        "X-Failed-Recipients: %s" % ", ".join(r["a"] for r in recips),
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: %s" % SENDER,
        "References: %s" % o.msgid,
        "Content-Type: multipart/report; report-type=delivery-status; boundary=%s" % b,
        "MIME-Version: 1.0",
        "Subject: Mail delivery failed: returning message to sender",
        "Message-Id: <E%s@%s>" % (eid, host),
        "Date: %s" % rfc2822_nz(d)]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Sendmail
def sendmail(o, host, recips, transcript, d=None, attach="rfc822", warning=False, hours=4,
             return_path="<>", subject=None, header_line="permanent fatal errors",
             auto="auto-generated (failure)", reason_lines=None, days=5):
    d = d or later(o.date, minutes=R.randrange(1, 20))
    qid = rnd(ALNUM, 6) + rnd(string.digits, 6)
    relay = ip()
    txt = ""
    if warning:
        txt += ("    **********************************************\n"
                "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                "    **********************************************\n\n")
    txt += "The original message was received at %s\nfrom %s [%s]\n\n" % (
        rfc2822_nz(o.date), OUR_MTA, OUR_IP)
    if not warning:
        txt += "   ----- The following addresses had %s -----\n" % header_line
        for r in recips:
            txt += "<%s>\n" % r["a"]
            if r.get("reason"):
                txt += "    (reason: %s)\n" % r["reason"]
        txt += "\n"
    txt += "   ----- Transcript of session follows -----\n" + transcript + "\n"
    rs = []
    for r in recips:
        x = ["Final-Recipient: RFC822; %s" % r["a"], "Action: %s" % ("delayed" if warning else "failed"),
             "Status: %s" % r["status"]]
        if r.get("remote"):
            x.append("Remote-MTA: DNS; %s" % r["remote"])
        if r.get("diag"):
            x.append("Diagnostic-Code: SMTP; %s" % r["diag"])
        x.append("Last-Attempt-Date: %s" % rfc2822_nz(d))
        if warning:
            x.append("Will-Retry-Until: %s" % rfc2822_nz(later(o.date, days=days)))
        rs.append(x)
    rep = dsn_block(host, ["Received-From-MTA: DNS; %s" % OUR_MTA,
                           "Arrival-Date: %s" % rfc2822_nz(o.date)], rs, rep_type="dns")
    parts = [text_part(txt, "us-ascii", None, cte_header=False),
             raw_part("Content-Type: message/delivery-status", rep)]
    parts[0] = ([], parts[0][1])  # sendmail's first part has no headers at all
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full()))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers", o.header_block()))
    b = "%s.%d/%s" % (qid, int(d.timestamp()), host)
    mp = multipart("report", parts, boundary=b, params=" report-type=delivery-status;",
                   preamble="This is a MIME-encapsulated message\n")
    if subject is None:
        subject = ("Warning: could not send message for past %d hours" % hours if warning
                   else "Returned mail: see transcript for details")
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    smv = R.choice(["17.1", "16.1", "15.2", "18.1"])
    h += ["Received: from localhost (localhost)\n\tby %s (8.%s/8.%s) id %s;\n\t%s" % (
        host, smv, smv, qid, rfc2822_nz(d)),
        "Date: %s" % rfc2822_nz(d),
        "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
        "Message-Id: <%s.%s@%s>" % (loc(d).strftime("%Y%m%d%H%M"), qid, host),
        "To: <%s>" % SENDER,
        "MIME-Version: 1.0"] + mp[0] + [
        "Subject: %s" % subject]
    if auto:
        h.append("Auto-Submitted: %s" % ("auto-generated (warning-timeout)" if warning else auto))
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# qmail
QMAIL_HEAD = """Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

"""


def qmail(o, host, blocks, d=None, return_path="<>", copy="full", intro=None, received=True):
    d = d or later(o.date, minutes=R.randrange(1, 60))
    txt = (intro or QMAIL_HEAD).format(host=host) + "\n".join(blocks) + "\n"
    txt += "--- Below this line is a copy of the message.\n\n"
    body = txt.encode("ascii")
    if copy == "full":
        body += o.full()
    else:
        body += o.header_block()
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    if received:
        h.append("Received: (qmail %d invoked for bounce); %s" % (R.randrange(1000, 65000),
                                                                   rfc2822_nz(d, UTC)))
    h += ["Date: %s" % rfc2822_nz(d, UTC), "From: MAILER-DAEMON@%s" % host, "To: %s" % SENDER,
          "Subject: failure notice"]
    return "\n".join(h).encode("ascii") + b"\n\n" + body


# ==========================================================================
# Courier
def courier(o, host, rcpt_blocks, recips, d=None, attach="rfc822", delayed=False, version="1.3.5",
            return_path="<>"):
    d = d or later(o.date, minutes=R.randrange(1, 30))
    cid = "%08X.%08X.%08X" % (R.randrange(1 << 32), R.randrange(1 << 32), R.randrange(1 << 32))
    title = "DELAYED MAIL" if delayed else "UNDELIVERABLE MAIL"
    txt = ("This is a delivery status notification from %s,\nrunning the Courier mail server, "
           "version %s.\n\nThe original message was received on %s\nfrom %s (%s [%s])\n\n" % (
               host, version, rfc2822_nz(o.date), OUR_MTA, OUR_MTA, OUR_IP))
    txt += "-" * 75 + "\n\n" + " " * ((75 - len(title)) // 2) + title + "\n\n"
    if delayed:
        txt += ("Your message to the following recipients has been delayed.  We will\n"
                "keep trying to deliver your message, and will notify you if it cannot\n"
                "be delivered:\n\n")
    else:
        txt += "Your message to the following recipients cannot be delivered:\n\n"
    txt += "\n\n".join(rcpt_blocks) + "\n\n" + "-" * 75 + "\n\n"
    txt += ("If your message was also sent to additional recipients, their delivery\n"
            "status is not included in this report.  You may or may not receive\n"
            "other delivery status notifications for additional recipients.\n\n"
            "The original message follows as a separate attachment.\n")
    rs = []
    for r in recips:
        x = ["Final-Recipient: rfc822; %s" % r["a"], "Action: %s" % ("delayed" if delayed else "failed"),
             "Status: %s" % r["status"]]
        if r.get("remote"):
            x.append("Remote-MTA: dns; %s" % r["remote"])
        if r.get("diag"):
            x.append("Diagnostic-Code: smtp; %s" % r["diag"])
        rs.append(x)
    rep = dsn_block(host, ["Arrival-Date: %s" % rfc2822_nz(o.date)], rs)
    parts = [text_part(txt, "iso-8859-1", "7bit"),
             raw_part("Content-Type: message/delivery-status", rep,
                      ["Content-Transfer-Encoding: 7bit"])]
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full(),
                              ["Content-Transfer-Encoding: 8bit"]))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers; charset=iso-8859-1",
                              o.header_block(), ["Content-Transfer-Encoding: 7bit"]))
    b = "=_courier-%d-%d-%04d-%s" % (R.randrange(10000, 99999), int(d.timestamp()),
                                     R.randrange(1, 9999), cid[:8])
    mp = multipart("report", parts, boundary=b, params=" report-type=delivery-status;",
                   preamble="This is a MIME-formatted message.  If you see this text it means "
                            "that your\nmail software cannot handle MIME-formatted messages.\n")
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    h += ["From: Courier mail server at %s <@>" % host, "To: %s" % SENDER,
          "Subject: %s" % ("WARNING: delayed mail." if delayed else "NOTICE: mail delivery status."),
          "Mime-Version: 1.0"] + mp[0] + [
        "Content-Transfer-Encoding: 7bit", "Date: %s" % rfc2822_nz(d),
        "Message-ID: <courier.%s@%s>" % (cid, host)]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Exchange Online (new-style NDR)
EXO_GUID = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"


def exo_server():
    reg = R.choice(["PR3P192", "AM9P190", "PAXP193", "DB9PR08", "VI1PR09", "GV0P278", "MRZP264",
                    "PA4P189", "DU2PR04"])
    return "%sMB%04d.%s.PROD.OUTLOOK.EXAMPLE" % (reg, R.randrange(1, 9999),
                                             R.choice(["EURP192", "EURP190", "EURPRD08", "EURP193",
                                                       "CHEP278", "FRAP264", "EURP189"]))


EXO_TXT = {
    "en": dict(
        head="Your message to {rcpt} couldn't be delivered.",
        action="Action Required", who="Recipient",
        fix="How to Fix It",
        admins="More Info for Email Admins", status="Status code",
        details="Original Message Details", created="Created Date", sender="Sender Address",
        recip="Recipient Address", subj="Subject", errd="Error Details",
        reported="Reported error", genby="DSN generated by", remote="Remote server",
        hops="Message Hops", hopline="HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME",
        subject_prefix="Undeliverable: ", feedback="Was this helpful? Send feedback to Microsoft."),
    "fr": dict(
        head="Votre message à {rcpt} n'a pas pu être remis.",
        action="Action requise", who="Destinataire",
        fix="Comment résoudre le problème",
        admins="Informations supplémentaires pour les administrateurs de messagerie",
        status="Code d'état",
        details="Détails du message d'origine", created="Date de création",
        sender="Adresse de l'expéditeur", recip="Adresse du destinataire", subj="Objet",
        errd="Détails de l'erreur", reported="Erreur signalée", genby="DSN généré par",
        remote="Serveur distant",
        hops="Sauts de message",
        hopline="SAUT    HEURE (UTC)    DE    À    AVEC    DURÉE DU RELAIS",
        subject_prefix="Non remis : ", feedback="Cela vous a-t-il été utile ? Envoyez vos commentaires à Microsoft."),
    "it": dict(
        head="Impossibile recapitare il messaggio a {rcpt}.",
        action="Azione richiesta", who="Destinatario",
        fix="Come risolvere il problema",
        admins="Altre informazioni per gli amministratori della posta elettronica",
        status="Codice di stato",
        details="Dettagli del messaggio originale", created="Data di creazione",
        sender="Indirizzo mittente", recip="Indirizzo destinatario", subj="Oggetto",
        errd="Dettagli errore", reported="Errore segnalato", genby="DSN generato da",
        remote="Server remoto",
        hops="Hop del messaggio",
        hopline="HOP    ORA (UTC)    DA    A    CON    TEMPO DI INOLTRO",
        subject_prefix="Non recapitabile: ", feedback="Queste informazioni sono state utili? Invia commenti a Microsoft."),
}


def exo(o, rcpt, lang, summary, label_line, fix_text, admin_text, code, reported, d=None,
        attach="headers", tenant_domain=None, status_dsn=None, rcpt_in_text=None, delayed=False,
        extra_hdr=(), remote=None, text_cte="base64", display=None, subject_prefix=None,
        action_word=None, head=None):
    L = dict(EXO_TXT[lang])
    if head:
        L["head"] = head
    d = d or later(o.date, minutes=R.randrange(0, 8), seconds=R.randrange(60))
    srv = exo_server()
    tenant_domain = tenant_domain or rcpt.split("@")[1]
    rtext = rcpt_in_text or rcpt
    sep = " : " if lang == "fr" else ": "
    local = rcpt.split("@")[0]
    lines = [L["head"].format(rcpt=rtext), "", summary, "",
             "%s    Office 365    %s" % ("relances", local),
             "%s                %s" % (action_word or L["action"], L["who"]), "",
             label_line, "", L["fix"], fix_text, "", L["feedback"],
             "________________________________", "", L["admins"],
             (L["status"] + sep + code), "", admin_text, "", L["details"],
             ("%s" + sep + "   %s") % (L["created"], us_date(o.date) if lang != "fr" else fr_date_short(o.date)),
             ("%s" + sep + "   %s") % (L["sender"], SENDER), ("%s" + sep + "   %s") % (L["recip"], rtext),
             ("%s" + sep + "   %s") % (L["subj"], o.subject), "", L["errd"],
             ("%s" + sep + "   %s") % (L["reported"], reported), ("%s" + sep + "   %s") % (L["genby"], srv)]
    if remote:
        lines.append(("%s" + sep + "   %s") % (L["remote"], remote))
    lines += ["", L["hops"], L["hopline"], ""]
    t1 = later(o.date, seconds=1)
    hop = us_date if lang != "fr" else fr_date_short
    lines.append("1    %s    %s    %s    Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    1 sec" % (
        hop(t1), OUR_MTA, srv.replace("MB", "MB", 1)))
    lines.append("2    %s    %s    %s    mapi    *" % (hop(d), srv, srv))
    text = "\n".join(lines) + "\n"
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body>\n<div style=\"font-family:'Segoe UI',Frutiger,Arial\">\n"
            "<p style=\"font-size:16pt;color:#000000\"><b>%s</b></p>\n"
            "<p style=\"font-size:11pt\">%s</p>\n"
            "<table><tr><td>relances</td><td>Office 365</td><td>%s</td></tr>\n"
            "<tr><td style=\"color:#c00000\">%s</td><td></td><td>%s</td></tr></table>\n"
            "<p><b>%s</b></p>\n<p>%s</p>\n<hr>\n<p><b>%s</b></p>\n<p>%s: <b>%s</b></p>\n"
            "<p>%s</p>\n<p><b>%s</b><br>%s: %s<br>%s: %s<br>%s: %s<br>%s: %s</p>\n"
            "<p><b>%s</b><br>%s: %s<br>%s: %s</p>\n</div>\n</body>\n</html>\n") % (
        L["head"].format(rcpt=rtext), summary, local, L["action"], L["who"], label_line,
        fix_text.replace("\n", "<br>\n"), L["admins"], L["status"], code,
        admin_text.replace("\n", "<br>\n"), L["details"], L["created"], us_date(o.date),
        L["sender"], SENDER, L["recip"], rtext, L["subj"], o.subject, L["errd"], L["reported"],
        reported, L["genby"], srv)
    alt = multipart("alternative", [text_part(text, "utf-8", text_cte),
                                    text_part(html, "utf-8", "quoted-printable", subtype="html")],
                    boundary="_001_%s_" % rnd(HEXL, 32))
    st = status_dsn or code.split()[-1]
    rep = dsn_block(srv, ["Received-From-MTA: dns;%s" % OUR_MTA,
                          "Arrival-Date: %s" % rfc2822(o.date, UTC, False)],
                    [["Final-recipient: RFC822; %s" % rcpt,
                      "Action: %s" % ("delayed" if delayed else "failed"),
                      "Status: %s" % st] + (["Remote-MTA: dns;%s" % remote] if remote else []) +
                     ["Diagnostic-Code: smtp;%s" % reported] +
                     (["X-Display-Name: %s" % ew(display)] if display else [])])
    rep = rep.replace("Reporting-MTA: dns; ", "Reporting-MTA: dns;")
    parts = [alt, raw_part("Content-Type: message/delivery-status", rep)]
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full()))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers", o.header_block()))
    b = "_000_%s_" % rnd(HEXL, 32)
    mp = multipart("report", parts, boundary=b, params=" report-type=delivery-status;")
    subject = (subject_prefix or L["subject_prefix"]) + o.subject
    h = ["Received: from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n"
         " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
             srv, ip6(), exo_server(), ip6(), R.randrange(7000, 9999), R.randrange(10, 99),
             rfc2822(d, UTC, False)),
         "From: %s <%s@%s>" % ("Microsoft Outlook" if lang == "en" else "Microsoft Outlook",
                               EXO_GUID, tenant_domain),
         "To: <%s>" % SENDER,
         "Date: %s" % rfc2822(d, UTC, False),
         "Subject: %s" % ew(subject),
         "Thread-Topic: %s" % ew(o.subject),
         "Message-ID: <%s@%s>" % ("%s-%s-%s" % (rnd(HEXL, 8), rnd(HEXL, 4), rnd(HEXL, 12)),
                                  srv.lower()),
         "In-Reply-To: %s" % o.msgid,
         "References: %s" % o.msgid,
         "Content-Language: %s" % {"en": "en-US", "fr": "fr-FR", "it": "it-IT"}[lang],
         "X-MS-Has-Attach: yes",
         "X-MS-Exchange-Organization-SCL: -1",
         "X-MS-TNEF-Correlator:",
         "X-MS-Exchange-Message-Is-Ndr:",
         "MIME-Version: 1.0"] + list(extra_hdr) + mp[0]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Exchange 2010 / 2013 on-premises
EX_ONPREM = {
    "en": dict(fail="Delivery has failed to these recipients or groups:",
               diag="Diagnostic information for administrators:",
               gen="Generating server: ", hdrs="Original message headers:",
               prefix="Undeliverable: ", remote="Remote Server returned '{x}'",
               delay="Delivery is delayed to these recipients or groups:",
               delayprefix="Delivery delayed:"),
    "fr": dict(fail="Échec de la remise à ces destinataires ou groupes :",
               diag="Informations de diagnostic pour les administrateurs :",
               gen="Serveur de génération : ", hdrs="En-têtes du message d'origine :",
               prefix="Non remis : ", remote="Le serveur distant a retourné '{x}'",
               delay="La remise à ces destinataires ou groupes est retardée :",
               delayprefix="Remise retardée : "),
    "nl": dict(fail="De bezorging is mislukt voor deze ontvangers of groepen:",
               diag="Diagnostische gegevens voor beheerders:",
               gen="Genererende server: ", hdrs="Oorspronkelijke berichtkoppen:",
               prefix="Onbestelbaar: ", remote="Externe server retourneerde '{x}'",
               delay="De bezorging wordt vertraagd voor deze ontvangers of groepen:",
               delayprefix="Bezorging vertraagd:"),
}


def exch_onprem(o, rcpts, lang, explanation, diag_lines, server, version="2010", d=None,
                attach="rfc822", delay_text=None, status="5.1.1", dsn_diag=None, remote=None,
                charset="utf-8", cte="quoted-printable", dsn=True, return_path="<>"):
    L = EX_ONPREM[lang]
    d = d or later(o.date, minutes=R.randrange(0, 25))
    delayed = delay_text is not None
    lines = [L["delay"] if delayed else L["fail"], ""]
    for a in rcpts:
        if version == "2013":
            lines.append("%s<mailto:%s>" % (a, a))
        else:
            lines.append(a)
        if not delayed:
            lines.append(explanation)
        lines.append("")
    if delayed:
        lines += [("Subject: " if lang == "en" else "Objet : ") + o.subject, "",
                  delay_text, ""]
    lines += [L["diag"], "", L["gen"] + server, ""]
    lines += diag_lines + [""]
    lines += [L["hdrs"], ""]
    text = "\n".join(lines) + "\n" + o.header_block().decode("ascii")
    parts = [text_part(text, charset, cte)]
    h = []
    if return_path is not None:
        h.append("Return-Path: %s" % return_path)
    sub = (L["delayprefix"] if delayed else L["prefix"]) + o.subject
    h += ["Received: from %s (%s) by %s (%s) with Microsoft SMTP Server id %s; %s" % (
        server, ip(), server, ip(), "14.3.%d.0" % R.randrange(100, 500) if version == "2010"
        else "15.0.%d.%d" % (R.randrange(1100, 1500), R.randrange(1, 30)), rfc2822(d, tzname=False)),
        "From: Microsoft Exchange <postmaster@%s>" % rcpts[0].split("@")[1].lower(),
        "To: <%s>" % SENDER,
        "Date: %s" % rfc2822(d, tzname=False),
        "Subject: %s" % ew(sub, charset if charset != "us-ascii" else "utf-8"),
        "Message-ID: <%s@%s>" % (rnd(HEXL, 32), server.lower()),
        "In-Reply-To: %s" % o.msgid, "References: %s" % o.msgid,
        "Thread-Topic: %s" % ew(o.subject),
        "Content-Language: %s" % {"en": "en-US", "fr": "fr-FR", "nl": "nl-NL"}[lang],
        "X-MS-Has-Attach: %s" % ("yes" if attach else ""),
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TNEF-Correlator:",
        "MIME-Version: 1.0"]
    if not dsn:
        h += parts[0][0]
        return "\n".join(h).encode("ascii") + b"\n\n" + parts[0][1]
    rs = []
    for a in rcpts:
        rs.append(["Final-recipient: RFC822; %s" % a, "Action: %s" % ("delayed" if delayed else "failed"),
                   "Status: %s" % status] + (["Remote-MTA: dns;%s" % remote] if remote else [])
                  + ["Diagnostic-Code: smtp;%s" % (dsn_diag or status)])
    rep = dsn_block(server, ["Received-From-MTA: dns;%s" % OUR_MTA,
                             "Arrival-Date: %s" % rfc2822(o.date, tzname=False)], rs)
    rep = rep.replace("Reporting-MTA: dns; ", "Reporting-MTA: dns;")
    parts.append(raw_part("Content-Type: message/delivery-status", rep))
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full()))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers", o.header_block()))
    mp = multipart("report", parts, boundary="_%03d_%s_" % (R.randrange(0, 3), rnd(HEXL, 24)),
                   params=" report-type=delivery-status;")
    h += mp[0]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Gmail / Google Workspace (the company's own mailbox, for hand-sent reminders)
def gmail(o, rcpt, title, lead, response, status, action="failed", diag=None, remote=None,
          d=None, attach="rfc822", retry_h=None, learn=None, subject=None, dsn_diag_type="smtp",
          show_rcpt=True):
    d = d or later(o.date, minutes=R.randrange(0, 10), seconds=R.randrange(60))
    text = "\n** %s **\n\n%s\n\n" % (title, lead)
    if learn:
        text += "Learn more here: https://support.google.example/mail/?p=%s\n\n" % learn
    text += "%s\n%s\n" % ("The response from the remote server was:" if remote else "The response was:",
                          response)
    html = ("<html>\n<head></head>\n<body>\n<div style=\"border:1px solid #e0e0e0\">\n"
            "<h2 style=\"font-size:18px\">%s</h2>\n<p>%s</p>\n<p>%s<br>%s</p>\n</div>\n"
            "</body>\n</html>\n") % (title, lead, "The response from the remote server was:"
                                     if remote else "The response was:", response.replace("\n", "<br>\n"))
    alt = multipart("alternative", [text_part(text, "UTF-8", None, cte_header=False),
                                    text_part(html, "UTF-8", None, subtype="html", cte_header=False)],
                    boundary="000000000000%s" % rnd(HEXL, 16), quote=True)
    rep_lines = ["X-Original-Message-ID: %s" % o.msgid] if R.random() < 0.7 else []
    rr = ["Final-Recipient: rfc822; %s" % rcpt, "Action: %s" % action, "Status: %s" % status]
    if remote:
        rr.append("Remote-MTA: dns; %s. (%s, the server for the domain %s.)" % (
            remote[0], remote[1], rcpt.split("@")[1]))
    if diag:
        rr.append("Diagnostic-Code: %s; %s" % (dsn_diag_type, diag))
    rr.append("Last-Attempt-Date: %s" % rfc2822(d, _dt.timezone(_dt.timedelta(hours=-7)), False))
    if retry_h:
        rr.append("Will-Retry-Until: %s" % rfc2822(later(d, hours=retry_h),
                                                   _dt.timezone(_dt.timedelta(hours=-7)), False))
    rep = dsn_block("googlemail.com".replace(".com", ".example"),
                    ["Received-From-MTA: dns; %s" % SENDER,
                     "Arrival-Date: %s" % rfc2822(o.date, _dt.timezone(_dt.timedelta(hours=-7)), False)]
                    + rep_lines, [rr])
    parts = [alt, raw_part("Content-Type: message/delivery-status", rep)]
    if attach == "rfc822":
        parts.append(raw_part("Content-Type: message/rfc822", o.full(received=True)))
    elif attach == "headers":
        parts.append(raw_part("Content-Type: text/rfc822-headers", o.header_block()))
    b = "000000000000%s" % rnd(HEXL, 16)
    mp = multipart("report", parts, boundary=b, params=" report-type=delivery-status;")
    if subject is None:
        subject = {"failed": "Delivery Status Notification (Failure)",
                   "delayed": "Delivery Status Notification (Delay)"}[action]
    h = ["Delivered-To: %s" % SENDER,
         "Received: by 2002:a05:%s with SMTP id %s;\n        %s" % (
             rnd(HEXL, 4) + ":" + rnd(HEXL, 4), rnd(ALNUM, 16), rfc2822(d, _dt.timezone(_dt.timedelta(hours=-7)), False) + " (PDT)"),
         "Return-Path: <>",
         "Received: from mail-sor-f69.google.example (mail-sor-f69.google.example. [%s])\n"
         "        by mx.google.example with SMTPS id %s\n        for <%s>\n"
         "        (Google Transport Security);\n        %s" % (
             ip(), rnd(ALNUM, 40), SENDER, rfc2822(d, _dt.timezone(_dt.timedelta(hours=-7)), False) + " (PDT)"),
         "MIME-Version: 1.0"] + mp[0] + [
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
        "To: %s" % SENDER,
        "Auto-Submitted: auto-replied",
        "Subject: %s" % subject,
        "References: %s" % o.msgid, "In-Reply-To: %s" % o.msgid,
        "X-Failed-Recipients: %s" % rcpt if action == "failed" and show_rcpt else None,
        "Message-ID: <%s.%s.%s@mx.google.example>" % (rnd(HEXL, 8), rnd(ALNUM, 8), rnd(HEXL, 6)),
        "Date: %s" % rfc2822(d, _dt.timezone(_dt.timedelta(hours=-7)), False) + " (PDT)"]
    h = [x for x in h if x]
    return "\n".join(h).encode("ascii") + b"\n\n" + mp[1]


# ==========================================================================
# Simple single-part notices (many proprietary servers)
def simple(frm, subject, d, text, charset="us-ascii", cte="7bit", return_path="<>",
           received=None, auto=None, extra=(), mime=True, to=SENDER, attach_bytes=None,
           attach_ct="message/rfc822", mid_host=None, order="std", body_extra=b""):
    h = hdrs(d, frm, subject, to=to, return_path=return_path, received=received, auto=auto,
             extra=extra, order=order,
             mid="<%s@%s>" % (rnd(HEXL, 16), mid_host) if mid_host else None)
    h = [x for x in h if x]
    if attach_bytes is not None:
        mp = multipart("mixed", [text_part(text, charset, cte),
                                 raw_part("Content-Type: %s" % attach_ct, attach_bytes,
                                          ["Content-Disposition: attachment"] if R.random() < 0.5 else [])],
                       preamble="This is a multi-part message in MIME format.\n")
        return render(h, mp)
    if not mime:
        return "\n".join(h).encode("ascii") + b"\n\n" + text.encode(charset) + body_extra
    p = text_part(text, charset, cte)
    return render(h, (p[0], p[1] + body_extra))


def report(frm, subject, d, text, recips, reporting, attach_bytes=None, attach="rfc822",
           charset="us-ascii", cte="7bit", return_path="<>", received=None, auto=None, extra=(),
           permsg=(), html=None, mid_host=None, rep_type="dns", text_extra=()):
    rep = dsn_block(reporting, permsg, recips, rep_type=rep_type)
    first = text_part(text, charset, cte, extra=text_extra)
    if html:
        first = multipart("alternative", [first, text_part(html, charset, "quoted-printable",
                                                           subtype="html")])
    parts = [first, raw_part("Content-Type: message/delivery-status", rep)]
    if attach_bytes is not None:
        parts.append(raw_part("Content-Type: %s" % ("message/rfc822" if attach == "rfc822"
                                                     else "text/rfc822-headers"), attach_bytes))
    mp = multipart("report", parts, params=" report-type=delivery-status;")
    h = hdrs(d, frm, subject, return_path=return_path, received=received, auto=auto, extra=extra,
             mid="<%s@%s>" % (rnd(HEXL, 16), mid_host) if mid_host else None)
    h = [x for x in h if x]
    return render(h, mp)

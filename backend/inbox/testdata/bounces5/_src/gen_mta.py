# -*- coding: utf-8 -*-
"""Builders for classic Unix MTAs: Postfix, Exim, qmail, Sendmail, Courier.

Every builder returns (raw_text_with_LF, charset_of_8bit_parts_or_None, label).
"""
from common import *  # noqa


def L(kind, rcpt, system, note, permanent=None, bounce=True):
    if permanent is None:
        permanent = kind not in ("delayed",)
    return {"bounce": bounce, "kind": kind, "permanent": bool(permanent),
            "recipient": rcpt.lower() if bounce else "", "system": system, "note": note}


def rpt_ct(b, rtype="delivery-status", quote=True):
    return 'multipart/report; report-type=%s;\n\tboundary=%s' % (rtype, '"%s"' % b if quote else b)


# ==========================================================================
# POSTFIX
# ==========================================================================
PF_EN = {
    "fail_subject": "Undelivered Mail Returned to Sender",
    "delay_subject": "Delayed Mail (still being retried)",
    "intro": "This is the mail system at host {host}.\n\n",
    "fail": ("I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"),
    "delay": ("####################################################################\n"
              "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
              "####################################################################\n\n"
              "Your message could not be delivered for more than {hours} hour(s).\n"
              "It will be retried until it is {days} day(s) old.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"),
    "d_notif": "Notification", "d_report": "Delivery report",
    "d_msg": "Undelivered Message", "d_hdr": "Undelivered Message Headers",
    "sig_from": "MAILER-DAEMON@{host} (Mail Delivery System)",
}
PF_FR = {
    "fail_subject": "Message non remis : retour à l'expéditeur",
    "delay_subject": "Message retardé (nouvelles tentatives en cours)",
    "intro": "Ceci est le système de messagerie de l'hôte {host}.\n\n",
    "fail": ("J'ai le regret de vous informer que votre message n'a pas pu\n"
             "être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
             "Pour obtenir de l'aide, écrivez au postmaster.\n\n"
             "Dans ce cas, joignez ce rapport d'erreur. Vous pouvez supprimer\n"
             "votre propre texte du message retourné ci-joint.\n\n"
             "                   Le système de messagerie\n\n"),
    "delay": ("####################################################################\n"
              "# CECI EST UN SIMPLE AVERTISSEMENT. VOUS N'AVEZ PAS À RENVOYER LE  #\n"
              "# MESSAGE.                                                         #\n"
              "####################################################################\n\n"
              "Votre message n'a pas pu être remis depuis plus de {hours} heure(s).\n"
              "De nouvelles tentatives auront lieu jusqu'à ce qu'il ait {days} jour(s).\n\n"
              "Pour obtenir de l'aide, écrivez au postmaster.\n\n"
              "                   Le système de messagerie\n\n"),
    "d_notif": "Notification", "d_report": "Rapport de remise",
    "d_msg": "Message non remis", "d_hdr": "En-têtes du message non remis",
    "sig_from": "MAILER-DAEMON@{host} (Système de distribution du courrier)",
}


def postfix(c, kind, diag_line, status, remote=None, remote_ip=None, action="failed",
            host=CO_MX, lang="en", attach="rfc822", orig_rcpt=True, rcpt_case=None,
            extra_rcpts=(), return_path=True, version="3.7", system="Postfix",
            note="", to=CO_FROM, dsn_diag=None, hours=4, permanent=None,
            auto=True, forward_from=None, charset=None, xfields=True,
            original_kw=None, bounce_delay_min=2):
    T = PF_FR if lang == "fr" else PF_EN
    qid = postfix_qid(long=(version >= "3" and host != CO_MX))
    bdate = later(c.sent, minutes=bounce_delay_min) if action == "failed" else later(c.sent, hours=hours, minutes=R.randint(1, 9))
    if kind == "expired":
        bdate = later(c.sent, days=5, minutes=R.randint(3, 50))
    b = "%s.%d/%s" % (qid, 1780000000 + R.randint(0, 25000000), host)
    rc = rcpt_case or c.rcpt
    text = T["intro"].format(host=host)
    text += (T["delay"] if action == "delayed" else T["fail"]).format(hours=hours, days=5)
    if forward_from:
        text += "<%s> (expanded from <%s>): %s\n" % (rc, forward_from, diag_line)
    else:
        text += "<%s>: %s\n" % (rc, diag_line)
    for (r2, d2, s2) in extra_rcpts:
        text += "\n<%s>: %s\n" % (r2, d2)
    cs = charset or ("utf-8" if lang == "fr" else "us-ascii")
    cte = "8bit" if cs != "us-ascii" else "7bit"
    parts = [text_part(text, cs, cte, desc=T["d_notif"]).replace(
        "Content-Transfer-Encoding: 7bit\n", "")]
    mf = [("Reporting-MTA", "dns; " + host)]
    if xfields:
        mf += [("X-Postfix-Queue-ID", c.qid if host == CO_MX else qid), ("X-Postfix-Sender", "rfc822; " + CO_FROM)]
    mf.append(("Arrival-Date", rfcdate(c.sent, tzname=True)))
    dd = dsn_diag or diag_line
    rlist = []
    allr = [(c.rcpt if not forward_from else c.rcpt, dd, status)] + list(extra_rcpts)
    for i, (r, d, s) in enumerate(allr):
        fields = [("Final-Recipient", "rfc822; " + (rc if i == 0 else r))]
        if orig_rcpt:
            fields.append(("Original-Recipient", "rfc822;" + (forward_from if (forward_from and i == 0) else (rc if i == 0 else r))))
        fields += [("Action", action), ("Status", s)]
        if remote:
            fields.append(("Remote-MTA", "dns; " + remote))
        if action == "delayed":
            fields.append(("Will-Retry-Until", rfcdate(later(c.sent, days=5), tzname=True)))
        if d:
            kindtag = "smtp" if ("said:" in d or "in reply to" in d) else "X-Postfix"
            dtext = d
            if kindtag == "smtp":
                dtext = d.split("said: ", 1)[-1].rsplit(" (in reply to", 1)[0]
            fields.append(("Diagnostic-Code", "%s; %s" % (kindtag, dtext)))
        rlist.append(fields)
    parts.append("Content-Description: %s\nContent-Type: message/delivery-status\n\n%s" % (
                     T["d_report"], dsn_body(mf, rlist)))
    ok = original_kw or {}
    if attach == "rfc822":
        parts.append("Content-Description: %s\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n%s" % (
            T["d_msg"], orig_message(c, **ok)))
    elif attach == "headers":
        parts.append("Content-Description: %s\nContent-Type: text/rfc822-headers\n\n%s" % (
            T["d_hdr"], orig_headers(c, **ok)))
    top = []
    if return_path:
        top.append(("Return-Path", "<>"))
    top.append(("Received", "by %s (Postfix)\n\tid %s; %s" % (host, qid, rfcdate(bdate, tzname=True))))
    top.append(("Date", rfcdate(bdate, tzname=True)))
    top.append(("From", T["sig_from"].format(host=host) if lang != "fr" else
                "MAILER-DAEMON@%s (=?utf-8?q?Syst=C3=A8me_de_distribution_du_courrier?=)" % host))
    top.append(("Subject", enc_header(T["delay_subject"] if action == "delayed" else T["fail_subject"])))
    top.append(("To", to))
    if auto:
        top.append(("Auto-Submitted", "auto-replied"))
    top.append(("MIME-Version", "1.0"))
    top.append(("Content-Type", rpt_ct(b)))
    top.append(("Content-Transfer-Encoding", "8bit"))
    top.append(("Message-Id", "<%s.%s@%s>" % (bdate.strftime("%Y%m%d%H%M%S"), qid, host)))
    raw = headers(top) + "\n" + multipart(parts, b, preamble="This is a MIME-encapsulated message.\n")
    sysname = system if system != "Postfix" else "Postfix %s%s" % (version, " (French bounce template)" if lang == "fr" else "")
    return raw, (cs if cte == "8bit" else None), L(kind, c.rcpt, sysname, note, permanent)


def forward_target(c, f):
    return c.rcpt


# ==========================================================================
# EXIM
# ==========================================================================
def exim_classic(c, kind, addr_block, host, subject=None, warn_hours=None,
                 return_path=True, note="", system="Exim 4 (classic bounce)",
                 auto=True, include="full", lang="en", rcpt_case=None, permanent=None,
                 extra_headers=(), brand_footer=None):
    """Exim without DSN: a single text/plain message, original appended inline."""
    eid = exim_id()
    if warn_hours:
        bdate = later(c.sent, hours=warn_hours, minutes=R.randint(0, 20))
        subj = subject or "Warning: message %s delayed %d hours" % (c.qid if False else eid, warn_hours)
        body = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than %d hours on the queue on %s.\n\n"
                "The message identifier is:     %s\n"
                "The subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                "%s\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n") % (
            warn_hours, host, eid, c.subject, rfcdate(c.sent), addr_block)
    else:
        bdate = later(c.sent, minutes=R.randint(1, 30)) if kind != "expired" else later(c.sent, days=4, hours=R.randint(1, 20))
        subj = subject or "Mail delivery failed: returning message to sender"
        body = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                "%s\n") % addr_block
        if include == "full":
            body += "------ This is a copy of the message, including all the headers. ------\n\n"
            body += orig_message(c, rcpt_case=rcpt_case)
        elif include == "headers":
            body += "------ This is a copy of the message's headers. ------\n\n"
            body += orig_headers(c, rcpt_case=rcpt_case)
    if brand_footer:
        body += brand_footer
    top = []
    if return_path:
        top.append(("Return-path", "<>"))
    top.append(("Envelope-to", CO_FROM))
    top.append(("Delivery-date", rfcdate(later(bdate, seconds=3))))
    top.append(("Received", "from mail by %s with local (Exim 4.9%d)\n\tid %s\n\tfor %s; %s" % (
        host, R.randint(5, 8), exim_id(), CO_FROM, rfcdate(bdate))))
    top.append(("X-Failed-Recipients", None if warn_hours else (rcpt_case or c.rcpt)))
    if auto:
        top.append(("Auto-Submitted", "auto-replied"))
    top.append(("From", "Mail Delivery System <Mailer-Daemon@%s>" % host))
    top.append(("To", CO_FROM))
    top.append(("Subject", enc_header(subj)))
    top.append(("Message-Id", "<E%s@%s>" % (exim_id(), host)))
    top.append(("Date", rfcdate(bdate)))
    top += list(extra_headers)
    cs8 = None
    try:
        (body).encode("ascii")
        top += [("Content-Type", "text/plain; charset=us-ascii")] if R.random() < 0.4 else []
    except UnicodeEncodeError:
        top += [("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit")]
        cs8 = "utf-8"
    raw = headers(top) + "\n" + body
    return raw, cs8, L(kind, c.rcpt, system, note, permanent)


def exim_dsn(c, kind, addr_block, status, diag, host, remote=None, action="failed",
             note="", system="Exim 4.97 (with DSN, multipart/report)", attach="rfc822",
             warn_hours=None, return_path=True, permanent=None, xexim=None,
             subject=None, rcpt_in_report=True, forwarded_from=None):
    eid = exim_id(new=True)
    b = "%d-eximdsn-%d" % (1780000000 + R.randint(0, 25000000), R.randint(10 ** 9, 2 * 10 ** 9))
    if warn_hours:
        bdate = later(c.sent, hours=warn_hours, minutes=R.randint(0, 20))
        txt = ("This message was created automatically by mail delivery software.\n"
               "A message that you sent has not yet been delivered to one or more of its\n"
               "recipients after more than %d hours on the queue on %s.\n\n"
               "The message identifier is:     %s\n"
               "The subject of the message is: %s\n"
               "The date of the message is:    %s\n\n"
               "The address to which the message has not yet been delivered is:\n\n%s\n"
               "No action is required on your part. Delivery attempts will continue for\n"
               "some time, and this warning may be repeated at intervals if the message\n"
               "remains undelivered. Eventually the mail delivery software will give up,\n"
               "and when that happens, the message will be returned to you.\n") % (
            warn_hours, host, eid, c.subject, rfcdate(c.sent), addr_block)
        subj = subject or "Warning: message %s delayed %d hours" % (eid, warn_hours)
    else:
        bdate = later(c.sent, minutes=R.randint(1, 40)) if kind != "expired" else later(c.sent, days=4, hours=R.randint(1, 20))
        txt = ("This message was created automatically by mail delivery software.\n\n"
               "A message that you sent could not be delivered to one or more of its\n"
               "recipients. This is a permanent error. The following address(es) failed:\n\n%s\n") % addr_block
        subj = subject or "Mail delivery failed: returning message to sender"
    cs8 = None
    try:
        txt.encode("ascii")
        p1 = text_part(txt, "us-ascii", "7bit")
    except UnicodeEncodeError:
        p1 = text_part(txt, "utf-8", "8bit")
        cs8 = "utf-8"
    rf = [("Reporting-MTA", "dns; " + host)]
    rr = []
    fr = [("Action", action)]
    if rcpt_in_report:
        fr.insert(0, ("Final-Recipient", "rfc822;" + c.rcpt))
        if forwarded_from:
            fr.insert(0, ("Original-Recipient", "rfc822;" + forwarded_from))
    else:
        fr.insert(0, ("Final-Recipient", "rfc822;" + (forwarded_from or "unknown")))
    fr.append(("Status", status))
    if remote:
        fr.append(("Remote-MTA", "dns; " + remote))
    fr.append(("Diagnostic-Code", diag))
    if xexim:
        fr.append(("X-Exim-Diagnostic", xexim))
    if action == "delayed":
        fr.append(("Will-Retry-Until", rfcdate(later(c.sent, days=4))))
    rr.append(fr)
    p2 = "Content-Type: message/delivery-status\n\n" + dsn_body(rf, rr, sep="")
    parts = [p1, p2]
    if attach == "rfc822":
        parts.append("Content-Type: message/rfc822\n\n" + orig_message(c))
    elif attach == "headers":
        parts.append("Content-Type: text/rfc822-headers\n\n" + orig_headers(c))
    top = []
    if return_path:
        top.append(("Return-path", "<>"))
    top.append(("Envelope-to", CO_FROM))
    top.append(("Received", "from mail by %s with local (Exim 4.97.1)\n\tid %s\n\tfor %s;\n\t%s" % (
        host, exim_id(new=True), CO_FROM, rfcdate(bdate))))
    if action == "failed":
        top.append(("X-Failed-Recipients", c.rcpt if rcpt_in_report else (forwarded_from or c.rcpt)))
    top.append(("Auto-Submitted", "auto-replied"))
    top.append(("From", "Mail Delivery System <Mailer-Daemon@%s>" % host))
    top.append(("To", CO_FROM))
    top.append(("Content-Type", rpt_ct(b)))
    top.append(("MIME-Version", "1.0"))
    top.append(("Subject", subj))
    top.append(("Message-Id", "<E%s@%s>" % (exim_id(new=True), host)))
    top.append(("Date", rfcdate(bdate)))
    raw = headers(top) + "\n" + multipart(parts, b)
    return raw, cs8, L(kind, c.rcpt, system, note, permanent)


# ==========================================================================
# QMAIL / NETQMAIL
# ==========================================================================
def qmail(c, kind, host, reason_lines, note="", system="qmail 1.03 (qmail-send)",
          return_path=True, expired=False, tail="copy", ip_=None):
    bdate = later(c.sent, minutes=R.randint(1, 15)) if not expired else later(c.sent, days=7, minutes=R.randint(1, 40))
    body = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n") % (host, c.rcpt, reason_lines)
    if expired:
        body += "I'm not going to try again; this message has been in the queue too long.\n"
    body += "\n--- Below this line is a copy of the message.\n\n"
    if tail == "copy":
        body += orig_message(c)
    else:
        body += orig_headers(c)
    top = []
    if return_path:
        top.append(("Return-Path", "<>"))
    top.append(("Delivered-To", CO_FROM))
    top.append(("Received", "(qmail %d invoked for bounce); %s" % (R.randint(1000, 99999), rfcdate(bdate, off_h=0, tzname=False).replace("+0000", "-0000"))))
    top.append(("Date", rfcdate(bdate, off_h=0).replace("+0000", "-0000")))
    top.append(("From", "MAILER-DAEMON@" + host))
    top.append(("To", CO_FROM))
    top.append(("Subject", "failure notice"))
    raw = headers(top) + "\n" + body
    cs8 = None
    try:
        raw.encode("ascii")
    except UnicodeEncodeError:
        cs8 = "utf-8"
    return raw, cs8, L(kind, c.rcpt, system, note)


# ==========================================================================
# SENDMAIL
# ==========================================================================
def sendmail(c, kind, host, remote, section, transcript, status, diag, action="failed",
             note="", system="Sendmail 8.17", attach="headers", warn_hours=None,
             return_path=True, remote_ip=None, expired_days=None):
    bdate = later(c.sent, minutes=R.randint(1, 20))
    if warn_hours:
        bdate = later(c.sent, hours=warn_hours, minutes=R.randint(1, 30))
    if expired_days:
        bdate = later(c.sent, days=expired_days, minutes=R.randint(1, 30))
    qid = sendmail_qid(bdate)
    oqid = sendmail_qid(c.sent)
    b = "%s.%d/%s" % (qid, 1780000000 + R.randint(0, 25000000), host)
    txt = "The original message was received at %s\nfrom %s [192.0.2.41]\n\n" % (
        rfcdate(c.sent, tzname=True), CO_MX)
    if warn_hours:
        txt = ("**********************************************\n"
               "**      THIS IS A WARNING MESSAGE ONLY      **\n"
               "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
               "**********************************************\n\n") + txt
    txt += "   ----- %s -----\n%s\n\n" % (section, "<%s>" % c.rcpt)
    txt += "   ----- Transcript of session follows -----\n" + transcript
    rf = [("Reporting-MTA", "dns; " + host), ("Received-From-MTA", "DNS; " + CO_MX),
          ("Arrival-Date", rfcdate(c.sent))]
    fr = [("Final-Recipient", "RFC822; " + c.rcpt), ("Action", action), ("Status", status)]
    if remote:
        fr.append(("Remote-MTA", "DNS; " + remote))
    if diag:
        fr.append(("Diagnostic-Code", "SMTP; " + diag))
    fr.append(("Last-Attempt-Date", rfcdate(bdate)))
    if action == "delayed":
        fr.append(("Will-Retry-Until", rfcdate(later(c.sent, days=5))))
    parts = [text_part(txt, "us-ascii", "7bit").replace("Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n", ""),
             "Content-Type: message/delivery-status\n\n" + dsn_body(rf, [fr], sep=" ").replace("rfc822 ", "")]
    if attach == "headers":
        parts.append("Content-Type: text/rfc822-headers\n\n" + orig_headers(c))
    elif attach == "rfc822":
        parts.append("Content-Type: message/rfc822\n\n" + orig_message(c))
    subj = "Returned mail: see transcript for details"
    if warn_hours:
        subj = "Warning: could not send message for past %d hours" % warn_hours
    top = []
    if return_path:
        top.append(("Return-Path", "<MAILER-DAEMON>"))
    top += [("Received", "from localhost (localhost)\n\tby %s (8.17.2/8.17.2) id %s;\n\t%s" % (host, qid, rfcdate(bdate))),
            ("Date", rfcdate(bdate)),
            ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host),
            ("Message-Id", "<%s.%s@%s>" % (bdate.strftime("%Y%m%d%H%M"), qid, host)),
            ("To", "<%s>" % CO_FROM),
            ("MIME-Version", "1.0"),
            ("Content-Type", rpt_ct(b)),
            ("Subject", subj),
            ("Auto-Submitted", "auto-generated (failure)" if not warn_hours else "auto-generated (warning-timeout)")]
    raw = headers(top) + "\n" + multipart(parts, b, preamble="This is a MIME-encapsulated message\n")
    return raw, None, L(kind, c.rcpt, system, note)


# ==========================================================================
# COURIER
# ==========================================================================
def courier(c, kind, host, remote, remote_ip, dialog, status, diag, action="failed",
            note="", system="Courier MTA 1.x", return_path=True):
    bdate = later(c.sent, minutes=R.randint(1, 30)) if action == "failed" else later(c.sent, hours=R.choice([2, 6, 24]))
    b = "=_courier-%d-%d-%04d" % (R.randint(10000, 99999), 1780000000 + R.randint(0, 25000000), R.randint(0, 9999))
    head = ("This is a delivery status notification from %s,\n"
            "running the Courier mail server, version 1.3.%d.\n\n"
            "The original message was received on %s\n"
            "from %s [192.0.2.41]\n\n"
            "---------------------------------------------------------------------------\n\n") % (
        host, R.randint(5, 13), rfcdate(c.sent), CO_MX)
    if action == "failed":
        head += ("                           UNDELIVERABLE MAIL\n\n"
                 "Your message to the following recipients cannot be delivered:\n\n")
    else:
        head += ("                              DELAYED MAIL\n\n"
                 "Your message to the following recipients has been delayed. Delivery\n"
                 "attempts are still being made. You do not need to resend it.\n\n")
    head += "<%s>:\n    %s [%s]:\n%s\n" % (c.rcpt, remote, remote_ip, dialog)
    head += ("---------------------------------------------------------------------------\n\n"
             "If your message was also sent to additional recipients, their delivery\n"
             "status is not included in this report.  You may or may not receive\n"
             "other delivery status notifications for additional recipients.\n\n"
             "The original message follows as a separate attachment.\n")
    rf = [("Reporting-MTA", "dns; " + host), ("Arrival-Date", rfcdate(c.sent))]
    fr = [("Final-Recipient", "rfc822; " + c.rcpt), ("Action", action), ("Status", status),
          ("Remote-MTA", "dns; " + remote), ("Diagnostic-Code", "smtp; " + diag)]
    parts = [text_part(head, "us-ascii", "7bit"),
             "Content-Type: message/delivery-status\nContent-Transfer-Encoding: 7bit\n\n" + dsn_body(rf, [fr]),
             "Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n" + orig_message(c)]
    top = []
    if return_path:
        top.append(("Return-Path", "<>"))
    top += [("From", "Courier mail server at %s <@>" % host),
            ("To", CO_FROM),
            ("Subject", "NOTICE: mail delivery status."),
            ("Mime-Version", "1.0"),
            ("Content-Type", rpt_ct(b)),
            ("Content-Transfer-Encoding", "7bit"),
            ("Date", rfcdate(bdate)),
            ("Message-ID", "<courier.%s.%08X@%s>" % (rnd(HEX, 8), R.randint(0, 2 ** 32 - 1), host))]
    raw = headers(top) + "\n" + multipart(parts, b, preamble="This is a MIME-formatted message.  If you see this text it means that your\nE-mail software does not support MIME-formatted messages.\n")
    return raw, None, L(kind, c.rcpt, system, note)

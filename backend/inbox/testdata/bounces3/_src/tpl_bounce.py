"""Delivery-failure / delay notice templates, one function per mail system family."""
from common import *  # noqa
import diags


class C:
    """Context for one notice."""

    def __init__(self, seed, o, diag, rcpt=None, attach="full", day=None, hour=None, **kw):
        self.seed = seed
        self.o = o
        self.rcpt = rcpt or o.to  # as it appears in the notice (may differ in case)
        self.status, self.diag, self.rmx, self.rip = diags.get(diag, self.rcpt)
        self.attach = attach
        od = o.date
        import datetime as _d
        self.date = od + _d.timedelta(seconds=kw.get("offset_s", 9 + seed * 37 % 400))
        self.dom = self.rcpt.split("@")[1].lower()
        self.kw = kw
        self.bnd = "=_%s" % hid("bnd", seed)[:24]
        self.bnd2 = "=_alt_%s" % hid("bnd2", seed)[:20]
        self.qid = o.qid

    def get(self, k, d=None):
        return self.kw.get(k, d)


def pfwrap(text, width=72):
    """Wrap the last paragraph the way Postfix does (4-space continuation)."""
    import textwrap
    head, sep, last = text.rstrip("\n").rpartition("\n\n")
    flat = " ".join(l.strip() for l in last.split("\n"))
    wrapped = textwrap.fill(flat, width=width, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)
    return head + sep + wrapped + "\n"


def _remote_line(c):
    return "Remote-MTA: dns; %s\n" % c.rmx if c.rmx else ""


def dsn_part(c, mta, action="failed", arrival=None, extra_msg="", extra_rcpt="", diag_type="smtp", orcpt=True,
             diag=None, last_attempt=True, will_retry=None, rcpt_case=None, rcpts=None):
    r = rcpt_case or c.rcpt
    arrival = arrival or c.o.date
    s = "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    s += "Reporting-MTA: dns; %s\n" % mta
    s += extra_msg
    s += "Arrival-Date: %s\n" % rfcdate(arrival)
    items = rcpts or [(r, action, c.status, diag if diag is not None else c.diag)]
    for (rr, act, st, dg) in items:
        s += "\n"
        if orcpt:
            s += "Original-Recipient: rfc822;%s\n" % rr
        s += "Final-Recipient: rfc822; %s\n" % rr
        s += "Action: %s\n" % act
        s += "Status: %s\n" % st
        if c.rmx and diag_type == "smtp":
            s += _remote_line(c)
        dtext = dg.replace("\n", "\n")
        s += "Diagnostic-Code: %s; %s\n" % (diag_type, dtext)
        if last_attempt:
            s += "Last-Attempt-Date: %s\n" % rfcdate(c.date)
        if will_retry:
            s += "Will-Retry-Until: %s\n" % rfcdate(will_retry)
        s += extra_rcpt
    return s


def orig_part(c, how=None, desc=True):
    how = how or c.attach
    if how == "full":
        return ("Content-Description: Undelivered Message\n" if desc else "") + \
            "Content-Type: message/rfc822\n\n" + c.o.full()
    if how == "headers":
        return ("Content-Description: Undelivered Message Headers\n" if desc else "") + \
            "Content-Type: text/rfc822-headers\n\n" + c.o.headers()
    return None


def report(c, hdrs, human, dsn, orig=None, human_ct="text/plain; charset=us-ascii", human_cte=None, pre=None):
    parts = []
    ph = "Content-Description: Notification\nContent-Type: %s\n" % human_ct
    if human_cte:
        ph += "Content-Transfer-Encoding: %s\n" % human_cte
    parts.append(ph + "\n" + human)
    if pre:
        parts = [pre]
    parts.append(dsn)
    if orig:
        parts.append(orig)
    body = "This is a MIME-encapsulated message.\n\n"
    for p in parts:
        body += "--%s\n%s\n" % (c.bnd, p.rstrip("\n") + "\n")
    body += "--%s--\n" % c.bnd
    h = hdrs.rstrip("\n") + "\n"
    h += "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\n" % c.bnd
    return h + "\n" + body


def subj(o, prefix):
    s = prefix + o.subject
    return h2047q(s) if not s.isascii() else s


def msgid(c, dom):
    return "<%s.%s@%s>" % (c.date.strftime("%Y%m%d%H%M%S"), qid("m" + str(c.seed), 12), dom)


# ------------------------------------------------------------------ Postfix
def postfix(c, host=OUR_MTA, lang="en", delay=False, brand=None, frm=None, auto=False, to=ME, charset=None, subject=None):
    if charset:
        c.kw["charset"] = charset
    if subject:
        c.kw["subject"] = subject
    remote = ("host %s[%s] said: %s (in reply to RCPT TO command)" % (c.rmx, c.rip, c.diag.split(" ", 1)[1].replace("\n ", "\n    ") if False else c.diag)) if c.rmx else c.diag
    if c.rmx:
        remote = "host %s[%s] said: %s (in reply to %s command)" % (
            c.rmx, c.rip, c.diag.replace("\n ", "\n    "), c.get("cmd", "RCPT TO"))
    b = brand or "Postfix program"
    if lang == "en":
        if not delay:
            subject = "Undelivered Mail Returned to Sender"
            human = ("This is the mail system at host %s.\n\n"
                     "I'm sorry to have to inform you that your message could not\n"
                     "be delivered to one or more recipients. It's attached below.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n<%s>: %s\n") % (host, c.rcpt, remote)
        else:
            subject = "Delayed Mail (still being retried)"
            human = ("This is the mail system at host %s.\n\n"
                     "####################################################################\n"
                     "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                     "####################################################################\n\n"
                     "Your message could not be delivered for more than 4 hour(s).\n"
                     "It will be retried until it is 5 day(s) old.\n\n"
                     "For further assistance, please send mail to postmaster.\n\n"
                     "If you do so, please include this problem report. You can\n"
                     "delete your own text from the attached returned message.\n\n"
                     "                   The mail system\n\n<%s>: %s\n") % (host, c.rcpt, remote)
        cs = "us-ascii"
    else:
        if not delay:
            subject = c.get("subject", "Message non délivré")
            human = ("Ceci est le système de messagerie du serveur %s.\n\n"
                     "Nous sommes désolés de vous informer que votre message n'a pas pu\n"
                     "être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\n"
                     "Pour toute assistance, écrivez au postmaster.\n\n"
                     "Si vous le faites, merci d'inclure ce rapport. Vous pouvez supprimer\n"
                     "votre propre texte du message retourné.\n\n"
                     "                   Le système de messagerie\n\n<%s>: %s\n") % (host, c.rcpt, remote)
        else:
            subject = c.get("subject", "Message retardé (nouvelles tentatives en cours)")
            human = ("Ceci est le système de messagerie du serveur %s.\n\n"
                     "##################################################################\n"
                     "# CECI EST UN SIMPLE AVERTISSEMENT. INUTILE DE RENVOYER LE MESSAGE. #\n"
                     "##################################################################\n\n"
                     "Votre message n'a pas pu être remis depuis plus de 4 heure(s).\n"
                     "De nouvelles tentatives auront lieu jusqu'à ce qu'il ait 5 jour(s).\n\n"
                     "                   Le système de messagerie\n\n<%s>: %s\n") % (host, c.rcpt, remote)
        cs = c.get("charset", "utf-8")
    frm = frm or "MAILER-DAEMON@%s (Mail Delivery System)" % host
    hdrs = ""
    if c.get("rp", True):
        hdrs += "Return-Path: <>\n"
    hdrs += ("Received: by %s (Postfix)\n\tid %s; %s\n" % (host, qid("b" + str(c.seed)), rfcdate(c.date)) +
             "Date: %s\nFrom: %s\nSubject: %s\nTo: %s\n" % (rfcdate(c.date), frm, h2047q(subject, cs) if not subject.isascii() else subject, to))
    if auto:
        hdrs += "Auto-Submitted: auto-replied\n"
    hdrs += "Message-Id: <%s.%s@%s>\n" % (rfcdate(c.date)[5:16].replace(" ", ""), qid("b" + str(c.seed)), host)
    extra = "X-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n" % (c.qid, ME)
    dsn = dsn_part(c, host, action="delayed" if delay else "failed", extra_msg=extra,
                   diag_type="smtp" if c.rmx else "X-Postfix",
                   will_retry=c.date.replace(day=min(c.date.day + 5, 31)) if delay else None)
    human = pfwrap(human)
    human_cte = "8bit" if cs != "us-ascii" else None
    return report(c, hdrs, human, dsn, orig_part(c), human_ct="text/plain; charset=%s" % cs, human_cte=human_cte), cs


# ------------------------------------------------------------------ Exim
def exim(c, host=OUR_MTA, delay=False, cpanel=False, generated_from=None, frm=None, dsn=False, to=ME):
    rcpt_line = "  %s\n" % c.rcpt
    if generated_from:
        rcpt_line = "  %s\n    (generated from %s)\n" % (c.rcpt, generated_from)
    if c.rmx:
        detail = "    host %s [%s]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    %s\n" % (
            c.rmx, c.rip, c.rcpt, c.diag.replace("\n ", "\n    "))
    else:
        detail = "    %s\n" % c.diag
    if not delay:
        subject = "Mail delivery failed: returning message to sender"
        text = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                + rcpt_line + detail)
        if c.get("retry_timeout"):
            text = text.replace("This is a permanent error. ", "")
    else:
        eid = "1v%s-%s-%s" % (qid("e" + str(c.seed), 4, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                              qid("f" + str(c.seed), 6, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                              qid("g" + str(c.seed), 2, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        subject = "Warning: message %s delayed 24 hours" % eid
        text = ("This message was created automatically by mail delivery software.\n"
                "A message that you sent has not yet been delivered to one or more of its\n"
                "recipients after more than 24 hours on the queue on %s.\n\n"
                "The message identifier is:     %s\n"
                "The subject of the message is: %s\n"
                "The date of the message is:    %s\n\n"
                "The address to which the message has not yet been delivered is:\n\n"
                "  %s\n    Delay reason: %s\n\n"
                "No action is required on your part. Delivery attempts will continue for\n"
                "some time, and this warning may be repeated at intervals if the message\n"
                "remains undelivered. Eventually the mail delivery software will give up,\n"
                "and when that happens, the message will be returned to you.\n") % (
            host, subject.split()[2], c.o.subject if c.o.subject.isascii() else h2047q(c.o.subject).replace("\n ", " "), rfcdate(c.o.date), c.rcpt, c.diag.replace("\n ", "\n    "))
    frm = frm or "Mail Delivery System <Mailer-Daemon@%s>" % host
    hdrs = "Return-path: <>\n"
    hdrs += "Envelope-to: %s\nDelivery-date: %s\n" % (ME, rfcdate(c.date))
    hdrs += "Received: from mailnull by %s with local (Exim 4.97.1)\n\tid %s-%s-%s\n\tfor %s; %s\n" % (
        host, qid("x" + str(c.seed), 6, "0123456789abcdefghijklmnopqrstuvwxyzABCDEF"), qid("y" + str(c.seed), 6, "0123456789abcdefghijkmnop"), qid("z" + str(c.seed), 2, "0123456789"), ME, rfcdate(c.date))
    if not delay:
        hdrs += "X-Failed-Recipients: %s\n" % c.rcpt
    hdrs += "Auto-Submitted: auto-replied\nFrom: %s\nTo: %s\n" % (frm, to)
    if cpanel:
        hdrs += "References: %s\n" % c.o.msgid
    hdrs += "Subject: %s\nMessage-Id: <E1v%s-000%s-4a@%s>\nDate: %s\n" % (
        subject, qid("i" + str(c.seed), 5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"), qid("k" + str(c.seed), 2, "0123456789"), host, rfcdate(c.date))
    if dsn:
        dsnp = dsn_part(c, host, action="delayed" if delay else "failed", diag_type="smtp",
                        extra_rcpt=("X-Exim-Diagnostic: X-str; %s\n" % c.diag.split("\n")[0]) if c.rmx else "")
        if not c.rmx:
            dsnp = dsnp.replace("Diagnostic-Code: smtp;", "X-Exim-Diagnostic: X-str;")
        return report(c, hdrs, text, dsnp, orig_part(c)), "us-ascii"
    body = text
    if c.attach == "full":
        body += ("\n------ This is a copy of the message, including all the headers. ------\n" if not delay else
                 "\n------ This is a copy of the message's headers. ------\n") + (c.o.full() if not delay else c.o.headers())
    elif c.attach == "headers":
        body += "\n------ This is a copy of the message's headers. ------\n\n" + c.o.headers()
    return hdrs + "\n" + body, "us-ascii"


# ------------------------------------------------------------------ Sendmail
def sendmail(c, host="smtp.cabinet-morel.example", delay=False, kind_text=None):
    sid = "6B%s" % qid("s" + str(c.seed), 12, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if not delay:
        subject = "Returned mail: see transcript for details"
        hdr_line = "   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: %s)\n" % (c.rcpt, c.diag.split("\n")[0][4:] if c.rmx else c.diag)
        tr = "\n   ----- Transcript of session follows -----\n"
        if c.rmx:
            tr += "... while talking to %s.:\n>>> DATA\n<<< %s\n550 5.1.1 <%s>... User unknown\n<<< 503 5.5.1 No recipients\n" % (c.rmx, c.diag, c.rcpt) if c.status == "5.1.1" else \
                "... while talking to %s.:\n>>> RCPT To:<%s>\n<<< %s\n" % (c.rmx, c.rcpt, c.diag)
        else:
            tr += "%s\n" % c.diag
        intro = ("The original message was received at %s\nfrom poste-compta.cabinet-morel.example [192.0.2.45]\n\n" % rfcdate(c.o.date)) + hdr_line + tr
        action = "failed"
    else:
        subject = "Warning: could not send message for past 4 hours"
        intro = ("    **********************************************\n"
                 "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                 "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                 "    **********************************************\n\n"
                 "The original message was received at %s\nfrom poste-compta.cabinet-morel.example [192.0.2.45]\n\n"
                 "   ----- Transcript of session follows -----\n"
                 "<%s>... %s\nWarning: message still undelivered after 4 hours\n"
                 "Will keep trying until message is 5 days old\n") % (rfcdate(c.o.date), c.rcpt, c.diag)
        action = "delayed"
    if c.get("expired"):
        subject = "Returned mail: see transcript for details"
        intro = ("The original message was received at %s\nfrom poste-compta.cabinet-morel.example [192.0.2.45]\n\n"
                 "   ----- The following addresses had permanent fatal errors -----\n<%s>\n"
                 "    (reason: Deferred: Connection timed out with mail.%s.)\n\n"
                 "   ----- Transcript of session follows -----\n"
                 "<%s>... Deferred: Connection timed out with mail.%s.\n"
                 "Message could not be delivered for 5 days\nMessage will be deleted from queue\n") % (
            rfcdate(c.o.date), c.rcpt, c.dom, c.rcpt, c.dom)
    hdrs = ("Return-Path: <MAILER-DAEMON>\nReceived: from localhost (localhost)\n\tby %s (8.18.1/8.18.1) id %s;\n\t%s\n"
            "Date: %s\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@%s>\nMessage-Id: <%s.%s@%s>\nTo: <%s>\n"
            "Subject: %s\nAuto-Submitted: auto-generated (failure)\n") % (
        host, sid, rfcdate(c.date), rfcdate(c.date), host, sid, "2", host, ME, subject)
    dsnp = "Content-Type: message/delivery-status\n\nReporting-MTA: dns; %s\nReceived-From-MTA: DNS; poste-compta.cabinet-morel.example\nArrival-Date: %s\n\n" % (host, rfcdate(c.o.date))
    dsnp += "Final-Recipient: RFC822; %s\nAction: %s\nStatus: %s\n" % (c.rcpt, action, c.status)
    if c.rmx:
        dsnp += "Remote-MTA: DNS; %s\nDiagnostic-Code: SMTP; %s\n" % (c.rmx, c.diag)
    dsnp += "Last-Attempt-Date: %s\n" % rfcdate(c.date)
    if delay:
        dsnp += "Will-Retry-Until: %s\n" % rfcdate(c.date.replace(day=min(c.date.day + 5, 31)))
    orig = orig_part(c, desc=False)
    human = intro
    return report(c, hdrs, human, dsnp, orig).replace("This is a MIME-encapsulated message.", "This is a MIME-encapsulated message\n"), "us-ascii"


# ------------------------------------------------------------------ qmail
def qmail(c, host="mail.%s", frm=None):
    host = host % c.dom if "%s" in host else host
    diag = c.diag
    if c.rmx:
        diag = "%s does not like recipient.\nRemote host said: %s\nGiving up on %s." % (c.rip, c.diag, c.rip)
    text = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n") % (host, c.rcpt, diag)
    hdrs = ("Return-Path: <>\nReceived: (qmail %d invoked for bounce); %s\nDate: %s\n"
            "From: MAILER-DAEMON@%s\nTo: %s\nSubject: failure notice\n") % (
        10000 + c.seed * 37 % 80000, c.date.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000"),
        c.date.astimezone(UTC).strftime("%d %b %Y %H:%M:%S -0000"), host, ME)
    body = text
    if c.attach == "full":
        body += "Return-Path: <%s>\n" % ME + c.o.full()
    elif c.attach == "headers":
        body += "Return-Path: <%s>\n" % ME + c.o.headers()
    return hdrs + "\n" + body, "us-ascii"


# ------------------------------------------------------------------ Courier
def courier(c, host="mail.%s"):
    host = host % c.dom if "%s" in host else host
    hdrs = ("From: \"Courier mail server at %s\" <@>\nTo: %s\nSubject: NOTICE: mail delivery status.\n"
            "Date: %s\nMessage-ID: <courier.%s@%s>\n") % (host, ME, rfcdate(c.date), qid("c" + str(c.seed), 16), host)
    human = ("This is a delivery status notification from %s,\n"
             "running the Courier mail server, version 1.3.8.\n\n"
             "The original message was received on %s\n"
             "from [192.0.2.10] (mail.cabinet-morel.example [192.0.2.10])\n\n"
             "---------------------------------------------------------------------------\n\n"
             "                           UNDELIVERABLE MAIL\n\n"
             "Your message to the following recipients cannot be delivered:\n\n"
             "<%s>:\n    %s\n\n"
             "---------------------------------------------------------------------------\n\n"
             "If your message was also sent to additional recipients, their delivery\n"
             "status is not included in this report.  You may or may not receive\n"
             "other delivery status notifications for additional recipients.\n\n"
             "The original message follows as a separate attachment.\n") % (
        host, rfcdate(c.o.date), c.rcpt, c.diag.replace("\n", "\n    "))
    dsnp = dsn_part(c, host, diag_type="smtp", extra_msg="Received-From-MTA: dns; mail.cabinet-morel.example ([192.0.2.10])\n", last_attempt=False)
    return report(c, hdrs, human, dsnp, orig_part(c)), "us-ascii"

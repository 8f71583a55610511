"""How particular mail systems lay out their notices.

Each function reproduces the fixed wording a given MTA uses (Postfix, Exim,
Sendmail, qmail, Exchange/Microsoft 365, Gmail, Domino, GroupWise, ...).  The
variable parts (hosts, recipients, diagnostics, dates, languages) are given by
the caller for each file.
"""
from lib import *  # noqa


def report(headers, boundary, human, dsn_msg, dsn_rcpts, orig, orig_kind="message/rfc822",
           orig_desc=None, preamble="This is a MIME-encapsulated message.", dsn_desc=None,
           dsn_type="message/delivery-status", epilogue=""):
    """Assemble multipart/report; report-type=delivery-status."""
    out = "\n".join(headers)
    out += '\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n\n' % boundary
    if preamble:
        out += preamble + "\n\n"
    out += "--%s\n%s\n" % (boundary, human.rstrip("\n") + "\n")
    out += "--%s\n" % boundary
    if dsn_desc:
        out += "Content-Description: %s\n" % dsn_desc
    out += "Content-Type: %s\n\n" % dsn_type
    out += dsn_msg.rstrip("\n") + "\n"
    for r in dsn_rcpts:
        out += "\n" + r.rstrip("\n") + "\n"
    if orig is not None:
        out += "\n--%s\n" % boundary
        if orig_desc:
            out += "Content-Description: %s\n" % orig_desc
        out += "Content-Type: %s\n\n" % orig_kind
        out += orig.rstrip("\n") + "\n"
    out += "\n--%s--\n" % boundary
    if epilogue:
        out += epilogue
    return out


def rcpt(final, action, status, diag=None, remote=None, orig_rcpt=None, last=None, retry=None,
         diag_type="smtp", extra=()):
    lines = ["Final-Recipient: rfc822; %s" % final]
    if orig_rcpt:
        lines.append("Original-Recipient: rfc822;%s" % orig_rcpt)
    lines.append("Action: %s" % action)
    lines.append("Status: %s" % status)
    if remote:
        lines.append("Remote-MTA: dns; %s" % remote)
    if diag:
        lines.append("Diagnostic-Code: %s; %s" % (diag_type, diag))
    if last:
        lines.append("Last-Attempt-Date: %s" % rfcdate(last))
    if retry:
        lines.append("Will-Retry-Until: %s" % rfcdate(retry))
    lines.extend(extra)
    return "\n".join(lines)


# ---------------------------------------------------------------- Postfix ---

POSTFIX_INTRO_EN = """This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""

POSTFIX_DELAY_EN = """This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for {hours} hours.
It will be retried until it is {days} days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
"""


def postfix(host, qid, date, arrival, problems, rcpts, orig, *, delay=False, hours="4.0", days="5.0",
            intro=None, subject=None, from_=None, mid=None, headers_only=None, lang_charset="us-ascii",
            cte=None, extra_headers=()):
    """problems: the text block with '<addr>: host ... said: ...' lines."""
    boundary = "%s.%d/%s" % (qid, int(date.timestamp()), host)
    if intro is None:
        intro = (POSTFIX_DELAY_EN if delay else POSTFIX_INTRO_EN).format(host=host, hours=hours, days=days)
    subject = subject or ("Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender")
    headers = [
        "Return-Path: <>",
        "Delivered-To: %s" % SENDER,
        "Received: by %s (Postfix)\n\tid %s; %s" % (host, qid, rfcdate(date)),
        "Date: %s" % rfcdate(date),
        "From: %s" % (from_ or "MAILER-DAEMON@%s (Mail Delivery System)" % host),
        "Subject: %s" % subject,
        "To: %s" % SENDER,
        "Auto-Submitted: auto-replied",
        "Message-Id: %s" % (mid or "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), qid, host)),
    ] + list(extra_headers)
    body = intro.rstrip("\n") + "\n\n" + problems.rstrip("\n") + "\n"
    if cte == "base64":
        human = ("Content-Description: %s\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: base64\n\n%s\n"
                 % ("Notification", lang_charset, b64(body, lang_charset)))
    elif cte == "quoted-printable":
        human = ("Content-Description: %s\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: quoted-printable\n\n%s"
                 % ("Notification", lang_charset, qp(body, lang_charset)))
    else:
        human = "Content-Description: Notification\nContent-Type: text/plain; charset=%s\n\n%s" % (lang_charset, body)
    dsn_msg = ("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s"
               % (host, qid, SENDER, rfcdate(arrival)))
    if headers_only is None:
        headers_only = delay
    return report(headers, boundary, human, dsn_msg, rcpts, orig,
                  orig_kind="text/rfc822-headers" if headers_only else "message/rfc822",
                  orig_desc="Undelivered Message Headers" if headers_only else "Undelivered Message",
                  dsn_desc="Delivery report")


# ------------------------------------------------------------------- Exim ---

def exim_fail_plain(host, date, failed_block, orig, *, mid, subject="Mail delivery failed: returning message to sender",
                    from_=None, extra_headers=(), headers_only=False, permanent_line=True):
    h = [
        "Return-path: <>",
        "Envelope-to: %s" % SENDER,
        "Delivery-date: %s" % rfcdate(date),
        "Received: from mailnull by %s with local (Exim 4.97.1)\n\tid %s\n\tfor %s; %s" % (host, mid.split("@")[0].strip("<E"), SENDER, rfcdate(date)),
        "X-Failed-Recipients: %s" % ", ".join(a for a in failed_block.split() if "@" in a and ":" not in a and "<" not in a)[:200],
        "Auto-Submitted: auto-replied",
        "From: %s" % (from_ or "Mail Delivery System <Mailer-Daemon@%s>" % host),
        "To: %s" % SENDER,
        "Content-Type: text/plain; charset=us-ascii" if True else "",
        "Subject: %s" % subject,
        "Message-Id: %s" % mid,
        "Date: %s" % rfcdate(date),
    ] + list(extra_headers)
    body = "This message was created automatically by mail delivery software.\n\n"
    body += ("A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n" if permanent_line else "")
    body += failed_block.rstrip("\n") + "\n\n"
    if headers_only:
        body += "------ This is a copy of the message's headers. ------\n\n"
    else:
        body += "------ This is a copy of the message, including all the headers. ------\n\n"
    body += orig
    return "\n".join(h) + "\n\n" + body


def exim_delay(host, date, msgid_exim, orig_subject, orig_date, addr, reason, hours, *, mid):
    h = [
        "Return-path: <>",
        "Envelope-to: %s" % SENDER,
        "Delivery-date: %s" % rfcdate(date),
        "Received: from mailnull by %s with local (Exim 4.96)\n\tid %s\n\tfor %s; %s" % (host, mid.strip("<>").split("@")[0][1:], SENDER, rfcdate(date)),
        "Auto-Submitted: auto-replied",
        "From: Mail Delivery System <Mailer-Daemon@%s>" % host,
        "To: %s" % SENDER,
        "Content-Type: multipart/report; report-type=delivery-status; boundary=%d-eximdsn-%d" % (int(date.timestamp()), hours * 7919),
        "MIME-Version: 1.0",
        "Subject: Warning: message %s delayed %d hours" % (msgid_exim, hours),
        "Message-Id: %s" % mid,
        "Date: %s" % rfcdate(date),
    ]
    b = "%d-eximdsn-%d" % (int(date.timestamp()), hours * 7919)
    text = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than {hours} hours on the queue on {host}.

The message identifier is:     {mx}
The subject of the message is: {subj}
The date of the message is:    {odate}

The address to which the message has not yet been delivered is:

  {addr}
    Delay reason: {reason}

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""".format(hours=hours, host=host, mx=msgid_exim, subj=orig_subject, odate=rfcdate(orig_date), addr=addr, reason=reason)
    out = "\n".join(h) + "\n\n"
    out += "--%s\nContent-type: text/plain; charset=us-ascii\n\n%s\n" % (b, text)
    return out, b


# --------------------------------------------------------------- Sendmail ---

def sendmail(host, qid, date, human_text, dsn_msg, rcpts, orig, subject, *, headers_only=False):
    boundary = "%s.%d/%s" % (qid, int(date.timestamp()), host)
    headers = [
        "Return-Path: <MAILER-DAEMON>",
        "Received: from localhost (localhost)\n\tby %s (8.17.1/8.17.1) id %s;\n\t%s" % (host, qid, rfcdate(date)),
        "Date: %s" % rfcdate(date),
        "From: Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host,
        "Message-Id: <%s.%s@%s>" % (date.strftime("%Y%m%d%H%M"), qid, host),
        "To: <%s>" % SENDER,
        "Subject: %s" % subject,
        "Auto-Submitted: auto-generated (failure)",
    ]
    human = "\n%s\n" % human_text
    return report(headers, boundary, human, dsn_msg, rcpts, orig,
                  orig_kind="text/rfc822-headers" if headers_only else "message/rfc822",
                  preamble="This is a MIME-encapsulated message")

# -*- coding: utf-8 -*-
"""A generic notice builder used for the many smaller systems and for look-alikes."""
from common import *  # noqa
from gen_mta import L, rpt_ct


def generic(c, kind, system, note, from_, subject, text, charset="us-ascii", cte="7bit",
            structure="plain", attach=None, dsn=None, return_path="<>", auto=None,
            extra_headers=(), html=False, delay=None, permanent=None, bounce=True,
            rcpt=None, to=None, report_type="delivery-status", report_part=None,
            subject_charset="utf-8", msg_domain=None, date_off=None, extra_parts=(),
            inline_tail=None, mid=None, in_reply=True, report_ct="message/delivery-status",
            b_style=0, xmailer=None):
    """structure: plain | mixed | report | alternative
    attach: None | rfc822 | headers | inline (appended to text)"""
    bdate = later(c.sent, **(delay or {"minutes": R.randint(1, 25)}))
    msg_domain = msg_domain or (from_.split("@")[-1].rstrip(">").strip() if "@" in from_ else CO_DOMAIN)
    if attach == "inline":
        text = text + (inline_tail if inline_tail is not None else "\n----- Original message -----\n\n") + orig_message(c)
    elif attach == "inline-headers":
        text = text + (inline_tail if inline_tail is not None else "\n----- Original message headers -----\n\n") + orig_headers(c)
    if charset == "us-ascii":
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            charset, cte = "utf-8", "quoted-printable"
    cs8 = charset if cte == "8bit" else None
    top = []
    if return_path:
        top.append(("Return-Path", return_path))
    top.append(("Date", rfcdate(bdate, off_h=date_off)))
    top.append(("From", from_))
    top.append(("To", to or CO_FROM))
    top.append(("Subject", enc_header(subject, subject_charset)))
    top.append(("Message-ID", mid or msgid(msg_domain, R.randint(0, 2))))
    if in_reply and bounce is not None:
        top.append(("In-Reply-To", c.msgid) if in_reply is True else ("In-Reply-To", in_reply))
    if auto:
        top.append(("Auto-Submitted", auto))
    if xmailer:
        top.append(("X-Mailer", xmailer))
    top += list(extra_headers)
    top.append(("MIME-Version", "1.0"))
    if structure == "plain":
        top.append(("Content-Type", "text/plain; charset=%s" % (charset if charset != "us-ascii" else "us-ascii") + ("; format=flowed" if R.random() < 0.2 else "")))
        top.append(("Content-Transfer-Encoding", cte))
        body = body_encode(text, charset, cte)
    else:
        b = boundary(b_style)
        parts = []
        if html or structure == "alternative":
            ab = boundary(1)
            parts.append("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\n" % ab + multipart(
                [text_part(text, charset, cte), text_part(text_to_html(text), "utf-8", "quoted-printable", sub="html")], ab))
        else:
            parts.append(text_part(text, charset, cte))
        if structure == "report":
            if report_part is not None:
                parts.append(report_part)
            elif dsn is not None:
                parts.append("Content-Type: %s\n\n%s" % (report_ct, dsn))
        parts += list(extra_parts)
        if attach == "rfc822":
            parts.append("Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + orig_message(c))
        elif attach == "headers":
            parts.append("Content-Type: text/rfc822-headers\n\n" + orig_headers(c))
        if structure == "report":
            ct = 'multipart/report; report-type=%s;\n\tboundary="%s"' % (report_type, b)
        elif structure == "alternative" and len(parts) == 1:
            # the alternative part itself is the whole body
            top.append(("Content-Type", parts[0].split("\n\n", 1)[0].replace("Content-Type: ", "", 1)))
            return headers(top) + "\n" + parts[0].split("\n\n", 1)[1], cs8, _lab(kind, c, rcpt, system, note, permanent, bounce)
        else:
            ct = 'multipart/mixed;\n\tboundary="%s"' % b
        top.append(("Content-Type", ct))
        body = multipart(parts, b, preamble="This is a multi-part message in MIME format." if R.random() < 0.5 else None)
    return headers(top) + "\n" + body, cs8, _lab(kind, c, rcpt, system, note, permanent, bounce)


def _lab(kind, c, rcpt, system, note, permanent, bounce):
    if not bounce:
        return {"bounce": False, "kind": "not_bounce", "permanent": False, "recipient": "",
                "system": system, "note": note}
    return L(kind, rcpt or c.rcpt, system, note, permanent)


def simple_dsn(reporting, rcpt, action, status, diag=None, remote=None, orig=None, sep="; ",
               extra=(), arrival=None, rcpt_extra=()):
    mf = [("Reporting-MTA", "dns" + sep + reporting)]
    if arrival is not None:
        mf.append(("Arrival-Date", arrival))
    mf += list(extra)
    fr = []
    if orig:
        fr.append(("Original-Recipient", "rfc822" + sep + orig))
    fr += [("Final-Recipient", "rfc822" + sep + rcpt), ("Action", action), ("Status", status)]
    if remote:
        fr.append(("Remote-MTA", "dns" + sep + remote))
    if diag:
        fr.append(("Diagnostic-Code", "smtp" + sep + diag))
    fr += list(rcpt_extra)
    return dsn_body(mf, [fr])

"""Look-alikes: messages that resemble delivery-failure notices but are not."""
import gzip
from common import *  # noqa
from tpl_bounce import C, dsn_part, orig_part, report, subj


def _enc(text, charset):
    if text.isascii():
        return text
    try:
        text.encode(charset)
        return h2047q(text, charset)
    except UnicodeEncodeError:
        return h2047q(text, "utf-8")


def _addr(a, charset):
    if "<" in a and not a.isascii():
        name, rest = a.split("<", 1)
        return "%s <%s" % (_enc(name.strip(), charset), rest)
    return a


def simple(frm, to, subject, date, body, charset="utf-8", cte="8bit", extra="", mid=None, irt=None):
    frm = _addr(frm, charset)
    h = "From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
        frm, to, _enc(subject, charset), rfcdate(date), mid or "<%s@mail.example>" % hid(frm, subject, date)[:20])
    if irt:
        h += "In-Reply-To: %s\nReferences: %s\n" % (irt, irt)
    h += extra
    h += "MIME-Version: 1.0\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: %s\n" % (charset, cte)
    if cte == "quoted-printable":
        body = qp(body, charset)
    elif cte == "base64":
        body = b64(body.encode(charset))
    return h + "\n" + body, charset


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# ---- positive DSNs
def dsn_delivered(c, host, action="delivered", subject="Successful Mail Delivery Report"):
    human = ("This is the mail system at host %s.\n\n"
             "Your message was successfully delivered to the destination(s)\n"
             "listed below. If the message was delivered to mailbox you will\n"
             "receive no further notifications. Otherwise you may still receive\n"
             "notifications of mail delivery errors from other systems.\n\n"
             "                   The mail system\n\n<%s>: %s\n") % (host, c.rcpt, c.diag)
    if action == "relayed":
        subject = "Delivery Status Notification (Relay)"
        human = human.replace("successfully delivered to", "relayed to")
    hdrs = ("Return-Path: <>\nDate: %s\nFrom: MAILER-DAEMON@%s (Mail Delivery System)\nSubject: %s\nTo: %s\n"
            "Message-Id: <%s@%s>\n") % (rfcdate(c.date), host, subject, ME, qid("p" + str(c.seed), 12), host)
    dsn = dsn_part(c, host, action=action, extra_msg="X-Postfix-Queue-ID: %s\n" % c.qid, diag_type="smtp")
    return report(c, hdrs, human, dsn, orig_part(c, "headers")), "us-ascii"


def exchange_delivered(c, lang="en", relayed=False):
    o = c.o
    if lang == "en":
        prefix = "Relayed: " if relayed else "Delivered: "
        txt = ("Your message has been delivered to the following recipients:\n\n%s (%s)\n\nSubject: %s\n" % (c.rcpt, c.rcpt, o.subject)) if not relayed else \
            ("Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\n%s (%s)\n\nSubject: %s\n" % (c.rcpt, c.rcpt, o.subject))
    else:
        prefix = "Relayé : " if relayed else "Remis : "
        txt = ("Votre message a été remis aux destinataires suivants :\n\n%s (%s)\n\nObjet : %s\n" % (c.rcpt, c.rcpt, o.subject)) if not relayed else \
            ("La remise à ces destinataires ou groupes est terminée, mais aucune notification de remise n’a été envoyée par le serveur de destination :\n\n%s (%s)\n\nObjet : %s\n" % (c.rcpt, c.rcpt, o.subject))
    hdrs = ("From: postmaster@%s\nTo: %s\nDate: %s\nSubject: %s\nMessage-ID: <%s@%s>\nAuto-Submitted: auto-replied\n"
            "X-MS-Exchange-Message-Is-Ndr:\nContent-Language: %s\n") % (
        c.dom, ME, rfcdate(c.date), subj(o, prefix), qid("ex" + str(c.seed), 14), c.dom, "en-US" if lang == "en" else "fr-FR")
    dsn = dsn_part(c, "DB9PR04MB8412.eurprd04.prod.outlook.example", action="relayed" if relayed else "delivered",
                   diag=None, last_attempt=False).replace("Status: %s" % c.status, "Status: 2.0.0" if not relayed else "Status: 2.0.0")
    return report(c, hdrs, qp(txt), dsn, orig_part(c, "headers"), human_ct="text/plain; charset=\"utf-8\"", human_cte="quoted-printable"), "utf-8"


# ---- MDN read receipts (RFC 8098)
def mdn(c, subject_prefix="Read: ", disposition="manual-action/MDN-sent-manually; displayed", human=None, ua="Microsoft Outlook 16.0", lang_charset="utf-8"):
    o = c.o
    human = human or ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (
        c.rcpt, o.subject, o.date.strftime("%A, %B %d, %Y %I:%M:%S %p"), c.date.strftime("%A, %B %d, %Y %I:%M:%S %p")))
    hdrs = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nIn-Reply-To: %s\nReferences: %s\n") % (
        c.rcpt, ME, subj(o, subject_prefix), rfcdate(c.date), qid("rd" + str(c.seed), 14), c.dom, o.msgid, o.msgid)
    mdnp = ("Content-Type: message/disposition-notification\n\nReporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\n"
            "Original-Message-ID: %s\nDisposition: %s\n") % (c.dom, ua, c.rcpt, o.msgid, disposition)
    h = hdrs + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"%s\"\n" % c.bnd
    body = "--%s\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--%s\n%s\n--%s--\n" % (
        c.bnd, lang_charset, qp(human, lang_charset), c.bnd, mdnp, c.bnd)
    return h + "\n" + body, lang_charset


# ---- out of office
def ooo(c, subject, body, charset="utf-8", cte="quoted-printable", auto=True, extra=""):
    ex = ""
    if auto:
        ex += "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
    ex += extra
    return simple("%s <%s>" % (c.get("name") or c.o.to_name or c.rcpt.split("@")[0], c.rcpt), ME, subject, c.date, body, charset, cte, ex,
                  mid="<%s@%s>" % (qid("oo" + str(c.seed), 16), c.dom), irt=c.o.msgid)


def dmarc_report(c, reporter, rdom, rid, begin, end, count_pass, count_fail):
    xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>%s</org_name>\n"
           "    <email>noreply-dmarc-support@%s</email>\n    <report_id>%s</report_id>\n    <date_range>\n      <begin>%d</begin>\n      <end>%d</end>\n"
           "    </date_range>\n  </report_metadata>\n  <policy_published>\n    <domain>cabinet-morel.example</domain>\n    <adkim>r</adkim>\n"
           "    <aspf>r</aspf>\n    <p>quarantine</p>\n    <sp>quarantine</sp>\n    <pct>100</pct>\n  </policy_published>\n"
           "  <record>\n    <row>\n      <source_ip>192.0.2.10</source_ip>\n      <count>%d</count>\n      <policy_evaluated>\n"
           "        <disposition>none</disposition>\n        <dkim>pass</dkim>\n        <spf>pass</spf>\n      </policy_evaluated>\n    </row>\n"
           "    <identifiers>\n      <header_from>cabinet-morel.example</header_from>\n    </identifiers>\n    <auth_results>\n"
           "      <dkim>\n        <domain>cabinet-morel.example</domain>\n        <result>pass</result>\n        <selector>s1</selector>\n      </dkim>\n"
           "      <spf>\n        <domain>cabinet-morel.example</domain>\n        <result>pass</result>\n      </spf>\n    </auth_results>\n  </record>\n"
           "  <record>\n    <row>\n      <source_ip>203.0.113.66</source_ip>\n      <count>%d</count>\n      <policy_evaluated>\n"
           "        <disposition>quarantine</disposition>\n        <dkim>fail</dkim>\n        <spf>fail</spf>\n      </policy_evaluated>\n    </row>\n"
           "    <identifiers>\n      <header_from>cabinet-morel.example</header_from>\n    </identifiers>\n    <auth_results>\n"
           "      <spf>\n        <domain>cabinet-morel.example</domain>\n        <result>fail</result>\n      </spf>\n    </auth_results>\n  </record>\n</feedback>\n") % (
        reporter, rdom, rid, begin, end, count_pass, count_fail)
    gz = gzip.compress(xml.encode(), mtime=0)
    fname = "%s!cabinet-morel.example!%d!%d.xml.gz" % (rdom, begin, end)
    hdrs = ("From: noreply-dmarc-support@%s\nTo: dmarc@cabinet-morel.example\nSubject: Report domain: cabinet-morel.example Submitter: %s Report-ID: %s\n"
            "Date: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"%s\"\n") % (
        rdom, rdom, rid, rfcdate(c.date), qid("dm" + str(c.seed), 20), rdom, c.bnd)
    body = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\nContent-Transfer-Encoding: base64\n\n%s\n"
            "--%s\nContent-Type: application/gzip; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n") % (
        c.bnd, b64("This is an aggregate report from %s.\n\nReport domain: cabinet-morel.example\nSubmitter: %s\nReport-ID: %s\n" % (reporter, rdom, rid)),
        c.bnd, fname, fname, b64(gz), c.bnd)
    return hdrs + "\n" + body, "us-ascii"


def tls_report(c, rdom):
    js = ('{"organization-name":"%s","date-range":{"start-datetime":"2026-12-03T00:00:00Z","end-datetime":"2026-12-03T23:59:59Z"},'
          '"contact-info":"smtp-tls-reporting@%s","report-id":"2026-12-03T00:00:00Z_cabinet-morel.example",'
          '"policies":[{"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: testing","mx: mail.cabinet-morel.example","max_age: 86400"],'
          '"policy-domain":"cabinet-morel.example"},"summary":{"total-successful-session-count":14,"total-failure-session-count":2},'
          '"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"203.0.113.27","receiving-mx-hostname":"mail.cabinet-morel.example","failed-session-count":2}]}]}') % (rdom, rdom)
    gz = gzip.compress(js.encode(), mtime=0)
    fname = "%s!cabinet-morel.example!1796256000!1796342399.json.gz" % rdom
    hdrs = ("From: noreply-smtp-tls-reporting@%s\nTo: tlsrpt@cabinet-morel.example\nSubject: Report Domain: cabinet-morel.example Submitter: %s Report-ID: <2026.12.03T00.00.00Z+cabinet-morel.example@%s>\n"
            "TLS-Report-Domain: cabinet-morel.example\nTLS-Report-Submitter: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=tlsrpt; boundary=\"%s\"\n") % (
        rdom, rdom, rdom, rdom, rfcdate(c.date), qid("tl" + str(c.seed), 20), rdom, c.bnd)
    body = ("--%s\nContent-Type: text/plain; charset=\"UTF-8\"\n\nThis is an aggregate TLS report from %s\n\n"
            "--%s\nContent-Type: application/tlsrpt+gzip; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n") % (
        c.bnd, rdom, c.bnd, fname, fname, b64(gz), c.bnd)
    return hdrs + "\n" + body, "us-ascii"

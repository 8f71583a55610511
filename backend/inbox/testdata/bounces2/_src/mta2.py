"""Microsoft 365 / Exchange and Gmail / Google Workspace notice layouts."""
from mta import *  # noqa

O365_CSS = """<style>
.awl a {color: #FFFFFF; text-decoration: none;}
.abml a {color: #000000; font-family: Calibri, Arial, Helvetica, sans-serif; font-weight: bold; text-decoration: none;}
.adts a {color: #333333; font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; text-decoration: none;}
.amsg a {color: #333333; font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt; text-decoration: none;}
</style>"""

O365_WORDS = {
    "en": dict(subj="Undeliverable: ", your="Your message to", couldnt="couldn't be delivered.",
               action="Action Required", fix="How to Fix It", diag="Diagnostic information for administrators:",
               gen="Generating server:", remote="Remote Server returned", headers="Original message headers:",
               office="Office 365", lang="en-US"),
    "fr": dict(subj="Non remis : ", your="Votre message à", couldnt="n'a pas pu être remis.",
               action="Action requise", fix="Comment résoudre le problème", diag="Informations de diagnostic pour les administrateurs :",
               gen="Serveur de génération :", remote="Le serveur distant a retourné", headers="En-têtes du message d'origine :",
               office="Office 365", lang="fr-FR"),
}


def o365(lang, rcpt_addr, domain, date, server, headline, reason_label, fix_text, remote_line, status, diag,
         orig_mid, orig_subject, orig, *, tenant_hash="329e71ec88ae4615bbc36ab6ce41109e",
         action="failed", subject_prefix=None, headers_only=False, extra_rcpts=(), plain_extra="",
         diag_rcpt_block=None):
    w = dict(O365_WORDS[lang])
    if action == "delayed":
        w["couldnt"] = "hasn't been delivered yet." if lang == "en" else "n'a pas encore été remis."
    b = "_000_%s%s_" % (server.split(".")[0], date.strftime("%H%M%S"))
    ba = "_001_%s%s_" % (server.split(".")[0], date.strftime("%H%M%S"))
    subj = (subject_prefix if subject_prefix is not None else w["subj"]) + orig_subject
    h = [
        "From: Microsoft Outlook\n <MicrosoftExchange%s@imprimerie-vasseur.example>" % tenant_hash,
        "To: <%s>" % SENDER,
        "Date: %s" % rfcdate(date.astimezone(timezone.utc)).replace("-0000", "+0000"),
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b,
        "Content-Language: %s" % w["lang"],
        "Message-ID:\n <%s@%s>" % (date.strftime("%Y%m%d%H%M%S") + "a1f3", server),
        "In-Reply-To: %s" % orig_mid,
        "References: %s" % orig_mid,
        "Thread-Topic: %s" % hdr(orig_subject),
        "Subject: %s" % hdr(subj),
        "Auto-Submitted: auto-replied",
        "X-MS-PublicTrafficType: Email",
        "X-MS-Exchange-Message-Is-Ndr:",
        "X-MS-Exchange-Organization-SCL: -1",
        "X-MS-TrafficTypeDiagnostic: %s:EE_|%s" % (server.split(".")[0], server.split(".")[0]),
        "MIME-Version: 1.0",
    ]
    diag_block = diag_rcpt_block or "%s\n%s '%s'" % (rcpt_addr, w["remote"], remote_line)
    plain = """%s %s %s

%s

%s
%s
%s

%s

%s
%s %s

%s

%s
""" % (w["your"], rcpt_addr, w["couldnt"], headline, w["action"], reason_label, fix_text, plain_extra,
       w["diag"], w["gen"], server, diag_block, w["headers"])
    html = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
%s
</head>
<body dir="ltr">
<div style="background-color:#FFFFFF">
<table style="background-color:#FFFFFF;max-width:548px;color:#000000;border-collapse:collapse">
<tbody><tr><td style="padding:0px">
<p style="margin:0px;font-size:16pt;color:#000000;font-family:'Segoe UI',Frutiger,Arial,sans-serif"><b><span style="color:#000000">%s</span> <a href="mailto:%s" style="color:#0072C6;text-decoration:none">%s</a> <span style="color:#000000">%s</span></b></p>
</td></tr>
<tr><td style="padding:0px 0px 16px 0px;font-size:16px;font-family:'Segoe UI',Frutiger,Arial,sans-serif">%s</td></tr>
<tr><td>
<table style="width:100%%;border-collapse:collapse"><tr>
<td style="background-color:#FFFFFF;color:#333333;font-size:12pt">%s</td>
<td style="background-color:#C00000;color:#FFFFFF;font-size:12pt;font-weight:bold;padding:4px 8px">%s</td>
<td style="color:#333333;font-size:12pt">%s</td>
</tr></table>
</td></tr>
<tr><td style="padding-top:16px;font-size:14px"><b>%s</b><br>%s</td></tr>
</tbody></table>
<br>
<div style="font-family:Consolas,monospace;font-size:11pt;color:#000000">
<p><b>%s</b></p>
<p>%s %s</p>
<p>%s</p>
<p>%s</p>
<pre>%s</pre>
</div>
</div>
</body>
</html>
""" % (O365_CSS, w["your"], rcpt_addr, rcpt_addr, w["couldnt"], headline, w["office"], w["action"], reason_label,
       w["fix"], fix_text, w["diag"], w["gen"], server, diag_block.replace("\n", "<br>\n").replace("'", "&#39;"),
       w["headers"], "(see attachment)" if lang == "en" else "(voir la pièce jointe)")
    out = "\n".join(h) + "\n\n"
    out += "--%s\nContent-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"%s\"\n\n" % (b, ba)
    out += "--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n\n" % (ba, b64(plain))
    out += "--%s\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (ba, qp(html))
    out += "--%s--\n\n" % ba
    out += "--%s\nContent-Type: message/delivery-status\n\n" % b
    out += "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\n" % (
        server, server.replace("0912", "0880"), rfcdate(date.astimezone(timezone.utc)).replace("-0000", "+0000"))
    out += "Final-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp;%s\n" % (rcpt_addr, action, status, diag)
    for r in extra_rcpts:
        out += "\n" + r + "\n"
    out += "\n--%s\nContent-Type: %s\n\n%s\n--%s--\n" % (b, "text/rfc822-headers" if headers_only else "message/rfc822", orig.rstrip("\n"), b)
    return out


# ------------------------------------------------------------------ Gmail ---

def gmail(date, rcpt_addr, plain, html_body, dsn_rcpt, orig, *, subject="Delivery Status Notification (Failure)",
          mid_suffix="", headers_only=False, orig_mid="<x@imprimerie-vasseur.example>", arrival=None):
    b1 = "0000000000%012x" % (int(date.timestamp()) * 13 + len(rcpt_addr))
    b2 = "0000000000%012x" % (int(date.timestamp()) * 13 + len(rcpt_addr) + 1)
    b3 = "0000000000%012x" % (int(date.timestamp()) * 13 + len(rcpt_addr) + 2)
    h = [
        "Return-Path: <>",
        "Received: by 2002:a05:6a00:1a8c:b0:6e7:a1b2:c3d4 with SMTP id f12csp%d;\n        %s" % (int(date.timestamp()) % 999983, rfcdate(date).replace("+0100", "-0800 (PST)")),
        "Content-Type: multipart/report; boundary=\"%s\"; report-type=delivery-status" % b1,
        "Return-Path: <>",
        "Received: by 2002:a05:6a00:1a8c:b0:6e7:a1b2:c3d4 id f12mr%d;\n        %s" % (int(date.timestamp()) % 77777, rfcdate(date).replace("+0100", "-0800 (PST)")),
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
        "To: %s" % SENDER,
        "Auto-Submitted: auto-replied",
        "Subject: %s" % subject,
        "References: %s" % orig_mid,
        "In-Reply-To: %s" % orig_mid,
        "X-Failed-Recipients: %s" % rcpt_addr,
        "Message-ID: <%s.%s@mx.google.example>" % (date.strftime("%Y%m%d%H%M%S"), mid_suffix or "a1b2c3"),
        "Date: %s" % rfcdate(date),
        "MIME-Version: 1.0",
    ]
    out = "\n".join(h) + "\n\n"
    out += "--%s\nContent-Type: multipart/related; boundary=\"%s\"\n\n" % (b1, b2)
    out += "--%s\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % (b2, b3)
    out += "--%s\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b3, qp(plain))
    out += "--%s\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b3, qp(
        """<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
%s
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>""" % html_body))
    out += "--%s--\n" % b3
    out += "--%s\nContent-Type: image/png; name=\"icon.png\"\nContent-Disposition: attachment; filename=\"icon.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <icon.png>\n\n%s\n" % (
        b2, b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"))
    out += "--%s--\n" % b2
    out += "--%s\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.example\n" % b1
    out += "Arrival-Date: %s\nX-Original-Message-ID: %s\n\n%s\n\n" % (rfcdate(arrival or date), orig_mid, dsn_rcpt)
    out += "--%s\nContent-Type: %s\n\n%s\n--%s--\n" % (b1, "text/rfc822-headers" if headers_only else "message/rfc822", orig.rstrip("\n"), b1)
    return out

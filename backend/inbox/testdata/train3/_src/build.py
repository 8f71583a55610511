#!/usr/bin/env python3
"""Assemble the train3 .eml files from the hand-written message specs in _src/msgs*.txt.

The client's words are written by hand in the spec files; this script only wraps them in
MIME (headers, quoting of the reminder, encodings) and resolves the promise-date rule given
for each message into the label. Deterministic: same specs -> same files.

Spec format (one message per block):
    === <class> <lang>
    key: value            (from, date, tz, subj, pd, phrase, layout, enc, note, hdr, cc, to,
                           noref, rlang, extra, inv, amt, due, ctype)
    ---
    body written by the client, {INV} {AMT} {DUE} {RDATE} placeholders allowed
"""
import datetime as dt
import hashlib
import html
import json
import os
import random
import re
import sys
from email import charset as _cs
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.message import Message
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CREDITOR = "relances@imprimerie-vasseur.example"
CRED_NAME = "Imprimerie Vasseur"

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_S = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
               "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WD = {n: i for i, n in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}


def parse_specs(path):
    blocks = []
    text = open(path, encoding="utf-8").read()
    for raw in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, body = raw.partition("\n---\n")
        lines = head.split("\n")
        cls, lang = lines[0].split()[:2]
        spec = {"class": cls, "lang": lang, "extra": []}
        for ln in lines[1:]:
            if not ln.strip():
                continue
            k, _, v = ln.partition(":")
            k, v = k.strip(), v.strip()
            if k == "extra":
                spec["extra"].append(v)
            else:
                spec[k] = v
        spec["body"] = body.rstrip("\n") + "\n"
        spec["src"] = os.path.basename(path)
        blocks.append(spec)
    return blocks


def paris_offset(d):
    # Summer time in 2026 ends on Sunday 25 October.
    return "+0200" if d < dt.date(2026, 10, 25) else "+0100"


def london_offset(d):
    return "+0100" if d < dt.date(2026, 10, 25) else "+0000"


def pick_date(rng, spec):
    """Returns (local datetime, zone string as written in the header)."""
    if spec.get("date"):
        parts = spec["date"].split()
        d = dt.date.fromisoformat(parts[0])
        if len(parts) >= 2:
            hh, mm = parts[1].split(":")
            t = dt.time(int(hh), int(mm), rng.randrange(60))
        else:
            t = dt.time(rng.randrange(7, 20), rng.randrange(60), rng.randrange(60))
        zone = parts[2] if len(parts) >= 3 else None
    else:
        rule = spec.get("pd", "")
        while True:
            d = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randrange(0, 110))
            if rule and not rule.startswith(("undated",)):
                if d.weekday() >= 5 or d.day > 25:
                    continue
            elif d.weekday() >= 5 and rng.random() < 0.8:
                continue
            break
        t = dt.time(rng.randrange(6, 22), rng.randrange(60), rng.randrange(60))
        zone = None
    if spec.get("tz"):
        zone = spec["tz"]
    if zone is None:
        if spec["lang"] == "fr":
            zone = rng.choice([paris_offset(d)] * 9 + ["Z", "+0000"])
        else:
            zone = rng.choice(["-0500", "+1100", "Z", london_offset(d), "-0800", "+0530",
                               "-0500", "+1100", paris_offset(d), "+0000"])
    return dt.datetime.combine(d, t), zone


def resolve_pd(rule, d):
    """Promise date rule -> (promiseDate, promiseWindow, undated)."""
    if not rule:
        return "", "", False
    r = rule.split()
    k = r[0]
    if k == "abs":
        return r[1], "", False
    if k == "undated":
        return "", "", True
    if k == "win":
        return "", r[1], False
    if k.startswith("+"):
        return (d + dt.timedelta(days=int(k[1:]))).isoformat(), "", False
    if k == "wd":
        target = WD[r[1]]
        n = (target - d.weekday()) % 7 or 7
        return (d + dt.timedelta(days=n)).isoformat(), "", False
    if k == "fri":
        assert d.weekday() <= 4, ("fin de semaine on a weekend", d)
        return (d + dt.timedelta(days=4 - d.weekday())).isoformat(), "", False
    if k == "nth":
        n = int(r[1])
        x = d + dt.timedelta(days=1)
        while x.day != n:
            x += dt.timedelta(days=1)
        return x.isoformat(), "", False
    if k == "eom":
        x = d.replace(day=28)
        while (x + dt.timedelta(days=1)).month == d.month:
            x += dt.timedelta(days=1)
        return x.isoformat(), "", False
    if k == "bd":
        n, x = int(r[1]), d
        while n:
            x += dt.timedelta(days=1)
            if x.weekday() < 5:
                n -= 1
        return x.isoformat(), "", False
    raise ValueError(rule)


def fmt_amount(v, lang):
    s = f"{v:,.2f}"
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " €"
    return "EUR " + s


def fr_date(d):
    return f"{d.day} {FR_MONTHS[d.month-1]} {d.year}"


def en_date(d):
    return f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}"


REM_FR = [
    ("Relance facture {INV}",
     "Bonjour,\n\nSauf erreur de notre part, la facture {INV} d'un montant de {AMT} TTC, "
     "échue le {DUE}, reste impayée à ce jour.\n\nNous vous remercions de bien vouloir procéder "
     "à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, "
     "merci de ne pas tenir compte de ce message.\n\nCordialement,\n\nService comptabilité\n"
     "Imprimerie Vasseur\n12 rue des Presses, 59000 Lille\nrelances@imprimerie-vasseur.example\n"),
    ("Facture {INV} - échéance dépassée",
     "Madame, Monsieur,\n\nNous nous permettons de vous rappeler que notre facture n° {INV}, "
     "d'un montant de {AMT}, arrivait à échéance le {DUE}.\n\nÀ ce jour, nous n'avons pas reçu "
     "votre règlement. Nous vous prions de bien vouloir régulariser cette situation.\n\n"
     "Vous trouverez la facture en pièce jointe.\n\nBien à vous,\nMarion Vasseur\n"
     "Imprimerie Vasseur\n"),
    ("2e relance - facture {INV}",
     "Bonjour,\n\nMalgré notre précédent courriel, la facture {INV} ({AMT}, échéance du {DUE}) "
     "n'est toujours pas réglée.\n\nSans règlement de votre part sous 8 jours, nous serons "
     "contraints d'appliquer les pénalités de retard prévues à nos conditions générales ainsi "
     "que l'indemnité forfaitaire de 40 € pour frais de recouvrement.\n\nCordialement,\n"
     "Imprimerie Vasseur - Comptabilité\n"),
    ("Rappel : facture {INV} en attente de paiement",
     "Bonjour,\n\nPetit rappel amical : la facture {INV} de {AMT}, payable au {DUE}, "
     "apparaît encore comme non réglée dans nos comptes.\n\nPouvez-vous nous indiquer la date "
     "de règlement prévue ?\n\nMerci d'avance et bonne journée,\nL'équipe Imprimerie Vasseur\n"),
]
REM_EN = [
    ("Payment reminder - invoice {INV}",
     "Dear customer,\n\nAccording to our records, invoice {INV} for {AMT}, due on {DUE}, "
     "is still outstanding.\n\nWe would be grateful if you could arrange payment at your "
     "earliest convenience. If you have already paid, please disregard this message.\n\n"
     "Kind regards,\n\nAccounts department\nImprimerie Vasseur\n12 rue des Presses, 59000 Lille, France\n"),
    ("Overdue invoice {INV}",
     "Hello,\n\nThis is a reminder that invoice {INV} ({AMT}) was due on {DUE} and remains "
     "unpaid.\n\nPlease let us know when we can expect payment.\n\nBest regards,\n"
     "Marion Vasseur\nImprimerie Vasseur\n"),
]

SUBJ_PREFIX = {"fr": ["Re: ", "RE: ", "RE : ", "Re : ", "TR: ", "Réf : ", "re: "],
               "en": ["Re: ", "RE: ", "Fwd: ", "AW: ", "FW: ", "Re: Re: "]}


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


def header_line_fr(style, rdt, lang):
    d = rdt.date()
    hm = rdt.strftime("%H:%M")
    who = f"{CRED_NAME} <{CREDITOR}>"
    if lang == "fr":
        if style == "gmail":
            return (f"Le {FR_DAYS_S[d.weekday()]} {d.day} {FR_MONTHS_S[d.month-1]} {d.year} à {hm}, "
                    f"{who} a écrit :")
        if style == "apple":
            return f"Le {d.day} {FR_MONTHS_S[d.month-1]} {d.year} à {hm}, {who} a écrit :"
        return f"Le {d.strftime('%d/%m/%Y')} à {hm}, {CRED_NAME} a écrit :"
    h12 = rdt.strftime("%I:%M %p").lstrip("0")
    if style == "gmail":
        return f"On {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month-1][:3]} {d.day}, {d.year} at {h12} {who} wrote:"
    if style == "apple":
        return f"On {EN_MONTHS[d.month-1][:3]} {d.day}, {d.year}, at {hm}, {who} wrote:"
    return f"On {d.strftime('%d/%m/%Y')} {hm}, {CRED_NAME} wrote:"


def outlook_block(lang, rdt, rsubj, rbody, to_addr):
    d = rdt.date()
    if lang == "fr":
        return ("-----Message d'origine-----\n"
                f"De : {CRED_NAME} <{CREDITOR}>\n"
                f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month-1]} {d.year} {rdt.strftime('%H:%M')}\n"
                f"À : {to_addr}\nObjet : {rsubj}\n\n{rbody}")
    return ("________________________________\n"
            f"From: {CRED_NAME} <{CREDITOR}>\n"
            f"Sent: {EN_DAYS[d.weekday()]}, {en_date(d)} {rdt.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to_addr}\nSubject: {rsubj}\n\n{rbody}")


def fwd_block(lang, rdt, rsubj, rbody, to_addr):
    d = rdt.date()
    if lang == "fr":
        return ("---------- Forwarded message ---------\n"
                f"De : {CRED_NAME} <{CREDITOR}>\n"
                f"Date: {FR_DAYS_S[d.weekday()]} {d.day} {FR_MONTHS_S[d.month-1]} {d.year} à {rdt.strftime('%H:%M')}\n"
                f"Subject: {rsubj}\nTo: <{to_addr}>\n\n\n{rbody}")
    return ("---------- Forwarded message ---------\n"
            f"From: {CRED_NAME} <{CREDITOR}>\n"
            f"Date: {EN_DAYS[d.weekday()][:3]}, {EN_MONTHS[d.month-1][:3]} {d.day}, {d.year} at {rdt.strftime('%I:%M %p').lstrip('0')}\n"
            f"Subject: {rsubj}\nTo: <{to_addr}>\n\n\n{rbody}")


def to_html(client, quoted_block, lang):
    def paras(t):
        out = []
        for p in t.strip("\n").split("\n\n"):
            out.append("<p class=MsoNormal>" + html.escape(p).replace("\n", "<br>\n") + "<o:p></o:p></p>")
        return "\n".join(out)
    q = ""
    if quoted_block:
        hdr, _, rest = quoted_block.partition("\n\n")
        hdr_lines = [l for l in hdr.split("\n") if not l.startswith("-----") and not l.startswith("____")]
        hh = "<br>\n".join("<b>" + html.escape(l.split(":", 1)[0]) + ":</b>" + html.escape(l.split(":", 1)[1])
                            for l in hdr_lines if ":" in l)
        q = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
             f"<p class=MsoNormal><span style='font-size:11.0pt'>{hh}</span></p>\n</div>\n"
             + paras(rest))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
            f"</head>\n<body lang={'FR' if lang == 'fr' else 'EN-US'} link=\"#0563C1\">\n<div class=WordSection1>\n"
            + paras(client) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + q + "\n</div>\n</body>\n</html>\n")


def simple_html(client, quoted, header):
    b = "<div dir=\"ltr\">" + html.escape(client.strip()).replace("\n", "<br>") + "</div>"
    if quoted:
        b += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + html.escape(header)
              + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
              "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
              + html.escape(quoted).replace("\n", "<br>") + "</blockquote></div>")
    return b + "\n"


def set_text(part_or_msg, text, subtype, enc, rng):
    charset = "utf-8"
    cte = None
    if enc in ("cp1252", "latin1"):
        charset = "windows-1252" if enc == "cp1252" else "iso-8859-1"
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "windows-1252"
            text.encode(charset)
        cte = rng.choice(["qp", "8bit"])
    elif enc in ("qp", "b64", "8bit", "7bit"):
        cte = enc
    else:
        cte = rng.choice(["qp", "qp", "b64", "8bit"])
    if cte == "7bit" and not text.isascii():
        cte = "qp"
    m = MIMEText("", subtype, "utf-8")
    del m["Content-Transfer-Encoding"]
    del m["Content-Type"]
    cs = _cs.Charset(charset)
    if cte == "qp":
        cs.body_encoding = _cs.QP
    elif cte == "b64":
        cs.body_encoding = _cs.BASE64
    else:
        cs.body_encoding = None
    m.set_payload(text, cs)
    m.set_type(f"text/{subtype}")
    del m["MIME-Version"]
    if cte == "8bit" and "Content-Transfer-Encoding" in m:
        del m["Content-Transfer-Encoding"]
        m["Content-Transfer-Encoding"] = "8bit"
    elif "Content-Transfer-Encoding" not in m:
        m["Content-Transfer-Encoding"] = "8bit" if not text.isascii() else "7bit"
    return m


def build(spec, idx, rng, prefix):
    lang = spec["lang"]
    rlang = spec.get("rlang", lang)
    local, zone = pick_date(rng, spec)
    name, addr = parseaddr(spec["from"])
    domain = addr.split("@")[1]
    # invoice and reminder
    inv = spec.get("inv") or f"FA-26-0{rng.randrange(100, 990):03d}"
    amt_v = float(spec["amt"]) if spec.get("amt") else round(rng.choice(
        [rng.uniform(80, 900), rng.uniform(300, 4000), rng.uniform(1000, 15000)]), 2)
    if rng.random() < 0.2 and not spec.get("amt"):
        amt_v = float(int(amt_v))
    rdt = local - dt.timedelta(days=rng.randrange(0, 7), hours=rng.randrange(0, 5), minutes=rng.randrange(60))
    if rdt.hour < 7:
        rdt = rdt.replace(hour=rdt.hour + 8)
    due = dt.date.fromisoformat(spec["due"]) if spec.get("due") else rdt.date() - dt.timedelta(days=rng.randrange(3, 50))
    rem_tpls = REM_FR if rlang == "fr" else REM_EN
    rs, rb = rem_tpls[int(spec["rem"]) if spec.get("rem") else rng.randrange(len(rem_tpls))]
    ph = {"{INV}": inv, "{AMT}": fmt_amount(amt_v, rlang),
          "{DUE}": fr_date(due) if rlang == "fr" else en_date(due),
          "{RDATE}": fr_date(rdt.date()) if lang == "fr" else en_date(rdt.date())}
    # client placeholders use client's language for amounts
    cph = dict(ph)
    cph["{AMT}"] = fmt_amount(amt_v, lang)
    cph["{DUE}"] = fr_date(due) if lang == "fr" else en_date(due)
    cph["{DUEN}"] = due.strftime("%d/%m/%Y")

    def fill(t, table):
        for k, v in table.items():
            t = t.replace(k, v)
        return t
    rsubj = fill(rs, ph)
    rbody = fill(rb, ph)
    client = fill(spec["body"], cph)
    layout = spec.get("layout") or rng.choice(["gmail", "gmail", "outlook", "apple", "tbird", "none", "html", "gmailalt"])
    # subject
    if spec.get("subjp"):
        subject = spec["subjp"] + " " + rsubj
    elif spec.get("subj") is not None and spec.get("subj") != "" and not spec["subj"].endswith(":") and not spec["subj"].endswith(": "):
        subject = fill(spec["subj"], cph)
    else:
        pre = spec.get("subj") or rng.choice(SUBJ_PREFIX[lang])
        if not pre.endswith(" "):
            pre += " "
        subject = pre + rsubj
    to_addr = spec.get("to") or rng.choice([CREDITOR, CREDITOR, f"{CRED_NAME} <{CREDITOR}>",
                                            f"\"Imprimerie Vasseur - Relances\" <{CREDITOR}>"])
    rmid = f"<relance.{inv.lower()}.{hashlib.sha1((inv+str(idx)).encode()).hexdigest()[:10]}@imprimerie-vasseur.example>"
    mid = f"<{hashlib.sha1(f'{prefix}{idx}'.encode()).hexdigest()[:20]}@{domain}>"

    quoted_text = ""
    ctype_html_only = False
    parts = None
    body_text = client
    if layout in ("gmail", "apple", "tbird", "gmailalt"):
        st = "gmail" if layout == "gmailalt" else layout
        hl = header_line_fr(st, rdt, lang)
        quoted_text = rbody
        body_text = client.rstrip("\n") + "\n\n" + hl + "\n\n" + quote(rbody) + "\n"
        if layout == "gmailalt":
            parts = ("alt", body_text, simple_html(client, rbody, hl))
    elif layout == "bottom":
        hl = header_line_fr("tbird", rdt, lang)
        body_text = hl + "\n" + quote(rbody) + "\n\n" + client
    elif layout == "outlook":
        body_text = client.rstrip("\n") + "\n\n" + outlook_block(lang, rdt, rsubj, rbody, addr) + "\n"
    elif layout == "html":
        ctype_html_only = True
        ob = outlook_block(lang, rdt, rsubj, rbody, addr)
        parts = ("html", None, to_html(client, ob, lang))
    elif layout == "htmlalt":
        ob = outlook_block(lang, rdt, rsubj, rbody, addr)
        body_text = client.rstrip("\n") + "\n\n" + ob + "\n"
        parts = ("alt", body_text, to_html(client, ob, lang))
    elif layout == "fwd":
        body_text = client.rstrip("\n") + "\n\n" + fwd_block(lang, rdt, rsubj, rbody, addr) + "\n"
    elif layout == "inline":
        body_text = client.replace("{QUOTE}", quote(rbody))
    elif layout == "none":
        pass
    elif layout == "mdn":
        parts = ("mdn", client, None)
    else:
        raise ValueError(layout)

    enc = spec.get("enc", "")
    if parts is None:
        msg = set_text(None, body_text, "plain", enc, rng)
        if spec.get("flowed"):
            msg.set_param("format", "flowed")
    elif parts[0] == "html":
        msg = set_text(None, parts[2], "html", enc or "qp", rng)
    elif parts[0] == "alt":
        msg = MIMEMultipart("alternative", boundary=f"----=_Part_{idx}_{rng.randrange(10**8)}")
        msg.attach(set_text(None, parts[1], "plain", enc, rng))
        msg.attach(set_text(None, parts[2], "html", enc or "qp", rng))
    elif parts[0] == "mdn":
        msg = MIMEMultipart("report", report_type="disposition-notification",
                            boundary=f"mdn_{idx}_{rng.randrange(10**8)}")
        msg.attach(set_text(None, parts[1], "plain", enc or "qp", rng))
        dn = Message()
        dn.set_type("message/disposition-notification")
        dn.set_payload(f"Reporting-UA: {domain}; Microsoft Outlook 16.0\r\n"
                       f"Final-Recipient: rfc822;{addr}\r\n"
                       f"Original-Message-ID: {rmid}\r\n"
                       "Disposition: manual-action/MDN-sent-manually; displayed\r\n")
        msg.attach(dn)
    if spec.get("attach"):
        outer = MIMEMultipart("mixed", boundary=f"mixed_{idx}_{rng.randrange(10**8)}")
        outer.attach(msg)
        fn, ct = spec["attach"].split()
        a = MIMEBase(*ct.split("/"))
        a.set_payload(hashlib.sha256(fn.encode()).hexdigest() * 8)
        from email import encoders
        encoders.encode_base64(a)
        a.add_header("Content-Disposition", "attachment", filename=fn)
        outer.attach(a)
        msg = outer

    # headers, in a plausible order
    hdrs = []
    hdrs.append(("Return-Path", f"<{addr}>"))
    hdrs.append(("Received", f"from mail.{domain} (mail.{domain} [192.0.2.{rng.randrange(1, 254)}])\r\n"
                 f"\tby mx.imprimerie-vasseur.example with ESMTPS id {hashlib.md5(mid.encode()).hexdigest()[:12]}\r\n"
                 f"\tfor <{CREDITOR}>; {local.strftime('%a, %d %b %Y %H:%M:%S')} {zone}"))
    hdrs.append(("From", spec["from"]))
    hdrs.append(("To", to_addr))
    if spec.get("cc"):
        hdrs.append(("Cc", spec["cc"]))
    hdrs.append(("Subject", subject))
    hdrs.append(("Date", f"{local.strftime('%a, %d %b %Y %H:%M:%S')} {zone}"))
    hdrs.append(("Message-ID", mid))
    if not spec.get("noref"):
        hdrs.append(("In-Reply-To", rmid))
        hdrs.append(("References", rmid))
    for e in spec["extra"]:
        k, _, v = e.partition(":")
        hdrs.append((k.strip(), v.strip()))
    hdr_mode = spec.get("hdr", "")
    if hdr_mode == "auto":
        hdrs.append(("Auto-Submitted", "auto-replied"))
        hdrs.append(("X-Autoreply", "yes"))
    elif hdr_mode == "auto1":
        hdrs.append(("Auto-Submitted", "auto-replied"))
    elif hdr_mode == "auto2":
        hdrs.append(("X-Autoreply", "yes"))
        hdrs.append(("Precedence", "auto_reply"))
    elif hdr_mode == "bulk":
        hdrs.append(("Precedence", "bulk"))
    elif hdr_mode == "gen":
        hdrs.append(("Auto-Submitted", "auto-generated"))
    if "X-Mailer" not in [h[0] for h in hdrs] and "User-Agent" not in [h[0] for h in hdrs]:
        ua = {"gmail": None, "gmailalt": None, "apple": ("X-Mailer", "iPhone Mail (22A3354)"),
              "tbird": ("User-Agent", "Mozilla Thunderbird"), "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
              "html": ("X-MS-Has-Attach", ""), "htmlalt": ("X-Mailer", "Microsoft Outlook 16.0")}.get(layout)
        if ua:
            hdrs.append(ua)
    hdrs.append(("MIME-Version", "1.0"))

    out = []
    for k, v in hdrs:
        if not v.isascii():
            v = Header(v, "utf-8").encode() if k == "Subject" else v
            if k in ("From", "To", "Cc"):
                n, a = parseaddr(v)
                v = formataddr((n, a), charset="utf-8")
        out.append(f"{k}: {v}")
    body_bytes = msg.as_bytes()
    # strip MIMEText's own MIME-Version header; keep its content headers
    bb = body_bytes.replace(b"MIME-Version: 1.0\n", b"", 1)
    raw = ("\r\n".join(out) + "\r\n").encode("ascii") + bb.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")

    pd, win, und = resolve_pd(spec.get("pd", ""), local.date())
    label = {"class": spec["class"], "lang": lang, "promiseDate": pd, "promiseWindow": win,
             "undated": und, "phrase": fill(spec.get("phrase", ""), cph)}
    if spec.get("note"):
        label["note"] = fill(spec["note"], cph)
    return raw, label


def main():
    files = sys.argv[1:] or sorted(f for f in os.listdir(HERE) if f.startswith("msgs") and f.endswith(".txt"))
    labels_path = os.path.join(OUT, "labels.json")
    labels = {}
    n = 0
    # Each spec file set ("half") gets its own contiguous range; order inside a half is shuffled.
    halves = {}
    for f in files:
        half = re.match(r"msgs(\d)", f).group(1)
        halves.setdefault(half, []).extend(parse_specs(os.path.join(HERE, f)))
    for half in sorted(halves):
        specs = halves[half]
        random.Random(f"order{half}").shuffle(specs)
        for spec in specs:
            n += 1
            name = f"train3-{n:04d}.eml"
            rng = random.Random(f"train3/{name}")
            try:
                raw, label = build(spec, n, rng, "train3")
            except Exception as e:
                print("error in", spec["src"], spec.get("from"), spec.get("phrase"), file=sys.stderr)
                raise
            with open(os.path.join(OUT, name), "wb") as fh:
                fh.write(raw)
            labels[name] = label
    with open(labels_path, "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(n, "messages")


if __name__ == "__main__":
    main()

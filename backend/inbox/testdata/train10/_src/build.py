#!/usr/bin/env python3
"""Wrap the hand-written sources (_src/msgs_*.txt) into raw RFC 5322 files.

Standard library only.  Each source block:

### key
field: value
...
---
client text (what the client typed; may contain hand-written inline quotes)

The quoted reminder (if any) is generated from inv/amt/due/level and the
quote style, in the client's mailer conventions.
"""
import base64, datetime as dt, glob, hashlib, html, html.entities, json, os, quopri, random, re, sys
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CRED_ADDR = "relances@lutherie-daubigny.example"
CRED_NAME = "Lutherie Daubigny"
CRED_NAME_EN = "Lutherie Daubigny - Accounts"

FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAYS_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                  "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def parse_sources():
    blocks = []
    for fn in sorted(glob.glob(os.path.join(HERE, "msgs_*.txt"))):
        text = open(fn, encoding="utf-8").read()
        for chunk in re.split(r"^### ", text, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n---\n")
            lines = head.split("\n")
            meta = {"key": lines[0].strip(), "src": os.path.basename(fn)}
            for ln in lines[1:]:
                if not ln.strip():
                    continue
                k, _, v = ln.partition(":")
                meta[k.strip()] = v.strip()
            meta["body"] = body.rstrip("\n") + "\n"
            blocks.append(meta)
    return blocks


def parse_date(s):
    # "2026-10-13 09:12:44 +0200" or "... GMT"
    d, t, z = s.split()
    y, m, dd = map(int, d.split("-"))
    hh, mi, ss = map(int, t.split(":"))
    if z == "GMT":
        off = 0
    else:
        sign = -1 if z[0] == "-" else 1
        off = sign * (int(z[1:3]) * 60 + int(z[3:5]))
    tz = dt.timezone(dt.timedelta(minutes=off))
    return dt.datetime(y, m, dd, hh, mi, ss, tzinfo=tz), z == "GMT"


def paris_offset(d):
    # CEST from 2026-03-29 to 2026-10-25, then from 2027-03-28
    if dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25) or d >= dt.date(2027, 3, 28):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def h(key, mod):
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % mod


def fr_amount(a):
    return a + " €"


def en_amount(a):
    # "1 240,00" -> "1,240.00"
    ip, _, dec = a.partition(",")
    return "EUR " + ip.replace(" ", ",") + "." + (dec or "00")


def fr_date(d):
    return d.strftime("%d/%m/%Y")


def fr_long(d):
    return "%d%s %s %d" % (d.day, "er" if d.day == 1 else "", FR_MONTHS[d.month - 1], d.year)


def en_long(d):
    return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)


def reminder(m):
    """Return (subject, text, msgid, sent_datetime) of the reminder being answered."""
    lang = m["lang"]
    inv = m["inv"]
    amt = m["amt"]
    due = dt.date.fromisoformat(m["due"])
    level = int(m.get("level", "1"))
    msgdt, _ = parse_date(m["date"])
    if "rem" in m:
        rd = dt.datetime.fromisoformat(m["rem"])
        rd = rd.replace(tzinfo=paris_offset(rd.date()))
    else:
        back = 1 + h(m["key"], 6)
        day = (msgdt - dt.timedelta(days=back)).date()
        while day.weekday() >= 5:  # reminders go out on weekdays
            day -= dt.timedelta(days=1)
        rd = dt.datetime(day.year, day.month, day.day, 9, 5 + h(m["key"] + "m", 50), h(m["key"] + "s", 60))
        rd = rd.replace(tzinfo=paris_offset(day))
        while rd >= msgdt:
            rd -= dt.timedelta(days=1)
    if rd.date() <= due:
        raise ValueError("reminder %s not after due date %s" % (rd.date(), due))
    invdate = due - dt.timedelta(days=30)
    pen = rd.date() + dt.timedelta(days=15)
    sig_fr = ("Hélène Ravier\nService administratif - Lutherie Daubigny\n"
              "12 rue des Luthiers, 88500 Mirecourt\nTél. 03 29 00 41 17 - www.lutherie-daubigny.example")
    sig_en = ("Helene Ravier\nAccounts - Lutherie Daubigny (violin makers & restorers)\n"
              "12 rue des Luthiers, 88500 Mirecourt, France\nTel. +33 3 29 00 41 17")
    if lang == "fr":
        if level == 1:
            subj = "Relance facture %s" % inv
            text = ("Bonjour,\n\nSauf erreur de notre part, la facture %s du %s, d'un montant de %s TTC, "
                    "arrivée à échéance le %s, reste impayée à ce jour.\n\n"
                    "Nous vous remercions de bien vouloir procéder à son règlement par virement "
                    "(IBAN FR76 1027 8060 0000 0209 8765 412) ou de nous indiquer la date à laquelle "
                    "il interviendra.\n\nSi votre règlement a croisé ce message, merci de ne pas en tenir compte.\n\n"
                    "Bien cordialement,\n\n%s\n") % (inv, fr_date(invdate), fr_amount(amt), fr_date(due), sig_fr)
        elif level == 2:
            subj = "2e relance - facture %s impayée" % inv
            text = ("Bonjour,\n\nMalgré notre premier rappel, nous n'avons pas reçu le règlement de la facture %s "
                    "(%s TTC, échue le %s).\n\nConformément à nos conditions générales de vente, des pénalités de "
                    "retard (trois fois le taux d'intérêt légal) et l'indemnité forfaitaire de 40 € pour frais de "
                    "recouvrement seront appliquées à compter du %s.\n\nMerci de nous confirmer rapidement la date "
                    "de votre règlement.\n\nCordialement,\n\n%s\n") % (inv, fr_amount(amt), fr_date(due), fr_long(pen), sig_fr)
        else:
            subj = "Dernier rappel avant mise en demeure - facture %s" % inv
            text = ("Madame, Monsieur,\n\nLa facture %s d'un montant de %s, échue depuis le %s, demeure impayée "
                    "malgré nos deux relances.\n\nSans règlement ou proposition de votre part avant le %s, "
                    "nous transmettrons le dossier à notre service contentieux.\n\nNous restons à votre disposition "
                    "pour convenir d'un échéancier si besoin.\n\nSalutations distinguées,\n\n%s\n"
                    ) % (inv, fr_amount(amt), fr_long(due), fr_long(pen), sig_fr)
    else:
        if level == 1:
            subj = "Payment reminder - invoice %s" % inv
            text = ("Dear customer,\n\nAccording to our records, invoice %s dated %s for %s was due on %s "
                    "and is still outstanding.\n\nWe would be grateful if you could arrange payment by bank transfer "
                    "(IBAN FR76 1027 8060 0000 0209 8765 412, BIC CMCIFR2A) or let us know when payment will be made.\n\n"
                    "If you have already paid, please disregard this message.\n\nKind regards,\n\n%s\n"
                    ) % (inv, en_long(invdate), en_amount(amt), en_long(due), sig_en)
        elif level == 2:
            subj = "Second reminder - overdue invoice %s" % inv
            text = ("Dear customer,\n\nWe have not yet received payment of invoice %s (%s, due %s) despite our first "
                    "reminder.\n\nPlease note that under French law late payment interest and a fixed recovery fee "
                    "of EUR 40 will be charged from %s.\n\nCould you please confirm the date of payment?\n\n"
                    "Kind regards,\n\n%s\n") % (inv, en_amount(amt), en_long(due), en_long(pen), sig_en)
        else:
            subj = "Final notice - invoice %s" % inv
            text = ("Dear Sir or Madam,\n\nInvoice %s for %s, overdue since %s, remains unpaid after two reminders.\n\n"
                    "Unless we receive payment or a proposal from you by %s, the matter will be passed to our "
                    "collection agency.\n\nYours faithfully,\n\n%s\n") % (inv, en_amount(amt), en_long(due), en_long(pen), sig_en)
    msgid = "<relance.%s.%d.%s@lutherie-daubigny.example>" % (re.sub(r"[^A-Za-z0-9]", "", inv), level,
                                                            rd.strftime("%Y%m%d%H%M"))
    return subj, text, msgid, rd


def quote_header(style, lang, rd, client_tz, subj, to_addr):
    d = rd.astimezone(client_tz)
    wd = d.weekday()
    if style == "gmail":
        if lang == "fr":
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
                FR_DAYS_ABBR[wd], d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.strftime("%H:%M"), CRED_NAME, CRED_ADDR)
        return "On %s, %d %s %d at %s, %s <%s> wrote:" % (
            EN_DAYS[wd][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year, d.strftime("%H:%M"), CRED_NAME_EN, CRED_ADDR)
    if style == "apple":
        if lang == "fr":
            return "Le %d %s %d à %s, %s <%s> a écrit :" % (
                d.day, FR_MONTHS_ABBR[d.month - 1], d.year, d.strftime("%H:%M"), CRED_NAME, CRED_ADDR)
        return "On %d %s %d, at %s, %s <%s> wrote:" % (
            d.day, EN_MONTHS[d.month - 1][:3], d.year, d.strftime("%H:%M"), CRED_NAME_EN, CRED_ADDR)
    if style == "thunder":
        if lang == "fr":
            return "Le %s à %s, %s a écrit :" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M"), CRED_NAME)
        return "On %s %s, %s wrote:" % (d.strftime("%d/%m/%Y"), d.strftime("%H:%M"), CRED_NAME_EN)
    if style in ("outlook", "fwd"):
        if lang == "fr":
            sent = "%s %s %s %d %s" % (FR_DAYS[wd], d.day, FR_MONTHS[d.month - 1], d.year, d.strftime("%H:%M"))
            if style == "fwd":
                return ("-------- Message transféré --------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n"
                        % (CRED_NAME, CRED_ADDR, sent, subj, to_addr))
            return ("De : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" % (CRED_NAME, CRED_ADDR, sent, to_addr, subj))
        hr = d.hour % 12 or 12
        sent = "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[wd], EN_MONTHS[d.month - 1], d.day, d.year, hr, d.minute,
                                            "AM" if d.hour < 12 else "PM")
        if style == "fwd":
            return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n"
                    % (CRED_NAME_EN, CRED_ADDR, sent, subj, to_addr))
        return "From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n" % (CRED_NAME_EN, CRED_ADDR, sent, to_addr, subj)
    raise ValueError(style)


def plain_with_quote(m, body, rsubj, rtext, rd, tz):
    style = m.get("quote", "none")
    if style == "none":
        return body
    to_addr = m["from_addr"]
    qh = quote_header(style, m["lang"], rd, tz, rsubj, to_addr)
    if style in ("gmail", "thunder"):
        q = "\n".join((">" if not l else "> " + l) for l in rtext.rstrip("\n").split("\n"))
        return body + "\n" + qh + "\n\n" + q + "\n"
    if style == "apple":
        q = "\n".join((">" if not l else "> " + l) for l in rtext.rstrip("\n").split("\n"))
        return body + "\n" + "> " + qh + "\n>\n" + q + "\n"
    if style == "outlook":
        sep = "________________________________\n" if h(m["key"], 2) else "-----Message d'origine-----\n" if m["lang"] == "fr" else "-----Original Message-----\n"
        return body + "\n" + sep + qh + "\n" + rtext
    if style == "fwd":
        return body + "\n\n" + qh + "\n\n" + rtext


def esc(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                name = html.entities.codepoint2name.get(ord(ch))
                out.append("&%s;" % name if name else "&#%d;" % ord(ch))
            else:
                out.append(ch)
        s = "".join(out)
    return s


def paras_html(text, entities, pclass):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [esc(l, entities) for l in para.split("\n")]
        if pclass:
            out.append('<p class=MsoNormal>' + "<br>\n".join(lines) + '<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
        else:
            out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    return "\n".join(out)


def make_html(m, body, rsubj, rtext, rd, tz, charset):
    style = m.get("quote", "none")
    ent = m.get("ent") == "yes"
    outlookish = style in ("outlook", "none", "fwd") or m.get("hstyle") == "outlook"
    cs = charset
    if outlookish:
        parts = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                 'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                 'xmlns="http://www.w3.org/TR/REC-html40">',
                 '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
                 '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
                 'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                 'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n--></style></head>',
                 '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>' % ("FR" if m["lang"] == "fr" else "EN-GB"),
                 '<div class=WordSection1>',
                 paras_html(body, ent, True)]
        if style != "none":
            qh = quote_header("outlook" if style == "outlook" else "fwd", m["lang"], rd, tz, rsubj, m["from_addr"])
            hl = qh.strip("\n").split("\n")
            if style == "fwd":
                parts.append('<p class=MsoNormal>' + "<br>\n".join(esc(l, ent) for l in hl) + '</p>')
            else:
                cells = []
                for l in hl:
                    k, _, v = l.partition(":")
                    cells.append("<b>%s:</b>%s" % (esc(k, ent), esc(v, ent)))
                parts.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                             "<p class=MsoNormal><span lang=FR style='font-size:11.0pt'>" + "<br>\n".join(cells) +
                             "<o:p></o:p></span></p></div>")
            parts.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
            parts.append(paras_html(rtext, ent, True))
        parts.append("</div>\n</body>\n</html>\n")
        return "\n".join(parts)
    # gmail / apple / thunderbird style HTML
    parts = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % cs,
             '<body>' if style != "gmail" else '<body><div dir="ltr">',
             paras_html(body, ent, False)]
    if style == "gmail":
        parts.append("</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                     "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                     % esc(quote_header("gmail", m["lang"], rd, tz, rsubj, m["from_addr"]), ent))
        parts.append(paras_html(rtext, ent, False))
        parts.append("</blockquote></div>")
    elif style in ("apple", "thunder"):
        parts.append("<div><br><blockquote type=\"cite\"><div>%s</div><br>"
                     % esc(quote_header(style, m["lang"], rd, tz, rsubj, m["from_addr"]), ent))
        parts.append(paras_html(rtext, ent, False))
        parts.append("</blockquote></div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def to_charset(text, cs):
    if cs in ("iso-8859-1", "us-ascii"):
        text = (text.replace("€", "EUR").replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
                .replace("\u202f", " ").replace("\u2026", "...").replace("\u0153", "oe").replace("\u201c", '"').replace("\u201d", '"'))
    if cs == "us-ascii":
        import unicodedata
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if ord(c) < 128)
    return text.encode(cs)


def encode_body(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode("latin-1")  # 8bit/7bit: bytes carried as-is (re-encoded latin-1 at the end)


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def part(ctype, cs, cte, text):
    raw = to_charset(text, cs)
    if cte == "7bit" and any(b > 127 for b in raw):
        raise ValueError("non-ASCII content declared 7bit")
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    if ctype == "text/plain" and h(text, 3) == 0 and cte != "base64":
        hdr = "Content-Type: %s; charset=%s; format=flowed\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return hdr, encode_body(raw, cte)


def enc_hdr(s, cs, force=False):
    if force or any(ord(c) > 127 for c in s):
        c = "utf-8" if cs in ("us-ascii",) else cs
        if c == "iso-8859-1":
            s = s.replace("€", "EUR").replace("\u2019", "'").replace("\u2013", "-")
        return Header(s, c, maxlinelen=76).encode()
    return s


def addr(name_addr, cs):
    mm = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", name_addr)
    if not mm:
        return name_addr.strip()
    name, a = mm.group(1).strip('"'), mm.group(2)
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (enc_hdr(name, cs), a)
    if re.search(r"[,.;:()]", name):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a) if name else a


MAILERS = {
    "outlook": ["Microsoft Outlook 16.0", None],
    "thunder": [None],
}


def build(m):
    msgdt, is_gmt = parse_date(m["date"])
    tz = msgdt.tzinfo
    m["from_addr"] = re.search(r"<([^>]+)>", m["from"]).group(1) if "<" in m["from"] else m["from"]
    rsubj, rtext, rmid, rd = reminder(m)
    cs = m.get("cs", "utf-8")
    cte = CTE[m.get("cte", "qp")]
    fmt = m.get("fmt", "plain")
    body = m["body"]
    if cs == "us-ascii":
        assert cte in ("7bit", "quoted-printable"), m["key"]
    plain = plain_with_quote(m, body, rsubj, rtext, rd, tz)
    style = m.get("quote", "none")
    default = "RE: {rs}" if style in ("outlook",) or (style == "none" and fmt == "html") else "Re: {rs}"
    subj = m.get("subj", default).replace("{rs}", rsubj)
    hdrs = []
    hdrs.append("Return-Path: <%s>" % m["from_addr"])
    hdrs.append("From: " + addr(m["from"], cs))
    hdrs.append("To: " + addr(m.get("to", "%s <%s>" % (CRED_NAME, CRED_ADDR)), cs))
    if "cc" in m:
        hdrs.append("Cc: " + ", ".join(addr(x, cs) for x in m["cc"].split(";")))
    hdrs.append("Subject: " + enc_hdr(subj, cs, force=m.get("subj2047") == "yes"))
    if is_gmt:
        hdrs.append("Date: " + msgdt.strftime("%a, %d %b %Y %H:%M:%S") + " GMT")
    else:
        hdrs.append("Date: " + format_datetime(msgdt))
    dom = m["from_addr"].split("@")[1]
    hdrs.append("Message-ID: <%s.%s@%s>" % (msgdt.strftime("%Y%m%d%H%M%S"), hashlib.sha1(m["key"].encode()).hexdigest()[:12],
                                            "mail." + dom if h(m["key"], 2) else dom))
    if m.get("irt", "yes") == "yes" and m.get("quote") != "fwd":
        hdrs.append("In-Reply-To: " + rmid)
        hdrs.append("References: " + rmid)
    style = m.get("quote", "none")
    if "mailer" in m:
        hdrs.append(m["mailer"])
    hdrs.append("MIME-Version: 1.0")
    bkey = hashlib.md5(m["key"].encode()).hexdigest()
    attach = m.get("attach")
    if fmt == "plain" and not attach:
        ph, pb = part("text/plain", cs, cte, plain)
        hdrs.append(ph.rstrip("\n"))
        text = "\n".join(hdrs) + "\n\n" + pb
    elif fmt == "html" and not attach:
        ph, pb = part("text/html", cs, cte, make_html(m, body, rsubj, rtext, rd, tz, cs))
        hdrs.append(ph.rstrip("\n"))
        text = "\n".join(hdrs) + "\n\n" + pb
    else:
        b = ("----=_NextPart_000_%s_%s.%s" % (bkey[:4].upper(), bkey[4:12].upper(), bkey[12:20].upper())
             if style in ("outlook", "none", "fwd") else "000000000000" + bkey[:16])
        sub = []
        if fmt in ("plain", "alt"):
            ph, pb = part("text/plain", cs, cte, plain)
            sub.append(ph + "\n" + pb)
        if fmt in ("html", "alt"):
            hh, hb = part("text/html", cs, cte, make_html(m, body, rsubj, rtext, rd, tz, cs))
            sub.append(hh + "\n" + hb)
        if len(sub) > 1:
            inner = "\n".join("--%s\n%s" % (b, s) for s in sub) + "\n--%s--\n" % b
            alt = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b + inner
        else:
            alt = sub[0]
        if attach:
            b2 = "mixed_" + bkey[16:32]
            fake = ("%%PDF-1.4\n%% %s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % m["key"]).encode()
            att = ('Content-Type: application/pdf; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                   'Content-Transfer-Encoding: base64\n\n%s' % (attach, attach, base64.encodebytes(fake).decode()))
            hdrs.append('Content-Type: multipart/mixed; boundary="%s"' % b2)
            text = "\n".join(hdrs) + "\n\nThis is a multi-part message in MIME format.\n\n--%s\n%s\n--%s\n%s\n--%s--\n" % (b2, alt, b2, att, b2)
        else:
            hl, _, rest = alt.partition("\n\n")
            hdrs.append(hl)
            text = "\n".join(hdrs) + "\n\n" + rest
    data = text.encode("latin-1")
    if m.get("eol", "crlf") == "crlf":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


def main():
    blocks = parse_sources()
    keys = [b["key"] for b in blocks]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit("duplicate keys: %s" % dup)
    rnd = random.Random(20261208)
    order = blocks[:]
    rnd.shuffle(order)
    labels = {}
    mapping = {}
    bad = []
    for i, m in enumerate(order, 1):
        fn = "t10-%03d.eml" % i
        try:
            data = build(m)
        except ValueError as e:
            bad.append("%s: %s" % (m["key"], e))
            continue
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        mapping[fn] = m["key"]
        labels[fn] = {
            "class": m["cls"],
            "lang": m["lang"],
            "phrase": m.get("phrase", ""),
            "promiseDate": m.get("pd", ""),
            "promiseWindow": m.get("win", ""),
            "undated": m.get("undated", "no") == "yes",
            "note": m.get("note", ""),
        }
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "mapping.json"), "w", encoding="utf-8") as f:
        json.dump(mapping, f, indent=1)
    if bad:
        sys.exit("\n".join(bad))
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()

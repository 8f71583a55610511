#!/usr/bin/env python3
"""Wrap the hand-written client replies (_src/msgs_*.txt) into raw RFC 5322
messages t8-NNN.eml and write labels.json.  Standard library only.

Source record format (one per message):

    === key
    field: value
    ...
    ---
    body text written by hand (LF line endings)

Fields: date, from, to, subj, cls, lang, inv, amt, due, phrase, pdate,
window, undated, note, and optional overrides fmt (plain|html|alt),
cs (utf-8|iso-8859-1|windows-1252|us-ascii), cte (qp|b64|8bit|7bit),
quote (gmail_fr|gmail_en|outlook_fr|outlook_en|apple_fr|apple_en|tb_fr|tb_en|
fwd_fr|fwd_en|none), eol (crlf|lf), reply (yes|no), ua, subjenc (q|b), rem (1|2|3),
chorus (yes).
"""
import base64
import datetime as dt
import email.utils
import glob
import hashlib
import html
import json
import os
import quopri
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CRED_NAME = "Les Ateliers du Châtaignier"
CRED_ADDR = "relances@ateliers-chataignier.example"
CRED_DOMAIN = "ateliers-chataignier.example"

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
           "sept.", "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def parse_sources():
    recs = []
    for fn in sorted(glob.glob(os.path.join(HERE, "msgs_*.txt"))):
        with open(fn, encoding="utf-8") as f:
            text = f.read()
        for chunk in re.split(r"^=== ", text, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n---\n")
            lines = head.split("\n")
            rec = {"key": lines[0].strip(), "src": os.path.basename(fn)}
            for ln in lines[1:]:
                if not ln.strip():
                    continue
                k, _, v = ln.partition(":")
                rec[k.strip()] = v.strip()
            rec["body"] = body.rstrip("\n") + "\n"
            recs.append(rec)
    return recs


def paris_offset(d):
    # Europe/Paris summer time 2026-03-29 .. 2026-10-25, from 2027-03-28
    if dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25) or d >= dt.date(2027, 3, 28):
        return "+0200"
    return "+0100"


def fr_amount(a):
    return a + " €"


def d_fr(d):
    return d.strftime("%d/%m/%Y")


def d_en(d):
    return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)


def reminder(rec, rng):
    """Return (subject, body_text, sent_datetime, offset) of the creditor's reminder."""
    lang = rec["lang"]
    inv = rec["inv"]
    amt = rec["amt"]
    due = dt.date.fromisoformat(rec["due"])
    tup = email.utils.parsedate_tz(rec["date"])
    mdate = dt.date(tup[0], tup[1], tup[2])
    back = rng.choice([1, 1, 2, 2, 3, 4, 5, 6])
    sent = mdate - dt.timedelta(days=back)
    if rec.get("rdate"):
        sent = dt.date.fromisoformat(rec["rdate"])
    while sent.weekday() >= 5:
        sent -= dt.timedelta(days=1)
    if sent <= due:
        sent = due + dt.timedelta(days=1)
        while sent.weekday() >= 5:
            sent += dt.timedelta(days=1)
    if sent > mdate:
        sent = mdate
    h, mi, s = rng.choice([8, 9, 9, 10, 11, 14]), rng.randint(0, 59), rng.randint(0, 59)
    sent_dt = dt.datetime(sent.year, sent.month, sent.day, h, mi, s)
    off = paris_offset(sent)
    issued = due - dt.timedelta(days=rng.choice([30, 30, 45, 60]))
    if inv.startswith("ACH-27") and issued < dt.date(2027, 1, 4):
        issued = dt.date(2027, 1, 4)
    pen = due + dt.timedelta(days=rng.choice([10, 15, 15, 30]))
    level = rec.get("rem") or rng.choice(["1", "1", "2", "2", "3"])
    chorus = rec.get("chorus") == "yes"
    if lang == "fr":
        lvl = {"1": "Relance", "2": "2e relance", "3": "Dernière relance avant mise en demeure"}[level]
        subj = "%s facture %s" % (lvl, inv)
        parts = ["Bonjour,", ""]
        if level == "1":
            parts.append("Sauf erreur ou omission de notre part, la facture n° %s du %s, d'un montant de %s TTC, "
                         "arrivée à échéance le %s, reste impayée à ce jour." % (inv, d_fr(issued), fr_amount(amt), d_fr(due)))
        elif level == "2":
            parts.append("Malgré notre précédent courrier, nous constatons que la facture n° %s (%s TTC), "
                         "échue depuis le %s, n'est toujours pas réglée." % (inv, fr_amount(amt), d_fr(due)))
        else:
            parts.append("Nos relances concernant la facture n° %s d'un montant de %s TTC, échue le %s, "
                         "sont restées sans effet." % (inv, fr_amount(amt), d_fr(due)))
        if chorus:
            parts.append("Pour mémoire, cette facture a été déposée sur Chorus Pro le %s." % d_fr(issued + dt.timedelta(days=1)))
        parts.append("")
        parts.append("Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. "
                     "Des pénalités de retard (3 fois le taux d'intérêt légal) ainsi que l'indemnité forfaitaire "
                     "de 40 € pour frais de recouvrement seront appliquées à compter du %s." % d_fr(pen))
        parts.append("")
        parts.append("Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message "
                     "et de nous indiquer la date du virement.")
        parts.append("")
        parts.append("Cordialement,")
        parts.append("")
        parts.append("Mélanie Roussel")
        parts.append("Service comptabilité - Les Ateliers du Châtaignier")
        parts.append("ZA des Fonts, 12 route de Vals - 07000 Privas")
        parts.append("Tél. 04 75 00 18 62 - IBAN FR76 0000 0000 0000 0000 0000 000")
    else:
        lvl = {"1": "Payment reminder", "2": "Second reminder", "3": "Final reminder"}[level]
        subj = "%s - invoice %s" % (lvl, inv)
        parts = ["Dear Sir or Madam,", ""]
        if level == "1":
            parts.append("According to our records, invoice %s dated %s for EUR %s, which fell due on %s, "
                         "is still outstanding." % (inv, d_en(issued), amt, d_en(due)))
        elif level == "2":
            parts.append("Further to our previous reminder, invoice %s (EUR %s), due on %s, "
                         "remains unpaid." % (inv, amt, d_en(due)))
        else:
            parts.append("Despite our earlier reminders, invoice %s for EUR %s, due on %s, has not been settled." % (inv, amt, d_en(due)))
        parts.append("")
        parts.append("We would be grateful if you could arrange payment at your earliest convenience. "
                     "Please note that late-payment interest and a fixed recovery fee of EUR 40 will apply "
                     "from %s." % d_en(pen))
        parts.append("")
        parts.append("If payment has already been made, please disregard this message and let us know the date of the transfer.")
        parts.append("")
        parts.append("Kind regards,")
        parts.append("")
        parts.append("Mélanie Roussel")
        parts.append("Accounts - Les Ateliers du Châtaignier")
        parts.append("ZA des Fonts, 12 route de Vals, 07000 Privas, France")
        parts.append("Tel. +33 4 75 00 18 62")
    return subj, "\n".join(parts) + "\n", sent_dt, off


def fmt_hm(t):
    return "%02d:%02d" % (t.hour, t.minute)


def en_12h(t):
    h = t.hour % 12 or 12
    return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")


def quote_block(style, rec, rsubj, rbody, rdt, roff, client):
    """Plain-text rendering of the quoted reminder for the given client style."""
    cred = "%s <%s>" % (CRED_NAME, CRED_ADDR)
    wd = rdt.weekday()
    qlines = rbody.rstrip("\n").split("\n")
    gt = "\n".join((">" + (" " + l if l else "")) for l in qlines)
    if style == "gmail_fr":
        hdr = "Le %s %d %s %d à %s, %s a écrit :" % (JOURS_AB[wd], rdt.day, MOIS_AB[rdt.month - 1], rdt.year, fmt_hm(rdt), cred)
        return hdr + "\n" + gt + "\n"
    if style == "gmail_en":
        hdr = "On %s, %s %d, %d at %s %s wrote:" % (DAYS_EN[wd][:3], MONTHS_EN[rdt.month - 1][:3], rdt.day, rdt.year, en_12h(rdt), cred)
        return hdr + "\n" + gt + "\n"
    if style == "apple_fr":
        hdr = "> Le %d %s %d à %s, %s a écrit :\n> " % (rdt.day, MOIS_AB[rdt.month - 1], rdt.year, fmt_hm(rdt), cred)
        return hdr + "\n" + gt + "\n"
    if style == "apple_en":
        hdr = "> On %d %s %d, at %s, %s wrote:\n> " % (rdt.day, MONTHS_EN[rdt.month - 1][:3], rdt.year, fmt_hm(rdt), cred)
        return hdr + "\n" + gt + "\n"
    if style == "tb_fr":
        hdr = "Le %s à %s, %s a écrit :" % (rdt.strftime("%d/%m/%Y"), fmt_hm(rdt), CRED_NAME)
        return hdr + "\n" + gt + "\n"
    if style == "tb_en":
        hdr = "On %s %s, %s wrote:" % (rdt.strftime("%d/%m/%Y"), fmt_hm(rdt), CRED_NAME)
        return hdr + "\n" + gt + "\n"
    if style == "outlook_fr":
        hdr = ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n"
               % (cred, JOURS[wd], rdt.day, MOIS[rdt.month - 1], rdt.year, fmt_hm(rdt), client, rsubj))
        return hdr + "\n" + rbody
    if style == "outlook_en":
        hdr = ("________________________________\nFrom: %s\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s\n"
               % (cred, DAYS_EN[wd], MONTHS_EN[rdt.month - 1], rdt.day, rdt.year, en_12h(rdt), client, rsubj))
        return hdr + "\n" + rbody
    if style == "fwd_fr":
        hdr = ("-------- Message transféré --------\nSujet : \t%s\nDate : \t%s, %d %s %d %s:%02d %s\nDe : \t%s\nPour : \t%s\n"
               % (rsubj, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][wd], rdt.day,
                  MONTHS_EN[rdt.month - 1][:3], rdt.year, fmt_hm(rdt), rdt.second, roff, cred, client))
        return hdr + "\n" + rbody
    if style == "fwd_en":
        hdr = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s\n"
               % (cred, DAYS_EN[wd][:3], MONTHS_EN[rdt.month - 1][:3], rdt.day, rdt.year, en_12h(rdt), rsubj, client))
        return hdr + "\n" + rbody
    raise ValueError(style)


def quote_html(style, rec, rsubj, rbody, rdt, roff, client):
    esc = lambda s: html.escape(s, quote=False)
    body_html = "<br>\n".join(esc(l) for l in rbody.rstrip("\n").split("\n"))
    if style.startswith("outlook") or style.startswith("fwd"):
        txt = quote_block(style, rec, rsubj, rbody, rdt, roff, client)
        head, _, _ = txt.partition("\n\n")
        head_lines = [l for l in head.split("\n") if not l.startswith("____")]
        hh = "<br>\n".join("<b>%s</b>%s" % (esc(l.split(":", 1)[0] + ":"), esc(l.split(":", 1)[1])) if ":" in l else esc(l)
                            for l in head_lines)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">%s</span></p>\n'
                '</div>\n<p class="MsoNormal">&nbsp;</p>\n<p class="MsoNormal">%s</p>\n' % (hh, body_html))
    txt = quote_block(style, rec, rsubj, rbody, rdt, roff, client)
    first = txt.split("\n")[0].lstrip("> ").strip()
    return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            '%s\n</blockquote></div>\n' % (esc(first), body_html))


def text_to_html(text, outlook):
    esc = lambda s: html.escape(s, quote=False)
    paras = text.rstrip("\n").split("\n\n")
    out = []
    for p in paras:
        inner = "<br>\n".join(esc(l) for l in p.split("\n"))
        if outlook:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
        else:
            out.append("<div>%s</div>" % inner)
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if outlook else "<div><br></div>")
    return "\n".join(out) + "\n"


def wrap_html(inner, cs, outlook):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % (cs, inner))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body><div dir="ltr">\n%s</div></body></html>\n' % (cs, inner)


def encode_part(text, cs, cte, eol="lf"):
    if cte == "b64" and eol == "crlf":
        text = text.replace("\n", "\r\n")
    raw = text.encode(cs)
    if cte == "qp":
        enc = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "b64":
        enc = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    elif cte == "8bit":
        enc = raw.decode(cs)
        name = "8bit"
    else:
        enc = raw.decode("ascii")
        name = "7bit"
    return name, enc


def pick_charset(text, cs):
    order = [cs, "windows-1252", "utf-8"] if cs != "utf-8" else ["utf-8"]
    for c in order:
        try:
            text.encode(c)
            return c
        except UnicodeEncodeError:
            continue
    return "utf-8"


def enc_header(value, cs, how):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    raw = value.encode(cs)
    if how == "b":
        return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "-.,:/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def enc_addr(addr, cs, how):
    name, a = email.utils.parseaddr(addr)
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r"[,.;:@()]", name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, cs, how), a)


def build(rec, idx):
    seed = int(hashlib.sha1(rec["key"].encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    lang = rec["lang"]
    fmt = rec.get("fmt") or rng.choice(["plain", "plain", "plain", "alt", "alt", "html"])
    quote = rec.get("quote") or (rng.choice(["gmail_fr", "gmail_fr", "outlook_fr", "outlook_fr", "outlook_fr", "apple_fr", "tb_fr", "tb_fr", "none"])
                                 if lang == "fr" else rng.choice(["gmail_en", "gmail_en", "outlook_en", "outlook_en", "outlook_en", "apple_en", "tb_en", "none"]))
    eol = rec.get("eol") or ("lf" if rng.random() < 0.2 else "crlf")
    cs = rec.get("cs") or rng.choice(["utf-8", "utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    cte = rec.get("cte") or rng.choice(["qp", "qp", "qp", "b64", "8bit"])
    client = rec["from"]
    rsubj, rbody, rdt, roff = reminder(rec, rng)
    body = rec["body"]
    if quote == "none":
        qtxt = ""
    else:
        qtxt = quote_block(quote, rec, rsubj, rbody, rdt, roff, client)
    plain = body + ("\n" + qtxt if qtxt else "")
    cs = pick_charset(plain + rec.get("subj", "") + client, cs)
    if cs == "us-ascii":
        cte = "7bit"
    elif cte == "7bit":
        try:
            plain.encode("ascii")
        except UnicodeEncodeError:
            cte = "qp"
    if cte == "8bit" and cs == "us-ascii":
        cte = "7bit"
    # headers
    tup = email.utils.parsedate_tz(rec["date"])
    mid_dom = client.split("@")[-1].rstrip(">").strip()
    mid = "<%s.%08x@%s>" % (rng.choice(["CAF", "PAWPR", "DB9PR", "AM0P", "Msg", "5F2A"]) + str(rng.randint(10000, 99999)), rng.getrandbits(32), mid_dom)
    rmid = "<rel-%s-%s.%d@%s>" % (re.sub(r"[^A-Za-z0-9]", "", rec["inv"]), rdt.strftime("%Y%m%d%H%M"), rng.randint(100, 999), CRED_DOMAIN)
    prefix = rng.choice(["RE: ", "RE: ", "RE : ", "Re: ", "Re : ", "RE: "]) if lang == "fr" else rng.choice(["Re: ", "Re: ", "RE: ", "Re: "])
    subj = rec.get("subj") or (prefix + rsubj)
    subj = subj.replace("{R}", rsubj).replace("{INV}", rec["inv"])
    hcs = "utf-8" if cs in ("us-ascii",) else cs
    how = rec.get("subjenc") or rng.choice(["q", "q", "b"])
    to = rec.get("to") or rng.choice(["%s <%s>" % (CRED_NAME, CRED_ADDR), CRED_ADDR, "%s <%s>" % (CRED_NAME, CRED_ADDR)])
    hdrs = []
    hdrs.append(("Return-Path", "<%s>" % email.utils.parseaddr(client)[1]))
    hdrs.append(("Received", "from %s (mail.%s [192.0.2.%d])\n\tby mx1.%s with ESMTPS id %08x\n\tfor <%s>; %s"
                 % (mid_dom, mid_dom, rng.randint(1, 254), CRED_DOMAIN, rng.getrandbits(32), CRED_ADDR, rec["date"])))
    hdrs.append(("From", enc_addr(client, hcs, how)))
    hdrs.append(("To", enc_addr(to, hcs, how)))
    if rec.get("cc"):
        hdrs.append(("Cc", enc_addr(rec["cc"], hcs, how)))
    hdrs.append(("Subject", enc_header(subj, hcs, how)))
    hdrs.append(("Date", rec["date"]))
    hdrs.append(("Message-ID", mid))
    if rec.get("reply", "yes") == "yes":
        hdrs.append(("In-Reply-To", rmid))
        hdrs.append(("References", rmid))
    ua = rec.get("ua")
    if ua is None:
        ua = rng.choice(["", "Microsoft Outlook 16.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
                         "Apple Mail (2.3826.400.131.1.6)", "", ""])
    if ua:
        hdrs.append(("X-Mailer" if "Thunderbird" not in ua else "User-Agent", ua))
    hdrs.append(("MIME-Version", "1.0"))
    if quote.startswith("outlook") or ua.startswith("Microsoft"):
        hdrs.append(("Thread-Topic", enc_header(re.sub(r"^(RE|Re|TR|Fwd|AW|WG) ?: ?", "", subj), hcs, how)))
        hdrs.append(("Content-Language", "fr-FR" if lang == "fr" else "en-GB"))
    outlook = quote.startswith("outlook") or "Outlook" in ua or rng.random() < 0.3

    def leaf(ctype, text):
        name, enc = encode_part(text, cs, cte, eol)
        return ["Content-Type: %s; charset=\"%s\"" % (ctype, cs), "Content-Transfer-Encoding: %s" % name, ""], enc

    if fmt == "plain":
        ph, penc = leaf("text/plain", plain)
        hdrs_txt = ["%s: %s" % h for h in hdrs] + ph
        msg = "\n".join(hdrs_txt) + "\n" + penc
    else:
        hb = text_to_html(body, outlook)
        if qtxt:
            hb += quote_html(quote, rec, rsubj, rbody, rdt, roff, client)
        htmltext = wrap_html(hb, cs, outlook)
        if fmt == "html":
            ph, penc = leaf("text/html", htmltext)
            msg = "\n".join(["%s: %s" % h for h in hdrs] + ph) + "\n" + penc
        else:
            bnd = "_000_%s%08X_" % (rng.choice(["PAWPR", "DB9PR", "AM0P"]) + str(rng.randint(1000, 9999)), rng.getrandbits(32)) if outlook \
                else "000000000000%012x" % rng.getrandbits(48)
            ph, penc = leaf("text/plain", plain)
            hh, henc = leaf("text/html", htmltext)
            lines = ["%s: %s" % h for h in hdrs]
            lines.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
            lines.append("")
            lines.append("--" + bnd)
            lines += ph
            body_txt = "\n".join(lines) + "\n" + penc.rstrip("\n") + "\n\n--" + bnd + "\n" + "\n".join(hh) + "\n" + henc.rstrip("\n") + "\n\n--" + bnd + "--\n"
            msg = body_txt
    if not msg.endswith("\n"):
        msg += "\n"
    data = msg.encode(cs if cte == "8bit" else "ascii")
    if eol == "crlf":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data, dict(fmt=fmt, cs=cs, cte=cte, quote=quote, eol=eol)


def main():
    recs = parse_sources()
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = list(range(len(recs)))
    random.Random(20261208).shuffle(order)
    labels = {}
    manifest = {}
    for n, i in enumerate(order, 1):
        rec = recs[i]
        name = "t8-%03d.eml" % n
        data, info = build(rec, n)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        labels[name] = {
            "class": rec["cls"],
            "lang": rec["lang"],
            "phrase": rec.get("phrase", ""),
            "promiseDate": rec.get("pdate", ""),
            "promiseWindow": rec.get("window", ""),
            "undated": rec.get("undated", "") == "true",
            "note": rec.get("note", ""),
        }
        manifest[name] = dict(key=rec["key"], src=rec["src"], **info)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()

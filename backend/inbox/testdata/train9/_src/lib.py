# -*- coding: utf-8 -*-
"""Wrapping helpers: turn hand-written message specs into raw RFC 5322 files.

Only the Python 3 standard library is used.
The creditor (invented): Garonne Nuisibles SARL, pest control (deratisation,
desinsectisation, desinfection) and sale of pest-control equipment, Toulouse.
"""
import base64
import datetime as dt
import hashlib
import html
import quopri
import random
from email.header import Header

CRED_NAME = "Garonne Nuisibles"
CRED_ADDR = "relances@garonne-nuisibles.example"
CRED_FULL = "Garonne Nuisibles <relances@garonne-nuisibles.example>"
CRED_CONTACT = "Mélanie Sarrail"

MSGS = []


def M(**kw):
    MSGS.append(kw)
    return kw


# ---------------------------------------------------------------- calendar
WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
HOLIDAYS = {dt.date(*x) for x in [
    (2026, 7, 14), (2026, 8, 15), (2026, 11, 1), (2026, 11, 11), (2026, 12, 25),
    (2027, 1, 1), (2027, 3, 29), (2027, 5, 1), (2027, 5, 6), (2027, 5, 8),
    (2027, 5, 17), (2027, 7, 14)]}


def last_day(y, m):
    nx = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nx - dt.timedelta(days=1)


def resolve(rule, d):
    kind, _, arg = rule.partition(":")
    if kind == "wd":  # next such weekday strictly after d
        n = (WD[arg] - d.weekday()) % 7 or 7
        return d + dt.timedelta(days=n)
    if kind == "wdn":  # that weekday in the following calendar week
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=WD[arg])
    if kind == "wdt":  # that weekday in the current week (may be today or later)
        monday = d - dt.timedelta(days=d.weekday())
        r = monday + dt.timedelta(days=WD[arg])
        assert r >= d, (rule, d)
        return r
    if kind == "dom":
        n = int(arg)
        if d.day < n:
            return d.replace(day=n)
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return dt.date(y, m, n)
    if kind == "dm":  # DD/MM next occurrence >= d
        dd, mm = map(int, arg.split("/"))
        r = dt.date(d.year, mm, dd)
        if r < d:
            r = dt.date(d.year + 1, mm, dd)
        return r
    if kind == "abs":
        return dt.date.fromisoformat(arg)
    if kind == "plus":
        return d + dt.timedelta(days=int(arg))
    if kind == "bd":
        n, r = int(arg), d
        while n:
            r += dt.timedelta(days=1)
            if r.weekday() < 5 and r not in HOLIDAYS:
                n -= 1
        return r
    if kind == "eom":
        return last_day(d.year, d.month)
    if kind == "eom1":
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return last_day(y, m)
    if kind == "eomm":  # end of a named month (next occurrence)
        m = int(arg)
        y = d.year if m >= d.month else d.year + 1
        return last_day(y, m)
    if kind == "eow":
        return d + dt.timedelta(days=4 - d.weekday())
    if kind == "eonw":
        return d + dt.timedelta(days=11 - d.weekday())
    raise ValueError(rule)


# ---------------------------------------------------------------- dates
def paris_off(d):
    # CEST from last Sunday of March to last Sunday of October
    def last_sun(y, m):
        x = last_day(y, m)
        return x - dt.timedelta(days=(x.weekday() + 1) % 7)
    if last_sun(d.year, 3) <= d < last_sun(d.year, 10):
        return "+0200"
    return "+0100"


def uk_off(d):
    return "+0100" if paris_off(d) == "+0200" else "+0000"


def ny_off(d):
    # US DST: 2nd Sunday March .. 1st Sunday November
    def nth_sun(y, m, n):
        x = dt.date(y, m, 1)
        x += dt.timedelta(days=(6 - x.weekday()) % 7)
        return x + dt.timedelta(days=7 * (n - 1))
    return "-0400" if nth_sun(d.year, 3, 2) <= d < nth_sun(d.year, 11, 1) else "-0500"


def la_off(d):
    return "-0700" if ny_off(d) == "-0400" else "-0800"


DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."]
DAYS_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def parse_local(s, tz):
    """s = 'YYYY-MM-DD HH:MM[:SS]'; tz = paris|uk|ny|la|+HHMM|GMT"""
    date_s, time_s = s.split()
    d = dt.date.fromisoformat(date_s)
    parts = time_s.split(":")
    if len(parts) == 2:
        parts.append("%02d" % (int(hashlib.md5(s.encode()).hexdigest(), 16) % 60))
    t = dt.time(*map(int, parts))
    off = {"paris": paris_off, "uk": uk_off, "ny": ny_off, "la": la_off}.get(tz)
    off = off(d) if off else tz
    return d, t, off


def date_header(d, t, off):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        DAYS_EN[d.weekday()], d.day, MON_EN[d.month - 1], d.year, t.hour, t.minute, t.second, off)


# ---------------------------------------------------------------- reminder text
def fr_num(x):
    s = "%.2f" % x
    ent, dec = s.split(".")
    grp = ""
    while len(ent) > 3:
        grp = "\u202f" + ent[-3:] + grp if False else " " + ent[-3:] + grp
        ent = ent[:-3]
    return ent + grp + "," + dec


def en_num(x):
    return "{:,.2f}".format(x)


def reminder(spec, lang, rd, level, inv, amt, due, invdate, client_name, pen):
    """Text of the creditor's reminder (what gets quoted)."""
    if lang == "fr":
        subj = {1: "Relance facture %s" % inv,
                2: "2e relance - facture %s impayée" % inv,
                3: "Dernier rappel avant mise en demeure - facture %s" % inv}[level]
        lines = ["Bonjour,", ""]
        if level == 1:
            lines += [
                "Sauf erreur ou omission de notre part, la facture %s du %s, d'un montant de %s € TTC, "
                "arrivée à échéance le %s, reste impayée à ce jour." % (
                    inv, invdate.strftime("%d/%m/%Y"), fr_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. "
                "Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.",
            ]
        elif level == 2:
            lines += [
                "Malgré notre précédent courriel, nous constatons que la facture %s (%s € TTC, échéance du %s) "
                "n'est toujours pas réglée." % (inv, fr_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "Sans règlement de votre part, des pénalités de retard seront appliquées à compter du %s, "
                "ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement." % pen.strftime("%d/%m/%Y"),
                "",
                "Vous trouverez la facture en pièce jointe.",
            ]
        else:
            lines += [
                "Nos deux relances concernant la facture %s d'un montant de %s € TTC (échue le %s) "
                "sont restées sans réponse." % (inv, fr_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "À défaut de règlement sous huit jours, nous transmettrons le dossier à notre service contentieux. "
                "Des pénalités courent depuis le %s." % pen.strftime("%d/%m/%Y"),
            ]
        lines += ["", "RIB : FR76 3000 4000 5000 6000 7000 123 - BIC GNSAFRPPXXX", "",
                  "Cordialement,", "", CRED_CONTACT, "Service comptabilité - Garonne Nuisibles",
                  "14 chemin des Étroits, 31400 Toulouse", "Tél. 05 61 47 28 90"]
    else:
        subj = {1: "Payment reminder - invoice %s" % inv,
                2: "Second reminder - invoice %s overdue" % inv,
                3: "Final notice - invoice %s" % inv}[level]
        lines = ["Dear customer,", ""]
        if level == 1:
            lines += [
                "According to our records, invoice %s dated %s for EUR %s was due on %s and remains unpaid." % (
                    inv, invdate.strftime("%d/%m/%Y"), en_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "We would be grateful if you could arrange payment at your earliest convenience. "
                "If you have already paid, please disregard this message.",
            ]
        elif level == 2:
            lines += [
                "Further to our previous e-mail, invoice %s (EUR %s, due %s) is still outstanding." % (
                    inv, en_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "Late payment interest will be charged from %s, together with the fixed EUR 40 recovery fee "
                "provided for by French law." % pen.strftime("%d/%m/%Y"),
                "",
                "Please find the invoice attached.",
            ]
        else:
            lines += [
                "Our reminders about invoice %s (EUR %s, due %s) have gone unanswered." % (
                    inv, en_num(amt), due.strftime("%d/%m/%Y")),
                "",
                "Unless payment is received within eight days, the file will be passed to our collection department. "
                "Interest has been accruing since %s." % pen.strftime("%d/%m/%Y"),
            ]
        lines += ["", "IBAN: FR76 3000 4000 5000 6000 7000 123 - BIC GNSAFRPPXXX", "",
                  "Kind regards,", "", CRED_CONTACT, "Accounts - Garonne Nuisibles (Toulouse, France)",
                  "+33 5 61 47 28 90"]
    return subj, lines


# ---------------------------------------------------------------- quoting
def gmail_fr_intro(d, t):
    return "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
        JOURS_AB[d.weekday()], d.day, MOIS_AB[d.month - 1], d.year, t.hour, t.minute,
        "Garonne Nuisibles <%s>" % CRED_ADDR)


def gmail_en_intro(d, t):
    h = t.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s Garonne Nuisibles <%s> wrote:" % (
        DAYS_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year, h, t.minute,
        "AM" if t.hour < 12 else "PM", CRED_ADDR)


def outlook_block(lang, d, t, to, subj):
    if lang == "fr":
        return ["________________________________",
                "De : Garonne Nuisibles <%s>" % CRED_ADDR,
                "Envoyé : %s %d %s %d %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, t.hour, t.minute),
                "À : %s" % to,
                "Objet : %s" % subj, ""]
    h = t.hour % 12 or 12
    return ["________________________________",
            "From: Garonne Nuisibles <%s>" % CRED_ADDR,
            "Sent: %s, %s %d, %d %d:%02d %s" % (DAYS_EN_L[d.weekday()], MON_EN_L[d.month - 1], d.day, d.year, h,
                                                 t.minute, "AM" if t.hour < 12 else "PM"),
            "To: %s" % to,
            "Subject: %s" % subj, ""]


def quote_lines(style, qlang, rd, rt, to, rsubj, rlines):
    """Returns list of plain text lines that follow the client's text."""
    if style in (None, "none", "inline"):
        return []
    if style == "gmail":
        intro = gmail_fr_intro(rd, rt) if qlang == "fr" else gmail_en_intro(rd, rt)
        return ["", intro, ""] + ["> " + l if l else ">" for l in rlines]
    if style == "tb":
        if qlang == "fr":
            intro = "Le %s à %02d:%02d, Garonne Nuisibles a écrit :" % (rd.strftime("%d/%m/%Y"), rt.hour, rt.minute)
        else:
            intro = "On %s %s, Garonne Nuisibles wrote:" % (rd.strftime("%d/%m/%Y"), "%02d:%02d" % (rt.hour, rt.minute))
        return ["", intro] + ["> " + l if l else ">" for l in rlines]
    if style == "apple":
        if qlang == "fr":
            intro = "> Le %d %s %d à %02d:%02d, Garonne Nuisibles <%s> a écrit :" % (
                rd.day, MOIS_AB[rd.month - 1], rd.year, rt.hour, rt.minute, CRED_ADDR)
        else:
            intro = "> On %d %s %d, at %02d:%02d, Garonne Nuisibles <%s> wrote:" % (
                rd.day, MON_EN[rd.month - 1], rd.year, rt.hour, rt.minute, CRED_ADDR)
        return ["", intro, ">"] + ["> " + l if l else ">" for l in rlines]
    if style == "outlook":
        return [""] + outlook_block(qlang, rd, rt, to, rsubj) + rlines
    if style == "orig":
        hdr = ("-----Message d'origine-----" if qlang == "fr" else "-----Original Message-----")
        if qlang == "fr":
            blk = [hdr, "De : %s" % CRED_FULL,
                   "Envoyé : %s %d %s %d %02d:%02d" % (JOURS[rd.weekday()], rd.day, MOIS[rd.month - 1], rd.year, rt.hour, rt.minute),
                   "À : %s" % to, "Objet : %s" % rsubj, ""]
        else:
            blk = [hdr, "From: %s" % CRED_FULL, "Sent: %s" % rd.strftime("%d/%m/%Y") + " %02d:%02d" % (rt.hour, rt.minute),
                   "To: %s" % to, "Subject: %s" % rsubj, ""]
        return [""] + blk + rlines
    raise ValueError(style)


# ---------------------------------------------------------------- html
OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
                '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n')


def esc(s):
    return html.escape(s, quote=False)


def html_outlook(body_lines, qstyle, qlang, rd, rt, to, rsubj, rlines, charset, lang):
    out = [OUTLOOK_HEAD % charset, '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' %
           ("FR" if lang == "fr" else "EN-GB"), '<div class="WordSection1">']
    for l in body_lines:
        if l.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if qstyle not in (None, "none", "inline"):
        blk = outlook_block(qlang, rd, rt, to, rsubj)[1:-1]
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        ps = []
        for l in blk:
            k, _, v = l.partition(" : ") if qlang == "fr" else l.partition(": ")
            sep = " :" if qlang == "fr" else ":"
            ps.append('<b>%s%s</b> %s' % (esc(k), sep, esc(v)))
        out.append('<p class="MsoNormal"><b><span lang="%s">' % ("FR" if qlang == "fr" else "EN-US") + "<br>\n".join(ps) + '</span></b><o:p></o:p></p>')
        out.append('</div>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for l in rlines:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;"))
    out.append('</div>\n</body>\n</html>')
    return "\n".join(out)


def html_gmail(body_lines, qstyle, qlang, rd, rt, rlines):
    out = ['<div dir="ltr">']
    for l in body_lines:
        out.append('<div>%s</div>' % (esc(l) if l.strip() else "<br>"))
    out.append('</div>')
    if qstyle not in (None, "none", "inline"):
        intro = gmail_fr_intro(rd, rt) if qlang == "fr" else gmail_en_intro(rd, rt)
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % esc(intro))
        out.append("<br>\n".join(esc(l) for l in rlines))
        out.append('</blockquote></div>')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- encoding
def enc_header(value, charset="utf-8", mode=None):
    try:
        value.encode("ascii")
        if mode is None:
            return value
    except UnicodeEncodeError:
        pass
    h = Header(value, charset, maxlinelen=76, header_name="Subject")
    s = h.encode()
    if mode == "B" and "?q?" in s.lower():
        s = "=?%s?B?%s?=" % (charset, base64.b64encode(value.encode(charset)).decode())
    return s


def enc_addr(display, addr, charset="utf-8"):
    if not display:
        return addr
    try:
        display.encode("ascii")
        if any(c in display for c in ',.;:()"'):
            return '"%s" <%s>' % (display, addr)
        return "%s <%s>" % (display, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(display, charset).encode(), addr)


def split_addr(s):
    if "<" in s:
        n, a = s.rsplit("<", 1)
        return n.strip().strip('"'), a.strip(">").strip()
    return "", s.strip()


def encode_body(text, charset, cte, eol):
    text = text.replace("\r\n", "\n")
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).decode("ascii").rstrip("\n")
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte in ("8bit", "7bit"):
        return raw.decode(charset)
    raise ValueError(cte)


def fake_pdf(name):
    seed = hashlib.sha1(name.encode()).hexdigest()
    body = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + seed + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return base64.encodebytes(body.encode()).decode().rstrip("\n")

#!/usr/bin/env python3
"""Wrap the hand-written client texts (msgs_*.py) into raw RFC 5322 files.

Standard library only. Run from anywhere:  python3 _src/build.py
Output: ../t7-NNN.eml and ../labels.json
"""
import base64, datetime as dt, hashlib, html, json, os, quopri, re, sys, unicodedata
from email.header import Header
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

CRED_NAME = "Étalonnages Belledonne"
CRED_ADDR = "relances@etalonnages-belledonne.example"
CRED_FROM = "Étalonnages Belledonne – Relances <%s>" % CRED_ADDR
CRED_DOMAIN = "etalonnages-belledonne.example"

MSGS = []
# messages saved with bare LF line ends (as some gateways / Unix mailers store them)
# messages whose text parts are base64-encoded (Outlook / Exchange habit)
B64_EXTRA = {6, 28, 39, 62, 101, 113, 146, 153, 171, 185, 209, 218, 12, 73}
HOLIDAYS = {dt.date(2026, 7, 14), dt.date(2026, 8, 15), dt.date(2026, 11, 1), dt.date(2026, 11, 11),
            dt.date(2026, 12, 25), dt.date(2027, 1, 1)}
LF_EXTRA = {10, 21, 29, 57, 75, 96, 102, 122, 133, 172, 190, 199}


def M(n, cls, lang, **kw):
    kw.update(n=n, cls=cls, lang=lang)
    MSGS.append(kw)


# ---------------------------------------------------------------- dates
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def parse_date(s):
    """'2026-10-13 09:12:44 +0200' or '... GMT' -> (datetime naive local, tzstring)"""
    d, t, z = s.split()
    return dt.datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M:%S"), z


def rfc_date(s):
    d, z = parse_date(s)
    return "%s, %d %s %d %s %s" % (DAYS_EN[d.weekday()][:3], d.day, MON_EN[d.month - 1][:3],
                                  d.year, d.strftime("%H:%M:%S"), z)


def paris_offset(d):
    # summer time 2026: 29 Mar - 25 Oct ; 2027 from 28 Mar
    if dt.datetime(2026, 3, 29) <= d < dt.datetime(2026, 10, 25, 3) or d >= dt.datetime(2027, 3, 28, 3):
        return "+0200"
    return "+0100"


def fr_date_long(d):
    return "%s %d %s %d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)


def fmt_amount(a, lang):
    s = "%.2f" % a
    ent, dec = s.split(".")
    groups = []
    while len(ent) > 3:
        groups.insert(0, ent[-3:])
        ent = ent[:-3]
    groups.insert(0, ent)
    if lang == "fr":
        return "\u202f".join(groups).replace("\u202f", " ") + "," + dec + " €"
    return "EUR " + ",".join(groups) + "." + dec


# ---------------------------------------------------------------- reminder
def reminder(m):
    """compute reminder data for message m (dict)"""
    n = m["n"]
    d, z = parse_date(m["d"])
    k = m.get("rk", 1 + (n * 5) % 6)
    rd = (d - dt.timedelta(days=k)).replace(hour=8 + n % 3, minute=(n * 13) % 60, second=0)
    while rd.weekday() >= 5 or rd.date() in HOLIDAYS:
        rd -= dt.timedelta(days=1)
    due = m.get("due")
    if due:
        due = dt.datetime.strptime(due, "%Y-%m-%d")
    else:
        due = rd - dt.timedelta(days=12 + (n * 7) % 40)
    inv_date = due - dt.timedelta(days=30)
    inv = m.get("inv") or "ETB/%d/%04d" % (inv_date.year, 100 + (n * 37) % 900)
    amt = m.get("amt") or round(((n * 7919) % 4800) + 95 + (n % 100) / 100.0, 2)
    level = m.get("lvl", 2 if n % 3 == 0 else 1)
    pen = rd + dt.timedelta(days=10)
    return dict(rd=rd, due=due, inv_date=inv_date, inv=inv, amt=amt, level=level, pen=pen)


def reminder_subject(r, lang):
    if lang == "fr":
        if r["level"] == 2:
            return "2e relance – facture %s impayée" % r["inv"]
        return "Relance facture %s" % r["inv"]
    if r["level"] == 2:
        return "Second reminder - invoice %s overdue" % r["inv"]
    return "Payment reminder - invoice %s" % r["inv"]


def reminder_text(r, lang, to_name):
    ddmm = lambda x: x.strftime("%d/%m/%Y")
    if lang == "fr":
        t = ["Bonjour,", ""]
        t.append("Sauf erreur de notre part, la facture %s du %s, d'un montant de %s TTC, "
                 "arrivée à échéance le %s, reste impayée à ce jour."
                 % (r["inv"], ddmm(r["inv_date"]), fmt_amount(r["amt"], "fr"), ddmm(r["due"])))
        t.append("")
        if r["level"] == 2:
            t.append("Malgré notre précédente relance, nous n'avons pas reçu votre règlement. "
                     "À défaut de paiement, les pénalités de retard et l'indemnité forfaitaire "
                     "de 40 € seront appliquées à compter du %s." % ddmm(r["pen"]))
        else:
            t.append("Nous vous remercions de bien vouloir procéder à son règlement dans les "
                     "meilleurs délais, par virement sur le compte indiqué sur la facture.")
        t += ["", "Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte "
              "de ce message.", "", "Cordialement,", "", "Claire Vasseur",
              "Comptabilité clients – Étalonnages Belledonne SAS",
              "14 chemin du Vieux Chêne – 38240 Meylan", "Tél. 04 76 52 18 40"]
        return t
    dm = lambda x: "%d %s %d" % (x.day, MON_EN[x.month - 1], x.year)
    t = ["Dear Sir or Madam,", ""]
    t.append("According to our records, invoice %s dated %s, amount %s, due on %s, "
             "is still outstanding." % (r["inv"], dm(r["inv_date"]), fmt_amount(r["amt"], "en"),
                                         dm(r["due"])))
    t.append("")
    if r["level"] == 2:
        t.append("We have not received payment despite our previous reminder. Late payment "
                 "interest and the fixed EUR 40 recovery fee will be charged from %s." % dm(r["pen"]))
    else:
        t.append("We would be grateful if you could arrange payment at your earliest convenience "
                 "(bank details are printed on the invoice).")
    t += ["", "If payment has already been made, please disregard this message.", "",
          "Kind regards,", "", "Claire Vasseur", "Accounts Receivable – Étalonnages Belledonne SAS",
          "14 chemin du Vieux Chêne, 38240 Meylan, France", "Tel. +33 4 76 52 18 40"]
    return t


def quote_header(style, r, qlang, to_addr):
    rd = r["rd"]
    hm = rd.strftime("%H:%M")
    if style == "gmail":
        if qlang == "fr":
            return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
                JOURS_AB[rd.weekday()], rd.day, MOIS_AB[rd.month - 1], rd.year, hm, CRED_NAME, CRED_ADDR)
        h12 = rd.strftime("%I:%M %p").lstrip("0")
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (
            DAYS_EN[rd.weekday()][:3], MON_EN[rd.month - 1][:3], rd.day, rd.year, h12, CRED_NAME, CRED_ADDR)
    if style == "apple":
        if qlang == "fr":
            return "Le %d %s %d à %s, %s <%s> a écrit :" % (
                rd.day, MOIS_AB[rd.month - 1], rd.year, hm, CRED_NAME, CRED_ADDR)
        return "On %d %s %d, at %s, %s <%s> wrote:" % (
            rd.day, MON_EN[rd.month - 1][:3], rd.year, hm, CRED_NAME, CRED_ADDR)
    if style == "tb":
        if qlang == "fr":
            return "Le %s à %s, %s a écrit :" % (rd.strftime("%d/%m/%Y"), hm, CRED_NAME)
        return "On %s %s, %s wrote:" % (rd.strftime("%d/%m/%Y"), hm, CRED_NAME)
    raise ValueError(style)


def outlook_block(r, qlang, to_addr, subj, fwd=False):
    rd = r["rd"]
    if qlang == "fr":
        h = ["De : %s" % CRED_FROM,
             "Envoyé : %s %s" % (fr_date_long(rd), rd.strftime("%H:%M")),
             "À : %s" % to_addr,
             "Objet : %s" % subj]
    else:
        h12 = rd.strftime("%I:%M %p").lstrip("0")
        h = ["From: %s" % CRED_FROM,
             "Sent: %s, %s %d, %d %s" % (DAYS_EN[rd.weekday()], MON_EN[rd.month - 1], rd.day, rd.year, h12),
             "To: %s" % to_addr,
             "Subject: %s" % subj]
    return h


def fwd_block(r, qlang, to_addr, subj):
    rd = r["rd"]
    if qlang == "fr":
        return ["-------- Message transféré --------",
                "Sujet : %s" % subj,
                "Date : %s %d %s %d %s" % (JOURS_AB[rd.weekday()].rstrip("."), rd.day, MOIS_AB[rd.month - 1],
                                           rd.year, rd.strftime("%H:%M")),
                "De : %s" % CRED_FROM,
                "Pour : %s" % to_addr]
    return ["---------- Forwarded message ---------",
            "From: %s" % CRED_FROM,
            "Date: %s, %s %d, %d at %s" % (DAYS_EN[rd.weekday()][:3], MON_EN[rd.month - 1][:3], rd.day,
                                          rd.year, rd.strftime("%I:%M %p").lstrip("0")),
            "Subject: %s" % subj,
            "To: %s" % to_addr]


# ---------------------------------------------------------------- encoding
def translit(s):
    s = s.replace("€", "EUR").replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
    s = s.replace("’", "'").replace("«", '"').replace("»", '"').replace("…", "...").replace("\u202f", " ")
    s = s.replace("\xa0", " ")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def safe_charset(s, cs):
    if cs == "iso-8859-1":
        s = s.replace("€", "EUR").replace("œ", "oe").replace("Œ", "OE").replace("–", "-").replace("—", "-")
        s = s.replace("’", "'").replace("…", "...").replace("\u202f", " ").replace("“", '"').replace("”", '"')
    if cs == "windows-1252":
        s = s.replace("\u202f", " ")
    if cs == "us-ascii":
        s = translit(s)
    return s


def encode_body(text, enc):
    """returns (charset, cte, encoded str with \n line ends)"""
    cs = {"qp": "utf-8", "b64": "utf-8", "8bit": "utf-8", "latin1": "iso-8859-1",
          "latin1-8": "iso-8859-1", "cp1252": "windows-1252", "7bit": "us-ascii"}[enc]
    text = safe_charset(text, cs)
    raw = text.encode(cs)
    if enc in ("qp", "latin1", "cp1252"):
        q = quopri.encodestring(raw).decode("ascii")
        return cs, "quoted-printable", q
    if enc == "b64":
        b = base64.encodebytes(raw).decode("ascii")
        return cs, "base64", b
    if enc in ("8bit", "latin1-8"):
        return cs, "8bit", raw.decode(cs)
    return cs, "7bit", raw.decode("ascii")


def enc_header_value(s, style="b"):
    if all(ord(c) < 128 for c in s):
        return s
    if style == "q":
        from email.charset import Charset, QP
        c = Charset("utf-8")
        c.header_encoding = QP
        return Header(s, c).encode()
    from email.charset import Charset, BASE64
    c = Charset("utf-8")
    c.header_encoding = BASE64
    return Header(s, c).encode()


def enc_addr(a, style="b"):
    name, addr = parseaddr(a)
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return "%s <%s>" % (enc_header_value(name, style), addr)


# ---------------------------------------------------------------- HTML
def para_html(lines):
    out, buf = [], []
    for ln in lines + [""]:
        if ln.strip() == "":
            if buf:
                out.append("<br>\n".join(html.escape(x, quote=False) for x in buf))
                buf = []
        else:
            buf.append(ln)
    return out


def outlook_html(body_lines, quote_hdr, quote_lines, lang):
    ps = para_html(body_lines)
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         '<style><!--', '/* Font Definitions */', '@font-face', '\t{font-family:"Cambria Math";}',
         '@font-face', '\t{font-family:Calibri;}', 'p.MsoNormal, li.MsoNormal, div.MsoNormal',
         '\t{margin:0cm;', '\tfont-size:11.0pt;', '\tfont-family:"Calibri",sans-serif;}',
         'a:link, span.MsoHyperlink', '\t{color:#0563C1;', '\ttext-decoration:underline;}',
         '.MsoChpDefault', '\t{mso-style-type:export-only;}',
         '@page WordSection1', '\t{size:612.0pt 792.0pt;', '\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}',
         'div.WordSection1', '\t{page:WordSection1;}', '--></style>', '</head>',
         '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % ("FR" if lang == "fr" else "EN-GB"),
         '<div class="WordSection1">']
    for p in ps:
        h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % p)
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if quote_hdr:
        h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hh = []
        for ln in quote_hdr:
            k, _, v = ln.partition(": ") if ": " in ln else ln.partition(" : ")
            if ln.startswith(("De :", "Envoyé :", "À :", "Objet :", "Cc :")):
                k, v = ln.split(" : ", 1)
                hh.append("<b>%s&nbsp;:</b> %s" % (k, html.escape(v, quote=False)))
            else:
                k, v = ln.split(": ", 1)
                hh.append("<b>%s:</b> %s" % (k, html.escape(v, quote=False)))
        h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % "<br>\n".join(hh))
        h.append('</div>')
        h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for p in para_html(quote_lines):
            h.append('<p class="MsoNormal">%s<o:p></o:p></p>' % p)
    h += ['</div>', '</body>', '</html>']
    return "\n".join(h)


def gmail_html(body_lines, attr, quote_lines):
    ps = para_html(body_lines)
    h = ['<div dir="ltr">' + "<div><br></div>".join("<div>%s</div>" % p for p in ps) + '</div>']
    if attr:
        h.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 % html.escape(attr, quote=False))
        h.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">')
        h.append("<br>".join("<p>%s</p>" % p for p in para_html(quote_lines)))
        h.append('</blockquote></div>')
    return "\n".join(h) + "\n"


# ---------------------------------------------------------------- build one
def client_domain(frm):
    return parseaddr(frm)[1].split("@")[-1]


def hx(n, salt, k=16):
    return hashlib.sha1(("%s-%s" % (n, salt)).encode()).hexdigest()[:k]


def build(m):
    n = m["n"]
    lang = m["lang"]
    qlang = m.get("ql", lang)
    r = reminder(m)
    frm = m["f"]
    to_addr = m.get("to") or (CRED_ADDR if n % 5 == 0 else
                               ('"Relances Etalonnages Belledonne" <%s>' % CRED_ADDR if n % 5 == 1 else CRED_FROM))
    client_addr = parseaddr(frm)[1]
    rsubj = reminder_subject(r, qlang)
    s = m.get("s", "+RE: " if lang == "fr" else "+Re: ")
    if s.startswith("+"):
        s = s[1:]
    subj = s + rsubj if s.rstrip().endswith(":") else s
    style = m.get("q", "gmail")
    body = m["b"].strip("\n")
    # the texts are written with {inv} {amt} placeholders sometimes
    body = body.replace("{inv}", r["inv"]).replace("{amt}", fmt_amount(r["amt"], lang))
    blines = body.split("\n")
    qtext = reminder_text(r, qlang, client_addr)
    rem_to = m.get("rto", client_addr)
    qhdr = None
    attr = None
    if style in ("gmail", "apple", "tb"):
        attr = quote_header(style, r, qlang, rem_to)
        if style == "apple":
            plain = blines + ["", "> " + attr, ">"] + [("> " + x).rstrip() for x in qtext]
        else:
            plain = blines + ["", attr] + [("> " + x).rstrip() for x in qtext]
    elif style == "outlook":
        qhdr = outlook_block(r, qlang, rem_to, rsubj)
        sep = ["", "-----Original Message-----"] if m.get("oldol") else ["", "_" * 32]
        plain = blines + sep + qhdr + [""] + qtext
    elif style == "fwd":
        qhdr = fwd_block(r, qlang, rem_to, rsubj)
        plain = blines + ["", ""] + qhdr + ["", ""] + qtext
    elif style == "none":
        plain = blines
    else:
        raise ValueError(style)
    plain_text = "\n".join(plain) + "\n"
    fm = m.get("fm", "plain")
    enc = "b64" if n in B64_EXTRA else m.get("e", "qp")

    # ---- headers
    dom = client_domain(frm)
    mid = m.get("mid") or "<%s.%s@%s>" % (hx(n, "a", 12).upper(), hx(n, "b", 8), dom)
    rem_mid = "<relance.%s.%s@%s>" % (r["inv"].replace("/", "-"), r["rd"].strftime("%Y%m%d%H%M"), CRED_DOMAIN)
    H = []
    hs = m.get("hs", "b")
    for extra in m.get("hpre", []):
        H.append(extra)
    H.append("From: %s" % enc_addr(frm, hs))
    H.append("To: %s" % enc_addr(to_addr, hs))
    if m.get("cc"):
        H.append("Cc: %s" % ", ".join(enc_addr(x, hs) for x in m["cc"]))
    H.append("Subject: %s" % enc_header_value(subj, m.get("hsub", "b" if n % 2 else "q")))
    H.append("Date: %s" % rfc_date(m["d"]))
    H.append("Message-ID: %s" % mid)
    if m.get("irt", True):
        H.append("In-Reply-To: %s" % rem_mid)
        refs = [rem_mid]
        if r["level"] == 2:
            refs.insert(0, "<relance.%s.%s@%s>" % (r["inv"].replace("/", "-"),
                                                 (r["rd"] - dt.timedelta(days=15)).strftime("%Y%m%d0900"), CRED_DOMAIN))
        H.append("References: %s" % "\n ".join(refs))
    for extra in m.get("hdr", []):
        H.append(extra)
    ua = m.get("ua")
    if ua is None:
        ua = {"outlook": "X-Mailer: Microsoft Outlook 16.0", "apple": "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
              "tb": "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"}.get(style)
    if ua:
        H.append(ua)
    H.append("MIME-Version: 1.0")

    # ---- body
    if fm == "mdn":
        B = build_mdn(m, r, rsubj, rem_mid, plain_text, enc)
        H.append(B[0])
        parts = B[1]
    elif fm == "plain":
        cs, cte, payload = encode_body(plain_text, enc)
        fl = "; format=flowed" if m.get("flowed") else ""
        H.append("Content-Type: text/plain; charset=%s%s" % (cs if cs != "utf-8" or not m.get("UTF") else "UTF-8", fl))
        H.append("Content-Transfer-Encoding: %s" % cte)
        parts = payload
    else:
        if style == "outlook" or style == "none" or style == "fwd":
            htm = outlook_html(blines, qhdr if style != "none" else None, qtext, lang)
        else:
            htm = gmail_html(blines, attr, qtext)
        henc = "qp" if enc not in ("b64", "cp1252", "latin1") else enc
        htm = htm.replace("charset=utf-8", "charset=" + {"cp1252": "windows-1252", "latin1": "iso-8859-1"}.get(henc, "utf-8"))
        hcs, hcte, hpayload = encode_body(htm, henc)
        if fm == "html":
            H.append("Content-Type: text/html; charset=%s" % hcs)
            H.append("Content-Transfer-Encoding: %s" % hcte)
            parts = hpayload
        else:
            bnd = ("_000_%s_" % hx(n, "bnd", 24).upper()) if style in ("outlook", "none", "fwd") else (
                "Apple-Mail=_%s" % hx(n, "bnd", 32).upper() if style == "apple" else "0000000000%s" % hx(n, "bnd", 16))
            cs, cte, payload = encode_body(plain_text, enc)
            H.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
            parts = "\n".join(["--" + bnd, "Content-Type: text/plain; charset=\"%s\"" % cs,
                               "Content-Transfer-Encoding: %s" % cte, "", payload.rstrip("\n"), "",
                               "--" + bnd, "Content-Type: text/html; charset=\"%s\"" % hcs,
                               "Content-Transfer-Encoding: %s" % hcte, "", hpayload.rstrip("\n"), "",
                               "--" + bnd + "--", ""])
    msg = "\n".join(H) + "\n\n" + parts
    if not msg.endswith("\n"):
        msg += "\n"
    eol = "\n" if (m.get("lf") or n in LF_EXTRA) else "\r\n"
    msg = msg.replace("\r\n", "\n").replace("\n", eol)
    return msg.encode("utf-8" if enc in ("8bit",) else ("latin-1" if enc == "latin1-8" else "ascii"),
                      errors="strict"), r, subj


def build_mdn(m, r, rsubj, rem_mid, plain_text, enc):
    n = m["n"]
    bnd = "----=_NextPart_MDN_%s" % hx(n, "mdn", 12)
    cs, cte, payload = encode_body(plain_text, enc)
    ua = m.get("mdn_ua", "Microsoft Outlook 16.0")
    rcpt = parseaddr(m["f"])[1]
    disp = ["Reporting-UA: %s; %s" % (client_domain(m["f"]), ua),
            "Final-Recipient: rfc822;%s" % rcpt,
            "Original-Message-ID: %s" % rem_mid,
            "Disposition: manual-action/MDN-sent-manually; displayed"]
    hdrs = ["From: %s" % CRED_ADDR, "To: %s" % rcpt, "Subject: %s" % enc_header_value(rsubj),
            "Message-ID: %s" % rem_mid]
    body = "\n".join(["This is a multi-part message in MIME format.", "",
                      "--" + bnd,
                      "Content-Type: text/plain; charset=%s" % cs,
                      "Content-Transfer-Encoding: %s" % cte, "", payload.rstrip("\n"), "",
                      "--" + bnd,
                      "Content-Type: message/disposition-notification", "", "\n".join(disp), "",
                      "--" + bnd,
                      "Content-Type: text/rfc822-headers", "", "\n".join(hdrs), "",
                      "--" + bnd + "--", ""])
    return ('Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd, body)


def main():
    import importlib
    core = importlib.import_module("build")
    for f in sorted(os.listdir(HERE)):
        if f.startswith("msgs_") and f.endswith(".py"):
            importlib.import_module(f[:-3])
    MSGS = sorted(core.MSGS, key=lambda x: x["n"])
    build = core.build
    labels = {}
    for m in MSGS:
        data, r, subj = build(m)
        name = "t7-%03d.eml" % m["n"]
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"class": m["cls"], "lang": m["lang"], "phrase": m["p"],
                        "promiseDate": m.get("pd", ""), "promiseWindow": m.get("w", ""),
                        "undated": bool(m.get("u", False)), "note": m.get("note", "")}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("built", len(MSGS))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the train5 .eml corpus from the hand-written sources in this directory.

Sources: _src/*.txt, blocks starting with '### <id>', header lines 'key: value',
a blank line, then the client's own text (exactly as typed).  Python 3 stdlib only.
Run from anywhere:  python3 _src/build.py
"""
import base64, datetime as dt, glob, json, os, quopri, random, re, sys
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CRED_NAME = "Boulangerie-Pâtisserie Caron"
CRED_ADDR = "relances@caron-traiteur.example"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
FR_MON_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_DAY_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def parse_sources():
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.txt"))):
        text = open(path, encoding="utf-8").read()
        for block in re.split(r"^### ", text, flags=re.M)[1:]:
            first, _, rest = block.partition("\n")
            head, _, body = rest.partition("\n\n")
            m = {"id": first.strip(), "hdr": [], "src": os.path.basename(path)}
            for line in head.splitlines():
                if not line.strip():
                    continue
                k, _, v = line.partition(":")
                k, v = k.strip(), v.strip()
                if k == "hdr":
                    m["hdr"].append(v)
                else:
                    m[k] = v
            m["body"] = body.rstrip("\n") + "\n"
            msgs.append(m)
    return msgs


def parse_date(s):
    # "2026-09-15 09:12 +0200"
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    off = dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return dt.datetime.fromisoformat(d + " " + t).replace(tzinfo=dt.timezone(off))


def fr_money(a):
    return a


def reminder_text(m, rdate):
    inv = m.get("inv", "BC-26-0000")
    amt = m.get("amt", "480,00 €")
    due = dt.date.fromisoformat(m["due"]) if m.get("due") else (rdate.date() - dt.timedelta(days=20))
    style = m.get("rlang", "fr")
    if style == "en":
        return ("Dear Sir or Madam,\n\n"
                f"Unless we are mistaken, invoice {inv} for {amt.replace(' €', '').replace(',', '.').replace(' ', ',')} EUR, "
                f"due on {EN_MONTHS[due.month-1]} {due.day}, {due.year}, has not yet been paid.\n"
                "Could you please let us know when payment will be made? If it has already been sent, "
                "please disregard this message.\n\n"
                "Kind regards,\n\nAccounts - Boulangerie-Pâtisserie Caron\n"
                "Supplier to caterers and businesses\nrelances@caron-traiteur.example\n")
    if style == "fr2":
        return ("Bonjour,\n\n"
                f"Deuxième relance : la facture {inv} ({amt}) arrivée à échéance le "
                f"{due.day:02d}/{due.month:02d}/{due.year} reste impayée à ce jour.\n"
                "Merci de procéder au règlement dans les meilleurs délais ou de nous indiquer "
                "la date prévue de paiement.\n\n"
                "Cordialement,\nService comptabilité\nBoulangerie-Pâtisserie Caron\n")
    return ("Bonjour,\n\n"
            f"Sauf erreur de notre part, la facture {inv} d'un montant de {amt}, "
            f"échue le {due.day} {FR_MONTHS[due.month-1]} {due.year}, n'a pas encore été réglée.\n"
            "Pourriez-vous nous indiquer la date à laquelle le paiement sera effectué ? "
            "Si le règlement est déjà parti, merci de ne pas tenir compte de ce message.\n\n"
            "Bien cordialement,\n\nLe service comptabilité\nBoulangerie-Pâtisserie Caron\n"
            "(fournisseur de traiteurs et d'entreprises)\nrelances@caron-traiteur.example\n")


def quote(lines, prefix="> "):
    return "".join((prefix + l).rstrip() + "\n" if l else prefix.rstrip() + "\n" for l in lines.split("\n")[:-1])


def rem_subject(m):
    inv = m.get("inv", "BC-26-0000")
    if m.get("rlang") == "en":
        return f"Payment reminder - invoice {inv}"
    return f"Relance : facture {inv} en attente de règlement"


def sender_line(m):
    return f"{CRED_NAME} <{CRED_ADDR}>"


def compose(m, date, rdate):
    """Return plain text body (client text + quoted reminder per layout)."""
    body = m["body"]
    lay = m.get("lay", "gmail")
    rem = reminder_text(m, rdate)
    en = m.get("qlang", "en" if m.get("lang_", "") == "en" else "fr") == "en"
    rs = rem_subject(m)
    if lay in ("none", "raw", "html"):
        return body
    if lay == "gmail":
        if en:
            intro = (f"On {EN_DAYS[rdate.weekday()][:3]}, {EN_MONTHS[rdate.month-1][:3]} {rdate.day}, {rdate.year} "
                     f"at {rdate.strftime('%I:%M %p').lstrip('0')} {CRED_NAME} <{CRED_ADDR}> wrote:")
        else:
            intro = (f"Le {FR_DAY_ABBR[rdate.weekday()]} {rdate.day} {FR_MON_ABBR[rdate.month-1]} {rdate.year} à "
                     f"{rdate:%H:%M}, {CRED_NAME} <{CRED_ADDR}> a écrit :")
        return body + "\n" + intro + "\n\n" + quote(rem)
    if lay == "apple":
        if en:
            intro = f"> On {EN_MONTHS[rdate.month-1][:3]} {rdate.day}, {rdate.year}, at {rdate:%H:%M}, {CRED_NAME} <{CRED_ADDR}> wrote:"
        else:
            intro = f"> Le {rdate.day} {FR_MON_ABBR[rdate.month-1]} {rdate.year} à {rdate:%H:%M}, {CRED_NAME} <{CRED_ADDR}> a écrit :"
        return body + "\n" + intro + "\n> \n" + quote(rem)
    if lay == "tb":
        intro = (f"On {rdate:%d/%m/%Y %H:%M}, {CRED_NAME} wrote:" if en
                 else f"Le {rdate:%d/%m/%Y} à {rdate:%H:%M}, {CRED_NAME} a écrit :")
        return body + "\n" + intro + "\n" + quote(rem)
    if lay == "outlook":
        if en:
            hdr = (f"From: {CRED_NAME} <{CRED_ADDR}>\nSent: {EN_DAYS[rdate.weekday()]}, {EN_MONTHS[rdate.month-1]} {rdate.day}, "
                   f"{rdate.year} {rdate.strftime('%I:%M %p').lstrip('0')}\nTo: {m['to_name']}\nSubject: {rs}\n")
        else:
            hdr = (f"De : {CRED_NAME} <{CRED_ADDR}>\nEnvoyé : {FR_DAYS[rdate.weekday()]} {rdate.day} {FR_MONTHS[rdate.month-1]} "
                   f"{rdate.year} {rdate:%H:%M}\nÀ : {m['to_name']}\nObjet : {rs}\n")
        return body + "\n" + "_" * 32 + "\n" + hdr + "\n" + rem
    if lay == "fwd":
        if en:
            hdr = (f"---------- Forwarded message ---------\nFrom: {CRED_NAME} <{CRED_ADDR}>\n"
                   f"Date: {EN_DAYS[rdate.weekday()][:3]}, {EN_MONTHS[rdate.month-1][:3]} {rdate.day}, {rdate.year} at {rdate:%H:%M}\n"
                   f"Subject: {rs}\nTo: <{m.get('fwdto', m['to_addr'])}>\n")
        else:
            hdr = (f"-------- Message transféré --------\nSujet : \t{rs}\n"
                   f"Date : \t{FR_DAY_ABBR[rdate.weekday()].capitalize()} {rdate.day} {FR_MON_ABBR[rdate.month-1]} {rdate.year} {rdate:%H:%M}\n"
                   f"De : \t{CRED_NAME} <{CRED_ADDR}>\nPour : \t{m.get('fwdto', m['to_addr'])}\n")
        return body + "\n" + hdr + "\n" + rem
    raise SystemExit(f"unknown layout {lay} in {m['id']}")


def to_html(m, rdate):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = m["body"].rstrip("\n").split("\n")
    own = "".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}<o:p></o:p></p>\n" for l in paras)
    rem = reminder_text(m, rdate)
    rs = rem_subject(m)
    en = m.get("lang_") == "en"
    if en:
        hdr = (f"<b>From:</b> {esc(CRED_NAME)} &lt;{CRED_ADDR}&gt;<br>\n<b>Sent:</b> {EN_DAYS[rdate.weekday()]}, "
               f"{EN_MONTHS[rdate.month-1]} {rdate.day}, {rdate.year} {rdate:%H:%M}<br>\n<b>To:</b> {esc(m['to_name'])}<br>\n<b>Subject:</b> {esc(rs)}")
    else:
        hdr = (f"<b>De&nbsp;:</b> {esc(CRED_NAME)} &lt;{CRED_ADDR}&gt;<br>\n<b>Envoy&eacute;&nbsp;:</b> {FR_DAYS[rdate.weekday()]} "
               f"{rdate.day} {FR_MONTHS[rdate.month-1]} {rdate.year} {rdate:%H:%M}<br>\n<b>&Agrave;&nbsp;:</b> {esc(m['to_name'])}<br>\n<b>Objet&nbsp;:</b> {esc(rs)}")
    remh = "".join(f"<p class=MsoNormal>{esc(l) if l else '&nbsp;'}</p>\n" for l in rem.rstrip("\n").split("\n"))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n"
            "</head>\n<body lang=FR link=\"#0563C1\">\n<div class=WordSection1>\n" + own +
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            "<p class=MsoNormal>" + hdr + "</p>\n</div>\n" + remh + "</div>\n</body>\n</html>\n")


def encode_part(text, charset, cte):
    data = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data.replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode(charset)
    return payload


def enc_choice(m, rnd):
    e = m.get("enc") or rnd.choice(["qp", "qp", "8bit", "b64", "cp1252", "latin1"])
    return {"qp": ("utf-8", "quoted-printable"), "8bit": ("utf-8", "8bit"), "b64": ("utf-8", "base64"),
            "cp1252": ("windows-1252", "quoted-printable"), "latin1": ("iso-8859-1", "8bit"),
            "latin1qp": ("iso-8859-1", "quoted-printable"), "7bit": ("us-ascii", "7bit")}[e]


def encode_header(value):
    from email.header import Header
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def encode_addr(addr):
    from email.utils import parseaddr, formataddr
    name, a = parseaddr(addr)
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def build(m, idx):
    rnd = random.Random(1000 + idx)
    if m.get("lay") == "verbatim":
        # the source block already holds a complete message (e.g. a multipart/report read receipt)
        return m["body"].encode("utf-8")
    date = parse_date(m["date"])
    gap = int(m.get("gap", rnd.choice([1, 2, 3, 4, 6])))
    rdate = (date - dt.timedelta(days=gap)).astimezone(dt.timezone(dt.timedelta(hours=2 if 4 <= date.month <= 10 else 1)))
    rdate = rdate.replace(hour=rnd.choice([8, 9, 10, 14]), minute=rnd.choice([2, 15, 30, 47]))
    while rdate.weekday() >= 5:
        rdate -= dt.timedelta(days=1)
    frm = m["from"]
    from email.utils import parseaddr
    m["to_name"] = parseaddr(frm)[0] or parseaddr(frm)[1]
    m["to_addr"] = parseaddr(frm)[1]
    lbl = m["label"].split()
    m["lang_"] = m.get("qlang", lbl[1])
    inv = m.get("inv", "BC-26-0000")
    subj = m.get("subj", "Re: {rs}").replace("{inv}", inv).replace("{rs}", rem_subject(m))
    domain = parseaddr(frm)[1].split("@")[1]
    msgid = f"<{rnd.getrandbits(48):012x}.{idx:03d}@{domain}>"
    remid = f"<relance-{inv.lower()}-{rdate:%Y%m%d}@caron-traiteur.example>"
    lines = []
    lines.append(("From", encode_addr(frm)))
    lines.append(("To", m.get("to", f"{encode_addr(CRED_NAME + ' <' + CRED_ADDR + '>')}")))
    if m.get("cc"):
        lines.append(("Cc", encode_addr(m["cc"])))
    lines.append(("Subject", encode_header(subj)))
    lines.append(("Date", format_datetime(date)))
    lines.append(("Message-ID", msgid))
    if m.get("noreply", "") != "yes":
        lines.append(("In-Reply-To", remid))
        lines.append(("References", remid))
    for h in m["hdr"]:
        k, _, v = h.partition(":")
        lines.append((k.strip(), v.strip()))
    lines.append(("MIME-Version", "1.0"))
    lay = m.get("lay", "gmail")
    charset, cte = enc_choice(m, rnd)
    if not m.get("enc"):
        try:
            m["body"].encode(charset)
        except UnicodeEncodeError:
            charset, cte = "utf-8", "quoted-printable"
    if lay == "html":
        text = to_html(m, rdate)
        ctype = "text/html"
        charset, cte = ("utf-8", m.get("enc") == "b64" and "base64" or "quoted-printable")
    else:
        text = compose(m, date, rdate)
        ctype = "text/plain"
    try:
        m["body"].encode(charset)
        text = text if charset == "utf-8" else text.replace("€", "EUR")
        text.encode(charset)
    except UnicodeEncodeError:
        raise SystemExit(f"{m['id']}: text not encodable in {charset}")
    if cte == "8bit" and charset == "utf-8" and all(ord(c) < 128 for c in text):
        cte = "7bit"
    if m.get("multipart") == "yes":
        bnd = f"----=_Part_{rnd.getrandbits(32):08x}"
        html = "<html><body>" + "".join(f"<div>{l.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;') or '<br>'}</div>" for l in text.split("\n")) + "</body></html>\n"
        lines.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
        head = "".join(f"{k}: {v}\n" for k, v in lines)
        body = (f"\n--{bnd}\nContent-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
                + encode_part(text, charset, cte).rstrip("\n") + "\n"
                + f"--{bnd}\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                + encode_part(html, "utf-8", "quoted-printable").rstrip("\n") + f"\n--{bnd}--\n")
        raw = head + body
    else:
        lines.append(("Content-Type", f'{ctype}; charset="{charset}"' + ('; format=flowed' if m.get("flowed") else "")))
        lines.append(("Content-Transfer-Encoding", cte))
        head = "".join(f"{k}: {v}\n" for k, v in lines)
        raw = head + "\n" + encode_part(text, charset, cte)
    data = raw.encode(charset if cte == "8bit" else "ascii")
    return data


def label_of(m):
    lbl = m["label"].split()
    cls, lang = lbl[0], lbl[1]
    pdate = lbl[2] if len(lbl) > 2 else ""
    d = {"class": cls, "lang": lang, "promiseDate": pdate, "promiseWindow": m.get("window", ""),
         "undated": m.get("undated", "") == "yes", "phrase": m["phrase"]}
    if m.get("note"):
        d["note"] = m["note"]
    return d


def main():
    msgs = parse_sources()
    labels = {}
    seen = set()
    for i, m in enumerate(msgs, 1):
        if m["id"] in seen:
            raise SystemExit(f"duplicate id {m['id']}")
        seen.add(m["id"])
        name = f"{m['id']}.eml"
        data = build(m, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        labels[name] = label_of(m)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the train4 .eml files and labels.json from the hand-written texts in
_src/msgs_*.txt. Python 3 standard library only. Deterministic.

Usage: python3 _src/build.py
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import re
from email.header import Header
from email.utils import formataddr, parseaddr

from common import HERE, parse_sources, parse_date, resolve

OUT = os.path.dirname(HERE)
CRED = "relances@transports-lemaire.example"
CRED_NAME = "Transports Lemaire"
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


def h(s, mod):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16) % mod


def rfc_date(d, z):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS_EN[d.weekday()], d.day, MON_EN[d.month - 1],
                                            d.year, d.hour, d.minute, d.second, z)


def fr_long(d):
    return "%d %s %d" % (d.day, MOIS_L[d.month - 1], d.year)


def en_long(d):
    return "%s %d, %d" % (MONTH_EN[d.month - 1], d.day, d.year)


def reminder(m, local):
    """The creditor's reminder that the client is answering (quoted material)."""
    parts = [p.strip() for p in m["inv"].split("|")] if m.get("inv") else []
    if not parts:
        found = re.findall(r"TL-2026-\d{4}", m["body"])
        parts = found[:1]
    parts += [""] * (3 - len(parts))
    inv = parts[0] or "TL-2026-%04d" % (100 + h(m["id"], 800))
    amt, due = parts[1], parts[2]
    inv, amt, due = inv.strip(), amt.strip(), due.strip()
    back = 1 + h(m["id"] + "r", 9)
    rdate = (local - dt.timedelta(days=back)).replace(hour=8 + h(m["id"], 3), minute=h(m["id"] + "m", 60),
                                                      second=h(m["id"] + "s", 60))
    while rdate.weekday() >= 5:
        rdate -= dt.timedelta(days=1)
    if not amt:
        amt = "%d %03d,%02d" % (h(m["id"] + "a", 9), h(m["id"] + "b", 1000), h(m["id"] + "c", 100)) \
            if h(m["id"], 2) else "%d,%02d" % (180 + h(m["id"] + "a", 800), h(m["id"] + "c", 100))
        amt = amt.lstrip("0 ") or amt
    ddue = dt.date.fromisoformat(due) if due else (rdate.date() - dt.timedelta(days=15 + h(m["id"] + "d", 40)))
    lang = m.get("rl") or m["lang"]
    lvl = 1 + h(m["id"] + "l", 3)
    if lang == "fr":
        subj = ["Relance : facture %s impayée", "Rappel - Facture %s échue",
                "2e relance : facture %s"][lvl - 1] % inv
        body = ("Bonjour,\n\n"
                + ["Sauf erreur de notre part, la facture %s d'un montant de %s € TTC, échue le %s, reste impayée à ce jour.\n\n",
                   "Nous nous permettons de vous rappeler que la facture %s (%s € TTC) arrivait à échéance le %s et n'a pas encore été réglée.\n\n",
                   "Malgré notre précédent rappel, la facture %s d'un montant de %s € TTC, échue depuis le %s, demeure impayée.\n\n"][lvl - 1]
                % (inv, amt, fr_long(ddue))
                + "Nous vous remercions de bien vouloir procéder à son règlement, ou de nous indiquer la date de paiement prévue.\n"
                "Si le règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
                "Cordialement,\n\nService comptabilité\nTransports Lemaire\n14 rue des Entrepôts - 69007 Lyon\n"
                "Tél. 04 00 00 12 34\n")
    else:
        subj = ["Payment reminder: invoice %s overdue", "Reminder - Invoice %s past due",
                "Second reminder: invoice %s"][lvl - 1] % inv
        body = ("Dear Sir or Madam,\n\n"
                + ["According to our records, invoice %s for EUR %s, due on %s, remains unpaid.\n\n",
                   "This is a friendly reminder that invoice %s (EUR %s) was due on %s and has not been settled yet.\n\n",
                   "Despite our previous reminder, invoice %s for EUR %s, due since %s, is still outstanding.\n\n"][lvl - 1]
                % (inv, amt.replace(",", ".").replace(" ", ","), en_long(ddue))
                + "Please arrange payment or let us know when we can expect it.\n"
                "If you have already paid, please disregard this message.\n\n"
                "Kind regards,\n\nAccounts Department\nTransports Lemaire\n14 rue des Entrepôts, 69007 Lyon, France\n")
    return {"subj": subj, "body": body, "date": rdate, "inv": inv, "lang": lang, "lvl": lvl}


def quote_header(lay, r, lang):
    d = r["date"]
    if lay == "gmail":
        if lang == "fr":
            return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1],
                                                                     d.year, d.hour, d.minute, CRED_NAME, CRED)
        return "On %s, %s %d, %d at %d:%02d AM %s <%s> wrote:" % (DAYS_EN[d.weekday()], MON_EN[d.month - 1], d.day,
                                                                  d.year, d.hour, d.minute, CRED_NAME, CRED)
    if lay == "apple":
        if lang == "fr":
            return "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (d.day, MOIS[d.month - 1], d.year, d.hour, d.minute,
                                                                  CRED_NAME, CRED)
        return "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MON_EN[d.month - 1], d.day, d.year, d.hour, d.minute,
                                                             CRED_NAME, CRED)
    if lay == "tbird":
        if lang == "fr":
            return "Le %02d/%02d/%d à %02d:%02d, %s a écrit :" % (d.day, d.month, d.year, d.hour, d.minute, CRED_NAME)
        return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, d.hour, d.minute, CRED_NAME)
    raise ValueError(lay)


def outlook_block(r, lang, to):
    d = r["date"]
    if lang == "fr":
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %s %02d:%02d\nÀ : %s\nObjet : %s\n\n"
                % (CRED_NAME, CRED, JOURS_L[d.weekday()], fr_long(d), d.hour, d.minute, to, r["subj"]))
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d:%02d AM\nTo: %s\nSubject: %s\n\n"
            % (CRED_NAME, CRED, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.weekday()],
               en_long(d), d.hour, d.minute, to, r["subj"]))


def fwd_block(r, lang, to):
    d = r["date"]
    if lang == "fr":
        return ("---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %d %s %d à %02d:%02d\nObjet : %s\nÀ : %s\n\n"
                % (CRED_NAME, CRED, JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute, r["subj"], to))
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d AM\nSubject: %s\nTo: %s\n\n"
            % (CRED_NAME, CRED, DAYS_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year, d.hour, d.minute, r["subj"], to))


def plain_text(m, r, to):
    body = m["body"]
    lay = m.get("layout", "gmail")
    ql = r["lang"]
    if lay in ("none", "raw"):
        return body
    if lay in ("gmail", "apple", "tbird"):
        q = "\n".join(("> " + ln) if ln else ">" for ln in r["body"].rstrip("\n").split("\n"))
        sep = "\n" if lay != "apple" else "\n\n"
        return body + "\n" + quote_header(lay, r, ql) + sep + q + "\n"
    if lay == "outlook":
        return body + "\n" + outlook_block(r, ql, to) + r["body"]
    if lay == "fwd":
        return body + "\n" + fwd_block(r, ql, to) + r["body"]
    if lay == "bottom":  # bottom-posting: quote first, answer below
        q = "\n".join(("> " + ln) if ln else ">" for ln in r["body"].rstrip("\n").split("\n"))
        return quote_header("tbird", r, ql) + "\n" + q + "\n\n" + body
    raise ValueError(lay)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>" for p in paras)


def html_outlook(m, r, to):
    d = r["date"]
    fr = r["lang"] == "fr"
    lab = ("De", "Envoyé", "À", "Objet") if fr else ("From", "Sent", "To", "Subject")
    sent = ("%s %s %02d:%02d" % (JOURS_L[d.weekday()], fr_long(d), d.hour, d.minute)) if fr else \
        ("%s, %s %d:%02d AM" % (DAYS_EN[d.weekday()], en_long(d), d.hour, d.minute))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=%s\">\n<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; "
            "font-family:\"Calibri\",sans-serif;} --></style>\n</head>\n<body lang=\"FR\" link=\"#0563C1\">\n"
            "<div class=\"WordSection1\">\n%s\n<p class=\"MsoNormal\">&nbsp;</p>\n"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            "<p class=\"MsoNormal\"><b>%s&nbsp;:</b> %s &lt;%s&gt;<br>\n<b>%s&nbsp;:</b> %s<br>\n<b>%s&nbsp;:</b> %s<br>\n"
            "<b>%s&nbsp;:</b> %s</p>\n</div>\n%s\n</div>\n</body>\n</html>\n"
            % ("%s", to_html(m["body"]).replace("<p>", "<p class=\"MsoNormal\">"), lab[0], CRED_NAME, CRED, lab[1], sent,
               lab[2], html.escape(to), lab[3], html.escape(r["subj"]), to_html(r["body"]).replace("<p>", "<p class=\"MsoNormal\">")))


def encode_part(text, ctype, charset, cte):
    if charset in ("iso-8859-1",):
        text = text.replace("€", "EUR").replace("–", "-").replace("’", "'")
    try:
        raw = text.encode(charset)
    except UnicodeEncodeError:
        if charset != "us-ascii":
            raise
        charset, cte = "utf-8", "quoted-printable"
        raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    hdr = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, cte)).encode()
    return hdr + payload


ENC = {  # enc code -> (charset, cte)
    "qp": ("utf-8", "quoted-printable"), "b64": ("utf-8", "base64"), "8bit": ("utf-8", "8bit"),
    "cp1252": ("windows-1252", "quoted-printable"), "latin1": ("iso-8859-1", "8bit"),
    "latin1qp": ("iso-8859-1", "quoted-printable"), "ascii": ("us-ascii", "7bit"),
}

PREFIX_FR = ["Re: ", "RE : ", "RE: ", "Re : ", "Re: ", "RE: "]
PREFIX_EN = ["Re: ", "RE: ", "Re: ", "RE: ", "Re: "]


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def build_one(m):
    local, z = parse_date(m["date"])
    local = local.replace(second=h(m["id"] + "sec", 60))
    r = reminder(m, local)
    name, addr = parseaddr(m["from"])
    to = m.get("to", CRED)
    qto = addr
    if m.get("subject"):
        subj = m["subject"].replace("{inv}", r["inv"]).replace("{rs}", r["subj"])
    else:
        pre = (m["pre"] + " ") if m.get("pre") else (PREFIX_FR if m["lang"] == "fr" else PREFIX_EN)[h(m["id"] + "p", 5)]
        subj = pre + r["subj"]
    lay = m.get("layout", "gmail")
    enc = m.get("enc") or ["qp", "8bit", "b64", "qp", "cp1252"][h(m["id"] + "e", 5)]
    charset, cte = ENC[enc]
    mid = "<%s.%s@%s>" % (local.strftime("%Y%m%d%H%M"), hashlib.md5(m["id"].encode()).hexdigest()[:12],
                          addr.split("@")[1])
    refid = "<relance-%s-%d@transports-lemaire.example>" % (r["inv"], r["lvl"])
    heads = [
        ("Return-Path", "<%s>" % addr),
        ("From", formataddr((name, addr), charset="utf-8") if name else addr),
        ("To", to),
    ]
    if m.get("cc"):
        heads.append(("Cc", m["cc"]))
    heads += [("Subject", hdr(subj)), ("Date", rfc_date(local, z)), ("Message-ID", mid)]
    if m.get("thread", "yes") != "no":
        heads += [("In-Reply-To", refid), ("References", refid)]
    ua = {"gmail": None, "outlook": ("X-Mailer", "Microsoft Outlook 16.0"), "html": ("X-Mailer", "Microsoft Outlook 16.0"),
          "apple": ("X-Mailer", "iPhone Mail (20H115)"), "tbird": ("User-Agent", "Mozilla Thunderbird 115.3.1")}.get(lay)
    if m.get("ua"):
        k, _, v = m["ua"].partition("=")
        ua = (k, v)
    if ua:
        heads.append(ua)
    heads.append(("MIME-Version", "1.0"))
    out = b"".join(("%s: %s\n" % kv).encode() for kv in heads)
    if lay == "html":
        body = html_outlook(m, r, qto)
        body = body % charset
        part = encode_part(body, "text/html", charset, cte)
        out += part
    elif lay == "gmail" or m.get("alt") == "yes":
        text = plain_text(m, r, qto)
        b = "000000000000%s" % hashlib.md5((m["id"] + "b").encode()).hexdigest()[:16]
        htm = "<div dir=\"ltr\">" + to_html(m["body"]) + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" \
            + html.escape(quote_header("gmail", r, r["lang"]) if lay == "gmail" else "") + "<br></div><blockquote class=\"gmail_quote\" " \
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + to_html(r["body"]) + \
            "</blockquote></div>\n"
        out += ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
        out += ("--%s\n" % b).encode() + encode_part(text, "text/plain", charset, cte) + b"\n"
        out += ("--%s\n" % b).encode() + encode_part(htm, "text/html", charset, cte) + b"\n"
        out += ("--%s--\n" % b).encode()
    else:
        out += encode_part(plain_text(m, r, qto), "text/plain", charset, cte)
    return out, r, local


def label_of(m, local):
    lab = {"class": m["class"], "lang": m["lang"], "promiseDate": "", "promiseWindow": "", "undated": False,
           "phrase": m["phrase"]}
    if m.get("rule"):
        lab["promiseDate"] = resolve(m["rule"], local).isoformat()
    if m.get("window"):
        lab["promiseWindow"] = m["window"]
    if m.get("undated") == "true":
        lab["undated"] = True
    if m.get("note"):
        lab["note"] = m["note"]
    return lab


def main():
    msgs = parse_sources()
    # Neutral, stable file names: derived from the source id, revealing nothing.
    order = list(range(len(msgs)))
    labels = {}
    mapping = {}
    for old in os.listdir(OUT):
        if old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    for i in order:
        m = msgs[i]
        fname = "t4_%s.eml" % hashlib.sha1(("train4/" + m["id"]).encode()).hexdigest()[:10]
        assert fname not in labels, fname
        data, r, local = build_one(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        labels[fname] = label_of(m, local)
        mapping[fname] = m["id"]
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "filemap.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(mapping.items())), fh, indent=1)
        fh.write("\n")
    print("built", len(msgs), "messages")


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Shared helpers for the bounces5 corpus generator (standard library only).

Everything here is invented: the company, the people, the domains (all under
.example), the IP addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32).
"""
import base64
import datetime as _dt
import email.header
import quopri
import random
import string

R = random.Random(5_2026_12)

# --------------------------------------------------------------------------
# The sender: a small landscaping / garden-maintenance company in Isère.
# --------------------------------------------------------------------------
CO_NAME = "Jardins du Grésivaudan"
CO_LEGAL = "SARL Jardins du Grésivaudan"
CO_DOMAIN = "jardins-gresivaudan.example"
CO_FROM = "relances@" + CO_DOMAIN
CO_MX = "mail." + CO_DOMAIN
CO_IP = "192.0.2.41"
CO_IP6 = "2001:db8:41::25"
CO_SIGNER = ["Nathalie Berthoud", "Service comptabilité clients"]
CO_PHONE = "04 00 00 41 27"   # deliberately not a real numbering range


def invoice_no(dt):
    """Invoice scheme: JG + 2-digit year + '-' + 4-digit sequence + letter check."""
    seq = R.randint(180, 1450) if dt.year == 2026 else R.randint(3, 160)
    chk = "ABCDEFGHJKLMNPRSTUVWXYZ"[seq % 23]
    return "JG%02d-%04d%s" % (dt.year % 100, seq, chk)


SUBJECTS_FR = [
    "Relance : facture {inv} du {idate}",
    "Relance : facture {inv} – échéance dépassée",
    "Rappel de paiement – facture {inv}",
    "Rappel de paiement : facture {inv} ({amount} € TTC)",
    "2e relance : facture {inv} impayée",
    "Mise en demeure de payer – facture {inv}",
    "Mise en demeure : factures {inv} et {inv2}",
    "Relance amiable n°1 – facture {inv}",
    "Votre facture {inv} reste impayée",
    "Rappel : échéance du {idate} – facture {inv}",
]
SUBJECTS_EN = [
    "Payment reminder: invoice {inv}",
    "Overdue invoice {inv} – second reminder",
    "Final notice before collection – invoice {inv}",
]

FIRST = ["Camille", "Sébastien", "Hélène", "Thierry", "Aurélie", "Mathieu",
         "Sandrine", "Grégory", "Élodie", "Pascal", "Nadia", "Julien",
         "Véronique", "Franck", "Laetitia", "Olivier", "Murielle", "Cédric",
         "Agnès", "Rodolphe", "Maëlle", "Bruno", "Ophélie", "Yannick",
         "Corinne", "Loïc", "Sylvie", "Damien", "Isabelle", "Fabrice",
         "Josiane", "Hervé", "Clémence", "Raphaël", "Gaëlle", "Benoît"]
LAST = ["Perrochon", "Vuillermoz", "Gachet", "Bouvard", "Jacquemet",
        "Rostaing", "Chabert", "Mollard", "Guillaud", "Pellissier",
        "Bonnardel", "Reynaud", "Trouilloud", "Faure-Brac", "Cottaz",
        "Mermoud", "Durand-Viel", "Quaglia", "Tournier", "Arnaud-Goddet",
        "Brunet", "Excoffier", "Giroud", "Lachat", "Sibille", "Ferrand",
        "Vial", "Pinel", "Revol", "Charvet", "Blanc-Tailleur", "Dupraz"]


def strip_acc(s):
    tr = str.maketrans("éèêëàâäîïôöùûüçÉÈÊÀÂÎÔÙÛÇæœ", "eeeeaaaiioouuucEEEAAIOUUCao")
    return s.translate(tr)


def person():
    f, l = R.choice(FIRST), R.choice(LAST)
    return f, l


# Invented client organisations (name, domain)
ORGS = [
    ("Syndic Belledonne Gestion", "belledonne-gestion.example"),
    ("Hôtel Les Alpages", "hotel-alpages.example"),
    ("Camping du Lac Bleu", "camping-lacbleu.example"),
    ("Mairie de Saint-Vincent-sur-Isère", "mairie-stvincent.example"),
    ("Résidence Les Cèdres", "residence-cedres.example"),
    ("Clinique vétérinaire du Moucherotte", "veto-moucherotte.example"),
    ("Restaurant Le Petit Chamois", "petit-chamois.example"),
    ("Crèche Les Marmottes", "creche-marmottes.example"),
    ("Domaine viticole Mas Ferrand", "masferrand.example"),
    ("Groupe scolaire Jean-Moulin", "gs-jeanmoulin.example"),
    ("Copropriété Le Bastion", "copro-bastion.example"),
    ("EHPAD Les Tilleuls", "ehpad-tilleuls.example"),
    ("Golf de la Chartreuse", "golf-chartreuse.example"),
    ("Immobilière Dauphiné Habitat", "dauphine-habitat.example"),
    ("SCI Les Trois Sapins", "sci-troissapins.example"),
    ("Pépinière Vercors Plants", "vercors-plants.example"),
    ("Cabinet d'architectes Atelier Rive Droite", "atelier-rivedroite.example"),
    ("Centre équestre de la Combe", "equestre-combe.example"),
    ("Office de tourisme du Haut-Grésivaudan", "ot-hautgresivaudan.example"),
    ("Association sportive Meylan Rugby", "asmeylan-rugby.example"),
    ("Gîtes de la Dent de Crolles", "gites-dentdecrolles.example"),
    ("Transports Rivoire Frères", "rivoire-freres.example"),
    ("Laboratoire Alpibio", "alpibio.example"),
    ("Brasserie artisanale La Bauche", "brasserie-bauche.example"),
]

# Mailbox providers (invented mirrors of the real ones, all under .example)
PROV = {
    "orange": ("orange.example", "smtp-in.orange.example"),
    "wanadoo": ("wanadoo.example", "smtp-in.orange.example"),
    "free": ("free.example", "mx1.free.example"),
    "sfr": ("sfr.example", "mx-in.sfr.example"),
    "neuf": ("neuf.example", "mx-in.sfr.example"),
    "bbox": ("bbox.example", "mx.bbox.example"),
    "laposte": ("laposte.example", "smtpz4.laposte.example"),
    "gmail": ("gmail.example", "gmail-smtp-in.l.google.example"),
    "hotmail": ("hotmail.example", "hotmail-fr.olc.protection.outlook.example"),
    "outlook": ("outlook.example", "outlook-fr.olc.protection.outlook.example"),
    "live": ("live.example", "eur.olc.protection.outlook.example"),
    "yahoo": ("yahoo.example", "mx-eu.mail.am0.yahoodns.example"),
    "icloud": ("icloud.example", "mx01.mail.icloud.example"),
    "gmx": ("gmx.example", "mx00.emig.gmx.example"),
    "webde": ("web-de.example", "mx-ha03.web-de.example"),
}


def local_from(first, last, style=None):
    f, l = strip_acc(first).lower(), strip_acc(last).lower().replace(" ", "")
    style = style if style is not None else R.randint(0, 6)
    if style == 0:
        return f + "." + l
    if style == 1:
        return f[0] + "." + l
    if style == 2:
        return f + l + str(R.randint(1, 99))
    if style == 3:
        return l + "." + f
    if style == 4:
        return f[0] + l
    if style == 5:
        return f + "-" + l
    return f + "_" + l[:5] + str(R.randint(60, 99))


def addr_at(domain, first=None, last=None, style=None):
    if first is None:
        first, last = person()
    return local_from(first, last, style) + "@" + domain, first, last


# --------------------------------------------------------------------------
# Dates and identifiers
# --------------------------------------------------------------------------
START = _dt.datetime(2026, 5, 2, 7, 0)
END = _dt.datetime(2027, 2, 20, 18, 0)


def rand_date():
    span = int((END - START).total_seconds())
    d = START + _dt.timedelta(seconds=R.randint(0, span))
    # reminders are sent on working days, business hours
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    d = d.replace(hour=R.choice([7, 8, 9, 10, 11, 14, 15, 16, 17]),
                  minute=R.randint(0, 59), second=R.randint(0, 59))
    return d


def paris_off(d):
    # CEST from last Sunday of March to last Sunday of October (approximate)
    if (d.month > 3 and d.month < 10) or (d.month == 10 and d.day < 25) or \
            (d.month == 3 and d.day >= 29):
        return 2
    return 1


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def rfcdate(d, off_h=None, tzname=False):
    """d is a naive local (Paris) time. off_h converts to another zone."""
    po = paris_off(d)
    if off_h is None:
        off_h = po
    u = d - _dt.timedelta(hours=po) + _dt.timedelta(hours=off_h)
    sign = "+" if off_h >= 0 else "-"
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d00" % (
        DAYS[u.weekday()], u.day, MONS[u.month - 1], u.year, u.hour, u.minute,
        u.second, sign, abs(off_h))
    if tzname and off_h == 0:
        s = s[:-5] + "GMT"
    elif tzname:
        s += " (CEST)" if off_h == 2 else " (CET)" if off_h == 1 else ""
    return s


def frdate(d, with_time=True):
    s = "%s %d %s %d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)
    if with_time:
        s += " %02d:%02d" % (d.hour, d.minute)
    return s


def numdate(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def iso_utc(d):
    u = d - _dt.timedelta(hours=paris_off(d))
    return u.strftime("%Y-%m-%dT%H:%M:%S") + "Z"


def later(d, **kw):
    return d + _dt.timedelta(**kw)


def rnd(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


HEX = "0123456789ABCDEF"
ALNUM = string.ascii_letters + string.digits
B32 = "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"


def postfix_qid(long=False):
    if long:
        return rnd("0123456789bcdfghjklmnpqrstvwxyz", 2).upper()[:1] + rnd(
            "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz", 11)
    return rnd(HEX, R.choice([10, 11, 12]))


def exim_id(new=False):
    if new:
        return "1" + rnd(ALNUM, 5) + "-" + rnd(ALNUM, 11) + "-" + rnd(ALNUM, 4)
    return "1" + rnd(ALNUM, 5) + "-" + rnd(ALNUM, 6) + "-" + rnd(ALNUM, 2)


def sendmail_qid(d):
    return "%c%c%c%c%c%c%s" % (
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"[d.year % 60],
        "0123456789AB"[d.month - 1],
        "0123456789ABCDEFGHIJKLMNOPQRSTUV"[d.day],
        "0123456789ABCDEFGHIJKLMN"[d.hour],
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"[d.minute],
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"[d.second],
        "%06d" % R.randint(0, 999999))


def msgid(domain, style=0):
    if style == 1:
        return "<%s.%s@%s>" % (rnd("0123456789", 14), rnd(HEX, 8).lower(), domain)
    if style == 2:
        return "<%s-%s-%s-%s-%s@%s>" % (rnd(HEX, 8).lower(), rnd(HEX, 4).lower(),
                                        rnd(HEX, 4).lower(), rnd(HEX, 4).lower(),
                                        rnd(HEX, 12).lower(), domain)
    return "<%s$%s@%s>" % (rnd(ALNUM, 16), rnd("0123456789", 6), domain)


def ip(net=None):
    net = net or R.choice(["198.51.100", "203.0.113"])
    return "%s.%d" % (net, R.randint(2, 253))


def ip6():
    return "2001:db8:%x:%x::%x" % (R.randint(1, 0xfff), R.randint(1, 0xff),
                                   R.randint(1, 0xfff))


def boundary(style=0):
    if style == 1:
        return "----=_Part_%d_%d.%d" % (R.randint(10000, 999999),
                                         R.randint(1000000, 9999999),
                                         R.randint(10 ** 12, 10 ** 13))
    if style == 2:
        return "_000_" + rnd(ALNUM, 36) + "_"
    if style == 3:
        return "=_" + rnd(HEX, 24).lower()
    return rnd("0123456789abcdef", 28)


# --------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------
def enc_header(s, charset="utf-8", mode="q"):
    """RFC 2047 encode if needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if mode == "b":
        from email import charset as _cs
        c = _cs.Charset(charset)
        c.header_encoding = _cs.BASE64
        h = email.header.Header(s, c, header_name="Subject")
    else:
        from email import charset as _cs
        c = _cs.Charset(charset)
        c.header_encoding = _cs.QP
        h = email.header.Header(s, c, header_name="Subject")
    return h.encode(linesep="\n")


def body_encode(text, charset, cte):
    """Return the body as a str ready to be placed in the file.

    For 8bit/7bit the text is returned unchanged (the writer encodes the whole
    file in the message's 8-bit charset).  For quoted-printable and base64 the
    text is encoded with `charset` and returned as ASCII.
    """
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            text.encode("ascii")
        return text
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n").replace("\r", "")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    raise ValueError(cte)


def text_part(text, charset="us-ascii", cte="7bit", sub="plain", extra=None,
              desc=None, ct_extra=""):
    h = ["Content-Type: text/%s; charset=%s%s" % (
        sub, charset if charset != "us-ascii" else "us-ascii", ct_extra)]
    if desc:
        h.append("Content-Description: " + desc)
    h.append("Content-Transfer-Encoding: " + cte)
    if extra:
        h.extend(extra)
    return "\n".join(h) + "\n\n" + body_encode(text, charset, cte)


def part(ctype, body, extra=None):
    h = ["Content-Type: " + ctype]
    if extra:
        h.extend(extra)
    return "\n".join(h) + "\n\n" + body


def multipart(parts, bnd, preamble=None, epilogue=""):
    out = []
    if preamble is not None:
        out.append(preamble + "\n")
    for p in parts:
        out.append("--" + bnd + "\n" + p.rstrip("\n") + "\n")
    out.append("--" + bnd + "--\n" + epilogue)
    return "\n".join(out) if False else "".join(
        (x if x.endswith("\n") else x + "\n") for x in out)


def headers(pairs):
    return "".join("%s: %s\n" % (k, v) for k, v in pairs if v is not None)


def display_name(name):
    try:
        name.encode("ascii")
        return '"%s"' % name
    except UnicodeEncodeError:
        return enc_header(name, "utf-8", mode=R.choice(["q", "q", "b"]))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(s, font="Calibri"):
    paras = s.strip("\n").split("\n\n")
    body = "".join("<p>%s</p>\n" % html_escape(p).replace("\n", "<br>\n") for p in paras)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body style=\"font-family:%s,Arial,sans-serif\">\n%s</body>\n</html>\n" % (font, body))


# --------------------------------------------------------------------------
# The original reminder and its context
# --------------------------------------------------------------------------
class Ctx:
    pass


def fr_amount(x):
    s = "{:,.2f}".format(x).replace(",", " ").replace(".", ",")
    return s


def make_ctx(domain=None, lang="fr", rcpt=None, first=None, last=None,
             org=None, style=None, kind_subject=None, cc=0, to_extra=0, latin1=False):
    c = Ctx()
    c.sent = rand_date()
    if org is None:
        org = R.choice(ORGS)
    c.org_name, c.org_domain = org
    if domain is None:
        domain = c.org_domain
    if rcpt is None:
        rcpt, first, last = addr_at(domain, first, last, style)
    elif first is None:
        first, last = person()
    c.rcpt, c.first, c.last = rcpt, first, last
    c.rdomain = rcpt.split("@", 1)[1]
    c.rlocal = rcpt.split("@", 1)[0]
    c.inv = invoice_no(c.sent)
    c.inv2 = invoice_no(c.sent)
    c.idate = c.sent - _dt.timedelta(days=R.randint(35, 110))
    c.due = c.idate + _dt.timedelta(days=30)
    c.amount = fr_amount(R.choice([1, 1, 1, 2, 5]) * R.randint(9000, 420000) / 100.0)
    c.lang = lang
    pool = SUBJECTS_EN if lang == "en" else SUBJECTS_FR
    if latin1:
        pool = [t for t in pool if "–" not in t and "€" not in t]
    tpl = kind_subject or R.choice(pool)
    c.subject = tpl.format(inv=c.inv, inv2=c.inv2, idate=numdate(c.idate), amount=c.amount)
    c.msgid = "<%s.%s@%s>" % (c.inv.lower(), rnd("0123456789abcdef", 12), CO_DOMAIN)
    c.qid = postfix_qid()
    c.cc = []
    for _ in range(cc):
        c.cc.append(addr_at(R.choice([c.org_domain, R.choice(ORGS)[1]]))[0])
    c.to_extra = [addr_at(c.org_domain)[0] for _ in range(to_extra)]
    return c


def orig_body(c):
    if c.lang == "en":
        return ("Dear {first} {last},\n\n"
                "According to our records, invoice {inv} dated {idate} for EUR {amount}\n"
                "(incl. VAT) is still outstanding. It was due on {due}.\n\n"
                "Please arrange payment by bank transfer at your earliest convenience,\n"
                "quoting the invoice number. If you have already paid, please disregard\n"
                "this reminder.\n\n"
                "Kind regards,\n\n"
                "Nathalie Berthoud\nAccounts receivable - Jardins du Grésivaudan\n"
                "Crolles, France\n").format(first=c.first, last=c.last, inv=c.inv,
                                            idate=numdate(c.idate), amount=c.amount,
                                            due=numdate(c.due))
    if "Mise en demeure" in c.subject:
        return ("{first} {last},\n{org}\n\n"
                "Objet : mise en demeure de payer\n\n"
                "Malgré nos relances des {r1} et {r2}, la facture {inv} du {idate},\n"
                "d'un montant de {amount} € TTC, demeure impayée.\n\n"
                "Par la présente, nous vous mettons en demeure de régler cette somme sous\n"
                "huit jours à compter de la réception de ce courriel. À défaut, nous\n"
                "serons contraints d'engager une procédure de recouvrement, avec\n"
                "application de l'indemnité forfaitaire de 40 € prévue à l'article\n"
                "L. 441-10 du Code de commerce et des pénalités de retard.\n\n"
                "Veuillez agréer nos salutations distinguées.\n\n"
                "Nathalie Berthoud\nGérante – SARL Jardins du Grésivaudan\n").format(
            first=c.first, last=c.last, org=c.org_name, inv=c.inv,
            idate=numdate(c.idate), amount=c.amount,
            r1=numdate(c.due + _dt.timedelta(days=8)),
            r2=numdate(c.due + _dt.timedelta(days=23)))
    return ("Bonjour {first} {last},\n\n"
            "Sauf erreur ou omission de notre part, la facture {inv} du {idate},\n"
            "d'un montant de {amount} € TTC, n'a pas encore été réglée alors que son\n"
            "échéance était fixée au {due}.\n\n"
            "Nous vous remercions de bien vouloir procéder à son règlement dans les\n"
            "meilleurs délais, par virement en rappelant le numéro de facture.\n"
            "Si votre paiement a été effectué entre-temps, merci de ne pas tenir\n"
            "compte de ce message.\n\n"
            "Cordialement,\n\n"
            "Nathalie Berthoud\nService comptabilité clients\n"
            "Jardins du Grésivaudan – entretien d'espaces verts – Crolles\n"
            "Tél. {tel}\n").format(first=c.first, last=c.last, inv=c.inv,
                                   idate=numdate(c.idate), amount=c.amount,
                                   due=numdate(c.due), tel=CO_PHONE)


def orig_headers(c, received=True, dkim=True, to_display=True, rcpt_case=None,
                 via=None):
    to = rcpt_case or getattr(c, "to_addr", None) or c.rcpt
    if getattr(c, "to_addr", None) and rcpt_case:
        to = c.to_addr
    to_field = ('%s <%s>' % (display_name("%s %s" % (c.first, c.last)), to)) if to_display else to
    if getattr(c, "to_display", None):
        to_field = c.to_display
    if c.to_extra:
        to_field = ", ".join([to_field] + c.to_extra)
    h = []
    if received:
        h.append(("Return-Path", "<%s>" % CO_FROM))
        h.append(("Received", "from gestion.%s (gestion.%s [192.0.2.44])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
            CO_DOMAIN, CO_DOMAIN, CO_MX, c.qid, rfcdate(c.sent))))
    if dkim:
        h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=jg2026; t=%d;\n\tbh=%s=;\n\th=From:To:Subject:Date:Message-ID;\n\tb=%s\n\t %s=" % (
            CO_DOMAIN, 1780000000 + R.randint(0, 25000000), rnd(ALNUM, 42),
            rnd(ALNUM + "+/", 64), rnd(ALNUM + "+/", 40))))
    h.append(("From", "=?utf-8?q?Jardins_du_Gr=C3=A9sivaudan_-_Relances?= <%s>" % CO_FROM))
    h.append(("To", to_field))
    if c.cc:
        h.append(("Cc", ", ".join(c.cc)))
    h.append(("Subject", enc_header(c.subject)))
    h.append(("Date", rfcdate(c.sent)))
    h.append(("Message-ID", c.msgid))
    h.append(("MIME-Version", "1.0"))
    h.append(("Content-Type", "text/plain; charset=utf-8; format=flowed"))
    h.append(("Content-Transfer-Encoding", "quoted-printable"))
    h.append(("X-Mailer", "GestiFact 7.4 (relances automatiques)"))
    return headers(h)


def orig_message(c, **kw):
    return orig_headers(c, **kw) + "\n" + body_encode(orig_body(c), "utf-8", "quoted-printable")


# --------------------------------------------------------------------------
# RFC 3464 delivery-status bodies
# --------------------------------------------------------------------------
def dsn_body(msg_fields, rcpts, sep="; ", rfc="rfc822"):
    out = []
    for k, v in msg_fields:
        if v is not None:
            out.append("%s: %s" % (k, v))
    for r in rcpts:
        out.append("")
        for k, v in r:
            if v is None:
                continue
            if k in ("Final-Recipient", "Original-Recipient") and ";" not in v:
                v = rfc + sep + v
            out.append("%s: %s" % (k, v))
    return "\n".join(out) + "\n"

"""Shared helpers for the bounces4 corpus generator (Python 3 stdlib only).

Everything is built with "\n" line ends; gen.py converts the finished bytes
to CRLF, LF or CR.  All names, domains and addresses are invented and use
the reserved .example TLD; IP addresses come from the documentation ranges.
"""
import base64
import datetime as _dt
import quopri
import random
import string

R = random.Random(20261208)

# --------------------------------------------------------------------------
# The sender
COMPANY = "Ferronnerie Lambert & Fils"
DOMAIN = "ferronnerie-lambert.example"
SENDER = "relances@" + DOMAIN
OUR_MTA = "mail." + DOMAIN
OUR_IP = "203.0.113.25"
OUR_IP6 = "2001:db8:4c1::25"
WS_MTA = "mail-sor-f41.google.example"   # Google Workspace hosts the mailbox

# --------------------------------------------------------------------------
# dates
UTC = _dt.timezone.utc


def paris_offset(d):
    # CEST until 2026-10-25 01:00 UTC, CET until 2027-03-28 01:00 UTC
    if d < _dt.datetime(2026, 10, 25, 1, tzinfo=UTC):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


def rand_date(lo=(2026, 5, 4), hi=(2027, 2, 26)):
    a = _dt.datetime(*lo, 6, 0, tzinfo=UTC)
    b = _dt.datetime(*hi, 18, 0, tzinfo=UTC)
    span = int((b - a).total_seconds())
    d = a + _dt.timedelta(seconds=R.randrange(span))
    # office hours, weekdays mostly
    d = d.replace(hour=R.choice([6, 7, 7, 8, 8, 9, 10, 12, 13, 14, 15, 16]))
    while d.weekday() >= 5:
        d += _dt.timedelta(days=1)
    return d


def loc(d, tz=None):
    return d.astimezone(tz or paris_offset(d))


def rfc2822(d, tz=None, tzname=True):
    d = loc(d, tz)
    s = d.strftime("%a, %d %b %Y %H:%M:%S %z")
    if tzname and tz is None:
        s += " (CEST)" if d.utcoffset().total_seconds() == 7200 else " (CET)"
    return s


def rfc2822_nz(d, tz=None):
    """Date without leading zero on the day, as Exim and Sendmail write it."""
    d = loc(d, tz)
    return "%s, %d %s %s" % (d.strftime("%a"), d.day, d.strftime("%b %Y %H:%M:%S"), d.strftime("%z"))


def us_date(d):
    d = d.astimezone(UTC)
    h = d.hour % 12 or 12
    return "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, h, d.minute, d.second,
                                         "AM" if d.hour < 12 else "PM")


def fr_date_short(d):
    d = loc(d)
    return d.strftime("%d/%m/%Y %H:%M:%S")


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fr_long(d):
    d = loc(d)
    return "%s %d %s %d à %02d:%02d" % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year,
                                        d.hour, d.minute)


def later(d, **kw):
    return d + _dt.timedelta(**kw)


# --------------------------------------------------------------------------
# identifiers
def rnd(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B62 = ALNUM


def postfix_qid():
    if R.random() < 0.5:
        return rnd(HEXU, R.choice([10, 11, 12]))
    # long queue ids (enable_long_queue_ids)
    return rnd("0123456789bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ", 12)


def exim_id(new=False):
    if new:
        return "1%s-%s-%s" % (rnd(B62, 5), rnd("0000000" + B62, 11), rnd(B62, 4))
    return "1%s-%s-%s" % (rnd(B62, 5), rnd("000" + B62, 6), rnd(B62, 2))


def sendmail_qid(d):
    return "%s%s%s" % (rnd(ALNUM, 6), rnd(string.digits, 6), "")


def msgid(host=DOMAIN):
    return "<%s.%s@%s>" % (rnd(HEXL, 16), rnd(HEXL, 8), host)


def boundary_generic():
    return "=_%s" % rnd(ALNUM, 24)


def ip(net=None):
    net = net or R.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, R.randrange(2, 250))


def ip6():
    return "2001:db8:%x:%x::%x" % (R.randrange(1, 0xffff), R.randrange(1, 0xfff), R.randrange(1, 0xff))


# --------------------------------------------------------------------------
# header encoding
def ew(s, charset="utf-8", mode="q"):
    """RFC 2047 encoded words, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    words = []
    cur = ""

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "b":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        o = ""
        for by in b:
            c = chr(by)
            if by < 128 and (c.isalnum() or c in "!*+-/"):
                o += c
            elif c == " ":
                o += "_"
            else:
                o += "=%02X" % by
        return "=?%s?Q?%s?=" % (charset, o)

    for ch in s:
        if len(enc(cur + ch)) > 70:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(name, a, charset="utf-8", mode="q"):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.&()<>@;:"'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (ew(name, charset, mode), a)


# --------------------------------------------------------------------------
# bodies and parts.  A part is (list_of_header_lines, body_bytes).
def qp(text, charset):
    raw = text.encode(charset)
    return quopri.encodestring(raw)


def b64(text, charset):
    raw = text.replace("\n", "\r\n").encode(charset)
    return base64.encodebytes(raw)


def encode_body(text, charset="us-ascii", cte="7bit"):
    cte = (cte or "7bit").lower()
    if charset.lower() == "iso-8859-1":
        # what a Latin-1 system does with characters it cannot represent
        text = text.replace("\u20ac", "EUR").replace("\u2013", "-").replace("\u2019", "'")
    if charset.lower() in ("us-ascii", "ascii") and not all(ord(c) < 128 for c in text):
        text = ascii_fold(text)
    if cte in ("7bit", "8bit", "binary"):
        b = text.encode(charset if cte != "7bit" else "ascii")
        return b
    if cte == "quoted-printable":
        return qp(text, charset)
    if cte == "base64":
        return b64(text, charset)
    raise ValueError(cte)


def text_part(text, charset="us-ascii", cte="7bit", subtype="plain", extra=(), params="",
              cte_header=True, ct_case=None):
    ct = "Content-Type: text/%s; charset=%s%s" % (subtype, charset if ct_case is None else ct_case, params)
    h = [ct]
    if cte_header and cte:
        h.append("Content-Transfer-Encoding: %s" % cte)
    h += list(extra)
    if not text.endswith("\n"):
        text += "\n"
    return (h, encode_body(text, charset, cte))


def raw_part(ctype_line, body, extra=()):
    if isinstance(body, str):
        body = body.encode("ascii")
    return ([ctype_line] + list(extra), body)


def multipart(subtype, parts, boundary=None, params="", preamble=None, epilogue="", extra=(),
              quote=True):
    boundary = boundary or boundary_generic()
    bq = '"%s"' % boundary if quote else boundary
    ct = "Content-Type: multipart/%s;%s\n\tboundary=%s" % (subtype, params, bq)
    out = b""
    if preamble:
        out += preamble.rstrip("\n").encode("ascii") + b"\n"
    for h, b in parts:
        out += b"\n--" + boundary.encode() + b"\n" if out else b"--" + boundary.encode() + b"\n"
        if h:
            out += "\n".join(h).encode("ascii") + b"\n\n" + b
        else:
            out += b"\n" + b
        if not b.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + boundary.encode() + b"--\n"
    if epilogue:
        out += epilogue.encode("ascii")
    return ([ct] + list(extra), out)


def render(headers, part, mime_version=True):
    """headers: list of 'Name: value' strings (may contain folded '\n ')."""
    ph, body = part
    hs = list(headers)
    if mime_version and ph:
        hs.append("MIME-Version: 1.0")
    hs += ph
    return "\n".join(hs).encode("ascii") + b"\n\n" + body


# --------------------------------------------------------------------------
# the reminders that bounce
FIRST = ["Camille", "Julien", "Sophie", "Nicolas", "Isabelle", "Thomas", "Nathalie", "Éric",
         "Sandrine", "Laurent", "Céline", "Olivier", "Aurélie", "Pascal", "Hélène", "Mathieu",
         "Valérie", "Sébastien", "Claire", "Franck", "Émilie", "Arnaud", "Stéphanie", "Yannick",
         "Delphine", "Grégory", "Mélanie", "Cédric", "Sylvie", "Jérôme", "Agnès", "Benoît",
         "Corinne", "Damien", "Fabienne", "Gaëlle", "Hervé", "Ingrid", "Joël", "Karine",
         "Ludovic", "Maud", "Noël", "Océane", "Patrice", "Rémi", "Solène", "Tristan"]
LAST = ["Morel", "Girard", "Fontaine", "Roussel", "Chevalier", "Blanchard", "Guérin", "Perrin",
        "Marchand", "Duval", "Lemaire", "Faure", "Rivière", "Barbier", "Arnaud", "Caron",
        "Renard", "Picard", "Gautier", "Meunier", "Lacroix", "Brunet", "Leclerc", "Vasseur",
        "Collet", "Hamon", "Texier", "Poulain", "Jacquet", "Besnard", "Lebrun", "Carpentier",
        "Tessier", "Boyer", "Marty", "Cordier", "Delorme", "Rolland", "Aubert", "Masson"]
FIRMS = ["garage-morel", "batiplus-rhone", "menuiserie-duval", "sarl-fontaine-paysage",
         "cabinet-vetoroussel", "transports-perrin", "hotel-des-cedres", "pharmacie-du-marche",
         "ets-marchand", "atelier-chevalier", "immo-guerin", "eurl-lemaire-elec",
         "camping-les-pins", "restaurant-le-quai", "agri-faure", "plomberie-riviere",
         "boucherie-barbier", "ecole-montessori-caron", "cave-renard", "scierie-picard",
         "gautier-couverture", "meunier-btp", "lacroix-toiture", "brunet-serrurerie",
         "leclerc-archi", "vasseur-ferme", "collet-metal", "hamon-nautisme", "texier-industrie",
         "poulain-logistique", "jacquet-traiteur", "besnard-carrosserie", "mairie-saint-olme",
         "lycee-pro-valdrome", "clinique-des-tilleuls", "sci-les-acacias", "domaine-cordier",
         "delorme-ascenseurs", "rolland-energies", "aubert-paysagistes", "masson-design",
         "copro-les-glycines", "assoc-sportive-brevenne", "chateau-de-lestang", "sarl-mecatec",
         "ateliers-du-lac", "groupe-vernay", "nordvent-eolien", "bois-et-forets-42"]
ISP = {  # invented stand-ins for the big mailbox providers
    "orange": "orange.example", "wanadoo": "wanadoo.example", "free": "free.example",
    "sfr": "sfr.example", "neuf": "neuf.example", "laposte": "laposte-net.example",
    "gmail": "gmail.example", "yahoo": "yahoo.example", "aol": "aol.example",
    "hotmail": "hotmail.example", "outlook": "outlook-fr.example", "live": "live.example",
    "icloud": "icloud.example", "gmx": "gmx.example", "webde": "web-de.example",
    "zoho": "zohomail.example", "fastmail": "fastmail.example",
}

_used = set()


def ascii_fold(s):
    t = {"é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "î": "i", "ï": "i",
         "ô": "o", "ö": "o", "ù": "u", "û": "u", "ü": "u", "ç": "c", "É": "E", "È": "E",
         "Ê": "E", "À": "A", "Ç": "C", "Ë": "E", "Ö": "O", "Ü": "U", "Ä": "A", "ä": "a",
         "ß": "ss", "–": "-", "€": "EUR", "«": '"', "»": '"', "’": "'", "°": "o", "Ô": "O", "Î": "I",
         "\u00a0": " "}
    return "".join(t.get(c, c) for c in s)


def person():
    return R.choice(FIRST), R.choice(LAST)


def mk_local(first, last, style=None):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    style = style or R.choice(["f.l", "fl", "f_l", "finit.l", "l", "l.f", "fl2", "role"])
    if style == "f.l":
        return "%s.%s" % (f, l)
    if style == "fl":
        return "%s%s" % (f[0], l)
    if style == "f_l":
        return "%s_%s" % (f, l)
    if style == "finit.l":
        return "%s.%s" % (f[0], l)
    if style == "l":
        return l
    if style == "l.f":
        return "%s.%s" % (l, f)
    if style == "fl2":
        return "%s.%s%d" % (f, l, R.randrange(1, 99))
    return R.choice(["compta", "comptabilite", "contact", "facturation", "direction",
                     "secretariat", "accueil", "gestion", "admin", "factures", "fournisseurs",
                     "achats", "tresorerie", "info"])


def new_addr(domain=None, isp=None, style=None, first=None, last=None):
    """Return (display_name, address) unique across the corpus."""
    for _ in range(200):
        f, l = person()
        if first:
            f = first
        if last:
            l = last
        if isp:
            dom = ISP[isp]
        elif domain:
            dom = domain
        else:
            dom = R.choice(FIRMS) + ".example"
        loc_ = mk_local(f, l, style)
        a = "%s@%s" % (loc_, dom)
        if a not in _used:
            _used.add(a)
            return "%s %s" % (f, l), a
    raise RuntimeError("address space exhausted")


def firm_domain():
    return R.choice(FIRMS) + ".example"


# --------------------------------------------------------------------------
def invoice_no(d):
    y = loc(d).year
    if loc(d).month <= 2 and R.random() < 0.5:
        y -= 1
    return "LMB-%d-%04d" % (y, R.randrange(180, 1999))


def amount():
    v = R.choice([R.randrange(8000, 60000), R.randrange(60000, 980000)]) / 100.0
    s = "%.2f" % v
    ent, dec = s.split(".")
    # French grouping with a narrow no-break space replaced by a plain space
    g = ""
    while len(ent) > 3:
        g = " " + ent[-3:] + g
        ent = ent[:-3]
    return ent + g + "," + dec


SUBJECTS_FR = [
    "Relance : facture {inv} impayée",
    "Relance : facture {inv} – échéance dépassée",
    "Rappel de paiement – facture {inv}",
    "Rappel de paiement : facture n° {inv} ({amt} €)",
    "2e relance : facture {inv}",
    "Mise en demeure – facture {inv}",
    "Mise en demeure de payer – facture n° {inv}",
    "Relance amiable : votre facture {inv}",
    "Dernier rappel avant mise en demeure – facture {inv}",
]
SUBJECTS_EN = [
    "Payment reminder: invoice {inv}",
    "Overdue invoice {inv} - second reminder",
    "Final notice: invoice {inv} is overdue",
]

BODY_FR = """Bonjour{salut},

Sauf erreur ou omission de notre part, la facture n° {inv} du {fdate}
d'un montant de {amt} € TTC reste impayée à ce jour (échéance au {due}).

Nous vous remercions de bien vouloir procéder à son règlement dans les
meilleurs délais, par virement ou par chèque à l'ordre de {co}.
Si votre règlement a été effectué entre-temps, merci de ne pas tenir
compte de ce message.

Vous trouverez la facture en pièce jointe pour rappel.

Cordialement,

Le service comptabilité
{co}
14 chemin des Forges – 69007 Lyon
Tél. 04 65 71 02 38
"""

BODY_MED = """Madame, Monsieur,

Malgré nos précédentes relances, la facture n° {inv} du {fdate}, d'un
montant de {amt} € TTC, demeure impayée.

Par la présente, nous vous mettons en demeure de nous régler cette somme
sous huit jours à compter de la réception de ce courriel. À défaut, nous
nous verrons contraints d'engager une procédure de recouvrement, sans
autre avis. Des pénalités de retard et l'indemnité forfaitaire de 40 €
pour frais de recouvrement sont exigibles (art. L441-10 du Code de commerce).

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pierre Lambert, gérant
{co}
"""

BODY_EN = """Dear customer,

According to our records, invoice {inv} dated {fdate} for EUR {amt}
is now overdue (due date {due}).

We would be grateful if you could arrange payment at your earliest
convenience. If you have already paid, please disregard this reminder.

Kind regards,

Accounts department
{co}
Lyon, France
"""


class Orig:
    """One reminder that was sent and (maybe) bounced."""

    def __init__(self, to, to_name=None, cc=(), d=None, lang=None, kind=None, via="postfix",
                 subject=None, to_display=None):
        self.to = to
        self.to_name = to_name
        self.to_display = to_display or to
        self.cc = list(cc)
        self.date = d or rand_date()
        self.lang = lang or ("en" if R.random() < 0.12 else "fr")
        self.inv = invoice_no(self.date)
        self.amt = amount()
        fdate_d = later(self.date, days=-R.randrange(35, 95))
        due_d = later(fdate_d, days=30)
        self.fdate = loc(fdate_d).strftime("%d/%m/%Y")
        self.due = loc(due_d).strftime("%d/%m/%Y")
        if subject:
            self.subject = subject.format(inv=self.inv, amt=self.amt)
        elif self.lang == "en":
            self.subject = R.choice(SUBJECTS_EN).format(inv=self.inv, amt=self.amt)
        else:
            self.subject = R.choice(SUBJECTS_FR).format(inv=self.inv, amt=self.amt)
        self.via = via
        host = DOMAIN if via in ("postfix", "exim", "sendmail") else "mail.gmail.example"
        self.msgid = "<relance.%s.%s@%s>" % (self.inv.lower(), rnd(HEXL, 10), host)
        self.qid = postfix_qid()

    def body_text(self):
        co = COMPANY
        if self.lang == "en":
            t = BODY_EN
        elif "Mise en demeure" in self.subject:
            t = BODY_MED
        else:
            t = BODY_FR
        salut = ""
        if self.to_name and R.random() < 0.5:
            salut = " " + self.to_name.split()[0]
        return t.format(inv=self.inv, fdate=self.fdate, amt=self.amt, due=self.due, co=co,
                        salut=salut)

    def headers(self, received=True, return_path=True):
        h = []
        if return_path:
            h.append("Return-Path: <%s>" % SENDER)
        if received:
            if self.via == "gmail":
                h.append("Received: by mail.gmail.example with SMTP id %s;\n        %s" % (
                    rnd(ALNUM, 20), rfc2822(self.date, UTC, False).replace("+0000", "-0800")))
            else:
                h.append("Received: from facturation.%s (facturation.%s [192.0.2.44])\n"
                         "\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
                             DOMAIN, DOMAIN, OUR_MTA, self.qid, self.to, rfc2822(self.date)))
            h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n"
                     "\ts=lmb2026; t=%d; bh=%s=;\n\th=From:To:Subject:Date:Message-ID;\n"
                     "\tb=%s\n\t %s=" % (DOMAIN, int(self.date.timestamp()), rnd(B62, 43),
                                         rnd(B62, 60), rnd(B62, 50)))
        fromname = "%s – Comptabilité" % COMPANY if self.lang == "fr" else "%s Accounts" % COMPANY
        h.append("From: %s" % addr(fromname, SENDER))
        if self.to_name:
            h.append("To: %s" % addr(self.to_name, self.to_display))
        else:
            h.append("To: %s" % self.to_display)
        if self.cc:
            h.append("Cc: %s" % ",\n\t".join(self.cc))
        h.append("Subject: %s" % ew(self.subject))
        h.append("Date: %s" % rfc2822(self.date, tzname=False))
        h.append("Message-ID: %s" % self.msgid)
        h.append("X-Mailer: Facturo 4.2 (relances automatiques)")
        h.append("MIME-Version: 1.0")
        return h

    def full(self, received=True, return_path=True):
        h = self.headers(received, return_path)
        if "Mise en demeure" in self.subject or R.random() < 0.25:
            txt = text_part(self.body_text(), "utf-8", "quoted-printable")
            pdf = ("%%PDF-1.4\n%% facture {0} (extrait)\n1 0 obj << /Type /Catalog >> endobj\n"
                   "trailer << /Root 1 0 R >>\n%%%%EOF\n").format(self.inv)
            att = (["Content-Type: application/pdf; name=\"%s.pdf\"" % self.inv,
                    "Content-Disposition: attachment; filename=\"%s.pdf\"" % self.inv,
                    "Content-Transfer-Encoding: base64"],
                   base64.encodebytes(pdf.encode("ascii")))
            p = multipart("mixed", [txt, att], boundary="----=_Part_%d_%s" % (
                R.randrange(10000, 99999), rnd(string.digits, 10)))
        else:
            p = text_part(self.body_text(), "utf-8", "quoted-printable")
        hs = h[:-1]  # render() adds MIME-Version
        return render(hs, p)

    def header_block(self, received=True, return_path=True):
        h = self.headers(received, return_path)
        if "Mise en demeure" in self.subject:
            h.append('Content-Type: multipart/mixed;\n\tboundary="----=_Part_%d_%s"' % (
                R.randrange(10000, 99999), rnd(string.digits, 10)))
        else:
            h.append("Content-Type: text/plain; charset=utf-8")
            h.append("Content-Transfer-Encoding: quoted-printable")
        return ("\n".join(h) + "\n").encode("ascii")

    def subject_header(self):
        return ew(self.subject)

"""Shared helpers for the bounces3 corpus (stdlib only, deterministic)."""
import base64
import datetime as _dt
import hashlib
import quopri
from email.utils import format_datetime

ME = "relances@cabinet-morel.example"
ME_HDR = "Cabinet Morel Expertise <relances@cabinet-morel.example>"
OUR_MTA = "mail.cabinet-morel.example"
OUR_IP = "192.0.2.10"
PARIS = _dt.timezone(_dt.timedelta(hours=1))
UTC = _dt.timezone.utc


def when(day, h, m, s=0, tz=PARIS):
    return _dt.datetime(2026, 12, day, h, m, s, tzinfo=tz)


def rfcdate(dt):
    return format_datetime(dt)


def b64(data, width=76):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def h2047q(text, charset="utf-8"):
    """RFC 2047 Q-encoding, split into <=75 char encoded words."""
    out, words, cur = [], [], ""
    for ch in text:
        b = ch.encode(charset)
        enc = ""
        for byte in b:
            c = chr(byte)
            if c == " ":
                enc += "_"
            elif (c.isalnum() or c in "-.!*+/") and byte < 128:
                enc += c
            else:
                enc += "=%02X" % byte
        if len(cur) + len(enc) > 75 - len(charset) - 7:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)


def h2047b(text, charset="utf-8"):
    raw = text.encode(charset)
    out = []
    step = 42
    for i in range(0, len(raw), step):
        chunk = raw[i:i + step]
        # do not split a utf-8 sequence
        while charset.lower() == "utf-8" and i + len(chunk) < len(raw) and (raw[i + len(chunk)] & 0xC0) == 0x80:
            chunk = raw[i:i + len(chunk) - 1]
        out.append("=?%s?B?%s?=" % (charset, base64.b64encode(chunk).decode()))
    # simple (no re-split) - fine for short subjects
    return "\n ".join(out) if len(raw) <= step else "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())


def hid(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def qid(seed, n=10, alphabet="0123456789ABCDEF"):
    h = hid("qid", seed) + hid("qid2", seed) + hid("qid3", seed)
    return "".join(alphabet[int(h[i * 2:i * 2 + 2], 16) % len(alphabet)] for i in range(n))


SUBJECTS = [
    "Relance facture {inv}",
    "Rappel : facture {inv} impayée",
    "Mise en demeure – facture {inv}",
    "Relance facture {inv} – 2e rappel",
    "Rappel : facture {inv} impayée (échéance dépassée)",
]

BODIES = [
    """Madame, Monsieur,

Sauf erreur ou omission de notre part, la facture {inv} du {fdate}, d'un montant
de {amount} € TTC, reste impayée à ce jour alors que son échéance est dépassée.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs
délais, par virement sur le compte indiqué sur la facture.

Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce
message.

Bien cordialement,

Sophie Morel
Cabinet Morel Expertise
12 quai de la Fosse – 44000 Nantes
""",
    """Bonjour,

Nous nous permettons de vous rappeler que la facture {inv} ({amount} € TTC),
émise le {fdate}, n'a pas encore été réglée.

Vous trouverez la facture en pièce jointe pour mémoire. Merci de nous indiquer
la date prévue du règlement.

Cordialement,
Le service comptabilité – Cabinet Morel Expertise
""",
    """Madame, Monsieur,

Malgré nos précédentes relances, la facture {inv} du {fdate} d'un montant de
{amount} € TTC demeure impayée.

Par la présente, nous vous mettons en demeure de régler cette somme sous huit
jours. À défaut, nous serons contraints d'engager une procédure de recouvrement
et d'appliquer l'indemnité forfaitaire de 40 € prévue par l'article L441-10 du
Code de commerce.

Sophie Morel
Gérante – Cabinet Morel Expertise
""",
]


class Orig:
    """The reminder we sent."""

    def __init__(self, seed, to, to_name="", cc=None, subj=0, day=2, hour=9, minute=12, inv=None, amount=None):
        self.seed = seed
        self.to = to
        self.to_name = to_name
        self.cc = cc or []
        n = int(hid("inv", seed)[:6], 16)
        self.inv = inv or "CM-2026-0%03d" % (100 + n % 880)
        self.amount = amount or "{:,}".format(300 + n % 4700).replace(",", " ") + ",%02d" % (n % 100 if n % 3 else 0)
        self.subject = SUBJECTS[subj % len(SUBJECTS)].format(inv=self.inv)
        self.body_tpl = BODIES[2 if "demeure" in self.subject else subj % 2]
        self.date = when(day, hour, minute, int(hid("s", seed)[:2], 16) % 60)
        self.fdate = "%02d/%02d/2026" % (1 + n % 28, 8 + n % 3)
        self.msgid = "<%s.%s@cabinet-morel.example>" % (self.date.strftime("%Y%m%d%H%M%S"), qid(seed, 8))
        self.qid = qid("o" + str(seed), 10)
        self.size = 2400 + n % 3000

    @property
    def body(self):
        return self.body_tpl.format(inv=self.inv, fdate=self.fdate, amount=self.amount)

    def to_hdr(self):
        if not self.to_name:
            return self.to
        n = self.to_name if self.to_name.isascii() else h2047q(self.to_name)
        return "%s <%s>" % (n, self.to)

    def headers(self, received=True):
        lines = []
        if received:
            lines.append("Received: from [192.0.2.45] (poste-compta.cabinet-morel.example [192.0.2.45])\n"
                         "\tby mail.cabinet-morel.example (Postfix) with ESMTPSA id %s\n"
                         "\tfor <%s>; %s" % (self.qid, self.to, rfcdate(self.date)))
        lines += [
            "Message-ID: %s" % self.msgid,
            "Date: %s" % rfcdate(self.date),
            "MIME-Version: 1.0",
            "User-Agent: Relance/1.4",
            "From: %s" % ME_HDR,
            "To: %s" % self.to_hdr(),
        ]
        if self.cc:
            lines.append("Cc: %s" % ", ".join(self.cc))
        lines += [
            "Subject: %s" % h2047q(self.subject) if not self.subject.isascii() else "Subject: %s" % self.subject,
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return "\n".join(lines) + "\n"

    def full(self, received=True):
        return self.headers(received) + "\n" + qp(self.body)

    def quoted_text(self):
        """Original shown as plain text (for human replies)."""
        return self.body


def finish(text, eol="crlf", charset="utf-8"):
    """Normalise line endings, encode."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if eol == "crlf":
        data = data.replace(b"\n", b"\r\n")
    elif eol == "cr":
        data = data.replace(b"\n", b"\r")
    return data

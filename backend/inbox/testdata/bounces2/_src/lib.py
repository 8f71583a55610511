"""Small helpers for assembling the bounces2 corpus.

Only MIME plumbing lives here (encodings, dates, the original reminder that
gets attached or quoted).  The wording of every notice and reply is written in
the msgs_*.py files, one message at a time.
"""
import base64
import quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

SENDER = "relances@imprimerie-vasseur.example"
FROM = "Imprimerie Vasseur <relances@imprimerie-vasseur.example>"
OUR_MTA = "smtp.imprimerie-vasseur.example"

CET = timezone(timedelta(hours=1))


def dt(day, hh, mm, ss=0, tz=1):
    """A date in December 2026 (or late November if day > 25 and month given)."""
    return datetime(2026, 12, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=tz)))


def dtn(day, hh, mm, ss=0, tz=1):
    """A date in November 2026."""
    return datetime(2026, 11, day, hh, mm, ss, tzinfo=timezone(timedelta(hours=tz)))


def rfcdate(d):
    return format_datetime(d)


def b64(text, charset="utf-8", width=76):
    data = base64.b64encode(text.encode(charset) if isinstance(text, str) else text).decode()
    return "\n".join(data[i:i + width] for i in range(0, len(data), width))


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def hdr(text, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def hdrb(text, charset="utf-8"):
    """Force B-encoding (as Outlook / Exchange tend to do)."""
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


# --------------------------------------------------------------------------
# The reminders Imprimerie Vasseur sends.  These are reused (the brief allows
# quoted reminders to be reused); everything around them is written per file.

SIGNATURE = """Sandrine Vasseur
Imprimerie Vasseur – impression offset & numérique
14 rue des Typographes, 59800 Lille
03 20 55 18 42"""

REMINDER_BODIES = {
    1: """Bonjour,

Sauf erreur de notre part, la facture {inv} du {dinv}, d'un montant de {amt} € TTC, n'a pas encore été réglée (échéance au {due}).

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Vous trouverez une copie de la facture en pièce jointe.

Cordialement,

""" + SIGNATURE,
    2: """Bonjour,

Nous revenons vers vous au sujet de la facture {inv} du {dinv} ({amt} € TTC), échue depuis le {due} et toujours impayée malgré notre précédent message.

Pourriez-vous nous indiquer la date à laquelle le règlement sera effectué ? Nos coordonnées bancaires figurent au bas de la facture.

Bien cordialement,

""" + SIGNATURE,
    3: """Madame, Monsieur,

Malgré nos relances, la facture {inv} du {dinv} d'un montant de {amt} € TTC demeure impayée.

Sans règlement de votre part sous huit jours, nous serons contraints d'engager une procédure de recouvrement et d'appliquer les pénalités de retard ainsi que l'indemnité forfaitaire de 40 € prévues à l'article L441-10 du Code de commerce.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

""" + SIGNATURE,
}

SUBJECTS = {
    1: "Relance : facture {inv}",
    2: "2e relance : facture {inv}",
    3: "Dernier rappel avant mise en demeure – facture {inv}",
}


def subject(inv, level=1):
    return SUBJECTS[level].format(inv=inv)


def reminder_body(inv, amt, level=1, dinv="15/10/2026", due="14/11/2026"):
    return REMINDER_BODIES[level].format(inv=inv, amt=amt, dinv=dinv, due=due)


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")


def original(to, inv, amt, level=1, date=None, mid=None, cc=None, pdf=False,
             headers_only=False, received=None, return_path=True, to_name=None,
             dinv="15/10/2026", due="14/11/2026"):
    """The reminder as it left the printer's mailbox."""
    date = date or dt(3, 9, 12)
    mid = mid or "<relance.%s.%d@imprimerie-vasseur.example>" % (inv.lower(), int(date.timestamp()))
    h = []
    if return_path:
        h.append("Return-Path: <%s>" % SENDER)
    if received:
        h.extend(received)
    to_field = "%s <%s>" % (hdr(to_name), to) if to_name else to
    h += [
        "Message-ID: %s" % mid,
        "Date: %s" % rfcdate(date),
        "From: %s" % FROM,
        "To: %s" % to_field,
    ]
    if cc:
        h.append("Cc: %s" % cc)
    h += [
        "Subject: %s" % hdr(subject(inv, level)),
        "MIME-Version: 1.0",
    ]
    body = reminder_body(inv, amt, level, dinv, due)
    if not pdf:
        h += ["Content-Type: text/plain; charset=utf-8; format=flowed",
              "Content-Transfer-Encoding: quoted-printable"]
        if headers_only:
            return "\n".join(h) + "\n"
        return "\n".join(h) + "\n\n" + qp(body)
    b = "----=_relance_%s" % inv.replace("-", "")
    h += ['Content-Type: multipart/mixed; boundary="%s"' % b]
    if headers_only:
        return "\n".join(h) + "\n"
    parts = "\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n"
    parts += "--%s\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n" % (b, qp(body))
    parts += ("--%s\nContent-Type: application/pdf; name=\"%s.pdf\"\nContent-Disposition: attachment; filename=\"%s.pdf\"\n"
              "Content-Transfer-Encoding: base64\n\n%s\n--%s--\n") % (b, inv, inv, b64(FAKE_PDF), b)
    return parts


def quoted_reminder(inv, amt, level=1, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in reminder_body(inv, amt, level).split("\n"))

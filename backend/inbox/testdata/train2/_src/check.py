#!/usr/bin/env python3
"""Checker for the train2 corpus: parses every .eml with Python's email
package, validates headers and labels, checks that each label's phrase occurs
in the decoded message, and re-resolves every promiseDate from the phrase with
an independent rule-based reader.  Exit status 1 on any problem."""
import calendar, collections, datetime as dt, email, email.policy, html, json, os, re, sys, unicodedata
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WANT = {"promise": 240, "dispute": 170, "paid": 130, "copy_request": 120, "auto_reply": 100, "other": 140}
HINTS = ("auto-submitted", "x-autoreply", "precedence", "x-auto-response-suppress")
errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def deacc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def html_text(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


# ---------------------------------------------------------- independent resolver
MFR = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"]
MEN = [m.lower() for m in calendar.month_name[1:]]
WFR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEN = [w.lower() for w in calendar.day_name]


def nxt_dom(d, day):
    y, m = d.year, d.month
    if day > d.day and day <= calendar.monthrange(y, m)[1]:
        return dt.date(y, m, day)
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return dt.date(y, m, day)


def month_after(d, mi):  # next month index mi (1-12) after date d's month
    y = d.year if mi > d.month else d.year + 1
    return y, mi


def resolve(p, d):
    t = deacc(p)
    mon = d - dt.timedelta(days=d.weekday())
    M = "|".join(MFR + MEN)
    W = "|".join(WFR + WEN)
    midx = lambda s: (MFR.index(s) if s in MFR else MEN.index(s)) + 1
    widx = lambda s: WFR.index(s) if s in WFR else WEN.index(s)
    if re.search(r"apres noel|after christmas", t):
        return dt.date(2026, 12, 28)
    if re.search(r"apres les fetes|after the holidays|after new year", t):
        return dt.date(2027, 1, 4)
    if "toussaint" in t:
        return dt.date(2026, 11, 2)
    if "apres le 11 novembre" in t:
        return dt.date(2026, 11, 12)
    if "thanksgiving" in t:
        return dt.date(2026, 11, 27)
    m = re.search(r"entre le (\d+|1er) et le (\d+)|between the \d+\w* and the (\d+)", t)
    if m:
        return nxt_dom(d, int(m.group(2) or m.group(3)))
    m = re.search(r"semaine du (\d+)|week of the (\d+)", t)
    if m:
        s = nxt_dom(d, int(m.group(1) or m.group(2)))
        return s + dt.timedelta(days=4 - s.weekday())
    m = re.search(r"(?:comite de paiement|virement groupe|campagne de paiement) du (\d+)|(?:payment run|batch payment|payment committee) on the (\d+)", t)
    if m:
        return nxt_dom(d, int(m.group(1) or m.group(2)))
    m = re.search(r"le (\d+|1er) du mois prochain|the (\d+)\w* of next month", t)
    if m:
        day = 1 if (m.group(1) or "") == "1er" else int(m.group(1) or m.group(2))
        y, mm = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return dt.date(y, mm, day)
    m = re.search(rf"le (\d+|1er) ({M})\b|on ({M}) (\d+)|on (\d+) ({M})", t)
    if m:
        if m.group(1):
            day, mi = (1 if m.group(1) == "1er" else int(m.group(1))), midx(m.group(2))
        elif m.group(3):
            day, mi = int(m.group(4)), midx(m.group(3))
        else:
            day, mi = int(m.group(5)), midx(m.group(6))
        y = d.year if (mi, day) > (d.month, d.day) else d.year + 1
        return dt.date(y, mi, day)
    m = re.search(rf"\bfin ({M})\b|end of ({M})", t)
    if m:
        y, mi = month_after(d, midx(m.group(1) or m.group(2)))
        return dt.date(y, mi, calendar.monthrange(y, mi)[1])
    m = re.search(rf"debut ({M})|early ({M})", t)
    if m:
        y, mi = month_after(d, midx(m.group(1) or m.group(2)))
        return dt.date(y, mi, 1)
    m = re.search(rf"mi-({M})|mid-({M})", t)
    if m:
        y, mi = month_after(d, midx(m.group(1) or m.group(2)))
        return dt.date(y, mi, 15)
    if re.search(r"fin du mois|fin de mois|end of the month|month end", t):
        return dt.date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    if re.search(r"fin de (la )?semaine|end of (the|this) week", t):
        return mon + dt.timedelta(days=4)
    m = re.search(rf"({W}) de la semaine prochaine|on ({W}) next week", t)
    if m:
        return mon + dt.timedelta(days=7 + widx(m.group(1) or m.group(2)))
    if re.search(r"semaine prochaine|next week", t):
        return mon + dt.timedelta(days=7)
    if "huitaine" in t:
        return d + dt.timedelta(days=7)
    if "quinzaine" in t:
        return d + dt.timedelta(days=15)
    m = re.search(r"(?:d'ici|sous|dans les) (\d+) jours|(?:within|next) (\d+) days", t)
    if m:
        return d + dt.timedelta(days=int(m.group(1) or m.group(2)))
    if re.search(r"demain|tomorrow", t):
        return d + dt.timedelta(days=1)
    m = re.search(rf"\b({W})\b", t)
    if m:
        wd = widx(m.group(1))
        k = (wd - d.weekday()) % 7
        return d + dt.timedelta(days=k or 7)
    m = re.search(r"\ble (\d+|1er)\b|the (\d+)(?:st|nd|rd|th)", t)
    if m:
        return nxt_dom(d, 1 if m.group(1) == "1er" else int(m.group(1) or m.group(2)))
    return None


# ---------------------------------------------------------- main
def main():
    labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    if sorted(labels) != files:
        err("labels.json", "keys differ from the .eml files")
    by = collections.Counter()
    stats = collections.Counter()
    bodies = {}
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(ROOT, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        head = raw.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            err(f, "non-ASCII byte in the header block")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To"):
            if not msg[h]:
                err(f, "missing header " + h)
        if "compta@menuiserie-garnier.example" not in str(msg["To"]):
            err(f, "To is not compta@")
        frm = msg["From"].addresses[0].domain
        if not re.search(r"(\.example|(^|\.)example\.(com|org|net))$", frm):
            err(f, "From domain not reserved: " + frm)
        date = parsedate_to_datetime(msg["Date"])
        local = date.date()
        if not dt.date(2026, 8, 1) <= local <= dt.date(2026, 12, 31):
            err(f, f"Date out of range {local}")
        texts = []
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if ct not in ("text/plain", "text/html"):
                err(f, "unexpected part " + ct)
                continue
            stats[f"charset={part.get_content_charset()}"] += 1
            stats[f"cte={part.get('Content-Transfer-Encoding', '7bit').lower()}"] += 1
            body = part.get_content()
            texts.append(norm(html_text(body) if ct == "text/html" else body))
        stats["mime=" + msg.get_content_type()] += 1
        c, lang = lab.get("class"), lab.get("lang")
        if c not in WANT:
            err(f, f"bad class {c}")
            continue
        if lang not in ("fr", "en"):
            err(f, f"bad lang {lang}")
        by[c] += 1
        by[(c, lang)] += 1
        ph = lab.get("phrase", "")
        if not ph or not all(norm(ph) in t for t in texts):
            err(f, f"phrase not found in every text part: {ph!r}")
        extra = set(lab) - {"class", "lang", "phrase", "promiseDate", "undated"}
        if extra:
            err(f, f"unexpected label keys {extra}")
        if c == "promise":
            if ("promiseDate" in lab) == bool(lab.get("undated")):
                err(f, "promise must have exactly one of promiseDate / undated")
            if "promiseDate" in lab:
                by["dated"] += 1
                pd = dt.date.fromisoformat(lab["promiseDate"])
                if pd <= local:
                    err(f, f"promiseDate {pd} not after message date {local}")
                r = resolve(ph, local)
                if r != pd:
                    err(f, f"resolver disagrees: phrase {ph!r} on {local} -> {r}, label {pd}")
            elif resolve(ph, local) is not None:
                err(f, f"undated promise phrase looks dated: {ph!r}")
        elif "promiseDate" in lab or "undated" in lab:
            err(f, "promiseDate/undated on a non-promise")
        hinted = any(h in (k.lower() for k in msg.keys()) for h in HINTS)
        if c == "auto_reply":
            by["auto_hint" if hinted else "auto_nohint"] += 1
        elif hinted:
            err(f, "auto-reply header on a non-auto message")
        key = texts[0][:400]
        if key in bodies:
            err(f, "same text as " + bodies[key])
        bodies[key] = f
    for c, n in WANT.items():
        if by[c] != n:
            err("counts", f"{c}: {by[c]} != {n}")
    if by["dated"] < 190:
        err("counts", f"only {by['dated']} dated promises")
    print("classes:", {c: by[c] for c in WANT})
    print("fr/en:", {c: (by[(c, 'fr')], by[(c, 'en')]) for c in WANT},
          "total fr", sum(by[(c, 'fr')] for c in WANT), "en", sum(by[(c, 'en')] for c in WANT))
    print("dated promises:", by["dated"], "auto with/without header hint:", by["auto_hint"], by["auto_nohint"])
    print("parts:", dict(sorted(stats.items())))
    for e in errors[:60]:
        print("ERROR", e)
    print(f"{len(files)} files, {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

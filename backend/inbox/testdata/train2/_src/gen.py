#!/usr/bin/env python3
"""Generate the train2 corpus (900 .eml client replies + labels.json).

Usage:  python3 _src/gen.py            (from train2/ or anywhere)
Deterministic: fixed seed, no network, standard library only.
"""
import base64, datetime as dt, html, json, os, quopri, random, re, sys, unicodedata
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools_fr, pools_en, more_fr, more_en

for _base, _more in ((pools_fr, more_fr), (pools_en, more_en)):
    for _name in ("PROMISE_DATED", "PROMISE_UNDATED", "DISPUTE", "PAID", "COPY_REQUEST", "AUTO", "OTHER"):
        getattr(_base, _name).extend(getattr(_more, _name))
    for _k, _v in _more.SMS.items():
        _base.SMS[_k].extend(_v)
from dates import candidates, FR_MONTHS, EN_MONTHS, FR_WD, EN_WD

SEED = 20261207
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GARNIER = "compta@menuiserie-garnier.example"
COUNTS = {"promise": 240, "dispute": 170, "paid": 130, "copy_request": 120, "auto_reply": 100, "other": 140}
UNDATED = 40
FR_SHARE = 0.70

TZ_FR = ["Europe/Paris"] * 8 + ["Europe/Brussels", "Europe/Zurich", "Indian/Reunion", "America/Martinique", "Pacific/Noumea", "America/Montreal", "UTC"]
TZ_EN = ["Europe/London"] * 4 + ["Europe/Dublin", "Europe/Amsterdam", "America/New_York", "America/Los_Angeles", "Asia/Singapore",
         "Australia/Sydney", "Asia/Kolkata", "UTC", "Europe/Paris"]
STAFF = [("Marie", "Garnier", "Gérante"), ("Lucas", "Perrot", "Comptabilité"), ("Inès", "Marchand", "Assistante administrative")]

rng = random.Random(SEED)


def P(lang):
    return pools_fr if lang == "fr" else pools_en


def spin(s):
    while True:
        m = re.search(r"\{([^{}]*)\}", s)
        if not m:
            return s
        s = s[:m.start()] + rng.choice(m.group(1).split("|")) + s[m.end():]


def slug(s):
    s = unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fr_amount(x):
    e, c = divmod(round(x * 100), 100)
    s = f"{e:,}".replace(",", rng.choice([" ", " ", "."]) if e >= 1000 else " ")
    return f"{s},{c:02d} €" if rng.random() < .8 else f"{s},{c:02d} euros"


def en_amount(x):
    return rng.choice([f"€{x:,.2f}", f"EUR {x:,.2f}", f"{x:,.2f} EUR"])


def fr_date(d, style=None):
    style = style or rng.choice(["long", "num", "long"])
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if style == "num" else f"{'1er' if d.day == 1 else d.day} {FR_MONTHS[d.month - 1]}"


def en_date(d):
    return rng.choice([f"{d.day} {EN_MONTHS[d.month - 1]}", f"{EN_MONTHS[d.month - 1]} {d.day}", f"{d.day} {EN_MONTHS[d.month - 1][:3]}"])


def persona(lang):
    p = P(lang)
    first, last, co = rng.choice(p.FIRST), rng.choice(p.LAST), rng.choice(p.COMPANIES)
    dom = slug(co)
    r = rng.random()
    if r < .55:
        domain = dom + ".example"
        local = rng.choice([f"{slug(first)}.{slug(last)}", f"{slug(first)[0]}{slug(last)}", slug(first), f"{slug(first)[0]}.{slug(last)}"])
    elif r < .8:
        domain = rng.choice(["example.com", "example.org", "example.net"])
        local = rng.choice([dom.replace("-", "."), f"{slug(first)}.{slug(last)}", f"{slug(last)}{rng.randrange(10, 99)}"])
    else:
        domain = dom + "." + rng.choice(["example.com", "example.net", "example.org"])
        local = rng.choice(["compta", "accounts", "admin", f"{slug(first)}.{slug(last)}", "contact"]) if lang == "en" or rng.random() < .5 else f"{slug(first)}.{slug(last)}"
    return dict(first=first, last=last, co=co, addr=f"{local.replace('--', '-')}@{domain}", domain=domain)


# ---------------------------------------------------------------- reminder

def reminder_text(lang, inv, amt, due, staff):
    sig = f"{staff[0]} {staff[1]}\n{staff[2]}\nMenuiserie Garnier\n4 rue des Établis, 49000 Angers\n02 41 00 00 00"
    if lang == "fr":
        duef = fr_date(due, rng.choice(["num", "long"]))
        if "/" not in duef and rng.random() < .5:
            duef += f" {due.year}"
        body = rng.choice([
            f"Bonjour,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt}, arrivée à échéance le {duef}, reste impayée à ce jour.\n\nNous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\nCordialement,",
            f"Madame, Monsieur,\n\nNous nous permettons de vous rappeler que notre facture n° {inv} ({amt} TTC), dont l'échéance était fixée au {duef}, n'a pas encore été réglée.\n\nMerci de nous indiquer la date prévue de règlement.\n\nBien cordialement,",
            f"Bonjour,\n\nPetit rappel : la facture {inv} de {amt} était payable au plus tard le {duef}. Nous n'avons pas reçu de règlement à ce jour.\n\nVous trouverez la facture en pièce jointe.\n\nMerci par avance,",
            f"Bonjour,\n\nDeuxième relance concernant la facture {inv} d'un montant de {amt}, échue depuis le {duef}.\n\nSans règlement de votre part sous 8 jours, nous serons contraints d'appliquer les pénalités de retard prévues à nos conditions générales, ainsi que l'indemnité forfaitaire de 40 €.\n\nCordialement,",
        ])
    else:
        duef = rng.choice([f"{due.day} {EN_MONTHS[due.month - 1]} {due.year}", f"{EN_MONTHS[due.month - 1]} {due.day}, {due.year}", f"{due.day:02d}/{due.month:02d}/{due.year}"])
        body = rng.choice([
            f"Dear customer,\n\nAccording to our records, invoice {inv} for {amt}, due on {duef}, remains unpaid.\n\nWe would be grateful if you could arrange payment at your earliest convenience. If you have already paid, please disregard this message.\n\nKind regards,",
            f"Hello,\n\nThis is a friendly reminder that invoice {inv} ({amt}) was due for payment on {duef}. Please find a copy attached.\n\nCould you let us know when we can expect payment?\n\nBest regards,",
            f"Dear Sir or Madam,\n\nSecond reminder: invoice {inv} amounting to {amt} has been overdue since {duef}. Late payment interest may be charged in accordance with our terms.\n\nRegards,",
        ])
    return body + "\n\n" + sig


FR_WD_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MO_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def attribution(style, lang, when, sender_disp, sender_addr, to_disp, subject):
    t = when
    hm = f"{t.hour:02d}:{t.minute:02d}"
    h12 = f"{(t.hour - 1) % 12 + 1}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
    if style == "gmail":
        if lang == "fr":
            return f"Le {FR_WD_AB[t.weekday()]} {t.day} {FR_MO_AB[t.month - 1]} {t.year} à {hm}, {sender_disp} <{sender_addr}> a écrit :"
        return f"On {EN_WD[t.weekday()][:3]}, {EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} at {h12} {sender_disp} <{sender_addr}> wrote:"
    if style == "apple":
        if lang == "fr":
            return f"Le {t.day} {FR_MO_AB[t.month - 1]} {t.year} à {hm}, {sender_disp} <{sender_addr}> a écrit :"
        return f"On {t.day} {EN_MONTHS[t.month - 1][:3]} {t.year}, at {hm}, {sender_disp} <{sender_addr}> wrote:"
    if style == "thunderbird":
        if lang == "fr":
            return f"Le {t.day:02d}/{t.month:02d}/{t.year} à {hm}, {sender_disp} a écrit :"
        return f"On {t.day:02d}/{t.month:02d}/{t.year} {hm}, {sender_disp} wrote:"
    if style == "outlook":
        if lang == "fr":
            return (f"De : {sender_disp} <{sender_addr}>\nEnvoyé : {FR_WD[t.weekday()]} {t.day} {FR_MONTHS[t.month - 1]} {t.year} {hm}\n"
                    f"À : {to_disp}\nObjet : {subject}")
        return (f"From: {sender_disp} <{sender_addr}>\nSent: {EN_WD[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} {h12}\n"
                f"To: {to_disp}\nSubject: {subject}")
    if style == "forward":
        if lang == "fr":
            return (f"---------- Message transféré ---------\nDe : {sender_disp} <{sender_addr}>\nDate : {FR_WD_AB[t.weekday()]} {t.day} {FR_MO_AB[t.month - 1]} {t.year} à {hm}\n"
                    f"Objet : {subject}\nÀ : {to_disp}")
        return (f"---------- Forwarded message ---------\nFrom: {sender_disp} <{sender_addr}>\nDate: {EN_WD[t.weekday()][:3]}, {EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} at {h12}\n"
                f"Subject: {subject}\nTo: {to_disp}")
    raise ValueError(style)


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- own text

TYPO_RE = re.compile(r"[A-Za-zÀ-ÿ]{5,}")


def typos(s, n):
    """swap/drop letters in n words, never inside [[ ]]"""
    parts = re.split(r"(\[\[.*?\]\])", s)
    for _ in range(n):
        idx = [i for i, p in enumerate(parts) if not p.startswith("[[") and TYPO_RE.search(p)]
        if not idx:
            return "".join(parts)
        i = rng.choice(idx)
        ws = list(TYPO_RE.finditer(parts[i]))
        w = rng.choice(ws)
        word = w.group(0)
        k = rng.randrange(1, len(word) - 2)
        word2 = word[:k] + word[k + 1] + word[k] + word[k + 2:] if rng.random() < .6 else word[:k] + word[k + 1:]
        parts[i] = parts[i][:w.start()] + word2 + parts[i][w.end():]
    return "".join(parts)


def title(lang, per):
    t = rng.choice(P(lang).TITLES)
    if "|" in t:
        t = t.split("|")[1 if per["first"] in P(lang).FEMALE else 0]
    return t


def signature(lang, per, style):
    p = P(lang)
    name = f"{per['first']} {per['last']}"
    if style == "sms":
        return rng.choice(["", per["first"], rng.choice(p.MOBILE)])
    r = rng.random()
    if style == "formal" or r < .2:
        lines = [name, title(lang, per), per["co"], rng.choice(["02 40 12 34 56", "+33 6 12 34 56 78", "+44 20 7946 0000", "01 23 45 67 89"]),
                 "", rng.choice(p.LEGAL).replace("$CO", per["co"])]
        if rng.random() < .4:
            lines.append(rng.choice(p.LEGAL).replace("$CO", per["co"]))
        return "--\n" * (rng.random() < .4) + "\n".join(lines)
    if r < .45:
        return f"{name}\n{per['co']}"
    if r < .6:
        return f"{name}\n{title(lang, per)} - {per['co']}"
    if r < .75:
        return per["first"]
    if r < .85:
        return f"{name}\n\n{rng.choice(p.MOBILE)}"
    return name


def fill(s, ctx):
    for k in sorted(ctx, key=len, reverse=True):
        s = s.replace("$" + k, ctx[k])
    assert "$" not in s.replace("$$", ""), s
    return s


USED_CORES = {}


def pick_core(pool, key):
    """least-used first so every hand-written core gets used evenly"""
    used = USED_CORES.setdefault(key, {})
    m = min(used.get(i, 0) for i in range(len(pool)))
    i = rng.choice([i for i in range(len(pool)) if used.get(i, 0) == m])
    used[i] = used.get(i, 0) + 1
    return pool[i]


def compose(cls, lang, ctx, per, style, undated):
    p = P(lang)
    if cls == "auto_reply":
        core = pick_core(p.AUTO, (lang, "auto"))
        body = spin(core)
        if rng.random() < .6:
            body += "\n\n" + rng.choice([f"{per['first']} {per['last']}", f"{per['first']} {per['last']}\n{per['co']}", per["co"]])
        return fill(body, ctx)
    if style == "sms":
        key = "promise_u" if undated else cls
        core = pick_core(p.SMS[key], (lang, "sms", key))
        s = spin(core)
        sig = signature(lang, per, "sms")
        return fill(s + ("\n\n" + sig if sig else ""), ctx)
    if cls == "promise":
        pool = p.PROMISE_UNDATED if undated else p.PROMISE_DATED
        if not undated and "DIST" not in ctx:
            pool = [c for c in pool if "$DIST" not in c]
        core = pick_core(pool, (lang, cls, undated, "DIST" in ctx))
    else:
        core = pick_core(getattr(p, cls.upper()), (lang, cls))
    paras = []
    g = spin(rng.choice(p.GREET))
    if g:
        paras.append(g)
    if style == "formal":
        paras.append(rng.choice(p.FORMAL_OPEN))
    elif rng.random() < .25:
        paras.append(rng.choice(p.EXTRA[:p.N_OPEN]))
    main = spin(core)
    if rng.random() < .5 and cls in p.FOLLOW:
        main += rng.choice([" ", "\n"]) + rng.choice(p.FOLLOW[cls])
    paras.append(main)
    if rng.random() < .12:
        paras.append(rng.choice(p.EXTRA[p.N_OPEN - 1:]))
    close = rng.choice(p.FORMAL_CLOSE) if style == "formal" else rng.choice(p.CLOSE)
    sig = signature(lang, per, style)
    tail = "\n".join(x for x in [close, sig] if x)
    sep = rng.choice(["\n\n", "\n\n", "\n"])
    text = sep.join(paras)
    if tail:
        text += "\n\n" + tail
    return fill(text, ctx)


def latin1_safe(s):
    s = re.sub(r"€(\d)", r"EUR \1", s)
    for a, b in [("€", "EUR"), ("œ", "oe"), ("Œ", "OE"), ("’", "'"), ("…", "..."), ("–", "-"), ("—", "-"), ("\u202f", " ")]:
        s = s.replace(a, b)
    return s


# ---------------------------------------------------------------- MIME

def encode_body(text, charset, cte):
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii").replace("\n", "\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n")
    if all(b < 128 for b in raw):
        return None  # caller writes as 7bit
    return raw


def part(ctype, text, charset, cte):
    enc = encode_body(text, charset, cte)
    if enc is None:
        hdr = f"Content-Type: {ctype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        return hdr.encode() + text.replace("\n", "\r\n").encode("ascii")
    hdr = f"Content-Type: {ctype}; charset=\"{charset}\"" + ("; format=flowed" if ctype == "text/plain" and rng.random() < .15 else "") + f"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return hdr.encode() + (enc if isinstance(enc, bytes) else enc.encode("ascii"))


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8" if charset == "utf-8" or rng.random() < .5 else charset, maxlinelen=76).encode()


def addr(name, a, charset):
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, charset if charset != 'utf-8' and rng.random() < .5 else 'utf-8').encode()} <{a}>"


def html_paras(text):
    out = []
    for block in text.split("\n\n"):
        inner = "<br>\n".join(html.escape(l, quote=False) for l in block.split("\n"))
        out.append(f"<p class=\"MsoNormal\">{inner}<o:p></o:p></p>" if inner else "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def outlook_html(own, quote_hdr_lines, quoted_text, charset, qstyle):
    head = (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            f"xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            f"p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}}\n"
            f"a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}\n@page WordSection1 {{size:612.0pt 792.0pt;}}\n"
            f"div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n<body lang=\"FR\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n")
    body = html_paras(own)
    if quoted_text is not None:
        if qstyle == "gmail_html":
            body += ("\n<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + html.escape(quote_hdr_lines, quote=False) +
                     "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">\n"
                     + html_paras(quoted_text) + "\n</blockquote></div>")
        else:
            hl = quote_hdr_lines.split("\n")
            hh = "<br>\n".join("<b>" + html.escape(l.split(":", 1)[0], quote=False) + ":</b>" + html.escape(l.split(":", 1)[1], quote=False)
                               if ":" in l else html.escape(l, quote=False) for l in hl)
            body += ("\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
                     f"<p class=\"MsoNormal\">{hh}<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + html_paras(quoted_text))
    return head + body + "\n</div>\n</body>\n</html>\n"


# ---------------------------------------------------------------- one message

def make(n, cls, lang, undated, auto_hint, sms_ok):
    per = persona(lang)
    tzname = rng.choice(TZ_FR if lang == "fr" else TZ_EN)
    tz = ZoneInfo(tzname)
    day = dt.date(2026, 8, 1) + dt.timedelta(days=rng.randrange(153))
    hour = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 19, 21, 22, 23, 6])
    local = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60), tzinfo=tz)
    paris = ZoneInfo("Europe/Paris")
    rem_at = (local - dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 8, 13]), hours=rng.randrange(1, 9), minutes=rng.randrange(60))).astimezone(paris)
    rem_at = rem_at.replace(hour=rng.choice([8, 9, 10, 11, 14, 15, 16, 17]), second=0)
    if rem_at >= local:
        rem_at = (local - dt.timedelta(days=1)).astimezone(paris).replace(hour=rng.choice([9, 10, 16]))
    due = rem_at.date() - dt.timedelta(days=rng.randrange(8, 70))
    inv = f"F-2026-{rng.randrange(180, 1480):04d}"
    oth = f"F-2026-{rng.randrange(180, 1480):04d}"
    x = round(rng.choice([rng.uniform(150, 900), rng.uniform(900, 4000), rng.uniform(4000, 19000)]), 2)
    rem_lang = lang if rng.random() < .85 else ("fr" if lang == "en" else "fr")
    amt = fr_amount(x) if lang == "fr" else en_amount(x)
    rem_amt = fr_amount(x) if rem_lang == "fr" else en_amount(x)
    staff = rng.choice(STAFF)
    colleague = f"{rng.choice(P(lang).FIRST)} {rng.choice(P(lang).LAST)}"
    ctx = dict(INV=inv, OTHERINV=oth, AMT=amt, HALF=(fr_amount(x / 2) if lang == "fr" else en_amount(x / 2)),
               AMT2=(fr_amount(round(x * .85, 2)) if lang == "fr" else en_amount(round(x * .85, 2))),
               PCT=str(rng.choice([5, 8, 10, 12, 15])), CO=per["co"], CLIENT=f"{per['first']} {per['last']}",
               STAFF=staff[0], COLLEAGUE=colleague, COLLEMAIL=f"{slug(colleague).replace('-', '.')}@{per['domain']}",
               APMAIL=rng.choice(["factures", "invoices", "ap", "comptabilite", "fournisseurs"]) + "@" + per["domain"],
               PO=rng.choice(["PO-", "BC", "4500", "CDE-"]) + str(rng.randrange(10000, 99999)),
               REF=rng.choice(["VIR", "SEPA", "TRF", "OP"]) + f"{rng.randrange(100000, 999999)}", CHQ=str(rng.randrange(1000000, 9999999)),
               AVOIR=rng.choice(["AV-2026-", "A2026-", "CN-"]) + f"{rng.randrange(10, 300):03d}",
               TICKET=str(rng.randrange(100000, 999999)) if rng.random() < .5 else f"2026{day.month:02d}{day.day:02d}1000{rng.randrange(1000, 9999)}",
               PHONE=rng.choice(["06 12 34 56 78", "07 98 76 54 32", "+44 7700 900123", "02 40 00 11 22"]),
               CABINET=rng.choice(["Fiduciaire de l'Ouest", "Cabinet Audit & Conseil", "Expertise Comptable Loire"]))
    mk_date = (lambda d: fr_date(d, "long")) if lang == "fr" else en_date
    past = day - dt.timedelta(days=rng.randrange(1, 9))
    ctx["PASTD"] = mk_date(max(past, due + dt.timedelta(days=1)))
    ctx["DUE"] = mk_date(due)
    ret = day + dt.timedelta(days=rng.randrange(2, 25))
    ctx["RETURN"] = mk_date(ret) if rng.random() < .8 else (f"{FR_WD[ret.weekday()]} {fr_date(ret, 'long')}" if lang == "fr" else f"{EN_WD[ret.weekday()]} {en_date(ret)}")
    ctx["CLOSEFROM"] = mk_date(day)
    label = {"class": cls, "lang": lang}
    if cls == "promise" and not undated:
        cands = candidates(day, lang, rng)
        kind, dtext, resolved = rng.choice(cands)
        ctx["DATE"] = dtext
        label["promiseDate"] = resolved.isoformat()
        if rng.random() < .3:
            dd = day + dt.timedelta(days=rng.randrange(2, 30))
            if dd != resolved:
                ctx["DIST"] = mk_date(dd)
    elif cls == "promise":
        label["undated"] = True
    style = "sms" if sms_ok and cls != "auto_reply" and rng.random() < .1 else ("formal" if rng.random() < .15 else "normal")
    own = compose(cls, lang, ctx, per, style, undated)
    if style == "sms":
        own = own.lower() if rng.random() < .6 else own
    charset = rng.choices(["utf-8", "windows-1252", "iso-8859-1"], [6, 2, 2])[0]
    if lang == "fr" and rng.random() < .12 and style != "sms":
        own = strip_accents(own)
    if cls != "auto_reply" and rng.random() < .15:
        own = typos(own, rng.choice([1, 1, 2]))
    if charset == "iso-8859-1":
        own = latin1_safe(own)
    m = re.findall(r"\[\[(.*?)\]\]", own, re.S)
    assert len(m) == 1, own
    label["phrase"] = m[0]
    own = own.replace("[[", "").replace("]]", "")

    # subject / reminder
    rem_subj = rng.choice([f"Relance facture {inv}", f"Relance facture {inv}", f"Rappel : facture {inv} impayée", f"2e relance - facture {inv}",
                           f"Facture {inv} - échéance dépassée"]) if rem_lang == "fr" else \
        rng.choice([f"Reminder: invoice {inv}", f"Payment reminder – invoice {inv}", f"Overdue invoice {inv}", f"Reminder: invoice {inv} is overdue"])
    rtext = reminder_text(rem_lang, inv, rem_amt, due, staff)
    if charset == "iso-8859-1":
        rtext, rem_subj = latin1_safe(rtext), latin1_safe(rem_subj)
    client_style = rng.choice(["gmail", "gmail", "outlook", "outlook", "outlook", "apple", "thunderbird", "forward", "inline", "history"])
    if cls == "auto_reply":
        client_style = rng.choice(["none", "none", "none", "outlook", "gmail"])
    elif rng.random() < .05:
        client_style = "none"
    prefix = "RE: " if client_style == "outlook" else ("TR: " if lang == "fr" else "Fwd: ") if client_style == "forward" else rng.choice(["Re: ", "RE: ", "Re : ", "RE : "] if lang == "fr" else ["Re: ", "RE: "])
    subject = prefix + rem_subj
    if client_style == "history":
        subject = rng.choice(["RE: RE: ", "Re: Re: ", "RE: "]) + rem_subj
    if cls == "auto_reply":
        subject = rng.choice(["Réponse automatique : ", "Absent(e) : ", "Absence du bureau : ", "[Réponse automatique] ", "Accusé de réception : ", "RE: "] if lang == "fr"
                             else ["Automatic reply: ", "Out of Office: ", "Auto: ", "Autoreply: ", "[Ticket received] ", "Re: "]) + rem_subj
        if "TICKET" in own or "ticket" in own.lower() and rng.random() < .5:
            subject = f"[#{ctx['TICKET']}] " + rem_subj
    sender_disp = rng.choice(["Menuiserie Garnier", "Comptabilité Menuiserie Garnier", f"{staff[0]} {staff[1]}", "Menuiserie Garnier - Comptabilité"])
    to_disp = f"{per['first']} {per['last']} <{per['addr']}>" if rng.random() < .6 else per["addr"]

    att_lang = lang
    quoted_plain = None
    plain = own
    qhdr = None
    if client_style in ("gmail", "apple", "thunderbird"):
        qhdr = attribution(client_style, att_lang, rem_at, sender_disp, GARNIER, to_disp, rem_subj)
        plain = own + "\n\n" + (gt(qhdr + "\n\n" + rtext) if client_style == "apple" else qhdr + "\n\n" + gt(rtext))
        quoted_plain = rtext
    elif client_style in ("outlook", "forward"):
        qhdr = attribution(client_style, att_lang, rem_at, sender_disp, GARNIER, to_disp, rem_subj)
        sep = "\n\n________________________________\n" if client_style == "outlook" and rng.random() < .5 else \
            ("\n\n-----Message d'origine-----\n" if lang == "fr" else "\n\n-----Original Message-----\n") if client_style == "outlook" else "\n\n"
        plain = own + sep + qhdr + "\n\n" + rtext
        quoted_plain = rtext
    elif client_style == "history":
        first_at = rem_at - dt.timedelta(days=rng.randrange(10, 20))
        prev = rng.choice(["Bien reçu, je regarde ça.", "Je vous reviens rapidement.", "OK, je vérifie avec la comptabilité."] if lang == "fr"
                          else ["Received, I'll look into it.", "Will check and come back to you.", "Thanks, checking with accounts."])
        prev_at = first_at + dt.timedelta(days=rng.randrange(1, 5), hours=rng.randrange(1, 6))
        rtext1 = reminder_text(rem_lang, inv, rem_amt, due, staff)
        if charset == "iso-8859-1":
            rtext1 = latin1_safe(rtext1)
        h1 = attribution("gmail", att_lang, rem_at, sender_disp, GARNIER, to_disp, rem_subj)
        h2 = attribution("gmail", att_lang, prev_at, f"{per['first']} {per['last']}", per["addr"], "", rem_subj)
        h3 = attribution("gmail", att_lang, first_at, sender_disp, GARNIER, to_disp, rem_subj)
        inner = rtext + "\n\n" + h2 + "\n" + gt(prev + "\n\n" + h3 + "\n" + gt(rtext1))
        plain = own + "\n\n" + h1 + "\n" + gt(inner)
        qhdr = h1
        quoted_plain = inner
    elif client_style == "inline":
        qhdr = attribution("thunderbird" if rng.random() < .5 else "gmail", att_lang, rem_at, sender_disp, GARNIER, to_disp, rem_subj)
        lines = rtext.split("\n\n")
        k = 2 if len(lines) > 2 else 1
        plain = qhdr + "\n" + gt("\n\n".join(lines[:k])) + "\n\n" + own + "\n\n" + gt("\n\n".join(lines[k:]))
        quoted_plain = None
    if charset == "iso-8859-1":
        plain = latin1_safe(plain)
        subject = latin1_safe(subject)

    # MIME structure
    kind = rng.choices(["plain", "alt", "html"], [50, 35, 15])[0]
    if client_style == "inline":
        kind = "plain"
    cte = rng.choices(["8bit", "quoted-printable", "base64"], [35, 40, 25])[0]
    mid = f"<{rng.choice(['', 'CAF', 'DB9PR0', 'AM6P'])}{rng.getrandbits(64):016x}{rng.choice(['', '.', '$'])}{rng.getrandbits(32):08x}@{per['domain'] if rng.random() < .5 else rng.choice(['mail.gmail.example', 'eurprd04.prod.outlook.example', 'icloud.example', per['domain']])}>"
    rem_mid = f"<relance-{inv.lower()}-{rem_at.strftime('%Y%m%d%H%M')}@menuiserie-garnier.example>"
    H = []
    from_name = f"{per['first']} {per['last']}"
    if cls == "auto_reply" and rng.random() < .3:
        from_name = per["co"]
    H.append("From: " + (addr(from_name, per["addr"], charset) if rng.random() < .9 else per["addr"]))
    H.append("To: " + rng.choice([GARNIER, f"Menuiserie Garnier <{GARNIER}>", addr("Comptabilité Menuiserie Garnier", GARNIER, charset)]))
    if cls == "other" and rng.random() < .2:
        H.append(f"Cc: {ctx['COLLEMAIL']}")
    H.append("Subject: " + hdr(subject, charset))
    H.append("Date: " + format_datetime(local))
    H.append("Message-ID: " + mid)
    H.append("In-Reply-To: " + rem_mid)
    H.append("References: " + (f"<relance-{inv.lower()}-first@menuiserie-garnier.example> " if client_style == "history" else "") + rem_mid)
    if client_style == "outlook" or (kind != "plain" and rng.random() < .5):
        H.append("Thread-Topic: " + hdr(rem_subj, charset))
        H.append("X-Mailer: Microsoft Outlook 16.0")
    elif client_style == "apple":
        H.append("X-Mailer: Apple Mail (2.3731.700.6)" if rng.random() < .5 else "X-Mailer: iPhone Mail (22A3354)")
    elif client_style == "thunderbird":
        H.append("User-Agent: Mozilla Thunderbird")
    if rng.random() < .3:
        H.append("Content-Language: " + ("fr-FR" if lang == "fr" else rng.choice(["en-GB", "en-US"])))
    if cls == "auto_reply" and auto_hint:
        hints = rng.sample(["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply", "X-Auto-Response-Suppress: All"], rng.randrange(1, 4))
        H.extend(hints)
    H.append("MIME-Version: 1.0")

    qstyle = "gmail_html" if client_style in ("gmail", "apple", "thunderbird", "history") else "outlook_html"
    if kind == "plain":
        payload = part("text/plain", plain, charset, cte)
        msg = ("\r\n".join(H) + "\r\n").encode() + payload
    else:
        ht = outlook_html(own, qhdr or "", quoted_plain, charset, qstyle) if qhdr else outlook_html(own, "", None, charset, qstyle)
        if kind == "html":
            msg = ("\r\n".join(H) + "\r\n").encode() + part("text/html", ht, charset, cte)
        else:
            b = f"_000_{rng.getrandbits(48):012x}_"
            cte2 = rng.choice([cte, "quoted-printable"])
            msg = ("\r\n".join(H) + f"\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"{b}\"\r\n\r\n").encode()
            msg += f"--{b}\r\n".encode() + part("text/plain", plain, charset, cte) + f"\r\n--{b}\r\n".encode() + part("text/html", ht, charset, cte2) + f"\r\n--{b}--\r\n".encode()
    return msg, label, own


def main():
    plan = []
    for cls, n in COUNTS.items():
        n_fr = round(n * FR_SHARE)
        langs = ["fr"] * n_fr + ["en"] * (n - n_fr)
        rng.shuffle(langs)
        und = [False] * n
        if cls == "promise":
            # 40 undated: 28 fr, 12 en
            fr_idx = [i for i, l in enumerate(langs) if l == "fr"][:28]
            en_idx = [i for i, l in enumerate(langs) if l == "en"][:12]
            for i in fr_idx + en_idx:
                und[i] = True
        hint = [i % 2 == 0 for i in range(n)]
        rng.shuffle(hint)
        for i in range(n):
            plan.append((cls, langs[i], und[i], hint[i]))
    rng.shuffle(plan)
    labels, owns = {}, {}
    for i, (cls, lang, und, hint) in enumerate(plan, 1):
        name = f"train2-{i:04d}.eml"
        for attempt in range(50):
            msg, label, own = make(i, cls, lang, und, hint, True)
            norm = re.sub(r"\s+", " ", own.lower()).strip()
            if norm not in owns:
                break
        else:
            raise SystemExit("could not make a unique body for " + name)
        owns[norm] = name
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} messages to {OUT}")


if __name__ == "__main__":
    main()

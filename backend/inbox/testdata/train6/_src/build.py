#!/usr/bin/env python3
"""Wrap the hand-written client texts (msgs_*.py) into raw RFC 5322 files.

Creditor: Sonolux Anjou SARL (sound & stage-lighting rental, Angers).
Usage: python3 _src/build.py   (writes t6-NNN.eml and labels.json in the parent dir)
Standard library only.
"""
import email.charset, base64, datetime as dt, html, json, os, quopri, random, re, sys, unicodedata
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

CRED_NAME = "Sonolux Anjou - Comptabilité"
CRED_ADDR = "relances@sonolux-anjou.example"
CRED_DOM = "sonolux-anjou.example"

SPECS = []


def m(cls, lang, date, frm, body, phrase, **kw):
    """One hand-written message. date = 'YYYY-MM-DD HH:MM' local time."""
    kw.update(cls=cls, lang=lang, date=date, frm=frm, body=body, phrase=phrase)
    SPECS.append(kw)


# ---------------------------------------------------------------- dates
FR_HOL = {dt.date(2026, 7, 14), dt.date(2026, 8, 15), dt.date(2026, 11, 1),
          dt.date(2026, 11, 11), dt.date(2026, 12, 25), dt.date(2027, 1, 1),
          dt.date(2027, 3, 29), dt.date(2027, 5, 1), dt.date(2027, 5, 6),
          dt.date(2027, 5, 8), dt.date(2027, 5, 17), dt.date(2026, 5, 14),
          dt.date(2026, 5, 25)}


def last_dom(y, mo):
    if mo == 12:
        return dt.date(y, 12, 31)
    return dt.date(y, mo + 1, 1) - dt.timedelta(days=1)


def resolve(rule, d):
    k = rule[0]
    if k == "abs":
        return dt.date.fromisoformat(rule[1])
    if k == "plus":
        return d + dt.timedelta(days=rule[1])
    if k == "wd":  # next such weekday strictly after d (0 = Monday)
        n = (rule[1] - d.weekday()) % 7 or 7
        return d + dt.timedelta(days=n)
    if k == "wdnext":  # that weekday in the following calendar week
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=rule[1])
    if k == "thisweek":  # that weekday in the current calendar week
        monday = d - dt.timedelta(days=d.weekday())
        return monday + dt.timedelta(days=rule[1])
    if k == "biz":
        x, n = d, rule[1]
        while n:
            x += dt.timedelta(days=1)
            if x.weekday() < 5 and x not in FR_HOL:
                n -= 1
        return x
    if k == "eom":
        y, mo = d.year, d.month + rule[1]
        while mo > 12:
            y, mo = y + 1, mo - 12
        return last_dom(y, mo)
    if k == "dom":  # next occurrence of that day of month, strictly after d
        day = rule[1]
        if day > d.day and day <= last_dom(d.year, d.month).day:
            return dt.date(d.year, d.month, day)
        y, mo = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return dt.date(y, mo, day)
    raise ValueError(rule)


def paris_off(d):
    # CEST from 29 Mar 2026 to 25 Oct 2026, and from 28 Mar 2027
    if dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25) or d >= dt.date(2027, 3, 28):
        return "+0200"
    return "+0100"


def uk_off(d):
    if dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25) or d >= dt.date(2027, 3, 28):
        return "+0100"
    return "+0000"


def us_off(d):
    if dt.date(2026, 3, 8) <= d < dt.date(2026, 11, 1) or d >= dt.date(2027, 3, 14):
        return "-0400"
    return "-0500"


DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_FR3 = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
MON_FR3 = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."]
DAYS_ENL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_ENL = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def rfc_date(t, tz):
    s = "%s, %d %s %d %02d:%02d:%02d " % (DAYS_EN[t.weekday()], t.day, MON_EN[t.month - 1],
                                          t.year, t.hour, t.minute, t.second)
    return s + tz


# ---------------------------------------------------------------- reminder
def money(x, lang, rng):
    if lang == "fr":
        s = "{:,.2f}".format(x).replace(",", " ").replace(".", ",")
        return s + " €"
    return rng.choice(["€{:,.2f}", "EUR {:,.2f}", "{:,.2f} EUR"]).format(x)


def fr_d(d):
    return d.strftime("%d/%m/%Y")


def en_d(d):
    return "%d %s %d" % (d.day, MON_ENL[d.month - 1], d.year)


def reminder(spec, rng, local):
    lang = spec["lang"]
    rdays = spec.get("rdays", 0 if spec["cls"] == "auto_reply" else rng.randint(1, 6))
    rdate = local.date() - dt.timedelta(days=rdays)
    while rdate.weekday() >= 5:
        rdate -= dt.timedelta(days=1)
    rtime = dt.datetime.combine(rdate, dt.time(rng.choice([7, 8, 9, 10]), rng.randint(0, 59), rng.randint(0, 59)))
    if rtime >= local:
        rtime = local - dt.timedelta(minutes=rng.randint(2, 25))
    due = spec.get("due")
    due = dt.date.fromisoformat(due) if due else rdate - dt.timedelta(days=rng.randint(8, 45))
    yy = due.year % 100 if due.month > 1 or due.day > 20 else (due.year - 1) % 100
    inv = spec.get("inv") or "SLX/%02d/%04d" % (yy, rng.randint(120, 1480))
    amtv = spec.get("amt") or round(rng.uniform(180, 9800), 2)
    amt = money(amtv, lang, rng)
    level = spec.get("level", rng.choice([1, 1, 1, 2, 2, 3]))
    pen = rdate + dt.timedelta(days=rng.randint(8, 20))
    if lang == "fr":
        subj = {1: "Relance facture %s" % inv,
                2: "2e relance - facture %s échue" % inv,
                3: "Dernier rappel avant pénalités - facture %s" % inv}[level]
        txt = ["Bonjour,", ""]
        if level == 1:
            txt += ["Sauf erreur de notre part, la facture %s d'un montant de %s TTC," % (inv, amt),
                    "échue le %s, n'a pas encore été réglée." % fr_d(due), "",
                    "Nous vous remercions de bien vouloir procéder à son règlement dans",
                    "les meilleurs délais. Si votre paiement a été effectué entre-temps,",
                    "merci de ne pas tenir compte de ce message."]
        elif level == 2:
            txt += ["Malgré notre précédent courrier, la facture %s (%s TTC)," % (inv, amt),
                    "arrivée à échéance le %s, reste impayée à ce jour." % fr_d(due), "",
                    "Conformément à nos conditions générales, des pénalités de retard",
                    "seront appliquées à compter du %s, ainsi que l'indemnité" % fr_d(pen),
                    "forfaitaire de 40 € pour frais de recouvrement.", "",
                    "Merci de nous indiquer la date de règlement prévue."]
        else:
            txt += ["Nous constatons que la facture %s de %s TTC, échue depuis" % (inv, amt),
                    "le %s, demeure impayée malgré nos deux relances." % fr_d(due), "",
                    "Sans règlement de votre part avant le %s, nous serons contraints" % fr_d(pen),
                    "de transmettre le dossier à notre service contentieux.", "",
                    "Vous trouverez la facture en pièce jointe. RIB : FR76 3000 4000 5000",
                    "6000 7000 812 - BIC SLXAFRPPXXX."]
        txt += ["", "Cordialement,", "", "Maëlle Riou", "Service comptabilité - Sonolux Anjou",
                "14 rue des Tanneurs, 49100 Angers", "Tél. 02 41 55 03 17"]
    else:
        subj = {1: "Payment reminder - invoice %s" % inv,
                2: "Second reminder: invoice %s overdue" % inv,
                3: "Final notice - invoice %s" % inv}[level]
        txt = ["Dear customer,", ""]
        if level == 1:
            txt += ["According to our records, invoice %s for %s, which fell due on" % (inv, amt),
                    "%s, is still outstanding." % en_d(due), "",
                    "We would be grateful if you could arrange payment at your earliest",
                    "convenience. If you have already paid, please disregard this message."]
        elif level == 2:
            txt += ["Further to our previous reminder, invoice %s (%s)" % (inv, amt),
                    "due on %s remains unpaid." % en_d(due), "",
                    "Under our terms of sale, late-payment interest will be charged from",
                    "%s, plus the EUR 40 fixed recovery fee." % en_d(pen), "",
                    "Please let us know when payment will be made."]
        else:
            txt += ["Despite two reminders, invoice %s for %s (due %s)" % (inv, amt, en_d(due)),
                    "has not been settled.", "",
                    "Unless we receive payment by %s, the file will be passed to" % en_d(pen),
                    "our collections department.", "",
                    "Bank details: IBAN FR76 3000 4000 5000 6000 7000 812 - BIC SLXAFRPPXXX."]
        txt += ["", "Kind regards,", "", "Maëlle Riou", "Accounts department - Sonolux Anjou",
                "14 rue des Tanneurs, 49100 Angers, France", "+33 2 41 55 03 17"]
    return dict(rtime=rtime, inv=inv, amt=amt, due=due, subj=subj, lines=txt,
                msgid="<rel.%s.%d@%s>" % (rdate.strftime("%Y%m%d"), rng.randint(10000, 99999), CRED_DOM),
                pen=pen, level=level)


def attribution(style, lang, r, to_addr):
    t = r["rtime"]
    if style == "gmail":
        if lang == "fr":
            a = "Le %s %d %s %d à %02d:%02d, Sonolux Anjou - Comptabilité <%s> a écrit :" % (
                DAYS_FR3[t.weekday()], t.day, MON_FR3[t.month - 1], t.year, t.hour, t.minute, CRED_ADDR)
        else:
            h = t.hour % 12 or 12
            a = "On %s, %s %d, %d at %d:%02d %s Sonolux Anjou - Comptabilité <%s> wrote:" % (
                DAYS_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, h, t.minute,
                "AM" if t.hour < 12 else "PM", CRED_ADDR)
        return "quote", a
    if style == "tb":
        if lang == "fr":
            a = "Le %s à %02d:%02d, Sonolux Anjou - Comptabilité a écrit :" % (fr_d(t.date()), t.hour, t.minute)
        else:
            a = "On %02d/%02d/%d %02d:%02d, Sonolux Anjou - Comptabilité wrote:" % (t.day, t.month, t.year, t.hour, t.minute)
        return "quote", a
    if style == "apple":
        if lang == "fr":
            a = "Le %d %s %d à %02d:%02d, Sonolux Anjou - Comptabilité <%s> a écrit :" % (
                t.day, MON_FR3[t.month - 1], t.year, t.hour, t.minute, CRED_ADDR)
        else:
            a = "On %d %s %d, at %02d:%02d, Sonolux Anjou - Comptabilité <%s> wrote:" % (
                t.day, MON_EN[t.month - 1], t.year, t.hour, t.minute, CRED_ADDR)
        return "apple", a
    if style == "outlook":
        if lang == "fr":
            a = ["________________________________",
                 "De : Sonolux Anjou - Comptabilité <%s>" % CRED_ADDR,
                 "Envoyé : %s %d %s %d %02d:%02d" % (DAYS_FR[t.weekday()], t.day, MON_FR[t.month - 1], t.year, t.hour, t.minute),
                 "À : %s" % to_addr, "Objet : %s" % r["subj"]]
        else:
            h = t.hour % 12 or 12
            a = ["-----Original Message-----",
                 "From: Sonolux Anjou - Comptabilité <%s>" % CRED_ADDR,
                 "Sent: %s, %s %d, %d %d:%02d %s" % (DAYS_ENL[t.weekday()], MON_ENL[t.month - 1], t.day, t.year, h, t.minute, "AM" if t.hour < 12 else "PM"),
                 "To: %s" % to_addr, "Subject: %s" % r["subj"]]
        return "outlook", a
    raise ValueError(style)


def quote_block(spec, r, to_addr):
    style = spec["layout"]
    if style in ("none", "mdn"):
        return []
    kind, a = attribution(style, spec.get("qlang", spec["lang"]), r, to_addr)
    if kind == "quote":
        return [a] + [("> " + l) if l else ">" for l in r["lines"]]
    if kind == "apple":
        return ["", "> " + a, ">"] + [("> " + l) if l else ">" for l in r["lines"]]
    return a + [""] + r["lines"]


def fwd_block(spec, r, to_addr):
    """Internal forward (colleague -> client) wrapped above the reminder, Outlook style."""
    fname, ftext, fdelta = spec["fwd"]
    lang = spec["lang"]
    t = r["rtime"] + dt.timedelta(hours=fdelta)
    if lang == "fr":
        head = ["________________________________", "De : %s" % fname,
                "Envoyé : %s %d %s %d %02d:%02d" % (DAYS_FR[t.weekday()], t.day, MON_FR[t.month - 1], t.year, t.hour, t.minute),
                "À : %s" % to_addr, "Objet : TR: %s" % r["subj"], ""]
    else:
        h = t.hour % 12 or 12
        head = ["-----Original Message-----", "From: %s" % fname,
                "Sent: %s, %s %d, %d %d:%02d %s" % (DAYS_ENL[t.weekday()], MON_ENL[t.month - 1], t.day, t.year, h, t.minute, "AM" if t.hour < 12 else "PM"),
                "To: %s" % to_addr, "Subject: FW: %s" % r["subj"], ""]
    spec2 = dict(spec, layout="outlook")
    return head + ftext.split("\n") + [""] + quote_block(spec2, r, fname)


# ---------------------------------------------------------------- html
def to_html(text_lines, quote_lines, spec):
    style = spec["layout"]
    def paras(lines):
        out = []
        for l in lines:
            mm = re.match(r"^(De|Envoyé|À|Objet|Cc|From|Sent|To|Subject) ?: ", l)
            if mm:
                out.append('<p class="MsoNormal"><b>%s</b>%s<o:p></o:p></p>' % (
                    html.escape(mm.group(0), quote=False), html.escape(l[mm.end():], quote=False)))
            elif l.strip():
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(l, quote=False))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n') % spec["charset"]
    body = paras(text_lines)
    q = ""
    if quote_lines:
        if style == "outlook" or spec.get("fwd"):
            q = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 + paras(quote_lines) + "\n</div>")
        else:
            ql = [re.sub(r"^> ?", "", l) for l in quote_lines]
            q = ('\n<div class="gmail_quote"><div class="gmail_attr">%s<br></div>\n'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                 % html.escape(ql[0].lstrip("> ").strip() if ql[0].strip() else ql[1], quote=False)
                 + "<br>\n".join(html.escape(l, quote=False) for l in ql[1:]) + "\n</blockquote></div>")
    return head + body + q + "\n</div>\n</body>\n</html>\n"


# ---------------------------------------------------------------- encoding
FALLBACK = {"€": "EUR", "’": "'", "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE", "«": '"', "»": '"', "\u202f": " "}


def fit(text, charset):
    for a, b in FALLBACK.items():
        try:
            a.encode(charset)
        except UnicodeEncodeError:
            text = text.replace(a, b)
    if charset in ("ascii", "us-ascii"):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text.encode(charset)
    return text


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset)  # 7bit / 8bit: kept as text, encoded at the end


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        words = value.split(" ")
        i = next(k for k, w in enumerate(words) if not w.isascii())
        head = " ".join(words[:i])
        enc = Header(" ".join(words[i:]), charset, maxlinelen=70, header_name="Subject").encode()
        return (head + " " + enc) if head else enc


def addr(s, charset="utf-8"):
    m_ = re.match(r"\s*(.*?)\s*<([^>]+)>\s*$", s)
    if not m_:
        return s
    name, a = m_.groups()
    try:
        name.encode("ascii")
        if re.search(r"[,.;:@()]", name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a) if name else "<%s>" % a
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


ENC_CHOICES = [("utf-8", "quoted-printable")] * 5 + [("utf-8", "8bit")] * 3 + [("utf-8", "base64")] * 2 + \
              [("iso-8859-1", "quoted-printable")] * 2 + [("iso-8859-1", "8bit")] + [("windows-1252", "quoted-printable")] * 2 + \
              [("windows-1252", "8bit")]


def build(spec, idx):
    rng = random.Random("t6-%s-%s" % (spec["date"], spec["frm"]))
    lang = spec["lang"]
    d0 = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(second=rng.randint(0, 59))
    tz = spec.get("tz")
    if tz is None:
        tz = paris_off(d0.date()) if lang == "fr" else rng.choice([uk_off(d0.date()), paris_off(d0.date()), us_off(d0.date())])
    r = reminder(spec, rng, d0)
    sender = spec["frm"]
    s_addr = re.search(r"<([^>]+)>", sender).group(1) if "<" in sender else sender
    s_dom = s_addr.split("@")[1]
    if "layout" not in spec:
        spec["layout"] = rng.choice(["gmail", "outlook", "outlook", "apple", "tb", "gmail", "none"])
    if "enc" in spec:
        charset, cte = spec["enc"]
    else:
        charset, cte = rng.choice(ENC_CHOICES)
    spec["charset"] = charset

    rt = r["rtime"]
    rsent_fr = "%s %d %s %d %02d:%02d" % (DAYS_FR[rt.weekday()], rt.day, MON_FR[rt.month - 1], rt.year, rt.hour, rt.minute)
    rsent_en = "%s, %s %d, %d %d:%02d %s" % (DAYS_ENL[rt.weekday()], MON_ENL[rt.month - 1], rt.day, rt.year, rt.hour % 12 or 12, rt.minute, "AM" if rt.hour < 12 else "PM")

    def sub(s):
        return (s.replace("%SUBJ%", r["subj"]).replace("%RSENT%", rsent_fr if lang == "fr" else rsent_en).replace("%INV%", r["inv"]).replace("%AMT%", r["amt"])
                .replace("%DUE%", fr_d(r["due"]) if lang == "fr" else en_d(r["due"]))
                .replace("%DUEFR%", fr_d(r["due"])).replace("%PEN%", fr_d(r["pen"]) if lang == "fr" else en_d(r["pen"])))

    body = sub(spec["body"].strip("\n"))
    phrase = sub(spec["phrase"])
    to_addr = CRED_ADDR
    if spec.get("fwd"):
        qlines = fwd_block(spec, r, s_addr)
    else:
        qlines = quote_block(spec, r, addr(sender))
    if "%QUOTE%" in body:
        before, after = body.split("%QUOTE%", 1)
        text_lines = before.rstrip("\n").split("\n")
        after_lines = after.strip("\n").split("\n") if after.strip() else []
        full = text_lines + [""] + qlines + ([""] + after_lines if after_lines else [])
        html_text, html_quote = text_lines + after_lines, qlines
    else:
        full = body.split("\n") + ([""] + qlines if qlines else [])
        html_text, html_quote = body.split("\n"), qlines
    text = "\n".join(full) + "\n"
    if cte == "7bit":
        charset = "us-ascii"
    text = fit(text, charset)
    phrase_fit = fit(phrase, charset)

    subj = spec.get("subject")
    if subj is None:
        pre = spec.get("re", "RE: " if spec["layout"] == "outlook" else "Re: ")
        subj = pre + r["subj"]
    else:
        subj = sub(subj)

    H = []
    H.append(("From", addr(sender)))
    H.append(("To", addr(spec.get("to", "Sonolux Anjou - Comptabilité <%s>" % CRED_ADDR))))
    if spec.get("cc"):
        H.append(("Cc", spec["cc"]))
    sc = "utf-8" if charset in ("us-ascii",) else charset
    if spec.get("subj_b64"):
        cs_ = email.charset.Charset("utf-8")
        cs_.header_encoding = email.charset.BASE64
        H.append(("Subject", Header(subj, cs_, maxlinelen=76).encode()))
    else:
        H.append(("Subject", hdr(subj, sc if charset != "us-ascii" else "utf-8")))
    if tz == "GMT":
        H.append(("Date", rfc_date(d0, "GMT")))
    else:
        H.append(("Date", rfc_date(d0, tz)))
    H.append(("Message-ID", "<%s.%d.%s@%s>" % (d0.strftime("%Y%m%d%H%M%S"), rng.randint(100000, 999999),
                                               rng.choice(["JavaMail", "mail", "EX", "GM", "msg"]), s_dom)))
    if not spec.get("noreply", False):
        H.append(("In-Reply-To", r["msgid"]))
        H.append(("References", r["msgid"]))
    for k, v in spec.get("hdrs", {}).items():
        H.append((k, v))
    ua = spec.get("ua")
    if ua is None:
        ua = {"outlook": ("X-Mailer", "Microsoft Outlook 16.0"), "gmail": None,
              "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
              "tb": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
              "none": None, "mdn": None}[spec["layout"]]
    if ua:
        H.append(ua)
    H.append(("MIME-Version", "1.0"))

    html_mode = spec.get("html")
    if spec["layout"] == "mdn":
        parts = build_mdn(spec, r, rng, sub)
        H.append(("Content-Type", 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % parts[0]))
        bodytxt = parts[1]
    elif html_mode == "only":
        h = fit(to_html(html_text, html_quote, spec), charset)
        H.append(("Content-Type", 'text/html; charset="%s"' % charset))
        H.append(("Content-Transfer-Encoding", cte))
        bodytxt = encode_body(h, charset, cte)
    elif html_mode == "alt":
        b = "----=_NextPart_%06d_%04X" % (rng.randint(0, 999999), rng.randint(0, 65535))
        h = fit(to_html(html_text, html_quote, spec), charset)
        H.append(("Content-Type", 'multipart/alternative;\n\tboundary="%s"' % b))
        bodytxt = ("This is a multi-part message in MIME format.\n\n--%s\nContent-Type: text/plain; charset=\"%s\"\n"
                   "Content-Transfer-Encoding: %s\n\n%s\n--%s\nContent-Type: text/html; charset=\"%s\"\n"
                   "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n") % (
            b, charset, cte, encode_body(text, charset, cte), b, charset, cte, encode_body(h, charset, cte), b)
    else:
        fmt = "; format=flowed" if spec["layout"] in ("tb", "apple") and cte in ("7bit", "8bit") and rng.random() < 0.3 else ""
        H.append(("Content-Type", "text/plain; charset=%s%s" % (charset if rng.random() < 0.5 else '"%s"' % charset, fmt)))
        H.append(("Content-Transfer-Encoding", cte))
        bodytxt = encode_body(text, charset, cte)

    out = "".join("%s: %s\n" % (k, v.replace("\r", "")) for k, v in H) + "\n" + bodytxt
    out = out.replace("\r\n", "\n")
    eol = spec.get("eol", "lf" if rng.random() < 0.15 else "crlf")
    if eol == "crlf":
        out = out.replace("\n", "\r\n")
    outcs = charset if cte == "8bit" else "ascii"
    if spec["layout"] == "mdn":
        outcs = "utf-8"
    data = out.encode(outcs)

    label = {"class": spec["cls"], "lang": lang, "phrase": phrase_fit,
             "promiseDate": "", "promiseWindow": spec.get("win", ""),
             "undated": bool(spec.get("undated", False)), "note": sub(spec.get("note", ""))}
    if spec.get("pd"):
        label["promiseDate"] = resolve(spec["pd"], d0.date()).isoformat()
    return data, label


def build_mdn(spec, r, rng, sub):
    b = "----=_NextPart_MDN_%06d" % rng.randint(0, 999999)
    human = sub(spec["body"].strip("\n"))
    who = re.search(r"<([^>]+)>", spec["frm"]).group(1)
    t = "\n".join([
        "This is a multi-part message in MIME format.", "",
        "--" + b, 'Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: quoted-printable", "",
        quopri.encodestring(human.encode("utf-8")).decode("ascii"), "",
        "--" + b, "Content-Type: message/disposition-notification", "",
        "Reporting-UA: %s" % spec.get("mdn_ua", "mail.%s; Microsoft Outlook 16.0" % who.split("@")[1]),
        "Final-Recipient: rfc822;%s" % who,
        "Original-Message-ID: %s" % r["msgid"],
        "Disposition: %s" % spec.get("disp", "manual-action/MDN-sent-manually; displayed"), "",
        "--" + b + "--", ""])
    return b, t


def main():
    import glob, importlib
    for f in sorted(glob.glob(os.path.join(HERE, "msgs_*.py"))):
        importlib.import_module(os.path.basename(f)[:-3])
    order = list(range(len(SPECS)))
    random.Random(20261215).shuffle(order)
    labels = {}
    for f in glob.glob(os.path.join(OUT, "t6-*.eml")):
        os.remove(f)
    for n, i in enumerate(order, 1):
        name = "t6-%03d.eml" % n
        data, label = build(SPECS[i], n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels[name] = label
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote", len(labels), "messages")


# messages import this module as `build`; make it the same object when run as a script
if __name__ == "__main__":
    sys.modules["build"] = sys.modules["__main__"]
    main()

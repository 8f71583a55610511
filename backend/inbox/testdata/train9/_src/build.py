# -*- coding: utf-8 -*-
"""Build the train9 corpus: python3 _src/build.py  (run from anywhere)."""
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
from lib import M  # noqa: E402,F401

for mod in ["m_promise_fr", "m_promise_en", "m_dispute", "m_paid", "m_copy", "m_auto", "m_other"]:
    __import__(mod)


def rng_for(spec):
    return random.Random(hashlib.md5((spec["frm"] + spec["d"]).encode()).hexdigest())


def msgid(rng, addr, d):
    dom = addr.split("@")[1]
    if dom.endswith("gmail.example"):
        return "<CA%s@mail.gmail.example>" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(40))
    if rng.random() < 0.4:
        x = "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        return "<PR3P195MB%s%s@PR3P195MB%s.EURP195.PROD.OUTLOOK.example>" % (
            x, "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), x)
    return "<%s.%d@%s>" % ("".join(rng.choice("0123456789abcdef") for _ in range(16)), rng.randint(1000, 99999), dom)


def build(spec):
    rng = rng_for(spec)
    lang = spec["lang"]
    qlang = spec.get("qlang", lang)
    tz = spec.get("tz", "paris" if lang == "fr" else "uk")
    d, t, off = lib.parse_local(spec["d"], tz)
    name, addr = lib.split_addr(spec["frm"])

    # reminder being answered
    rd = d - dt.timedelta(days=spec.get("rdays", rng.randint(1, 6)))
    while rd.weekday() >= 5:
        rd -= dt.timedelta(days=1)
    rt = dt.time(rng.randint(8, 10), rng.randint(0, 59))
    if rd == d:
        rt = dt.time(7, 30)
    level = spec.get("level", rng.choice([1, 1, 1, 2, 2, 3]))
    lo, hi = {1: (6, 25), 2: (26, 45), 3: (46, 75)}[level]
    due = (dt.datetime.strptime(spec["due"], "%d/%m/%Y").date() if "due" in spec
           else rd - dt.timedelta(days=rng.randint(lo, hi)))
    # level 2 announces penalties from a future date; level 3 says they run since a past date
    pen = rd + dt.timedelta(days=rng.randint(15, 20)) if level == 2 else due + dt.timedelta(days=10)
    invdate = due - dt.timedelta(days=30)
    inv = spec.get("inv") or "GN%02d/%04d" % (invdate.year % 100, invdate.timetuple().tm_yday * 3 + rng.randint(0, 2))
    amt = spec.get("amt") or rng.choice([96.0, 138.0, 174.0, 216.0, 252.0, 288.0, 312.0, 384.0, 420.0, 468.0, 540.0,
                                         612.0, 696.0, 744.0, 858.0, 1104.0, 1236.0, 1488.0, 1920.0, 2364.0])
    to_disp = spec.get("to_disp", spec["frm"])
    rsubj, rlines = lib.reminder(spec, qlang, rd, level, inv, amt, due, invdate, name, pen)
    amt_s = lib.fr_num(amt) + " €" if lang == "fr" else "EUR " + lib.en_num(amt)

    def fill(s):
        return (s.replace("{INV}", inv).replace("{AMT}", amt_s).replace("{AMTN}", lib.fr_num(amt) if lang == "fr" else lib.en_num(amt))
                .replace("{DUE}", due.strftime("%d/%m/%Y")).replace("{RDATE}", rd.strftime("%d/%m/%Y")).replace("{INVDATE}", invdate.strftime("%d/%m/%Y"))
                .replace("{RSUBJ}", rsubj)
                .replace("{RSENT_FR}", "%s %d %s %d %02d:%02d:%02d" % (lib.JOURS[rd.weekday()], rd.day, lib.MOIS[rd.month - 1], rd.year, rt.hour, rt.minute, 17))
                .replace("{RSENT_EN}", "%s, %s %d, %d %d:%02d:17 %s" % (lib.DAYS_EN_L[rd.weekday()], lib.MON_EN_L[rd.month - 1], rd.day, rd.year, rt.hour % 12 or 12, rt.minute, "AM" if rt.hour < 12 else "PM"))
                .replace("{RECIP}", spec["frm"]))

    body = fill(spec["body"].strip("\n"))
    if "{QREM}" in body:
        body = body.replace("{QREM}", "\n".join("> " + l if l else ">" for l in rlines))
    if "{REM}" in body:
        body = body.replace("{REM}", "\n".join(rlines))
    if "{FWDHDR}" in body:
        if qlang == "fr":
            fh = ("-------- Message transféré --------\nDe : %s\nDate : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" %
                  (lib.CRED_FULL, lib.JOURS[rd.weekday()], rd.day, lib.MOIS[rd.month - 1], rd.year, rt.hour, rt.minute, to_disp, rsubj))
        else:
            fh = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s" %
                  (lib.CRED_FULL, "%s, %s %d, %d at %d:%02d" % (lib.DAYS_EN[rd.weekday()], lib.MON_EN[rd.month - 1], rd.day, rd.year, rt.hour, rt.minute), rsubj, to_disp))
        body = body.replace("{FWDHDR}", fh)
    if "{OLHDR}" in body:
        body = body.replace("{OLHDR}", "\n".join(lib.outlook_block(qlang, rd, rt, to_disp, rsubj)[1:]))
    body_lines = body.split("\n")
    qstyle = spec.get("quote", rng.choice(["gmail", "outlook", "outlook", "apple", "tb", "none"]) if spec["cls"] != "auto_reply" else "none")
    qlines = lib.quote_lines(qstyle, qlang, rd, rt, to_disp, rsubj, rlines)
    plain = "\n".join(body_lines + qlines) + "\n"

    # subject
    if "subj" in spec:
        subj = fill(spec["subj"])
    else:
        pre = spec.get("sp")
        if pre is None:
            if qstyle in ("outlook", "orig"):
                pre = rng.choice(["RE: ", "RE: ", "RE : "]) if lang == "fr" else "RE: "
            else:
                pre = "Re: "
        subj = pre + rsubj

    # format / charset / encoding
    fmt = spec.get("fmt") or rng.choices(["plain", "alt", "html"], [62, 25, 13])[0]
    cs = spec.get("cs")
    if not cs:
        if lang == "fr":
            cs = rng.choices(["utf-8", "iso-8859-1", "windows-1252"], [70, 15, 15])[0]
        else:
            cs = rng.choices(["utf-8", "us-ascii", "windows-1252"], [60, 25, 15])[0]
    texts = [plain]
    html_text = None
    if fmt in ("alt", "html"):
        hs = spec.get("hstyle") or ("outlook" if qstyle in ("outlook", "orig", "none", "inline") else "gmail")
        if hs == "outlook":
            html_text = lib.html_outlook(body_lines, qstyle, qlang, rd, rt, to_disp, rsubj, rlines, cs, lang)
        else:
            html_text = lib.html_gmail(body_lines, qstyle, qlang, rd, rt, rlines)
        texts.append(html_text)
    for tx in texts:
        try:
            tx.encode(cs)
        except UnicodeEncodeError:
            if "cs" in spec:
                raise ValueError("charset %s cannot encode %s" % (cs, spec["frm"]))
            cs = "windows-1252" if cs == "iso-8859-1" else "utf-8"
            try:
                tx.encode(cs)
            except UnicodeEncodeError:
                cs = "utf-8"
    if html_text:
        html_text = re.sub(r'(<meta http-equiv="Content-Type" content="text/html; charset=)[^"]*"', r'\g<1>%s"' % cs, html_text)
    cte = spec.get("cte")
    if not cte:
        if cs == "us-ascii":
            cte = "7bit"
        elif cs == "utf-8":
            cte = rng.choices(["quoted-printable", "base64", "8bit"], [50, 30, 20])[0]
        else:
            cte = rng.choices(["quoted-printable", "8bit"], [60, 40])[0]
    eol = spec.get("eol") or rng.choices(["crlf", "lf"], [85, 15])[0]

    # headers
    H = []
    H.append(("Return-Path", "<%s>" % addr))
    H.append(("From", lib.enc_addr(name, addr, "utf-8" if cs == "us-ascii" else cs)))
    H.append(("To", lib.enc_addr(*lib.split_addr(spec["to"])) if "to" in spec else (lib.CRED_FULL if rng.random() < 0.5 else lib.CRED_ADDR)))
    if spec.get("cc"):
        H.append(("Cc", lib.enc_addr(*lib.split_addr(spec["cc"]))))
    hcs = "utf-8" if cs in ("us-ascii",) else cs
    try:
        subj.encode(hcs)
    except UnicodeEncodeError:
        hcs = "utf-8"
    H.append(("Subject", lib.enc_header(subj, hcs, spec.get("subjmode"))))
    H.append(("Date", spec.get("datehdr") or lib.date_header(d, t, off)))
    mid = spec.get("mid") or msgid(rng, addr, d)
    H.append(("Message-ID", mid))
    rem_mid = "<relance.%s.%d.%s@garonne-nuisibles.example>" % (inv.replace("/", "-"), level, rd.strftime("%Y%m%d"))
    if not spec.get("noreply"):
        H.append(("In-Reply-To", rem_mid))
        H.append(("References", rem_mid))
    if spec.get("mailer"):
        H.append((spec["mailer"][0], spec["mailer"][1]))
    for k, v in spec.get("hdrs", {}).items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    def leaf(ctype, text):
        return [("Content-Type", '%s; charset="%s"' % (ctype, cs) if rng.random() < 0.5 else "%s; charset=%s" % (ctype, cs)),
                ("Content-Transfer-Encoding", cte)], lib.encode_body(text, cs, cte, eol)

    def bnd():
        return "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(100000, 999999), rng.randint(10 ** 12, 10 ** 13))

    def render(hs, bodytxt):
        return "\n".join("%s: %s" % kv for kv in hs) + "\n\n" + bodytxt

    kind = spec.get("kind")
    if kind == "mdn":
        b = bnd()
        H.append(("Content-Type", 'multipart/report; report-type=disposition-notification; boundary="%s"' % b))
        h1, t1 = leaf("text/plain", plain)
        orig_to = addr
        mdn = ("Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\n"
               "Disposition: manual-action/MDN-sent-manually; displayed\n" % (spec.get("ua", "mail.example; Thunderbird"), orig_to, rem_mid))
        parts = [render(h1, t1), render([("Content-Type", "message/disposition-notification")], mdn),
                 render([("Content-Type", "text/rfc822-headers")],
                        "Return-Path: <%s>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
                            lib.CRED_ADDR, lib.CRED_FULL, addr, lib.enc_header(rsubj), lib.date_header(rd, rt, lib.paris_off(rd)), rem_mid))]
        body_out = "This is a multi-part message in MIME format.\n\n" + "".join("--%s\n%s\n" % (b, p) for p in parts) + "--%s--\n" % b
    else:
        if fmt == "plain":
            ch, cb = leaf("text/plain", plain)
            main_h, main_b = ch, cb
        elif fmt == "html":
            main_h, main_b = leaf("text/html", html_text)
        else:
            b = bnd()
            h1, t1 = leaf("text/plain", plain)
            h2, t2 = leaf("text/html", html_text)
            main_h = [("Content-Type", 'multipart/alternative; boundary="%s"' % b)]
            main_b = "--%s\n%s\n--%s\n%s\n--%s--\n" % (b, render(h1, t1), b, render(h2, t2), b)
        if spec.get("attach"):
            b = bnd()
            parts = [render(main_h, main_b)]
            for fn in spec["attach"]:
                parts.append(render([("Content-Type", 'application/pdf; name="%s"' % fn),
                                     ("Content-Disposition", 'attachment; filename="%s"' % fn),
                                     ("Content-Transfer-Encoding", "base64")], lib.fake_pdf(fn)))
            H.append(("Content-Type", 'multipart/mixed; boundary="%s"' % b))
            body_out = "".join("--%s\n%s\n" % (b, p) for p in parts) + "--%s--\n" % b
        else:
            H.extend(main_h)
            body_out = main_b
    msg = "\n".join("%s: %s" % kv for kv in H) + "\n\n" + body_out
    if not msg.endswith("\n"):
        msg += "\n"
    if eol == "crlf":
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    else:
        msg = msg.replace("\r\n", "\n")
    out_cs = "utf-8" if cte == "8bit" and cs == "utf-8" else (cs if cte == "8bit" else "ascii")
    try:
        data = msg.encode(out_cs if out_cs != "us-ascii" else "ascii")
    except UnicodeEncodeError as e:
        raise ValueError("%s: %s %r" % (spec["frm"], e, msg[max(0, e.start - 60):e.end + 20]))

    # label
    lab = {"class": spec["cls"], "lang": lang, "phrase": fill(spec["phrase"]), "promiseDate": "", "promiseWindow": "",
           "undated": False, "note": spec.get("note", "")}
    if spec["cls"] == "promise":
        if spec.get("rule"):
            pd = lib.resolve(spec["rule"], d)
            lab["promiseDate"] = pd.isoformat()
            lab["note"] = "%s [message local date %s (%s); rule %s -> %s]" % (
                spec.get("note", ""), d.isoformat(), lib.DAYS_EN_L[d.weekday()], spec["rule"], pd.isoformat())
            if "expect" in spec:
                assert spec["expect"] == pd.isoformat(), (spec["frm"], spec["expect"], pd)
        elif spec.get("win"):
            lab["promiseWindow"] = spec["win"]
            lab["note"] = "%s [message local date %s]" % (spec.get("note", ""), d.isoformat())
        else:
            lab["undated"] = True
    return data, lab


def main():
    specs = list(lib.MSGS)
    order = list(range(len(specs)))
    random.Random(20261209).shuffle(order)
    labels = {}
    for n, i in enumerate(order, 1):
        fn = "t9-%03d.eml" % n
        data, lab = build(specs[i])
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        labels[fn] = lab
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("wrote", len(labels))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check corpus train6: every .eml parses, labels and files agree.
Usage: python3 _src/check.py   (standard library only)"""
import collections, datetime as dt, email, glob, html, json, os, re, sys
from email import policy
from email.utils import parsedate_tz

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = {"promise": 110, "dispute": 30, "paid": 25, "copy_request": 20, "auto_reply": 25, "other": 30}
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}
errors = []


def err(name, msg):
    errors.append("%s: %s" % (name, msg))


def text_of(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/disposition-notification":
            continue
        if not ct.startswith("text/"):
            continue
        try:
            t = part.get_content()
        except Exception as e:  # noqa
            raise ValueError("cannot decode %s part: %s" % (ct, e))
        if ct == "text/html":
            t = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", t)
            t = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", t)
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(ROOT, "t6-*.eml")))
    want = ["t6-%03d.eml" % i for i in range(1, 241)]
    if files != want:
        err("corpus", "files are not exactly t6-001..t6-240 (%d files)" % len(files))
    if sorted(labels) != want:
        err("labels", "labels.json keys are not exactly t6-001..t6-240 (%d keys)" % len(labels))
    cls = collections.Counter(v["class"] for v in labels.values())
    for c, n in EXPECT.items():
        if cls[c] != n:
            err("labels", "class %s: %d, expected %d" % (c, cls[c], n))
    for c in cls:
        if c not in EXPECT:
            err("labels", "unknown class %s" % c)
    prom = [v for v in labels.values() if v["class"] == "promise"]
    dated = sum(1 for v in prom if v["promiseDate"])
    win = sum(1 for v in prom if v["promiseWindow"])
    und = sum(1 for v in prom if v["undated"])
    if (dated, win, und) != (90, 12, 8):
        err("labels", "promises dated/window/undated = %d/%d/%d, expected 90/12/8" % (dated, win, und))
    langs = collections.Counter(v["lang"] for v in labels.values())
    if set(langs) - {"fr", "en"}:
        err("labels", "unknown language %s" % langs)
    dates = []
    tzs = collections.Counter()
    eols = collections.Counter()
    ctes = collections.Counter()
    for name in want:
        path = os.path.join(ROOT, name)
        if not os.path.exists(path) or name not in labels:
            continue
        lab = labels[name]
        for k in ("class", "lang", "phrase", "promiseDate", "promiseWindow", "undated", "note"):
            if k not in lab:
                err(name, "label lacks %s" % k)
        raw = open(path, "rb").read()
        eols["crlf" if b"\r\n" in raw else "lf"] += 1
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
        except Exception as e:
            err(name, "does not parse: %s" % e)
            continue
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(name, "missing header %s" % h)
        if msg.defects:
            err(name, "defects %s" % msg.defects)
        for part in msg.walk():
            if not part.is_multipart():
                ctes[(part.get_content_charset() or "-", part.get("Content-Transfer-Encoding", "7bit").lower())] += 1
        dh = msg.get("Date", "")
        p = parsedate_tz(str(dh))
        if not p:
            err(name, "bad Date header %r" % dh)
            continue
        local = dt.date(p[0], p[1], p[2])
        rawdate = re.search(rb"(?m)^Date: (.*?)\r?$", raw)
        tzs[rawdate.group(1).split()[-1].decode() if rawdate else "?"] += 1
        dates.append(local)
        if not (dt.date(2026, 6, 1) <= local <= dt.date(2027, 2, 28)):
            err(name, "date %s outside 2026-06-01..2027-02-28" % local)
        try:
            body = norm(text_of(msg))
        except ValueError as e:
            err(name, str(e))
            continue
        if not lab["phrase"] or norm(lab["phrase"]) not in body:
            err(name, "phrase not found: %r" % lab["phrase"])
        pd_, pw, un = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
        if lab["class"] == "promise":
            n_set = bool(pd_) + bool(pw) + bool(un)
            if n_set != 1:
                err(name, "promise must have exactly one of promiseDate/promiseWindow/undated")
            if pw and pw not in WINDOWS:
                err(name, "bad window %s" % pw)
            if pd_:
                try:
                    d = dt.date.fromisoformat(pd_)
                    if d < local:
                        err(name, "promiseDate %s earlier than message date %s" % (d, local))
                    if (d - local).days > 120:
                        err(name, "promiseDate %s suspiciously far from %s" % (d, local))
                except ValueError:
                    err(name, "invalid promiseDate %r" % pd_)
            if not lab["note"]:
                err(name, "promise without note")
        else:
            if pd_ or pw or un:
                err(name, "non-promise with promise fields")
    print("files: %d  labels: %d" % (len(files), len(labels)))
    print("classes:", dict(cls))
    print("promises dated/window/undated: %d/%d/%d" % (dated, win, und))
    print("languages:", dict(langs))
    bylang = collections.Counter((v["class"], v["lang"]) for v in labels.values())
    print("class x lang:", {"%s/%s" % k: n for k, n in sorted(bylang.items())})
    if dates:
        print("message dates: %s .. %s" % (min(dates), max(dates)))
        print("per month:", dict(sorted(collections.Counter(d.strftime("%Y-%m") for d in dates).items())))
    print("time zones:", dict(tzs))
    print("line endings:", dict(eols))
    print("charset/CTE of leaf parts:", {"%s/%s" % k: n for k, n in sorted(ctes.items())})
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

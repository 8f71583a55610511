#!/usr/bin/env python3
"""Parse every t10-*.eml with the email package and check labels.json against the files."""
import datetime as dt, email, email.policy, glob, html, json, os, re, sys
from email.utils import parsedate_to_datetime

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}
errors = []


def err(fn, msg):
    errors.append("%s: %s" % (fn, msg))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def html_text(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def texts(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() != "text":
            continue
        c = p.get_content()
        out.append(html_text(c) if p.get_content_subtype() == "html" else c)
    return out


labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "t10-*.eml")))
if len(files) != 180:
    err("*", "expected 180 files, found %d" % len(files))
if set(files) != set(labels):
    err("*", "labels/files mismatch: %s" % sorted(set(files) ^ set(labels)))

counts = {}
for fn in files:
    lab = labels.get(fn)
    if lab is None:
        continue
    raw = open(os.path.join(OUT, fn), "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hname in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hname] is None:
            err(fn, "missing header " + hname)
    if msg.defects:
        err(fn, "defects %s" % msg.defects)
    try:
        mdt = parsedate_to_datetime(msg["Date"])
    except Exception as e:
        err(fn, "bad Date %r" % msg["Date"]); continue
    mdate = mdt.date()  # local date in the header's own time zone
    if not (dt.date(2026, 6, 1) <= mdate <= dt.date(2027, 3, 15)):
        err(fn, "date out of range %s" % mdate)
    try:
        body = norm(str(msg["Subject"]) + "\n" + "\n".join(texts(msg)))
    except Exception as e:
        err(fn, "cannot decode: %r" % e); continue
    cls, lang = lab["class"], lab["lang"]
    if cls not in ("promise", "other", "paid"):
        err(fn, "bad class"); continue
    if lang not in ("fr", "en"):
        err(fn, "bad lang")
    ph = norm(lab["phrase"])
    if not ph:
        err(fn, "empty phrase")
    elif ph not in body:
        err(fn, "phrase not found: %r" % ph)
    pd, win, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
    kind = cls
    if cls == "promise":
        if pd:
            kind = "promise-date"
            if win or und:
                err(fn, "date + window/undated")
            try:
                d = dt.date.fromisoformat(pd)
                if d < mdate:
                    err(fn, "promiseDate %s before message date %s" % (pd, mdate))
                if d > mdate + dt.timedelta(days=120):
                    err(fn, "promiseDate %s suspiciously far from %s" % (pd, mdate))
            except ValueError:
                err(fn, "invalid promiseDate %r" % pd)
        elif win:
            kind = "promise-window"
            if win not in WINDOWS or und:
                err(fn, "bad window %r" % win)
        elif und:
            kind = "promise-undated"
        else:
            err(fn, "promise without date/window/undated")
    else:
        if pd or win or und:
            err(fn, "non-promise with promise fields")
    if not lab.get("note"):
        err(fn, "empty note")
    counts[(kind, lang)] = counts.get((kind, lang), 0) + 1

expected = {"promise-date": 130, "promise-window": 12, "promise-undated": 8, "other": 15, "paid": 15}
for k, n in expected.items():
    got = sum(v for (kk, _), v in counts.items() if kk == k)
    if got != n:
        err("*", "%s: expected %d, got %d" % (k, n, got))
for lg in ("fr", "en"):
    got = sum(v for (_, l), v in counts.items() if l == lg)
    if got != 90:
        err("*", "%s: expected 90, got %d" % (lg, got))

for k in sorted(counts):
    print("%-16s %s %3d" % (k[0], k[1], counts[k]))
if errors:
    print("\n".join(errors))
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d files" % len(files))

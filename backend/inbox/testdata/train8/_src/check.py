#!/usr/bin/env python3
"""Check the train8 corpus: parse every t8-NNN.eml with the email package and
verify that labels.json matches the files.  Standard library only."""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import glob
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

EXPECTED = {"promise": 150, "other": 15, "paid": 15}
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}


def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)


def body_text(msg):
    plain, htm = [], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            plain.append(part.get_content())
        elif ct == "text/html":
            htm.append(html_to_text(part.get_content()))
    return "\n".join(plain), "\n".join(htm)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    errors = []
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "t8-*.eml")))
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if len(files) != 180:
        errors.append("expected 180 files, found %d" % len(files))
    if set(files) != set(labels):
        errors.append("files/labels mismatch: %s" % sorted(set(files) ^ set(labels)))
    want = ["t8-%03d.eml" % i for i in range(1, 181)]
    if files != want:
        errors.append("file names are not t8-001..t8-180")
    cls = collections.Counter(v["class"] for v in labels.values())
    if dict(cls) != EXPECTED:
        errors.append("class counts %s != %s" % (dict(cls), EXPECTED))
    lang = collections.Counter(v["lang"] for v in labels.values())
    sub = collections.Counter()
    stats = collections.Counter()
    for name in files:
        lab = labels.get(name)
        if lab is None:
            continue
        path = os.path.join(ROOT, name)
        with open(path, "rb") as f:
            raw = f.read()
        stats["crlf" if b"\r\n" in raw else "lf"] += 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        if msg.defects:
            errors.append("%s: defects %s" % (name, msg.defects))
        for part in msg.walk():
            if not part.is_multipart():
                stats[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                stats[part.get_content_charset() or "none"] += 1
                stats[part.get_content_type()] += 1
        tup = email.utils.parsedate_tz(msg["Date"])
        if tup is None:
            errors.append("%s: bad Date" % name)
            continue
        mdate = dt.date(tup[0], tup[1], tup[2])
        if not (dt.date(2026, 6, 1) <= mdate <= dt.date(2027, 3, 15)):
            errors.append("%s: date %s out of range" % (name, mdate))
        try:
            plain, htm = body_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode body: %s" % (name, e))
            continue
        text = norm(str(msg["Subject"]) + "\n" + plain + "\n" + htm)
        phrase = lab.get("phrase", "")
        if not phrase:
            errors.append("%s: empty phrase" % name)
        elif norm(phrase) not in text:
            errors.append("%s: phrase not found: %r" % (name, phrase))
        for k in ("class", "lang", "phrase", "promiseDate", "promiseWindow", "undated", "note"):
            if k not in lab:
                errors.append("%s: missing key %s" % (name, k))
        if lab["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % name)
        pd, win, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
        if lab["class"] == "promise":
            kinds = sum([bool(pd), bool(win), bool(und)])
            if kinds != 1:
                errors.append("%s: promise must have exactly one of date/window/undated" % name)
            if pd:
                try:
                    d = dt.date.fromisoformat(pd)
                except ValueError:
                    errors.append("%s: invalid promiseDate %r" % (name, pd))
                    d = None
                if d and d < mdate:
                    errors.append("%s: promiseDate %s earlier than message date %s" % (name, pd, mdate))
                sub["dated"] += 1
            elif win:
                if win not in WINDOWS:
                    errors.append("%s: bad window %r" % (name, win))
                sub["window:" + win] += 1
            else:
                sub["undated"] += 1
        else:
            if pd or win or und:
                errors.append("%s: non-promise with date/window/undated" % name)
        if not lab["note"]:
            errors.append("%s: empty note" % name)
    if sub["dated"] != 130:
        errors.append("dated promises %d != 130" % sub["dated"])
    if sum(v for k, v in sub.items() if k.startswith("window:")) != 12:
        errors.append("window promises != 12")
    if sub["undated"] != 8:
        errors.append("undated promises != 8")
    print("classes:", dict(cls))
    print("languages:", dict(lang))
    print("promise detail:", dict(sorted(sub.items())))
    print("layout stats:", dict(sorted(stats.items())))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()

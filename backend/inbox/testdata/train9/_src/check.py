# -*- coding: utf-8 -*-
"""Check the train9 corpus: python3 _src/check.py"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPECT = {"promise": 90, "dispute": 25, "paid": 20, "copy_request": 20, "auto_reply": 30, "other": 35}
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}
AUTO_HDRS = ["auto-submitted", "x-autoreply", "precedence", "x-auto-response-suppress"]


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?is)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()


def decoded_text(msg):
    parts = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "text/plain":
            parts.append(p.get_content())
        elif ct == "text/html":
            parts.append(html_to_text(p.get_content()))
        elif ct in ("message/disposition-notification", "text/rfc822-headers"):
            parts.append(p.get_payload() if isinstance(p.get_payload(), str) else str(p))
    return norm("\n".join(parts))


def main():
    errors = []
    labels = json.load(open(os.path.join(OUT, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    expected_files = ["t9-%03d.eml" % i for i in range(1, 221)]
    if files != expected_files:
        errors.append("file list mismatch: %d files" % len(files))
    if sorted(labels) != expected_files:
        errors.append("labels keys mismatch")
    cls = collections.Counter()
    lang = collections.Counter()
    by = collections.Counter()
    kinds = collections.Counter()
    n_auto_hdr = 0
    encs = collections.Counter()
    eols = collections.Counter()
    dates = []
    for fn in files:
        lab = labels.get(fn)
        if lab is None:
            continue
        raw = open(os.path.join(OUT, fn), "rb").read()
        eols["crlf" if b"\r\n" in raw else "lf"] += 1
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as e:  # noqa
            errors.append("%s: parse error %s" % (fn, e))
            continue
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg.get(h):
                errors.append("%s: missing %s" % (fn, h))
        if msg.defects:
            errors.append("%s: defects %s" % (fn, msg.defects))
        for p in msg.walk():
            if not p.is_multipart():
                encs[(p.get_content_type(), p.get_content_charset(), p.get("Content-Transfer-Encoding"))] += 1
        try:
            text = decoded_text(msg)
        except Exception as e:  # noqa
            errors.append("%s: decode error %s" % (fn, e))
            continue
        c = lab["class"]
        cls[c] += 1
        lang[lab["lang"]] += 1
        by[(c, lab["lang"])] += 1
        if lab["lang"] not in ("fr", "en"):
            errors.append("%s: bad lang" % fn)
        if c not in EXPECT:
            errors.append("%s: bad class %s" % (fn, c))
        if not lab["phrase"] or norm(lab["phrase"]) not in text:
            errors.append("%s: phrase not found: %r" % (fn, lab["phrase"]))
        try:
            mdate = email.utils.parsedate_to_datetime(msg["Date"])
        except Exception as e:  # noqa
            errors.append("%s: bad Date %s" % (fn, e))
            continue
        local = mdate.date()  # local date in the header's own zone
        dates.append(local)
        if not (dt.date(2026, 6, 1) <= local <= dt.date(2027, 2, 28)):
            errors.append("%s: date out of range %s" % (fn, local))
        if any(msg.get(h) for h in AUTO_HDRS) and c == "auto_reply":
            n_auto_hdr += 1
        if c == "promise":
            pd, win, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
            if pd:
                kinds["dated"] += 1
                try:
                    d = dt.date.fromisoformat(pd)
                    if d < local:
                        errors.append("%s: promiseDate %s before message date %s" % (fn, pd, local))
                    if (d - local).days > 120:
                        errors.append("%s: promiseDate far away %s" % (fn, pd))
                except ValueError:
                    errors.append("%s: bad promiseDate %r" % (fn, pd))
                if win or und:
                    errors.append("%s: dated promise with window/undated" % fn)
            elif win:
                kinds["window"] += 1
                if win not in WINDOWS:
                    errors.append("%s: bad window %s" % (fn, win))
                if und:
                    errors.append("%s: window + undated" % fn)
            elif und:
                kinds["undated"] += 1
            else:
                errors.append("%s: promise without date/window/undated" % fn)
            if not lab["note"]:
                errors.append("%s: promise without note" % fn)
        else:
            if lab["promiseDate"] or lab["promiseWindow"] or lab["undated"]:
                errors.append("%s: non-promise with promise fields" % fn)
    for k, v in EXPECT.items():
        if cls[k] != v:
            errors.append("class %s: %d, expected %d" % (k, cls[k], v))
    if (kinds["dated"], kinds["window"], kinds["undated"]) != (72, 10, 8):
        errors.append("promise kinds %s" % dict(kinds))
    if lang["fr"] != 165 or lang["en"] != 55:
        errors.append("languages %s" % dict(lang))
    if n_auto_hdr != 10:
        errors.append("auto replies with auto headers: %d (expected 10)" % n_auto_hdr)
    print("classes:", dict(cls))
    print("languages:", dict(lang))
    print("by class/lang:", {"%s/%s" % k: v for k, v in sorted(by.items())})
    print("promise kinds:", dict(kinds))
    print("auto replies with auto headers:", n_auto_hdr)
    print("line endings:", dict(eols))
    print("dates: %s .. %s" % (min(dates), max(dates)))
    print("parts (type, charset, cte):")
    for k, v in sorted(encs.items(), key=lambda kv: -kv[1]):
        print("   ", k, v)
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: %d files, no errors" % len(files))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Re-check the train4 corpus: parse every .eml with Python's email package and
check labels, phrases, dates and counts. Python 3 standard library only.

Usage: python3 _src/check.py     (exit status 0 when everything holds)
"""
import datetime as dt
import email
import email.policy
import glob
import json
import os
import re
import sys
from collections import Counter
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from common import HERE, parse_sources, parse_date, resolve

OUT = os.path.dirname(HERE)
LO, HI = dt.date(2026, 8, 15), dt.date(2027, 1, 20)
WANT = {"promise": 120, "dispute": 40, "paid": 30, "copy_request": 20, "other": 30}
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}
KEYS = {"class", "lang", "promiseDate", "promiseWindow", "undated", "phrase"}
QUOTE_MARKERS = [
    r"^-----Message d'origine-----", r"^-----Original Message-----", r"^---------- Message transféré",
    r"^---------- Forwarded message", r"^Le .{5,60} a écrit :", r"^On .{5,80} wrote:", r"^De : Transports Lemaire",
    r"^From: Transports Lemaire", r"^De&nbsp;:", r"^> ", r"^De : .*Transports Lemaire",
]


class Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = False

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "head"):
            self.skip = True
        if tag in ("br", "p", "div"):
            self.out.append("\n")
        if tag == "div" and any(k == "style" and "border-top" in (v or "") for k, v in attrs):
            self.out.append("\n-----Original Message-----\n")

    def handle_endtag(self, tag):
        if tag in ("style", "head"):
            self.skip = False

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def body_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    txt = part.get_content()
    if part.get_content_type() == "text/html":
        p = Text()
        p.feed(txt)
        txt = "".join(p.out).replace("\xa0", " ")
        txt = re.sub(r"[ \t]*\n[ \t]*", "\n", txt)
    return txt


def own_text(txt):
    """Client's own words: lines before the first quote marker, plus any
    unquoted lines (inline answers), excluding '>' lines."""
    lines = txt.split("\n")
    keep = []
    for ln in lines:
        if any(re.match(p, ln) for p in QUOTE_MARKERS[:-4]) and not ln.startswith(">"):
            if "Transports Lemaire" in ln or "Message" in ln or "message" in ln:
                break
        if ln.startswith(">"):
            continue
        keep.append(ln)
    return "\n".join(keep)


def main():
    errs = []
    with open(os.path.join(OUT, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, "*.eml")))
    if sorted(labels) != files:
        errs.append("labels.json and .eml files differ")
    srcmap = {}
    fm = os.path.join(HERE, "filemap.json")
    if os.path.exists(fm):
        with open(fm) as fh:
            idmap = json.load(fh)
        src = {m["id"]: m for m in parse_sources()}
        srcmap = {f: src[i] for f, i in idmap.items()}
    cls, langs, kinds = Counter(), Counter(), Counter()
    clslang = Counter()
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        with open(os.path.join(OUT, f), "rb") as fh:
            msg = email.message_from_binary_file(fh, policy=email.policy.default)
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[k]:
                errs.append("%s: no %s header" % (f, k))
        d = parsedate_to_datetime(str(msg["Date"]))
        local = d.date()  # the date as written, in its own zone
        if not LO <= local <= HI:
            errs.append("%s: date %s out of range" % (f, local))
        for a in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg["From"]) + " " + str(msg["To"])):
            if not (a.endswith(".example") or re.search(r"(^|\.)example\.(com|org|net)$", a)):
                errs.append("%s: non-reserved domain %s" % (f, a))
        txt = body_text(msg)
        own = own_text(txt)
        missing = KEYS - set(lab)
        if missing:
            errs.append("%s: missing keys %s" % (f, missing))
            continue
        if lab["class"] not in WANT and lab["class"] != "auto_reply":
            errs.append("%s: bad class" % f)
        if lab["lang"] not in ("fr", "en"):
            errs.append("%s: bad lang" % f)
        if not lab["phrase"] or lab["phrase"] not in own:
            errs.append("%s: phrase not in client's own text: %r" % (f, lab["phrase"]))
        cls[lab["class"]] += 1
        langs[lab["lang"]] += 1
        clslang[(lab["class"], lab["lang"])] += 1
        pd, pw, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
        if lab["class"] == "promise":
            n = bool(pd) + bool(pw) + bool(und)
            if n != 1:
                errs.append("%s: promise needs exactly one of date/window/undated" % f)
            if pd:
                kinds["dated"] += 1
                p = dt.date.fromisoformat(pd)
                if p < local:
                    errs.append("%s: promiseDate %s before message date %s" % (f, p, local))
                m = srcmap.get(f)
                if m and m.get("rule"):
                    want = resolve(m["rule"], parse_date(m["date"])[0])
                    if want != p:
                        errs.append("%s: rule %s gives %s, label %s" % (f, m["rule"], want, p))
                    if want.isoformat() and parse_date(m["date"])[0].date() != local:
                        errs.append("%s: local date mismatch" % f)
            if pw:
                kinds["window"] += 1
                if pw not in WINDOWS:
                    errs.append("%s: bad window %s" % (f, pw))
                if pw != "next_week" and not lab.get("note"):
                    errs.append("%s: window %s without note" % (f, pw))
            if und:
                kinds["undated"] += 1
        else:
            if pd or pw or und:
                errs.append("%s: non-promise with promise fields" % f)
    for c, n in WANT.items():
        if cls[c] != n:
            errs.append("count %s = %d, want %d" % (c, cls[c], n))
    if kinds["dated"] < 90:
        errs.append("only %d dated promises" % kinds["dated"])
    print("files:", len(files))
    print("classes:", dict(cls))
    print("languages:", dict(langs))
    print("class x lang:", {"%s/%s" % k: v for k, v in sorted(clslang.items())})
    print("promises:", dict(kinds))
    for e in errs:
        print("ERROR", e)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

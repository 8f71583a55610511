#!/usr/bin/env python3
"""Re-check the train3 corpus: every .eml parses with Python's email package, every file has a
label and every label a file, labels are well-formed, the decisive phrase occurs in the client's
decoded text (not only in the quoted reminder), dates are in range, promise dates are not before
the message's local date, and the counts per class are printed.

Usage: python3 _src/check.py [directory]   (exit status 1 on any problem)
"""
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

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = {"promise", "dispute", "paid", "copy_request", "auto_reply", "other"}
WINDOWS = {"", "next_week", "early_month", "month", "after_date", "between"}
KEYS = {"class", "lang", "promiseDate", "promiseWindow", "undated", "phrase"}
AUTO_HDRS = ("Auto-Submitted", "X-Autoreply", "X-Autorespond", "Precedence")
CREDITOR = "relances@imprimerie-vasseur.example"


def norm(s):
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def texts(msg):
    """Decoded text of every text/* part, HTML reduced to text."""
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        t = part.get_content()
        if part.get_content_subtype() == "plain" and t.lstrip().lower().startswith("<html"):
            raise ValueError("HTML labelled text/plain")
        if part.get_content_subtype() == "html":
            t = re.sub(r"<br\s*/?>", "\n", t, flags=re.I)
            t = re.sub(r"</p>", "\n\n", t, flags=re.I)
            t = re.sub(r"<style.*?</style>", "", t, flags=re.S | re.I)
            t = html.unescape(re.sub(r"<[^>]+>", "", t))
        out.append(t)
    return out


def client_part(t):
    """The client's own lines: quoted (">") lines and attribution lines are dropped, and the
    text stops at an Outlook / forwarded block, which carries the reminder unquoted. Works for
    top-posting, bottom-posting and inline answers."""
    attrib = [r"^Le .{5,120}a écrit ?:", r"^On .{5,160}wrote:"]
    stops = [r"^-----Message d'origine-----", r"^-----Original Message-----", r"^_{10,}",
             r"^---------- Forwarded message", r"^De ?: .*imprimerie-vasseur",
             r"^From: Imprimerie Vasseur"]
    keep = []
    for ln in t.split("\n"):
        if any(re.match(m, ln) for m in stops):
            break
        if ln.startswith(">") or any(re.match(m, ln) for m in attrib):
            continue
        keep.append(ln)
    return "\n".join(keep)


def main():
    problems = []
    labels = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    if set(files) != set(labels):
        problems.append(f"files/labels mismatch: {sorted(set(files) ^ set(labels))[:10]}")
    counts = collections.Counter()
    sub = collections.Counter()
    langs = collections.Counter()
    auto_with_hdr = 0
    for f in files:
        raw = open(os.path.join(DIR, f), "rb").read()
        lab = labels.get(f)
        if lab is None:
            continue
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    problems.append(f"{f}: missing {h}")
            body = texts(msg)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{f}: parse error {e!r}")
            continue
        if msg.defects:
            problems.append(f"{f}: defects {msg.defects}")
        for k in KEYS:
            if k not in lab:
                problems.append(f"{f}: label lacks {k}")
        extra = set(lab) - KEYS - {"note"}
        if extra:
            problems.append(f"{f}: unknown label keys {extra}")
        c = lab["class"]
        counts[c] += 1
        langs[lab["lang"]] += 1
        if c not in CLASSES:
            problems.append(f"{f}: bad class {c}")
        if lab["lang"] not in ("fr", "en"):
            problems.append(f"{f}: bad lang")
        # dates
        tup = email.utils.parsedate_tz(str(msg["Date"]))
        if not tup:
            problems.append(f"{f}: unparsable Date")
            continue
        local = dt.date(*tup[:3])
        if not (dt.date(2026, 9, 1) <= local <= dt.date(2026, 12, 20)):
            problems.append(f"{f}: Date out of range {local}")
        pd, win, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
        if c == "promise":
            kinds = bool(pd) + bool(win) + bool(und)
            if kinds != 1:
                problems.append(f"{f}: promise needs exactly one of promiseDate/promiseWindow/undated")
            if pd:
                d = dt.date.fromisoformat(pd)
                if d < local:
                    problems.append(f"{f}: promiseDate {pd} before message date {local}")
                if (d - local).days > 120:
                    problems.append(f"{f}: promiseDate {pd} far from {local}")
                sub["dated"] += 1
            elif win:
                sub["window"] += 1
            else:
                sub["undated"] += 1
            if win not in WINDOWS:
                problems.append(f"{f}: bad window {win}")
        elif pd or win or und:
            problems.append(f"{f}: non-promise with promise fields")
        # phrase
        ph = norm(lab["phrase"])
        if not ph:
            problems.append(f"{f}: empty phrase")
        elif not any(ph in norm(client_part(t)) for t in body):
            if any(ph in norm(t) for t in body):
                problems.append(f"{f}: phrase only found in quoted text: {lab['phrase']!r}")
            else:
                problems.append(f"{f}: phrase not found: {lab['phrase']!r}")
        if c == "auto_reply" and any(msg[h] for h in AUTO_HDRS):
            auto_with_hdr += 1
        # reserved domains only
        for h in ("From", "To", "Cc"):
            for _, addr in email.utils.getaddresses([str(v) for v in msg.get_all(h, [])]):
                dom = addr.rsplit("@", 1)[-1].lower()
                if not (dom.endswith(".example") or dom.endswith(".test")
                        or dom in ("example.com", "example.org", "example.net")):
                    problems.append(f"{f}: unreserved domain {dom}")
        if c != "auto_reply" or True:
            if CREDITOR not in str(msg["To"]) + str(msg.get("Cc", "")):
                problems.append(f"{f}: not addressed to the creditor")
    print("files:", len(files))
    print("classes:", dict(sorted(counts.items())))
    print("promise kinds:", dict(sub))
    print("langs:", dict(langs))
    print("auto_reply with an auto header:", auto_with_hdr, "of", counts["auto_reply"])
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

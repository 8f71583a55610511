#!/usr/bin/env python3
"""Check the train5 corpus: parse every .eml with the stdlib email package and
verify labels.json (schema, phrases, dates, counts).  Python 3 stdlib only.

    python3 _src/check.py            # full check, expects the final counts
    python3 _src/check.py --partial  # skip the final per-class count targets
"""
import datetime as dt, email, glob, html, json, os, re, sys
from collections import Counter
from email import policy
from email.utils import getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
CLASSES = {"promise", "dispute", "paid", "copy_request", "auto_reply", "other"}
WINDOWS = {"next_week", "early_month", "month", "after_date", "between"}
TARGET = {"promise": 100, "dispute": 25, "paid": 20, "copy_request": 15, "auto_reply": 20, "other": 20}
WEEKDAYS = [("lundi", "monday"), ("mardi", "tuesday"), ("mercredi", "wednesday"), ("jeudi", "thursday"),
            ("vendredi", "friday"), ("samedi", "saturday"), ("dimanche", "sunday")]
LO, HI = dt.date(2026, 8, 15), dt.date(2027, 1, 20)
OK_DOMAIN = re.compile(r"(\.example|(^|\.)example\.(com|org|net))$", re.I)
AUTO_HDRS = ("auto-submitted", "x-autoreply", "x-autorespond", "precedence")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def body_text(msg):
    parts = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            parts.append((ct, part.get_content()))
    plain = [t for c, t in parts if c == "text/plain"]
    if plain:
        return plain[0]
    h = parts[0][1]
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def main():
    partial = "--partial" in sys.argv
    errors = []
    labels = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(DIR, "*.eml")))
    if set(files) != set(labels):
        errors.append(f"files/labels mismatch: {sorted(set(files) ^ set(labels))}")
    sys.path.insert(0, HERE)
    import build  # for the canonical reminder text
    reminder_words = set()
    counts, langs, kinds = Counter(), Counter(), Counter()
    auto_with_hdr = 0
    for name in files:
        raw = open(os.path.join(DIR, name), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        lab = labels.get(name)
        if lab is None:
            continue
        err = lambda s: errors.append(f"{name}: {s}")
        for k in ("class", "lang", "promiseDate", "promiseWindow", "undated", "phrase"):
            if k not in lab:
                err(f"missing key {k}")
        cls = lab["class"]
        if cls not in CLASSES:
            err(f"bad class {cls}")
        if lab["lang"] not in ("fr", "en"):
            err("bad lang")
        counts[cls] += 1
        langs[(cls, lab["lang"])] += 1
        # headers
        try:
            date = parsedate_to_datetime(msg["Date"])
        except Exception as e:
            err(f"bad Date {e}")
            continue
        local = date.date()
        if not (LO <= local <= HI):
            err(f"date {local} out of range")
        for h in ("From", "To", "Cc"):
            for _, a in getaddresses(msg.get_all(h, [])):
                if a and not OK_DOMAIN.search(a.split("@")[-1]):
                    err(f"non-reserved domain {a}")
        if not msg["Subject"]:
            err("no subject")
        text = body_text(msg)
        if not text.strip():
            err("empty body")
        # phrase: in the decoded text, not on a '>' quoted line, not from the reminder template
        ph = lab["phrase"]
        own = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith(">"))
        if norm(ph) not in norm(own):
            err(f"phrase not found in client text: {ph!r}")
        for style in ("fr", "fr2", "en"):
            tmpl = build.reminder_text({"inv": "BC-26-0000", "rlang": style}, dt.datetime(2026, 9, 1))
            if norm(ph) in norm(tmpl):
                err("phrase comes from the reminder template")
        # promise fields
        pd, win, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
        if cls == "promise":
            n = bool(pd) + bool(win) + bool(und)
            if n != 1:
                err("promise needs exactly one of promiseDate/promiseWindow/undated")
            if win and win not in WINDOWS:
                err(f"bad window {win}")
            if win and win != "next_week" and not lab.get("note"):
                err("window without note")
            if pd:
                kinds["dated"] += 1
                p = dt.date.fromisoformat(pd)
                if p < local:
                    err(f"promiseDate {p} before message local date {local}")
                if (p - local).days > 120:
                    err(f"promiseDate {p} too far from {local}")
                low = norm(ph)
                for i, names in enumerate(WEEKDAYS):
                    if any(re.search(r"\b" + w + r"\b", low) for w in names):
                        if p.weekday() != i:
                            err(f"phrase names {names[0]} but {p} is weekday {p.weekday()}")
            elif win:
                kinds["window"] += 1
            elif und:
                kinds["undated"] += 1
        else:
            if pd or win or und:
                err("non-promise with promise fields")
        if cls == "auto_reply" and any(msg[h] for h in AUTO_HDRS):
            auto_with_hdr += 1
    total = sum(counts.values())
    fr = sum(v for (c, l), v in langs.items() if l == "fr")
    print(f"{total} messages; classes {dict(counts)}; fr {fr} en {total - fr}")
    print(f"promises: {dict(kinds)}; auto_reply with auto headers: {auto_with_hdr}/{counts['auto_reply']}")
    if not partial:
        if dict(counts) != TARGET:
            errors.append(f"class counts {dict(counts)} != {TARGET}")
        if kinds["dated"] < 80:
            errors.append("fewer than 80 dated promises")
        if not (0.6 <= fr / max(total, 1) <= 0.8):
            errors.append(f"French share {fr/total:.2f} outside 0.6-0.8")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Consistency check of the train7 corpus (standard library only).

- every t7-NNN.eml parses with the email package and has the required headers
- labels.json and the files match (220 entries, same names)
- class / language / promise-kind counts are those of the brief
- each phrase occurs in the decoded text (subject + text parts, HTML stripped)
- promise dates are valid dates, not earlier than the message's local date
"""
import collections, datetime as dt, email, email.policy, html, json, os, re, sys
from email.utils import parsedate_tz

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def norm(s):
    s = s.replace("\xa0", " ").replace("\u202f", " ").replace("\r", "")
    return re.sub(r"\s+", " ", s).strip()


def html_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|blockquote|tr)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def decoded_text(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct not in ("text/plain", "text/html"):
            continue
        try:
            t = part.get_content()
        except Exception as e:  # noqa
            err("decode", e)
            continue
        out.append(html_text(t) if ct == "text/html" else t)
    return "\n".join(out)


labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r"t7-\d{3}\.eml", f))
if len(files) != 220:
    err("expected 220 .eml files, found", len(files))
if sorted(labels) != files:
    err("labels.json keys do not match the files",
        set(labels) ^ set(files))
expected = {"promise": 90, "dispute": 25, "paid": 20, "copy_request": 20, "auto_reply": 30, "other": 35}
cnt = collections.Counter(v["class"] for v in labels.values())
if dict(cnt) != expected:
    err("class counts", dict(cnt))
lang = collections.Counter(v["lang"] for v in labels.values())
if lang != {"fr": 110, "en": 110}:
    err("language counts", dict(lang))
kinds = collections.Counter()
crlf = lf = 0
months = collections.Counter()
for name in files:
    raw = open(os.path.join(ROOT, name), "rb").read()
    if b"\r\n" in raw:
        crlf += 1
        if re.search(rb"(?<!\r)\n", raw):
            err(name, "mixed line endings")
    else:
        lf += 1
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            err(name, "missing header", h)
    for addr in re.findall(r"[\w.+-]+@([\w.-]+)", " ".join([str(msg["From"]), str(msg["To"]), str(msg.get("Cc", ""))])):
        if not addr.endswith(".example"):
            err(name, "non .example domain", addr)
    lab = labels.get(name)
    if not lab:
        continue
    if lab["class"] not in expected:
        err(name, "bad class", lab["class"])
    text = norm(str(msg["Subject"]) + "\n" + decoded_text(msg))
    if not lab["phrase"] or norm(lab["phrase"]) not in text:
        err(name, "phrase not found:", lab["phrase"])
    t = parsedate_tz(msg["Date"])
    local = dt.date(t[0], t[1], t[2])
    if not (dt.date(2026, 6, 1) <= local <= dt.date(2027, 2, 28)):
        err(name, "date out of range", local)
    months[local.strftime("%Y-%m")] += 1
    pd, pw, und = lab["promiseDate"], lab["promiseWindow"], lab["undated"]
    if lab["class"] == "promise":
        if pd:
            kinds["dated"] += 1
            try:
                d = dt.date.fromisoformat(pd)
            except ValueError:
                err(name, "invalid promiseDate", pd)
                continue
            if d < local:
                err(name, "promiseDate earlier than message date", pd, local)
            if pw or und:
                err(name, "dated promise with window/undated set")
        elif pw:
            kinds["window"] += 1
            if pw not in ("next_week", "early_month", "month", "after_date", "between"):
                err(name, "bad window", pw)
            if und:
                err(name, "window and undated")
        elif und:
            kinds["undated"] += 1
        else:
            err(name, "promise without date, window or undated")
        if not lab.get("note"):
            err(name, "promise without note")
    else:
        if pd or pw or und:
            err(name, "non-promise with promise fields")
if dict(kinds) != {"dated": 72, "window": 10, "undated": 8}:
    err("promise kinds", dict(kinds))

print("files:", len(files), "| classes:", dict(cnt), "| langs:", dict(lang))
print("promise kinds:", dict(kinds), "| CRLF:", crlf, "LF:", lf)
print("months:", dict(sorted(months.items())))
if errors:
    print("\n%d problem(s):" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")

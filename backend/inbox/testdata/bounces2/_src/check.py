#!/usr/bin/env python3
"""Check the bounces2 corpus: every .eml parses, labels.json is complete and consistent.

    python3 _src/check.py            # from the bounces2 directory, or any directory

Checks:
  * every bounce2-*.eml has exactly one label and every label has a file;
  * the file parses with Python's email package (policy.default) without fatal
    defects, has From/Date/Subject headers, and every text part decodes;
  * label keys/values: bounce bool, kind in the allowed set, permanent bool,
    recipient present for bounces and absent for look-alikes;
  * consistency: bounce false <=> kind not_bounce; delayed => permanent false;
    expired / unknown_user / domain_not_found => permanent true;
    a look-alike is never permanent;
  * the failed recipient's address occurs somewhere in the decoded message;
  * prints counts per kind, per line ending and per charset.
"""
import collections
import email
import json
import os
import re
import sys
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
KINDS = {"unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "delayed", "expired", "other", "not_bounce"}


def decoded_text(msg):
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            try:
                payload = part.get_payload(decode=True)
            except Exception:  # pragma: no cover
                payload = None
            if payload is None:
                payload = str(part.get_payload()).encode("utf-8", "replace")
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs, "replace"))
            except LookupError:
                out.append(payload.decode("latin-1"))
        # message/rfc822 subparts are walked as messages too (headers above)
    return "\n".join(out)


def main():
    errors = []
    labels = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    for f in files:
        if f not in labels:
            errors.append("%s: no label" % f)
    for f in labels:
        if f not in files:
            errors.append("%s: label without file" % f)
    kinds = collections.Counter()
    perm = collections.Counter()
    eols = collections.Counter()
    charsets = collections.Counter()
    for f in files:
        raw = open(os.path.join(DIR, f), "rb").read()
        if b"\r\n" in raw:
            eols["CRLF"] += 1
        elif b"\r" in raw:
            eols["CR"] += 1
        else:
            eols["LF"] += 1
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "Date", "Subject"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            cs = part.get_content_charset()
            if cs:
                charsets[cs.lower()] += 1
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    errors.append("%s: part %s does not decode: %s" % (f, part.get_content_type(), e))
        for d in msg.defects:
            if "Missing" in type(d).__name__ or "NoBoundary" in type(d).__name__ or "StartBoundary" in type(d).__name__:
                errors.append("%s: MIME defect %s" % (f, type(d).__name__))
        lab = labels.get(f)
        if lab is None:
            continue
        extra = set(lab) - {"bounce", "kind", "permanent", "recipient", "note"}
        if extra:
            errors.append("%s: unknown label keys %s" % (f, extra))
        if not isinstance(lab.get("bounce"), bool) or not isinstance(lab.get("permanent"), bool):
            errors.append("%s: bounce/permanent must be booleans" % f)
        k = lab.get("kind")
        if k not in KINDS:
            errors.append("%s: bad kind %r" % (f, k))
        kinds[k] += 1
        if lab["bounce"] != (k != "not_bounce"):
            errors.append("%s: bounce/kind mismatch" % f)
        if lab["bounce"]:
            perm[lab["permanent"]] += 1
            r = lab.get("recipient")
            if not r or not re.match(r"^[^@\s]+@[^@\s]+$", r):
                errors.append("%s: bounce without a valid recipient" % f)
            elif r.lower() not in decoded_text(msg).lower():
                errors.append("%s: recipient %s not found in the message" % (f, r))
            if k == "delayed" and lab["permanent"]:
                errors.append("%s: delayed must be permanent=false" % f)
            if k in ("expired", "unknown_user", "domain_not_found") and not lab["permanent"]:
                errors.append("%s: %s must be permanent=true" % (f, k))
        else:
            if lab["permanent"]:
                errors.append("%s: a look-alike cannot be permanent" % f)
            if "recipient" in lab:
                errors.append("%s: look-alike with a recipient" % f)
        for dom in re.findall(r"@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b", decoded_text(msg)):
            d = dom.lower().rstrip(".")
            if not (d.endswith(".example") or d.endswith(".test") or d in ("example.com", "example.org", "example.net")):
                errors.append("%s: unreserved domain %s" % (f, d))
    print("files: %d" % len(files))
    print("bounce: %d  not_bounce: %d" % (sum(v for k, v in kinds.items() if k != "not_bounce"), kinds["not_bounce"]))
    for k in sorted(kinds):
        print("  %-18s %d" % (k, kinds[k]))
    print("bounces permanent: %d, temporary: %d" % (perm[True], perm[False]))
    print("line endings: %s" % dict(eols))
    print("charsets: %s" % dict(charsets.most_common()))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

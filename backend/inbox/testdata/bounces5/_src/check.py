# -*- coding: utf-8 -*-
"""Check the bounces5 corpus: every file parses with the standard `email`
package, labels.json and the files agree, each bounce's recipient appears in
the decoded message, and the composition targets of the brief are met.

Usage: python3 _src/check.py   (exit status 1 if a problem is found)
"""
import collections
import email
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KINDS = {"unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "policy",
         "delayed", "expired", "other", "not_bounce"}

problems = []


def problem(msg):
    problems.append(msg)


def decoded_text(msg):
    """All headers (decoded) and all leaf payloads (decoded) as one string."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            try:
                out.append("%s: %s" % (k, str(email.header.make_header(email.header.decode_header(v)))))
            except Exception:
                out.append("%s: %s" % (k, v))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            continue  # walk() descends into it
        payload = part.get_payload(decode=True)
        if payload is None:
            p = part.get_payload()
            if isinstance(p, list):  # message/delivery-status: list of header blocks
                for blk in p:
                    out.append(blk.as_string() if hasattr(blk, "as_string") else str(blk))
                continue
            payload = (p or "").encode("utf-8", "replace") if isinstance(p, str) else b""
        cs = part.get_content_charset() or "us-ascii"
        try:
            out.append(payload.decode(cs, "replace"))
        except LookupError:
            out.append(payload.decode("latin-1", "replace"))
    return "\n".join(out)


def main():
    import email.header  # noqa
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(".eml"))
    expected = ["b5-%03d.eml" % i for i in range(1, 151)]
    if files != expected:
        problem("file set differs from b5-001..b5-150: extra=%s missing=%s" % (
            sorted(set(files) - set(expected)), sorted(set(expected) - set(files))))
    if sorted(labels) != expected:
        problem("labels.json keys differ from b5-001..b5-150")

    stats = collections.Counter()
    kinds = collections.Counter()
    systems = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    for name in files:
        lab = labels.get(name)
        if lab is None:
            problem("%s: no label" % name)
            continue
        keys = {"bounce", "kind", "permanent", "recipient", "system", "note"}
        if set(lab) != keys:
            problem("%s: label keys %s" % (name, sorted(lab)))
        if lab["kind"] not in KINDS:
            problem("%s: unknown kind %r" % (name, lab["kind"]))
        if not isinstance(lab["bounce"], bool) or not isinstance(lab["permanent"], bool):
            problem("%s: bounce/permanent must be booleans" % name)
        if lab["bounce"] != (lab["kind"] != "not_bounce"):
            problem("%s: bounce flag and kind disagree" % name)
        if not lab["bounce"] and (lab["permanent"] or lab["recipient"]):
            problem("%s: look-alike must have permanent false and empty recipient" % name)
        if lab["kind"] == "delayed" and lab["permanent"]:
            problem("%s: delayed but permanent" % name)
        if lab["bounce"] and lab["kind"] != "delayed" and not lab["permanent"]:
            stats["bounce_non_permanent_non_delayed"] += 1
        if lab["recipient"] != lab["recipient"].lower():
            problem("%s: recipient not lower case" % name)
        if lab["bounce"] and not re.match(r"^[^@\s]+@[^@\s]+\.example$", lab["recipient"]):
            problem("%s: bounce recipient %r not an address under .example" % (name, lab["recipient"]))
        kinds[lab["kind"]] += 1
        systems[lab["system"]] += 1

        data = open(os.path.join(ROOT, name), "rb").read()
        # line endings
        crlf = data.count(b"\r\n")
        lf = data.count(b"\n") - crlf
        cr = data.count(b"\r") - crlf
        if crlf and not lf and not cr:
            stats["ending_CRLF"] += 1
        elif lf and not crlf and not cr:
            stats["ending_LF"] += 1
        elif cr and not crlf and not lf:
            stats["ending_CR"] += 1
        else:
            problem("%s: mixed line endings crlf=%d lf=%d cr=%d" % (name, crlf, lf, cr))
        try:
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
        except Exception as e:  # pragma: no cover
            problem("%s: parse error %s" % (name, e))
            continue
        if msg.defects:
            problem("%s: top-level defects %s" % (name, msg.defects))
        for p in msg.walk():
            if p.defects:
                problem("%s: part defects %s in %s" % (name, p.defects, p.get_content_type()))
        if not msg.get("From") or not msg.get("Date") or not msg.get("Subject"):
            problem("%s: missing From/Date/Subject" % name)
        # structure features
        types = [p.get_content_type() for p in msg.walk()]
        top = msg.get_content_type()
        if lab["bounce"]:
            if top == "text/plain":
                stats["bounce_plain_text_only"] += 1
            if "multipart/report" not in types:
                stats["bounce_no_multipart_report"] += 1
            if "message/rfc822" in types:
                stats["bounce_with_message_rfc822"] += 1
            if "text/rfc822-headers" in types:
                stats["bounce_with_text_rfc822_headers"] += 1
            if "message/delivery-status" in types:
                stats["bounce_with_delivery_status"] += 1
        else:
            if "multipart/report" in types:
                stats["lookalike_multipart_report"] += 1
        rp = msg.get("Return-Path")
        if rp is None:
            stats["no_Return-Path"] += 1
        elif rp.strip() == "<>":
            stats["Return-Path_<>"] += 1
        else:
            stats["Return-Path_other"] += 1
        auto = msg.get("Auto-Submitted", "")
        if auto.startswith("auto-replied") or auto.startswith("auto-generated"):
            stats["Auto-Submitted"] += 1
        for p in msg.walk():
            if p.is_multipart():
                continue
            cs = p.get_content_charset()
            if cs and p.get_content_maintype() == "text":
                charsets[cs.lower()] += 1
            cte = (p.get("Content-Transfer-Encoding") or "7bit (implicit)").lower()
            ctes[cte] += 1
        # recipient presence
        if lab["bounce"]:
            text = decoded_text(msg).lower()
            if lab["recipient"] not in text:
                problem("%s: recipient %s not found in decoded message" % (name, lab["recipient"]))

    n_b = sum(1 for l in labels.values() if l["bounce"])
    print("messages: %d  bounces: %d  look-alikes: %d" % (len(files), n_b, len(files) - n_b))
    print("kinds:", dict(sorted(kinds.items())))
    print("features:", dict(sorted(stats.items())))
    print("charsets (text parts):", dict(sorted(charsets.items())))
    print("transfer encodings (leaf parts):", dict(sorted(ctes.items())))
    print("systems: %d distinct" % len(systems))
    # targets from the brief
    targets = [
        (len(files) == 150, "150 messages"),
        (n_b == 95, "95 bounces"),
        (kinds["not_bounce"] == 55, "55 look-alikes"),
        (10 <= kinds["delayed"] <= 14, "about 12 delayed"),
        (stats["bounce_plain_text_only"] >= 20, ">= 20 plain-text-only notices"),
        (stats["bounce_with_message_rfc822"] >= 10, ">= 10 with message/rfc822"),
        (stats["bounce_with_text_rfc822_headers"] >= 10, ">= 10 with text/rfc822-headers"),
        (stats["Auto-Submitted"] >= 8, ">= 8 with Auto-Submitted"),
        (stats["ending_CR"] == 3, "3 CR-only"),
        (stats["ending_LF"] == 10, "10 LF-only"),
        (stats["Return-Path_<>"] >= 3 and stats["no_Return-Path"] >= 3, "several Return-Path <> and several without"),
        (all(charsets[c] for c in ("us-ascii", "utf-8", "iso-8859-1", "windows-1252")), "charsets us-ascii/utf-8/iso-8859-1/windows-1252"),
        (all(ctes[c] for c in ("7bit", "8bit", "quoted-printable", "base64")), "CTE 7bit/8bit/QP/base64"),
    ]
    for ok, what in targets:
        if not ok:
            problem("target not met: " + what)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("\nOK: no problems found")


if __name__ == "__main__":
    main()

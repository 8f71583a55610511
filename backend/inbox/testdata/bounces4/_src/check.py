"""Check the bounces4 corpus: python3 _src/check.py  (Python 3 standard library only).

* every b4-NNN.eml parses with the email package (compat32 and default policies);
* labels.json and the files agree (170 entries, same names, valid fields);
* each bounce's recipient appears in the decoded message (headers, bodies and
  attached messages, case-insensitive);
* the feature counts the brief asks for are met;
* no address, host or IP outside the .example / documentation ranges.
Exit status 1 when a problem is found.
"""
import collections
import email
import email.header
import email.policy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {"unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "policy", "delayed",
         "expired", "other", "not_bounce"}
problems = []


def bad(msg):
    problems.append(msg)


def dec_header(v):
    try:
        return str(email.header.make_header(email.header.decode_header(v)))
    except Exception:
        return str(v)


def decoded_text(msg):
    """All header values and decoded text payloads, recursively."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append("%s: %s" % (k, dec_header(v)))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None:
            p = part.get_payload()
            out.append(p if isinstance(p, str) else "")
            continue
        if ct.startswith("text/") or ct.startswith("message/") or ct == "application/octet-stream":
            cs = part.get_content_charset() or "utf-8"
            try:
                out.append(payload.decode(cs, "replace"))
            except LookupError:
                out.append(payload.decode("utf-8", "replace"))
    return "\n".join(out)


def line_endings(raw):
    crlf = raw.count(b"\r\n")
    cr = raw.count(b"\r") - crlf
    lf = raw.count(b"\n") - crlf
    if crlf and not cr and not lf:
        return "CRLF"
    if lf and not cr and not crlf:
        return "LF"
    if cr and not lf and not crlf:
        return "CR"
    return "mixed"


DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
NOT_IPS = re.compile(r"^(4\.16\.55\.1|14\.3\.\d+\.0|15\.\d+\.\d+\.\d+|2\.\d+\.\d+\.\d+)$")
REAL_TLD = re.compile(r"\b[a-z0-9][a-z0-9.-]*\.(com|net|org|fr|de|io|uk|ch|it|nl|es|eu|be|us|info)(?![\w-]|\.\w)", re.I)


def main():
    with open(os.path.join(ROOT, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    files = sorted(x for x in os.listdir(ROOT) if x.endswith(".eml"))
    expect = ["b4-%03d.eml" % i for i in range(1, 171)]
    if files != expect:
        bad("file list differs from b4-001..170: %d files" % len(files))
    if sorted(labels) != expect:
        bad("labels.json keys differ from b4-001..170 (%d keys)" % len(labels))

    stats = collections.Counter()
    kinds = collections.Counter()
    systems = set()
    charsets = collections.Counter()
    ctes = collections.Counter()
    for name in expect:
        path = os.path.join(ROOT, name)
        if not os.path.exists(path) or name not in labels:
            continue
        lab = labels[name]
        raw = open(path, "rb").read()
        for pol in (email.policy.compat32, email.policy.default):
            try:
                msg = email.message_from_bytes(raw, policy=pol)
            except Exception as e:  # pragma: no cover
                bad("%s: parse error with %s: %r" % (name, pol, e))
                msg = None
        msg = email.message_from_bytes(raw)
        if msg is None:
            continue
        # label sanity
        for k in ("bounce", "kind", "permanent", "recipient", "system", "note"):
            if k not in lab:
                bad("%s: label lacks %s" % (name, k))
        if lab["kind"] not in KINDS:
            bad("%s: unknown kind %s" % (name, lab["kind"]))
        if lab["bounce"] != (lab["kind"] != "not_bounce"):
            bad("%s: bounce/kind mismatch" % name)
        if not lab["bounce"] and (lab["permanent"] or lab["recipient"]):
            bad("%s: look-alike with permanent/recipient set" % name)
        if lab["kind"] == "delayed" and lab["permanent"]:
            bad("%s: delayed but permanent" % name)
        if lab["bounce"] and lab["kind"] != "delayed" and not lab["permanent"]:
            bad("%s: non-delay failure marked temporary" % name)
        if lab["recipient"] != lab["recipient"].lower():
            bad("%s: recipient not lower case" % name)
        text = decoded_text(msg)
        low = text.lower()
        if lab["bounce"]:
            if not lab["recipient"] or "@" not in lab["recipient"]:
                bad("%s: bounce without recipient" % name)
            elif lab["recipient"] not in low:
                bad("%s: recipient %s not found in decoded message" % (name, lab["recipient"]))
        # defects
        for part in msg.walk():
            if part.defects:
                bad("%s: parser defects %s" % (name, [type(d).__name__ for d in part.defects]))
        # features
        kinds[lab["kind"]] += 1
        systems.add(lab["system"])
        types = [p.get_content_type() for p in msg.walk()]
        top = msg.get_content_type()
        if lab["bounce"]:
            if "multipart/report" not in types:
                stats["bounce without multipart/report"] += 1
            if top == "text/plain" and "multipart/report" not in types:
                stats["bounce single text part"] += 1
            if "message/rfc822" in types:
                stats["bounce with message/rfc822"] += 1
            if "text/rfc822-headers" in types:
                stats["bounce with text/rfc822-headers"] += 1
        if msg.get("Auto-Submitted"):
            stats["Auto-Submitted"] += 1
        rp = msg.get_all("Return-Path")
        if rp is None:
            stats["no Return-Path"] += 1
        elif rp[0].strip() == "<>":
            stats["Return-Path <>"] += 1
        stats["EOL " + line_endings(raw)] += 1
        for p in msg.walk():
            cs = p.get_param("charset")
            if cs:
                charsets[str(cs).lower()] += 1
            cte = p.get("Content-Transfer-Encoding")
            if cte:
                ctes[cte.strip().lower()] += 1
        if line_endings(raw) == "mixed":
            bad("%s: mixed line endings" % name)
        # invented names only
        for ipm in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
            v = ipm.group(1)
            if not v.startswith(DOC_NETS) and not NOT_IPS.match(v) and v != "127.0.0.1":
                bad("%s: IP outside documentation ranges: %s" % (name, v))
        for m in REAL_TLD.finditer(text):
            tok = m.group(0)
            if tok.lower() in ("mail.app",):
                continue
            bad("%s: non-.example host/domain: %s" % (name, tok))

    print("messages:", sum(kinds.values()))
    for k in sorted(kinds):
        print("  %-17s %3d" % (k, kinds[k]))
    print("bounces permanent:", sum(1 for l in labels.values() if l["bounce"] and l["permanent"]),
          "temporary:", sum(1 for l in labels.values() if l["bounce"] and not l["permanent"]))
    for k in sorted(stats):
        print("  %-35s %3d" % (k, stats[k]))
    print("charsets:", dict(charsets))
    print("transfer encodings:", dict(ctes))
    print("systems imitated:", len(systems))
    # the brief's minimums
    need = [("bounce without multipart/report", 20), ("bounce with message/rfc822", 10),
            ("bounce with text/rfc822-headers", 10), ("Auto-Submitted", 8), ("Return-Path <>", 3),
            ("no Return-Path", 3), ("EOL LF", 10)]
    for k, n in need:
        if stats[k] < n:
            bad("feature %s: %d < %d" % (k, stats[k], n))
    if stats["EOL CR"] != 3:
        bad("CR-only files: %d (want 3)" % stats["EOL CR"])
    if sum(1 for l in labels.values() if l["bounce"]) != 105:
        bad("bounce count != 105")
    if kinds["delayed"] < 12 or kinds["delayed"] > 16:
        bad("delayed count %d not about 14" % kinds["delayed"])
    for cs in ("us-ascii", "utf-8", "iso-8859-1", "windows-1252"):
        if not charsets[cs]:
            bad("charset %s unused" % cs)
    for c in ("7bit", "8bit", "quoted-printable", "base64"):
        if not ctes[c]:
            bad("transfer encoding %s unused" % c)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()

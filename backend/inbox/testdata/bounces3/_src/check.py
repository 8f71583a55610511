#!/usr/bin/env python3
"""Re-check the bounces3 corpus. Usage: python3 _src/check.py  (exit status 0 = OK)
- every b3-*.eml parses with Python's email package (policy.default and compat32), no defects that break structure
- labels.json covers exactly the .eml files, with the documented schema
- counts: 160 files, 100 bounce, 60 not
- every bounce's recipient occurs (case-insensitively) in its file
- every domain name is reserved (.example, example.com/.net/.org) and every IPv4 address is in a documentation range
- rebuilding with build.py gives byte-identical files
"""
import sys
sys.dont_write_bytecode = True
import email
import hashlib
import ipaddress
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)
KINDS = {"unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "delayed", "expired", "other", "not_bounce"}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
FILE_EXT = {"aspx", "html", "xml", "gz", "json", "msg", "png", "pdf", "eml"}
errors = []


def err(msg):
    errors.append(msg)


def texts(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        try:
            p = part.get_payload(decode=True)
        except Exception:
            p = None
        if p is None:
            p = part.get_payload()
            if isinstance(p, list):
                continue
            if not isinstance(p, bytes):
                p = str(p).encode("utf-8", "replace")
        if p[:2] == b"\x1f\x8b":
            import gzip
            p = gzip.decompress(p)
        out.append(p.decode("latin-1"))
    return out


def main():
    labels = json.load(open(os.path.join(DIR, "labels.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    if set(files) != set(labels):
        err("labels.json and files differ: %s" % sorted(set(files) ^ set(labels)))
    c = Counter()
    for f in files:
        raw = open(os.path.join(DIR, f), "rb").read()
        lab = labels.get(f, {})
        if set(lab) - {"bounce", "kind", "permanent", "recipient", "note"} or not {"bounce", "kind", "permanent", "recipient"} <= set(lab):
            err("%s: bad label keys %s" % (f, sorted(lab)))
            continue
        if lab["kind"] not in KINDS:
            err("%s: bad kind" % f)
        if (lab["kind"] == "not_bounce") == bool(lab["bounce"]):
            err("%s: kind/bounce mismatch" % f)
        if not lab["bounce"] and (lab["permanent"] or lab["recipient"]):
            err("%s: look-alike must have permanent false and empty recipient" % f)
        if lab["kind"] == "delayed" and lab["permanent"]:
            err("%s: delayed must be temporary" % f)
        if lab["kind"] == "expired" and not lab["permanent"]:
            err("%s: expired must be permanent" % f)
        if lab["bounce"]:
            r = lab["recipient"]
            if r != r.lower() or "@" not in r:
                err("%s: recipient not lower-case address" % f)
        m = email.message_from_bytes(raw, policy=policy.default)
        m2 = email.message_from_bytes(raw)
        for part in m.walk():
            for d in part.defects:
                err("%s: defect %r" % (f, d))
        if not m["From"] or not m["Subject"] or not m["Date"]:
            err("%s: missing From/Subject/Date" % f)
        try:
            str(m["Subject"])
        except Exception as e:
            err("%s: subject decode %s" % (f, e))
        rawt = re.sub(r"=(\r\n|\n|\r)", "", raw.decode("latin-1"))
        blob = rawt + "\n" + "\n".join(texts(m2))
        if lab["bounce"] and lab["recipient"] not in blob.lower():
            err("%s: recipient %s not in file" % (f, lab["recipient"]))
        for dom in re.findall(r"(?<![\w.-])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w@-])", blob):
            d = dom.lower().rstrip(".")
            tld = d.rsplit(".", 1)[1]
            if dom.rstrip(".").rsplit(".", 1)[1] != tld:
                continue  # mixed-case last label: a status token such as RESOLVER.ADR.RecipNotFound
            if tld == "example" or d in ("example.com", "example.net", "example.org") or d.endswith((".example.com", ".example.net", ".example.org")):
                continue
            if (dom + "@").lower() in blob.lower():
                continue  # a bare local part (e.g. "f.bernard wasn't found at ...")
            if tld in FILE_EXT or re.fullmatch(r"[a-z]+\.(html|aspx)", d):
                continue
            err("%s: non-reserved domain %s" % (f, dom))
        for ip in re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", blob):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in DOC_NETS):
                err("%s: non-documentation IP %s" % (f, ip))
        c["total"] += 1
        c["bounce" if lab["bounce"] else "not"] += 1
        c[lab["kind"]] += 1
        eol = "crlf" if b"\r\n" in raw else "cr" if b"\r" in raw else "lf"
        c["eol_" + eol] += 1
    if c["total"] != 160 or c["bounce"] != 100 or c["not"] != 60:
        err("counts: %s" % dict(c))
    # determinism: rebuild into a temp copy and compare
    with tempfile.TemporaryDirectory() as tmp:
        import shutil
        shutil.copytree(HERE, os.path.join(tmp, "_src"), ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([sys.executable, os.path.join(tmp, "_src", "build.py")], check=True, stdout=subprocess.DEVNULL)
        for f in files + ["labels.json"]:
            a = open(os.path.join(DIR, f), "rb").read()
            p = os.path.join(tmp, f)
            if not os.path.exists(p) or open(p, "rb").read() != a:
                err("rebuild differs: %s" % f)
    for k in sorted(c):
        print("%-18s %d" % (k, c[k]))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

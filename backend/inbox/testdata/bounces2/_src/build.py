"""Regenerate the .eml files and labels.json from the msgs_*.py sources.

    python3 _src/build.py

Batches keep their file numbers stable: the messages of batch 1 are shuffled
into the first numbers, batch 2 into the following ones, and so on.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import reg  # noqa: E402

BATCHES = [
    ["msgs_b1", "msgs_b2", "msgs_b3", "msgs_n1"],
    ["msgs_b4", "msgs_b5", "msgs_n2", "msgs_n3"],
]


def main():
    labels = {}
    n = 0
    for bi, mods in enumerate(BATCHES):
        start = len(reg.MSGS)
        for m in mods:
            if os.path.exists(os.path.join(HERE, m + ".py")):
                importlib.import_module(m)
        batch = reg.MSGS[start:]
        rnd = random.Random(20261207 + bi)
        order = list(range(len(batch)))
        rnd.shuffle(order)
        for idx in order:
            msg = batch[idx]
            n += 1
            name = "bounce2-%03d.eml" % n
            raw = msg["raw"].replace("\r\n", "\n")
            eol = {"crlf": "\r\n", "lf": "\n", "cr": "\r"}[msg["eol"]]
            data = raw.replace("\n", eol).encode(msg["enc"])
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(data)
            labels[name] = msg["label"]
    # remove stale files
    for fn in os.listdir(OUT):
        if fn.startswith("bounce2-") and fn.endswith(".eml") and fn not in labels:
            os.remove(os.path.join(OUT, fn))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    readme_counts(labels)
    print("%d messages written" % n)


def readme_counts(labels):
    import collections
    path = os.path.join(OUT, "README.md")
    if not os.path.exists(path):
        return
    c = collections.Counter(v["kind"] for v in labels.values())
    b = [v for v in labels.values() if v["bounce"]]
    lines = ["## Counts (%d files)" % len(labels), "", "| kind | files |", "|---|---|"]
    for k in ["unknown_user", "domain_not_found", "mailbox_full", "rejected_spam", "delayed", "expired", "other", "not_bounce"]:
        lines.append("| %s | %d |" % (k, c[k]))
    lines.append("")
    lines.append("bounce true: %d (permanent %d, temporary %d); bounce false: %d." % (
        len(b), sum(1 for v in b if v["permanent"]), sum(1 for v in b if not v["permanent"]), len(labels) - len(b)))
    text = open(path, encoding="utf-8").read()
    start = text.index("## Counts")
    end = text.index("## Label format")
    text = text[:start] + "\n".join(lines) + "\n\n" + text[end:]
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deterministic build of the bounces3 corpus: writes ../b3-*.eml and ../labels.json.
Usage: python3 _src/build.py   (stdlib only; output is byte-identical on every run)"""
import hashlib
import sys
sys.dont_write_bytecode = True
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from common import finish  # noqa: E402
import specs_bounce  # noqa: E402
import specs_other  # noqa: E402


def main():
    for f in os.listdir(OUT):
        if f.startswith("b3-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    jobs = [(specs_bounce, s, s["n"]) for s in specs_bounce.SPECS] + [(specs_other, s, 1000 + s["n"]) for s in specs_other.SPECS]
    for mod, spec, seed in jobs:
        text, cs, lab = mod.build(spec, seed)
        data = finish(text, spec["eol"], cs)
        name = "b3-%s.eml" % hashlib.sha256(data).hexdigest()[:12]
        assert name not in labels, name
        if not lab["note"]:
            del lab["note"]
        labels[name] = lab
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(dict(sorted(labels.items())), fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()

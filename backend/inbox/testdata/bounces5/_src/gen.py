# -*- coding: utf-8 -*-
"""Generate the bounces5 corpus: python3 _src/gen.py  (from the corpus directory or anywhere)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import plan_bounces  # noqa: E402
try:
    import plan_lookalikes  # noqa: E402
    LOOK = plan_lookalikes.N
except ImportError:
    LOOK = []


def main():
    builders = list(plan_bounces.B) + list(LOOK)
    results = []
    for f in builders:
        raw, cs8, label = f()
        label["note"] = (label.get("note") or "") 
        label["_builder"] = f.__name__
        results.append((raw, cs8, label))
    order = list(range(len(results)))
    random.Random(150).shuffle(order)
    # line endings: 3 CR-only, 10 LF-only, rest CRLF
    ends = ["\r"] * 3 + ["\n"] * 10 + ["\r\n"] * (len(results) - 13)
    random.Random(1505).shuffle(ends)
    labels = {}
    for n, idx in enumerate(order, 1):
        raw, cs8, label = results[idx]
        name = "b5-%03d.eml" % n
        nl = ends[n - 1]
        text = raw.replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        text = text.replace("\n", nl)
        data = text.encode(cs8 or "ascii")
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        lab = dict(label)
        lab["note"] = (lab["note"] + ("; " if lab["note"] else "") +
                       {"\r": "CR-only line endings", "\n": "LF-only line endings", "\r\n": ""}[nl]).rstrip("; ")
        del lab["_builder"]
        labels[name] = {k: lab[k] for k in ("bounce", "kind", "permanent", "recipient", "system", "note")}
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()

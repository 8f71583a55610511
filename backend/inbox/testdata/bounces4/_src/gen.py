"""Build the bounces4 corpus: python3 _src/gen.py  (writes into the parent directory)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bounces_b  # noqa: F401  (registers part B cases into CASES)
from bounces_a import CASES
from looks import LOOKS

OUT = os.path.dirname(HERE)
CR_SYSTEMS = {"qmail 1.03 (customer's server), local delivery", "Exim 4.94 (shared hosting, classic)",
              "Client reply: payment made (control)"}


def main():
    assert len(CASES) == 105, len(CASES)
    assert len(LOOKS) == 65, len(LOOKS)
    items = []
    for c in CASES + LOOKS:
        r = c["fn"]()
        eol = c["eol"] or ("cr" if c["system"] in CR_SYSTEMS else "crlf")
        items.append(dict(c, **r, eol=eol))
    order = list(range(len(items)))
    random.Random(4170).shuffle(order)
    labels = {}
    for n, idx in enumerate(order, 1):
        it = items[idx]
        name = "b4-%03d.eml" % n
        raw = it["raw"]
        assert b"\r" not in raw, (name, it["system"])
        if it["eol"] == "crlf":
            raw = raw.replace(b"\n", b"\r\n")
        elif it["eol"] == "cr":
            raw = raw.replace(b"\n", b"\r")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(raw)
        bounce = it["kind"] != "not_bounce"
        note = it.get("note", "")
        if it["eol"] != "crlf":
            note += "; line endings %s" % it["eol"].upper()
        labels[name] = {
            "bounce": bounce,
            "kind": it["kind"],
            "permanent": bool(it["permanent"]) if bounce else False,
            "recipient": it.get("recipient", "").lower() if bounce else "",
            "system": it["system"],
            "note": note,
        }
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()

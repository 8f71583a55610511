"""Registry: every msgs_*.py file appends (raw text, label, line ending, charset)."""
MSGS = []


def add(raw, bounce, kind, permanent, recipient=None, note=None, eol="crlf", enc="utf-8"):
    label = {"bounce": bounce, "kind": kind, "permanent": permanent}
    if recipient:
        label["recipient"] = recipient
    if note:
        label["note"] = note
    MSGS.append({"raw": raw, "label": label, "eol": eol, "enc": enc})


def nb(raw, note=None, eol="crlf", enc="utf-8"):
    """A look-alike: not a delivery failure."""
    add(raw, False, "not_bounce", False, None, note, eol, enc)

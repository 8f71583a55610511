"""Shared helpers for the train4 corpus: source parsing and date-rule resolution.
Python 3 standard library only."""
import datetime as dt
import glob
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WD = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def parse_sources():
    """Read every _src/msgs_*.txt file. A message starts with '=== id', then
    'key: value' lines, then a line '---', then the client's own text."""
    msgs = []
    for path in sorted(glob.glob(os.path.join(HERE, "msgs_*.txt"))):
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        for chunk in re.split(r"^=== ", text, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n---\n")
            lines = head.split("\n")
            m = {"id": lines[0].strip(), "src": os.path.basename(path)}
            for ln in lines[1:]:
                if not ln.strip():
                    continue
                k, _, v = ln.partition(":")
                m[k.strip()] = v.strip()
            m["body"] = body.rstrip("\n") + "\n"
            msgs.append(m)
    return msgs


def parse_date(s):
    """'2026-10-05 23:14 +0200' -> (naive local datetime, tz string)."""
    d, t, z = s.split()
    return dt.datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M"), z


def resolve(rule, local):
    """Resolve a promise-date rule against the LOCAL date of the message."""
    d = local.date() if isinstance(local, dt.datetime) else local
    k, _, a = rule.partition(":")
    if k == "wd":  # next such weekday strictly after
        t = WD.index(a)
        n = (t - d.weekday()) % 7 or 7
        return d + dt.timedelta(days=n)
    if k == "nwd":  # that weekday in the NEXT calendar week (Mon-Sun)
        t = WD.index(a)
        monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=t)
    if k == "fds":  # Friday of the current week
        return d + dt.timedelta(days=4 - d.weekday())
    if k == "dom":  # next day-of-month N strictly after
        n = int(a)
        y, mth = d.year, d.month
        if d.day >= n:
            mth += 1
            if mth == 13:
                y, mth = y + 1, 1
        return dt.date(y, mth, n)
    if k == "eom":  # last day of current month (+k months)
        add = int(a) if a else 0
        y, mth = d.year, d.month + add + 1
        while mth > 12:
            y, mth = y + 1, mth - 12
        return dt.date(y, mth, 1) - dt.timedelta(days=1)
    if k == "plus":
        return d + dt.timedelta(days=int(a))
    if k == "bd":  # N business days, Mon-Fri, no holidays
        n = int(a)
        x = d
        while n:
            x += dt.timedelta(days=1)
            if x.weekday() < 5:
                n -= 1
        return x
    if k == "md":  # MM-DD, next on or after the message date
        mm, dd = map(int, a.split("-"))
        x = dt.date(d.year, mm, dd)
        if x < d:
            x = dt.date(d.year + 1, mm, dd)
        return x
    if k == "abs":
        return dt.date.fromisoformat(a)
    raise ValueError("unknown rule " + rule)

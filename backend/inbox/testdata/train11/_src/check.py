#!/usr/bin/env python3
"""Parses every t11-*.eml with the stdlib email package and checks labels.json against the files."""
import os, sys, json, re, html, email, datetime as dt
from email import policy
from email.utils import parsedate_to_datetime
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labels = json.load(open(os.path.join(D, 'labels.json'), encoding='utf-8'))
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
err = []
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def text_of(msg):
    out = [str(msg['Subject'] or '')]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ('text/plain', 'text/html'):
            t = part.get_content()
            if ct == 'text/html':
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
    return norm('\n'.join(out))
if len(files) != 200: err.append(f'{len(files)} files, expected 200')
if set(files) != set(labels): err.append('file set != label set')
want = {'promise': 80, 'dispute': 25, 'paid': 20, 'copy_request': 20, 'auto_reply': 30, 'other': 25}
c = Counter(v['class'] for v in labels.values())
if dict(c) != want: err.append(f'class counts {dict(c)}')
lc = Counter(v['lang'] for v in labels.values())
for f in files:
    L = labels.get(f)
    if not L: continue
    raw = open(os.path.join(D, f), 'rb').read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not msg[h]: err.append(f'{f}: missing {h}')
    d = parsedate_to_datetime(msg['Date'])
    if not (dt.date(2026, 6, 1) <= d.date() <= dt.date(2027, 2, 28)): err.append(f'{f}: date out of range {d}')
    txt = text_of(msg)
    if norm(L['phrase']) not in txt: err.append(f'{f}: phrase not found: {L["phrase"]!r}')
    if L['class'] == 'promise':
        if L['promiseDate']:
            try: pdd = dt.date.fromisoformat(L['promiseDate'])
            except ValueError: err.append(f'{f}: bad promiseDate'); continue
            if pdd < d.date(): err.append(f'{f}: promiseDate {pdd} before message date {d.date()}')
            if L['promiseWindow'] or L['undated']: err.append(f'{f}: dated promise with window/undated')
        elif L['promiseWindow']:
            if L['promiseWindow'] not in ('next_week', 'early_month', 'month', 'after_date', 'between'): err.append(f'{f}: bad window')
            if L['undated']: err.append(f'{f}: window + undated')
        elif not L['undated']: err.append(f'{f}: promise without date/window/undated')
    else:
        if L['promiseDate'] or L['promiseWindow'] or L['undated']: err.append(f'{f}: non-promise with promise fields')
pc = Counter('dated' if v['promiseDate'] else 'window' if v['promiseWindow'] else 'undated' for v in labels.values() if v['class'] == 'promise')
if dict(pc) != {'dated': 64, 'window': 9, 'undated': 7}: err.append(f'promise split {dict(pc)}')
print('classes', dict(c)); print('langs', dict(lc)); print('promises', dict(pc))
for e in err: print('ERROR', e)
print('OK' if not err else f'{len(err)} errors')
sys.exit(1 if err else 0)

import email, json, glob, os, re, html, datetime as dt
from email import policy
from email.utils import parsedate_to_datetime
from collections import Counter
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
labels = json.load(open('labels.json', encoding='utf-8'))
files = sorted(os.path.basename(f) for f in glob.glob('*.eml'))
assert files == sorted(labels), (set(files) ^ set(labels))
def text_of(msg):
    plain = html_ = None
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == 'text/plain' and plain is None: plain = p.get_content()
        elif ct == 'text/html' and html_ is None: html_ = p.get_content()
    if plain is not None: return plain
    h = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', html_)
    return html.unescape(re.sub(r'<[^>]+>', ' ', h))
bad = 0; kinds = Counter(); cs = Counter()
for f in files:
    raw = open(f, 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        assert m[h], (f, h)
    d = parsedate_to_datetime(m['Date'])
    assert dt.date(2026, 8, 1) <= d.date() <= dt.date(2026, 12, 31), (f, d)
    str(m['Subject']); str(m['From'])
    t = re.sub(r'\s+', ' ', text_of(m).replace('\xa0', ' '))
    l = labels[f]
    if re.sub(r'\s+', ' ', l['phrase']) not in t:
        print('phrase missing', f, l['phrase']); bad += 1
    if l['class'] == 'promise':
        assert ('promiseDate' in l) != ('undated' in l), f
        if 'promiseDate' in l:
            assert dt.date.fromisoformat(l['promiseDate']) >= d.date(), (f, l['promiseDate'], d)
    kinds[m.get_content_type()] += 1
    for p in m.walk():
        if p.get_content_charset(): cs[(p.get_content_charset(), p['Content-Transfer-Encoding'])] += 1
    if m.defects: print('defects', f, m.defects)
print('ok', len(files), 'bad', bad)
print(kinds); print(cs)
c = Counter((l['class'], l['lang']) for l in labels.values())
print(sorted(c.items()))
print(Counter(l['class'] for l in labels.values()), Counter(l['lang'] for l in labels.values()))

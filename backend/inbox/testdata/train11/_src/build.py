#!/usr/bin/env python3
"""Wraps the hand-written client texts (msgs_*.py) into raw RFC 5322 files + labels.json."""
import os, sys, json, random, base64, quopri, datetime as dt, html
from email.header import Header
from email.utils import format_datetime
sys.path.insert(0, os.path.dirname(__file__))
import lib
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRED = 'relances@verrerie-castagne.example'
CREDNAME = 'Verrerie d\'Art Castagne - Comptabilité'
ALL = []
def m(cls, lang, date, frm, body, phrase='', pd='', pw='', und=False, note='', **o):
    ALL.append(dict(cls=cls, lang=lang, date=date, frm=frm, body=body, phrase=phrase, pd=pd, pw=pw, und=und, note=note, o=o))
import builtins; builtins.m = m
import msgs_a, msgs_b, msgs_c, msgs_d

FR_MON = ['janv.','févr.','mars','avr.','mai','juin','juil.','août','sept.','oct.','nov.','déc.']
FR_DAY = ['lun.','mar.','mer.','jeu.','ven.','sam.','dim.']
FR_MONF = ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
EN_MON = ['January','February','March','April','May','June','July','August','September','October','November','December']
EN_DAYF = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']

def parse_date(s):
    # "2026-10-13 09:12:44 +0200" or "... GMT"
    d, t, z = s.split()
    y, mo, da = map(int, d.split('-')); h, mi, se = map(int, t.split(':'))
    if z == 'GMT': tz = dt.timezone.utc
    else:
        sg = 1 if z[0] == '+' else -1
        tz = dt.timezone(sg * dt.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return dt.datetime(y, mo, da, h, mi, se, tzinfo=tz), z

def reminder(lang, inv, amt, due, rdate, n):
    pen = due + dt.timedelta(15)
    if lang == 'fr':
        return (f"Bonjour,\n\nSauf erreur de notre part, la facture {inv} d'un montant de {amt} € TTC, "
                f"échue le {due.strftime('%d/%m/%Y')}, reste impayée à ce jour.\n"
                f"Nous vous remercions de bien vouloir procéder à son règlement par virement "
                f"(IBAN FR76 3000 4012 3400 0101 2345 678). Conformément à nos conditions générales, "
                f"des pénalités de retard et l'indemnité forfaitaire de 40 € seront appliquées à compter du {pen.day} {FR_MONF[pen.month-1]} {pen.year}.\n"
                f"Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\n"
                f"Cordialement,\nService comptabilité\nVerrerie d'Art Castagne - 14 chemin des Combes - 06410 Biot\n04 93 00 12 34")
    return (f"Dear customer,\n\nOur records show that invoice {inv} for EUR {amt}, due on {EN_MON[due.month-1]} {due.day}, {due.year}, "
            f"is still outstanding.\nPlease arrange payment by bank transfer (IBAN FR76 3000 4012 3400 0101 2345 678, BIC BNPAFRPPXXX). "
            f"Late payment interest and the EUR 40 recovery fee will apply from {EN_MON[pen.month-1]} {pen.day}, {pen.year}.\n"
            f"If you have already paid, please disregard this message.\n\nKind regards,\nAccounts Department\n"
            f"Verrerie d'Art Castagne - 14 chemin des Combes - 06410 Biot - France\n+33 4 93 00 12 34")

def quote(style, lang, rem, rdate, subj):
    rs = format_datetime(rdate)
    ql = '\n'.join('> ' + l if l else '>' for l in rem.split('\n'))
    if style == 'gmail':
        if lang == 'fr':
            h = f"Le {FR_DAY[rdate.weekday()]} {rdate.day} {FR_MON[rdate.month-1]} {rdate.year} à {rdate.strftime('%H:%M')}, {CREDNAME} <{CRED}> a écrit :"
        else:
            h = f"On {EN_DAYF[rdate.weekday()][:3]}, {EN_MON[rdate.month-1][:3]} {rdate.day}, {rdate.year} at {rdate.strftime('%I:%M %p').lstrip('0')} {CREDNAME} <{CRED}> wrote:"
        return h + '\n' + ql
    if style == 'outlook':
        if lang == 'fr':
            h = (f"De : {CREDNAME} <{CRED}>\nEnvoyé : {['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'][rdate.weekday()]} "
                 f"{rdate.day} {FR_MONF[rdate.month-1]} {rdate.year} {rdate.strftime('%H:%M')}\nÀ : client\nObjet : {subj}")
        else:
            h = (f"From: {CREDNAME} <{CRED}>\nSent: {EN_DAYF[rdate.weekday()]}, {EN_MON[rdate.month-1]} {rdate.day}, {rdate.year} {rdate.strftime('%I:%M %p')}\nTo: client\nSubject: {subj}")
        return '________________________________\n' + h + '\n\n' + rem
    if style == 'apple':
        if lang == 'fr':
            h = f"> Le {rdate.day} {FR_MONF[rdate.month-1]} {rdate.year} à {rdate.strftime('%H:%M')}, {CREDNAME} <{CRED}> a écrit :\n>"
        else:
            h = f"> On {rdate.day} {EN_MON[rdate.month-1][:3]} {rdate.year}, at {rdate.strftime('%H:%M')}, {CREDNAME} <{CRED}> wrote:\n>"
        return h + '\n' + ql
    if style == 'tb':
        if lang == 'fr':
            h = f"Le {rdate.strftime('%d/%m/%Y')} à {rdate.strftime('%H:%M')}, {CREDNAME} a écrit :"
        else:
            h = f"On {rdate.strftime('%d/%m/%Y %H:%M')}, {CREDNAME} wrote:"
        return h + '\n' + ql
    if style == 'fwd':
        if lang == 'fr':
            h = f"-------- Message transféré --------\nSujet : \t{subj}\nDate : \t{rs}\nDe : \t{CREDNAME} <{CRED}>\nPour : \tcompta client\n"
        else:
            h = f"---------- Forwarded message ---------\nFrom: {CREDNAME} <{CRED}>\nDate: {rs}\nSubject: {subj}\n"
        return h + '\n' + rem
    return ''

def enc_body(text, cs, cte):
    if cs == 'us-ascii':
        b = text.encode('ascii'); return b, '7bit'
    b = text.encode(cs)
    if cte == 'b64':
        e = base64.encodebytes(b); return e, 'base64'
    if cte == 'qp':
        e = quopri.encodestring(b); return e, 'quoted-printable'
    return b, '8bit'

def to_html(text):
    out = []
    for l in text.split('\n'):
        out.append(html.escape(l, quote=False) if l else '&nbsp;')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="FR" link="#0563C1"><div class="WordSection1">\n' +
            '\n'.join(f'<p class="MsoNormal">{l}<o:p></o:p></p>' for l in out) + '\n</div></body></html>')

def hdr(v):
    try: v.encode('ascii'); return v
    except UnicodeEncodeError: return Header(v, 'utf-8').encode()

def addr(v):
    if '<' in v:
        name, a = v.rsplit('<', 1)
        name = name.strip().strip('"')
        try: name.encode('ascii'); return f'"{name}" <{a}' if any(c in name for c in ',.()') else f'{name} <{a}'
        except UnicodeEncodeError: return Header(name, 'utf-8').encode() + ' <' + a
    return v

def main():
    rnd = random.Random(1111)
    order = list(range(len(ALL))); rnd.shuffle(order)
    labels = {}
    encs = ['qp', 'qp', 'b64', '8bit', 'latin1', 'cp1252', 'qp', 'b64']
    for n, idx in enumerate(order, 1):
        x = ALL[idx]; o = x['o']; lang = x['lang']
        fn = f't11-{n:03d}.eml'
        mdt, z = parse_date(x['date'])
        ld = mdt.date()
        inv = o.get('inv') or f"VCA/{26 if ld.year==2026 or ld.month<2 else 27}/{rnd.randint(180,990):04d}"
        amt = o.get('amt') or f"{rnd.randint(90,9800)},{rnd.randint(0,99):02d}"
        if lang == 'en': amt = amt.replace(',', '.')
        rdate = (mdt - dt.timedelta(days=rnd.randint(1, 9), hours=rnd.randint(0, 5))).astimezone(dt.timezone(dt.timedelta(hours=2 if 4 <= mdt.month <= 10 else 1)))
        rdate = rdate.replace(hour=rnd.choice([8, 9, 10, 14]), minute=rnd.randint(0, 59), second=rnd.randint(0, 59))
        due = rdate.date() - dt.timedelta(days=rnd.randint(8, 45))
        rsubj = (f"Relance facture {inv} - échéance dépassée" if lang == 'fr' else f"Reminder: invoice {inv} overdue") if not o.get('rsubj') else o['rsubj']
        body = x['body'].strip('\n').replace('{inv}', inv).replace('{amt}', amt).replace('{due}', due.strftime('%d/%m/%Y'))
        phrase = x['phrase'].replace('{inv}', inv).replace('{amt}', amt)
        rem = reminder(lang, inv, amt, due, rdate, n)
        q = o.get('q', 'none' if x['cls'] == 'auto_reply' else rnd.choice(['gmail', 'outlook', 'apple', 'tb', 'gmail', 'outlook', 'none']))
        if o.get('inline'):
            # body contains '@@' markers: split into parts, interleaved with reminder paragraphs
            parts = body.split('@@')
            paras = rem.split('\n\n')
            txt = parts[0].strip('\n') + '\n\n'
            for i, p in enumerate(paras):
                txt += '\n'.join('> ' + l for l in p.split('\n')) + '\n'
                if i + 1 < len(parts) and parts[i + 1].strip():
                    txt += '\n' + parts[i + 1].strip('\n') + '\n'
                txt += '>\n'
            full = txt
        elif q != 'none':
            full = body + '\n\n' + quote(q, lang, rem, rdate, rsubj)
        else:
            full = body
        full += '\n'
        subj = o.get('subj')
        if subj is None:
            pre = rnd.choice(['RE: ', 'Re: ', 'RE : ', 'Re: ', 'RE: ', 'AW: ' if lang == 'en' else 'RE: ']) if q != 'fwd' else rnd.choice(['TR: ', 'Fwd: ', 'TR : '])
            subj = pre + rsubj
        subj = subj.replace('{inv}', inv)
        mid = f"<{rnd.getrandbits(64):016x}.{n}@{x['frm'].rsplit('@',1)[1].rstrip('>')}>"
        rmid = f"<relance.{rnd.getrandbits(40):010x}@verrerie-castagne.example>"
        H = [('From', addr(x['frm'])), ('To', o.get('to', f'{CREDNAME.split(" -")[0]} <{CRED}>' if rnd.random() < .6 else CRED)),
             ('Subject', hdr(subj)), ('Date', format_datetime(mdt).replace('+0000', '+0000') if z != 'GMT' else mdt.strftime('%a, %d %b %Y %H:%M:%S GMT')),
             ('Message-ID', mid)]
        if z != 'GMT' and not z[0] in '+-': pass
        if not o.get('noreply') and (x['cls'] != 'auto_reply' or rnd.random() < .5) and rnd.random() < .9:
            H += [('In-Reply-To', rmid), ('References', rmid)]
        H += [(k, v) for k, v in o.get('hdrs', [])]
        H.append(('MIME-Version', '1.0'))
        cte = o.get('enc') or encs[n % len(encs)]
        layout = o.get('layout', rnd.choice(['plain'] * 5 + ['alt', 'alt', 'html']))
        if cte in ('latin1', 'cp1252'):
            cs = 'iso-8859-1' if cte == 'latin1' else 'windows-1252'
            try: full.encode(cs)
            except UnicodeEncodeError: cs = 'windows-1252'
            try: full.encode(cs)
            except UnicodeEncodeError: cs = 'utf-8'
            cte = rnd.choice(['qp', '8bit'])
        elif cte == '7bit':
            try: full.encode('ascii'); cs = 'us-ascii'
            except UnicodeEncodeError: cs = 'utf-8'; cte = 'qp'
        else: cs = 'utf-8'
        B = o.get('boundary', f"----=_NextPart_{rnd.getrandbits(48):012x}")
        if o.get('mdn'):
            H.append(('Content-Type', f'multipart/report; report-type=disposition-notification;\n\tboundary="{B}"'))
            orig = rmid
            mdnb = (f"Reporting-UA: {x['frm'].rsplit('@',1)[1].rstrip('>')}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{x['frm'].split('<')[-1].rstrip('>')}\n"
                    f"Original-Message-ID: {orig}\nDisposition: manual-action/MDN-sent-manually; displayed\n")
            body_b, bcte = enc_body(full, cs, cte)
            raw = ('This is a multi-part message in MIME format.\n\n' + f'--{B}\nContent-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: {bcte}\n\n').encode() + body_b + \
                  f'\n--{B}\nContent-Type: message/disposition-notification\n\n{mdnb}\n--{B}--\n'.encode()
        elif layout == 'plain':
            body_b, bcte = enc_body(full, cs, cte)
            H += [('Content-Type', f'text/plain; charset="{cs}"' + ('; format=flowed' if rnd.random() < .2 else '')), ('Content-Transfer-Encoding', bcte)]
            raw = body_b
        elif layout == 'html':
            hb, hcte = enc_body(to_html(full).replace('charset=utf-8', 'charset=' + cs), cs, cte if cte != '8bit' else 'qp')
            H += [('Content-Type', f'text/html; charset="{cs}"'), ('Content-Transfer-Encoding', hcte)]
            raw = hb
        else:
            pb, pcte = enc_body(full, cs, cte)
            hb, hcte = enc_body(to_html(full).replace('charset=utf-8', 'charset=' + cs), cs, cte if cte != '7bit' else '7bit')
            H.append(('Content-Type', f'multipart/alternative;\n\tboundary="{B}"'))
            raw = (f'--{B}\nContent-Type: text/plain; charset="{cs}"\nContent-Transfer-Encoding: {pcte}\n\n').encode() + pb + \
                  (f'\n--{B}\nContent-Type: text/html; charset="{cs}"\nContent-Transfer-Encoding: {hcte}\n\n').encode() + hb + f'\n--{B}--\n'.encode()
        head = ''.join(f'{k}: {v}\n' for k, v in H).encode()
        data = head + b'\n' + raw
        data = data.replace(b'\r\n', b'\n')
        if not o.get('lf') and n % 9 != 4:
            data = data.replace(b'\n', b'\r\n')
        open(os.path.join(OUT, fn), 'wb').write(data)
        pd = x['pd']
        if callable(pd): pd = pd(ld).isoformat()
        labels[fn] = {'class': x['cls'], 'lang': lang, 'phrase': phrase, 'promiseDate': pd, 'promiseWindow': x['pw'],
                      'undated': bool(x['und']), 'note': x['note']}
    json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(labels), 'messages')

if __name__ == '__main__':
    main()

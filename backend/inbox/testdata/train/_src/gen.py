#!/usr/bin/env python3
"""Assemble the hand-written reply bodies in data/*.txt into train-NNNN.eml files.

Each entry in a data file starts with a line
    === <lang> | <spec> | <phrase> | <opts>
followed by the body written by hand. The class is the data file's prefix.
The script adds headers, optional greeting / closing / signature, quoted
reminder history and MIME packaging, then writes ../labels.json.
"""
import base64, calendar, glob, html, json, os, quopri, random, re, sys, unicodedata
import datetime as dt
from email.header import Header
from email.utils import format_datetime, formataddr

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
rng = random.Random(20261207)
ERRORS = []

FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
FR_MON_ABBR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
FR_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_DAY_ABBR = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYIDX = {n: i for i, n in enumerate(FR_DAYS)}
DAYIDX.update({n.lower(): i for i, n in enumerate(EN_DAYS)})
MONIDX = {n: i + 1 for i, n in enumerate(FR_MONTHS)}
MONIDX.update({n.lower(): i + 1 for i, n in enumerate(EN_MONTHS)})


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt(d, f):
    frd = '1er' if d.day == 1 else str(d.day)
    if f == 'fr_long':
        return f"{FR_DAYS[d.weekday()]} {frd} {FR_MONTHS[d.month - 1]}"
    if f == 'fr_day':
        return f"{frd} {FR_MONTHS[d.month - 1]}"
    if f == 'fr_full':
        return f"{frd} {FR_MONTHS[d.month - 1]} {d.year}"
    if f == 'fr_abbr':
        return f"{d.day} {FR_MON_ABBR[d.month - 1]}"
    if f == 'fr_num':
        return d.strftime('%d/%m/%Y')
    if f == 'fr_num2':
        return d.strftime('%d/%m')
    if f == 'fr_wd':
        return FR_DAYS[d.weekday()]
    if f == 'dnum':
        return str(d.day)
    if f == 'en_long':
        return f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}"
    if f == 'en_day':
        return f"{EN_MONTHS[d.month - 1]} {d.day}"
    if f == 'en_dm':
        return f"{d.day} {EN_MONTHS[d.month - 1]}"
    if f == 'en_ord':
        return f"{EN_MONTHS[d.month - 1]} {ordinal(d.day)}"
    if f == 'en_full':
        return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"
    if f == 'en_num':
        return d.strftime('%d/%m/%Y')
    if f == 'en_wd':
        return EN_DAYS[d.weekday()]
    if f == 'iso':
        return d.isoformat()
    raise ValueError(f)


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def next_month(d):
    return (d.year + (d.month == 12), d.month % 12 + 1)


def resolve(spec, d):
    """Resolve a relative payment expression against the message's local date.
    Returns a date, or None when the spec does not make sense for d."""
    kind, _, arg = spec.partition(':')
    if kind == 'days':
        return d + dt.timedelta(int(arg))
    if kind == 'today':
        return d if d.weekday() < 5 else None
    if kind == 'tomorrow':
        return d + dt.timedelta(1) if d.weekday() < 4 else None
    if kind == 'wd':
        t = DAYIDX[arg]
        delta = (t - d.weekday()) % 7 or 7
        if delta == 1 and rng.random() < 0.5:
            return None
        return d + dt.timedelta(delta)
    if kind == 'nwd':
        return d + dt.timedelta(7 - d.weekday() + DAYIDX[arg])
    if kind == 'nextweek':
        return d + dt.timedelta(7 - d.weekday())
    if kind == 'eow':
        return d + dt.timedelta(4 - d.weekday()) if d.weekday() <= 2 else None
    if kind == 'eom':
        return last_day(d.year, d.month) if d.day <= 24 else None
    if kind == 'eonm':
        return last_day(*next_month(d))
    if kind == 'mom':
        return dt.date(d.year, d.month, 15) if d.day <= 10 else None
    if kind in ('bom', 'mid', 'endm'):
        m = MONIDX[arg] if not arg.isdigit() else int(arg)
        y = d.year if m > d.month else d.year + 1
        if m == d.month:
            return None
        if (y - d.year) * 12 + m - d.month > 4:
            return None
        day = {'bom': 1, 'mid': 15}.get(kind) or calendar.monthrange(y, m)[1]
        return dt.date(y, m, day)
    if kind == 'dom':
        n = int(arg)
        if d.day == n:
            return None
        if d.day < n:
            return dt.date(d.year, d.month, n)
        y, m = next_month(d)
        return dt.date(y, m, n)
    if kind == 'cdom':
        n = int(arg)
        return dt.date(d.year, d.month, n) if d.day < n else None
    if kind == 'ndom':
        y, m = next_month(d)
        return dt.date(y, m, int(arg))
    raise ValueError(spec)


def strip_accents(s):
    out = []
    for ch in s:
        if ch in '€«»’–':
            out.append(ch)
            continue
        n = unicodedata.normalize('NFD', ch)
        out.append(''.join(c for c in n if unicodedata.category(c) != 'Mn'))
    return ''.join(out)


# ------------------------------------------------------------------ people
FR_FIRST = ['Jean', 'Marie', 'Sophie', 'Nicolas', 'Isabelle', 'Thierry', 'Nathalie', 'Stéphane', 'Céline', 'Julien', 'Sandrine',
            'Olivier', 'Valérie', 'Laurent', 'Aurélie', 'Frédéric', 'Émilie', 'Patrick', 'Karine', 'Mathieu', 'Hélène', 'Grégory',
            'Camille', 'Sébastien', 'Christelle', 'Bruno', 'Agnès', 'Yann', 'Muriel', 'Franck', 'Léa', 'Romain', 'Delphine',
            'Pascal', 'Anne-Laure', 'Jérôme', 'Fatima', 'Karim', 'Sylvie', 'Hugo', 'Manon', 'Benoît', 'Corinne', 'Rachid', 'Élodie']
FR_LAST = ['Martin', 'Bernard', 'Moreau', 'Lefèvre', 'Garnier', 'Roussel', 'Fontaine', 'Chevalier', 'Robin', 'Gauthier',
           'Perrin', 'Morel', 'Girard', 'Mercier', 'Blanchard', 'Guérin', 'Boyer', 'Faure', 'André', 'Lemoine', 'Barbier',
           'Brunet', 'Marchand', 'Dumont', 'Leclerc', 'Benali', 'Nguyen', 'Da Silva', 'Rivière', 'Caron', 'Picard', 'Renaud',
           'Colin', 'Vidal', 'Meunier', 'Hamon', 'Lebreton', 'Joly', 'Aubert', 'Tessier']
EN_FIRST = ['James', 'Sarah', 'Michael', 'Emma', 'David', 'Laura', 'Tom', 'Rachel', 'Daniel', 'Hannah', 'Chris', 'Olivia',
            'Mark', 'Jessica', 'Paul', 'Sophie', 'Ben', 'Megan', 'Andrew', 'Claire', 'Peter', 'Amy', 'Ryan', 'Katie', 'Simon',
            'Priya', 'Lukas', 'Ingrid', 'Marco', 'Anouk']
EN_LAST = ['Smith', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Green',
           'Hall', 'Wood', 'Clarke', 'Patel', 'Murphy', 'Kelly', 'Bennett', 'Harris', 'Cooper', 'Schneider', 'Jansen',
           'Rossi', 'Lindqvist', 'O\'Brien', 'Fischer', 'Morgan', 'Price']
FR_CO = ['Boulangerie Morel', 'Garage des Tilleuls', 'Cabinet Roussel Architectes', 'SCI Les Marronniers', 'Transports Lefèvre',
         'Menuiserie Chevalier', 'Pharmacie du Marché', 'Agence Pixelune', 'Hôtel Le Cèdre', 'Restaurant La Table d\'Hugo',
         'Biscuiterie Garnier', 'Électricité Faure & Fils', 'Domaine de la Source', 'Imprimerie Lebreton', 'Clinique vétérinaire des Saules',
         'Librairie Vidal', 'Plomberie Robin', 'Auto-école Horizon', 'Fromagerie Picard', 'Studio Caron Design', 'Brasserie du Port',
         'Camping Les Pins', 'Cave Mercier', 'SARL Blanchard Paysages', 'Mairie de Saint-Aubin', 'Association Les Petits Pas',
         'Cabinet dentaire Joly', 'EHPAD Les Glycines', 'Laboratoire Aubert', 'Traiteur Meunier', 'Coiffure Élégance',
         'Scierie Hamon', 'Fleurs de Lila', 'Groupe Tessier Immobilier', 'Atelier Brunet Céramique', 'Crèche Pomme d\'Api',
         'Collège Jean-Moulin', 'Société Nautique de l\'Étang', 'Ferme du Grand Pré', 'Optique Renaud', 'BTP Marchand',
         'Éditions du Lierre', 'Cabinet comptable Girard', 'Salle de sport Kinétik', 'Quincaillerie Colin']
EN_CO = ['Brightwater Studios Ltd', 'Oakfield Consulting', 'Harbour Lane Hotels', 'Northwind Logistics', 'Greenleaf Catering',
         'Bluefin Media', 'Kestrel Engineering', 'Maple & Stone Interiors', 'Redwood Events', 'Silverline Dental',
         'Thornbury Estates', 'Copperfield Brewing Co.', 'Larkspur Design', 'Westgate Properties', 'Ashford Motors',
         'Pinecrest Software', 'Riverside Bakery', 'Elmhurst School', 'Falcon Freight BV', 'Lindqvist Interiors AB',
         'Rossi Import Srl', 'Hollis & Grant LLP', 'Summit Outdoor Gear', 'Cobalt Labs GmbH', 'Wren Architecture']
TITLES_FR = ['Gérant', 'Gérante', 'Responsable administrative', 'Comptable', 'Assistante de direction', 'Directeur',
             'Service comptabilité fournisseurs', 'Responsable achats', 'Office manager', 'Président', 'Secrétaire générale']
TITLES_EN = ['Accounts Payable', 'Finance Manager', 'Office Manager', 'Director', 'Operations Lead', 'Purchasing', 'Bookkeeper',
             'Managing Partner', 'Finance Assistant']


def slug(s):
    s = strip_accents(s).lower()
    s = re.sub(r'\b(sarl|ltd|llp|gmbh|bv|ab|srl|co|sci|de|des|du|la|le|les|and)\b', ' ', s)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s[:28].strip('-')


def person(lang):
    if lang == 'fr':
        f, l = rng.choice(FR_FIRST), rng.choice(FR_LAST)
        co = rng.choice(FR_CO)
    else:
        f, l = rng.choice(EN_FIRST), rng.choice(EN_LAST)
        co = rng.choice(EN_CO)
    if rng.random() < 0.15:
        dom = rng.choice(['example.com', 'example.net', 'example.org'])
        local = rng.choice([f"{slug(f)}.{slug(l)}", f"{slug(f)[0]}{slug(l)}{rng.randint(1, 99)}", f"{slug(l)}.{slug(f)}"])
    else:
        dom = slug(co) + rng.choice(['.example', '.example', '.example', '.example.com', '.example.net', '.example.org'])
        local = rng.choice([f"{slug(f)}.{slug(l)}", f"{slug(f)[0]}.{slug(l)}", slug(f), 'compta', 'comptabilite' if lang == 'fr' else 'accounts',
                            f"{slug(f)}.{slug(l)}", 'contact' if lang == 'fr' else 'finance', f"{slug(f)}{slug(l)[0]}"])
    return dict(first=f, last=l, full=f"{f} {l}", co=co, addr=f"{local}@{dom}", dom=dom)


VENDOR_ADDRS = [('Atelier Dupont', 'compta@atelier-dupont.example'), ('Claire Dupont', 'claire.dupont@atelier-dupont.example'),
                ('Atelier Dupont - Comptabilité', 'facturation@atelier-dupont.example'), ('Atelier Dupont', 'relances@atelier-dupont.example')]


def money(x, lang):
    s = f"{x:,.2f}"
    if lang == 'fr':
        return s.replace(',', ' ').replace('.', ',') + ' €'
    return '€' + s if rng.random() < 0.7 else s + ' EUR'


# ------------------------------------------------------------------ reminder + quoting
REM_FR = [
    "Bonjour,\n\nSauf erreur de notre part, la facture n° {INV} d'un montant de {AMT}, échue le {DUE}, reste à ce jour impayée.\n\nNous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais. Si votre paiement a été effectué entre-temps, merci de ne pas tenir compte de ce message.\n\nCordialement,\n\nClaire Dupont\nAtelier Dupont\n14 rue des Tanneurs - 69002 Lyon",
    "Madame, Monsieur,\n\nMalgré notre précédent rappel, nous constatons que la facture {INV} ({AMT} TTC), arrivée à échéance le {DUE}, n'a pas encore été réglée.\n\nVous trouverez la facture en pièce jointe. Merci de nous indiquer la date de règlement prévue.\n\nBien cordialement,\nService comptabilité - Atelier Dupont\nTél. 04 78 00 00 00",
    "Bonjour,\n\nPetit rappel : notre facture {INV} de {AMT} est arrivée à échéance le {DUE}. Pourriez-vous nous confirmer la date de paiement ?\n\nMerci d'avance,\nClaire\n--\nAtelier Dupont - menuiserie, agencement, restauration de mobilier",
    "Bonjour,\n\nNous nous permettons de revenir vers vous au sujet de la facture n° {INV} ({AMT}), dont l'échéance était fixée au {DUE}.\n\nÀ ce jour, nous n'avons pas reçu le règlement correspondant. Vous pouvez régler par virement (RIB en pied de facture) ou par chèque à l'ordre d'Atelier Dupont.\n\nRestant à votre disposition,\nClaire Dupont\nAtelier Dupont",
]
REM_EN = [
    "Dear customer,\n\nOur records show that invoice {INV} for {AMT}, due on {DUE}, is still outstanding.\n\nWe would be grateful if you could arrange payment at your earliest convenience. If you have already paid, please disregard this message.\n\nKind regards,\n\nClaire Dupont\nAtelier Dupont\n14 rue des Tanneurs, 69002 Lyon, France",
    "Hello,\n\nThis is a friendly reminder that invoice {INV} ({AMT}) was due on {DUE} and remains unpaid. Please find a copy attached.\n\nCould you let us know when we can expect payment?\n\nBest regards,\nAccounts - Atelier Dupont",
    "Dear Sir or Madam,\n\nWe have not yet received payment of invoice {INV} ({AMT}), which fell due on {DUE}. Bank details are shown at the bottom of the invoice.\n\nThank you in advance for your prompt payment.\n\nClaire Dupont\nAtelier Dupont",
]
SUBJ_FR = ['Rappel : facture n° {INV}'] * 6 + ['Relance : facture {INV}', '2e rappel : facture n° {INV}', 'Facture {INV} - échéance dépassée', 'Rappel : facture n° {INV}']
SUBJ_EN = ['Payment reminder – invoice {INV}'] * 4 + ['Payment reminder - invoice {INV}', 'Reminder: invoice {INV} overdue', 'Payment reminder – invoice {INV}']


def fr_dt_long(t):
    return f"{FR_DAYS[t.weekday()]} {t.day} {FR_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def en_dt_long(t):
    h = t.hour % 12 or 12
    return f"{EN_DAYS[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'}"


def build_quote(style, rem_text, rem_subj, rem_t, vendor, client, lang_q):
    vname, vaddr = vendor
    lines = rem_text.split('\n')
    gt = '\n'.join(('> ' + l) if l else '>' for l in lines)
    if style == 'gmail_fr':
        h = f"Le {FR_DAY_ABBR[rem_t.weekday()]} {rem_t.day} {FR_MON_ABBR[rem_t.month - 1]} {rem_t.year} à {rem_t:%H:%M}, {vname} <{vaddr}> a écrit :"
        return h + '\n\n' + gt, ('attr', h)
    if style == 'apple_fr':
        h = f"> Le {rem_t.day} {FR_MON_ABBR[rem_t.month - 1]} {rem_t.year} à {rem_t:%H:%M}, {vname} <{vaddr}> a écrit :\n> "
        return h + '\n' + gt, ('attr', h[2:-3])
    if style == 'tb_fr':
        h = f"Le {rem_t:%d/%m/%Y} à {rem_t:%H:%M}, {vname} a écrit :"
        return h + '\n' + gt, ('attr', h)
    if style == 'outlook_fr':
        h = f"-----Message d'origine-----\nDe : {vname} [mailto:{vaddr}]\nEnvoyé : {fr_dt_long(rem_t)}\nÀ : {client['full']} <{client['addr']}>\nObjet : {rem_subj}"
        return h + '\n\n' + rem_text, ('hdr', h)
    if style == 'outlook2_fr':
        h = f"________________________________\nDe : {vname} <{vaddr}>\nEnvoyé : {fr_dt_long(rem_t)}\nÀ : {client['addr']}\nObjet : {rem_subj}"
        return h + '\n\n' + rem_text, ('hdr', h)
    if style == 'fwd_fr':
        h = f"---------- Message transféré ---------\nDe : {vname} <{vaddr}>\nDate : {FR_DAY_ABBR[rem_t.weekday()]} {rem_t.day} {FR_MON_ABBR[rem_t.month - 1]} {rem_t.year} à {rem_t:%H:%M}\nObjet : {rem_subj}\nÀ : <{client['addr']}>"
        return h + '\n\n' + rem_text, ('hdr', h)
    if style == 'gmail_en':
        hh = rem_t.hour % 12 or 12
        h = f"On {EN_DAYS[rem_t.weekday()][:3]}, {EN_MONTHS[rem_t.month - 1][:3]} {rem_t.day}, {rem_t.year} at {hh}:{rem_t:%M} {'AM' if rem_t.hour < 12 else 'PM'} {vname} <{vaddr}> wrote:"
        return h + '\n\n' + gt, ('attr', h)
    if style == 'outlook_en':
        h = f"From: {vname} <{vaddr}>\nSent: {en_dt_long(rem_t)}\nTo: {client['full']} <{client['addr']}>\nSubject: {rem_subj}"
        return h + '\n\n' + rem_text, ('hdr', h)
    if style == 'fwd_en':
        h = f"---------- Forwarded message ---------\nFrom: {vname} <{vaddr}>\nDate: {en_dt_long(rem_t)}\nSubject: {rem_subj}\nTo: <{client['addr']}>"
        return h + '\n\n' + rem_text, ('hdr', h)
    raise ValueError(style)


GREET_FR = ['Bonjour,', 'Bonjour,', 'Bonjour,', 'Bonjour Madame,', 'Bonjour Madame Dupont,', 'Bonjour Claire,', 'Madame,',
            'Bonjour à vous,', 'Madame, Monsieur,', 'Bonsoir,', 'Bonjour Mme Dupont,', 'Bjr,', 'Chère Madame,', 'Bonjour Claire,', 'Hello Claire,']
GREET_EN = ['Hello,', 'Hi Claire,', 'Dear Ms Dupont,', 'Good morning,', 'Hi,', 'Dear Sir or Madam,', 'Hello Claire,', 'Hi there,', 'Dear Claire,', 'Hi Claire,']
CLOSE_FR = ['Cordialement,', 'Cordialement,', 'Cordialement', 'Bien cordialement,', 'Cdt,', 'Cdlt', 'Bonne journée,', 'Salutations distinguées,',
            'Bien à vous,', 'Merci et bonne journée.', 'Très cordialement,', 'Sincères salutations,', 'A bientôt,', 'Belle journée,', 'Bonne fin de journée.']
CLOSE_EN = ['Kind regards,', 'Best regards,', 'Regards,', 'Thanks,', 'Best,', 'Many thanks,', 'Cheers,', 'Sincerely,', 'All the best,', 'Kind regards']
GREET_RE = re.compile(r'^(bonjour|bonsoir|madame|monsieur|mme|m\.|hello|hi\b|hey|dear|good (morning|afternoon|evening)|chère|cher|salut|re-?bonjour|bjr|coucou|claire)', re.I)
CLOSE_RE = re.compile(r'(cordialement|bien à vous|bien a vous|regards|thanks|thank you|merci|best|bonne (journée|soirée|fin)|salutations|sincèrement|cheers|sincerely|cdt|cdlt|à bientôt|a bientot|a\+|bises|{NAME}|{FULL}|\bcheers\b)', re.I)

LEGAL_FR = ["Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.",
            "Pensez à l'environnement avant d'imprimer ce courriel.",
            "{CO} - SARL au capital de 8 000 € - RCS Lyon 812 345 678 - TVA FR12 812345678",
            "AVERTISSEMENT : les informations contenues dans ce message sont strictement confidentielles. Si vous n'êtes pas le destinataire, veuillez supprimer ce message."]
LEGAL_EN = ["This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the individual sender.",
            "Please consider the environment before printing this email.",
            "{CO} is registered in England and Wales, company no. 09876543. Registered office: 1 Example Street, London.",
            "CONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the intended recipient, do not read, copy or distribute it."]
MOBILE_FR = ['Envoyé de mon iPhone', 'Envoyé depuis mon mobile', 'Envoyé de mon smartphone Samsung Galaxy.', 'Obtenir Outlook pour Android', 'Envoyé de mon iPad']
MOBILE_EN = ['Sent from my iPhone', 'Sent from my Android phone', 'Get Outlook for iOS', 'Sent from my iPad', 'Sent from Mail for Windows']


def signature(lang, client, ctx, mobile):
    if mobile:
        return rng.choice(MOBILE_FR if lang == 'fr' else MOBILE_EN)
    r = rng.random()
    title = rng.choice(TITLES_FR if lang == 'fr' else TITLES_EN)
    tel = ctx['TEL']
    if r < 0.25:
        s = client['first']
    elif r < 0.45:
        s = client['full']
    elif r < 0.75:
        s = f"{client['full']}\n{title}\n{client['co']}\n{'Tél. : ' if lang == 'fr' else 'Tel: '}{tel}"
    elif r < 0.88:
        s = f"--\n{client['full']} | {title}\n{client['co']}\n{client['addr']}"
    else:
        s = f"{client['first'][0]}. {client['last']}\n{client['co']}"
    if rng.random() < 0.22:
        s += '\n\n' + rng.choice(LEGAL_FR if lang == 'fr' else LEGAL_EN).replace('{CO}', client['co'])
    return s


# ------------------------------------------------------------------ dates / timezones
def paris_off(d):
    return 2 if d < dt.date(2026, 10, 25) else 1


def pick_tz(d, lang):
    r = rng.random()
    if lang == 'fr':
        if r < 0.9:
            return dt.timezone(dt.timedelta(hours=paris_off(d)))
        if r < 0.96:
            return dt.timezone.utc
        return dt.timezone(dt.timedelta(hours=-4))  # DOM / Canada
    if r < 0.35:
        return dt.timezone(dt.timedelta(hours=paris_off(d)))
    if r < 0.65:
        return dt.timezone(dt.timedelta(hours=paris_off(d) - 1))  # UK
    if r < 0.85:
        return dt.timezone(dt.timedelta(hours=-4 if d < dt.date(2026, 11, 1) else -5))
    if r < 0.92:
        return dt.timezone.utc
    return dt.timezone(dt.timedelta(hours=rng.choice([10, 11, 5.5, 8])))


def rand_date(lo, hi, weekend_ok):
    while True:
        d = lo + dt.timedelta(rng.randint(0, (hi - lo).days))
        if d.weekday() >= 5 and not (weekend_ok and rng.random() < 0.6) and rng.random() < 0.9:
            continue
        return d


def rand_weekday_after(d, a, b):
    while True:
        x = d + dt.timedelta(rng.randint(a, b))
        if x.weekday() < 5:
            return x


# ------------------------------------------------------------------ parsing data
def parse_opts(s):
    o = {}
    for part in s.split(';'):
        part = part.strip()
        if not part:
            continue
        k, _, v = part.partition('=')
        o[k.strip()] = v.strip() if v else True
    return o


def load():
    entries = []
    for path in sorted(glob.glob(os.path.join(SRC, 'data', '*.txt'))):
        cls = os.path.basename(path).split('__')[0]
        cur = None
        for ln, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if line.startswith('=== '):
                parts = [p.strip() for p in line[4:].split('|')]
                if len(parts) < 3:
                    sys.exit(f"{path}:{ln}: bad header")
                cur = dict(cls=cls, lang=parts[0], spec=parts[1], phrase=parts[2], opts=parse_opts(parts[3] if len(parts) > 3 else ''),
                           lines=[], src=f"{os.path.basename(path)}:{ln}")
                entries.append(cur)
            elif cur is not None:
                cur['lines'].append(line)
    for e in entries:
        e['body'] = '\n'.join(e['lines']).strip('\n')
        assert e['lang'] in ('fr', 'en'), e['src']
        assert e['body'], e['src']
    return entries


PH = re.compile(r'\{([A-Z0-9]+)(?::(\w+))?\}')


def fill(text, ctx, dates):
    def rep(m):
        k, f = m.group(1), m.group(2)
        if f:
            return fmt(dates[k], f)
        return str(ctx[k])
    return PH.sub(rep, text)


# ------------------------------------------------------------------ MIME
def enc_header(s, charset='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def enc_addr(name, addr):
    try:
        name.encode('ascii')
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return formataddr((name, addr), charset='utf-8')


def encode_body(text, charset, cte):
    raw = text.replace('\n', '\r\n').encode(charset)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii').replace('\r\n', '\n').replace('=0D\n', '\n') if False else qp(raw)
    if cte == 'base64':
        return base64.encodebytes(text.encode(charset)).decode('ascii')
    return text.encode(charset).decode(charset)


def qp(raw):
    s = quopri.encodestring(raw.replace(b'\r\n', b'\n')).decode('ascii')
    return s


def part(ctype, text, charset, cte, extra=''):
    body = encode_body(text, charset, cte)
    return f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n{body}", body


def to_html(client_text, quote_kind, quote_text, style):
    def paras(t):
        out = []
        for block in re.split(r'\n\s*\n', t):
            block = html.escape(block, quote=False).replace('\n', '<br>\n')
            out.append(block)
        return out
    if style == 'outlook':
        body = ''.join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' for p in paras(client_text))
        q = ''
        if quote_text:
            q = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' + \
                ''.join(f'<p class="MsoNormal">{p}</p>\n' for p in paras(quote_text)) + '</div>\n'
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                f'<body lang="FR" link="#0563C1">\n<div class="WordSection1">\n{body}{q}</div>\n</body>\n</html>\n')
    if style == 'gmail':
        body = '\n'.join(f'<div>{p}</div><div><br></div>' for p in paras(client_text))
        q = ''
        if quote_text:
            q = ('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + '<br>'.join(paras(quote_text)) + '</blockquote></div>')
        return f'<div dir="ltr">{body}</div>{q}\n'
    body = ''.join(f'<p>{p}</p>\n' for p in paras(client_text))
    q = f'<blockquote type="cite" style="border-left:2px solid #1010ff;padding-left:5px">{"<br>".join(paras(quote_text))}</blockquote>\n' if quote_text else ''
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">\n{body}{q}</body></html>\n'


def html_to_text(h):
    h = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', h)
    h = re.sub(r'<[^>]+>', ' ', h)
    return html.unescape(h)


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()


# ------------------------------------------------------------------ main
def build(e, idx):
    lang, cls, opts = e['lang'], e['cls'], e['opts']
    client = person(lang)
    n_rel = rng.randint(1000, 9999)
    inv = f"F-2026-{rng.randint(100, 1899):04d}"
    amount = round(rng.choice([rng.uniform(120, 900), rng.uniform(900, 4000), rng.uniform(4000, 18000)]), rng.choice([0, 2, 2]))
    ctx = dict(INV=inv, INV2=f"F-2026-{rng.randint(100, 1899):04d}", AMT=money(amount, lang),
               AMT2=money(round(amount / rng.choice([2, 3, 4]), 2), lang), AMT3=money(round(amount * rng.uniform(0.6, 0.9), -1), lang),
               PO=rng.choice(['BC-', 'PO-', '4500', 'CMD-2026-', 'DA']) + str(rng.randint(10000, 99999)),
               REF=rng.choice(['VIR', 'SEPA', 'TRF', 'REF']) + str(rng.randint(10 ** 9, 10 ** 10)),
               NAME=client['first'], OTHER=rng.choice([x for x in (FR_FIRST if lang == 'fr' else EN_FIRST) if x != client['first']]), DOM=client['dom'], FULL=client['full'], CO=client['co'], TICKET=rng.randint(100000, 999999),
               TEL=rng.choice(['0', '+33 ']) + f"{rng.randint(1, 7)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}" if lang == 'fr' else f"+44 20 7946 0{rng.randint(100, 999)}",
               VDR=rng.choice(['Madame Dupont', 'Mme Dupont', 'Claire']) if lang == 'fr' else rng.choice(['Ms Dupont', 'Claire']))
    if lang == 'fr' and rng.random() < 0.3:
        ctx['INV'] = inv.replace('F-2026-', rng.choice(['F2026-', 'F-2026-', 'F 2026 ']))
    spec = e['spec']
    lo, hi = dt.date(2026, 8, 1), dt.date(2026, 12, 31)
    if 'after' in opts:
        lo = max(lo, dt.date.fromisoformat(opts['after']))
    if 'before' in opts:
        hi = min(hi, dt.date.fromisoformat(opts['before']))
    fixedP = dt.date.fromisoformat(opts['P']) if 'P' in opts else None
    if fixedP:
        lo = max(lo, fixedP - dt.timedelta(30))
        hi = min(hi, fixedP - dt.timedelta(2))
    body_has = set(m.group(1) for m in PH.finditer(e['body'] + e['phrase']) if m.group(2))
    for _ in range(500):
        d = rand_date(lo, hi, cls == 'auto_reply')
        dates = {}
        pdate = None
        if spec == 'abs' or 'P' in body_has:
            dates['P'] = fixedP or rand_weekday_after(d, int(opts.get('pmin', 3)), int(opts.get('pmax', 35)))
            if spec == 'abs':
                pdate = dates['P']
        elif spec not in ('-', 'undated'):
            pdate = resolve(spec, d)
            if pdate is None:
                continue
        if 'P' in dates:
            dates['Q'] = dates['P'] + dt.timedelta(rng.choice([28, 30, 31]))
            while dates['Q'].weekday() >= 5:
                dates['Q'] += dt.timedelta(1)
        dates['X'] = rand_weekday_after(d, 1, 25)
        while pdate and dates['X'] == pdate:
            dates['X'] = rand_weekday_after(d, 1, 25)
        dates['Y'] = rand_weekday_after(dates['X'], 3, 20)
        dates['B'] = rand_weekday_after(d, -20, -1)
        dates['B2'] = rand_weekday_after(dates['B'], -30, -5)
        dates['DUE'] = d - dt.timedelta(rng.randint(6, 70))
        break
    else:
        sys.exit(f"cannot place {e['src']}")
    tz = pick_tz(d, lang)
    hour = rng.choice([7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22, 23])
    t = dt.datetime(d.year, d.month, d.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)
    rem_t = (t - dt.timedelta(days=rng.randint(0, 12), hours=rng.randint(1, 20))).astimezone(dt.timezone(dt.timedelta(hours=paris_off(d))))
    if rem_t.hour < 7 or rem_t.hour > 19:
        rem_t = rem_t.replace(hour=rng.randint(8, 18))
    while rem_t.weekday() >= 5:
        rem_t -= dt.timedelta(days=1)
    if rem_t >= t:
        rem_t = t - dt.timedelta(hours=3)
    qlang = lang if rng.random() < 0.92 else ('fr' if lang == 'en' else 'en')
    rem_subj = fill(rng.choice(SUBJ_FR if qlang == 'fr' else SUBJ_EN), ctx, dates)
    ctx['SUBJ'] = rem_subj
    rem_text = fill(rng.choice(REM_FR if qlang == 'fr' else REM_EN), dict(ctx, AMT=money(amount, qlang), DUE=fmt(dates['DUE'], 'fr_num' if qlang == 'fr' else rng.choice(['en_full', 'en_num']))), dates)
    vendor = rng.choice(VENDOR_ADDRS)

    body = fill(e['body'], ctx, dates)
    phrase = fill(e['phrase'], ctx, dates)
    if lang == 'fr' and not opts.get('keep') and rng.random() < 0.12:
        body, phrase = strip_accents(body), strip_accents(phrase)
    if phrase not in body and phrase.lower() in body.lower():
        i = body.lower().index(phrase.lower())
        phrase = body[i:i + len(phrase)]
    if phrase not in body:
        ERRORS.append(f"{e['src']}: phrase not in body: {phrase!r}")

    auto = cls == 'auto_reply'
    raw = auto or opts.get('raw')
    mobile = (not auto) and rng.random() < 0.14
    text = body
    if not raw:
        first = body.lstrip().split('\n')[0]
        if not GREET_RE.match(first) and rng.random() < (0.45 if mobile else 0.78):
            text = rng.choice(GREET_FR if lang == 'fr' else GREET_EN) + '\n\n' + text
        last = body.rstrip().split('\n')[-1]
        if not CLOSE_RE.search(last) and rng.random() < 0.8:
            text += '\n\n' + rng.choice(CLOSE_FR if lang == 'fr' else CLOSE_EN)
        if last.strip() in (client['first'], client['full']):
            pass
        elif not opts.get('nosig'):
            text += '\n' + ('\n' if mobile or rng.random() < 0.5 else '') + signature(lang, client, ctx, mobile)
    fwd = bool(opts.get('fwd'))
    # quoting
    qstyle = None
    if not auto or opts.get('quote'):
        if fwd:
            qstyle = 'fwd_fr' if qlang == 'fr' else 'fwd_en'
        elif rng.random() < (0.82 if not auto else 1):
            qstyle = rng.choice(['gmail_fr', 'gmail_fr', 'apple_fr', 'tb_fr', 'outlook_fr', 'outlook2_fr', 'outlook2_fr'] if qlang == 'fr'
                                else ['gmail_en', 'gmail_en', 'outlook_en', 'outlook_en'])
    quote_full, qinfo = (build_quote(qstyle, rem_text, rem_subj, rem_t, vendor, client, qlang) if qstyle else (None, None))

    # subject
    if 'subj' in opts:
        subj = fill(opts['subj'], ctx, dates)
    elif auto:
        subj = rng.choice(['Réponse automatique : {S}', 'Absent(e) du bureau : {S}', 'Absence : {S}', 'RE: {S}', '[Réponse automatique] {S}', 'Réponse automatique : {S}']
                          if lang == 'fr' else ['Automatic reply: {S}', 'Out of Office: {S}', 'Auto: {S}', 'Autoreply: {S}', 'Automatic reply: {S}']).replace('{S}', rem_subj)
    elif fwd:
        subj = rng.choice(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) + rem_subj
    else:
        subj = rng.choice(['RE: ', 'RE: ', 'RE: ', 'Re: ', 'Re: ', 'RE : ', 'Re : ', 'RE:']) + rem_subj
        if rng.random() < 0.04:
            subj = 'RE: ' + subj
    if not qstyle and not auto and 'subj' not in opts and rng.random() < 0.5:
        subj = rem_subj  # some clients write a fresh mail with the same subject

    # MIME choice
    r = rng.random()
    mime = opts.get('mime') or ('plain' if (auto and r < 0.75) or mobile or r < 0.6 else ('html' if r < 0.72 else 'alt'))
    if lang == 'fr' and rng.random() < 0.12 and mime == 'plain':
        charset = 'windows-1252'
    else:
        charset = 'utf-8'
    full_plain = text + ('\n\n' + quote_full if quote_full else '') + '\n'
    try:
        full_plain.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    if all(ord(c) < 128 for c in full_plain) and rng.random() < 0.6:
        charset = 'us-ascii'
    cte = rng.choice(['8bit', '8bit', 'quoted-printable', 'quoted-printable', 'base64']) if charset != 'us-ascii' else '7bit'
    hstyle = rng.choice(['outlook', 'gmail', 'apple'])
    qtext_for_html = quote_full
    if quote_full and qstyle and qstyle.startswith(('gmail', 'apple', 'tb')):
        qtext_for_html = qinfo[1] + '\n' + rem_text
    headers = []
    headers.append(('From', enc_addr(client['full'] if rng.random() < 0.85 else client['co'], client['addr'])))
    to = enc_addr(*vendor)
    headers.append(('To', to))
    if opts.get('cc'):
        other = person(lang)
        headers.append(('Cc', enc_addr(other['full'], other['addr'].split('@')[0] + '@' + client['dom'])))
    headers.append(('Subject', enc_header(subj)))
    headers.append(('Date', format_datetime(t)))
    mid_dom = client['dom'] if rng.random() < 0.5 else rng.choice(['mail.example.com', 'mx.example.net', 'outlook.example.com'])
    mid = rng.choice([f"<{rng.getrandbits(64):016x}.{rng.randint(1000, 9999)}@{mid_dom}>",
                      f"<CA{base64.b32encode(rng.getrandbits(120).to_bytes(15, 'big')).decode().rstrip('=')}@{mid_dom}>",
                      f"<{rng.getrandbits(48):012X}{rng.randint(10, 99)}@{mid_dom}>"])
    headers.append(('Message-ID', mid))
    if (qstyle and not fwd and rng.random() < 0.9) or (auto and rng.random() < 0.6):
        headers.append(('In-Reply-To', f"<relance-{n_rel:04d}@atelier-dupont.fr>"))
        if rng.random() < 0.7:
            headers.append(('References', f"<relance-{n_rel:04d}@atelier-dupont.fr>"))
    if auto:
        hdr = opts.get('hdr')
        if hdr is None:
            hdr = 'yes' if idx % 2 == 0 else 'none'
        if hdr == 'yes':
            for h in rng.choice([[('Auto-Submitted', 'auto-replied')], [('Auto-Submitted', 'auto-replied'), ('X-Autoreply', 'yes')],
                                 [('X-Autoreply', 'yes')], [('Precedence', 'auto_reply')], [('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')],
                                 [('X-Auto-Response-Suppress', 'All'), ('Auto-Submitted', 'auto-replied')]]):
                headers.append(h)
    ua = rng.choice([('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Mailer', 'Apple Mail (2.3774.600.62)'), ('User-Agent', 'Mozilla Thunderbird'),
                     ('X-Mailer', 'iPhone Mail (21G93)'), None, None, ('X-Mailer', 'Zimbra 9.0.0_GA_4546'), ('Content-Language', 'fr-FR' if lang == 'fr' else 'en-GB')])
    if ua:
        headers.append(ua)
    if hstyle == 'outlook' and rng.random() < 0.5:
        headers.append(('Thread-Topic', enc_header(rem_subj)))
    headers.append(('MIME-Version', '1.0'))

    if opts.get('mdn'):
        boundary = f"----=_Report_{rng.getrandbits(40):010x}"
        p1, _ = part('text/plain', text + '\n', 'utf-8', 'quoted-printable')
        orig = f"<relance-{n_rel:04d}@atelier-dupont.fr>"
        p2 = f"Content-Type: message/disposition-notification\n\nReporting-UA: {client['dom']}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{client['addr']}\nOriginal-Message-ID: {orig}\nDisposition: manual-action/MDN-sent-manually; displayed\n"
        head = f"Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"{boundary}\""
        bodytxt = f"This is a multi-part message in MIME format.\n\n--{boundary}\n{p1}\n--{boundary}\n{p2}\n--{boundary}--\n"
    elif mime == 'plain':
        head, b = part('text/plain', full_plain, charset, cte, '; format=flowed' if hstyle == 'apple' and rng.random() < 0.3 and cte == '8bit' and False else '')
        head, bodytxt = head.split('\n\n', 1)
    elif mime == 'html':
        h = to_html(text, qinfo, qtext_for_html, hstyle)
        head, bodytxt = part('text/html', h, 'utf-8', rng.choice(['quoted-printable', 'base64', '8bit'])).__getitem__(0).split('\n\n', 1)
    else:
        boundary = f"_000_{rng.getrandbits(64):016X}_"
        h = to_html(text, qinfo, qtext_for_html, hstyle)
        c1 = rng.choice(['quoted-printable', '8bit', 'base64'])
        p1, _ = part('text/plain', full_plain, 'utf-8', c1)
        p2, _ = part('text/html', h, 'utf-8', rng.choice(['quoted-printable', 'quoted-printable', 'base64']))
        head = f"Content-Type: multipart/alternative;\n\tboundary=\"{boundary}\""
        bodytxt = f"--{boundary}\n{p1}\n--{boundary}\n{p2}\n--{boundary}--\n"
    msg = ''.join(f"{k}: {v}\n" for k, v in headers) + head + '\n\n' + bodytxt
    label = {'class': cls, 'lang': lang}
    if cls == 'promise':
        if spec == 'undated':
            label['undated'] = True
        else:
            label['promiseDate'] = pdate.isoformat()
    label['phrase'] = phrase
    return msg, label, charset


def main():
    entries = load()
    rng.shuffle(entries)
    for f in glob.glob(os.path.join(OUT, 'train-*.eml')):
        os.remove(f)
    labels = {}
    for i, e in enumerate(entries, 1):
        msg, label, charset = build(e, i)
        name = f"train-{i:04d}.eml"
        data = msg.encode('utf-8' if charset in ('utf-8', 'us-ascii') else charset, errors='strict')
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        label['_src'] = e['src']
        labels[name] = label
    if ERRORS:
        print('\n'.join(ERRORS)); sys.exit(1)
    srcmap = {k: v.pop('_src') for k, v in labels.items()}
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    with open(os.path.join(SRC, 'srcmap.json'), 'w') as fh:
        json.dump(srcmap, fh, indent=0, sort_keys=True)
    from collections import Counter
    c = Counter((l['class'], l['lang']) for l in labels.values())
    for k in sorted(c):
        print(k, c[k])
    print('total', len(labels))


if __name__ == '__main__':
    main()

# -*- coding: utf-8 -*-
"""The 55 look-alikes: messages that resemble bounces but are not delivery failures."""
import base64
import gzip
import io
import zipfile

from common import *  # noqa
from gen_mta import postfix, L, rpt_ct
from gen_vendors import ms_host, usdate, frnum
from gen_generic import generic, simple_dsn

N = []


def reg(f):
    N.append(f)
    return f


def NB(c, system, note, from_, subject, text, **kw):
    return generic(c, None, system, note, from_, subject, text, bounce=False, **kw)


def who(c):
    return "%s %s <%s>" % (display_name("%s %s" % (c.first, c.last)), "", c.rcpt) if False else "%s <%s>" % (display_name("%s %s" % (c.first, c.last)), c.rcpt)


def quoted(c, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in orig_body(c).split("\n"))


# ---------------------------------------------------------- successful DSNs
def pf_success(c, action, host, lang="en", note="", remote=None, diag=None, subj=None):
    qid = postfix_qid(long=True)
    bdate = later(c.sent, seconds=R.randint(2, 40))
    b = "%s.%d/%s" % (qid, 1780000000 + R.randint(0, 25000000), host)
    if lang == "fr":
        txt = ("Ceci est le système de messagerie de l'hôte %s.\n\n"
               "Votre message a bien été remis au(x) destinataire(s) indiqué(s)\n"
               "ci-dessous. S'il a été remis dans une boîte aux lettres, vous ne\n"
               "recevrez pas d'autre notification. Sinon, vous pourriez encore recevoir\n"
               "des notifications d'erreur d'autres systèmes.\n\n"
               "                   Le système de messagerie\n\n") % host
        cs, cte = "utf-8", "8bit"
    else:
        txt = ("This is the mail system at host %s.\n\n"
               "Your message was successfully delivered to the destination(s)\n"
               "listed below. If the message was delivered to mailbox you will\n"
               "receive no further notifications. Otherwise you may still receive\n"
               "notifications of mail delivery errors from other systems.\n\n"
               "                   The mail system\n\n") % host
        cs, cte = "us-ascii", "7bit"
    what = {"delivered": "delivery via %s: %s" % (remote or "local", diag or "delivered to mailbox"),
            "relayed": "delivery via %s: %s" % (remote, diag),
            "expanded": "alias expanded"}[action]
    txt += "<%s>: %s\n" % (c.rcpt, what)
    mf = [("Reporting-MTA", "dns; " + host), ("X-Postfix-Queue-ID", qid),
          ("X-Postfix-Sender", "rfc822; " + CO_FROM), ("Arrival-Date", rfcdate(c.sent, tzname=True))]
    fr = [("Final-Recipient", "rfc822; " + c.rcpt), ("Original-Recipient", "rfc822;" + c.rcpt),
          ("Action", action), ("Status", "2.0.0")]
    if remote:
        fr.append(("Remote-MTA", "dns; " + remote))
    if diag:
        fr.append(("Diagnostic-Code", "smtp; " + diag))
    parts = [text_part(txt, cs, cte, desc="Notification"),
             "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + dsn_body(mf, [fr]),
             "Content-Description: Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig_headers(c)]
    top = [("Return-Path", "<>"),
           ("Date", rfcdate(bdate, tzname=True)),
           ("From", "MAILER-DAEMON@%s (Mail Delivery System)" % host),
           ("Subject", enc_header(subj or ("Rapport de remise réussie" if lang == "fr" else "Successful Mail Delivery Report"))),
           ("To", CO_FROM), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
           ("Content-Type", rpt_ct(b)), ("Content-Transfer-Encoding", "8bit"),
           ("Message-Id", "<%s.%s@%s>" % (bdate.strftime("%Y%m%d%H%M%S"), qid, host))]
    raw = headers(top) + "\n" + multipart(parts, b, preamble="This is a MIME-encapsulated message.\n")
    return raw, (cs if cte == "8bit" else None), {"bounce": False, "kind": "not_bounce", "permanent": False, "recipient": "",
                                                  "system": "Postfix success DSN (NOTIFY=SUCCESS)", "note": note}


@reg
def n01():
    c = make_ctx()
    return pf_success(c, "delivered", CO_MX, remote="mx.%s" % c.rdomain,
                      diag="250 2.0.0 Ok: queued as %s" % postfix_qid(), note="Action: delivered; reminder was delivered")


@reg
def n02():
    c = make_ctx()
    return pf_success(c, "relayed", CO_MX, remote="mail.%s" % c.rdomain,
                      diag="250 2.0.0 Message accepted for delivery",
                      note="Action: relayed (next hop not DSN-capable)")


@reg
def n03():
    c = make_ctx(domain=CO_DOMAIN.replace("jardins", "compta-jardins"))
    return pf_success(c, "expanded", "mx.%s" % c.rdomain, note="Action: expanded (alias to a list)")


@reg
def n04():
    c = make_ctx()
    return pf_success(c, "delivered", CO_MX, lang="fr", remote="mx.%s" % c.rdomain,
                      diag="250 2.0.0 OK %s" % rnd(ALNUM, 10), note="French success DSN template")


def ms_delivered(c, lang="en", note=""):
    gen = ms_host()
    if lang == "fr":
        subj = "Remis : " + c.subject
        txt = ("Votre message a été remis aux destinataires suivants :\n\n%s (%s)<mailto:%s>\n\nObjet : %s\n") % (
            "%s %s" % (c.first, c.last), c.rcpt, c.rcpt, c.subject)
    else:
        subj = "Delivered: " + c.subject
        txt = ("Your message has been delivered to the following recipients:\n\n%s (%s)<mailto:%s>\n\nSubject: %s\n") % (
            "%s %s" % (c.first, c.last), c.rcpt, c.rcpt, c.subject)
    d = dsn_body([("Reporting-MTA", "dns;" + gen), ("Received-From-MTA", "dns;" + CO_MX),
                  ("Arrival-Date", rfcdate(c.sent, off_h=0))],
                 [[("Final-Recipient", "rfc822;" + c.rcpt), ("Action", "delivered"), ("Status", "2.0.0"),
                   ("X-Display-Name", strip_acc("%s %s" % (c.first, c.last)))]], sep="")
    return generic(c, None, "Exchange Online delivery receipt (%s)" % lang, note, "postmaster@%s" % c.rdomain, subj, txt,
                   structure="report", dsn=d, attach="headers", bounce=False, return_path=None,
                   extra_headers=[("Content-Language", "fr-FR" if lang == "fr" else "en-US")], html=True,
                   auto="auto-replied")


@reg
def n05():
    return ms_delivered(make_ctx(), "fr", note="« Remis : » delivery receipt")


@reg
def n06():
    return ms_delivered(make_ctx(lang="en"), "en", note="'Delivered:' receipt")


@reg
def n07():
    c = make_ctx()
    gen = "EXCH01.%s" % c.rdomain.replace(".example", ".local")
    txt = ("Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\n"
           "%s (%s)<mailto:%s>\n\nSubject: %s\n") % (c.rcpt, c.rcpt, c.rcpt, c.subject)
    d = dsn_body([("Reporting-MTA", "dns;" + gen)], [[("Final-Recipient", "rfc822;" + c.rcpt), ("Action", "relayed"), ("Status", "2.6.0")]], sep="")
    return NB(c, "Exchange 2013 relay receipt", "'Relayed:' Action relayed, Status 2.6.0", "postmaster@%s" % c.rdomain,
              "Relayed: " + c.subject, txt, structure="report", dsn=d, attach="headers")


# ---------------------------------------------------------- MDNs (RFC 3798/8098)
def mdn(c, disposition, lang, ua, subject_prefix, text, note, system, auto=False, cs="utf-8", cte="quoted-printable"):
    rep = ("Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n") % (
        c.rdomain if "Outlook" in ua else "mail." + c.rdomain, ua, c.rcpt, c.msgid, disposition)
    return NB(c, system, note, who(c), subject_prefix + c.subject, text, structure="report",
              report_type="disposition-notification", report_ct="message/disposition-notification", dsn=rep,
              charset=cs, cte=cte, return_path="<%s>" % c.rcpt, delay={"hours": R.randint(1, 60)},
              auto="auto-replied" if auto else None)


@reg
def n08():
    c = make_ctx()
    t = ("Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été lu le %s.\n") % (
        c.rcpt, c.subject, frdate(c.sent), frdate(later(c.sent, hours=3)))
    return mdn(c, "manual-action/MDN-sent-manually; displayed", "fr", "Microsoft Outlook 16.0", "Lu : ", t,
               "Outlook read receipt (French)", "Outlook MDN")


@reg
def n09():
    c = make_ctx(lang="en")
    t = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n") % (
        c.rcpt, c.subject, usdate(c.sent), usdate(later(c.sent, hours=5)))
    return mdn(c, "manual-action/MDN-sent-manually; displayed", "en", "Microsoft Outlook 16.0", "Read: ", t,
               "Outlook read receipt (English)", "Outlook MDN", cs="us-ascii", cte="7bit")


@reg
def n10():
    c = make_ctx()
    t = ("Ceci est un accusé de réception pour le courrier électronique envoyé à %s.\n\n"
         "Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. "
         "Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.\n") % c.rcpt
    return mdn(c, "manual-action/MDN-sent-manually; displayed", "fr", "Mozilla Thunderbird", "Accusé de réception (affiché) - ", t,
               "Thunderbird MDN in French", "Thunderbird MDN", cs="utf-8", cte="8bit")


@reg
def n11():
    c = make_ctx()
    t = ("Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été supprimé sans avoir été lu le %s.\n") % (
        c.rcpt, c.subject, frdate(c.sent), frdate(later(c.sent, days=2)))
    return mdn(c, "automatic-action/MDN-sent-automatically; deleted", "fr", "Microsoft Outlook 16.0", "Non lu : ", t,
               "deleted without being read: message WAS delivered", "Outlook MDN (deleted)", auto=True)


@reg
def n12():
    c = make_ctx(lang="en", latin1=True)
    t = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas deleted without being read on %s.\n") % (
        c.rcpt, c.subject, usdate(c.sent), usdate(later(c.sent, days=1)))
    return mdn(c, "automatic-action/MDN-sent-automatically; deleted", "en", "Microsoft Exchange Server 2019", "Not read: ", t,
               "'Not read:' notice", "Exchange MDN (deleted)", auto=True, cs="iso-8859-1", cte="quoted-printable")


@reg
def n13():
    c = make_ctx(latin1=True)
    t = ("Votre document : %s\na été reçu par : %s/%s\nle : %s\n") % (c.subject, strip_acc(c.first + " " + c.last), c.org_name.split()[0], frdate(later(c.sent, hours=2)))
    return NB(c, "HCL Notes return receipt", "Domino 'Return Receipt' (accusé de réception)", who(c),
              "Accusé de réception : " + c.subject, t, charset="iso-8859-1", cte="8bit", return_path=None,
              delay={"hours": 2})


# ---------------------------------------------------------- out of office
@reg
def n14():
    c = make_ctx()
    t = ("Bonjour,\n\nJe suis absente du bureau jusqu'au %s inclus, avec un accès limité à ma messagerie.\n"
         "Pour toute question urgente concernant la comptabilité fournisseurs, merci de contacter\n"
         "le standard au 04 00 00 12 12.\n\nCordialement,\n%s %s\n") % (numdate(later(c.sent, days=9)), c.first, c.last)
    return NB(c, "Exchange Online automatic reply", "out-of-office, French, Auto-Submitted auto-replied", who(c),
              "Réponse automatique : " + c.subject, t, charset="utf-8", cte="quoted-printable", html=True, structure="alternative",
              auto="auto-replied", return_path="<>", extra_headers=[("X-MS-Exchange-Inbox-Rules-Loop", c.rcpt), ("Content-Language", "fr-FR")])


@reg
def n15():
    c = make_ctx()
    t = ("Bonjour,\n\nJe suis en congés du %s au %s. Votre message sera traité à mon retour.\n\n%s\n") % (
        numdate(c.sent), numdate(later(c.sent, days=14)), c.first)
    return NB(c, "Zimbra out-of-office", "plain French OOO", who(c), "Absence du bureau (Re: %s)" % c.subject, t,
              charset="utf-8", cte="8bit", auto="auto-replied", return_path="<%s>" % c.rcpt)


@reg
def n16():
    c = make_ctx()
    new = addr_at(R.choice(ORGS)[1], c.first, c.last, 0)[0]
    t = ("Bonjour,\n\nCette adresse n'est plus consultée depuis le 1er septembre.\n"
         "Merci d'adresser désormais vos courriels à %s.\n\n"
         "Votre message n'a pas été transféré automatiquement.\n\nCordialement\n") % new
    return NB(c, "Orange webmail auto-responder", "address no longer read: but the message WAS delivered", who(c),
              "Message automatique : changement d'adresse", t, charset="iso-8859-1", cte="quoted-printable", auto="auto-replied",
              return_path=None)


@reg
def n17():
    c = make_ctx(lang="en")
    t = ("Hi,\n\nThanks for your email. I'm travelling until %s with no access to email.\n"
         "For accounts payable please write to ap@%s.\n\nBest,\n%s\n") % (numdate(later(c.sent, days=6)), c.rdomain, c.first)
    return NB(c, "Gmail vacation responder", "English OOO", who(c), "Out of office Re: " + c.subject, t,
              charset="UTF-8", cte="quoted-printable", structure="alternative", auto="auto-replied", return_path="<%s>" % c.rcpt)


@reg
def n18():
    c = make_ctx()
    t = ("Bonjour,\n\nJe ne fais plus partie de la société %s depuis le %s.\n"
         "Votre message ne sera pas lu. Pour toute question relative aux factures,\n"
         "merci de contacter le service comptable : comptabilite@%s\n\nBonne continuation.\n") % (
        c.org_name, numdate(c.sent - __import__("datetime").timedelta(days=20)), c.rdomain)
    return NB(c, "Microsoft 365 auto-reply (departed employee)", "'no longer with the company / not read': delivered nonetheless", who(c),
              "Réponse automatique : " + c.subject, t, charset="windows-1252", cte="quoted-printable", auto="auto-replied",
              return_path="<>")


@reg
def n19():
    c = make_ctx(org=("Gartenbau Möller GmbH", "gartenbau-moeller.example"), lang="en")
    t = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich %s nicht im Büro und habe keinen Zugriff auf meine E-Mails.\n"
         "In dringenden Fällen wenden Sie sich bitte an buchhaltung@gartenbau-moeller.example.\n\nMit freundlichen Grüßen\n%s %s\n") % (
        numdate(later(c.sent, days=10)), c.first, c.last)
    return NB(c, "GMX Abwesenheitsnotiz", "German out-of-office", who(c), "Abwesenheitsnotiz: " + c.subject, t,
              charset="iso-8859-1", cte="8bit", auto="auto-replied", return_path="<%s>" % c.rcpt) if False else \
        NB(c, "GMX Abwesenheitsnotiz", "German out-of-office", who(c), "Abwesenheitsnotiz", t,
           charset="iso-8859-1", cte="8bit", auto="auto-replied", return_path="<%s>" % c.rcpt)


@reg
def n20():
    c = make_ctx(lang="en")
    t = ("Automatic reply: my mailbox is almost full, so please keep attachments small.\n"
         "I am out of the office until Monday and will answer your message when I return.\n\n%s\n") % c.first
    return NB(c, "Exchange 2016 automatic reply", "mentions 'mailbox full' but the message was delivered", who(c),
              "Automatic reply: " + c.subject, t, auto="auto-replied", return_path="<>")


# ---------------------------------------------------------- humans quoting / talking about bounces
@reg
def n21():
    c = make_ctx()
    t = ("Bonjour Madame Berthoud,\n\nJ'ai essayé de vous répondre la semaine dernière au sujet de la facture %s, "
         "mais j'ai reçu ce message en retour :\n\n"
         "> Undelivered Mail Returned to Sender\n> This is the mail system at host smtp.%s.\n>\n"
         "> I'm sorry to have to inform you that your message could not\n> be delivered to one or more recipients.\n>\n"
         "> <compta@jardin-gresivaudan.example>: Host or domain name not found.\n\n"
         "Je pense que j'avais mal écrit votre adresse (il manquait un « s »). Le virement de %s € a été fait le %s.\n\n"
         "Bien cordialement,\n%s %s\n%s\n") % (c.inv, c.rdomain, c.amount, numdate(later(c.sent, days=2)), c.first, c.last, c.org_name)
    return NB(c, "human reply (Thunderbird)", "client quotes a bounce she received herself", who(c), "Re: " + c.subject, t,
              charset="utf-8", cte="quoted-printable", return_path="<%s>" % c.rcpt, xmailer="Mozilla Thunderbird 128")


@reg
def n22():
    c = make_ctx()
    # the client forwards an NDR they got when writing to us, as an attachment
    gen = ms_host()
    inner_c = c
    ndr_txt = ("Votre message à relance@%s n'a pas pu être remis.\n\nrelance est introuvable sur %s.\n\n"
               "Action requise                 Destinataire\nAdresse À inconnue\n") % (CO_DOMAIN, CO_DOMAIN)
    inner = ("From: Microsoft Outlook <postmaster@%s>\nTo: %s\nDate: %s\nSubject: =?utf-8?q?Non_remis_=3A_RE=3A_facture?= %s\n"
             "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\nMIME-Version: 1.0\n\n%s") % (
        c.rdomain, c.rcpt, rfcdate(c.sent, off_h=0), c.inv, body_encode(ndr_txt, "utf-8", "quoted-printable"))
    t = ("Bonjour,\n\nJe vous transfère le message d'erreur reçu quand j'ai répondu à votre relance : "
         "votre adresse « relance@ » (sans x) ne fonctionne pas.\nPouvez-vous me confirmer la bonne adresse ? "
         "Le règlement est prévu en fin de mois.\n\nMerci,\n%s %s\n") % (c.first, c.last)
    return NB(c, "human forward with an NDR attached (Outlook)", "Fwd: contains a complete Exchange NDR as message/rfc822 — about the client's own mail",
              who(c), "TR: Non remis : RE: " + c.subject, t, charset="utf-8", cte="quoted-printable", structure="mixed",
              extra_parts=["Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Non remis.eml\"\n\n" + inner],
              return_path="<%s>" % c.rcpt)


@reg
def n23():
    c = make_ctx(lang="en")
    t = ("Hello,\n\nJust so you know, your e-mail bounced last time: we changed our address and the old one\n"
         "(%s) is closed. Please use accounts@%s for invoices from now on.\n\n"
         "The payment for %s went out on Friday.\n\nRegards,\n%s\n") % ("old-" + c.rcpt, c.rdomain, c.inv, c.first)
    return NB(c, "human reply (Apple Mail)", "'your e-mail bounced last time' — this one arrived", who(c), "Re: " + c.subject, t,
              return_path="<%s>" % c.rcpt, xmailer="Apple Mail (2.3826)")


@reg
def n24():
    c = make_ctx()
    t = ("Bonjour,\n\nVotre message précédent ne m'est pas parvenu (ni dans la boîte de réception ni dans\n"
         "les indésirables). Je n'ai reçu que celui-ci. Pourriez-vous me renvoyer la facture %s en PDF ?\n\n"
         "Cordialement,\n%s %s\n\n-----Message d'origine-----\nDe : Jardins du Grésivaudan - Relances <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s") % (
        c.inv, c.first, c.last, CO_FROM, frdate(c.sent), c.rcpt, c.subject, orig_body(c))
    return NB(c, "human reply (Outlook)", "« votre message précédent ne m'est pas parvenu »", who(c), "RE: " + c.subject, t,
              charset="windows-1252", cte="quoted-printable", return_path="<%s>" % c.rcpt, delay={"hours": 20})


@reg
def n25():
    c = make_ctx()
    t = ("Bonjour,\n\nBien reçu votre relance, désolé pour le retard. Votre mail était arrivé dans\n"
         "nos courriers indésirables (le filtre l'avait marqué « spam »). Le paiement part cette semaine.\n\n"
         "%s\n\n%s\n") % (c.first, quoted(c))
    return NB(c, "human reply (Gmail web)", "mentions spam filter; message delivered", who(c), "Re: " + c.subject, t,
              charset="UTF-8", cte="quoted-printable", structure="alternative", return_path="<%s>" % c.rcpt)


@reg
def n26():
    c = make_ctx(latin1=True)
    t = ("Bonjour,\n\nJ'ai bien reçu votre mise en demeure. Je conteste le montant : la prestation de\n"
         "tonte de septembre n'a pas été réalisée. Je vous propose de régler %s euros après déduction.\n\n"
         "%s %s\n") % (c.amount, c.first, c.last)
    return NB(c, "human reply (webmail La Poste)", "ordinary dispute reply", who(c), "RE: " + c.subject, t,
              charset="iso-8859-1", cte="quoted-printable", return_path="<%s>" % c.rcpt)


# ---------------------------------------------------------- carriers
@reg
def n27():
    c = make_ctx()
    num = "6A%011d" % R.randint(0, 10 ** 11 - 1)
    t = ("Bonjour,\n\nVotre colis n° %s n'a pas pu être distribué le %s : destinataire absent.\n"
         "Il est disponible en point de retrait pendant 10 jours.\n\n"
         "Motif de non-distribution : avis de passage déposé.\n\nColipost – Service client\n") % (num, numdate(c.sent))
    return NB(c, "parcel carrier notification (Colissimo-like)", "'colis non distribué' — not about e-mail", "Colipost <noreply@notif.colipost.example>",
              "Votre colis %s n'a pas pu être livré" % num, t, charset="utf-8", cte="quoted-printable", html=True, structure="alternative",
              in_reply=False, return_path="<bounce-%s@notif.colipost.example>" % rnd("0123456789", 8))


@reg
def n28():
    c = make_ctx(lang="en")
    t = ("Delivery attempt failed\n\nShipment %d could not be delivered today.\nReason: recipient not available / address incomplete.\n"
         "Next attempt: next business day. You can reschedule delivery online.\n\nExpressParcel International\n") % R.randint(10 ** 9, 10 ** 10)
    return NB(c, "parcel carrier notification (DHL-like)", "'undelivered parcel' in English", "ExpressParcel <noreply@track.expressparcel.example>",
              "Undelivered parcel - action required", t, html=True, structure="alternative", in_reply=False, return_path="<>")


@reg
def n29():
    c = make_ctx()
    t = ("Bonjour,\n\nNous n'avons pas pu livrer votre envoi (plants et fournitures, commande n° CV-%d)\n"
         "au %s : accès au chantier fermé. Le chauffeur repassera demain entre 8h et 12h.\n\nVercors Plants – logistique\n") % (
        R.randint(10000, 99999), "Zone artisanale des Fontaines, Crolles")
    return NB(c, "supplier delivery notice", "a supplier's truck could not deliver goods", "logistique@vercors-plants.example",
              "Livraison impossible – commande CV", t, charset="windows-1252", cte="8bit", in_reply=False, return_path="<logistique@vercors-plants.example>")


# ---------------------------------------------------------- quarantine / spam reports
@reg
def n30():
    c = make_ctx(domain=CO_DOMAIN)
    t = ("Messages en quarantaine\n\nVous avez 3 nouveaux messages en quarantaine du %s au %s.\n\n"
         "Expéditeur                       Objet                                   Date\n"
         "no-reply@factures-pro.example    Votre facture est disponible            %s\n"
         "info@promo-jardin.example        -40 %% sur les tondeuses                 %s\n"
         "noreply@banque-alpes.example     Avis d'opéré                            %s\n\n"
         "Ces messages seront supprimés automatiquement après 30 jours.\n"
         "Pour les consulter, ouvrez la page Quarantaine du portail de sécurité.\n") % (
        numdate(c.sent), numdate(later(c.sent, days=1)), numdate(c.sent), numdate(c.sent), numdate(later(c.sent, days=1)))
    return NB(c, "Microsoft 365 Defender quarantine notification (FR)", "quarantine digest, about inbound mail", "Microsoft 365 <quarantine@messaging.microsoft.example>",
              "Microsoft 365 security : vous avez des messages en quarantaine", t, charset="utf-8", cte="base64", html=True,
              structure="alternative", in_reply=False, return_path="<>", to="nathalie.berthoud@" + CO_DOMAIN)


@reg
def n31():
    c = make_ctx(lang="en")
    t = ("Proofpoint End User Digest\n\nThe emails listed below have been placed in your personal Quarantine.\n"
         "Score  From                          Subject\n 97    offers@seed-deals.example     Last chance: bulbs & seeds\n"
         " 91    billing@unknown-host.example  Undelivered invoice notice\n\n"
         "Click Release to deliver a message to your inbox.\n")
    return NB(c, "Proofpoint End User Digest", "quarantine digest containing the words 'Undelivered invoice'",
              "Proofpoint Essentials <quarantine@pphosted-essentials.example>", "End User Digest: 2 New Messages", t,
              html=True, structure="alternative", in_reply=False, return_path="<>", to="relances@" + CO_DOMAIN)


@reg
def n32():
    c = make_ctx()
    t = ("Rapport de courriers bloqués – relances@%s\n\n"
         "Les messages suivants ont été identifiés comme indésirables au cours des dernières 24 heures :\n\n"
         "  • De : newsletter@outillage-discount.example – « Soldes d'hiver »\n"
         "  • De : support@colis-suivi.example – « Échec de livraison de votre colis »\n\n"
         "Pour libérer un message, cliquez sur le lien correspondant dans la version HTML.\n\nVade – protection de messagerie\n") % CO_DOMAIN
    return NB(c, "Vade quarantine digest (FR)", "spam-filter report; mentions « échec de livraison »",
              "Vade <digest@vade-cloud.example>", "Rapport quotidien de quarantaine", t, charset="utf-8", cte="quoted-printable",
              html=True, structure="alternative", in_reply=False, return_path="<>")


@reg
def n33():
    c = make_ctx(lang="en")
    t = ("Sophos Email - Message Held\n\nA message sent to you has been held because it may contain spam.\n\n"
         "From: alerts@mail-delivery-status.example\nSubject: Mail delivery failed for 3 messages\nReceived: %s\n\n"
         "If you recognise the sender, you can release the message from the Sophos self-service portal.\n") % rfcdate(c.sent)
    return NB(c, "Sophos Email quarantine notice", "held phishing that imitates a bounce", "Sophos Email <do-not-reply@central.sophos.example>",
              "Message held for review", t, in_reply=False, return_path="<>", auto="auto-generated")


@reg
def n34():
    c = make_ctx(lang="en")
    t = ("Mimecast Hold Notification\n\nThe following message has been placed on hold by policy 'Attachment Protect':\n\n"
         "  From: %s\n  To: %s\n  Subject: %s\n\nThe message is held for administrator review; it has not been rejected.\n") % (
        CO_FROM, c.rcpt, c.subject)
    return NB(c, "Mimecast hold notification", "held for review at the recipient side, not rejected", "Mimecast <postmaster@%s>" % c.rdomain,
              "Message On Hold: " + c.subject, t, in_reply=True, return_path="<>", auto="auto-generated")


# ---------------------------------------------------------- DMARC / ARF
def dmarc_xml(org_name, org_email, rid, d):
    begin = int((d - __import__("datetime").datetime(1970, 1, 1)).total_seconds()) // 86400 * 86400
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>%s</org_name>\n"
            "    <email>%s</email>\n    <report_id>%s</report_id>\n    <date_range>\n      <begin>%d</begin>\n      <end>%d</end>\n"
            "    </date_range>\n  </report_metadata>\n  <policy_published>\n    <domain>%s</domain>\n    <adkim>r</adkim>\n"
            "    <aspf>r</aspf>\n    <p>quarantine</p>\n    <sp>quarantine</sp>\n    <pct>100</pct>\n  </policy_published>\n"
            "  <record>\n    <row>\n      <source_ip>192.0.2.41</source_ip>\n      <count>%d</count>\n      <policy_evaluated>\n"
            "        <disposition>none</disposition>\n        <dkim>pass</dkim>\n        <spf>pass</spf>\n      </policy_evaluated>\n"
            "    </row>\n    <identifiers>\n      <header_from>%s</header_from>\n    </identifiers>\n    <auth_results>\n"
            "      <dkim>\n        <domain>%s</domain>\n        <result>pass</result>\n        <selector>jg2026</selector>\n      </dkim>\n"
            "      <spf>\n        <domain>%s</domain>\n        <result>pass</result>\n      </spf>\n    </auth_results>\n  </record>\n</feedback>\n") % (
        org_name, org_email, rid, begin, begin + 86399, CO_DOMAIN, R.randint(3, 40), CO_DOMAIN, CO_DOMAIN, CO_DOMAIN)


@reg
def n35():
    c = make_ctx()
    rid = str(R.randint(10 ** 18, 10 ** 19))
    x = dmarc_xml("google.example", "noreply-dmarc-support@google.example", rid, c.sent).encode()
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("google.example!%s!%d!%d.xml" % (CO_DOMAIN, 1, 2), x)
    fn = "google.example!%s!%d!%d.zip" % (CO_DOMAIN, 1780000000, 1780086399)
    att = ("Content-Type: application/zip; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
           "Content-Transfer-Encoding: base64\n\n%s") % (fn, fn, base64.encodebytes(bio.getvalue()).decode())
    return NB(c, "DMARC aggregate report (Google-like)", "RFC 7489 aggregate report, zipped XML",
              "noreply-dmarc-support@google.example", "Report domain: %s Submitter: google.example Report-ID: %s" % (CO_DOMAIN, rid),
              "This is an aggregate report from google.example.\n", structure="mixed", extra_parts=[att], in_reply=False,
              return_path="<3%s@scoutcamp.bounces.google.example>" % rnd(ALNUM, 20), to="dmarc@" + CO_DOMAIN)


@reg
def n36():
    c = make_ctx()
    rid = rnd("0123456789abcdef", 32)
    x = dmarc_xml("Enterprise Outlook", "dmarcreport@microsoft.example", rid, c.sent).encode()
    gz = gzip.compress(x, mtime=0)
    fn = "enterprise.protection.outlook.example!%s!%d!%d.xml.gz" % (CO_DOMAIN, 1780000000, 1780086400)
    att = ("Content-Type: application/gzip\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"%s\"\n\n%s") % (
        fn, base64.encodebytes(gz).decode())
    t = ("This is a DMARC aggregate report from Microsoft Corporation. For Emails received between %s UTC to %s UTC.\n\n"
         "You're receiving this email because you have included your email address in the 'rua' tag of your DMARC record in DNS for %s. "
         "Please remove your email address from the 'rua' tag if you don't want to receive this email.\n\n"
         "Please do not respond to this e-mail. This mailbox is not monitored and you will not receive a response.\n") % (
        iso_utc(c.sent)[:10] + " 00:00:00", iso_utc(c.sent)[:10] + " 23:59:59", CO_DOMAIN)
    return NB(c, "DMARC aggregate report (Microsoft-like)", "gzip XML report", "DMARC Aggregate Report <dmarcreport@microsoft.example>",
              "[Preview] Report Domain: %s Submitter: enterprise.protection.outlook.example Report-ID: %s" % (CO_DOMAIN, rid), t,
              structure="mixed", extra_parts=[att], in_reply=False, return_path="<>", to="dmarc@" + CO_DOMAIN)


@reg
def n37():
    c = make_ctx()
    fb = ("Feedback-Type: auth-failure\nUser-Agent: dmarc-ruf/1.2\nVersion: 1\nOriginal-Mail-From: <%s>\n"
          "Arrival-Date: %s\nSource-IP: 203.0.113.66\nReported-Domain: %s\nAuthentication-Results: mx.%s; dmarc=fail (p=quarantine) header.from=%s; spf=fail smtp.mailfrom=%s; dkim=none\n"
          "Delivery-Result: delivered\n") % (CO_FROM, rfcdate(c.sent), CO_DOMAIN, c.rdomain, CO_DOMAIN, CO_DOMAIN)
    t = ("This is a DMARC failure report for an email sent with From: %s from IP 203.0.113.66.\n"
         "The message failed SPF and DKIM alignment; it was delivered to the quarantine folder.\n") % CO_FROM
    return NB(c, "DMARC failure report (RFC 6591 / ruf)", "report about a spoofed message claiming to be from the company; not a bounce",
              "dmarc-ruf@%s" % c.rdomain, "DMARC Failure Report for %s" % CO_DOMAIN, t, structure="report",
              report_type="feedback-report", report_ct="message/feedback-report", dsn=fb, attach="headers", in_reply=False,
              return_path="<>", to="dmarc@" + CO_DOMAIN)


@reg
def n38():
    c = ctx_at("yahoo") if False else make_ctx(domain="yahoo.example")
    fb = ("Feedback-Type: abuse\nUser-Agent: Yahoo!-Mail-Feedback/2.0\nVersion: 0.1\nOriginal-Mail-From: <%s>\n"
          "Original-Rcpt-To: <%s>\nReceived-Date: %s\nSource-IP: 192.0.2.41\nReported-Domain: %s\n") % (CO_FROM, c.rcpt, rfcdate(c.sent), CO_DOMAIN)
    t = "This is an email abuse report for an email message received from IP 192.0.2.41 on %s.\nFor more information about this format please see http://www.mipassoc.example/arf/.\n" % rfcdate(c.sent)
    return NB(c, "Yahoo complaint feedback loop (ARF, RFC 5965)", "spam complaint: the reminder WAS delivered and the recipient pressed 'spam'",
              "Yahoo! Mail AntiSpam Feedback <feedback@arf.mail.yahoo.example>", "Email Feedback Report for IP 192.0.2.41", t,
              structure="report", report_type="feedback-report", report_ct="message/feedback-report", dsn=fb, attach="rfc822",
              in_reply=False, return_path="<>", to="abuse@" + CO_DOMAIN)


# ---------------------------------------------------------- lists, helpdesks
@reg
def n39():
    c = make_ctx()
    lst = "conseil-syndical@lists.%s" % c.rdomain
    t = ("Your mail to 'Conseil-syndical' with the subject\n\n    %s\n\nIs being held until the list moderator can review it for approval.\n\n"
         "The reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
         "Either the message will get posted to the list, or you will receive\nnotification of the moderator's decision.\n") % c.subject
    return NB(c, "GNU Mailman 2.1 moderation notice", "held for moderation, not rejected", "conseil-syndical-owner@lists.%s" % c.rdomain,
              "Your message to Conseil-syndical awaits moderator approval", t, charset="utf-8", cte="8bit", return_path="<conseil-syndical-bounces@lists.%s>" % c.rdomain,
              extra_headers=[("List-Id", "<conseil-syndical.lists.%s>" % c.rdomain), ("Precedence", "bulk")], auto="auto-replied")


@reg
def n40():
    c = make_ctx()
    t = ("Bonjour,\n\nVotre message intitulé « %s » a été transmis au modérateur de la liste\n"
         "« tresorerie@listes.%s ». Il sera diffusé après validation.\n\n-- \nSympa, gestionnaire de listes de diffusion\n") % (c.subject, c.rdomain)
    return NB(c, "Sympa 6 moderation notice (FR)", "French list moderation notice", "sympa@listes.%s" % c.rdomain,
              "Message soumis à modération", t, charset="utf-8", cte="quoted-printable", return_path="<sympa-request@listes.%s>" % c.rdomain,
              auto="auto-replied")


@reg
def n41():
    c = make_ctx(lang="en")
    t = ("Your message to the group finance-team@%s is pending approval by a group manager.\n\n"
         "You'll get a notification if your message is rejected. There's no notification if it's approved.\n") % c.rdomain
    return NB(c, "Google Groups pending-moderation notice", "pending approval (not rejected)", "finance-team+noreply@%s" % c.rdomain,
              "Your message is pending approval", t, return_path="<>", html=True, structure="alternative")


@reg
def n42():
    c = make_ctx()
    tid = R.randint(10000, 99999)
    t = ("Bonjour,\n\nNous avons bien reçu votre demande et un ticket a été créé sous le numéro #%d.\n"
         "Un membre du service comptable fournisseurs vous répondra sous 5 jours ouvrés.\n\n"
         "Merci de ne pas modifier l'objet du message si vous répondez.\n\n-- \nService fournisseurs – %s\n") % (tid, c.org_name)
    return NB(c, "helpdesk acknowledgement (GLPI-like)", "ticket created from our reminder", "support-fournisseurs@%s" % c.rdomain,
              "[Ticket #%d] %s" % (tid, c.subject), t, charset="utf-8", cte="quoted-printable", auto="auto-replied", return_path="<>")


@reg
def n43():
    c = make_ctx(lang="en")
    t = ("##- Please type your reply above this line -##\n\nYour request (%d) has been received and is being reviewed by our support staff.\n\n"
         "To add additional comments, reply to this email.\n") % R.randint(100000, 999999)
    return NB(c, "helpdesk acknowledgement (Zendesk-like)", "request received", "Accounts Payable <support@%s>" % c.rdomain,
              "[Request received] " + c.subject, t, html=True, structure="alternative", auto="auto-generated", return_path="<>")


@reg
def n44():
    c = make_ctx()
    t = ("Madame, Monsieur,\n\nVotre courriel a bien été reçu par les services de la mairie et enregistré sous\n"
         "le numéro %d. Il sera transmis au service compétent (finances).\n\nCeci est un message automatique, merci de ne pas y répondre.\n") % R.randint(100000, 999999)
    return NB(c, "town-hall auto-acknowledgement", "accusé de réception administratif", "ne-pas-repondre@mairie-stvincent.example",
              "Accusé de réception de votre courriel", t, charset="iso-8859-1", cte="quoted-printable", auto="auto-replied", return_path="<>")


# ---------------------------------------------------------- newsletters / platforms
@reg
def n45():
    c = make_ctx()
    t = ("Délivrabilité : 5 conseils pour que vos relances arrivent à bon port\n\n"
         "1. Surveillez vos hard bounces (adresses inexistantes) et retirez-les de vos listes.\n"
         "2. Un soft bounce (boîte pleine, serveur indisponible) n'est pas définitif.\n"
         "3. Configurez SPF, DKIM et DMARC sur votre domaine.\n"
         "4. Évitez les pièces jointes trop lourdes.\n"
         "5. Lisez vos rapports de non-distribution (NDR) : ils expliquent pourquoi un message n'a pas été délivré.\n\n"
         "Se désinscrire : https://news.brevo.example/unsubscribe\n")
    return NB(c, "Brevo newsletter", "newsletter about bounces and 'non-distribution'", "Brevo <newsletter@news.brevo.example>",
              "Vos e-mails sont-ils bien délivrés ?", t, charset="utf-8", cte="base64", html=True, structure="alternative",
              in_reply=False, return_path="<bounces-%s@news.brevo.example>" % rnd("0123456789", 9),
              extra_headers=[("List-Unsubscribe", "<https://news.brevo.example/unsubscribe>"), ("Precedence", "bulk")])


@reg
def n46():
    c = make_ctx(lang="en")
    t = ("Deliverability digest\n\nWhat is a bounce? A hard bounce means the address does not exist; a soft bounce means "
         "a temporary problem such as a full mailbox. Your account statistics this month: 1,204 delivered, 9 bounced, 0 blocked.\n")
    return NB(c, "Mailjet product newsletter", "English newsletter with bounce statistics", "Mailjet <news@mailjet.example>",
              "Your monthly delivery report", t, html=True, structure="alternative", in_reply=False, return_path="<>",
              extra_headers=[("Precedence", "bulk")])


@reg
def n47():
    c = make_ctx(lang="en")
    t = ("Weekly summary for mg.%s\n\nAccepted: 212\nDelivered: 205\nTemporary failures: 4\nPermanent failures: 3\n"
         "Complaints: 0\n\nView the logs in your dashboard for details.\n") % CO_DOMAIN
    return NB(c, "Mailgun weekly summary", "statistics e-mail mentioning 'Permanent failures: 3'", "Mailgun <help@mailgun.example>",
              "Your weekly Mailgun summary", t, in_reply=False, return_path="<>")


@reg
def n48():
    c = make_ctx()
    import json as _j
    js = _j.dumps({"notificationType": "Delivery", "mail": {"timestamp": iso_utc(c.sent), "source": CO_FROM,
                   "messageId": rnd("0123456789abcdef", 16), "destination": [c.rcpt]},
                   "delivery": {"timestamp": iso_utc(later(c.sent, seconds=3)), "recipients": [c.rcpt],
                                "smtpResponse": "250 2.0.0 OK", "reportingMTA": "a7-12.smtp-out.eu-west-3.amazonses.example"}})
    t = js + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\nhttps://sns.eu-west-3.amazonaws.example/unsubscribe.html\n"
    return NB(c, "Amazon SNS e-mail notification (SES Delivery event)", "notificationType Delivery, JSON", "AWS Notifications <no-reply@sns.amazonaws.example>",
              "AWS Notification Message", t, in_reply=False, return_path="<>")


@reg
def n49():
    c = make_ctx(org=("Mairie de Saint-Vincent-sur-Isère", "mairie-stvincent.example"))
    t = ("Portail Factures Publiques – notification\n\nLa facture n° %s déposée le %s par SARL JARDINS DU GRESIVAUDAN\n"
         "a été REJETÉE par le destinataire MAIRIE DE SAINT-VINCENT-SUR-ISERE.\n\n"
         "Motif du rejet : numéro d'engagement juridique absent ou erroné.\n"
         "Commentaire : merci de redéposer la facture avec le bon de commande n° BC-2026-%04d.\n\n"
         "Statut : REJETÉE – aucune mise en paiement ne sera effectuée.\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.\n") % (
        c.inv, numdate(c.idate), R.randint(1, 9999))
    return NB(c, "public e-invoicing portal notice (Chorus Pro-like)", "the INVOICE was rejected, not the e-mail",
              "Portail Factures Publiques <ne-pas-repondre@factures-publiques.example>", "Facture %s : rejetée" % c.inv, t,
              charset="utf-8", cte="quoted-printable", in_reply=False, return_path="<>", auto="auto-generated")


@reg
def n50():
    c = make_ctx(lang="en")
    t = ("Invoice %s has been rejected\n\nCustomer: %s\nReason: PO number missing\n\n"
         "Please log in to the supplier portal to correct and resubmit the invoice.\n") % (c.inv, c.org_name)
    return NB(c, "supplier portal notice (Coupa-like)", "invoice rejected in the buyer's procurement portal",
              "Supplier Portal <do_not_reply@supplier-portal.example>", "Invoice Rejected: %s" % c.inv, t, in_reply=False,
              html=True, structure="alternative", return_path="<>")


# ---------------------------------------------------------- recall, calendar
@reg
def n51():
    c = make_ctx()
    t = ("%s %s souhaite rappeler le message « Relevé de compte – acompte chantier ».\n") % (c.first, c.last)
    return NB(c, "Outlook message recall", "recall request from a client, not about our mail", who(c),
              "Rappel : Relevé de compte – acompte chantier", t, charset="utf-8", cte="quoted-printable", in_reply=False,
              return_path="<%s>" % c.rcpt, extra_headers=[("X-MS-Exchange-Organization-Recall", "true")])


@reg
def n52():
    c = make_ctx(lang="en")
    t = ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\n"
         "Recall Success: the message was successfully recalled... \n"
         "(this is the Message Recall Report for a message sent by our own office mailbox)\n") % (c.rcpt, c.subject, usdate(c.sent))
    return NB(c, "Exchange Message Recall Report", "recall report about a message of ours: it was delivered then recalled",
              "Microsoft Outlook <postmaster@jardinsgresivaudan.onmicrosoft.example>", "Message Recall Report for message: " + c.subject, t,
              return_path="<>", auto="auto-generated")


def ics_reply(c, status, summary, start):
    uid = rnd("0123456789ABCDEF", 32)
    return ("BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\n"
            "ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s\nSUMMARY;LANGUAGE=fr-FR:%s\nDTSTART;TZID=Romance Standard Time:%s\n"
            "DTEND;TZID=Romance Standard Time:%s\nUID:%s\nORGANIZER:mailto:%s\nDTSTAMP:%s\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n") % (
        status, strip_acc("%s %s" % (c.first, c.last)), c.rcpt, summary, start.strftime("%Y%m%dT%H%M00"),
        later(start, hours=2).strftime("%Y%m%dT%H%M00"), uid, CO_FROM, iso_utc(c.sent).replace("-", "").replace(":", ""))


@reg
def n53():
    c = make_ctx()
    st = later(c.sent, days=7).replace(hour=9, minute=0)
    summ = "Passage jardinier – taille des haies"
    ics = ics_reply(c, "ACCEPTED", summ, st)
    cal = "Content-Type: text/calendar; charset=utf-8; method=REPLY\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(ics.encode()).decode()
    return NB(c, "Outlook calendar reply (accepted)", "« Accepté : » calendar reply", who(c), "Accepté : " + summ,
              "%s %s a accepté.\n" % (c.first, c.last), charset="utf-8", cte="quoted-printable", structure="mixed",
              extra_parts=[cal], in_reply=False, return_path="<%s>" % c.rcpt)


@reg
def n54():
    c = make_ctx()
    st = later(c.sent, days=3).replace(hour=14, minute=0)
    summ = "Rendez-vous devis aménagement"
    ics = ics_reply(c, "DECLINED", summ, st)
    cal = "Content-Type: text/calendar; charset=utf-8; method=REPLY\nContent-Transfer-Encoding: 7bit\n\n" + ics
    return NB(c, "calendar reply (declined)", "« Refusé : » calendar reply", who(c), "Refusé : " + summ,
              "Je ne serai pas disponible, pouvons-nous décaler ?\n", charset="utf-8", cte="8bit", structure="mixed",
              extra_parts=[cal], in_reply=False, return_path="<%s>" % c.rcpt)


@reg
def n55():
    c = make_ctx()
    t = ("Bonjour,\n\nJe viens de voir votre relance. Votre premier envoi avait été refusé par notre\n"
         "serveur (« 550 5.7.1 message rejected as spam » d'après notre prestataire informatique), d'où\n"
         "notre silence. Nous avons ajouté votre domaine en liste blanche. Le paiement sera fait vendredi.\n\n"
         "Cordialement,\n%s %s – %s\n\n> %s\n") % (c.first, c.last, c.org_name, c.subject)
    return NB(c, "human reply (Outlook for Mac)", "human message quoting an SMTP rejection code about a previous mail", who(c),
              "RE: " + c.subject, t, charset="utf-8", cte="8bit", return_path="<%s>" % c.rcpt, xmailer="Microsoft Outlook 16.89")

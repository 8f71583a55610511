"""The 60 look-alikes (not delivery failures)."""
import datetime as _d
from common import *  # noqa
from tpl_bounce import C
from tpl_other import simple, quote, dsn_delivered, exchange_delivered, mdn, ooo, dmarc_report, tls_report

SPECS = []


def L(to, fn, *, eol="crlf", diag="ok_postfix", name="", note="", subj=None, **ckw):
    SPECS.append(dict(n=len(SPECS) + 1, to=to, fn=fn, eol=eol, diag=diag, name=name, note=note, subj=subj, ckw=ckw))


def build(spec, seed):
    o = Orig(seed, spec["to"], spec["name"], subj=spec["subj"] if spec["subj"] is not None else seed,
             day=1 + seed % 7, hour=8 + seed % 9, minute=(seed * 7) % 60)
    ckw = dict(spec["ckw"])
    ckw.setdefault("offset_s", 600 + seed * 97 % 20000)
    c = C(seed, o, spec["diag"], **ckw)
    text, cs = spec["fn"](c)
    return text, cs, {"bounce": False, "kind": "not_bounce", "permanent": False, "recipient": "", "note": spec["note"]}


def sig(name, firm, extra=""):
    return "\n-- \n%s\n%s\n%s" % (name, firm, extra)


def quoted_orig(c, lang="fr"):
    o = c.o
    if lang == "fr":
        head = "Le %s, Cabinet Morel Expertise <%s> a écrit :\n" % (o.date.strftime("%d/%m/%Y à %H:%M"), ME)
    else:
        head = "On %s, Cabinet Morel Expertise <%s> wrote:\n" % (o.date.strftime("%a, %d %b %Y at %H:%M"), ME)
    return head + quote(o.body)


def reply(c, body, frm_name, subj_prefix="Re: ", charset="utf-8", cte="quoted-printable", extra="", quote_orig=True, lang="fr", to=ME):
    b = body + ("\n" + quoted_orig(c, lang) if quote_orig else "")
    return simple("%s <%s>" % (frm_name, c.rcpt), to, subj_prefix + c.o.subject, c.date, b, charset, cte, extra,
                  mid="<%s@%s>" % (qid("re" + str(c.seed), 18), c.dom), irt=c.o.msgid)


# ---------------- positive DSNs (6)
L("compta@ateliers-besnard.example", lambda c: dsn_delivered(c, OUR_MTA), note="Postfix success DSN (NOTIFY=SUCCESS), Action: delivered")
L("direction@sas-kerleau.example", lambda c: dsn_delivered(c, "relay4.mail.gandi.example", action="relayed"), diag="ok_relay", eol="lf", note="Action: relayed")
L("p.renaud@renaud-frigo.example", lambda c: exchange_delivered(c, "en"), note="Exchange 'Delivered:' receipt")
L("comptabilite@sarl-tanguy.example", lambda c: exchange_delivered(c, "fr"), note="Exchange « Remis : »")
L("achats@maison-olivier.example", lambda c: exchange_delivered(c, "fr", relayed=True), note="Exchange « Relayé : » — relayed, no failure")
L("julie.fleury@gmail.example", lambda c: dsn_delivered(c, "mail.cabinet-morel.example", subject="Delivery Status Notification (Success)"), diag="ok_gmail", note="success DSN")

# ---------------- read receipts (5)
L("f.michel@michel-sarl.example", lambda c: mdn(c), note="Outlook read receipt (MDN)")
L("contact@fleurs-dumas.example", lambda c: mdn(c, "Lu : ", human="Votre message\n\n  À : %s\n  Objet : %s\n  Envoyé : %s\n\na été lu le %s.\n" % (
    c.rcpt, c.o.subject, c.o.date.strftime("%d/%m/%Y %H:%M"), c.date.strftime("%d/%m/%Y %H:%M"))), note="Outlook « Lu : »")
L("thomas.barbier@barbier-transports.example", lambda c: mdn(c, "Return Receipt (displayed) - ", disposition="manual-action/MDN-sent-manually; displayed",
                                                            human="This is a Return Receipt for the mail that you sent to %s.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n" % c.rcpt,
                                                            ua="Thunderbird 128.5.0"), eol="lf", note="Thunderbird MDN")
L("s.aubert@aubert-immobilier.example", lambda c: mdn(c, "Not read: ", disposition="manual-action/MDN-sent-automatically; deleted",
                                                     human="Your message\n\n  To: %s\n  Subject: %s\n\nwas deleted without being read on %s.\n" % (c.rcpt, c.o.subject, c.date.strftime("%d/%m/%Y %H:%M"))),
  note="MDN 'deleted without being read' — delivered, so not a bounce")
L("gilles.riviere@orange.example", lambda c: mdn(c, "Non lu : ", disposition="manual-action/MDN-sent-automatically; deleted",
                                                 human="Votre message\n\n  À : %s\n  Objet : %s\n\na été supprimé sans avoir été lu le %s.\n" % (c.rcpt, c.o.subject, c.date.strftime("%d/%m/%Y %H:%M")),
                                                 lang_charset="iso-8859-1"), note="« Non lu : », latin-1")

# ---------------- out of office (9)
L("c.lebon@lebon-peinture.example", lambda c: ooo(c, "Absence du bureau : " + c.o.subject,
  "Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 14 décembre inclus, avec un accès limité à\nmes messages. Pour toute question urgente concernant la comptabilité, vous pouvez\njoindre Mme Carré au 02 40 00 00 00.\n\nCordialement,\nCéline Lebon\n"), name="Céline Lebon")
L("comptabilite@ets-poirier.example", lambda c: ooo(c, "Réponse automatique : " + c.o.subject,
  "Bonjour,\n\nNos bureaux sont fermés du 21 décembre au 4 janvier. Votre message a bien été reçu\net sera traité à notre retour.\n\nL'équipe Poirier\n", charset="iso-8859-1", cte="8bit"), eol="lf", note="latin-1 8bit")
L("m.durand@durand-logistics.example", lambda c: ooo(c, "Automatic reply: " + c.o.subject,
  "Thank you for your email. I am out of the office until 9 December with no access to email.\nFor accounts payable matters please contact ap@durand-logistics.example.\n\nBest regards,\nMark Durand\n", cte="7bit"), name="Mark Durand")
L("info@oldshop-nantes.example", lambda c: ooo(c, "Automatic reply: " + c.o.subject,
  "This address is no longer monitored.\n\nYour message has been received but will not be read. Please resend your\nrequest to contact@newshop-nantes.example. We apologise for any inconvenience.\n", cte="7bit"),
  note="'no longer monitored' but the mail WAS delivered")
L("a.thomas@thomas-carrelage.example", lambda c: ooo(c, "Réponse automatique : " + c.o.subject,
  "Bonjour,\n\nCette adresse n'est plus consultée. Votre message ne sera pas lu.\nMerci d'écrire désormais à facturation@thomas-carrelage.example.\n\nCordialement\n"),
  note="« adresse plus consultée » but delivered")
L("r.fournier@fournier-ebenisterie.example", lambda c: simple("Romain Fournier <%s>" % c.rcpt, ME, "I have left the company / J'ai quitté l'entreprise", c.date,
  "Hello,\n\nI have left Fournier Ébénisterie on 30 November. This mailbox will be closed at\nthe end of the month. Please write to direction@fournier-ebenisterie.example.\n\n"
  "Bonjour,\n\nJ'ai quitté l'entreprise le 30 novembre. Merci d'écrire à\ndirection@fournier-ebenisterie.example.\n", "utf-8", "8bit", "X-Autoreply: yes\nPrecedence: auto_reply\n",
  irt=c.o.msgid), note="auto reply without Auto-Submitted (X-Autoreply/Precedence), delivered")
L("b.gaillard@gaillard-couvreur.example", lambda c: ooo(c, "Je suis en congés",
  "Bonjour,\n\nJe suis en congés jusqu'au 7 décembre. Je vous répondrai dès mon retour.\n\nBernard Gaillard\n", charset="windows-1252", cte="quoted-printable"), eol="cr", note="CR-only line endings, windows-1252")
L("noreply@plateforme-achats.example", lambda c: ooo(c, "Automatic reply: " + c.o.subject,
  "This mailbox does not accept incoming messages and is not read. Your email has not been\nforwarded. To contact our accounts payable team, use the supplier portal:\nhttps://portail.plateforme-achats.example/fournisseurs\n", cte="7bit"),
  note="no-reply mailbox auto-answer; the mail was accepted — judgement: not a bounce")
L("sav@cuisines-lemarchand.example", lambda c: ooo(c, "Accusé de réception – " + c.o.subject,
  "Bonjour,\n\nNous accusons bonne réception de votre message. Il sera traité dans un délai de\n48 heures ouvrées.\n\nLe service client Cuisines Lemarchand\n"), note="automatic acknowledgement")

# ---------------- human replies quoting / forwarding a bounce (6)
def _fwd_bounce(c):
    body = ("Bonjour Madame Morel,\n\nJ'ai essayé de vous répondre au sujet de la facture %s mais mon message\n"
            "m'est revenu avec l'erreur ci-dessous. Votre adresse est-elle bien la bonne ?\n\nCordialement,\nHervé Colas\n\n"
            "---------- Message transféré ----------\nDe : Mail Delivery System <MAILER-DAEMON@smtp.colas-btp.example>\n"
            "Date : %s\nObjet : Undelivered Mail Returned to Sender\nÀ : h.colas@colas-btp.example\n\n"
            "This is the mail system at host smtp.colas-btp.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
            "<relance@cabinet-morel.example>: host mail.cabinet-morel.example[192.0.2.10] said:\n    550 5.1.1 <relance@cabinet-morel.example>: Recipient address rejected: User\n"
            "    unknown in virtual mailbox table (in reply to RCPT TO command)\n") % (c.o.inv, rfcdate(c.date - _d.timedelta(minutes=20)))
    return simple("Hervé Colas <%s>" % c.rcpt, ME, "TR: Undelivered Mail Returned to Sender", c.date, body, "utf-8", "quoted-printable", irt=None)
L("h.colas@colas-btp.example", _fwd_bounce, note="client forwards a bounce HE got (typo in our address) — the failed address is not one we wrote to")

L("compta@sarl-pichon.example", lambda c: reply(c,
  "Bonjour,\n\nJe vous ai répondu hier mais j'ai reçu un message « Mail delivery failed: returning\nmessage to sender » de notre serveur. Je réessaie donc depuis cette adresse.\n\n"
  "Le virement de %s € a été émis le 3 décembre, vous devriez le recevoir sous 48 h.\n\nCordialement,\nNadine Pichon\nService comptable\n" % c.o.amount, "Nadine Pichon"),
  note="human reply mentioning a bounce; payment announced")

def _quote_ndr(c):
    body = ("Bonjour,\n\nNotre informaticien me dit que vos relances partaient à une mauvaise adresse, voici ce que\n"
            "votre logiciel aurait dû recevoir :\n\n"
            "> Delivery has failed to these recipients or groups:\n>\n> factures@ancien-nom-sarl.example\n"
            "> The email address you entered couldn't be found.\n>\n> Diagnostic information for administrators:\n"
            "> Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\n"
            "Merci d'utiliser désormais l'adresse %s pour nos factures.\n\nBien à vous,\nLaurent Hardy\n") % c.rcpt
    return simple("Laurent Hardy <%s>" % c.rcpt, ME, "Re: " + c.o.subject + " – changement d'adresse", c.date, body, "utf-8", "8bit", irt=c.o.msgid)
L("l.hardy@hardy-nouveau-nom.example", _quote_ndr, note="human reply quoting an Exchange NDR text inline; our mail reached him")

L("a.schmitt@schmitt-gmbh.example", lambda c: reply(c,
  "Dear Ms Morel,\n\nYour reminder reached me although our IT warned me that some of your earlier messages\n"
  "were marked \"Undeliverable\" on your side. Payment of invoice %s was released today.\n\nKind regards,\nAnna Schmitt\n" % c.o.inv, "Anna Schmitt", lang="en"),
  note="English human reply mentioning 'Undeliverable'")

def _fwd_delay(c):
    body = ("Bonjour,\n\nPour info, Gmail m'a envoyé ça quand je vous ai écrit lundi :\n\n"
            "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\n"
            "Date: %s\nSubject: Delivery Status Notification (Delay)\nTo: <%s>\n\n"
            "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to relances@cabinet-morel.example.\n"
            "Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
            "Finalement il est parti ? Je reste disponible.\n\nÉric\n") % (rfcdate(c.date - _d.timedelta(days=2)), c.rcpt)
    return simple("Eric Blanchard <%s>" % c.rcpt, ME, "Fwd: Delivery Status Notification (Delay)", c.date, body, "utf-8", "quoted-printable")
L("eric.blanchard@gmail.example", _fwd_delay, note="client forwards a Gmail delay notice about HIS mail to us")

L("direction@sarl-maillard.example", lambda c: reply(c,
  "Bonjour,\n\nBien reçu votre relance, je la transmets à notre expert-comptable qui règle les\nfournisseurs le 10 du mois.\n\nCordialement,\nP. Maillard\n", "Patrick Maillard",
  charset="windows-1252", cte="quoted-printable"), eol="lf", note="plain human reply, windows-1252")

# ---------------- « arrivé dans mes spams » (2)
L("marion.perrot@orange.example", lambda c: reply(c,
  "Bonjour,\n\nVotre mail est arrivé dans mes spams, je viens seulement de le voir. Je m'occupe du\nrèglement cette semaine.\n\nMarion Perrot\n", "Marion Perrot"),
  note="« votre mail est arrivé dans mes spams »")
L("ch.bailly@bailly-menuiserie.example", lambda c: reply(c,
  "Bonjour Madame,\n\nVos relances tombent systématiquement dans le dossier « Courrier indésirable » de\nnotre messagerie, d'où notre retard. J'ai ajouté votre adresse aux expéditeurs\napprouvés. Le paiement partira vendredi.\n\nChristophe Bailly\n", "Christophe Bailly", charset="windows-1252", cte="8bit"),
  note="spam folder, windows-1252 8bit")

# ---------------- quarantine digests (4)
def _pp_digest(c):
    body = ("Proofpoint Essentials - End User Digest for relances@cabinet-morel.example\n\n"
            "The emails listed below have been placed in your personal Quarantine since your last digest.\n\n"
            "Score  From                              Subject\n"
            "  99   billing@faux-fournisseur.example  Facture impayee No 88231 - action requise\n"
            "  87   no-reply@promo-imprimantes.example  -50%% sur les toners\n"
            "  74   mailer-daemon@phish.example        Undelivered Mail Returned to Sender\n\n"
            "Release | Safelist | Blocklist\n\nDigest generated %s\n") % c.date.strftime("%d/%m/%Y %H:%M")
    return simple("Proofpoint Essentials <quarantine@proofpointessentials.example>", ME, "End User Digest: 3 New Messages", c.date, body, "us-ascii", "7bit", "Auto-Submitted: auto-generated\n")
L("quarantine@proofpointessentials.example", _pp_digest, note="quarantine digest listing a fake 'Undelivered Mail' subject")

def _mc_hold(c):
    body = ("Mimecast - Messages on Hold\n\nYou have 2 messages on hold for relances@cabinet-morel.example:\n\n"
            "1. From: comptabilite@client-inconnu.example  Subject: Re: Relance facture %s  Reason: Attachment policy\n"
            "2. From: postmaster@bulk.example  Subject: Delivery Status Notification (Failure)  Reason: Spam\n\n"
            "Log in to the Mimecast Personal Portal to release or reject these messages.\n") % c.o.inv
    return simple("Mimecast Personal Portal <postmaster@mimecast-pp.example>", ME, "Mimecast: messages on hold", c.date, body, "us-ascii", "7bit")
L("postmaster@mimecast-pp.example", _mc_hold, eol="lf", note="hold digest")

def _ms_quarantine(c):
    html = ("<html><body><p>Vous avez des messages en quarantaine.</p><table><tr><th>Expéditeur</th><th>Objet</th><th>Date</th></tr>"
            "<tr><td>MAILER-DAEMON@relay.bulk.example</td><td>Non remis : Votre colis</td><td>%s</td></tr>"
            "<tr><td>support@faux-microsoft.example</td><td>Échec de la remise de 4 messages</td><td>%s</td></tr></table>"
            "<p>Examinez ces messages dans les 30 jours sur le portail de quarantaine.</p></body></html>") % (c.date.strftime("%d/%m/%Y"), c.date.strftime("%d/%m/%Y"))
    h = ("From: Microsoft 365 Message center <quarantine@messaging.microsoft.example>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <q%s@messaging.microsoft.example>\n"
         "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n") % (
        ME, h2047q("Microsoft 365 : vous avez 2 nouveaux messages en quarantaine"), rfcdate(c.date), qid("q" + str(c.seed), 16))
    return h + "\n" + b64(html) + "\n", "utf-8"
L("quarantine@messaging.microsoft.example", _ms_quarantine, note="M365 quarantine notification, html only")

def _vade(c):
    body = ("Bonjour,\n\nLes messages suivants adressés à relances@cabinet-morel.example ont été bloqués par\n"
            "notre filtre antispam au cours des dernières 24 heures :\n\n"
            "  - « Message non délivré » de postmaster@livraison-rapide.example\n"
            "  - « Votre facture est disponible » de noreply@factures-en-ligne.example\n\n"
            "Vous pouvez les débloquer depuis votre espace client.\n\nLe service Messagerie\n")
    return simple("Filtre antispam <antispam@filtrage-vade.example>", ME, "Vos messages bloqués – rapport quotidien", c.date, body, "iso-8859-1", "quoted-printable", "Auto-Submitted: auto-generated\n")
L("antispam@filtrage-vade.example", _vade, note="Vade-style blocked-messages report")

# ---------------- DMARC / TLS reports (3)
L("noreply-dmarc-support@google.example", lambda c: dmarc_report(c, "google.example", "google.example", "1297482613%d" % c.seed, 1796256000, 1796342399, 12, 1),
  note="DMARC aggregate report")
L("dmarc@yahoo.example", lambda c: dmarc_report(c, "Yahoo", "yahoo.example", "1796342400.%d" % (70000 + c.seed), 1796256000, 1796342399, 5, 2), eol="lf",
  note="DMARC aggregate report")
L("noreply-smtp-tls-reporting@google.example", lambda c: tls_report(c, "google.example"), note="SMTP TLS report (RFC 8460)")

# ---------------- ticket acknowledgements (3)
def _ticket(c, subjtpl, body, frm):
    return simple(frm, ME, subjtpl % (40000 + c.seed * 31, c.o.subject), c.date, body % (40000 + c.seed * 31), "utf-8", "quoted-printable",
                  "Auto-Submitted: auto-replied\nX-Zendesk-From-Account-Id: a1b2c3\n", irt=c.o.msgid)
L("support@logiciel-gestion.example", lambda c: _ticket(c, "[Ticket #%d] %s",
  "Bonjour,\n\nNous avons bien reçu votre demande. Elle a été enregistrée sous le numéro #%d.\n"
  "Notre équipe vous répondra sous 2 jours ouvrés.\n\nLe support\n", "Support Logiciel Gestion <support@logiciel-gestion.example>"),
  note="helpdesk ticket acknowledgement")
L("ap@groupe-international.example", lambda c: _ticket(c, "Request received [#%d]: %s",
  "Your request (%d) has been received and is being reviewed by our Accounts Payable team.\n\nTo add additional comments, reply to this email.\n",
  "Accounts Payable <ap@groupe-international.example>"), eol="lf", note="AP helpdesk auto-ack")
L("factures@grande-distrib.example", lambda c: _ticket(c, "Accusé de réception n°%d – %s",
  "Madame, Monsieur,\n\nVotre courriel a été enregistré sous la référence %d. Les demandes relatives\nau règlement des factures sont traitées sous 15 jours.\n\nService Fournisseurs\n",
  "Service Fournisseurs <factures@grande-distrib.example>"), note="supplier desk auto-ack")

# ---------------- bank: rejected direct debit (2)
L("alertes@banque-atlantique.example", lambda c: simple("Banque Atlantique <alertes@banque-atlantique.example>", ME, "Prélèvement rejeté – compte professionnel", c.date,
  "Madame, Monsieur,\n\nNous vous informons que le prélèvement SEPA suivant a été rejeté :\n\n"
  "  Créancier : URSSAF PAYS DE LA LOIRE\n  Montant : 1 284,00 EUR\n  Motif du rejet : AM04 – provision insuffisante\n\n"
  "Des frais de rejet de 20,00 EUR seront prélevés sur votre compte.\n\nConnectez-vous à votre espace pour plus de détails.\n\nBanque Atlantique\n",
  "windows-1252", "quoted-printable", "Auto-Submitted: auto-generated\n"), note="bank notice « prélèvement rejeté »")
L("noreply@credit-regional.example", lambda c: simple("Crédit Régional <noreply@credit-regional.example>", ME, "Avis de rejet de prélèvement SEPA", c.date,
  "Bonjour,\n\nLe prélèvement SEPA émis par votre société (mandat RUM CM-0042, débiteur SARL PICHON,\nmontant 540,00 EUR) a été retourné impayé.\nCode motif : MS02 – refus du débiteur.\n\n"
  "Ce message est envoyé automatiquement, merci de ne pas y répondre.\n", "utf-8", "base64"), eol="lf", note="rejected direct debit (our collection), base64 body")

# ---------------- parcel delivery failure (2)
L("suivi@colis-express.example", lambda c: simple("Colis Express <suivi@colis-express.example>", ME, "Échec de livraison de votre colis 6A12345678901", c.date,
  "Bonjour,\n\nNotre livreur est passé le %s mais n'a pas pu remettre votre colis 6A12345678901\n"
  "(destinataire absent). Il est disponible dans votre point relais pendant 10 jours.\n\nColis Express\n" % c.date.strftime("%d/%m/%Y"), "utf-8", "quoted-printable"),
  note="parcel delivery failure")
L("notification@parcel-global.example", lambda c: simple("Parcel Global <notification@parcel-global.example>", ME, "Delivery failure notification – shipment 1Z999AA10123456784", c.date,
  "We attempted to deliver your shipment today but were unable to complete the delivery.\nReason: The receiver was not available.\nA second attempt will be made on the next business day.\n",
  "us-ascii", "7bit"), eol="lf", note="parcel 'Delivery failure notification' in English")

# ---------------- phishing dressed as a bounce (3)
L("mailer-daemon@secure-mailcenter.example", lambda c: simple("Mail Delivery System <mailer-daemon@secure-mailcenter.example>", ME,
  "Mail delivery failed: 3 messages held for relances@cabinet-morel.example", c.date,
  "Message failure!\n\nWe could not deliver 3 incoming messages to your mailbox because your mailbox\nverification has expired.\n\n"
  "Click here to release pending messages: http://release.secure-mailcenter.example/cabinet-morel\n\n"
  "Failure to verify within 24 hours will result in permanent deletion.\n\ncabinet-morel.example Mail Administrator\n", "us-ascii", "7bit"),
  note="phishing styled as a bounce; no DSN, no original, link to click")
L("admin@cabinet-morel-webmail.example", lambda c: simple("Administrateur messagerie <admin@cabinet-morel-webmail.example>", ME,
  "Votre boîte mail est pleine – messages non délivrés", c.date,
  "Cher utilisateur,\n\nVotre boîte aux lettres a dépassé la limite de stockage (99 %%). 7 messages entrants\nn'ont pas été délivrés.\n\n"
  "Validez votre compte ici pour augmenter votre quota : http://quota.cabinet-morel-webmail.example/login\n\nService informatique\n".replace("%%", "%"), "utf-8", "8bit"),
  eol="cr", note="phishing 'mailbox full', CR-only")
def _phish_ndr(c):
    html = ("<html><body><div style=\"font-family:Segoe UI\"><h2 style=\"color:#c00\">Undeliverable: pending messages</h2>"
            "<p>Microsoft Outlook could not deliver 5 messages to %s due to a sync error.</p>"
            "<p><a href=\"http://outlook-recover.example/release?u=relances\">Recover messages</a></p>"
            "<p style=\"font-size:10px\">Microsoft Corporation</p></div></body></html>") % ME
    h = ("From: \"Microsoft Outlook\" <no-reply@outlook-recover.example>\nTo: %s\nSubject: Undeliverable: 5 pending messages\nDate: %s\nMessage-ID: <%s@outlook-recover.example>\n"
         "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n") % (ME, rfcdate(c.date), qid("ph" + str(c.seed), 16))
    return h + "\n" + qp(html), "utf-8"
L("no-reply@outlook-recover.example", _phish_ndr, note="phishing imitating an Outlook NDR")

# ---------------- newsletter / mailing lists (3)
L("news@federation-artisans.example", lambda c: simple("Fédération des Artisans <news@federation-artisans.example>", ME,
  "Contenu non distribuable – votre inscription à la lettre d'information", c.date,
  "Bonjour,\n\nLe contenu de la lettre d'information n°112 n'a pas pu être affiché dans votre\nmessagerie (contenu non distribuable / undeliverable content). Consultez-la en ligne :\nhttps://www.federation-artisans.example/lettre/112\n\n"
  "Se désinscrire : https://www.federation-artisans.example/desinscription\n", "utf-8", "quoted-printable", "List-Unsubscribe: <https://www.federation-artisans.example/desinscription>\nPrecedence: bulk\n"),
  note="newsletter 'undeliverable content' notice")
L("compta-list-owner@lists.reseau-experts.example", lambda c: simple("compta-list-owner@lists.reseau-experts.example", ME,
  "Your message to Compta-list awaits moderator approval", c.date,
  "Your mail to 'Compta-list' with the subject\n\n    %s\n\nIs being held until the list moderator can review it for approval.\n\n"
  "The reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
  "Either the message will get posted to the list, or you will receive\nnotification of the moderator's decision.\n" % c.o.subject,
  "utf-8", "8bit", "List-Id: <compta-list.lists.reseau-experts.example>\nX-Mailman-Version: 2.1.39\nPrecedence: bulk\n"), note="Mailman held for moderation")
L("sympa@listes.cci-nantes.example", lambda c: simple("SYMPA <sympa@listes.cci-nantes.example>", ME,
  "Message en attente de modération pour la liste adherents", c.date,
  "Bonjour,\n\nVotre message pour la liste adherents@listes.cci-nantes.example, intitulé\n« %s », a été transmis aux modérateurs.\n"
  "Il sera diffusé après validation.\n\nSympa\n" % c.o.subject, "utf-8", "quoted-printable", "Auto-Submitted: auto-replied\n"), eol="lf", note="Sympa moderation")

# ---------------- misc (12)
L("recall@garnier-holding.example", lambda c: simple("Microsoft Outlook <postmaster@garnier-holding.example>", ME,
  "Message Recall Report for message: " + c.o.subject, c.date,
  "Your message\n\n  Subject: %s\n  Sent: %s\n\ncould not be recalled from: p.garnier@garnier-holding.example\n\nRecall failed: the message has already been read.\n" % (
      c.o.subject, c.o.date.strftime("%d/%m/%Y %H:%M")), "utf-8", "quoted-printable", "Auto-Submitted: auto-generated\n"), note="Exchange recall report (message was delivered and read)")
L("ops@ovh-status.example", lambda c: simple("Travaux OVH <noreply@status.ovh-status.example>", ME,
  "[Incident] Retards de distribution sur les serveurs mail mutualisés", c.date,
  "Bonjour,\n\nUn incident provoque actuellement des retards de distribution (messages différés)\nsur une partie des serveurs de messagerie mutualisés. Aucun message n'est perdu ;\nles envois seront délivrés dès la fin de l'incident.\n\n"
  "Suivi : https://travaux.ovh-status.example/?do=details&id=71234\n", "utf-8", "quoted-printable"), note="hosting incident notice about delays — not a DSN")
L("noreply@cabinet-morel.example", lambda c: simple("Votre hébergeur <noreply@hebergeur-mail.example>", ME,
  "Votre boîte relances@cabinet-morel.example est presque pleine (92 %)", c.date,
  "Bonjour,\n\nVotre boîte aux lettres utilise 4,6 Go sur 5 Go. Lorsque la limite sera atteinte,\nles nouveaux messages vous seront refusés.\n\nGérer mon espace : https://www.hebergeur-mail.example/espace\n",
  "utf-8", "8bit", "Auto-Submitted: auto-generated\n"), note="quota warning about OUR mailbox, nothing bounced")
L("verification@anti-spam-cr.example", lambda c: simple("Vérification expéditeur <verification@anti-spam-cr.example>", ME,
  "Confirmez votre adresse pour que votre message soit remis", c.date,
  "Bonjour,\n\nVotre message à jean.moulin@moulin-sarl.example (« %s ») est en attente.\nLe destinataire utilise un système de vérification des expéditeurs.\n"
  "Cliquez sur le lien ci-dessous pour confirmer que vous êtes un humain :\nhttps://verif.anti-spam-cr.example/c/8f2a\n\nSans confirmation sous 7 jours, le message sera supprimé.\n" % c.o.subject,
  "utf-8", "quoted-printable", "Auto-Submitted: auto-replied\n"), note="challenge-response: message held, not (yet) failed — judgement: not_bounce")
L("facturation@chorus-like.example", lambda c: simple("Portail Factures Publiques <ne-pas-repondre@chorus-like.example>", ME,
  "Rejet de votre facture %s" % c.o.inv, c.date,
  "Votre facture %s déposée le %s a été rejetée par le service destinataire.\nMotif : numéro d'engagement juridique absent.\n\nVous pouvez déposer une facture rectificative sur le portail.\n" % (
      c.o.inv, c.o.date.strftime("%d/%m/%Y")), "utf-8", "8bit"), note="e-invoicing portal rejects the INVOICE, not the e-mail")
def _arf(c):
    o = c.o
    h = ("From: <feedback@fbl.mailbox-provider.example>\nTo: abuse@cabinet-morel.example\nSubject: FW: %s\nDate: %s\nMessage-ID: <%s@fbl.mailbox-provider.example>\n"
         "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary=\"%s\"\n") % (
        o.subject if o.subject.isascii() else h2047q(o.subject), rfcdate(c.date), qid("arf" + str(c.seed), 16), c.bnd)
    body = ("--%s\nContent-Type: text/plain; charset=\"US-ASCII\"\n\nThis is an email abuse report for an email message received from IP 192.0.2.10 on %s.\n\n"
            "--%s\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\nOriginal-Mail-From: <%s>\nArrival-Date: %s\nSource-IP: 192.0.2.10\nReported-Domain: cabinet-morel.example\n\n"
            "--%s\nContent-Type: text/rfc822-headers\n\n%s\n--%s--\n") % (c.bnd, rfcdate(o.date), c.bnd, ME, rfcdate(o.date), c.bnd, o.headers(), c.bnd)
    return h + "\n" + body, "us-ascii"
L("feedback@fbl.mailbox-provider.example", _arf, note="ARF spam complaint (feedback loop): delivered, then reported — not a bounce")
L("helene.vasseur@vasseur-conseil.example", lambda c: reply(c,
  "Bonjour,\n\nJe n'ai jamais reçu la facture %s : pouvez-vous me la renvoyer ? Le message d'origine\na peut-être été rejeté par notre filtre.\n\nHélène Vasseur\n" % c.o.inv,
  "Hélène Vasseur"), note="client says she never got the invoice")
L("mairie@mairie-petitmars.example", lambda c: simple("Mairie de Petit-Mars <mairie@mairie-petitmars.example>", ME, "Accusé de réception de votre envoi électronique", c.date,
  "Madame, Monsieur,\n\nConformément aux articles L112-11 et suivants du code des relations entre le public et\nl'administration, nous accusons réception de votre envoi du %s, enregistré sous le\nnuméro AR-2026-1187.\n\nLe service courrier\n" % c.o.date.strftime("%d/%m/%Y"),
  "iso-8859-1", "8bit", "Auto-Submitted: auto-replied\n"), eol="lf", note="public administration acknowledgement")
L("postmaster@client-fusionne.example", lambda c: simple("Postmaster <postmaster@client-fusionne.example>", ME, "Information : changement d'adresse de messagerie", c.date,
  "Bonjour,\n\nSuite à la fusion de nos sociétés, les adresses @client-fusionne.example seront\nremplacées le 1er janvier par @groupe-fusion.example. Votre message a bien été remis\nà son destinataire ; merci de mettre à jour vos contacts.\n\nLe postmaster\n",
  "utf-8", "quoted-printable", "Auto-Submitted: auto-replied\n"), note="postmaster of client domain, but delivered")
L("v.marie@marie-textile.example", lambda c: ooo(c, "Auto: " + c.o.subject,
  "Je suis actuellement en déplacement et consulte mes messages de façon irrégulière.\nEn cas d'urgence : 06 00 00 00 00.\n\nVincent Marie\n", charset="utf-8", cte="base64"),
  note="OOO with base64 body")
L("accounts@dutch-trading.example", lambda c: ooo(c, "Automatisch antwoord: " + c.o.subject,
  "Dank voor uw bericht. Ik ben afwezig tot en met 11 december.\nThank you for your message. I am away until 11 December.\n", cte="7bit", extra="X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply\n"), note="Dutch/English OOO")
L("j.perrin@perrin-freres.example", lambda c: reply(c,
  "Bonjour,\n\nSuite à votre mise en demeure : le règlement a été effectué le 28 novembre, référence\nde virement VIR-2611-4471. Merci de vérifier de votre côté avant toute autre relance.\n\nJérôme Perrin\n",
  "Jérôme Perrin", subj_prefix="RE: "), subj=2, note="reply to a formal notice")

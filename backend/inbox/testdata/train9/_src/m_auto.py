# -*- coding: utf-8 -*-
# Automatic answers: 21 fr, 9 en. Exactly 10 carry auto-reply headers.
from lib import M

AUTO1 = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
AUTO2 = {"X-Autoreply": "yes", "Precedence": "auto_reply"}
AUTO3 = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
AUTO4 = {"X-Auto-Response-Suppress": "DR, RN, NRN, OOF, AutoReply", "Auto-Submitted": "auto-replied"}

# ---- with headers (10)
M(cls="auto_reply", lang="fr", frm="Sandrine Pagès <s.pages@cabinet-pages-orthodontie.example>", d="2026-07-17 09:03",
  subj="Réponse automatique : {RSUBJ}", hdrs=AUTO1, rdays=0, quote="none", fmt="html",
  body="""Bonjour,

Je suis absente du cabinet du 17 juillet au 9 août inclus. Je prendrai connaissance de votre message à mon retour le lundi 10 août.
Pour toute urgence, merci de contacter le secrétariat au 05 61 00 47 12.

Sandrine Pagès""",
  phrase="Je suis absente du cabinet du 17 juillet au 9 août inclus",
  note="Out-of-office with return date (10 August) - not a promise.")

M(cls="auto_reply", lang="fr", frm="Comptabilité <comptabilite@sarl-fabre-fils.example>", d="2026-08-03 08:15",
  subj="Absent(e) : {RSUBJ}", hdrs=AUTO2, rdays=0, quote="none", fmt="plain",
  body="""Bonjour,

Le service comptabilité est fermé pour congés annuels jusqu'au 24 août.
Votre message sera traité à notre retour.

Cordialement,
SARL Fabre & Fils""",
  phrase="Le service comptabilité est fermé pour congés annuels jusqu'au 24 août",
  note="Vacation notice with return date.")

M(cls="auto_reply", lang="en", frm="Support Desk <support@meridian-aero.example>", d="2026-09-08 03:12", tz="ny",
  subj="[Ticket #AP-284413] {RSUBJ}", hdrs=AUTO3, quote="none", fmt="alt",
  body="""Thank you for contacting Meridian Aerostructures Accounts Payable.

Your request has been logged as ticket AP-284413. A member of our team will respond within 5 business days.

Please do not reply to this message; replies to this address are not monitored. To add information to your request, use the supplier portal and quote your ticket number.

Meridian Aerostructures - Procure-to-Pay Service Desk""",
  phrase="Your request has been logged as ticket AP-284413",
  note="Helpdesk ticket acknowledgement. '5 business days' is not a payment promise.")

M(cls="auto_reply", lang="fr", frm="Thomas Lafont <t.lafont@lafont-menuiserie-alu.example>", d="2026-10-26 07:00",
  subj="Réponse automatique: {RSUBJ}", hdrs=AUTO4, rdays=0, quote="none",
  body="""Bonjour,
Je suis en congé jusqu'au 2 novembre inclus, avec un accès limité à mes mails.
En cas d'urgence : atelier 05 62 00 33 90.
Thomas Lafont""",
  phrase="Je suis en congé jusqu'au 2 novembre inclus",
  note="Out-of-office.")

M(cls="auto_reply", lang="en", frm="Kate Morrison <kate.morrison@morrison-lettings.example>", d="2026-08-14 06:30", tz="uk",
  subj="Automatic reply: {RSUBJ}", hdrs=AUTO1, rdays=0, quote="none", fmt="html",
  body="""Thank you for your email. I am on annual leave until Monday 24th August with no access to email.

For urgent matters please contact office@morrison-lettings.example.

Kind regards,
Kate""",
  phrase="I am on annual leave until Monday 24th August",
  note="Out-of-office with return date.")

M(cls="auto_reply", lang="fr", frm="Accueil Clinique vétérinaire du Lauragais <accueil@veto-lauragais.example>", d="2026-11-10 10:41",
  subj="Accusé de réception de votre message", hdrs=AUTO2, quote="none", noreply=True,
  body="""Bonjour,

Nous avons bien reçu votre message et vous en remercions.
Il sera traité dans les meilleurs délais par la personne concernée.

Ceci est un message automatique, merci de ne pas y répondre.

Clinique vétérinaire du Lauragais""",
  phrase="Ceci est un message automatique, merci de ne pas y répondre",
  note="Generic acknowledgement, unrelated subject, no In-Reply-To.")

M(cls="auto_reply", lang="fr", frm="factures@hp-stexupere.example", d="2026-12-18 23:59",
  subj="Re: {RSUBJ}", hdrs=AUTO3, quote="none", fmt="plain",
  body="""Cette boîte aux lettres n'est pas consultée.

Les factures fournisseurs doivent être déposées sur notre portail : https://fournisseurs.hp-stexupere.example
Pour toute question relative à un paiement, contactez le 05 61 00 00 00 (touche 3) du lundi au vendredi.

Hôpital privé Saint-Exupère - Service Comptabilité""",
  phrase="Cette boîte aux lettres n'est pas consultée",
  note="Unmonitored mailbox.")

M(cls="auto_reply", lang="en", frm="Paul Dempsey <paul.dempsey@dempsey-holdings.example>", d="2027-01-05 14:00", tz="+0000",
  subj="Out of Office: {RSUBJ}", hdrs=AUTO4, rdays=0, quote="none",
  body="""Hello,

Thank you for your message. Paul Dempsey is no longer with Dempsey Holdings. Please redirect your enquiry to accounts@dempsey-holdings.example.

This mailbox will be closed on 31 January 2027.""",
  phrase="Paul Dempsey is no longer with Dempsey Holdings",
  note="Left the company.")

M(cls="auto_reply", lang="fr", frm="Josiane Bel <josiane.bel@mairie-montbrun-garrigue.example>", d="2027-02-15 08:02",
  subj="Absence : {RSUBJ}", hdrs={"Auto-Submitted": "auto-replied"}, rdays=0, quote="none", fmt="alt",
  body="""Bonjour,

Je serai absente jusqu'au vendredi 26 février 2027. Votre message ne sera pas transféré.
Pour les questions de facturation, vous pouvez écrire à compta@mairie-montbrun-garrigue.example.

Josiane Bel
Service des finances""",
  phrase="Je serai absente jusqu'au vendredi 26 février 2027",
  note="Out-of-office; the return date 26 Feb is not a payment date.")

M(cls="auto_reply", lang="fr", frm="Pierre Labatut <pierre.labatut@labatut-vins.example>", d="2026-06-26 12:00",
  subj="Message automatique de congés", hdrs={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied", "Precedence": "bulk"}, quote="none", noreply=True,
  body="""Bonjour,

Le domaine est fermé jusqu'au 6 juillet. Je répondrai à votre message dès mon retour.

Pierre Labatut
Domaine Labatut""",
  phrase="Le domaine est fermé jusqu'au 6 juillet",
  note="Vacation notice.")

# ---- without headers (20)
M(cls="auto_reply", lang="fr", frm="Valérie Gisclard <v.gisclard@gisclard-immobilier.example>", d="2026-06-08 09:31",
  subj="Réponse automatique : {RSUBJ}", rdays=0, quote="none", fmt="html",
  body="""Bonjour,

Je suis actuellement absente et serai de retour le 15 juin.
En mon absence, vous pouvez joindre l'agence au 05 61 00 98 76.

Bien cordialement,
Valérie Gisclard""",
  phrase="Je suis actuellement absente et serai de retour le 15 juin",
  note="Out-of-office; no auto headers.")

M(cls="auto_reply", lang="fr", frm="Romain Vergé <romain.verge@verge-restauration.example>", d="2026-07-29 10:00",
  subj="Réponse automatique: {RSUBJ}", rdays=0, quote="none",
  body="""Bonjour,

Merci pour votre message. Je ne fais plus partie de la société Vergé Restauration depuis le 1er juillet 2026.
Pour toute demande, merci de vous adresser à contact@verge-restauration.example.

Romain""",
  phrase="Je ne fais plus partie de la société Vergé Restauration",
  note="Left the company.")

M(cls="auto_reply", lang="fr", frm="Service Client Maison Bérard <sav@maison-berard.example>", d="2026-08-21 15:10",
  subj="[Demande n°20260821-0042] {RSUBJ}", quote="none", fmt="alt", noreply=True,
  body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro 20260821-0042.
Notre service client vous répondra sous 48 heures ouvrées.

Merci de ne pas modifier l'objet de ce message si vous souhaitez nous répondre.

L'équipe Maison Bérard""",
  phrase="Votre demande a bien été enregistrée sous le numéro 20260821-0042",
  note="Ticket acknowledgement ('48 heures ouvrées' is not a payment).")

M(cls="auto_reply", lang="fr", frm="Dr Anne Souque <anne.souque@cabinet-souque.example>", d="2026-09-14 07:45",
  subj="Absence du bureau", rdays=0, quote="none", noreply=True,
  body="""Le cabinet est fermé du 14 au 20 septembre (congrès). Reprise des consultations le lundi 21 septembre.
Pour les urgences, composez le 15.""",
  phrase="Le cabinet est fermé du 14 au 20 septembre",
  note="Closure notice, unrelated subject.")

M(cls="auto_reply", lang="fr", frm="Compta Resto Les Halles <compta@resto-leshalles.example>", d="2026-10-13 14:22",
  subj="Lu : {RSUBJ}", quote="none", fmt="plain", rdays=0,
  body="""Votre message

  À : Compta Resto Les Halles
  Objet : {RSUBJ}
  Envoyé : {RSENT_FR} (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 13 octobre 2026 14:22:05 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  phrase="a été lu le mardi 13 octobre 2026",
  note="Outlook plain-text read receipt « Lu : ».")

M(cls="auto_reply", lang="en", frm="Steve Barker <steve.barker@barker-joinery.example>", d="2026-11-02 11:05", tz="+0000",
  subj="Read: {RSUBJ}", quote="none", fmt="plain", rdays=0,
  body="""Your message

  To: Steve Barker
  Subject: {RSUBJ}
  Sent: {RSENT_EN} (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, November 2, 2026 11:05:40 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.""",
  phrase="was read on Monday, November 2, 2026",
  note="Outlook plain-text read receipt.")

M(cls="auto_reply", lang="fr", frm="Michel Tournier <michel.tournier@tournier-garage.example>", d="2026-09-30 16:40",
  subj="Accusé de réception (affiché) - {RSUBJ}", kind="mdn", quote="none", fmt="plain", rdays=1,
  ua="smtp.tournier-garage.example; Thunderbird 128.3.0",
  body="""Ceci est un accusé de réception pour le courrier que vous avez envoyé à michel.tournier@tournier-garage.example.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.""",
  phrase="Ceci est un accusé de réception pour le courrier que vous avez envoyé",
  note="multipart/report disposition-notification (Thunderbird).")

M(cls="auto_reply", lang="fr", frm="Secrétariat SCM Santé Purpan <secretariat@scm-sante-purpan.example>", d="2026-12-03 10:12",
  subj="Notification de lecture : {RSUBJ}", kind="mdn", quote="none", fmt="plain", rdays=1,
  ua="mail.scm-sante-purpan.example; Microsoft Outlook 16.0",
  body="""Votre message

  À : secretariat@scm-sante-purpan.example
  Objet : {RSUBJ}

a été lu le jeudi 3 décembre 2026 10:12.""",
  phrase="a été lu le jeudi 3 décembre 2026",
  note="multipart/report read notification (Outlook style).")

M(cls="auto_reply", lang="en", frm="Ian Fletcher <ian.fletcher@fletcher-barns.example>", d="2027-01-26 18:20", tz="+0000",
  subj="Return Receipt (displayed) - {RSUBJ}", kind="mdn", quote="none", fmt="plain", rdays=1,
  ua="mx.fletcher-barns.example; Thunderbird 128.6.0",
  body="""This is a Return Receipt for the mail that you sent to ian.fletcher@fletcher-barns.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
  phrase="This is a Return Receipt for the mail that you sent",
  note="multipart/report MDN (Thunderbird, English).")

M(cls="auto_reply", lang="fr", frm="Info – Domaine des Trois Chênes <info@domaine-trois-chenes.example>", d="2026-11-23 09:00",
  subj="Re: {RSUBJ}", quote="none", fmt="alt",
  body="""Bonjour,

Merci pour votre message !
Nos bureaux sont fermés du 23 novembre au 6 décembre. Nous traiterons votre demande à notre retour.

À très bientôt,
L'équipe du Domaine des Trois Chênes""",
  phrase="Nos bureaux sont fermés du 23 novembre au 6 décembre",
  note="Vacation notice, Re: subject but automatic.")

M(cls="auto_reply", lang="fr", frm="Christophe Laborde <c.laborde@laborde-electricite.example>", d="2026-12-21 06:55",
  subj="Réponse automatique : {RSUBJ}", rdays=0, quote="none", fmt="html",
  body="""Bonjour,

Je suis en congés du 19 décembre 2026 au 3 janvier 2027. Je traiterai votre message à mon retour le 4 janvier.

Joyeuses fêtes !
Christophe Laborde""",
  phrase="Je suis en congés du 19 décembre 2026 au 3 janvier 2027",
  note="Out-of-office over Christmas; '4 janvier' is a return date, not a payment date.")

M(cls="auto_reply", lang="fr", frm="ne-pas-repondre@groupe-clinea-sud.example", d="2027-01-07 02:14",
  subj="Votre message n'a pas été transmis", quote="none", noreply=True,
  body="""Bonjour,

Cette adresse n'est plus utilisée depuis le 1er janvier 2027. Votre message n'a pas été lu.
Pour les factures, utilisez exclusivement le portail fournisseurs Coupa.
Pour toute autre demande : achats@clinea-sud.example

Message généré automatiquement.""",
  phrase="Cette adresse n'est plus utilisée depuis le 1er janvier 2027",
  note="Obsolete address notice.")

M(cls="auto_reply", lang="en", frm="Olivia Grant <olivia@grant-villas.example>", d="2026-07-06 05:40", tz="uk",
  subj="Auto: {RSUBJ}", rdays=0, quote="none",
  body="""Hi! I'm travelling until 20 July with patchy signal. I'll reply when I'm back. For anything urgent about the villas please call Oliver on +44 7700 900123.""",
  phrase="I'm travelling until 20 July with patchy signal",
  note="Vacation auto-reply.")

M(cls="auto_reply", lang="en", frm="no-reply@accounts.harbourline-ltd.example", d="2026-10-05 12:00", tz="+0000",
  subj="This mailbox is not monitored", quote="none", noreply=True,
  body="""This mailbox is not monitored. Your email has not been read.

Supplier queries: please use the contact form on our website.
Harbourline Ltd, Registered in England and Wales No. 00000000.""",
  phrase="This mailbox is not monitored",
  note="Unmonitored mailbox.")

M(cls="auto_reply", lang="en", frm="AP Helpdesk <helpdesk.ap@fostergroup.example>", d="2026-11-05 09:01", tz="ny",
  subj="We received your request [##FG-10492##]", quote="none", fmt="html", noreply=True,
  body="""Hello,

We've received your email and created request ##FG-10492##. Our average response time is currently 3-5 business days.

Foster Group AP Helpdesk""",
  phrase="We've received your email and created request ##FG-10492##",
  note="Ticket acknowledgement.")

M(cls="auto_reply", lang="fr", frm="Élodie Marcou <elodie.marcou@marcou-pharma.example>", d="2027-02-22 07:30",
  subj="Réponse automatique : {RSUBJ}", rdays=0, quote="none",
  body="""Bonjour,

Je suis en congé maternité jusqu'au 15 juin 2027.
Pour toute question comptable, merci de contacter Mme Dourdou : compta@marcou-pharma.example

Élodie Marcou""",
  phrase="Je suis en congé maternité jusqu'au 15 juin 2027",
  note="Out-of-office (long absence).")

M(cls="auto_reply", lang="fr", frm="Agence Lumen Communication <contact@lumen-com.example>", d="2026-08-10 11:20",
  subj="RE: {RSUBJ}", rdays=0, quote="none",
  body="""Bonjour,

L'agence est fermée du 8 au 23 août. Votre message sera traité à notre retour.

Bel été !""",
  phrase="L'agence est fermée du 8 au 23 août",
  note="Vacation notice with RE: subject, no auto headers.")

M(cls="auto_reply", lang="fr", frm="Guy Vanderstraeten <guy.vds@vds-horeca.example>", d="2026-07-13 08:00",
  subj="Afwezig / Absent : {RSUBJ}", rdays=0, quote="none", fmt="plain",
  body="""Ik ben afwezig tot en met 31 juli. / Je suis absent jusqu'au 31 juillet inclus.
Voor dringende zaken / Pour les urgences : +32 2 000 00 00

Guy Vanderstraeten
VDS Horeca BV - Bruxelles""",
  phrase="Je suis absent jusqu'au 31 juillet inclus",
  note="Belgian bilingual NL/FR out-of-office.")

M(cls="auto_reply", lang="en", frm="Natalie Brooks <natalie.brooks@brooks-interiors.example>", d="2026-12-24 01:15", tz="la",
  subj="Out of office", rdays=0, quote="none", fmt="alt", noreply=True,
  body="""Thanks for your email. Our office is closed for the holidays and will reopen on January 4, 2027. Messages will be answered in the order received.

Happy holidays!
Brooks Interiors""",
  phrase="Our office is closed for the holidays and will reopen on January 4, 2027",
  note="Holiday closure.")

M(cls="auto_reply", lang="en", frm="Ryan Cole <ryan.cole@cole-and-partners.example>", d="2027-02-09 13:13", tz="+0000",
  subj="Automatic reply: {RSUBJ}", rdays=0, quote="none", fmt="html",
  body="""I'm out of the office on business until Thursday 11 February. I will have limited access to email.

Ryan Cole | Cole & Partners""",
  phrase="I'm out of the office on business until Thursday 11 February",
  note="Out-of-office.")

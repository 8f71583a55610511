# -*- coding: utf-8 -*-
# Already paid: 14 fr, 6 en.
from lib import M

M(cls="paid", lang="fr", frm="Primeurs Fontaine <primeurs.fontaine@orange.example>", d="2026-06-04 09:10",
  body="""Bonjour,
Le virement a été fait le 29 mai, vous devriez l'avoir reçu. Réf : FONTAINE FACT {INV}.
Cordialement
G. Fontaine""", quote="outlook",
  phrase="Le virement a été fait le 29 mai",
  note="Transfer already made on 29 May.")

M(cls="paid", lang="fr", frm="Hélène Bousquet-Lamarque <helene.bl@wanadoo.example>", d="2026-06-22 17:45",
  body="""Madame,

Je vous ai envoyé un chèque de {AMT} le 15 juin, il a dû se croiser avec votre courrier.

Salutations
H. Bousquet-Lamarque""", quote="tb", cs="windows-1252",
  phrase="Je vous ai envoyé un chèque",
  note="Cheque sent, crossed in the post.")

M(cls="paid", lang="fr", frm="Restaurant Sakura <sakura.toulouse@gmail.example>", d="2026-07-10 15:15",
  body="""Bonjour,

J'ai payé par carte bancaire à votre technicien le jour de l'intervention, il avait le terminal. Voir le ticket CB ci-joint.

Ken Watanabe
Restaurant Sakura""", quote="gmail", attach=["ticket_cb.pdf"],
  phrase="J'ai payé par carte bancaire à votre technicien le jour de l'intervention",
  note="Paid by card on site.")

M(cls="paid", lang="fr", frm="SCI Les Tourelles <sci.lestourelles@free.example>", d="2026-08-05 11:00",
  body="""Bonjour,

Cette facture est réglée par prélèvement SEPA (mandat signé en janvier). Le prélèvement est passé le 31 juillet sur notre compte, je viens de vérifier.

Cordialement,
Gérant SCI Les Tourelles""", quote="outlook",
  phrase="Cette facture est réglée par prélèvement SEPA",
  note="Direct debit already taken.")

M(cls="paid", lang="fr", frm="Comptabilité Carrosserie Vidal <compta@carrosserie-vidal.example>", d="2026-08-28 10:20",
  body="""Bonjour,

La facture {INV} a été payée par LCR magnétique à échéance. Elle apparaît comme réglée dans notre comptabilité depuis le 10/08.

Cordialement
Service comptable""", quote="outlook", fmt="alt",
  phrase="La facture {INV} a été payée par LCR magnétique à échéance",
  note="Paid by LCR.")

M(cls="paid", lang="fr", frm="Bijouterie Lalande <bijouterie.lalande@lalande-bijoux.example>", d="2026-09-17 12:12",
  body="""Bonjour,
je vous ai réglé par Paypal le 3 septembre (transaction 7XK24918BC305861P), c'était le moyen de paiement proposé sur votre boutique en ligne.
Bien cordialement
Mme Lalande""", quote="gmail",
  phrase="je vous ai réglé par Paypal le 3 septembre",
  note="Paid via PayPal.")

M(cls="paid", lang="fr", frm="Jean-Louis Escande <jl.escande@escande-elevage.example>", d="2026-10-02 19:30",
  body="""Bonjour,

Nous avions convenu avec M. Sarrail (votre gérant) de compenser cette facture avec l'avoir n° AV-2026-014 que vous nous deviez pour le poste de piégeage défectueux. Le solde est donc nul de notre côté.

J-L Escande""", quote="tb",
  phrase="compenser cette facture avec l'avoir",
  note="Settled by compensation with a credit note.")

M(cls="paid", lang="fr", frm="Service Fournisseurs – Groupe Hôtelier Occitan <ap@gho-hotels.example>", d="2026-10-23 08:05",
  body="""AVIS DE PAIEMENT
=================
Émetteur : Groupe Hôtelier Occitan SAS
Bénéficiaire : GARONNE NUISIBLES
Date de paiement : 21/10/2026
Mode : Virement SEPA
Référence paiement : PAY-2026-10-0871

Pièce          Date        Montant
{INV}     {INVDATE}   {AMTN}
---------------------------------------
Total payé                  {AMTN} EUR

Ce message est généré automatiquement par notre système comptable.
Pour toute question : ap@gho-hotels.example""", quote="none", fmt="plain",
  subj="Avis de paiement PAY-2026-10-0871 - GARONNE NUISIBLES", noreply=True,
  phrase="Date de paiement : 21/10/2026",
  note="Remittance advice from an accounting system (unrelated subject). Payment date 21/10 is past.")

M(cls="paid", lang="fr", frm="Nadine Castéran <nadine.casteran@casteran-fleurs.example>", d="2026-11-12 14:50",
  body="""Bonjour,

Je pense que nos messages se sont croisés : le virement est parti lundi. Vous trouverez l'avis d'opéré en pièce jointe.

Bonne journée,
Nadine""", quote="outlook", attach=["avis_virement.pdf"],
  phrase="le virement est parti lundi",
  note="'lundi' here is in the past (already sent), not a promise.")

M(cls="paid", lang="fr", frm="Mairie de Montbrun-la-Garrigue <compta@mairie-montbrun-garrigue.example>", d="2026-12-14 09:35",
  body="""Madame,

Après vérification auprès du Service de Gestion Comptable, le mandat n° 2026-1187 relatif à votre facture a été payé le 4 décembre 2026.

Veuillez agréer, Madame, nos salutations distinguées.

Service Comptabilité""", quote="orig",
  phrase="a été payé le 4 décembre 2026",
  note="Town hall: payment already done.")

M(cls="paid", lang="fr", frm="Xavier Balssa <xavier.balssa@gmail.example>", d="2027-01-08 21:15",
  body="""Bonsoir
deja payé !! regardez vos comptes avant d'envoyer des relances svp
X. Balssa""", quote="none", fmt="plain", cs="iso-8859-1", cte="8bit",
  phrase="deja payé !!",
  note="Curt 'already paid'.")

M(cls="paid", lang="fr", frm="Librairie La Bulle <contact@librairie-labulle.example>", d="2027-01-29 10:05",
  body="""Bonjour,

D'après nos relevés, cette facture a été soldée le 12 janvier par virement (libellé « GARONNE NUISIB FACT {INV} »). Pouvez-vous vérifier de votre côté ?

Cordialement,
Librairie La Bulle""", quote="outlook", fmt="html",
  phrase="D'après nos relevés, cette facture a été soldée le 12 janvier par virement",
  note="'Our records show it settled on 12 January'.")

M(cls="paid", lang="fr", frm="Fleuriste Les Pivoines <lespivoines.bxl@skynet.example>", d="2026-09-29 16:40",
  body="""Bonjour,

C'est déjà payé, une fois ! Virement Belfius du 18/09, communication structurée +++090/1826/04173+++. Ça devrait être sur votre compte depuis longtemps.

Nathalie
Les Pivoines – Ixelles""", quote="gmail",
  phrase="C'est déjà payé, une fois !",
  note="Belgian client, paid by transfer with structured communication.")

M(cls="paid", lang="fr", frm="Cabinet Infirmier Saint-Agne <cabinet.stagne@gmail.example>", d="2027-02-12 13:25",
  body="""Bonjour,

Nous avons réglé cette facture en même temps que la précédente, par un seul virement de la somme des deux, le 2 février. Merci de lettrer de votre côté.

Cordialement,
Cabinet infirmier""", quote="apple",
  phrase="Nous avons réglé cette facture en même temps que la précédente",
  note="Paid together with a previous invoice.")

# English
M(cls="paid", lang="en", frm="Claire Hollis <claire@hollis-holidays.example>", d="2026-07-21 09:40", tz="uk",
  body="""Hi Melanie,

I paid this by bank transfer on 14 July - reference HOLLIS {INV}. Could you check again?

Thanks,
Claire""", quote="gmail",
  phrase="I paid this by bank transfer on 14 July",
  note="Paid by transfer.")

M(cls="paid", lang="en", frm="Remittance <noreply-remittance@baybridge-aero.example>", d="2026-12-04 06:02", tz="la",
  subj="Remittance Advice - Payment 0000457781", noreply=True,
  body="""REMITTANCE ADVICE

Payer: Baybridge Aero Systems, Inc.
Payee: GARONNE NUISIBLES SARL
Payment number: 0000457781
Payment date: 12/03/2026
Payment method: International Wire (EUR)

Invoice #        Invoice date    Amount paid
{INV}       {INVDATE}      {AMTN}

Total: EUR {AMTN}

This is an automated message. Please do not reply to this email.""", quote="none", fmt="plain",
  phrase="Payment date: 12/03/2026",
  note="Automated remittance advice (US date format 12/03 = Dec 3), states the payment was made.")

M(cls="paid", lang="en", frm="George Miller <george.miller@millerandsons.example>", d="2026-10-08 14:30", tz="uk",
  body="""Hi,

Our records show this invoice was settled on 25 September. Remittance attached.

Regards
George""", quote="outlook", attach=["remittance_25092026.pdf"],
  phrase="Our records show this invoice was settled on 25 September",
  note="Settled per client's records.")

M(cls="paid", lang="en", frm="Sophie Turner <sophie.turner@turnerhomes.example>", d="2026-11-16 11:11", tz="+0000",
  body="""Hello,

I think our emails crossed - I sent the cheque last week. It should reach you any day now.

Sophie""", quote="gmail",
  phrase="I think our emails crossed - I sent the cheque last week",
  note="Crossed in the post.")

M(cls="paid", lang="en", frm="Rob Adams <rob.adams@adams-cafe.example>", d="2026-08-12 17:05", tz="uk",
  body="""Hi,
Paid by card over the phone with your office on Monday. Got the confirmation email too.
Rob""", quote="none", fmt="plain",
  phrase="Paid by card over the phone with your office on Monday",
  note="Card payment already made.")

M(cls="paid", lang="en", frm="Jennifer Hale <jhale@halewinery.example>", d="2027-02-02 09:50", tz="ny",
  body="""Hi Melanie,

This was paid via PayPal on January 22nd (transaction ID 3HF88412NL9023147). Please update your records.

Best,
Jennifer Hale
Hale Winery""", quote="outlook", fmt="alt",
  phrase="This was paid via PayPal on January 22nd",
  note="PayPal payment.")

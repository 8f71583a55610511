from lib import *
# ---------------- batch C ----------------
m('promise','fr','2026-12-18 09:30:11 +0100','Benoît Carré <benoit.carre@carre-restaurants.example>',"""
Bonjour,

Je vous confirme que nous paierons le 1er, à la réouverture de nos comptes après la clôture annuelle.
Joyeuses fêtes !

Benoît Carré
""", phrase="nous paierons le 1er", pd=dom(1), note="'le 1er' in December -> 1 Jan 2027 (next 1st of month, even though a holiday: the client's words)")

m('promise','en','2026-12-21 10:45:03 +0000','Rebecca Stone <rebecca@stone-boutique.example>',"""
Hi,

Really sorry - the money will be with you by Jan 8th at the latest.

Becky
Stone Boutique, Bristol
""", phrase="the money will be with you by Jan 8th at the latest", pd=fixed('2027-01-08'), note="'Jan 8th' from December 2026 -> 8 Jan 2027")

m('dispute','fr','2026-12-22 14:14:14 +0100','Guillaume Royer <g.royer@royer-spa.example>',"""
Bonjour,

La pose des luminaires dans le hall n'est pas terminée : il manque toujours les trois suspensions de l'escalier. Nous réglerons quand l'installation sera complète, comme prévu au devis.

G. Royer
Royer Spa & Wellness
""", phrase="La pose des luminaires dans le hall n'est pas terminée", note="work unfinished")

m('auto_reply','en','2026-12-23 16:00:00 +0100','Sabine Koch <sabine.koch@koch-interieur.example>',"""
Dear Sender,

Our office is closed from 23.12.2026 until 06.01.2027. Your email will be processed after our return.

Merry Christmas and a happy New Year!
Koch Interieur GmbH
""", phrase="Our office is closed from 23.12.2026 until 06.01.2027", note="holiday closure", subj="Automatische Antwort: Reminder: invoice {inv} overdue", hdrs=[('X-Auto-Response-Suppress','DR, RN, NRN, OOF, AutoReply'),('Auto-Submitted','auto-replied')])

m('copy_request','fr','2026-12-28 10:06:39 +0100','Lucie Moreau <lucie.moreau@moreau-home.example>',"""
Bonjour,

Je n'ai pas reçu la facture d'origine, seulement la relance. Pouvez-vous me la renvoyer svp ?

Merci
Lucie
""", phrase="Pouvez-vous me la renvoyer svp ?", note="never got original invoice; asks for copy", enc='cp1252')

m('promise','en','2026-12-29 11:20:45 +0100','Francesca Conti <francesca.conti@conti-hotels.example>',"""
Good morning,

I inform you that the invoice is approved and the payment will be done the 7 January.

Best regards,
Francesca Conti
Conti Hotels S.p.A.
""", phrase="the payment will be done the 7 January", pd=fixed('2027-01-07'), note="'7 January' after late-December message -> 7 Jan 2027")

m('other','en','2026-12-30 09:00:52 +0000','Mark Jennings <mark@jennings-lighting.example>',"""
Hi,

Our accountant is handling this now. I'll let them know you've been in touch.

Mark
""", phrase="Our accountant is handling this now", note="accountant handling it, no commitment")

m('promise','fr','2027-01-04 09:15:27 +0100','Véronique Lacroix <v.lacroix@lacroix-boulangerie-fine.example>',"""
Bonjour et meilleurs vœux,

Le virement partira jeudi.

Véronique Lacroix
""", phrase="Le virement partira jeudi", pd=wd('thu'), note="Mon 4 Jan 2027: 'jeudi' -> 7 Jan 2027")

m('paid','en','2027-01-05 15:40:19 -0500','Derek Hall <dhall@hallmarkgoods.example>',"""
Hello,

This was paid by check #10442 mailed on December 18. It probably crossed in the mail. Let us know if it doesn't arrive in the next week.

Derek Hall
Hallmark Goods Inc.
""", phrase="This was paid by check #10442 mailed on December 18", note="cheque posted")

m('auto_reply','fr','2027-01-05 08:00:00 +0100','Laetitia Simon <laetitia.simon@simon-boutique.example>',"""
Bonjour,
Je suis actuellement en congé maternité. Pour toute question comptable, merci d'écrire à compta@simon-boutique.example.
Laetitia Simon
""", phrase="Je suis actuellement en congé maternité", note="long absence auto-reply", subj="Absence du bureau")

m('promise','fr','2027-01-06 17:33:58 +0100','Thomas Renard <thomas.renard@renard-cave.example>',"""
Bonjour,

Nous étions fermés pour les fêtes. Le règlement sera effectué fin janvier.

Thomas Renard
""", phrase="Le règlement sera effectué fin janvier", pd=fixed('2027-01-31'), note="'fin janvier' -> 31 Jan 2027 (last day of month, a Sunday; client's words)")

m('dispute','en','2027-01-07 12:05:44 +0100','Stefan Richter <stefan.richter@richter-gastro.example>',"""
Hello,

Three of the six chandeliers were missing in the delivery of 14 December. Our staff signed the delivery note with reserve. We will pay only the delivered items.

Stefan Richter
""", phrase="Three of the six chandeliers were missing in the delivery", note="goods missing")

m('promise','en','2027-01-08 10:10:33 +0000','Grace Walker <grace.walker@walker-and-sons.example>',"""
Hello,

Apologies. I will send payment on Monday once our new signatory has been added to the bank mandate.

Grace Walker
""", phrase="I will send payment on Monday", pd=wd('mon'), note="Fri 8 Jan 2027: 'on Monday' -> 11 Jan")

m('copy_request','en','2027-01-11 09:48:22 +0100','Joost Bakker <joost.bakker@bakker-living.example>',"""
Hi,

Can you send me a copy of the invoice with our VAT number NL123456789B01 on it? Without it our accountant can not book it.

Thanks,
Joost
""", phrase="Can you send me a copy of the invoice with our VAT number", note="needs VAT number on invoice")

m('promise','fr','2027-01-12 14:39:06 +0100','Aurélie Brun <aurelie.brun@brun-couture.example>',"""
Bonjour,

Je suis navrée, j'ai eu un dégât des eaux à l'atelier début janvier et tout a pris du retard. Je vous règle le 20 janvier, date à laquelle mon assurance doit me verser l'indemnité (sinistre du 3/01).

Aurélie Brun
""", phrase="Je vous règle le 20 janvier", pd=fixed('2027-01-20'), note="explicit '20 janvier' 2027; 3/01 is the damage date")

m('other','fr','2027-01-13 11:11:41 +0100','Rémi Gauthier <remi.gauthier@gauthier-sarl.example>',"""
Bonjour,

De quelle facture s'agit-il exactement ? Nous avons reçu plusieurs factures de votre part en novembre et je n'arrive pas à faire le rapprochement avec ce montant.

Rémi Gauthier
""", phrase="De quelle facture s'agit-il exactement ?", note="question about the amount, not contesting")

m('auto_reply','en','2027-01-14 07:02:00 +0000','Mailer-Daemon Helpdesk <no-reply@tickets.osborne-group.example>',"""
Hello,

We've received your request (#OSB-203118) and it has been assigned to the Accounts Payable queue. You can track its status at https://support.osborne-group.example/tickets/203118.

Please do not reply above this line.
""", phrase="We've received your request (#OSB-203118)", note="ticket acknowledgement", subj="[OSB-203118] Reminder: invoice {inv} overdue")

m('promise','en','2027-01-15 16:55:12 -0500','Jason Miller <jmiller@millerhomegoods.example>',"""
Hi,

I'll have accounting cut the payment on 1/22.

Thanks,
Jason
""", phrase="I'll have accounting cut the payment on 1/22", pd=fixed('2027-01-22'), note="US M/D '1/22' -> 22 Jan 2027")

m('promise','fr','2027-01-18 10:00:31 +0100','Monique Aubert <monique.aubert@wanadoo-mail.example>',"""
Bonjour,

Je vous envoie un chèque la semaine prochaine, je n'ai pas internet à la maison pour faire un virement.

Mme Aubert
""", phrase="Je vous envoie un chèque la semaine prochaine", pw='next_week', note="'la semaine prochaine' -> next_week window (25-29 Jan 2027), no single date", enc='latin1')

m('dispute','fr','2027-01-19 15:22:09 +0100','Jérôme Fontaine <jerome.fontaine@fontaine-traiteur.example>',"""
Bonjour,

Je conteste cette relance : la remise de fidélité de 5 % prévue à notre contrat cadre n'a pas été appliquée, pas plus que sur les deux factures précédentes.

J. Fontaine
""", phrase="la remise de fidélité de 5 % prévue à notre contrat cadre n'a pas été appliquée", note="discount not applied")

m('paid','fr','2027-01-20 09:35:48 +0100','Comptabilité Hôtel du Lac <comptabilite@hoteldulac-annecy.example>',"""
Bonjour,

Virement effectué le 15/01/2027, référence VIR-HDL-0115. Vous trouverez l'avis d'opéré en pièce jointe.

Service comptabilité
Hôtel du Lac
""", phrase="Virement effectué le 15/01/2027", note="transfer done 15 Jan")

m('promise','en','2027-01-21 13:31:17 +0530','Vikram Singh <vikram.singh@singh-decor.example>',"""
Dear Sir,

Payment is under process and will be credited within 7 working days.

Regards
Vikram Singh
""", phrase="will be credited within 7 working days", pd=bdays(7), note="Thu 21 Jan 2027 + 7 business days (22,25,26,27,28,29 Jan, 1 Feb) -> 1 Feb 2027")

m('auto_reply','fr','2027-01-22 12:30:00 +0100','Nicolas Perret <nicolas.perret@perret-sa.example>',"""
Lu : Relance facture {inv} - échéance dépassée

Votre message a été lu le vendredi 22 janvier 2027 12:30.
""", phrase="Votre message a été lu le vendredi 22 janvier 2027", note="read receipt MDN", subj="Lu : Relance facture {inv} - échéance dépassée", mdn=True)

m('promise','fr','2027-01-25 08:47:52 +0100','Sébastien Colin <seb.colin@colin-gites.example>',"""
Bonjour,
promis je règle ça d'ici la fin de la semaine prochaine
Seb
Envoyé de mon iPhone
""", phrase="je règle ça d'ici la fin de la semaine prochaine", pd=nextweek('fri'), note="Mon 25 Jan 2027: end of next week -> Fri 5 Feb 2027")

m('copy_request','fr','2027-01-26 10:58:14 +0100','Marie Besson <marie.besson@besson-tourisme.example>',"""
Bonjour,

Merci de refaire la facture au nom de notre nouvelle structure, Besson Tourisme SAS (SIREN 912 345 678), et de nous la renvoyer : l'ancienne EURL a été dissoute au 31/12.

Marie Besson
""", phrase="Merci de refaire la facture au nom de notre nouvelle structure", note="re-address to new entity and resend")

m('other','en','2027-01-27 14:47:30 +0000','Paul Newman <paul.newman@newman-antiques.example>',"""
Hello,

We're going through a very tough period at the moment and the business may have to close. I can't tell you when we'll be able to pay. I'm sorry.

Paul
""", phrase="I can't tell you when we'll be able to pay", note="financial trouble, no promise")

m('promise','en','2027-01-28 09:19:41 +0100','Ana Ferreira <ana.ferreira@ferreira-lojas.example>',"""
Hello,

Sorry for the late answer. We will pay in the beginning of February, when the budget is released.

Ana
""", phrase="We will pay in the beginning of February", pw='early_month', note="early-month window")

m('paid','en','2027-01-29 11:06:23 +0000','Accounts <accounts@kingfisher-interiors.example>',"""
Hi,

Paid today - £/€ transfer via Wise, ref KFI-0129. Should land within 24h.

Accounts team
""", phrase="Paid today", note="paid today via Wise")

m('dispute','en','2027-02-01 10:33:55 -0500','Laura Bennett <lbennett@bennett-design.example>',"""
Hello,

The invoice lists 3 design sessions at $180/hr but we only ever had 2, and the agreed rate was $150/hr. Until we get a corrected bill we're holding payment.

Laura
""", phrase="we only ever had 2, and the agreed rate was $150/hr", note="rate and quantity wrong")

m('promise','fr','2027-02-02 16:16:16 +0100','Jacques Morin <jacques.morin@morin-fromagerie.example>',"""
Bonjour,

Le chèque part demain par la poste.

J. Morin
""", phrase="Le chèque part demain par la poste", pd=plus(1), note="'demain' from Tue 2 Feb 2027 -> 3 Feb")

m('auto_reply','en','2027-02-03 09:00:00 +0100','Eva Lindqvist <eva.lindqvist@nordic-living.example>',"""
Hello, I am on parental leave and will not read my emails. Please write to info@nordic-living.example instead.
""", phrase="I am on parental leave", note="auto reply, no headers", subj="Autosvar: Reminder: invoice {inv} overdue")

m('promise','en','2027-02-04 15:02:58 +0000','Peter Grant <peter.grant@grant-cafes.example>',"""
Hi,

Yes we owe you, no argument there. Will pay as soon as our overdraft is renewed.

Peter
""", phrase="Will pay as soon as our overdraft is renewed", und=True, note="commitment conditional, no date")

m('copy_request','en','2027-02-05 12:41:09 +0100','Chiara Romano <chiara.romano@romano-gioielli.example>',"""
Hello,

Please can you send us your bank details on letterhead paper? Our bank requests it for the first payment to a new supplier.

Thank you
Chiara Romano
""", phrase="Please can you send us your bank details on letterhead paper?", note="asks for bank details document")

m('promise','fr','2027-02-08 11:24:37 +0100','Alexandre Picard <alexandre.picard@picard-hotels.example>',"""
Bonjour,

Facture validée. Le paiement sera effectué le 10.02.

Alexandre Picard
Directeur administratif et financier
Picard Hôtels SAS - RCS Annecy 812 345 678
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
""", phrase="Le paiement sera effectué le 10.02", pd=fixed('2027-02-10'), note="'10.02' -> 10 Feb 2027")

m('other','fr','2027-02-09 09:03:28 +0100','Claire Dumont <claire.dumont@dumont-gites.example>',"""
Bonjour,

Serait-il possible d'étaler le paiement en plusieurs fois ? Je préfère vous poser la question avant de m'engager sur quoi que ce soit.

Claire Dumont
""", phrase="Serait-il possible d'étaler le paiement en plusieurs fois ?", note="asks for payment plan without committing")

m('promise','en','2027-02-10 13:57:44 +0100','Jonas Weber <jonas.weber@weber-licht.example>',"""
Hello,

The invoice will be paid on the 26th of this month, in our normal payment run. The reminder fee we will not pay, I hope this is ok.

Jonas Weber
""", phrase="The invoice will be paid on the 26th of this month", pd=fixed('2027-02-26'), note="'26th of this month' -> 26 Feb 2027")

m('dispute','fr','2027-02-11 14:06:53 +0100','Estelle Henry <estelle.henry@henry-immo.example>',"""
Bonjour,

Cette facture fait doublon avec la n° de décembre que nous avons déjà réglée : même désignation, même montant. Merci de l'annuler.

Estelle Henry
""", phrase="Cette facture fait doublon", note="duplicate invoice")

m('promise','fr','2027-02-12 10:41:29 +0100','Damien Roche <damien.roche@roche-brasserie.example>',"""
Bonjour,

Je regle a reception de notre subvention, normalement apres le 20 fevrier.

Damien
""", phrase="normalement apres le 20 fevrier", pw='after_date', note="'après le 20 février' -> after_date window", enc='7bit')

m('auto_reply','fr','2027-02-15 07:15:00 +0100','Service Client Maison Lavande <ne-pas-repondre@maison-lavande.example>',"""
Bonjour,

Nous avons bien reçu votre message et vous en remercions. Notre équipe vous répondra dans les meilleurs délais (sous 72 h ouvrées).

Ceci est un message automatique, merci de ne pas y répondre.
""", phrase="Ceci est un message automatique, merci de ne pas y répondre.", note="acknowledgement", subj="Accusé de réception de votre demande", hdrs=[('Auto-Submitted','auto-replied'),('X-Autoreply','yes')])

m('promise','en','2027-02-16 08:30:01 -0500','Melissa Ford <mford@fordflorals.example>',"""
Hi,

We'll pay it Thursday, 2/18.

Melissa
""", phrase="We'll pay it Thursday, 2/18", pd=fixed('2027-02-18'), note="Thursday 2/18 (US M/D) -> 18 Feb 2027, consistent with weekday")

m('paid','fr','2027-02-17 16:47:06 +0100','Hervé Giraud <herve.giraud@giraud-sarl.example>',"""
Bonjour
C'est payé depuis longtemps !! virement du 28 janvier. Merci de mettre à jour vos fichiers.
H. Giraud
""", phrase="C'est payé depuis longtemps !! virement du 28 janvier", note="paid 28 Jan, curt")

m('promise','en','2027-02-18 11:12:40 +0000','Nina Hassan <nina@hassan-studio.example>',"""
Hi,

Thanks for the nudge. I'll pay before the end of the month.

Nina
""", phrase="I'll pay before the end of the month", pd=eom(), note="'end of the month' -> 28 Feb 2027")

m('other','en','2027-02-19 10:00:07 +0100','Dirk Janssens <dirk.janssens@janssens-bv.example>',"""
Hello,

Can you please call me tomorrow morning? My number is +32 475 12 34 56. Then we discuss the invoice.

Dirk
""", phrase="Can you please call me tomorrow morning?", note="asks to call back; 'tomorrow' is not a payment date")

m('copy_request','fr','2027-02-22 09:26:18 +0100','Comptabilité Clinique des Alpes <compta@clinique-alpes.example>',"""
Bonjour,

Le lien de téléchargement de votre facture a expiré. Merci de nous l'envoyer directement en PDF.

Comptabilité fournisseurs
""", phrase="Le lien de téléchargement de votre facture a expiré", note="link expired")

m('promise','fr','2027-02-23 15:55:45 +0100','Laure Vasseur <laure.vasseur@vasseur-decoration.example>',"""
Bonjour,

Nous vous réglerons à réception de notre prochain encaissement client. Merci de votre compréhension.

Laure Vasseur
""", phrase="Nous vous réglerons à réception de notre prochain encaissement client", und=True, note="undated commitment")

m('dispute','en','2027-02-24 12:22:22 +0100','Paolo Greco <paolo.greco@greco-ristoranti.example>',"""
Hello,

The bottles of olive oil glass decanters arrived with many bubbles and scratches in the glass, not as the sample we approved. This is not the quality we paid for with the deposit. We wait your proposal before any payment.

Paolo Greco
""", phrase="arrived with many bubbles and scratches in the glass", note="quality problem")

m('promise','fr','2027-02-25 10:10:55 +0100','Bruno Leclerc <bruno.leclerc@leclerc-hotel.example>',"""
Bonjour,

Règlement prévu lundi 1er mars.

Bruno Leclerc
""", phrase="Règlement prévu lundi 1er mars", pd=fixed('2027-03-01'), note="'lundi 1er mars' -> 1 March 2027 (Monday, consistent)")

from lib import *
# ---------------- batch A ----------------
m('promise','fr','2026-06-03 10:14:22 +0200','Sandrine Morel <s.morel@morel-deco.example>',"""
Bonjour,

Désolée pour le retard, j'étais en salon toute la semaine dernière.
Je fais le virement vendredi sans faute.

Bonne journée
Sandrine Morel
Morel Déco - 06 12 45 78 90
""", phrase="Je fais le virement vendredi sans faute", pd=wd('fri'), note="'vendredi' = next Friday after Wed 3 June 2026 -> Fri 5 June", q='gmail')

m('promise','en','2026-06-09 16:40:03 +0100','Oliver Hartley <oliver@hartleyandfinch.example>',"""
Hi there,

Apologies, this slipped through the cracks. I've put it on our payment run for the 19th so you should see it then.

Best,
Oliver Hartley
Operations Manager | Hartley & Finch Interiors Ltd
Unit 4, Canal Wharf, Leeds LS11 5QR
Registered in England and Wales No. 08812345
""", phrase="I've put it on our payment run for the 19th", pd=dom(19), note="'the 19th' with message on 9 June -> 19 June 2026 (same month, not yet passed)", q='outlook')

m('dispute','fr','2026-06-11 08:55:40 +0200','Comptabilité Hôtel Les Mélèzes <compta@hotel-lesmeleze.example>',"""
Bonjour,

Nous avons bien reçu votre relance mais nous ne réglerons pas cette facture en l'état : sur les 24 photophores commandés, 5 sont arrivés fêlés (photos envoyées à M. Castagne le 28/05, restées sans réponse).
Merci de nous faire parvenir un avoir pour les pièces cassées ou de les remplacer, et nous réglerons le solde.

Cordialement,
Nadia Ferrand
Service comptable - Hôtel Les Mélèzes ****
""", phrase="5 sont arrivés fêlés", note="goods damaged on delivery; refuses payment until credit note")

m('paid','en','2026-06-15 11:02:17 +0200','Katrin Vogel <k.vogel@vogel-glasdesign.example>',"""
Hello,

we have paid this invoice already on 2nd June by bank transfer, reference 2026-0602-VG-118. Please check again your account.

With kind regards
Katrin Vogel
Vogel Glasdesign GmbH
Buchhaltung
Tel. +49 89 1234 5678
Geschäftsführer: Martin Vogel | Amtsgericht München HRB 123456
""", phrase="we have paid this invoice already on 2nd June by bank transfer", note="German writer; transfer on 2 June with reference")

m('auto_reply','fr','2026-06-18 07:30:00 +0200','Julien Brochard <julien.brochard@atelier-brochard.example>',"""
Bonjour,

Je suis absent du bureau jusqu'au lundi 29 juin inclus, avec un accès limité à mes e-mails.
Pour toute urgence, merci de contacter Claire au 04 50 22 33 44.

Cordialement,
Julien Brochard
""", phrase="Je suis absent du bureau jusqu'au lundi 29 juin inclus", note="out-of-office", subj="Réponse automatique : Relance facture {inv} - échéance dépassée", hdrs=[('Auto-Submitted','auto-replied'),('X-Auto-Response-Suppress','All')])

m('copy_request','en','2026-06-22 14:21:09 -0400','Megan Doyle <mdoyle@doylehospitality.example>',"""
Hi,

I can't find this invoice anywhere in our system. Could you please resend the PDF? The attachment on your original email was 0 KB.

Thanks!
Megan

Megan Doyle
AP Specialist, Doyle Hospitality Group
(617) 555-0142
""", phrase="Could you please resend the PDF?", note="empty attachment, asks for PDF again")

m('promise','fr','2026-06-24 18:47:51 +0200','Patrick Lenoir <plenoir@galerie-lenoir.example>',"""
bonjour
ok vu, je regle demain matin
PL

Envoyé de mon iPhone
""", phrase="je regle demain matin", pd=plus(1), note="'demain' from Wed 24 June 2026 -> 25 June", q='apple', layout='plain')

m('other','en','2026-06-26 09:15:33 +0000','Rahul Mehta <rahul.mehta@mehtaexports.example>',"""
Dear Sir/Madam,

Kindly note that I am not the correct person for invoices. Please let me know whom should I forward this to, or kindly share the details of your accounts contact so that our finance team can get in touch.

Thanks and regards,
Rahul Mehta
Purchase Dept.
Mehta Exports Pvt. Ltd., Jaipur
+91 98290 12345
""", phrase="Please let me know whom should I forward this to", note="asks who to contact, no commitment")

m('promise','fr','2026-07-01 11:32:08 +0200','Florence Aubry <florence.aubry@domaine-aubry.example>',"""
Bonjour Monsieur,

Je vous prie de nous excuser, la facture était bloquée en attente de validation par notre gérant qui était en déplacement.
Elle a été validée ce matin et le règlement partira avec notre campagne de paiement du 10.
Pour info, la prochaine livraison (carafes gravées) est prévue le 6 juillet, pouvez-vous me confirmer ?

Bien à vous,
Florence Aubry
Domaine Aubry - Service administratif
""", phrase="le règlement partira avec notre campagne de paiement du 10", pd=dom(10), note="payment run 'du 10' in a message of 1 July -> 10 July 2026; 6 July is the delivery date, not the promise")

m('auto_reply','en','2026-07-02 03:12:45 +0000','Support Desk <support@brightline-retail.example>',"""
Thank you for contacting Brightline Retail Accounts Payable.

Your request has been logged under ticket number #AP-448213. A member of our team will respond within 5 business days.

Please do not reply to this email. This mailbox is not monitored.
""", phrase="Your request has been logged under ticket number #AP-448213", note="helpdesk ticket acknowledgement", subj="[Ticket #AP-448213] Reminder: invoice {inv} overdue", hdrs=[('Auto-Submitted','auto-generated'),('Precedence','bulk')], noreply=True)

m('dispute','en','2026-07-06 13:44:19 +0100','Hannah Price <hannah.price@priceandco-events.example>',"""
Hello,

I'm a bit surprised to get a reminder for this one. When we spoke in April, Mr Castagne agreed a 10% discount on the whole order of table centrepieces since we were ordering 60 units. The invoice shows the full list price.

Please reissue it with the agreed discount and we'll pay it straight away.

Kind regards,
Hannah Price
Price & Co Events
""", phrase="agreed a 10% discount on the whole order", note="discount not applied as agreed; no 'dispute' word")

m('promise','en','2026-07-08 10:05:55 +0200','Marco Bellini <m.bellini@bellini-arredo.example>',"""
Good morning,

sorry for the delay, our administration was closed for a few days. The payment will be done at latest on 15/07, I confirm you.

Best regards
Marco Bellini
Bellini Arredo s.r.l. - Como
""", phrase="The payment will be done at latest on 15/07", pd=fixed('2026-07-15'), note="'15/07' DD/MM (Italian writer) -> 15 July 2026")

m('other','fr','2026-07-09 15:20:10 +0200','Gérard Pons <gerard.pons@pons-cadeaux.example>',"""
Bonjour,

Notre expert-comptable, le cabinet Rivière, gère désormais tous nos règlements fournisseurs. Je lui ai transmis votre courrier, il reviendra vers vous.

Cordialement
G. Pons
""", phrase="Je lui ai transmis votre courrier, il reviendra vers vous", note="accountant handling it, no commitment")

m('promise','fr','2026-07-15 09:40:27 +0200','Elodie Garnier <elodie@garnier-fleurs.example>',"""
Bonjour,

Oui pardon j'avais zappé !! Je vous fais ça sous huitaine, promis.

Elodie
""", phrase="Je vous fais ça sous huitaine", pd=plus(8), note="'sous huitaine' = within 8 days -> 15 July + 8 = 23 July 2026 (latest date)")

m('copy_request','fr','2026-07-16 10:11:43 +0200','Service Fournisseurs Groupe Hexavia <fournisseurs@hexavia-groupe.example>',"""
Bonjour,

Votre facture ne comporte pas notre numéro de bon de commande (format BC-HX-xxxxx), elle ne peut donc pas être intégrée dans notre outil.
Merci de nous la renvoyer en mentionnant la référence BC-HX-20931.

Service Fournisseurs
Groupe Hexavia
""", phrase="Merci de nous la renvoyer en mentionnant la référence BC-HX-20931", note="asks for corrected invoice with PO number (not refusing the debt)", layout='html')

m('paid','fr','2026-07-20 17:05:12 +0200','Bernard Chevalier <b.chevalier@orange-mail.example>',"""
Bonjour,
Je vous ai envoyé un chèque de 240 euros le 10 juillet, n° 4478123, Banque Populaire. Il a dû se croiser avec votre relance.
Cordialement
Bernard Chevalier
""", phrase="Je vous ai envoyé un chèque de 240 euros le 10 juillet", note="cheque posted 10 July, crossed in the post", enc='latin1')

m('auto_reply','en','2026-07-21 08:00:01 -0500','Jessica Turner <jturner@turnerdesignstudio.example>',"""
Hi! I'm out of the office on vacation until Monday, August 3rd with limited access to email. If this is urgent please reach out to Kyle at kyle@turnerdesignstudio.example.

Thanks,
Jessica
""", phrase="I'm out of the office on vacation until Monday, August 3rd", note="vacation notice, no auto headers", subj="Out of Office: Reminder: invoice {inv} overdue")

m('promise','en','2026-07-23 12:30:00 -0400','Ryan Caldwell <ryan@caldwellhome.example>',"""
Hey,

Sorry about that - our bookkeeper was out. I'll send the wire 8/3, once the funds from our summer sale clear.

Ryan Caldwell
Caldwell Home & Garden, Portland ME
Sent from my iPhone
""", phrase="I'll send the wire 8/3", pd=fixed('2026-08-03'), note="American writer, '8/3' read M/D -> 3 August 2026")

m('dispute','fr','2026-07-27 11:17:36 +0200','Maud Lefebvre <maud.lefebvre@restaurant-lacanopee.example>',"""
Bonjour,

Il y a une erreur : vous nous avez facturé la TVA à 20 % alors que nous avions convenu d'une livraison en autoliquidation via notre société belge (n° TVA BE0712.345.678). Le montant TTC ne correspond donc pas.

Merci de corriger et de nous renvoyer une facture conforme.

Maud Lefebvre
La Canopée SPRL
""", phrase="vous nous avez facturé la TVA à 20 % alors que nous avions convenu", note="VAT wrongly applied")

m('promise','fr','2026-07-29 14:03:51 +0200','Thierry Masson <t.masson@masson-immobilier.example>',"""
Bonjour,

Bien reçu. Le paiement sera effectué fin de mois, avec nos autres fournisseurs.

Cordialement,
Thierry Masson
Masson Immobilier - 12 rue Carnot - 74000 Annecy
Tél : 04 50 45 67 89
""", phrase="Le paiement sera effectué fin de mois", pd=eom(), note="'fin de mois' = last day of current month -> 31 July 2026")

m('other','en','2026-07-30 09:45:22 +0000','Sophie Bennett <sophie.bennett@bennettgifts.example>',"""
Hi,

Thanks for the email. Could you just confirm whether the amount includes the delivery charge we discussed? I'm trying to reconcile it with our PO.

Cheers,
Sophie
""", phrase="Could you just confirm whether the amount includes the delivery charge", note="question about the amount, no contestation, no commitment")

m('promise','fr','2026-08-03 10:26:19 +0200','Anne-Laure Petit <al.petit@petit-conciergerie.example>',"""
Bonjour,

Je suis en congés mais je viens de voir votre mail sur mon téléphone. Je passe le virement à mon retour, le 17 août.

Anne-Laure
Envoyé de mon iPhone
""", phrase="Je passe le virement à mon retour, le 17 août", pd=fixed('2026-08-17'), note="explicit '17 août' -> 17 August 2026", q='apple')

m('auto_reply','fr','2026-08-04 06:12:33 +0200','Comptabilité Ets Rolland <compta@ets-rolland.example>',"""
Bonjour,

Nos bureaux sont fermés pour congés annuels du 1er au 23 août 2026.
Votre message sera traité à notre retour.

L'équipe Rolland
""", phrase="Nos bureaux sont fermés pour congés annuels du 1er au 23 août 2026", note="vacation closure notice", subj="Absence : Relance facture {inv} - échéance dépassée")

m('paid','en','2026-08-05 15:33:47 +0200','Pieter de Vries <p.devries@devries-interieur.example>',"""
Dear,

This invoice is paid on 28 July via iDEAL/SEPA, see attached remittance. Maybe the reference was not complete, we only mentioned the amount. Can you check please?

Met vriendelijke groet / Kind regards,
Pieter de Vries
De Vries Interieur B.V. | KvK 12345678
""", phrase="This invoice is paid on 28 July via iDEAL/SEPA", note="Dutch writer, paid 28 July")

m('copy_request','en','2026-08-10 10:50:02 +0530','Priya Nair <priya.nair@lotuscrafts.example>',"""
Dear Team,

Greetings of the day. The link in your email for downloading the invoice is showing error 404. Kindly share the invoice copy as attachment so we can process the same at the earliest.

Regards,
Priya Nair
Accounts Executive, Lotus Crafts, Bengaluru
""", phrase="Kindly share the invoice copy as attachment", note="broken link, asks for copy")

m('promise','en','2026-08-12 09:01:38 +0100','Fiona MacLeod <fiona@macleod-gallery.example>',"""
Hello,

Thanks for the reminder. I'll get this paid by the end of next week.

Fiona
MacLeod Gallery, Edinburgh
""", phrase="I'll get this paid by the end of next week", pd=nextweek('fri'), note="'end of next week' = Friday of the following week (business week): Wed 12 Aug -> Fri 21 Aug 2026")

m('other','fr','2026-08-18 16:59:30 +0200','Xavier Renaud <x.renaud@renaud-evenements.example>',"""
Bonjour,

Pouvez-vous m'appeler au 06 78 12 34 56 ? J'aimerais discuter de cette facture de vive voix, c'est plus simple.

Xavier Renaud
""", phrase="Pouvez-vous m'appeler au 06 78 12 34 56 ?", note="asks to be called back")

m('promise','fr','2026-08-20 08:42:11 +0200','Isabelle Roux <isabelle.roux@roux-architectes.example>',"""
Bonjour,

Je transmets à notre comptable pour un règlement début septembre.

Isabelle Roux
Roux & Associés Architectes
""", phrase="pour un règlement début septembre", pw='early_month', note="'début septembre' = window (early month), no single date")

m('dispute','en','2026-08-24 11:11:11 +0200','Lukas Becker <lukas.becker@becker-hotels.example>',"""
Hello Mr Castagne,

The invoice is charged twice. We already got invoice for same lamps in July and this is paid. It seems you sent us a double. We will not pay this second one.

Best regards
Lukas Becker
Becker Hotels GmbH, Freiburg
""", phrase="It seems you sent us a double", note="duplicate invoice (non-native English)")

m('auto_reply','en','2026-08-25 10:00:00 +0100','Daniel Foster <daniel.foster@fosterbrands.example>',"""
Thank you for your email. Please note that Daniel Foster has left Foster Brands Ltd and this mailbox is no longer monitored.
For accounts matters, please contact accounts@fosterbrands.example.
""", phrase="Daniel Foster has left Foster Brands Ltd", note="left the company", subj="Automatic reply: Reminder: invoice {inv} overdue", hdrs=[('X-Autoreply','yes')])

m('promise','fr','2026-08-27 13:15:48 +0200','Karim Benali <karim@benali-traiteur.example>',"""
Slt,
desole j'ai eu un souci de tresorerie ce mois ci. Je vous paye mardi prochain sans faute, c'est noté.
Karim
""", phrase="Je vous paye mardi prochain sans faute", pd=wd('tue'), note="Thursday 27 Aug: 'mardi prochain' = the next Tuesday -> 1 Sept 2026", enc='cp1252')

m('promise','en','2026-09-01 17:25:09 -0500','Amanda Reyes <areyes@reyesboutique.example>',"""
Hi,

Got it, thanks. We'll pay this Friday.

Amanda
""", phrase="We'll pay this Friday", pd=wd('fri'), note="'this Friday' from Tue 1 Sept 2026 (-0500) -> 4 Sept")

m('copy_request','fr','2026-09-02 09:34:55 +0200','Valérie Durand <v.durand@mairie-saintpaul.example>',"""
Bonjour,

Pour que nous puissions mandater cette facture, elle doit être déposée sur Chorus Pro (SIRET 210 601 234 00018, code service FIN-01). Les factures papier ou PDF par mail ne sont plus acceptées.

Merci de faire le nécessaire.

Valérie Durand
Service des finances - Mairie de Saint-Paul
""", phrase="elle doit être déposée sur Chorus Pro", note="asks to upload on Chorus Pro")

m('promise','fr','2026-09-07 11:20:33 +0200','Olivier Fabre <olivier.fabre@fabre-patrimoine.example>',"""
Bonjour,

Effectivement elle nous avait échappé. Règlement le 12... non pardon, le 14, c'est le jour où notre comptable passe les virements.

Bien cordialement,
Olivier Fabre
""", phrase="Règlement le 12... non pardon, le 14", pd=dom(14), note="first date (12) corrected to 14 -> 14 Sept 2026")

m('other','en','2026-09-08 14:48:20 +0100','Claire Whitmore <claire@whitmore-living.example>',"""
Hi,

Thank you for your email. I've forwarded this to Tom in our finance team (tom.hughes@whitmore-living.example) who handles supplier payments.

Kind regards,
Claire
""", phrase="I've forwarded this to Tom in our finance team", note="forwards to colleague, no commitment")

m('paid','fr','2026-09-10 10:02:44 +0200','Société Bonnard <contact@bonnard-sarl.example>',"""
Bonjour,

Cette facture est réglée par LCR à échéance du 05/09, domiciliée au Crédit Agricole. Vous devriez la voir sur votre relevé.

Cdt
Service administratif
SARL Bonnard
""", phrase="Cette facture est réglée par LCR à échéance du 05/09", note="paid by LCR on 5 Sept")

m('auto_reply','fr','2026-09-11 12:00:05 +0200','Marc Tessier <marc.tessier@tessier-consulting.example>',"""
Lu : Relance facture {inv} - échéance dépassée

Votre message

  À : marc.tessier@tessier-consulting.example
  Objet : Relance facture {inv} - échéance dépassée
  Envoyé : 11/09/2026 09:47

a été lu le 11/09/2026 12:00.
""", phrase="a été lu le 11/09/2026 12:00", note="Outlook plain-text read receipt", subj="Lu : Relance facture {inv} - échéance dépassée", layout='plain')

m('promise','en','2026-09-14 08:30:12 +0200','Javier Ortega <javier.ortega@ortega-vinos.example>',"""
Hello,

Sorry for the delay. We are making the payment in the next days, I think before the end of this week it will be done. Then tomorrow I send you our new order for the Christmas season.

Saludos,
Javier Ortega
Bodegas Ortega S.L.
""", phrase="before the end of this week it will be done", pd=wd('fri'), note="Spanish writer, Mon 14 Sept: 'before the end of this week' -> Friday 18 Sept 2026 (business week); 'tomorrow' refers to the new order, not payment")

m('dispute','fr','2026-09-16 15:36:27 +0200','Hélène Carpentier <helene.carpentier@boutique-helene.example>',"""
Bonjour,

Je ne comprends pas cette facture. J'ai annulé la commande des 12 vases par téléphone le 2 juin, et M. Castagne m'avait dit que c'était noté. Je n'ai d'ailleurs jamais rien reçu.

Merci de vérifier et d'annuler cette facture.

Hélène Carpentier
""", phrase="J'ai annulé la commande des 12 vases par téléphone le 2 juin", note="order cancelled, nothing received")

m('promise','en','2026-09-17 13:09:41 +0100','George Whitfield <george.whitfield@whitfield-estates.example>',"""
Hello,

Apologies for the oversight. Our accounts team will settle this within 10 days.

Regards,
George Whitfield
Whitfield Estates
""", phrase="Our accounts team will settle this within 10 days", pd=plus(10), note="'within 10 days' = calendar days, latest date 17 Sept + 10 = 27 Sept 2026")

m('promise','fr','2026-09-21 19:22:07 +0200','Nathalie Girard <nathalie.girard@free-mail.example>',"""
Bonsoir,

Je suis vraiment désolée, je pensais l'avoir payée ! Je fais le nécessaire au plus vite.

Nathalie Girard
""", phrase="Je fais le nécessaire au plus vite", und=True, note="commitment without any date")

m('auto_reply','en','2026-09-22 09:14:00 +0200','Anja Müller <a.mueller@mueller-kunsthandel.example>',"""
Thank you for your message. I am out of office until 05.10.2026. Your message will not be forwarded. In urgent cases please contact info@mueller-kunsthandel.example.

Vielen Dank für Ihre Nachricht. Ich bin bis 05.10.2026 nicht im Büro.
""", phrase="I am out of office until 05.10.2026", note="bilingual OOO", subj="Abwesenheitsnotiz: Reminder: invoice {inv} overdue", hdrs=[('Auto-Submitted','auto-replied')])

m('other','fr','2026-09-24 10:40:52 +0200','Jean-Marc Vidal <jm.vidal@vidal-creations.example>',"""
Bonjour,

Je vous informe que notre société a été placée en redressement judiciaire par jugement du tribunal de commerce de Grasse du 15 septembre 2026. Toute créance antérieure doit être déclarée auprès du mandataire judiciaire, Me Laurent, 8 avenue de la Gare, 06130 Grasse.

Cordialement,
J.-M. Vidal
""", phrase="notre société a été placée en redressement judiciaire", note="receivership, no promise")

m('promise','en','2026-09-28 11:55:33 +0000','Liam O\'Connor <liam@oconnorcrafts.example>',"""
Hiya,

Payment will go out on Oct 2nd along with our other EU suppliers.

Liam
O'Connor Crafts, Galway
""", phrase="Payment will go out on Oct 2nd", pd=fixed('2026-10-02'), note="'Oct 2nd' -> 2 October 2026")

m('paid','en','2026-09-30 09:27:19 -0400','Accounts Payable <ap@harborlightinns.example>',"""
REMITTANCE ADVICE

Payment Date: 09/25/2026
Payment Method: ACH / International Wire
Payment Reference: HLI-PMT-0092231
Supplier: VERRERIE D'ART CASTAGNE

Invoice Number      Invoice Date    Amount Paid
{inv}               --              EUR {amt}

This payment has been processed. Please allow 3-5 business days for funds to be received.

Harbor Light Inns - Accounts Payable
This is a system-generated message.
""", phrase="This payment has been processed", note="remittance advice from accounting system, dated 09/25/2026", layout='plain', q='none')

m('copy_request','fr','2026-10-01 14:17:44 +0200','Christophe Lambert <c.lambert@lambert-sas.example>',"""
Bonjour,

Pouvez-vous me renvoyer votre RIB ? Notre banque refuse l'IBAN que nous avons en fichier (il semble incomplet).

Merci,
Christophe Lambert
""", phrase="Pouvez-vous me renvoyer votre RIB ?", note="asks for bank details")

m('promise','fr','2026-10-05 09:05:30 +0200','Martine Collin <m.collin@collin-optique.example>',"""
Bonjour,

Bonne nouvelle, le virement sera fait le 9 octobre. La facture de septembre, elle, sera réglée à son échéance le 30.

Cordialement,
Martine Collin
Collin Optique
""", phrase="le virement sera fait le 9 octobre", pd=fixed('2026-10-09'), note="9 October for the reminded invoice; 'le 30' concerns another invoice", inline=False)

m('dispute','en','2026-10-06 16:02:58 -0700','Tyler Brooks <tyler@brooksandbloom.example>',"""
Hi,

We never ordered the second batch of 20 hurricane lamps. Our PO only covered the first 20. Please check with your sales rep, we're not paying for something we didn't ask for.

Tyler Brooks
Brooks & Bloom, San Diego CA
""", phrase="We never ordered the second batch of 20 hurricane lamps", note="'never ordered this'")

m('promise','en','2026-10-08 10:44:14 +0200','Sanne Jansen <sanne@jansen-wonen.example>',"""
Hi,@@
Yes, I know, sorry. We will transfer it on Monday.
@@
We had a new bank account so the old standing order failed, this is why.
@@@@
""", phrase="We will transfer it on Monday", pd=wd('mon'), note="inline reply; Thu 8 Oct 2026: 'on Monday' -> 12 Oct", inline=True)

m('other','en','2026-10-09 02:33:17 +0000','Prize Notification <winner@global-lotto-award.example>',"""
CONGRATULATIONS!!! Your email address has been selected in our 2026 international draw and you have won EUR 850,000.00. To claim your prize please reply with your full name, address and bank details to our claims agent.
""", phrase="you have won EUR 850,000.00", note="spam", subj="Re: Your Payment", noreply=True, q='none')

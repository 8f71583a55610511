from lib import *
# ---------------- batch D ----------------
m('promise','fr','2026-06-05 14:20:18 +0200','Arnaud Boyer <arnaud.boyer@boyer-camping.example>',"""
Bonjour,

Nous réglerons fin du mois prochain, comme convenu oralement avec M. Castagne lors de la livraison du 20 mai.

Arnaud Boyer
Camping Les Pins ***
""", phrase="Nous réglerons fin du mois prochain", pd=eom(1), note="'fin du mois prochain' on 5 June 2026 -> 31 July 2026; 20 mai is delivery")

m('promise','en','2026-06-10 11:00:42 +0100','Sarah Mitchell <sarah.mitchell@mitchell-interiors.example>',"""
Hi,

Apologies - I've scheduled it for Monday 15 June.

Best wishes,
Sarah
""", phrase="I've scheduled it for Monday 15 June", pd=fixed('2026-06-15'), note="explicit Monday 15 June 2026 (weekday consistent)")

m('auto_reply','en','2026-06-12 18:01:00 +0200','Thomas Gruber <t.gruber@gruber-hotels.example>',"""
I am currently out of the office until June 22nd with no access to email.
For urgent matters please contact my colleague Mrs. Huber, phone +43 512 123456.
""", phrase="I am currently out of the office until June 22nd", note="OOO Austrian", subj="Abwesend: Reminder: invoice {inv} overdue", hdrs=[('X-Autoreply','yes'),('Auto-Submitted','auto-replied')])

m('dispute','en','2026-06-16 09:22:37 +0200','Carlos Navarro <carlos.navarro@navarro-eventos.example>',"""
Good morning,

Sorry but we do not agree with this invoice. The transport cost was included in the price of the offer, now you put it apart for 180 euros. Please send a new invoice without this.

Carlos Navarro
""", phrase="The transport cost was included in the price of the offer", note="price not as agreed (transport)")

m('paid','fr','2026-06-19 10:55:03 +0200','Odile Marchand <odile.marchand@marchand-fleuriste.example>',"""
Bonjour,

J'ai réglé la facture par virement le 16 juin. Nos messages se sont croisés.
Bonne journée,
Odile Marchand
""", phrase="J'ai réglé la facture par virement le 16 juin", note="transfer 16 June, crossed")

m('other','en','2026-06-23 15:15:15 +0000','Ben Carter <ben@carter-pub-group.example>',"""
Hi,

Who do I speak to about setting up a trade account with you? We'd like to order again for the autumn.

Ben
""", phrase="Who do I speak to about setting up a trade account with you?", note="unrelated question, no commitment")

m('copy_request','en','2026-06-25 09:40:40 +0200','Ingrid Larsen <ingrid.larsen@larsen-design.example>',"""
Hello,

The attachment is missing from your email. Could you send the invoice again?

Br, Ingrid
""", phrase="The attachment is missing from your email", note="PDF missing")

m('promise','en','2026-06-29 12:01:55 +0200','Hans Peters <hans.peters@peters-keramik.example>',"""
Dear Mr Castagne,

I am sorry. I was in hospital. I will pay on 2026-07-06, please excuse the delay.

Hans Peters
""", phrase="I will pay on 2026-07-06", pd=fixed('2026-07-06'), note="ISO date 2026-07-06")

m('auto_reply','fr','2026-07-03 12:00:00 +0200','Delphine Vincent <delphine.vincent@vincent-interieurs.example>',"""
Bonjour,

Merci pour votre message. Je suis en congés du 3 au 24 juillet. En cas d'urgence, contactez le 04 79 11 22 33.

Delphine
""", phrase="Je suis en congés du 3 au 24 juillet", note="vacation notice")

m('promise','fr','2026-07-10 09:50:21 +0200','Franck Hubert <franck.hubert@hubert-golf.example>',"""
Bonjour,

Le paiement partira au lendemain du 14 juillet, notre comptable est absente d'ici là.

Franck Hubert
""", phrase="Le paiement partira au lendemain du 14 juillet", pd=fixed('2026-07-15'), note="day after Bastille Day -> 15 July 2026")

m('other','fr','2026-07-17 16:07:44 +0200','Béatrice Lambert <beatrice.lambert@lambert-chocolats.example>',"""
Bonjour,

Je vous transfère le message de notre directeur ci-dessous. Il faut voir avec lui directement, je ne suis pas décisionnaire.

Béatrice
""", phrase="je ne suis pas décisionnaire", note="not the decision maker, no commitment", q='fwd')

m('promise','en','2026-07-24 10:35:12 +0000','Kate Robinson <kate.robinson@robinson-homewares.example>',"""
Hi,

Thanks, it's approved and will be paid in our next BACS run.

Kate
""", phrase="will be paid in our next BACS run", und=True, note="no date given for next run")

m('paid','en','2026-07-28 14:28:31 +0530','Arjun Reddy <arjun.reddy@reddy-handicrafts.example>',"""
Dear Sir,

We have already remitted the amount through SWIFT on 21/07/2026, UTR no. SBIN226202112345. Kindly check with your bank and confirm receipt.

Regards,
Arjun Reddy
""", phrase="We have already remitted the amount through SWIFT on 21/07/2026", note="SWIFT payment, Indian writer")

m('dispute','fr','2026-08-06 11:44:56 +0200','Corinne Masse <corinne.masse@masse-decoration.example>',"""
Bonjour,

Nous n'avons jamais commandé les 2 lustres de la ligne 3. Seuls les appliques figuraient sur notre bon de commande. Merci de retirer ces lignes.

Corinne Masse
""", phrase="Nous n'avons jamais commandé les 2 lustres", note="never ordered part of invoice")

m('promise','fr','2026-08-11 08:25:00 +0200','Philippe Dupuis <philippe.dupuis@dupuis-hotellerie.example>',"""
Bonjour,

Nous vous réglerons le 15 août... enfin plutôt le lundi 17, le 15 étant férié.

P. Dupuis
""", phrase="plutôt le lundi 17", pd=fixed('2026-08-17'), note="first date 15 Aug corrected to Monday 17 Aug 2026")

m('auto_reply','en','2026-08-14 09:00:00 -0400','Robert Lee <rlee@leeandpartners.example>',"""
This is an automated reply. This mailbox is not monitored. Please direct all billing inquiries to billing@leeandpartners.example.
""", phrase="This mailbox is not monitored", note="unmonitored mailbox")

m('copy_request','fr','2026-08-19 14:14:09 +0200','Adeline Roger <adeline.roger@roger-sarl.example>',"""
Bonjour,

Je ne retrouve pas cette facture dans nos dossiers. Pourriez-vous me l'envoyer à nouveau, ainsi que le bon de livraison correspondant ?

Adeline Roger
""", phrase="Pourriez-vous me l'envoyer à nouveau, ainsi que le bon de livraison", note="asks invoice + delivery note")

m('promise','en','2026-08-21 10:18:27 +0200','Eva Novak <eva.novak@novak-design.example>',"""
Hello,

Sorry for the delay. We will pay within the next 2 weeks.

Eva Novak
""", phrase="We will pay within the next 2 weeks", pd=plus(14), note="'within the next 2 weeks' -> 21 Aug + 14 = 4 Sept 2026")

m('other','en','2026-08-31 11:19:03 +0100','Olivia Green <olivia.green@green-gifts.example>',"""
Hi,

Thanks for letting me know, much appreciated.

Olivia
""", phrase="Thanks for letting me know, much appreciated.", note="thanks only")

m('promise','fr','2026-09-03 17:41:38 +0200','Emilie Brunet <emilie.brunet@brunet-spa.example>',"""
Bonjour,

Je vous fais le virement lundi, au retour de ma comptable. Par ailleurs pouvez-vous m'envoyer le catalogue de Noël ?

Emilie
""", phrase="Je vous fais le virement lundi", pd=wd('mon'), note="Thu 3 Sept 2026: 'lundi' -> 7 Sept")

m('auto_reply','fr','2026-09-08 10:00:00 +0200','Antoine Perrot <antoine.perrot@perrot-immobilier.example>',"""
Bonjour,

Antoine Perrot ne fait plus partie de la société depuis le 31 août 2026. Merci d'adresser vos messages à contact@perrot-immobilier.example.
""", phrase="Antoine Perrot ne fait plus partie de la société", note="left the company", subj="Réponse automatique")

m('dispute','en','2026-09-15 16:30:19 -0400','Michelle Scott <mscott@scott-hospitality.example>',"""
Hi,

Unfortunately we can't approve this for payment. 7 of the 30 wine glasses shipped to our Boston location arrived shattered. I've attached photos and the carrier's damage report. Please advise on replacement or credit.

Michelle Scott
""", phrase="7 of the 30 wine glasses shipped to our Boston location arrived shattered", note="goods damaged")

m('promise','en','2026-09-22 08:08:08 +0000','Andrew Baker <andrew@baker-cafes.example>',"""
Morning,

Will do. Paying it on Thursday when the month's takings are in.

Andrew
Sent from Outlook for Android
""", phrase="Paying it on Thursday", pd=wd('thu'), note="Tue 22 Sept 2026: 'on Thursday' -> 24 Sept")

m('paid','fr','2026-09-29 13:24:51 +0200','Compta Bijouterie Moreau <compta@bijouterie-moreau.example>',"""
Bonjour,

Cette facture a été réglée par chèque n° 0012345 remis à votre commercial lors de son passage le 22 septembre.

Cordialement
""", phrase="Cette facture a été réglée par chèque n° 0012345", note="cheque handed over")

m('other','fr','2026-10-02 10:46:06 +0200','Contact Éditions du Mont <contact@editions-dumont.example>',"""
Bonjour,

Pouvez-vous me préciser à quoi correspondent les 40 € ajoutés sur la relance ? Je ne les vois pas sur la facture initiale.

Merci
""", phrase="à quoi correspondent les 40 € ajoutés sur la relance ?", note="question about amount (recovery fee), not contesting")

m('auto_reply','en','2026-10-16 07:12:00 +0200','Marta Kowalczyk <marta.kowalczyk@kowalczyk-art.example>',"""
Hello, I am away at the Frankfurt trade fair until 20/10 and will answer your email after.
""", phrase="I am away at the Frankfurt trade fair until 20/10", note="OOO, no headers")

m('promise','en','2026-10-19 15:00:31 +0100','Daniel Evans <daniel.evans@evans-estates.example>',"""
Hi,

I'll clear this by the end of the week, I'm just waiting on one client payment.

Dan
""", phrase="I'll clear this by the end of the week", pd=wd('fri'), note="Mon 19 Oct 2026: 'end of the week' -> Fri 23 Oct")

m('copy_request','en','2026-10-30 10:29:12 +0100','Femke de Boer <femke.deboer@deboer-bloemen.example>',"""
Hello,

Please send this invoice also to our accounting office, facturen@boer-administratie.example, they do our payments. They need the original PDF.

Femke
""", phrase="Please send this invoice also to our accounting office", note="resend to accounting office")

m('promise','fr','2026-11-02 09:12:07 +0100','Gaëlle Noël <gaelle.noel@noel-gites.example>',"""
Bonjour,

Voir objet. Désolée pour le retard.
Gaëlle
""", phrase="Paiement le 6 novembre", pd=fixed('2026-11-06'), note="date in the subject only: 'Paiement le 6 novembre' -> 6 Nov 2026", subj="RE: Relance facture {inv} - Paiement le 6 novembre")

m('dispute','fr','2026-11-09 14:58:19 +0100','Samuel Klein <samuel.klein@klein-traiteur.example>',"""
Bonjour,

Désolé mais nous n'avons pas à payer cette somme : la commande a été livrée avec trois semaines de retard, après notre événement du 10 octobre, alors que la date de livraison était impérative. Les articles sont à votre disposition pour reprise.

Samuel Klein
""", phrase="la commande a été livrée avec trois semaines de retard", note="late delivery, refuses")

m('auto_reply','en','2026-11-13 03:33:03 +0000','Postmaster <postmaster@hollis-trading.example>',"""
Your message to accounts@hollis-trading.example has been received. Due to high volume, responses may take up to 10 working days. This is an automated message.
""", phrase="This is an automated message.", note="acknowledgement", subj="Received: Reminder: invoice {inv} overdue", hdrs=[('Precedence','bulk')])

m('promise','en','2026-11-17 11:49:50 +0100','Luca Moretti <luca.moretti@moretti-vetri.example>',"""
Hello,

We will pay at the beginning of next month, maybe the 3 or 4. I will confirm.

Luca
""", phrase="We will pay at the beginning of next month", pw='early_month', note="early-month window; '3 or 4' not a single date")

m('paid','en','2026-11-26 16:16:43 -0500','Accounts Payable <ap@sterling-hotels.example>',"""
Hello,

Payment for this invoice was sent by international wire on 11/20/2026 (confirmation FX-99812). Please confirm receipt.

Sterling Hotels AP
""", phrase="Payment for this invoice was sent by international wire on 11/20/2026", note="wire on Nov 20")

m('other','fr','2026-12-03 16:39:12 +0100','Renée Fournier <renee.fournier@fournier-sarl.example>',"""
Bonjour,

Je ne m'occupe plus de la comptabilité. Je ne sais pas qui a repris le dossier, essayez le standard au 04 90 12 34 56.

Renée Fournier
""", phrase="Je ne sais pas qui a repris le dossier", note="doesn't know who handles it")

m('promise','fr','2026-12-09 10:22:33 +0100','Vincent Leroy <vincent.leroy@leroy-bar.example>',"""
Bonjour
c bon je vous paye le 18 dec
Vincent
Envoyé de mon iPhone
""", phrase="je vous paye le 18 dec", pd=fixed('2026-12-18'), note="'18 dec' -> 18 Dec 2026", q='apple')

m('auto_reply','fr','2026-12-21 09:00:00 +0100','Agence Soleil <agence@agence-soleil.example>',"""
Bonjour,

L'agence est fermée du 21 décembre au 4 janvier inclus. Nous traiterons votre demande à notre retour.
Belles fêtes de fin d'année !
""", phrase="L'agence est fermée du 21 décembre au 4 janvier inclus", note="holiday closure")

m('dispute','en','2027-01-13 09:05:41 +0100','Wim Hendriks <wim.hendriks@hendriks-hotel.example>',"""
Hi,

We have a problem with this one. The 10% deposit we paid in October is not deducted from the total. So the amount is too high. Please correct it.

Wim
""", phrase="The 10% deposit we paid in October is not deducted from the total", note="deposit not deducted")

m('copy_request','en','2027-01-19 14:37:25 +0000','Rachel Adams <rachel.adams@adams-stores.example>',"""
Hello,

Our PO number 4500123987 needs to be on the invoice before our system will accept it. Could you reissue with it and send it back to invoices@adams-stores.example?

Rachel
""", phrase="Could you reissue with it and send it back", note="needs PO number on invoice, resend")

m('promise','en','2027-01-20 12:12:12 +0000','Michael Brown <michael.brown@brown-cafe.example>',"""
Hi,

I'll pay it when I'm back from holiday.

Mike
""", phrase="I'll pay it when I'm back from holiday", und=True, note="no date")

m('other','en','2027-01-26 11:11:00 +0530','Suresh Kumar <suresh.kumar@kumar-trading.example>',"""
Dear Sir/Madam,

This is regarding your mail. Kindly send the statement of account for all open invoices so we can verify at our end.

Regards,
Suresh
""", phrase="Kindly send the statement of account for all open invoices", note="asks statement of account - neither copy of this invoice nor commitment (classified other; could be copy_request - unsure)")

m('promise','fr','2027-02-01 08:48:17 +0100','Josiane Lebrun <josiane.lebrun@lebrun-boutique.example>',"""
Bonjour,

je vous règle sous 8 jours.

Cordialement
Josiane Lebrun
""", phrase="je vous règle sous 8 jours", pd=plus(8), note="'sous 8 jours' from Mon 1 Feb 2027 -> 9 Feb")

m('auto_reply','en','2027-02-08 09:30:00 +0000','Accounts Team <accounts@fairview-group.example>',"""
Read: Reminder: invoice {inv} overdue

Your message was read on Monday, February 8, 2027 9:30:00 AM (UTC).
""", phrase="Your message was read on Monday, February 8, 2027", note="read receipt MDN", subj="Read: Reminder: invoice {inv} overdue", mdn=True)

m('paid','en','2027-02-15 10:43:27 +0100','Giulia Ferri <giulia.ferri@ferri-casa.example>',"""
Good morning,

we made the bank transfer on 10th February. Here the CRO: 0306909876543210480012345. Please verify.

Kind regards
Giulia
""", phrase="we made the bank transfer on 10th February", note="Italian writer, transfer 10 Feb")

m('promise','en','2027-02-19 13:03:05 -0500','Chris Taylor <ctaylor@taylor-design-co.example>',"""
Hey,

Payment goes out 3/1. Also, can we get a call next Tuesday about the spring collection?

Chris
""", phrase="Payment goes out 3/1", pd=fixed('2027-03-01'), note="US M/D '3/1' -> 1 March 2027; 'next Tuesday' is a call")

m('other','en','2027-02-22 08:55:50 +0000','Special Offer <offers@cheap-seo-experts.example>',"""
Hello, I was checking your website and noticed it is not ranking on Google's first page. We can help you rank #1 for only $99/month. Reply YES to know more.
""", phrase="We can help you rank #1 for only $99/month", note="spam reply", subj="Re: Reminder: invoice {inv} overdue", q='none')

m('auto_reply','en','2027-02-26 18:00:00 +0100','Isabel Martín <isabel.martin@martin-hoteles.example>',"""
Thank you for your email. I am out of the office until Monday 8 March with no access to my e-mail. For urgent matters, please contact reservas@martin-hoteles.example.

Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 8 de marzo.
""", phrase="I am out of the office until Monday 8 March", note="OOO bilingual")

m('promise','fr','2026-10-07 11:11:48 +0200','Aline Carpentier <aline.carpentier@carpentier-traiteur.example>',"""
Bonjour,

Je vous confirme le règlement pour le 15 oct. ; la livraison de la 2e partie le 21 reste d'actualité.

Aline
""", phrase="Je vous confirme le règlement pour le 15 oct.", pd=fixed('2026-10-15'), note="'15 oct.' -> 15 Oct 2026; 21 is delivery")

m('promise','fr','2026-06-30 10:03:22 +0200','Mathilde Gros <mathilde.gros@gros-herboristerie.example>',"""
Bonjour Monsieur,

Merci pour votre patience. Le virement sera fait entre le 5 et le 10 juillet, selon la date de versement de notre prêt.

Bien cordialement,
Mathilde Gros
Herboristerie Gros - 3 place du Marché - 84000 Avignon
""", phrase="Le virement sera fait entre le 5 et le 10 juillet", pw='between', note="window 5-10 July 2026, no single date")

m('promise','fr','2026-08-26 12:40:09 +0200','Roland Petitjean <roland.petitjean@petitjean-sarl.example>',"""
Bjr,
ok je m'en occupe des que possible, j'ai bien note.
RP
Envoyé de mon mobile Orange
""", phrase="je m'en occupe des que possible", und=True, note="undated commitment", enc='latin1')

m('dispute','fr','2026-10-20 15:33:17 +0200','Noémie Arnaud <noemie.arnaud@arnaud-concept.example>',"""
Bonjour,

Vous nous facturez 12 bougeoirs alors que le bon de livraison signé n'en mentionne que 8. Les 4 autres ne nous ont jamais été livrés.
Je vous laisse rectifier.

Noémie Arnaud
Arnaud Concept Store
""", phrase="le bon de livraison signé n'en mentionne que 8", note="items missing / billed not delivered", layout='html')

m('dispute','en','2026-12-02 10:50:30 +0000','Henry Wallace <henry.wallace@wallace-lodge.example>',"""
Hi,

I'm disputing this invoice. You quoted us GBP prices in the email of 3 September and billed in EUR at a worse rate. We'll settle once it matches the quote.

Henry Wallace
Wallace Lodge, Perthshire
""", phrase="You quoted us GBP prices in the email of 3 September and billed in EUR at a worse rate", note="price/currency not as agreed")

m('paid','fr','2026-11-04 09:27:38 +0100','Annie Bouvier <annie.bouvier@bouvier-linge.example>',"""
Bonjour,

Facture payée via PayPal le 30 octobre (réf. 5HX09876LM123). Vous devriez avoir reçu la notification.

Annie Bouvier
""", phrase="Facture payée via PayPal le 30 octobre", note="PayPal 30 Oct")

m('copy_request','fr','2026-06-08 14:02:57 +0200','Service Achats CHU Alpes <achats@chu-alpes.example>',"""
Bonjour,

En tant qu'établissement public, nous ne pouvons traiter que les factures transmises via Chorus Pro. Merci de déposer votre facture sur la plateforme en indiquant le numéro d'engagement EJ 2026-004512.

Service Achats
""", phrase="Merci de déposer votre facture sur la plateforme", note="Chorus Pro upload request")

m('copy_request','en','2026-09-25 11:06:18 +0200','Lars Meyer <lars.meyer@meyer-gastronomie.example>',"""
Hello,

The invoice PDF cannot be opened, it says the file is damaged. Can you send it again please, maybe zipped?

Thanks
Lars
""", phrase="Can you send it again please", note="PDF damaged")

m('auto_reply','fr','2026-07-13 07:00:00 +0200','Maxime Riviere <maxime.riviere@riviere-sports.example>',"""
Bonjour,

Je suis absent jusqu'au 20 juillet. Votre message ne sera pas transféré.

Maxime Rivière
""", phrase="Je suis absent jusqu'au 20 juillet", note="OOO with headers", subj="Absent : Relance facture {inv} - échéance dépassée", hdrs=[('Auto-Submitted','auto-replied'),('X-Auto-Response-Suppress','All'),('Precedence','auto_reply')])

m('auto_reply','en','2026-10-05 00:05:00 +0000','Zendesk Support <support@coastal-home.example>',"""
##- Please type your reply above this line -##

Your request (58812) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.
""", phrase="Your request (58812) has been received", note="helpdesk ticket acknowledgement", subj="[Coastal Home] Re: Reminder: invoice {inv} overdue")

m('other','fr','2026-12-29 11:28:44 +0100','Pierre-Yves Legrand <py.legrand@legrand-cave.example>',"""
Bonjour,

Pour info, je ne serai joignable qu'à partir du 11 janvier. On en reparle à ce moment-là ?

Bonnes fêtes,
Pierre-Yves
""", phrase="On en reparle à ce moment-là ?", note="postpones discussion, no payment commitment; 11 Jan is not a payment date")

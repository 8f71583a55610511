from lib import *
# ---------------- batch B ----------------
m('promise','fr','2026-10-12 08:15:40 +0200','Laurent Marchal <l.marchal@marchal-bijoux.example>',"""
Bonjour,
Paiement d'ici 48 h.
L. Marchal
Envoyé depuis Outlook pour Android
""", phrase="Paiement d'ici 48 h", pd=plus(2), note="'d'ici 48 h' from Mon 12 Oct -> 14 Oct 2026")

m('promise','en','2026-10-13 09:12:44 +0200','Greta Schneider <g.schneider@schneider-design.example>',"""
Dear Sirs,

we will pay the invoice in 3 business days, after the approval of our CFO today.

Kind regards
Greta Schneider
""", phrase="we will pay the invoice in 3 business days", pd=bdays(3), note="Tue 13 Oct 2026 + 3 business days (Wed, Thu, Fri) -> 16 Oct")

m('dispute','fr','2026-10-14 17:48:02 +0200','Pascal Guérin <pascal.guerin@guerin-restauration.example>',"""
Bonjour,

L'acompte de 30 % versé à la commande (chèque du 3 juillet) n'apparaît pas sur votre facture. Vous nous réclamez donc la totalité, ce qui n'est pas normal.
Merci de rectifier.

Pascal Guérin
""", phrase="L'acompte de 30 % versé à la commande", note="deposit not deducted", enc='latin1')

m('auto_reply','fr','2026-10-15 11:02:00 +0200','Corinne Blanc <corinne.blanc@blanc-sa.example>',"""
Lu : Relance facture {inv} - échéance dépassée

Votre message a été lu le jeudi 15 octobre 2026 à 11:02.
""", phrase="Votre message a été lu le jeudi 15 octobre 2026", note="read receipt (multipart/report MDN)", subj="Lu : Relance facture {inv} - échéance dépassée", mdn=True)

m('paid','fr','2026-10-19 10:30:15 +0200','Sylvie Perrin <sylvie@perrin-linge.example>',"""
Bonjour,

D'après notre relevé, elle est passée en prélèvement le 8 octobre. Merci de vérifier de votre côté.

Sylvie Perrin
""", phrase="elle est passée en prélèvement le 8 octobre", note="direct debit 8 Oct")

m('copy_request','en','2026-10-20 13:45:27 +0100','Emma Clarke <emma.clarke@clarke-holdings.example>',"""
Hi,

Could you please re-address the invoice to Clarke Holdings Ltd (not Clarke Interiors, which is dormant) and resend it? Our registered address is 22 Mill Lane, Bath BA1 2AB, VAT GB 123 4567 89.

Thanks,
Emma
""", phrase="Could you please re-address the invoice to Clarke Holdings Ltd", note="invoice to another entity, resend (cooperative, not refusing)")

m('promise','en','2026-10-21 15:10:38 -0400','Brian Kowalski <bkowalski@kowalski-supply.example>',"""
Hello,

We are processing it now. It should post 10/30.

Brian K.
""", phrase="It should post 10/30", pd=fixed('2026-10-30'), note="US 'M/D' 10/30 -> 30 Oct 2026")

m('other','fr','2026-10-22 09:55:09 +0200','Francis Noël <francis.noel@noel-antiquites.example>',"""
Monsieur,

Je vous prie de cesser de m'adresser des courriels, je ne les lis pas. Merci de m'écrire par courrier postal à l'adresse habituelle.

F. Noël
""", phrase="Merci de m'écrire par courrier postal", note="asks to stop e-mailing and use post")

m('promise','fr','2026-10-21 16:20:44 +0200','Audrey Mercier <audrey.mercier@mercier-communication.example>',"""
Bonjour,

C'est noté, je lance le virement après-demain quand j'aurai accès au compte pro.

Audrey
""", phrase="je lance le virement après-demain", pd=plus(2), note="'après-demain' from Wed 21 Oct -> Fri 23 Oct 2026")

m('dispute','en','2026-10-26 10:05:33 +0000','Charlotte Evans <charlotte.evans@evans-weddings.example>',"""
Good morning,

The engraving on the 40 glasses is wrong: the date reads 2025 instead of 2026, which makes them unusable for the wedding. Until this is fixed I can't pay this bill.

Charlotte Evans
Evans Weddings
""", phrase="The engraving on the 40 glasses is wrong", note="quality problem")

m('auto_reply','en','2026-10-27 07:45:12 +0530','Accounts Helpdesk <helpdesk@sharma-textiles.example>',"""
Dear Sender,

This is an automated acknowledgement. Your email has been received by Sharma Textiles Accounts Helpdesk (Ref: SR-2026-10-88412). Our executive will get back to you within 48 working hours.

Regards,
Accounts Helpdesk
""", phrase="This is an automated acknowledgement", note="helpdesk acknowledgement", subj="Acknowledgement: Reminder: invoice {inv} overdue")

m('promise','fr','2026-10-28 12:12:12 +0100','Hugo Lemaire <hugo.lemaire@lemaire-events.example>',"""
Bonjour,

Nous réglerons cette facture avant la Toussaint, soit au plus tard le 30 octobre.

Hugo Lemaire
""", phrase="au plus tard le 30 octobre", pd=fixed('2026-10-30'), note="explicit 30 October 2026 (before All Saints)")

m('promise','en','2026-10-29 11:40:50 +0100','Rajesh Iyer <rajesh.iyer@iyer-interiors.example>',"""
Dear Sir,

Please note that we are doing the needful. Payment will be released on 5th November positively.

Thanks & Regards,
Rajesh Iyer
""", phrase="Payment will be released on 5th November positively", pd=fixed('2026-11-05'), note="'5th November' -> 5 Nov 2026")

m('paid','en','2026-11-02 14:03:26 +0000','Tom Hughes <tom.hughes@whitmore-living.example>',"""
Hi,

Our records show it settled on 27 October by BACS. Remittance ref WL-BACS-7781. Could you please check?

Tom Hughes
Finance, Whitmore Living
""", phrase="Our records show it settled on 27 October by BACS", note="settled 27 Oct")

m('promise','fr','2026-11-03 09:21:17 +0100','Christine Faure <christine.faure@faure-hotellerie.example>',"""
Bonjour,

La facture sera présentée au prochain comité de règlement, le 17, et le virement part dans la foulée.
Pour rappel notre réunion de fin d'année avec M. Castagne est prévue le 24 novembre.

Cordialement,
Christine Faure
Faure Hôtellerie - Direction financière
""", phrase="La facture sera présentée au prochain comité de règlement, le 17", pd=dom(17), note="payment committee 'le 17' -> 17 Nov 2026; 24 Nov is a meeting")

m('copy_request','en','2026-11-04 10:14:55 -0500','Kevin Patel <kpatel@westbrook-hotels.example>',"""
Hello,

Westbrook Hotels processes all supplier invoices through Coupa. Please submit your invoice via the Coupa Supplier Portal (invitation re-sent today) so it can be matched to the PO. Emailed invoices are not processed.

Kevin Patel
Procurement
""", phrase="Please submit your invoice via the Coupa Supplier Portal", note="supplier portal")

m('promise','fr','2026-11-05 18:30:02 +0100','Romain Chauvin <romain.chauvin@chauvin-bistro.example>',"""
Bonsoir
Pas de souci je regle sem prochaine
Romain
""", phrase="je regle sem prochaine", pw='next_week', note="'sem prochaine' = next week, window")

m('other','en','2026-11-06 12:05:41 +0100','Lisa Hoffmann <lisa.hoffmann@hoffmann-hotel.example>',"""
Hello,

Thank you for the reminder. We are a small company and at the moment we have some difficulties. Is it possible to pay in 3 times? Please tell me what is possible for you.

Lisa Hoffmann
""", phrase="Is it possible to pay in 3 times?", note="asks for payment plan without committing")

m('auto_reply','fr','2026-11-09 08:00:00 +0100','Noreply Groupe Vallée <noreply@groupe-vallee.example>',"""
Ce message a été envoyé à partir d'une adresse qui ne peut recevoir de réponse. Cette boîte n'est pas consultée.
Pour toute question relative à vos factures : fournisseurs@groupe-vallee.example
""", phrase="Cette boîte n'est pas consultée", note="unmonitored mailbox", hdrs=[('Auto-Submitted','auto-replied'),('Precedence','auto_reply')])

m('promise','en','2026-11-10 09:33:14 +0000','Harriet Lowe <harriet@lowe-and-daughters.example>',"""
Morning,

Sorry! I'll pay it tomorrow - just need to get my card reader sorted.

H
""", phrase="I'll pay it tomorrow", pd=plus(1), note="'tomorrow' from Tue 10 Nov -> 11 Nov 2026")

m('dispute','fr','2026-11-12 14:44:18 +0100','Marine Rey <marine.rey@rey-decoration.example>',"""
Bonjour,

Le tarif appliqué (48 € HT la pièce) n'est pas celui du devis D-0318 signé en septembre, qui indiquait 39 € HT. Je vous joins le devis.
Merci de me renvoyer une facture au bon prix, je la réglerai dès réception.

Marine Rey
""", phrase="Le tarif appliqué (48 € HT la pièce) n'est pas celui du devis", note="price differs from quote", enc='b64')

m('promise','fr','2026-11-12 10:10:10 +0100','Didier Maillard <didier@maillard-vins.example>',"""
Bonjour,
le paiement sera effectué en fin de semaine.
Didier Maillard
""", phrase="le paiement sera effectué en fin de semaine", pd=wd('fri'), note="'en fin de semaine' on Thu 12 Nov 2026 -> end of working week Fri 13 Nov")

m('promise','en','2026-11-16 16:05:28 +0100','Matteo Ricci <matteo.ricci@ricci-design.example>',"""
Hi,

the payment is planned between 20 and 25 of November, depend on our cash flow.

Regards
Matteo
""", phrase="the payment is planned between 20 and 25 of November", pw='between', note="window 20-25 Nov, no single date")

m('paid','fr','2026-11-17 11:48:36 +0100','Agnès Robin <agnes.robin@robin-galerie.example>',"""
Bonjour,

Réglé par CB sur votre site le 12/11, vous avez dû recevoir la confirmation (transaction n° 88412-AR).

Agnès Robin
""", phrase="Réglé par CB sur votre site le 12/11", note="paid by card")

m('copy_request','fr','2026-11-18 09:02:53 +0100','Cabinet Dumas <secretariat@cabinet-dumas-avocats.example>',"""
Bonjour,

Notre expert-comptable nous demande un duplicata de cette facture, l'original ayant été égaré. Pourriez-vous nous le transmettre ?

Le secrétariat
Cabinet Dumas
""", phrase="Notre expert-comptable nous demande un duplicata de cette facture", note="duplicate for accountant", layout='html')

m('auto_reply','en','2026-11-19 17:30:00 GMT','James Whitaker <james@whitaker-props.example>',"""
I'm currently away from my desk with limited access to emails. I'll be back on Monday 30th November. For urgent enquiries please call the office on 020 7946 0321.
""", phrase="I'll be back on Monday 30th November", note="OOO, GMT date header", subj="Automatic reply: Reminder: invoice {inv} overdue")

m('promise','fr','2026-11-20 15:25:44 +0100','Stéphanie Caron <stephanie.caron@caron-pressing.example>',"""
Bonjour,

Nous vous réglerons dans 15 jours, le temps de recevoir le paiement de notre propre client.

Stéphanie Caron
""", phrase="Nous vous réglerons dans 15 jours", pd=plus(15), note="'dans 15 jours' from 20 Nov -> 5 Dec 2026")

m('other','fr','2026-11-23 10:37:19 +0100','Paul Jacquet <paul.jacquet@jacquet-tourisme.example>',"""
Bonjour,

Merci pour votre message. Bonne journée à vous.

Paul Jacquet
""", phrase="Merci pour votre message. Bonne journée à vous.", note="thanks without commitment")

m('dispute','en','2026-11-24 08:59:02 +0100','Bram Visser <bram.visser@visser-horeca.example>',"""
Hello,

We cannot process this invoice. The invoice is made out to Visser Holding B.V. but the order was placed by Visser Horeca B.V., a different legal entity. Our bookkeeping can't pay for another company.

Best regards,
Bram Visser
""", phrase="The invoice is made out to Visser Holding B.V. but the order was placed by Visser Horeca B.V.", note="wrong legal entity billed (refusal)")

m('promise','en','2026-11-23 13:13:31 -0500','Nicole Harper <nharper@harper-home.example>',"""
Hi there,

Thanks for your patience. We'll pay the balance before Thanksgiving - I'll send it Wednesday.

Nicole
""", phrase="I'll send it Wednesday", pd=wd('wed'), note="Mon 23 Nov 2026: 'Wednesday' -> 25 Nov, consistent with 'before Thanksgiving' (26 Nov)")

m('auto_reply','fr','2026-11-26 13:00:00 +0100','Éric Moulin <eric.moulin@moulin-sas.example>',"""
Bonjour,
Je suis en déplacement jusqu'au 2 décembre. Je traiterai votre message à mon retour.
Éric Moulin
""", phrase="Je suis en déplacement jusqu'au 2 décembre", note="OOO", subj="Réponse automatique : Relance facture {inv} - échéance dépassée")

m('promise','fr','2026-11-27 09:44:08 +0100','Jacqueline Bertin <jbertin@bertin-mercerie.example>',"""
Bonjour,

Nous ferons le nécessaire dès que possible. Je suis désolée de ce retard.

Jacqueline Bertin
""", phrase="Nous ferons le nécessaire dès que possible", und=True, note="undated commitment")

m('paid','en','2026-11-30 10:22:57 +0100','Elena García <elena.garcia@garcia-hoteles.example>',"""
Hello,

We did the payment with PayPal to your account pagos@verrerie-castagne.example on 20 november. Transaction ID 7KX12345AB678901C.

Best regards,
Elena García
""", phrase="We did the payment with PayPal", note="PayPal, Spanish writer")

m('promise','fr','2026-12-01 11:05:47 +0100','Gilles Barbier <gilles.barbier@barbier-cadeaux.example>',"""
Bonjour,

Comme chaque année en décembre la trésorerie est tendue, mais nous vous réglerons avant Noël.

Gilles Barbier
""", phrase="nous vous réglerons avant Noël", pd=fixed('2026-12-24'), note="'avant Noël' -> latest date 24 Dec 2026")

m('copy_request','en','2026-12-02 15:55:10 +0000','Accounts Payable <ap@northgate-retail.example>',"""
Hello,

The PDF you sent is unreadable (it opens as blank pages). Please send it again, preferably not password-protected.

Northgate Retail - AP team
""", phrase="The PDF you sent is unreadable", note="PDF unreadable")

m('promise','en','2026-12-03 12:18:33 +0100','Wolfgang Braun <w.braun@braun-moebelhaus.example>',"""
Hello,

The transfer is scheduled for 10.12.2026. Our delivery of the new order on 7.12 is still ok?

Greetings
Wolfgang Braun
""", phrase="The transfer is scheduled for 10.12.2026", pd=fixed('2026-12-10'), note="German date format 10.12.2026 -> 10 Dec; 7.12 is a delivery")

m('other','en','2026-12-04 09:09:09 +0000','Unsubscribe Bot <unsubscribe@mailer.greenleafhome.example>',"""
UNSUBSCRIBE

Please remove this address from your mailing list.
""", phrase="Please remove this address from your mailing list.", note="unsubscribe request", subj="unsubscribe", q='none')

m('dispute','fr','2026-12-07 16:42:15 +0100','Fabrice Texier <fabrice.texier@texier-hotel.example>',"""
Bonjour,

Vous deviez nous faire un avoir pour les 6 suspensions reprises en octobre (M. Castagne s'y était engagé). Tant que cet avoir ne nous est pas parvenu, nous ne pouvons pas solder le compte.

F. Texier
""", phrase="Tant que cet avoir ne nous est pas parvenu", note="credit note promised but not received")

m('promise','fr','2026-12-08 10:40:00 +0100','Manon Lucas <manon.lucas@lucas-creations.example>',"""
Bonjour,
Je réglerai la facture fin décembre, promis.
Manon
""", phrase="Je réglerai la facture fin décembre", pd=fixed('2026-12-31'), note="'fin décembre' -> last day 31 Dec 2026")

m('auto_reply','en','2026-12-09 20:00:00 -0800','Ashley Kim <ashley@kim-studio.example>',"""
Thanks for your email! I'm traveling through December 14 and will reply when I'm back. For order questions, please email hello@kim-studio.example.
""", phrase="I'm traveling through December 14", note="vacation, -0800", subj="Re: Reminder: invoice {inv} overdue")

m('promise','en','2026-12-10 14:27:39 +0000','Sean Murphy <sean.murphy@murphy-pubs.example>',"""
Hi,

We'll get it sorted right after New Year, first working day.

Sean
""", phrase="We'll get it sorted right after New Year, first working day", pd=fixed('2027-01-04'), note="first working day after New Year 2027: 1 Jan is Friday (holiday), weekend -> Mon 4 Jan 2027")

m('promise','fr','2026-12-11 08:51:22 +0100','Céline Prévost <celine.prevost@prevost-fleurs.example>',"""
Bonjour,

Le règlement interviendra courant janvier, après notre inventaire.

Céline Prévost
""", phrase="Le règlement interviendra courant janvier", pw='month', note="'courant janvier' = month window")

m('paid','fr','2026-12-14 11:36:48 +0100','Compta Boutique Azur <compta@boutique-azur.example>',"""
Bonjour,

Nous avons compensé cette facture avec l'avoir n° AV-2026-014 que vous nous aviez émis en novembre (montant identique). Le solde est donc nul.

Compta Boutique Azur
""", phrase="Nous avons compensé cette facture avec l'avoir", note="settled by compensation with credit note")

m('dispute','en','2026-12-15 10:20:05 +0530','Anil Gupta <anil.gupta@gupta-hospitality.example>',"""
Dear Sir,

We regret to inform that the invoice cannot be processed as the PO number is not mentioned. As per our company policy, no payment is released without valid PO. Hence we are unable to pay.

Regards,
Anil Gupta
""", phrase="no payment is released without valid PO", note="missing PO as reason to refuse payment")

m('other','fr','2026-12-16 15:08:31 +0100','Sophie Lemoine <sophie.lemoine@lemoine-deco.example>',"""
Bonjour,

Je transfère à Julie qui s'occupe de la compta depuis octobre.

@Julie : peux-tu regarder ?

Sophie
""", phrase="Je transfère à Julie qui s'occupe de la compta", note="forwarding to colleague", q='fwd')

m('promise','fr','2026-12-17 17:02:26 +0100','Yannick Dufour <yannick.dufour@dufour-hotel.example>',"""
Bonjour,

Virement programmé pour le 15/01. Il y a eu un loupé de notre part, désolé.

Yannick Dufour
""", phrase="Virement programmé pour le 15/01", pd=fixed('2027-01-15'), note="'15/01' in December -> next January: 15 Jan 2027")

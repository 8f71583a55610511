# Hand-written client replies 105-164
from build import M

M(105, "dispute", "fr", d="2026-08-12 10:40:31 +0200",
  f="Service administratif <admin@sofradis.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour,

Vous avez adressé cette facture à SOFRADIS SAS, or l'intervention a été commandée et réalisée pour la société SOFRADIS Logistique, entité juridique distincte avec son propre SIREN. SOFRADIS SAS n'a aucune raison de régler cette somme et ne le fera pas.

Nous vous laissons faire le nécessaire auprès de la bonne entité.

Cordialement,
Service administratif SOFRADIS""",
  p="SOFRADIS SAS n'a aucune raison de régler cette somme",
  note="Mauvaise entité facturée, refus de paiement (contestation, pas une simple demande de réédition).")

M(106, "promise", "fr", d="2026-11-25 14:56:02 +0100",
  f="Julie Bouchet <julie.bouchet@bouchet-vins.example>", q="gmail", e="qp",
  b="""Bonjour,

Merci pour votre relance. Notre banque nous impose un délai pour les virements hors zone habituelle (nouveau fournisseur), le virement sera donc exécuté mercredi 2 décembre.

Bien cordialement,
Julie Bouchet
Domaine Bouchet – Tain-l'Hermitage""",
  p="le virement sera donc exécuté mercredi 2 décembre", pd="2026-12-02",
  note="Date complète avec jour de semaine : mercredi 02/12/2026 (cohérent).")

M(107, "promise", "en", d="2027-02-09 16:18:50 +0000",
  f="Chris Lomax <chris.lomax@lomax-farm-shop.example>", q="gmail", e="qp",
  b="""Hi Claire,

Apologies - I'll get this paid as soon as I can. It's been a mad few weeks.

Chris""",
  p="I'll get this paid as soon as I can", u=True,
  note="Commitment to pay, no date.")

M(108, "other", "en", d="2027-01-28 10:30:17 +0100",
  f="Annelies Claes <annelies.claes@claes-chocolatier.example>", q="outlook", e="qp",
  b="""Dear Claire,

Our external accountant handles all supplier payments, I have forwarded your reminder to him. I don't know when he plans to process it.

Kind regards,
Annelies Claes
Chocolaterie Claes, Brugge""",
  p="Our external accountant handles all supplier payments",
  note="External accountant handles it; explicitly no commitment.")

M(109, "dispute", "fr", d="2026-08-28 09:12:05 +0200",
  f="Nicolas Ferrier <n.ferrier@ferrier-automatismes.example>", q="tb", e="qp",
  b="""Bonjour,

Votre devis DV-2026-088 indiquait un taux horaire de 68 € HT pour l'intervention sur site. La facture applique 85 € HT de l'heure. Nous n'avons jamais validé ce tarif.

Merci de nous faire parvenir un avoir ou une facture corrigée au tarif du devis, nous réglerons ensuite.

N. Ferrier
Ferrier Automatismes""",
  p="La facture applique 85 € HT de l'heure",
  note="Taux horaire facturé différent du devis. Sans le mot « litige ».")

M(110, "other", "fr", d="2027-02-15 11:44:39 +0100",
  f="Patricia Gauthier <patricia.gauthier@gauthier-boutique.example>", q="gmail", e="qp",
  b="""Bonjour,

Serait-il possible d'échelonner le paiement en plusieurs fois ? Je ne peux pas sortir toute la somme d'un coup en ce moment. Dites-moi ce qui est envisageable de votre côté.

Cordialement,
Patricia Gauthier""",
  p="Serait-il possible d'échelonner le paiement en plusieurs fois ?",
  note="Demande d'échéancier sans engagement.")

M(111, "promise", "fr", d="2026-07-16 17:20:48 +0200",
  f="Damien Roussel <damien.roussel@roussel-menuiserie-alu.example>", q="gmail", e="qp",
  b="""Bonjour Claire,

Pas de souci, on vous règle fin juillet comme d'habitude. Pour info on ferme du 3 au 21 août.

Damien""",
  p="on vous règle fin juillet", pd="2026-07-31",
  note="« fin juillet » = 31/07/2026 (vendredi). Les dates de fermeture d'août ne sont pas la promesse.")

M(112, "promise", "en", d="2026-08-24 08:47:21 +0100",
  f="Ruth Egan <ruth.egan@egan-optical.example>", q="apple", e="qp",
  b="""Hi Claire,

Back from holiday and catching up. Payment will go out the day after tomorrow, our bank needs a day to approve new beneficiaries.

Ruth

Sent from my iPhone""",
  p="Payment will go out the day after tomorrow", pd="2026-08-26",
  note="Message Monday 24 Aug 2026; 'day after tomorrow' = 2026-08-26.")

M(113, "paid", "en", d="2027-01-22 14:08:56 +0000",
  f="Accounts Payable <ap@harrowfield-nursing.example>", q="outlook", e="qp", fm="html",
  b="""Hello,

This invoice has been settled by offsetting it against your credit note AV/2026/0031 (EUR 412.00) and the balance was paid by bank transfer on 11 January 2027. Please update your ledger.

Regards,
Accounts Payable
Harrowfield Nursing Homes""",
  p="This invoice has been settled by offsetting it against your credit note",
  note="Paid by compensation with a credit note plus transfer for the balance.")

M(114, "promise", "fr", d="2026-06-17 09:04:12 +0200",
  f="Corinne Duval <corinne.duval@duval-boucherie.example>", q="gmail", e="qp", fm="alt",
  b="""Bonjour,

On a bien reçu la balance recalibrée, livrée le 10. Merci. Pour la facture mon mari passe à la banque lundi, ce sera réglé ce jour-là.

Corinne Duval
Boucherie Duval – Sassenage""",
  p="mon mari passe à la banque lundi, ce sera réglé ce jour-là", pd="2026-06-22",
  note="Message mercredi 17/06/2026 ; « lundi » = lundi qui vient, 22/06/2026. Le « 10 » est la date de livraison.")

M(115, "paid", "en", d="2026-11-20 17:33:08 -0500",
  f="Gloria Santos <gloria.santos@santos-coffee-roasters.example>", q="gmail", e="qp",
  b="""Hi!

I paid this by credit card over the phone with your colleague on Tuesday, she gave me a confirmation code (BLD-4471). Could you double check?

Thanks,
Gloria""",
  p="I paid this by credit card over the phone with your colleague on Tuesday",
  note="Already paid by card over the phone.")

M(116, "promise", "en", d="2026-11-03 12:10:45 +0000", q="none", inv="ETB/2026/0732", rk=4,
  f="Nigel Barraclough <nigel@barraclough-engineering.example>", e="qp",
  b="""Hi Claire, replies below.

-----Original Message-----
From: Étalonnages Belledonne – Relances <relances@etalonnages-belledonne.example>
Sent: 30 October 2026 10:08
To: nigel@barraclough-engineering.example
Subject: Payment reminder - invoice ETB/2026/0732

Dear Sir or Madam,

According to our records, invoice ETB/2026/0732 dated 15 September 2026, amount EUR 1,176.00, due on 15 October 2026, is still outstanding.

Nigel> Yes, my fault, it was sitting in my inbox.

We would be grateful if you could arrange payment at your earliest convenience (bank details are printed on the invoice).

Nigel> Will be paid on the 10th, along with the Q4 service contract.

If payment has already been made, please disregard this message.

Kind regards,

Claire Vasseur
Accounts Receivable – Étalonnages Belledonne SAS""",
  p="Will be paid on the 10th", pd="2026-11-10",
  note="Inline reply inside the quoted reminder; 'the 10th' alone, next 10th after 3 Nov 2026 = 2026-11-10. Dates in the quote (invoice/due) ignored.")

M(117, "paid", "fr", d="2026-06-02 09:18:24 +0200",
  f="Hôtel du Lac Bleu <direction@hotel-lacbleu.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Bonjour,

Le règlement a été fait par virement le 29/05, c'est sûrement passé après l'envoi de votre relance.

Bonne journée
La direction – Hôtel du Lac Bleu""",
  p="Le règlement a été fait par virement le 29/05",
  note="Déjà payé le 29/05/2026.")

M(118, "promise", "fr", d="2026-08-07 13:51:33 +0200",
  f="Lucie Fontaine <lucie.fontaine@fontaine-herboristerie.example>", q="gmail", e="qp",
  b="""Bonjour Madame,

Je suis vraiment désolée, c'était un oubli de ma part. Je vais vous régler, c'est promis, je m'en occupe dès que j'ai accès au compte pro.

Lucie Fontaine""",
  p="Je vais vous régler, c'est promis", u=True,
  note="Engagement ferme sans date.")

M(119, "promise", "fr", d="2027-02-11 10:37:19 +0100",
  f="Fabrice Lemaire <fabrice.lemaire@lemaire-vitrerie-auto.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour,

Bien reçu. Vous aurez votre paiement dans une semaine, le temps que mon associé valide.

Cordialement,
Fabrice Lemaire""",
  p="Vous aurez votre paiement dans une semaine", pd="2027-02-18",
  note="« dans une semaine » : jeudi 11/02/2027 + 7 = jeudi 18/02/2027.")

M(120, "copy_request", "fr", d="2026-11-10 15:22:37 +0100",
  f="Eveline Tardy <e.tardy@tardy-bijoux.example>", q="gmail", e="qp",
  b="""Bonjour,

Le PDF joint à votre mail ne s'ouvre pas (« fichier endommagé »). Pouvez-vous me le renvoyer ?

Merci,
Eveline Tardy""",
  p="Le PDF joint à votre mail ne s'ouvre pas",
  note="PDF illisible, demande de renvoi.")

M(121, "promise", "en", d="2026-11-19 11:26:14 +0000",
  f="Josh Pemberton <josh@pemberton-coffee.example>", q="gmail", e="qp",
  b="""Hi Claire,

We'll pay this early next month once our December trading kicks in. Sorry it's late.

Josh""",
  p="We'll pay this early next month", w="early_month",
  note="Window: 'early next month' (early December 2026), no single date.")

M(122, "other", "fr", d="2027-02-24 08:33:58 +0100",
  f="Alain Perret <alain.perret@perret-transformation-bois.example>", q="apple", e="qp",
  b="""Pouvez vous me rappeler au 06 84 22 17 93 entre 12h et 14h ? Merci

A. Perret

Envoyé de mon iPhone""",
  p="Pouvez vous me rappeler au 06 84 22 17 93",
  note="Demande de rappel, sans engagement.")

M(123, "other", "en", d="2026-11-16 09:44:21 +0000", s="Fwd: ", q="fwd",
  cc=["Ellie Marsh <ellie.marsh@marsh-cidery.example>"],
  f="Jack Marsh <jack.marsh@marsh-cidery.example>", e="qp",
  b="""Ellie - can you have a look at this one? Not sure if it's on the list.

(copying Claire at Belledonne so she knows who to talk to)

Jack""",
  p="Ellie - can you have a look at this one?",
  note="Forwards the reminder to a colleague with the creditor in copy; no commitment.")

M(124, "promise", "en", d="2026-10-08 13:02:19 +0200",
  f="Mateusz Nowak <mateusz.nowak@nowak-foods.example>", q="gmail", e="qp",
  b="""Dear Claire,

we will make the payment but not before the 20th, because our customer pays us on the 19th. Sorry for this.

Regards
Mateusz Nowak
Nowak Foods Sp. z o.o.""",
  p="we will make the payment but not before the 20th", w="after_date",
  note="Window after a date (not before 20 Oct 2026); no exact day committed.")

M(125, "promise", "en", d="2026-12-07 10:55:40 +0000",
  f="Carol Jennings <carol.jennings@jennings-veterinary.example>", q="outlook", e="qp", fm="alt",
  b="""Dear Claire,

Thank you for your reminder. I can confirm this will be paid on the last day of this month.

Kind regards,
Carol Jennings
Practice Manager, Jennings Veterinary Practice""",
  p="this will be paid on the last day of this month", pd="2026-12-31",
  note="'last day of this month' = 2026-12-31 (Thursday).")

M(126, "paid", "fr", d="2026-07-24 16:12:09 +0200",
  f="Henri Bouvier <henri.bouvier@mailperso.example>", q="gmail", e="8bit",
  b="""Madame,

J'ai remis un chèque à votre technicien le jour de son passage, le 2 juillet, il m'a dit que c'était bon. Vérifiez de votre côté svp.

Henri Bouvier""",
  p="J'ai remis un chèque à votre technicien le jour de son passage",
  note="Déjà payé (chèque remis au technicien).")

M(127, "auto_reply", "fr", d="2027-02-15 07:12:26 +0100", irt=False,
  f="Mathieu Collet <mathieu.collet@collet-ski-service.example>", q="none", e="qp",
  s="Réponse automatique : Relance facture ETB/2027/0044",
  hdr=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
  b="""Bonjour,

Pendant les vacances d'hiver je suis à la boutique de la station et ne consulte pas mes mails. Retour au bureau le 8 mars.

Mathieu Collet – Collet Ski Service""",
  p="Retour au bureau le 8 mars",
  note="Réponse d'absence avec en-têtes Auto-Submitted/X-Autoreply.")

M(128, "auto_reply", "en", d="2026-12-21 00:05:11 GMT", irt=False,
  f="Info <info@birchwood-laboratories.example>", q="none", e="7bit",
  s="Re: Second reminder - invoice ETB/2026/0861 overdue",
  hdr=["Precedence: bulk", "Auto-Submitted: auto-replied"],
  b="""Season's greetings from Birchwood Laboratories.

Our offices are closed from 19 December 2026 and reopen on 4 January 2027. Emails received during this period will be dealt with on our return.""",
  p="Our offices are closed from 19 December 2026 and reopen on 4 January 2027",
  note="Holiday closure auto-reply with Precedence: bulk / Auto-Submitted; GMT date.")

M(129, "promise", "fr", d="2026-12-11 15:40:02 +0100",
  f="Maison des Jeunes de Seyssinet <comptabilite@mjc-seyssinet.example>", q="gmail", e="qp",
  b="""Bonjour,

Notre budget 2026 est épuisé, le conseil d'administration a validé le paiement de votre facture sur le budget 2027 : vous serez réglés début janvier.

Pour la MJC,
Sandrine Vial, comptable""",
  p="vous serez réglés début janvier", w="early_month",
  note="Fenêtre « début janvier » (début du mois suivant), pas de date précise.")

M(130, "dispute", "fr", d="2026-09-30 11:03:46 +0200",
  f="Estelle Brun <estelle.brun@brun-cremerie.example>", q="outlook", e="cp1252", fm="alt",
  s="RE : ",
  b="""Bonjour,

Vous nous facturez 4 heures d'intervention alors que votre technicien est arrivé à 9 h 30 et reparti à 11 h 15 (notre registre d'accueil le confirme). Je ne validerai pas une facture sur cette base.

Estelle Brun
Crèmerie Brun""",
  p="Vous nous facturez 4 heures d'intervention alors que votre technicien est arrivé à 9 h 30",
  note="Nombre d'heures facturées contesté ; les heures ne sont pas des dates.")

M(131, "other", "en", d="2027-01-07 12:00:49 +0000", irt=False,
  f="Insolvency Team <insolvency@harcourt-recovery.example>", q="none", e="qp", fm="html",
  s="Thornbury Garden Supplies Ltd - In Administration",
  b="""Dear Sir/Madam,

Thornbury Garden Supplies Ltd ("the Company") - In Administration

We write to advise that Andrew Pike and Louise Hart of Harcourt Recovery LLP were appointed Joint Administrators of the Company on 4 January 2027. The affairs, business and property of the Company are being managed by the Joint Administrators.

Creditors should not expect payment of pre-appointment debts by the Company. Please submit your claim using the attached proof of debt form.

Yours faithfully,
For and on behalf of Thornbury Garden Supplies Ltd
Harcourt Recovery LLP""",
  p="Creditors should not expect payment of pre-appointment debts",
  note="Client in administration (UK insolvency); no promise.")

M(132, "dispute", "en", d="2026-08-21 14:15:33 +0100",
  f="Amir Shah <amir.shah@shah-jewellers.example>", q="gmail", e="qp",
  b="""Hello,

When the weight set came back from calibration, the 2 g and the 500 mg F1 weights were missing from the case. I've checked the packaging twice. I'm not paying for a set that came back incomplete - please let me know how you'll sort this.

Amir Shah
Shah Jewellers, Birmingham""",
  p="the 2 g and the 500 mg F1 weights were missing from the case",
  note="Goods missing on return; payment refused.")

M(133, "other", "fr", d="2026-09-11 10:29:07 +0200",
  f="Nathalie Ginet <n.ginet@ginet-cartonnages.example>", q="gmail", e="qp",
  b="""Merci, je transmets au service comptabilité.

Nathalie Ginet
Assistante de direction""",
  p="je transmets au service comptabilité",
  note="Transmission sans engagement.")

M(134, "promise", "fr", d="2026-07-28 11:17:38 +0200",
  f="Vincent Gros <vincent.gros@gros-primeurs.example>", q="gmail", e="qp",
  b="""Bonjour,

Toutes nos excuses, la facture était restée dans le parapheur. Je lance le virement aujourd'hui.

Vincent Gros
Gros Primeurs – MIN de Grenoble""",
  p="Je lance le virement aujourd'hui", pd="2026-07-28",
  note="« aujourd'hui » = date du message, 28/07/2026.")

M(135, "paid", "en", d="2027-01-05 09:50:14 +0100",
  f="Katja Meier <k.meier@meier-labortechnik.example>", q="outlook", e="qp",
  s="AW: ",
  b="""Dear Mrs Vasseur,

we paid this invoice together with ETB/2026/0874 in one transfer on 18 December 2026 (total EUR 2.318,40, reference "ETB 0874 + 0889"). Probably the allocation is missing on your side.

Best regards
Katja Meier
Meier Labortechnik GmbH""",
  p="we paid this invoice together with ETB/2026/0874 in one transfer on 18 December 2026",
  note="Already paid in a grouped transfer.")

M(136, "promise", "en", d="2026-06-18 10:21:52 +0530",
  f="Sunil Mehta <sunil.mehta@mehta-instruments.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Dear Ms. Claire,

Good morning. Please note your invoice is processed and payment will be credited to your account in 5 working days.

Kindly do the needful and confirm receipt once credited.

Regards,
Sunil Mehta
Mehta Instruments Pvt Ltd, Bengaluru""",
  p="payment will be credited to your account in 5 working days", pd="2026-06-25",
  note="Thursday 18 June 2026 + 5 working days (weekends skipped, no French holiday in between): Fri 19, Mon 22, Tue 23, Wed 24, Thu 25 -> 2026-06-25.")

M(137, "other", "en", d="2026-12-02 16:48:27 -0500",
  f="Paula Grant <pgrant@grant-orchards.example>", q="gmail", e="qp",
  b="""Hello,

We've had several fake invoice emails lately. Before we do anything, can you confirm this is genuine? I'll call your main office number from your website to check.

Paula Grant
Grant Orchards, Oregon""",
  p="can you confirm this is genuine?",
  note="Asks whether the reminder is genuine; no commitment, no contest.")

M(138, "promise", "en", d="2026-12-10 15:02:36 -0500",
  f="Tyler Brooks <tbrooks@brooks-hvac-labs.example>", q="gmail", e="qp",
  b="""Hi Claire,

My apologies, the invoice went to an old email. I've entered the payment in our system for 12/22.

Thanks,
Tyler Brooks
Brooks HVAC Test Labs, Ohio""",
  p="I've entered the payment in our system for 12/22", pd="2026-12-22",
  note="US client, month/day: 12/22 = 22 December 2026.")

M(139, "auto_reply", "en", d="2026-09-25 10:04:45 +0000",
  f="Riverside Support <support@riverside-brewing.example>", q="none", e="qp", fm="html",
  s="[Request received] Payment reminder - invoice ETB/2026/0529",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  b="""Hi there,

We've received your request (#88214) and one of our team will get back to you shortly.

To add any additional comments, reply to this email.

Riverside Brewing Co. Support""",
  p="We've received your request (#88214)",
  note="Helpdesk acknowledgement with Auto-Submitted header.")

M(140, "dispute", "en", d="2026-12-08 11:37:21 +0000",
  f="Rosalind Kerr <rosalind.kerr@kerr-pharmacy.example>", q="outlook", e="qp", fm="alt",
  b="""Hi Claire,

I spoke to your colleague Mr Roux in October and he agreed to issue a credit note for the thermometer that had to be sent back twice. We still haven't received it, and the invoice is for the full amount.

We'll deal with the balance when the credit note arrives.

Rosalind Kerr
Kerr Pharmacy Group""",
  p="he agreed to issue a credit note for the thermometer",
  note="Promised credit note not received; invoice contested. 'deal with the balance when...' is conditional, not a promise.")

M(141, "other", "fr", d="2026-11-12 18:22:51 +0100",
  f="Monique Besson <monique.besson@mailperso.example>", q="gmail", e="qp",
  b="""Bonjour,

Mon père, Roger Besson, votre client pour la station météo de la ferme, est décédé le mois dernier. La succession est entre les mains de Me Carrier, notaire à Voiron. Je vous remercie de vous adresser à lui pour cette facture.

Monique Besson""",
  p="La succession est entre les mains de Me Carrier",
  note="Décès du client, renvoi vers le notaire ; sans engagement.")

M(142, "paid", "fr", d="2027-02-19 09:26:08 +0100",
  f="Comptabilité <comptabilite@gaillard-maraichage.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour,

Cette facture a été soldée par compensation avec votre avoir AV/2027/0004 du 28 janvier, d'un montant identique. Il n'y a donc plus rien à régler.

Cordialement,
Comptabilité – Gaillard Maraîchage""",
  p="Cette facture a été soldée par compensation avec votre avoir",
  note="Réglée par compensation avec un avoir.")

M(143, "paid", "fr", d="2026-11-03 12:05:37 +0100",
  f="Thomas Vidal <thomas.vidal@vidal-electricite-industrielle.example>", q="gmail", e="qp",
  b="""Bonjour,

Je pense que nos mails se sont croisés : le virement est parti vendredi dernier (30/10). Vous devriez le voir sur votre relevé.

Thomas""",
  p="le virement est parti vendredi dernier (30/10)",
  note="Déjà payé, vendredi dernier = 30/10/2026.")

M(144, "promise", "fr", d="2026-12-04 10:48:22 +0100", q="none", inv="ETB/2026/0797", lf=True, rk=2, lvl=1,
  f="Géraldine Michaud <geraldine.michaud@michaud-salaisons.example>", e="qp",
  b="""Bonjour,

Réponses dans le texte.

Le 02/12/2026 à 08:12, Étalonnages Belledonne a écrit :
> Bonjour,
>
> Sauf erreur de notre part, la facture ETB/2026/0797 du 02/10/2026, d'un montant de 2 112,00 € TTC, arrivée à échéance le 01/11/2026, reste impayée à ce jour.

Oui, elle était bloquée chez le directeur du site.

> Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais, par virement sur le compte indiqué sur la facture.

Virement programmé le 11/12, c'est validé.

> Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.
>
> Cordialement,
>
> Claire Vasseur
> Comptabilité clients – Étalonnages Belledonne SAS

--
Géraldine Michaud
Michaud Salaisons""",
  p="Virement programmé le 11/12", pd="2026-12-11",
  note="Réponse intercalée dans la relance citée ; « 11/12 » = 11 décembre 2026. Les dates de facture/échéance citées ne comptent pas.")

M(145, "promise", "fr", d="2027-02-01 14:30:55 +0100",
  f="Arnaud Teyssier <a.teyssier@teyssier-fromages.example>", q="gmail", e="qp",
  b="""Bonjour,

Avec la fermeture annuelle de janvier nous avons pris du retard. Je vous propose un règlement fin du mois prochain, c'est ce que je peux faire de mieux, et je m'y tiendrai.

Arnaud Teyssier""",
  p="Je vous propose un règlement fin du mois prochain", pd="2027-03-31",
  note="Message du 01/02/2027 ; « fin du mois prochain » = dernier jour de mars 2027 = 31/03/2027. Formulé comme une proposition mais avec engagement (« je m'y tiendrai »).")

M(146, "promise", "fr", d="2026-12-01 11:12:30 +0100",
  f="Caroline Meunier <caroline.meunier@meunier-laboratoire-dentaire.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Bonjour Madame Vasseur,

Nous avons une réunion avec notre banquier le 8 décembre pour le renouvellement de notre ligne de trésorerie. Quoi qu'il arrive, le paiement de votre facture est prévu le 15 déc., je l'ai déjà saisi.

Cordialement,
Caroline Meunier
Laboratoire dentaire Meunier""",
  p="le paiement de votre facture est prévu le 15 déc.", pd="2026-12-15",
  note="« 15 déc. » = 15/12/2026. Le 8 décembre (réunion avec le banquier) n'est pas la promesse.")

M(147, "promise", "en", d="2026-11-27 10:08:41 +0100",
  f="Lars Eriksen <lars.eriksen@eriksen-fisk.example>", q="tb", e="qp",
  b="""Hi Claire,

We will pay between the 5th and the 10th of December, depending on when our customer in Bergen pays.

Best regards
Lars Eriksen""",
  p="We will pay between the 5th and the 10th of December", w="between",
  note="Window between two dates (5-10 Dec 2026).")

M(148, "other", "fr", d="2026-06-26 11:31:20 +0200",
  f="René Chapuis <rene.chapuis@chapuis-sellerie.example>", q="gmail", e="latin1",
  b="""Bonjour,

Une question : le montant de la relance est-il bien le même que celui de la facture, ou avez-vous ajouté des frais ? Je vois 40 euros de plus sur mon relevé de compte client.

Cordialement
René Chapuis""",
  p="le montant de la relance est-il bien le même que celui de la facture",
  note="Question sur le montant sans contestation.")

M(149, "promise", "fr", d="2026-08-24 14:20:03 +0200",
  f="Hugo Blanchard <hugo.blanchard@blanchard-ebenisterie.example>", q="gmail", e="qp",
  b="""Bonjour,

Je reviens de congés. Je vous fais le virement le 1er, quand les règlements de mes clients d'août seront arrivés.

Hugo""",
  p="Je vous fais le virement le 1er", pd="2026-09-01",
  note="« le 1er » seul, message du 24/08/2026 → 01/09/2026.")

M(150, "other", "en", d="2026-08-11 10:14:48 +0100",
  f="Fiona Greenway <fiona.greenway@greenway-labs.example>", q="outlook", e="qp",
  b="""Hello,

Please note that from 1 September all supplier correspondence should go to our new accounts payable address, ap@greenway-labs.example. I am leaving the finance team.

Thank you,
Fiona Greenway""",
  p="all supplier correspondence should go to our new accounts payable address",
  note="Change of contact address, no commitment.")

M(151, "promise", "en", d="2027-02-24 17:52:11 +0000",
  f="Declan Murphy <declan@murphy-seafoods.example>", q="gmail", e="qp",
  b="""Claire,

Sorry, hectic week. I'll send it first thing Monday morning.

Declan""",
  p="I'll send it first thing Monday morning", pd="2027-03-01",
  note="Message Wednesday 24 Feb 2027; 'Monday' = next Monday = 2027-03-01.")

M(152, "auto_reply", "en", d="2027-02-10 13:00:00 +0100", irt=False,
  f="Daniela Koch <d.koch@koch-brauerei.example>", q="none", e="qp",
  s="Abwesenheitsnotiz / Out of office",
  b="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.02.2027 nicht im Büro.

Thank you for your message. I am out of the office until 19 February 2027 inclusive. Your email will not be forwarded.

Daniela Koch""",
  p="I am out of the office until 19 February 2027 inclusive",
  note="Bilingual German/English out-of-office, no auto headers.")

M(153, "promise", "en", d="2026-10-19 11:40:27 +0530",
  f="Accounts Dept <accounts@kaveri-biotech.example>", q="outlook", e="qp", fm="alt",
  s="RE: ",
  b="""Dear Sir/Madam,

We acknowledge receipt of your reminder. Please be informed that the payment will be remitted by 5th of next month after the month-end closing.

Thanking you,
For Kaveri Biotech Ltd
Accounts Department""",
  p="the payment will be remitted by 5th of next month", pd="2026-11-05",
  note="Message 19 Oct 2026; '5th of next month' = 2026-11-05.")

M(154, "promise", "fr", d="2026-11-30 16:06:17 +0100",
  f="Philippe Girardin <p.girardin@girardin-horticulture.example>", q="gmail", e="qp",
  b="""Bonjour,

Nous réglerons votre facture, mais pas avant le 15 décembre, date à laquelle nous encaissons la vente de sapins.

Cordialement,
Philippe Girardin""",
  p="mais pas avant le 15 décembre", w="after_date",
  note="Fenêtre « pas avant le 15 décembre » (après une date), pas de jour fixe.")

M(155, "copy_request", "fr", d="2026-07-08 10:24:19 +0200",
  f="Gestionnaire - Lycée Champollion <gestion.champollion@lycee-champollion.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour,

Pour que l'agence comptable puisse mandater, la facture doit comporter le numéro de bon de commande 2026-BC-0347 et être déposée sur Chorus Pro. Pourriez-vous nous transmettre une facture mise à jour ?

Bien cordialement,
Service de gestion
Lycée Champollion""",
  p="Pourriez-vous nous transmettre une facture mise à jour ?",
  note="Demande une facture avec n° de bon de commande, via Chorus Pro (demande de document).")

M(156, "other", "en", d="2026-12-16 09:59:34 +0000",
  f="Liam Carter <liam.carter@carter-hydro.example>", q="gmail", e="qp",
  b="""Hi Claire,

Just so you know, Carter Hydro has been acquired by Aquanor Group as of 1 December. Our finance processes are moving over so it might take a bit longer than usual to sort out. I'll let you know who your new contact is.

Liam""",
  p="Carter Hydro has been acquired by Aquanor Group",
  note="Company acquired, no commitment.")

M(157, "auto_reply", "fr", d="2026-06-10 14:44:12 +0200",
  f="Florian Masson <f.masson@masson-apiculture.example>", q="none", e="qp", fm="mdn",
  s="Lu : 2e relance – facture ETB/2026/0174 impayée", inv="ETB/2026/0174", lvl=2,
  b="""Votre message

  À : f.masson@masson-apiculture.example
  Objet : 2e relance – facture ETB/2026/0174 impayée

a été lu le mercredi 10 juin 2026 14:44.""",
  p="a été lu le mercredi 10 juin 2026 14:44",
  note="Accusé de lecture MDN en français.")

M(158, "paid", "en", d="2026-09-03 15:31:09 +0530",
  f="Finance Team <finance@ganga-scientific.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Dear Madam,

Payment for the said invoice has already been made vide SWIFT ref. SBININBB-0926-77410 dated 28-Aug-2026. Request you to kindly check with your bank and update.

Regards,
Finance Team
Ganga Scientific Pvt Ltd""",
  p="Payment for the said invoice has already been made",
  note="Already paid by SWIFT, reference and date.")

M(159, "auto_reply", "fr", d="2026-06-19 18:00:01 +0200", irt=False,
  f="Sébastien Rey <s.rey@rey-traiteur.example>", q="none", e="latin1",
  s="Réponse automatique: Relance facture ETB/2026/0212",
  hdr=["Auto-Submitted: auto-replied", "Precedence: auto_reply"],
  b="""Bonjour,

Je suis absent jusqu'au lundi 29 juin inclus (salon professionnel).
Pour toute question urgente : 04 76 33 18 20.

Sébastien Rey""",
  p="Je suis absent jusqu'au lundi 29 juin inclus",
  note="Absence avec en-têtes Auto-Submitted/Precedence.")

M(160, "dispute", "fr", d="2026-06-22 13:48:25 +0200",
  f="Bertrand Lacroix <b.lacroix@lacroix-agroalimentaire.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Bonjour,

L'intervention n'est pas terminée : votre technicien devait revenir pour les deux autoclaves restants et nous n'avons toujours pas le rapport d'étalonnage des sondes déjà faites. Nous ne paierons qu'une prestation complète et documentée.

Cordialement,
Bertrand Lacroix
Responsable maintenance""",
  p="L'intervention n'est pas terminée",
  note="Travail inachevé, rapport manquant.")

M(161, "promise", "fr", d="2026-08-13 10:09:39 +0200",
  f="Noémie Carrel <noemie.carrel@carrel-traiteur.example>", q="gmail", e="qp",
  b="""Bonjour,

Désolée, avec les congés tout le monde est absent. Le règlement partira dans 3 jours ouvrés, c'est le délai de validation de notre banque.

Noémie Carrel""",
  p="Le règlement partira dans 3 jours ouvrés", pd="2026-08-18",
  note="Jeudi 13/08/2026 + 3 jours ouvrés : ven. 14 (1), [sam. 15 août férié et samedi, dim. 16], lun. 17 (2), mar. 18 (3) → 18/08/2026.")

M(162, "other", "fr", d="2026-07-03 09:14:27 +0200",
  f="Robert Favier <robert.favier@mailperso.example>", q="gmail", e="qp",
  b="""Madame,

Je ne suis plus gérant de la société Favier Fils depuis la cession du 1er mars 2026. Merci de vous adresser au nouveau dirigeant, M. Kévin Saulnier, à l'adresse de la société.

R. Favier""",
  p="Je ne suis plus gérant de la société Favier Fils",
  note="Ancien gérant, renvoie vers le nouveau dirigeant.")

M(163, "promise", "fr", d="2026-10-01 09:57:12 +0200",
  f="Maxime Deschamps <m.deschamps@deschamps-mecanique.example>", q="tb", e="qp",
  b="""Bonjour,

Nous avons bien reçu votre relance. Le paiement sera fait d'ici la fin de la semaine prochaine.

Cordialement,
Maxime Deschamps
Deschamps Mécanique de Précision""",
  p="Le paiement sera fait d'ici la fin de la semaine prochaine", pd="2026-10-09",
  note="Message jeudi 01/10/2026 ; fin de la semaine prochaine = vendredi 09/10/2026.")

M(164, "promise", "fr", d="2026-09-10 12:03:48 +0200",
  f="Mélanie Roche <melanie.roche@roche-charcuterie.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Bonjour,

Je vous confirme que votre facture sera payée le 30 septembre au plus tard.

Bonne journée,
Mélanie Roche""",
  p="votre facture sera payée le 30 septembre au plus tard", pd="2026-09-30",
  note="Date explicite 30/09/2026.")

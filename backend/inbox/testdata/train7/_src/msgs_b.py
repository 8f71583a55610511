# Hand-written client replies 045-104
from build import M

M(45, "promise", "fr", d="2027-01-27 14:48:09 +0100",
  f="Valérie Chassagne <v.chassagne@chassagne-cosmetiques.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour Madame Vasseur,

Je fais suite à votre relance. Après vérification, la facture a bien été validée par notre service qualité ; le virement est programmé au 05/02 dans notre outil de trésorerie.

Je reste à votre disposition.

Valérie Chassagne
Assistante comptable
Chassagne Cosmétiques SAS
ZI Les Iles Cordées – 38113 Veurey-Voroize
Tél. : 04 76 53 90 12

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""",
  p="le virement est programmé au 05/02", pd="2027-02-05",
  note="Notation jj/mm « 05/02 » = 5 février ; message du 27/01/2027 → 05/02/2027.")

M(46, "paid", "en", d="2026-10-12 06:02:17 +0000", irt=False,
  f="remittance@castlebridge-foods.example", q="none", e="qp",
  s="Remittance Advice - Castlebridge Foods Ltd - Payment 0000418827",
  b="""REMITTANCE ADVICE

Payer:          Castlebridge Foods Ltd
Payee:          ETALONNAGES BELLEDONNE SAS
Payment date:   09/10/2026
Payment method: SEPA Credit Transfer
Payment ref:    0000418827

Invoice No.         Invoice Date    Amount (EUR)
ETB/2026/0613       14/08/2026          684.00
ETB/2026/0688       02/09/2026          312.50
                                   -----------
Total paid                               996.50

This is a system generated message from our accounts payable system. Please do not reply to this address. Queries: ap@castlebridge-foods.example""",
  p="Payment date:   09/10/2026",
  note="Remittance advice from an accounting system listing the invoice as paid on 09/10/2026.")

M(47, "promise", "en", d="2027-02-18 10:26:33 +0100",
  f="Jürgen Falkenhayn <j.falkenhayn@falkenhayn-messtechnik.example>", q="outlook", e="qp",
  s="AW: ",
  b="""Dear Mrs. Vasseur,

excuse the delay, the invoice was in the approval workflow of our head office in Stuttgart. It is approved now and we will pay on 01.03.2027 with our monthly payment run.

Best regards
Jürgen Falkenhayn
Einkauf / Purchasing
Falkenhayn Messtechnik GmbH & Co. KG
Industriestr. 7, 71229 Leonberg""",
  p="we will pay on 01.03.2027", pd="2027-03-01",
  note="German numeric date dd.mm.yyyy: 01.03.2027 = 1 March 2027.")

M(48, "auto_reply", "en", d="2027-01-18 08:10:05 -0500", irt=False,
  f="Kevin Marsh <kmarsh@tidewater-marine.example>", q="none", e="7bit",
  s="Out of Office: Payment reminder - invoice ETB/2026/0940",
  b="""I'm currently out of the office attending a conference and will return on January 22. I will have limited access to email. If this is urgent please contact Linda Perez at lperez@tidewater-marine.example.

Thanks,
Kevin""",
  p="will return on January 22",
  note="Out-of-office, return date, no auto headers.")

M(49, "promise", "fr", d="2026-11-17 11:03:28 +0100",
  f="Agnès Berthier <agnes.berthier@berthier-patisserie-industrielle.example>", q="gmail", e="qp",
  b="""Bonjour Claire,

Je viens de voir avec notre DAF : le paiement sera fait le 24... non pardon, le 26, il y a un lot de factures qui part ce jour-là.

Bonne journée,
Agnès""",
  p="le paiement sera fait le 24... non pardon, le 26", pd="2026-11-26",
  note="Première date corrigée par la seconde : on retient le 26 ; message du 17/11/2026 → 26/11/2026.")

M(50, "promise", "fr", d="2027-01-19 10:02:45 +0100",
  f="Romain Favre <romain@favre-brasserie.example>", q="apple", e="qp",
  b="""Bonjour,

Oups, oubli de ma part. Je fais le nécessaire d'ici 48 h.

Romain

Envoyé de mon iPhone""",
  p="Je fais le nécessaire d'ici 48 h", pd="2027-01-21",
  note="« d'ici 48 h » : message du mardi 19/01/2027 + 2 jours = jeudi 21/01/2027.")

M(51, "auto_reply", "fr", d="2026-08-10 09:00:03 +0200", irt=False,
  f="Accueil - Domaine de la Rivoire <contact@domaine-rivoire.example>", q="none", e="qp",
  s="Fermeture estivale",
  b="""Bonjour et merci pour votre message.

Le domaine est fermé du 8 au 23 août. Nous traiterons votre demande dès notre retour, à partir du 24 août.

Belle fin d'été,
L'équipe du Domaine de la Rivoire""",
  p="Le domaine est fermé du 8 au 23 août",
  note="Fermeture estivale automatique, sans en-têtes.")

M(52, "paid", "fr", d="2026-09-16 15:55:40 +0200",
  f="Jacqueline Marchal <j.marchal@marchal-salaisons.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Bonjour,

Cette facture était payable par LCR à 45 jours, l'effet a été domicilié et débité le 10 septembre sur notre compte (relevé à l'appui). Je pense que vous allez le recevoir avec votre remise bancaire.

Cordialement,
J. Marchal
Comptabilité fournisseurs – Marchal Salaisons""",
  p="l'effet a été domicilié et débité le 10 septembre",
  note="Déjà réglé par LCR débitée le 10/09.")

M(53, "promise", "fr", d="2026-12-09 16:21:11 +0100", inv="ETB/2026/0822",
  f="Direction des Affaires Financières <daf.fournisseurs@ch-voironnais.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Madame,

Votre facture ETB/2026/0822 a bien été reçue via Chorus Pro et le service fait a été certifié par le service biomédical. Elle sera présentée au prochain comité de règlement, le 22, et le mandat transmis au comptable public dans la foulée.

Nous vous prions de nous excuser pour ce délai.

Bureau des fournisseurs
Direction des Affaires Financières
Centre Hospitalier du Pays Voironnais""",
  p="Elle sera présentée au prochain comité de règlement, le 22", pd="2026-12-22",
  note="Hôpital (Chorus Pro) : « prochain comité de règlement, le 22 » → prochain 22 après le 09/12/2026 = 22/12/2026.")

M(54, "dispute", "en", d="2027-01-26 13:30:22 +0000",
  f="Graham Tulloch <g.tulloch@tulloch-engineering.example>", q="gmail", e="qp",
  b="""Hello,

We have no record of ordering anything from your company. Nobody here has heard of Etalonnages Belledonne, and there is no purchase order on our side. I'd be grateful if you could check whether this was meant for another Tulloch - we won't be paying an invoice for services we didn't request.

Regards
Graham Tulloch
Director, Tulloch Engineering Ltd""",
  p="We have no record of ordering anything from your company",
  note="'We never ordered this' - refusal, no explicit word 'dispute'.")

M(55, "promise", "en", d="2026-08-06 17:45:19 +0100",
  f="Claire Whitfield <claire.whitfield@whitfield-dairy.example>", q="gmail", e="qp", fm="alt",
  b="""Hi Claire (nice name!),

So sorry, I'm covering for our bookkeeper who is off sick. I can't authorise payments myself but she's back on Monday and it'll be the first thing she does - I'll make sure of it. Payment on Monday then.

Thanks for bearing with us,
Claire W.
Whitfield Dairy Farm""",
  p="Payment on Monday then", pd="2026-08-10",
  note="Message Thursday 6 Aug 2026; 'on Monday' = next Monday, 2026-08-10.")

M(56, "other", "en", d="2026-11-04 10:18:36 +0000",
  f="Niamh O'Sullivan <niamh.osullivan@corrib-labs.example>", q="outlook", e="qp",
  b="""Hi Claire,

Quick question before I put this through - the total includes a line "forfait déplacement 95,00". Is that a standard charge for every visit or a one-off? Just so I know what to budget next year.

Thanks,
Niamh O'Sullivan
Corrib Labs, Galway""",
  p="Is that a standard charge for every visit or a one-off?",
  note="Question about a line of the invoice, no contest, no commitment.")

M(57, "other", "en", d="2026-06-24 20:04:51 -0400",
  f="Bill Hanrahan <bill.hanrahan@fastmail-user.example>", q="none", e="7bit", irt=True,
  b="""UNSUBSCRIBE

please remove this address from your list""",
  p="please remove this address from your list",
  note="Unsubscribe request, nothing else.")

M(58, "promise", "en", d="2026-07-22 15:12:38 +0100",
  f="Alistair Greig <alistair@greig-smokehouse.example>", q="apple", e="qp",
  b="""Hi Claire

Didn't realise it was still open, sorry. I'll transfer it tomorrow morning.

Alistair

Sent from my iPad""",
  p="I'll transfer it tomorrow morning", pd="2026-07-23",
  note="Message Wednesday 22 July 2026; 'tomorrow' = 2026-07-23.")

M(59, "promise", "en", d="2026-07-13 11:40:00 +0200",
  f="Sofia Lindqvist <sofia.lindqvist@nordic-pipette.example>", q="gmail", e="qp",
  b="""Hello Claire,

Thank you for the reminder and sorry for the inconvenience. I checked with our controller and we will pay the invoice at the end of the month, together with the other French suppliers.

Best regards,
Sofia Lindqvist
Nordic Pipette AB""",
  p="we will pay the invoice at the end of the month", pd="2026-07-31",
  note="'end of the month' = last day of the current month: 2026-07-31 (Friday).")

M(60, "promise", "fr", d="2026-10-13 08:55:12 +0200",
  f="Pascal Revol <pascal.revol@revol-charcuterie.example>", q="gmail", e="8bit",
  b="""Bonjour,

C'est bien noté, je fais le virement en fin de semaine.

Pascal Revol
Charcuterie Revol – Marché de l'Estacade""",
  p="je fais le virement en fin de semaine", pd="2026-10-16",
  note="Message mardi 13/10/2026 ; « en fin de semaine » = vendredi de la semaine en cours, 16/10/2026.")

M(61, "other", "fr", d="2026-06-12 12:37:50 +0200",
  f="Sylvie Achard <sylvie.achard@achard-fleurs.example>", q="gmail", e="qp",
  b="""Bonjour,

Je ne m'occupe pas des paiements, c'est notre cabinet comptable (Cabinet Delmas à Voiron) qui gère tous les règlements fournisseurs. Je leur ai transmis votre mail.

Cordialement,
Sylvie Achard""",
  p="c'est notre cabinet comptable (Cabinet Delmas à Voiron) qui gère tous les règlements fournisseurs",
  note="Renvoie vers le cabinet comptable, sans engagement.")

M(62, "promise", "en", d="2026-12-14 09:22:46 +0000",
  f="Robert Ashdown <r.ashdown@ashdown-scientific.example>", q="outlook", e="qp", fm="html",
  b="""Morning Claire,

I've spoken with our finance director. We'll have this paid by Friday 18th - our last payment run before the Christmas shutdown.

Thanks for your patience,

Robert Ashdown
Operations Director
Ashdown Scientific Supplies Ltd | 3 Mill Lane | Cambridge CB2 1RX""",
  p="We'll have this paid by Friday 18th", pd="2026-12-18",
  note="'Friday 18th' = Friday 18 December 2026 (consistent weekday).")

M(63, "copy_request", "en", d="2026-08-19 14:02:11 +0200",
  f="Pieter de Wit <p.dewit@dewit-kaas.example>", q="tb", e="qp",
  b="""Hello,

I want to pay but your bank details are not on the invoice copy I have. Can you send me your IBAN and BIC please?

Regards,
Pieter de Wit
De Wit Kaas""",
  p="Can you send me your IBAN and BIC please?",
  note="Asks for bank details.")

M(64, "auto_reply", "fr", d="2026-06-15 07:45:29 +0200", irt=False,
  f="Isabelle Kern <i.kern@kern-electronique.example>", q="none", e="qp",
  s="Réponse automatique : Relance facture ETB/2026/0157",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply"],
  b="""Bonjour,

Je suis absente du bureau jusqu'au 22 juin 2026. En cas d'urgence, vous pouvez contacter Fabien Roche (f.roche@kern-electronique.example).

Cordialement,
Isabelle Kern""",
  p="Je suis absente du bureau jusqu'au 22 juin 2026",
  note="Absence avec date de retour ; en-têtes Auto-Submitted.")

M(65, "other", "fr", d="2027-01-08 10:11:03 +0100",
  f="Gérard Pommier <gerard.pommier@pommier-distillerie.example>", q="none", e="latin1",
  b="""Madame,

Je vous demande de cesser de m'envoyer vos relances par courriel. Je ne consulte pas cette boîte et je souhaite que toute correspondance me soit adressée par voie postale à l'adresse du siège.

G. Pommier""",
  p="toute correspondance me soit adressée par voie postale",
  note="Demande d'arrêter les courriels et d'écrire par courrier ; sans engagement.")

M(66, "other", "fr", d="2027-01-21 03:14:59 +0000", irt=False,
  f="Service Référencement Pro <offre@top-referencement-web.example>", q="none", e="qp", fm="html",
  s="Re: Votre site est invisible sur Google !!",
  b="""Bonjour,

Suite à votre message, nous vous confirmons que votre site etalonnages-belledonne.example n'apparait pas en première page de Google.

Profitez de notre OFFRE EXCEPTIONNELLE : référencement garanti en 1ère position pour seulement 99 € HT/mois, sans engagement !

Répondez OUI à ce message pour être rappelé par un conseiller.

Pour ne plus recevoir nos offres, cliquez ici.""",
  p="Profitez de notre OFFRE EXCEPTIONNELLE",
  note="Message de type spam, sans rapport avec la facture.")

M(67, "promise", "en", d="2026-11-12 13:27:41 -0500",
  f="Laura Kimball <lkimball@kimball-cheesemakers.example>", q="gmail", e="qp",
  b="""Hi Claire,

Thanks for the nudge. Things are crazy here ahead of the holiday orders, but I've set up the international wire for the day before Thanksgiving so it goes out before we close for the long weekend.

Laura Kimball
Kimball Creek Cheesemakers, Vermont""",
  p="I've set up the international wire for the day before Thanksgiving", pd="2026-11-25",
  note="US Thanksgiving 2026 = fourth Thursday of November = 26 Nov; the day before = 2026-11-25.")

M(68, "auto_reply", "fr", d="2026-09-29 11:20:37 +0200",
  f="Support GLPI - Ville de Crolles <support-informatique@ville-crolles.example>", q="none", e="qp",
  s="[GLPI #0048213] Nouveau ticket : 2e relance – facture ETB/2026/0461 impayée", inv="ETB/2026/0461", lvl=2,
  hdr=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply"],
  b="""Bonjour,

Votre demande a été enregistrée sous le numéro 0048213 (catégorie : Non classé).
Elle sera prise en charge par un technicien dans les meilleurs délais.

Pour suivre votre ticket : https://glpi.ville-crolles.example/front/ticket.form.php?id=48213

Ceci est un message automatique, merci de ne pas y répondre.""",
  p="Votre demande a été enregistrée sous le numéro 0048213",
  note="Accusé de création de ticket (mauvaise boîte), avec en-têtes Auto-Submitted.")

M(69, "auto_reply", "en", d="2026-09-07 06:30:00 +0200", irt=False,
  f="Marta Giordano <m.giordano@giordano-oleifici.example>", q="none", e="qp",
  s="Vacation: Payment reminder - invoice ETB/2026/0402",
  b="""Dear sender,

I am on vacation until 18th September with no access to e-mail. Your message will be read when I come back.

For urgent administrative matters write to amministrazione@giordano-oleifici.example

Best regards
Marta Giordano""",
  p="I am on vacation until 18th September",
  note="Vacation notice, no auto headers.")

M(70, "dispute", "en", d="2026-08-04 10:56:28 +0100",
  f="Oliver Stanton <oliver.stanton@stanton-instruments.example>", q="outlook", e="qp", fm="alt",
  b="""Hi Claire,

I've been through the invoice with our accountant. You've charged French VAT at 20% but we are a UK VAT-registered business (GB 284 1177 36) and since Brexit this should be zero-rated as an export of services, with no French VAT on it. We can't reclaim French VAT, so we can only pay the net amount.

Could you please issue a corrected invoice without the VAT?

Cheers,
Oliver Stanton
Finance Manager, Stanton Instruments Ltd""",
  p="You've charged French VAT at 20% but we are a UK VAT-registered business",
  note="VAT treatment contested; only the net amount accepted.")

M(71, "promise", "fr", d="2026-06-29 17:58:03 +0200",
  f="Jérôme Cattin <jerome.cattin@cattin-boulonnerie.example>", q="apple", e="qp",
  b="""Bonjour Madame,
C'est un oubli, je m'en excuse. Le virement part demain matin.
Bien à vous
J. Cattin

Envoyé de mon iPhone""",
  p="Le virement part demain matin", pd="2026-06-30",
  note="Message du lundi 29/06/2026 ; « demain » = 30/06/2026.")

M(72, "promise", "en", d="2026-09-24 12:44:18 +0100",
  f="Accounts <accounts@hollybush-garden-centre.example>", q="gmail", e="qp",
  b="""Hi there,

Apologies, this one got missed. It's now been approved and will go out in our next supplier payment run.

Kind regards,
Debbie
Accounts, Hollybush Garden Centre""",
  p="will go out in our next supplier payment run", u=True,
  note="Commitment with no date (next payment run, date unspecified).")

M(73, "copy_request", "fr", d="2026-12-03 10:39:52 +0100",
  f="Service facturier - Mairie de Montbonnot <facturier@mairie-montbonnot.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Madame, Monsieur,

Nous ne trouvons pas trace de cette facture. Nous vous rappelons que depuis le 1er janvier 2020, toutes les factures adressées aux collectivités doivent être déposées sur le portail Chorus Pro (SIRET destinataire 213 802 487 00015, code service FIN).

Merci de bien vouloir y déposer la facture afin que nous puissions la traiter.

Le service facturier
Mairie de Montbonnot-Saint-Martin""",
  p="Merci de bien vouloir y déposer la facture",
  note="Demande de dépôt sur Chorus Pro.")

M(74, "promise", "en", d="2027-02-08 09:05:36 +0000",
  f="Hamish Doyle <hamish@doyle-bakery-supplies.example>", q="gmail", e="qp",
  b="""Hi Claire,

Cash flow is tight after January but I'll have it to you in a fortnight - that's when our big customer pays us.

Cheers,
Hamish""",
  p="I'll have it to you in a fortnight", pd="2027-02-22",
  note="'in a fortnight' = 14 days: Monday 8 Feb 2027 + 14 = 2027-02-22.")

M(75, "other", "en", d="2027-02-12 15:50:44 +0100",
  f="Ingrid Vos <ingrid.vos@vos-horticulture.example>", q="tb", e="qp",
  b="""Dear Claire,

Thank you very much for your message and the friendly tone. Have a nice weekend!

Ingrid""",
  p="Thank you very much for your message",
  note="Thanks without any commitment.")

M(76, "auto_reply", "en", d="2026-11-03 14:21:09 +0000",
  f="Peter Lawson <p.lawson@lawson-precision.example>", q="none", e="7bit", fm="mdn",
  s="Read: Payment reminder - invoice ETB/2026/0701", inv="ETB/2026/0701", mdn_ua="Mozilla Thunderbird",
  b="""This is a Return Receipt for the mail that you sent to p.lawson@lawson-precision.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
  p="This is a Return Receipt for the mail that you sent",
  note="Read receipt (multipart/report, disposition-notification), Thunderbird wording.")

M(77, "promise", "en", d="2026-12-03 11:18:27 +0100",
  f="Giulia Santoro <g.santoro@santoro-laboratori.example>", q="outlook", e="qp",
  b="""Dear Claire,

I apologize for the delay. I confirm that the payment will be done within the 15th of December, our administration is already informed.

Best regards
Giulia Santoro
Santoro Laboratori Analisi S.r.l.""",
  p="the payment will be done within the 15th of December", pd="2026-12-15",
  note="Italian-English 'within the 15th' (entro il 15) = by the 15th: 2026-12-15.")

M(78, "auto_reply", "fr", d="2026-06-08 09:31:14 +0200", irt=False,
  f="Audrey Bonnet <audrey.bonnet@bonnet-pharma-distribution.example>", q="none", e="qp",
  s="Absence : Relance facture ETB/2026/0135",
  b="""Bonjour,

Je suis actuellement en congé maternité jusqu'au 30 septembre.
Merci de vous adresser à ma collègue Céline Mathieu : c.mathieu@bonnet-pharma-distribution.example – 04 74 88 15 62.

Audrey Bonnet""",
  p="Je suis actuellement en congé maternité jusqu'au 30 septembre",
  note="Absence longue, sans en-têtes.")

M(79, "auto_reply", "en", d="2026-06-19 16:00:02 +0100", irt=False,
  f="Sam Whitley <sam.whitley@whitley-marine-survey.example>", q="none", e="qp",
  s="Auto: Payment reminder - invoice ETB/2026/0186",
  hdr=["X-Autoreply: yes", "Auto-Submitted: auto-replied"],
  b="""Hi,

I'm at sea on a survey until Monday 29 June and can only check email occasionally. I'll get back to you when I'm ashore.

Sam""",
  p="I'm at sea on a survey until Monday 29 June",
  note="Out-of-office with X-Autoreply and Auto-Submitted headers.")

M(80, "auto_reply", "fr", d="2026-08-27 10:05:47 +0200",
  f="Laurent Giraud <l.giraud@giraud-metallerie.example>", q="none", e="qp",
  s="Réponse automatique : 2e relance – facture ETB/2026/0381 impayée", inv="ETB/2026/0381", lvl=2,
  b="""Bonjour,

Laurent Giraud ne fait plus partie de l'entreprise depuis le 31 juillet 2026. Ce message ne sera pas transféré.

Pour toute question administrative, merci d'écrire à administration@giraud-metallerie.example.""",
  p="Laurent Giraud ne fait plus partie de l'entreprise",
  note="A quitté l'entreprise ; sans en-têtes.")

M(81, "promise", "en", d="2027-01-13 16:35:21 +0100",
  f="Javier Morales <jmorales@morales-embutidos.example>", q="gmail", e="qp",
  b="""Hello Claire,

Sorry for the delay, we have had problems with the bank after the change of year. I have prepared the transfer and it will be executed the next monday day 18.

A greeting,
Javier Morales
Embutidos Morales S.A. - Dpto. Administración""",
  p="it will be executed the next monday day 18", pd="2027-01-18",
  note="Spanish-English 'the next monday day 18' = Monday 18 January 2027 (weekday and day agree).")

M(82, "other", "fr", d="2026-10-05 13:07:25 +0200", cc=["Nathalie Blanc <n.blanc@blanc-couture.example>"],
  f="Denis Blanc <d.blanc@blanc-couture.example>", q="gmail", e="qp",
  b="""Bonjour,

Je mets en copie ma collègue Nathalie qui s'occupe désormais de la comptabilité fournisseurs. Nathalie, peux-tu regarder ce point stp ?

Denis""",
  p="Je mets en copie ma collègue Nathalie qui s'occupe désormais de la comptabilité fournisseurs",
  note="Transmission à une collègue, sans engagement.")

M(83, "copy_request", "fr", d="2026-11-25 09:48:39 +0100",
  f="Chantal Roux <chantal.roux@roux-materiel-medical.example>", q="outlook", e="cp1252",
  s="RE: ",
  b="""Bonjour Claire,

Notre expert-comptable me demande un duplicata de cette facture pour la révision des comptes, l'original semble avoir été égaré lors de la réorganisation de nos classeurs. Pourriez-vous me le renvoyer en PDF ?

Merci par avance,
Chantal Roux
Roux Matériel Médical – Échirolles""",
  p="Notre expert-comptable me demande un duplicata de cette facture",
  note="Demande de duplicata pour l'expert-comptable.")

M(84, "promise", "en", d="2026-09-18 17:12:02 +0100", s="Payment 25 Sept - your reminder",
  f="Helen Carver <helen.carver@carver-ceramics.example>", q="gmail", e="qp",
  b="""See subject :)

Helen""",
  p="Payment 25 Sept", pd="2026-09-25",
  note="Date given in the subject only: 25 Sept -> 2026-09-25 (message of 18 Sept 2026).")

M(85, "other", "fr", d="2026-12-10 14:14:56 +0100",
  f="Frédéric Lenoir <f.lenoir@lenoir-biscuits.example>", q="tb", e="qp",
  b="""Bonjour,

Pouvez-vous m'indiquer à quoi correspond la ligne « vérification intermédiaire » sur cette facture ? Je ne retrouve pas cette prestation dans le contrat et j'aimerais comprendre avant de la passer en compta.

Merci,
F. Lenoir""",
  p="Pouvez-vous m'indiquer à quoi correspond la ligne « vérification intermédiaire »",
  note="Question sur une ligne de la facture, sans contestation ferme ni engagement.")

M(86, "promise", "en", d="2026-06-17 10:28:15 +0200",
  f="Bram Hendriks <b.hendriks@hendriks-tuinbouw.example>", q="outlook", e="qp",
  b="""Dear Claire,

Payment is planned in our system for 2026-06-30. You will receive it before the next reminder.

Kind regards,
Bram Hendriks
Hendriks Tuinbouw B.V. | Crediteurenadministratie""",
  p="Payment is planned in our system for 2026-06-30", pd="2026-06-30",
  note="ISO date 2026-06-30.")

M(87, "promise", "fr", d="2026-07-02 11:41:37 +0200",
  f="Comptabilité fournisseurs <fournisseurs@groupe-maubert.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour,

Votre facture a été validée. Elle sera intégrée à notre campagne de paiement du 10, par virement SEPA.

Cordialement,
Service comptabilité fournisseurs
Groupe Maubert – 69007 Lyon""",
  p="Elle sera intégrée à notre campagne de paiement du 10", pd="2026-07-10",
  note="« campagne de paiement du 10 » : prochain 10 après le 02/07/2026 → 10/07/2026.")

M(88, "other", "fr", d="2026-12-21 18:03:48 +0100",
  f="Karine Dufour <karine.dufour@dufour-creations.example>", q="gmail", e="qp",
  b="""Bonjour Claire,

Je ne vais pas vous mentir, la trésorerie est catastrophique en ce moment, deux gros clients ne nous ont pas payés et la banque a réduit notre découvert. Je ne peux pas vous dire quand je pourrai régler, je fais au mieux pour tout le monde.

Karine""",
  p="Je ne peux pas vous dire quand je pourrai régler",
  note="Difficultés financières sans engagement.")

M(89, "dispute", "fr", d="2026-11-06 10:22:19 +0100",
  f="Bernard Chevallier <b.chevallier@chevallier-laiterie.example>", q="gmail", e="qp", fm="alt",
  b="""Bonjour,

Je suis surpris de recevoir une relance : la commande d'étalonnage des sondes a été annulée par téléphone avec M. Roux dès le 15 septembre, et confirmée par mail le 16. Votre technicien n'est jamais venu.

Je considère donc que cette facture n'a pas lieu d'être.

Bernard Chevallier
Laiterie Chevallier – Saint-Geoire-en-Valdaine""",
  p="la commande d'étalonnage des sondes a été annulée",
  note="Commande annulée, facture refusée ; sans le mot « litige ».")

M(90, "paid", "en", d="2026-06-26 09:33:42 +0100",
  f="Simon Aldridge <simon@aldridge-brewery.example>", q="gmail", e="qp",
  b="""Morning Claire,

I posted a cheque for the full amount last Friday, so I think our letters have crossed in the post. Let me know if it hasn't arrived by the end of next week.

Simon""",
  p="I posted a cheque for the full amount last Friday",
  note="Already paid by cheque, crossed in the post.")

M(91, "promise", "fr", d="2026-09-22 16:45:30 +0200",
  f="Michel Arnaud <michel.arnaud@arnaud-elevage.example>", q="gmail", e="latin1-8",
  b="""Bonjour,

Bien recu votre relance. Je vous reglerai sous 8 jours, le temps que la cooperative me verse le lait d'aout.

Cordialement
Michel Arnaud""",
  p="Je vous reglerai sous 8 jours", pd="2026-09-30",
  note="« sous 8 jours » : 22/09/2026 + 8 = 30/09/2026. Accents manquants dans le texte du client.")

M(92, "copy_request", "fr", d="2026-08-31 11:16:08 +0200",
  f="Anaïs Vial <anais.vial@vial-equitation.example>", q="apple", e="qp",
  b="""Bonjour,
Pouvez vous me renvoyer votre RIB svp ? Celui en bas de la facture est illisible sur mon téléphone.
Merci
Anaïs

Envoyé de mon iPhone""",
  p="Pouvez vous me renvoyer votre RIB svp ?",
  note="Demande de RIB.")

M(93, "promise", "en", d="2026-06-03 14:19:51 +0100",
  f="Emma Wilkinson <emma.wilkinson@wilkinson-optics.example>", q="outlook", e="qp", fm="html",
  b="""Hi Claire,

Thanks for flagging. I've checked and the invoice is in our system, due to be paid next Tuesday.

Best wishes,
Emma

Emma Wilkinson | Purchase Ledger | Wilkinson Optics Ltd""",
  p="due to be paid next Tuesday", pd="2026-06-09",
  note="Message Wednesday 3 June 2026; 'next Tuesday' = the coming Tuesday, 2026-06-09.")

M(94, "promise", "en", d="2026-09-21 10:02:33 +0200",
  f="Thomas Baumann <t.baumann@baumann-waagen.example>", q="tb", e="qp",
  b="""Hello Mrs Vasseur,

we are sorry for this. The payment is booked for the 1st, when our monthly payments are made.

Best regards
Thomas Baumann
Baumann Waagen AG, Basel""",
  p="The payment is booked for the 1st", pd="2026-10-01",
  note="'the 1st' alone: next 1st after 21 Sept 2026 = 2026-10-01.")

M(95, "promise", "en", d="2026-09-09 12:27:45 -0400",
  f="Rebecca Stone <rstone@stoneleigh-apiaries.example>", q="gmail", e="qp",
  b="""Hello,

Got it, thanks. I'm waiting on a deposit to clear but you'll have the payment by the end of next week.

Rebecca Stone
Stoneleigh Apiaries, NY""",
  p="you'll have the payment by the end of next week", pd="2026-09-18",
  note="Message Wednesday 9 Sept 2026; 'end of next week' = Friday of next week = 2026-09-18.")

M(96, "other", "en", d="2026-06-30 13:40:09 +0100",
  f="Lucy Penrose <lucy.penrose@penrose-holidays.example>", q="gmail", e="qp",
  b="""Hello,

I think you have the wrong email address - I'm the marketing coordinator. Who did you deal with originally? I can try and find the right person.

Lucy""",
  p="I think you have the wrong email address",
  note="Wrong person, asks who to contact.")

M(97, "promise", "en", d="2026-10-20 09:15:37 -0400",
  f="Daniel Okafor <dokafor@brightwater-labs.example>", q="outlook", e="qp",
  b="""Hi Claire,

Confirming that payment will be made by close of business on the 30th. Our treasury team processes international wires once a month.

Best,
Daniel Okafor
Controller, Brightwater Labs LLC""",
  p="payment will be made by close of business on the 30th", pd="2026-10-30",
  note="'on the 30th' alone: next 30th after 20 Oct 2026 = 2026-10-30.")

M(98, "promise", "fr", d="2026-07-16 09:50:26 +0200",
  f="Hervé Laurent <herve.laurent@laurent-ebenisterie.example>", q="gmail", e="qp",
  b="""Bonjour,

Excusez-moi, j'attendais un règlement client. Je vous paie la semaine prochaine sans faute.

Hervé Laurent""",
  p="Je vous paie la semaine prochaine sans faute", w="next_week",
  note="Fenêtre « la semaine prochaine » (semaine du 20/07/2026), pas de jour précis.")

M(99, "promise", "fr", d="2026-08-19 15:07:13 +0200",
  f="Élodie Marcellin <elodie.marcellin@marcellin-glaces.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour Claire,

Notre gérant est en vacances jusqu'au 28 août et c'est lui qui signe les virements. Le virement partira donc lundi 31, c'est calé avec lui.

Bonne fin de journée,
Élodie""",
  p="Le virement partira donc lundi 31", pd="2026-08-31",
  note="« lundi 31 » = lundi 31/08/2026 (cohérent). Le 28 août (retour du gérant) n'est pas la date promise.")

M(100, "promise", "fr", d="2026-07-06 10:33:04 +0200",
  f="Association Sportive de Domène <tresorier.asdomene@assos-mail.example>", q="gmail", e="qp",
  b="""Bonjour,

Le bureau de l'association s'est réuni samedi. Le trésorier réglera la facture entre le 20 et le 25 juillet, dès réception de la subvention du département.

Sportivement,
Alain Sibille, trésorier""",
  p="réglera la facture entre le 20 et le 25 juillet", w="between",
  note="Fenêtre entre deux dates (20–25/07/2026).")

M(101, "copy_request", "fr", d="2026-10-26 11:52:44 +0100",
  f="Stéphanie Morel <s.morel@holding-morel.example>", q="outlook", e="qp", fm="html",
  s="RE: ",
  b="""Bonjour,

La facture a été établie au nom de Holding Morel alors que la prestation concerne notre filiale Morel Agroalimentaire (SIRET 512 448 790 00027, même adresse). Pourriez-vous la rééditer au nom de la filiale et nous la renvoyer ? Elle sera traitée dès réception.

Cordialement,
Stéphanie Morel""",
  p="Pourriez-vous la rééditer au nom de la filiale et nous la renvoyer ?",
  note="Demande de réédition au nom d'une autre entité et de renvoi.")

M(102, "paid", "en", d="2026-09-10 08:40:51 +0100",
  f="Mike Rowntree <mike.rowntree@rowntree-bees.example>", q="gmail", e="7bit",
  b="""Hi,

This should have been collected by direct debit - the mandate was set up in the spring and I can see the debit on our statement on 1 September. Maybe check on your side?

Mike""",
  p="I can see the debit on our statement on 1 September",
  note="Already paid by direct debit.")

M(103, "copy_request", "en", d="2026-12-15 15:26:17 +0000",
  f="Procurement Services <procurement@westmoor-university.example>", q="outlook", e="qp", fm="alt",
  b="""Dear Supplier,

Westmoor University processes all supplier invoices through the Coupa Supplier Portal. We are unable to accept invoices by email.

Please submit your invoice via Coupa against PO WU-PO-228410, after which it will enter the approval workflow. If you are not yet registered on the portal, please reply and we will send you an invitation.

Kind regards,
Procurement Services
Westmoor University""",
  p="Please submit your invoice via Coupa against PO WU-PO-228410",
  note="Asks for the invoice to be uploaded on the Coupa portal.")

M(104, "dispute", "en", d="2027-01-14 11:09:26 +0100",
  f="Dr. Fabian Ritter <f.ritter@ritter-pharma-qc.example>", q="outlook", e="qp", fm="html",
  s="AW: ",
  b="""Dear Ms Vasseur,

two of the analytical balances calibrated by your technician in December already failed our internal daily check the following week (deviation 0.8 mg at 200 g, tolerance 0.3 mg). We had to call another service provider to re-adjust them.

Under these circumstances we do not see a basis for paying the calibration of these two instruments. I expect your quality department to contact us.

Kind regards
Dr. Fabian Ritter
Head of Quality Control
Ritter Pharma QC GmbH, Mannheim""",
  p="already failed our internal daily check the following week",
  note="Quality problem with the service; payment for two instruments refused.")

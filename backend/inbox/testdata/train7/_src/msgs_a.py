# Hand-written client replies 001-044
from build import M

M(1, "promise", "fr", d="2026-11-16 10:05:31 +0100",
  f="Thierry Vernay <t.vernay@fromagerie-vernay.example>", q="gmail", e="qp",
  b="""Bonjour Madame Vasseur,

Notre comptable est en congé cette semaine et je n'ai pas la main sur les virements. Elle rentre lundi, je lui ai laissé la consigne : le paiement partira jeudi en huit au plus tard.

Désolé pour ce retard, ce n'est pas dans nos habitudes.

Bien cordialement
Thierry Vernay
Fromagerie Vernay – Les Échelles
06 71 28 44 09""",
  p="le paiement partira jeudi en huit", pd="2026-11-26",
  note="Message du lundi 16/11/2026. « jeudi en huit » = le jeudi de la semaine suivante : jeudi qui vient 19/11 + 7 jours = 26/11/2026. Le « lundi » (retour de la comptable) n'est pas la date de paiement.")

M(2, "promise", "en", d="2027-01-05 11:20:07 -0500",
  f="Megan Ostrowski <mostrowski@harlow-biosystems.example>", q="gmail", e="qp", fm="alt",
  b="""Hi Claire,

Happy new year! Sorry this slipped through over the holidays. Our AP team has it scheduled for 1/15 - we run net-45 after year end close. I'll forward the wire confirmation once it's released.

Best,
Megan

Megan Ostrowski
Lab Operations Manager | Harlow BioSystems Inc.
1180 Kendall Ridge Rd, Suite 400, Cambridge MA 02142
o: (617) 555-0148""",
  p="Our AP team has it scheduled for 1/15", pd="2027-01-15",
  note="American client, US notation month/day: 1/15 = 15 January; next occurrence after the message (5 Jan 2027) is 2027-01-15.")

M(3, "promise", "en", d="2026-06-09 16:42:18 +0100",
  f="Gareth Pryce <gareth.pryce@pennine-analytical.example>", q="outlook", e="qp", fm="html",
  s="RE: ",
  b="""Hello Claire,

Apologies - we've been migrating our finance system and everything got stuck in the queue. I've chased it with our finance lead this afternoon; it'll be paid Friday week at the latest.

Kind regards,

Gareth Pryce
Quality & Compliance Manager
Pennine Analytical Ltd | Unit 7, Calder Park | Wakefield WF2 7AW
T: 01924 496 210

Pennine Analytical Ltd is registered in England and Wales, company no. 08841276. This e-mail and any attachments are confidential and intended solely for the addressee.""",
  p="it'll be paid Friday week at the latest", pd="2026-06-19",
  note="British 'Friday week' = a week after the coming Friday. Message Tuesday 9 June 2026; coming Friday 12 June; + 7 = 2026-06-19.")

M(4, "promise", "en", d="2026-12-09 08:51:40 +0100",
  f="Joost van der Linden <j.vanderlinden@deltameet.example>", q="tb", e="8bit",
  b="""Dear Mrs Vasseur,

thank you for your reminder. I am sorry, the invoice was waiting for a second signature because our director was abroad. He is back now, and we will transfer the amount before Christmas, I promise.

With kind regards,
Joost van der Linden
DeltaMeet B.V. - Financiële administratie
Westerkade 41, 3016 CM Rotterdam""",
  p="we will transfer the amount before Christmas", pd="2026-12-24",
  note="'before Christmas' read as a deadline: last day before 25/12, i.e. 2026-12-24 (Thursday).")

M(5, "promise", "en", d="2026-08-13 15:40:02 +0530", lvl=2,
  f="Accounts Payable - Sarvana Pharma <ap.team@sarvana-pharma.example>", q="outlook", e="qp",
  s="RE: ",
  b="""Dear Madam,

Greetings from Sarvana Pharma.

This is with reference to your below mail. Kindly note the invoice is approved and payment will be released on 21-Aug-2026 through SWIFT. The delay is regretted, it was due to the GST/foreign remittance documentation (Form 15CA/CB) which is now complete.

Request you to kindly not levy the late fee.

Thanks & Regards,
Ramesh Iyer
Accounts Payable | Sarvana Pharma Pvt. Ltd.
Plot 22, MIDC Phase II, Pune 411057
Ph: +91 20 6601 4432""",
  p="payment will be released on 21-Aug-2026", pd="2026-08-21",
  note="Explicit date 21-Aug-2026. The quoted reminder mentions penalties from another date, ignored.")

M(6, "dispute", "en", d="2026-06-17 09:03:55 +0200",
  f="Katrin Hollweg <k.hollweg@rheinlab-diagnostik.example>", q="outlook", e="qp", fm="alt",
  s="AW: ", ql="en",
  b="""Dear Ms Vasseur,

we have checked the invoice against your offer no. 2026-117 from February. The offer says 38 EUR per pipette channel, but on the invoice we find 42 EUR per channel for all 96 channels. This is not what we agreed and our purchasing department will not release the payment with this price.

Please send us a corrected invoice with the offer price. After that we pay immediately.

Mit freundlichen Grüßen / Best regards
Katrin Hollweg
Laborleitung
RheinLab Diagnostik GmbH
Hafenstraße 12 | 50678 Köln
Tel. +49 221 5589 301
Geschäftsführer: Dr. Uwe Brandt | HRB 88214 Amtsgericht Köln""",
  p="The offer says 38 EUR per pipette channel, but on the invoice we find 42 EUR per channel",
  note="Rate charged differs from the agreed offer; payment withheld pending corrected invoice. 'pay immediately' is conditional, not a promise.")

M(7, "dispute", "fr", d="2026-10-20 14:27:12 +0200",
  f="Hélène Brochard <h.brochard@lycee-vaucanson-grenoble.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Bonjour,

Avant tout règlement, je me permets de vous signaler que sur les 12 thermomètres de laboratoire revenus de votre atelier le 2 octobre, deux étaient brisés dans le carton (photos prises à l'ouverture par notre agent de laboratoire, je peux vous les transmettre). Nous ne pouvons pas accepter de payer l'étalonnage de matériel rendu inutilisable.

Merci de me faire une proposition (remplacement ou avoir) ; l'agence comptable ne mettra pas la facture en paiement d'ici là.

Cordialement,

Hélène Brochard
Gestionnaire matériel – Sciences physiques
Lycée Jacques-de-Vaucanson
27 rue Anatole-France – 38100 Grenoble""",
  p="deux étaient brisés dans le carton",
  note="Matériel rendu cassé, paiement bloqué dans l'attente d'un avoir ; pas de mot « litige ».")

M(8, "paid", "en", d="2026-12-02 12:14:09 +0000",
  f="Fiona McAlister <f.mcalister@glenrothes-distillers.example>", q="gmail", e="qp",
  b="""Hi Claire,

Our records show it settled on 27 November by BACS - our payment reference was GDL-PAY-55102. It may just not have been matched on your side yet. Could you check and let me know?

Thanks,
Fiona

--
Fiona McAlister
Finance Assistant, Glenrothes Distillers Ltd
Tel: 01592 774 330""",
  p="Our records show it settled on 27 November by BACS",
  note="Client states the invoice has already been paid (27/11, BACS, reference given).")

M(9, "copy_request", "en", d="2026-10-14 10:31:44 +0200",
  f="Luca Ferretti <l.ferretti@vetroalpi.example>", q="gmail", e="qp",
  b="""Good morning,

I received your reminder but in the first mail there was no attachment, only the text. Can you please send me the invoice PDF again? Without the document our accounting can not register it.

Thank you and regards
Luca Ferretti
Vetro Alpi S.r.l. - Ufficio amministrazione
Via Torino 88, 10064 Pinerolo (TO)""",
  p="Can you please send me the invoice PDF again?",
  note="Asks for the missing PDF.")

M(10, "other", "en", d="2026-11-24 17:02:26 -0500",
  f="Dan Whitcombe <dwhitcombe@oakridge-labs.example>", q="gmail", e="7bit",
  b="""Claire -

I'm not the right person for this, I just signed the service order. Who should I loop in on our side - do you have a contact for our AP department from the original account setup? If not I'll try to find out.

Dan""",
  p="I'm not the right person for this",
  note="Redirects, asks who the contact should be; no commitment, no dispute.")

M(11, "dispute", "fr", d="2026-09-08 11:48:33 +0200", inv="ETB/2026/0566",
  f="Compta Garage Rolland <compta@garage-rolland.example>", q="tb", e="latin1",
  b="""Bonjour,

Cette facture ETB/2026/0566 fait doublon avec la ETB/2026/0541 que nous avons reçue en juillet pour la même intervention (vérification du banc de freinage, même date, même montant). La 0541 a été payée le 28/07.
Nous ne réglerons donc pas la 0566, merci de l'annuler.

Cordialement
Sophie Rolland
Garage Rolland SARL
ZA des Iles - 38120 Saint-Égrève""",
  p="fait doublon avec la ETB/2026/0541",
  note="Facture en double ; refus de payer la seconde. Pas de mot « litige ».")

M(12, "copy_request", "en", d="2026-10-27 09:15:00 +0000",
  f="Accounts Payable <invoices@kestrel-aero.example>", q="outlook", e="qp", fm="html",
  b="""Good morning,

Thank you for your email. We are unable to locate this invoice on our system. All supplier invoices must quote a valid Kestrel purchase order number (format 45xxxxxxxx) before they can be registered.

Could you please reissue the invoice quoting PO 4500718832 and send it to invoices@kestrel-aero.example?

Kind regards,
Accounts Payable Team
Kestrel Aerospace Components Ltd""",
  p="Could you please reissue the invoice quoting PO 4500718832",
  note="Asks for the invoice to be reissued with the PO number on it (a document request, not a refusal).")

M(13, "auto_reply", "en", d="2027-01-11 07:00:12 +0000", irt=False,
  f="Oliver Brandreth <o.brandreth@brandreth-instruments.example>", q="none", e="qp",
  s="Automatic reply: Payment reminder - invoice ETB/2026/0877",
  hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  b="""Thank you for your email. I am out of the office until Monday 25 January with limited access to email.

For anything urgent please contact accounts@brandreth-instruments.example.

Kind regards,
Oliver""",
  p="I am out of the office until Monday 25 January",
  note="Out-of-office with return date; carries Auto-Submitted header.")

M(14, "auto_reply", "en", d="2026-09-22 13:45:51 +0000",
  f="Finance Helpdesk <finance.support@northgate-trust.example>", q="none", e="qp", fm="html",
  s="[Ticket #FIN-204417] Payment reminder - invoice ETB/2026/0310",
  b="""Hello,

Thank you for contacting the Northgate Trust Finance Shared Service Centre.

Your request has been logged with reference FIN-204417. A member of the team will respond within 5 working days. Please do not reply to this email; to add information to your request, quote the reference in the subject line.

Northgate Trust Finance Shared Service Centre
This is an automatically generated message.""",
  inv="ETB/2026/0310",
  p="Your request has been logged with reference FIN-204417",
  note="Helpdesk ticket acknowledgement, no auto-reply headers.")

M(15, "other", "fr", d="2026-09-03 16:10:08 +0200",
  f="Patrick Daumas <p.daumas@menuiserie-daumas.example>", q="gmail", e="qp",
  b="""Madame,

Je vous informe que la société Daumas et Fils a été placée en redressement judiciaire par jugement du tribunal de commerce de Grenoble du 25 août 2026. Je ne suis plus autorisé à régler les dettes antérieures à cette date.

Il vous appartient de déclarer votre créance auprès du mandataire judiciaire, Me Laure Chabert, 8 place Victor-Hugo, 38000 Grenoble, dans un délai de deux mois à compter de la publication au BODACC.

Salutations,
P. Daumas""",
  p="placée en redressement judiciaire",
  note="Redressement judiciaire : ni promesse ni contestation ; orienter vers la déclaration de créance.")

M(16, "promise", "en", d="2026-11-09 14:33:20 +0100",
  f="Sarah Peeters <sarah.peeters@brabant-foodlab.example>", q="outlook", e="qp",
  b="""Hello Claire,

Sorry for the late reaction. I have put the invoice in the payment batch, it will be paid in 3 business days.

Best regards,
Sarah Peeters
Brabant FoodLab BV - Boekhouding
Interleuvenlaan 60, 3001 Leuven
+32 16 39 87 20""",
  p="it will be paid in 3 business days", pd="2026-11-13",
  note="Monday 9/11/2026 + 3 business days, skipping Wednesday 11/11 (Armistice, public holiday in France and Belgium): Tue 10 (1), Thu 12 (2), Fri 13 (3) -> 2026-11-13.")

M(17, "auto_reply", "fr", d="2027-01-04 08:02:41 +0100", irt=False,
  f="Nadia Cheref <n.cheref@pharmacie-des-alpes.example>", q="none", e="qp",
  s="Réponse automatique : Relance facture ETB/2026/0912",
  b="""Bonjour,

Je suis en congés jusqu'au 11 janvier inclus. Votre message ne sera pas transféré.
Pour toute urgence concernant une commande, merci d'appeler l'officine au 04 76 21 07 33.

Cordialement,
Nadia Cheref""",
  p="Je suis en congés jusqu'au 11 janvier inclus",
  note="Message d'absence, sans en-tête automatique.")

M(18, "promise", "en", d="2026-08-26 10:12:55 +0200",
  f="Marco Bellandi <m.bellandi@bellandi-gelati.example>", q="gmail", e="qp",
  b="""Hello Claire,

I am sorry, in August our office was closed for holidays. I come back only yesterday. I will do the bank transfer sometime next week, when the accountant is also back.

Regards
Marco Bellandi
Bellandi Gelati S.n.c.""",
  p="I will do the bank transfer sometime next week", w="next_week",
  note="Window only: 'sometime next week' (week of 31/08/2026), no single day.")

M(19, "other", "en", d="2026-09-15 18:22:37 +0100",
  f="Rachel Dunmore <rachel@dunmore-cycles.example>", q="apple", e="qp",
  b="""Hi Claire,

Business has been really tough this summer and I can't pay the full amount in one go right now. Would it be possible to split it into three or four monthly instalments? Let me know what you could accept and I'll see what works.

Thanks for your patience,
Rachel

Sent from my iPhone""",
  p="Would it be possible to split it into three or four monthly instalments?",
  note="Asks for a payment plan without committing to one.")

M(20, "promise", "en", d="2026-09-14 09:40:03 +0200",
  f="Anna Kowalczyk <a.kowalczyk@nordlicht-optik.example>", q="outlook", e="qp", fm="alt",
  b="""Dear Claire,

thanks for the reminder. Our accounting director approved it this morning, payment will go out this Thursday.

Kind regards
Anna Kowalczyk
Nordlicht Optik GmbH
Buchhaltung""",
  p="payment will go out this Thursday", pd="2026-09-17",
  note="Message Monday 14/09/2026; 'this Thursday' = Thursday of the same week = 2026-09-17.")

M(21, "other", "en", d="2026-06-11 11:05:49 +0100",
  f="Tom Hadley <tom.hadley@hadley-brewing.example>", q="gmail", e="qp",
  b="""Thanks Claire, I've passed this on to our bookkeeper.

Tom""",
  p="I've passed this on to our bookkeeper",
  note="Forwarded to the bookkeeper, no commitment.")

M(22, "auto_reply", "en", d="2027-02-03 09:00:00 +0000",
  f="Jennifer Clarke <j.clarke@marlow-veterinary.example>", q="none", e="qp", irt=True,
  s="Automatic reply: Payment reminder - invoice ETB/2026/1022",
  b="""Jennifer Clarke no longer works at Marlow Veterinary Group. This mailbox is no longer monitored.

Please redirect your enquiry to practice.manager@marlow-veterinary.example or call 01628 890 412.""",
  p="Jennifer Clarke no longer works at Marlow Veterinary Group",
  note="Left the company notice; no auto headers.")

M(23, "auto_reply", "fr", d="2026-06-23 15:18:02 +0200",
  f="Mairie de Saint-Ismier - Comptabilité <comptabilite@mairie-saint-ismier.example>", q="none",
  e="qp", fm="mdn", s="Lu : Relance facture ETB/2026/0288", inv="ETB/2026/0288",
  b="""Votre message

  À : comptabilite@mairie-saint-ismier.example
  Objet : Relance facture ETB/2026/0288
  Envoyé : 19/06/2026 10:59

a été lu le 23/06/2026 15:18.""",
  p="a été lu le 23/06/2026 15:18",
  note="Accusé de lecture (multipart/report disposition-notification).")

M(24, "promise", "fr", d="2027-02-10 17:36:21 +0100",
  f="Bruno Lachaux <bruno.lachaux@apiculture-lachaux.example>", q="gmail", e="8bit",
  b="""bonjour

desolé j'avais pas vu le premier mail. je vous fait le virement le 18 c'est le jour ou je touche le paiement de la coop.

Bruno Lachaux""",
  p="je vous fait le virement le 18", pd="2027-02-18",
  note="« le 18 » seul : prochain 18 à partir du 10/02/2027 → 18/02/2027.")

M(25, "promise", "fr", d="2027-02-22 09:26:47 +0100",
  f="Association Les Jardins de Brié <tresorerie@jardins-brie.example>", q="gmail", e="qp",
  b="""Bonjour,

Nous sommes une petite association et notre subvention communale n'arrive qu'en mars. Nous réglerons votre facture courant mars, promis.

Merci de votre compréhension,
Monique Garnier, trésorière""",
  p="Nous réglerons votre facture courant mars", w="month",
  note="Fenêtre : « courant mars » 2027, pas de jour précis.")

M(26, "promise", "fr", d="2026-12-17 11:52:10 +0100",
  f="Yannick Perrier <yannick.perrier@perrier-agri.example>", q="outlook", e="cp1252",
  b="""Bonjour Claire,

Comme chaque année on ferme la compta du 18 décembre au 3 janvier. Le virement sera fait le premier jour ouvré de janvier, ne vous inquiétez pas.

Bonnes fêtes à toute l'équipe,

Yannick Perrier
Perrier Agri Services – Voiron
Tél : 04 76 05 62 91""",
  p="Le virement sera fait le premier jour ouvré de janvier", pd="2027-01-04",
  note="Premier jour ouvré de janvier 2027 : le 1er (vendredi) est férié, samedi 2 et dimanche 3 non ouvrés → lundi 04/01/2027. Les dates de fermeture (18/12, 3/01) ne sont pas la promesse.")

M(27, "auto_reply", "fr", d="2026-06-05 10:44:19 +0200",
  f="Gilles Montagnon <g.montagnon@transalp-carrelage.example>", q="none", e="cp1252",
  s="Lu : Relance facture ETB/2026/0203", inv="ETB/2026/0203", lvl=1,
  b="""Votre message

  À : Gilles Montagnon
  Objet : Relance facture ETB/2026/0203
  Envoyé : lundi 1 juin 2026 08:51:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 5 juin 2026 10:44:19 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  p="a été lu le vendredi 5 juin 2026",
  note="Accusé de lecture Outlook en texte brut « Lu : ».")

M(28, "dispute", "fr", d="2027-02-04 14:02:55 +0100",
  f="Laurence Bataille <l.bataille@bataille-traiteur.example>", q="gmail", e="qp", fm="alt",
  b="""Bonjour Claire,

Je reprends votre facture : la remise de 10 % prévue dans notre contrat annuel (signé en janvier 2026 avec M. Roux) n'apparaît pas. Le total devrait donc être inférieur de 86,40 €.

Je préfère attendre la facture rectifiée plutôt que de payer un montant faux, merci de me la renvoyer.

Laurence Bataille
Bataille Traiteur – 12 rue des Clercs, 38200 Vienne""",
  p="la remise de 10 % prévue dans notre contrat annuel",
  note="Remise contractuelle non appliquée ; attente d'une facture rectifiée.")

M(29, "paid", "en", d="2027-02-16 20:11:38 +0000",
  f="Ian Forsyth <ianforsyth.weather@mailbox.example>", q="gmail", e="7bit",
  b="""Hello,

I paid this by PayPal on 2 February (transaction 7RX41952LK3320158) - the money left my account the same day. Can you check again please?

Ian Forsyth""",
  p="I paid this by PayPal on 2 February",
  note="Individual client: already paid by PayPal, with transaction id.")

M(30, "promise", "fr", d="2026-08-25 09:08:30 +0200",
  f="Cécile Morand <cecile.morand@cave-morand.example>", q="apple", e="qp",
  b="""Bonjour,
Bien reçu. Je suis en déplacement mais je fais le virement après-demain dès mon retour au bureau.
Cécile

Envoyé de mon iPhone""",
  p="je fais le virement après-demain", pd="2026-08-27",
  note="Message mardi 25/08/2026 ; « après-demain » = jeudi 27/08/2026.")

M(31, "auto_reply", "fr", d="2026-09-01 07:31:12 +0200", irt=False,
  f="Éric Salomon <e.salomon@salomon-horlogerie.example>", q="none", e="latin1",
  s="Absence - Eric Salomon",
  hdr=["X-Autoreply: yes", "Auto-Submitted: auto-replied", "Precedence: auto_reply"],
  b="""Bonjour,

L'atelier est fermé pour congés annuels du 31 août au 13 septembre 2026. Réouverture le lundi 14 septembre.
Les messages seront traités à notre retour.

Horlogerie Salomon""",
  p="L'atelier est fermé pour congés annuels",
  note="Avis de fermeture automatique avec en-têtes X-Autoreply/Auto-Submitted/Precedence.")

M(32, "promise", "fr", d="2026-10-08 15:19:05 +0200",
  f="Olivier Pelletier <o.pelletier@imprimerie-pelletier.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour,

Notre expert-comptable nous a envoyé le planning : le règlement sera effectué mardi prochain, en même temps que les autres fournisseurs.
Pour info nous avons eu une livraison de papier le 5, ce qui a tout décalé.

Cordialement,
Olivier Pelletier
Imprimerie Pelletier & Fils – Rives""",
  p="le règlement sera effectué mardi prochain", pd="2026-10-13",
  note="Message jeudi 08/10/2026 ; « mardi prochain » = le prochain mardi, 13/10/2026 (pas d'ambiguïté un jeudi). Le « 5 » (livraison) est une autre date.")

M(33, "promise", "fr", d="2026-07-09 12:01:44 +0200",
  f="Sandrine Ollivier <s.ollivier@camping-les-berges.example>", q="gmail", e="qp",
  b="""Bonjour,

On est en pleine saison et je n'ai pas eu une minute. Je vous règle le lendemain du 14 juillet, je serai au bureau ce jour-là.

Sandrine
Camping Les Berges du Drac""",
  p="Je vous règle le lendemain du 14 juillet", pd="2026-07-15",
  note="« le lendemain du 14 juillet » = 15/07/2026 (mercredi).")

M(34, "dispute", "en", d="2027-02-25 10:47:21 +0000",
  f="Priya Raman <priya.raman@ashford-clinical.example>", q="outlook", e="qp", fm="html",
  b="""Dear Claire,

Before we can process this: your engineer's visit on 3 February only covered five of the eight balances listed in the purchase order, and we still have not received calibration certificates for any of them. The invoice however charges for all eight.

We will be happy to settle once the work is complete and the certificates are with us.

Best regards,
Priya Raman
Laboratory Manager
Ashford Clinical Research Ltd""",
  p="only covered five of the eight balances",
  note="Work unfinished, certificates missing; payment conditional on completion.")

M(35, "promise", "fr", d="2026-06-02 18:30:12 +0200", lvl=1,
  f="Marc Guillot <marc.guillot@guillot-paysage.example>", q="gmail", e="qp",
  b="""Bonsoir,

Oui je sais, la facture est passée à la trappe avec le déménagement. C'est noté, le virement partira le 15.

Marc Guillot
Guillot Paysage – 06 12 84 33 70""",
  p="le virement partira le 15", pd="2026-06-15",
  note="« le 15 » seul, message du 02/06/2026 → 15/06/2026. La date d'échéance citée dans la relance ne compte pas.")

M(36, "promise", "en", d="2026-10-06 13:58:27 +0200",
  f="Elena Ruiz <elena.ruiz@ruiz-conservas.example>", q="gmail", e="qp",
  b="""Dear Claire,

Sorry for the delay, we had a change in our accounting office. I confirm you that we will pay the invoice within 10 days.

Best regards,
Elena Ruiz
Conservas Ruiz S.L. - Administración""",
  p="we will pay the invoice within 10 days", pd="2026-10-16",
  note="Message 06/10/2026 + 10 days = 2026-10-16 (Friday).")

M(37, "other", "en", d="2026-10-29 16:40:13 +0000",
  f="Mark Ellison <mark@ellison-hydroponics.example>", q="gmail", e="qp",
  b="""Hi,

Could someone give me a ring about this? Easier to sort on the phone. I'm around tomorrow morning on 07700 900 318.

Mark""",
  p="Could someone give me a ring about this?",
  note="Asks to be called back; no commitment.")

M(38, "promise", "fr", d="2026-10-21 10:14:50 +0200",
  f="Florence Dubreuil <f.dubreuil@dubreuil-optique.example>", q="tb", e="qp",
  b="""Bonjour Madame,

Je vous prie de nous excuser pour ce retard. Votre facture sera réglée sous huitaine par virement.

Cordialement,
Florence Dubreuil
Dubreuil Optique – 4 place Grenette – 38000 Grenoble""",
  p="Votre facture sera réglée sous huitaine", pd="2026-10-29",
  note="« sous huitaine » = 8 jours : 21/10/2026 + 8 = 29/10/2026.")

M(39, "dispute", "fr", d="2027-01-19 09:33:08 +0100", amt=2460.00,
  f="Jean-Luc Imbert <jl.imbert@imbert-industrie.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour,

Nous vous avons versé un acompte de 30 % à la commande (738,00 €, virement du 2 novembre). Or votre facture réclame la totalité, soit 2 460,00 €, sans aucune déduction.

Merci de nous adresser une facture de solde tenant compte de l'acompte ; nous ne pouvons pas payer deux fois la même somme.

Cordialement,
Jean-Luc Imbert
Responsable administratif
Imbert Industrie SAS – 38070 Saint-Quentin-Fallavier""",
  p="Or votre facture réclame la totalité",
  note="Acompte non déduit.")

M(40, "paid", "fr", d="2026-07-06 11:22:30 +0200",
  f="Dr Anne Sorel <anne.sorel@cabinet-sorel.example>", q="gmail", e="qp",
  b="""Bonjour,

Je vous ai envoyé un chèque de ce montant le 3 juillet, il a dû se croiser avec votre relance.

Bien à vous,
Anne Sorel
Cabinet vétérinaire Sorel""",
  p="Je vous ai envoyé un chèque de ce montant le 3 juillet",
  note="Déjà réglé par chèque, croisement avec la relance.")

M(41, "paid", "fr", d="2027-01-13 08:47:16 +0100",
  f="Service comptable <compta@scierie-bouvard.example>", q="outlook", e="qp", fm="html",
  s="RE: ",
  b="""Bonjour,

Le virement a été effectué le 08/01/2027, référence VIR-2027-0042, sur votre compte Crédit Agricole. Vous trouverez l'avis d'opération en pièce jointe.

Cordialement,
Martine
Service comptable – Scierie Bouvard""",
  p="Le virement a été effectué le 08/01/2027",
  note="Déjà payé, virement du 08/01/2027 avec référence.")

M(42, "copy_request", "en", d="2026-07-21 14:06:59 +0100",
  f="Hannah Brooks <hannah.brooks@fenwick-school.example>", q="gmail", e="qp",
  b="""Hello,

The link to download the invoice in your email just gives me a "page not found" error. Could you please email the invoice as a PDF attachment instead?

Many thanks,
Hannah Brooks
School Business Manager, Fenwick Park School""",
  p="Could you please email the invoice as a PDF attachment instead?",
  note="Broken link, asks for the PDF.")

M(43, "promise", "fr", d="2026-08-18 19:45:02 +0200",
  f="Christophe Ravel <christophe.ravel@mailperso.example>", q="gmail", e="8bit",
  b="""Bonsoir,

Toutes mes excuses, je pensais avoir réglé. Je régularise au plus vite.

C. Ravel""",
  p="Je régularise au plus vite", u=True,
  note="Engagement sans date.")

M(44, "auto_reply", "en", d="2026-11-18 09:15:40 +0000",
  f="noreply@grantham-hospital-trust.example", q="none", e="7bit",
  s="This mailbox is not monitored",
  hdr=["Auto-Submitted: auto-generated", "Precedence: bulk"],
  b="""This mailbox is not monitored. Your message has not been read.

Suppliers: invoice queries must be submitted through the Supplier Portal at https://suppliers.grantham-hospital-trust.example or by telephone to the Accounts Payable helpline on 0300 555 0192 (Mon-Fri 9am-4pm).""",
  p="This mailbox is not monitored",
  note="Unmonitored-mailbox notice with Auto-Submitted and Precedence headers.")

# Hand-written client replies 165-220
from build import M

M(165, "promise", "fr", d="2027-02-05 12:41:17 +0100",
  f="Serge Poulain <serge.poulain@poulain-quincaillerie.example>", q="gmail", e="8bit", lf=True,
  b="""Bonjour,

Je n'ai pas oublié, vous serez payés. Je fais le virement dès que la banque me débloque l'autorisation, je ne peux pas vous donner de date pour l'instant.

Serge Poulain""",
  p="Je n'ai pas oublié, vous serez payés", u=True,
  note="Engagement explicite sans date (« je ne peux pas vous donner de date »).")

M(166, "auto_reply", "fr", d="2026-10-23 16:30:44 +0200", irt=False,
  f="Secrétariat - Clinique des Cèdres <secretariat@clinique-des-cedres.example>", q="none", e="qp", fm="html",
  s="Accusé de réception",
  b="""Madame, Monsieur,

Nous accusons bonne réception de votre message, qui sera transmis au service concerné.

Ceci est une réponse automatique, merci de ne pas y répondre.

Secrétariat de direction
Clinique des Cèdres – Échirolles""",
  p="Nous accusons bonne réception de votre message",
  note="Accusé de réception automatique, sans en-têtes.")

M(167, "copy_request", "fr", d="2027-02-02 09:05:51 +0100",
  f="Aurélie Perrin <aurelie.perrin@perrin-optique.example>", q="gmail", e="qp",
  b="""Bonjour,

Je ne retrouve pas cette facture dans nos mails ni dans nos classeurs. Pourriez-vous m'en renvoyer une copie ainsi que le bon d'intervention signé ? Je ferai le nécessaire à réception.

Aurélie Perrin""",
  p="Pourriez-vous m'en renvoyer une copie ainsi que le bon d'intervention signé ?",
  note="Demande de copie de la facture et du bon d'intervention ; « je ferai le nécessaire » n'est pas daté et reste conditionnel.")

M(168, "promise", "en", d="2026-08-27 11:36:09 +0100",
  f="Gemma Holt <gemma.holt@holt-veterinary-supplies.example>", q="outlook", e="qp", fm="html",
  b="""Hi Claire,

Thanks for your patience. Our MD signs off payments on Thursdays, so this will be paid on the 3rd.

Kind regards,
Gemma Holt
Accounts Assistant
Holt Veterinary Supplies Ltd""",
  p="this will be paid on the 3rd", pd="2026-09-03",
  note="'the 3rd' alone: next 3rd after 27 Aug 2026 = 2026-09-03 (a Thursday, consistent with the text).")

M(169, "auto_reply", "en", d="2026-12-23 09:00:00 +0000", irt=False,
  f="Tom Reilly <tom.reilly@reilly-dairies.example>", q="none", e="7bit",
  s="Automatic reply: Payment reminder - invoice ETB/2026/0903",
  b="""Hi,

I'm off for Christmas and New Year and back in the office on Tuesday 5 January. Emails will not be forwarded.

Merry Christmas!
Tom""",
  p="back in the office on Tuesday 5 January",
  note="Out-of-office with return date, no auto headers.")

M(170, "promise", "fr", d="2027-01-25 15:16:34 +0100",
  f="Comptabilité <compta@brasserie-du-grand-som.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour,

C'est validé de notre côté, la facture sera réglée au prochain paiement fournisseurs. Désolés pour le retard.

Cordialement,
Amandine – Comptabilité
Brasserie du Grand Som""",
  p="la facture sera réglée au prochain paiement fournisseurs", u=True,
  note="Engagement sans date (prochain paiement fournisseurs, non daté).")

M(171, "copy_request", "fr", d="2026-12-14 10:50:29 +0100",
  f="Direction des finances - CCAS de Meylan <finances@ccas-meylan.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour,

Votre facture a été rejetée sur Chorus Pro pour le motif « numéro d'engagement absent ». Merci de la redéposer en indiquant l'engagement juridique EJ-2026-1187 dans le champ prévu.

Cordialement,
Direction des finances
CCAS de Meylan""",
  p="Merci de la redéposer en indiquant l'engagement juridique EJ-2026-1187",
  note="Demande de redépôt sur Chorus Pro avec n° d'engagement.")

M(172, "copy_request", "fr", d="2026-12-07 08:41:16 +0100",
  f="Gilles Tournier <gilles.tournier@tournier-hydraulique.example>", q="gmail", e="qp",
  b="""bonjour
vous pouvez me renvoyer la facture ? je l'ai pas reçue, seulement la relance
merci
GT""",
  p="vous pouvez me renvoyer la facture ?",
  note="Demande de renvoi de la facture, style télégraphique sans accents.")

M(173, "promise", "fr", d="2026-09-14 16:27:40 +0200",
  f="Isabelle Fournier <isabelle.fournier@fournier-pepinieres.example>", q="gmail", e="qp", fm="alt",
  b="""Bonjour Claire,

Je suis navrée, nous avons changé de logiciel de comptabilité cet été et quelques factures ont sauté. La vôtre sera payée en fin de mois avec les autres.

Belle journée,
Isabelle Fournier
Pépinières Fournier – Saint-Marcellin""",
  p="La vôtre sera payée en fin de mois", pd="2026-09-30",
  note="« en fin de mois » = dernier jour du mois en cours : 30/09/2026 (mercredi).")

M(174, "promise", "fr", d="2026-10-29 11:58:23 +0100",
  f="Daniel Maréchal <daniel.marechal@marechal-couverture-zinc.example>", q="tb", e="latin1",
  b="""Bonjour,

Avec les deux jours fériés de novembre, notre banque traite les virements en décalé. Le vôtre partira le lendemain du 11 novembre.

Salutations,
D. Maréchal""",
  p="Le vôtre partira le lendemain du 11 novembre", pd="2026-11-12",
  note="« le lendemain du 11 novembre » = 12/11/2026.")

M(175, "auto_reply", "en", d="2026-06-12 12:02:37 +0100",
  f="Hayley Dunn <hayley.dunn@dunn-aquatics.example>", q="none", e="qp", fm="mdn",
  s="Read: Payment reminder - invoice ETB/2026/0165", inv="ETB/2026/0165",
  b="""Your message

  To: hayley.dunn@dunn-aquatics.example
  Subject: Payment reminder - invoice ETB/2026/0165
  Sent: 05/06/2026 09:55

was read on 12/06/2026 12:02.""",
  p="was read on 12/06/2026 12:02",
  note="Read receipt (MDN), Outlook wording.")

M(176, "promise", "fr", d="2026-07-20 21:47:03 +0200",
  f="Kévin Bertrand <kevinbertrand.pro@mailperso.example>", q="apple", e="qp",
  b="""Bjr dsl pour le retard je vous regle vendredi sans faute

Envoyé de mon iPhone""",
  p="je vous regle vendredi sans faute", pd="2026-07-24",
  note="Message lundi 20/07/2026 ; « vendredi » seul = vendredi qui vient, 24/07/2026. Style SMS sans accents.")

M(177, "other", "en", d="2026-09-29 14:37:44 +0100",
  f="Owen Price <owen.price@price-cider.example>", q="gmail", e="qp",
  b="""Hi Claire,

Our bookkeeper Sue is dealing with all of this now - she's on it. I don't know when she does the payments, sorry.

Owen""",
  p="Our bookkeeper Sue is dealing with all of this now",
  note="Bookkeeper handling it, no commitment or date.")

M(178, "paid", "fr", d="2026-07-30 10:03:11 +0200",
  f="Emmanuel Picard <emmanuel.picard@picard-cave-affinage.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Bonjour,

Vous êtes prélevés automatiquement (mandat SEPA signé en février). Le prélèvement de cette facture est passé le 25 juillet sur notre compte, je vous joins le relevé.

Cordialement,
Emmanuel Picard""",
  p="Le prélèvement de cette facture est passé le 25 juillet",
  note="Déjà payé par prélèvement SEPA.")

M(179, "other", "en", d="2026-11-26 08:22:59 +0000",
  f="Daisy Fletcher <daisy.fletcher@fletcher-tea.example>", q="gmail", e="qp",
  b="""Hello,

Please stop sending these by email, they keep going to our junk folder and I nearly missed this one. Could you post reminders to our registered office instead? 14 Harbour Street, Whitby YO21 3PN.

Daisy""",
  p="Could you post reminders to our registered office instead?",
  note="Asks to use post instead of email; no commitment.")

M(180, "dispute", "fr", d="2026-09-18 15:08:32 +0200",
  f="Martine Chevalier <martine.chevalier@mairie-varces.example>", q="outlook", e="qp", fm="html",
  s="RE: ",
  b="""Madame,

Après vérification avec les services techniques, le sonomètre de la police municipale a été renvoyé par vos soins sans certificat d'étalonnage, et l'appareil affiche depuis un message d'erreur. La commune n'entend pas régler cette facture tant que l'appareil n'est pas conforme.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Martine Chevalier
Service des finances – Mairie de Varces-Allières-et-Risset""",
  p="La commune n'entend pas régler cette facture tant que l'appareil n'est pas conforme",
  note="Mairie : défaut de qualité et certificat manquant, refus de paiement.")

M(181, "promise", "en", d="2026-11-02 12:12:06 +0000",
  f="Hugh Barrington <hugh@barrington-antiques.example>", q="gmail", e="qp",
  b="""Dear Claire,

Apologies. I shall transfer the sum on the 12th - sorry, I meant the 13th, I'm away on the 12th.

Yours,
Hugh Barrington""",
  p="I shall transfer the sum on the 12th - sorry, I meant the 13th", pd="2026-11-13",
  note="First date corrected by the second: the 13th is retained; next 13th after 2 Nov 2026 = 2026-11-13.")

M(182, "promise", "en", d="2027-02-17 13:45:28 -0500",
  f="Jasmine Cole <jasmine.cole@cole-botanicals.example>", q="gmail", e="qp",
  b="""Hi Claire,

So sorry about this! We absolutely will pay - we're just waiting on our new bank account to be set up and I'll push it through then.

Jasmine""",
  p="We absolutely will pay", u=True,
  note="Commitment without a date.")

M(183, "dispute", "en", d="2026-12-17 10:16:40 +0100",
  f="Wouter Jacobs <wouter.jacobs@jacobs-meat.example>", q="outlook", e="qp",
  b="""Dear Claire,

This invoice is the same as the one we already paid in November (same balances, same date of intervention, same amount). It looks like it was issued twice. We are not going to pay it a second time.

Kind regards,
Wouter Jacobs
Jacobs Vleeswaren NV, Antwerpen""",
  p="It looks like it was issued twice",
  note="Duplicate invoice.")

M(184, "other", "fr", d="2026-10-14 11:46:30 +0200",
  f="Yves Marin <yves.marin@marin-imprimerie.example>", q="gmail", e="qp",
  b="""Bonjour,

Pouvez-vous me dire qui est mon interlocuteur chez vous pour ce dossier ? J'ai eu trois personnes différentes au téléphone et je ne sais plus à qui m'adresser.

Yves Marin""",
  p="Pouvez-vous me dire qui est mon interlocuteur chez vous pour ce dossier ?",
  note="Demande d'interlocuteur, sans engagement.")

M(185, "promise", "en", d="2026-11-24 15:23:11 +0000",
  f="Finance Office <finance@stmarys-college.example>", q="outlook", e="qp", fm="alt",
  b="""Dear Ms Vasseur,

Our departmental budget for this financial year is fully committed. The bursar has agreed that this invoice will be paid on Jan 15th from the new budget allocation.

Yours sincerely,
Finance Office
St Mary's College, Durham""",
  p="this invoice will be paid on Jan 15th", pd="2027-01-15",
  note="'Jan 15th' written in November 2026 -> next 15 January = 2027-01-15.")

M(186, "promise", "fr", d="2026-12-01 14:09:18 +0100",
  f="Laetitia Garnier <l.garnier@garnier-produits-laitiers.example>", q="outlook", e="qp",
  s="RE : ",
  b="""Bonjour Madame Vasseur,

Votre technicien passe chez nous le 14/12 pour la visite annuelle des balances. D'ici là, le virement de cette facture sera fait le 10/12/2026 ; j'ai préféré vous le confirmer par écrit.

Cordialement,
Laetitia Garnier
Service comptable""",
  p="le virement de cette facture sera fait le 10/12/2026", pd="2026-12-10",
  note="Date complète 10/12/2026. Le 14/12 (visite du technicien) est une autre date.")

M(187, "copy_request", "en", d="2026-07-14 10:35:06 -0400",
  f="Maria Alvarez <malvarez@alvarez-distilling.example>", q="gmail", e="qp",
  b="""Hi Claire,

Our accountant needs a W-8BEN-E or equivalent tax form from you before we can pay a foreign vendor, plus the invoice re-sent with your full legal name and address. Can you send both?

Thanks!
Maria""",
  p="Can you send both?",
  note="Asks for documents (tax form + invoice re-sent).")

M(188, "auto_reply", "fr", d="2026-07-27 08:00:05 +0200", irt=False,
  f="Christine Lebrun <christine.lebrun@lebrun-cosmetique.example>", q="none", e="cp1252",
  s="Absente du bureau",
  b="""Bonjour,

Je suis en congés du 27 juillet au 16 août 2026 inclus, sans accès à ma messagerie.
Pour la comptabilité, merci de contacter Julien Mercier : j.mercier@lebrun-cosmetique.example

Christine Lebrun""",
  p="Je suis en congés du 27 juillet au 16 août 2026 inclus",
  note="Absence congés, sans en-têtes.")

M(189, "promise", "en", d="2026-07-09 09:26:53 +0200",
  f="Eva Novak <eva.novak@novak-pekarna.example>", q="tb", e="qp",
  b="""Dear Claire,

thank you for reminding. We will settle the invoice, I apologize for the delay, our bookkeeping changed.

Best regards
Eva Novak""",
  p="We will settle the invoice", u=True,
  note="Commitment without date.")

M(190, "other", "fr", d="2026-08-05 16:55:22 +0200",
  f="Armelle Dumont <armelle.dumont@dumont-chocolaterie.example>", q="gmail", e="qp",
  b="""Bonjour,

Merci pour votre message. Bonne fin de journée.

Armelle""",
  p="Merci pour votre message",
  note="Remerciement sans engagement.")

M(191, "copy_request", "en", d="2027-01-12 14:02:38 +0100",
  f="Rik Janssens <rik.janssens@janssens-bakkerij.example>", q="outlook", e="qp",
  b="""Hello Claire,

Since 1 January we are a new company, Janssens Bakkerij BV (VAT BE 0792.441.516), replacing the old sole proprietorship. Can you please address the invoice to the new company and send it again? Our accountant can only book it that way.

Thanks,
Rik Janssens""",
  p="Can you please address the invoice to the new company and send it again?",
  note="Asks for re-addressed invoice to a new legal entity.")

M(192, "promise", "fr", d="2027-01-20 10:44:49 +0100",
  f="Sandrine Bourgeois <s.bourgeois@bourgeois-traiteur.example>", q="gmail", e="qp",
  b="""Bonjour,

J'ai bien eu votre relance de décembre puis celle-ci. Je vous confirme un paiement le 5 du mois prochain, date à laquelle nous sommes nous-mêmes payés par la cantine.

Sandrine Bourgeois""",
  p="Je vous confirme un paiement le 5 du mois prochain", pd="2027-02-05",
  note="Message du 20/01/2027 ; « le 5 du mois prochain » = 05/02/2027.")

M(193, "paid", "en", d="2027-02-09 11:33:27 +0000",
  f="James Whitmore <james@whitmore-honey.example>", q="apple", e="qp",
  b="""Hi Claire

Paid on Friday via bank transfer, ref WHITMORE-ETB. Should be with you by now.

James

Sent from my iPhone""",
  p="Paid on Friday via bank transfer",
  note="Already paid last Friday (5 Feb 2027).")

M(194, "auto_reply", "en", d="2026-10-06 17:40:21 +0200",
  f="Stefano Ricci <s.ricci@ricci-strumenti.example>", q="none", e="qp",
  s="Risposta automatica: Payment reminder - invoice ETB/2026/0586",
  b="""Sono fuori ufficio fino al 12 ottobre.
I am out of office until 12 October. For urgent matters please contact info@ricci-strumenti.example

Stefano Ricci""",
  p="I am out of office until 12 October",
  note="Italian/English out-of-office, no auto headers.")

M(195, "auto_reply", "fr", d="2026-10-16 10:12:08 +0200",
  f="Benoît Rivière <b.riviere@riviere-thermique.example>", q="none", e="qp",
  s="Lu : Relance facture ETB/2026/0641", inv="ETB/2026/0641", lf=True, lvl=1,
  b="""Votre message

  À : Benoît Rivière
  Objet : Relance facture ETB/2026/0641
  Envoyé : lundi 12 octobre 2026 08:15:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le vendredi 16 octobre 2026 10:12:08 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.""",
  p="a été lu le vendredi 16 octobre 2026",
  note="Confirmation de lecture Outlook en texte brut.")

M(196, "paid", "fr", d="2027-01-26 16:41:50 +0100",
  f="Pierre-Yves Charvet <py.charvet@charvet-chaudronnerie.example>", q="gmail", e="qp",
  b="""Bonjour Madame,

Cette facture est réglée depuis le 15 janvier par virement (libellé « CHARVET ETB 0968 »). Merci de vérifier votre relevé avant de relancer.

P-Y Charvet""",
  p="Cette facture est réglée depuis le 15 janvier par virement",
  note="Déjà payé le 15/01/2027.")

M(197, "dispute", "fr", d="2026-08-18 11:21:05 +0200",
  f="Jocelyne Perrot <jocelyne.perrot@perrot-fruits-secs.example>", q="outlook", e="qp", fm="alt",
  s="RE : ",
  b="""Bonjour,

Je vous informe que nous contestons cette facture : la TVA a été calculée à 20 % sur la totalité, alors que la part « pièces détachées » était déjà facturée TTC par votre sous-traitant. Le montant réclamé est donc surévalué.

Merci de revoir votre calcul.

Jocelyne Perrot
Perrot Fruits Secs SAS""",
  p="nous contestons cette facture : la TVA a été calculée à 20 % sur la totalité",
  note="TVA mal calculée ; emploie « contestons ».")

M(198, "promise", "en", d="2026-11-24 09:47:33 +0000",
  f="Nick Hartley <nick.hartley@hartley-pumps.example>", q="gmail", e="qp",
  b="""Hi Claire,

Sorry - I've had this approved now. You'll have the money within 48 hours.

Nick""",
  p="You'll have the money within 48 hours", pd="2026-11-26",
  note="Tuesday 24 Nov 2026 + 48 hours = 2026-11-26.")

M(199, "other", "en", d="2026-07-17 13:13:13 +0100",
  f="Kate Morrison <kate.morrison@morrison-kennels.example>", q="gmail", e="qp",
  b="""Hi,

Sorry, can you tell me what this invoice is for? I've got a few from French companies and I can't remember which one you are.

Kate""",
  p="can you tell me what this invoice is for?",
  note="Question about the invoice, no contest, no commitment.")

M(200, "dispute", "en", d="2027-01-29 16:09:54 +0100",
  f="Enrico Galli <e.galli@galli-caseificio.example>", q="gmail", e="qp",
  b="""Dear Claire,

The order was cancelled by my colleague in November, by email, before your technician made the trip. I have the email if you want. So we don't understand why we receive this invoice and we will not pay it.

Regards
Enrico Galli""",
  p="The order was cancelled by my colleague in November",
  note="Cancelled order; refusal to pay.")

M(201, "promise", "fr", d="2026-10-15 18:14:40 +0200", s="Virement prévu le 23/10",
  f="Jean-Marc Roy <jm.roy@roy-transformation-lait.example>", q="gmail", e="qp",
  b="""cf. objet

Cdlt
JM Roy""",
  p="Virement prévu le 23/10", pd="2026-10-23",
  note="Date dans l'objet seulement : 23/10/2026.")

M(202, "other", "fr", d="2026-08-21 09:37:16 +0200",
  f="Bernadette Colin <bernadette.colin@colin-fermes.example>", q="gmail", e="qp",
  b="""Bonjour,

Notre comptable, Mme Ruelle, s'occupe de ce dossier. Elle vous recontactera.

Cordialement,
Bernadette Colin""",
  p="Notre comptable, Mme Ruelle, s'occupe de ce dossier",
  note="Comptable en charge, sans engagement de paiement.")

M(203, "auto_reply", "en", d="2026-08-14 06:45:00 GMT", irt=False,
  f="Accounts <accounts@seaview-hotels.example>", q="none", e="7bit",
  s="Thank you for your email",
  b="""Thank you for contacting Seaview Hotels Accounts.

We aim to respond to all queries within 3 working days. During August our office hours are reduced and responses may take longer.""",
  p="We aim to respond to all queries within 3 working days",
  note="Generic acknowledgement, no auto headers; GMT date.")

M(204, "promise", "en", d="2027-02-18 10:52:30 +0100",
  f="Urs Keller <urs.keller@keller-fromagerie.example>", q="outlook", e="qp",
  b="""Dear Mrs Vasseur,

Sorry for the delay. I confirm the payment on Wednesday the 24th, our bank needs some days for EUR transfers from Switzerland.

Kind regards
Urs Keller
Käserei Keller AG, Emmental""",
  p="I confirm the payment on Wednesday the 24th", pd="2027-02-24",
  note="'Wednesday the 24th' = Wednesday 24 February 2027 (consistent).")

M(205, "promise", "fr", d="2026-07-02 19:05:48 +0200",
  f="Julien Astier <julien.astier@mailperso.example>", q="apple", e="qp",
  b="""Bonsoir, je passe le virement mercredi de la sem prochaine, la je suis en deplacement
J. Astier

Envoyé de mon iPhone""",
  p="je passe le virement mercredi de la sem prochaine", pd="2026-07-08",
  note="Message jeudi 02/07/2026 ; mercredi de la semaine prochaine = 08/07/2026.")

M(206, "promise", "en", d="2026-06-25 14:17:02 +0100",
  f="Olivia Bennett <olivia.bennett@bennett-orchards.example>", q="gmail", e="qp",
  b="""Hi Claire,

We've just had a rough harvest start. We'll settle your invoice sometime in July, once the first fruit payments come in.

Best,
Olivia""",
  p="We'll settle your invoice sometime in July", w="month",
  note="Window: during July 2026, no single date.")

M(207, "copy_request", "fr", d="2026-10-07 15:30:47 +0200",
  f="Sophie Lambert <sophie.lambert@lambert-cabinet-veterinaire.example>", q="gmail", e="qp",
  b="""Bonjour,

Pouvez-vous me transmettre le certificat d'étalonnage avec la facture ? Notre comptable les rapproche toujours avant de payer.

Merci,
Sophie Lambert""",
  p="Pouvez-vous me transmettre le certificat d'étalonnage avec la facture ?",
  note="Demande de document (certificat et facture).")

M(208, "other", "fr", d="2026-07-21 17:58:12 +0200",
  f="Roland Meyer <roland.meyer@meyer-cave.example>", q="gmail", e="latin1-8",
  b="""Bonjour,

Est-ce que vous faites un escompte pour paiement anticipé sur les prochaines factures ? Pour celle-ci je vois avec mon associé.

Roland Meyer""",
  p="Est-ce que vous faites un escompte pour paiement anticipé",
  note="Question commerciale, aucun engagement sur la facture.")

M(209, "copy_request", "en", d="2026-09-16 11:48:03 +0200",
  f="Kristof Peeters <kristof.peeters@peeters-labo.example>", q="outlook", e="qp", fm="html",
  b="""Hello,

We cannot find this invoice in our Basware inbox. Please send it again to our scanning address invoices.peeters@basware-scan.example (PDF only, one invoice per email).

Kind regards,
Kristof Peeters
Peeters Labo NV""",
  p="Please send it again to our scanning address",
  note="Asks to resend the invoice to the scanning address.")

M(210, "copy_request", "en", d="2026-10-21 09:12:59 +0100",
  f="Helen Armstrong <helen.armstrong@armstrong-nurseries.example>", q="gmail", e="qp",
  b="""Hello Claire,

Could you send me a statement of account please? I think we have a couple of invoices with you and I'd like to pay them all together.

Thanks,
Helen""",
  p="Could you send me a statement of account please?",
  note="Asks for a statement of account; wish to pay is not a dated or firm commitment.")

M(211, "promise", "en", d="2027-02-02 10:01:36 +0100",
  f="Marleen Bakker <marleen.bakker@bakker-bloemen.example>", q="tb", e="qp",
  b="""Hi Claire,

Oh no, I thought it was paid already. I will pay it this Friday, sorry again.

Marleen""",
  p="I will pay it this Friday", pd="2027-02-05",
  note="Message Tuesday 2 Feb 2027; 'this Friday' = 2027-02-05.")

M(212, "other", "en", d="2026-10-09 13:25:41 +0200",
  f="Carlos Medina <c.medina@medina-olivas.example>", q="gmail", e="qp",
  b="""Hello,

We have big difficulties this year, the harvest was very bad and the bank does not give us more credit. I can not say when we can pay. I am sorry.

Carlos Medina""",
  p="I can not say when we can pay",
  note="Financial trouble, explicitly no commitment.")

M(213, "promise", "en", d="2026-07-07 11:08:44 +0100",
  f="Sophie Turnbull <sophie.turnbull@turnbull-labs.example>", q="outlook", e="qp", fm="alt",
  b="""Hi Claire,

Apologies - it's been audit prep chaos (the auditors arrive on the 15th). I'll make sure it's paid by the end of this week.

Sophie Turnbull
Turnbull Labs Ltd""",
  p="I'll make sure it's paid by the end of this week", pd="2026-07-10",
  note="Message Tuesday 7 July 2026; 'end of this week' = Friday 2026-07-10. The 15th (audit) is not the promise.")

M(214, "dispute", "en", d="2026-07-28 15:44:30 +0100",
  f="Edward Lyle <edward.lyle@lyle-gauges.example>", q="gmail", e="qp",
  b="""Claire,

We agreed 12 % off for the multi-site contract when I met Mr Roux in March. There's no discount on this invoice at all. Please correct it and resend.

Edward Lyle""",
  p="There's no discount on this invoice at all",
  note="Agreed discount missing.")

M(215, "paid", "fr", d="2026-07-10 10:50:02 +0200",
  f="Association Les Amis du Vieux Moulin <contact@amis-vieux-moulin.example>", q="gmail", e="qp",
  b="""Bonjour,

Notre trésorier a posté le chèque n° 0004417 le 6 juillet. Vous devriez le recevoir sous peu.

Pour l'association,
Françoise Dallet, secrétaire""",
  p="Notre trésorier a posté le chèque n° 0004417 le 6 juillet",
  note="Déjà payé par chèque posté.")

M(216, "copy_request", "en", d="2027-01-15 10:14:25 +0000",
  f="Accounts Payable <ap@kingsway-foods.example>", q="outlook", e="qp",
  b="""Dear Supplier,

The invoice you sent is a scanned image and cannot be read by our OCR system. Please resend a machine-readable PDF (or a UBL e-invoice) to ap@kingsway-foods.example.

Kind regards,
Accounts Payable, Kingsway Foods plc""",
  p="Please resend a machine-readable PDF",
  note="Unreadable invoice, asks for a new one.")

M(217, "dispute", "fr", d="2026-08-31 14:26:58 +0200",
  f="Pascale Vidal <pascale.vidal@vidal-fromagerie.example>", q="gmail", e="qp",
  b="""Bonjour,

Votre technicien a endommagé le plateau de la balance de comptoir en la démontant, il est rayé et ne repose plus à plat. Je ne paierai pas tant que la question de la réparation n'est pas réglée.

Pascale Vidal""",
  p="Votre technicien a endommagé le plateau de la balance",
  note="Matériel endommagé par le prestataire ; refus de payer.")

M(218, "dispute", "fr", d="2027-01-11 09:32:20 +0100",
  f="Comptabilité <compta@duchene-agro.example>", q="outlook", e="qp", fm="html",
  s="RE : ",
  b="""Bonjour,

Cette facture ne comporte aucun numéro de bon de commande. Conformément à nos conditions générales d'achat, aucune facture sans bon de commande émis par nos services n'est payée. Nous ne trouvons aucune commande correspondante.

Nous la rejetons donc.

Service comptabilité
Duchêne Agro""",
  p="aucune facture sans bon de commande émis par nos services n'est payée",
  note="Refus de payer faute de bon de commande (et pas de commande trouvée).")

M(219, "dispute", "en", d="2026-09-08 10:03:17 -0400",
  f="Brian Keller <bkeller@keller-meats.example>", q="gmail", e="qp",
  b="""Claire,

We are disputing this charge. The thermometers you calibrated were returned with certificates showing the wrong serial numbers, so they're useless for our USDA audit. Until we have correct certificates we consider the work not delivered.

Brian Keller
QA Director, Keller Meats""",
  p="We are disputing this charge",
  note="Certificates with wrong serial numbers; uses 'disputing'.")

M(220, "dispute", "en", d="2026-07-01 09:40:08 +0100",
  f="Andrew Pollock <andrew.pollock@pollock-brewing.example>", q="outlook", e="qp",
  b="""Hi Claire,

I've raised a formal dispute on this invoice with our finance team. The price list you sent in January quotes EUR 65 per flow meter, the invoice charges EUR 90. Happy to pay the correct figure on a revised invoice.

Andrew Pollock
Pollock Brewing Co.""",
  p="I've raised a formal dispute on this invoice",
  note="Price differs from price list; uses 'dispute'.")

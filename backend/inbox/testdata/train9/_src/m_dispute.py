# -*- coding: utf-8 -*-
# Disputes: 18 fr, 7 en.
from lib import M

M(cls="dispute", lang="fr", frm="Restaurant Le Patio <lepatio.resto@orange.example>", d="2026-06-08 15:20",
  body="""Bonjour,

Je ne comprends pas le montant. Votre commercial m'avait annoncé 65 € HT par passage pour le contrat annuel, et vous facturez 89 € HT. Je ne réglerai pas une facture qui ne correspond pas au devis signé.

Merci de me renvoyer une facture au bon tarif.

Stéphane Rivière
Restaurant Le Patio""", quote="outlook",
  phrase="Votre commercial m'avait annoncé 65 € HT par passage pour le contrat annuel, et vous facturez 89 € HT",
  note="Rate not as agreed (no explicit 'litige' word).")

M(cls="dispute", lang="fr", frm="Marie-Hélène Cousté <mh.couste@gmail.example>", d="2026-07-02 10:48",
  body="""Bonjour,

Vous m'avez appliqué une TVA à 20 % alors qu'il s'agit de ma résidence principale de plus de deux ans, le taux réduit de 10 % devait s'appliquer (j'ai même signé l'attestation que votre technicien m'a fait remplir).

Merci de corriger la facture, je paierai à réception de la facture rectifiée.

Marie-Hélène Cousté""", quote="gmail",
  phrase="Vous m'avez appliqué une TVA à 20 % alors qu'il s'agit de ma résidence principale",
  note="VAT rate contested; payment conditional on a corrected invoice, so no promise.")

M(cls="dispute", lang="fr", frm="Quincaillerie Bayle <quincaillerie.bayle@bayle-sa.example>", d="2026-07-15 09:33",
  body="""Bonjour,

La remise de 10 % revendeur convenue en mars n'apparaît pas sur cette facture. Nous attendons un avoir avant tout paiement.

Cordialement,
Service achats – Quincaillerie Bayle""", quote="outlook", fmt="alt",
  phrase="La remise de 10 % revendeur convenue en mars n'apparaît pas sur cette facture",
  note="Discount not applied.")

M(cls="dispute", lang="fr", frm="Herboristerie du Pont-Neuf <contact@herbo-pontneuf.example>", d="2026-08-04 16:02",
  body="""Bonjour,

Sur les 12 pièges à phéromones commandés, 4 sont arrivés écrasés et inutilisables (photos envoyées au service client le 28 juillet, sans réponse). Je ne paierai que ce que j'ai reçu en bon état.

Bien à vous,
Odile Fauré""", quote="gmail",
  phrase="4 sont arrivés écrasés et inutilisables",
  note="Damaged goods. 28 July is the date photos were sent.")

M(cls="dispute", lang="fr", frm="Épicerie Fine Van Damme <info@vandamme-epicerie.example>", d="2026-09-09 11:15",
  body="""Bonjour,

Il manque un carton dans la livraison : nous avons reçu 2 colis au lieu de 3 (bordereau en annexe). Les postes d'appâtage sécurisés n'y étaient pas. On ne va quand même pas payer pour du matériel qu'on n'a jamais eu, hein.

Bien à vous,
Griet Van Damme
Épicerie Fine Van Damme – Namur""", quote="outlook", attach=["bordereau_livraison.pdf"],
  phrase="Il manque un carton dans la livraison",
  note="Missing goods (Belgian client).")

M(cls="dispute", lang="fr", frm="Brasserie du Canal <brasserieducanal@free.example>", d="2026-09-25 22:10",
  body="""Bonsoir,
Vous rigolez ? Les souris sont toujours là, on en a encore vu deux hier soir en cuisine. Votre technicien devait revenir et on ne l'a jamais revu. Pas de paiement tant que le problème n'est pas réglé.
Franck""", quote="none", fmt="plain",
  phrase="Les souris sont toujours là",
  note="Work unfinished / ineffective; no payment until fixed.")

M(cls="dispute", lang="fr", frm="Cabinet médical des Arènes <secretariat@cm-arenes.example>", d="2026-10-07 14:40",
  body="""Bonjour,

Cette facture fait doublon avec celle que nous avons reçue et réglée le mois dernier pour la même intervention (désinfection du 3 septembre). Merci de vérifier et d'annuler l'une des deux.

Cordialement,
Le secrétariat""", quote="outlook",
  phrase="Cette facture fait doublon",
  note="Duplicate invoice.")

M(cls="dispute", lang="fr", frm="Sébastien Moreau <s.moreau@moreau-holding.example>", d="2026-10-19 09:58",
  body="""Bonjour,

La facture est libellée au nom de Moreau Holding SAS, alors que le contrat a été signé par la SARL Moreau Restauration (SIRET différent). Nous ne pouvons pas la comptabiliser en l'état. Merci d'établir un avoir et de refacturer la bonne société.

Sébastien Moreau""", quote="outlook", fmt="html",
  phrase="La facture est libellée au nom de Moreau Holding SAS, alors que le contrat a été signé par la SARL Moreau Restauration",
  note="Wrong legal entity billed; asks for credit note and re-invoice (dispute, not just a copy request).")

M(cls="dispute", lang="fr", frm="Annie Cabrol <annie.cabrol@laposte.example>", d="2026-11-04 17:25",
  body="""Madame,

J'ai versé un acompte de 150 € le jour du devis (chèque n° 0004512, encaissé le 14 octobre). Votre facture réclame la totalité sans le déduire. Je vous réglerai le solde quand vous m'aurez envoyé une facture juste.

Annie Cabrol""", quote="tb", amt=384.0, cs="windows-1252",
  phrase="Votre facture réclame la totalité sans le déduire",
  note="Deposit not deducted. Payment conditional on correct invoice -> dispute.")

M(cls="dispute", lang="fr", frm="Le Petit Bouchon <lepetitbouchon@sfr.example>", d="2026-11-18 12:05",
  body="""Bonjour,

Nous avions annulé la commande par téléphone le 2 novembre, avant la livraison, et votre collègue Nadia avait confirmé. Je n'ai donc rien à régler.

Laurent""", quote="gmail",
  phrase="Nous avions annulé la commande par téléphone le 2 novembre",
  note="Order cancelled; the date is the cancellation.")

M(cls="dispute", lang="fr", frm="Service Comptabilité – Hôpital privé Saint-Exupère <factures@hp-stexupere.example>", d="2026-12-01 08:44",
  body="""Madame, Monsieur,

Votre facture ne comporte pas de numéro de bon de commande. Conformément à nos conditions d'achat, toute facture sans numéro de commande est rejetée et ne peut être mise en paiement.

Nous vous invitons à émettre un avoir puis une nouvelle facture mentionnant le numéro de commande fourni par le service demandeur.

Service Comptabilité Fournisseurs""", quote="outlook", fmt="alt",
  phrase="toute facture sans numéro de commande est rejetée et ne peut être mise en paiement",
  note="Missing purchase-order number given as the reason to refuse payment (dispute, not a plain copy request).")

M(cls="dispute", lang="fr", frm="Résidence Les Hauts de Rangueil <syndic@hauts-rangueil.example>", d="2026-12-09 10:30",
  body="""Madame,

Nous contestons cette facture : la désinsectisation des parties communes n'a pas été faite correctement, plusieurs copropriétaires nous signalent toujours des blattes dans les caves. Le conseil syndical refuse le paiement en l'état et demande un nouveau passage à vos frais.

Le Syndic bénévole""", quote="orig",
  phrase="Nous contestons cette facture",
  note="Quality problem (explicit word).")

M(cls="dispute", lang="fr", frm="Olivier Garric <olivier.garric@garric-bureautique.example>", d="2027-01-11 11:11",
  body="""Bonjour,

On n'a jamais commandé ça. Personne chez nous ne connaît votre société, et on n'a pas de problème de nuisibles. Vous devez vous tromper de client.

O. Garric""", quote="outlook",
  phrase="On n'a jamais commandé ça",
  note="'We never ordered this'.")

M(cls="dispute", lang="fr", frm="Chez Paulette <chezpaulette.bistrot@gmail.example>", d="2027-01-25 15:50",
  body="""Bonjour,

Et l'avoir que vous deviez me faire pour le passage annulé de décembre ? On m'avait promis 78 € de déduction. Tant que je ne l'ai pas, je bloque la facture.

Paulette""", quote="gmail",
  phrase="Et l'avoir que vous deviez me faire pour le passage annulé de décembre ?",
  note="Promised credit note missing.")

M(cls="dispute", lang="fr", frm="Claude Rouzaud <claude.rouzaud@rouzaud-scierie.example>", d="2027-02-08 09:10",
  body="""Bonjour,

Litige sur la facture {INV} : l'intervention devait être faite un samedi sans majoration, c'était écrit sur le devis. Vous avez ajouté 35 % de majoration week-end. Merci de refaire la facture.

Claude Rouzaud""", quote="outlook",
  phrase="Litige sur la facture {INV}",
  note="Explicit word 'litige': weekend surcharge not agreed.")

M(cls="dispute", lang="fr", frm="Jean Dufour <jean.dufour@bluewin.example>", d="2026-10-22 08:30", tz="+0200",
  body="""Bonjour,

Le montant ne correspond pas à la commande. J'ai commandé 5 moustiquaires et 2 en ont été facturées deux fois sur la même facture (lignes 3 et 4 identiques). Je vous prie de bien vouloir rectifier.

Meilleures salutations
Jean Dufour
Yverdon-les-Bains""", quote="tb",
  phrase="2 en ont été facturées deux fois sur la même facture",
  note="Line billed twice (Swiss client).")

M(cls="dispute", lang="fr", frm="Gîte Le Colombier <legitelecolombier@orange.example>", d="2026-08-18 19:02",
  body="""Bonjour,
votre technicien est resté 20 min, il a posé 3 pièges et il est reparti. 180 € pour ça ?? je refuse de payer ce prix, c'est du vol
M. Delpech""", quote="none", fmt="plain", amt=180.0,
  phrase="je refuse de payer ce prix",
  note="Price contested as excessive.")

M(cls="dispute", lang="fr", frm="Crèche Municipale Les Petits Loups <creche@mairie-bourg-st-aymeric.example>", d="2026-06-26 11:25",
  body="""Bonjour,

Votre facture mentionne quatre passages trimestriels alors qu'un seul a eu lieu à ce jour (le 12 mai). Nous ne pouvons pas payer des prestations non réalisées.

Cordialement,
La directrice""", quote="outlook",
  phrase="Votre facture mentionne quatre passages trimestriels alors qu'un seul a eu lieu",
  note="Services billed but not performed.")

# English
M(cls="dispute", lang="en", frm="Nigel Barrow <nigel@barrow-properties.example>", d="2026-07-09 12:30", tz="uk",
  body="""Hello,

This invoice doesn't match what we agreed. The quote was for EUR 240 all in, and your invoice is for {AMT}. I'm not paying the difference until someone explains it.

Nigel Barrow""", quote="gmail", amt=288.0,
  phrase="The quote was for EUR 240 all in",
  note="Price not as quoted.")

M(cls="dispute", lang="en", frm="Procurement <invoices@meridian-aero.example>", d="2026-09-15 09:45", tz="ny",
  body="""Dear Supplier,

Your invoice {INV} has been rejected: no valid Purchase Order number was quoted. Per our supplier terms, invoices without a PO cannot be processed for payment.

Please obtain a PO from your requester and resubmit.

Meridian Aerostructures - Procure-to-Pay
This is a monitored mailbox.""", quote="outlook", fmt="html",
  phrase="Your invoice {INV} has been rejected: no valid Purchase Order number was quoted",
  note="Missing PO as reason to refuse payment.")

M(cls="dispute", lang="en", frm="Julia Stevens <julia.stevens@stevens-retreats.example>", d="2026-10-29 14:05", tz="+0000",
  body="""Hi Melanie,

We cancelled the second treatment in writing on the 2nd of October - see my email to your office. The invoice still includes it. I'd like a corrected invoice please.

Julia""", quote="gmail",
  phrase="We cancelled the second treatment in writing",
  note="Cancelled service still billed.")

M(cls="dispute", lang="en", frm="Peter Gallagher <peter.gallagher@gallagher-catering.example>", d="2026-12-04 10:15", tz="+0000",
  body="""Hi,

We dispute this invoice. The bed bug treatment didn't work and we had to call another company in November. We won't be paying for a service that failed.

Peter Gallagher
Gallagher Catering""", quote="outlook",
  phrase="We dispute this invoice",
  note="Explicit 'dispute': treatment ineffective.")

M(cls="dispute", lang="en", frm="Amy Chen <amy.chen@chenimports.example>", d="2027-01-20 19:40", tz="la",
  body="""Hello,

You billed us for 40 bait stations. We received 25 - the carrier's POD shows 1 pallet, not 2. Please send a revised invoice for the 25 units.

Amy Chen
Chen Imports LLC""", quote="gmail",
  phrase="You billed us for 40 bait stations. We received 25",
  note="Quantity delivered less than billed.")

M(cls="dispute", lang="en", frm="David Price <david.price@price-chambers.example>", d="2027-02-17 11:55", tz="GMT",
  body="""Good morning,

Your colleague promised a credit note of EUR 120 for the missed visit in January. The reminder shows the full amount. Until we receive the credit note we will hold this invoice.

Regards,
David Price
Office Manager, Price Chambers""", quote="orig",
  phrase="Your colleague promised a credit note of EUR 120 for the missed visit in January",
  note="Promised credit note.")

M(cls="dispute", lang="en", frm="Hannah Webb <hannah.webb@webb-family.example>", d="2026-06-19 20:20", tz="uk",
  body="""Hi,

The VAT on this bill is wrong - you charged 20% on the whole amount including the products we returned. Can you sort this out please, I'm not happy to pay as it is.

Hannah""", quote="gmail", fmt="plain",
  phrase="The VAT on this bill is wrong",
  note="VAT / returned products.")

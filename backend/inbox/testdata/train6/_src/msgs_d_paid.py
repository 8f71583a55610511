# Already paid. Hand-written one at a time.
from build import m

A = "paid"

# ---------------- French (16)
m(A, "fr", "2026-06-05 09:25", "Claire Aubry <claire.aubry@aubry-deco.example>", """
Bonjour,

Le virement a été fait le 2 juin, vous devriez l'avoir reçu. Je vous joins l'avis d'opéré.

Claire Aubry
""", "Le virement a été fait le 2 juin", layout="gmail",
  note="Virement déjà effectué le 02/06/2026.")

m(A, "fr", "2026-06-23 14:10", "Robert Meunier <robert.meunier@meunier-assurances.example>", """
Madame,

Je vous ai adressé un chèque de %AMT% par courrier le 18 juin. Nos courriers se sont sans doute croisés.

Salutations distinguées,
R. Meunier
""", "Nos courriers se sont sans doute croisés", layout="outlook", enc=("iso-8859-1", "quoted-printable"),
  note="Chèque envoyé, courriers croisés.")

m(A, "fr", "2026-07-10 11:00", "Comptabilité - Les Halles Gourmandes <compta@halles-gourmandes.example>", """
Bonjour,

Après vérification, votre facture %INV% a été réglée par LCR à échéance. Le relevé de notre banque indique un débit le 30/06/2026.

Cordialement,
La comptabilité
""", "a été réglée par LCR à échéance", layout="outlook",
  note="Réglé par LCR le 30/06/2026.")

m(A, "fr", "2026-07-29 17:40", "Manu Lopez <manu.lopez@lopez-bar.example>", """
bjr j'ai payé par CB sur votre lien de paiement la semaine derniere, regardez bien
Manu
""", "j'ai payé par CB sur votre lien de paiement la semaine derniere", layout="none", enc=("utf-8", "8bit"),
  note="Paiement par carte déjà fait.")

m(A, "fr", "2026-08-26 10:35", "Sylvain Roche <sylvain.roche@roche-evenementiel.example>", """
Bonjour,

C'est en prélèvement automatique chez nous, comme toutes vos factures depuis le mandat SEPA signé en mars. Le prélèvement est passé le 20 août, vérifiez de votre côté s'il n'a pas été rejeté.

Sylvain Roche
""", "C'est en prélèvement automatique chez nous", layout="gmail", html="alt",
  note="Prélèvement SEPA passé le 20/08/2026.")

m(A, "fr", "2026-09-11 09:50", "Noémie Faure <noemie.faure@faure-creations.example>", """
Bonjour,

Je vous ai réglé via PayPal le 4 septembre (transaction 8XK12345LM678901A), à l'adresse paiements@sonolux-anjou.example. Pouvez-vous vérifier ?

Merci,
Noémie
""", "Je vous ai réglé via PayPal le 4 septembre", layout="tb",
  note="Paiement PayPal déjà fait le 04/09/2026.")

m(A, "fr", "2026-09-21 15:15", "Jean-Pierre Bodin <jp.bodin@bodin-sonorisation.example>", """
Bonjour Maëlle,

Comme convenu avec Antoine, cette facture a été compensée avec votre avoir n° AV-SLX-0087 (reprise de notre ancienne table de mixage). Le solde est donc à zéro.

JP Bodin
""", "cette facture a été compensée avec votre avoir", layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="Compensation avec un avoir.")

m(A, "fr", "2026-10-02 10:05", "Service Fournisseurs - Groupe Hestia <comptabilite.fournisseurs@groupe-hestia.example>", """
Bonjour,

Selon nos écritures, la facture %INV% a été soldée le 25/09/2026 par virement (réf. HES-PAY-2026-09-4471).

Cordialement,
Service Fournisseurs
Groupe Hestia - Centre de services partagés
""", "Selon nos écritures, la facture %INV% a été soldée le 25/09/2026", layout="outlook", html="only",
  note="'Nos écritures indiquent que c'est soldé le…'.")

m(A, "fr", "2026-10-26 12:45", "Isabelle Marty <isabelle.marty@marty-fleurs.example>", """
Bonjour,
C'est payé depuis le 15 !! Vérifiez vos comptes svp avant de relancer les gens.
I. Marty
Envoyé de mon iPhone
""", "C'est payé depuis le 15 !!", layout="apple", enc=("utf-8", "quoted-printable"),
  note="Déjà payé le 15/10/2026 ; 'le 15' est une date passée, pas une promesse.")

m(A, "fr", "2026-11-12 08:30", "avis-paiement@sagefin-fournisseurs.example", """
AVIS DE PAIEMENT

Émetteur : Clinique des Ormeaux
Bénéficiaire : SONOLUX ANJOU
Date de règlement : 10/11/2026
Mode : Virement SEPA
Référence : PAY-ORM-0000231

Pièces réglées :
  %INV%      %AMT%

Total réglé : %AMT%

Ce message a été généré automatiquement par notre logiciel de comptabilité.
""", "Date de règlement : 10/11/2026", layout="none", enc=("utf-8", "base64"), noreply=True,
  subject="Avis de paiement - Clinique des Ormeaux",
  note="Avis de règlement généré par le logiciel comptable du client (paiement effectué le 10/11/2026).")

m(A, "fr", "2026-11-27 16:20", "Thibault Garreau <thibault.garreau@garreau-sport.example>", """
Bonjour,

Le chèque n° 2345671 de la Banque Populaire a été remis à votre livreur le jour du retour du matériel (17 novembre). Il a dû rester dans sa camionnette :)

Thibault
""", "a été remis à votre livreur le jour du retour du matériel", layout="gmail",
  note="Chèque remis au livreur.")

m(A, "fr", "2026-12-11 11:11", "Pascale Hervé <pascale.herve@herve-traiteur.example>", """
Bonjour Madame,

Nous avons déjà réglé cette facture le 30 novembre par virement, référence « SONOLUX NOV ». Je vous transmets la capture de l'opération.

Cordialement,
Pascale Hervé
""", "Nous avons déjà réglé cette facture le 30 novembre par virement", layout="outlook", enc=("windows-1252", "8bit"),
  note="Virement déjà fait le 30/11/2026.")

m(A, "fr", "2027-01-08 09:00", "Yves Tanguy <yves.tanguy@tanguy-nautique.example>", """
Bonjour,

Réglé le 28 décembre, avant votre relance. Il faut compter quelques jours entre les fêtes.

Yves Tanguy
""", "Réglé le 28 décembre", layout="tb", enc=("iso-8859-1", "8bit"),
  note="Déjà réglé le 28/12/2026.")

m(A, "fr", "2027-01-21 14:55", "Agence Comptable - IUT d'Angers <agence.comptable@iut-angers.example>", """
Bonjour,

Le mandat n° 2027-000112 relatif à votre facture a été payé par la DRFiP le 18 janvier. Les fonds devraient apparaître sur votre compte sous 48 h.

L'agence comptable
""", "a été payé par la DRFiP le 18 janvier", layout="outlook",
  note="Mandat payé le 18/01/2027 (les 48 h concernent la réception).")

m(A, "fr", "2027-02-05 10:40", "Quentin Barreau <quentin.barreau@barreau-conseil.example>", """
Bonjour,

Je pense que c'est réglé, le virement est parti mardi, vous devriez le voir aujourd'hui ou lundi.

Quentin
""", "le virement est parti mardi", layout="gmail",
  note="Virement parti le mardi précédent (02/02/2027) ; pas de promesse.")

m(A, "fr", "2027-02-24 18:30", "Laure Chevalier <laure.chevalier@chevalier-mariages.example>", """
Bonjour,

Nos paiements se sont croisés : j'ai fait le virement hier soir, juste avant de recevoir votre mail.

Bonne soirée,
Laure
""", "j'ai fait le virement hier soir", layout="apple",
  note="Paiement croisé avec la relance.")

# ---------------- English (9)
m(A, "en", "2026-06-26 10:15", "James Whitfield <james.whitfield@whitfield-events.example>", """
Hi Maelle,

This was paid by bank transfer on 22 June - reference WHIT-0622. Please check your account and let me know if it hasn't arrived.

Best,
James
""", "This was paid by bank transfer on 22 June", tz="+0100", layout="gmail",
  note="Paid by transfer on 2026-06-22.")

m(A, "en", "2026-08-07 14:00", "Remittance Advice <remittance@halcyon-venues.example>", """
REMITTANCE ADVICE

Supplier: SONOLUX ANJOU SARL
Payment date: 06/08/2026
Payment method: SEPA Credit Transfer
Payment reference: HV-BACS-88213

Invoice            Amount
%INV%        %AMT%

Please do not reply to this email. For queries contact ap@halcyon-venues.example.
""", "Payment date: 06/08/2026", tz="+0100", layout="none", noreply=True, enc=("us-ascii", "7bit"),
  subject="Remittance advice - Halcyon Venues Group - HV-BACS-88213",
  hdrs={"Auto-Submitted": "auto-generated"},
  note="Remittance advice from the client's accounting system (paid 6 Aug 2026).")

m(A, "en", "2026-09-16 09:30", "Tara Nolan <tara.nolan@nolan-music.example>", """
Hi there,

I think our emails crossed - I paid it yesterday via PayPal.

Tara
""", "I paid it yesterday via PayPal", tz="+0100", layout="gmail", subject="invoice",
  note="Paid yesterday via PayPal.")

m(A, "en", "2026-10-14 16:45", "Mark Davies <mark.davies@davies-hire.example>", """
Hello,

Our records show it settled on 30 September. Remittance attached.

Mark Davies
Finance Manager
""", "Our records show it settled on 30 September", tz="+0100", layout="outlook",
  note="'Our records show it settled on…'.")

m(A, "en", "2026-11-20 11:20", "Rachel Green <rachel.green@green-leaf-weddings.example>", """
Hi Maelle, I paid this by card over the phone with your colleague Antoine last Tuesday. He said he'd note it. Rachel
""", "I paid this by card over the phone", tz="+0000", layout="apple",
  note="Card payment by phone.")

m(A, "en", "2026-12-04 13:35", "Steve Cooper <steve.cooper@coopertouring.example>", """
Hi,

Cheque was posted on the 25th of November. Must have crossed in the post.

Steve
""", "Must have crossed in the post", tz="GMT", layout="outlook",
  note="Cheque crossed in the post.")

m(A, "en", "2027-01-13 10:10", "Martin Becker <martin.becker@becker-audio.example>", """
Dear Maelle,

The amount was offset against your credit note CN-2026-114 for the returned cables, as agreed with Antoine in December. Nothing is outstanding on our side.

Kind regards,
Martin Becker
""", "The amount was offset against your credit note", tz="+0100", layout="tb",
  note="Compensation with a credit note.")

m(A, "en", "2027-02-10 08:55", "Ashley Rivera <ashley.rivera@riveraproductions.example>", """
Hi Maelle,

We wired it on 2/5 - confirmation # 20270205-88172. International wires take a few days so it should land any moment.

Ashley Rivera
Rivera Productions | Austin, TX
""", "We wired it on 2/5", tz="-0600", layout="gmail",
  note="Wired on Feb 5, 2027 (US date).")

m(A, "en", "2026-07-24 15:25", "Owen Price <owen.price@price-sound.example>", """
Hi,

Already paid - it goes out by direct debit every month under the rental agreement. Check the DD collection on the 20th.

Owen
""", "Already paid - it goes out by direct debit", tz="+0100", layout="none",
  note="Paid by direct debit.")

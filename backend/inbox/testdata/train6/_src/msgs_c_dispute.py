# Disputes. Hand-written one at a time; many avoid the obvious words.
from build import m

D = "dispute"

# ---------------- French (19)
m(D, "fr", "2026-06-04 11:20", "Hélène Garnier <helene.garnier@garnier-evenements.example>", """
Bonjour,

Je ne comprends pas le montant. Nous avions convenu au téléphone avec Antoine d'un forfait à 950 € HT pour le week-end, et la facture reprend le tarif public à la journée. Merci de nous renvoyer une facture conforme au devis signé.

Cordialement,
Hélène Garnier
""", "Nous avions convenu au téléphone avec Antoine d'un forfait à 950 € HT", layout="outlook",
  note="Tarif facturé différent du forfait convenu.")

m(D, "fr", "2026-06-30 15:02", "Xavier Lenoir <xavier.lenoir@lenoir-spectacles.example>", """
Bonjour,

Nous contestons la facture %INV% : la console numérique est tombée en panne au milieu du concert du 13 juin, votre technicien a mis 40 minutes à arriver. Nous avons dû rembourser une partie du public. Il est hors de question de payer la totalité.

Nous attendons une proposition de geste commercial.

Xavier Lenoir
Directeur - Lenoir Spectacles
""", "Nous contestons la facture %INV%", layout="gmail", level=2,
  note="Problème de qualité (panne pendant le concert), refus de payer la totalité.")

m(D, "fr", "2026-07-22 09:40", "Amandine Ricard <a.ricard@ricard-mariages.example>", """
Bonjour,

Sur la facture il y a 2 caissons de basse facturés. On n'en a reçu qu'un seul à la livraison, le bon de livraison signé par mon assistant le prouve (je peux vous l'envoyer). Merci de corriger.

Amandine
""", "On n'en a reçu qu'un seul à la livraison", layout="apple",
  note="Matériel manquant à la livraison.")

m(D, "fr", "2026-08-18 14:15", "Service Comptabilité - Festival Rives & Rêves <compta@rives-et-reves.example>", """
Bonjour,

Votre facture %INV% mentionne une TVA à 20 %. Or, comme indiqué lors de la commande, le festival bénéficie du taux réduit sur la billetterie et vous nous aviez confirmé que la prestation son serait facturée au même taux. Nous ne pouvons pas la mettre en paiement en l'état.

Merci de nous faire parvenir une facture rectifiée.

Cordialement,
Jeanne Morvan
Festival Rives & Rêves
""", "Nous ne pouvons pas la mettre en paiement en l'état", layout="outlook", enc=("iso-8859-1", "quoted-printable"),
  note="Taux de TVA non conforme à ce qui était convenu ; refus de payer en l'état.")

m(D, "fr", "2026-09-10 10:25", "Gaëlle Simonin <gaelle.simonin@atelier-simonin.example>", """
Bonjour,

Attention, cette facture fait doublon avec la %INV%-B que nous avons déjà réglée le mois dernier : même date, même prestation, même montant. Je pense qu'elle a été émise deux fois par erreur.

Gaëlle Simonin
""", "cette facture fait doublon", layout="gmail", enc=("utf-8", "base64"),
  note="Facture en double (déjà réglée sous un autre numéro) : c'est une contestation, pas une déclaration de paiement de CETTE facture.")

m(D, "fr", "2026-09-25 16:48", "Pierre-Yves Le Floch <py.lefloch@leflochholding.example>", """
Madame,

La facture a été adressée à la SCI Le Floch alors que la commande a été passée par la société Le Floch Événements SAS (SIRET différent). La SCI n'a rien commandé et ne réglera pas cette facture.

Merci d'établir une facture au nom de la bonne société et d'annuler celle-ci par un avoir.

P.-Y. Le Floch
""", "La SCI n'a rien commandé et ne réglera pas cette facture", layout="outlook",
  note="Mauvaise entité juridique facturée ; refus de payer.")

m(D, "fr", "2026-10-12 11:55", "Vanessa Hoarau <vanessa.hoarau@hoarau-communication.example>", """
Bonjour,

Vous avez oublié de déduire l'acompte de 30 % versé à la commande (virement du 2 septembre). Le solde dû n'est donc pas %AMT%. Merci de me renvoyer le bon décompte.

Vanessa
""", "Vous avez oublié de déduire l'acompte de 30 %", layout="gmail",
  note="Acompte non déduit.")

m(D, "fr", "2026-10-30 09:12", "Bertrand Lacroix <b.lacroix@mairie-la-possonniere.example>", """
Bonjour,

Je vous rappelle que la fête de la Saint-Michel a été annulée en raison des intempéries et que nous vous avons prévenus par écrit le 24 septembre, soit plus de 72 heures avant, conformément à vos propres conditions d'annulation. Aucune somme n'est donc due.

Cordialement,
Bertrand Lacroix
Adjoint aux fêtes et cérémonies
""", "Aucune somme n'est donc due", layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="Commande annulée dans les délais ; rien n'est dû.")

m(D, "fr", "2026-11-10 14:30", "Comptabilité Fournisseurs - Groupe Veloria <cf@groupe-veloria.example>", """
Bonjour,

Votre facture ne comporte pas de numéro de bon de commande (format BC-VEL-xxxxxx). Conformément à nos conditions d'achat, toute facture sans numéro de commande est rejetée et ne peut être payée.

Nous vous invitons à émettre un avoir et une nouvelle facture portant la référence de commande communiquée par l'acheteur.

Comptabilité Fournisseurs
Groupe Veloria
""", "toute facture sans numéro de commande est rejetée et ne peut être payée", layout="outlook", html="only",
  note="Refus de payer faute de numéro de bon de commande (rejet), distinct d'une simple demande de copie.")

m(D, "fr", "2026-11-24 18:05", "Antoine Berger <antoine.berger@bergerbar.example>", """
Bonsoir,
j'ai jamais commandé de machine à fumée ni de stroboscope, on avait juste demandé 2 enceintes pour la soirée. C'est quoi cette facture ?
Antoine - Berger Bar
""", "j'ai jamais commandé de machine à fumée ni de stroboscope", layout="none", enc=("utf-8", "8bit"),
  note="'Nous n'avons jamais commandé ceci.'")

m(D, "fr", "2026-12-08 10:40", "Muriel Dupuis <muriel.dupuis@dupuis-seminaires.example>", """
Bonjour Maëlle,

Lors de notre échange du mois dernier, vous m'aviez promis un avoir de 180 € pour la lyre défectueuse. Je ne le vois nulle part. Je règlerai la facture une fois l'avoir reçu, pas avant.

Muriel Dupuis
""", "vous m'aviez promis un avoir de 180 € pour la lyre défectueuse", layout="gmail", html="alt",
  note="L'avoir promis n'a pas été émis ; paiement conditionné à l'avoir (pas de date) : contestation.")

m(D, "fr", "2026-12-15 12:20", "Laurent Vigneron <laurent.vigneron@vigneron-chateau.example>", """
Bonjour,

La remise de 15 % négociée pour la fidélité (3e événement chez nous cette année) n'apparaît pas sur la facture %INV%. Je ne réglerai qu'une facture intégrant cette remise.

Bien à vous,
Laurent Vigneron
Château Vigneron - Réceptions
""", "La remise de 15 % négociée pour la fidélité", layout="outlook", level=3,
  note="Remise convenue non appliquée.")

m(D, "fr", "2027-01-07 09:30", "Élise Marchal <elise.marchal@marchal-theatre.example>", """
Bonjour,

L'installation n'a pas été terminée : le plan de feu prévu pour la deuxième partie du spectacle n'a jamais été monté et votre régisseur est parti à 22 h. On ne peut pas payer pour une prestation qui n'a été faite qu'à moitié.

Élise Marchal
Compagnie Marchal
""", "On ne peut pas payer pour une prestation qui n'a été faite qu'à moitié", layout="tb",
  note="Prestation inachevée.")

m(D, "fr", "2027-01-19 15:45", "Hôtel des Remparts - Direction <direction@hotel-des-remparts.example>", """
Bonjour,

Le vidéoprojecteur a été livré avec une rayure sur l'objectif et l'image était floue toute la soirée, ce que nos clients ont remarqué. Nous refusons de payer la ligne correspondante (420 € HT) et attendons une facture rectifiée.

La direction
""", "Nous refusons de payer la ligne correspondante", layout="outlook", re="RE : ", enc=("iso-8859-1", "8bit"),
  note="Matériel endommagé / qualité ; refus de payer une ligne.")

m(D, "fr", "2027-02-01 10:15", "Jacques Perrault <j.perrault@perrault-sas.example>", """
Bonjour,

Vous nous facturez 4 heures de technicien supplémentaires le samedi. Votre technicien est arrivé à 14 h et reparti à 23 h, comme prévu au devis : il n'y a eu aucune heure en plus. Je vous remercie de retirer ces heures de la facture.

Cordialement
Jacques Perrault
""", "il n'y a eu aucune heure en plus", layout="outlook",
  note="Heures facturées non effectuées.")

m(D, "fr", "2027-02-11 17:30", "Céline Roy <celine.roy@roy-associations.example>", """
Bonjour,

Je suis surprise de recevoir cette relance. Je vous ai signalé par mail le 12 janvier que les frais de transport (2 x 85 €) n'étaient pas prévus au devis, et je n'ai jamais eu de réponse. Tant que ce point n'est pas réglé, je bloque la facture.

Céline Roy
Trésorière - Union des associations de Trélazé
""", "Tant que ce point n'est pas réglé, je bloque la facture", layout="gmail", enc=("windows-1252", "8bit"),
  note="Frais de transport non prévus au devis ; facture bloquée (le 12 janvier est une date passée).")

m(D, "fr", "2026-07-08 16:10", "Franck Delorme <franck.delorme@delorme-sonos.example>", """
Bonjour,

Il y a erreur : vous avez facturé 3 jours de location alors que le matériel a été rendu le lendemain matin, comme le prouve votre propre bon de retour. Merci de rectifier, nous n'avons utilisé le matériel qu'une journée.

Franck Delorme
""", "vous avez facturé 3 jours de location alors que le matériel a été rendu le lendemain matin", layout="tb",
  note="Durée de location facturée erronée.")

m(D, "fr", "2026-08-31 13:05", "Manon Leroux <manon.leroux@leroux-prod.example>", """
Bonjour,

La retenue de 350 € pour « casse » sur le micro HF ne nous paraît pas justifiée : le micro fonctionnait parfaitement lors du retour et votre magasinier n'a rien signalé sur le bon de retour. Nous sommes en désaccord avec cette ligne et ne la réglerons pas sans photo ni constat.

Manon Leroux
Leroux Prod
""", "Nous sommes en désaccord avec cette ligne", layout="outlook", enc=("utf-8", "quoted-printable"),
  note="Frais de casse non justifiés, désaccord.")

m(D, "fr", "2026-11-02 08:50", "Régis Fabre <regis.fabre@fabre-immobilier.example>", """
Bonjour,

Litige en cours sur cette facture, voir mon courrier recommandé du 20 octobre. Merci de suspendre vos relances.

R. Fabre
""", "Litige en cours sur cette facture", layout="none", eol="lf",
  note="Litige déclaré explicitement.")

# ---------------- English (11)
m(D, "en", "2026-06-11 10:30", "Olivia Grant <olivia.grant@grant-weddings.example>", """
Hi Maelle,

The price on this invoice isn't what we agreed. Your quote said EUR 1,200 all in, including delivery, and the invoice adds delivery and a technician on top. Could you re-issue it at the quoted price?

Thanks,
Olivia
""", "The price on this invoice isn't what we agreed", tz="+0100", layout="gmail",
  note="Price not as quoted.")

m(D, "en", "2026-07-16 13:45", "Accounts Payable <ap@meridian-expo.example>", """
Dear Supplier,

Invoice %INV% has been placed on hold. Two of the four LED walls were delivered with dead pixel rows and had to be switched off during the exhibition. We are disputing the charge for these two units.

Please contact our event manager, Mr Sam Ridley, to agree a credit.

Meridian Expo Ltd - Accounts Payable
""", "We are disputing the charge for these two units", tz="+0100", layout="outlook", html="alt",
  note="Damaged goods / quality, disputing part of invoice.")

m(D, "en", "2026-08-24 09:10", "Jake Miller <jake.miller@millerbrothers-tour.example>", """
Hi,

This is a duplicate. You already billed us for the Nantes show on the invoice we paid in July. Same gear, same date. Please cancel this one.

Jake Miller
Production Manager, Miller Brothers
""", "This is a duplicate", tz="-0400", layout="gmail",
  note="Duplicate invoice.")

m(D, "en", "2026-09-30 11:40", "Anna Kowalski <anna.kowalski@kowalski-events.example>", """
Dear Maelle,

The invoice has been made out to Kowalski Events Sp. z o.o., but the booking was made by our French branch, Kowalski Events France SARL, which has its own VAT number. Our Polish entity cannot pay or book it. Please cancel and reissue to the correct entity.

Kind regards,
Anna Kowalski
""", "Our Polish entity cannot pay or book it", tz="+0200", layout="outlook",
  note="Wrong legal entity billed.")

m(D, "en", "2026-10-19 16:20", "Simon Clarke <simon.clarke@clarke-conferences.example>", """
Hi Maelle,

We paid a 50% deposit when booking (EUR 1,150 on 3 September) and it hasn't been deducted. The balance should be half of what you're asking. Not paying the full amount again, obviously!

Simon
""", "it hasn't been deducted", tz="+0100", layout="apple",
  note="Deposit not deducted.")

m(D, "en", "2026-11-05 12:00", "Procurement <procurement@atlas-pharma.example>", """
Dear Sir or Madam,

We have no record of a purchase order for this invoice. Invoices received without a valid Atlas PO number cannot be processed and will not be paid. Please obtain a PO from the requester and submit a new invoice quoting it.

Atlas Pharma Procurement Services
This is a shared mailbox.
""", "cannot be processed and will not be paid", tz="+0000", layout="outlook", enc=("us-ascii", "7bit"),
  note="Refusal to pay because no PO number.")

m(D, "en", "2026-12-01 10:05", "Ryan Fletcher <ryan.fletcher@fletcher-arena.example>", """
Hello,

Frankly, the sound at our Christmas fair was poor. Two speakers were crackling all day and your team never came back to fix them despite three calls. I'm not prepared to pay the full invoice for that level of service.

Ryan Fletcher
Fletcher Arena
""", "I'm not prepared to pay the full invoice for that level of service", tz="+0000", layout="gmail",
  note="Quality problem.")

m(D, "en", "2026-12-14 15:30", "Jessica Moore <jessica.moore@moore-agency.example>", """
Hi,

We never ordered this. Nobody at Moore Agency booked sound equipment in November - I think you have us confused with another client.

Jessica Moore
Office Manager
""", "We never ordered this", tz="-0500", layout="outlook",
  note="'We never ordered this'.")

m(D, "en", "2027-01-12 09:55", "Daniel Price <daniel.price@price-theatre.example>", """
Hi Maelle,

You told me in November you'd send a credit note for the missing cables (EUR 240). Until I get it I'm holding the whole invoice.

Daniel
""", "You told me in November you'd send a credit note", tz="+0000", layout="tb",
  note="Promised credit note not received.")

m(D, "en", "2027-02-16 14:40", "Charlotte Evans <charlotte.evans@evans-events.example>", """
Dear Maelle,

This booking was cancelled on 2 February - I have your confirmation email - so I don't understand why I'm being chased for the full hire fee. Please check and cancel the invoice.

Charlotte Evans
""", "This booking was cancelled on 2 February", tz="+0000", layout="gmail", html="alt",
  note="Order cancelled.")

m(D, "en", "2026-10-07 08:25", "Luca Moretti <luca.moretti@moretti-fashion.example>", """
Good morning,

The VAT is wrong: we gave you our intra-EU VAT number (IT 00000000000) and this should be reverse charge, not French VAT at 20%. Please correct the invoice.

Best regards,
Luca Moretti
Moretti Fashion Srl
""", "The VAT is wrong", tz="+0200", layout="outlook", enc=("iso-8859-1", "quoted-printable"),
  note="VAT not as it should be (reverse charge).")

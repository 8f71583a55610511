# Promesses de paiement, clients francophones. Ecrit a la main, un message a la fois.
from build import m

P = "promise"

m(P, "fr", "2026-06-03 10:14", "Julien Marchal <j.marchal@festival-des-grues.example>", """
Bonjour Madame Riou,

Désolé pour le retard, notre trésorière était en congé. Le virement sera fait vendredi.

Bien à vous,
Julien Marchal
Association Festival des Grues
""", "Le virement sera fait vendredi", pd=("wd", 4),
  note="Message du mercredi 03/06/2026 ; 'vendredi' seul = prochain vendredi après la date du message -> 05/06/2026.")

m(P, "fr", "2026-06-09 18:47", "Sandrine Polet <sandrine.polet@orange-mail.example>", """
bonjour
je fais le virement demain sans faute, j'avais oublié desolée
Sandrine

Envoyé de mon iPhone
""", "je fais le virement demain sans faute", pd=("plus", 1), layout="apple", enc=("utf-8", "quoted-printable"),
  note="Message du 09/06/2026 ; 'demain' = J+1 -> 10/06/2026.")

m(P, "fr", "2026-06-16 11:02", "Comptabilité Traiteur Lemaunier <compta@lemaunier-traiteur.example>", """
Bonjour,

Nous avons bien reçu votre relance. La facture %INV% est validée et partira en paiement après-demain avec notre lot de virements.

Cordialement,

Nadège Fournel
Comptabilité fournisseurs
Traiteur Lemaunier SAS - 3 allée des Vergers - 49300 Cholet
Tél : 02 41 62 18 90
""", "partira en paiement après-demain", pd=("plus", 2), layout="outlook", html="alt",
  note="Message du mardi 16/06/2026 ; 'après-demain' = J+2 -> 18/06/2026.")

m(P, "fr", "2026-06-08 09:31", "Lucas Berthelot <lucas@lesnuitsdularge.example>", """
Bonjour,

Pas de souci, on vous règle le 15. On attendait la subvention de la région qui vient d'arriver.

Lucas
--
Les Nuits du Large - festival de musiques actuelles
06 71 44 20 93
""", "on vous règle le 15", pd=("dom", 15), layout="gmail",
  note="Message du 08/06/2026 ; 'le 15' = prochain 15 du mois -> 15/06/2026.")

m(P, "fr", "2026-06-22 16:20", "Mairie de Saint-Aurel - Service finances <finances@mairie-saint-aurel.example>", """
Madame,

Le mandat de paiement relatif à la facture %INV% a été émis ce jour. Compte tenu des délais du comptable public (Trésorerie de Segré), le versement devrait intervenir le 1er juillet.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service finances
Mairie de Saint-Aurel
1 place de la République - 49500 Saint-Aurel
""", "le versement devrait intervenir le 1er juillet", pd=("abs", "2026-07-01"), layout="outlook", re="RE : ",
  enc=("iso-8859-1", "quoted-printable"),
  note="Message du 22/06/2026 ; 'le 1er juillet' -> 01/07/2026 (date d'émission du mandat = jour du message, ce n'est pas la date de paiement).")

m(P, "fr", "2026-07-02 08:55", "Théo Garnier <theo.garnier@studio-kaleido.example>", """
Bonjour,

Réglement prévu le 15/07, on a un décalage de trésorerie ce mois ci.
Merci de votre patience

Théo Garnier
Studio Kaléido | captation & live
""", "Réglement prévu le 15/07", pd=("abs", "2026-07-15"), level=2, subj_b64=True,
  note="Message du 02/07/2026 ; '15/07' -> 15/07/2026. La date de pénalités citée dans la relance (2e relance) n'est pas la promesse.")

m(P, "fr", "2026-07-06 14:12", "Aurélie Vasseur <aurelie.vasseur@agence-pivoine.example>", """
Bonjour Maëlle,

Je viens de voir votre mail. Je passe la facture en paiement pour le 20 juil. (on a une seule date de virement par quinzaine).

Belle journée,
Aurélie

Aurélie Vasseur
Chargée de production - Agence Pivoine Événements
06 12 85 47 30 | www.agence-pivoine.example
""", "Je passe la facture en paiement pour le 20 juil.", pd=("abs", "2026-07-20"), layout="gmail", html="alt",
  note="Message du 06/07/2026 ; '20 juil.' -> 20/07/2026.")

m(P, "fr", "2026-09-01 10:40", "Helmut Kranz <h.kranz@kranz-buehnentechnik.example>", """
Bonjour,

Merci pour votre rappel. Le paiement de la facture %INV% sera exécuté le 15.09.2026 par notre banque.

Cordialement
Helmut Kranz
Kranz Bühnentechnik GmbH
Strasbourg / Kehl
""", "sera exécuté le 15.09.2026", pd=("abs", "2026-09-15"), layout="tb", subj_b64=True, enc=("iso-8859-1", "8bit"),
  note="Message du 01/09/2026 ; date en notation allemande 15.09.2026 -> 15/09/2026.")

m(P, "fr", "2026-09-24 15:03", "noreply-compta@groupe-hestia.example", """
Bonjour,

Votre facture %INV% a été rapprochée et programmée au règlement.
Date de paiement prévue : 2026-10-05
Mode : virement SEPA

Pour toute question : comptabilite.fournisseurs@groupe-hestia.example

Groupe Hestia - Centre de services partagés
Ce message est généré automatiquement par notre outil de gestion des factures, merci de ne pas y répondre.
""", "Date de paiement prévue : 2026-10-05", pd=("abs", "2026-10-05"), layout="none", enc=("utf-8", "base64"), noreply=True,
  subject="Programmation de paiement - facture %INV%",
  note="Message du 24/09/2026 ; date ISO 2026-10-05 donnée par l'outil comptable du client (avis de programmation, pas une réponse automatique d'absence).")

m(P, "fr", "2026-06-17 12:26", "Karim Benali <karim@kb-sonorisation.example>", """
Salut Maëlle,

Ok c'est noté, je te règle ça fin de mois, promis.
A+
Karim
""", "je te règle ça fin de mois", pd=("eom", 0), layout="gmail",
  note="Message du 17/06/2026 ; 'fin de mois' = dernier jour du mois en cours -> 30/06/2026.")

m(P, "fr", "2026-07-09 09:18", "Gestion - Camping Les Ajoncs <gestion@camping-lesajoncs.example>", """
Bonjour,

En pleine saison nous n'avons pas la trésorerie pour tout régler d'un coup. Nous nous engageons à payer la facture fin du mois prochain.

Merci de votre compréhension.

Famille Le Goff
Camping Les Ajoncs ***
""", "Nous nous engageons à payer la facture fin du mois prochain", pd=("eom", 1), layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="Message du 09/07/2026 ; 'fin du mois prochain' = dernier jour du mois suivant -> 31/08/2026.")

m(P, "fr", "2026-12-10 17:45", "Pauline Dreyfus <p.dreyfus@cie-lamarelle.example>", """
Bonjour,

On a bien reçu la relance. On est en attente du versement de la DRAC, qui arrive toujours en décembre, mais pour être honnête on préfère ne pas s'avancer avant les fêtes. On vous règlera fin janvier.

Je suis désolée de ce retard.

Pauline Dreyfus
Administratrice - Compagnie La Marelle
""", "On vous règlera fin janvier", pd=("abs", "2027-01-31"), layout="tb",
  note="Message du 10/12/2026 ; 'fin janvier' = dernier jour de janvier suivant -> 31/01/2027 (décembre/les fêtes ne sont pas la promesse).")

m(P, "fr", "2026-09-08 13:37", "Mickaël Rault <m.rault@rault-mariages.example>", """
Bonjour
Je vous fais le virement en fin de semaine, je suis sur un mariage jusqu'a jeudi.
Cdt
M. Rault
Envoyé depuis mon appareil Galaxy
""", "Je vous fais le virement en fin de semaine", pd=("thisweek", 4), layout="none", enc=("utf-8", "8bit"),
  note="Message du mardi 08/09/2026 ; 'en fin de semaine' = vendredi de la semaine en cours -> 11/09/2026 ('jusqu'à jeudi' n'est pas la promesse).")

m(P, "fr", "2026-10-06 10:05", "Service Comptable - Lycée Joachim du Bellay <compta@lycee-dubellay.example>", """
Bonjour,

La facture %INV% (location sono pour la journée portes ouvertes) a été visée par l'ordonnateur. Le règlement interviendra sous 8 jours.

Cordialement,
L'adjointe gestionnaire
""", "Le règlement interviendra sous 8 jours", pd=("plus", 8), layout="outlook",
  note="Message du 06/10/2026 ; 'sous 8 jours' = date du message + 8 jours calendaires -> 14/10/2026.")

m(P, "fr", "2026-11-03 11:48", "Bernard Choplin <bchoplin@choplin-immobilier.example>", """
Madame,

Suite à votre courrier électronique, je vous informe que la somme de %AMT% vous sera versée sous huitaine.

Veuillez agréer, Madame, l'expression de mes sentiments distingués.

B. Choplin
Gérant
CHOPLIN IMMOBILIER - SARL au capital de 8 000 € - RCS Angers 000 000 001
""", "vous sera versée sous huitaine", pd=("plus", 8), layout="outlook", re="RE : ", enc=("iso-8859-1", "quoted-printable"),
  note="Message du 03/11/2026 ; 'sous huitaine' = J+8 calendaires -> 11/11/2026 (jour férié, mais la règle 'sous N jours' est en jours calendaires).")

m(P, "fr", "2026-10-15 19:02", "Elodie Marchand <elodie.marchand@webmail-free.example>", """
Bonsoir,

oui je sais, je suis en retard... je vous paie dans 15 jours quand j'aurai ma paie, est-ce que ça vous va ?
(c'était pour l'anniversaire de mon fils, la machine à fumée et les deux lyres)

Elodie
""", "je vous paie dans 15 jours", pd=("plus", 15), layout="gmail", subject="ma facture",
  note="Message du 15/10/2026 ; 'dans 15 jours' = J+15 -> 30/10/2026.")

m(P, "fr", "2026-11-17 08:29", "Frédéric Lanoë <f.lanoe@brasserie-du-ponton.example>", """
Bonjour,
virement d'ici 48 h, désolé pour l'oubli.
Fred - Brasserie du Ponton
""", "virement d'ici 48 h", pd=("plus", 2), layout="none", eol="lf",
  note="Message du 17/11/2026 ; 'd'ici 48 h' = J+2 -> 19/11/2026.")

m(P, "fr", "2026-11-09 14:55", "Anne-Sophie Tessier <as.tessier@tessier-conseil.example>", """
Bonjour,

Je confirme que votre facture sera réglée sous 3 jours ouvrés, le temps que ma banque valide le bénéficiaire.

Bien cordialement,

Anne-Sophie Tessier
Tessier Conseil - séminaires d'entreprise
""", "sera réglée sous 3 jours ouvrés", pd=("biz", 3), layout="outlook", html="only",
  note="Message du lundi 09/11/2026 ; 3 jours ouvrés : mar. 10, (mer. 11 novembre férié), jeu. 12, ven. 13 -> 13/11/2026.")

m(P, "fr", "2026-12-14 16:33", "Association Les Amis de l'Orgue <amis.orgue.beaufort@assoc-mail.example>", """
Bonjour,

Notre trésorier, M. Hamelin, m'a confirmé que le chèque sera posté avant Noël. Le concert du 19 décembre approchant, il est très pris, veuillez nous en excuser.

Pour l'association,
Odile Perrin, secrétaire
""", "le chèque sera posté avant Noël", pd=("abs", "2026-12-24"), layout="tb", enc=("windows-1252", "8bit"),
  note="Message du 14/12/2026 ; 'avant Noël' = veille de Noël -> 24/12/2026 (le 19 décembre est la date d'un concert).")

m(P, "fr", "2026-07-08 10:10", "Yann Le Bihan <yann@breizh-events.example>", """
Bonjour,

Avec le pont du 14, rien ne part cette semaine ni le 13. Je lance le virement le lendemain du 14 juillet, sans faute.

Yann Le Bihan
Breizh Events - Vannes
""", "Je lance le virement le lendemain du 14 juillet", pd=("abs", "2026-07-15"), layout="gmail", enc=("utf-8", "base64"),
  note="Message du 08/07/2026 ; 'le lendemain du 14 juillet' -> 15/07/2026.")

m(P, "fr", "2026-10-27 09:47", "Cécile Ambroise <cecile.ambroise@ccas-mauges.example>", """
Bonjour,

Votre facture a été intégrée à notre campagne de paiement du 10 novembre. Vous devriez recevoir les fonds dans la foulée.

Bonne journée,

Cécile Ambroise
Service comptabilité - CCAS des Mauges
""", "intégrée à notre campagne de paiement du 10 novembre", pd=("abs", "2026-11-10"), layout="outlook",
  note="Message du 27/10/2026 ; campagne de paiement du 10 novembre -> 10/11/2026.")

m(P, "fr", "2026-12-03 11:15", "Christophe Vaillant <c.vaillant@groupe-ardea.example>", """
Bonjour Madame,

Votre facture %INV% a bien été validée par le chef de projet. Elle sera présentée au prochain comité de règlement, le 22, et payée le jour même.

Je vous prie d'agréer mes salutations distinguées,

Christophe Vaillant
Direction Administrative et Financière
GROUPE ARDEA
Tour Méridienne - 44000 Nantes

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite.
""", "Elle sera présentée au prochain comité de règlement, le 22, et payée le jour même.", pd=("abs", "2026-12-22"),
  layout="outlook", html="alt", enc=("utf-8", "quoted-printable"),
  note="Message du 03/12/2026 ; comité de règlement 'le 22' = prochain 22 -> 22/12/2026.")

m(P, "fr", "2026-09-07 12:03", "Romain Guérin <romain.guerin@cinema-le-rex.example>", """
Bonjour,

Petit point de notre côté : on a l'assemblée générale le 12, le matériel pour la soirée d'ouverture revient chez vous le 14 comme prévu, et le virement de la facture %INV% partira le 18.

Merci et à bientôt,
Romain
Cinéma Le Rex - Saumur
""", "le virement de la facture %INV% partira le 18", pd=("abs", "2026-09-18"), layout="gmail", level=2,
  note="Message du 07/09/2026 ; trois dates dans la même phrase : AG le 12, retour matériel le 14, virement le 18 -> 18/09/2026.")

m(P, "fr", "2026-10-05 17:21", "Nathalie Corbin <n.corbin@corbin-paysage.example>", """
Bonjour,

Je vous règle le 12... non pardon, le 14, le 12 je suis en déplacement et c'est moi qui signe les virements.

Nathalie Corbin
Corbin Paysage
""", "le 12... non pardon, le 14", pd=("abs", "2026-10-14"), layout="apple",
  note="Message du 05/10/2026 ; première date (12) corrigée par la seconde -> 14/10/2026.")

m(P, "fr", "2026-06-19 07:58", "Gilles Moreau <gilles.moreau@moreau-traiteur.example>", """
cf objet.
Bonne journée
G. Moreau
""", "réglement le 30/06", pd=("abs", "2026-06-30"), layout="gmail", eol="lf", level=1,
  subject="RE: Relance facture %INV% - réglement le 30/06",
  note="Message du 19/06/2026 ; la date n'est que dans l'objet ('réglement le 30/06') -> 30/06/2026.")

m(P, "fr", "2026-06-25 15:44", "Isabelle Fontaine <isabelle@fontaine-photographie.example>", """
Bonjour,

Toutes mes excuses, votre mail était parti dans les indésirables. Je vous règle mardi prochain par virement.

Isabelle Fontaine
Photographe
""", "Je vous règle mardi prochain", pd=("wd", 1), layout="tb",
  note="Message du jeudi 25/06/2026 ; 'mardi prochain' = prochain mardi -> 30/06/2026.")

m(P, "fr", "2026-07-17 18:09", "Dylan Perrot <dylan.perrot@dp-djservices.example>", """
yo, c'est bon je vire lundi, j'attends le paiement du client du mariage de samedi
Dylan
""", "je vire lundi", pd=("wd", 0), layout="none", subject="", enc=("utf-8", "8bit"),
  note="Message du vendredi 17/07/2026 ; 'lundi' = prochain lundi -> 20/07/2026.")

m(P, "fr", "2026-12-18 12:12", "Marc-Antoine Duval <ma.duval@duval-et-fils.example>", """
Bonjour,

Nos bureaux ferment du 21 décembre au 4 janvier inclus. Votre règlement sera fait le 5 janvier à la réouverture.

Joyeuses fêtes,
Marc-Antoine Duval
Duval & Fils - Location de salles
""", "Votre règlement sera fait le 5 janvier", pd=("abs", "2027-01-05"), layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="Message du 18/12/2026 ; 'le 5 janvier' -> 05/01/2027 (fermeture 21/12-04/01 mentionnée à côté).")

m(P, "fr", "2027-01-20 09:40", "Sophie Lemercier <sophie.lemercier@lemercier-avocats.example>", """
Bonjour,

Nous avons bien noté. Le règlement sera effectué le 1er février prochain.

Bien cordialement,

Sophie Lemercier
Assistante de direction
LEMERCIER & ASSOCIÉS - Avocats au barreau d'Angers
""", "Le règlement sera effectué le 1er février prochain", pd=("abs", "2027-02-01"), layout="outlook", html="only",
  enc=("utf-8", "quoted-printable"),
  note="Message du 20/01/2027 ; '1er février' -> 01/02/2027.")

m(P, "fr", "2027-01-11 14:26", "Olivier Brunet <olivier.brunet@brunet-evenementiel.example>", """
Bonjour Maëlle,

Meilleurs voeux ! Pour la facture de décembre (soirée du Nouvel An), je vous fais le virement sous 10 jours.

Olivier
""", "je vous fais le virement sous 10 jours", pd=("plus", 10), layout="gmail",
  note="Message du 11/01/2027 ; 'sous 10 jours' = J+10 -> 21/01/2027.")

m(P, "fr", "2027-02-04 16:50", "Laetitia Roux <laetitia.roux@atelier-roux.example>", """
Bonjour,

Oups. Je m'en occupe lundi à la première heure.

--
Laetitia Roux
Atelier Roux - décors et accessoires
""", "Je m'en occupe lundi à la première heure", pd=("wd", 0), layout="tb",
  note="Message du jeudi 04/02/2027 ; 'lundi' = prochain lundi -> 08/02/2027.")

m(P, "fr", "2027-02-15 10:03", "Patrice Hoarau <patrice.hoarau@ph-productions.example>", """
Bonjour,
Réglement le 28/02 comme convenu au telephone avec votre collègue.
Patrice
""", "Réglement le 28/02", pd=("abs", "2027-02-28"), layout="apple", enc=("utf-8", "8bit"),
  note="Message du 15/02/2027 ; '28/02' -> 28/02/2027.")

m(P, "fr", "2027-02-02 11:11", "Compta Salle Le Quai <compta@salle-lequai.example>", """
Bonjour,

Facture %INV% : paiement programmé fin février (échéance à 60 jours fin de mois chez nous).

Cordialement,
La comptabilité
""", "paiement programmé fin février", pd=("abs", "2027-02-28"), layout="outlook",
  note="Message du 02/02/2027 ; 'fin février' = dernier jour de février 2027 -> 28/02/2027.")

m(P, "fr", "2026-08-11 13:15", "Hervé Gaudin <herve.gaudin@gaudin-auto-ecole.example>", """
Bonjour,

je suis en vacances jusqu'au 15 août mais j'ai demandé à ma femme de faire le virement juste après le 15 août, le lundi 17. Vous l'aurez dans la semaine.

Hervé Gaudin
""", "le lundi 17", pd=("abs", "2026-08-17"), layout="gmail", enc=("iso-8859-1", "quoted-printable"),
  note="Message du 11/08/2026 ; 'juste après le 15 août, le lundi 17' -> 17/08/2026.")

m(P, "fr", "2026-10-22 15:35", "Stéphanie Vidal <stephanie.vidal@vidal-communication.example>", """
Bonjour,

Je valide et vous règle le lendemain de la Toussaint, dès mon retour.

Stéphanie Vidal
Vidal Communication
""", "vous règle le lendemain de la Toussaint", pd=("abs", "2026-11-02"), layout="outlook",
  note="Message du 22/10/2026 ; 'le lendemain de la Toussaint' -> 02/11/2026.")

m(P, "fr", "2026-11-04 10:25", "Jérôme Pellerin <j.pellerin@amicale-pompiers-bauge.example>", """
Bonjour,

La cérémonie du 11 novembre nous mobilise toute la semaine prochaine, je passerai à la banque au lendemain du 11 novembre pour faire le virement.

Cordialement
Jérôme Pellerin, trésorier de l'Amicale
""", "au lendemain du 11 novembre", pd=("abs", "2026-11-12"), layout="tb",
  frm_fix=True,
  note="Message du 04/11/2026 ; 'au lendemain du 11 novembre' -> 12/11/2026.")

m(P, "fr", "2026-12-21 09:05", "Agnès Morin <agnes.morin@morin-design.example>", """
Bonjour Maëlle,

Je clôture mon exercice au 31/12, donc je vous règle avant le 1er janvier, promis.
Bonnes fêtes à toute l'équipe !

Agnès
""", "je vous règle avant le 1er janvier", pd=("abs", "2026-12-31"), layout="gmail",
  note="Message du 21/12/2026 ; 'avant le 1er janvier' = veille -> 31/12/2026.")

m(P, "fr", "2027-01-25 19:30", "Benoît Carré <benoit.carre@sfr-perso.example>", """
Bonsoir, paiement demain matin par CB sur votre lien. Désolé j'étais à l'étranger.
Benoît Carré

Envoyé de mon iPhone
""", "paiement demain matin", pd=("plus", 1), layout="apple",
  note="Message du 25/01/2027 ; 'demain matin' = J+1 -> 26/01/2027.")

m(P, "fr", "2027-01-04 08:44", "Fanny Delmas <fanny.delmas@theatre-du-ronceray.example>", """
Bonjour et bonne année,

La facture est validée, elle part ce vendredi avec les autres.

Fanny Delmas
Théâtre du Ronceray
""", "elle part ce vendredi", pd=("thisweek", 4), layout="outlook", enc=("utf-8", "base64"),
  note="Message du lundi 04/01/2027 ; 'ce vendredi' = vendredi de la semaine -> 08/01/2027.")

m(P, "fr", "2026-10-08 12:40", "Thomas Lebreton <thomas@lebreton-films.example>", """
Bonjour,

C'est noté, je vous fais ça mercredi 14. Je dois d'abord encaisser le client pour le tournage.

Thomas
Lebreton Films
""", "je vous fais ça mercredi 14", pd=("abs", "2026-10-14"), layout="gmail",
  note="Message du 08/10/2026 ; 'mercredi 14' -> 14/10/2026.")

m(P, "fr", "2026-09-16 09:22", "Service Achats - Clinique des Ormeaux <achats@clinique-ormeaux.example>", """
Bonjour,

Nous avons pris note de votre relance. Votre facture sera mise en paiement le 30.

Service Achats
Clinique des Ormeaux
""", "Votre facture sera mise en paiement le 30", pd=("dom", 30), layout="outlook", re="RE : ",
  note="Message du 16/09/2026 ; 'le 30' = prochain 30 -> 30/09/2026.")

m(P, "fr", "2026-08-03 10:58", "Francis Aubert <francis.aubert@aubert-sa.example>", """
Madame,

Votre facture a bien été reçue par nos services. Elle sera honorée sous quinzaine.

Veuillez agréer, Madame, mes salutations.

F. Aubert
Aubert SA
""", "Elle sera honorée sous quinzaine", pd=("plus", 15), layout="outlook", re="RE : ", enc=("iso-8859-1", "8bit"),
  note="Message du 03/08/2026 ; 'sous quinzaine' = J+15 calendaires -> 18/08/2026.")

m(P, "fr", "2026-12-02 13:50", "Justine Perrin <justine@mademoiselle-fete.example>", """
Bonjour !

Mille excuses, je règle d'ici la fin de la semaine. Le mois de novembre a été compliqué.

Justine
Mademoiselle Fête - wedding planner
06 88 12 45 71
""", "je règle d'ici la fin de la semaine", pd=("thisweek", 4), layout="gmail", html="alt",
  note="Message du mercredi 02/12/2026 ; 'd'ici la fin de la semaine' = vendredi de la semaine en cours -> 04/12/2026.")

m(P, "fr", "2026-11-26 17:02", "Denis Royer <d.royer@royer-menuiserie-events.example>", """
Bonjour,

Je prends note des pénalités que vous mentionnez mais je vous demande un peu de souplesse : je vous règle le 7 décembre, c'est la date à laquelle notre client nous paie.

Cordialement
Denis Royer
""", "je vous règle le 7 décembre", pd=("abs", "2026-12-07"), layout="outlook", level=2,
  note="Message du 26/11/2026 ; '7 décembre' -> 07/12/2026 ; la date des pénalités dans la relance citée est un piège.")

m(P, "fr", "2026-07-21 11:33", "Kevin Marot <kevin.marot@marot-sport.example>", """
Bonjour, je lance le virement aujourd'hui, vous devriez le voir apparaitre d'ici 2-3 jours.
Kevin
""", "je lance le virement aujourd'hui", pd=("plus", 0), layout="gmail", subject="virement", enc=("utf-8", "8bit"),
  note="Message du 21/07/2026 ; 'aujourd'hui' = jour du message -> 21/07/2026 (les 2-3 jours concernent la réception, pas l'engagement).")

m(P, "fr", "2026-12-18 15:38", "Alain Fleury <alain.fleury@fleury-transports.example>", """
Bonjour,

Reçu. Le règlement interviendra sous 5 jours ouvrés.

Alain Fleury
Responsable administratif
Fleury Transports
""", "Le règlement interviendra sous 5 jours ouvrés", pd=("biz", 5), layout="outlook",
  note="Message du vendredi 18/12/2026 ; 5 jours ouvrés : 21, 22, 23, 24, (25 Noël férié, week-end), 28 -> 28/12/2026.")

m(P, "fr", "2026-06-26 16:45", "Léa Navarro <lea.navarro@navarro-danse.example>", """
Bonjour,

je vous fais le virement d'ici 72h, il faut que je fasse valider par la présidente.

Bonne fin de semaine,
Léa Navarro
École de danse Navarro
""", "je vous fais le virement d'ici 72h", pd=("plus", 3), layout="gmail",
  note="Message du 26/06/2026 ; 'd'ici 72h' = J+3 -> 29/06/2026.")

m(P, "fr", "2026-10-16 08:15", "Arnaud Petitjean <arnaud.petitjean@petitjean-expo.example>", """
Bonjour,

Le paiement partira jeudi prochain, jour de notre virement groupé.

Arnaud Petitjean
Petitjean Expo
""", "Le paiement partira jeudi prochain", pd=("wd", 3), layout="tb", enc=("iso-8859-1", "quoted-printable"),
  note="Message du vendredi 16/10/2026 ; 'jeudi prochain' = prochain jeudi -> 22/10/2026.")

m(P, "fr", "2027-02-22 12:05", "Sébastien Noël <seb.noel@noel-animations.example>", """
Bonjour Maëlle,
Je fais le virement après-demain, le temps que les fonds de la billetterie arrivent.
Seb
""", "Je fais le virement après-demain", pd=("plus", 2), layout="gmail",
  note="Message du lundi 22/02/2027 ; 'après-demain' = J+2 -> 24/02/2027.")

m(P, "fr", "2026-08-27 09:12", "Mélanie Caron <melanie.caron@caron-evenements.example>", """
Bonjour,

Je rentre de vacances et découvre votre relance. Vous serez réglés le 3.

Cordialement,
Mélanie Caron
""", "Vous serez réglés le 3", pd=("dom", 3), layout="outlook",
  note="Message du 27/08/2026 ; 'le 3' = prochain 3 du mois -> 03/09/2026.")

m(P, "fr", "2026-11-23 10:48", "Gérard Texier <gerard.texier@texier-fils.example>", """
Madame,
Le réglement sera fait en fin de mois, comme pour les précédentes factures.
Salutations
G. Texier
""", "Le réglement sera fait en fin de mois", pd=("eom", 0), layout="outlook", re="RE : ", enc=("iso-8859-1", "8bit"),
  note="Message du 23/11/2026 ; 'en fin de mois' = dernier jour du mois -> 30/11/2026.")

m(P, "fr", "2026-07-01 14:00", "Claire Besnard <claire.besnard@besnard-architecture.example>", """
Bonjour,

Notre DAF rentre le 9 ; je lui fais signer le virement le lendemain de son retour. Je vous confirme par mail quand c'est parti.

Claire Besnard
Assistante - Besnard Architecture
""", "je lui fais signer le virement le lendemain de son retour", pd=("abs", "2026-07-10"), layout="outlook",
  note="Message du 01/07/2026 ; retour du DAF le 9, virement 'le lendemain de son retour' -> 10/07/2026.")

m(P, "fr", "2026-10-07 21:14", "Nico Ferrand <nico.ferrand@lesptitsconcerts.example>", """
ok vir. lundi 12 👍
""", "vir. lundi 12", pd=("abs", "2026-10-12"), layout="none", enc=("utf-8", "quoted-printable"),
  note="Message du 07/10/2026 ; 'lundi 12' -> 12/10/2026.")

m(P, "fr", "2026-12-29 10:31", "Corinne Barbier <corinne.barbier@barbier-coiffure.example>", """
Bonjour,

Je suis fermée jusqu'au 4. Le paiement sera fait le 15 janv. comme j'avais dit à votre collègue au téléphone.

Corinne Barbier
""", "Le paiement sera fait le 15 janv.", pd=("abs", "2027-01-15"), layout="gmail",
  note="Message du 29/12/2026 ; '15 janv.' -> 15/01/2027 ('jusqu'au 4' = fermeture).")

m(P, "fr", "2026-08-11 08:50", "Rodolphe Simon <rodolphe.simon@simon-campings.example>", """
Bonjour,

Votre facture sera réglée le 25 courant.

Salutations,
R. Simon
Direction - Simon Campings
""", "Votre facture sera réglée le 25 courant", pd=("abs", "2026-08-25"), layout="outlook",
  note="Message du 11/08/2026 ; 'le 25 courant' = le 25 du mois en cours -> 25/08/2026.")

m(P, "fr", "2026-10-09 11:27", "Émilie Chauvin <emilie.chauvin@chauvin-expo.example>", """
Bonjour,

Mes réponses dans le texte.

Émilie

Le 07/10/2026 à 09:15, Sonolux Anjou - Comptabilité a écrit :
> Bonjour,
>
> Malgré notre précédent courrier, la facture %INV% (%AMT% TTC),
> arrivée à échéance le %DUE%, reste impayée à ce jour.

Oui, c'est bien noté, désolée.

> Conformément à nos conditions générales, des pénalités de retard
> seront appliquées à compter du %PEN%, ainsi que l'indemnité
> forfaitaire de 40 € pour frais de recouvrement.

J'espère qu'on pourra éviter ça...

> Merci de nous indiquer la date de règlement prévue.

-> le 19/10, on a une rentrée ce jour-là.

> Cordialement,
>
> Maëlle Riou
> Service comptabilité - Sonolux Anjou
%QUOTE%
""", "-> le 19/10", pd=("abs", "2026-10-19"), layout="none", level=2, rdays=2,
  note="Message du 09/10/2026 ; réponse insérée dans la relance citée ; '19/10' -> 19/10/2026 (la date des pénalités citée n'est pas la promesse).")

m(P, "fr", "2026-06-05 09:09", "Hugo Lemaire <hugo.lemaire@lemaire-location.example>", """
Bonjour,

Je règle dans une semaine, le temps de récupérer la caution de notre propre client.

Hugo
""", "Je règle dans une semaine", pd=("plus", 7), layout="tb",
  note="Message du 05/06/2026 ; 'dans une semaine' = J+7 -> 12/06/2026.")

m(P, "fr", "2026-09-14 10:36", "Sylvie Marchetti <s.marchetti@hotel-bellevue-saumur.example>", """
Bonjour,

Mon collègue m'a transmis votre relance. Le règlement sera fait le 21/09 par virement, depuis notre compte principal.

Bien cordialement,
Sylvie Marchetti
Comptabilité - Hôtel Bellevue
""", "Le règlement sera fait le 21/09 par virement", pd=("abs", "2026-09-21"), layout="outlook", re="RE: TR: ",
  fwd=("Paul Hardy <p.hardy@hotel-bellevue-saumur.example>", "Sylvie,\nPeux-tu voir ça stp ? C'est la sono du séminaire Cofrel du 4 septembre.\nMerci\nPaul", 3),
  note="Message du 14/09/2026 ; chaîne transférée en interne ; '21/09' -> 21/09/2026 (le 4 septembre est la date de l'événement).")

m(P, "fr", "2027-01-14 16:07", "Mathilde Guillot <mathilde.guillot@guillot-voyages.example>", """
Bonjour,

Nous avons eu un changement de logiciel de compta en début d'année et quelques factures sont restées bloquées, dont la vôtre. Tout est rentré dans l'ordre : le règlement partira mardi 19 janvier.

Avec nos excuses,
Mathilde Guillot
""", "le règlement partira mardi 19 janvier", pd=("abs", "2027-01-19"), layout="outlook", html="only", enc=("windows-1252", "quoted-printable"),
  note="Message du 14/01/2027 ; 'mardi 19 janvier' -> 19/01/2027.")

m(P, "fr", "2026-06-12 11:40", "Raphaël Dumont <raphael.dumont@collectif-tetes-hautes.example>", """
Bonjour,

On vous doit encore la location pour le concert de juin, c'est vrai. On vous règle mercredi, on encaisse la billetterie mardi.

Raphaël
Collectif Têtes Hautes
""", "On vous règle mercredi", pd=("wd", 2), layout="gmail",
  note="Message du vendredi 12/06/2026 ; 'mercredi' = prochain mercredi -> 17/06/2026 (mardi = encaissement billetterie).")

m(P, "fr", "2027-02-09 10:10", "Martine Lecomte <martine.lecomte@ehpad-les-tilleuls.example>", """
Bonjour Madame,

Excusez-nous pour ce retard, la facture était restée sur le bureau de la directrice. Elle vient de la signer. Le virement sera fait sous 48 heures.

Cordialement,
Martine Lecomte
Secrétariat - EHPAD Les Tilleuls
""", "Le virement sera fait sous 48 heures", pd=("plus", 2), layout="outlook", enc=("iso-8859-1", "quoted-printable"),
  note="Message du 09/02/2027 ; 'sous 48 heures' = J+2 -> 11/02/2027.")

m(P, "fr", "2026-06-24 10:05", "Bruno Lefèvre <bruno.lefevre@lefevre-kermesse.example>", """
Bonjour,
on vous règle la semaine prochaine, désolé.
Bruno
""", "on vous règle la semaine prochaine", win="next_week", layout="gmail",
  note="'la semaine prochaine' sans jour = fenêtre next_week.")

m(P, "fr", "2026-09-18 15:30", "Carole Hamon <carole.hamon@hamon-seminaires.example>", """
Bonjour,

Nous réglerons votre facture début octobre, lors de notre prochain versement fournisseurs.

Cordialement,
Carole Hamon
""", "Nous réglerons votre facture début octobre", win="early_month", layout="outlook",
  note="'début octobre' = fenêtre early_month (pas de jour précis).")

m(P, "fr", "2026-10-20 11:45", "Didier Lebas <didier.lebas@lebas-concept.example>", """
Bonjour Madame Riou,

Je vous confirme que le paiement sera effectué courant novembre. Je ne peux pas vous donner de date plus précise pour le moment, nous attendons le règlement de notre propre client.

Cordialement,
Didier Lebas
""", "le paiement sera effectué courant novembre", win="month", layout="outlook", enc=("utf-8", "base64"),
  note="'courant novembre' = fenêtre month.")

m(P, "fr", "2026-12-07 09:58", "Sarah Bellanger <sarah.bellanger@bellanger-conseil.example>", """
Bonjour,

Je ne pourrai pas régler avant le 20, ma trésorerie est tendue. Après le 20 c'est sans problème.

Sarah
""", "Je ne pourrai pas régler avant le 20", win="after_date", layout="gmail",
  note="'pas avant le 20' = fenêtre after_date (après le 20/12/2026), pas de date unique.")

m(P, "fr", "2026-07-15 14:44", "Maxime Collin <maxime.collin@collin-prod.example>", """
Bonjour,

Le paiement sera fait entre le 25 et le 31 juillet, selon la date de versement de notre subvention.

Maxime Collin
Collin Prod
""", "Le paiement sera fait entre le 25 et le 31 juillet", win="between", layout="tb",
  note="'entre le 25 et le 31 juillet' = fenêtre between.")

m(P, "fr", "2027-01-27 12:30", "Delphine Barre <delphine.barre@barre-fleurs-events.example>", """
Bonjour,

Je vous règle la semaine prochaine sans faute. Là je suis sur les salons du mariage tous les jours.

Delphine
Envoyé de mon iPhone
""", "Je vous règle la semaine prochaine sans faute", win="next_week", layout="apple",
  note="'la semaine prochaine' sans jour = fenêtre next_week.")

m(P, "fr", "2026-08-20 10:15", "Compta Domaine de la Roche <compta@domaine-laroche.example>", """
Bonjour,

Nous procéderons au règlement début septembre, après la clôture des comptes d'août.

Cordialement,
Service comptable
Domaine de la Roche - Réceptions
""", "Nous procéderons au règlement début septembre", win="early_month", layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="'début septembre' = fenêtre early_month.")

m(P, "fr", "2026-11-16 17:20", "Stéphane Marty <stephane.marty@marty-expositions.example>", """
Bonjour,

Votre facture sera payée dans le courant du mois, on attend le bilan de la foire.

Stéphane
""", "Votre facture sera payée dans le courant du mois", win="month", layout="gmail",
  note="'dans le courant du mois' = fenêtre month (novembre 2026).")

# ---- sans date
m(P, "fr", "2026-06-29 09:01", "Guy Rivière <guy.riviere@riviere-orchestre.example>", """
Bonjour,

Toutes nos excuses, la facture a été oubliée. Nous allons vous régler rapidement.

Guy Rivière
Orchestre Guy Rivière - bals et mariages
""", "Nous allons vous régler rapidement", undated=True, layout="outlook",
  note="Engagement de payer sans date ni fenêtre.")

m(P, "fr", "2026-09-02 13:13", "Annie Robin <annie.robin@robin-mercerie.example>", """
bonjour
oui pardon je vais payer, c'est juste que j'ai eu des soucis de santé cet été. je m'en occupe des que possible
cordialement
A Robin
""", "je m'en occupe des que possible", undated=True, layout="none", enc=("iso-8859-1", "8bit"),
  note="'dès que possible' sans date = undated.")

m(P, "fr", "2026-10-29 10:02", "Thierry Pasquier <t.pasquier@pasquier-group.example>", """
Bonjour,

J'ai relancé notre service comptable ce matin : la facture est validée de mon côté et ils vont procéder au virement.

Cordialement,
Thierry Pasquier
Directeur commercial
""", "ils vont procéder au virement", undated=True, layout="outlook", html="alt",
  note="Le client confirme que le paiement va être fait, sans date.")

m(P, "fr", "2026-12-16 18:40", "Samia Haddad <samia.haddad@haddad-traiteur.example>", """
Bonsoir,
C'est noté, je vous règle ça au plus vite.
Samia
Envoyé de mon iPhone
""", "je vous règle ça au plus vite", undated=True, layout="apple",
  note="'au plus vite' = engagement sans date.")

m(P, "fr", "2027-02-17 11:19", "Philippe Jouan <p.jouan@jouan-spectacles.example>", """
Bonjour,

Nous vous réglerons dès réception du paiement de la mairie de Chalonnes, qui nous doit la prestation du carnaval.

Cordialement,
Philippe Jouan
Jouan Spectacles
""", "Nous vous réglerons dès réception du paiement de la mairie", undated=True, layout="tb",
  note="Paiement promis à un événement (réception des fonds du client) sans date : undated.")

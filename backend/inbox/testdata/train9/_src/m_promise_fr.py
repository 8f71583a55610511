# -*- coding: utf-8 -*-
# French promises, hand-written. 54 dated, 8 windows, 6 undated.
from lib import M

# ------------------------------------------------------------------ dated
M(cls="promise", lang="fr", frm="Pizzeria Da Nello <contact@danello-toulouse.example>", d="2026-06-03 11:48",
  body="""Bonjour,
Desolé pour le retard, on a eu un mois compliqué avec les travaux de la terrasse.
Je fais le virement vendredi sans faute.
Nello""", quote="gmail", fmt="plain",
  phrase="Je fais le virement vendredi sans faute", rule="wd:fri",
  note="« vendredi » = the next Friday after the message date.")

M(cls="promise", lang="fr", frm="Sophie Maurel <s.maurel@cabinet-kine-purpan.example>", d="2026-06-11 18:22",
  body="""Bonjour Madame,

Je viens seulement de voir votre message, il était passé dans les indésirables.
Nous réglerons la facture mardi prochain par virement, le temps que ma collègue valide (c'est elle qui a les accès à la banque).

Bien cordialement,

Sophie Maurel
Masseur-kinésithérapeute D.E.
Cabinet de kinésithérapie de Purpan
2 allée des Tilleuls - 31300 Toulouse
05 62 00 14 87""", quote="outlook", fmt="alt",
  phrase="Nous réglerons la facture mardi prochain par virement", rule="wd:tue",
  note="« mardi prochain » written on a Thursday: the coming Tuesday (both readings of 'prochain' agree here).")

M(cls="promise", lang="fr", frm="Garage Roumagnac <garage.roumagnac@wanadoo.example>", d="2026-06-15 07:55",
  body="""bonjour
je passe a la banque demain, vous aurez le reglement dans la foulee
cdlt
JP Roumagnac""", quote="none", fmt="plain", cs="us-ascii",
  phrase="je passe a la banque demain", rule="plus:1",
  note="« demain » = message date + 1 day.")

M(cls="promise", lang="fr", frm="Claire Vidal <claire.vidal@lacerisedugateau.example>", d="2026-07-07 14:03",
  body="""Bonjour,

Bien reçu votre relance pour la facture {INV}. Le virement partira après-demain, je n'ai pas la main sur le compte pro avant.

Merci de votre patience,
Claire

--
Salon de thé La Cerise du Gâteau
31 rue Pharaon, Toulouse""", quote="gmail",
  phrase="Le virement partira après-demain", rule="plus:2",
  note="« après-demain » = message date + 2 days.")

M(cls="promise", lang="fr", frm="Hôtel du Pastel <direction@hoteldupastel.example>", d="2026-07-08 10:31",
  body="""Bonjour Mme Sarrail,

Notre comptable sera de retour lundi ; la facture {INV} sera payée le 15, comme toutes nos factures fournisseurs du mois.

Cordialement,
Frédéric Astruc
Directeur – Hôtel du Pastel ***
Tél : 05 61 22 09 40""", quote="outlook", fmt="html",
  phrase="la facture {INV} sera payée le 15", rule="dom:15",
  note="« le 15 » alone: the next 15th on or after the message date (same month). 'lundi' is the accountant's return, not the payment.")

M(cls="promise", lang="fr", frm="Association Les Jardins Partagés du Mirail <tresorerie@jardins-mirail.example>", d="2026-09-22 20:14",
  body="""Bonjour,

Je suis la trésorière bénévole de l'association, désolée pour ce retard, notre réunion de bureau n'a lieu qu'une fois par mois.
Le paiement a été voté hier soir, je ferai le virement le 1er (c'est là que la subvention de la mairie arrive sur le compte).

Bonne soirée,
Martine Fabre
Trésorière""", quote="tb",
  phrase="je ferai le virement le 1er", rule="dom:1",
  note="« le 1er » = first day of the next month (message is on the 22nd).")

M(cls="promise", lang="fr", frm="Boucherie Castan <boucherie.castan@orange.example>", d="2027-01-06 09:12",
  body="""Bonjour,
Meilleurs voeux.
Pour la facture de décembre, reglement le 15/01 par cheque.
M. Castan""", quote="none", fmt="plain", cs="iso-8859-1", cte="8bit",
  phrase="reglement le 15/01 par cheque", rule="abs:2027-01-15",
  note="« 15/01 » (DD/MM) after a January message date = 15 January 2027.")

M(cls="promise", lang="fr", frm="Nathalie Ginestet <n.ginestet@crechelespitchouns.example>", d="2026-10-14 16:40",
  body="""Bonjour,

Je vous confirme que la facture {INV} (désinsectisation de la cuisine du 2 septembre) sera réglée le 22 oct. par mandat administratif, le bon de commande ayant enfin été signé par la présidente.

Je reste à votre disposition.

Nathalie Ginestet
Directrice – Crèche associative Les Pitchouns
05 34 40 11 29""", quote="outlook", level=1, due="02/10/2026",
  phrase="sera réglée le 22 oct. par mandat administratif", rule="abs:2026-10-22",
  note="« le 22 oct. » = 22 October 2026. The 2 September intervention date is a distractor.")

M(cls="promise", lang="fr", frm="Rolf Baumann <r.baumann@fromagerie-chaux.example>", d="2027-02-03 08:47", tz="+0100",
  body="""Bonjour Madame,

Nous avons bien reçu votre rappel. Le paiement de la facture {INV} est agendé au 12.02.2027 ; notre fiduciaire procède aux paiements deux fois par mois.

Avec nos meilleures salutations

Rolf Baumann
Fromagerie de la Chaux Sàrl
Route du Village 4
1337 Vallorbe (VD)
Suisse""", quote="outlook", fmt="alt",
  phrase="est agendé au 12.02.2027", rule="abs:2027-02-12",
  note="Swiss « agendé au 12.02.2027 » (scheduled for), dotted DD.MM.YYYY.")

M(cls="promise", lang="fr", frm="Julien Peyrade <julien@peyrade-informatique.example>", d="2026-12-28 22:05",
  body="""Salut,

Oui pardon, c'est moi qui ai oublié de valider dans l'appli de la banque. C'est planifié : virement programmé pour le 2027-01-08 (date d'exécution affichée par la banque).

Bonnes fêtes
Julien""", quote="gmail", fmt="plain",
  phrase="virement programmé pour le 2027-01-08", rule="abs:2027-01-08",
  note="ISO date 2027-01-08 given explicitly.")

M(cls="promise", lang="fr", frm="Le Comptoir des Carmes <lecomptoirdescarmes@gmail.example>", d="2026-06-18 15:26",
  body="""Bonjour,
On vous règle ça en fin de mois, comme d'habitude avec la recette du week-end.
Bonne journée
Karim

Envoyé de mon iPhone""", quote="apple", fmt="plain",
  phrase="On vous règle ça en fin de mois", rule="eom",
  note="« en fin de mois » = last day of the current month.")

M(cls="promise", lang="fr", frm="Cabinet dentaire Dr Lacombe <secretariat@dr-lacombe-dentiste.example>", d="2026-08-27 11:02",
  body="""Bonjour,

Le Dr Lacombe est en congés jusqu'au 31 août. En accord avec lui, la facture {INV} sera réglée fin du mois prochain, lors de notre règlement groupé des fournisseurs.

Cordialement,
Laetitia, secrétariat
Cabinet dentaire du Dr Lacombe – 12 avenue de Muret, Toulouse""", quote="outlook",
  phrase="la facture {INV} sera réglée fin du mois prochain", rule="eom1",
  note="« fin du mois prochain » = last day of the month after the message month (September). 31 August is the doctor's holiday, not the payment.")

M(cls="promise", lang="fr", frm="Fabienne Rouquette <f.rouquette@mairie-montbrun-garrigue.example>", d="2026-12-10 09:40",
  body="""Madame,

Je vous informe que la facture citée en objet n'a pas pu être mandatée avant la clôture budgétaire de décembre. Elle sera mandatée sur l'exercice 2027 et payée par le comptable public fin janvier.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Fabienne Rouquette
Secrétaire générale
Mairie de Montbrun-la-Garrigue
Place de la Mairie""", quote="orig", fmt="alt",
  phrase="payée par le comptable public fin janvier", rule="eomm:1",
  note="« fin janvier » = 31 January (the next January, 2027).")

M(cls="promise", lang="fr", frm="Thierry Dussert <thierry.dussert@sfr.example>", d="2026-09-08 19:12",
  body="""bonsoir
je vous regle en fin de semaine, la je suis sur un chantier a Albi toute la semaine
T. Dussert""", quote="none", fmt="plain",
  phrase="je vous regle en fin de semaine", rule="eow",
  note="« en fin de semaine » = Friday of the current week.")

M(cls="promise", lang="fr", frm="La Cave à Manger <compta@lacaveamanger.example>", d="2026-10-05 12:15",
  body="""Bonjour,

Suite à votre relance : nous procéderons au règlement sous 8 jours.

Cordialement

Service comptable
La Cave à Manger
SAS au capital de 10 000 € – RCS Toulouse 900 000 001
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.""", quote="outlook",
  phrase="nous procéderons au règlement sous 8 jours", rule="plus:8",
  note="« sous 8 jours » = message date + 8 calendar days (latest date of the commitment).")

M(cls="promise", lang="fr", frm="Maître Hélène Pujol <h.pujol@pujol-notaires.example>", d="2026-11-17 17:33",
  body="""Madame,

Nous accusons réception de votre courriel de relance.
La facture {INV} sera honorée sous huitaine.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour Maître Hélène Pujol,
L'assistante comptable

SCP Pujol & Associés, Notaires
AVERTISSEMENT : ce courriel et les documents qui y sont attachés sont confidentiels.""", quote="outlook", fmt="html",
  phrase="sera honorée sous huitaine", rule="plus:8",
  note="« sous huitaine » read as within eight days (traditional French 'huitaine' = 8 days): message date + 8.")

M(cls="promise", lang="fr", frm="Eric Salvetat <eric.salvetat@lefournilbio.example>", d="2026-06-24 13:50",
  body="""Bonjour,
Je ne peux pas payer tout de suite, la tréso est tendue avec les congés qui arrivent. Je vous fais le virement dans 15 jours, c'est promis.
Eric""", quote="gmail",
  phrase="Je vous fais le virement dans 15 jours", rule="plus:15",
  note="« dans 15 jours » = message date + 15 days (quinze jours taken literally as 15).")

M(cls="promise", lang="fr", frm="Agence Immo Saint-Cyprien <gestion@immo-stcyprien.example>", d="2026-12-02 10:20",
  body="""Bonjour,

Notre propriétaire (M. Bonnet, lot 4 de la résidence) nous a donné son accord pour l'intervention punaises de lit. Le règlement vous parviendra d'ici 48 h.

Cordialement,
Service gestion locative
Agence Immo Saint-Cyprien""", quote="outlook",
  phrase="Le règlement vous parviendra d'ici 48 h", rule="plus:2",
  note="« d'ici 48 h » = message date + 2 days.")

M(cls="promise", lang="fr", frm="Sandrine Lapeyre <sandrine@traiteur-lapeyre.example>", d="2026-11-09 08:30",
  body="""Bonjour,

Oui c'est bien noté, nous vous réglons sous 3 jours ouvrés.

Sandrine Lapeyre
Traiteur Lapeyre – Balma""", quote="gmail",
  phrase="nous vous réglons sous 3 jours ouvrés", rule="bd:3",
  note="« sous 3 jours ouvrés » from Monday 9 Nov 2026: Tue 10, Wed 11 is a public holiday (Armistice), Thu 12, Fri 13 -> 13 Nov.")

M(cls="promise", lang="fr", frm="Gérard Esquerré <gerard.esquerre@laposte.example>", d="2026-12-08 16:12",
  body="""Bonjour madame,

Je suis désolé je pensais avoir payé en même temps que le ramonage. Je vous envoie un chèque avant Noël.

Cordialement
Gérard Esquerré
(particulier, maison de Lavaur)""", quote="tb", cs="windows-1252",
  phrase="Je vous envoie un chèque avant Noël", rule="abs:2026-12-24",
  note="« avant Noël » = at the latest 24 December 2026.")

M(cls="promise", lang="fr", frm="Restaurant L'Ormeau <lormeau.resto@free.example>", d="2026-11-03 15:47",
  body="""Bonjour,

Fermeture annuelle jusqu'au 10 novembre. Je vous règle le lendemain du 11 novembre, à la réouverture de la banque.

Cordialement
Pascale""", quote="apple", fmt="plain",
  phrase="Je vous règle le lendemain du 11 novembre", rule="abs:2026-11-12",
  note="« le lendemain du 11 novembre » = 12 November 2026. 10 November is the end of the annual closing, not the payment.")

M(cls="promise", lang="fr", frm="Comptabilité fournisseurs – Groupe Hôtelier Occitan <ap@gho-hotels.example>", d="2026-08-31 09:05",
  body="""Bonjour,

La facture {INV} a été validée et intégrée à notre campagne de paiement du 10.
Vous la verrez apparaître sur votre relevé 2 à 3 jours après.

Cordialement,

Service Comptabilité Fournisseurs
Groupe Hôtelier Occitan
Merci de préciser systématiquement le numéro de facture dans vos correspondances.""", quote="outlook", fmt="alt",
  phrase="intégrée à notre campagne de paiement du 10", rule="dom:10",
  note="« campagne de paiement du 10 » = the next 10th (10 September). The '2 à 3 jours après' is bank delay, ignored.")

M(cls="promise", lang="fr", frm="Clinique vétérinaire des Minimes <admin@veto-minimes.example>", d="2026-10-06 14:18",
  body="""Bonjour,

Votre facture passera au prochain comité de règlement, le 22. Les associés signent les paiements à cette occasion.

Bien à vous,
Anne-Laure, assistante administrative
Clinique vétérinaire des Minimes""", quote="outlook",
  phrase="Votre facture passera au prochain comité de règlement, le 22", rule="dom:22",
  note="« au prochain comité de règlement, le 22 » = 22 October 2026.")

M(cls="promise", lang="fr", frm="Pierre-Yves Cazals <py.cazals@cazals-primeurs.example>", d="2026-10-28 18:55",
  body="""Bonjour,

Votre technicien doit repasser le 4/11 pour le contrôle des postes d'appâtage au dépôt, et on a la visite de la DDPP le 6.
Pour la facture {INV} : virement le 9 novembre, je ne peux pas faire avant.

Cordialement,
P-Y Cazals
Cazals Primeurs – MIN de Toulouse""", quote="gmail",
  phrase="virement le 9 novembre", rule="abs:2026-11-09",
  note="Payment date is 9 November; 4/11 (technician visit) and the 6th (inspection) are distractors.")

M(cls="promise", lang="fr", frm="Isabelle Marty <isabelle.marty@optique-marty.example>", d="2027-01-05 11:26",
  body="""Bonjour,

Je vous fais le virement le 12... non pardon, le 14, le 12 je suis en déplacement à Rodez.

Bonne année à toute l'équipe,
Isabelle Marty
Optique Marty""", quote="outlook",
  phrase="non pardon, le 14", rule="dom:14",
  note="First date (12) corrected to the 14th -> 14 January 2027.")

M(cls="promise", lang="fr", frm="SARL Plomberie Tarn & Garonne <contact@ptg-plomberie.example>", d="2026-09-21 07:41",
  subj="RE: Relance facture {INV} - réglement le 30/09",
  body="""Bonjour
cf objet
Cdt
S. Bories""", quote="outlook", fmt="plain",
  phrase="réglement le 30/09", rule="abs:2026-09-30",
  note="Date given only in the subject line (« réglement le 30/09 »), body says « cf objet ».")

M(cls="promise", lang="fr", frm="Kevin <kev.snack31@gmail.example>", d="2026-07-27 21:17",
  body="""Slt oui dsl j'avais zappé jeudi c bon je vs fais le virement
Kev""", quote="none", fmt="plain",
  phrase="jeudi c bon je vs fais le virement", rule="wd:thu",
  note="SMS style, « jeudi » = next Thursday.")

M(cls="promise", lang="fr", frm="Domaine de Peyrolles <contact@domaine-peyrolles.example>", d="2026-10-16 17:02",
  body="""Bonjour,

Nous sommes en pleines vendanges, excusez le retard. Virement lundi.

Domaine de Peyrolles – Fronton""", quote="outlook",
  phrase="Virement lundi", rule="wd:mon",
  note="« lundi » written on a Friday = the following Monday.")

M(cls="promise", lang="fr", frm="Les Délices d'Aurélie <delicesaurelie@hotmail.example>", d="2027-01-27 13:35",
  body="""Bonjour,

c'est noté, je vous règle le 5 (je touche mes paiements CB le 4).

Aurélie""", quote="outlook",
  phrase="je vous règle le 5", rule="dom:5",
  note="« le 5 » = 5 February 2027 (next 5th). The 4th is when the client receives card payments.")

M(cls="promise", lang="fr", frm="Jean-Marc Sabatier <jm.sabatier@sabatier-immobilier.example>", d="2026-09-14 10:09",
  body="""Madame,

La facture sera réglée le 30 septembre prochain, date de notre arrêté mensuel.

Salutations,
J-M Sabatier""", quote="orig",
  phrase="La facture sera réglée le 30 septembre prochain", rule="abs:2026-09-30",
  note="« le 30 septembre prochain » = 30 September 2026 (same month).")

M(cls="promise", lang="fr", frm="Camping Les Berges du Tarn <reception@bergesdutarn.example>", d="2026-07-24 19:45",
  body="""Bonjour,

En pleine saison, la gérante ne fait les paiements qu'une fois par mois. Votre facture sera payée le 3 août.

Merci de votre compréhension,
La réception
Camping Les Berges du Tarn ★★★""", quote="gmail",
  phrase="Votre facture sera payée le 3 août", rule="abs:2026-08-03",
  note="« le 3 août » = 3 August 2026.")

M(cls="promise", lang="fr", frm="Olivier Sentenac <o.sentenac@sentenac-electricite.example>", d="2026-06-12 12:20",
  body="""Bonjour,

Mercredi 17 c'est bon pour vous ? Je fais le virement ce jour-là, j'attends le paiement d'un gros client le 16.

Olivier""", quote="gmail", fmt="plain",
  phrase="Mercredi 17 c'est bon pour vous ? Je fais le virement ce jour-là", rule="abs:2026-06-17",
  note="« Mercredi 17 » = Wednesday 17 June 2026 (consistent weekday). The 16th is when the client expects a customer's payment.")

M(cls="promise", lang="fr", frm="Brasserie Le Manneken <info@lemanneken-bxl.example>", d="2026-08-11 10:55",
  body="""Bonjour Madame,

Excusez-nous, la facture était restée sur le bureau pendant les vacances. Je vous fais le virement pour le 20 de ce mois, s'il vous plaît pas de frais de rappel, on est clients depuis trois ans.

À tantôt,
Didier Vandenbroeck
Brasserie Le Manneken – Rue des Bouchers, Bruxelles""", quote="outlook",
  phrase="Je vous fais le virement pour le 20 de ce mois", rule="abs:2026-08-20",
  note="Belgian client, « pour le 20 de ce mois » = 20 August 2026.")

M(cls="promise", lang="fr", frm="Monique Perrenoud <monique.perrenoud@bluewin.example>", d="2026-10-01 09:15", tz="+0200",
  body="""Bonjour,

J'ai bien reçu votre rappel pour les pièges à mites (septante-huit francs, ah non, c'est en euros chez vous). Je m'acquitte du montant au plus tard le 9 octobre, par e-banking.

Meilleures salutations
Monique Perrenoud
Neuchâtel""", quote="tb",
  phrase="au plus tard le 9 octobre", rule="abs:2026-10-09",
  note="Swiss client, « au plus tard le 9 octobre » = 9 October 2026.")

M(cls="promise", lang="fr", frm="Garage Dubois Frères <compta@dubois-freres.example>", d="2026-12-01 08:02", tz="+0100",
  body="""Madame,

Suite à votre courriel du {RDATE}, nous vous informons que le montant de nonante-six euros sera versé le 15.12.2026.

Meilleures salutations

Garage Dubois Frères SA
Comptabilité
Rue de la Gare 18, 2800 Delémont""", quote="orig", amt=96.0,
  phrase="sera versé le 15.12.2026", rule="abs:2026-12-15",
  note="Swiss dotted date 15.12.2026.")

M(cls="promise", lang="fr", frm="Marc Abadie <marc.abadie@abadie-bois.example>", d="2026-07-13 17:40",
  body="""Bonjour,

Je suis d'accord, le retard vient de nous. Je vais vous régler d'ici la fin de la semaine prochaine, le temps que le chantier de Colomiers me soit payé.

Bien cordialement
Marc Abadie""", quote="gmail",
  phrase="Je vais vous régler d'ici la fin de la semaine prochaine", rule="eonw",
  note="« d'ici la fin de la semaine prochaine » = Friday of next week. Message Monday 13 July -> Friday 24 July.")

M(cls="promise", lang="fr", frm="Corinne Baylac <corinne.baylac@ecole-montessori-lherm.example>", d="2026-11-23 12:48",
  body="""Bonjour,

Le conseil d'administration a validé la dépense. Le paiement sera fait vendredi en huit, soit juste après l'encaissement des frais de scolarité.

Bien cordialement,
Corinne Baylac
École Montessori du Lherm""", quote="outlook", fmt="alt",
  phrase="Le paiement sera fait vendredi en huit", rule="abs:2026-12-04",
  note="« vendredi en huit » = the Friday one week after the coming Friday: message Monday 23 Nov, coming Friday 27 Nov, + 8 days idiom = Friday 4 Dec 2026.")

M(cls="promise", lang="fr", frm="Yannick Rigal <yannick.rigal@rigal-paysdoc.example>", d="2027-02-22 09:30",
  body="""Bonjour,

Je ne suis pas en mesure de payer avant la clôture de mon exercice. Le règlement interviendra le 2 mars, c'est ferme.

Yannick Rigal""", quote="tb",
  phrase="Le règlement interviendra le 2 mars", rule="abs:2027-03-02",
  note="« le 2 mars » = 2 March 2027.")

M(cls="promise", lang="fr", frm="Pharmacie du Capitole <pharmacie.capitole@pharmaweb.example>", d="2026-11-30 11:11",
  body="""Bonjour,

Paiement programmé au 07/12.

Cordialement,
Pharmacie du Capitole
Mme Garrigues, titulaire""", quote="outlook", fmt="html",
  phrase="Paiement programmé au 07/12", rule="abs:2026-12-07",
  note="« au 07/12 » = 7 December 2026.")

M(cls="promise", lang="fr", frm="Ludovic Ferran <ludo.ferran@gmail.example>", d="2026-10-11 21:40",
  body="""Bonsoir,
Je fais le virement demain matin en arrivant au bureau.
Ludovic

Envoyé de mon iPhone""", quote="apple", fmt="plain",
  phrase="Je fais le virement demain matin", rule="plus:1",
  note="Sent on Sunday evening; « demain » = Monday 12 October.")

M(cls="promise", lang="fr", frm="Stéphanie Carrère <stephanie.carrere@bistrot-des-halles.example>", d="2026-10-31 23:52",
  body="""Bonsoir, on ferme à peine le service. Je vous règle lundi sans faute, désolée.
Stéphanie

Envoyé à partir de Outlook pour Android""", quote="outlook", fmt="plain",
  phrase="Je vous règle lundi sans faute", rule="wd:mon",
  note="Sent Saturday 31 Oct 23:52 +0100 (already past DST change); « lundi » = Monday 2 November.")

M(cls="promise", lang="fr", frm="Ferme du Bousquet <fermedubousquet@orange.example>", d="2027-02-10 20:20",
  body="""Bonjour,

Nous vous réglerons à la fin du mois, après la vente des agneaux.

Famille Bousquet""", quote="gmail",
  phrase="Nous vous réglerons à la fin du mois", rule="eom",
  note="« à la fin du mois » = last day of February 2027 (28th).")

M(cls="promise", lang="fr", frm="Amandine Roques <a.roques@osteo-balma.example>", d="2027-02-15 18:05",
  body="""Bonjour,

Je vous confirme le règlement le 28/02 par virement, pas avant malheureusement (ma banque bloque les virements pro au-delà d'un plafond).

Amandine Roques – Ostéopathe D.O.""", quote="gmail",
  phrase="Je vous confirme le règlement le 28/02", rule="abs:2027-02-28",
  note="« le 28/02 » = 28 February 2027.")

M(cls="promise", lang="fr", frm="Institut Beauté Marine <institut.marine@beaute-marine.example>", d="2027-02-19 10:45",
  body="""Bonjour,

Je vous règle sous 10 jours. J'attends le remboursement de l'assurance pour le dégât des eaux.

Marine""", quote="outlook",
  phrase="Je vous règle sous 10 jours", rule="plus:10",
  note="« sous 10 jours » = message date + 10 days (19 Feb + 10 = 1 March 2027).")

M(cls="promise", lang="fr", frm="Patrick Soulié <patrick.soulie@soulie-transports-animaliers.example>", d="2026-07-16 08:22",
  body="""Bonjour,
paiement dans une semaine, pas avant, je suis en déplacement.
P. Soulié""", quote="none", fmt="plain",
  phrase="paiement dans une semaine", rule="plus:7",
  note="« dans une semaine » = message date + 7 days.")

M(cls="promise", lang="fr", frm="Valérie Dupuy <valerie.dupuy@dupuy-coiffure.example>", d="2026-09-29 14:14",
  body="""Bonjour,

Je suis vraiment désolée, le prélèvement n'est pas passé car j'avais changé de banque. Je vous fais un virement ce vendredi.

Valérie
Dupuy Coiffure""", quote="gmail",
  phrase="Je vous fais un virement ce vendredi", rule="wd:fri",
  note="« ce vendredi » said on a Tuesday = Friday of the same week (2 October).")

M(cls="promise", lang="fr", frm="Cabinet Ferrières Expertise <assistante@ferrieres-expertise.example>", d="2026-10-08 16:30",
  subj="TR: {RSUBJ}",
  body="""Madame,

Je vous transmets ci-dessous la réponse de notre client, la SARL Le Fournil d'Auzeville, dont nous tenons la comptabilité :

« Bonjour, pas de souci, virement prévu le 16/10, merci de transmettre. Julie »

Cordialement,
Cabinet Ferrières Expertise

{FWDHDR}

{REM}""", quote="none",
  phrase="virement prévu le 16/10", rule="abs:2026-10-16",
  note="Forward from the client's bookkeeper quoting the client's commitment: « virement prévu le 16/10 » = 16 October 2026.")

M(cls="promise", lang="fr", frm="Mairie de Bourg-Saint-Aymeric <comptabilite@mairie-bourg-st-aymeric.example>", d="2026-11-13 10:00",
  body="""Madame,

Le mandat de paiement correspondant à votre facture {INV} a été émis le 10 novembre. Le paiement par le Service de Gestion Comptable interviendra le 26 novembre.

Bien cordialement,
Service comptabilité
Mairie de Bourg-Saint-Aymeric""", quote="outlook", fmt="alt",
  phrase="Le paiement par le Service de Gestion Comptable interviendra le 26 novembre", rule="abs:2026-11-26",
  note="Town hall: mandate issued 10 Nov (past, distractor), payment 26 November 2026.")

M(cls="promise", lang="fr", frm="Dr Benoît Arnaud <cabinet.arnaud@medecins-ramonville.example>", d="2026-06-24 12:37",
  body="""Bonjour,

Je passe le chèque à la poste samedi, vous l'aurez en début de semaine suivante.

Dr B. Arnaud""", quote="apple",
  phrase="Je passe le chèque à la poste samedi", rule="wd:sat",
  note="Cheque posted « samedi » = Saturday 27 June; the commitment is the posting date.")

M(cls="promise", lang="fr", frm="mikael.b <mika.brasserie@laposte.example>", d="2026-09-10 22:48",
  body="""ok je vs fais le virement lundi 14 sans faute, dsl pr le retard""", quote="none", fmt="plain", cs="us-ascii",
  phrase="ok je vs fais le virement lundi 14", rule="abs:2026-09-14",
  note="« lundi 14 » = Monday 14 September 2026.")

M(cls="promise", lang="fr", frm="Christine Marquès <c.marques@marques-fleurs.example>", d="2026-12-22 11:58",
  body="""Bonjour,

Le magasin est plein jusqu'au réveillon, je m'occupe de la facture le premier jour ouvré après le jour de l'An.

Bonnes fêtes,
Christine
Marquès Fleurs""", quote="gmail",
  phrase="le premier jour ouvré après le jour de l'An", rule="abs:2027-01-04",
  note="1 Jan 2027 is a Friday (holiday), then weekend -> first working day Monday 4 January 2027.")

M(cls="promise", lang="fr", frm="Denis Mercadier <denis.mercadier@mercadier-auto.example>", d="2026-12-23 09:25",
  body="""Bonjour Madame,

Bien reçu. Vous aurez le virement sous 2 jours ouvrés.

Cordialement,
D. Mercadier""", quote="outlook",
  phrase="Vous aurez le virement sous 2 jours ouvrés", rule="bd:2",
  note="« sous 2 jours ouvrés » from Wed 23 Dec: Thu 24, (Fri 25 Christmas, weekend), Mon 28 -> 28 December 2026.")

M(cls="promise", lang="fr", frm="Bar Le Gascon <legascon.bar@free.example>", d="2026-07-06 16:16",
  body="""Bonjour,
avec le 14 juillet on est débordés. Je vous règle le lendemain du 14 juillet, promis.
Fabrice""", quote="none",
  phrase="Je vous règle le lendemain du 14 juillet", rule="abs:2026-07-15",
  note="« le lendemain du 14 juillet » = 15 July 2026.")

# inline reply inside the quoted reminder
M(cls="promise", lang="fr", frm="Sylvie Teulière <sylvie.teuliere@teuliere-patisserie.example>", d="2026-10-20 10:12",
  quote="none", fmt="plain",
  body="""Bonjour, réponses dans le texte.
Sylvie

{OLHDR}
Bonjour,

Sauf erreur ou omission de notre part, la facture {INV}, d'un montant de {AMTN} € TTC, arrivée à échéance le {DUE}, reste impayée à ce jour.
>> Exact, c'est un oubli de ma part. Je la règle le 27 octobre avec les autres fournisseurs.

Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.
>> Ok.

Cordialement,
Mélanie Sarrail
Service comptabilité - Garonne Nuisibles""",
  phrase="Je la règle le 27 octobre avec les autres fournisseurs", rule="abs:2026-10-27",
  note="Inline reply inside the quoted reminder; the reminder's due date is a distractor. 27 October 2026.")

M(cls="promise", lang="fr", frm="Gilles Pradal <gilles.pradal@pradal-menuiserie-alu.example>", d="2026-08-19 07:58",
  body="""Bonjour,

Vu. J'ai bien noté les pénalités annoncées mais je vous demande de ne pas les appliquer : je vous paie le 25 août, soit avant la date que vous indiquez.

Gilles Pradal""", quote="outlook", level=2,
  phrase="je vous paie le 25 août", rule="abs:2026-08-25",
  note="Client answers a 2nd reminder mentioning penalties from a later date; payment date 25 August 2026.")

M(cls="promise", lang="fr", frm="Chantal Barthe <chantal.barthe@wanadoo.example>", d="2026-06-29 15:03",
  body="""Bonjour Madame Sarrail,

J'ai bien reçu votre lettre. Je ne suis pas très à l'aise avec internet, mon fils fera le virement pour moi jeudi 2 juillet quand il passera à la maison.

Merci pour le travail sur le nid de frelons, c'était impeccable.

Chantal Barthe""", quote="none",
  phrase="mon fils fera le virement pour moi jeudi 2 juillet", rule="abs:2026-07-02",
  note="« jeudi 2 juillet » = Thursday 2 July 2026.")

M(cls="promise", lang="fr", frm="Compta – Restaurant Les Tilleuls <compta@lestilleuls-blagnac.example>", d="2026-06-05 14:44",
  body="""Bonjour,
la facture du 18/05 (celle de la désinsectisation) a été payée le 28/05. Pour celle-ci ({INV}), je la mets en paiement le 19/06.
Bonne journée""", quote="outlook",
  phrase="je la mets en paiement le 19/06", rule="abs:2026-06-19",
  note="Two other dates (18/05 invoice date, 28/05 earlier payment of another invoice) are distractors; commitment 19 June 2026.")

M(cls="promise", lang="fr", frm="Nicolas Vergnes <nicolas@vergnes-epicerie-fine.example>", d="2026-12-14 12:12",
  body="""Bonjour,

Oups ! Je croyais que c'était en prélèvement. Je vous fais ça le 18 décembre au plus tard.

Nicolas – Vergnes Épicerie Fine""", quote="gmail", fmt="alt",
  phrase="Je vous fais ça le 18 décembre au plus tard", rule="abs:2026-12-18",
  note="« le 18 décembre au plus tard » = 18 December 2026.")

# ------------------------------------------------------------------ windows
M(cls="promise", lang="fr", frm="Fabien Ricard <fabien.ricard@ricard-boulodrome.example>", d="2026-09-16 18:31",
  body="""Bonjour,

Je vous règle dans le courant de la semaine prochaine, je n'ai pas encore le jour exact.

Fabien""", quote="gmail",
  phrase="Je vous règle dans le courant de la semaine prochaine", win="next_week",
  note="No single day, the whole next week.")

M(cls="promise", lang="fr", frm="EHPAD Les Glycines <econome@ehpad-glycines.example>", d="2026-09-24 11:20",
  body="""Madame,

La facture sera réglée début octobre, à réception de la dotation de l'ARS.

L'économe
EHPAD Les Glycines""", quote="outlook",
  phrase="La facture sera réglée début octobre", win="early_month",
  note="« début octobre » = early next month, no exact date.")

M(cls="promise", lang="fr", frm="Patricia Lhomme <patricia.lhomme@lhomme-traiteur.example>", d="2026-10-21 09:00",
  body="""Bonjour,

Je vous paierai courant novembre, pas possible avant.

Patricia""", quote="tb",
  phrase="Je vous paierai courant novembre", win="month",
  note="« courant novembre » = some time in November.")

M(cls="promise", lang="fr", frm="Taverne Saint-Georges <taverne.stgeorges@gmail.example>", d="2026-12-03 15:30",
  body="""Bonjour,

Je vous fais le virement après le 15, quand la recette des repas de fin d'année sera rentrée.

Merci
Loïc""", quote="gmail",
  phrase="Je vous fais le virement après le 15", win="after_date",
  note="« après le 15 » = some time after 15 December, no exact date.")

M(cls="promise", lang="fr", frm="Auto-école Conduite 31 <autoecole.conduite31@orange.example>", d="2027-01-13 17:20",
  body="""Bonjour,

Le règlement sera effectué entre le 20 et le 25 janvier.

Cordialement,
Auto-école Conduite 31""", quote="outlook",
  phrase="Le règlement sera effectué entre le 20 et le 25 janvier", win="between",
  note="« entre le 20 et le 25 janvier » = between two dates.")

M(cls="promise", lang="fr", frm="Jérôme Castex <jerome.castex@gmail.example>", d="2026-08-20 20:10",
  body="""Re bonjour
c'est bon pour moi je vous reglerai la semaine pro
JC""", quote="gmail", fmt="plain",
  phrase="je vous reglerai la semaine pro", win="next_week",
  note="« la semaine pro » = next week, no day.")

M(cls="promise", lang="fr", frm="Maison de retraite Sainte-Germaine <direction@ste-germaine.example>", d="2026-12-16 10:40",
  body="""Madame,

Compte tenu de la fermeture de nos services comptables pendant les fêtes, votre facture sera payée dans les premiers jours de janvier.

Avec nos salutations
La Direction""", quote="orig",
  phrase="votre facture sera payée dans les premiers jours de janvier", win="early_month",
  note="« dans les premiers jours de janvier » = early next month.")

M(cls="promise", lang="fr", frm="Bernard Lafforgue <b.lafforgue@lafforgue-vins.example>", d="2026-11-05 14:25",
  body="""Bonjour,

Je vous règle entre le 10 et le 15 du mois prochain, comme convenu avec votre technicien au téléphone.

B. Lafforgue""", quote="outlook",
  phrase="Je vous règle entre le 10 et le 15 du mois prochain", win="between",
  note="Between 10 and 15 December 2026.")

# ------------------------------------------------------------------ undated
M(cls="promise", lang="fr", frm="Hervé Bacquié <herve.bacquie@bacquie-peinture.example>", d="2026-06-09 13:10",
  body="""Bonjour,
Je fais le nécessaire au plus vite.
Cordialement
H. Bacquié""", quote="outlook",
  phrase="Je fais le nécessaire au plus vite", undated=True,
  note="Commitment without date.")

M(cls="promise", lang="fr", frm="Friterie Chez Momo <chezmomo.friterie@skynet.example>", d="2026-07-21 12:40",
  body="""Bonjour,
Pas de souci, on vous paie dès qu'on rouvre, on est en congé à la côte une fois.
Momo""", quote="gmail",
  phrase="on vous paie dès qu'on rouvre", undated=True,
  note="Belgian client; commits to pay upon reopening, no date given.")

M(cls="promise", lang="fr", frm="Association Sportive Ramonville Rugby <asrr.tresorier@asrr.example>", d="2026-09-03 21:05",
  body="""Bonsoir,

Vous serez payés, pas d'inquiétude. Le trésorier adjoint s'en charge dès que la subvention du département sera versée.

Sportivement,
Thomas Rességuier, trésorier""", quote="gmail",
  phrase="Vous serez payés, pas d'inquiétude", undated=True,
  note="Commitment without a date (depends on a subsidy).")

M(cls="promise", lang="fr", frm="Lucie Andrieu <lucie.andrieu@andrieu-archi.example>", d="2026-11-26 09:50",
  body="""Bonjour,
Toutes mes excuses. Je m'en occupe.
Lucie

Envoyé de mon iPhone""", quote="apple", fmt="plain",
  phrase="Je m'en occupe", undated=True,
  note="Short undated commitment.")

M(cls="promise", lang="fr", frm="SAS Bio Halles <comptabilite@biohalles.example>", d="2027-01-19 11:30",
  body="""Bonjour,

Votre facture est en cours de validation, elle partira avec notre prochain virement fournisseurs.

Service comptable Bio Halles""", quote="outlook", fmt="html",
  phrase="elle partira avec notre prochain virement fournisseurs", undated=True,
  note="Next supplier payment run, date not given.")

M(cls="promise", lang="fr", frm="Rémi <remi.kebab.purpan@gmail.example>", d="2027-02-24 19:55",
  body="""Bonsoir madame promis je vous paye, le temps de me refaire un peu""", quote="none", fmt="plain",
  phrase="promis je vous paye", undated=True,
  note="Undated promise, SMS style.")

"""Look-alikes, part 3: helpdesks, provider notices, more human replies, odd automatic mail."""
from mta import *  # noqa
from reg import nb

# n56 -- GLPI ticket acknowledgement
nb(f"""From: "Support informatique - Ville de Comines" <glpi@ville-comines.example>
To: {SENDER}
Subject: [GLPI #0004512] Nouveau ticket Relance : facture FA-26-0378
Date: Thu, 03 Dec 2026 09:52:11 +0100
Message-ID: <GLPI-4512.1733215931.88122@ville-comines.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, DR, RN, NRN, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="glpi-b-4512"

--glpi-b-4512
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

URL : https://glpi.ville-comines.example/front/ticket.form.php?id=4512

Ticket : Description

Titre : Relance : facture FA-26-0378
Demandeurs : relances@imprimerie-vasseur.example
Date d'ouverture : 03-12-2026 09:52
Statut : Nouveau
Catégorie : Finances > Fournisseurs

Votre demande a été enregistrée. Merci de ne pas modifier l'objet de ce courriel si vous répondez.

--glpi-b-4512
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><table><tr><td>Titre</td><td>Relance : facture FA-26-0378</td></tr><tr><td>Statut</td><td>Nouveau</td></tr><tr><td>Catégorie</td><td>Finances &gt; Fournisseurs</td></tr></table><p>Votre demande a été enregistrée.</p></body></html>

--glpi-b-4512--
""", "GLPI ticket acknowledgement")

# n57 -- Freshdesk-like English auto reply
nb(f"""From: "Lumina Events Support" <support@lumina-events.example>
Reply-To: support@lumina-events.example
To: {SENDER}
Subject: Ticket Received - Relance : facture FA-26-0331
Date: Thu, 03 Dec 2026 09:11:52 +0000
Message-ID: <tkt.93310.ack@lumina-events.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<div style="font-family:Helvetica">
<p>Dear Imprimerie Vasseur,</p>
<p>We would like to acknowledge that we have received your request and a ticket has been created. A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).</p>
<p>To view the status of the ticket or add comments, please visit https://lumina-events.help.example/tickets/93310</p>
<p>Thank you for your patience.</p>
<p>Sincerely,<br>Lumina Events Support Team</p>
</div>
""", "helpdesk acknowledgement (English, HTML only)")

# n58 -- provider incident notice: outgoing mail delayed, will be retried
nb(f"""From: "Hebergeur Pro - Statut" <statut@hebergeur-pro.example>
To: {SENDER}
Subject: =?utf-8?Q?[Incident_r=C3=A9solu]_Retards_d'acheminement_des_e-mails_sortants?=
Date: Thu, 3 Dec 2026 18:20:00 +0100
Message-ID: <incident-2026-1203-smtp@statut.hebergeur-pro.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Entre 09h40 et 15h10 aujourd'hui, une partie des e-mails envoyés depuis nos serveurs mail-out1 à mail-out4 a été retardée à cause d'une saturation de la file d'attente.

Aucun message n'a été perdu : les messages en attente ont été réexpédiés automatiquement. Vous avez pu recevoir des avertissements « Delayed Mail (still being retried) » ; ils ne demandent aucune action de votre part.

Nous vous prions de nous excuser pour la gêne occasionnée.

L'équipe technique Hebergeur Pro
https://statut.hebergeur-pro.example
''')}
""", "provider incident notice about delays; not itself a delay warning for any message")

# n59 -- domain expiry reminder for our own domain
nb(f"""From: "Registrar Nord" <renouvellement@registrar-nord.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_nom_de_domaine_imprimerie-vasseur.example_expire_dans_30_jours?=
Date: Mon, 7 Dec 2026 04:00:00 +0100
Message-ID: <renew.imprimerie-vasseur.20261207@registrar-nord.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le nom de domaine imprimerie-vasseur.example arrive à expiration le 06/01/2027.

Sans renouvellement, votre site et vos adresses e-mail cesseront de fonctionner : les messages qui vous seront envoyés seront rejetés (domaine introuvable).

Le renouvellement automatique n'est pas activé. Renouveler maintenant : https://www.registrar-nord.example/renouveler

Registrar Nord
""", "domain expiry reminder for OUR domain")

# n60 -- human: old address bounced but this one arrived in copy
nb(f"""From: "Amandine Colin" <amandine.colin@colin-traiteur.example>
To: <{SENDER}>
Subject: RE: 2e relance : facture FA-26-0334
Date: Fri, 4 Dec 2026 11:18:27 +0100
Message-ID: <001d01db4630$4e2f1b80$ea8d5280$@colin-traiteur.example>
In-Reply-To: <relance.fa-26-0334.1733301200@imprimerie-vasseur.example>
X-Mailer: Microsoft Outlook 16.0
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Je vois que vous avez écrit aussi à notre ancienne adresse contact@traiteur-colin.example : ce domaine n'existe plus depuis l'été, vous avez dû avoir un message d'erreur. Celle-ci (amandine.colin@) fonctionne, c'est bien moi qui m'occupe des factures.

La FA-26-0334 sera payée avec notre échéancier de fin de mois, le 31/12. Je vous envoie l'ordre de virement dès qu'il est validé.

Bien cordialement,

Amandine Colin
Colin Traiteur – Réceptions & séminaires
Tél. 03 20 92 44 10

-----Message d'origine-----
De : Imprimerie Vasseur <relances@imprimerie-vasseur.example>=20
Envoyé : vendredi 4 décembre 2026 09:33
À : amandine.colin@colin-traiteur.example; contact@traiteur-colin.example
Objet : 2e relance : facture FA-26-0334

''' + reminder_body("FA-26-0334", "3 210,00", 2))}
""", "human: mentions the other address must have produced an error")

# n61 -- bank synchronisation failure in accounting software
nb(f"""From: ComptaFacile <notifications@comptafacile.example>
To: {SENDER}
Subject: =?utf-8?Q?=C3=89chec_de_la_synchronisation_bancaire?=
Date: Sat, 5 Dec 2026 06:00:12 +0100
Message-ID: <sync-fail-44812@comptafacile.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:sans-serif">
<p>Bonjour Sandrine,</p>
<p>La synchronisation de votre compte <b>Crédit du Nord ••• 4471</b> a échoué cette nuit (erreur : authentification expirée).</p>
<p>Vos derniers paiements clients ne sont donc pas rapprochés. Reconnectez votre banque pour reprendre la synchronisation.</p>
<p><a href="https://app.comptafacile.example/banques">Reconnecter ma banque</a></p>
</body></html>
""", "software 'échec' notice unrelated to mail delivery")

# n62 -- human reply to a bounce Vasseur forwarded to the client's personal address
nb(f"""From: Thierry Delorme <thierry.delorme59@laposte.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Re: TR: Undelivered Mail Returned to Sender
Date: Sat, 5 Dec 2026 09:41:00 +0100
Message-ID: <1733388060.4471.lpnwebmail@laposte.example>
In-Reply-To: <fwd.bounce.4NrLr20QbXz1Xc@imprimerie-vasseur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Oui c'est normal, l'adresse compta@ a été supprimée quand Martine est partie. Tout passe par moi maintenant. Je fais le virement de la FA-26-0288 lundi.

T. Delorme

----- Mail d'origine -----
De: "Imprimerie Vasseur" <relances@imprimerie-vasseur.example>
À: thierry.delorme59@laposte.example
Envoyé: Vendredi 4 Décembre 2026 17:02:11
Objet: TR: Undelivered Mail Returned to Sender

Bonjour M. Delorme, notre relance à votre service compta nous revient (voir ci-dessous). Avez-vous une autre adresse ?

> <compta@sarl-delorme-batiment.example>: host mail.sarl-delorme-batiment.example[203.0.113.14] said:
>     550 5.1.1 <compta@sarl-delorme-batiment.example>: Recipient address rejected: User unknown in
>     virtual mailbox table (in reply to RCPT TO command)
""", "human reply whose subject and quote are a bounce's")

# n63 -- auto-reply: left the company, mailbox not monitored (delivered)
nb(f"""From: "Nguyen, Paul" <p.nguyen@atlas-facility.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Automatic reply: Relance : facture FA-26-0450
Date: Mon, 7 Dec 2026 10:05:31 +0000
Message-ID: <AS8PR04MB8400auto0450@AS8PR04MB8400.eurprd04.prod.outlook.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: p.nguyen@atlas-facility.example
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Paul Nguyen has left Atlas Facility Services. This mailbox is no longer monitored and your email will not be forwarded.

For accounts payable please write to ap@atlas-facility.example. For any other matter: reception@atlas-facility.example.
""", "'left the company' auto-reply: no DSN; the message reached the mailbox")

# n64 -- Exchange French recall report
nb(f"""From: =?utf-8?Q?Corinne_Leroy?= <c.leroy@leroy-assurances.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: =?utf-8?Q?Rapport_de_rappel_de_message_pour_le_message_=C2=AB_Virement_FA-26-0391_=C2=BB?=
Date: Tue, 8 Dec 2026 08:30:00 +0000
Message-ID: <recall-report-2211@leroy-assurances.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body style="font-family:Segoe UI,sans-serif;font-size:10.5pt">
<p><b>Rapport de rappel de message</b></p>
<p>Message : Virement FA-26-0391<br>
Envoyé : 08/12/2026 09:21</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Destinataire</th><th>État du rappel</th></tr>
<tr><td>relances@imprimerie-vasseur.example</td><td>Échec : le message n'a pas pu être rappelé, car il a été remis à un destinataire externe.</td></tr>
</table>
</body></html>''')}
""", "recall report (French, HTML)")

# n65 -- Mailchimp-like campaign report to the printer (it also sends a newsletter)
nb(f"""From: "Campagnes Mailjoy" <rapports@mailjoy-marketing.example>
To: {SENDER}
Subject: =?utf-8?Q?Rapport_de_campagne_:_=C2=AB_V=C5=93ux_2027_=E2=80=93_offres_calendriers_=C2=BB?=
Date: Mon, 7 Dec 2026 18:00:00 +0000
Message-ID: <report.c-55120@mailjoy-marketing.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Votre campagne « Vœux 2027 – offres calendriers » a été envoyée à 1 214 contacts.

Délivrés       : 1 189 (97,9 %)
Hard bounces   : 9  (adresses inexistantes, désinscrites automatiquement)
Soft bounces   : 16 (boîte pleine, serveur indisponible)
Ouvertures     : 412 (34,6 %)
Clics          : 57

Les adresses en erreur sont listées dans votre espace, onglet « Rebonds ».
''')}
""", "campaign report counting bounces")

# n66 -- Google Workspace admin alert
nb(f"""From: The Google Workspace Team <workspace-noreply@google.example>
To: admin@imprimerie-vasseur.example
Cc: {SENDER}
Subject: =?utf-8?Q?Alerte_:_messages_sortants_rejet=C3=A9s_(DMARC)?=
Date: Tue, 8 Dec 2026 07:12:00 -0800
Message-ID: <alert-center.8812.2026120807@google.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Centre d'alertes Google Workspace

Gravité : moyenne
Type : Messages sortants rejetés

Au cours des dernières 24 heures, 6 messages envoyés depuis imprimerie-vasseur.example ont été rejetés par les serveurs de destination pour non-conformité DMARC.

Afficher l'alerte : https://admin.google.example/ac/alerts/8812

Vous recevez ce message parce que vous êtes administrateur de imprimerie-vasseur.example.
''')}
""", "admin alert summarising rejections; not itself a notice for one message")

# n67 -- human, mobile: 'c'est quoi ce message d'erreur ?'
nb(f"""From: Nico Lambin <nico.lambin@free.example>
To: {SENDER}
Subject: erreur
Date: Sun, 6 Dec 2026 20:47:15 +0100
Message-ID: <E8B21F0C-73D9-4D1B-9B0E-5C2A7D6F1E33@free.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
X-Mailer: iPhone Mail (21H221)

J ai voulu repondre a votre relance sur l adresse de la facture et j ai eu un message "550 5.1.1 user unknown". Je vous ecris ici du coup. Je passe payer en especes mardi a l atelier.

Nico

Envoye de mon iPhone
""", "human paraphrasing an error code")

# n68 -- fax-to-mail failure report
nb(f"""From: Fax2Mail <fax@fax2mail-service.example>
To: {SENDER}
Subject: =?iso-8859-1?Q?=C9chec_de_transmission_fax_vers_03_21_44_55_66?=
Date: Fri, 4 Dec 2026 16:12:00 +0100
Message-ID: <fax-report-20261204161200-221@fax2mail-service.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 8bit

Rapport de transmission

Destinataire : 03 21 44 55 66 (Garage Delattre)
Document     : Relance_FA-26-0291.pdf (2 pages)
Tentatives   : 3
Résultat     : ÉCHEC - occupé / pas de tonalité fax

Aucune page n'a été transmise. Le document n'est pas facturé.
""", "fax transmission failure (not e-mail)", enc="iso-8859-1")

# n69 -- paper letter returned NPAI via a mailing house
nb(f"""From: "Courrier en ligne" <suivi@courrier-en-ligne.example>
To: {SENDER}
Subject: =?utf-8?Q?Pli_retourn=C3=A9_:_N'habite_pas_=C3=A0_l'adresse_indiqu=C3=A9e_(NPAI)?=
Date: Wed, 9 Dec 2026 09:30:00 +0100
Message-ID: <npai-2026-11877@courrier-en-ligne.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le courrier suivant, envoyé le 01/12/2026, nous a été retourné par La Poste :

  Destinataire : SARL PELLETIER – 8 rue du Marais – 62400 BÉTHUNE
  Référence    : Relance FA-26-0287
  Motif        : N'habite pas à l'adresse indiquée (NPAI)

Le pli a été numérisé et archivé dans votre espace. Pensez à mettre à jour l'adresse de ce contact.
""", "paper letter returned (NPAI)")

# n70 -- big company AP auto-reply: we do not handle invoices by e-mail
nb(f"""From: Accounts Payable - Groupe Hemery <no-reply-ap@groupe-hemery.example>
To: {SENDER}
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_Relance_:_facture_FA-26-0333?=
Date: Fri, 4 Dec 2026 11:35:02 +0100
Message-ID: <ap-ack-20261204113502-5520@groupe-hemery.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{b64('''Madame, Monsieur,

Nous accusons réception de votre message.

Depuis le 1er octobre 2026, le Groupe Hémery ne traite plus les factures ni les relances reçues par e-mail. Toute facture doit être déposée sur notre portail fournisseurs : https://fournisseurs.groupe-hemery.example

Les messages envoyés à cette adresse ne sont pas lus.

Service Comptabilité Fournisseurs
Groupe Hémery
''')}
""", "AP auto-acknowledgement, base64")

# n71 -- Polish worker, broken French out-of-office
nb(f"""From: Marek Nowak <marek@nowak-bud.example>
To: {SENDER}
Subject: Odp: Relance : facture FA-26-0396
Date: Fri, 4 Dec 2026 20:04:40 +0100
Message-ID: <auto.nowak.1733339080@nowak-bud.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, je suis en Pologne jusque 4 janvier. Pas de internet beaucoup. Pour urgence téléphoner mon frère Piotr 06 44 21 87 90.
Dzień dobry, jestem na urlopie do 4 stycznia.
""", "broken French + Polish out-of-office")

# n72 -- Dutch client: attachment stripped by their gateway (human)
nb(f"""From: Sanne de Vries <sanne@devries-bloemen.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: RE: Relance : facture FA-26-0326
Date: Mon, 7 Dec 2026 13:22:10 +0100
Message-ID: <AM0PR09MB4455DEVRIES0326@AM0PR09MB4455.eurprd09.prod.outlook.example>
In-Reply-To: <relance.fa-26-0326.1733220151@imprimerie-vasseur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Hello,

Your email finally arrived today (our server was down last week, sorry if you got error messages). But the PDF was removed by our security filter – I only see "attachment removed by policy". Could you send the invoice as a download link, or to my colleague on administratie@devries-bloemen.example?

Payment will follow as soon as we have the invoice in our system.

Met vriendelijke groet / Kind regards,
Sanne de Vries
De Vries Bloemen B.V.
''')}
""", "English from a Dutch client: server was down, attachment stripped")

# n73 -- postmaster acknowledgement of an abuse/unsubscribe request... from postmaster@
nb(f"""From: postmaster@mutuelle-du-littoral.example
To: {SENDER}
Subject: Re: conseil-administration@ - adresse pour les factures ?
Date: Tue, 8 Dec 2026 09:15:00 +0100
Message-ID: <pm-reply-5521@mutuelle-du-littoral.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

La liste conseil-administration@ n'accepte effectivement que les expéditeurs internes, d'où le refus que vous avez eu hier. Pour les factures, l'adresse correcte est comptabilite@mutuelle-du-littoral.example ; je l'ai vérifiée, elle reçoit bien les messages extérieurs.

Cordialement,
Le service informatique
""", "human answer from postmaster@ about an earlier refusal")

# n74 -- confirmation-of-receipt request answered by a Lotus Notes client (Return Receipt)
nb(f"""From: Josiane Caron <josiane.caron@menuiserie-caron-freres.example>
To: {SENDER}
Subject: Confirmation de lecture : Relance : facture FA-26-0359
Date: Thu, 10 Dec 2026 08:02:51 +0100
Message-ID: <OF5511AA22.33BB44CC-ONC1258B82.002C1F00@menuiserie-caron-freres.example>
X-Mailer: Lotus Notes Release 9.0.1 
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

{qp('''Votre document :

        Relance : facture FA-26-0359

a été reçu par :

        Josiane Caron/Menuiserie Caron

le 10/12/2026 08:02:51
''', "iso-8859-1")}
""", "Notes return receipt, plain text, no MDN part")

# n75 -- Yahoo-style 'Failure Notice'? No: a Yahoo user replies with a forwarded failure of HER mail
nb(f"""From: Gilles Vermeersch <gilles.vermeersch.nouveau@yahoo.example>
To: {SENDER}
Subject: nouvelle adresse / facture FA-26-0378
Date: Sat, 5 Dec 2026 10:22:19 +0000
Message-ID: <1877440219.55120.1733394139@mail.yahoo.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_55119_1214901337.1733394139"

------=_Part_55119_1214901337.1733394139
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Mon ancienne boîte Yahoo a été désactivée (piratage), c'est pour ça que vos messages vous reviennent avec « This mailbox is disabled ». Voici ma nouvelle adresse.

Pour la facture FA-26-0378 de 115 €, je vous envoie un chèque cette semaine.

Gilles Vermeersch''')}
------=_Part_55119_1214901337.1733394139
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px"><div>Bonjour,</div><div><br></div><div>Mon ancienne boîte Yahoo a été désactivée (piratage), c'est pour ça que vos messages vous reviennent avec « This mailbox is disabled ». Voici ma nouvelle adresse.</div><div><br></div><div>Pour la facture FA-26-0378 de 115 €, je vous envoie un chèque cette semaine.</div><div><br></div><div>Gilles Vermeersch</div></div></body></html>''')}
------=_Part_55119_1214901337.1733394139--
""", "human: explains why our mails bounced; new address")

# n76 -- challenge-response anti-spam asking us to confirm (message held, not bounced)
nb(f"""From: "Bouclier Anti-Spam" <verification@bouclier-antispam.example>
To: {SENDER}
Subject: =?utf-8?Q?V=C3=A9rification_de_l'exp=C3=A9diteur_requise_pour_contact@domaine-des-hirondelles.example?=
Date: Thu, 3 Dec 2026 10:44:00 +0100
Message-ID: <cr-verify-0091a@bouclier-antispam.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre message « Relance : facture FA-26-0410 » destiné à contact@domaine-des-hirondelles.example est en attente.

Ce destinataire utilise un système de vérification des expéditeurs. Pour que votre message lui soit remis, cliquez une seule fois sur le lien ci-dessous :

https://bouclier-antispam.example/v/0091a

Vous ne recevrez plus cette demande pour ce destinataire.
""", "challenge-response: the message is held pending verification; not a delivery failure (arguable)")

# n77 -- newsletter from a printing-trade magazine mentioning 'retours' and 'rebonds'
nb(f"""From: "Graphiques Hebdo" <lettre@graphiques-hebdo.example>
To: {SENDER}
Subject: =?utf-8?Q?Relances_clients_:_pourquoi_vos_e-mails_rebondissent_(et_comment_l'=C3=A9viter)?=
Date: Wed, 2 Dec 2026 06:30:00 +0100
Message-ID: <lettre-2026-49@graphiques-hebdo.example>
List-Unsubscribe: <https://graphiques-hebdo.example/desinscription?u=8812>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''GRAPHIQUES HEBDO – La lettre des industries graphiques – n° 49

À LA UNE
Relances clients : pourquoi vos e-mails rebondissent. « Mail delivery failed », « Undeliverable », « Non remis »... Un imprimeur lillois sur trois reconnaît ne pas lire les messages d'erreur qui reviennent après ses relances. Résultat : des factures qui dorment faute d'avoir été reçues. Nos conseils pour trier les retours : adresse inexistante, boîte pleine, domaine expiré.

AUSSI CETTE SEMAINE
– Papier : nouvelle hausse de 4 % annoncée pour janvier
– Salon Impressions Nord : les dates 2027

Se désinscrire : https://graphiques-hebdo.example/desinscription?u=8812
''')}
""", "trade newsletter quoting bounce subjects")

# n78 -- Mimecast: message released from hold (the reminder WAS delivered)
nb(f"""From: Postmaster <postmaster@ridgeway-events.example>
To: {SENDER}
Subject: Message released: Relance : facture FA-26-0451
Date: Tue, 8 Dec 2026 09:02:00 +0000
Message-ID: <mimecast.notify.R4kT8uW1@eu-api.mimecast.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Your message has been released

Your message to accounts@ridgeway-events.example, which was held for review by the recipient organisation's email security policy, has been released and delivered.

  Subject:  Relance : facture FA-26-0451
  Held:     07/12/2026 15:20 GMT
  Released: 08/12/2026 09:01 GMT

No action is required.

Mimecast Protection | ridgeway-events.example
""", "gateway notice: held then released and delivered")

# n79 -- short reply 'bien reçu', from a client whose earlier bounce we saw
nb(f"""From: "Lucie Fabre" <lucie.fabre.atelier@gmail.example>
To: {SENDER}
Subject: Re: Relance : facture FA-26-0420
Date: Mon, 7 Dec 2026 12:01:40 +0100
Message-ID: <CAJ2fabre0420@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bien reçu sur cette adresse, l'autre était pleine. Je règle demain.
L. Fabre
""", "three-line human reply mentioning a full mailbox")

# n80 -- Exchange 'Relayed:' English
nb(f"""From: postmaster@stonebridge-fitness.example
To: {SENDER}
Date: Mon, 7 Dec 2026 14:02:01 +0000
Subject: Relayed: 2e relance : facture FA-26-0310
Message-ID: <relayed-8012@EXCH01.stonebridge-fitness.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB48A1C2D3E4F500004A1BEXCH01.stonebr"

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB48A1C2D3E4F500004A1BEXCH01.stonebr
Content-Type: text/plain; charset=unicode-1-1-utf-7

Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:

accounts.receivable@stonebridge-fitness.example

Subject: 2e relance : facture FA-26-0310

--9B095B5ADSN=_01DB48A1C2D3E4F500004A1BEXCH01.stonebr
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.stonebridge-fitness.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Mon, 7 Dec 2026 14:01:58 +0000

Final-Recipient: rfc822;accounts.receivable@stonebridge-fitness.example
Action: relayed
Status: 2.0.0
Remote-MTA: dns;ar-scanner.stonebridge-fitness.example

--9B095B5ADSN=_01DB48A1C2D3E4F500004A1BEXCH01.stonebr--
""", "Exchange 'Relayed:' (Action relayed)", eol="lf")

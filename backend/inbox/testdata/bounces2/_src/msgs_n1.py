"""Look-alikes, part 1: things that talk about bounces, failures, delivery... but are not delivery failures."""
from mta import *  # noqa
from reg import nb

# n1 -- human reply: "my old address bounced", Gmail quoting
nb(f"""Return-Path: <marion.tessier.pro@gmail.example>
Received: from mail-wr1-f54.google.example (mail-wr1-f54.google.example [198.51.100.54])
	by smtp.imprimerie-vasseur.example (Postfix) with ESMTPS id 4NrQ8d3KZlz1Y2
	for <{SENDER}>; Fri,  4 Dec 2026 13:02:41 +0100 (CET)
MIME-Version: 1.0
References: <relance.fa-26-0391.1733222000@imprimerie-vasseur.example>
In-Reply-To: <relance.fa-26-0391.1733222000@imprimerie-vasseur.example>
From: Marion Tessier <marion.tessier.pro@gmail.example>
Date: Fri, 4 Dec 2026 13:02:29 +0100
Message-ID: <CAK9f3xQmT0u7p+eHn2Lw@mail.gmail.example>
Subject: Re: Relance : facture FA-26-0391
To: Imprimerie Vasseur <{SENDER}>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour Madame Vasseur,

Je viens de tomber sur votre relance par hasard : elle a été envoyée sur mon ancienne adresse de l'atelier, que je ne consulte presque plus. D'ailleurs votre premier mail d'octobre a dû rebondir, parce que le nom de domaine a expiré entre-temps — je n'ai jamais reçu la facture.

Merci d'utiliser désormais cette adresse-ci (marion.tessier.pro@gmail.example). Pouvez-vous me renvoyer la facture FA-26-0391 ? Je règle dès réception.

Bonne journée,
Marion Tessier
Céramiques Tessier

Le jeu. 3 déc. 2026 à 10:33, Imprimerie Vasseur <relances@imprimerie-vasseur.example> a écrit :
''' + quoted_reminder("FA-26-0391", "164,00", 1))}
""", "human reply: talks about a previous mail that bounced")

# n2 -- Outlook HTML-only reply: the attachment did not come through
nb(f"""Received: from EUR03-DBA-obe.outbound.protection.outlook.example (198.51.100.190)
	by smtp.imprimerie-vasseur.example with ESMTPS; Thu, 3 Dec 2026 11:48:02 +0100
From: =?iso-8859-1?Q?Fr=E9d=E9ric_Loiseau?= <f.loiseau@transports-loiseau.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: RE: Relance : facture FA-26-0335
Thread-Topic: Relance : facture FA-26-0335
Thread-Index: AQHbRb3Kx9fQ2mTnU0S3hw0oX1b6Ag==
Date: Thu, 3 Dec 2026 10:47:55 +0000
Message-ID: <DB9PR03MB7412A0C1E2F3B4D5E6F7A8B9@DB9PR03MB7412.eurprd03.prod.outlook.example>
References: <relance.fa-26-0335.1733219000@imprimerie-vasseur.example>
In-Reply-To: <relance.fa-26-0335.1733219000@imprimerie-vasseur.example>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

{qp('''<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Bonjour,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
La pièce jointe n'est pas passée, je n'ai que le texte de votre message. Notre antivirus bloque peut-être les PDF venant de l'extérieur. Pouvez-vous me la renvoyer ou me la déposer sur un lien de téléchargement ?</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br></div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Merci,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Frédéric Loiseau<br>Service comptabilité &#8211; Transports Loiseau<br>ZA du Moulin, 62100 Calais</div>
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>De :</b> Imprimerie Vasseur &lt;relances@imprimerie-vasseur.example&gt;<br>
<b>Envoyé :</b> jeudi 3 décembre 2026 09:56<br>
<b>À :</b> f.loiseau@transports-loiseau.example<br>
<b>Objet :</b> Relance : facture FA-26-0335</font>
<div>&nbsp;</div></div>
<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">
<div class="PlainText">Bonjour,<br>
<br>
Sauf erreur de notre part, la facture FA-26-0335 du 15/10/2026, d'un montant de 1 890,00 &euro; TTC, n'a pas encore été réglée (échéance au 14/11/2026).<br>
<br>
Nous vous remercions de bien vouloir procéder à son règlement dans les meilleurs délais.<br>
</div></span></font></div>
</body>
</html>''', "iso-8859-1")}
""", "HTML-only Outlook reply: 'la pièce jointe n'est pas passée'")

# n3 -- client forwards a bounce they received themselves, while answering
nb(f"""Return-Path: <compta@boulangerie-haddad.example>
From: "Boulangerie Haddad - Compta" <compta@boulangerie-haddad.example>
To: <{SENDER}>
Subject: TR: Undelivered Mail Returned to Sender
Date: Fri, 4 Dec 2026 16:20:11 +0100
Message-ID: <000001db4663$8a1f2c40$9e5d84c0$@boulangerie-haddad.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQKk1+8Yb3nQ2x4sWm1bL0hZ9t0Q5A==
Content-Language: fr

Bonjour,

Suite à votre relance pour la facture FA-26-0364 : je vous ai envoyé l'avis de virement le 20 novembre mais il m'est revenu (voir ci-dessous), apparemment l'adresse compta@ que vous aviez sur vos anciennes factures n'existe plus chez vous ?

Le virement de 512,40 € est bien parti le 20/11, référence VIR-HADDAD-1120. Vous devriez l'avoir sur votre relevé.

Cordialement
Samia Haddad

-----Message d'origine-----
De : MAILER-DAEMON@mail.boulangerie-haddad.example [mailto:MAILER-DAEMON@mail.boulangerie-haddad.example] 
Envoyé : vendredi 20 novembre 2026 10:14
À : compta@boulangerie-haddad.example
Objet : Undelivered Mail Returned to Sender

This is the mail system at host mail.boulangerie-haddad.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<compta@imprimerie-vasseur.example>: host smtp.imprimerie-vasseur.example[198.51.100.9]
    said: 550 5.1.1 <compta@imprimerie-vasseur.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", "client forwards a bounce THEY received (to our old address) and answers; not a failure of our reminder", enc="cp1252")

# n4 -- out-of-office, French, Outlook
nb(f"""From: =?utf-8?B?U3TDqXBoYW5lIEd1w6lyaW4=?= <s.guerin@guerin-paysages.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_Relance_:_facture_FA-26-0346?=
Thread-Topic: Relance : facture FA-26-0346
Date: Thu, 3 Dec 2026 09:41:03 +0000
Message-ID: <7c2f0e1a9b8d4c3e@AM9PR08MB6123.eurprd08.prod.outlook.example>
In-Reply-To: <relance.fa-26-0346.1733218800@imprimerie-vasseur.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: s.guerin@guerin-paysages.example
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

{b64('''Bonjour,

Je suis absent du 30 novembre au 11 décembre inclus, sans accès à ma messagerie.
Pour toute urgence chantier, contactez Kévin au 06 12 34 56 78.
Pour les questions de facturation, écrivez à administratif@guerin-paysages.example.

Stéphane Guérin
Guérin Paysages
''')}
""", "out-of-office")

# n5 -- acknowledgement from an address that looks like a mailer daemon
nb(f"""Return-Path: <>
From: mailer-daemon-ack@mairie-hautmont-sur-lys.example
To: {SENDER}
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_votre_message?=
Date: Thu, 03 Dec 2026 10:05:44 +0100
Message-ID: <ack-20261203100544-31174@mairie-hautmont-sur-lys.example>
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Votre courriel intitulé « Relance : facture FA-26-0403 » a bien été reçu par les services de la mairie de Hautmont-sur-Lys le 03/12/2026 à 10:05.

Il a été enregistré sous le numéro COUR-2026-08814 et transmis au service concerné. Conformément au Code des relations entre le public et l'administration, un accusé de réception vous est adressé ; il ne préjuge pas de la suite qui sera donnée à votre demande.

Les factures adressées à la collectivité doivent être déposées sur la plateforme Chorus Pro. Les factures transmises par courriel ne peuvent pas être mises en paiement.

Ce message est généré automatiquement, merci de ne pas y répondre.
""", "acknowledgement from a mailer-daemon-like address (collectivité)")

# n6 -- positive DSN from Postfix (delivered)
a = "direction@agence-horizon-com.example"
d = dt(3, 10, 14, 9)
nb(postfix(OUR_MTA, "4NqLZ13WpYz1W7", d, dt(3, 10, 14, 5), f"""<{a}>: delivery via mx.agence-horizon-com.example[203.0.113.25]:25: 250 2.0.0 Ok:
    queued as 9C1F2A40B3""",
    [rcpt(a, "relayed", "2.0.0", "250 2.0.0 Ok: queued as 9C1F2A40B3", "mx.agence-horizon-com.example", orig_rcpt=a)],
    original(a, "FA-26-0358", "980,00", 1, dt(3, 10, 14, 5), headers_only=True),
    intro=f"""This is the mail system at host {OUR_MTA}.

Your message was successfully delivered to the destination(s)
listed below. If the message was delivered to mailbox you will
receive no further notifications. Otherwise you may still receive
notifications of mail delivery errors from other systems.

                   The mail system
""", subject="Successful Mail Delivery Report", headers_only=True),
    "positive DSN: Action relayed, status 2.0.0")

# n7 -- Exchange delivery receipt « Remis : »
nb(f"""From: Microsoft Outlook <postmaster@agence-lumen.example>
To: Imprimerie Vasseur <{SENDER}>
Date: Thu, 3 Dec 2026 08:22:17 +0000
Subject: =?utf-8?Q?Remis=C2=A0:_Relance_:_facture_FA-26-0332?=
Thread-Topic: Relance : facture FA-26-0332
Message-ID: <d1b2c3a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d@agence-lumen.example>
In-Reply-To: <relance.fa-26-0332.1733213700@imprimerie-vasseur.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_d1b2c3a45e6f4a7b8c9d0e1f2a3b4c5d_"
Auto-Submitted: auto-replied

--_000_d1b2c3a45e6f4a7b8c9d0e1f2a3b4c5d_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre message a été remis aux destinataires suivants :

Juliette Aubry (juliette.aubry@agence-lumen.example)<mailto:juliette.aubry@agence-lumen.example>

Objet : Relance : facture FA-26-0332
''')}
--_000_d1b2c3a45e6f4a7b8c9d0e1f2a3b4c5d_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR10MB2234.EURPRD10.PROD.OUTLOOK.EXAMPLE
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 08:22:15 +0000

Final-Recipient: rfc822;juliette.aubry@agence-lumen.example
Action: delivered
Status: 2.0.0

--_000_d1b2c3a45e6f4a7b8c9d0e1f2a3b4c5d_
Content-Type: text/rfc822-headers

{original("juliette.aubry@agence-lumen.example", "FA-26-0332", "1 312,00", 1, dt(3, 9, 22, 10), headers_only=True)}
--_000_d1b2c3a45e6f4a7b8c9d0e1f2a3b4c5d_--
""", "Exchange delivery receipt « Remis : » (Action: delivered)")

# n8 -- English "Delivered:" receipt
nb(f"""From: postmaster@harwick-marine.example
To: {SENDER}
Date: Fri, 4 Dec 2026 09:03:40 +0000
Subject: Delivered: 2e relance : facture FA-26-0319
Message-ID: <5f6e7d8c-9b0a-1c2d-3e4f-5a6b7c8d9e0f@harwick-marine.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_5f6e7d8c9b0a1c2d_"
Auto-Submitted: auto-replied

--_000_5f6e7d8c9b0a1c2d_
Content-Type: multipart/alternative; boundary="_001_5f6e7d8c9b0a1c2d_"

--_001_5f6e7d8c9b0a1c2d_
Content-Type: text/plain; charset="us-ascii"

Your message has been delivered to the following recipients:

Accounts Payable (ap@harwick-marine.example)<mailto:ap@harwick-marine.example>

Subject: 2e relance : facture FA-26-0319

--_001_5f6e7d8c9b0a1c2d_
Content-Type: text/html; charset="us-ascii"

<html><head></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message has been delivered to the following recipients:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:ap@harwick-marine.example">Accounts Payable (ap@harwick-marine.example)</a><br></font>
<font color="#000000" size="2" face="Tahoma">Subject: 2e relance : facture FA-26-0319</font></p>
</body></html>

--_001_5f6e7d8c9b0a1c2d_--

--_000_5f6e7d8c9b0a1c2d_
Content-Type: message/delivery-status

Reporting-MTA: dns;EX02.harwick-marine.example
Received-From-MTA: dns;EDGE01.harwick-marine.example
Arrival-Date: Fri, 4 Dec 2026 09:03:39 +0000

Final-Recipient: rfc822;ap@harwick-marine.example
Action: delivered
Status: 2.0.0
X-Display-Name: Accounts Payable

--_000_5f6e7d8c9b0a1c2d_
Content-Type: text/rfc822-headers

{original("ap@harwick-marine.example", "FA-26-0319", "4 050,00", 2, dt(4, 10, 3, 31), headers_only=True)}
--_000_5f6e7d8c9b0a1c2d_--
""", "English Exchange 'Delivered:'")

# n9 -- Exchange « Relayé : »
nb(f"""From: postmaster@groupe-sanitas.example
To: {SENDER}
Date: Fri, 4 Dec 2026 14:31:12 +0100
Subject: =?iso-8859-1?Q?Relay=E9_:_Relance_:_facture_FA-26-0388?=
Message-ID: <relayed-7741@mail.groupe-sanitas.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9B095B5ADSN=_01DB4660D7A1B2C300003B7Fmail.groupe-sa"
X-DSNContext: 7ce717b1 - 1196 - 00000002 - 00000000

This is a MIME-formatted message.  
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB4660D7A1B2C300003B7Fmail.groupe-sa
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

{qp('''Le message a été remis aux destinataires suivants, mais aucune notification de remise n'a été envoyée par le serveur de destination :

comptabilite-fournisseurs@groupe-sanitas.example

Objet : Relance : facture FA-26-0388
''', "iso-8859-1")}
--9B095B5ADSN=_01DB4660D7A1B2C300003B7Fmail.groupe-sa
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.groupe-sanitas.example
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Fri, 4 Dec 2026 14:31:10 +0100

Final-Recipient: rfc822;comptabilite-fournisseurs@groupe-sanitas.example
Action: relayed
Status: 2.0.0
Remote-MTA: dns;sanitas-ged.groupe-sanitas.example

--9B095B5ADSN=_01DB4660D7A1B2C300003B7Fmail.groupe-sa
Content-Type: text/rfc822-headers

{original("comptabilite-fournisseurs@groupe-sanitas.example", "FA-26-0388", "2 740,00", 1, dt(4, 14, 31, 2), headers_only=True)}
--9B095B5ADSN=_01DB4660D7A1B2C300003B7Fmail.groupe-sa--
""", "« Relayé : » (Action: relayed)")

# n10 -- Outlook read receipt « Lu : »
nb(f"""From: =?utf-8?Q?Agn=C3=A8s_Pruvost?= <a.pruvost@pruvost-fils.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: =?utf-8?Q?Lu=C2=A0:_Relance_:_facture_FA-26-0374?=
Date: Thu, 3 Dec 2026 14:12:55 +0000
Message-ID: <AM6PR02MB4409B7E3D2C1F0A9@AM6PR02MB4409.eurprd02.prod.outlook.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_AM6PR02MB4409B7E3D2C1F0A9_"

--_002_AM6PR02MB4409B7E3D2C1F0A9_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre message

  À : a.pruvost@pruvost-fils.example
  Objet : Relance : facture FA-26-0374
  Envoyé : jeudi 3 décembre 2026 10:01:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 3 décembre 2026 15:12:51 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
''')}
--_002_AM6PR02MB4409B7E3D2C1F0A9_
Content-Type: message/disposition-notification

Reporting-UA: AM6PR02MB4409.eurprd02.prod.outlook.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.pruvost@pruvost-fils.example
Original-Message-ID: <relance.fa-26-0374.1733216472@imprimerie-vasseur.example>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_AM6PR02MB4409B7E3D2C1F0A9_--
""", "read receipt (message/disposition-notification)")

# n11 -- Thunderbird read receipt, German-speaking client
nb(f"""From: Markus Brenner <m.brenner@brenner-druckluft.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Return Receipt (displayed) - 2e relance : facture FA-26-0306
Date: Fri, 4 Dec 2026 08:15:02 +0100
Message-ID: <a3e1f2d4-8b7c-4a69-9e0d-2c4b6a8f1e3d@brenner-druckluft.example>
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdnXk2Lp9Qz7"

This is a multi-part message in MIME format.
--------------mdnXk2Lp9Qz7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
m.brenner@brenner-druckluft.example.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------mdnXk2Lp9Qz7
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: brenner-druckluft.example; Mozilla Thunderbird
Final-Recipient: rfc822;m.brenner@brenner-druckluft.example
Original-Message-ID: <relance.fa-26-0306.1733300100@imprimerie-vasseur.example>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdnXk2Lp9Qz7
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

{original("m.brenner@brenner-druckluft.example", "FA-26-0306", "2 230,00", 2, dt(4, 8, 15, 0), headers_only=True, return_path=False)}
--------------mdnXk2Lp9Qz7--
""", "Thunderbird read receipt")

# n12 -- Colissimo failed delivery (parcel)
nb(f"""From: Colissimo <noreply@notif-colissimo.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_colis_6A24987345120_:_=C3=A9chec_de_livraison?=
Date: Fri, 4 Dec 2026 17:48:30 +0100
Message-ID: <20261204174830.6A24987345120.notif@notif-colissimo.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_colis_b7f3"
List-Unsubscribe: <mailto:desabonnement@notif-colissimo.example>

--=_colis_b7f3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Votre colis n° 6A24987345120 n'a pas pu être livré aujourd'hui : destinataire absent.

Le colis est disponible dès demain 15h dans votre bureau de poste :
Bureau de poste Lille Moulins – 33 rue d'Arras, 59000 Lille

Vous disposez de 10 jours ouvrables pour le retirer, muni d'une pièce d'identité et de l'avis de passage.

Vous pouvez aussi choisir une nouvelle date de livraison sur notre site.

À bientôt,
L'équipe Colissimo
''')}
--=_colis_b7f3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body style="font-family:Arial;background:#f4f4f4"><table width="600" align="center" style="background:#fff">
<tr><td style="background:#ffcc00;padding:12px"><b>Colissimo</b></td></tr>
<tr><td style="padding:20px"><h2>Échec de livraison</h2>
<p>Votre colis n° <b>6A24987345120</b> n'a pas pu être livré aujourd'hui : <b>destinataire absent</b>.</p>
<p>Il est disponible dès demain 15h au <b>Bureau de poste Lille Moulins</b>, 33 rue d'Arras, 59000 Lille.</p>
<p><a href="https://www.colissimo.example/suivi/6A24987345120">Suivre mon colis</a> | <a href="https://www.colissimo.example/reprogrammer">Choisir une nouvelle date</a></p>
</td></tr></table></body></html>''')}
--=_colis_b7f3--
""", "parcel « échec de livraison » (Colissimo)")

# n13 -- Chronopost
nb(f"""From: "Chronopost" <suivi@chronopost-notifications.example>
To: "IMPRIMERIE VASSEUR" <{SENDER}>
Subject: =?iso-8859-15?Q?Chronopost_-_Livraison_impossible_-_XW804512337FR?=
Date: Mon, 7 Dec 2026 12:03:19 +0100
Message-ID: <XW804512337FR.1207120319@chronopost-notifications.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-15"
Content-Transfer-Encoding: 8bit

Bonjour,

Nous vous informons que votre envoi XW804512337FR à destination de :
RESTAURANT LE COMPTOIR DU PORT
QUAI DE LA CITADELLE
59140 DUNKERQUE

n'a pas pu être livré ce jour.
Motif : adresse incomplète / destinataire inconnu à l'adresse.

Sans instruction de votre part sous 48 h, l'envoi sera retourné à l'expéditeur.
Pour donner une instruction : https://www.chronopost.example/instructions?n=XW804512337FR

Chronopost - Service Clients
Ce courriel vous est envoyé automatiquement, merci de ne pas y répondre.
""", "parcel (Chronopost) 'destinataire inconnu' — not e-mail", enc="iso-8859-15")

# n14 -- DHL English
nb(f"""From: DHL Express <noreply@dhl-notifications.example>
To: {SENDER}
Subject: DHL Shipment 4827361950 - Delivery attempt unsuccessful
Date: Tue, 8 Dec 2026 08:14:00 +0000
Message-ID: <n-4827361950-a2@dhl-notifications.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Customer,

We attempted to deliver your shipment 4827361950 today but were unable to
complete the delivery.

Reason: Consignee not available - business closed
Shipper: IMPRIMERIE VASSEUR, LILLE, FR
Destination: DE WITTE BOUW, GENT, BE

We will make a second delivery attempt on the next business day. You can
also reschedule or choose a DHL Service Point at:
https://mydhl.dhl.example/reschedule?AWB=4827361950

Kind regards,
DHL Express Customer Service

This is an automatically generated e-mail. Please do not reply.
""", "parcel (DHL) delivery attempt unsuccessful")

# n15 -- marketing newsletter about bounce rates
nb(f"""From: Mailjoy <newsletter@mailjoy-marketing.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_taux_de_rebond_(bounce_rate)_vous_co=C3=BBte_des_clients_?=
Date: Tue, 1 Dec 2026 07:30:00 +0000
Message-ID: <nl-2026-48.8812@mailjoy-marketing.example>
List-Unsubscribe: <https://mailjoy-marketing.example/u/88127a>, <mailto:unsub-88127a@mailjoy-marketing.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mj-88127a"

--mj-88127a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Hard bounce, soft bounce, boîte pleine, domaine inexistant... vos e-mails reviennent ?

Un taux de rebond supérieur à 2 % abîme la réputation de votre domaine : vos relances et vos factures finissent en spam, ou pire, sont refusées (erreur 550 5.7.1).

Dans ce numéro :
- Undelivered Mail Returned to Sender : comment lire un message d'erreur
- Mailer-daemon, postmaster : qui vous écrit ?
- SPF, DKIM, DMARC : la check-list en 10 minutes
- Webinaire jeudi 10/12 à 11h : « Zéro bounce en 2027 »

Nettoyez votre fichier gratuitement : https://mailjoy-marketing.example/verif

Vous recevez cet e-mail car vous êtes inscrit à la newsletter Mailjoy.
Se désinscrire : https://mailjoy-marketing.example/u/88127a
''')}
--mj-88127a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<!DOCTYPE html><html><body style="margin:0;background:#eef2f7">
<div style="max-width:600px;margin:auto;background:#fff;font-family:Helvetica,Arial">
<h1 style="color:#e0446a">Vos e-mails reviennent&nbsp;?</h1>
<p>Hard bounce, soft bounce, boîte pleine, domaine inexistant… Un taux de rebond supérieur à 2&nbsp;% abîme la réputation de votre domaine.</p>
<ul><li>Undelivered Mail Returned to Sender&nbsp;: comment lire un message d'erreur</li>
<li>Mailer-daemon, postmaster&nbsp;: qui vous écrit&nbsp;?</li>
<li>SPF, DKIM, DMARC&nbsp;: la check-list</li></ul>
<p><a href="https://mailjoy-marketing.example/webinaire" style="background:#e0446a;color:#fff;padding:10px 18px;text-decoration:none">Je m'inscris au webinaire</a></p>
<p style="font-size:11px;color:#999"><a href="https://mailjoy-marketing.example/u/88127a">Se désinscrire</a></p>
</div></body></html>''')}
--mj-88127a--
""", "newsletter about bounce rates")

# n16 -- DMARC aggregate report (Google-like), zip attachment
xml = f"""<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>google.example</org_name>
    <email>noreply-dmarc-support@google.example</email>
    <extra_contact_info>https://support.google.example/a/answer/2466580</extra_contact_info>
    <report_id>14982731550238816621</report_id>
    <date_range><begin>1796601600</begin><end>1796687999</end></date_range>
  </report_metadata>
  <policy_published><domain>imprimerie-vasseur.example</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct></policy_published>
  <record>
    <row><source_ip>198.51.100.9</source_ip><count>14</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>imprimerie-vasseur.example</header_from></identifiers>
    <auth_results><dkim><domain>imprimerie-vasseur.example</domain><result>pass</result><selector>rel1</selector></dkim>
      <spf><domain>imprimerie-vasseur.example</domain><result>pass</result></spf></auth_results>
  </record>
  <record>
    <row><source_ip>203.0.113.250</source_ip><count>2</count>
      <policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>imprimerie-vasseur.example</header_from></identifiers>
    <auth_results><spf><domain>imprimerie-vasseur.example</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
"""
import io
import zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo("google.example!imprimerie-vasseur.example!1796601600!1796687999.xml", (2026, 12, 6, 0, 0, 0))
    z.writestr(zi, xml)
nb(f"""From: noreply-dmarc-support@google.example
To: dmarc@imprimerie-vasseur.example
Cc: {SENDER}
Subject: Report domain: imprimerie-vasseur.example Submitter: google.example Report-ID: 14982731550238816621
Date: Sun, 06 Dec 2026 15:59:59 -0800
Message-ID: <14982731550238816621@google.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000d4c1a2062b7f9e31"

--000000000000d4c1a2062b7f9e31
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes



--000000000000d4c1a2062b7f9e31
Content-Type: application/zip; 
	name="google.example!imprimerie-vasseur.example!1796601600!1796687999.zip"
Content-Disposition: attachment; 
	filename="google.example!imprimerie-vasseur.example!1796601600!1796687999.zip"
Content-Transfer-Encoding: base64

{b64(buf.getvalue())}
--000000000000d4c1a2062b7f9e31--
""", "DMARC aggregate report")

# n17 -- TLS-RPT report
import gzip
tls = ('{"organization-name":"Microsoft Corporation","date-range":{"start-datetime":"2026-12-05T00:00:00Z","end-datetime":"2026-12-05T23:59:59Z"},'
       '"contact-info":"tlsrpt-noreply@microsoft.example","report-id":"133781264000000000+imprimerie-vasseur.example",'
       '"policies":[{"policy":{"policy-type":"sts","policy-string":["version: STSv1","mode: testing","mx: mx1.imprimerie-vasseur.example","max_age: 604800"],'
       '"policy-domain":"imprimerie-vasseur.example"},"summary":{"total-successful-session-count":9,"total-failure-session-count":1},'
       '"failure-details":[{"result-type":"certificate-expired","sending-mta-ip":"203.0.113.5","receiving-mx-hostname":"mx1.imprimerie-vasseur.example","failed-session-count":1}]}]}')
nb(f"""From: TLS Reporting <tlsrpt-noreply@microsoft.example>
To: tlsrpt@imprimerie-vasseur.example
Cc: {SENDER}
Subject: Report Domain: imprimerie-vasseur.example Submitter: microsoft.example Report-ID: <133781264000000000+imprimerie-vasseur.example>
TLS-Report-Domain: imprimerie-vasseur.example
TLS-Report-Submitter: microsoft.example
Date: Sun, 6 Dec 2026 05:12:44 +0000
Message-ID: <tlsrpt.133781264000000000@microsoft.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type="tlsrpt"; boundary="tlsrpt-b1f0"

--tlsrpt-b1f0
Content-Type: text/plain; charset="us-ascii"

This is an aggregate TLS report from microsoft.example

--tlsrpt-b1f0
Content-Type: application/tlsrpt+gzip
Content-Disposition: attachment;
	filename="microsoft.example!imprimerie-vasseur.example!1796515200!1796601599.json.gz"
Content-Transfer-Encoding: base64

{b64(gzip.compress(tls.encode(), mtime=0))}
--tlsrpt-b1f0--
""", "TLS-RPT report (mentions a failure-session, but is a report)")

# n18 -- spam quarantine digest (gateway at our own provider)
nb(f"""From: Quarantaine <quarantine@filtre.hebergeur-pro.example>
To: {SENDER}
Subject: =?utf-8?Q?[Quarantaine]_3_messages_retenus_pour_relances@imprimerie-vasseur.example?=
Date: Mon, 7 Dec 2026 06:00:03 +0100
Message-ID: <digest-20261207-0600-relances@filtre.hebergeur-pro.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body style="font-family:Verdana;font-size:12px">
<p>Bonjour,</p>
<p>Les messages suivants adressés à <b>relances@imprimerie-vasseur.example</b> ont été placés en quarantaine au cours des dernières 24 heures. Ils ne vous ont pas été remis.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Date</th><th>Expéditeur</th><th>Objet</th><th>Score</th><th></th></tr>
<tr><td>06/12 14:02</td><td>mailer-daemon@notice-delivery.example</td><td>Undelivered mail: 4 messages pending</td><td>12.8</td><td><a href="https://filtre.hebergeur-pro.example/q/release?id=a81">Libérer</a></td></tr>
<tr><td>06/12 19:47</td><td>info@promo-encres.example</td><td>-40% sur les toners</td><td>7.1</td><td><a href="https://filtre.hebergeur-pro.example/q/release?id=a82">Libérer</a></td></tr>
<tr><td>07/12 03:15</td><td>compta@ets-merlin.example</td><td>RE: Relance : facture FA-26-0360</td><td>5.3</td><td><a href="https://filtre.hebergeur-pro.example/q/release?id=a83">Libérer</a></td></tr>
</table>
<p>Les messages en quarantaine sont supprimés automatiquement après 14 jours.</p>
</body></html>''')}
""", "spam-quarantine digest (lists a fake mailer-daemon item, and a client reply held)")

# n19 -- Outlook recall failure (French)
nb(f"""From: =?utf-8?Q?Herv=C3=A9_Tiberghien?= <h.tiberghien@tiberghien-conseil.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: =?utf-8?Q?=C3=89chec_du_rappel=C2=A0:_Facture_sign=C3=A9e?=
Date: Thu, 3 Dec 2026 15:21:40 +0000
Message-ID: <recall-fail-3d1a@tiberghien-conseil.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre rappel du message « Facture signée » a échoué pour les destinataires suivants :

relances@imprimerie-vasseur.example

Le message d'origine a déjà été lu par le destinataire ou a été remis à un système de messagerie qui ne prend pas en charge le rappel des messages.

Date du rappel : 03/12/2026 16:21
''')}
""", "Outlook recall-failure report from a client")

# n20 -- Mailman moderation notice
nb(f"""From: adherents-owner@listes.federation-imprimeurs-hdf.example
To: {SENDER}
Subject: =?utf-8?q?Votre_message_=C3=A0_Adherents_est_en_attente_de_mod=C3=A9ration?=
Date: Fri, 04 Dec 2026 11:00:12 +0100
Message-ID: <176480041211.3721.9981@listes.federation-imprimeurs-hdf.example>
Precedence: bulk
X-BeenThere: adherents@listes.federation-imprimeurs-hdf.example
X-Mailman-Version: 3.3.9
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message à Adherents@listes.federation-imprimeurs-hdf.example portant l'objet

    Impayés : quelqu'un connaît la SARL Pelletier ?

est en attente d'approbation par un modérateur.

La raison de la mise en attente :

    Message posté par une adresse non inscrite à la liste

Votre message sera soit publié sur la liste, soit un avis de rejet vous parviendra
de la part du modérateur.
""", "mailing-list moderation hold")

# n21 -- helpdesk ticket acknowledgement
nb(f"""From: Support Domotik Pro <support@domotikpro.example>
Reply-To: support+id48213@domotikpro.example
To: Imprimerie Vasseur <{SENDER}>
Subject: [Ticket #48213] Relance : facture FA-26-0355
Date: Thu, 03 Dec 2026 10:22:31 +0100
Message-ID: <ticket48213.ack@domotikpro.example>
In-Reply-To: <relance.fa-26-0355.1733217700@imprimerie-vasseur.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="zd-48213"

--zd-48213
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

##- Merci de répondre au-dessus de cette ligne -##

Bonjour Imprimerie Vasseur,

Nous avons bien reçu votre demande (#48213). Notre équipe vous répondra sous 48 heures ouvrées.

Les demandes concernant la facturation fournisseurs sont traitées par notre service comptable : compta-fournisseurs@domotikpro.example.

Cordialement,
L'équipe Support Domotik Pro

--zd-48213
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 8bit

<div style="color:#b5b5b5">##- Merci de répondre au-dessus de cette ligne -##</div>
<p>Bonjour Imprimerie Vasseur,</p>
<p>Nous avons bien reçu votre demande (<b>#48213</b>). Notre équipe vous répondra sous 48 heures ouvrées.</p>
<p>Les demandes concernant la facturation fournisseurs sont traitées par notre service comptable : compta-fournisseurs@domotikpro.example.</p>
<p>Cordialement,<br>L'équipe Support Domotik Pro</p>

--zd-48213--
""", "helpdesk ticket acknowledgement")

# n22 -- auto-reply: this address is no longer read (delivered! not a bounce)
nb(f"""From: contact@restaurant-la-criee.example
To: {SENDER}
Subject: Re: Relance : facture FA-26-0370
Date: Thu, 3 Dec 2026 10:31:02 +0100
Message-ID: <autoreply.1733218262.5531@restaurant-la-criee.example>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: 8bit

Cette adresse n'est plus consultée depuis le changement de gérance (1er septembre 2026).
Votre message n'a pas été lu.

Merci d'écrire à : gerance@lacriee-restauration.example
Réservations : 03 21 00 11 22
""", "auto-reply 'adresse plus consultée': message was delivered; not a delivery failure", enc="cp1252", eol="lf")

# n23 -- postmaster writes as a human
nb(f"""From: Postmaster Groupe Vandamme <postmaster@groupe-vandamme.example>
To: {SENDER}
Subject: Vos relances arrivent en spam chez nous
Date: Fri, 4 Dec 2026 17:05:49 +0100
Message-ID: <b39e1d0a-4c7f-4b52-9a31-7f2e6d8c1a04@groupe-vandamme.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
User-Agent: Mozilla Thunderbird

Bonjour,

Je m'occupe de la messagerie du groupe. Notre service compta me signale que vos relances tombent systématiquement dans le dossier indésirables depuis une quinzaine de jours. Elles arrivent bien, rien n'est rejeté, mais notre filtre les note mal : votre enregistrement SPF ne contient pas l'adresse 198.51.100.9 qui les envoie, et il n'y a pas de signature DKIM.

Pouvez-vous transmettre à votre prestataire ? En attendant j'ai mis votre domaine en liste blanche.

Cordialement,
--
Yannick Roels
Service informatique – Groupe Vandamme
""", "human message from postmaster@: filtered to spam, nothing bounced")

# n24 -- our own mailbox almost full (provider warning)
nb(f"""From: "Service Messagerie" <no-reply@messagerie.hebergeur-pro.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_bo=C3=AEte_aux_lettres_est_presque_pleine_(92_%)?=
Date: Sat, 5 Dec 2026 03:00:00 +0100
Message-ID: <quota-warn-relances-20261205@messagerie.hebergeur-pro.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Votre boîte aux lettres relances@imprimerie-vasseur.example utilise 4,6 Go sur les 5 Go disponibles (92 %).

Lorsque votre boîte sera pleine, les messages qui vous sont adressés seront refusés et leurs expéditeurs recevront un message d'erreur (552 5.2.2 « boîte pleine »).

Pour libérer de l'espace, supprimez les messages volumineux ou videz la corbeille depuis votre webmail, ou passez à l'offre 50 Go.

Le service Messagerie
''')}
""", "quota warning for OUR mailbox, not a returned message")

# n25 -- phishing that imitates a bounce
nb(f"""From: "Mail Delivery System" <mailer-daemon@imprimerie-vasseur-example.security-notice.example>
To: {SENDER}
Subject: Undelivered Mail: (4) messages failed to deliver
Date: Sun, 6 Dec 2026 14:02:11 +0000
Message-ID: <2a6f11b0d2e84fd1a9@security-notice.example>
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial">
<p>Dear relances,</p>
<p>(4) incoming messages for <b>relances@imprimerie-vasseur.example</b> failed to deliver due to a server synchronization error and are pending on our cloud.</p>
<p><a href="https://webmail-sync.security-notice.example/login?u=relances%40imprimerie-vasseur.example" style="background:#0a66c2;color:#fff;padding:8px 14px;text-decoration:none">Release pending messages</a></p>
<p style="font-size:11px;color:#888">If messages are not released within 48 hours they will be permanently deleted.<br>Mail Delivery System &copy; 2026</p>
</body></html>
""", "phishing dressed as a bounce; nothing of ours was returned")

# n26 -- English human reply from a foreign client
nb(f"""From: Erik Lindqvist <erik@nordform-design.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Re: 2e relance : facture FA-26-0337
Date: Fri, 4 Dec 2026 09:44:20 +0100
Message-ID: <8D1F2A77-3C4B-4E21-9B0A-6F5E4D3C2B1A@nordform-design.example>
In-Reply-To: <relance.fa-26-0337.1733302000@imprimerie-vasseur.example>
References: <relance.fa-26-0337.1733302000@imprimerie-vasseur.example>
X-Mailer: Apple Mail (2.3776.700.51)
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Hi Sandrine,

Sorry about this. I did reply to your first reminder on 19 November but my email bounced back with "mailbox unavailable" – I guess I had a typo in your address. The payment of EUR 2 685,00 was scheduled for 30 November and our bank shows it as executed. Could you check again on your side?

I will send the SWIFT confirmation in a separate email.

Best regards,
Erik

Erik Lindqvist
Nordform Design AB
Göteborg

> On 4 Dec 2026, at 09:20, Imprimerie Vasseur <relances@imprimerie-vasseur.example> wrote:
>=20
''' + quoted_reminder("FA-26-0337", "2 685,00", 2))}
""", "English reply mentioning his own mail bounced")

# n27 -- mobile reply, no accents, curt
nb(f"""From: Kader B <kader.btp59@gmail.example>
To: {SENDER}
Subject: Re: Relance : facture FA-26-0400
Date: Sat, 5 Dec 2026 19:12:08 +0100
Message-ID: <CAM1x0qvA7+Ks0uT9k@mail.gmail.example>
In-Reply-To: <relance.fa-26-0400.1733303300@imprimerie-vasseur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

bjr jai eu votre mail mais la facture ouvre pas sur le tel, erreur fichier. renvoyer svp en pdf normal. je paye lundi

Envoye de mon iPhone
""", "mobile reply: attachment won't open")

# n28 -- bank: transfer returned (« rejet ») — a failure, but not of an e-mail
nb(f"""From: Banque Populaire du Nord - Alertes <alertes@bpn-alertes.example>
To: {SENDER}
Subject: =?iso-8859-1?Q?Alerte_:_rejet_d'un_virement_re=E7u?=
Date: Mon, 7 Dec 2026 07:45:10 +0100
Message-ID: <alerte.5521873.20261207@bpn-alertes.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

{qp('''Madame, Monsieur,

Un virement SEPA émis à votre profit a été rejeté par la banque du donneur d'ordre.

Donneur d'ordre : SARL CARON MENUISERIE
Montant : 2 115,00 EUR
Motif du rejet : AC04 - compte clôturé
Date : 04/12/2026

Ce message est envoyé automatiquement par votre service d'alertes. Pour consulter le détail, connectez-vous à votre espace client.
''', "iso-8859-1")}
""", "bank alert about a rejected transfer (failure, but not e-mail)")

# n29 -- client answers and pastes the error their Outlook showed them
nb(f"""From: "Cathy - Garage Delattre" <cathy@garage-delattre.example>
To: <{SENDER}>
Subject: RE: Dernier rappel avant mise en demeure =?windows-1252?Q?=96?= facture FA-26-0291
Date: Mon, 7 Dec 2026 10:02:33 +0100
Message-ID: <000a01db4887$1c2d3e40$54878ac0$@garage-delattre.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 15.0

{qp('''Bonjour Mme Vasseur,

Je suis vraiment désolée, je vous ai répondu deux fois la semaine dernière mais j'avais ce message en retour :

   « Remise impossible à ces destinataires ou groupes : comptabilite@imprimerie-vasseur.example
     La boîte aux lettres du destinataire est pleine »

Je pensais que vous aviez reçu quand même. Le chèque de 890 € est parti vendredi par courrier, vous devriez l'avoir demain.

Cathy Delattre
Garage Delattre
03 27 00 45 12

-----Message d'origine-----
De : Imprimerie Vasseur [mailto:relances@imprimerie-vasseur.example]=20
Envoyé : lundi 7 décembre 2026 08:30
À : cathy@garage-delattre.example
Objet : Dernier rappel avant mise en demeure – facture FA-26-0291

''' + quoted_reminder("FA-26-0291", "890,00", 3, prefix=""), "cp1252")}
""", "client quotes an NDR she got when replying; our reminder was delivered")

# n30 -- virus scanner: attachment removed, message delivered
nb(f"""From: "Passerelle antivirus" <antivirus@mairie-estaires.example>
To: {SENDER}
Subject: [AVERTISSEMENT] Piece jointe supprimee : Relance : facture FA-26-0417
Date: Thu, 3 Dec 2026 11:02:47 +0100
Message-ID: <av-notice-93310@mairie-estaires.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Ce message a ete genere automatiquement par la passerelle de securite de la
Mairie d'Estaires.

Le message suivant a ete remis a son destinataire, mais une piece jointe a
ete retiree conformement a la politique de securite :

  Expediteur   : {SENDER}
  Destinataire : finances@mairie-estaires.example
  Objet        : Relance : facture FA-26-0417
  Piece jointe : FA-26-0417.pdf (type de fichier non autorise depuis l'exterieur)

Aucune action n'est requise. Pour transmettre une facture a la collectivite,
utilisez le portail Chorus Pro.
""", "gateway notice: message delivered, attachment stripped")

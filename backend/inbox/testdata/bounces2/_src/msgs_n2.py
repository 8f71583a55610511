"""Look-alikes, part 2: auto-replies, receipts, reports, parcels, human replies."""
from mta import *  # noqa
from reg import nb
import gzip

# n31 -- English out-of-office (Exchange)
nb(f"""From: Rachel Denholm <r.denholm@denholm-foods.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Automatic reply: 2e relance : facture FA-26-0314
Thread-Topic: 2e relance : facture FA-26-0314
Date: Fri, 4 Dec 2026 08:31:19 +0000
Message-ID: <0b6d54a1c3e24f7f8a90e1d2c3b4a596@LO2P265MB1234.GBRP265.PROD.OUTLOOK.EXAMPLE>
In-Reply-To: <relance.fa-26-0314.1733300470@imprimerie-vasseur.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: r.denholm@denholm-foods.example
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Thank you for your email. I am currently out of the office on annual leave, returning on Monday 14th December, with limited access to email.

For anything urgent regarding supplier payments please contact our finance team on finance@denholm-foods.example or call +44 1632 960 418.

Kind regards,
Rachel
""", "English out-of-office")

# n32 -- German out-of-office, iso-8859-1
nb(f"""From: "Weber, Jens" <j.weber@weber-messebau.example>
To: <{SENDER}>
Subject: =?iso-8859-1?Q?Abwesenheitsnotiz:_Relance_:_facture_FA-26-0308?=
Date: Thu, 3 Dec 2026 09:58:02 +0100
Message-ID: <OOF-3e9d1a22-b8c4@weber-messebau.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

{qp('''Sehr geehrte Damen und Herren,

ich bin bis einschließlich 9. Dezember nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an buchhaltung@weber-messebau.example.

Mit freundlichen Grüßen
Jens Weber
''', "iso-8859-1")}
""", "German out-of-office")

# n33 -- out-of-office sent from a MAILER-DAEMON-like address
nb(f"""Return-Path: <>
From: MAILER-DAEMON@mairie-wavrin.example (Mail Delivery System)
To: {SENDER}
Subject: Absence : Relance : facture FA-26-0405
Date: Thu, 3 Dec 2026 10:40:58 +0100 (CET)
Message-ID: <vacation.20261203104058.1183@mairie-wavrin.example>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le service comptabilité de la mairie est fermé du 3 au 7 décembre inclus (formation).
Votre message sera traité à partir du 8 décembre.

Mairie de Wavrin – Service finances
""", "vacation reply whose From is MAILER-DAEMON; the reminder was delivered")

# n34 -- Roundcube/Sieve vacation at Free, short
nb(f"""From: therese.vandamme@free.example
To: {SENDER}
Subject: Auto: Relance : facture FA-26-0387
Date: Fri, 4 Dec 2026 18:00:44 +0100
Message-ID: <sieve-vacation-7713@free.example>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Je suis chez ma fille jusqu'au 15 décembre. Je lirai mes messages à mon retour.
Thérèse
""", "Sieve vacation", eol="lf")

# n35 -- human: found it in spam, no attachment
nb(f"""From: =?UTF-8?Q?Beno=C3=AEt_Sauvage?= <benoit@sauvage-electricite.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Re: Relance : facture FA-26-0382
Date: Fri, 4 Dec 2026 07:49:51 +0100
Message-ID: <6d1d2f3e-4a5b-6c7d-8e9f-a0b1c2d3e4f5@sauvage-electricite.example>
In-Reply-To: <relance.fa-26-0382.1733217400@imprimerie-vasseur.example>
References: <relance.fa-26-0382.1733217400@imprimerie-vasseur.example>
User-Agent: Mozilla Thunderbird
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Votre message était dans mes indésirables, je ne l'ai vu que ce matin. Par contre il n'y a pas de pièce jointe, juste le texte. Et je n'ai jamais reçu la facture d'origine non plus : vous l'aviez envoyée à quelle adresse ?

Cordialement,
Benoît Sauvage
SARL Sauvage Électricité

Le 03/12/2026 à 10:16, Imprimerie Vasseur a écrit :
{quoted_reminder("FA-26-0382", "1 045,00", 1)}
""", "human: message in spam folder, no attachment")

# n36 -- broken French from a foreign client, 'mail came back empty'
nb(f"""From: Joao Ferreira <joao.ferreira.renov@gmail.example>
To: {SENDER}
Subject: Re: 2e relance : facture FA-26-0336
Date: Sat, 5 Dec 2026 12:20:03 +0100
Message-ID: <CAF8xq1mW0_jo2Lp@mail.gmail.example>
In-Reply-To: <relance.fa-26-0336.1733385000@imprimerie-vasseur.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

{qp('''bonjour madame

je a pas recu la facture premier fois, le mail il est revenu vide sans rien dedans. moi je paye toujours mes fournisseurs pas de probleme. vous envoyer encore svp avec le RIB et je fais virement lundi ou mardi

merci
Joao Ferreira
Ferreira Renovation

Le sam. 5 déc. 2026 à 10:30, Imprimerie Vasseur <relances@imprimerie-vasseur.example> a écrit :
''' + quoted_reminder("FA-26-0336", "1 380,00", 2))}
""", "broken French: 'le mail il est revenu vide'")

# n37 -- client forwards internally with us in Cc
nb(f"""From: Laetitia Bourgeois <l.bourgeois@groupe-bourgeois-immo.example>
To: Comptabilite Fournisseurs <compta.fournisseurs@groupe-bourgeois-immo.example>
Cc: Imprimerie Vasseur <{SENDER}>
Subject: TR: Relance : facture FA-26-0360
Date: Thu, 3 Dec 2026 11:12:40 +0100
Message-ID: <PAXPR08MB6990C1A2B3D4E5F6@PAXPR08MB6990.eurprd08.prod.outlook.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_PAXPR08MB6990C1A2B3D4E5F6_"

--_000_PAXPR08MB6990C1A2B3D4E5F6_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''Bonjour Nadia,

Peux-tu regarder ? Je crois que cette facture est restée bloquée dans le circuit de validation (bon de commande de la brochure résidence Les Acacias). Je mets l'imprimerie en copie pour qu'elle sache que c'est en cours.

Merci,
Laetitia

De : Imprimerie Vasseur <relances@imprimerie-vasseur.example>
Envoyé : jeudi 3 décembre 2026 09:58
À : Laetitia Bourgeois <l.bourgeois@groupe-bourgeois-immo.example>
Objet : Relance : facture FA-26-0360

''' + reminder_body("FA-26-0360", "2 470,00", 1))}

--_000_PAXPR08MB6990C1A2B3D4E5F6_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64('''<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Bonjour Nadia,</p>
<p>Peux-tu regarder&nbsp;? Je crois que cette facture est restée bloquée dans le circuit de validation (bon de commande de la brochure résidence Les Acacias). Je mets l'imprimerie en copie pour qu'elle sache que c'est en cours.</p>
<p>Merci,<br>Laetitia</p>
<hr>
<p><b>De :</b> Imprimerie Vasseur &lt;relances@imprimerie-vasseur.example&gt;<br><b>Envoyé :</b> jeudi 3 décembre 2026 09:58<br><b>À :</b> Laetitia Bourgeois<br><b>Objet :</b> Relance : facture FA-26-0360</p>
<p>Bonjour,<br><br>Sauf erreur de notre part, la facture FA-26-0360 du 15/10/2026, d'un montant de 2 470,00 € TTC, n'a pas encore été réglée (échéance au 14/11/2026).</p>
</div></body></html>''')}

--_000_PAXPR08MB6990C1A2B3D4E5F6_--
""", "internal forward with us in Cc (subject TR:)")

# n38 -- inline answers, Thunderbird
nb(f"""From: Guillaume Prevost <gprevost@atelier-prevost-menuiserie.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Re: Dernier rappel avant mise en demeure =?UTF-8?Q?=E2=80=93?= facture FA-26-0294
Date: Mon, 7 Dec 2026 21:14:09 +0100
Message-ID: <5a0f7e1c-aa21-4c33-9d55-3b1f2e4d6c70@atelier-prevost-menuiserie.example>
In-Reply-To: <relance.fa-26-0294.1733560200@imprimerie-vasseur.example>
References: <relance.fa-26-0294.1733560200@imprimerie-vasseur.example>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Le 07/12/2026 à 08:30, Imprimerie Vasseur a écrit :
> Madame, Monsieur,
>
> Malgré nos relances, la facture FA-26-0294 du 15/10/2026 d'un montant de 1 960,00 € TTC demeure impayée.

Vos « relances » ne me sont jamais parvenues, ni la première ni la deuxième. Celle-ci est la première que je vois. Vérifiez l'adresse que vous avez dans votre fichier : c'est gprevost@ sans point, pas g.prevost@.

> Sans règlement de votre part sous huit jours, nous serons contraints d'engager une procédure de recouvrement

Pas la peine de menacer. Le chèque partira demain.

> et d'appliquer les pénalités de retard ainsi que l'indemnité forfaitaire de 40 €

Je ne paierai pas de pénalités pour des mails envoyés à une mauvaise adresse.

G. Prévost
""", "inline answers; client says previous reminders never arrived (wrong address) — no DSN here")

# n39 -- Sendmail 'Return receipt' (Action: delivered)
b = "5B3AHq7x012240.1796461100/mail.agence-boreal.example"
nb(f"""Return-Path: <MAILER-DAEMON>
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.agence-boreal.example>
To: <{SENDER}>
Subject: Return receipt
Date: Thu, 3 Dec 2026 10:58:20 +0100
Message-Id: <202612030958.5B3AHq7x012241@mail.agence-boreal.example>
Auto-Submitted: auto-generated (return-receipt)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="{b}"

This is a MIME-encapsulated message

--{b}

The original message was received at Thu, 3 Dec 2026 10:58:18 +0100
from smtp.imprimerie-vasseur.example [198.51.100.9]

   ----- The following addresses had successful delivery notifications -----
<direction@agence-boreal.example>  (successfully delivered to mailbox)

   ----- Transcript of session follows -----
<direction@agence-boreal.example>... Successfully delivered

--{b}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.agence-boreal.example
Received-From-MTA: DNS; smtp.imprimerie-vasseur.example
Arrival-Date: Thu, 3 Dec 2026 10:58:18 +0100

Final-Recipient: RFC822; direction@agence-boreal.example
Action: delivered (to mailbox)
Status: 2.1.5
Last-Attempt-Date: Thu, 3 Dec 2026 10:58:20 +0100

--{b}
Content-Type: text/rfc822-headers

{original("direction@agence-boreal.example", "FA-26-0325", "1 150,00", 1, dt(3, 10, 58, 10), headers_only=True)}
--{b}--
""", "Sendmail 'Return receipt': Action delivered, 2.1.5")

# n40 -- French-localised Postfix success report
nb(postfix("mail-out3.hebergeur-pro.example", "4NrT9a2QkLz2Yc", dt(4, 14, 50, 2), dt(4, 14, 49, 58),
           """<contact@librairie-le-chat-qui-lit.example>: distribution via
    mx.librairie-le-chat-qui-lit.example[203.0.113.31]:25 : 250 2.0.0 Ok: queued as 41B2C3D4E5""",
           [rcpt("contact@librairie-le-chat-qui-lit.example", "relayed", "2.0.0", "250 2.0.0 Ok: queued as 41B2C3D4E5",
                 "mx.librairie-le-chat-qui-lit.example", orig_rcpt="contact@librairie-le-chat-qui-lit.example")],
           original("contact@librairie-le-chat-qui-lit.example", "FA-26-0340", "430,00", 1, dt(4, 14, 49, 58), headers_only=True),
           intro="""Ceci est le système de messagerie de l'hôte mail-out3.hebergeur-pro.example.

Votre message a bien été remis aux destinataires indiqués
ci-dessous. S'il a été remis dans une boîte aux lettres, vous ne
recevrez pas d'autre notification. Sinon, vous pourriez encore
recevoir des notifications d'erreur d'autres systèmes.

                   Le système de messagerie
""", subject=hdr("Rapport de remise réussie"),
           from_="MAILER-DAEMON@mail-out3.hebergeur-pro.example (=?utf-8?q?Syst=C3=A8me_de_messagerie?=)",
           lang_charset="utf-8", cte="quoted-printable", headers_only=True),
   "positive DSN in French (Action relayed)")

# n41 -- Microsoft 365 'Delivered:' modern style, HTML + DSN
nb(f"""From: Microsoft Outlook <postmaster@oakridge-consulting.example>
To: <{SENDER}>
Date: Mon, 7 Dec 2026 09:12:03 +0000
Subject: Delivered: Relance : facture FA-26-0447
Thread-Topic: Relance : facture FA-26-0447
Message-ID: <6a7b8c9d-0e1f-4a2b-3c4d-5e6f7a8b9c0d@LO4P265MB5678.GBRP265.PROD.OUTLOOK.EXAMPLE>
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_6a7b8c9d0e1f_"

--_000_6a7b8c9d0e1f_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16pt;color:#000000"><b>Your message has been delivered to the following recipients:</b></p>
<p><a href="mailto:m.okafor@oakridge-consulting.example">Michael Okafor (m.okafor@oakridge-consulting.example)</a></p>
<p>Subject: Relance : facture FA-26-0447</p>
</div></body></html>''')}
--_000_6a7b8c9d0e1f_
Content-Type: message/delivery-status

Reporting-MTA: dns;LO4P265MB5678.GBRP265.PROD.OUTLOOK.EXAMPLE
Received-From-MTA: dns;smtp.imprimerie-vasseur.example
Arrival-Date: Mon, 7 Dec 2026 09:12:01 +0000

Final-Recipient: rfc822;m.okafor@oakridge-consulting.example
Action: delivered
Status: 2.0.0
X-Display-Name: Michael Okafor

--_000_6a7b8c9d0e1f_
Content-Type: text/rfc822-headers

{original("m.okafor@oakridge-consulting.example", "FA-26-0447", "2 150,00", 1, dt(7, 10, 11, 55), headers_only=True)}
--_000_6a7b8c9d0e1f_--
""", "M365 'Delivered:' with X-MS-Exchange-Message-Is-Ndr header present (it is still a success)")

# n42 -- « Non lu : » : deleted without being read (MDN, disposition deleted)
nb(f"""From: =?utf-8?Q?Rapha=C3=ABl_Cousin?= <r.cousin@cousin-climatisation.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: =?utf-8?Q?Non_lu=C2=A0:_2e_relance_:_facture_FA-26-0307?=
Date: Mon, 7 Dec 2026 07:45:12 +0000
Message-ID: <DB7PR07MB5512A9B8C7D6E5F4@DB7PR07MB5512.eurprd07.prod.outlook.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_003_DB7PR07MB5512A9B8C7D6E5F4_"

--_003_DB7PR07MB5512A9B8C7D6E5F4_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp('''Votre message

  À : r.cousin@cousin-climatisation.example
  Objet : 2e relance : facture FA-26-0307
  Envoyé : vendredi 4 décembre 2026 10:20:44 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été supprimé sans avoir été lu le lundi 7 décembre 2026 08:45:09 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
''')}
--_003_DB7PR07MB5512A9B8C7D6E5F4_
Content-Type: message/disposition-notification

Reporting-UA: DB7PR07MB5512.eurprd07.prod.outlook.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;r.cousin@cousin-climatisation.example
Original-Message-ID: <relance.fa-26-0307.1733304044@imprimerie-vasseur.example>
Disposition: manual-action/MDN-sent-manually; deleted

--_003_DB7PR07MB5512A9B8C7D6E5F4_--
""", "MDN 'deleted without being read': delivered, not a bounce")

# n43 -- Gmail / Workspace read receipt
nb(f"""From: Camille Royer <camille@royer-evenements.example>
To: {SENDER}
Subject: Read: Relance : facture FA-26-0448
Date: Mon, 7 Dec 2026 11:03:27 +0100
Message-ID: <CAH3vBr0readreceipt77@mail.gmail.example>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000ab12cd062b8f0a11"; report-type=disposition-notification

--000000000000ab12cd062b8f0a11
Content-Type: text/plain; charset="UTF-8"

This is a receipt for the mail you sent to
camille@royer-evenements.example at 07/12/2026, 10:55

This receipt verifies that the message has been displayed on the recipient's computer at 07/12/2026, 11:03

--000000000000ab12cd062b8f0a11
Content-Type: message/disposition-notification

Reporting-UA: royer-evenements.example; Gmail
Final-Recipient: rfc822;camille@royer-evenements.example
Original-Message-ID: <relance.fa-26-0448.1796637300@imprimerie-vasseur.example>
Disposition: manual-action/MDN-sent-manually; displayed

--000000000000ab12cd062b8f0a11--
""", "Workspace read receipt")

# n44 -- DPD parcel
nb(f"""From: DPD France <no-reply@dpd-notifications.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_colis_n=C2=B0_250087743210_n'a_pas_pu_=C3=AAtre_livr=C3=A9?=
Date: Tue, 8 Dec 2026 13:20:05 +0100
Message-ID: <dpd.250087743210.20261208132005@dpd-notifications.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body style="font-family:Arial;font-size:14px">
<img src="https://www.dpd.example/logo.png" alt="DPD" width="90">
<h3>Votre colis n'a pas pu être livré</h3>
<p>Bonjour,</p>
<p>Notre livreur s'est présenté aujourd'hui à 12h47 chez <b>SAS BRASSERIE DU BEFFROI</b> mais n'a pas pu remettre votre colis n° <b>250087743210</b>.</p>
<p>Motif : <b>adresse introuvable</b>.</p>
<p>Une nouvelle tentative aura lieu demain. Vous pouvez aussi modifier l'adresse de livraison :</p>
<p><a href="https://www.dpd.example/suivi/250087743210">Gérer ma livraison</a></p>
<p style="color:#999;font-size:11px">Ceci est un message automatique, merci de ne pas y répondre.</p>
</body></html>''')}
""", "parcel DPD 'adresse introuvable'")

# n45 -- Mondial Relay: returned to sender
nb(f"""From: Mondial Relay <notification@mondialrelay-info.example>
To: "Imprimerie Vasseur" <{SENDER}>
Subject: =?utf-8?Q?Colis_35881204_retourn=C3=A9_=C3=A0_l'exp=C3=A9diteur?=
Date: Wed, 9 Dec 2026 06:15:00 +0100
Message-ID: <mr-35881204-retour@mondialrelay-info.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le colis n° 35881204 (destinataire : M. BOUCHER Alain) n'a pas été retiré dans le délai de 14 jours au Point Relais® TABAC LE NARVAL, 59140 DUNKERQUE.

Il est en cours de retour vers votre adresse d'expédition. Délai estimé : 5 à 8 jours ouvrés.

L'équipe Mondial Relay
""", "parcel returned to sender (not e-mail)")

# n46 -- UPS English exception
nb(f"""From: UPS Quantum View <mcinfo@ups-notify.example>
To: {SENDER}
Subject: UPS Update: Delivery Exception - 1Z 9A7 V42 68 0412 338 1
Date: Tue, 8 Dec 2026 16:40:11 +0000
Message-ID: <UPS.1Z9A7V426804123381.20261208@ups-notify.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Delivery Exception

Shipper: IMPRIMERIE VASSEUR
Tracking Number: 1Z 9A7 V42 68 0412 338 1
Ship To: HARWICK MARINE LTD, SOUTHAMPTON, GB

Exception Reason: THE RECEIVER'S LOCATION WAS CLOSED ON THE 1ST DELIVERY ATTEMPT.
A 2ND DELIVERY ATTEMPT WILL BE MADE.
Rescheduled Delivery: 09/12/2026

Do not reply to this e-mail. UPS and UPS Quantum View will not receive your reply.
""", "parcel UPS delivery exception")

# n47 -- DMARC aggregate report from Microsoft (gzip)
xml = """<?xml version="1.0"?>
<feedback xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <version>1.0</version>
  <report_metadata>
    <org_name>Enterprise Outlook</org_name>
    <email>dmarcreport@microsoft.example</email>
    <report_id>6b1a9e0c4f2d4e8a9c7b5d3e1f0a2b4c</report_id>
    <date_range><begin>1796515200</begin><end>1796601600</end></date_range>
  </report_metadata>
  <policy_published><domain>imprimerie-vasseur.example</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct><fo>0</fo></policy_published>
  <record>
    <row><source_ip>198.51.100.9</source_ip><count>9</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><envelope_to>castleton-hotels.example</envelope_to><envelope_from>imprimerie-vasseur.example</envelope_from><header_from>imprimerie-vasseur.example</header_from></identifiers>
    <auth_results><dkim><domain>imprimerie-vasseur.example</domain><selector>rel1</selector><result>pass</result></dkim><spf><domain>imprimerie-vasseur.example</domain><scope>mfrom</scope><result>pass</result></spf></auth_results>
  </record>
</feedback>
"""
nb(f"""From: DMARC Aggregate Report <dmarcreport@microsoft.example>
To: <dmarc@imprimerie-vasseur.example>
Subject: =?utf-8?B?UmVwb3J0IERvbWFpbjogaW1wcmltZXJpZS12YXNzZXVyLmV4YW1wbGUgU3VibWl0dGVyOiBlbnRlcnByaXNlLnByb3RlY3Rpb24ub3V0bG9vay5leGFtcGxlIFJlcG9ydC1JRDogNmIxYTllMGM0ZjJkNGU4YTljN2I1ZDNlMWYwYTJiNGM=?=
Date: Sun, 6 Dec 2026 10:21:44 +0000
Message-ID: <6b1a9e0c4f2d4e8a9c7b5d3e1f0a2b4c@microsoft.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_mpm_6b1a9e0c_"

--_mpm_6b1a9e0c_
Content-Type: text/plain; charset="us-ascii"

This is a DMARC aggregate report for imprimerie-vasseur.example
9 messages were evaluated; see the attached report.

--_mpm_6b1a9e0c_
Content-Type: application/gzip
Content-Disposition: attachment; filename="enterprise.protection.outlook.example!imprimerie-vasseur.example!1796515200!1796601600.xml.gz"
Content-Transfer-Encoding: base64

{b64(gzip.compress(xml.encode(), mtime=0))}

--_mpm_6b1a9e0c_--
""", "DMARC aggregate report (Microsoft)")

# n48 -- DMARC forensic (auth-failure) report: contains a copy of a message, but is not a bounce
b = "----=_ruf_8812_report"
nb(f"""From: dmarc-ruf@filtre-mutualise.example
To: dmarc-ruf@imprimerie-vasseur.example
Cc: {SENDER}
Subject: FW: DMARC failure report for imprimerie-vasseur.example - Relance : facture FA-26-0449
Date: Mon, 07 Dec 2026 12:44:09 +0100
Message-ID: <ruf.8812.20261207124409@filtre-mutualise.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="{b}"

--{b}
Content-Type: text/plain; charset=us-ascii

This is an authentication failure report for an email message received from IP
203.0.113.250 on Mon, 07 Dec 2026 12:44:05 +0100. The message claimed to come
from imprimerie-vasseur.example but failed SPF and DKIM alignment. The message
was delivered to the recipient's junk folder according to the domain's policy.

--{b}
Content-Type: message/feedback-report

Feedback-Type: auth-failure
User-Agent: filtre-mutualise/3.2
Version: 1
Original-Mail-From: <{SENDER}>
Original-Rcpt-To: <contact@imprimerie-client-dupre.example>
Arrival-Date: Mon, 07 Dec 2026 12:44:05 +0100
Source-IP: 203.0.113.250
Reported-Domain: imprimerie-vasseur.example
Authentication-Results: mx.filtre-mutualise.example; dmarc=fail (p=quarantine) header.from=imprimerie-vasseur.example; spf=fail smtp.mailfrom=imprimerie-vasseur.example; dkim=none
Delivery-Result: delivered
Auth-Failure: dmarc

--{b}
Content-Type: text/rfc822-headers

{original("contact@imprimerie-client-dupre.example", "FA-26-0449", "310,00", 1, dt(7, 12, 44, 0), headers_only=True)}
--{b}--
""", "DMARC forensic report (feedback-report, Delivery-Result: delivered)")

# n49 -- ARF abuse complaint from a feedback loop
b = "----=_arf_33901"
nb(f"""From: Feedback Loop <fbl@feedback.yahooinc.example>
To: abuse@imprimerie-vasseur.example
Cc: {SENDER}
Subject: Abuse report for message sent to a yahoo.example user
Date: Tue, 8 Dec 2026 02:10:00 +0000
Message-ID: <arf.33901.20261208021000@feedback.yahooinc.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="{b}"

--{b}
Content-Type: text/plain; charset=us-ascii

This is an email abuse report for an email message received from IP 198.51.100.9 on Mon, 07 Dec 2026 16:01:33 +0000.
A user marked this message as spam. For information, please see https://senders.yahooinc.example/

--{b}
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 0.1
Original-Mail-From: <{SENDER}>
Original-Rcpt-To: <redacted@yahoo.example>
Received-Date: Mon, 07 Dec 2026 16:01:33 +0000
Source-IP: 198.51.100.9
Reported-Domain: imprimerie-vasseur.example

--{b}
Content-Type: message/rfc822

{original("redacted@yahoo.example", "FA-26-0394", "72,00", 2, dt(7, 17, 1, 30))}
--{b}--
""", "ARF spam complaint (the message was delivered and then reported)")

# n50 -- Proofpoint end-user digest
nb(f"""From: Proofpoint Essentials <quarantine@digest.pphosted.example>
To: {SENDER}
Subject: End User Digest: 2 New Messages
Date: Tue, 8 Dec 2026 05:00:00 +0000
Message-ID: <digest.20261208.relances.4471@digest.pphosted.example>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

{qp('''<html><body style="font-family:Arial;font-size:13px">
<h2>Proofpoint Essentials - Digest</h2>
<p>The emails listed below have been placed in your personal Quarantine. Click "Release" to deliver a message to your inbox.</p>
<table border="0" cellpadding="5">
<tr style="background:#e6e6e6"><th>From</th><th>Subject</th><th>Score</th><th></th></tr>
<tr><td>postmaster@delivery-alerts.example</td><td>Undeliverable: your message could not be delivered (3)</td><td>100</td><td><a href="https://digest.pphosted.example/release?k=1">Release</a></td></tr>
<tr><td>a.moreau@moreau-plomberie.example</td><td>RE: 2e relance : facture FA-26-0304</td><td>61</td><td><a href="https://digest.pphosted.example/release?k=2">Release</a></td></tr>
</table>
<p>Messages are kept in quarantine for 30 days.</p>
</body></html>''')}
""", "quarantine digest (English)")

# n51 -- our own filter blocked an INCOMING message (notice to us)
nb(f"""From: "Filtre antispam" <antispam@filtre.hebergeur-pro.example>
To: {SENDER}
Subject: =?utf-8?Q?Un_message_qui_vous_=C3=A9tait_destin=C3=A9_a_=C3=A9t=C3=A9_bloqu=C3=A9?=
Date: Mon, 7 Dec 2026 15:40:00 +0100
Message-ID: <blocked-inbound-5521@filtre.hebergeur-pro.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

Un message entrant adressé à relances@imprimerie-vasseur.example a été bloqué par votre filtre et n'a pas été distribué dans votre boîte.

  Expéditeur : compta@sarl-delorme-batiment.example
  Objet      : RE: Dernier rappel avant mise en demeure – facture FA-26-0288
  Motif      : pièce jointe de type .zip contenant un fichier exécutable

L'expéditeur a été informé du rejet. Si vous pensez qu'il s'agit d'une erreur, contactez le support.
''')}
""", "our filter blocked an incoming client reply: a delivery failure of someone else's mail TO us, not of our reminder")

# n52 -- English recall failure
nb(f"""From: Tom Ashworth <t.ashworth@ashworth-print-buying.example>
To: Imprimerie Vasseur <{SENDER}>
Subject: Recall Failure: Payment schedule
Date: Fri, 4 Dec 2026 14:02:00 +0000
Message-ID: <recall-failure-91a2@ashworth-print-buying.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Your recall of the message "Payment schedule" failed for the following recipients:

Imprimerie Vasseur (relances@imprimerie-vasseur.example)

Reason: The original message can't be recalled because the recipient's mailbox isn't hosted in the same Microsoft 365 organization.

Date of recall attempt: 04/12/2026 14:01
""", "English recall failure")

# n53 -- human message from Vasseur's accountant
nb(f"""From: Olivier Marchal <o.marchal@cabinet-marchal-expertise.example>
To: Sandrine Vasseur <{SENDER}>
Subject: Delorme / mails qui reviennent
Date: Mon, 7 Dec 2026 17:32:10 +0100
Message-ID: <3f0e6d2a-9c1b-47de-8f23-5e6d7c8b9a01@cabinet-marchal-expertise.example>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Sandrine,

Pour le dossier Delorme Bâtiment : tu m'as dit que tes relances à compta@ te revenaient en "user unknown". C'est normal, leur comptable est partie en septembre et l'adresse a été supprimée. Écris plutôt à t.delorme@ directement, ou appelle le 03 20 41 77 10.

Pour la mise en demeure, on en parle jeudi.

Olivier
--
Cabinet Marchal – Expertise comptable
""", "human (our accountant) discussing bounces; not a DSN")

# n54 -- Chorus Pro: invoice rejected (not e-mail)
nb(f"""From: Chorus Pro <ne-pas-repondre@chorus-pro-notif.example>
To: {SENDER}
Subject: =?utf-8?Q?[Chorus_Pro]_Facture_FA-26-0403_:_rejet=C3=A9e?=
Date: Fri, 4 Dec 2026 10:12:33 +0100
Message-ID: <cpro.notif.2026120410123377@chorus-pro-notif.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

{qp('''Bonjour,

La facture n° FA-26-0403 déposée le 03/12/2026 à destination de COMMUNE DE HAUTMONT-SUR-LYS (SIRET 215 900 000 00017) a changé de statut.

Nouveau statut : REJETÉE
Motif : Absence de numéro d'engagement juridique (bon de commande)
Commentaire du destinataire : Merci de redéposer la facture en indiquant le n° d'engagement EJ 2026-0712.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
Chorus Pro
''')}
""", "e-invoicing platform rejected the invoice: a 'rejection' that is not a mail delivery failure")

# n55 -- registered e-letter refused/neglected by the addressee
nb(f"""From: LRE Express <notifications@lre-express.example>
To: {SENDER}
Subject: =?utf-8?Q?Votre_lettre_recommand=C3=A9e_=C3=A9lectronique_n=C2=B0_LRE-2026-7781_n'a_pas_=C3=A9t=C3=A9_accept=C3=A9e?=
Date: Tue, 8 Dec 2026 00:05:00 +0100
Message-ID: <lre-7781-negligence@lre-express.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre lettre recommandée électronique n° LRE-2026-7781 adressée à SARL PELLETIER (pelletier.sarl@orange.example) n'a pas été acceptée par son destinataire dans le délai légal de 15 jours.

Statut : NÉGLIGENCE
Date de dépôt : 22/11/2026
Date de fin du délai : 07/12/2026

La preuve de dépôt et la preuve de négligence sont disponibles dans votre espace. Elles ont la même valeur juridique qu'un avis de non-réclamation d'une lettre recommandée papier.

LRE Express – prestataire qualifié eIDAS
""", "registered e-letter not accepted (négligence): mentions an address, but nothing bounced")

# Automatic answers. About half carry auto-reply headers, half carry none.
from build import m

U = "auto_reply"
H1 = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
H2 = {"X-Autoreply": "yes", "Precedence": "auto_reply"}
H3 = {"Auto-Submitted": "auto-replied", "Precedence": "bulk"}
H4 = {"Auto-Submitted": "auto-replied (vacation)", "X-Autoreply": "yes"}

# ---------------- French (16)
m(U, "fr", "2026-07-20 09:03", "Aurélie Vasseur <aurelie.vasseur@agence-pivoine.example>", """
Bonjour,

Je suis absente du bureau jusqu'au 17 août inclus, avec un accès limité à mes e-mails.
Pour toute urgence, merci de contacter Bastien au 06 12 85 47 31.

Aurélie Vasseur
Agence Pivoine Événements
""", "Je suis absente du bureau jusqu'au 17 août inclus", layout="none", hdrs=H1,
  subject="Réponse automatique : %SUBJ%",
  note="Absence du bureau avec date de retour (17/08) : ce n'est pas une promesse.")

m(U, "fr", "2026-08-04 10:12", "Compta Domaine de la Roche <compta@domaine-laroche.example>", """
Bonjour,

Nos bureaux sont fermés du 3 au 21 août. Votre message sera traité à notre retour, à partir du 24 août.

Bel été,
Domaine de la Roche
""", "Nos bureaux sont fermés du 3 au 21 août", layout="none",
  subject="Fermeture estivale",
  note="Message de fermeture estivale, sans en-tête d'auto-réponse.")

m(U, "fr", "2026-09-02 08:01", "Nicolas Perret <nicolas.perret@perret-evenements.example>", """
Bonjour,

Nicolas Perret ne fait plus partie de la société Perret Événements depuis le 31 août 2026.
Ce message ne sera pas transféré. Pour toute question comptable, merci d'écrire à compta@perret-evenements.example.

Cordialement,
""", "ne fait plus partie de la société", layout="none", hdrs=H2,
  subject="Réponse automatique : %SUBJ%",
  note="A quitté l'entreprise.")

m(U, "fr", "2026-09-15 14:30", "Support Groupe Hestia <support-fournisseurs@groupe-hestia.example>", """
Bonjour,

Nous accusons réception de votre demande, enregistrée sous le numéro de ticket #HES-2026-18342.
Un conseiller du centre de services partagés la traitera dans un délai de 5 jours ouvrés.

Merci de conserver ce numéro pour toute correspondance.

Ceci est un message automatique, merci de ne pas y répondre.
""", "Nous accusons réception de votre demande, enregistrée sous le numéro de ticket", layout="none", hdrs=H3,
  subject="[Ticket #HES-2026-18342] %SUBJ%",
  note="Accusé de réception d'un ticket de support ('5 jours ouvrés' = délai de traitement, pas un paiement).")

m(U, "fr", "2026-10-05 11:45", "Théâtre du Ronceray <contact@theatre-du-ronceray.example>", """
Cette boîte aux lettres n'est pas consultée. Pour joindre l'administration, merci d'écrire à administration@theatre-du-ronceray.example.
""", "Cette boîte aux lettres n'est pas consultée", layout="none",
  subject="Re: %SUBJ%",
  note="Boîte non consultée, sans en-têtes.")

m(U, "fr", "2026-10-21 09:20", "Cécile Ambroise <cecile.ambroise@ccas-mauges.example>", """
Votre message

  À : Cécile Ambroise
  Objet : %SUBJ%
  Envoyé : %RSENT%

a été lu le mercredi 21 octobre 2026 09:20.
""", "a été lu le", layout="none", enc=("utf-8", "quoted-printable"),
  subject="Lu : %SUBJ%", rdays=1,
  note="Accusé de lecture Outlook en texte brut (« Lu : »).")

m(U, "fr", "2026-11-09 10:02", "Fabienne Morel <fabienne.morel@morel-gestion.example>", """
Ceci est un accusé de réception pour le message que vous avez envoyé à fabienne.morel@morel-gestion.example.
Remarque : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il ne garantit pas que le contenu a été lu ou compris.
""", "cet accusé de réception indique seulement que le message a été affiché", layout="mdn",
  subject="Accusé de réception (affiché) : %SUBJ%",
  mdn_ua="Mozilla/5.0 Thunderbird/128.4.0", disp="manual-action/MDN-sent-manually; displayed",
  note="Accusé de lecture MDN (multipart/report, disposition-notification).")

m(U, "fr", "2026-11-30 08:15", "Jean Carré <jean.carre@carre-sono.example>", """
Bonjour,

Je suis en congés jusqu'au lundi 7 décembre. Vos messages seront traités à mon retour.

Jean Carré
""", "Je suis en congés jusqu'au lundi 7 décembre", layout="none", hdrs=H4,
  subject="Absent : %SUBJ%",
  note="Congés avec date de retour.")

m(U, "fr", "2026-12-22 18:00", "Accueil Lycée Joachim du Bellay <accueil@lycee-dubellay.example>", """
Bonjour,

L'établissement est fermé pendant les vacances scolaires, du samedi 19 décembre 2026 au lundi 4 janvier 2027. Votre message sera lu à la rentrée.

Le secrétariat
""", "L'établissement est fermé pendant les vacances scolaires", layout="none",
  subject="Réponse automatique : %SUBJ%",
  note="Fermeture pendant les vacances, sans en-têtes.")

m(U, "fr", "2027-01-04 07:30", "Patricia Lebon <patricia.lebon@lebon-transport.example>", """
Bonjour,

Je suis actuellement absente et serai de retour le 11/01/2027.
En cas d'urgence, vous pouvez joindre le standard au 02 41 00 00 99.

Cordialement,
Patricia Lebon
Service administratif
""", "Je suis actuellement absente et serai de retour le 11/01/2027", layout="none", hdrs=H1,
  subject="Réponse automatique : %SUBJ%", html="only", enc=("utf-8", "quoted-printable"),
  note="Absence (HTML Outlook) avec date de retour.")

m(U, "fr", "2027-01-18 12:00", "Service Clients Veloria <noreply@groupe-veloria.example>", """
Bonjour,

Ce message est envoyé depuis une adresse qui ne peut pas recevoir de réponse. Votre e-mail n'a pas été lu.
Pour les questions relatives à vos factures, utilisez le formulaire fournisseurs sur notre extranet.

Groupe Veloria
""", "Ce message est envoyé depuis une adresse qui ne peut pas recevoir de réponse", layout="none", hdrs=H3,
  subject="Adresse non surveillée",
  note="Adresse non surveillée.")

m(U, "fr", "2027-02-08 09:40", "Marc-Antoine Duval <ma.duval@duval-et-fils.example>", """
Bonjour,
Je suis en déplacement à l'étranger jusqu'au 19 février. Je lirai vos messages à mon retour.
MA Duval
""", "Je suis en déplacement à l'étranger jusqu'au 19 février", layout="none",
  subject="Absence - %SUBJ%",
  note="Absence sans en-têtes ; la date de retour n'est pas une promesse.")

m(U, "fr", "2026-06-15 13:05", "Pauline Dreyfus <p.dreyfus@cie-lamarelle.example>", """
Votre message

  À : Pauline Dreyfus
  Objet : %SUBJ%
  Envoyé : %RSENT%

a été lu le lundi 15 juin 2026 13:05.
""", "a été lu le", layout="none", enc=("iso-8859-1", "quoted-printable"), hdrs={"X-Auto-Response-Suppress": "All"},
  subject="Lu : %SUBJ%",
  note="Accusé de lecture Outlook en texte brut.")

m(U, "fr", "2026-07-27 16:45", "Romain Guérin <romain.guerin@cinema-le-rex.example>", """
Bonjour, je suis en vacances jusqu'au 16/08. Pour la programmation : prog@cinema-le-rex.example. Pour la compta : voir avec Juliette (compta@cinema-le-rex.example).
Romain
""", "je suis en vacances jusqu'au 16/08", layout="none", hdrs=H2,
  subject="Re: %SUBJ%",
  note="Message de vacances.")

m(U, "fr", "2026-12-01 11:11", "Gestion Camping Les Ajoncs <gestion@camping-lesajoncs.example>", """
Bonjour,
Le camping est fermé pour la saison d'hiver. Nous rouvrons le 1er avril 2027 et répondrons à votre message à ce moment-là.
Famille Le Goff
""", "Le camping est fermé pour la saison d'hiver", layout="none",
  subject="Fermeture hivernale",
  note="Fermeture saisonnière, sans en-têtes.")

m(U, "fr", "2027-02-23 08:05", "Service Financier - Mairie de Saint-Aurel <finances@mairie-saint-aurel.example>", """
Ceci est un accusé de réception pour le message que vous avez envoyé à finances@mairie-saint-aurel.example.
Ce message a été affiché le 23/02/2027 à 08:05.
""", "Ce message a été affiché le 23/02/2027", layout="mdn",
  subject="Lu : %SUBJ%",
  note="Accusé de lecture MDN.")

# ---------------- English (9)
m(U, "en", "2026-06-29 09:00", "Oliver Pratt <oliver.pratt@brightwater-films.example>", """
Thank you for your email. I'm currently on a shoot with limited access to email and will be back in the office on Monday 13 July.

For urgent production matters please contact production@brightwater-films.example.

Oliver
""", "will be back in the office on Monday 13 July", tz="+0100", layout="none", hdrs=H1,
  subject="Automatic reply: %SUBJ%",
  note="Out of office with return date.")

m(U, "en", "2026-08-10 06:30", "Megan Doyle <megan.doyle@corkjazzweekend.example>", """
Hi,

I'm on annual leave until 24 August. Your email will not be forwarded.

Megan
""", "I'm on annual leave until 24 August", tz="+0100", layout="none",
  subject="Out of Office: %SUBJ%",
  note="Vacation notice without auto headers.")

m(U, "en", "2026-09-18 12:00", "Help Desk <helpdesk@meridian-expo.example>", """
Hello,

Thank you for contacting Meridian Expo. Your request has been received and a ticket (#MX-55120) has been created. One of our team will respond within 2 business days.

This is an automated message.
""", "Your request has been received and a ticket (#MX-55120) has been created", tz="+0100", layout="none", hdrs=H3,
  subject="[MX-55120] Received: %SUBJ%",
  note="Helpdesk ticket acknowledgement.")

m(U, "en", "2026-10-26 10:30", "Sam O'Hara <sam.ohara@oharaproductions.example>", """
Sam O'Hara has left O'Hara Productions. This mailbox is no longer monitored. Please send accounts queries to office@oharaproductions.example.
""", "Sam O'Hara has left O'Hara Productions", tz="+0000", layout="none",
  subject="Undeliverable? No - Sam has left",
  note="Left the company, no auto headers.")

m(U, "en", "2026-11-24 15:00", "Accounts Payable <ap@atlas-pharma.example>", """
This mailbox is not monitored. Supplier queries must be submitted through the Atlas Supplier Portal.
""", "This mailbox is not monitored", tz="+0000", layout="none", hdrs=H2,
  subject="Automatic reply: %SUBJ%",
  note="Unmonitored mailbox.")

m(U, "en", "2026-12-18 17:45", "Laura Mitchell <laura.mitchell@mitchell-agency.example>", """
Your message

  To: Laura Mitchell
  Subject: %SUBJ%
  Sent: %RSENT%

was read on Friday, December 18, 2026 5:45 PM.
""", "was read on Friday, December 18, 2026", tz="+0000", layout="none",
  subject="Read: %SUBJ%",
  note="Outlook plain-text read receipt.")

m(U, "en", "2027-01-07 08:20", "Marcus Lindqvist <marcus.lindqvist@nordlight-av.example>", """
This is a receipt for the mail you sent to marcus.lindqvist@nordlight-av.example.

Note: This receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", "This receipt only acknowledges that the message was displayed", tz="+0100", layout="mdn",
  mdn_ua="Mozilla/5.0 Thunderbird/115.10.0",
  subject="Return Receipt (displayed) - %SUBJ%",
  note="MDN read receipt (multipart/report).")

m(U, "en", "2027-01-28 07:00", "Dan Whitaker <dan@whitaker-touring.example>", """
Hey! I'm on tour in Europe with limited connectivity until Feb 20. If it's urgent, text me.
-Dan
""", "I'm on tour in Europe with limited connectivity until Feb 20", tz="-0500", layout="none", hdrs=H4,
  subject="Auto: %SUBJ%",
  note="Vacation/away notice; Feb 20 is a return date, not a promise.")

m(U, "en", "2027-02-19 13:15", "Finance Team <finance@northgate-conferences.example>", """
Thank you for your email. Our finance team is working reduced hours this week and will respond within 5 working days.
""", "will respond within 5 working days", tz="+0000", layout="none",
  subject="RE: %SUBJ%",
  note="Generic auto-acknowledgement without headers; '5 working days' is the response time, not a payment.")

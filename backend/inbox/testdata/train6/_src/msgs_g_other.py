# Other replies: neither promise, dispute, paid, copy request nor auto-reply.
from build import m

O = "other"

# ---------------- French (18)
m(O, "fr", "2026-06-08 15:30", "Lisa Bréhier <lisa.brehier@brehier-studio.example>", """
Bonjour,

Je ne m'occupe pas des factures, je suis à l'accueil. À qui dois-je transmettre votre message ? Je ne sais pas qui gère la compta depuis le départ de Mme Lenoir.

Lisa
""", "À qui dois-je transmettre votre message ?", layout="gmail",
  note="Demande à qui s'adresser, aucune promesse.")

m(O, "fr", "2026-06-30 10:40", "Hugues Delatour <hugues.delatour@delatour-sa.example>", """
Bonjour,

C'est notre cabinet comptable (Cabinet Morvan, 02 41 00 11 22) qui gère les règlements fournisseurs. Je leur ai transmis votre relance.

Cordialement,
H. Delatour
""", "C'est notre cabinet comptable (Cabinet Morvan, 02 41 00 11 22) qui gère les règlements fournisseurs", layout="outlook",
  note="Le comptable s'en occupe, sans engagement ni date.")

m(O, "fr", "2026-07-13 11:20", "Coralie Masson <coralie.masson@masson-events.example>", """
Bonjour,

Petite question avant de régler : le montant de %AMT% comprend-il la caution, ou la caution a-t-elle été encaissée à part ? Je veux juste être sûre de ne pas payer deux fois.

Merci,
Coralie
""", "le montant de %AMT% comprend-il la caution", layout="gmail",
  note="Question sur le montant sans contestation ni engagement.")

m(O, "fr", "2026-08-06 09:55", "Maître Fabienne Rocher <f.rocher@rocher-mandataire.example>", """
Madame, Monsieur,

Je vous informe que la société SAS LUMIÈRES DU SOIR a fait l'objet d'un jugement d'ouverture de redressement judiciaire prononcé par le Tribunal de commerce d'Angers le 28 juillet 2026. Le soussigné a été désigné en qualité de mandataire judiciaire.

Il vous appartient de déclarer votre créance auprès de mon étude dans un délai de deux mois à compter de la publication au BODACC. Aucun paiement ne peut intervenir en dehors de la procédure.

Me Fabienne Rocher
Mandataire judiciaire
""", "a fait l'objet d'un jugement d'ouverture de redressement judiciaire", layout="outlook", enc=("iso-8859-1", "quoted-printable"),
  note="Redressement judiciaire : aucune promesse possible.")

m(O, "fr", "2026-08-28 17:10", "Benjamin Tessier <benjamin.tessier@tessier-bar.example>", """
Bonjour,

Je vais être honnête, la saison a été catastrophique avec la météo et on est vraiment dans le rouge. Je ne sais pas quand je pourrai payer. Je préfère vous le dire franchement.

Benjamin
""", "Je ne sais pas quand je pourrai payer", layout="apple",
  note="Difficultés financières, aucune promesse.")

m(O, "fr", "2026-09-17 08:45", "Isabelle Fournier <isabelle.fournier@fournier-communication.example>", """
Bonjour,

Je transfère à Mathieu qui gère ce dossier.

Isabelle
""", "Je transfère à Mathieu qui gère ce dossier", layout="outlook", cc="Mathieu Roy <mathieu.roy@fournier-communication.example>",
  re="TR : ",
  note="Transfert à un collègue, sans engagement.")

m(O, "fr", "2026-10-01 12:15", "Paul Hardy <p.hardy@hotel-bellevue-saumur.example>", """
Merci pour votre message, bonne journée.
Paul Hardy
""", "Merci pour votre message", layout="gmail",
  note="Remerciement sans engagement.")

m(O, "fr", "2026-10-14 16:05", "Jacqueline Ménard <jacqueline.menard@menard-antiquites.example>", """
Bonjour,

Pourriez-vous me rappeler au 06 45 78 12 09 ? Je préfère parler de vive voix de cette facture, ce sera plus simple. Je suis joignable après 14 h.

Jacqueline Ménard
""", "Pourriez-vous me rappeler au 06 45 78 12 09 ?", layout="tb", enc=("windows-1252", "8bit"),
  note="Demande de rappel téléphonique.")

m(O, "fr", "2026-10-28 09:30", "Roger Pineau <roger.pineau@pineau-fils.example>", """
Madame,

Je vous prie de cesser de m'envoyer des courriels. Je ne lis pas ma messagerie régulièrement. Adressez-moi vos courriers par la poste, à l'adresse figurant sur le bon de commande.

R. Pineau
""", "Je vous prie de cesser de m'envoyer des courriels", layout="outlook", enc=("iso-8859-1", "8bit"),
  note="Demande de cesser les e-mails et d'utiliser la poste.")

m(O, "fr", "2026-11-05 14:40", "Nadia Berrada <nadia.berrada@berrada-cosmetiques.example>", """
Bonjour,
merci de me retirer de votre liste de diffusion.
""", "merci de me retirer de votre liste de diffusion", layout="none",
  note="Désinscription.")

m(O, "fr", "2026-11-18 11:25", "Alexandre Faucher <alexandre.faucher@faucher-prod.example>", """
Bonjour,

Serait-il possible d'étaler le paiement en trois ou quatre fois ? Je ne peux pas régler la totalité d'un coup en ce moment. Dites-moi ce qui serait acceptable pour vous et on en discute.

Alexandre Faucher
""", "Serait-il possible d'étaler le paiement en trois ou quatre fois ?", layout="gmail", html="alt",
  note="Demande d'échéancier sans engagement.")

m(O, "fr", "2026-12-04 07:12", "Service Promotion <promo@offres-pro-materiel.example>", """
Bonjour,

Profitez de -40 % sur nos écrans LED et consoles de mixage reconditionnés jusqu'au 31 décembre ! Livraison gratuite dès 500 € d'achat.

Découvrez nos offres : https://offres-pro-materiel.example/noel

Pour ne plus recevoir nos offres, cliquez ici.
""", "Profitez de -40 % sur nos écrans LED", layout="none", html="only", noreply=False,
  subject="RE: %SUBJ% - offre spéciale matériel scénique",
  note="Message de type spam reprenant l'objet de la relance.")

m(O, "fr", "2026-12-17 10:05", "Gaston Leclerc <gaston.leclerc@leclerc-harmonie.example>", """
Bonjour,

Notre trésorier, M. Blanchet, est hospitalisé depuis trois semaines et c'est lui seul qui a la signature sur le compte de l'association. Nous ne pouvons rien faire pour l'instant. Je reviendrai vers vous dès que nous en saurons plus.

Gaston Leclerc
Président - Harmonie municipale de Beaufort
""", "Nous ne pouvons rien faire pour l'instant", layout="tb",
  note="Empêchement sans engagement.")

m(O, "fr", "2027-01-12 15:35", "Anaïs Berthier <anais.berthier@berthier-mariages.example>", """
Bonjour Maëlle,

Bonne année ! Je profite de votre mail pour vous demander si vous avez des disponibilités pour le 12 juin : j'ai un mariage au château de Brissac, il me faudrait sono + éclairage d'ambiance pour 150 personnes. Vous pouvez me faire un devis ?

Anaïs
""", "Vous pouvez me faire un devis ?", layout="gmail",
  note="Demande de devis sans rapport avec le paiement ; la date du 12 juin est celle d'un mariage.")

m(O, "fr", "2027-01-28 10:50", "Frédérique Lamy <frederique.lamy@lamy-expertise.example>", """
Bonjour,

Je suis l'expert-comptable de la société Vidal Communication. Ma cliente m'a transmis votre relance. Pourriez-vous m'adresser un relevé de compte complet de toutes les factures et règlements depuis janvier 2026 afin que nous fassions un rapprochement ?

Cordialement,
Frédérique Lamy
Cabinet Lamy Expertise
""", "Pourriez-vous m'adresser un relevé de compte complet", layout="outlook",
  note="Demande de relevé de compte pour rapprochement, sans engagement (pas une demande de copie de la facture).")

m(O, "fr", "2027-02-10 09:05", "Olivier Brunet <olivier.brunet@brunet-evenementiel.example>", """
Bonjour,

Qui est mon interlocuteur désormais ? J'ai appris qu'Antoine avait quitté Sonolux. J'aimerais faire le point sur l'ensemble de nos factures avec quelqu'un.

Olivier
""", "Qui est mon interlocuteur désormais ?", layout="gmail",
  note="Demande de contact.")

m(O, "fr", "2027-02-25 14:20", "Sandrine Polet <sandrine.polet@orange-mail.example>", """
bonjour
c'est a quel sujet ? je ne comprends pas ce mail
""", "c'est a quel sujet ?", layout="apple", enc=("utf-8", "8bit"),
  note="Incompréhension, sans engagement ni contestation.")

m(O, "fr", "2026-07-23 13:00", "Christelle Marion <christelle.marion@marion-sas.example>", """
Bonjour,

Je ne suis plus la bonne personne pour ce dossier, je suis passée au service RH. Je mets en copie ma collègue Sabine qui reprend la comptabilité fournisseurs.

Christelle
""", "Je mets en copie ma collègue Sabine qui reprend la comptabilité fournisseurs", layout="outlook",
  cc="Sabine Lorieux <sabine.lorieux@marion-sas.example>",
  note="Redirection vers une collègue.")

# ---------------- English (12)
m(O, "en", "2026-06-22 11:00", "Rosie Palmer <rosie.palmer@palmer-crafts.example>", """
Hi,

I'm not sure I'm the right person - who should I speak to about this? Our finance person changed last month.

Rosie
""", "who should I speak to about this?", tz="+0100", layout="gmail",
  note="Asks who to contact.")

m(O, "en", "2026-07-30 16:20", "George Baxter <george.baxter@baxter-ltd.example>", """
Hello,

Our accountants, Fenwick & Co, handle all supplier payments. I have forwarded your email to them.

Regards,
George Baxter
""", "I have forwarded your email to them", tz="+0100", layout="outlook",
  note="Accountant handling it, no commitment.")

m(O, "en", "2026-09-04 10:45", "Emily Stone <emily.stone@stone-events.example>", """
Hi Maelle,

Quick question - does the amount include the delivery to Saumur, or will that be invoiced separately? Just want to reconcile it with our budget.

Emily
""", "does the amount include the delivery to Saumur", tz="+0100", layout="apple",
  note="Question about the amount, no dispute, no commitment.")

m(O, "en", "2026-10-09 14:55", "Administrators - Lowry Sound Ltd <administration@lowry-sound.example>", """
Dear Sirs,

Lowry Sound Ltd - In Administration

We write to inform you that Lowry Sound Ltd entered administration on 2 October 2026 and that the undersigned were appointed Joint Administrators. The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability.

Creditors should submit a proof of debt using the attached form. No payments will be made outside the administration process.

For and on behalf of the Joint Administrators
""", "entered administration on 2 October 2026", tz="+0100", layout="outlook", enc=("us-ascii", "7bit"),
  note="Company in administration; no promise.")

m(O, "en", "2026-11-11 09:15", "Chris Allen <chris.allen@allen-av.example>", """
Thanks for the reminder.
""", "Thanks for the reminder.", tz="+0000", layout="gmail",
  note="Thanks without commitment.")

m(O, "en", "2026-11-26 13:10", "Maria Lopez <maria.lopez@lopez-media.example>", """
Hi,

Could you give me a call on +34 600 000 123 to talk about this? I'd rather discuss by phone.

Maria
""", "Could you give me a call", tz="+0100", layout="gmail",
  note="Asks to call back.")

m(O, "en", "2026-12-10 10:00", "Harold Finch <harold.finch@finch-antiques.example>", """
Please remove me from your mailing list.
""", "Please remove me from your mailing list.", tz="GMT", layout="none", eol="lf",
  note="Unsubscribe.")

m(O, "en", "2027-01-05 17:30", "Tom Reynolds <tom@reynolds-catering.example>", """
Hi Maelle,

January is brutal for us. Would you be open to a payment plan - say three monthly instalments? Let me know if that's something you'd consider before I commit to anything.

Tom
""", "Would you be open to a payment plan", tz="+0000", layout="gmail", html="alt",
  note="Asks for a payment plan without committing.")

m(O, "en", "2027-01-19 08:35", "Security Team <security-alert@mailbox-verify.example>", """
Dear user,

Your mailbox relances@sonolux-anjou.example has exceeded its storage quota. To avoid losing incoming messages, verify your account within 24 hours:

https://mailbox-verify.example/relances

Mail Administrator
""", "Your mailbox relances@sonolux-anjou.example has exceeded its storage quota", tz="+0000", layout="none", html="only",
  subject="Re: %SUBJ% [ACTION REQUIRED]",
  note="Phishing/spam-like message reusing the reminder subject.")

m(O, "en", "2027-02-02 12:25", "Nina Harper <nina.harper@harper-studio.example>", """
Hi Maelle,

Adding my colleague Jack from finance, who looks after supplier accounts - Jack, can you pick this up?

Nina
""", "Adding my colleague Jack from finance", tz="+0000", layout="outlook",
  cc="Jack Turner <jack.turner@harper-studio.example>",
  note="Forwards to a colleague.")

m(O, "en", "2027-02-26 15:45", "Alan Wright <alan.wright@wright-brewing.example>", """
Hi,

I'd prefer all correspondence about invoices to be sent by post to our registered office, please. Emails to this address are not processed by our finance team.

Alan Wright
""", "I'd prefer all correspondence about invoices to be sent by post", tz="+0000", layout="tb",
  note="Asks to use post instead of e-mail.")

m(O, "en", "2026-08-17 10:30", "Jenny Marsh <jenny.marsh@marsh-festivals.example>", """
Hi Maelle,

Our treasurer is looking into it. I'll let you know what she says.

Jenny
""", "Our treasurer is looking into it", tz="+0100", layout="gmail",
  note="Someone is looking into it, no commitment, no date.")

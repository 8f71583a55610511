# -*- coding: utf-8 -*-
# Other: 27 fr, 8 en.
from lib import M

M(cls="other", lang="fr", frm="Nicole Bastide <nicole.bastide@bastide-hotellerie.example>", d="2026-06-01 11:40",
  body="""Bonjour,

Je ne m'occupe pas des paiements. À qui dois-je transmettre votre message ? Nous avons changé de comptable en mai et je ne sais pas qui gère les fournisseurs maintenant.

Nicole Bastide
Réception""", quote="outlook",
  phrase="À qui dois-je transmettre votre message ?",
  note="Asks who to contact.")

M(cls="other", lang="fr", frm="Laurent Gaubert <laurent.gaubert@gaubert-restauration.example>", d="2026-06-19 10:25",
  body="""Bonjour,

C'est notre cabinet comptable qui gère les règlements fournisseurs, je leur ai transmis votre relance.

Cordialement,
L. Gaubert""", quote="outlook",
  phrase="C'est notre cabinet comptable qui gère les règlements fournisseurs, je leur ai transmis votre relance",
  note="Accountant handles it, no commitment.")

M(cls="other", lang="fr", frm="Caroline Mestre <caroline.mestre@mestre-optique.example>", d="2026-07-01 14:55",
  body="""Bonjour,

Petite question : le montant de {AMT} comprend-il le deuxième passage prévu en septembre, ou sera-t-il facturé à part ? Je voudrais juste comprendre avant de le transmettre à la comptabilité.

Merci,
Caroline""", quote="gmail",
  phrase="le montant de {AMT} comprend-il le deuxième passage prévu en septembre",
  note="Question about the amount without contesting.")

M(cls="other", lang="fr", frm="Me Antoine Sicard <a.sicard@sicard-mandataire.example>", d="2026-07-23 16:00",
  body="""Madame,

Je vous informe que la SARL Le Relais Gourmand fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce de Toulouse du 8 juillet 2026. J'ai été désigné en qualité de mandataire judiciaire.

Il vous appartient de déclarer votre créance auprès de mon étude dans un délai de deux mois à compter de la publication au BODACC. Aucun paiement de créance antérieure au jugement ne peut intervenir.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Maître Antoine Sicard
Mandataire judiciaire""", quote="orig", fmt="alt",
  phrase="fait l'objet d'une procédure de redressement judiciaire",
  note="Receivership notice; no payment possible.")

M(cls="other", lang="fr", frm="Alain Rouge <alain.rouge@rouge-bar-tabac.example>", d="2026-08-06 19:10",
  body="""Bonjour Madame,

Je vais être franc, je suis en grosses difficultés en ce moment, le bar a perdu beaucoup avec les travaux du tram. Je ne peux rien vous promettre pour le moment. Est-ce qu'on pourrait discuter d'un échelonnement ?

Alain Rouge""", quote="gmail",
  phrase="Je ne peux rien vous promettre pour le moment",
  note="Financial trouble; asks for a plan without committing.")

M(cls="other", lang="fr", frm="Gilles Maury <gilles.maury@maury-sarl.example>", d="2026-08-24 09:05", subj="TR: {RSUBJ}",
  to="Sabine Couderc <compta@maury-sarl.example>", cc="Garonne Nuisibles <relances@garonne-nuisibles.example>",
  body="""Sabine, peux-tu regarder ça stp ? Je ne sais pas si on a payé.
Gilles

{FWDHDR}

{REM}""", quote="none",
  phrase="Sabine, peux-tu regarder ça stp ?",
  note="Internal forward to a colleague, copy to creditor; no commitment.")

M(cls="other", lang="fr", frm="Dr Françoise Lanta <f.lanta@cabinet-lanta.example>", d="2026-09-04 12:45",
  body="""Bonjour,

Merci pour votre message, c'est bien noté.

Dr F. Lanta""", quote="outlook",
  phrase="Merci pour votre message, c'est bien noté",
  note="Acknowledges without commitment.")

M(cls="other", lang="fr", frm="Bernard Cassagne <b.cassagne@cassagne-cave.example>", d="2026-09-28 17:30",
  body="""Bonjour,

Pouvez-vous m'appeler au 06 12 00 45 78 ? Je préfère en parler de vive voix, c'est plus simple.

B. Cassagne""", quote="gmail",
  phrase="Pouvez-vous m'appeler au 06 12 00 45 78 ?",
  note="Asks for a call back.")

M(cls="other", lang="fr", frm="Odette Barrau <odette.barrau@wanadoo.example>", d="2026-10-12 15:15",
  body="""Madame,

Je vous prie de cesser de m'envoyer des courriels. Je ne consulte ma messagerie que très rarement. Écrivez-moi par courrier postal à mon domicile, 4 impasse des Lilas.

Odette Barrau""", quote="none", cs="iso-8859-1",
  phrase="Écrivez-moi par courrier postal à mon domicile",
  note="Stop e-mailing, use post.")

M(cls="other", lang="fr", frm="contact@hotel-lesplatanes.example", d="2026-10-27 09:40",
  body="""STOP
Merci de me désinscrire de vos envois.""", quote="none", fmt="plain", cs="iso-8859-1",
  phrase="Merci de me désinscrire de vos envois",
  note="Unsubscribe request.")

M(cls="other", lang="fr", frm="Sarah Benhamou <sarah.benhamou@benhamou-traiteur.example>", d="2026-11-06 11:20",
  body="""Bonjour,

Serait-il possible de régler cette facture en trois fois ? Je ne vous garantis rien tant que je n'ai pas vu mon banquier, mais j'aimerais savoir si c'est envisageable de votre côté.

Cordialement,
Sarah Benhamou""", quote="outlook", fmt="alt",
  phrase="Serait-il possible de régler cette facture en trois fois ?",
  note="Asks for a payment plan, no commitment.")

M(cls="other", lang="fr", frm="Offres Pro <news@offres-pro-fournitures.example>", d="2026-11-19 06:00", subj="-50% sur toutes les cartouches d'encre ! Offre réservée aux pros",
  noreply=True, quote="none", fmt="html", hdrs={"List-Unsubscribe": "<mailto:unsubscribe@offres-pro-fournitures.example>", "Precedence": "bulk"},
  body="""Bonjour,

Profitez de -50% sur toute notre gamme de cartouches et toners jusqu'au 30 novembre !
Livraison gratuite dès 49 € d'achat.

Pour ne plus recevoir nos offres, cliquez ici.""",
  phrase="Profitez de -50% sur toute notre gamme de cartouches et toners",
  note="Spam-like message arriving in the relances mailbox (bulk header, not an auto-reply).")

M(cls="other", lang="fr", frm="Jeanne Larrieu <jeanne.larrieu@gmail.example>", d="2026-12-04 18:00",
  body="""Madame,

Je vous écris au sujet de la facture adressée à mon père, M. Robert Larrieu, décédé le 20 novembre. La succession est confiée à Maître Pujol, notaire à Toulouse. Je vous invite à vous rapprocher de l'étude.

Jeanne Larrieu""", quote="tb",
  phrase="La succession est confiée à Maître Pujol",
  note="Client deceased, redirect to the notary.")

M(cls="other", lang="fr", frm="Gérald Pons <gerald.pons@pons-traiteur.example>", d="2026-12-11 10:15",
  body="""Bonjour,

Pouvez-vous m'indiquer à quoi correspondent les 40 € d'indemnité forfaitaire ajoutés sur la relance ? C'est la première fois que je vois ça.

Gérald Pons""", quote="outlook", level=2,
  phrase="Pouvez-vous m'indiquer à quoi correspondent les 40 € d'indemnité forfaitaire",
  note="Question about the recovery fee, not contesting the invoice.")

M(cls="other", lang="fr", frm="Alice Verdier <alice.verdier@verdier-ateliers.example>", d="2027-01-04 08:50",
  body="""Bonjour,

Merci de noter que notre adresse de facturation a changé : désormais compta@verdier-ateliers.example. Merci de mettre à jour vos fichiers pour les prochaines relances.

Alice Verdier""", quote="gmail",
  phrase="Merci de noter que notre adresse de facturation a changé",
  note="Change of contact address.")

M(cls="other", lang="fr", frm="Roland Bézian <roland.bezian@orange.example>", d="2027-01-18 14:40",
  body="""Bonjour,

J'ai pris ma retraite et vendu le restaurant au 1er décembre. C'est le repreneur, M. Kaci, qui reprend les contrats. Je vous laisse voir avec lui.

Cordialement,
R. Bézian""", quote="outlook",
  phrase="J'ai pris ma retraite et vendu le restaurant au 1er décembre",
  note="Business sold; refers to new owner, no commitment.")

M(cls="other", lang="fr", frm="Sylvain Roux <sylvain.roux@roux-glacier.example>", d="2027-01-29 16:25",
  body="""Bonjour,

J'ai bien reçu votre relance. Je regarde ça avec ma femme qui fait la compta et je reviens vers vous.

Sylvain
Glacier Roux""", quote="gmail",
  phrase="Je regarde ça avec ma femme qui fait la compta et je reviens vers vous",
  note="Will come back, no commitment.")

M(cls="other", lang="fr", frm="Mathieu Costes <mathieu.costes@costes-habitat.example>", d="2027-02-05 12:00",
  body="""Bonjour,

Vous pouvez me rappeler la date du prochain passage du technicien ? Je voudrais être présent.

Mathieu Costes""", quote="gmail",
  phrase="Vous pouvez me rappeler la date du prochain passage du technicien ?",
  note="Unrelated question (next visit).")

M(cls="other", lang="fr", frm="SARL Le Jardin d'Hiver <jardindhiver@laposte.example>", d="2027-02-16 09:30",
  body="""Bonjour,

Nous sommes en liquidation judiciaire depuis le 2 février. Merci d'adresser toute réclamation au liquidateur, Maître Sicard.

La gérance""", quote="orig",
  phrase="Nous sommes en liquidation judiciaire depuis le 2 février",
  note="Liquidation; redirects to liquidator.")

M(cls="other", lang="fr", frm="Karine Estève <karine.esteve@esteve-pressing.example>", d="2026-06-12 09:55",
  body="""Bonjour,
Je suis la nouvelle gérante depuis le mois dernier, je reprends les dossiers petit à petit. Pouvez-vous me dire à quoi correspond cette facture exactement ? Je ne trouve pas de contrat dans nos archives.
Karine""", quote="gmail",
  phrase="Pouvez-vous me dire à quoi correspond cette facture exactement ?",
  note="Question, not a contest (new manager).")

M(cls="other", lang="fr", frm="Pascal Gouze <pascal.gouze@gouze-camping.example>", d="2026-07-30 20:30",
  body="""bonsoir
je suis en vacances la, je vois ca a mon retour
Pascal""", quote="none", fmt="plain", cs="us-ascii",
  phrase="je vois ca a mon retour",
  note="Manual reply: will look at it later; no commitment (not an auto-reply).")

M(cls="other", lang="fr", frm="Ghislaine Fourcade <ghislaine.fourcade@fourcade-assurances.example>", d="2026-09-10 15:00",
  body="""Bonjour,

Je fais suivre votre message à M. Delrieu, notre responsable administratif, qui est en copie. Je ne suis pas habilitée à valider les paiements.

Cordialement,
Ghislaine Fourcade
Assistante d'agence""", quote="outlook", cc="Jérôme Delrieu <j.delrieu@fourcade-assurances.example>",
  phrase="Je fais suivre votre message à M. Delrieu",
  note="Forwards to colleague.")

M(cls="other", lang="fr", frm="Association Culturelle La Grange <asso.lagrange@gmail.example>", d="2026-10-16 21:45",
  body="""Bonsoir,

Notre association traverse une période très difficile (baisse des subventions, annulation du festival). Le bureau se réunit en novembre pour décider des priorités, je ne peux pas vous donner de date de paiement.

Bien cordialement,
Le président""", quote="gmail",
  phrase="je ne peux pas vous donner de date de paiement",
  note="Financial trouble without promise.")

M(cls="other", lang="fr", frm="Thibault Ader <thibault.ader@ader-brasserie.example>", d="2026-11-25 13:05",
  body="""Bonjour,

Votre relance est partie sur mon ancienne adresse personnelle. Pour le restaurant merci d'écrire à compta@ader-brasserie.example, c'est notre comptable, M. Sanchez, qui gère.

Thibault""", quote="outlook",
  phrase="c'est notre comptable, M. Sanchez, qui gère",
  note="Redirects to accountant, no commitment.")

M(cls="other", lang="fr", frm="Yvette Lamothe <yvette.lamothe@free.example>", d="2026-12-29 11:35",
  body="""Bonjour,

Vous acceptez les chèques ? Je n'ai pas de carte pour faire un virement.

Y. Lamothe""", quote="tb",
  phrase="Vous acceptez les chèques ?",
  note="Question about payment means, no commitment.")

M(cls="other", lang="fr", frm="Dépannage Multiservices 31 <dms31@orange.example>", d="2027-02-25 17:50",
  body="""Bonjour,
Votre relance m'étonne, je croyais que c'était sur le compte de mon frère (c'est lui qui a demandé l'intervention). Je lui en parle ce week-end.
Fred""", quote="gmail", fmt="plain",
  phrase="Je lui en parle ce week-end",
  note="Unclear who pays; will talk to his brother, no commitment to pay.")

M(cls="other", lang="fr", frm="Isabelle Fort <isabelle.fort@fort-pharmacie.example>", d="2026-08-31 14:30",
  body="""Bonjour,

Merci pour le rappel ! Bonne fin de journée.

Isabelle""", quote="gmail", fmt="alt",
  phrase="Merci pour le rappel !",
  note="Thanks, no commitment.")

# English
M(cls="other", lang="en", frm="Tim Baxter <tim.baxter@baxter-holidays.example>", d="2026-06-23 13:00", tz="uk",
  body="""Hi,

Who should I speak to about this? I don't recognise the reference and my wife normally deals with the French house.

Tim""", quote="gmail",
  phrase="Who should I speak to about this?",
  note="Asks who to contact.")

M(cls="other", lang="en", frm="Linda Osborne <linda.osborne@osborne-catering.example>", d="2026-08-27 10:45", tz="uk",
  body="""Hello Melanie,

I've passed this on to our accountant, who handles all supplier payments. He'll be in touch if he needs anything.

Regards,
Linda""", quote="outlook",
  phrase="I've passed this on to our accountant",
  note="Accountant handles it, no commitment.")

M(cls="other", lang="en", frm="Greg Matthews <greg.matthews@matthews-diner.example>", d="2026-10-07 15:20", tz="ny",
  body="""Hi,

Is there any way we could spread the payment over a few months? Business has been slow since summer. No promises yet, just asking what's possible.

Greg""", quote="gmail",
  phrase="Is there any way we could spread the payment over a few months?",
  note="Payment plan question, no commitment.")

M(cls="other", lang="en", frm="Susan Clarke <susan.clarke@clarke-family.example>", d="2026-11-11 09:10", tz="GMT",
  body="""Dear Melanie,

Please stop emailing this address - it's my personal account and I hardly use it. Please write to us by post at the French address.

Susan Clarke""", quote="none",
  phrase="Please stop emailing this address",
  note="Stop emails, use post.")

M(cls="other", lang="en", frm="Rebecca Hunt <rebecca.hunt@hunt-interiors.example>", d="2026-12-09 12:20", tz="uk",
  body="""Hi,

Quick question - does the amount include the follow-up visit, or will that be invoiced separately?

Thanks
Rebecca""", quote="gmail",
  phrase="does the amount include the follow-up visit",
  note="Question about the amount.")

M(cls="other", lang="en", frm="Kevin Doyle <kevin.doyle@doyle-lodge.example>", d="2027-01-12 18:45", tz="+0000",
  body="""Hi,

Thanks for letting me know. Can someone give me a call on +44 7700 900456 to discuss?

Kevin""", quote="outlook",
  phrase="Can someone give me a call on +44 7700 900456 to discuss?",
  note="Call back request.")

M(cls="other", lang="en", frm="Mr. Samuel Okafor <samuel.okafor@globaltrade-partners.example>", d="2026-09-21 04:30", tz="+0100",
  subj="URGENT BUSINESS PROPOSAL", noreply=True, quote="none",
  body="""Dear Friend,

I am Mr. Samuel Okafor, a banker. I have a business proposal of mutual benefit involving the transfer of USD 12,500,000. Kindly reply with your full name and bank details.

Regards,
Samuel Okafor""",
  phrase="I have a business proposal of mutual benefit",
  note="Spam.")

M(cls="other", lang="en", frm="Matt Riley <matt.riley@riley-properties.example>", d="2027-02-23 16:30", tz="ny",
  subj="Fwd: {RSUBJ}",
  body="""Jess - can you take a look at this one? Not sure if it's ours or the HOA's.

Matt

{FWDHDR}

{REM}""", quote="none", to="Jess Riley <jess@riley-properties.example>", cc="Garonne Nuisibles <relances@garonne-nuisibles.example>",
  phrase="can you take a look at this one?",
  note="Forward to colleague with creditor in copy.")

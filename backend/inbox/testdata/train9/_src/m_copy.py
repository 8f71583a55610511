# -*- coding: utf-8 -*-
# Copy / document requests: 14 fr, 6 en.
from lib import M

M(cls="copy_request", lang="fr", frm="Le Bistrot de Flo <bistrotdeflo@gmail.example>", d="2026-06-05 10:10",
  body="""Bonjour,
Je n'ai jamais reçu cette facture. Pouvez-vous me la renvoyer svp ?
Flo""", quote="gmail",
  phrase="Pouvez-vous me la renvoyer svp ?",
  note="Invoice never received.")

M(cls="copy_request", lang="fr", frm="Corinne Pélissier <c.pelissier@pelissier-kine.example>", d="2026-06-30 13:20",
  body="""Bonjour,

La pièce jointe ne s'ouvre pas (fichier endommagé selon Acrobat). Pourriez-vous me renvoyer la facture en PDF ?

Merci,
Corinne Pélissier""", quote="outlook",
  phrase="La pièce jointe ne s'ouvre pas",
  note="PDF unreadable.")

M(cls="copy_request", lang="fr", frm="Compta Fournisseurs – Clinique du Parc <compta.fournisseurs@clinique-duparc.example>", d="2026-07-22 09:00",
  body="""Bonjour,

Afin de pouvoir traiter votre facture, merci de nous la renvoyer en y faisant figurer notre numéro de bon de commande : BC-CDP-26-0733.

Cordialement,
Comptabilité Fournisseurs""", quote="outlook", fmt="alt",
  phrase="merci de nous la renvoyer en y faisant figurer notre numéro de bon de commande",
  note="Asks for the invoice to be resent with the PO number (no refusal/contest).")

M(cls="copy_request", lang="fr", frm="Henri Dalmayrac <henri.dalmayrac@orange.example>", d="2026-08-13 18:40",
  body="""Bonjour,

Mon expert-comptable me demande un duplicata de la facture pour le bilan. Pouvez-vous me l'envoyer ? C'est juste pour ses papiers.

Henri Dalmayrac""", quote="tb",
  phrase="Mon expert-comptable me demande un duplicata de la facture",
  note="Duplicate for the accountant.")

M(cls="copy_request", lang="fr", frm="Atelier Couture Mireille <atelier.mireille@laposte.example>", d="2026-09-03 11:30",
  body="""Bonjour, pouvez-vous m'envoyer votre RIB ? je ne le trouve pas sur la facture.
Mireille""", quote="none", fmt="plain",
  phrase="pouvez-vous m'envoyer votre RIB ?",
  note="Asks for bank details.")

M(cls="copy_request", lang="fr", frm="Secrétariat – Mairie de Bourg-Saint-Aymeric <secretariat@mairie-bourg-st-aymeric.example>", d="2026-09-18 14:05",
  body="""Madame,

Les collectivités ne peuvent plus recevoir de factures par courriel. Merci de bien vouloir déposer votre facture sur Chorus Pro (SIRET de la commune : 210 000 000 00011, code service : TECHNIQUE).

Cordialement,
Le secrétariat de mairie""", quote="orig",
  phrase="Merci de bien vouloir déposer votre facture sur Chorus Pro",
  note="Upload to Chorus Pro.")

M(cls="copy_request", lang="fr", frm="Marc Lanes <marc.lanes@lanes-restauration.example>", d="2026-10-09 16:15",
  body="""Bonjour,

Pouvez-vous établir la facture au nom de notre nouvelle société, SAS Lanes Restauration, 8 place du Salin, et nous la renvoyer ? L'ancienne EURL a été dissoute en août.

Merci d'avance,
Marc Lanes""", quote="outlook",
  phrase="Pouvez-vous établir la facture au nom de notre nouvelle société",
  note="Re-address to another entity and resend (no contest of the debt).")

M(cls="copy_request", lang="fr", frm="Brigitte Sarda <brigitte.sarda@gmail.example>", d="2026-10-26 20:50",
  body="""Bonsoir,

le lien vers la facture ne marche pas, ça me met "page introuvable". Vous pouvez me l'envoyer directement en pièce jointe ?

Brigitte""", quote="gmail", fmt="plain",
  phrase="le lien vers la facture ne marche pas",
  note="Broken link.")

M(cls="copy_request", lang="fr", frm="Pâtisserie Delmas <patisserie.delmas@wanadoo.example>", d="2026-11-20 07:45",
  body="""Bonjour
quelle facture ? je n'ai rien reçu, renvoyez moi la par mail merci
Delmas""", quote="none", fmt="plain",
  phrase="renvoyez moi la par mail merci",
  note="Not received, asks for resend.")

M(cls="copy_request", lang="fr", frm="Agnès Cazeneuve <agnes.cazeneuve@cazeneuve-avocats.example>", d="2026-12-07 12:30",
  body="""Madame,

Pour procéder au règlement, j'ai besoin de la facture détaillée (le détail des passages et des produits utilisés), la facture reçue ne comporte qu'un montant global. Pouvez-vous me la transmettre ?

Bien à vous,
Agnès Cazeneuve
Avocate au Barreau de Toulouse""", quote="outlook", fmt="html",
  phrase="j'ai besoin de la facture détaillée",
  note="Asks for detailed invoice document.")

M(cls="copy_request", lang="fr", frm="Yves Rebière <yves.rebiere@rebiere-sa.example>", d="2027-01-14 09:20", tz="+0100",
  body="""Bonjour,

Pourriez-vous nous faire parvenir une copie de la facture {INV} ainsi que votre IBAN ? Notre système ne nous permet pas de payer sans la pièce originale.

Avec nos meilleures salutations
Yves Rebière
Rebière SA – Fribourg""", quote="outlook",
  phrase="Pourriez-vous nous faire parvenir une copie de la facture {INV} ainsi que votre IBAN ?",
  note="Swiss client asks for a copy and IBAN.")

M(cls="copy_request", lang="fr", frm="Boris Lemoine <boris@lemoine-traiteur.example>", d="2027-02-04 15:35",
  body="""Salut Mélanie,
tu peux me renvoyer la facture de janvier ? je l'ai effacée par erreur en faisant le ménage dans ma boîte
merci !
Boris""", quote="gmail",
  phrase="tu peux me renvoyer la facture de janvier ?",
  note="Casual resend request.")

M(cls="copy_request", lang="fr", frm="Service Achats – Groupe Clinéa Sud <achats@clinea-sud.example>", d="2027-02-18 10:00",
  body="""Bonjour,

Nous avons migré vers la plateforme Coupa. Merci de soumettre votre facture via le portail fournisseurs (invitation envoyée à votre adresse comptabilité). Les factures envoyées par e-mail ne sont plus traitées.

Service Achats""", quote="outlook", fmt="alt",
  phrase="Merci de soumettre votre facture via le portail fournisseurs",
  note="Supplier portal (Coupa).")

M(cls="copy_request", lang="fr", frm="Frédérique Ollé <frederique.olle@olle-bio.example>", d="2026-07-31 17:10",
  body="""Bonjour,

La facture est illisible, le scan est tout flou (on ne voit ni le montant HT ni le numéro). Merci de me la renvoyer en bon format.

Frédérique""", quote="gmail",
  phrase="La facture est illisible",
  note="Unreadable scan.")

# English
M(cls="copy_request", lang="en", frm="Laura Simmons <laura.simmons@simmons-lets.example>", d="2026-06-17 12:00", tz="uk",
  body="""Hi,

Could you resend the invoice please? There was no attachment on your email.

Thanks,
Laura""", quote="gmail",
  phrase="Could you resend the invoice please?",
  note="Missing attachment.")

M(cls="copy_request", lang="en", frm="Accounts Payable <ap@skyward-composites.example>", d="2026-08-19 13:30", tz="ny",
  body="""Hello,

To process your invoice we need it reissued with our PO number (4500127731) and our full legal name: Skyward Composites Inc., Toulouse Branch. Please send the corrected PDF to this address.

Regards,
Accounts Payable""", quote="outlook",
  phrase="we need it reissued with our PO number (4500127731)",
  note="Reissue with PO number (no refusal stated).")

M(cls="copy_request", lang="en", frm="Andrew Fleming <andrew.fleming@fleming-estates.example>", d="2026-10-20 08:15", tz="+0000",
  body="""Hi Melanie,

Can you send me your bank details (IBAN/BIC) on headed paper? Our bank requires it for a new international payee.

Andrew""", quote="gmail",
  phrase="Can you send me your bank details (IBAN/BIC) on headed paper?",
  note="Bank details.")

M(cls="copy_request", lang="en", frm="Megan Rhodes <megan.rhodes@rhodes-boutique.example>", d="2026-12-15 16:45", tz="uk",
  body="""Hello,

The PDF link in your email says "expired". Could you email me a copy of the invoice?

Megan""", quote="tb",
  phrase="Could you email me a copy of the invoice?",
  note="Expired link.")

M(cls="copy_request", lang="en", frm="Supplier Invoices <supplier.invoices@northgate.example>", d="2027-01-21 07:30", tz="+0000",
  body="""Dear Supplier,

Northgate Hotels only accepts invoices submitted through our Coupa supplier portal. Please upload invoice {INV} there; emailed copies cannot be processed.

Kind regards,
Supplier Invoices Team""", quote="outlook", fmt="html",
  phrase="Please upload invoice {INV} there",
  note="Upload to supplier portal.")

M(cls="copy_request", lang="en", frm="Bill Harper <bill.harper@harper-ranch.example>", d="2026-09-11 22:10", tz="-0600",
  body="""Hey - my accountant needs a duplicate of that invoice for our records, with the VAT number on it. Can you send one over?
Bill""", quote="none", fmt="plain",
  phrase="my accountant needs a duplicate of that invoice",
  note="Duplicate for accountant (US client, -0600).")

# Requests for a copy of the invoice or a document. Hand-written.
from build import m

C = "copy_request"

# ---------------- French (13)
m(C, "fr", "2026-06-12 10:20", "Estelle Prévost <estelle.prevost@prevost-com.example>", """
Bonjour,

Il n'y avait pas de pièce jointe à votre mail. Pourriez-vous me renvoyer la facture en PDF ?

Merci,
Estelle
""", "Pourriez-vous me renvoyer la facture en PDF ?", layout="gmail",
  note="PDF manquant.")

m(C, "fr", "2026-07-03 15:05", "Compta Les Jardins de Loire <compta@jardins-de-loire.example>", """
Bonjour,

Le fichier joint est illisible chez nous (message d'erreur « fichier endommagé »). Merci de bien vouloir nous le renvoyer.

Cordialement,
Service comptable
""", "Le fichier joint est illisible chez nous", layout="outlook", enc=("windows-1252", "quoted-printable"),
  note="PDF illisible.")

m(C, "fr", "2026-07-31 09:45", "Loïc Hamelin <loic.hamelin@hamelin-events.example>", """
Bonjour,
le lien vers votre espace client ne marche pas (erreur 404). vous pouvez m'envoyer la facture directement par mail ?
merci
Loïc
""", "le lien vers votre espace client ne marche pas", layout="none", enc=("utf-8", "8bit"),
  note="Lien cassé.")

m(C, "fr", "2026-08-19 11:30", "Achats - Groupe Veloria <achats@groupe-veloria.example>", """
Bonjour,

Pour pouvoir traiter votre facture, merci de nous la renvoyer en y faisant figurer notre numéro de commande BC-VEL-004512. Dès réception elle sera intégrée dans notre circuit de validation.

Cordialement,
Service Achats - Groupe Veloria
""", "merci de nous la renvoyer en y faisant figurer notre numéro de commande", layout="outlook",
  note="Demande de renvoi avec le numéro de commande (demande de document, pas de refus).")

m(C, "fr", "2026-09-04 16:40", "Annabelle Rivet <annabelle.rivet@rivet-photo.example>", """
Bonjour,

Mon expert-comptable me demande un duplicata de la facture %INV% pour la clôture. Pouvez-vous me l'envoyer ?

Merci beaucoup
Annabelle Rivet
""", "Mon expert-comptable me demande un duplicata de la facture", layout="gmail", enc=("utf-8", "base64"),
  note="Duplicata pour le comptable.")

m(C, "fr", "2026-09-28 10:12", "Serge Bonnet <serge.bonnet@bonnet-plomberie-asso.example>", """
Bonjour,

Pouvez-vous m'envoyer votre RIB ? Je n'arrive pas à le retrouver et ma banque ne veut pas faire le virement sans.

Serge Bonnet
Trésorier
""", "Pouvez-vous m'envoyer votre RIB ?", layout="tb", enc=("iso-8859-1", "quoted-printable"),
  note="Demande de RIB.")

m(C, "fr", "2026-10-19 14:25", "Lucie Gautier <lucie.gautier@gautier-holding.example>", """
Bonjour,

Serait-il possible de libeller la facture au nom de notre filiale, Gautier Services SAS (12 rue Lenepveu, 49100 Angers), et de nous la renvoyer ? C'est elle qui porte le budget événementiel.

Merci d'avance,
Lucie Gautier
""", "Serait-il possible de libeller la facture au nom de notre filiale", layout="outlook", html="alt",
  note="Renvoyer la facture à une autre entité (demande courtoise, sans refus).")

m(C, "fr", "2026-11-06 09:35", "Service Gestion - Mairie de Montreuil-Bellay <gestion@mairie-montreuil-bellay.example>", """
Bonjour,

En tant que collectivité, nous ne pouvons traiter que les factures déposées sur Chorus Pro. Merci de déposer votre facture sur le portail en indiquant notre SIRET et le code service FIN.

Cordialement,
Service Gestion
""", "Merci de déposer votre facture sur le portail", layout="outlook",
  note="Dépôt sur Chorus Pro demandé.")

m(C, "fr", "2026-11-19 12:05", "Damien Michaud <damien.michaud@michaud-traiteur.example>", """
Bonjour,

Je n'ai jamais reçu cette facture, c'est la première fois que j'en entends parler. Vous pouvez me la transmettre ?

Damien
""", "Vous pouvez me la transmettre ?", layout="gmail",
  note="Facture jamais reçue, demande d'envoi (sans contestation).")

m(C, "fr", "2026-12-09 15:50", "Comptabilité - CHU Service Communication <compta.com@chu-demo.example>", """
Bonjour,

Pour mise en paiement, merci de nous faire parvenir la facture originale accompagnée du bon de livraison signé.

Cordialement,
Cellule comptable - Direction de la communication
""", "merci de nous faire parvenir la facture originale accompagnée du bon de livraison signé", layout="outlook", enc=("iso-8859-1", "8bit"),
  note="Demande de documents (facture originale + BL).")

m(C, "fr", "2027-01-05 11:25", "Adeline Poirier <adeline.poirier@poirier-ceremonies.example>", """
Bonjour et meilleurs voeux,

La facture jointe est floue (scan ?), on ne lit pas le montant HT. Vous pourriez m'envoyer une version PDF propre ?

Adeline
""", "Vous pourriez m'envoyer une version PDF propre ?", layout="apple",
  note="Facture illisible, renvoi demandé.")

m(C, "fr", "2027-01-26 10:00", "Gilbert Lemoine <gilbert.lemoine@lemoine-fanfare.example>", """
Bonjour

Pouvez vous me renvoyer la facture par courrier postal ? Je n'arrive pas à imprimer depuis ma boite mail.

Merci
G. Lemoine
""", "Pouvez vous me renvoyer la facture par courrier postal ?", layout="none", enc=("windows-1252", "8bit"),
  note="Demande de la facture par courrier.")

m(C, "fr", "2027-02-18 13:40", "Victor Henry <victor.henry@henry-industrie.example>", """
Bonjour,

Nous sommes passés sur la plateforme Coupa depuis le 1er janvier. Merci de soumettre à nouveau votre facture via le portail fournisseur (invitation envoyée ce jour à relances@sonolux-anjou.example).

Cordialement,
Victor Henry
Achats indirects - Henry Industrie
""", "Merci de soumettre à nouveau votre facture via le portail fournisseur", layout="outlook", html="only",
  note="Dépôt sur portail Coupa demandé.")

# ---------------- English (7)
m(C, "en", "2026-06-19 09:05", "Lucy Barker <lucy.barker@barker-events.example>", """
Hi Maelle,

Could you resend the invoice? The PDF didn't come through with your email.

Thanks!
Lucy
""", "Could you resend the invoice?", tz="+0100", layout="gmail",
  note="PDF missing.")

m(C, "en", "2026-08-13 13:25", "Accounts Payable <ap@atlas-pharma.example>", """
Hello,

Please reissue the invoice quoting our PO number 4500012345 and send it to invoices@atlas-pharma.example. We'll process it once received.

AP Team
""", "Please reissue the invoice quoting our PO number 4500012345", tz="+0100", layout="outlook", enc=("us-ascii", "7bit"),
  note="Needs PO number on the invoice (polite request, no refusal).")

m(C, "en", "2026-10-08 10:55", "Ian Murphy <ian.murphy@murphy-pubs.example>", """
Hi,

Can you send me your bank details again? I want to pay by transfer but I've lost the original email.

Ian
""", "Can you send me your bank details again?", tz="+0100", layout="apple",
  note="Bank details requested.")

m(C, "en", "2026-11-16 15:15", "Hannah Schmidt <hannah.schmidt@schmidt-consulting.example>", """
Dear Maelle,

Our accountant needs a copy of the invoice with our full company name and VAT number on it. Could you send an updated copy?

Best regards,
Hannah
""", "Could you send an updated copy?", tz="+0100", layout="tb",
  note="Copy with VAT number for the accountant.")

m(C, "en", "2026-12-21 09:40", "Supplier Onboarding <suppliers@globex-events.example>", """
Hello,

Globex now receives all supplier invoices through Coupa. Please submit invoice %INV% via the Coupa Supplier Portal - you should have received an invitation. Emailed invoices are no longer accepted.

Globex Events Procurement
""", "Please submit invoice %INV% via the Coupa Supplier Portal", tz="+0000", layout="outlook", html="alt",
  note="Upload to supplier portal requested.")

m(C, "en", "2027-01-22 16:00", "Beth Collins <beth.collins@collins-arts.example>", """
hi, the download link in your email has expired, could you send it again as an attachment? thx
""", "the download link in your email has expired", tz="+0000", layout="gmail",
  note="Broken/expired link.")

m(C, "en", "2027-02-12 11:35", "Kevin O'Neill <kevin.oneill@oneill-hotels.example>", """
Hello Maelle,

Please could you re-address the invoice to O'Neill Hotels Group Ltd rather than the Galway hotel and send it over again? Group finance pays all supplier invoices.

Many thanks,
Kevin
""", "Please could you re-address the invoice to O'Neill Hotels Group Ltd", tz="+0000", layout="outlook",
  note="Invoice to another entity and resend.")

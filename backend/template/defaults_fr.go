package template

// The French models: the voice of a small business that wants to be paid and to keep its client. Vouvoiement,
// "Sauf erreur ou omission de notre part", payment details in every reminder. Grammar holds for one invoice or
// several ([[InvoiceLabel]] agrees; the sentences speak of "un montant", the table lists the invoices). Penalties
// and the 40 € indemnity appear only inside [[#Business]]: a consumer must never be told of them (RULES.md §2).

const signatureFR = `[[SignatoryFirstName]] [[SignatoryLastName]]
[[SignatoryTitle]]
[[CompanyName]]
Tél. : [[SignatoryPhoneNumber]]
[[CompanyLogo]]
`

const bankFR = `IBAN : [[Iban]]
BIC : [[Bic]]
Référence à indiquer : [[PaymentReference]]
`

var defaultsFR = map[string]text{
	KeyCourtesy: {
		subject: `Échéance à venir : [[InvoiceLabel]]`,
		body: `[[Greeting]]

Nous nous permettons de vous rappeler que l'échéance de règlement suivante approche :

[[InvoiceTable]]

Montant à régler : [[TotalOverdue]]

Pour un règlement par virement, voici nos coordonnées bancaires :
` + bankFR + `
Si votre règlement est déjà en cours, merci de ne pas tenir compte de ce message. Nous restons à votre disposition pour toute question.

Bien cordialement,

` + signatureFR,
	},

	KeyDueDay: {
		subject: `Échéance aujourd'hui : [[InvoiceLabel]]`,
		body: `[[Greeting]]

Pour rappel, le règlement ci-dessous arrive à échéance aujourd'hui, le [[CurrentDate]] :

[[InvoiceTable]]

Montant à régler : [[TotalOverdue]]

Nos coordonnées bancaires pour le virement :
` + bankFR + `
Si votre règlement a déjà été effectué, nous vous en remercions et vous prions de ne pas tenir compte de ce message.

Bien cordialement,

` + signatureFR,
	},

	KeyReminder1: {
		subject: `Rappel : [[InvoiceLabel]] en attente de règlement`,
		body: `[[Greeting]]

Sauf erreur ou omission de notre part, l'examen de votre compte fait apparaître un montant de [[TotalOverdue]] arrivé à échéance et non réglé à ce jour :

[[InvoiceTable]]

Il s'agit sans doute d'un simple oubli. Nous vous remercions de bien vouloir procéder à ce règlement dans les meilleurs délais, par virement sur notre compte :
` + bankFR + `
Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message. Pour toute question, ou si un point de la facturation vous semble à revoir, n'hésitez pas à nous contacter.

Bien cordialement,

` + signatureFR,
	},

	KeyFirm: {
		subject: `Relance : règlement en retard – [[InvoiceLabel]]`,
		body: `Madame, Monsieur,

Malgré notre précédent rappel, et sauf erreur ou omission de notre part, votre compte présente toujours un montant impayé de [[TotalOverdue]], avec un retard qui atteint [[DaysOverdue]] jours :

[[InvoiceTable]]

Nous vous demandons de bien vouloir régulariser cette situation sous huit jours, par virement sur notre compte :
` + bankFR + `
[[#Business]]
Nous vous rappelons qu'entre professionnels, tout retard de paiement donne lieu de plein droit à des pénalités de retard (article L441-10 du Code de commerce) et à une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5). À ce jour, les pénalités s'élèvent à [[LatePenalties]] et l'indemnité à [[RecoveryIndemnity]].

[[/Business]]
Si vous rencontrez une difficulté, contactez-nous sans attendre : nous pourrons convenir ensemble d'une solution.

Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

` + signatureFR,
	},

	KeyFinal: {
		subject: `Dernière relance avant mise en demeure – [[InvoiceLabel]]`,
		body: `Madame, Monsieur,

Malgré nos relances successives, et sauf erreur ou omission de notre part, votre compte présente toujours un montant impayé de [[TotalOverdue]] :

[[InvoiceTable]]

[[#Business]]
En application des articles L441-10 et D441-5 du Code de commerce, s'y ajoutent de plein droit :
- pénalités de retard à ce jour : [[LatePenalties]]
- indemnité forfaitaire pour frais de recouvrement (40 € par facture) : [[RecoveryIndemnity]]
Total réclamé : [[TotalClaimed]]

[[/Business]]
Sans règlement de la somme de [[TotalClaimed]] sous huit jours, nous vous adresserons une mise en demeure de payer, préalable à une procédure judiciaire (injonction de payer).

Vous pouvez régler par virement sur notre compte :
` + bankFR + `
Si vous rencontrez une difficulté de paiement, appelez-nous dès réception de ce message : nous préférons de loin trouver avec vous une solution amiable.

Si votre règlement a été effectué entre-temps, nous vous remercions de ne pas tenir compte de ce message.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

` + signatureFR,
	},

	KeyNotice: {
		subject: `Mise en demeure de payer – [[InvoiceLabel]]`,
		body: `Madame, Monsieur,

Malgré nos relances, et sauf erreur ou omission de notre part, votre compte présente toujours un montant impayé de [[TotalOverdue]]. Vous trouverez en pièce jointe notre mise en demeure de payer, dont voici le détail :

[[InvoiceTable]]

[[#Business]]
Pénalités de retard à ce jour (article L441-10 du Code de commerce) : [[LatePenalties]]
Indemnité forfaitaire pour frais de recouvrement (article D441-5 du Code de commerce) : [[RecoveryIndemnity]]
Total réclamé : [[TotalClaimed]]

[[/Business]]
Nous vous mettons en demeure de nous régler la somme de [[TotalClaimed]] dans un délai de huit jours à compter de la réception de ce message, par virement sur notre compte :
` + bankFR + `
À défaut de règlement intégral dans ce délai, nous saisirons sans autre avis la juridiction compétente d'une requête en injonction de payer.

La présente vaut mise en demeure et fait courir les intérêts.

Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce message.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

` + signatureFR,
	},

	KeyThanks: {
		subject: `Merci pour votre règlement – [[InvoiceLabel]]`,
		body: `[[Greeting]]

Nous avons bien reçu votre règlement (référence [[PaymentReference]]) et nous vous en remercions.

Nous restons à votre disposition pour toute question et vous remercions de votre confiance.

Bien cordialement,

` + signatureFR,
	},

	KeyCopy: {
		subject: `Copie : [[InvoiceLabel]]`,
		body: `[[Greeting]]

Comme demandé, vous trouverez ci-joint la copie que vous nous avez demandée ([[InvoiceLabel]]) :

[[InvoiceTable]]

Le montant restant dû s'élève à [[TotalOverdue]]. Vous pouvez le régler par virement sur notre compte :
IBAN : [[Iban]]
BIC : [[Bic]]
Référence à indiquer : [[PaymentReference]]

Nous restons à votre disposition pour toute question.

Bien cordialement,

` + signatureFR,
	},

	KeySMSReminder: {
		body: `[[CompanyName]] : sauf erreur, [[TotalOverdue]] reste à régler (réf. [[InvoiceNumber]]). Merci de votre règlement ou appelez-nous au [[CompanyPhone]].`,
	},
	KeySMSFirm: {
		body: `[[CompanyName]] : malgré nos relances, [[TotalOverdue]] reste impayé (réf. [[InvoiceNumber]]). Sans règlement sous 8 jours, nous engagerons une procédure de recouvrement. Contact : [[CompanyPhone]].`,
	},
	KeyCallScript: {
		subject: `Appel : [[CustomerName]]`,
		body: `Appel de relance : [[CustomerName]] (code client [[CustomerClientCode]])
Téléphone : [[CustomerPhone]]

Les chiffres
- Objet : [[InvoiceLabel]]
- Montant restant dû : [[TotalOverdue]]
- Retard de la facture la plus ancienne : [[DaysOverdue]] jours
- Encours échu total du client : [[CustomerInvoicingExpiredOutstandingAmount]]
[[#Business]]
- Pénalités de retard à ce jour : [[LatePenalties]] ; indemnité forfaitaire : [[RecoveryIndemnity]]
[[/Business]]

[[InvoiceTable]]

1. Se présenter
« Bonjour, ici [[SignatoryFirstName]] [[SignatoryLastName]], de la société [[CompanyName]]. Je vous appelle au sujet d'un règlement en attente : [[InvoiceLabel]], pour un montant de [[TotalOverdue]]. Avez-vous un instant ? »

2. Vérifier
- « Avez-vous bien reçu la facture ? » Sinon, proposer de la renvoyer aussitôt par e-mail.
- « La prestation ou la facture pose-t-elle un problème ? » En cas de contestation, noter le motif précis : les relances seront suspendues le temps de régler le litige.

3. Obtenir un engagement
- « À quelle date pouvez-vous effectuer le règlement ? » Demander une date précise, pas « bientôt ».
- « Par quel moyen ? » Pour un virement : IBAN [[Iban]], BIC [[Bic]], référence [[PaymentReference]].
- En cas de difficulté réelle, proposer un échéancier plutôt que de laisser la dette sans solution.

[[#Business]]
4. Si le client ne s'engage pas
Rappeler calmement qu'entre professionnels, les pénalités de retard et l'indemnité forfaitaire de 40 € par facture sont dues de plein droit (articles L441-10 et D441-5 du Code de commerce), et qu'à défaut de règlement une mise en demeure suivra.

[[/Business]]
[[#Consumer]]
4. Si le client ne s'engage pas
Rappeler calmement qu'à défaut de règlement une mise en demeure suivra.

[[/Consumer]]
Après l'appel
Noter dans Relance le résultat de l'appel et la date promise, puis confirmer l'accord par e-mail.
`,
	},
}

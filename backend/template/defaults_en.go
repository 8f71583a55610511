package template

// The English models are faithful translations of the French ones (defaults_fr.go), with the same blocks.

const signatureEN = `[[SignatoryFirstName]] [[SignatoryLastName]]
[[SignatoryTitle]]
[[CompanyName]]
Tel.: [[SignatoryPhoneNumber]]
[[CompanyLogo]]
`

const bankEN = `IBAN: [[Iban]]
BIC: [[Bic]]
Reference to quote: [[PaymentReference]]
`

var defaultsEN = map[string]text{
	KeyCourtesy: {
		subject: `Upcoming due date: [[InvoiceLabel]]`,
		body: `[[Greeting]]

We would like to remind you that the following payment will soon be due:

[[InvoiceTable]]

Amount to pay: [[TotalOverdue]]

To pay by bank transfer, here are our bank details:
` + bankEN + `
If your payment is already on its way, please disregard this message. We remain at your disposal for any question.

Kind regards,

` + signatureEN,
	},

	KeyDueDay: {
		subject: `Due today: [[InvoiceLabel]]`,
		body: `[[Greeting]]

As a reminder, the payment below falls due today, [[CurrentDate]]:

[[InvoiceTable]]

Amount to pay: [[TotalOverdue]]

Our bank details for the transfer:
` + bankEN + `
If you have already paid, thank you, and please disregard this message.

Kind regards,

` + signatureEN,
	},

	KeyReminder1: {
		subject: `Reminder: [[InvoiceLabel]] awaiting payment`,
		body: `[[Greeting]]

Unless we are mistaken, our records show an amount of [[TotalOverdue]] that has fallen due and remains unpaid to date:

[[InvoiceTable]]

This is probably a simple oversight. We would be grateful if you could settle this amount as soon as possible, by bank transfer to our account:
` + bankEN + `
If your payment has been made in the meantime, please disregard this message. If you have any question, or if anything in the invoicing seems wrong to you, do not hesitate to contact us.

Kind regards,

` + signatureEN,
	},

	KeyFirm: {
		subject: `Reminder: overdue payment – [[InvoiceLabel]]`,
		body: `Dear Sir or Madam,

Despite our previous reminder, and unless we are mistaken, your account still shows an unpaid amount of [[TotalOverdue]], now [[DaysOverdue]] days overdue:

[[InvoiceTable]]

We ask you to settle this within eight days, by bank transfer to our account:
` + bankEN + `
[[#Business]]
We would remind you that between businesses, any late payment gives rise as of right to late-payment penalties (Article L441-10 of the French Commercial Code) and to a fixed indemnity for recovery costs of €40 per invoice (Article D441-5). To date, the penalties amount to [[LatePenalties]] and the indemnity to [[RecoveryIndemnity]].

[[/Business]]
If you are experiencing any difficulty, please contact us without delay: we can agree on a solution together.

If your payment has been made in the meantime, please disregard this message.

Yours faithfully,

` + signatureEN,
	},

	KeyFinal: {
		subject: `Final reminder before formal notice – [[InvoiceLabel]]`,
		body: `Dear Sir or Madam,

Despite our successive reminders, and unless we are mistaken, your account still shows an unpaid amount of [[TotalOverdue]]:

[[InvoiceTable]]

[[#Business]]
Under Articles L441-10 and D441-5 of the French Commercial Code, the following are added as of right:
- late-payment penalties to date: [[LatePenalties]]
- fixed indemnity for recovery costs (€40 per invoice): [[RecoveryIndemnity]]
Total claimed: [[TotalClaimed]]

[[/Business]]
Unless the sum of [[TotalClaimed]] is paid within eight days, we will send you a formal notice to pay, prior to court proceedings (order for payment).

You can pay by bank transfer to our account:
` + bankEN + `
If you are having difficulty paying, please call us as soon as you receive this message: we would much rather find an amicable solution with you.

If your payment has been made in the meantime, please disregard this message.

Yours faithfully,

` + signatureEN,
	},

	KeyNotice: {
		subject: `Formal notice to pay – [[InvoiceLabel]]`,
		body: `Dear Sir or Madam,

Despite our reminders, and unless we are mistaken, your account still shows an unpaid amount of [[TotalOverdue]]. Please find attached our formal notice to pay, summarised below:

[[InvoiceTable]]

[[#Business]]
Late-payment penalties to date (Article L441-10 of the French Commercial Code): [[LatePenalties]]
Fixed indemnity for recovery costs (Article D441-5 of the French Commercial Code): [[RecoveryIndemnity]]
Total claimed: [[TotalClaimed]]

[[/Business]]
We hereby give you formal notice to pay us the sum of [[TotalClaimed]] within eight days of receiving this message, by bank transfer to our account:
` + bankEN + `
Failing full payment within this period, we will apply to the competent court for an order for payment without further notice.

This message constitutes formal notice and causes interest to run.

If your payment has reached us in the meantime, please disregard this message.

Yours faithfully,

` + signatureEN,
	},

	KeyThanks: {
		subject: `Thank you for your payment – [[InvoiceLabel]]`,
		body: `[[Greeting]]

We have received your payment (reference [[PaymentReference]]) and thank you for it.

We remain at your disposal for any question and thank you for your trust.

Kind regards,

` + signatureEN,
	},

	KeyCopy: {
		subject: `Copy: [[InvoiceLabel]]`,
		body: `[[Greeting]]

As requested, please find attached the copy you asked for ([[InvoiceLabel]]):

[[InvoiceTable]]

The amount outstanding is [[TotalOverdue]]. You can pay it by bank transfer to our account:
IBAN: [[Iban]]
BIC: [[Bic]]
Reference: [[PaymentReference]]

We remain at your disposal for any question.

Kind regards,

` + signatureEN,
	},

	KeySMSReminder: {
		body: `[[CompanyName]]: our records show [[TotalOverdue]] still unpaid (ref. [[InvoiceNumber]]). Please arrange payment or call us on [[CompanyPhone]].`,
	},
	KeySMSFirm: {
		body: `[[CompanyName]]: despite our reminders, [[TotalOverdue]] remains unpaid (ref. [[InvoiceNumber]]). Without payment within 8 days we will start recovery proceedings. Contact: [[CompanyPhone]].`,
	},
	KeyCallScript: {
		subject: `Call: [[CustomerName]]`,
		body: `Payment call: [[CustomerName]] (client code [[CustomerClientCode]])
Phone: [[CustomerPhone]]

The figures
- Concerning: [[InvoiceLabel]]
- Amount outstanding: [[TotalOverdue]]
- Oldest invoice overdue by: [[DaysOverdue]] days
- Client's total overdue balance: [[CustomerInvoicingExpiredOutstandingAmount]]
[[#Business]]
- Late-payment penalties to date: [[LatePenalties]]; fixed indemnity: [[RecoveryIndemnity]]
[[/Business]]

[[InvoiceTable]]

1. Introduce yourself
"Hello, this is [[SignatoryFirstName]] [[SignatoryLastName]] from [[CompanyName]]. I am calling about a payment we are still waiting for: [[InvoiceLabel]], for [[TotalOverdue]]. Do you have a moment?"

2. Check
- "Did you receive the invoice?" If not, offer to e-mail it again straight away.
- "Is there a problem with the work or with the invoice?" If it is disputed, write down the exact reason: reminders will pause while the dispute is settled.

3. Get a commitment
- "On what date can you make the payment?" Ask for a precise date, not "soon".
- "How will you pay?" For a transfer: IBAN [[Iban]], BIC [[Bic]], reference [[PaymentReference]].
- If the client is genuinely in difficulty, offer a payment plan rather than leave the debt unresolved.

[[#Business]]
4. If the client will not commit
Calmly point out that between businesses, late-payment penalties and the fixed indemnity of €40 per invoice are due as of right (Articles L441-10 and D441-5 of the French Commercial Code), and that a formal notice will follow if payment is not made.

[[/Business]]
[[#Consumer]]
4. If the client will not commit
Calmly point out that a formal notice will follow if payment is not made.

[[/Consumer]]
After the call
Record the outcome and the promised date in Relance, then confirm the agreement by e-mail.
`,
	},
}
